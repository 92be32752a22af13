#include "allocatortuning.h"

#include <cstdlib>
#include <cstring>
#include <string>

#include <unistd.h>

void tuneAllocator(char *argv[])
{
#if defined(__GLIBC__)
    // Only the commands that load a registry: the re-execution costs a start-up (~15 ms).
    const bool loads = argv[0] && argv[1] && (std::strcmp(argv[1], "validate") == 0 || std::strcmp(argv[1], "check-deps") == 0);
    if (!loads || std::getenv("SR_NO_ALLOCATOR_TUNING"))
        return;
    const char *current = std::getenv("GLIBC_TUNABLES");
    if (current && std::strstr(current, "glibc.malloc.hugetlb"))
        return; // already tuned, by the first run or by the user
    std::string tunables = current && *current ? std::string(current) + ':' : std::string();
    tunables += "glibc.malloc.hugetlb=1:glibc.malloc.top_pad=33554432";
    if (setenv("GLIBC_TUNABLES", tunables.c_str(), 1) != 0)
        return;
    execv("/proc/self/exe", argv);
    unsetenv("GLIBC_TUNABLES"); // exec failed: carry on as we are
    if (current)
        setenv("GLIBC_TUNABLES", current, 1);
#else
    (void)argv;
#endif
}
