#include "import/kubernetesimporter.h"

#include "import/importsupport_p.h"
#include "import/manifestreader_p.h"
#include "import/tomlvalues_p.h"

#include <QHash>
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

qint64 integer(const YamlValue &node, qint64 fallback = -1)
{
    bool ok = false;
    const qint64 value = str(node).toLongLong(&ok);
    return ok ? value : fallback;
}

std::optional<bool> boolean(const YamlValue &node)
{
    const QString text = str(node);
    if (text == QLatin1String("true"))
        return true;
    if (text == QLatin1String("false"))
        return false;
    return std::nullopt;
}

QStringList strings(const YamlValue &node)
{
    QStringList out;
    if (node && node.IsSequence()) {
        for (const YamlValue &item : (node).items())
            out.append(str(item));
    }
    return out;
}

QString name(const YamlValue &object)
{
    return str(object["metadata"]["name"]);
}

/// A workload and the objects that belong to it, in the order they were found.
struct Workload
{
    const ManifestObject *object = nullptr;
    YamlValue pod; ///< the pod template's spec
    YamlValue podMetadata;
    bool job = false;
    QString schedule;
};

/// The application protocol a Service or container port speaks: `appProtocol`, else the
/// prefix of its name (Istio's convention: http-web, grpc-api); empty: not said.
QString protocolOf(const QString &appProtocol, const QString &portName)
{
    const QString a = appProtocol.toLower();
    if (a == QLatin1String("http") || a == QLatin1String("https") || a == QLatin1String("grpc"))
        return a;
    if (a == QLatin1String("kubernetes.io/h2c") || a == QLatin1String("h2c") || a == QLatin1String("http2"))
        return QStringLiteral("http2");
    const QString prefix = portName.section(QLatin1Char('-'), 0, 0).toLower();
    for (const char *known : {"http", "https", "grpc", "http2"}) {
        if (prefix == QLatin1String(known))
            return prefix;
    }
    return {};
}

class Reader
{
public:
    explicit Reader(const QList<ManifestObject> &objects)
        : m_objects(objects)
    { }

    ImportedProject read()
    {
        m_project.source = QStringLiteral("kubernetes");
        index();
        for (const Workload &w : std::as_const(m_workloads))
            m_project.services.append(service(w));
        resolveDependencies();
        return std::move(m_project);
    }

private:
    void index()
    {
        for (const ManifestObject &o : m_objects) {
            const QString &kind = o.kind;
            const QString objectName = name(o.node);
            const QString ns = str(o.node["metadata"]["namespace"]);
            if (!ns.isEmpty() && m_project.namespaceName.isEmpty())
                m_project.namespaceName = ns;
            if (kind == QLatin1String("Deployment") || kind == QLatin1String("StatefulSet") || kind == QLatin1String("DaemonSet")
                || kind == QLatin1String("ReplicaSet") || kind == QLatin1String("Rollout")) {
                m_workloads.append({&o, o.node["spec"]["template"]["spec"], o.node["spec"]["template"]["metadata"], false, {}});
            } else if (kind == QLatin1String("Job")) {
                m_workloads.append({&o, o.node["spec"]["template"]["spec"], o.node["spec"]["template"]["metadata"], true, {}});
            } else if (kind == QLatin1String("CronJob")) {
                const YamlValue job = o.node["spec"]["jobTemplate"]["spec"]["template"];
                m_workloads.append({&o, job["spec"], job["metadata"], true, str(o.node["spec"]["schedule"])});
            } else if (kind == QLatin1String("Pod")) {
                m_workloads.append({&o, o.node["spec"], o.node["metadata"], false, {}});
            } else if (kind == QLatin1String("Service")) {
                m_services.append(&o);
            } else if (kind == QLatin1String("ConfigMap")) {
                m_configMaps.insert(objectName, &o);
            } else if (kind == QLatin1String("Secret")) {
                m_secrets.insert(objectName, &o);
            } else if (kind == QLatin1String("PersistentVolumeClaim")) {
                m_claims.insert(objectName, &o);
            } else if (kind == QLatin1String("ServiceAccount")) {
                m_accounts.insert(objectName);
                FactLog(m_project.facts, o.label()).carried(QStringLiteral("ServiceAccount"));
            } else if (kind == QLatin1String("Ingress")) {
                m_ingresses.append(&o);
            } else if (isClusterConfigurationKind(kind)) {
                FactLog(m_project.facts, o.label()).notCarried(QStringLiteral("(object)"), whyNotCarried(kind));
            } else {
                FactLog(m_project.facts, o.label())
                    .notCarried(QStringLiteral("(object)"),
                                QStringLiteral("a custom resource (%1): the registry does not "
                                               "describe it; keep it beside the generated files")
                                    .arg(str(o.node["apiVersion"])));
            }
        }
    }

    static QString whyNotCarried(const QString &kind)
    {
        if (kind == QLatin1String("HorizontalPodAutoscaler"))
            return QStringLiteral("the registry has no autoscaling: replicas are fixed per target (deployment.toml)");
        if (kind == QLatin1String("PodDisruptionBudget"))
            return QStringLiteral("generate writes one for critical services with more than one replica");
        if (kind == QLatin1String("Namespace"))
            return QStringLiteral("the namespace goes to the target in deployment.toml; generate writes it");
        if (kind == QLatin1String("NetworkPolicy"))
            return QStringLiteral("the registry has no network policies; dependencies say who talks to whom");
        if (kind.contains(QLatin1String("Role")))
            return QStringLiteral("RBAC is not in the registry: name the account and set service_account_exists = true");
        return QStringLiteral("cluster configuration, not a service: not in the registry");
    }

