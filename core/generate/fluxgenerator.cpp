#include "generate/fluxgenerator.h"

#include "generate/generationcontext.h"
#include "generate/kubernetesobjects_p.h"
#include "generate/yamlwriter_p.h"

namespace sr {

QList<GeneratedFile> FluxGenerator::generate(const GenerationContext &context) const
{
    const DeploymentTarget &target = context.target();
    const QString name = context.project().name + QLatin1Char('-') + target.name;
    const QString kubernetes = context.repositoryFolder(QStringLiteral("kubernetes"));
    const QJsonObject labels = projectLabels(context);
    auto metadata = [&labels](const QString &objectName) {
        return QJsonObject{{QStringLiteral("name"), objectName},
                           {QStringLiteral("namespace"), QStringLiteral("flux-system")},
                           {QStringLiteral("labels"), labels}};
    };
    const QJsonObject repository{
        {QStringLiteral("apiVersion"), QStringLiteral("source.toolkit.fluxcd.io/v1")},
        {QStringLiteral("kind"), QStringLiteral("GitRepository")},
        {QStringLiteral("metadata"), metadata(name)},
        {QStringLiteral("spec"),
         QJsonObject{{QStringLiteral("interval"), QStringLiteral("1m")},
                     {QStringLiteral("url"), context.request().repositoryUrl},
                     {QStringLiteral("ref"), QJsonObject{{QStringLiteral("branch"), context.request().repositoryRevision}}}}}};
    // Waiting for an approval, or deployed by hand: `flux resume kustomization NAME` applies it.
    const bool suspend = !target.autoDeploy || target.approvalRequired;
    auto kustomization = [&](const QString &objectName, const QString &path, const QString &cluster) {
        QJsonObject spec{
            {QStringLiteral("interval"), QStringLiteral("10m")},
            {QStringLiteral("path"), QString(QStringLiteral("./") + path)},
            {QStringLiteral("prune"), true},
            {QStringLiteral("suspend"), suspend},
            {QStringLiteral("targetNamespace"), context.kubernetesNamespace()},
            {QStringLiteral("sourceRef"),
             QJsonObject{{QStringLiteral("kind"), QStringLiteral("GitRepository")}, {QStringLiteral("name"), name}}}};
        if (!cluster.isEmpty()) // another cluster than Flux's own: its kubeconfig in a Secret
            spec.insert(QStringLiteral("kubeConfig"),
                        QJsonObject{{QStringLiteral("secretRef"),
                                     QJsonObject{{QStringLiteral("name"), QString(cluster + QStringLiteral("-kubeconfig"))}}}});
        return QJsonObject{{QStringLiteral("apiVersion"), QStringLiteral("kustomize.toolkit.fluxcd.io/v1")},
                           {QStringLiteral("kind"), QStringLiteral("Kustomization")},
                           {QStringLiteral("metadata"), metadata(objectName)},
                           {QStringLiteral("spec"), spec}};
    };
    QList<QJsonObject> kustomizations;
    if (target.regions.isEmpty()) {
        kustomizations.append(kustomization(name, kubernetes + QStringLiteral("/base"), target.cluster));
    } else {
        for (const Region &r : target.regions)
            kustomizations.append(kustomization(name + QLatin1Char('-') + r.name,
                                                kubernetes + QStringLiteral("/overlays/") + r.name,
                                                r.cluster.isEmpty() ? target.cluster : r.cluster));
    }
    return {{QStringLiteral("gitrepository.yaml"), yaml::documents(context.header(), {repository})},
            {QStringLiteral("kustomizations.yaml"), yaml::documents(context.header(), kustomizations)}};
}

} // namespace sr
