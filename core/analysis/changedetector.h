#pragma once

#include "catalog/registry.h"
#include "catalog/vocabulary.h"

#include <optional>
#include <span>

namespace sr {

/// How much a change matters to those who depend on the service (like oasdiff's ERR, WARN,
/// INFO): breaking needs their work, a warning their attention, info nothing.
enum class ChangeSeverity { Breaking, Warning, Info };
SR_DECLARE_VOCABULARY(ChangeSeverity) ///< "breaking", "warning", "info"

/// A service affected by a change: directly (the project deploys the changed service; the
/// path is just it) or through dependencies (the path runs from it to the changed service).
struct AffectedService
{
    QString project;
    QString service;
    QStringList path; ///< "project/service" nodes, the affected one first, the changed one last
};

/// One difference between two versions of a registry, classified by a rule (docs/change-review.md).
struct RegistryChange
{
    QString rule; ///< "port-removed", "service-removed", …
    ChangeSeverity severity = ChangeSeverity::Info;
    QString scope; ///< "global" or a project's name
    QString service;
    QString field; ///< field path: "ports.http", "environment.DB_URL", "dependencies.requires.auth"; empty for the service
    QString oldValue;
    QString newValue;
    QString message; ///< one sentence
    QString hint; ///< what to do about it; empty when nothing
    SourceLocation baseLocation; ///< where the old value is written (invalid for additions)
    SourceLocation headLocation; ///< where the new value is written (invalid for removals)
    QList<AffectedService> affected;
};

/// What a rule of the detector is: its id, default severity and one line of explanation.
struct ChangeRuleInfo
{
    const char *id;
    ChangeSeverity severity;
    const char *description;
};

struct SERVICEREGISTRY_EXPORT ChangeReport
{
    QList<RegistryChange> changes; ///< by severity, then scope, service and field

    int count(ChangeSeverity severity) const;
};

/// Compares two resolved registries (two git revisions, two folders, a revision and the
/// working tree) field by field through the field table, classifies each difference by the
/// rules of changeRules(), applies the severities `policies/governance.toml` of the head sets
/// in [change_severity], and names who is affected through the head's dependency graph.
class SERVICEREGISTRY_EXPORT ChangeDetector
{
public:
    static ChangeReport compare(const Registry &base, const Registry &head);
    /// The changes between two definitions of one service in `scope`, by the same rules and
    /// with the head's severities, but without who they reach: how `approvals` classifies a change.
    static QList<RegistryChange> compareServices(const Registry &base, const Registry &head, const QString &scope,
                                                 const Service &a, const Service &b);
    /// What moving project `project` from its pinned catalog version to the current catalog
    /// would change for it (an upgrade preview); empty when it pins nothing.
    static ChangeReport upgradePreview(const Registry &registry, const QString &project);
};

/// Every rule, in the order docs/change-review.md lists them.
SERVICEREGISTRY_EXPORT std::span<const ChangeRuleInfo> changeRules();

} // namespace sr
