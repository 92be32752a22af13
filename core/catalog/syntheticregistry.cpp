#include "catalog/syntheticregistry.h"

#include "catalog/servicefields.h"

#include <QDir>
#include <QRandomGenerator>
#include <QSaveFile>

namespace sr {

namespace {
QString writeFile(const QString &path, const QString &content)
{
    if (!QDir().mkpath(QFileInfo(path).path()))
        return QStringLiteral("cannot create folder for %1").arg(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content.toUtf8()) < 0 || !file.commit())
        return QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
    return {};
}

QString serviceBlock(const QString &table, const QString &id, const QString &type, int port, const QStringList &needs,
                     QRandomGenerator &random, bool shared)
{
    QString s;
    s += QStringLiteral("[%1.%2]\n").arg(table, id);
    // The scalar fields come from the field table, in its order; a new field gets a valid
    // value of its kind without touching this generator.
    for (const ServiceField &field : serviceFields()) {
        if (!field.isScalar() || field.isNested())
            continue;
        const QString key = QString::fromLatin1(field.key);
        QString value;
        switch (field.kind) {
        case FieldKind::Text:
            if (key == QLatin1String("display_name"))
                value = id;
            else if (key == QLatin1String("image"))
                value = QStringLiteral("registry.internal/synthetic/%1:latest").arg(id);
            else if (key == QLatin1String("owner"))
                value = QStringLiteral("@team-%1").arg(random.bounded(1, 30));
            else if (key == QLatin1String("description"))
                value = QStringLiteral("Synthetic service %1").arg(id);
            break; // other text (replaced_by) stays unset
        case FieldKind::Enum:
            // Required enums and the SLA tier vary, as in real catalogs; the rest keep their default.
            if (key == QLatin1String("type"))
                value = type;
            else if (field.required || key == QLatin1String("criticality"))
                value = QString::fromLatin1(field.allowed[size_t(random.bounded(int(field.allowed.size())))]);
            break;
        case FieldKind::Version:
            value = QStringLiteral("%1.%2.%3").arg(random.bounded(1, 5)).arg(random.bounded(0, 20)).arg(random.bounded(0, 10));
            break;
        case FieldKind::Boolean:
            if (shared && key == QLatin1String("shared"))
                s += QStringLiteral("shared = true\n");
            continue;
        default:
            break;
        }
        if (!value.isEmpty())
            s += QStringLiteral("%1 = \"%2\"\n").arg(key, value);
    }
    s += QStringLiteral("tags = [\"synthetic\", \"%1\"]\n").arg(type);
    // Format 1.1 as real catalogs write it: a published port in front of the container's,
    // a security context, labels, and what each type needs (docs/catalog-format.md).
    const int containerPort = 8080;
    s += QStringLiteral("ports = [{ name = \"http\", port = %1, container_port = %2, protocol = \"http\" }]\n")
             .arg(port)
             .arg(containerPort);
    s += QStringLiteral("labels = { \"app.kubernetes.io/component\" = \"%1\" }\n").arg(type);
    if (type == QLatin1String("web"))
        s += QStringLiteral(
                 "expose = [{ type = \"ingress\", port = \"http\", host = \"%1.example.com\", tls_secret = \"%1-tls\" }]\n")
                 .arg(id);
    if (type == QLatin1String("job"))
        s += QStringLiteral("schedule = \"*/30 * * * *\"\nrestart = \"on-failure\"\n");
    if (type == QLatin1String("worker"))
        s += QStringLiteral(
            "volumes = [{ name = \"scratch\", type = \"ephemeral\", mount_path = \"/scratch\", size = \"1Gi\" }]\n");
    s += QStringLiteral("\n[%1.%2.environment]\nLOG_LEVEL = \"info\"\nSERVICE_NAME = \"%2\"\n").arg(table, id);
    s += QStringLiteral("\n[%1.%2.resources]\ncpu = \"%3m\"\nmemory = \"%4Mi\"\n")
             .arg(table, id)
             .arg(100 * random.bounded(1, 8))
             .arg(128 * random.bounded(1, 8));
    s += QStringLiteral("\n[%1.%2.security]\nrun_as_non_root = true\nread_only_root_fs = true\ncapabilities_drop = [\"ALL\"]\n")
             .arg(table, id);
    s += QStringLiteral("\n[%1.%2.health_check]\ntype = \"http\"\npath = \"/healthz\"\nport = %3\n")
             .arg(table, id)
             .arg(containerPort);
    if (type == QLatin1String("api"))
        s += QStringLiteral("\n[%1.%2.probes.readiness]\ntype = \"http\"\npath = \"/ready\"\nport = %3\ninitial_delay = \"5s\"\n")
                 .arg(table, id)
                 .arg(containerPort);
    if (!needs.isEmpty()) {
        QStringList entries;
        for (const auto &r : needs)
            entries.append(QStringLiteral("\"%1\"").arg(r));
        s += QStringLiteral("\n[%1.%2.dependencies]\nrequires = [%3]\n").arg(table, id, entries.join(QLatin1String(", ")));
    }
    s += QLatin1Char('\n');
    return s;
}
} // namespace

