#include "allocatortuning.h"
#include "command.h"

#include "heaptuning.h"

#include <algorithm>
#include <cstdlib> // before the test: it defines __GLIBC__

#if defined(__GLIBC__)
#include <malloc.h>
#endif

void tuneAllocator(int argc, char *argv[])
{
    QStringList words;
    for (int i = 1; i < std::min(argc, 3); ++i)
        words.append(QString::fromLocal8Bit(argv[i]));
    const cli::Command *command = cli::findCommand(words);
    if (!command || !command->loadsRegistry || !HeapTuning::adviseForLoading())
        return;
#if defined(__GLIBC__)
    // No fast bins: a freed toml++ tree would fill them, and every larger request after it
    // (a service, its positions) makes glibc consolidate them first. Freed chunks go to the
    // thread cache and are coalesced as they are freed instead (docs/performance.md).
    mallopt(M_MXFAST, 0);
    mallopt(M_TRIM_THRESHOLD, 128 * 1024 * 1024); // and never gives memory back: the process exits soon
#endif
}
