#include "cliapplication.h"
#include "clisupport.h"

#include "analysis/changedetector.h"
#include "analysis/changereportformat.h"
#include "catalog/registryloader.h"
#include "vcs/gitrevisionsource.h"

#include <QCommandLineParser>
#include <QFileInfo>

using namespace sr;
using namespace cli;

namespace {

/// A side of a comparison: a folder when one exists at that path, else a git revision of the
/// repository that holds the registry folder.
RegistrySourcePtr sourceFor(const QString &registry, const QString &side, QString *error)
{
    if (QFileInfo(side).isDir())
        return std::make_shared<FolderSource>(side);
    return GitRevisionSource::open(registry, side, error);
}

} // namespace

// service-registry diff and impact-analysis: docs/cli.md and docs/change-review.md.
int CliApplication::review(const QStringList &arguments, const QString &description, bool impact)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    parser.addPositionalArgument(impact ? QStringLiteral("impact-analysis") : QStringLiteral("diff"), description);
    const QCommandLineOption registry{QStringList{QStringLiteral("r"), QStringLiteral("registry")},
                                      tr("Registry folder, inside a git work tree for revisions (default: the current folder)."),
                                      tr("dir"), QStringLiteral(".")};
    const QCommandLineOption base{
        QStringLiteral("base"), tr("Where the change starts: a git revision (branch, tag, commit) or a folder."), tr("rev|dir")};
    const QCommandLineOption head{
        QStringLiteral("head"), tr("Where the change ends: a git revision or a folder (default: the registry folder as it is)."),
        tr("rev|dir")};
    const QCommandLineOption service{QStringLiteral("service"), tr("Only the changes of this service (in any scope)."), tr("id")};
    const QCommandLineOption upgrade{
        QStringLiteral("upgrade"),
        tr("Instead of two versions: what moving this project from its pinned catalog version to the "
           "current catalog changes."),
        tr("project")};
    const QCommandLineOption format{QStringList{QStringLiteral("f"), QStringLiteral("format")},
                                    tr("Output format: text, json, markdown or sarif."), tr("format"), QStringLiteral("text")};
    const QCommandLineOption output{QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                    tr("Write the report to a file (atomically) instead of standard output."), tr("file")};
    const QCommandLineOption failOn{
        QStringLiteral("fail-on"),
        tr("Exit with 1 on: breaking changes (the default), warning (breaking changes or warnings) or "
           "never."),
        tr("level"), QStringLiteral("breaking")};
    parser.addOptions({registry, base, head, service, upgrade, format, output, failOn});
    if (const auto stop = parseCommand(parser, arguments, [this](const QString &m) { return usage(m); }))
        return *stop;
    const QString formatName = parser.value(format);
    if (!QStringList{QStringLiteral("text"), QStringLiteral("json"), QStringLiteral("markdown"), QStringLiteral("sarif")}
             .contains(formatName))
        return usage(tr("unknown format '%1'; use text, json, markdown or sarif").arg(formatName));
    const QString level = parser.value(failOn);
    if (level != QLatin1String("breaking") && level != QLatin1String("warning") && level != QLatin1String("never"))
        return usage(tr("unknown --fail-on level '%1'; use breaking, warning or never").arg(level));
    m_outputFile = parser.value(output);
    const QString root = parser.value(registry);
    if (!QFileInfo(root).isDir())
        return usage(tr("registry folder '%1' does not exist or is not a folder").arg(root));

    ChangeReport report;
    RegistryPtr headRegistry;
    QString baseName;
    QString headName;
    if (parser.isSet(upgrade)) {
        headRegistry = loadRegistry(std::make_shared<FolderSource>(root));
        const Project *project = headRegistry->project(parser.value(upgrade));
        if (!project)
            return usage(tr("no project '%1' in the registry").arg(parser.value(upgrade)));
        if (project->catalogVersion.isEmpty() || project->catalogVersion == headRegistry->catalog.version)
            return usage(tr("project '%1' follows the current catalog %2: there is nothing to upgrade")
                             .arg(project->name, headRegistry->catalog.version));
        report = ChangeDetector::upgradePreview(*headRegistry, project->name);
        baseName = tr("catalog %1").arg(project->catalogVersion);
        headName = tr("catalog %1").arg(headRegistry->catalog.version);
    } else {
        if (!parser.isSet(base))
            return usage(tr("%1 needs --base REV (a git revision or a folder), e.g. --base main")
                             .arg(impact ? QStringLiteral("impact-analysis") : QStringLiteral("diff")));
        QString error;
        const RegistrySourcePtr baseSource = sourceFor(root, parser.value(base), &error);
        if (!baseSource)
            return usage(error);
        RegistrySourcePtr headSource = std::make_shared<FolderSource>(root);
        if (parser.isSet(head)) {
            headSource = sourceFor(root, parser.value(head), &error);
            if (!headSource)
                return usage(error);
        }
        const RegistryPtr baseRegistry = loadRegistry(baseSource);
        headRegistry = loadRegistry(headSource);
        keepUntilExit(baseRegistry);
        report = ChangeDetector::compare(*baseRegistry, *headRegistry);
        baseName = parser.value(base);
        headName = parser.isSet(head) ? parser.value(head) : tr("the working tree");
    }
    keepUntilExit(headRegistry);
    if (parser.isSet(service)) {
        const QString id = parser.value(service);
        report.changes.removeIf([&id](const RegistryChange &c) { return c.service != id; });
    }

    QByteArray out;
    if (formatName == QLatin1String("json"))
        out = ChangeReportFormat::toJson(report, baseName, headName);
    else if (formatName == QLatin1String("markdown"))
        out = ChangeReportFormat::toMarkdown(report, *headRegistry, baseName, headName);
    else if (formatName == QLatin1String("sarif"))
        out = ChangeReportFormat::toSarif(report, headRegistry->root);
    else
        out = impact ? ChangeReportFormat::toImpactText(report, baseName, headName)
                     : ChangeReportFormat::toText(report, baseName, headName);
    if (!write(out))
        return UsageError;
    if (level == QLatin1String("never"))
        return Clean;
    const int failing = report.count(ChangeSeverity::Breaking)
        + (level == QLatin1String("warning") ? report.count(ChangeSeverity::Warning) : 0);
    return failing > 0 ? Findings : Clean;
}
