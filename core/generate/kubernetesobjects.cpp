#include "generate/kubernetesobjects_p.h"

#include "catalog/servicefields.h"
#include "generate/generationcontext.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QRegularExpression>

namespace sr {

namespace {

QJsonObject object(const QString &apiVersion, const QString &kind, const QJsonObject &metadata, const QJsonObject &spec,
                   const QString &specKey = QStringLiteral("spec"))
{
    QJsonObject out{
        {QStringLiteral("apiVersion"), apiVersion}, {QStringLiteral("kind"), kind}, {QStringLiteral("metadata"), metadata}};
    if (!spec.isEmpty())
        out.insert(specKey, spec);
    return out;
}

QJsonObject metadata(const GenerationContext &context, const QString &name, const QJsonObject &labels,
                     const QMap<QString, QString> &annotations = {})
{
    QJsonObject out{{QStringLiteral("name"), name},
                    {QStringLiteral("namespace"), context.kubernetesNamespace()},
                    {QStringLiteral("labels"), labels}};
    if (!annotations.isEmpty()) {
        QJsonObject a;
        for (auto it = annotations.cbegin(); it != annotations.cend(); ++it)
            a.insert(it.key(), it.value());
        out.insert(QStringLiteral("annotations"), a);
    }
    return out;
}

QJsonObject selectorLabels(const Service &service)
{
    return {{QStringLiteral("app.kubernetes.io/name"), service.id}, {QStringLiteral("app.kubernetes.io/instance"), service.id}};
}

QJsonValue quantity(const QString &text)
{
    return text; // quantities are strings in the API ("500m", "1Gi")
}

QJsonObject probe(const HealthCheck &check, const Service &service)
{
    const int port = check.port ? check.port : service.ports.isEmpty() ? 0 : service.ports.first().targetPort();
    QJsonObject out;
    if (check.type == QLatin1String("command")) {
        const QStringList command
            = !check.exec.isEmpty() ? check.exec : QStringList{QStringLiteral("sh"), QStringLiteral("-c"), check.command};
        out.insert(QStringLiteral("exec"), QJsonObject{{QStringLiteral("command"), QJsonArray::fromStringList(command)}});
    } else if (check.type == QLatin1String("grpc")) {
        out.insert(QStringLiteral("grpc"), QJsonObject{{QStringLiteral("port"), port}});
    } else if (check.type == QLatin1String("tcp")) {
        out.insert(QStringLiteral("tcpSocket"), QJsonObject{{QStringLiteral("port"), port}});
    } else {
        QJsonObject http{{QStringLiteral("path"), check.path.isEmpty() ? QStringLiteral("/") : check.path},
                         {QStringLiteral("port"), port}};
        if (check.type == QLatin1String("https"))
            http.insert(QStringLiteral("scheme"), QStringLiteral("HTTPS"));
        QJsonArray headers;
        for (auto it = check.headers.cbegin(); it != check.headers.cend(); ++it)
            headers.append(QJsonObject{{QStringLiteral("name"), it.key()}, {QStringLiteral("value"), it.value()}});
        if (!headers.isEmpty())
            http.insert(QStringLiteral("httpHeaders"), headers);
        out.insert(QStringLiteral("httpGet"), http);
    }
    if (!check.interval.isEmpty())
        out.insert(QStringLiteral("periodSeconds"), durationSeconds(check.interval));
    if (!check.timeout.isEmpty())
        out.insert(QStringLiteral("timeoutSeconds"), durationSeconds(check.timeout));
    if (check.retries > 0)
        out.insert(QStringLiteral("failureThreshold"), check.retries);
    if (!check.initialDelay.isEmpty())
        out.insert(QStringLiteral("initialDelaySeconds"), durationSeconds(check.initialDelay, 0));
    return out;
}

QString protocolOf(const Port &port)
{
    switch (port.transport) {
    case Transport::Udp:
        return QStringLiteral("UDP");
    case Transport::Sctp:
        return QStringLiteral("SCTP");
    case Transport::Tcp:
        break;
    }
    return QStringLiteral("TCP");
}

/// The Service port an exposure names (by port name or number), else the first.
const Port *exposedPort(const Service &service, const Exposure &exposure)
{
    for (const Port &p : service.ports) {
        if (p.name == exposure.port || QString::number(p.port) == exposure.port)
            return &p;
    }
    return service.ports.isEmpty() ? nullptr : &service.ports.first();
}

QJsonObject servicePort(const Port &port)
{
    QJsonObject out{{QStringLiteral("name"), kubernetesPortName(port)},
                    {QStringLiteral("port"), port.port},
                    {QStringLiteral("targetPort"), kubernetesPortName(port)},
                    {QStringLiteral("protocol"), protocolOf(port)}};
    static const QStringList applicationProtocols{QStringLiteral("http"), QStringLiteral("https"), QStringLiteral("grpc"),
                                                  QStringLiteral("http2")};
    if (applicationProtocols.contains(port.protocol))
        out.insert(QStringLiteral("appProtocol"),
                   port.protocol == QLatin1String("http2") ? QStringLiteral("kubernetes.io/h2c") : port.protocol);
    return out;
}

QJsonObject securityContext(const ContainerSecurity &s)
{
    QJsonObject out;
    if (s.runAsUser)
        out.insert(QStringLiteral("runAsUser"), double(*s.runAsUser));
    if (s.runAsGroup)
        out.insert(QStringLiteral("runAsGroup"), double(*s.runAsGroup));
    if (s.runAsNonRoot)
        out.insert(QStringLiteral("runAsNonRoot"), *s.runAsNonRoot);
    if (s.readOnlyRootFs)
        out.insert(QStringLiteral("readOnlyRootFilesystem"), *s.readOnlyRootFs);
    if (s.allowPrivilegeEscalation)
        out.insert(QStringLiteral("allowPrivilegeEscalation"), *s.allowPrivilegeEscalation);
    if (s.privileged)
        out.insert(QStringLiteral("privileged"), *s.privileged);
    QJsonObject capabilities;
    if (!s.capabilitiesDrop.isEmpty())
        capabilities.insert(QStringLiteral("drop"), QJsonArray::fromStringList(s.capabilitiesDrop));
    if (!s.capabilitiesAdd.isEmpty())
        capabilities.insert(QStringLiteral("add"), QJsonArray::fromStringList(s.capabilitiesAdd));
    if (!capabilities.isEmpty())
        out.insert(QStringLiteral("capabilities"), capabilities);
    return out;
}

QJsonObject persistentClaimSpec(const Volume &v)
{
    QJsonObject spec{
        {QStringLiteral("accessModes"), QJsonArray{v.accessMode}},
        {QStringLiteral("resources"),
         QJsonObject{{QStringLiteral("requests"),
                      QJsonObject{{QStringLiteral("storage"), v.size.isEmpty() ? QStringLiteral("1Gi") : v.size}}}}}};
    if (!v.storageClass.isEmpty())
        spec.insert(QStringLiteral("storageClassName"), v.storageClass);
    return spec;
}

/// The name of the Secret an external secret store writes for a service and backend.
QString externalSecretName(const Service &service, const QString &backend)
{
    return service.id + QLatin1Char('-') + backend;
}

bool isExternalBackend(const QString &backend)
{
    return backend == QLatin1String("vault") || backend == QLatin1String("aws-sm") || backend == QLatin1String("gcp-sm");
}

} // namespace

QString kubernetesPortName(const Port &port)
{
    static const QRegularExpression iana(QStringLiteral("^(?=.*[a-z])[a-z0-9]([a-z0-9-]{0,13}[a-z0-9])?$"));
    if (iana.match(port.name).hasMatch() && !port.name.contains(QLatin1String("--")))
        return port.name;
    return QStringLiteral("port-%1").arg(port.port);
}

QJsonObject recommendedLabels(const GenerationContext &context, const Service &service)
{
    QJsonObject labels = projectLabels(context);
    labels.insert(QStringLiteral("app.kubernetes.io/component"), nameOf(service.type));
    if (isLabelValue(service.version))
        labels.insert(QStringLiteral("app.kubernetes.io/version"), service.version);
    for (auto it = service.labels.cbegin(); it != service.labels.cend(); ++it)
        labels.insert(it.key(), it.value());
    const QJsonObject selector = selectorLabels(service); // the selector must keep matching
    for (auto it = selector.begin(); it != selector.end(); ++it)
        labels.insert(it.key(), it.value());
    return labels;
}

QJsonObject projectLabels(const GenerationContext &context)
{
    return {{QStringLiteral("app.kubernetes.io/part-of"), context.project().name},
            {QStringLiteral("app.kubernetes.io/managed-by"), QStringLiteral("service-registry")}};
}

QJsonObject namespaceObject(const GenerationContext &context)
{
    return object(
        QStringLiteral("v1"), QStringLiteral("Namespace"),
        QJsonObject{{QStringLiteral("name"), context.kubernetesNamespace()}, {QStringLiteral("labels"), projectLabels(context)}},
        {});
}

QList<QJsonObject> serviceAccountObjects(const GenerationContext &context)
{
    QMap<QString, bool> create; // sorted by name
    for (const ServicePtr &s : context.services()) {
        if (!s->serviceAccount.isEmpty())
            create[s->serviceAccount] |= !s->serviceAccountExists.value_or(false);
    }
    QList<QJsonObject> out;
    for (auto it = create.cbegin(); it != create.cend(); ++it) {
        if (it.value())
            out.append(object(QStringLiteral("v1"), QStringLiteral("ServiceAccount"),
                              metadata(context, it.key(), projectLabels(context)), {}));
    }
    return out;
}

namespace {

/// The objects of one service, built part by part: its configuration and secrets, its
/// container, its volumes, its pod, its workload, and how it is reached.
class ServiceObjectsBuilder
{
public:
    ServiceObjectsBuilder(const GenerationContext &context, const Service &s)
        : context(context)
        , s(s)
        , labels(recommendedLabels(context, s))
        , selector(selectorLabels(s))
        , job(s.type == ServiceType::Job)
        , volumes(s.effectiveVolumes())
        // Claims per replica: a persistent volume shared by replicas would be written by all.
        , stateful(!job
                   && (isStatefulType(s.type)
                       || std::any_of(volumes.cbegin(), volumes.cend(),
                                      [](const Volume &v) { return v.type == VolumeType::Persistent; })))
        , replicas(context.replicas(s))
        , strategy(context.target().strategy)
        // Blue-green switches the Services' traffic: without ports there is none to switch.
        , rollout(
              !job && !stateful
              && (strategy == DeploymentStrategy::Canary || (strategy == DeploymentStrategy::BlueGreen && !s.ports.isEmpty())))
        , security(context.security(s))
        , meta(metadata(context, s.id, labels))
        , matchLabels{{QStringLiteral("matchLabels"), selector}}
        , container{{QStringLiteral("name"), s.mainContainer.isEmpty() ? s.id : s.mainContainer},
                    {QStringLiteral("image"), imageOf(s)}}
    { }

