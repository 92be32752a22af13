#include "import/manifestreader_p.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace sr::detail {

QString ManifestObject::label() const
{
    return kind + QLatin1Char('/') + QString::fromStdString(node["metadata"]["name"].Scalar());
}

int templateLine(const QByteArray &text, int *column)
{
    int line = 1;
    qsizetype start = 0;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] == '\n') {
            ++line;
            start = i + 1;
        } else if (text[i] == '{' && text[i + 1] == '{') {
            // A comment line may mention templates.
            const QByteArray before = text.mid(start, i - start).trimmed();
            if (before.startsWith('#'))
                continue;
            *column = int(i - start) + 1;
            return line;
        }
    }
    return 0;
}

std::optional<QList<std::pair<QString, QByteArray>>> readManifestFiles(const QStringList &paths, ImportError *error)
{
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (info.isDir()) {
            QStringList found;
            QDirIterator it(path, {QStringLiteral("*.yaml"), QStringLiteral("*.yml")}, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext())
                found.append(it.next());
            found.sort();
            if (found.isEmpty()) {
                *error = {path, 0, 0, QStringLiteral("the folder holds no .yaml or .yml file"),
                          QStringLiteral("name the folder that holds the manifests, or the files themselves")};
                return std::nullopt;
            }
            files += found;
        } else if (info.isFile()) {
            files.append(path);
        } else {
            *error = {path, 0, 0, QStringLiteral("no such file or folder"), {}};
            return std::nullopt;
        }
    }
    QList<std::pair<QString, QByteArray>> out;
    for (const QString &f : std::as_const(files)) {
        QFile file(f);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = {f, 0, 0, QStringLiteral("cannot read it: %1").arg(file.errorString()), {}};
            return std::nullopt;
        }
        out.append({f, file.readAll()});
    }
    return out;
}

bool isClusterConfigurationKind(const QString &kind)
{
    static const QSet<QString> kinds{QStringLiteral("Namespace"),
                                     QStringLiteral("HorizontalPodAutoscaler"),
                                     QStringLiteral("PodDisruptionBudget"),
                                     QStringLiteral("NetworkPolicy"),
                                     QStringLiteral("Role"),
                                     QStringLiteral("RoleBinding"),
                                     QStringLiteral("ClusterRole"),
                                     QStringLiteral("ClusterRoleBinding"),
                                     QStringLiteral("StorageClass"),
                                     QStringLiteral("PriorityClass"),
                                     QStringLiteral("LimitRange"),
                                     QStringLiteral("ResourceQuota"),
                                     QStringLiteral("Endpoints"),
                                     QStringLiteral("EndpointSlice"),
                                     QStringLiteral("PersistentVolume"),
                                     QStringLiteral("IngressClass"),
                                     QStringLiteral("CustomResourceDefinition"),
                                     QStringLiteral("Lease"),
                                     QStringLiteral("ReplicationController"),
                                     QStringLiteral("MutatingWebhookConfiguration"),
                                     QStringLiteral("ValidatingWebhookConfiguration")};
    return kinds.contains(kind);
}

