#include "catalog/registry.h"

namespace sr {

SourceLocation Pattern::memberLocation(const QString &member) const
{
    const qsizetype i = services.indexOf(member);
    return i >= 0 && i < memberLocations.size() ? memberLocations.at(i) : location;
}

ServicePtr Catalog::service(const QString &id) const
{
    if (!byId.isEmpty())
        return byId.value(id);
    for (const auto &s : services) {
        if (s->id == id)
            return s;
    }
    return nullptr;
}

QStringList Catalog::patternMembers(const QString &patternId) const
{
    QStringList listed;
    for (const auto &p : patterns) {
        if (p.id == patternId)
            listed += p.services;
    }
    QStringList out;
    for (const auto &s : services) {
        if (listed.contains(s->id) || s->patterns.contains(patternId))
            out.append(s->id);
    }
    return out;
}

const ResolvedService *Project::find(const QString &id) const
{
    for (const auto &r : resolved) {
        if (r.service->id == id)
            return &r;
    }
    return nullptr;
}

const Project *Registry::project(const QString &name) const
{
    for (const auto &p : projects) {
        if (p.name == name)
            return &p;
    }
    return nullptr;
}

const Catalog &Registry::catalogFor(const Project &p) const
{
    if (!p.catalogVersion.isEmpty() && p.catalogVersion != catalog.version) {
        const auto it = snapshots.constFind(p.catalogVersion);
        if (it != snapshots.cend())
            return *it;
    }
    return catalog;
}

int Registry::serviceCount() const
{
    int count = int(catalog.services.size());
    for (const auto &p : projects)
        count += int(p.ownServices.size());
    return count;
}

} // namespace sr
