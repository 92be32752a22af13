#pragma once

#include "catalog/boxed.h"
#include "catalog/sourcelocation.h"
#include "catalog/vocabulary.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <optional>
#include <vector>

namespace sr {

/// Where a resolved value came from: the resolved view always knows (docs/catalog-format.md).
enum class Origin { Global, Override, Project };
SR_DECLARE_VOCABULARY(Origin) ///< "global", "override", "project"

/// The origin and position of one field, by dotted path ("resources.memory").
struct FieldSource
{
    QString path;
    Origin origin = Origin::Global;
    SourceLocation location; ///< the value, start to end
    SourceRange key; ///< the key's own span in the same file (`memory` in `memory = "1Gi"`); invalid when not known
};

/// A port: what other services connect to (`port`), what the container listens on
/// (`container_port`), how it is spoken (`protocol`, over `transport`), and, for Compose, an
/// optional publication on the host.
struct SERVICEREGISTRY_EXPORT Port
{
    QString name;
    int port = 0; ///< published to other services (the Kubernetes Service port)
    int containerPort = 0; ///< what the process listens on; 0: the same as `port`
    QString protocol = QStringLiteral("tcp"); ///< application protocol: tcp, udp, http, https, grpc, http2
    Transport transport = Transport::Tcp;
    int hostPort = 0; ///< published on the host (Compose); 0: not published
    QString hostIp; ///< the host address it is published on; empty: every address
    SourceLocation location;

    int targetPort() const { return containerPort ? containerPort : port; }
    /// "80→8080/http", "5432", "5353/udp", "9229 (host 127.0.0.1:9229)"
    QString text() const;
};

struct EnvironmentVariable
{
    QString name;
    QString value;
};

/// A reference to a secret held elsewhere (e.g. "vault:secret/data/auth#password"), never a value.
struct SecretReference
{
    QString name;
    QString reference;
};

struct Resources
{
    QString cpu;
    QString memory;
    QString cpuLimit;
    QString memoryLimit;
};

/// A health check: the `health_check` shorthand, or one of the separate `probes`.
struct SERVICEREGISTRY_EXPORT HealthCheck
{
    QString type; ///< http, tcp, grpc or command
    QString path;
    QString command; ///< a shell command line (`sh -c`)
    QStringList exec; ///< the same as an argument array, run without a shell
    QMap<QString, QString> headers; ///< HTTP headers sent with an http check
    int port = 0;
    QString interval; ///< the Kubernetes period
    QString timeout;
    int retries = 0; ///< the Kubernetes failure threshold
    QString initialDelay; ///< empty: none
    QString startPeriod; ///< Compose's start period; empty: none

    QString text() const; ///< one line for the details pane
};

/// Where a process's files live.
struct SERVICEREGISTRY_EXPORT Volume
{
    QString name;
    VolumeType type = VolumeType::Persistent;
    QString mountPath;
    QString size; ///< persistent: the claim's size; ephemeral: an optional size limit
    QString storageClass; ///< persistent; empty: the cluster's default
    QString accessMode = QStringLiteral("ReadWriteOnce"); ///< persistent
    QString content; ///< config: the file's text
    QString file; ///< config: a file of the registry holding the text (registry-relative)
    int mode = -1; ///< config (1.2): the file's permission bits (0755 for a script); -1: the platform's 0644
    QString source; ///< bind (1.2): the host path mounted, relative to where Compose runs
    bool readOnly = false;
    SourceLocation location;

    QString text() const;
};

/// A container that runs to completion before the service's own starts.
struct InitContainer
{
    QString name;
    QString image;
    QStringList command;
    QStringList args; ///< 1.2
    QList<EnvironmentVariable> environment; ///< 1.2
    SourceLocation location;
};

/// How a service is reached from outside the cluster.
struct SERVICEREGISTRY_EXPORT Exposure
{
    ExposureType type = ExposureType::Ingress;
    QString port; ///< the name (or number) of one of the service's ports; empty: the first
    int nodePort = 0; ///< node-port: a fixed node port (30000-32767); 0: any
    QString host; ///< ingress
    QString path = QStringLiteral("/"); ///< ingress
    QString tlsSecret; ///< ingress: the Kubernetes Secret holding the certificate; empty: plain HTTP
    QString ingressClass; ///< ingress; empty: the cluster's default
    QString name; ///< 1.2: the name of the object it creates (Service or Ingress); empty: generated
    SourceLocation location;

