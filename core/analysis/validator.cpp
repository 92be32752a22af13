#include "analysis/validator.h"

#include "analysis/changedetector.h"

#include "analysis/dependencygraph.h"
#include "catalog/registrysource.h"
#include "catalog/semver.h"
#include "catalog/tomlsupport_p.h"
#include "policy/policyrules.h"

#include "catalog/listfields.h"
#include "catalog/workerpool_p.h"
#include <QDir>
#include <QRegularExpression>
#include <QSet>

namespace sr {

namespace {

class Checker
{
public:
    explicit Checker(const Registry &registry)
        : m_registry(registry)
    { }

    /// `field`: the key of a dependency entry it is about ("service", "version", "port"), if any.
    void add(Severity severity, const char *code, QString message, SourceLocation where, QString hint,
             const char *field = nullptr)
    {
        m_out.append(Diagnostic{severity, QString::fromLatin1(code), std::move(message), std::move(where), std::move(hint),
                                field ? QString::fromLatin1(field) : QString()});
    }

    static const Port *findPort(const Service &s, const QString &nameOrNumber)
    {
        for (const Port &p : s.ports) {
            if (p.name == nameOrNumber || QString::number(p.port) == nameOrNumber)
                return &p;
        }
        return nullptr;
    }

    static QStringList portNames(const Service &s)
    {
        QStringList out;
        for (const Port &p : s.ports)
            out.append(p.name.isEmpty() ? QString::number(p.port) : p.name);
        return out;
    }

    /// What a dependency says about its target beyond its version: the condition it waits
    /// for and the port it talks to.
    void checkDependencyDetails(const Service &from, const Dependency &dep, const Service &target)
    {
        if (dep.condition == DependencyCondition::Completed && target.type != ServiceType::Job)
            add(Severity::Error, code::InvalidValue,
                QStringLiteral("service '%1' waits for '%2' to complete, but '%2' is a %3, not a job")
                    .arg(from.id, dep.target, nameOf(target.type)),
                dep.location, QStringLiteral("use condition = \"healthy\" or \"started\", or make '%1' a job").arg(dep.target),
                "condition");
        if (dep.condition == DependencyCondition::Healthy && !target.healthCheck && !target.readiness)
            add(Severity::Error, code::InvalidValue,
                QStringLiteral("service '%1' waits for '%2' to be healthy, but '%2' has no health check")
                    .arg(from.id, dep.target),
                dep.location, QStringLiteral("add a health_check to '%1', or use condition = \"started\"").arg(dep.target),
                "condition");
        if (!dep.port.isEmpty() && !findPort(target, dep.port))
            add(Severity::Error, code::InvalidValue,
                QStringLiteral("service '%1' talks to port '%2' of '%3', which has no such port")
                    .arg(from.id, dep.port, dep.target),
                dep.location,
                detail::didYouMeanOr(
                    dep.port, portNames(target),
                    QStringLiteral("name one of its ports: %1").arg(portNames(target).join(QLatin1String(", ")))),
                "port");
    }

    /// Compose: a service reaches another only over a network both join (the project's own,
    /// named after the project, unless a service lists its `networks`).
    void checkSharedNetwork(const Project &project, const Service &from, const Dependency &dep, const Service &target)
    {
        if (from.networks.isEmpty() && target.networks.isEmpty())
            return;
        const QStringList fromNetworks = from.networks.isEmpty() ? QStringList{project.name} : from.networks;
        const QStringList targetNetworks = target.networks.isEmpty() ? QStringList{project.name} : target.networks;
        if (std::any_of(fromNetworks.cbegin(), fromNetworks.cend(), [&](const QString &n) { return targetNetworks.contains(n); }))
            return;
        add(Severity::Error, code::InvalidValue,
            QStringLiteral("service '%1' depends on '%2', but in Compose they share no network (%3; %4)")
                .arg(from.id, target.id, fromNetworks.join(QLatin1String(", ")), targetNetworks.join(QLatin1String(", "))),
            dep.location, QStringLiteral("add \"%1\" to the networks of '%2'").arg(targetNetworks.first(), from.id), "networks");
    }