    /// The Services whose selector picks the workload's pods, in the order found.
    QList<const ManifestObject *> servicesOf(const Workload &w) const
    {
        QList<const ManifestObject *> out;
        const YamlValue labels = w.podMetadata["labels"];
        for (const ManifestObject *s : m_services) {
            const YamlValue selector = s->node["spec"]["selector"];
            if (!selector || !selector.IsMap() || selector.size() == 0 || !labels || !labels.IsMap())
                continue;
            bool all = true;
            for (const auto &pair : (selector).entries())
                all = all && labels[pair.first.toStdString()] && str(labels[pair.first.toStdString()]) == str(pair.second);
            if (all)
                out.append(s);
        }
        return out;
    }

    /// The container that is the service: the one named after the workload, else the first.
    static YamlValue mainContainer(const Workload &w, const QString &workloadName)
    {
        const YamlValue containers = w.pod["containers"];
        if (!containers || !containers.IsSequence() || containers.size() == 0)
            return {};
        for (const YamlValue &c : (containers).items()) {
            if (str(c["name"]) == workloadName)
                return c;
        }
        return containers[0];
    }

    ImportedService service(const Workload &w)
    {
        const QString workloadName = name(w.object->node);
        const QList<const ManifestObject *> services = servicesOf(w);
        // Other pods reach the service by its ClusterIP Service's name: that is its id.
        const ManifestObject *main = nullptr;
        for (const ManifestObject *s : services) {
            const QString type = str(s->node["spec"]["type"]);
            if ((type.isEmpty() || type == QLatin1String("ClusterIP"))
                && str(s->node["spec"]["clusterIP"]) != QLatin1String("None") && (!main || name(s->node) == workloadName))
                main = s;
        }
        ImportedService out;
        out.object = w.object->label();
        FactLog log(m_project.facts, out.object);
        out.id = serviceIdFrom(main ? name(main->node) : workloadName);
        if (main && name(main->node) != workloadName)
            log.approximated(QStringLiteral("metadata.name"),
                             QStringLiteral("the service is named '%1' after its Service, which other pods address").arg(out.id));
        else
            log.carried(QStringLiteral("metadata.name"));
        if (main)
            m_serviceIds.insert(name(main->node), out.id);
        m_serviceIds.insert(workloadName, out.id);

        const YamlValue container = mainContainer(w, workloadName);
        out.image = str(container["image"]);
        const bool hasPorts = !services.isEmpty() || (container["ports"] && container["ports"].size() > 0);
        const QString type = serviceTypeFor(out.image, w.job, hasPorts);
        out.keys.append({QStringLiteral("display_name"), tomlString(displayNameFrom(out.id))});
        out.keys.append({QStringLiteral("type"), tomlString(type)});
        log.approximated(QStringLiteral("type"), QStringLiteral("'%1', from the image and what the workload does").arg(type));
        bool exact = false;
        const QString version = versionFromTag(imageTag(out.image), &exact);
        out.keys.append({QStringLiteral("version"), tomlString(version.isEmpty() ? QStringLiteral("0.0.0") : version)});
        if (version.isEmpty())
            log.approximated(QStringLiteral("version"),
                             QStringLiteral("the image tag '%1' is not a version: 0.0.0 until someone "
                                            "writes the release it runs")
                                 .arg(imageTag(out.image)));
        else if (!exact)
            log.approximated(QStringLiteral("version"),
                             QStringLiteral("%1, from the image tag '%2'").arg(version, imageTag(out.image)));
        out.keys.append({QStringLiteral("image"), tomlString(out.image)});
        log.carried(QStringLiteral("image"));

        if (w.object->kind == QLatin1String("DaemonSet"))
            log.approximated(QStringLiteral("kind"),
                             QStringLiteral("a DaemonSet runs one pod per node; the registry runs replicas"));
        else if (w.object->kind == QLatin1String("Pod") || w.object->kind == QLatin1String("ReplicaSet"))
            log.approximated(QStringLiteral("kind"), QStringLiteral("generate writes a Deployment"));
        if (!w.schedule.isEmpty()) {
            out.keys.append({QStringLiteral("schedule"), tomlString(w.schedule)});
            log.carried(QStringLiteral("schedule"));
        }
        if (w.job) {
            const QString restart = str(w.pod["restartPolicy"]);
            out.keys.append(
                {QStringLiteral("restart"),
                 tomlString(restart == QLatin1String("OnFailure") ? QStringLiteral("on-failure") : QStringLiteral("no"))});
            log.carried(QStringLiteral("restartPolicy"));
        }
        if (!w.job) {
            const qint64 replicas = integer(w.object->node["spec"]["replicas"], 1);
            out.replicas = int(replicas);
            log.carried(QStringLiteral("replicas"));
        }

        if (str(container["name"]) != out.id) {
            out.keys.append({QStringLiteral("main_container"), tomlString(str(container["name"]))});
        }
        log.carried(QStringLiteral("containers.name"));
        const YamlValue containers = w.pod["containers"];
        for (const YamlValue &c : (containers).items()) {
            if (str(c["name"]) != str(container["name"]))
                log.notCarried(QStringLiteral("containers.") + str(c["name"]),
                               QStringLiteral("a sidecar: a service has one container; make it a service of its own, or let "
                                              "the mesh inject it"));
        }

        addPorts(out, log, container, services, main);
        addCommand(out, log, container);
        addEnvironment(out, log, container);
        addResources(out, log, container["resources"]);
        addProbes(out, log, container);
        addVolumes(out, log, w, container);
        addSecurity(out, log, w.pod["securityContext"], container["securityContext"]);
        addInitContainers(out, log, w.pod["initContainers"]);
        addPodSettings(out, log, w, main);
        return out;
    }

