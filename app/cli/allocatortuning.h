#pragma once

/// For `validate` and `check-deps`, re-executes the process once with glibc's allocator
/// tuned for what they do: build one large snapshot of small allocations, then exit.
/// Transparent huge pages for the heaps and a 32 MiB growth step turn about 7,700 page
/// faults into about 800 on a 5,000-service registry, a third off the run
/// (docs/performance.md). Does nothing where glibc is not the C library, where
/// GLIBC_TUNABLES already names the setting, or when SR_NO_ALLOCATOR_TUNING is set; if the
/// re-execution fails, the run goes on untuned.
void tuneAllocator(char *argv[]);