namespace {

/// The API groups whose kinds this program knows; a kind of another group is a custom resource.
bool isBuiltInGroup(const QString &apiVersion)
{
    static const QSet<QString> groups{QString(),
                                      QStringLiteral("apps"),
                                      QStringLiteral("batch"),
                                      QStringLiteral("networking.k8s.io"),
                                      QStringLiteral("policy"),
                                      QStringLiteral("autoscaling"),
                                      QStringLiteral("rbac.authorization.k8s.io"),
                                      QStringLiteral("storage.k8s.io"),
                                      QStringLiteral("scheduling.k8s.io"),
                                      QStringLiteral("apiextensions.k8s.io"),
                                      QStringLiteral("admissionregistration.k8s.io"),
                                      QStringLiteral("coordination.k8s.io"),
                                      QStringLiteral("discovery.k8s.io")};
    return groups.contains(apiVersion.contains(QLatin1Char('/')) ? apiVersion.section(QLatin1Char('/'), 0, 0) : QString());
}

bool isKnownKind(const QString &kind)
{
    static const QSet<QString> handled{QStringLiteral("Pod"),
                                       QStringLiteral("Service"),
                                       QStringLiteral("ConfigMap"),
                                       QStringLiteral("Secret"),
                                       QStringLiteral("ServiceAccount"),
                                       QStringLiteral("PersistentVolumeClaim"),
                                       QStringLiteral("Deployment"),
                                       QStringLiteral("StatefulSet"),
                                       QStringLiteral("DaemonSet"),
                                       QStringLiteral("ReplicaSet"),
                                       QStringLiteral("Job"),
                                       QStringLiteral("CronJob"),
                                       QStringLiteral("Ingress"),
                                       QStringLiteral("List")};
    return handled.contains(kind) || isClusterConfigurationKind(kind);
}

bool addObject(const QString &file, const YamlValue &node, QList<ManifestObject> &out, ImportError *error)
{
    const int line = node.Mark().line + 1;
    if (!node.IsMap()) {
        *error
            = {file, line, node.Mark().column + 1, QStringLiteral("a document that is not a Kubernetes object (not a mapping)"),
               QStringLiteral("each document holds one object with apiVersion, kind and metadata")};
        return false;
    }
    const YamlValue kindNode = node["kind"];
    const YamlValue apiNode = node["apiVersion"];
    if (!kindNode || !kindNode.IsScalar() || !apiNode || !apiNode.IsScalar()) {
        *error = {file, line, 1,
                  QStringLiteral("an object without %1").arg(!kindNode ? QStringLiteral("kind") : QStringLiteral("apiVersion")),
                  QStringLiteral("is this a Kubernetes manifest? (a Compose file imports with 'import compose')")};
        return false;
    }
    const QString kind = QString::fromStdString(kindNode.Scalar());
    const QString apiVersion = QString::fromStdString(apiNode.Scalar());
    if (isBuiltInGroup(apiVersion) && !isKnownKind(kind) && !(kind.endsWith(QLatin1String("List")))) {
        *error = {file, kindNode.Mark().line + 1, kindNode.Mark().column + 1,
                  QStringLiteral("unknown kind '%1' in %2").arg(kind, apiVersion),
                  QStringLiteral("check the spelling (Deployment, StatefulSet, Service, ConfigMap …)")};
        return false;
    }
    if (kind.endsWith(QLatin1String("List")) && node["items"]) {
        for (const YamlValue &item : node["items"].items()) {
            if (!addObject(file, item, out, error))
                return false;
        }
        return true;
    }
    if (!node["metadata"]["name"]) {
        *error
            = {file, line, 1, QStringLiteral("%1 without metadata.name").arg(kind), QStringLiteral("give every object a name")};
        return false;
    }
    out.append({file, line, kind, node});
    return true;
}

} // namespace

std::optional<QList<ManifestObject>> parseManifests(const QList<std::pair<QString, QByteArray>> &files, ImportError *error)
{
    QList<ManifestObject> out;
    for (const auto &[file, text] : files) {
        int column = 0;
        if (const int line = templateLine(text, &column)) {
            *error = {file, line, column, QStringLiteral("a template ('{{'), not a plain manifest"),
                      QStringLiteral("render it first: helm template RELEASE CHART > manifests.yaml, or kubectl kustomize DIR")};
            return std::nullopt;
        }
        std::vector<YAML::Node> documents;
        try {
            documents = YAML::LoadAll(text.toStdString());
        } catch (const YAML::Exception &e) {
            *error = {file, e.mark.line + 1, e.mark.column + 1,
                      QStringLiteral("invalid YAML: %1").arg(QString::fromStdString(e.msg)),
                      QStringLiteral("fix the YAML there; 'kubectl apply --dry-run=client -f FILE' shows the same")};
            return std::nullopt;
        }
        for (const YAML::Node &d : documents) {
            if (!d || d.IsNull())
                continue;
            if (!addObject(file, YamlValue(d), out, error))
                return std::nullopt;
        }
    }
    return out;
}

} // namespace sr::detail