    void addPorts(ImportedService &out, FactLog &log, const YamlValue &container, const QList<const ManifestObject *> &services,
                  const ManifestObject *main)
    {
        struct ContainerPort
        {
            QString name;
            int number = 0;
            QString protocol;
            bool used = false;
        };
        QList<ContainerPort> containerPorts;
        for (const YamlValue &p : (container["ports"]).items())
            containerPorts.append({str(p["name"]), int(integer(p["containerPort"], 0)), str(p["protocol"])});
        auto findContainerPort = [&](const YamlValue &target) -> ContainerPort * {
            const QString text = str(target);
            for (ContainerPort &c : containerPorts) {
                if ((!c.name.isEmpty() && c.name == text) || QString::number(c.number) == text)
                    return &c;
            }
            return nullptr;
        };
        QList<QByteArray> ports;
        QList<QByteArray> exposures;
        QStringList names;
        auto addPort
            = [&](const QString &portName, int port, int containerPort, const QString &protocol, const QString &transport) {
                  InlineTable t;
                  if (!portName.isEmpty())
                      t.add(QStringLiteral("name"), portName);
                  t.add(QStringLiteral("port"), qint64(port));
                  if (containerPort && containerPort != port)
                      t.add(QStringLiteral("container_port"), qint64(containerPort));
                  if (!protocol.isEmpty())
                      t.add(QStringLiteral("protocol"), protocol);
                  else if (transport == QLatin1String("UDP"))
                      t.add(QStringLiteral("protocol"), QStringLiteral("udp"));
                  else if (transport == QLatin1String("SCTP"))
                      t.add(QStringLiteral("transport"), QStringLiteral("sctp"));
                  ports.append(t.text());
                  names.append(portName);
                  m_portNumbers[out.id].insert(port, portName);
              };
        if (main) {
            for (const YamlValue &p : (main->node["spec"]["ports"]).items()) {
                const QString portName = str(p["name"]);
                const int port = int(integer(p["port"], 0));
                ContainerPort *c = findContainerPort(p["targetPort"] ? p["targetPort"] : p["port"]);
                int target = int(integer(p["targetPort"], 0));
                if (c) {
                    c->used = true;
                    target = c->number;
                }
                if (!target && p["targetPort"])
                    log.approximated(QStringLiteral("ports.") + portName,
                                     QStringLiteral("targetPort '%1' names no container port: the service port is used")
                                         .arg(str(p["targetPort"])));
                QString protocol = protocolOf(str(p["appProtocol"]), portName);
                if (protocol.isEmpty() && c)
                    protocol = protocolOf({}, c->name);
                addPort(portName.isEmpty() && c ? c->name : portName, port, target, protocol, str(p["protocol"]));
                log.carried(QStringLiteral("ports.") + (portName.isEmpty() ? QString::number(port) : portName));
            }
            if (main->node["metadata"]["annotations"].IsMap())
                addMap(out, QStringLiteral("service_annotations"), main->node["metadata"]["annotations"], log, {});
        }
        for (const ContainerPort &c : std::as_const(containerPorts)) {
            if (c.used || !c.number)
                continue;
            addPort(c.name, c.number, 0, protocolOf({}, c.name), c.protocol);
            if (main)
                log.approximated(QStringLiteral("ports.") + (c.name.isEmpty() ? QString::number(c.number) : c.name),
                                 QStringLiteral("a container port no Service maps: generate adds it to the Service"));
            else
                log.carried(QStringLiteral("ports.") + (c.name.isEmpty() ? QString::number(c.number) : c.name));
        }
        if (!main && !ports.isEmpty())
            log.approximated(QStringLiteral("Service"),
                             QStringLiteral("no ClusterIP Service selects the pods: generate writes one "
                                            "named '%1'")
                                 .arg(out.id));
        // Node ports and load balancers: exposures named after their Service.
        for (const ManifestObject *s : services) {
            if (s == main)
                continue;
            const QString type = str(s->node["spec"]["type"]);
            const QString serviceName = name(s->node);
            FactLog exposureLog(m_project.facts, s->label());
            if (type != QLatin1String("LoadBalancer") && type != QLatin1String("NodePort")) {
                exposureLog.notCarried(
                    QStringLiteral("(object)"),
                    str(s->node["spec"]["clusterIP"]) == QLatin1String("None")
                        ? QStringLiteral("a headless Service: generate writes one for stateful services")
                        : QStringLiteral("a second ClusterIP Service of '%1': a service has one name").arg(out.id));
                continue;
            }
            for (const YamlValue &p : (s->node["spec"]["ports"]).items()) {
                ContainerPort *c = findContainerPort(p["targetPort"] ? p["targetPort"] : p["port"]);
                const int port = int(integer(p["port"], 0));
                QString portRef;
                // The exposure names one of the service's ports: the one mapping the same container port.
                for (qsizetype i = 0; i < names.size(); ++i) {
                    if (c && ports[i].contains(QByteArray(QByteArray("port = ") + QByteArray::number(c->number))))
                        portRef = names[i];
                }
                if (portRef.isEmpty()) {
                    addPort(str(p["name"]), port, c ? c->number : 0, protocolOf(str(p["appProtocol"]), str(p["name"])),
                            str(p["protocol"]));
                    portRef = str(p["name"]);
                }
                InlineTable e;
                e.add(QStringLiteral("type"),
                      type == QLatin1String("LoadBalancer") ? QStringLiteral("load-balancer") : QStringLiteral("node-port"));
                if (!portRef.isEmpty())
                    e.add(QStringLiteral("port"), portRef);
                if (const qint64 nodePort = integer(p["nodePort"], 0))
                    e.add(QStringLiteral("node_port"), nodePort);
                e.add(QStringLiteral("name"), serviceName);
                exposures.append(e.text());
                exposureLog.carried(QStringLiteral("spec.ports.") + (portRef.isEmpty() ? QString::number(port) : portRef));
                if (port != (c ? c->number : port) && !portRef.isEmpty())
                    exposureLog.approximated(QStringLiteral("spec.ports.port"),
                                             QStringLiteral("the exposure uses the service port of '%1'").arg(portRef));
            }
            exposureLog.carried(QStringLiteral("spec.type"));
            if (s->node["metadata"]["annotations"] && s->node["metadata"]["annotations"].IsMap()
                && s->node["metadata"]["annotations"].size())
                exposureLog.approximated(QStringLiteral("metadata.annotations"),
                                         QStringLiteral("service_annotations go on every Service of the service"));
            if (s->node["metadata"]["annotations"] && s->node["metadata"]["annotations"].IsMap())
                addMap(out, QStringLiteral("service_annotations"), s->node["metadata"]["annotations"], exposureLog, {});
        }
        for (const ManifestObject *i : m_ingresses)
            addIngress(out, i, main, names, exposures);
        if (!ports.isEmpty())
            out.keys.append({QStringLiteral("ports"), tomlTableList(ports)});
        if (!exposures.isEmpty())
            out.keys.append({QStringLiteral("expose"), tomlTableList(exposures)});
    }

