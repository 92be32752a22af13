#include "generate/composegenerator.h"

#include "catalog/servicefields.h"

#include "generate/generationcontext.h"
#include "generate/yamlwriter_p.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>

#include <cmath>

namespace sr {

namespace {

/// Compose interpolates ${…} in every value: a literal '$' is written "$$".
QJsonValue literal(const QString &text)
{
    return QString(text).replace(QLatin1Char('$'), QLatin1String("$$"));
}

QJsonArray literals(const QStringList &list)
{
    QJsonArray out;
    for (const QString &item : list)
        out.append(literal(item));
    return out;
}

QJsonObject literals(const QMap<QString, QString> &map)
{
    QJsonObject out;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        out.insert(it.key(), literal(it.value()));
    return out;
}

/// Compose's byte units are binary (1k = 1024): "512Mi" → "512m".
QJsonValue composeBytes(const QString &quantity)
{
    const auto value = quantityValue(quantity);
    if (!value)
        return literal(quantity);
    const qint64 bytes = qint64(std::ceil(*value));
    const struct
    {
        qint64 size;
        const char *unit;
    } units[] = {{1LL << 30, "g"}, {1LL << 20, "m"}, {1LL << 10, "k"}};
    for (const auto &u : units) {
        if (bytes >= u.size && bytes % u.size == 0)
            return QString(QString::number(bytes / u.size) + QLatin1String(u.unit));
    }
    return QString(QString::number(bytes) + QLatin1Char('b'));
}

QJsonValue composeCpus(const QString &quantity)
{
    const auto value = quantityValue(quantity);
    return value ? QJsonValue(QString::number(*value, 'g', 12)) : literal(quantity);
}

QString shellQuoted(const QString &text)
{
    return QLatin1Char('\'') + QString(text).replace(QLatin1Char('\''), QLatin1String("'\\''")) + QLatin1Char('\'');
}

QJsonObject healthcheck(const HealthCheck &check, const Service &service)
{
    const int port = check.port ? check.port : service.ports.isEmpty() ? 0 : service.ports.first().targetPort();
    QJsonArray test;
    if (check.type == QLatin1String("command") && !check.exec.isEmpty()) {
        test = literals(QStringList{QStringLiteral("CMD")} + check.exec);
    } else if (check.type == QLatin1String("command")) {
        test = literals({QStringLiteral("CMD-SHELL"), check.command});
    } else if (check.type == QLatin1String("grpc")) {
        test = literals(
            {QStringLiteral("CMD"), QStringLiteral("grpc_health_probe"), QStringLiteral("-addr=127.0.0.1:%1").arg(port)});
    } else if (check.type == QLatin1String("tcp")) {
        test = literals({QStringLiteral("CMD-SHELL"), QStringLiteral("nc -z 127.0.0.1 %1 || exit 1").arg(port)});
    } else { // http: the image's wget (busybox and Debian images have one)
        QString line = QStringLiteral("wget -q -O /dev/null");
        for (auto it = check.headers.cbegin(); it != check.headers.cend(); ++it)
            line += QStringLiteral(" --header ") + shellQuoted(it.key() + QStringLiteral(": ") + it.value());
        const QString path = check.path.startsWith(QLatin1Char('/')) ? check.path : QLatin1Char('/') + check.path;
        line += QLatin1Char(' ') + shellQuoted(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path))
            + QStringLiteral(" || exit 1");
        test = literals({QStringLiteral("CMD-SHELL"), line});
    }
    QJsonObject out{{QStringLiteral("test"), test}};
    if (!check.interval.isEmpty())
        out.insert(QStringLiteral("interval"), goDuration(check.interval));
    if (!check.timeout.isEmpty())
        out.insert(QStringLiteral("timeout"), goDuration(check.timeout));
    if (check.retries > 0)
        out.insert(QStringLiteral("retries"), check.retries);
    const QString start = !check.startPeriod.isEmpty() ? check.startPeriod : check.initialDelay;
    if (!start.isEmpty())
        out.insert(QStringLiteral("start_period"), goDuration(start));
    return out;
}

QString conditionName(DependencyCondition condition)
{
    switch (condition) {
    case DependencyCondition::Healthy:
        return QStringLiteral("service_healthy");
    case DependencyCondition::Completed:
        return QStringLiteral("service_completed_successfully");
    case DependencyCondition::Started:
        break;
    }
    return QStringLiteral("service_started");
}

QString initServiceName(const Service &service, const InitContainer &init)
{
    return service.id + QStringLiteral("-init-") + init.name;
}

} // namespace

