#include "generate/kubernetesgenerator.h"

#include "generate/generationcontext.h"
#include "generate/kubernetesobjects_p.h"
#include "generate/yamlwriter_p.h"

#include <QJsonArray>

namespace sr {

namespace {

QJsonObject kustomization(const QJsonArray &resources)
{
    return {{QStringLiteral("apiVersion"), QStringLiteral("kustomize.config.k8s.io/v1beta1")},
            {QStringLiteral("kind"), QStringLiteral("Kustomization")},
            {QStringLiteral("resources"), resources}};
}

/// A JSON 6902 patch that sets one value of one object.
QJsonObject patch(const QString &kind, const QString &name, const QString &path, int value)
{
    const QString text = QStringLiteral("- op: replace\n  path: %1\n  value: %2\n").arg(path).arg(value);
    return {{QStringLiteral("target"), QJsonObject{{QStringLiteral("kind"), kind}, {QStringLiteral("name"), name}}},
            {QStringLiteral("patch"), text}};
}

} // namespace

QList<GeneratedFile> KubernetesGenerator::generate(const GenerationContext &context) const
{
    QList<GeneratedFile> files;
    const QStringList header = context.header();
    QJsonArray resources{QStringLiteral("namespace.yaml")};
    files.append({QStringLiteral("base/namespace.yaml"), yaml::documents(header, {namespaceObject(context)})});
    if (const QList<QJsonObject> accounts = serviceAccountObjects(context); !accounts.isEmpty()) {
        resources.append(QStringLiteral("service-accounts.yaml"));
        files.append({QStringLiteral("base/service-accounts.yaml"), yaml::documents(header, accounts)});
    }
    QHash<QString, QString> workloadKinds;
    for (const ServicePtr &s : context.services()) {
        const ServiceObjects objects = kubernetesObjects(context, *s);
        workloadKinds.insert(s->id, objects.workloadKind);
        const QString file = s->id + QStringLiteral(".yaml");
        resources.append(file);
        files.append({QStringLiteral("base/") + file, yaml::documents(header, objects.objects)});
    }
    files.append({QStringLiteral("base/kustomization.yaml"), yaml::documents(header, {kustomization(resources)})});

    // One overlay per region: what differs from the base there.
    for (const Region &region : context.target().regions) {
        QJsonArray patches;
        for (const ServicePtr &s : context.services()) {
            const QString kind = workloadKinds.value(s->id);
            if (kind == QLatin1String("Job") || kind == QLatin1String("CronJob"))
                continue;
            if (const int replicas = context.replicas(*s, &region); replicas != context.replicas(*s))
                patches.append(patch(kind, s->id, QStringLiteral("/spec/replicas"), replicas));
            const auto weight = context.canaryPercentage(&region);
            if (kind == QLatin1String("Rollout") && weight && weight != context.canaryPercentage())
                patches.append(patch(kind, s->id, QStringLiteral("/spec/strategy/canary/steps/0/setWeight"), *weight));
        }
        QJsonObject overlay = kustomization(QJsonArray{QStringLiteral("../../base")});
        if (!patches.isEmpty())
            overlay.insert(QStringLiteral("patches"), patches);
        QStringList regionHeader = header;
        regionHeader.append(
            QStringLiteral("Region %1%2.")
                .arg(region.name, region.cluster.isEmpty() ? QString() : QStringLiteral(", cluster ") + region.cluster));
        files.append(
            {QStringLiteral("overlays/%1/kustomization.yaml").arg(region.name), yaml::documents(regionHeader, {overlay})});
    }
    std::sort(files.begin(), files.end(), [](const GeneratedFile &a, const GeneratedFile &b) { return a.path < b.path; });
    return files;
}

} // namespace sr
