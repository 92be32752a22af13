#include "generate/kclgenerator.h"

#include "generate/generationcontext.h"
#include "generate/quotedliteral_p.h"

namespace sr {

namespace {

/// A KCL string literal: escapes as Python's, and "${" (KCL's interpolation) escaped too.
QString kclString(const QString &text)
{
    return quotedLiteral(text, TemplateSyntax::Kcl);
}

QString kclList(const QStringList &items)
{
    QStringList quoted;
    for (const QString &item : items)
        quoted.append(kclString(item));
    return QLatin1Char('[') + quoted.join(QLatin1String(", ")) + QLatin1Char(']');
}

template<typename Map> QString kclDict(const Map &map, int indent)
{
    if (map.isEmpty())
        return QStringLiteral("{}");
    const QString pad(indent * 4, QLatin1Char(' '));
    QString out = QStringLiteral("{\n");
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        out += pad + QStringLiteral("    ") + kclString(it.key()) + QStringLiteral(": ") + kclString(it.value())
            + QLatin1Char('\n');
    return out + pad + QLatin1Char('}');
}

constexpr const char *schema = R"(schema Port:
    """A port: what other services connect to, and what the container listens on."""
    name: str
    port: int
    containerPort: int
    protocol: "TCP" | "UDP" | "SCTP" = "TCP"

    check:
        1 <= port <= 65535, "port must be between 1 and 65535"
        1 <= containerPort <= 65535, "containerPort must be between 1 and 65535"

schema Service:
    """A service as the registry resolves it for one project and target."""
    name: str
    serviceType: str
    version: str
    image: str
    owner: str = ""
    criticality: "critical" | "high" | "medium" | "low" = "medium"
    replicas: int = 1
    ports: [Port] = []
    env: {str:str} = {}
    secrets: {str:str} = {}
    resources: {str:str} = {}
    command: [str] = []
    args: [str] = []
    dependsOn: [str] = []
    labels: {str:str} = {}

    check:
        replicas >= 0, "replicas must not be negative"
        regex.match(name, r"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"), "name must be a DNS-1123 label"
)";

} // namespace

QList<GeneratedFile> KclGenerator::generate(const GenerationContext &context) const
{
    QString header;
    for (const QString &line : context.header())
        header += QStringLiteral("# ") + line + QLatin1Char('\n');
    QString values = header + QStringLiteral("\nservices: {str:Service} = {\n");
    for (const ServicePtr &pointer : context.services()) {
        const Service &s = *pointer;
        QString v;
        auto field = [&v](const char *name, const QString &value) {
            v += QStringLiteral("        %1 = %2\n").arg(QLatin1String(name), value);
        };
        field("name", kclString(s.id));
        field("serviceType", kclString(nameOf(s.type))); // `type` is a KCL keyword
        field("version", kclString(s.version));
        field("image", kclString(imageOf(s)));
        if (!s.owner.isEmpty())
            field("owner", kclString(s.owner));
        field("criticality", kclString(nameOf(s.criticality)));
        field("replicas", QString::number(context.replicas(s)));
        if (!s.ports.isEmpty()) {
            QString ports = QStringLiteral("[\n");
            for (const Port &p : s.ports)
                ports += QStringLiteral("            Port {name = %1, port = %2, containerPort = %3, protocol = %4}\n")
                             .arg(kclString(p.name))
                             .arg(p.port)
                             .arg(p.targetPort())
                             .arg(kclString(nameOf(p.transport).toUpper()));
            field("ports", ports + QStringLiteral("        ]"));
        }
        QMap<QString, QString> env;
        for (const EnvironmentVariable &e : s.environment)
            env.insert(e.name, e.value);
        QMap<QString, QString> secrets;
        for (const SecretReference &r : s.secrets)
            secrets.insert(r.name, r.reference);
        QMap<QString, QString> resources;
        const std::pair<const char *, QString> quantities[] = {{"cpu", s.resources.cpu},
                                                               {"memory", s.resources.memory},
                                                               {"cpu_limit", s.resources.cpuLimit},
                                                               {"memory_limit", s.resources.memoryLimit}};
        for (const auto &[key, value] : quantities) {
            if (!value.isEmpty())
                resources.insert(QLatin1String(key), value);
        }
        if (!env.isEmpty())
            field("env", kclDict(env, 2));
        if (!secrets.isEmpty())
            field("secrets", kclDict(secrets, 2));
        if (!resources.isEmpty())
            field("resources", kclDict(resources, 2));
        if (!s.command.isEmpty())
            field("command", kclList(s.command));
        if (!s.args.isEmpty())
            field("args", kclList(s.args));
        QStringList dependsOn;
        for (const Dependency &d : s.dependencies) {
            if (context.dependencyTarget(d))
                dependsOn.append(d.target);
        }
        if (!dependsOn.isEmpty())
            field("dependsOn", kclList(dependsOn));
        if (!s.labels.isEmpty())
            field("labels", kclDict(s.labels, 2));
        values += QStringLiteral("    %1: Service {\n%2    }\n").arg(kclString(s.id), v);
    }
    values += QStringLiteral("}\n");
    return {{QStringLiteral("schema.k"), (header + QStringLiteral("\nimport regex\n\n") + QLatin1String(schema)).toUtf8()},
            {QStringLiteral("services.k"), values.toUtf8()}};
}

} // namespace sr