namespace {

/// One project's compose.yaml, service by service, with the files its configs name.
class ComposeProject
{
public:
    explicit ComposeProject(const GenerationContext &context)
        : context(context)
        , network(context.project().name)
    {
        findRenumberedPorts();
    }

    void addService(const Service &s)
    {
        QJsonObject c = entryOf(s);
        addEnvironment(c, s);
        addPorts(c, s);
        addDependencies(c, s);
        const auto &check = s.healthCheck ? s.healthCheck : s.readiness ? s.readiness : s.liveness;
        if (check)
            c.insert(QStringLiteral("healthcheck"), healthcheck(*check, s));
        if (const QJsonObject deploy = deployOf(s); !deploy.isEmpty())
            c.insert(QStringLiteral("deploy"), deploy);
        addVolumes(c, s);
        addSecurity(c, context.security(s));
        if (!s.labels.isEmpty())
            c.insert(QStringLiteral("labels"), literals(s.labels));
        if (!s.profiles.isEmpty())
            c.insert(QStringLiteral("profiles"), literals(s.profiles));
        if (!s.terminationGracePeriod.isEmpty())
            c.insert(QStringLiteral("stop_grace_period"), goDuration(s.terminationGracePeriod));
        c.insert(QStringLiteral("restart"), nameOf(s.effectiveRestart()));
        c.insert(QStringLiteral("networks"), networksOf(s));
        services.insert(s.id, c);
        // Init containers as services of their own that run once.
        for (const InitContainer &init : s.initContainers) {
            QJsonObject i{{QStringLiteral("image"), literal(init.image)},
                          {QStringLiteral("restart"), nameOf(RestartPolicy::No)},
                          {QStringLiteral("networks"), networksOf(s)}};
            if (!init.command.isEmpty())
                i.insert(QStringLiteral("entrypoint"), literals(init.command));
            if (!init.args.isEmpty())
                i.insert(QStringLiteral("command"), literals(init.args));
            if (!init.environment.isEmpty()) {
                QJsonObject environment;
                for (const EnvironmentVariable &e : init.environment)
                    environment.insert(e.name, literal(onContainerPorts(e.value)));
                i.insert(QStringLiteral("environment"), environment);
            }
            if (!s.profiles.isEmpty())
                i.insert(QStringLiteral("profiles"), literals(s.profiles));
            services.insert(initServiceName(s, init), i);
        }
    }

    QList<GeneratedFile> files()
    {
        QJsonObject networks;
        for (const QString &name : std::as_const(networkNames))
            networks.insert(name, QJsonObject());
        QJsonObject compose{{QStringLiteral("name"), context.project().name},
                            {QStringLiteral("services"), services},
                            {QStringLiteral("networks"), networks}};
        if (!volumes.isEmpty())
            compose.insert(QStringLiteral("volumes"), volumes);
        if (!configs.isEmpty())
            compose.insert(QStringLiteral("configs"), configs);
        QStringList header = context.header();
        if (!renumberedLines.isEmpty())
            header << QStringLiteral("Compose has no Service objects: containers are reached on their own ports, so the "
                                     "addresses in variables are written with them:")
                   << renumberedLines;
        if (!secretLines.isEmpty()) {
            secretLines.sort();
            header << QStringLiteral("Secrets come from the environment (docker compose fails while one is unset):")
                   << secretLines;
        }
        generated.append({QStringLiteral("compose.yaml"), yaml::documents(header, {compose})});
        std::sort(generated.begin(), generated.end(),
                  [](const GeneratedFile &a, const GeneratedFile &b) { return a.path < b.path; });
        return generated;
    }

private:
    /// The networks a service joins: its own list, else the project's network.
    QJsonArray networksOf(const Service &s)
    {
        const QStringList names = s.networks.isEmpty() ? QStringList{network} : s.networks;
        for (const QString &name : names)
            networkNames.insert(name);
        return literals(names);
    }