    void addIngress(ImportedService &out, const ManifestObject *ingress, const ManifestObject *main, const QStringList &portNames,
                    QList<QByteArray> &exposures)
    {
        if (!main)
            return;
        FactLog log(m_project.facts, ingress->label());
        const YamlValue spec = ingress->node["spec"];
        int rules = 0;
        for (const YamlValue &rule : (spec["rules"]).items()) {
            for (const YamlValue &path : (rule["http"]["paths"]).items()) {
                const YamlValue backend = path["backend"]["service"];
                if (str(backend["name"]) != name(main->node))
                    continue;
                InlineTable e;
                e.add(QStringLiteral("type"), QStringLiteral("ingress"));
                const QString portName = str(backend["port"]["name"]);
                if (!portName.isEmpty() && portNames.contains(portName))
                    e.add(QStringLiteral("port"), portName);
                else if (backend["port"]["number"])
                    e.add(QStringLiteral("port"), QString::number(integer(backend["port"]["number"], 0)));
                e.add(QStringLiteral("host"), str(rule["host"]));
                if (!str(path["path"]).isEmpty() && str(path["path"]) != QLatin1String("/"))
                    e.add(QStringLiteral("path"), str(path["path"]));
                if (str(path["pathType"]) == QLatin1String("Exact"))
                    log.approximated(QStringLiteral("pathType"), QStringLiteral("Exact becomes Prefix"));
                for (const YamlValue &tls : (spec["tls"]).items()) {
                    if (strings(tls["hosts"]).contains(str(rule["host"])))
                        e.add(QStringLiteral("tls_secret"), str(tls["secretName"]));
                }
                if (spec["ingressClassName"])
                    e.add(QStringLiteral("ingress_class"), str(spec["ingressClassName"]));
                if (++rules == 1 && name(ingress->node) != out.id)
                    e.add(QStringLiteral("name"), name(ingress->node));
                else if (rules > 1)
                    log.approximated(QStringLiteral("spec.rules"), QStringLiteral("each rule becomes an Ingress of its own"));
                if (str(rule["host"]).isEmpty()) {
                    log.notCarried(QStringLiteral("spec.rules.host"),
                                   QStringLiteral("an ingress without a host: the registry needs one"));
                    continue;
                }
                exposures.append(e.text());
                log.carried(QStringLiteral("spec.rules.") + str(rule["host"]) + str(path["path"]));
            }
        }
        if (ingress->node["metadata"]["annotations"] && ingress->node["metadata"]["annotations"].size())
            log.notCarried(QStringLiteral("metadata.annotations"),
                           QStringLiteral("an Ingress's annotations are not in the registry"));
    }

    void addCommand(ImportedService &out, FactLog &log, const YamlValue &container)
    {
        if (container["command"]) {
            out.keys.append({QStringLiteral("command"), tomlStrings(strings(container["command"]))});
            log.carried(QStringLiteral("command"));
        }
        if (container["args"]) {
            out.keys.append({QStringLiteral("args"), tomlStrings(strings(container["args"]))});
            log.carried(QStringLiteral("args"));
        }
        if (container["workingDir"]) {
            out.keys.append({QStringLiteral("working_dir"), tomlString(str(container["workingDir"]))});
            log.carried(QStringLiteral("workingDir"));
        }
    }

