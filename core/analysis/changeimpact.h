#pragma once

#include "analysis/changedetector.h"

namespace sr {

/// What a set of changes reaches, each service once (docs/change-review.md, "Impact"): the
/// report lists who every change affects, so a service behind many changed services (or one
/// changed service with many changes) appears many times there; here it appears once, with its
/// shortest path to a changed service and a count of the other changed services that reach it.
struct SERVICEREGISTRY_EXPORT ChangeImpact
{
    /// One changed service (scope and id) with the worst of its changes.
    struct Changed
    {
        QString scope;
        QString service;
        ChangeSeverity worst = ChangeSeverity::Info;
        int changes = 0;
        int affects = 0; ///< affected services it reaches (itself where deployed included)
    };
    /// One affected service.
    struct Affected
    {
        QString project;
        QString service;
        QStringList path; ///< the shortest one: the affected service first, the changed one last
        QString via; ///< the changed service at the end of `path`: "scope/service"
        int otherPaths = 0; ///< other changed services that reach it too
        ChangeSeverity worst = ChangeSeverity::Info; ///< the worst change reaching it
        bool critical = false; ///< its criticality is "critical" in the head
    };

    QList<Changed> changed; ///< worst first, then scope and service
    QList<Affected> affected; ///< worst first, then shorter paths, then project and service
    QStringList projects; ///< the projects reached, sorted

    int criticalCount() const;
    /// `report`'s changes reaching into `head` (whose services say what is critical).
    static ChangeImpact of(const ChangeReport &report, const Registry &head);
};

} // namespace sr