    /// Image or build, container name, entrypoint and command, working folder.
    QJsonObject entryOf(const Service &s) const
    {
        QJsonObject c;
        if (!s.image.isEmpty())
            c.insert(QStringLiteral("image"), literal(s.image));
        if (!s.build.isEmpty()) {
            QJsonObject build;
            build.insert(QStringLiteral("context"), literal(s.build.context.isEmpty() ? QStringLiteral(".") : s.build.context));
            if (!s.build.dockerfile.isEmpty())
                build.insert(QStringLiteral("dockerfile"), literal(s.build.dockerfile));
            if (!s.build.target.isEmpty())
                build.insert(QStringLiteral("target"), literal(s.build.target));
            c.insert(QStringLiteral("build"), build);
        }
        if (!s.containerName.isEmpty())
            c.insert(QStringLiteral("container_name"), literal(s.containerName));
        // Compose's entrypoint and command are Kubernetes' command and args.
        if (!s.command.isEmpty())
            c.insert(QStringLiteral("entrypoint"), literals(s.command));
        if (!s.args.isEmpty())
            c.insert(QStringLiteral("command"), literals(s.args));
        if (!s.workingDir.isEmpty())
            c.insert(QStringLiteral("working_dir"), literal(s.workingDir));

        return c;
    }

    /// Compose has no Service objects: a container is reached on its container's port. Where a
    /// service port differs (frontend 80 → 8080), an address of it in a variable ("frontend:80",
    /// "http://frontend" for port 80) is written with the container's port, so that the
    /// project works as generated; the header says which.
    void findRenumberedPorts()
    {
        for (const ServicePtr &service : context.services()) {
            for (const Port &p : service->ports) {
                if (p.port == p.targetPort())
                    continue;
                renumbered[service->id].insert(p.port, p.targetPort());
                renumberedLines.append(
                    QStringLiteral("  %1:%2 is written %1:%3").arg(service->id).arg(p.port).arg(p.targetPort()));
            }
        }
    }

    /// `value` with each renumbered address on its container's port: "host:port" where the host
    /// is a whole word (not part of "a.host" or "host-b") and the port a whole number; and
    /// "http://host" or "https://host" without a port (80, 443), at the end or before / ? #.
    /// One scan of the value: every variable of every service goes through here.
    QString onContainerPorts(const QString &value) const
    {
        if (renumbered.isEmpty())
            return value;
        auto isWordChar = [](QChar c) {
            return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('.') || c == QLatin1Char('-');
        };
        QString out;
        qsizetype copied = 0;
        const qsizetype n = value.size();
        for (qsizetype i = 0; i < n;) {
            if (!isWordChar(value[i])) {
                ++i;
                continue;
            }
            qsizetype end = i;
            while (end < n && isWordChar(value[end]))
                ++end;
            const auto found = renumbered.constFind(QStringView(value).sliced(i, end - i).toString());
            if (found != renumbered.cend()) {
                if (end + 1 < n && value[end] == QLatin1Char(':') && value[end + 1].isDigit()) {
                    qsizetype digits = end + 1;
                    while (digits < n && value[digits].isDigit())
                        ++digits;
                    const int port = value.sliced(end + 1, digits - end - 1).toInt();
                    if (const auto target = found->constFind(port); target != found->cend()) {
                        out += value.sliced(copied, end + 1 - copied) + QString::number(*target);
                        copied = digits;
                    }
                    end = digits;
                } else if (end == n || value[end] == QLatin1Char('/') || value[end] == QLatin1Char('?')
                           || value[end] == QLatin1Char('#')) {
                    const QStringView before = QStringView(value).sliced(0, i);
                    const int implicit = before.endsWith(QLatin1String("https://")) ? 443
                        : before.endsWith(QLatin1String("http://"))                 ? 80
                                                                                    : 0;
                    if (const auto target = found->constFind(implicit); implicit && target != found->cend()) {
                        out += value.sliced(copied, end - copied) + QLatin1Char(':') + QString::number(*target);
                        copied = end;
                    }
                }
            }
            i = end;
        }
        if (copied == 0)
            return value;
        return out + value.sliced(copied);
    }