    void addEnvironment(ImportedService &out, FactLog &log, const YamlValue &container)
    {
        InlineTable environment;
        InlineTable secrets;
        QList<std::pair<QString, QString>> values;
        for (const YamlValue &e : (container["env"]).items()) {
            const QString variable = str(e["name"]);
            const QString field = QStringLiteral("env.") + variable;
            if (e["value"] || !e["valueFrom"]) {
                environment.add(variable, str(e["value"]));
                values.append({variable, str(e["value"])});
                log.carried(field);
                continue;
            }
            const YamlValue from = e["valueFrom"];
            if (from["configMapKeyRef"]) {
                const QString map = str(from["configMapKeyRef"]["name"]);
                const QString key = str(from["configMapKeyRef"]["key"]);
                const ManifestObject *cm = m_configMaps.value(map);
                if (cm && cm->node["data"][key.toStdString()]) {
                    const QString value = str(cm->node["data"][key.toStdString()]);
                    environment.add(variable, value);
                    values.append({variable, value});
                    log.approximated(field,
                                     QStringLiteral("the value of ConfigMap %1, key %2, written in the service").arg(map, key));
                } else {
                    log.notCarried(field, QStringLiteral("ConfigMap %1 (key %2) is not among the imported files").arg(map, key));
                }
            } else if (from["secretKeyRef"]) {
                secrets.add(variable,
                            QStringLiteral("k8s:%1#%2").arg(str(from["secretKeyRef"]["name"]), str(from["secretKeyRef"]["key"])));
                log.carried(field);
            } else {
                log.notCarried(field,
                               QStringLiteral("fieldRef and resourceFieldRef (the pod's own data) are not in the registry"));
            }
        }
        for (const YamlValue &from : (container["envFrom"]).items()) {
            if (from["configMapRef"]) {
                const QString map = str(from["configMapRef"]["name"]);
                const ManifestObject *cm = m_configMaps.value(map);
                if (!cm) {
                    log.notCarried(QStringLiteral("envFrom.") + map,
                                   QStringLiteral("ConfigMap %1 is not among the imported files").arg(map));
                    continue;
                }
                for (const auto &pair : (cm->node["data"]).entries()) {
                    const QString variable = pair.first;
                    environment.add(variable, str(pair.second));
                    values.append({variable, str(pair.second)});
                }
                log.approximated(QStringLiteral("envFrom.") + map,
                                 QStringLiteral("each key of ConfigMap %1 becomes a variable of the service").arg(map));
            } else if (from["secretRef"]) {
                const QString secret = str(from["secretRef"]["name"]);
                const ManifestObject *s = m_secrets.value(secret);
                if (!s) {
                    log.notCarried(
                        QStringLiteral("envFrom.") + secret,
                        QStringLiteral("Secret %1 is not among the imported files, so its keys are unknown").arg(secret));
                    continue;
                }
                for (const char *section : {"data", "stringData"}) {
                    for (const auto &pair : (s->node[section]).entries()) {
                        const QString key = pair.first;
                        secrets.add(key, QStringLiteral("k8s:%1#%2").arg(secret, key));
                    }
                }
                log.carried(QStringLiteral("envFrom.") + secret);
            }
        }
        if (!environment.isEmpty())
            out.keys.append({QStringLiteral("environment"), environment.text()});
        if (!secrets.isEmpty())
            out.keys.append({QStringLiteral("secrets"), secrets.text()});
        m_environment.insert(out.id, values);
    }

    static void addResources(ImportedService &out, FactLog &log, const YamlValue &resources)
    {
        InlineTable t;
        const std::pair<const char *, const char *> keys[]
            = {{"requests", "cpu"}, {"requests", "memory"}, {"limits", "cpu"}, {"limits", "memory"}};
        for (const auto &[section, what] : keys) {
            const QString value = str(resources[section][what]);
            if (value.isEmpty())
                continue;
            t.add(QString::fromLatin1(what) + (qstrcmp(section, "limits") == 0 ? QStringLiteral("_limit") : QString()), value);
            log.carried(QStringLiteral("resources.%1.%2").arg(QLatin1String(section), QLatin1String(what)));
        }
        if (!t.isEmpty())
            out.keys.append({QStringLiteral("resources"), t.text()});
    }

    /// A probe as a health check table; the port by number (a named port resolved).
    static QByteArray probe(const YamlValue &p, const YamlValue &container, FactLog &log, const QString &field)
    {
        auto portNumber = [&](const YamlValue &port) -> qint64 {
            const qint64 n = integer(port, 0);
            if (n)
                return n;
            for (const YamlValue &c : (container["ports"]).items()) {
                if (str(c["name"]) == str(port))
                    return integer(c["containerPort"], 0);
            }
            return 0;
        };
        InlineTable t;
        if (p["httpGet"]) {
            const YamlValue h = p["httpGet"];
            t.add(QStringLiteral("type"), QStringLiteral("http"));
            t.add(QStringLiteral("path"), str(h["path"]).isEmpty() ? QStringLiteral("/") : str(h["path"]));
            if (const qint64 port = portNumber(h["port"]))
                t.add(QStringLiteral("port"), port);
            if (h["httpHeaders"] && h["httpHeaders"].size()) {
                InlineTable headers;
                for (const YamlValue &header : (h["httpHeaders"]).items())
                    headers.add(str(header["name"]), str(header["value"]));
                t.add(QStringLiteral("headers"), headers.text());
            }
            if (str(h["scheme"]) == QLatin1String("HTTPS"))
                log.notCarried(field + QStringLiteral(".scheme"),
                               QStringLiteral("HTTPS probes are not in the registry: the check uses HTTP"));
        } else if (p["tcpSocket"]) {
            t.add(QStringLiteral("type"), QStringLiteral("tcp"));
            if (const qint64 port = portNumber(p["tcpSocket"]["port"]))
                t.add(QStringLiteral("port"), port);
        } else if (p["grpc"]) {
            t.add(QStringLiteral("type"), QStringLiteral("grpc"));
            t.add(QStringLiteral("port"), integer(p["grpc"]["port"], 0));
            if (p["grpc"]["service"])
                log.notCarried(field + QStringLiteral(".service"),
                               QStringLiteral("the gRPC health service name is not in the registry"));
        } else if (p["exec"]) {
            t.add(QStringLiteral("type"), QStringLiteral("command"));
            t.add(QStringLiteral("exec"), tomlStrings(strings(p["exec"]["command"])));
        } else {
            return {};
        }
        if (p["periodSeconds"])
            t.add(QStringLiteral("interval"), durationFromSeconds(integer(p["periodSeconds"], 10)));
        // Kubernetes' own default timeout is 1 s, the registry's 2 s: always say it.
        t.add(QStringLiteral("timeout"), durationFromSeconds(integer(p["timeoutSeconds"], 1)));
        if (p["failureThreshold"])
            t.add(QStringLiteral("retries"), integer(p["failureThreshold"], 3));
        if (p["initialDelaySeconds"])
            t.add(QStringLiteral("initial_delay"), durationFromSeconds(integer(p["initialDelaySeconds"], 0)));
        if (integer(p["successThreshold"], 1) != 1)
            log.notCarried(field + QStringLiteral(".successThreshold"), QStringLiteral("the registry's checks succeed once"));
        log.carried(field);
        return t.text();
    }