    ServiceObjects build()
    {
        addConfiguration();
        addContainerSettings();
        addVolumes();
        addWorkload(podTemplate());
        if (!job) {
            addServices();
            addDisruptionBudget();
        }
        return std::move(out);
    }

private:
    /// The environment as a ConfigMap, the secrets as references (and ExternalSecrets).
    void addConfiguration()
    {
        if (!s.environment.isEmpty()) {
            QJsonObject data;
            for (const EnvironmentVariable &e : s.environment)
                data.insert(e.name, e.value);
            out.objects.append(object(QStringLiteral("v1"), QStringLiteral("ConfigMap"),
                                      metadata(context, QString(s.id + QStringLiteral("-env")), labels), data,
                                      QStringLiteral("data")));
            configuration.addData(QJsonDocument(data).toJson(QJsonDocument::Compact));
            container.insert(
                QStringLiteral("envFrom"),
                QJsonArray{QJsonObject{{QStringLiteral("configMapRef"),
                                        QJsonObject{{QStringLiteral("name"), QString(s.id + QStringLiteral("-env"))}}}}});
        }
        QJsonArray env;
        QMap<QString, QJsonArray> external; // backend → ExternalSecret data
        for (const SecretReference &secret : s.secrets) {
            const SecretLocation l = secretLocation(secret.reference);
            QString secretName;
            QString key = secret.name;
            if (l.backend == QLatin1String("k8s")) {
                secretName = l.path;
                if (!l.key.isEmpty())
                    key = l.key;
            } else if (isExternalBackend(l.backend)) {
                secretName = externalSecretName(s, l.backend);
                QJsonObject remote{{QStringLiteral("key"), l.path}};
                if (!l.key.isEmpty())
                    remote.insert(QStringLiteral("property"), l.key);
                external[l.backend].append(
                    QJsonObject{{QStringLiteral("secretKey"), secret.name}, {QStringLiteral("remoteRef"), remote}});
            } else { // env:, file:: a Secret the deployer creates from them
                secretName = s.id + QStringLiteral("-secrets");
            }
            env.append(
                QJsonObject{{QStringLiteral("name"), secret.name},
                            {QStringLiteral("valueFrom"),
                             QJsonObject{{QStringLiteral("secretKeyRef"),
                                          QJsonObject{{QStringLiteral("name"), secretName}, {QStringLiteral("key"), key}}}}}});
        }
        for (auto it = external.cbegin(); it != external.cend(); ++it) {
            const QString name = externalSecretName(s, it.key());
            out.objects.append(object(QStringLiteral("external-secrets.io/v1"), QStringLiteral("ExternalSecret"),
                                      metadata(context, name, labels),
                                      QJsonObject{{QStringLiteral("refreshInterval"), QStringLiteral("1h")},
                                                  {QStringLiteral("secretStoreRef"),
                                                   QJsonObject{{QStringLiteral("kind"), QStringLiteral("ClusterSecretStore")},
                                                               {QStringLiteral("name"), it.key()}}},
                                                  {QStringLiteral("target"), QJsonObject{{QStringLiteral("name"), name}}},
                                                  {QStringLiteral("data"), it.value()}}));
        }
        if (!env.isEmpty())
            container.insert(QStringLiteral("env"), env);
    }

