#include "allocatortuning.h"
#include "command.h"

#include "heaptuning.h"

#include <algorithm>

void tuneAllocator(int argc, char *argv[])
{
    QStringList words;
    for (int i = 1; i < std::min(argc, 3); ++i)
        words.append(QString::fromLocal8Bit(argv[i]));
    const cli::Command *command = cli::findCommand(words);
    if (command && command->loadsRegistry)
        HeapTuning::adviseForLoading(HeapTuning::Lifetime::ShortRun);
}
