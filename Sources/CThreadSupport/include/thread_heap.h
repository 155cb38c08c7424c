#ifndef MLSD_THREAD_HEAP_H
#define MLSD_THREAD_HEAP_H

#include <stddef.h>

/// Makes the calling thread's malloc arena `bytes` long at once, and lets
/// the main arena grow `bytes` at a time.
///
/// Why: glibc gives a second thread an arena of its own and grows it one
/// page at a time, each with an `mprotect` call (about 75 in one `score`
/// of 5,000 words), and grows the main heap in small `brk` steps; every
/// such call takes the address-space lock that the other thread's page
/// faults wait on. Reserved once, the arena's pages are still only faulted
/// in when used. Allocations up to twice `bytes` then come from the arenas
/// rather than from `mmap` of their own.
void mlsd_thread_heap_reserve(size_t bytes);

#endif