    /// Command, ports, resources, probes and security context.
    void addContainerSettings()
    {
        if (!s.command.isEmpty())
            container.insert(QStringLiteral("command"), QJsonArray::fromStringList(s.command));
        if (!s.args.isEmpty())
            container.insert(QStringLiteral("args"), QJsonArray::fromStringList(s.args));
        if (!s.workingDir.isEmpty())
            container.insert(QStringLiteral("workingDir"), s.workingDir);
        QJsonArray containerPorts;
        for (const Port &p : s.ports)
            containerPorts.append(QJsonObject{{QStringLiteral("name"), kubernetesPortName(p)},
                                              {QStringLiteral("containerPort"), p.targetPort()},
                                              {QStringLiteral("protocol"), protocolOf(p)}});
        if (!containerPorts.isEmpty())
            container.insert(QStringLiteral("ports"), containerPorts);
        QJsonObject requests;
        QJsonObject limits;
        if (!s.resources.cpu.isEmpty())
            requests.insert(QStringLiteral("cpu"), quantity(s.resources.cpu));
        if (!s.resources.memory.isEmpty())
            requests.insert(QStringLiteral("memory"), quantity(s.resources.memory));
        if (!s.resources.cpuLimit.isEmpty())
            limits.insert(QStringLiteral("cpu"), quantity(s.resources.cpuLimit));
        if (!s.resources.memoryLimit.isEmpty())
            limits.insert(QStringLiteral("memory"), quantity(s.resources.memoryLimit));
        QJsonObject resources;
        if (!requests.isEmpty())
            resources.insert(QStringLiteral("requests"), requests);
        if (!limits.isEmpty())
            resources.insert(QStringLiteral("limits"), limits);
        if (!resources.isEmpty())
            container.insert(QStringLiteral("resources"), resources);
        const auto &liveness = s.liveness ? s.liveness : s.healthCheck;
        const auto &readiness = s.readiness ? s.readiness : s.healthCheck;
        if (!job && liveness)
            container.insert(QStringLiteral("livenessProbe"), probe(*liveness, s));
        if (!job && readiness)
            container.insert(QStringLiteral("readinessProbe"), probe(*readiness, s));
        if (!job && s.startup)
            container.insert(QStringLiteral("startupProbe"), probe(*s.startup, s));
        if (const QJsonObject sc = securityContext(security); !sc.isEmpty())
            container.insert(QStringLiteral("securityContext"), sc);
    }