    /// Plain variables, and each secret as a variable the environment must set.
    void addEnvironment(QJsonObject &c, const Service &s)
    {
        QJsonObject environment;
        for (const EnvironmentVariable &e : s.environment)
            environment.insert(e.name, literal(onContainerPorts(e.value)));
        for (const SecretReference &secret : s.secrets) {
            const QString variable = secretVariable(s, secret);
            environment.insert(secret.name, QStringLiteral("${%1:?set %1, the secret %2}").arg(variable, secret.name));
            secretLines.append(QStringLiteral("  %1: %2").arg(variable, secret.reference));
        }
        if (!environment.isEmpty())
            c.insert(QStringLiteral("environment"), environment);
    }

    /// Ports published on the host, and every port exposed to the project's network.
    static void addPorts(QJsonObject &c, const Service &s)
    {
        QJsonArray published;
        QJsonArray exposed;
        for (const Port &p : s.ports) {
            const QString transport = nameOf(p.transport);
            exposed.append(QStringLiteral("%1/%2").arg(p.targetPort()).arg(transport));
            if (p.hostPort == 0)
                continue;
            QJsonObject port{{QStringLiteral("target"), p.targetPort()},
                             {QStringLiteral("published"), p.hostPort},
                             {QStringLiteral("protocol"), transport}};
            if (!p.hostIp.isEmpty())
                port.insert(QStringLiteral("host_ip"), p.hostIp);
            published.append(port);
        }
        if (!published.isEmpty())
            c.insert(QStringLiteral("ports"), published);
        if (!exposed.isEmpty())
            c.insert(QStringLiteral("expose"), exposed);
    }

    /// depends_on with conditions; init containers run first, to completion.
    void addDependencies(QJsonObject &c, const Service &s) const
    {
        QJsonObject dependsOn;
        for (const Dependency &d : s.dependencies) {
            const Service *target = context.dependencyTarget(d);
            if (!target)
                continue;
            QJsonObject entry{{QStringLiteral("condition"), conditionName(effectiveCondition(d, *target))}};
            if (d.optional)
                entry.insert(QStringLiteral("required"), false);
            dependsOn.insert(target->id, entry);
        }
        for (const InitContainer &init : s.initContainers)
            dependsOn.insert(initServiceName(s, init),
                             QJsonObject{{QStringLiteral("condition"), conditionName(DependencyCondition::Completed)}});
        if (!dependsOn.isEmpty())
            c.insert(QStringLiteral("depends_on"), dependsOn);
    }

    /// Replicas and resources.
    QJsonObject deployOf(const Service &s) const
    {
        QJsonObject deploy;
        if (s.type != ServiceType::Job)
            deploy.insert(QStringLiteral("replicas"), context.replicas(s));
        QJsonObject limits;
        QJsonObject reservations;
        if (!s.resources.cpuLimit.isEmpty())
            limits.insert(QStringLiteral("cpus"), composeCpus(s.resources.cpuLimit));
        if (!s.resources.memoryLimit.isEmpty())
            limits.insert(QStringLiteral("memory"), composeBytes(s.resources.memoryLimit));
        if (!s.resources.cpu.isEmpty())
            reservations.insert(QStringLiteral("cpus"), composeCpus(s.resources.cpu));
        if (!s.resources.memory.isEmpty())
            reservations.insert(QStringLiteral("memory"), composeBytes(s.resources.memory));
        QJsonObject resources;
        if (!limits.isEmpty())
            resources.insert(QStringLiteral("limits"), limits);
        if (!reservations.isEmpty())
            resources.insert(QStringLiteral("reservations"), reservations);
        if (!resources.isEmpty())
            deploy.insert(QStringLiteral("resources"), resources);

        return deploy;
    }

