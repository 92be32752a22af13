#include "import/composeimporter.h"

#include "catalog/servicefields.h"

#include "import/importsupport_p.h"
#include "import/manifestreader_p.h"
#include "import/tomlvalues_p.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include "import/yamlvalue_p.h"

namespace sr {

using namespace detail;

namespace {

QString str(const YamlValue &node)
{
    return node.text();
}

/// A list of strings, or one string split as the shell would (Compose's short forms).
QStringList words(const YamlValue &node, bool *splitFromText)
{
    QStringList out;
    *splitFromText = false;
    if (node.IsSequence()) {
        for (const YamlValue &item : (node).items())
            out.append(str(item));
    } else if (node.IsScalar()) {
        bool ok = true;
        out = splitShellWords(str(node), &ok);
        *splitFromText = true;
    }
    return out;
}

/// A map, or a list of "KEY=value" (environment, labels).
QList<std::pair<QString, QString>> pairs(const YamlValue &node)
{
    QList<std::pair<QString, QString>> out;
    if (node.IsMap()) {
        for (const auto &p : (node).entries())
            out.append({p.first, str(p.second)});
    } else if (node.IsSequence()) {
        for (const YamlValue &item : (node).items()) {
            const QString text = str(item);
            out.append({text.section(QLatin1Char('='), 0, 0), text.section(QLatin1Char('='), 1)});
        }
    }
    return out;
}

/// Compose durations ("1m30s", "10s", "1h") are the registry's, except fractions ("1.5s").
QString duration(const QString &text)
{
    return isDuration(text) ? text : QString();
}

/// Compose CPUs ("0.5") as a Kubernetes quantity ("500m").
QString cpuQuantity(const QString &cpus)
{
    bool ok = false;
    const double value = cpus.toDouble(&ok);
    if (!ok)
        return {};
    const qint64 milli = qRound64(value * 1000);
    return milli % 1000 == 0 ? QString::number(milli / 1000) : QStringLiteral("%1m").arg(milli);
}

/// Compose byte values ("512m", "1g", "100000b"; binary multiples) as Kubernetes quantities.
QString memoryQuantity(const QString &bytes)
{
    static const QRegularExpression pattern(QStringLiteral("^([0-9]+)\\s*([bkmgBKMG])?[bB]?$"));
    const auto m = pattern.match(bytes.trimmed());
    if (!m.hasMatch())
        return {};
    const QString number = m.captured(1);
    const QString unit = m.captured(2).toLower();
    switch (unit.isEmpty() ? u'b' : unit.front().unicode()) {
    case 'k':
        return number + QStringLiteral("Ki");
    case 'm':
        return number + QStringLiteral("Mi");
    case 'g':
        return number + QStringLiteral("Gi");
    default:
        return number;
    }
}

class Reader
{
public:
    Reader(QList<ImportFact> &facts, const QString &directory)
        : m_facts(facts)
        , m_directory(directory)
    { }

