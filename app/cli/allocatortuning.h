#pragma once

/// For the commands that load a whole registry (`loadsRegistry` in the command table), tunes
/// glibc's allocator for what they do: build one large snapshot of small allocations on a few worker threads, then exit. The
/// heaps grow in large steps, are never trimmed, and use transparent huge pages, which turns about 7,700 page faults into about
/// 500 on a 5,000-service registry, more than a third off the run (docs/performance.md). Everything it does is advice: where
/// glibc's arenas are not laid out as expected the run is as fast as untuned, never different. Does nothing where glibc is not
/// the C library, under AddressSanitizer, or when SR_NO_ALLOCATOR_TUNING is set. The arenas are set up by threads that run while
/// the program starts; a command waits for them with awaitAllocatorTuning() before it loads (Invocation::load() does).
void tuneAllocator(int argc, char *argv[]);
/// Waits until tuneAllocator()'s threads are done, so that the loader's workers get the
/// arenas they prepared. Returns at once when there is nothing to wait for.
void awaitAllocatorTuning();