    /// Named volumes, tmpfs mounts and config files.
    void addVolumes(QJsonObject &c, const Service &s)
    {
        QJsonArray mounts;
        QJsonArray configMounts;
        for (const Volume &v : s.effectiveVolumes()) {
            const QString name = s.id + QLatin1Char('-') + v.name;
            switch (v.type) {
            case VolumeType::Persistent: {
                volumes.insert(name, QJsonObject());
                QJsonObject mount{{QStringLiteral("type"), QStringLiteral("volume")},
                                  {QStringLiteral("source"), name},
                                  {QStringLiteral("target"), literal(v.mountPath)}};
                if (v.readOnly)
                    mount.insert(QStringLiteral("read_only"), true);
                mounts.append(mount);
                break;
            }
            case VolumeType::Ephemeral: {
                QJsonObject mount{{QStringLiteral("type"), QStringLiteral("tmpfs")},
                                  {QStringLiteral("target"), literal(v.mountPath)}};
                if (const auto size = quantityValue(v.size))
                    mount.insert(QStringLiteral("tmpfs"),
                                 QJsonObject{{QStringLiteral("size"), double(qint64(std::ceil(*size)))}});
                mounts.append(mount);
                break;
            }
            case VolumeType::Config: {
                const QString path = QStringLiteral("configs/") + name;
                generated.append({path, v.file.isEmpty() ? v.content.toUtf8() : context.registryFile(v.file)});
                configs.insert(name, QJsonObject{{QStringLiteral("file"), QString(QStringLiteral("./") + path)}});
                QJsonObject mount{{QStringLiteral("source"), name}, {QStringLiteral("target"), literal(v.mountPath)}};
                if (v.mode >= 0)
                    mount.insert(QStringLiteral("mode"), v.mode); // a number: Compose reads the bits, 493 is 0755
                configMounts.append(mount);
                break;
            }
            case VolumeType::Bind: {
                QJsonObject mount{{QStringLiteral("type"), QStringLiteral("bind")},
                                  {QStringLiteral("source"), literal(v.source)},
                                  {QStringLiteral("target"), literal(v.mountPath)}};
                if (v.readOnly)
                    mount.insert(QStringLiteral("read_only"), true);
                mounts.append(mount);
                break;
            }
            }
        }
        if (!mounts.isEmpty())
            c.insert(QStringLiteral("volumes"), mounts);
        if (!configMounts.isEmpty())
            c.insert(QStringLiteral("configs"), configMounts);
    }

    static void addSecurity(QJsonObject &c, const ContainerSecurity &security)
    {
        if (security.runAsUser)
            c.insert(QStringLiteral("user"),
                     security.runAsGroup ? QStringLiteral("%1:%2").arg(*security.runAsUser).arg(*security.runAsGroup)
                                         : QString::number(*security.runAsUser));
        if (security.fsGroup)
            c.insert(QStringLiteral("group_add"), QJsonArray{QString::number(*security.fsGroup)});
        if (security.readOnlyRootFs.value_or(false))
            c.insert(QStringLiteral("read_only"), true);
        if (security.privileged.value_or(false))
            c.insert(QStringLiteral("privileged"), true);
        if (security.allowPrivilegeEscalation == false)
            c.insert(QStringLiteral("security_opt"), QJsonArray{QStringLiteral("no-new-privileges:true")});
        if (!security.capabilitiesDrop.isEmpty())
            c.insert(QStringLiteral("cap_drop"), literals(security.capabilitiesDrop));
        if (!security.capabilitiesAdd.isEmpty())
            c.insert(QStringLiteral("cap_add"), literals(security.capabilitiesAdd));
    }

    const GenerationContext &context;
    const QString network;
    QJsonObject services;
    QJsonObject volumes;
    QJsonObject configs;
    QSet<QString> networkNames;
    QList<GeneratedFile> generated;
    QStringList secretLines;
    QHash<QString, QHash<int, int>> renumbered; ///< service id → its service ports that differ → their container ports
    QStringList renumberedLines;
};

} // namespace

QList<GeneratedFile> ComposeGenerator::generate(const GenerationContext &context) const
{
    ComposeProject compose(context);
    for (const ServicePtr &service : context.services())
        compose.addService(*service);
    return compose.files();
}

} // namespace sr