    /// NET_BIND_SERVICE: upper case, digits and '_', without the CAP_ prefix.
    static bool isCapabilityName(const QString &name)
    {
        return !name.isEmpty() && name.front() >= QLatin1Char('A') && name.front() <= QLatin1Char('Z')
            && !name.startsWith(QLatin1String("CAP_")) && std::all_of(name.begin(), name.end(), [](QChar c) {
                   return (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
                       || c == QLatin1Char('_');
               });
    }

    /// One service on its own: its ports, exposures, volumes, capabilities and job settings.
    void checkServiceShape(const Service &s)
    {
        // A handful of ports per service: pairwise, without building sets.
        for (qsizetype i = 0; i < s.ports.size(); ++i) {
            const Port &p = s.ports[i];
            for (qsizetype j = 0; j < i; ++j) {
                const Port &q = s.ports[j];
                if (!p.name.isEmpty() && p.name == q.name) {
                    add(Severity::Error, code::PortClash,
                        QStringLiteral("service '%1' has two ports named '%2'").arg(s.id, p.name), p.location,
                        QStringLiteral("give each port a name of its own"));
                    break;
                }
                if (p.port == 0 || q.port == 0 || p.transport != q.transport)
                    continue;
                const QString key = QStringLiteral("%1/%2");
                if (p.port == q.port) {
                    add(Severity::Error, code::PortClash,
                        QStringLiteral("service '%1' lists port %2 twice").arg(s.id, key.arg(p.port).arg(nameOf(p.transport))),
                        p.location, QStringLiteral("remove one of them, or give it another port"));
                    break;
                }
                if (p.targetPort() == q.targetPort()) {
                    add(Severity::Error, code::PortClash,
                        QStringLiteral("two ports of service '%1' lead to container port %2")
                            .arg(s.id, key.arg(p.targetPort()).arg(nameOf(p.transport))),
                        p.location,
                        QStringLiteral("the process listens once on each port: give one of them another container_port"));
                    break;
                }
            }
        }

        for (const Exposure &e : s.exposures) {
            if (s.ports.isEmpty())
                add(Severity::Error, code::InvalidValue, QStringLiteral("service '%1' is exposed but has no ports").arg(s.id),
                    e.location, QStringLiteral("add the port it serves on to 'ports', or remove the exposure"));
            else if (!e.port.isEmpty() && !findPort(s, e.port))
                add(Severity::Error, code::InvalidValue,
                    QStringLiteral("an exposure of '%1' names port '%2', which the service does not have").arg(s.id, e.port),
                    e.location,
                    detail::didYouMeanOr(
                        e.port, portNames(s),
                        QStringLiteral("name one of its ports: %1").arg(portNames(s).join(QLatin1String(", ")))));
        }

        if (s.type == ServiceType::Job) {
            if (!s.exposures.isEmpty())
                add(Severity::Error, code::InvalidValue,
                    QStringLiteral("job '%1' is exposed, but a job runs to completion and serves nothing").arg(s.id),
                    s.locationOf(QStringLiteral("expose")),
                    QStringLiteral("remove 'expose', or make it a long-running type such as api or web"));
            if (s.restart == RestartPolicy::Always || s.restart == RestartPolicy::UnlessStopped)
                add(Severity::Error, code::InvalidValue,
                    QStringLiteral("job '%1' has restart = \"%2\", so it could never complete").arg(s.id, nameOf(*s.restart)),
                    s.locationOf(QStringLiteral("restart")), QStringLiteral("use restart = \"on-failure\" or \"no\""));
        } else if (!s.schedule.isEmpty()) {
            add(Severity::Error, code::InvalidValue,
                QStringLiteral("service '%1' has a schedule, but only jobs run on a schedule").arg(s.id),
                s.locationOf(QStringLiteral("schedule")),
                QStringLiteral("set type = \"job\" for something that runs and finishes, or remove 'schedule'"));
        }

        for (const auto &[list, path] : {std::pair{&s.security.capabilitiesDrop, "security.capabilities_drop"},
                                         std::pair{&s.security.capabilitiesAdd, "security.capabilities_add"}}) {
            for (const QString &name : *list) {
                if (!isCapabilityName(name))
                    add(Severity::Error, code::InvalidValue,
                        QStringLiteral("'%1' in %2 of '%3' is not a capability name").arg(name, QString::fromLatin1(path), s.id),
                        s.locationOf(QString::fromLatin1(path)),
                        QStringLiteral("write it in upper case without CAP_, e.g. %1")
                            .arg(name.toUpper().remove(QStringLiteral("CAP_")).isEmpty()
                                     ? QStringLiteral("NET_BIND_SERVICE")
                                     : name.toUpper().remove(QStringLiteral("CAP_"))));
            }
        }

        // Compose network names: [a-zA-Z0-9][a-zA-Z0-9_.-]*
        static const QRegularExpression networkName(QStringLiteral("^[a-zA-Z0-9][a-zA-Z0-9_.-]*$"));
        for (const QString &network : s.networks) {
            if (!networkName.match(network).hasMatch())
                add(Severity::Error, code::InvalidValue,
                    QStringLiteral("network \"%1\" of '%2' is not a Compose network name").arg(network, s.id),
                    s.locationOf(QStringLiteral("networks")),
                    QStringLiteral("use letters, digits, '_', '.' and '-', starting with a letter or digit, e.g. \"backend\""));
        }

        QSet<QString> volumeNames;
        QSet<QString> mountPaths;
        for (const Volume &v : s.volumes) {
            if (s.volumes.size() == 1 && v.type != VolumeType::Config)
                break; // nothing to compare, no file to find
            if (volumeNames.contains(v.name))
                add(Severity::Error, code::DuplicateId,
                    QStringLiteral("service '%1' has two volumes named '%2'").arg(s.id, v.name), v.location,
                    QStringLiteral("give each volume a name of its own"));
            if (mountPaths.contains(v.mountPath))
                add(Severity::Error, code::InvalidValue,
                    QStringLiteral("two volumes of '%1' are mounted at %2").arg(s.id, v.mountPath), v.location,
                    QStringLiteral("mount each volume at a path of its own"));
            volumeNames.insert(v.name);
            mountPaths.insert(v.mountPath);
            if (v.type == VolumeType::Config && !v.file.isEmpty()) {
                const QString clean = QDir::cleanPath(v.file);
                const bool inside
                    = !clean.startsWith(QLatin1String("../")) && clean != QLatin1String("..") && !QDir::isAbsolutePath(clean);
                if (!inside || (m_registry.source && m_registry.source->kind(clean) != RegistrySource::Kind::File))
                    add(Severity::Error, code::InvalidValue,
                        QStringLiteral("config volume '%1' of '%2' reads '%3', which is not a file of the registry")
                            .arg(v.name, s.id, v.file),
                        v.location,
                        QStringLiteral("give a path relative to the registry root, e.g. \"files/%1.conf\", and add the file")
                            .arg(s.id));
            }
        }
    }

    void checkVersion(const Service &from, const Dependency &dep, const Service &target, const QString &targetName)
    {
        if (dep.constraint.isEmpty())
            return;
        const auto constraint = VersionConstraint::parse(dep.constraint);
        const auto version = SemVer::parse(target.version);
        if (!constraint || !version)
            return; // reported while loading (SR008, SR009)
        if (!constraint->isSatisfiedBy(*version)) {
            const FieldSource *versionSource = target.sourceOf(QStringLiteral("version"));
            add(Severity::Error, code::ConstraintNotSatisfied,
                QStringLiteral("service '%1' requires %2 %3, but %2 is version %4")
                    .arg(from.id, targetName, dep.constraint, target.version),
                dep.location,
                QStringLiteral("relax the constraint or move %1 to a matching version%2")
                    .arg(targetName,
                         versionSource ? QStringLiteral(" (its version is set at %1)").arg(versionSource->location.toString())
                                       : QString()),
                "version");
        }
    }

    void checkDeprecatedTarget(const Service &from, const Dependency &dep, const Service &target)
    {
        if (target.lifecycle != Lifecycle::Deprecated || from.lifecycle == Lifecycle::Deprecated)
            return;
        add(Severity::Warning, code::DeprecatedUse,
            QStringLiteral("service '%1' depends on deprecated service '%2'").arg(from.id, target.id), dep.location,
            target.replacedBy.isEmpty() ? QStringLiteral("plan a migration away from '%1'").arg(target.id)
                                        : QStringLiteral("migrate to '%1'").arg(target.replacedBy),
            "service");
    }

    /// `acrossProjectsOnly`: in the registry-wide graph, report only the cycles that leave
    /// a project (the others are reported by the project's own graph).
    void checkCycles(const DependencyGraph &graph, bool acrossProjectsOnly = false)
    {
        for (const QStringList &cycle : acrossProjectsOnly ? graph.cyclesAcrossProjects() : graph.cycles()) {
            // Blame the edge that leaves the cycle's first service.
            const int from = graph.indexOf(cycle.at(0));
            const int to = graph.indexOf(cycle.at(1));
            SourceLocation where;
            for (const auto &e : graph.edges()) {
                if (e.from == from && e.to == to) {
                    where = e.dependency->location;
                    break;
                }
            }
            add(Severity::Error, code::DependencyCycle,
                (acrossProjectsOnly ? QStringLiteral("dependency cycle across projects: %1")
                                    : QStringLiteral("dependency cycle: %1"))
                    .arg(cycle.join(QLatin1String(" -> "))),
                where,
                QStringLiteral("break the cycle: remove one of these dependencies or invert it; an optional dependency "
                               "still orders start-up, so making it optional does not break the cycle"));
        }
    }

    /// The catalog's services by id, for the checks of dependencies between them.
    struct CatalogScope
    {
        explicit CatalogScope(const Catalog &catalog)
        {
            for (const auto &s : catalog.services) {
                byId.insert(s->id, s);
                ids.append(s->id);
            }
        }
        QHash<QString, ServicePtr> byId;
        QStringList ids;
    };

    /// One dependency of a global service: global services may only need global services.
    void checkCatalogDependency(const CatalogScope &scope, const Service &s, const Dependency &dep)
    {
        if (dep.external)
            return; // outside the registry: nothing to look up
        const ServicePtr target = scope.byId.value(dep.target);
        if (!target) {
            add(Severity::Error, code::UnknownDependency,
                QStringLiteral("service '%1' depends on '%2', which is not in the catalog").arg(s.id, dep.target), dep.location,
                dep.target.contains(QLatin1Char('/'))
                    ? QStringLiteral("global services may only depend on global services")
                    : detail::didYouMeanOr(dep.target, scope.ids,
                                           QStringLiteral("add '%1' to the catalog, or remove the dependency").arg(dep.target)),
                "service");
            return;
        }
        checkVersion(s, dep, *target, target->id);
        checkDeprecatedTarget(s, dep, *target);
        checkDependencyDetails(s, dep, *target);
    }

    void checkCatalog(const Catalog &catalog)
    {
        const CatalogScope scope(catalog);
        const auto &byId = scope.byId;
        const auto &ids = scope.ids;
        QSet<QString> patternIds;
        for (const auto &p : catalog.patterns) {
            patternIds.insert(p.id);
            for (const auto &member : p.services) {
                if (!byId.contains(member))
                    add(Severity::Error, code::UnknownPatternMember,
                        QStringLiteral("pattern '%1' lists '%2', which is not in the catalog").arg(p.id, member),
                        p.memberLocation(member),
                        detail::didYouMeanOr(member, ids, QStringLiteral("remove it from the pattern")));
            }
        }
        for (const auto &s : catalog.services) {
            for (const auto &pattern : s->patterns) {
                if (!patternIds.contains(pattern)) {
                    const FieldSource *src = s->sourceOf(QStringLiteral("patterns"));
                    add(Severity::Error, code::UnknownPatternMember,
                        QStringLiteral("service '%1' belongs to pattern '%2', which [patterns] does not define")
                            .arg(s->id, pattern),
                        src ? src->location : s->location, QStringLiteral("define [patterns.%1] in the catalog").arg(pattern));
                }
            }
            checkServiceShape(*s);
            for (const auto &dep : s->dependencies)
                checkCatalogDependency(scope, *s, dep);
        }
        checkCycles(DependencyGraph::forCatalog(catalog));
    }

    /// A project's services and uses by id, for the checks of its dependencies.
    struct ProjectScope
    {
        ProjectScope(const Registry &registry, const Project &project_)
            : project(project_)
            , catalog(registry.catalogFor(project_))
        {
            for (const auto &r : project.resolved) {
                byId.insert(r.service->id, &r);
                ids.append(r.service->id);
            }
            for (const auto &u : project.uses)
                uses.insert(u.id, &u);
        }
        const Project &project;
        const Catalog &catalog;
        QHash<QString, const ResolvedService *> byId;
        QStringList ids;
        QHash<QString, const ServiceUse *> uses;
    };

    /// One dependency of service `s` of a project; `fromGlobal`: the dependency comes from the
    /// global catalog, so what is missing is the project's use of it, not the entry.
    void checkProjectDependency(const ProjectScope &scope, const Service &s, const Dependency &dep, bool fromGlobal)
    {
        if (dep.external)
            return;
        const Project &project = scope.project;
        if (dep.target.contains(QLatin1Char('/'))) {
            checkCrossProject(project, s, dep);
            return;
        }
        const ResolvedService *target = scope.byId.value(dep.target);
        if (!target) {
            if (scope.catalog.service(dep.target)) {
                if (dep.optional)
                    return; // an optional dependency may stay out of the project
                const SourceLocation useLocation = scope.uses.contains(s.id) ? scope.uses.value(s.id)->location : s.location;
                add(Severity::Error, code::UnknownDependency,
                    QStringLiteral("service '%1' requires '%2', which project '%3' does not use")
                        .arg(s.id, dep.target, project.name),
                    fromGlobal ? useLocation : dep.location, QStringLiteral("add \"%1\" to uses in [project]").arg(dep.target),
                    "service");
            } else if (!fromGlobal) {
                add(Severity::Error, code::UnknownDependency,
                    QStringLiteral("service '%1' depends on '%2', which project '%3' does not have")
                        .arg(s.id, dep.target, project.name),
                    dep.location,
                    detail::didYouMeanOr(dep.target, scope.ids,
                                         QStringLiteral("use a service of the project, a global service in uses, "
                                                        "or project/service")),
                    "service");
            }
            return;
        }
        checkVersion(s, dep, *target->service, target->service->id);
        checkDependencyDetails(s, dep, *target->service);
        checkSharedNetwork(project, s, dep, *target->service);
        if (!fromGlobal)
            checkDeprecatedTarget(s, dep, *target->service);
    }

    void checkProject(const Project &project)
    {
        const ProjectScope scope(m_registry, project);
        const Catalog &catalog = scope.catalog;
        const auto &uses = scope.uses;

        // Deprecated global services in use.
        for (const auto &u : project.uses) {
            const ServicePtr s = catalog.service(u.id);
            if (s && s->lifecycle == Lifecycle::Deprecated)
                add(Severity::Warning, code::DeprecatedUse,
                    QStringLiteral("project '%1' uses deprecated service '%2'").arg(project.name, u.id), u.location,
                    s->replacedBy.isEmpty() ? QStringLiteral("plan a migration away from '%1'").arg(u.id)
                                            : QStringLiteral("migrate to '%1'").arg(s->replacedBy));
        }

        // Port clashes: each service has an address of its own; only ports published on the
        // host share one space (docs/catalog-format.md).
        struct Published
        {
            QString service;
            const Port *port;
        };
        QHash<QString, QList<Published>> hostPorts; // "8080/tcp" → who publishes it
        for (const auto &r : project.resolved) {
            // An unchanged service of the current catalog was checked with the catalog.
            if (r.origin != Origin::Global || !project.catalogVersion.isEmpty())
                checkServiceShape(*r.service);
            for (const auto &port : r.service->ports) {
                if (port.hostPort == 0)
                    continue;
                const QString key = QString::number(port.hostPort) + QLatin1Char('/') + nameOf(port.transport);
                QList<Published> &others = hostPorts[key];
                const auto clash = std::find_if(others.cbegin(), others.cend(), [&port](const Published &p) {
                    return hostAddressesOverlap(p.port->hostIp, port.hostIp);
                });
                if (clash == others.cend()) {
                    others.append(Published{r.service->id, &port});
                    continue;
                }
                const FieldSource *src = r.service->sourceOf(QStringLiteral("ports"));
                SourceLocation where = src && src->origin != Origin::Global ? src->location : port.location;
                if (r.origin == Origin::Global)
                    where = uses.contains(r.service->id) ? uses.value(r.service->id)->location : where;
                add(Severity::Error, code::PortClash,
                    QStringLiteral("in project '%1', services '%2' and '%3' both publish host port %4")
                        .arg(project.name, clash->service, r.service->id, key),
                    where,
                    r.origin == Origin::Project
                        ? QStringLiteral("give one of them another host_port in [services.%1] of %2")
                              .arg(r.service->id, project.servicesFile)
                        : QStringLiteral("give one of them another host_port, e.g. with [overrides.%1] ports = [...]")
                              .arg(r.service->id));
            }
        }

        for (const auto &r : project.resolved) {
            const Service &s = *r.service;
            const FieldSource *dependencies = s.sourceOf(QStringLiteral("dependencies"));
            const bool fromGlobal = r.origin == Origin::Global
                || (r.origin == Origin::Override && dependencies && dependencies->origin == Origin::Global);
            for (const auto &dep : s.dependencies)
                checkProjectDependency(scope, s, dep, fromGlobal);
        }
        checkCycles(DependencyGraph::forProject(project));
    }

    void checkCrossProject(const Project &project, const Service &s, const Dependency &dep)
    {
        const QString otherName = dep.target.section(QLatin1Char('/'), 0, 0);
        const QString serviceId = dep.target.section(QLatin1Char('/'), 1);
        const Project *other = m_registry.project(otherName);
        if (!other) {
            QStringList names;
            for (const auto &p : m_registry.projects)
                names.append(p.name);
            add(Severity::Error, code::UnknownDependency,
                QStringLiteral("service '%1' depends on '%2', but there is no project '%3'").arg(s.id, dep.target, otherName),
                dep.location, detail::didYouMeanOr(otherName, names, QStringLiteral("projects are the folders under projects/")),
                "service");
            return;
        }
        if (other == &project) {
            add(Severity::Error, code::UnknownDependency,
                QStringLiteral("service '%1' names its own project in '%2'").arg(s.id, dep.target), dep.location,
                QStringLiteral("write just \"%1\"").arg(serviceId), "service");
            return;
        }
        const ResolvedService *target = other->find(serviceId);
        if (!target) {
            QStringList ids;
            for (const auto &r : other->resolved)
                ids.append(r.service->id);
            add(Severity::Error, code::UnknownDependency,
                QStringLiteral("service '%1' depends on '%2', but project '%3' has no service '%4'")
                    .arg(s.id, dep.target, otherName, serviceId),
                dep.location,
                detail::didYouMeanOr(serviceId, ids, QStringLiteral("check the service ids of project '%1'").arg(otherName)),
                "service");
            return;
        }
        if (target->origin != Origin::Project) {
            add(Severity::Error, code::NotShared,
                QStringLiteral("service '%1' depends on '%2', a global service that project '%3' runs for itself")
                    .arg(s.id, dep.target, otherName),
                dep.location, QStringLiteral("use the global service '%1' directly: add it to uses").arg(serviceId), "service");
            return;
        }
        if (!target->service->shared) {
            add(Severity::Error, code::NotShared,
                QStringLiteral("service '%1' depends on '%2', which project '%3' does not share")
                    .arg(s.id, dep.target, otherName),
                dep.location,
                QStringLiteral("ask the owners of '%1' (%2) to set shared = true on it").arg(otherName, target->service->owner),
                "service");
            return;
        }
        checkVersion(s, dep, *target->service, dep.target);
        checkDeprecatedTarget(s, dep, *target->service);
        checkDependencyDetails(s, dep, *target->service);
    }

    Diagnostics take() { return std::exchange(m_out, {}); }

private:
    const Registry &m_registry;
    Diagnostics m_out;
};

bool isDependencyCode(const QString &code)
{
    for (const char *c :
         {code::UnknownDependency, code::ConstraintNotSatisfied, code::DependencyCycle, code::NotShared, code::DeprecatedUse}) {
        if (code == QLatin1String(c))
            return true;
    }
    return false;
}

/// What a project's check reads besides the project: its catalog and the projects its
/// services name ("other/service"); empty when a generation is not known (a snapshot not
/// made by the loader), so that nothing is reused.
std::vector<quint64> checkInputs(const Registry &registry, const Project &project)
{
    std::vector<quint64> inputs{project.generation, registry.catalogFor(project).generation};
    QStringList named;
    for (const auto &r : project.resolved) {
        for (const auto &dep : r.service->dependencies) {
            if (!dep.external && dep.target.contains(QLatin1Char('/')))
                named.append(dep.target.section(QLatin1Char('/'), 0, 0));
        }
    }
    named.sort();
    named.removeDuplicates();
    for (const QString &name : std::as_const(named)) {
        const Project *other = registry.project(name);
        if (!other) {
            // The hint lists the projects there are.
            QStringList names;
            for (const auto &p : registry.projects)
                names.append(p.name);
            inputs.push_back(qHash(names.join(QLatin1Char('/'))) | (quint64(1) << 63));
            continue;
        }
        inputs.push_back(other->generation);
    }
    if (std::find(inputs.cbegin(), inputs.cend(), 0) != inputs.cend())
        return {};
    return inputs;
}

} // namespace

Diagnostics Validator::checkDependency(const Registry &registry, const QString &projectName, const Service &from,
                                       const Dependency &dependency)
{
    Checker checker(registry);
    if (projectName.isEmpty()) {
        checker.checkCatalogDependency(Checker::CatalogScope(registry.catalog), from, dependency);
    } else if (const Project *project = registry.project(projectName)) {
        checker.checkProjectDependency(Checker::ProjectScope(registry, *project), from, dependency, false);
    }
    return checker.take();
}

namespace {

Diagnostics semanticChecks(const Registry &registry, const ValidationCache *previous = nullptr, ValidationCache *next = nullptr)
{
    // One job for the catalog and the registry-wide graph, one per project.
    const int jobs = int(registry.projects.size()) + 1;
    std::vector<Diagnostics> results(static_cast<size_t>(jobs));
    std::vector<std::vector<quint64>> inputs(static_cast<size_t>(jobs));
    QList<int> indices(jobs);
    std::iota(indices.begin(), indices.end(), 0);
    detail::forEachIndex(indices, [&](int i) {
        Checker checker(registry);
        if (i == 0) {
            checker.checkCatalog(registry.catalog);
            checker.checkCycles(DependencyGraph::acrossProjects(registry), true);
            results[0] = checker.take();
            return;
        }
        const Project &project = registry.projects[i - 1];
        if (previous || next)
            inputs[size_t(i)] = checkInputs(registry, project);
        if (previous && !inputs[size_t(i)].empty()) {
            const auto it = previous->projects.constFind(project.name);
            if (it != previous->projects.cend() && it->inputs == inputs[size_t(i)]) {
                results[size_t(i)] = it->found;
                return;
            }
        }
        checker.checkProject(project);
        results[size_t(i)] = checker.take();
    });
    Diagnostics out;
    for (int i = 0; i < jobs; ++i) {
        if (next && i > 0 && !inputs[size_t(i)].empty())
            next->projects.insert(registry.projects[i - 1].name,
                                  ValidationCache::Entry{std::move(inputs[size_t(i)]), results[size_t(i)]});
        out.append(std::move(results[size_t(i)]));
    }
    return out;
}

} // namespace

/// Custom policy rules may not take a built-in rule's id: waivers and reports name rules by id.
static Diagnostics customRuleChecks(const Registry &registry)
{
    Diagnostics out;
    if (!registry.policies.rules)
        return out;
    for (const CustomRule &rule : registry.policies.rules->rules) {
        if (findPolicyRule(rule.id))
            out.append(Diagnostic{
                Severity::Error, QString::fromLatin1(code::DuplicateId),
                QStringLiteral("custom rule id '%1' is the id of a built-in rule").arg(rule.id),
                rule.positions.at(QStringLiteral("id")),
                QStringLiteral("give it an id of its own, e.g. \"team.%1\"").arg(rule.id.section(QLatin1Char('.'), -1))});
    }
    return out;
}

/// governance.toml [change_severity] may only name rules of the change detector.
static Diagnostics changeSeverityChecks(const Registry &registry)
{
    Diagnostics out;
    if (!registry.policies.governance)
        return out;
    QStringList known;
    for (const ChangeRuleInfo &rule : changeRules())
        known.append(QString::fromLatin1(rule.id));
    const GovernancePolicy &g = *registry.policies.governance;
    for (auto it = g.changeSeverity.cbegin(); it != g.changeSeverity.cend(); ++it) {
        if (!known.contains(it.key()))
            out.append(Diagnostic{
                Severity::Error, QString::fromLatin1(code::InvalidValue),
                QStringLiteral("[change_severity] names no change rule '%1'").arg(it.key()),
                g.changeSeverityPositions.at(it.key()),
                QStringLiteral("use one of the rules of docs/change-review.md: %1").arg(known.join(QStringLiteral(", ")))});
    }
    return out;
}

Diagnostics Validator::validate(const Registry &registry)
{
    return validate(registry, nullptr, nullptr);
}

Diagnostics Validator::validate(const Registry &registry, const ValidationCache *previous, ValidationCache *next)
{
    if (next)
        next->projects.clear();
    Diagnostics all = registry.diagnostics;
    all.append(semanticChecks(registry, previous, next));
    all.append(customRuleChecks(registry));
    all.append(changeSeverityChecks(registry));
    sortDiagnostics(all);
    return all;
}

Diagnostics Validator::checkDependencies(const Registry &registry)
{
    Diagnostics all;
    for (auto &d : semanticChecks(registry)) {
        if (isDependencyCode(d.code))
            all.append(std::move(d));
    }
    sortDiagnostics(all);
    return all;
}

} // namespace sr
