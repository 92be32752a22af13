#pragma once

/// For the commands that load a whole registry (`loadsRegistry` in the command table), tunes
/// glibc's allocator for what they do: build one large snapshot of small allocations on a few
/// worker threads, then exit: HeapTuning::adviseForLoading() for a short run
/// (app/heaptuning/heaptuning.h, docs/performance.md).
/// Turns about 9,000 page faults into about 570 on a 5,000-service registry.
/// SR_NO_ALLOCATOR_TUNING=1 turns it off.
void tuneAllocator(int argc, char *argv[]);
