#include "analysis/changedetector.h"

#include "analysis/dependencygraph.h"
#include "catalog/semver.h"
#include "catalog/servicefields.h"
#include "catalog/workerpool_p.h"

#include <QHash>
#include <QSet>

#include <numeric>

namespace sr {

namespace {

using S = ChangeSeverity;

constexpr ChangeRuleInfo rules[] = {
    {"service-removed", S::Breaking, "a service is no longer in the catalog (or a project's own service is gone)"},
    {"service-added", S::Info, "a new service"},
    {"port-removed", S::Breaking, "a port its clients connect to is gone"},
    {"port-renumbered", S::Breaking, "the port number its clients connect to changed"},
    {"container-port-changed", S::Warning, "the port the container listens on changed; clients keep the service port"},
    {"port-protocol-changed", S::Breaking, "a port's protocol or transport changed"},
    {"property-removed", S::Breaking, "a contract property is gone"},
    {"property-type-changed", S::Breaking, "a contract property has a value of another type"},
    {"environment-removed", S::Warning, "an environment variable is gone"},
    {"secret-removed", S::Warning, "a secret reference is gone"},
    {"dependency-added", S::Breaking, "a new required dependency: it must be deployed first"},
    {"constraint-tightened", S::Breaking, "a dependency's version constraint no longer accepts the version the registry has"},
    {"version-major-bump", S::Breaking, "the major version went up"},
    {"image-major-bump", S::Breaking, "the image tag's major version went up"},
    {"version-decreased", S::Breaking, "the version went down"},
    {"breaking-without-major-bump", S::Breaking, "breaking changes, but the major version (0.x: the minor) stayed"},
    {"lifecycle-deprecated", S::Warning, "the service became deprecated"},
    {"health-check-changed", S::Warning, "its health check or a probe changed"},
    {"resources-reduced", S::Warning, "a CPU or memory request or limit went down"},
    {"override-orphaned", S::Warning, "a project overrides a field the global service no longer has"},
    {"field-changed", S::Info, "any other field added, changed or removed"},
};

const ChangeRuleInfo &ruleInfo(const char *id)
{
    for (const ChangeRuleInfo &r : rules) {
        if (qstrcmp(r.id, id) == 0)
            return r;
    }
    Q_UNREACHABLE();
}

/// The rows of one field as key → text; keys are unique field paths ("environment.X",
/// "dependencies.requires.auth").
QMap<QString, QString> rowsOf(const ServiceField &field, const Service &s)
{
    QMap<QString, QString> out;
    for (const FieldValue &v : field.values(s)) {
        const bool named = !v.name.isEmpty() && !v.path.endsWith(QLatin1Char('.') + v.name);
        out.insert(named ? v.path + QLatin1Char('.') + v.name : v.path, v.text);
    }
    return out;
}

/// Everything that makes up a service but its id and name: equal for a renamed service.
QString contentOf(const Service &s)
{
    QString out;
    for (const ServiceField &f : serviceFields()) {
        if (qstrcmp(f.key, "display_name") == 0)
            continue;
        const auto rows = rowsOf(f, s);
        for (auto it = rows.cbegin(); it != rows.cend(); ++it)
            out += it.key() + QLatin1Char('=') + it.value() + QLatin1Char('\n');
    }
    return out;
}

bool sameKind(const QVariant &a, const QVariant &b)
{
    auto kind = [](const QVariant &v) {
        switch (v.typeId()) {
        case QMetaType::Int:
        case QMetaType::LongLong:
        case QMetaType::Double:
            return 1;
        case QMetaType::Bool:
            return 2;
        case QMetaType::QString:
            return 3;
        case QMetaType::QVariantList:
            return 4;
        case QMetaType::QVariantMap:
            return 5;
        default:
            return 6 + v.typeId();
        }
    };
    return kind(a) == kind(b);
}

/// The major version of an image's tag ("postgres:15.4" → 15); nullopt without a numeric tag.
std::optional<int> imageMajor(const QString &image)
{
    const qsizetype colon = image.lastIndexOf(QLatin1Char(':'));
    if (colon < 0 || image.indexOf(QLatin1Char('/'), colon) >= 0 || image.contains(QLatin1Char('@')))
        return std::nullopt;
    QString tag = image.mid(colon + 1);
    if (tag.startsWith(QLatin1Char('v')))
        tag.remove(0, 1);
    bool ok = false;
    const int major = tag.section(QLatin1Char('.'), 0, 0).section(QLatin1Char('-'), 0, 0).toInt(&ok);
    return ok ? std::optional<int>(major) : std::nullopt;
}

class Detector
{
public:
    Detector(const Registry &base, const Registry &head)
        : m_base(base)
        , m_head(head)
    { }

