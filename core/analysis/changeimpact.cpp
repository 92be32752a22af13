#include "analysis/changeimpact.h"

#include <QHash>

namespace sr {

int ChangeImpact::criticalCount() const
{
    return int(std::count_if(affected.cbegin(), affected.cend(), [](const Affected &a) { return a.critical; }));
}

ChangeImpact ChangeImpact::of(const ChangeReport &report, const Registry &head)
{
    ChangeImpact out;
    QHash<QString, qsizetype> changedIndex; // "scope/service" → index in out.changed
    QHash<QString, qsizetype> affectedIndex; // "project/service" → index in out.affected
    for (const RegistryChange &c : report.changes) {
        const QString key = c.scope + QLatin1Char('/') + c.service;
        const auto found = changedIndex.constFind(key);
        if (found != changedIndex.cend()) {
            Changed &changed = out.changed[*found];
            ++changed.changes;
            changed.worst = std::min(changed.worst, c.severity); // Breaking is the smallest
            for (const AffectedService &a : c.affected) {
                const auto seen = affectedIndex.constFind(a.project + QLatin1Char('/') + a.service);
                if (seen != affectedIndex.cend())
                    out.affected[*seen].worst = std::min(out.affected[*seen].worst, c.severity);
            }
            continue;
        }
        // Every change of one service reaches the same services: their paths are counted once.
        changedIndex.insert(key, out.changed.size());
        out.changed.append({c.scope, c.service, c.severity, 1, int(c.affected.size())});
        for (const AffectedService &a : c.affected) {
            const QString id = a.project + QLatin1Char('/') + a.service;
            const auto seen = affectedIndex.constFind(id);
            if (seen == affectedIndex.cend()) {
                affectedIndex.insert(id, out.affected.size());
                const Project *project = head.project(a.project);
                const ResolvedService *resolved = project ? project->find(a.service) : nullptr;
                out.affected.append({a.project, a.service, a.path, key, 0, c.severity,
                                     resolved && resolved->service->criticality == Criticality::Critical});
                continue;
            }
            Affected &affected = out.affected[*seen];
            ++affected.otherPaths;
            affected.worst = std::min(affected.worst, c.severity);
            if (a.path.size() < affected.path.size()) {
                affected.path = a.path;
                affected.via = key;
            }
        }
    }
    std::stable_sort(out.changed.begin(), out.changed.end(), [](const Changed &a, const Changed &b) {
        return std::tuple(int(a.worst), a.scope != QLatin1String("global"), a.scope, a.service)
            < std::tuple(int(b.worst), b.scope != QLatin1String("global"), b.scope, b.service);
    });
    std::stable_sort(out.affected.begin(), out.affected.end(), [](const Affected &a, const Affected &b) {
        return std::tuple(int(a.worst), !a.critical, a.path.size(), a.project, a.service)
            < std::tuple(int(b.worst), !b.critical, b.path.size(), b.project, b.service);
    });
    for (const Affected &a : std::as_const(out.affected))
        out.projects.append(a.project);
    out.projects.sort();
    out.projects.removeDuplicates();
    return out;
}

} // namespace sr
