#include "analysis/validator.h"

#include "analysis/dependencygraph.h"
#include "catalog/semver.h"
#include "catalog/tomlsupport_p.h"

#include <QSet>
#include <QtConcurrent/QtConcurrentMap>

namespace sr {

namespace {

class Checker
{
public:
    explicit Checker(const Registry &registry)
        : m_registry(registry)
    { }

    void add(Severity severity, const char *code, QString message, SourceLocation where, QString hint)
    {
        m_out.append(Diagnostic{severity, QString::fromLatin1(code), std::move(message), std::move(where), std::move(hint)});
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
                                       : QString()));
        }
    }

    void checkDeprecatedTarget(const Service &from, const Dependency &dep, const Service &target)
    {
        if (target.lifecycle != Lifecycle::Deprecated || from.lifecycle == Lifecycle::Deprecated)
            return;
        add(Severity::Warning, code::DeprecatedUse,
            QStringLiteral("service '%1' depends on deprecated service '%2'").arg(from.id, target.id), dep.location,
            target.replacedBy.isEmpty() ? QStringLiteral("plan a migration away from '%1'").arg(target.id)
                                        : QStringLiteral("migrate to '%1'").arg(target.replacedBy));
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

    void checkCatalog(const Catalog &catalog)
    {
        QHash<QString, ServicePtr> byId;
        QStringList ids;
        for (const auto &s : catalog.services) {
            byId.insert(s->id, s);
            ids.append(s->id);
        }
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
            for (const auto &dep : s->dependencies) {
                const ServicePtr target = byId.value(dep.target);
                if (!target) {
                    add(Severity::Error, code::UnknownDependency,
                        QStringLiteral("service '%1' depends on '%2', which is not in the catalog").arg(s->id, dep.target),
                        dep.location,
                        dep.target.contains(QLatin1Char('/'))
                            ? QStringLiteral("global services may only depend on global services")
                            : detail::didYouMeanOr(
                                dep.target, ids,
                                QStringLiteral("add '%1' to the catalog, or remove the dependency").arg(dep.target)));
                    continue;
                }
                checkVersion(*s, dep, *target, target->id);
                checkDeprecatedTarget(*s, dep, *target);
            }
        }
        checkCycles(DependencyGraph::forCatalog(catalog));
    }

    void checkProject(const Project &project)
    {
        const Catalog &catalog = m_registry.catalogFor(project);
        QHash<QString, const ResolvedService *> scope;
        QStringList scopeIds;
        for (const auto &r : project.resolved) {
            scope.insert(r.service->id, &r);
            scopeIds.append(r.service->id);
        }
        QHash<QString, const ServiceUse *> uses;
        for (const auto &u : project.uses)
            uses.insert(u.id, &u);

        // Deprecated global services in use.
        for (const auto &u : project.uses) {
            const ServicePtr s = catalog.service(u.id);
            if (s && s->lifecycle == Lifecycle::Deprecated)
                add(Severity::Warning, code::DeprecatedUse,
                    QStringLiteral("project '%1' uses deprecated service '%2'").arg(project.name, u.id), u.location,
                    s->replacedBy.isEmpty() ? QStringLiteral("plan a migration away from '%1'").arg(u.id)
                                            : QStringLiteral("migrate to '%1'").arg(s->replacedBy));
        }

        // Port clashes: every published port of the project's services shares one network.
        QHash<QString, QPair<QString, const Port *>> ports;
        for (const auto &r : project.resolved) {
            for (const auto &port : r.service->ports) {
                if (port.port == 0)
                    continue;
                const QString key = QString::number(port.port) + QLatin1Char('/') + port.protocol;
                const auto it = ports.constFind(key);
                if (it == ports.cend()) {
                    ports.insert(key, qMakePair(r.service->id, &port));
                    continue;
                }
                const FieldSource *src = r.service->sourceOf(QStringLiteral("ports"));
                SourceLocation where = src && src->origin != Origin::Global ? src->location : port.location;
                if (r.origin == Origin::Global)
                    where = uses.contains(r.service->id) ? uses.value(r.service->id)->location : where;
                add(Severity::Error, code::PortClash,
                    QStringLiteral("in project '%1', services '%2' and '%3' both use port %4")
                        .arg(project.name, it->first, r.service->id, key),
                    where,
                    r.origin == Origin::Project
                        ? QStringLiteral("give one of them another port in [services.%1] of %2")
                              .arg(r.service->id, project.servicesFile)
                        : QStringLiteral("give one of them another port, e.g. with [overrides.%1] ports = [...]")
                              .arg(r.service->id));
            }
        }

        for (const auto &r : project.resolved) {
            const Service &s = *r.service;
            for (const auto &dep : s.dependencies) {
                const bool fromGlobal = r.origin == Origin::Global
                    || (r.origin == Origin::Override && s.sourceOf(QStringLiteral("dependencies"))
                        && s.sourceOf(QStringLiteral("dependencies"))->origin == Origin::Global);
                const SourceLocation useLocation = uses.contains(s.id) ? uses.value(s.id)->location : s.location;
                if (dep.target.contains(QLatin1Char('/'))) {
                    checkCrossProject(project, s, dep);
                    continue;
                }
                const ResolvedService *target = scope.value(dep.target);
                if (!target) {
                    if (catalog.service(dep.target)) {
                        if (dep.optional)
                            continue; // an optional dependency may stay out of the project
                        add(Severity::Error, code::UnknownDependency,
                            QStringLiteral("service '%1' requires '%2', which project '%3' does not use")
                                .arg(s.id, dep.target, project.name),
                            fromGlobal ? useLocation : dep.location,
                            QStringLiteral("add \"%1\" to uses in [project]").arg(dep.target));
                    } else if (!fromGlobal) {
                        add(Severity::Error, code::UnknownDependency,
                            QStringLiteral("service '%1' depends on '%2', which project '%3' does not have")
                                .arg(s.id, dep.target, project.name),
                            dep.location,
                            detail::didYouMeanOr(dep.target, scopeIds,
                                                 QStringLiteral("use a service of the project, a global service in uses, "
                                                                "or project/service")));
                    }
                    continue;
                }
                checkVersion(s, dep, *target->service, target->service->id);
                if (!fromGlobal)
                    checkDeprecatedTarget(s, dep, *target->service);
            }
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
                dep.location, detail::didYouMeanOr(otherName, names, QStringLiteral("projects are the folders under projects/")));
            return;
        }
        if (other == &project) {
            add(Severity::Error, code::UnknownDependency,
                QStringLiteral("service '%1' names its own project in '%2'").arg(s.id, dep.target), dep.location,
                QStringLiteral("write just \"%1\"").arg(serviceId));
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
                detail::didYouMeanOr(serviceId, ids, QStringLiteral("check the service ids of project '%1'").arg(otherName)));
            return;
        }
        if (target->origin != Origin::Project) {
            add(Severity::Error, code::NotShared,
                QStringLiteral("service '%1' depends on '%2', a global service that project '%3' runs for itself")
                    .arg(s.id, dep.target, otherName),
                dep.location, QStringLiteral("use the global service '%1' directly: add it to uses").arg(serviceId));
            return;
        }
        if (!target->service->shared) {
            add(Severity::Error, code::NotShared,
                QStringLiteral("service '%1' depends on '%2', which project '%3' does not share")
                    .arg(s.id, dep.target, otherName),
                dep.location,
                QStringLiteral("ask the owners of '%1' (%2) to set shared = true on it").arg(otherName, target->service->owner));
            return;
        }
        checkVersion(s, dep, *target->service, dep.target);
        checkDeprecatedTarget(s, dep, *target->service);
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

Diagnostics semanticChecks(const Registry &registry)
{
    // One job for the catalog and the registry-wide graph, one per project.
    const int jobs = int(registry.projects.size()) + 1;
    std::vector<Diagnostics> results(static_cast<size_t>(jobs));
    QList<int> indices(jobs);
    std::iota(indices.begin(), indices.end(), 0);
    QtConcurrent::blockingMap(indices, [&](int i) {
        Checker checker(registry);
        if (i == 0) {
            checker.checkCatalog(registry.catalog);
            checker.checkCycles(DependencyGraph::forRegistry(registry), true);
        } else {
            checker.checkProject(registry.projects[i - 1]);
        }
        results[size_t(i)] = checker.take();
    });
    Diagnostics out;
    for (auto &r : results)
        out.append(std::move(r));
    return out;
}

} // namespace

Diagnostics Validator::validate(const Registry &registry)
{
    Diagnostics all = registry.diagnostics;
    all.append(semanticChecks(registry));
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