    QList<RegistryChange> changes;

    void add(const char *rule, const QString &scope, const Service *a, const Service *b, const QString &field,
             const QString &oldValue, const QString &newValue, const QString &message, const QString &hint = {})
    {
        RegistryChange c;
        c.rule = QString::fromLatin1(rule);
        c.severity = ruleInfo(rule).severity;
        // The registry's own severity at once: "breaking changes without a major bump" counts
        // only what the registry calls breaking.
        if (const auto &governance = m_head.policies.governance) {
            if (const auto severity = parseName<ChangeSeverity>(governance->changeSeverity.value(c.rule)))
                c.severity = *severity;
        }
        c.scope = scope;
        c.service = b ? b->id : a->id;
        c.field = field;
        c.oldValue = oldValue;
        c.newValue = newValue;
        c.message = message;
        c.hint = hint;
        if (a)
            c.baseLocation = field.isEmpty() ? a->location : a->locationOf(field);
        if (b)
            c.headLocation = field.isEmpty() ? b->location : b->locationOf(field);
        changes.append(std::move(c));
    }

    /// The version the registry gives a dependency of a service in `scope` (the head's).
    std::optional<SemVer> deployedVersion(const QString &scope, const QString &target) const
    {
        ServicePtr s;
        if (scope == QLatin1String("global")) {
            s = m_head.catalog.service(target);
        } else if (target.contains(QLatin1Char('/'))) {
            if (const Project *p = m_head.project(target.section(QLatin1Char('/'), 0, 0)))
                if (const ResolvedService *r = p->find(target.section(QLatin1Char('/'), 1)))
                    s = r->service;
        } else if (const Project *p = m_head.project(scope)) {
            if (const ResolvedService *r = p->find(target))
                s = r->service;
        }
        return s ? SemVer::parse(s->version) : std::nullopt;
    }

    void diffService(const QString &scope, const Service &a, const Service &b)
    {
        const qsizetype first = changes.size();
        diffPorts(scope, a, b);
        for (const ServiceField &f : serviceFields()) {
            const QString key = QString::fromLatin1(f.key);
            if (key == QLatin1String("ports"))
                continue;
            const auto before = rowsOf(f, a);
            const auto after = rowsOf(f, b);
            if (key == QLatin1String("properties"))
                propertyTypes(scope, a, b);
            if (before == after)
                continue;
            if (key == QLatin1String("version")) {
                diffVersion(scope, a, b);
                continue;
            }
            QSet<QString> paths(before.keyBegin(), before.keyEnd());
            for (auto it = after.keyBegin(); it != after.keyEnd(); ++it)
                paths.insert(*it);
            QStringList sorted(paths.cbegin(), paths.cend());
            sorted.sort();
            for (const QString &path : sorted) {
                const bool had = before.contains(path);
                const bool has = after.contains(path);
                const QString old = before.value(path);
                const QString now = after.value(path);
                if (had && has && old == now)
                    continue;
                classify(scope, a, b, key, path, had, has, old, now);
            }
        }
        breakingWithoutMajor(scope, a, b, first);
    }

