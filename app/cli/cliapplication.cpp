#include "cliapplication.h"
#include "command.h"
#include "invocation.h"

#include <QCommandLineParser>

#include <cstdio>

using namespace cli;

namespace {

QString groupTitle(CommandGroup group)
{
    switch (group) {
    case CommandGroup::Start:
        return CliApplication::tr("Start:");
    case CommandGroup::Check:
        return CliApplication::tr("Check:");
    case CommandGroup::Generate:
        return CliApplication::tr("Generate:");
    case CommandGroup::Review:
        return CliApplication::tr("Review:");
    case CommandGroup::Deploy:
        return CliApplication::tr("Deploy:");
    case CommandGroup::Edit:
        return CliApplication::tr("Edit:");
    }
    return {};
}

int usage(const QString &message)
{
    return fail(message, UsageError);
}

} // namespace

QString CliApplication::help() const
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Service Registry: validate and analyse a central multi-project service registry."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"), tr("A command from the list below."), tr("<command> [options]"));
    qsizetype width = 0;
    for (const Command &c : commandTable())
        width = std::max(width, c.name.size());
    QString text = parser.helpText();
    for (const CommandGroup group : {CommandGroup::Start, CommandGroup::Check, CommandGroup::Generate, CommandGroup::Review,
                                     CommandGroup::Deploy, CommandGroup::Edit}) {
        text += QLatin1Char('\n') + groupTitle(group) + QLatin1Char('\n');
        for (const Command &c : commandTable()) {
            if (c.group == group)
                text += QStringLiteral("  %1  %2\n")
                            .arg(c.name, -int(width))
                            .arg(QCoreApplication::translate("Command", c.summary));
        }
    }
    return text + QLatin1Char('\n') + tr("Run 'service-registry <command> --help' for the options of a command.")
        + QLatin1Char('\n');
}

int CliApplication::run(const QStringList &arguments)
{
    const QStringList words = arguments.mid(1);
    const QString first = words.value(0);
    if (first == QLatin1String("--version") || first == QLatin1String("-v"))
        return writeStandardOutput(QStringLiteral("service-registry %1\n").arg(QCoreApplication::applicationVersion()).toUtf8())
            ? Clean
            : UsageError;
    if (first == QLatin1String("--help") || first == QLatin1String("-h") || first == QLatin1String("--help-all"))
        return writeStandardOutput(help().toUtf8()) ? Clean : UsageError;
    if (words.isEmpty()) {
        printErr(help());
        return UsageError;
    }
    if (first.startsWith(QLatin1Char('-')))
        return usage(tr("unknown option '%1'; run service-registry --help to list the commands and their options").arg(first));
    qsizetype used = 0;
    const Command *command = findCommand(words, &used);
    if (!command) {
        const QStringList subcommands = subcommandsOf(first);
        if (!subcommands.isEmpty()) {
            const QString example = first + QLatin1Char(' ') + subcommands.constFirst();
            return usage(words.size() > 1 && !words.at(1).startsWith(QLatin1Char('-'))
                             ? tr("unknown command '%1 %2'; %1 needs one of: %3 (e.g. service-registry %4 --help)")
                                   .arg(first, words.at(1), subcommands.join(QLatin1String(", ")), example)
                             : tr("%1 needs one of: %2 (e.g. service-registry %3 --help)")
                                   .arg(first, subcommands.join(QLatin1String(", ")), example));
        }
        return usage(tr("unknown command '%1'; run service-registry --help to list the commands").arg(first));
    }
    Invocation invocation(*command, arguments.first(), words.mid(used), &m_kept);
    return command->handler(invocation);
}