    ImportedService service(const QString &key, const YamlValue &s, const YamlValue &root)
    {
        ImportedService out;
        out.object = QStringLiteral("service ") + key;
        FactLog log(m_facts, out.object);
        out.id = serviceIdFrom(key);
        if (out.id != key)
            log.approximated(QStringLiteral("(name)"),
                             QStringLiteral("'%1' is not a DNS label: the service is '%2'").arg(key, out.id));
        out.image = str(s["image"]);
        const bool hasPorts = (s["ports"] && s["ports"].size()) || (s["expose"] && s["expose"].size());
        const QString restart = str(s["restart"]);
        const bool job = restart == QLatin1String("no") && !hasPorts;
        const QString type = serviceTypeFor(out.image.isEmpty() ? key : out.image, job, hasPorts);
        out.keys.append({QStringLiteral("display_name"), tomlString(displayNameFrom(out.id))});
        out.keys.append({QStringLiteral("type"), tomlString(type)});
        log.approximated(QStringLiteral("type"), QStringLiteral("'%1', from the image and what the service does").arg(type));
        bool exact = false;
        const QString version = versionFromTag(imageTag(out.image), &exact);
        out.keys.append({QStringLiteral("version"), tomlString(version.isEmpty() ? QStringLiteral("0.0.0") : version)});
        if (version.isEmpty())
            log.approximated(QStringLiteral("version"),
                             QStringLiteral("no version in the image tag: 0.0.0 until someone writes it"));
        else if (!exact)
            log.approximated(QStringLiteral("version"),
                             QStringLiteral("%1, from the image tag '%2'").arg(version, imageTag(out.image)));
        if (!out.image.isEmpty()) {
            out.keys.append({QStringLiteral("image"), tomlString(out.image)});
            log.carried(QStringLiteral("image"));
        }
        if (const YamlValue build = s["build"]) {
            InlineTable t;
            if (build.IsScalar()) {
                t.add(QStringLiteral("context"), str(build));
            } else {
                t.add(QStringLiteral("context"), str(build["context"]).isEmpty() ? QStringLiteral(".") : str(build["context"]));
                if (build["dockerfile"])
                    t.add(QStringLiteral("dockerfile"), str(build["dockerfile"]));
                if (build["target"])
                    t.add(QStringLiteral("target"), str(build["target"]));
                for (const char *other : {"args", "cache_from", "secrets", "ssh", "platforms"}) {
                    if (build[other])
                        log.notCarried(
                            QStringLiteral("build.") + QLatin1String(other),
                            QStringLiteral("build settings beyond context, dockerfile and target are the Dockerfile's business"));
                }
            }
            out.keys.append({QStringLiteral("build"), t.text()});
            log.carried(QStringLiteral("build"));
        }
        if (job) {
            out.keys.append({QStringLiteral("restart"), tomlString(QStringLiteral("no"))});
            log.carried(QStringLiteral("restart"));
        } else if (restart.isEmpty()) {
            log.approximated(QStringLiteral("restart"),
                             QStringLiteral("not set (Compose then never restarts it): the registry's default, always, applies"));
        } else {
            QString value = restart;
            if (restart.startsWith(QLatin1String("on-failure:"))) {
                value = QStringLiteral("on-failure");
                log.approximated(QStringLiteral("restart"), QStringLiteral("the retry count is not in the registry"));
            } else {
                log.carried(QStringLiteral("restart"));
            }
            out.keys.append({QStringLiteral("restart"), tomlString(value)});
        }
        if (s["container_name"]) {
            out.keys.append({QStringLiteral("container_name"), tomlString(str(s["container_name"]))});
            log.carried(QStringLiteral("container_name"));
        }
        bool split = false;
        if (s["entrypoint"]) {
            out.keys.append({QStringLiteral("command"), tomlStrings(words(s["entrypoint"], &split))});
            split ? log.approximated(QStringLiteral("entrypoint"), QStringLiteral("split into words as the shell would"))
                  : log.carried(QStringLiteral("entrypoint"));
        }
        if (s["command"]) {
            out.keys.append({QStringLiteral("args"), tomlStrings(words(s["command"], &split))});
            split ? log.approximated(QStringLiteral("command"), QStringLiteral("split into words as the shell would"))
                  : log.carried(QStringLiteral("command"));
        }
        if (s["working_dir"]) {
            out.keys.append({QStringLiteral("working_dir"), tomlString(str(s["working_dir"]))});
            log.carried(QStringLiteral("working_dir"));
        }
        addPorts(out, log, s);
        addEnvironment(out, log, s);
        addHealthcheck(out, log, s["healthcheck"]);
        addDeploy(out, log, s);
        addVolumes(out, log, s, root);
        addSecurity(out, log, s);
        addDependencies(out, log, s["depends_on"]);
        if (s["networks"]) {
            QStringList names;
            if (s["networks"].IsSequence()) {
                for (const YamlValue &n : (s["networks"]).items())
                    names.append(str(n));
            } else {
                for (const auto &p : (s["networks"]).entries())
                    names.append(p.first);
            }
            out.networks = names;
            log.carried(QStringLiteral("networks"));
        }
        if (s["profiles"]) {
            bool unused = false;
            out.keys.append({QStringLiteral("profiles"), tomlStrings(words(s["profiles"], &unused))});
            log.carried(QStringLiteral("profiles"));
        }
        const auto labels = pairs(s["labels"]);
        if (!labels.isEmpty()) {
            InlineTable t;
            for (const auto &[k, v] : labels) {
                if (isLabelKey(k) && isLabelValue(v)) {
                    t.add(k, v);
                    log.carried(QStringLiteral("labels.") + k);
                } else {
                    log.notCarried(QStringLiteral("labels.") + k,
                                   QStringLiteral("not a valid Kubernetes label: put it in properties"));
                }
            }
            if (!t.isEmpty())
                out.keys.append({QStringLiteral("labels"), t.text()});
        }
        if (s["stop_grace_period"]) {
            const QString grace = duration(str(s["stop_grace_period"]));
            if (!grace.isEmpty()) {
                out.keys.append({QStringLiteral("termination_grace_period"), tomlString(grace)});
                log.carried(QStringLiteral("stop_grace_period"));
            }
        }
        static const char *const unsupported[]
            = {"env_file",     "extra_hosts", "dns",  "logging",  "ulimits",     "sysctls", "devices",
               "network_mode", "pid",         "ipc",  "extends",  "secrets",     "links",   "hostname",
               "stdin_open",   "tty",         "init", "platform", "pull_policy", "shm_size"};
        for (const char *setting : unsupported) {
            if (s[setting])
                log.notCarried(QString::fromLatin1(setting), QStringLiteral("not in the registry"));
        }
        return out;
    }

private:
    void addPorts(ImportedService &out, FactLog &log, const YamlValue &s)
    {
        QList<QByteArray> ports;
        QSet<QString> seen;
        auto add = [&](int target, int published, const QString &hostIp, const QString &protocol) {
            const QString key = QStringLiteral("%1/%2").arg(target).arg(protocol);
            if (seen.contains(key) && !published)
                return;
            seen.insert(key);
            InlineTable t;
            t.add(QStringLiteral("port"), qint64(target));
            if (protocol == QLatin1String("udp"))
                t.add(QStringLiteral("protocol"), QStringLiteral("udp"));
            if (published)
                t.add(QStringLiteral("host_port"), qint64(published));
            if (!hostIp.isEmpty() && hostIp != QLatin1String("0.0.0.0"))
                t.add(QStringLiteral("host_ip"), hostIp);
            ports.append(t.text());
        };
        static const QRegularExpression shortForm(QStringLiteral(
            "^(?:(\\[[0-9a-fA-F:.]+\\]|[0-9]+\\.[0-9.]+):)?(?:([0-9]+)(?:-[0-9]+)?:)?([0-9]+)(-[0-9]+)?(?:/(tcp|udp))?$"));
        for (const YamlValue &p : (s["ports"]).items()) {
            if (p.IsMap()) {
                add(str(p["target"]).toInt(), str(p["published"]).toInt(), str(p["host_ip"]), str(p["protocol"]));
                log.carried(QStringLiteral("ports.") + str(p["target"]));
                continue;
            }
            const auto m = shortForm.match(str(p));
            if (!m.hasMatch() || !m.captured(4).isEmpty()) {
                log.notCarried(QStringLiteral("ports.") + str(p), QStringLiteral("a port range: list each port"));
                continue;
            }
            QString hostIp = m.captured(1);
            hostIp.remove(QLatin1Char('[')).remove(QLatin1Char(']'));
            add(m.captured(3).toInt(), m.captured(2).toInt(), hostIp, m.captured(5));
            log.carried(QStringLiteral("ports.") + str(p));
        }
        for (const YamlValue &e : (s["expose"]).items()) {
            const QString text = str(e);
            add(text.section(QLatin1Char('/'), 0, 0).toInt(), 0, {}, text.section(QLatin1Char('/'), 1));
            log.carried(QStringLiteral("expose.") + text);
        }
        if (!ports.isEmpty())
            out.keys.append({QStringLiteral("ports"), tomlTableList(ports)});
    }