    void classify(const QString &scope, const Service &a, const Service &b, const QString &key, const QString &path, bool had,
                  bool has, const QString &old, const QString &now)
    {
        const QString name = path.mid(key.size() + 1);
        if (key == QLatin1String("environment") && had && !has) {
            add("environment-removed", scope, &a, &b, path, old, {},
                QStringLiteral("%1 no longer sets the environment variable %2").arg(b.id, name),
                QStringLiteral("make sure nothing reads %1 from %2 any more").arg(name, b.id));
            return;
        }
        if (key == QLatin1String("secrets") && had && !has) {
            add("secret-removed", scope, &a, &b, path, old, {}, QStringLiteral("%1 no longer gets the secret %2").arg(b.id, name),
                QStringLiteral("make sure %1 does not need %2 any more").arg(b.id, name));
            return;
        }
        if (key == QLatin1String("properties")) {
            if (had && !has) {
                add("property-removed", scope, &a, &b, path, old, {},
                    QStringLiteral("the contract property %1 of %2 is gone").arg(name, b.id),
                    QStringLiteral("update the clients of %1 that read %2").arg(b.id, name));
                return;
            }
            if (had && has && !sameKind(a.properties.value(name), b.properties.value(name)))
                return; // propertyTypes() reports it
        }
        if (key == QLatin1String("dependencies.requires")) {
            if (!had) {
                add("dependency-added", scope, &a, &b, path, {}, now, QStringLiteral("%1 now requires %2").arg(b.id, name),
                    QStringLiteral("deploy %1 wherever %2 runs before this change").arg(name, b.id));
                return;
            }
            if (has && constraintTightened(scope, a, b, name))
                return;
        }
        if (key == QLatin1String("health_check") || key.startsWith(QLatin1String("probes."))) {
            add("health-check-changed", scope, &a, &b, path, old, now, QStringLiteral("the %1 of %2 changed").arg(key, b.id),
                QStringLiteral("check that the new check passes where %1 is deployed").arg(b.id));
            return;
        }
        if (key.startsWith(QLatin1String("resources.")) && had && has) {
            const auto x = numericValue(old, FieldKind::Quantity);
            const auto y = numericValue(now, FieldKind::Quantity);
            if (x && y && *y < *x) {
                add("resources-reduced", scope, &a, &b, path, old, now,
                    QStringLiteral("%1 of %2 went down from %3 to %4").arg(key, b.id, old, now),
                    QStringLiteral("check %1's usage against the new value before deploying").arg(b.id));
                return;
            }
        }
        if (key == QLatin1String("lifecycle") && b.lifecycle == Lifecycle::Deprecated) {
            add("lifecycle-deprecated", scope, &a, &b, path, old, now,
                b.replacedBy.isEmpty() ? QStringLiteral("%1 is deprecated").arg(b.id)
                                       : QStringLiteral("%1 is deprecated, replaced by %2").arg(b.id, b.replacedBy),
                b.replacedBy.isEmpty() ? QStringLiteral("plan the move away from %1").arg(b.id)
                                       : QStringLiteral("move the services that depend on %1 to %2").arg(b.id, b.replacedBy));
            return;
        }
        if (key == QLatin1String("image") && had && has) {
            const auto x = imageMajor(old);
            const auto y = imageMajor(now);
            if (x && y && *y > *x) {
                add("image-major-bump", scope, &a, &b, path, old, now,
                    QStringLiteral("the image of %1 moves to a new major version (%2 → %3)").arg(b.id, old, now),
                    QStringLiteral("read the upstream release notes of %1 and test its clients").arg(b.id));
                return;
            }
        }
        const QString what = !had ? QStringLiteral("%1 of %2 added").arg(path, b.id)
            : !has                ? QStringLiteral("%1 of %2 removed").arg(path, b.id)
                                  : QStringLiteral("%1 of %2 changed").arg(path, b.id);
        add("field-changed", scope, &a, &b, path, old, now, what);
    }

