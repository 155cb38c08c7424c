#ifndef MLSD_THREAD_PLACEMENT_H
#define MLSD_THREAD_PLACEMENT_H

#include <pthread.h>

/// Lets a thread created with `attributes` run on any CPU this process may
/// use except the one the calling thread is on now, when there is another.
/// Returns 1 when it did, 0 when it left the attributes alone.
///
/// Why: on a virtual machine, Linux often puts a new thread on its
/// creator's CPU, where it waits until the creator blocks (measured here:
/// about half of threads started 2 ms late, the length of the creator's
/// work), while the other CPU sits idle. Named away from the creator's CPU,
/// the thread starts within about 0.1 ms.
int mlsd_thread_placement_avoid_current_cpu(pthread_attr_t *attributes);

/// Lets the calling thread run on every CPU the process may use again, so
/// a thread placed by the call above is never kept off a free CPU later.
void mlsd_thread_placement_allow_every_cpu(void);

#endif
