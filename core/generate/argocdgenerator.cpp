#include "generate/argocdgenerator.h"

#include "generate/generationcontext.h"
#include "generate/kubernetesobjects_p.h"
#include "generate/yamlwriter_p.h"

#include <QJsonArray>

namespace sr {

QList<GeneratedFile> ArgoCdGenerator::generate(const GenerationContext &context) const
{
    const DeploymentTarget &target = context.target();
    const QString name = context.project().name + QLatin1Char('-') + target.name;
    const QString kubernetes = context.repositoryFolder(QStringLiteral("kubernetes"));
    const QJsonObject labels = projectLabels(context);
    QJsonObject syncPolicy{{QStringLiteral("syncOptions"), QJsonArray{QStringLiteral("CreateNamespace=true")}}};
    if (target.autoDeploy && !target.approvalRequired)
        syncPolicy.insert(QStringLiteral("automated"),
                          QJsonObject{{QStringLiteral("prune"), true}, {QStringLiteral("selfHeal"), true}});
    auto spec = [&](const QString &path, const QJsonObject &destination) {
        return QJsonObject{{QStringLiteral("project"), QStringLiteral("default")},
                           {QStringLiteral("source"),
                            QJsonObject{{QStringLiteral("repoURL"), context.request().repositoryUrl},
                                        {QStringLiteral("targetRevision"), context.request().repositoryRevision},
                                        {QStringLiteral("path"), path}}},
                           {QStringLiteral("destination"), destination},
                           {QStringLiteral("syncPolicy"), syncPolicy}};
    };
    auto destination = [&context](const QString &cluster) {
        QJsonObject out{{QStringLiteral("namespace"), context.kubernetesNamespace()}};
        if (cluster.isEmpty())
            out.insert(QStringLiteral("server"), QStringLiteral("https://kubernetes.default.svc")); // Argo CD's own cluster
        else
            out.insert(QStringLiteral("name"), cluster);
        return out;
    };

    QJsonObject object;
    if (target.regions.isEmpty()) {
        object = {{QStringLiteral("apiVersion"), QStringLiteral("argoproj.io/v1alpha1")},
                  {QStringLiteral("kind"), QStringLiteral("Application")},
                  {QStringLiteral("metadata"),
                   QJsonObject{{QStringLiteral("name"), name},
                               {QStringLiteral("namespace"), QStringLiteral("argocd")},
                               {QStringLiteral("labels"), labels}}},
                  {QStringLiteral("spec"), spec(kubernetes + QStringLiteral("/base"), destination(target.cluster))}};
    } else {
        QJsonArray elements;
        for (const Region &r : target.regions)
            elements.append(QJsonObject{{QStringLiteral("region"), r.name},
                                        {QStringLiteral("cluster"), r.cluster.isEmpty() ? target.cluster : r.cluster}});
        object = {
            {QStringLiteral("apiVersion"), QStringLiteral("argoproj.io/v1alpha1")},
            {QStringLiteral("kind"), QStringLiteral("ApplicationSet")},
            {QStringLiteral("metadata"),
             QJsonObject{{QStringLiteral("name"), name},
                         {QStringLiteral("namespace"), QStringLiteral("argocd")},
                         {QStringLiteral("labels"), labels}}},
            {QStringLiteral("spec"),
             QJsonObject{{QStringLiteral("generators"),
                          QJsonArray{QJsonObject{{QStringLiteral("list"), QJsonObject{{QStringLiteral("elements"), elements}}}}}},
                         {QStringLiteral("template"),
                          QJsonObject{{QStringLiteral("metadata"),
                                       QJsonObject{{QStringLiteral("name"), QString(name + QStringLiteral("-{{region}}"))},
                                                   {QStringLiteral("labels"), labels}}},
                                      {QStringLiteral("spec"),
                                       spec(QString(kubernetes + QStringLiteral("/overlays/{{region}}")),
                                            destination(QStringLiteral("{{cluster}}")))}}}}}};
    }
    return {{QStringLiteral("application.yaml"), yaml::documents(context.header(), {object})}};
}

} // namespace sr