    /// Properties whose value keeps its text but changes its type (100 → "100").
    void propertyTypes(const QString &scope, const Service &a, const Service &b)
    {
        for (auto it = a.properties.cbegin(); it != a.properties.cend(); ++it) {
            const auto now = b.properties.constFind(it.key());
            if (now == b.properties.cend() || sameKind(it.value(), *now))
                continue;
            const QString path = QStringLiteral("properties.") + it.key();
            add("property-type-changed", scope, &a, &b, path, it.value().toString(), now->toString(),
                QStringLiteral("the contract property %1 of %2 changed its type (%3 → %4)")
                    .arg(it.key(), b.id, QString::fromLatin1(it.value().typeName()), QString::fromLatin1(now->typeName())),
                QStringLiteral("update the clients of %1 that read %2").arg(b.id, it.key()));
        }
    }

    bool constraintTightened(const QString &scope, const Service &a, const Service &b, const QString &target)
    {
        auto constraintOf = [&target](const Service &s) {
            for (const Dependency &d : s.dependencies) {
                if (!d.optional && d.target == target)
                    return d.constraint;
            }
            return QString();
        };
        const QString before = constraintOf(a);
        const QString after = constraintOf(b);
        const auto version = deployedVersion(scope, target);
        const auto oldRange = before.isEmpty() ? std::nullopt : VersionConstraint::parse(before);
        const auto newRange = VersionConstraint::parse(after);
        if (before == after || after.isEmpty() || !version || !newRange || newRange->isSatisfiedBy(*version)
            || (oldRange && !oldRange->isSatisfiedBy(*version)))
            return false;
        add("constraint-tightened", scope, &a, &b, QStringLiteral("dependencies.requires.") + target, before, after,
            QStringLiteral("%1 now requires %2 %3, which the registry's %2 %4 does not satisfy")
                .arg(b.id, target, after, version->toString()),
            QStringLiteral("deploy a version of %1 that satisfies %2, or keep the constraint at %3")
                .arg(target, after, before.isEmpty() ? QStringLiteral("*") : before));
        return true;
    }

    void diffPorts(const QString &scope, const Service &a, const Service &b)
    {
        auto keyOf = [](const Port &p) { return p.name.isEmpty() ? QString::number(p.port) : p.name; };
        for (const Port &old : a.ports) {
            const auto it = std::find_if(b.ports.cbegin(), b.ports.cend(), [&](const Port &p) { return keyOf(p) == keyOf(old); });
            const QString path = QStringLiteral("ports.") + keyOf(old);
            if (it == b.ports.cend()) {
                add("port-removed", scope, &a, &b, path, old.text(), {},
                    QStringLiteral("port %1 of %2 is gone").arg(keyOf(old), b.id),
                    QStringLiteral("move the clients of %1 off port %2 first").arg(b.id, old.text()));
            } else if (it->port != old.port) {
                add("port-renumbered", scope, &a, &b, path, old.text(), it->text(),
                    QStringLiteral("port %1 of %2 changed from %3 to %4").arg(keyOf(old), b.id, old.text(), it->text()),
                    QStringLiteral("update the clients of %1 that connect to %2").arg(b.id, old.text()));
            } else if (it->targetPort() != old.targetPort()) {
                // Clients connect to the service port, which stayed: only the image must listen anew.
                add("container-port-changed", scope, &a, &b, path, old.text(), it->text(),
                    QStringLiteral("the container of %1 now listens on %2 for port %3 (was %4); clients still connect to %5")
                        .arg(b.id)
                        .arg(it->targetPort())
                        .arg(keyOf(old))
                        .arg(old.targetPort())
                        .arg(it->port),
                    QStringLiteral("deploy an image of %1 that listens on %2").arg(b.id).arg(it->targetPort()));
            } else if (it->protocol != old.protocol || it->transport != old.transport) {
                add("port-protocol-changed", scope, &a, &b, path, old.text(), it->text(),
                    QStringLiteral("port %1 of %2 now speaks %3 over %4 (was %5 over %6)")
                        .arg(keyOf(old), b.id, it->protocol, nameOf(it->transport), old.protocol, nameOf(old.transport)),
                    QStringLiteral("update the clients of %1 to the new protocol").arg(b.id));
            }
        }
        for (const Port &now : b.ports) {
            if (std::none_of(a.ports.cbegin(), a.ports.cend(), [&](const Port &p) { return keyOf(p) == keyOf(now); }))
                add("field-changed", scope, &a, &b, QStringLiteral("ports.") + keyOf(now), {}, now.text(),
                    QStringLiteral("%1 has a new port %2").arg(b.id, now.text()));
        }
    }