    /// Persistent claims (per replica for a stateful workload), emptyDirs and config files.
    void addVolumes()
    {
        QJsonArray mounts;
        QJsonObject files;
        for (const Volume &v : volumes) {
            // A bind mount is a folder of the developer's machine (source code, a local
            // configuration): a cluster has none, and the image carries what it holds.
            if (v.type == VolumeType::Bind)
                continue;
            QJsonObject mount{{QStringLiteral("name"), v.name}, {QStringLiteral("mountPath"), v.mountPath}};
            switch (v.type) {
            case VolumeType::Bind:
                break;
            case VolumeType::Persistent:
                if (stateful) {
                    claimTemplates.append(QJsonObject{{QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), v.name}}},
                                                      {QStringLiteral("spec"), persistentClaimSpec(v)}});
                } else {
                    const QString claim = s.id + QLatin1Char('-') + v.name;
                    out.objects.append(object(QStringLiteral("v1"), QStringLiteral("PersistentVolumeClaim"),
                                              metadata(context, claim, labels), persistentClaimSpec(v)));
                    podVolumes.append(QJsonObject{
                        {QStringLiteral("name"), v.name},
                        {QStringLiteral("persistentVolumeClaim"), QJsonObject{{QStringLiteral("claimName"), claim}}}});
                }
                break;
            case VolumeType::Ephemeral: {
                QJsonObject emptyDir;
                if (!v.size.isEmpty())
                    emptyDir.insert(QStringLiteral("sizeLimit"), v.size);
                podVolumes.append(QJsonObject{{QStringLiteral("name"), v.name}, {QStringLiteral("emptyDir"), emptyDir}});
                break;
            }
            case VolumeType::Config: {
                files.insert(v.name, QString::fromUtf8(v.file.isEmpty() ? v.content.toUtf8() : context.registryFile(v.file)));
                QJsonObject item{{QStringLiteral("key"), v.name}, {QStringLiteral("path"), v.name}};
                if (v.mode >= 0)
                    item.insert(QStringLiteral("mode"), v.mode);
                podVolumes.append(QJsonObject{{QStringLiteral("name"), v.name},
                                              {QStringLiteral("configMap"),
                                               QJsonObject{{QStringLiteral("name"), QString(s.id + QStringLiteral("-files"))},
                                                           {QStringLiteral("items"), QJsonArray{item}}}}});
                mount.insert(QStringLiteral("subPath"), v.name); // one file, not a folder over the image's
                mount.insert(QStringLiteral("readOnly"), true);
                break;
            }
            }
            if (v.readOnly)
                mount.insert(QStringLiteral("readOnly"), true);
            mounts.append(mount);
        }
        if (!files.isEmpty()) {
            out.objects.append(object(QStringLiteral("v1"), QStringLiteral("ConfigMap"),
                                      metadata(context, QString(s.id + QStringLiteral("-files")), labels), files,
                                      QStringLiteral("data")));
            configuration.addData(QJsonDocument(files).toJson(QJsonDocument::Compact));
        }
        if (!mounts.isEmpty())
            container.insert(QStringLiteral("volumeMounts"), mounts);
    }

    QJsonObject podTemplate() const
    {
        QJsonObject pod{{QStringLiteral("containers"), QJsonArray{container}}};
        if (!podVolumes.isEmpty())
            pod.insert(QStringLiteral("volumes"), podVolumes);
        QJsonArray inits;
        for (const InitContainer &init : s.initContainers) {
            QJsonObject c{{QStringLiteral("name"), init.name}, {QStringLiteral("image"), init.image}};
            if (!init.command.isEmpty())
                c.insert(QStringLiteral("command"), QJsonArray::fromStringList(init.command));
            if (!init.args.isEmpty())
                c.insert(QStringLiteral("args"), QJsonArray::fromStringList(init.args));
            if (!init.environment.isEmpty()) {
                QJsonArray env;
                for (const EnvironmentVariable &e : init.environment)
                    env.append(QJsonObject{{QStringLiteral("name"), e.name}, {QStringLiteral("value"), e.value}});
                c.insert(QStringLiteral("env"), env);
            }
            if (const QJsonObject sc = securityContext(security); !sc.isEmpty())
                c.insert(QStringLiteral("securityContext"), sc);
            inits.append(c);
        }
        if (!inits.isEmpty())
            pod.insert(QStringLiteral("initContainers"), inits);
        if (!s.serviceAccount.isEmpty())
            pod.insert(QStringLiteral("serviceAccountName"), s.serviceAccount);
        if (!s.terminationGracePeriod.isEmpty())
            pod.insert(QStringLiteral("terminationGracePeriodSeconds"), durationSeconds(s.terminationGracePeriod, 0));
        if (security.fsGroup)
            pod.insert(QStringLiteral("securityContext"), QJsonObject{{QStringLiteral("fsGroup"), double(*security.fsGroup)}});
        if (job)
            pod.insert(QStringLiteral("restartPolicy"),
                       s.effectiveRestart() == RestartPolicy::No ? QStringLiteral("Never") : QStringLiteral("OnFailure"));
        QJsonObject templateMetadata{{QStringLiteral("labels"), labels}};
        QJsonObject a;
        for (auto it = s.annotations.cbegin(); it != s.annotations.cend(); ++it)
            a.insert(it.key(), it.value());
        // The pods read their ConfigMaps at start only (environment, files mounted by subPath):
        // a checksum of them in the pod template rolls the pods when they change, as Helm
        // charts do.
        if (const QByteArray checksum = configuration.result(); checksum != emptyChecksum())
            a.insert(QStringLiteral("checksum/config"), QString::fromLatin1(checksum.toHex()));
        if (!a.isEmpty())
            templateMetadata.insert(QStringLiteral("annotations"), a);
        return QJsonObject{{QStringLiteral("metadata"), templateMetadata}, {QStringLiteral("spec"), pod}};
    }

    /// A Job or CronJob, a StatefulSet, an Argo Rollout (canary, blue-green) or a Deployment.
    void addWorkload(const QJsonObject &podTemplate)
    {
        if (job) {
            const QJsonObject jobSpec{{QStringLiteral("backoffLimit"), 3}, {QStringLiteral("template"), podTemplate}};
            if (!s.schedule.isEmpty()) {
                out.workloadKind = QStringLiteral("CronJob");
                out.objects.append(
                    object(QStringLiteral("batch/v1"), out.workloadKind, meta,
                           QJsonObject{{QStringLiteral("schedule"), s.schedule},
                                       {QStringLiteral("concurrencyPolicy"), QStringLiteral("Forbid")},
                                       {QStringLiteral("jobTemplate"), QJsonObject{{QStringLiteral("spec"), jobSpec}}}}));
            } else {
                out.workloadKind = QStringLiteral("Job");
                out.objects.append(object(QStringLiteral("batch/v1"), out.workloadKind, meta, jobSpec));
            }
            return; // a job has no Service, exposure or disruption budget
        }
        QJsonObject spec{{QStringLiteral("replicas"), replicas},
                         {QStringLiteral("selector"), matchLabels},
                         {QStringLiteral("template"), podTemplate}};
        if (stateful) {
            out.workloadKind = QStringLiteral("StatefulSet");
            spec.insert(QStringLiteral("serviceName"), QString(s.id + QStringLiteral("-headless")));
            if (!claimTemplates.isEmpty())
                spec.insert(QStringLiteral("volumeClaimTemplates"), claimTemplates);
            out.objects.append(object(QStringLiteral("apps/v1"), out.workloadKind, meta, spec));
        } else if (rollout) {
            out.workloadKind = QStringLiteral("Rollout");
            QJsonObject rolloutStrategy;
            if (strategy == DeploymentStrategy::Canary) {
                const int weight = context.canaryPercentage().value_or(10);
                QJsonArray steps{QJsonObject{{QStringLiteral("setWeight"), weight}},
                                 QJsonObject{{QStringLiteral("pause"), QJsonObject()}}};
                if (weight < 50) {
                    steps.append(QJsonObject{{QStringLiteral("setWeight"), 50}});
                    steps.append(
                        QJsonObject{{QStringLiteral("pause"), QJsonObject{{QStringLiteral("duration"), QStringLiteral("10m")}}}});
                }
                rolloutStrategy.insert(QStringLiteral("canary"), QJsonObject{{QStringLiteral("steps"), steps}});
            } else {
                rolloutStrategy.insert(QStringLiteral("blueGreen"),
                                       QJsonObject{{QStringLiteral("activeService"), s.id},
                                                   {QStringLiteral("previewService"), QString(s.id + QStringLiteral("-preview"))},
                                                   {QStringLiteral("autoPromotionEnabled"), false}});
            }
            spec.insert(QStringLiteral("strategy"), rolloutStrategy);
            out.objects.append(object(QStringLiteral("argoproj.io/v1alpha1"), out.workloadKind, meta, spec));
        } else {
            out.workloadKind = QStringLiteral("Deployment");
            QJsonObject deploymentStrategy{
                {QStringLiteral("type"),
                 strategy == DeploymentStrategy::Recreate ? QStringLiteral("Recreate") : QStringLiteral("RollingUpdate")}};
            // Blue-green without ports: every new pod runs before an old one stops.
            if (strategy == DeploymentStrategy::BlueGreen)
                deploymentStrategy.insert(
                    QStringLiteral("rollingUpdate"),
                    QJsonObject{{QStringLiteral("maxSurge"), QStringLiteral("100%")}, {QStringLiteral("maxUnavailable"), 0}});
            spec.insert(QStringLiteral("strategy"), deploymentStrategy);
            out.objects.append(object(QStringLiteral("apps/v1"), out.workloadKind, meta, spec));
        }
    }

    /// The Service, a headless one for a StatefulSet, a preview one for blue-green, and an
    /// object per exposure.
    void addServices()
    {
        if (!s.ports.isEmpty()) {
            const bool blueGreen = rollout && strategy == DeploymentStrategy::BlueGreen;
            QJsonArray ports;
            for (const Port &p : s.ports)
                ports.append(servicePort(p));
            // Blue-green: Argo Rollouts narrows the selector of the active and preview Services
            // only. A Service of its own per node port or load balancer would select the preview
            // pods too, so those exposures open the active Service instead.
            QString activeType = QStringLiteral("ClusterIP");
            QJsonArray activePorts = ports;
            if (blueGreen) {
                for (const Exposure &e : s.exposures) {
                    const Port *port = exposedPort(s, e);
                    if (!port || e.type == ExposureType::Ingress)
                        continue;
                    if (e.type == ExposureType::LoadBalancer)
                        activeType = QStringLiteral("LoadBalancer");
                    else if (activeType == QLatin1String("ClusterIP"))
                        activeType = QStringLiteral("NodePort");
                    if (e.type == ExposureType::NodePort && e.nodePort) {
                        const qsizetype at = port - s.ports.data();
                        QJsonObject exposed = activePorts.at(at).toObject();
                        exposed.insert(QStringLiteral("nodePort"), e.nodePort);
                        activePorts.replace(at, exposed);
                    }
                }
            }
            auto service = [&](const QString &name, QJsonObject extra) {
                extra.insert(QStringLiteral("selector"), selector);
                if (!extra.contains(QStringLiteral("ports")))
                    extra.insert(QStringLiteral("ports"), ports);
                out.objects.append(object(QStringLiteral("v1"), QStringLiteral("Service"),
                                          metadata(context, name, labels, s.serviceAnnotations), extra));
            };
            service(s.id, {{QStringLiteral("type"), activeType}, {QStringLiteral("ports"), activePorts}});
            if (stateful)
                service(
                    QString(s.id + QStringLiteral("-headless")),
                    {{QStringLiteral("clusterIP"), QStringLiteral("None")}, {QStringLiteral("publishNotReadyAddresses"), true}});
            if (blueGreen)
                service(QString(s.id + QStringLiteral("-preview")), {{QStringLiteral("type"), QStringLiteral("ClusterIP")}});
            int ingressCount = 0;
            int nodePortCount = 0;
            int balancerCount = 0;
            for (const Exposure &e : s.exposures) {
                const Port *port = exposedPort(s, e);
                if (!port || (blueGreen && e.type != ExposureType::Ingress))
                    continue;
                QJsonObject exposed = servicePort(*port);
                switch (e.type) {
                case ExposureType::NodePort: {
                    if (e.nodePort)
                        exposed.insert(QStringLiteral("nodePort"), e.nodePort);
                    const QString suffix = ++nodePortCount > 1 ? QString::number(nodePortCount) : QString();
                    service(
                        e.name.isEmpty() ? s.id + QStringLiteral("-nodeport") + suffix : e.name,
                        {{QStringLiteral("type"), QStringLiteral("NodePort")}, {QStringLiteral("ports"), QJsonArray{exposed}}});
                    break;
                }
                case ExposureType::LoadBalancer: {
                    const QString suffix = ++balancerCount > 1 ? QString::number(balancerCount) : QString();
                    service(e.name.isEmpty() ? s.id + QStringLiteral("-lb") + suffix : e.name,
                            {{QStringLiteral("type"), QStringLiteral("LoadBalancer")},
                             {QStringLiteral("ports"), QJsonArray{exposed}}});
                    break;
                }
                case ExposureType::Ingress: {
                    const QJsonObject ingress = ingressSpec(e, *port);
                    const QString suffix = ++ingressCount > 1 ? QStringLiteral("-") + QString::number(ingressCount) : QString();
                    out.objects.append(object(QStringLiteral("networking.k8s.io/v1"), QStringLiteral("Ingress"),
                                              metadata(context, e.name.isEmpty() ? s.id + suffix : e.name, labels), ingress));
                    break;
                }
                }
            }
        }
    }

    /// An Ingress to the service's port: a rule for the host and path, TLS when there is a secret.
    QJsonObject ingressSpec(const Exposure &e, const Port &port) const
    {
        const QJsonObject backend{
            {QStringLiteral("service"),
             QJsonObject{{QStringLiteral("name"), s.id},
                         {QStringLiteral("port"), QJsonObject{{QStringLiteral("name"), kubernetesPortName(port)}}}}}};
        QJsonObject rule{
            {QStringLiteral("http"),
             QJsonObject{{QStringLiteral("paths"),
                          QJsonArray{QJsonObject{{QStringLiteral("path"), e.path.isEmpty() ? QStringLiteral("/") : e.path},
                                                 {QStringLiteral("pathType"), QStringLiteral("Prefix")},
                                                 {QStringLiteral("backend"), backend}}}}}}};
        if (!e.host.isEmpty())
            rule.insert(QStringLiteral("host"), e.host);
        QJsonObject ingress{{QStringLiteral("rules"), QJsonArray{rule}}};
        if (!e.ingressClass.isEmpty())
            ingress.insert(QStringLiteral("ingressClassName"), e.ingressClass);
        if (!e.tlsSecret.isEmpty()) {
            QJsonObject tls{{QStringLiteral("secretName"), e.tlsSecret}};
            if (!e.host.isEmpty())
                tls.insert(QStringLiteral("hosts"), QJsonArray{e.host});
            ingress.insert(QStringLiteral("tls"), QJsonArray{tls});
        }
        return ingress;
    }

    void addDisruptionBudget()
    {
        // A node drain must not take a critical service down: keep all but one replica.
        if (s.criticality == Criticality::Critical && replicas > 1)
            out.objects.append(
                object(QStringLiteral("policy/v1"), QStringLiteral("PodDisruptionBudget"), meta,
                       QJsonObject{{QStringLiteral("maxUnavailable"), 1}, {QStringLiteral("selector"), matchLabels}}));
    }

    const GenerationContext &context;
    const Service &s;
    const QJsonObject labels;
    const QJsonObject selector;
    const bool job;
    const QList<Volume> volumes;
    const bool stateful;
    const int replicas;
    const DeploymentStrategy strategy;
    const bool rollout;
    const ContainerSecurity security;
    const QJsonObject meta;
    const QJsonObject matchLabels;
    QJsonObject container;
    QJsonArray podVolumes;
    QJsonArray claimTemplates;
    QCryptographicHash configuration{QCryptographicHash::Sha256}; ///< the ConfigMaps' data
    ServiceObjects out;

    static QByteArray emptyChecksum() { return QCryptographicHash::hash({}, QCryptographicHash::Sha256); }
};

} // namespace

ServiceObjects kubernetesObjects(const GenerationContext &context, const Service &s)
{
    return ServiceObjectsBuilder(context, s).build();
}

} // namespace sr