    static void addProbes(ImportedService &out, FactLog &log, const YamlValue &container)
    {
        const QByteArray liveness = container["livenessProbe"]
            ? probe(container["livenessProbe"], container, log, QStringLiteral("livenessProbe"))
            : QByteArray();
        const QByteArray readiness = container["readinessProbe"]
            ? probe(container["readinessProbe"], container, log, QStringLiteral("readinessProbe"))
            : QByteArray();
        const QByteArray startup = container["startupProbe"]
            ? probe(container["startupProbe"], container, log, QStringLiteral("startupProbe"))
            : QByteArray();
        if (!liveness.isEmpty() && liveness == readiness) {
            out.keys.append({QStringLiteral("health_check"), liveness});
        } else {
            if (!liveness.isEmpty())
                out.keys.append({QStringLiteral("probes.liveness"), liveness});
            if (!readiness.isEmpty())
                out.keys.append({QStringLiteral("probes.readiness"), readiness});
        }
        if (!startup.isEmpty())
            out.keys.append({QStringLiteral("probes.startup"), startup});
    }

    void addVolumes(ImportedService &out, FactLog &log, const Workload &w, const YamlValue &container)
    {
        QHash<QString, YamlValue> podVolumes;
        for (const YamlValue &v : (w.pod["volumes"]).items())
            podVolumes.insert(str(v["name"]), v);
        QHash<QString, YamlValue> claimTemplates;
        for (const YamlValue &t : (w.object->node["spec"]["volumeClaimTemplates"]).items())
            claimTemplates.insert(name(t), t["spec"]);
        QList<QByteArray> volumes;
        QSet<QString> used;
        auto persistent = [&](InlineTable &t, const YamlValue &spec) {
            t.add(QStringLiteral("type"), QStringLiteral("persistent"));
            const QString size = str(spec["resources"]["requests"]["storage"]);
            t.add(QStringLiteral("size"), size.isEmpty() ? QStringLiteral("1Gi") : size);
            if (spec["storageClassName"])
                t.add(QStringLiteral("storage_class"), str(spec["storageClassName"]));
            const QStringList modes = strings(spec["accessModes"]);
            if (!modes.isEmpty() && modes.first() != QLatin1String("ReadWriteOnce"))
                t.add(QStringLiteral("access_mode"), modes.first());
        };
        for (const YamlValue &m : (container["volumeMounts"]).items()) {
            const QString volumeName = str(m["name"]);
            const QString field = QStringLiteral("volumes.") + volumeName;
            const QString path = str(m["mountPath"]);
            const bool readOnly = boolean(m["readOnly"]).value_or(false);
            const QString subPath = str(m["subPath"]);
            QString id = serviceIdFrom(volumeName);
            if (used.contains(id)) {
                log.notCarried(field + QLatin1Char('@') + path,
                               QStringLiteral("the same volume mounted twice: the registry mounts each once"));
                continue;
            }
            InlineTable t;
            t.add(QStringLiteral("name"), id);
            if (claimTemplates.contains(volumeName)) {
                persistent(t, claimTemplates.value(volumeName));
                t.add(QStringLiteral("mount_path"), path);
                log.carried(field);
            } else if (!podVolumes.contains(volumeName)) {
                log.notCarried(field, QStringLiteral("the pod has no volume of that name"));
                continue;
            } else {
                const YamlValue v = podVolumes.value(volumeName);
                if (v["emptyDir"]) {
                    t.add(QStringLiteral("type"), QStringLiteral("ephemeral"));
                    t.add(QStringLiteral("mount_path"), path);
                    if (v["emptyDir"]["sizeLimit"])
                        t.add(QStringLiteral("size"), str(v["emptyDir"]["sizeLimit"]));
                    if (str(v["emptyDir"]["medium"]) == QLatin1String("Memory"))
                        log.notCarried(field + QStringLiteral(".medium"),
                                       QStringLiteral("a memory-backed emptyDir: the registry's is on disk"));
                    log.carried(field);
                } else if (v["persistentVolumeClaim"]) {
                    const QString claim = str(v["persistentVolumeClaim"]["claimName"]);
                    const ManifestObject *pvc = m_claims.value(claim);
                    persistent(t, pvc ? pvc->node["spec"] : YamlValue());
                    t.add(QStringLiteral("mount_path"), path);
                    if (pvc)
                        log.approximated(field,
                                         QStringLiteral("claim %1 becomes '%2-%3', the generator's name").arg(claim, out.id, id));
                    else
                        log.approximated(field, QStringLiteral("claim %1 is not among the imported files: 1Gi").arg(claim));
                } else if (v["configMap"]) {
                    const QString map = str(v["configMap"]["name"]);
                    const ManifestObject *cm = m_configMaps.value(map);
                    QString key = subPath;
                    qint64 mode = integer(v["configMap"]["defaultMode"], -1);
                    for (const YamlValue &item : (v["configMap"]["items"]).items()) {
                        if (key.isEmpty() || str(item["path"]) == subPath) {
                            if (subPath.isEmpty() && v["configMap"]["items"].size() == 1)
                                log.approximated(field, QStringLiteral("one file mounted at %1/%2").arg(path, str(item["path"])));
                            key = str(item["key"]);
                            if (item["mode"])
                                mode = integer(item["mode"], -1);
                        }
                    }
                    if (!cm || key.isEmpty() || !cm->node["data"][key.toStdString()]) {
                        log.notCarried(field,
                                       cm ? QStringLiteral("a whole ConfigMap mounted as a folder: mount each file with subPath")
                                          : QStringLiteral("ConfigMap %1 is not among the imported files").arg(map));
                        continue;
                    }
                    t.add(QStringLiteral("type"), QStringLiteral("config"));
                    t.add(QStringLiteral("mount_path"),
                          subPath.isEmpty() && v["configMap"]["items"]
                              ? path + QLatin1Char('/') + str(v["configMap"]["items"][0]["path"])
                              : path);
                    t.add(QStringLiteral("content"), str(cm->node["data"][key.toStdString()]));
                    if (mode >= 0)
                        t.add(QStringLiteral("mode"), QStringLiteral("0%1").arg(mode, 3, 8, QLatin1Char('0')));
                    if (!readOnly)
                        t.add(QStringLiteral("read_only"), false);
                    log.carried(field);
                } else if (v["secret"]) {
                    log.notCarried(field,
                                   QStringLiteral("files from a Secret are not in the registry: the deployer mounts them"));
                    continue;
                } else {
                    log.notCarried(field,
                                   QStringLiteral("this kind of volume (hostPath, projected, CSI …) is not in the registry"));
                    continue;
                }
            }
            if (readOnly && !podVolumes.value(volumeName)["configMap"])
                t.add(QStringLiteral("read_only"), true);
            used.insert(id);
            volumes.append(t.text());
        }
        if (!volumes.isEmpty())
            out.keys.append({QStringLiteral("volumes"), tomlTableList(volumes)});
    }