    void diffVersion(const QString &scope, const Service &a, const Service &b)
    {
        const auto x = SemVer::parse(a.version);
        const auto y = SemVer::parse(b.version);
        if (x && y && *y < *x) {
            add("version-decreased", scope, &a, &b, QStringLiteral("version"), a.version, b.version,
                QStringLiteral("the version of %1 went down from %2 to %3").arg(b.id, a.version, b.version),
                QStringLiteral("a lower version is a rollback: make sure its clients do not need what %1 added").arg(a.version));
        } else if (x && y && y->major > x->major) {
            add("version-major-bump", scope, &a, &b, QStringLiteral("version"), a.version, b.version,
                QStringLiteral("%1 moves to a new major version (%2 → %3)").arg(b.id, a.version, b.version),
                QStringLiteral("update the version constraints of its dependents to ^%1").arg(y->major));
        } else {
            add("field-changed", scope, &a, &b, QStringLiteral("version"), a.version, b.version,
                QStringLiteral("the version of %1 changed from %2 to %3").arg(b.id, a.version, b.version));
        }
    }

    void breakingWithoutMajor(const QString &scope, const Service &a, const Service &b, qsizetype first)
    {
        QStringList breaking;
        bool versionRule = false;
        for (qsizetype i = first; i < changes.size(); ++i) {
            const RegistryChange &c = changes.at(i);
            if (c.rule.startsWith(QLatin1String("version-")))
                versionRule = true;
            else if (c.severity == S::Breaking)
                breaking.append(c.rule);
        }
        const auto x = SemVer::parse(a.version);
        const auto y = SemVer::parse(b.version);
        if (breaking.isEmpty() || versionRule || !x || !y)
            return;
        const bool bumped = x->major == 0 ? (y->major > 0 || y->minor > x->minor) : y->major > x->major;
        if (bumped)
            return;
        breaking.removeDuplicates();
        add("breaking-without-major-bump", scope, &a, &b, QStringLiteral("version"), a.version, b.version,
            QStringLiteral("%1 has breaking changes (%2) but its version goes from %3 to %4")
                .arg(b.id, breaking.join(QLatin1String(", ")), a.version, b.version),
            QStringLiteral("raise the version of %1 to %2.0.0").arg(b.id).arg(x->major == 0 ? 0 : x->major + 1));
    }

    /// Services in `before` but not `after` and the other way round, with renames told apart.
    void diffSets(const QString &scope, const QList<ServicePtr> &before, const QList<ServicePtr> &after)
    {
        QHash<QString, ServicePtr> afterById;
        for (const ServicePtr &s : after)
            afterById.insert(s->id, s);
        QHash<QString, ServicePtr> beforeById;
        for (const ServicePtr &s : before)
            beforeById.insert(s->id, s);
        QList<ServicePtr> removed;
        QList<ServicePtr> added;
        for (const ServicePtr &s : before) {
            if (const ServicePtr other = afterById.value(s->id))
                diffService(scope, *s, *other);
            else
                removed.append(s);
        }
        for (const ServicePtr &s : after) {
            if (!beforeById.contains(s->id))
                added.append(s);
        }
        for (const ServicePtr &s : removed) {
            const auto twin = std::find_if(added.cbegin(), added.cend(),
                                           [&s](const ServicePtr &n) { return contentOf(*n) == contentOf(*s); });
            const QString hint = twin != added.cend()
                ? QStringLiteral("it looks renamed to %1 (the same definition): update every reference to %2")
                      .arg((*twin)->id, s->id)
                : QStringLiteral("remove it from the uses and dependencies that name it first");
            add("service-removed", scope, s.get(), nullptr, {}, s->version, {},
                QStringLiteral("%1 is no longer in %2")
                    .arg(s->id,
                         scope == QLatin1String("global") ? QStringLiteral("the catalog") : QStringLiteral("project ") + scope),
                hint);
        }
        for (const ServicePtr &s : added) {
            const auto twin = std::find_if(removed.cbegin(), removed.cend(),
                                           [&s](const ServicePtr &o) { return contentOf(*o) == contentOf(*s); });
            add("service-added", scope, nullptr, s.get(), {}, {}, s->version, QStringLiteral("%1 is new").arg(s->id),
                twin != removed.cend() ? QStringLiteral("it looks like %1 renamed").arg((*twin)->id) : QString());
        }
    }

