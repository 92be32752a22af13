#include "generate/terraformgenerator.h"

#include "generate/generationcontext.h"
#include "generate/hclwriter_p.h"
#include "generate/kubernetesobjects_p.h"

#include <QJsonArray>

namespace sr {

namespace {

/// The provider's resource type of a built-in kind; empty for custom resources.
QString resourceType(const QString &kind)
{
    static const QHash<QString, QString> types{
        {QStringLiteral("Namespace"), QStringLiteral("kubernetes_namespace_v1")},
        {QStringLiteral("ConfigMap"), QStringLiteral("kubernetes_config_map_v1")},
        {QStringLiteral("Deployment"), QStringLiteral("kubernetes_deployment_v1")},
        {QStringLiteral("StatefulSet"), QStringLiteral("kubernetes_stateful_set_v1")},
        {QStringLiteral("Service"), QStringLiteral("kubernetes_service_v1")},
        {QStringLiteral("ServiceAccount"), QStringLiteral("kubernetes_service_account_v1")},
        {QStringLiteral("Ingress"), QStringLiteral("kubernetes_ingress_v1")},
        {QStringLiteral("PodDisruptionBudget"), QStringLiteral("kubernetes_pod_disruption_budget_v1")},
        {QStringLiteral("Job"), QStringLiteral("kubernetes_job_v1")},
        {QStringLiteral("CronJob"), QStringLiteral("kubernetes_cron_job_v1")},
        {QStringLiteral("PersistentVolumeClaim"), QStringLiteral("kubernetes_persistent_volume_claim_v1")},
    };
    return types.value(kind);
}

/// camelCase → snake_case, acronyms kept together: clusterIP → cluster_ip.
QString snake(const QString &key)
{
    QString out;
    for (qsizetype i = 0; i < key.size(); ++i) {
        const QChar c = key.at(i);
        if (c.isUpper() && i > 0 && (key.at(i - 1).isLower() || (i + 1 < key.size() && key.at(i + 1).isLower())))
            out += QLatin1Char('_');
        out += c.toLower();
    }
    return out;
}

/// The block name of one element of a list of objects.
QString singular(const QString &key)
{
    static const QHash<QString, QString> names{
        {QStringLiteral("containers"), QStringLiteral("container")},
        {QStringLiteral("initContainers"), QStringLiteral("init_container")},
        {QStringLiteral("ports"), QStringLiteral("port")},
        {QStringLiteral("volumes"), QStringLiteral("volume")},
        {QStringLiteral("volumeMounts"), QStringLiteral("volume_mount")},
        {QStringLiteral("httpHeaders"), QStringLiteral("http_header")},
        {QStringLiteral("volumeClaimTemplates"), QStringLiteral("volume_claim_template")},
        {QStringLiteral("rules"), QStringLiteral("rule")},
        {QStringLiteral("paths"), QStringLiteral("path")},
    };
    return names.value(key, snake(key));
}

/// Values the provider takes as maps, not blocks.
bool isMapAttribute(const QString &key, const QJsonObject &value)
{
    static const QStringList maps{QStringLiteral("labels"),      QStringLiteral("annotations"), QStringLiteral("data"),
                                  QStringLiteral("matchLabels"), QStringLiteral("requests"),    QStringLiteral("limits")};
    // A Service's selector is a map; a workload's is a block with match_labels.
    return maps.contains(key) || (key == QLatin1String("selector") && !value.contains(QStringLiteral("matchLabels")));
}

struct Expressions
{
    QString namespaceReference;
    QHash<QString, QString> images; ///< image → template with the tag variable
};

void writeBody(hcl::Body &body, const QJsonObject &object, const Expressions &expressions)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString &key = it.key();
        const QJsonValue &value = it.value();
        if (key == QLatin1String("namespace") && value.isString()) {
            body.raw(key, expressions.namespaceReference);
        } else if (key == QLatin1String("image") && expressions.images.contains(value.toString())) {
            body.raw(key, expressions.images.value(value.toString()));
        } else if ((key == QLatin1String("mode") || key == QLatin1String("defaultMode")) && value.isDouble()) {
            // The provider takes file modes as octal text ("0755"), Kubernetes as a number.
            body.attribute(snake(key), QStringLiteral("%1").arg(value.toInt(), 4, 8, QLatin1Char('0')));
        } else if (value.isObject() && !isMapAttribute(key, value.toObject())) {
            writeBody(body.block(snake(key)), value.toObject(), expressions);
        } else if (value.isArray() && !value.toArray().isEmpty() && value.toArray().first().isObject()) {
            for (const QJsonValue &item : value.toArray())
                writeBody(body.block(singular(key)), item.toObject(), expressions);
        } else {
            body.attribute(snake(key), value);
        }
    }
}