    static void addEnvironment(ImportedService &out, FactLog &log, const YamlValue &s)
    {
        InlineTable environment;
        for (const auto &[name, value] : pairs(s["environment"])) {
            environment.add(name, value);
            if (value.contains(QLatin1Char('$')))
                log.approximated(QStringLiteral("environment.") + name,
                                 QStringLiteral("kept as written: Compose interpolation (${…}) is not carried, the text is"));
            else
                log.carried(QStringLiteral("environment.") + name);
        }
        if (!environment.isEmpty())
            out.keys.append({QStringLiteral("environment"), environment.text()});
    }

    static void addHealthcheck(ImportedService &out, FactLog &log, const YamlValue &h)
    {
        if (!h || (h["disable"] && str(h["disable"]) == QLatin1String("true")))
            return;
        InlineTable t;
        t.add(QStringLiteral("type"), QStringLiteral("command"));
        const YamlValue test = h["test"];
        if (test.IsSequence() && test.size() > 0) {
            const QString form = str(test[0]);
            QStringList rest;
            for (std::size_t i = 1; i < test.size(); ++i)
                rest.append(str(test[i]));
            if (form == QLatin1String("CMD"))
                t.add(QStringLiteral("exec"), tomlStrings(rest));
            else if (form == QLatin1String("CMD-SHELL"))
                t.add(QStringLiteral("command"), rest.join(QLatin1Char(' ')));
            else if (form == QLatin1String("NONE"))
                return;
        } else {
            t.add(QStringLiteral("command"), str(test));
        }
        for (const auto &[compose, registry] :
             {std::pair{"interval", "interval"}, std::pair{"timeout", "timeout"}, std::pair{"start_period", "start_period"}}) {
            if (!h[compose])
                continue;
            const QString value = duration(str(h[compose]));
            if (value.isEmpty())
                log.approximated(QStringLiteral("healthcheck.") + QLatin1String(compose),
                                 QStringLiteral("'%1' is not a whole duration: the default applies").arg(str(h[compose])));
            else
                t.add(QString::fromLatin1(registry), value);
        }
        if (h["retries"])
            t.add(QStringLiteral("retries"), str(h["retries"]).toLongLong());
        if (h["start_interval"])
            log.notCarried(QStringLiteral("healthcheck.start_interval"), QStringLiteral("not in the registry"));
        out.keys.append({QStringLiteral("health_check"), t.text()});
        log.carried(QStringLiteral("healthcheck"));
    }

