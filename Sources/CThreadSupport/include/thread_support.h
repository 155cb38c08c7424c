#ifndef MLSD_THREAD_SUPPORT_H
#define MLSD_THREAD_SUPPORT_H

#include "thread_heap.h"
#include "thread_placement.h"

#endif
