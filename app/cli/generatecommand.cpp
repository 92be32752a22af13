#include "cliapplication.h"
#include "clisupport.h"

#include "analysis/diagnosticreport.h"
#include "analysis/validator.h"
#include "catalog/registryloader.h"
#include "generate/generatedoutput.h"
#include "generate/generator.h"
#include "vcs/gitrevisionsource.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

#include <cstdio>

using namespace sr;
using namespace cli;

// service-registry generate: docs/cli.md and docs/generators.md.
int CliApplication::generate(const QStringList &arguments, const QString &description)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("generate"), description);
    const QString formats = Generator::formats().join(QLatin1Char(','));
    const QCommandLineOption registry{QStringList{QStringLiteral("r"), QStringLiteral("registry")},
                                      tr("Registry folder (default: the current folder)."), tr("dir"), QStringLiteral(".")};
    const QCommandLineOption format{QStringList{QStringLiteral("f"), QStringLiteral("format")},
                                    tr("Comma-separated formats from %1, or all (the default).").arg(formats), tr("list"),
                                    QStringLiteral("all")};
    const QCommandLineOption project{QStringList{QStringLiteral("p"), QStringLiteral("project")},
                                     tr("A project to generate; repeat for more (default: every project)."), tr("name")};
    const QCommandLineOption target{QStringList{QStringLiteral("t"), QStringLiteral("target")},
                                    tr("The deployment target (default: each project's default target)."), tr("name")};
    const QCommandLineOption pattern{QStringLiteral("pattern"), tr("Only the services of this catalog pattern."), tr("id")};
    const QCommandLineOption out{QStringList{QStringLiteral("o"), QStringLiteral("out")},
                                 tr("Output folder: files go to OUT/<project>/<target>/<format>/."), tr("dir")};
    const QCommandLineOption check{QStringLiteral("check"),
                                   tr("Write nothing; exit with 1 and list the files when OUT differs from what would be "
                                      "generated.")};
    const QCommandLineOption revision{QStringLiteral("revision"),
                                      tr("Generate from the registry as it is at this git revision; its commit id goes into "
                                         "each file's header."),
                                      tr("rev")};
    const QCommandLineOption repoUrl{QStringLiteral("repo-url"),
                                     tr("Argo CD and Flux: the git repository the generated files are committed to."), tr("url")};
    const QCommandLineOption repoPath{QStringLiteral("repo-path"),
                                      tr("Argo CD and Flux: the output folder's path in that repository (default: --out when "
                                         "it is relative)."),
                                      tr("path")};
    const QCommandLineOption repoRevision{QStringLiteral("repo-revision"),
                                          tr("Argo CD and Flux: the branch they follow (default: main)."), tr("branch"),
                                          QStringLiteral("main")};
    parser.addOptions({registry, format, project, target, pattern, out, check, revision, repoUrl, repoPath, repoRevision});
    if (const auto stop = parseCommand(parser, arguments, [this](const QString &m) { return usage(m); }))
        return *stop;
    if (!parser.isSet(out))
        return usage(tr("generate needs --out DIR, the folder the files go to (or are compared with, with --check)"));

    QList<const Generator *> generators;
    for (const QString &name : parser.value(format).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (name.trimmed() == QLatin1String("all")) {
            generators = Generator::all();
            break;
        }
        const Generator *g = Generator::find(name.trimmed());
        if (!g)
            return usage(tr("unknown format '%1'; use a comma-separated list of %2, or all").arg(name, formats));
        if (!generators.contains(g))
            generators.append(g);
    }
    if (generators.isEmpty())
        return usage(tr("--format needs at least one of %1, or all").arg(formats));
    const bool gitOps = generators.contains(Generator::find(u"argocd")) || generators.contains(Generator::find(u"flux"));
    if (gitOps && !parser.isSet(repoUrl))
        return usage(tr("argocd and flux need --repo-url URL, the git repository Argo CD or Flux reads the generated files "
                        "from (or leave them out of --format)"));

    const QString root = parser.value(registry);
    if (!QFileInfo(root).isDir())
        return usage(tr("registry folder '%1' does not exist or is not a folder").arg(root));
    RegistrySourcePtr source;
    GenerationRequest request;
    if (parser.isSet(revision)) {
        QString error;
        auto git = GitRevisionSource::open(root, parser.value(revision), &error);
        if (!git)
            return usage(error);
        request.commit = git->commitId();
        source = std::move(git);
    } else {
        source = std::make_shared<FolderSource>(root);
    }
    RegistryPtr loaded = loadRegistry(source);
    keepUntilExit(loaded);
    const Registry &r = *loaded;

    // Files from a registry with errors would deploy something nobody reviewed.
    Diagnostics errors;
    for (const Diagnostic &d : Validator::validate(r)) {
        if (d.severity == Severity::Error)
            errors.append(d);
    }
    if (!errors.isEmpty()) {
        printErr(QString::fromUtf8(DiagnosticReport(errors, r.root).toText()));
        printErr(tr("service-registry: the registry has errors; nothing was generated") + QLatin1Char('\n'));
        return Findings;
    }

    QStringList projects = parser.values(project);
    if (projects.isEmpty()) {
        for (const Project &p : r.projects)
            projects.append(p.name);
    }
    request.target = parser.value(target);
    request.repositoryUrl = parser.value(repoUrl);
    request.repositoryRevision = parser.value(repoRevision);
    request.repositoryPath = parser.isSet(repoPath) ? parser.value(repoPath)
        : QFileInfo(parser.value(out)).isRelative() ? QDir::cleanPath(parser.value(out))
                                                    : QString();
    request.pattern = parser.value(pattern);
    QList<GenerationRequest> requests;
    for (const QString &name : projects) {
        request.project = name;
        requests.append(request);
    }
    QString error;
    const QList<GeneratedFile> files = generateFiles(r, requests, generators, &error);
    if (!error.isEmpty())
        return usage(error);

    const QString outDir = parser.value(out);
    if (parser.isSet(check)) {
        const auto differences = GeneratedOutput::compare(outDir, files);
        QString text;
        for (const auto &d : differences)
            text += QStringLiteral("%1: %2\n").arg(differenceKindName(d.kind), d.path);
        if (differences.isEmpty())
            text
                = (files.size() == 1 ? tr("1 generated file in %2 is up to date") : tr("%1 generated files in %2 are up to date"))
                      .arg(files.size())
                      .arg(outDir)
                + QLatin1Char('\n');
        else
            text += (differences.size() == 1
                         ? tr("1 file differs from what the registry generates; run service-registry generate to update it")
                         : tr("%1 files differ from what the registry generates; run service-registry generate to update them")
                               .arg(differences.size()))
                + QLatin1Char('\n');
        std::fputs(text.toUtf8().constData(), differences.isEmpty() ? stdout : stderr);
        return differences.isEmpty() ? Clean : Findings;
    }
    GeneratedOutput::Written written;
    if (!GeneratedOutput::write(outDir, files, &error, &written)) {
        printErr(QStringLiteral("service-registry: ") + error + QLatin1Char('\n'));
        return UsageError;
    }
    std::printf("%s\n",
                qPrintable(tr("%1: %2 written, %3 unchanged, %4 removed")
                               .arg(outDir)
                               .arg(written.changed)
                               .arg(written.unchanged)
                               .arg(written.removed)));
    return Clean;
}
