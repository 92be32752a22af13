#pragma once

#include "catalog/registry.h"

namespace sr {

/// What one change of a change set is, as governance.toml's change_control names it.
enum class ChangeKind {
    Breaking, ///< a service removed, or a change the change detector calls breaking (docs/change-review.md), as `diff` does
    VersionBump, ///< a minor or patch version increase
    Config, ///< any other field
    NewService,
};
SR_DECLARE_VOCABULARY(ChangeKind) ///< "breaking", "version bump", "config", "new service"

/// One service that differs between the two registries, in one scope.
struct ServiceChange
{
    ChangeKind kind = ChangeKind::Config;
    QString scope; ///< "global" or a project's name
    QString service;
    QString owner; ///< the owning team (of the head version, or of the base one when removed)
    QString detail; ///< what changed, e.g. "version 2.3.0 → 3.0.0", "fields: image, resources.memory"
};

/// A governance group whose approval a change set needs, with the changes that require it.
struct GroupApproval
{
    QString group; ///< as change_control writes it: "@platform-team"
    QStringList members; ///< from [groups.<name>]; empty when governance.toml does not define it
    bool defined = false;
    QList<ChangeKind> because; ///< the kinds of change that require it
    QStringList services; ///< "scope/service" of those changes
};

struct SERVICEREGISTRY_EXPORT RequiredApprovals
{
    QList<ServiceChange> changes;
    QList<GroupApproval> groups; ///< in change_control's order, each once
    int minApprovals = 1; ///< from change_control; 0 when nothing changed

    /// Compares two registries (the base and the head of a change) service by service in
    /// every scope, through the field table, and maps each change to the groups that
    /// governance.toml of the head requires for it. "@maintainer" (or "@owner") stands for
    /// the owning team of the changed service.
    static RequiredApprovals between(const Registry &base, const Registry &head);
};

} // namespace sr
