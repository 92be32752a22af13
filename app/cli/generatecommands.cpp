#include "generatecommands.h"
#include "invocation.h"

#include "analysis/diagnosticreport.h"
#include "analysis/validator.h"
#include "catalog/syntheticregistry.h"
#include "generate/generatedoutput.h"
#include "generate/generator.h"

#include <QDir>
#include <QFileInfo>

using namespace sr;

namespace cli {

int GenerateCommands::generate(Invocation &invocation)
{
    invocation.useRegistry();
    invocation.useRevision(tr("Generate from the registry as it is at this git revision; its commit id goes into each "
                              "file's header."));
    const QCommandLineOption project{QStringList{QStringLiteral("p"), QStringLiteral("project")},
                                     tr("A project to generate; repeat for more (default: every project)."), tr("name")};
    const QCommandLineOption target{
        QStringList{QStringLiteral("t"), QStringLiteral("target")},
        tr("The deployment target (default: each project's default target; all: every target of each project)."), tr("name")};
    const QCommandLineOption pattern{QStringLiteral("pattern"), tr("Only the services of this catalog pattern."), tr("id")};
    const QCommandLineOption out{QStringList{QStringLiteral("o"), QStringLiteral("out")},
                                 tr("Output folder: files go to OUT/<project>/<target>/<format>/."), tr("dir")};
    const QCommandLineOption check{QStringLiteral("check"),
                                   tr("Write nothing; exit with 1 and list the files when OUT differs from what would be "
                                      "generated.")};
    const QCommandLineOption repoUrl{QStringLiteral("repo-url"),
                                     tr("Argo CD and Flux: the git repository the generated files are committed to (default: "
                                        "[gitops] repository in policies/governance.toml)."),
                                     tr("url")};
    const QCommandLineOption repoPath{QStringLiteral("repo-path"),
                                      tr("Argo CD and Flux: the output folder's path in that repository (default: --out when "
                                         "it is relative)."),
                                      tr("path")};
    const QCommandLineOption repoRevision{QStringLiteral("repo-revision"),
                                          tr("Argo CD and Flux: the branch they follow (default: the registry's [gitops] branch, "
                                             "else main)."),
                                          tr("branch")};
    invocation.parser().addOptions({project, target, pattern, out, check, repoUrl, repoPath, repoRevision});
    if (const auto stop = invocation.parse())
        return *stop;
    if (!invocation.isSet(out))
        return invocation.usage(tr("generate needs --out DIR, the folder the files go to (or are compared with, with --check)"));

    QList<const Generator *> generators;
    for (const QString &name : invocation.formats())
        generators.append(Generator::find(name));
    GenerationRequest request;
    const RegistrySourcePtr source = invocation.source(&request.commit);
    if (!source)
        return UsageError;
    const RegistryPtr loaded = invocation.load(source);
    const Registry &r = *loaded;
    const GitOpsRepository *named
        = r.policies.governance && !r.policies.governance->gitops.url.isEmpty() ? &r.policies.governance->gitops : nullptr;

    QStringList needRepository;
    for (const Generator *g : std::as_const(generators)) {
        if (g->needsRepository())
            needRepository.append(g->format());
    }
    if (!needRepository.isEmpty() && !invocation.isSet(repoUrl) && !named)
        return invocation.usage(tr("--repo-url URL is needed for %1: the git repository the generated files are committed "
                                   "to and read from (or name it once in policies/governance.toml, [gitops] repository = "
                                   "\"URL\"; or leave them out of --format)")
                                    .arg(needRepository.join(QLatin1String(", "))));

    // Files from a registry with errors would deploy something nobody reviewed.
    Diagnostics errors;
    for (const Diagnostic &d : Validator::validate(r)) {
        if (d.severity == Severity::Error)
            errors.append(d);
    }
    if (!errors.isEmpty()) {
        printErr(QString::fromUtf8(DiagnosticReport(errors, r.root).render(ReportFormat::Text)));
        return invocation.fail(tr("the registry has errors; nothing was generated"), Findings);
    }

    QStringList projects = invocation.parser().values(project);
    if (projects.isEmpty()) {
        for (const Project &p : r.projects)
            projects.append(p.name);
    }
    const QString outDir = invocation.value(out);
    request.target = invocation.value(target);
    request.repositoryUrl = invocation.value(repoUrl);
    request.repositoryRevision = invocation.value(repoRevision);
    // The output folder's place in the repository: --repo-path, else the registry's [gitops]
    // path when the repository is the registry's, else --out when it is relative.
    const bool registryRepository = !invocation.isSet(repoUrl) && named;
    request.repositoryPath = invocation.isSet(repoPath) ? invocation.value(repoPath)
        : registryRepository && !named->path.isEmpty()  ? named->path
        : QFileInfo(outDir).isRelative()                ? QDir::cleanPath(outDir)
                                                        : QString();
    request.pattern = invocation.value(pattern);
    QList<GenerationRequest> requests;
    for (const QString &name : projects) {
        request.project = name;
        const Project *p = r.project(name);
        const Deployment *deployment = p && p->deployment ? &*p->deployment : nullptr;
        // --target all: every target of the project, as a GitOps repository holds them (a
        // target really named "all" is still that one).
        if (request.target == QLatin1String("all") && !(deployment && deployment->target(request.target))) {
            GenerationRequest each = request;
            each.target.clear(); // no targets: the default one
            if (!deployment || deployment->targets.isEmpty())
                requests.append(each);
            for (const DeploymentTarget &t : deployment ? deployment->targets : QList<DeploymentTarget>()) {
                each.target = t.name;
                requests.append(each);
            }
            continue;
        }
        requests.append(request);
    }
    QString error;
    const QList<GeneratedFile> files = generateFiles(r, requests, generators, &error);
    if (!error.isEmpty())
        return invocation.usage(error);

    if (invocation.isSet(check)) {
        const auto differences = GeneratedOutput::compare(outDir, files);
        if (differences.isEmpty())
            return invocation.finish(tr("%n generated file(s) in %1 are up to date", nullptr, int(files.size())).arg(outDir)
                                     + QLatin1Char('\n'));
        QString text;
        for (const auto &d : differences)
            text += QStringLiteral("%1: %2\n").arg(nameOf(d.kind), d.path);
        text += tr("%n file(s) differ from what the registry generates; run service-registry generate to update them", nullptr,
                   int(differences.size()))
            + QLatin1Char('\n');
        // The list is the diagnosis of a failed check, as the compiler's errors are.
        printErr(text);
        return Findings;
    }
    GeneratedOutput::Written written;
    if (!GeneratedOutput::write(outDir, files, &error, &written))
        return invocation.fail(error, UsageError);
    return invocation.finish(tr("%1: %2 written, %3 unchanged, %4 removed")
                                 .arg(outDir)
                                 .arg(written.changed)
                                 .arg(written.unchanged)
                                 .arg(written.removed)
                             + QLatin1Char('\n'));
}

int GenerateCommands::synth(Invocation &invocation)
{
    const QCommandLineOption projects(QStringLiteral("projects"), tr("Number of projects."), tr("n"), QStringLiteral("50"));
    const QCommandLineOption services(QStringLiteral("services"), tr("Services per project."), tr("n"), QStringLiteral("100"));
    const QCommandLineOption globals(QStringLiteral("globals"), tr("Services in the global catalog."), tr("n"),
                                     QStringLiteral("20"));
    const QCommandLineOption seed(QStringLiteral("seed"), tr("Random seed; the same seed writes the same registry."), tr("n"),
                                  QStringLiteral("1"));
    const QCommandLineOption targets(
        QStringLiteral("targets"), tr("Deployment targets per project, 1-6: staging, production, qa, performance, sandbox, dr."),
        tr("n"), QStringLiteral("1"));
    const QCommandLineOption out(QStringLiteral("out"), tr("Folder to write (created; must be empty or absent)."), tr("dir"));
    invocation.parser().addOptions({projects, services, globals, targets, seed, out});
    if (const auto stop = invocation.parse(tr("to write the registry there, write --out %1")))
        return *stop;
    if (!invocation.isSet(out))
        return invocation.usage(tr("synth needs --out DIR"));
    SyntheticRegistry::Options options;
    bool ok[5] = {};
    options.projects = invocation.value(projects).toInt(&ok[0]);
    options.servicesPerProject = invocation.value(services).toInt(&ok[1]);
    options.globalServices = invocation.value(globals).toInt(&ok[2]);
    options.seed = invocation.value(seed).toUInt(&ok[3]);
    options.targets = invocation.value(targets).toInt(&ok[4]);
    if (!ok[4] || options.targets < 1 || options.targets > 6)
        return invocation.usage(tr("--targets takes a number from 1 to 6"));
    if (!ok[0] || !ok[1] || !ok[2] || !ok[3] || options.projects < 0 || options.servicesPerProject < 1
        || options.servicesPerProject > 9999 || options.globalServices < 0 || options.globalServices > 999
        || options.projects > 999)
        return invocation.usage(tr("--projects (0-999), --services (1-9999), --globals (0-999) and --seed take whole numbers"));
    const QString dir = invocation.value(out);
    if (QFileInfo(dir).exists() && !QDir(dir).isEmpty())
        return invocation.usage(tr("'%1' exists and is not empty; choose a new folder").arg(dir));
    if (const QString error = SyntheticRegistry::write(dir, options); !error.isEmpty())
        return invocation.fail(error, UsageError);
    return invocation.finish(
        tr("wrote %1 projects x %2 services to %3").arg(options.projects).arg(options.servicesPerProject).arg(dir)
        + QLatin1Char('\n'));
}

} // namespace cli