    static void addSecurity(ImportedService &out, FactLog &log, const YamlValue &pod, const YamlValue &container)
    {
        InlineTable t;
        auto number = [&](const char *key, const char *toml) {
            const YamlValue c = container[key];
            const YamlValue p = pod[key];
            if (c) {
                t.add(QString::fromLatin1(toml), integer(c, 0));
                log.carried(QStringLiteral("securityContext.") + QLatin1String(key));
            } else if (p) {
                t.add(QString::fromLatin1(toml), integer(p, 0));
                log.approximated(QStringLiteral("securityContext.") + QLatin1String(key),
                                 QStringLiteral("the pod's setting, written on the container"));
            }
        };
        auto flag = [&](const YamlValue &node, const char *key, const char *toml) {
            if (const auto value = boolean(node[key])) {
                t.add(QString::fromLatin1(toml), *value);
                log.carried(QStringLiteral("securityContext.") + QLatin1String(key));
            }
        };
        number("runAsUser", "run_as_user");
        number("runAsGroup", "run_as_group");
        if (pod["fsGroup"]) {
            t.add(QStringLiteral("fs_group"), integer(pod["fsGroup"], 0));
            log.carried(QStringLiteral("securityContext.fsGroup"));
        }
        flag(container["runAsNonRoot"] ? container : pod, "runAsNonRoot", "run_as_non_root");
        flag(container, "readOnlyRootFilesystem", "read_only_root_fs");
        flag(container, "allowPrivilegeEscalation", "allow_privilege_escalation");
        flag(container, "privileged", "privileged");
        if (container["capabilities"]["drop"]) {
            t.add(QStringLiteral("capabilities_drop"), tomlStrings(strings(container["capabilities"]["drop"])));
            log.carried(QStringLiteral("securityContext.capabilities.drop"));
        }
        if (container["capabilities"]["add"]) {
            t.add(QStringLiteral("capabilities_add"), tomlStrings(strings(container["capabilities"]["add"])));
            log.carried(QStringLiteral("securityContext.capabilities.add"));
        }
        for (const YamlValue &node : {pod, container}) {
            if (node["seccompProfile"])
                log.notCarried(QStringLiteral("securityContext.seccompProfile"),
                               QStringLiteral("not in the registry; the runtime's default applies"));
        }
        if (!t.isEmpty())
            out.keys.append({QStringLiteral("security"), t.text()});
    }

    static void addInitContainers(ImportedService &out, FactLog &log, const YamlValue &inits)
    {
        QList<QByteArray> list;
        for (const YamlValue &c : (inits).items()) {
            const QString field = QStringLiteral("initContainers.") + str(c["name"]);
            InlineTable t;
            t.add(QStringLiteral("name"), serviceIdFrom(str(c["name"])));
            t.add(QStringLiteral("image"), str(c["image"]));
            if (c["command"])
                t.add(QStringLiteral("command"), tomlStrings(strings(c["command"])));
            if (c["args"])
                t.add(QStringLiteral("args"), tomlStrings(strings(c["args"])));
            InlineTable env;
            for (const YamlValue &e : (c["env"]).items()) {
                if (e["valueFrom"])
                    log.notCarried(field + QStringLiteral(".env.") + str(e["name"]),
                                   QStringLiteral("an init container's variables are literal values in the registry"));
                else
                    env.add(str(e["name"]), str(e["value"]));
            }
            if (!env.isEmpty())
                t.add(QStringLiteral("environment"), env.text());
            if (c["volumeMounts"] && c["volumeMounts"].size())
                log.notCarried(field + QStringLiteral(".volumeMounts"),
                               QStringLiteral("init containers mount no volumes in the registry"));
            list.append(t.text());
            log.carried(field);
        }
        if (!list.isEmpty())
            out.keys.append({QStringLiteral("init_containers"), tomlTableList(list)});
    }