    static void addDeploy(ImportedService &out, FactLog &log, const YamlValue &s)
    {
        const YamlValue deploy = s["deploy"];
        if (deploy["replicas"]) {
            out.replicas = str(deploy["replicas"]).toInt();
            log.carried(QStringLiteral("deploy.replicas"));
        } else if (s["scale"]) {
            out.replicas = str(s["scale"]).toInt();
            log.carried(QStringLiteral("scale"));
        }
        InlineTable t;
        const YamlValue resources = deploy["resources"];
        const std::pair<const char *, const char *> keys[] = {{"reservations", ""}, {"limits", "_limit"}};
        for (const auto &[section, suffix] : keys) {
            const QString cpus = cpuQuantity(str(resources[section]["cpus"]));
            if (!cpus.isEmpty()) {
                t.add(QStringLiteral("cpu") + QLatin1String(suffix), cpus);
                log.carried(QStringLiteral("deploy.resources.%1.cpus").arg(QLatin1String(section)));
            }
            const QString memory = memoryQuantity(str(resources[section]["memory"]));
            if (!memory.isEmpty()) {
                t.add(QStringLiteral("memory") + QLatin1String(suffix), memory);
                log.carried(QStringLiteral("deploy.resources.%1.memory").arg(QLatin1String(section)));
            }
        }
        if (!t.isEmpty())
            out.keys.append({QStringLiteral("resources"), t.text()});
        for (const char *other : {"placement", "update_config", "rollback_config", "restart_policy", "mode", "endpoint_mode"}) {
            if (deploy[other])
                log.notCarried(QStringLiteral("deploy.") + QLatin1String(other),
                               QStringLiteral("Swarm settings are not in the registry"));
        }
    }

