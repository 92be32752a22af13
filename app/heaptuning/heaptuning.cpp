#include "heaptuning.h"

#include "catalog/workerthreads.h"

#include <cstdlib> // before the test: it defines __GLIBC__

#if defined(__GLIBC__) && !defined(__SANITIZE_ADDRESS__)
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstring>

#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>

namespace {

constexpr std::size_t MiB = 1024 * 1024;
constexpr std::uintptr_t hugePage = 2 * MiB;
// How far the heaps grow in one step (M_TOP_PAD).
constexpr std::size_t growthStep = 64 * MiB;

/// The address range the kernel maps around `address`, with the reserved (inaccessible) range
/// right after it, as /proc/self/maps lists them: a thread's heap and what it may grow into.
/// Read from the kernel, so nothing is assumed about how the C library lays heaps out.
std::pair<std::uintptr_t, std::uintptr_t> mappingAround(std::uintptr_t address)
{
    std::FILE *maps = std::fopen("/proc/self/maps", "re");
    if (!maps)
        return {0, 0};
    std::uintptr_t begin = 0;
    std::uintptr_t end = 0;
    char line[512];
    while (std::fgets(line, sizeof line, maps)) {
        unsigned long from = 0;
        unsigned long to = 0;
        char perms[5] = {};
        if (std::sscanf(line, "%lx-%lx %4s", &from, &to, perms) != 3)
            continue;
        if (!begin && address >= from && address < to) {
            begin = from;
            end = to;
        } else if (begin && from == end && std::strcmp(perms, "---p") == 0) {
            end = to; // the part of the heap not yet writable
        } else if (begin) {
            break;
        }
    }
    std::fclose(maps);
    return {begin, end};
}

/// SR_REPORT_HEAP_TUNING set: each piece of advice is said on standard error, so that a user
/// (and a test) can see that it is in effect.
bool reporting = false;

void report(const char *what, std::uintptr_t size)
{
    if (reporting)
        std::fprintf(stderr, "heap tuning: %s, %zu MiB advised huge pages\n", what, std::size_t(size / MiB));
}

/// The first pages of the worker threads' heaps, kept allocated (adviseThisThreadsHeap()).
void *volatile keptFirstPages = nullptr;

/// Run by the core on each of its worker threads before the thread's first piece of work
/// (sr::setWorkerThreadSetUp), so on the thread whose heap it prepares: nothing is assumed
/// about which arena the C library gives to which thread. The thread's own heap has just
/// been created (by its first allocations); huge pages are advised for all of it, its range
/// read from the kernel. The first 2 MiB already hold the heap's bookkeeping in small pages:
/// they are kept allocated (never touched), so that the thread's data starts on a huge page.
/// The main thread allocates little while a registry loads: its heap is left as it is.
void adviseThisThreadsHeap()
{
    if (gettid() == getpid())
        return;
    void *probe = malloc(64);
    const auto at = reinterpret_cast<std::uintptr_t>(probe);
    const auto [base, end] = mappingAround(at);
    if (probe && base && at - base < hugePage / 2 && end - base >= 2 * hugePage
        && madvise(reinterpret_cast<void *>(base), end - base, MADV_HUGEPAGE) == 0) {
        // In pieces below the mmap threshold, so that they come from this heap. Kept to the
        // end of the process, as the heap is; stored where the compiler must assume they are
        // used (an allocation nothing reads may be dropped).
        std::size_t keep = base + hugePage - at - 64;
        constexpr std::size_t piece = 256 * 1024;
        for (; keep > 0; keep -= std::min(keep, piece))
            keptFirstPages = malloc(std::min(keep, piece));
        report("worker thread heap", end - base);
    }
    free(probe);
}

} // namespace
#endif

namespace HeapTuning {

bool adviseForLoading(Lifetime lifetime)
{
#if defined(__GLIBC__) && !defined(__SANITIZE_ADDRESS__)
    if (std::getenv("SR_NO_ALLOCATOR_TUNING"))
        return false;
    reporting = std::getenv("SR_REPORT_HEAP_TUNING") != nullptr;
    // Heaps grow in large steps, without a system call for each allocation (otherwise by what
    // each allocation needs: an mprotect every few pages). Pages not touched cost nothing.
    mallopt(M_TOP_PAD, int(growthStep));
    mallopt(M_MMAP_THRESHOLD, int(MiB)); // large file buffers get mappings of their own
    if (lifetime == Lifetime::ShortRun) {
        mallopt(M_MXFAST, 0);
        mallopt(M_TRIM_THRESHOLD, int(128 * MiB));
    }
    sr::setWorkerThreadSetUp(adviseThisThreadsHeap);
    return true;
#else
    (void)lifetime;
    return false;
#endif
}

void releaseFreedMemory()
{
#if defined(__GLIBC__) && !defined(__SANITIZE_ADDRESS__)
    if (!std::getenv("SR_NO_ALLOCATOR_TUNING"))
        malloc_trim(0);
#endif
}

} // namespace HeapTuning