    QString text() const;
};

/// The container's security context; unset values leave the platform's default.
struct ContainerSecurity
{
    std::optional<qint64> runAsUser;
    std::optional<qint64> runAsGroup;
    std::optional<qint64> fsGroup;
    std::optional<bool> runAsNonRoot;
    std::optional<bool> readOnlyRootFs;
    std::optional<bool> allowPrivilegeEscalation;
    std::optional<bool> privileged;
    QStringList capabilitiesDrop;
    QStringList capabilitiesAdd;
};

/// How to build the image of a service that has no published image yet (Compose `build`).
struct Build
{
    QString context;
    QString dockerfile;
    QString target;
    bool isEmpty() const { return context.isEmpty() && dockerfile.isEmpty() && target.isEmpty(); }
};

/// A field or key of a newer catalog format than the first, where it is written: a catalog
/// that declares an older format must not use it (SR030).
struct FormatFeature
{
    QString key; ///< "expose", "ports.container_port"
    QString since; ///< "1.1"
    SourceLocation location;
};

/// One edge out of a service: "service" inside the scope, or "project/service" across projects.
struct Dependency
{
    QString target;
    QString constraint; ///< semver range, empty for any version
    bool optional = false;
    /// What the dependent waits for; unset: `healthy` when the target has a health check,
    /// else `started` (docs/catalog-format.md).
    std::optional<DependencyCondition> condition;
    QString port; ///< the target's port (by name) the dependent talks to; empty: not said
    bool external = false; ///< outside the registry: not checked, not ordered
    SourceLocation location;
};

/// A service definition, global or project-only, possibly with overrides applied.
/// catalog/servicefields.h declares each field once (key, type, default, merge and compare rules).
struct SERVICEREGISTRY_EXPORT Service
{
    QString id;
    QString displayName;
    QString description;
    ServiceType type = ServiceType::Other;
    QString version;
    QString image;
    QString owner;
    Criticality criticality = Criticality::Medium;
    Lifecycle lifecycle = Lifecycle::Production;
    QString replacedBy;
    bool shared = false;
    QList<Port> ports;
    QList<EnvironmentVariable> environment;
    QList<SecretReference> secrets;
    Resources resources;
    // Boxed: most services have one check at most, and an optional one would take its whole
    // size in every service (docs/performance.md).
    Boxed<HealthCheck> healthCheck;
    Boxed<HealthCheck> liveness;
    Boxed<HealthCheck> readiness;
    Boxed<HealthCheck> startup;
    QList<Dependency> dependencies;
    QStringList patterns;
    QStringList tags;
    QVariantMap properties;
    // Format 1.1: what manifests need (docs/catalog-format.md).
    QList<Exposure> exposures;
    QStringList command; ///< replaces the image's entrypoint
    QStringList args; ///< replaces the image's arguments
    QString workingDir;
    QList<Volume> volumes;
    QString dataPath; ///< where a stateful service keeps its data: gets a persistent volume
    ContainerSecurity security;
    QString serviceAccount;
    std::optional<bool> serviceAccountExists; ///< 1.2: created elsewhere; generators then leave it out
    QMap<QString, QString> labels;
    QMap<QString, QString> annotations; ///< on the pod
    QMap<QString, QString> serviceAnnotations; ///< on the Kubernetes Service
    QString terminationGracePeriod;
    QList<InitContainer> initContainers;
    QString containerName; ///< Compose
    QString mainContainer; ///< 1.2: the container's name in the pod; empty: the service id
    QStringList networks; ///< 1.2: Compose networks; empty: the project's one
    std::optional<RestartPolicy> restart;
    QStringList profiles; ///< Compose
    Build build;
    QString schedule; ///< jobs: a cron schedule; empty: run once

    SourceLocation location; ///< the [services.<id>] header
    std::vector<FieldSource> sources;
    /// Format 1.1 keys inside fields of format 1.0 (`ports.container_port`), for SR030; the
    /// field table says which fields themselves are newer.
    std::vector<FormatFeature> newerFeatures;

    /// The source of a field path, or of its nearest recorded parent.
    const FieldSource *sourceOf(const QString &path) const;
    /// Where a field path is written, or the service's header when it is not: where a
    /// problem with that field (present or missing) is reported.
    SourceLocation locationOf(const QString &path) const;
    QString portsText() const; ///< "8080, 80→8080/http": see Port::text()
    /// The volumes as deployed: the declared ones, plus a persistent volume "data" at
    /// `data_path` when no declared volume is mounted there.
    QList<Volume> effectiveVolumes() const;
    /// The restart policy as deployed: the declared one, else `no` for jobs (Compose
    /// `restart: "no"`, a Kubernetes Job's `Never`) and `always` for the rest.
    RestartPolicy effectiveRestart() const;
};

} // namespace sr