    void addVolumes(ImportedService &out, FactLog &log, const YamlValue &s, const YamlValue &root)
    {
        QList<QByteArray> volumes;
        QSet<QString> names;
        auto uniqueName = [&](QString name) {
            name = serviceIdFrom(name);
            if (name.isEmpty())
                name = QStringLiteral("volume");
            QString candidate = name;
            for (int n = 2; names.contains(candidate); ++n)
                candidate = name + QLatin1Char('-') + QString::number(n);
            names.insert(candidate);
            return candidate;
        };
        for (const YamlValue &v : (s["volumes"]).items()) {
            QString type;
            QString source;
            QString target;
            bool readOnly = false;
            if (v.IsMap()) {
                type = str(v["type"]);
                source = str(v["source"]);
                target = str(v["target"]);
                readOnly = str(v["read_only"]) == QLatin1String("true");
            } else {
                const QStringList parts = str(v).split(QLatin1Char(':'));
                if (parts.size() == 1) {
                    target = parts[0];
                    type = QStringLiteral("volume");
                } else {
                    source = parts[0];
                    target = parts[1];
                    readOnly = parts.value(2).split(QLatin1Char(',')).contains(QStringLiteral("ro"));
                    type = source.startsWith(QLatin1Char('.')) || source.startsWith(QLatin1Char('/'))
                            || source.startsWith(QLatin1Char('~'))
                        ? QStringLiteral("bind")
                        : QStringLiteral("volume");
                }
            }
            const QString field = QStringLiteral("volumes.") + target;
            InlineTable t;
            if (type == QLatin1String("bind")) {
                t.add(QStringLiteral("name"), uniqueName(QFileInfo(source).fileName()));
                t.add(QStringLiteral("type"), QStringLiteral("bind"));
                t.add(QStringLiteral("source"), source);
                log.carried(field);
            } else if (type == QLatin1String("volume")) {
                t.add(QStringLiteral("name"), uniqueName(source.isEmpty() ? QFileInfo(target).fileName() : source));
                t.add(QStringLiteral("type"), QStringLiteral("persistent"));
                t.add(QStringLiteral("size"), QStringLiteral("1Gi"));
                log.approximated(
                    field,
                    source.isEmpty()
                        ? QStringLiteral("an anonymous volume becomes a persistent one of 1Gi (Compose volumes have no size)")
                        : QStringLiteral("volume %1 becomes '%2-%1', 1Gi (Compose volumes have no size)").arg(source, out.id));
                if (!source.isEmpty() && root["volumes"][source.toStdString()]["external"])
                    log.notCarried(field + QStringLiteral(".external"), QStringLiteral("generate creates the volume"));
            } else if (type == QLatin1String("tmpfs")) {
                t.add(QStringLiteral("name"), uniqueName(QFileInfo(target).fileName()));
                t.add(QStringLiteral("type"), QStringLiteral("ephemeral"));
                if (v["tmpfs"]["size"])
                    t.add(QStringLiteral("size"), memoryQuantity(str(v["tmpfs"]["size"])));
                log.carried(field);
            } else {
                log.notCarried(field, QStringLiteral("a %1 mount is not in the registry").arg(type));
                continue;
            }
            t.add(QStringLiteral("mount_path"), target);
            if (readOnly)
                t.add(QStringLiteral("read_only"), true);
            volumes.append(t.text());
        }
        for (const YamlValue &t : (s["tmpfs"].IsSequence() ? s["tmpfs"] : YamlValue()).items()) {
            InlineTable e;
            e.add(QStringLiteral("name"), uniqueName(QFileInfo(str(t)).fileName()));
            e.add(QStringLiteral("type"), QStringLiteral("ephemeral"));
            e.add(QStringLiteral("mount_path"), str(t));
            volumes.append(e.text());
            log.carried(QStringLiteral("tmpfs.") + str(t));
        }
        for (const YamlValue &c : (s["configs"]).items()) {
            const QString config = c.IsMap() ? str(c["source"]) : str(c);
            const QString target = c.IsMap() && c["target"] ? str(c["target"]) : QLatin1Char('/') + config;
            const YamlValue definition = root["configs"][config.toStdString()];
            const QString field = QStringLiteral("configs.") + config;
            QByteArray content;
            if (definition["content"]) {
                content = str(definition["content"]).toUtf8();
            } else if (definition["file"]) {
                QFile file(QDir(m_directory).filePath(str(definition["file"])));
                if (!file.open(QIODevice::ReadOnly)) {
                    log.notCarried(field, QStringLiteral("cannot read %1: %2").arg(str(definition["file"]), file.errorString()));
                    continue;
                }
                content = file.readAll();
            } else {
                log.notCarried(field, QStringLiteral("only configs given by file or content are in the registry"));
                continue;
            }
            InlineTable t;
            t.add(QStringLiteral("name"), uniqueName(config));
            t.add(QStringLiteral("type"), QStringLiteral("config"));
            t.add(QStringLiteral("mount_path"), target);
            t.add(QStringLiteral("content"), QString::fromUtf8(content));
            if (c.IsMap() && c["mode"]) {
                const QString mode = str(c["mode"]);
                bool ok = false;
                // YAML 1.1 octal (0755) reaches us as text; a plain number is decimal.
                const int bits = mode.startsWith(QLatin1Char('0')) ? mode.toInt(&ok, 8) : mode.toInt(&ok, 10);
                if (ok)
                    t.add(QStringLiteral("mode"), QStringLiteral("0%1").arg(bits, 3, 8, QLatin1Char('0')));
            }
            volumes.append(t.text());
            log.carried(field);
        }
        if (!volumes.isEmpty())
            out.keys.append({QStringLiteral("volumes"), tomlTableList(volumes)});
    }

