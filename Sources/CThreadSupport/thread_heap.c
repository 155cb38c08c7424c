#include "thread_heap.h"

#include <malloc.h>
#include <stdlib.h>

void mlsd_thread_heap_reserve(size_t bytes) {
  mallopt(M_TOP_PAD, (int)bytes);
  mallopt(M_MMAP_THRESHOLD, (int)(bytes * 2));
  // Volatile: a block allocated and freed unused is otherwise elided.
  char *volatile block = malloc(bytes);
  if (block) {
    block[0] = 0;
    free(block);
  }
}
