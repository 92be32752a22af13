#pragma once

/// Heap advice for programs that load a whole registry into memory: many small allocations
/// made by the core's worker threads (docs/performance.md). The heaps grow in 64 MiB steps
/// instead of a system call every few pages, and each worker thread's heap uses transparent
/// huge pages, advised on that thread before its first piece of work
/// (sr::setWorkerThreadSetUp). Nothing is assumed about how the C library lays heaps out: each
/// range is read from the kernel, and where a heap is not as expected the advice is skipped,
/// never wrong. Does nothing where glibc is not the C library, under AddressSanitizer, or when
/// SR_NO_ALLOCATOR_TUNING is set. With SR_REPORT_HEAP_TUNING set, each heap advised is said
/// on standard error. Call it first thing in main(), before the first load.
namespace HeapTuning {

/// How long the process lives after its load: a command that exits once its output is
/// written, or a program that keeps working (the console).
enum class Lifetime { ShortRun, LongRunning };

/// False when the tuning is off (another C library, a sanitizer, SR_NO_ALLOCATOR_TUNING). A
/// short run also drops glibc's fast bins (a freed toml++ tree would fill them, and every
/// larger request after it makes glibc consolidate them first; 1.5–3 % in alternated runs) and
/// never gives memory back (the process exits soon).
bool adviseForLoading(Lifetime lifetime);

/// Gives the memory freed since the last call back to the system, from every thread's heap
/// (glibc's malloc_trim): a server that builds large answers on a timer, as `serve` does,
/// otherwise keeps the high-water mark of each thread's heap. Does nothing where the tuning
/// is off.
void releaseFreedMemory();

} // namespace HeapTuning