    void diffOverrides(const Project &basePlan, const Project &headPlan)
    {
        // A field the project overrides that the global service (of the head) lacks.
        const Catalog &catalog = m_head.catalogFor(headPlan);
        const Catalog &baseCatalog = m_base.catalogFor(basePlan);
        for (const ResolvedService &r : headPlan.resolved) {
            if (r.origin != Origin::Override)
                continue;
            const ServicePtr global = catalog.service(r.service->id);
            const ServicePtr oldGlobal = baseCatalog.service(r.service->id);
            if (!global || !oldGlobal)
                continue;
            for (const FieldSource &source : r.service->sources) {
                auto defines = [&source](const Service &s) {
                    const FieldSource *f = s.sourceOf(source.path);
                    return f && f->path == source.path;
                };
                if (source.origin != Origin::Override || !defines(*oldGlobal) || defines(*global))
                    continue;
                add("override-orphaned", headPlan.name, oldGlobal.get(), r.service.get(), source.path, {}, {},
                    QStringLiteral("project %1 overrides %2 of %3, which the global service no longer has")
                        .arg(headPlan.name, source.path, r.service->id),
                    QStringLiteral("remove the override from %1, or move the field into the project's own definition")
                        .arg(headPlan.servicesFile));
            }
        }
    }

    const Registry &m_base;
    const Registry &m_head;
};

bool followsCurrentCatalog(const Registry &registry, const Project &project)
{
    return &registry.catalogFor(project) == &registry.catalog;
}

/// A dependency graph with what the impact walk needs of it, made once per registry: each
/// node's project and service (shared strings: every affected entry names them) and who
/// depends on each node.
struct ImpactGraph
{
    explicit ImpactGraph(const Registry &registry)
        : graph(DependencyGraph::forRegistry(registry))
    {
        const qsizetype n = graph.nodes().size();
        project.reserve(n);
        service.reserve(n);
        for (const auto &node : graph.nodes()) {
            project.append(node.id.section(QLatin1Char('/'), 0, 0));
            service.append(node.id.section(QLatin1Char('/'), 1));
        }
        dependents.resize(n);
        for (const auto &e : graph.edges())
            dependents[e.to].append(e.from);
        for (QList<int> &from : dependents)
            std::sort(from.begin(), from.end(), [this](int x, int y) { return graph.nodes().at(x).id < graph.nodes().at(y).id; });
    }