    static void addSecurity(ImportedService &out, FactLog &log, const YamlValue &s)
    {
        InlineTable t;
        if (s["user"]) {
            const QString user = str(s["user"]);
            bool okUser = false;
            bool okGroup = false;
            const qint64 uid = user.section(QLatin1Char(':'), 0, 0).toLongLong(&okUser);
            const qint64 gid = user.section(QLatin1Char(':'), 1).toLongLong(&okGroup);
            if (okUser) {
                t.add(QStringLiteral("run_as_user"), uid);
                if (okGroup)
                    t.add(QStringLiteral("run_as_group"), gid);
                log.carried(QStringLiteral("user"));
            } else {
                log.notCarried(QStringLiteral("user"), QStringLiteral("a user name: the registry takes numeric ids"));
            }
        }
        if (s["group_add"] && s["group_add"].size() == 1) {
            t.add(QStringLiteral("fs_group"), str(s["group_add"][0]).toLongLong());
            log.approximated(QStringLiteral("group_add"), QStringLiteral("the group that owns mounted volumes (fs_group)"));
        }
        if (str(s["read_only"]) == QLatin1String("true")) {
            t.add(QStringLiteral("read_only_root_fs"), true);
            log.carried(QStringLiteral("read_only"));
        }
        if (str(s["privileged"]) == QLatin1String("true")) {
            t.add(QStringLiteral("privileged"), true);
            log.carried(QStringLiteral("privileged"));
        }
        for (const YamlValue &opt : (s["security_opt"]).items()) {
            if (str(opt).startsWith(QLatin1String("no-new-privileges"))) {
                t.add(QStringLiteral("allow_privilege_escalation"), false);
                log.carried(QStringLiteral("security_opt.no-new-privileges"));
            } else {
                log.notCarried(QStringLiteral("security_opt.") + str(opt), QStringLiteral("not in the registry"));
            }
        }
        bool unused = false;
        if (s["cap_drop"]) {
            t.add(QStringLiteral("capabilities_drop"), tomlStrings(words(s["cap_drop"], &unused)));
            log.carried(QStringLiteral("cap_drop"));
        }
        if (s["cap_add"]) {
            t.add(QStringLiteral("capabilities_add"), tomlStrings(words(s["cap_add"], &unused)));
            log.carried(QStringLiteral("cap_add"));
        }
        if (!t.isEmpty())
            out.keys.append({QStringLiteral("security"), t.text()});
    }

    static void addDependencies(ImportedService &out, FactLog &log, const YamlValue &dependsOn)
    {
        QList<QByteArray> required;
        QList<QByteArray> optional;
        auto add = [&](const QString &target, const QString &condition, bool isRequired) {
            InlineTable t;
            t.add(QStringLiteral("service"), serviceIdFrom(target));
            if (condition == QLatin1String("service_healthy"))
                t.add(QStringLiteral("condition"), QStringLiteral("healthy"));
            else if (condition == QLatin1String("service_completed_successfully"))
                t.add(QStringLiteral("condition"), QStringLiteral("completed"));
            else
                t.add(QStringLiteral("condition"), QStringLiteral("started"));
            (isRequired ? required : optional).append(t.text());
            log.carried(QStringLiteral("depends_on.") + target);
        };
        if (dependsOn.IsSequence()) {
            for (const YamlValue &d : (dependsOn).items())
                add(str(d), QStringLiteral("service_started"), true);
        } else if (dependsOn.IsMap()) {
            for (const auto &p : (dependsOn).entries())
                add(p.first, str(p.second["condition"]), str(p.second["required"]) != QLatin1String("false"));
        }
        if (!required.isEmpty())
            out.keys.append({QStringLiteral("dependencies.requires"), tomlTableList(required)});
        if (!optional.isEmpty())
            out.keys.append({QStringLiteral("dependencies.optional"), tomlTableList(optional)});
    }

    QList<ImportFact> &m_facts;
    QString m_directory;
};

} // namespace

std::optional<ImportedProject> ComposeImporter::read(const QStringList &files, ImportError *error)
{
    QList<std::pair<QString, QByteArray>> texts;
    for (const QString &f : files) {
        QFile file(f);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = {f, 0, 0, QStringLiteral("cannot read it: %1").arg(file.errorString()), {}};
            return std::nullopt;
        }
        texts.append({f, file.readAll()});
    }
    return readTexts(texts, error);
}

