// glibc declares the affinity calls only for _GNU_SOURCE, which Swift's
// Glibc module is not built with: hence this file.
#define _GNU_SOURCE
#include "thread_placement.h"

#include <sched.h>

/// The CPUs the process could use when the first thread was placed.
static cpu_set_t allowed;
static int allowedKnown = 0;

int mlsd_thread_placement_avoid_current_cpu(pthread_attr_t *attributes) {
  if (sched_getaffinity(0, sizeof allowed, &allowed) != 0) return 0;
  allowedKnown = 1;
  int current = sched_getcpu();
  if (current < 0 || current >= CPU_SETSIZE || !CPU_ISSET(current, &allowed)) return 0;
  if (CPU_COUNT(&allowed) < 2) return 0;
  cpu_set_t others = allowed;
  CPU_CLR(current, &others);
  return pthread_attr_setaffinity_np(attributes, sizeof others, &others) == 0;
}

void mlsd_thread_placement_allow_every_cpu(void) {
  if (!allowedKnown) return;
  pthread_setaffinity_np(pthread_self(), sizeof allowed, &allowed);
}
