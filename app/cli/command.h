#pragma once

#include <QStringList>

#include <span>

namespace cli {

class Invocation;

/// How `--help` groups the commands, in this order.
enum class CommandGroup { Start, Check, Generate, Review, Deploy, Edit };

/// One row of the command table (commandtable.cpp): everything the dispatcher, `--help`, the
/// usage errors, the `--format` check and the allocator set-up know about a command.
struct Command
{
    using Handler = int (*)(Invocation &);

    QString name; ///< "validate", or a command and its subcommand: "deploy record"
    CommandGroup group;
    const char *summary; ///< QT_TRANSLATE_NOOP("Command", …): the help line and the description
    Handler handler;
    bool loadsRegistry; ///< builds a whole snapshot: the allocator is tuned for it
    QStringList formats; ///< what --format takes, the default first; empty: no --format
    bool formatList = false; ///< --format takes a comma-separated list of them, or all
};

/// Every command, in help order within its group.
std::span<const Command> commandTable();
/// The row `words` name ("deploy", "record", …): the longest name they start with. `used`
/// says how many words the name took.
const Command *findCommand(const QStringList &words, qsizetype *used = nullptr);
/// The commands whose name starts with `word` and a space ("deploy" → record, import…).
QStringList subcommandsOf(const QString &word);

} // namespace cli
