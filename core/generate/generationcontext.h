#pragma once

#include "generate/generator.h"

namespace sr {

/// One project as deployed to one target, with everything a generator reads: the services
/// (restricted to a pattern when asked), replicas, the namespace, the security defaults of
/// policies/security.toml and the header every file starts with.
class SERVICEREGISTRY_EXPORT GenerationContext
{
public:
    /// Nullopt, with `error` saying why, when the project, target or pattern does not exist.
    static std::optional<GenerationContext> create(const Registry &registry, const GenerationRequest &request, QString *error);

    const Registry &registry() const { return *m_registry; }
    const Project &project() const { return *m_project; }
    /// The target; a project without deployment.toml gets "default": one replica, rolling.
    const DeploymentTarget &target() const { return m_target; }
    /// The services to generate, in the project's resolution order.
    const QList<ServicePtr> &services() const { return m_services; }
    /// A service being generated, by id; null for others (outside the pattern, other projects).
    const Service *service(const QString &id) const;
    /// The service a dependency names, when it is generated here too; null otherwise.
    const Service *dependencyTarget(const Dependency &dependency) const;

    const GenerationRequest &request() const { return m_request; }
    /// Where this project and target's files of a format are in the GitOps repository.
    QString repositoryFolder(const QString &format) const;
    QString kubernetesNamespace() const;
    QString catalogVersion() const;
    /// The lines every generated file starts with (without comment markers).
    QStringList header() const;
    /// Replicas of a service: `service_replicas`, else the region's, else the target's; 1 for jobs.
    int replicas(const Service &service, const Region *region = nullptr) const;
    /// The canary percentage in force (the region's, else the target's) for a canary target.
    std::optional<int> canaryPercentage(const Region *region = nullptr) const;
    /// The security context as deployed: the service's own settings, and where it sets
    /// nothing, what policies/security.toml requires unless a waiver exempts the service.
    ContainerSecurity security(const Service &service) const;
    /// The text of a registry file (config volumes); empty when unreadable.
    QByteArray registryFile(const QString &path) const;

private:
    GenerationContext() = default;
    bool waived(const QString &rule, const Service &service) const;

    const Registry *m_registry = nullptr;
    const Project *m_project = nullptr;
    DeploymentTarget m_target;
    QList<ServicePtr> m_services;
    QHash<QString, const Service *> m_byId;
    GenerationRequest m_request;
};

/// A secret reference taken apart: "vault:secret/data/auth#password" is backend "vault",
/// path "secret/data/auth", key "password".
struct SecretLocation
{
    QString backend;
    QString path;
    QString key; ///< after '#'; empty when not given
};
SERVICEREGISTRY_EXPORT SecretLocation secretLocation(const QString &reference);
/// The environment variable a deployer sets for a secret outside Kubernetes: the variable an
/// `env:` reference names, else SERVICE_NAME ("AUTH_DB_PASSWORD").
SERVICEREGISTRY_EXPORT QString secretVariable(const Service &service, const SecretReference &secret);
/// What a dependent waits for: the declared condition, else healthy when the target has a
/// health check (or a readiness probe) and started when it has none.
SERVICEREGISTRY_EXPORT DependencyCondition effectiveCondition(const Dependency &dependency, const Service &target);

/// The image a service runs: its `image`, else ID:VERSION with the version made a valid Docker
/// tag (dockerTag: "1.0.0+build.7" runs as "tool:1.0.0_build.7").
SERVICEREGISTRY_EXPORT QString imageOf(const Service &service);
/// `text` as Docker's tag grammar allows, `[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}`: any other
/// character becomes '_' (as Helm does for a version's '+' in OCI tags), and it is cut at 128.
SERVICEREGISTRY_EXPORT QString dockerTag(const QString &text);

/// A stateful type (database, broker, storage): a StatefulSet with claims per replica, as
/// is any service with a persistent volume.
SERVICEREGISTRY_EXPORT bool isStatefulType(ServiceType type);
/// A duration rounded up to whole seconds (Kubernetes probe fields), at least `minimum`.
SERVICEREGISTRY_EXPORT int durationSeconds(const QString &duration, int minimum = 1);
/// A duration as Go writes it ("1h30m", "500ms"): Compose and Prometheus read that, not "1d".
SERVICEREGISTRY_EXPORT QString goDuration(const QString &duration);

} // namespace sr