std::optional<ImportedProject> ComposeImporter::readTexts(const QList<std::pair<QString, QByteArray>> &files, ImportError *error)
{
    ImportedProject project;
    project.source = QStringLiteral("compose");
    // Later files override earlier ones service by service, as `docker compose -f a -f b`.
    QList<std::pair<QString, YAML::Node>> order;
    QHash<QString, qsizetype> indexOf;
    QHash<QString, std::pair<QString, YAML::Mark>> definedAt; ///< where each service is first written
    YAML::Node root;
    QString directory;
    for (const auto &[file, text] : files) {
        if (directory.isEmpty())
            directory = QFileInfo(file).absolutePath();
        YAML::Node document;
        try {
            document = YAML::Load(text.toStdString());
        } catch (const YAML::Exception &e) {
            *error = {file, e.mark.line + 1, e.mark.column + 1,
                      QStringLiteral("invalid YAML: %1").arg(QString::fromStdString(e.msg)),
                      QStringLiteral("fix the YAML there; 'docker compose config' shows the same")};
            return std::nullopt;
        }
        if (!document.IsMap()) {
            *error = {file, 1, 1, QStringLiteral("not a Compose file: the top level is not a mapping"), {}};
            return std::nullopt;
        }
        if (const YAML::Node version = document["version"]) {
            const QString v = str(version);
            if (!v.startsWith(QLatin1Char('2')) && !v.startsWith(QLatin1Char('3'))) {
                *error = {file, version.Mark().line + 1, version.Mark().column + 1,
                          QStringLiteral("Compose file format %1 is not supported").arg(v),
                          QStringLiteral("the Compose Specification, and the 2.x and 3.x files it grew from, are; remove "
                                         "'version' and write the services under 'services:'")};
                return std::nullopt;
            }
            FactLog(project.facts, QFileInfo(file).fileName())
                .approximated(QStringLiteral("version"), QStringLiteral("obsolete: ignored, as docker compose does"));
        }
        const YAML::Node services = document["services"];
        if (!services || !services.IsMap()) {
            const YAML::Node first = document.begin()->first;
            *error = {file, first.Mark().line + 1, first.Mark().column + 1,
                      QStringLiteral("no 'services:' mapping: a Compose file of format 1, or not a Compose file"),
                      QStringLiteral("write the services under 'services:' (the Compose Specification)")};
            return std::nullopt;
        }
        for (const auto &p : services) {
            const QString key = QString::fromStdString(p.first.Scalar());
            if (!p.second.IsMap()) {
                *error = {file,
                          p.second.Mark().line + 1,
                          p.second.Mark().column + 1,
                          QStringLiteral("service '%1' is not a mapping").arg(key),
                          {}};
                return std::nullopt;
            }
            if (indexOf.contains(key)) {
                YAML::Node merged = order[indexOf.value(key)].second;
                for (const auto &field : p.second)
                    merged[field.first.Scalar()] = field.second;
            } else {
                indexOf.insert(key, order.size());
                definedAt.insert(key, std::pair<QString, YAML::Mark>(file, p.second.Mark()));
                order.append({key, YAML::Clone(p.second)});
            }
        }
        for (const char *section : {"volumes", "configs", "networks", "secrets"}) {
            for (const auto &p : document[section])
                root[section][p.first.Scalar()] = p.second;
        }
        if (document["name"])
            root["name"] = document["name"];
        for (const auto &p : document) {
            const std::string key = p.first.Scalar();
            if (key.rfind("x-", 0) == 0)
                FactLog(project.facts, QFileInfo(file).fileName())
                    .notCarried(QString::fromStdString(key), QStringLiteral("an extension field: not in the registry"));
        }
    }
    Reader reader(project.facts, directory);
    for (const auto &[key, node] : order) {
        if (!node["image"] && !node["build"]) {
            const auto &[file, mark] = definedAt.value(key);
            *error = {file, mark.line + 1, mark.column + 1, QStringLiteral("service '%1' has neither image nor build").arg(key),
                      QStringLiteral("add image: NAME:TAG")};
            return std::nullopt;
        }
        project.services.append(reader.service(key, node, root));
    }
    project.namespaceName = str(root["name"]);
    return project;
}

} // namespace sr