/// A custom resource as a manifest: the object itself, where a reference goes a placeholder
/// (a control character no registry value holds) that `raw` maps to the expression.
QJsonObject withReferences(const QJsonObject &object, const Expressions &expressions, QHash<QString, QString> &raw)
{
    auto placeholder = [&raw](const QString &expression) {
        const QString key = QStringLiteral("%1reference-%2%1").arg(QChar(1)).arg(raw.size());
        raw.insert(key, expression);
        return key;
    };
    QJsonObject out;
    for (auto it = object.begin(); it != object.end(); ++it) {
        QJsonValue value = it.value();
        if (it.key() == QLatin1String("namespace") && value.isString()) {
            value = placeholder(expressions.namespaceReference);
        } else if (it.key() == QLatin1String("image") && expressions.images.contains(value.toString())) {
            value = placeholder(expressions.images.value(value.toString()));
        } else if (value.isObject()) {
            value = withReferences(value.toObject(), expressions, raw);
        } else if (value.isArray()) {
            QJsonArray array;
            for (const QJsonValue &item : value.toArray())
                array.append(item.isObject() ? QJsonValue(withReferences(item.toObject(), expressions, raw)) : item);
            value = array;
        }
        out.insert(it.key(), value);
    }
    return out;
}

/// A Terraform name: letters, digits and underscores, not starting with a digit.
QString identifier(const QString &name)
{
    QString out = name;
    out.replace(QLatin1Char('-'), QLatin1Char('_')).replace(QLatin1Char('.'), QLatin1Char('_'));
    return out.isEmpty() || out.front().isDigit() ? QStringLiteral("s_") + out : out;
}

QString resource(const QJsonObject &object, const Expressions &expressions)
{
    const QString kind = object.value(QStringLiteral("kind")).toString();
    const QString name = object.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("name")).toString();
    const QString type = resourceType(kind);
    hcl::Body file;
    if (!type.isEmpty()) {
        QJsonObject rest = object;
        rest.remove(QStringLiteral("apiVersion"));
        rest.remove(QStringLiteral("kind"));
        writeBody(file.block(QStringLiteral("resource"), {type, identifier(name)}), rest, expressions);
        return file.render(0);
    }
    // Custom resources (ExternalSecret, Rollout): the manifest, with its references spliced in.
    QHash<QString, QString> raw;
    QString manifest = hcl::expression(withReferences(object, expressions, raw), 1);
    for (auto it = raw.cbegin(); it != raw.cend(); ++it)
        manifest.replace(hcl::quoted(it.key()), it.value());
    hcl::Body &body = file.block(QStringLiteral("resource"),
                                 {QStringLiteral("kubernetes_manifest"), identifier(name + QLatin1Char('_') + kind.toLower())});
    body.raw(QStringLiteral("manifest"), manifest);
    return file.render(0);
}

/// "registry/name:tag" → ("registry/name", "tag"); no tag (or a digest): an empty tag.
std::pair<QString, QString> splitImage(const QString &image)
{
    if (image.contains(QLatin1Char('@')))
        return {image, {}};
    const qsizetype colon = image.lastIndexOf(QLatin1Char(':'));
    if (colon < 0 || image.indexOf(QLatin1Char('/'), colon) >= 0)
        return {image, {}};
    return {image.left(colon), image.mid(colon + 1)};
}

QByteArray withHeader(const QStringList &header, const QString &text)
{
    QString out;
    for (const QString &line : header)
        out += QStringLiteral("# ") + QString(line).replace(QLatin1Char('\n'), QLatin1Char(' ')) + QLatin1Char('\n');
    return (out + QLatin1Char('\n') + text).toUtf8();
}

} // namespace

