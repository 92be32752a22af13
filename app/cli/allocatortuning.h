#pragma once

/// For the commands that load a whole registry (`loadsRegistry` in the command table), tunes
/// glibc's allocator for what they do: build one large snapshot of small allocations on a few
/// worker threads, then exit. The heaps grow in large steps, are never trimmed, and use
/// transparent huge pages (the main heap at once, each worker thread's heap on that thread
/// before its first piece of work), which turns about 7,700 page faults into about 500 on a
/// 5,000-service registry (docs/performance.md). Everything it does is advice: where a heap is
/// not laid out as expected the run is as fast as untuned, never different. Does nothing where
/// glibc is not the C library, under AddressSanitizer, or when SR_NO_ALLOCATOR_TUNING is set.
void tuneAllocator(int argc, char *argv[]);