QString SyntheticRegistry::write(const QString &directory, const Options &o)
{
    QRandomGenerator random(o.seed);
    static const char *types[] = {"api", "worker", "web", "job"};
    QString catalog = QStringLiteral("[catalog]\nversion = \"1.0.0\"\ndescription = \"Synthetic catalog\"\n\n");
    QStringList globals;
    for (int g = 0; g < o.globalServices; ++g) {
        const QString id = QStringLiteral("global-%1").arg(g, 3, 10, QLatin1Char('0'));
        QStringList needs;
        if (g > 0)
            needs.append(globals.at(random.bounded(g)));
        catalog += serviceBlock(QStringLiteral("services"), id, QStringLiteral("api"), 5000 + g, needs, random, false);
        globals.append(id);
    }
    if (auto error = writeFile(directory + QStringLiteral("/services/catalog.toml"), catalog); !error.isEmpty())
        return error;
    if (auto error = writeFile(directory + QStringLiteral("/services/versions.toml"), QStringLiteral("current = \"1.0.0\"\n"));
        !error.isEmpty())
        return error;

    for (int p = 0; p < o.projects; ++p) {
        const QString project = QStringLiteral("project-%1").arg(p, 3, 10, QLatin1Char('0'));
        QStringList uses;
        for (const auto &g : globals)
            uses.append(QStringLiteral("\"%1\"").arg(g));
        QString file = QStringLiteral("[project]\nname = \"Project %1\"\nowner = \"@team-%1\"\nuses = [%2]\n\n")
                           .arg(p)
                           .arg(uses.join(QLatin1String(", ")));
        for (int g = 0; g < std::min(5, int(globals.size())); ++g)
            file += QStringLiteral("[overrides.%1]\nresources.memory = \"1Gi\"\nenvironment.PROJECT = \"%2\"\n\n")
                        .arg(globals.at(g), project);
        QStringList own;
        for (int s = 0; s < o.servicesPerProject; ++s) {
            const QString id = QStringLiteral("svc-%1").arg(s, 4, 10, QLatin1Char('0'));
            QStringList needs;
            for (int k = 0, n = int(random.bounded(0, 3)); k < n && s > 0; ++k) {
                const QString &dep = own.at(random.bounded(s));
                if (!needs.contains(dep))
                    needs.append(dep);
            }
            if (!globals.isEmpty())
                needs.append(globals.at(random.bounded(int(globals.size()))));
            if (p > 0 && s == 0)
                needs.append(QStringLiteral("project-%1/svc-0000").arg(p - 1, 3, 10, QLatin1Char('0')));
            file += serviceBlock(QStringLiteral("services"), id, QString::fromLatin1(types[random.bounded(4)]), 10000 + s, needs,
                                 random, s == 0);
            own.append(id);
        }
        const QString base = directory + QStringLiteral("/projects/") + project;
        if (auto error = writeFile(base + QStringLiteral("/services.toml"), file); !error.isEmpty())
            return error;
        static const char *const targetNames[] = {"staging", "production", "qa", "performance", "sandbox", "dr"};
        QString deployment;
        for (int t = 0; t < std::clamp(o.targets, 1, int(std::size(targetNames))); ++t)
            deployment += QStringLiteral("%4[targets.%1]\ncluster = \"k8s-%1\"\nnamespace = \"%2\"\nreplicas = %3\n")
                              .arg(QLatin1String(targetNames[t]), project)
                              .arg(t == 1 ? 3 : 1)
                              .arg(t == 0 ? QString() : QStringLiteral("\n"));
        if (auto error = writeFile(base + QStringLiteral("/deployment.toml"), deployment); !error.isEmpty())
            return error;
    }
    return {};
}

} // namespace sr
