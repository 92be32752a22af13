#include "startcommands.h"

#include "invocation.h"

#include "edit/starterregistry.h"
#include "import/composeimporter.h"
#include "import/kubernetesimporter.h"
#include "import/registryimport.h"

#include <QDir>

using namespace sr;

namespace cli {

int StartCommands::init(Invocation &invocation)
{
    invocation.parser().addPositionalArgument(QStringLiteral("dir"), tr("The folder to create (it must be empty or absent)."));
    const QCommandLineOption owner{QStringLiteral("owner"),
                                   tr("The team that owns the catalog and approves changes (default: @platform-team)."),
                                   tr("team"), QStringLiteral("@platform-team")};
    const QCommandLineOption imageRegistry{QStringLiteral("image-registry"),
                                           tr("The one registry images may come from (default: any)."), tr("host")};
    invocation.parser().addOptions({owner, imageRegistry});
    if (const auto stop = invocation.parseWithArguments())
        return *stop;
    if (invocation.positionalArguments().size() != 1)
        return invocation.usage(tr("init needs one folder: service-registry init DIR"));
    StarterRegistry::Options options;
    options.owner = invocation.value(owner);
    if (!options.owner.startsWith(QLatin1Char('@')) || options.owner.size() < 2)
        return invocation.usage(tr("--owner takes a team written @name, e.g. @platform-team"));
    options.imageRegistry = invocation.value(imageRegistry);
    const QString dir = invocation.positionalArguments().constFirst();
    if (const QString error = StarterRegistry::write(dir, options); !error.isEmpty())
        return invocation.fail(error, UsageError);
    return invocation.finish(tr("wrote a new registry to %1\nnext: service-registry validate -r %2, then import a project "
                                "(service-registry import --help)")
                                 .arg(QDir::toNativeSeparators(dir), dir)
                             + QLatin1Char('\n'));
}

int StartCommands::importCompose(Invocation &invocation)
{
    return import(invocation, true);
}

int StartCommands::importKubernetes(Invocation &invocation)
{
    return import(invocation, false);
}

int StartCommands::import(Invocation &invocation, bool compose)
{
    invocation.useRegistry();
    invocation.useOutput();
    QCommandLineParser &parser = invocation.parser();
    if (compose)
        parser.addPositionalArgument(QStringLiteral("files"),
                                     tr("Compose files; later ones override earlier ones, as with "
                                        "docker compose -f."),
                                     tr("FILE…"));
    else
        parser.addPositionalArgument(QStringLiteral("paths"),
                                     tr("Manifests: files (multi-document YAML, helm template or "
                                        "kubectl kustomize output) or folders of them."),
                                     tr("FILE|DIR…"));
    const QCommandLineOption project{QStringList{QStringLiteral("p"), QStringLiteral("project")},
                                     tr("The project to import into (created when missing)."), tr("name")};
    const QCommandLineOption dryRun{QStringLiteral("dry-run"),
                                    tr("Print the report and the changes to the TOML files; write nothing.")};
    const QCommandLineOption owner{QStringLiteral("owner"),
                                   tr("Owner of a new project and of the services it adds (default: the project's owner, "
                                      "else @<project>-team)."),
                                   tr("team")};
    const QCommandLineOption target{QStringLiteral("target"),
                                    tr("The deployment target that gets the replicas (default: production; local for "
                                       "Compose)."),
                                    tr("name")};
    const QCommandLineOption cluster{QStringLiteral("cluster"),
                                     tr("The cluster of a new target (default: default; docker for Compose)."), tr("name")};
    parser.addOptions({project, dryRun, owner, target, cluster});
    if (const auto stop = invocation.parseWithArguments())
        return *stop;
    const QStringList inputs = invocation.positionalArguments();
    if (inputs.isEmpty())
        return invocation.usage(compose ? tr("import compose needs at least one Compose file")
                                        : tr("import kubernetes needs at least one manifest file or folder"));
    if (!invocation.isSet(project))
        return invocation.usage(tr("import needs --project NAME, the project the services go to"));
    if (invocation.isSet(owner) && !invocation.value(owner).startsWith(QLatin1Char('@')))
        return invocation.usage(tr("--owner takes a team written @name, e.g. @shop-team"));

    ImportError problem;
    const std::optional<ImportedProject> imported
        = compose ? ComposeImporter::read(inputs, &problem) : KubernetesImporter::read(inputs, &problem);
    if (!imported)
        return invocation.fail(problem.text(), Findings);
    const RegistrySourcePtr source = invocation.source();
    if (!source)
        return UsageError;
    const RegistryPtr registry = invocation.load(source);
    RegistryImport::Options options;
    options.project = invocation.value(project);
    options.owner = invocation.value(owner);
    options.target = invocation.value(target);
    options.cluster = invocation.value(cluster);
    options.diff = invocation.isSet(dryRun);
    QString error;
    std::optional<RegistryImport> plan = RegistryImport::plan(registry, *imported, options, &error);
    if (!plan)
        return invocation.fail(error, Findings);
    if (!plan->report().errors.isEmpty()) {
        invocation.finish(plan->report(), Findings);
        return invocation.fail(tr("the import would leave errors in the registry: nothing was written"), Findings);
    }
    if (!invocation.isSet(dryRun) && !plan->write(invocation.registryRoot(), &error))
        return invocation.fail(error, UsageError);
    return invocation.finish(plan->report());
}

} // namespace cli