QList<GeneratedFile> TerraformGenerator::generate(const GenerationContext &context) const
{
    const QStringList header = context.header();
    Expressions expressions;
    expressions.namespaceReference = QStringLiteral("kubernetes_namespace_v1.this.metadata[0].name");
    QJsonObject tags;
    for (const ServicePtr &s : context.services()) {
        const auto [repository, tag] = splitImage(imageOf(*s));
        if (tag.isEmpty())
            continue;
        tags.insert(s->id, tag);
        expressions.images.insert(imageOf(*s),
                                  hcl::quoted(repository + QLatin1Char(':')).chopped(1) + QStringLiteral("${var.image_tags[")
                                      + hcl::quoted(s->id) + QStringLiteral("]}\""));
    }

    QList<GeneratedFile> files;
    {
        hcl::Body main;
        hcl::Body &terraform = main.block(QStringLiteral("terraform"));
        terraform.attribute(QStringLiteral("required_version"), QStringLiteral(">= 1.3"));
        hcl::Body &providers = terraform.block(QStringLiteral("required_providers"));
        providers.attribute(QStringLiteral("kubernetes"),
                            QJsonObject{{QStringLiteral("source"), QStringLiteral("hashicorp/kubernetes")},
                                        {QStringLiteral("version"), QStringLiteral("~> 2.31")}});
        hcl::Body &provider = main.block(QStringLiteral("provider"), {QStringLiteral("kubernetes")});
        provider.raw(QStringLiteral("config_path"), QStringLiteral("var.kubeconfig_path"));
        provider.raw(QStringLiteral("config_context"), QStringLiteral("var.kubeconfig_context"));
        hcl::Body &ns
            = main.block(QStringLiteral("resource"), {QStringLiteral("kubernetes_namespace_v1"), QStringLiteral("this")});
        QJsonObject namespaceObject = sr::namespaceObject(context);
        hcl::Body &metadata = ns.block(QStringLiteral("metadata"));
        metadata.raw(QStringLiteral("name"), QStringLiteral("var.namespace"));
        metadata.attribute(QStringLiteral("labels"),
                           namespaceObject.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("labels")));
        files.append({QStringLiteral("main.tf"), withHeader(header, main.render(0))});
    }
    {
        hcl::Body variables;
        auto variable
            = [&variables](const QString &name, const QString &type, const QString &description, const QJsonValue &value) {
                  hcl::Body &v = variables.block(QStringLiteral("variable"), {name});
                  v.attribute(QStringLiteral("description"), description);
                  v.raw(QStringLiteral("type"), type);
                  v.attribute(QStringLiteral("default"), value);
              };
        variable(QStringLiteral("kubeconfig_path"), QStringLiteral("string"),
                 QStringLiteral("The kubeconfig file of the cluster"), QStringLiteral("~/.kube/config"));
        variable(QStringLiteral("kubeconfig_context"), QStringLiteral("string"),
                 QStringLiteral("The kubeconfig context to use; empty: the file's current context"), context.target().cluster);
        variable(QStringLiteral("namespace"), QStringLiteral("string"), QStringLiteral("The namespace the services run in"),
                 context.kubernetesNamespace());
        variable(QStringLiteral("image_tags"), QStringLiteral("map(string)"),
                 QStringLiteral("The image tag of each service; the registry's versions by default"), tags);
        files.append({QStringLiteral("variables.tf"), withHeader(header, variables.render(0))});
    }
    {
        hcl::Body outputs;
        hcl::Body &ns = outputs.block(QStringLiteral("output"), {QStringLiteral("namespace")});
        ns.attribute(QStringLiteral("description"), QStringLiteral("The namespace the services run in"));
        ns.raw(QStringLiteral("value"), expressions.namespaceReference);
        QStringList addresses;
        for (const ServicePtr &s : context.services()) {
            if (s->type != ServiceType::Job && !s->ports.isEmpty())
                addresses.append(s->id);
        }
        hcl::Body &endpoints = outputs.block(QStringLiteral("output"), {QStringLiteral("service_addresses")});
        endpoints.attribute(QStringLiteral("description"), QStringLiteral("The cluster address of each service"));
        QString map = QStringLiteral("{\n");
        QList<std::pair<QString, QString>> entries;
        qsizetype width = 0;
        for (const QString &id : addresses)
            width = std::max(width, hcl::quoted(id).size());
        for (const QString &id : addresses)
            map += QStringLiteral("    ") + hcl::quoted(id).leftJustified(width) + QStringLiteral(" = \"") + id
                + QStringLiteral(".${") + expressions.namespaceReference + QStringLiteral("}.svc.cluster.local\"\n");
        endpoints.raw(QStringLiteral("value"), addresses.isEmpty() ? QStringLiteral("{}") : map + QStringLiteral("  }"));
        files.append({QStringLiteral("outputs.tf"), withHeader(header, outputs.render(0))});
    }
    if (const QList<QJsonObject> accounts = serviceAccountObjects(context); !accounts.isEmpty()) {
        QStringList resources;
        for (const QJsonObject &object : accounts)
            resources.append(resource(object, expressions));
        files.append({QStringLiteral("service-accounts.tf"), withHeader(header, resources.join(QLatin1Char('\n')))});
    }
    for (const ServicePtr &s : context.services()) {
        QStringList resources;
        for (const QJsonObject &object : kubernetesObjects(context, *s).objects)
            resources.append(resource(object, expressions));
        files.append({s->id + QStringLiteral(".tf"), withHeader(header, resources.join(QLatin1Char('\n')))});
    }
    std::sort(files.begin(), files.end(), [](const GeneratedFile &a, const GeneratedFile &b) { return a.path < b.path; });
    return files;
}

} // namespace sr
