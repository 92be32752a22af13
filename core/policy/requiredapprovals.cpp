#include "policy/requiredapprovals.h"

#include "analysis/changedetector.h"
#include "catalog/servicefields.h"

namespace sr {

namespace {

/// The services of one scope by id: the global catalog, or a project's resolved services.
QHash<QString, ServicePtr> servicesOf(const Registry &registry, const QString &scope)
{
    QHash<QString, ServicePtr> out;
    if (scope == QLatin1String("global")) {
        for (const auto &s : registry.catalog.services)
            out.insert(s->id, s);
    } else if (const Project *project = registry.project(scope)) {
        for (const auto &r : project->resolved)
            out.insert(r.service->id, r.service);
    }
    return out;
}

/// What changed between two definitions of one service, and how governance sees it: breaking
/// by the change detector's rules (and the head's [change_severity]), the same ones `diff` uses.
std::optional<ServiceChange> compare(const Registry &base, const Registry &head, const QString &scope, const Service &a,
                                     const Service &b)
{
    const QList<const ServiceField *> changed = changedFields(a, b);
    if (changed.isEmpty())
        return std::nullopt;
    ServiceChange change;
    change.service = b.id;
    change.owner = b.owner;
    QStringList names;
    for (const ServiceField *field : changed)
        names.append(QString::fromLatin1(field->key));
    change.detail = QStringLiteral("fields: %1").arg(names.join(QLatin1String(", ")));
    const bool versionChanged = names.contains(QStringLiteral("version"));
    if (versionChanged)
        change.detail = QStringLiteral("version %1 → %2; %3").arg(a.version, b.version, change.detail);
    QStringList breaking;
    for (const RegistryChange &c : ChangeDetector::compareServices(base, head, scope, a, b)) {
        if (c.severity == ChangeSeverity::Breaking && !breaking.contains(c.rule))
            breaking.append(c.rule);
    }
    if (!breaking.isEmpty()) {
        change.kind = ChangeKind::Breaking;
        change.detail += QStringLiteral("; breaking: %1").arg(breaking.join(QLatin1String(", ")));
    } else {
        change.kind = versionChanged ? ChangeKind::VersionBump : ChangeKind::Config;
    }
    return change;
}

} // namespace

namespace {
constexpr const char *changeKindNames[] = {"breaking", "version bump", "config", "new service"};
constexpr const char *changeKindLabels[]
    = {QT_TRANSLATE_NOOP("Vocabulary", "breaking"), QT_TRANSLATE_NOOP("Vocabulary", "version bump"),
       QT_TRANSLATE_NOOP("Vocabulary", "config"), QT_TRANSLATE_NOOP("Vocabulary", "new service")};
} // namespace

SR_DEFINE_VOCABULARY(ChangeKind, changeKindNames, changeKindLabels)

RequiredApprovals RequiredApprovals::between(const Registry &base, const Registry &head)
{
    RequiredApprovals out;
    QStringList scopes{QStringLiteral("global")};
    for (const auto &p : head.projects)
        scopes.append(p.name);
    for (const auto &p : base.projects) {
        if (!scopes.contains(p.name))
            scopes.append(p.name);
    }
    for (const QString &scope : std::as_const(scopes)) {
        const QHash<QString, ServicePtr> before = servicesOf(base, scope);
        const QHash<QString, ServicePtr> after = servicesOf(head, scope);
        QStringList ids = before.keys() + after.keys();
        ids.sort();
        ids.removeDuplicates();
        for (const QString &id : std::as_const(ids)) {
            const ServicePtr a = before.value(id);
            const ServicePtr b = after.value(id);
            std::optional<ServiceChange> change;
            if (!a)
                change = ServiceChange{ChangeKind::NewService, scope, id, b->owner,
                                       QStringLiteral("new, version %1").arg(b->version)};
            else if (!b)
                change = ServiceChange{ChangeKind::Breaking, scope, id, a->owner, QStringLiteral("removed")};
            else
                change = compare(base, head, scope, *a, *b);
            if (!change)
                continue;
            change->scope = scope;
            out.changes.append(*change);
        }
    }
    if (out.changes.isEmpty() || !head.policies.governance) {
        out.minApprovals = out.changes.isEmpty() ? 0 : 1;
        return out;
    }
    const GovernancePolicy &governance = *head.policies.governance;
    out.minApprovals = governance.minApprovals;
    auto groupsFor = [&governance](ChangeKind kind) -> const QStringList & {
        switch (kind) {
        case ChangeKind::Breaking:
            return governance.breakingChangesRequire;
        case ChangeKind::VersionBump:
            return governance.versionBumpsRequire;
        case ChangeKind::Config:
            return governance.configChangesRequire;
        case ChangeKind::NewService:
            break;
        }
        return governance.newServicesRequire;
    };
    auto approval = [&out, &governance](const QString &group) -> GroupApproval & {
        for (GroupApproval &g : out.groups) {
            if (g.group == group)
                return g;
        }
        GroupApproval g;
        g.group = group;
        const QString name = group.startsWith(QLatin1Char('@')) ? group.mid(1) : group;
        for (const GovernanceGroup &defined : governance.groups) {
            if (defined.name == name) {
                g.members = defined.members;
                g.defined = true;
            }
        }
        out.groups.append(g);
        return out.groups.last();
    };
    for (const ServiceChange &change : std::as_const(out.changes)) {
        for (const QString &required : groupsFor(change.kind)) {
            // "@maintainer" is whoever owns the changed service.
            const bool owner = required == QLatin1String("@maintainer") || required == QLatin1String("@owner");
            GroupApproval &g = approval(owner ? change.owner : required);
            if (!g.because.contains(change.kind))
                g.because.append(change.kind);
            const QString where = change.scope + QLatin1Char('/') + change.service;
            if (!g.services.contains(where))
                g.services.append(where);
        }
    }
    return out;
}

} // namespace sr
