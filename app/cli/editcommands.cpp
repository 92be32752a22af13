#include "editcommands.h"
#include "invocation.h"

#include "analysis/diagnosticreport.h"
#include "analysis/linediff.h"
#include "analysis/validator.h"
#include "catalog/registryloader.h"
#include "edit/atomicwrite.h"
#include "edit/serviceedit.h"
#include "edit/tomltexteditor.h"

#include <QFileInfo>

using namespace sr;

namespace cli {

int EditCommands::set(Invocation &invocation)
{
    return edit(invocation, false);
}

int EditCommands::unset(Invocation &invocation)
{
    return edit(invocation, true);
}

int EditCommands::edit(Invocation &invocation, bool unset)
{
    QCommandLineParser &parser = invocation.parser();
    parser.addPositionalArgument(QStringLiteral("service"), tr("The service's id."));
    parser.addPositionalArgument(unset ? QStringLiteral("field") : QStringLiteral("field=value"),
                                 unset ? tr("Fields to remove: version, resources.memory, environment.LOG_LEVEL…")
                                       : tr("Fields to set: version=2.4.2, replicas=4, tags='[\"a\", \"b\"]'. The value is "
                                            "a TOML value; a bare word is a string."),
                                 unset ? tr("<field>…") : tr("<field=value>…"));
    invocation.useRegistry();
    const QCommandLineOption project{QStringList{QStringLiteral("p"), QStringLiteral("project")},
                                     tr("Edit the service as this project sees it: a global service's field becomes (or, "
                                        "with unset, stops being) an override in the project's services.toml."),
                                     tr("name")};
    const QCommandLineOption force{QStringLiteral("force"), tr("Write the edit even when it introduces errors.")};
    const QCommandLineOption dryRun{QStringLiteral("dry-run"), tr("Write nothing; print the change as a unified diff.")};
    parser.addOptions({project, force, dryRun});
    if (const auto stop = invocation.parseWithArguments())
        return *stop;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < 2)
        return invocation.usage(unset ? tr("unset needs a service and at least one field, e.g. unset --project shop postgresql "
                                           "resources.memory")
                                      : tr("set needs a service and at least one field=value, e.g. set auth version=2.4.0"));
    const QString root = invocation.registryRoot();

    auto source = std::make_shared<FolderSource>(root);
    RegistryPtr before = invocation.load(source);
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
                return invocation.usage(tr("'%1' is not field=value; write e.g. version=2.4.0").arg(argument));
            field = argument.left(equals).trimmed();
            value = TomlTextEditor::valueFromArgument(argument.mid(equals + 1), &error);
            if (!value)
                return invocation.usage(tr("%1 for %2; quote strings for the shell, e.g. %2='\"text\"'").arg(error, field));
        }
        const std::optional<ServiceEdit::Place> place = edit.place(parser.value(project), service, field, &error);
        if (!place)
            return invocation.usage(error);
        const bool ok = unset ? edit.unset(parser.value(project), service, field, &error)
                              : edit.set(parser.value(project), service, field, *value, &error);
        if (!ok) {
            return invocation.fail(QStringLiteral("%1: %2").arg(pathInRoot(root, place->file), error), Findings);
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
    const bool refused = !introduced.isEmpty() && !parser.isSet(force);
    if (!introduced.isEmpty()) {
        printErr(QString::fromUtf8(DiagnosticReport(introduced, root).render(ReportFormat::Text)));
        const int count = int(introduced.size());
        invocation.fail(
            refused ? tr("the edit would introduce %n error(s); nothing was written (--force writes it anyway)", nullptr, count)
                    : tr("written with %n error(s) it introduces (--force)", nullptr, count),
            Findings);
    }
    if (parser.isSet(dryRun)) {
        QByteArray diff;
        for (const QString &file : edit.changedFiles())
            diff += LineDiff::unified(file, edit.originalText(file), edit.buffers().value(file));
        return invocation.finish(diff, refused ? Findings : Clean);
    }
    if (refused)
        return Findings;
    QList<FileContent> files;
    for (const QString &file : edit.changedFiles())
        files.append({source->filePath(file), edit.buffers().value(file)});
    QString error;
    if (!writeFilesAtomically(files, &error))
        return invocation.fail(tr("%1; nothing was changed").arg(error), UsageError);
    return invocation.finish(done.join(QLatin1Char('\n')) + QLatin1Char('\n'));
}

} // namespace cli
