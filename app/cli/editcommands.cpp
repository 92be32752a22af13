#include "cliapplication.h"
#include "clisupport.h"

#include "analysis/diagnosticreport.h"
#include "analysis/linediff.h"
#include "analysis/validator.h"
#include "catalog/registryloader.h"
#include "edit/atomicwrite.h"
#include "edit/serviceedit.h"
#include "edit/tomltexteditor.h"

#include <QCommandLineParser>
#include <QFileInfo>

#include <cstdio>

using namespace sr;
using namespace cli;

// service-registry set / unset: docs/cli.md.
int CliApplication::edit(const QStringList &arguments, const QString &description, bool unset)
{
    const char *name = unset ? "unset" : "set";
    QCommandLineParser parser;
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    parser.addPositionalArgument(QString::fromLatin1(name), description);
    parser.addPositionalArgument(QStringLiteral("service"), tr("The service's id."));
    parser.addPositionalArgument(unset ? QStringLiteral("field") : QStringLiteral("field=value"),
                                 unset ? tr("Fields to remove: version, resources.memory, environment.LOG_LEVEL…")
                                       : tr("Fields to set: version=2.4.2, replicas=4, tags='[\"a\", \"b\"]'. The value is "
                                            "a TOML value; a bare word is a string."),
                                 unset ? tr("<field>…") : tr("<field=value>…"));
    const QCommandLineOption registry{QStringList{QStringLiteral("r"), QStringLiteral("registry")},
                                      tr("Registry folder (default: the current folder)."), tr("dir"), QStringLiteral(".")};
    const QCommandLineOption project{QStringList{QStringLiteral("p"), QStringLiteral("project")},
                                     tr("Edit the service as this project sees it: a global service's field becomes (or, "
                                        "with unset, stops being) an override in the project's services.toml."),
                                     tr("name")};
    const QCommandLineOption force{QStringLiteral("force"), tr("Write the edit even when it introduces errors.")};
    const QCommandLineOption dryRun{QStringLiteral("dry-run"), tr("Write nothing; print the change as a unified diff.")};
    parser.addOptions({registry, project, force, dryRun});
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return Clean;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < 2)
        return usage(unset ? tr("unset needs a service and at least one field, e.g. unset --project shop postgresql "
                                "resources.memory")
                           : tr("set needs a service and at least one field=value, e.g. set auth version=2.4.0"));
    const QString root = parser.value(registry);
    if (!QFileInfo(root).isDir())
        return usage(tr("registry folder '%1' does not exist or is not a folder").arg(root));

    auto source = std::make_shared<FolderSource>(root);
    RegistryPtr before = loadRegistry(source);
    ServiceEdit edit(before);
    const QString service = positional.first();
    QStringList done;
    for (const QString &argument : positional.mid(1)) {
        QString error;
        QString field = argument;
        std::optional<QByteArray> value;
        if (!unset) {
            const qsizetype equals = argument.indexOf(QLatin1Char('='));
            if (equals <= 0)
                return usage(tr("'%1' is not field=value; write e.g. version=2.4.0").arg(argument));
            field = argument.left(equals).trimmed();
            value = TomlTextEditor::valueFromArgument(argument.mid(equals + 1), &error);
            if (!value)
                return usage(tr("%1 for %2; quote strings for the shell, e.g. %2='\"text\"'").arg(error, field));
        }
        const std::optional<ServiceEdit::Place> place = edit.place(parser.value(project), service, field, &error);
        if (!place)
            return usage(error);
        const bool ok = unset ? edit.unset(parser.value(project), service, field, &error)
                              : edit.set(parser.value(project), service, field, *value, &error);
        if (!ok) {
            printErr(QStringLiteral("service-registry: %1: %2\n").arg(pathInRoot(root, place->file), error));
            return Findings;
        }
        const QString key = QString::fromUtf8(TomlTextEditor::formatPath(place->path));
        done.append(pathInRoot(root, place->file) + QLatin1String(": ")
                    + (unset ? QString(QStringLiteral("removed ") + key)
                             : QString(key + QLatin1String(" = ") + QString::fromUtf8(*value))));
    }

    // Refuse what makes the registry worse: errors it did not have before.
    Diagnostics after;
    RegistryPtr edited = edit.editedRegistry(&after);
    // The registry as it was is validated only when the edited one has errors to compare.
    const bool hasErrors = countBySeverity(after, Severity::Error) > 0;
    const Diagnostics introduced = hasErrors ? ServiceEdit::newErrors(Validator::validate(*before), after) : Diagnostics();
    keepUntilExit(before);
    keepUntilExit(edited);
    const bool refused = !introduced.isEmpty() && !parser.isSet(force);
    if (!introduced.isEmpty()) {
        printErr(QString::fromUtf8(DiagnosticReport(introduced, root).toText()));
        const QString count
            = introduced.size() == 1 ? QStringLiteral("1 error") : QStringLiteral("%1 errors").arg(introduced.size());
        printErr(refused ? QStringLiteral("service-registry: the edit would introduce %1; nothing was written (--force writes it "
                                          "anyway)\n")
                               .arg(count)
                         : QStringLiteral("service-registry: written with %1 it introduces (--force)\n").arg(count));
    }
    if (parser.isSet(dryRun)) {
        for (const QString &file : edit.changedFiles()) {
            const QByteArray diff = LineDiff::unified(file, edit.originalText(file), edit.buffers().value(file));
            std::fwrite(diff.constData(), 1, size_t(diff.size()), stdout);
        }
        return refused ? Findings : Clean;
    }
    if (refused)
        return Findings;
    QList<FileContent> files;
    for (const QString &file : edit.changedFiles())
        files.append({source->filePath(file), edit.buffers().value(file)});
    QString error;
    if (!writeFilesAtomically(files, &error)) {
        printErr(QStringLiteral("service-registry: %1; nothing was changed\n").arg(error));
        return UsageError;
    }
    for (const QString &line : std::as_const(done))
        std::printf("%s\n", qPrintable(line));
    return Clean;
}