    void addPodSettings(ImportedService &out, FactLog &log, const Workload &w, const ManifestObject *main)
    {
        Q_UNUSED(main)
        const QString account = str(w.pod["serviceAccountName"]);
        if (!account.isEmpty() && account != QLatin1String("default")) {
            out.keys.append({QStringLiteral("service_account"), tomlString(account)});
            if (!m_accounts.contains(account)) {
                out.keys.append({QStringLiteral("service_account_exists"), QByteArray("true")});
                log.approximated(
                    QStringLiteral("serviceAccountName"),
                    QStringLiteral("ServiceAccount %1 is not among the imported files: it exists elsewhere").arg(account));
            } else {
                log.carried(QStringLiteral("serviceAccountName"));
            }
        }
        if (w.pod["terminationGracePeriodSeconds"]) {
            out.keys.append({QStringLiteral("termination_grace_period"),
                             tomlString(durationFromSeconds(integer(w.pod["terminationGracePeriodSeconds"], 30)))});
            log.carried(QStringLiteral("terminationGracePeriodSeconds"));
        }
        static const QStringList generated{QStringLiteral("app.kubernetes.io/name"),
                                           QStringLiteral("app.kubernetes.io/instance"),
                                           QStringLiteral("app.kubernetes.io/version"),
                                           QStringLiteral("app.kubernetes.io/component"),
                                           QStringLiteral("app.kubernetes.io/part-of"),
                                           QStringLiteral("app.kubernetes.io/managed-by"),
                                           QStringLiteral("helm.sh/chart")};
        addMap(out, QStringLiteral("labels"), w.podMetadata["labels"], log, generated);
        addMap(out, QStringLiteral("annotations"), w.podMetadata["annotations"], log, {QStringLiteral("checksum/config")});
        for (const char *key :
             {"nodeSelector", "affinity", "tolerations", "topologySpreadConstraints", "hostNetwork", "dnsPolicy"}) {
            if (w.pod[key])
                log.notCarried(QString::fromLatin1(key),
                               QStringLiteral("scheduling and host settings are the cluster's, not the registry's"));
        }
    }

    static void addMap(ImportedService &out, const QString &key, const YamlValue &map, FactLog &log, const QStringList &skip)
    {
        if (!map || !map.IsMap())
            return;
        QByteArray *existing = nullptr;
        for (auto &[k, v] : out.keys) {
            if (k == key)
                existing = &v;
        }
        InlineTable t;
        int count = 0;
        for (const auto &pair : (map).entries()) {
            const QString k = pair.first;
            if (skip.contains(k))
                continue;
            if (existing && existing->contains(QByteArray(TomlTextEditor::formatKey(k) + " = ")))
                continue;
            t.add(k, str(pair.second));
            log.carried(key + QLatin1Char('.') + k);
            ++count;
        }
        if (!count)
            return;
        if (existing)
            *existing = existing->chopped(2) + ", " + t.text().mid(2);
        else
            out.keys.append({key, t.text()});
    }

    /// `*_ADDR`, `*_HOST`, `*_URL` … values naming another imported Service become dependencies.
    void resolveDependencies()
    {
        static const QRegularExpression variable(QStringLiteral("(_ADDR|_ADDRESS|_HOST|_URL|_URI|_ENDPOINT|_SERVICE)$"));
        static const QRegularExpression address(
            QStringLiteral("(?:^|[/@,;\\s])([a-z0-9]([-a-z0-9]*[a-z0-9])?)(?:\\.[a-z0-9-]+)*(?::([0-9]+))?(?=$|[/?#,;\\s])"));
        for (ImportedService &s : m_project.services) {
            QList<QByteArray> required;
            QSet<QString> seen;
            FactLog log(m_project.facts, s.object);
            for (const auto &[name, value] : m_environment.value(s.id)) {
                if (!variable.match(name).hasMatch() && !value.contains(QLatin1String("://")))
                    continue;
                auto it = address.globalMatch(value);
                while (it.hasNext()) {
                    const auto m = it.next();
                    const QString target = m_serviceIds.value(m.captured(1));
                    if (target.isEmpty() || target == s.id || seen.contains(target))
                        continue;
                    seen.insert(target);
                    InlineTable d;
                    d.add(QStringLiteral("service"), target);
                    const QString portName = m_portNumbers.value(target).value(m.captured(3).toInt());
                    if (!portName.isEmpty())
                        d.add(QStringLiteral("port"), portName);
                    required.append(d.text());
                    log.approximated(QStringLiteral("env.") + name,
                                     QStringLiteral("names Service %1: a dependency of the service").arg(m.captured(1)));
                }
            }
            if (!required.isEmpty())
                s.keys.append({QStringLiteral("dependencies.requires"), tomlTableList(required)});
        }
    }

    const QList<ManifestObject> &m_objects;
    ImportedProject m_project;
    QList<Workload> m_workloads;
    QList<const ManifestObject *> m_services;
    QList<const ManifestObject *> m_ingresses;
    QHash<QString, const ManifestObject *> m_configMaps;
    QHash<QString, const ManifestObject *> m_secrets;
    QHash<QString, const ManifestObject *> m_claims;
    QSet<QString> m_accounts;
    QHash<QString, QString> m_serviceIds; ///< Service or workload name → service id
    QHash<QString, QMap<int, QString>> m_portNumbers; ///< service id → port number → port name
    QHash<QString, QList<std::pair<QString, QString>>> m_environment; ///< service id → its variables
};

} // namespace

std::optional<ImportedProject> KubernetesImporter::read(const QStringList &paths, ImportError *error)
{
    const auto files = readManifestFiles(paths, error);
    if (!files)
        return std::nullopt;
    return readTexts(*files, error);
}

std::optional<ImportedProject> KubernetesImporter::readTexts(const QList<std::pair<QString, QByteArray>> &files,
                                                             ImportError *error)
{
    const auto objects = parseManifests(files, error);
    if (!objects)
        return std::nullopt;
    return Reader(*objects).read();
}

} // namespace sr