    DependencyGraph graph;
    QStringList project;
    QStringList service;
    QList<QList<int>> dependents; ///< to → from, by id
};

/// Who a change to `service` in `scope` reaches, through `registry`'s dependency graph.
QList<AffectedService> affectedBy(const Registry &registry, const ImpactGraph &impact, const QString &scope,
                                  const QString &service)
{
    const DependencyGraph &graph = impact.graph;
    QList<int> starts;
    QList<AffectedService> out;
    for (const Project &p : registry.projects) {
        if (scope == QLatin1String("global")
                ? (!followsCurrentCatalog(registry, p) || !p.find(service) || p.find(service)->origin == Origin::Project)
                : p.name != scope)
            continue;
        const int node = graph.indexOf(p.name + QLatin1Char('/') + service);
        if (node < 0)
            continue;
        starts.append(node);
        out.append({p.name, service, {graph.nodes().at(node).id}});
    }
    // Breadth first: each node is reached once, on a shortest path; its path is its own id
    // followed by the path of the node it depends on, towards the changed service.
    std::vector<int> pathOf(size_t(graph.nodes().size()), -1); // node → its entry in `out`
    for (qsizetype i = 0; i < starts.size(); ++i)
        pathOf[size_t(starts.at(i))] = int(i);
    QList<int> queue = starts;
    for (qsizetype i = 0; i < queue.size(); ++i) {
        const int at = queue.at(i);
        for (const int d : impact.dependents.at(at)) {
            if (pathOf[size_t(d)] >= 0)
                continue;
            const QStringList &towards = out.at(pathOf[size_t(at)]).path;
            QStringList path;
            path.reserve(towards.size() + 1);
            path.append(graph.nodes().at(d).id);
            path += towards;
            pathOf[size_t(d)] = int(out.size());
            out.append({impact.project.at(d), impact.service.at(d), std::move(path)});
            queue.append(d);
        }
    }
    return out;
}

/// The registry's own severities (governance.toml [change_severity] of the head).
void applySeverities(QList<RegistryChange> &changes, const Registry &head)
{
    if (const auto &governance = head.policies.governance) {
        for (RegistryChange &c : changes) {
            if (const auto severity = parseName<ChangeSeverity>(governance->changeSeverity.value(c.rule)))
                c.severity = *severity;
        }
    }
}

void finish(ChangeReport &report, const Registry &head, const Registry &base)
{
    applySeverities(report.changes, head);
    // Every change of one service reaches the same services: one walk per changed service,
    // the walks on the core's worker threads.
    QHash<QString, qsizetype> keyIndex;
    QList<const RegistryChange *> firstOfKey;
    for (const RegistryChange &c : std::as_const(report.changes)) {
        const QString key = c.scope + QLatin1Char('/') + c.service;
        if (!keyIndex.contains(key)) {
            keyIndex.insert(key, firstOfKey.size());
            firstOfKey.append(&c);
        }
    }
    const ImpactGraph headGraph(head);
    std::vector<QList<AffectedService>> reached(size_t(firstOfKey.size()));
    QList<int> indices(firstOfKey.size());
    std::iota(indices.begin(), indices.end(), 0);
    detail::forEachIndex(indices, [&](int i) {
        reached[size_t(i)] = affectedBy(head, headGraph, firstOfKey.at(i)->scope, firstOfKey.at(i)->service);
    });
    std::optional<ImpactGraph> baseGraph; // only for what is gone from the head: who used it before
    for (qsizetype i = 0; i < firstOfKey.size(); ++i) {
        if (!reached[size_t(i)].isEmpty())
            continue;
        if (!baseGraph)
            baseGraph.emplace(base);
        reached[size_t(i)] = affectedBy(base, *baseGraph, firstOfKey.at(i)->scope, firstOfKey.at(i)->service);
    }
    for (RegistryChange &c : report.changes)
        c.affected = reached[size_t(keyIndex.value(c.scope + QLatin1Char('/') + c.service))];
    std::stable_sort(report.changes.begin(), report.changes.end(), [](const RegistryChange &a, const RegistryChange &b) {
        auto scopeRank = [](const QString &s) { return s == QLatin1String("global") ? QString() : s; };
        return std::tuple(int(a.severity), scopeRank(a.scope), a.service, a.field, a.rule)
            < std::tuple(int(b.severity), scopeRank(b.scope), b.service, b.field, b.rule);
    });
}

} // namespace

namespace {
constexpr const char *changeSeverityNames[] = {"breaking", "warning", "info"};
constexpr const char *changeSeverityLabels[]
    = {QT_TRANSLATE_NOOP("Vocabulary", "breaking"), QT_TRANSLATE_NOOP("Vocabulary", "warning"),
       QT_TRANSLATE_NOOP("Vocabulary", "info")};
} // namespace

SR_DEFINE_VOCABULARY(ChangeSeverity, changeSeverityNames, changeSeverityLabels)

std::span<const ChangeRuleInfo> changeRules()
{
    return rules;
}

int ChangeReport::count(ChangeSeverity severity) const
{
    return int(
        std::count_if(changes.cbegin(), changes.cend(), [severity](const RegistryChange &c) { return c.severity == severity; }));
}

ChangeReport ChangeDetector::compare(const Registry &base, const Registry &head)
{
    Detector global(base, head);
    global.diffSets(QStringLiteral("global"), base.catalog.services, head.catalog.services);
    // Each project: its own services, and what it resolves differently for reasons of its own
    // (an override, a pinned catalog version); changes of the current catalog are reported once,
    // globally. The projects are independent: compared on the core's worker threads.
    std::vector<QList<RegistryChange>> perProject(size_t(head.projects.size()));
    QList<int> indices(head.projects.size());
    std::iota(indices.begin(), indices.end(), 0);
    detail::forEachIndex(indices, [&](int index) {
        const Project &headProject = head.projects.at(index);
        Detector d(base, head);
        const Project *baseProject = base.project(headProject.name);
        QList<ServicePtr> before;
        QList<ServicePtr> after;
        QList<std::pair<ServicePtr, ServicePtr>> resolvedPairs;
        for (const ResolvedService &r : headProject.resolved) {
            if (r.origin == Origin::Project)
                after.append(r.service);
        }
        if (baseProject) {
            for (const ResolvedService &r : baseProject->resolved) {
                if (r.origin == Origin::Project) {
                    before.append(r.service);
                    continue;
                }
                const ResolvedService *now = headProject.find(r.service->id);
                if (now && now->origin != Origin::Project)
                    resolvedPairs.append({r.service, now->service});
            }
        }
        d.diffSets(headProject.name, before, after);
        if (baseProject) {
            const bool current = followsCurrentCatalog(base, *baseProject) && followsCurrentCatalog(head, headProject);
            for (const auto &[a, b] : resolvedPairs) {
                const ServicePtr ga = base.catalog.service(a->id);
                const ServicePtr gb = head.catalog.service(b->id);
                if (current && ga && gb && ga == a && gb == b)
                    continue; // the catalog's own services: the global comparison says it all
                const qsizetype first = d.changes.size();
                d.diffService(headProject.name, *a, *b);
                if (!current)
                    continue;
                // Drop what the global comparison already says.
                for (qsizetype i = d.changes.size() - 1; i >= first; --i) {
                    const RegistryChange &c = d.changes.at(i);
                    if (std::any_of(global.changes.cbegin(), global.changes.cend(), [&c](const RegistryChange &g) {
                            return g.service == c.service && g.rule == c.rule && g.field == c.field && g.oldValue == c.oldValue
                                && g.newValue == c.newValue;
                        }))
                        d.changes.removeAt(i);
                }
            }
            d.diffOverrides(*baseProject, headProject);
        }
        perProject[size_t(index)] = std::move(d.changes);
    });
    ChangeReport report{std::move(global.changes)};
    for (QList<RegistryChange> &changes : perProject)
        report.changes += std::move(changes);
    finish(report, head, base);
    return report;
}

QList<RegistryChange> ChangeDetector::compareServices(const Registry &base, const Registry &head, const QString &scope,
                                                      const Service &a, const Service &b)
{
    Detector d(base, head);
    d.diffService(scope, a, b);
    applySeverities(d.changes, head);
    return d.changes;
}

ChangeReport ChangeDetector::upgradePreview(const Registry &registry, const QString &projectName)
{
    const Project *project = registry.project(projectName);
    if (!project || followsCurrentCatalog(registry, *project))
        return {};
    const Catalog &pinned = registry.catalogFor(*project);
    Detector d(registry, registry);
    for (const ServiceUse &use : project->uses) {
        const ServicePtr before = pinned.service(use.id);
        const ServicePtr after = registry.catalog.service(use.id);
        if (before && after)
            d.diffService(projectName, *before, *after);
        else if (before)
            d.add("service-removed", projectName, before.get(), nullptr, {}, before->version, {},
                  QStringLiteral("%1 is not in catalog %2").arg(use.id, registry.catalog.version),
                  QStringLiteral("remove it from the uses of %1 before moving to catalog %2")
                      .arg(projectName, registry.catalog.version));
    }
    ChangeReport report{d.changes};
    finish(report, registry, registry);
    return report;
}

} // namespace sr
