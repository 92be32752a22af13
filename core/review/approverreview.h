#pragma once

#include "analysis/changeimpact.h"
#include "policy/policyengine.h"
#include "policy/requiredapprovals.h"

#include <QDateTime>

namespace sr {

class ChangeReview;

/// The one answer of a review: what the approver is asked to do.
enum class ReviewVerdict {
    Blocked, ///< breaking changes without their approvals, or a new error-level policy finding
    NeedsApproval, ///< nothing blocks, but approvals are still pending
    Ok,
};
SR_DECLARE_VOCABULARY(ReviewVerdict) ///< "blocked", "needs approval", "ok"

/// What the deployment store knows about a change (the CLI and the console read it; the core
/// does not link the store). Without a store, approvals count as pending and nothing runs.
struct ReviewRecords
{
    struct GivenApproval
    {
        QString group; ///< without "@"
        QString approver;
        QDateTime approved;
    };
    struct Running
    {
        QString project;
        QString service;
        QString target;
        QString region;
        QString version;
        QString previousVersion; ///< the rollback candidate; empty: none
    };
    bool read = false; ///< a store was read
    QString unread; ///< why not: "no store given", "the head is not a commit"
    QList<GivenApproval> approvals;
    QList<Running> running;
};

/// The approver's review of a change (docs/change-review.md, "review"): a verdict with its
/// reasons, then each part ranked by severity — the changes, their blast radius, the policy
/// findings the change brings and removes, the approvals required and given, what runs where
/// the change reaches, and what `generate` would write differently.
struct SERVICEREGISTRY_EXPORT ApproverReview
{
    /// A group whose approval is required, and who of it approved.
    struct ApprovalState
    {
        GroupApproval required;
        QStringList approvedBy;
        bool blocking = false; ///< it is required for a breaking change
        bool given() const { return !approvedBy.isEmpty(); }
    };
    /// A project that pins an older catalog: the change does not reach it yet.
    struct PinnedProject
    {
        QString project;
        QString catalogVersion;
        QStringList services; ///< changed global services it uses
        int upgradeBreaking = 0; ///< what moving to the current catalog would bring
        int upgradeOther = 0;
    };
    /// One running instance of a service the change reaches.
    struct RunningState
    {
        ReviewRecords::Running running;
        QString headVersion; ///< what the head resolves; empty: gone
        bool createsDrift = false; ///< runs the base's version, and the head says another
    };
    /// What `generate` would write differently for one project and target.
    struct GeneratedChange
    {
        QString project;
        QString target;
        int filesAdded = 0;
        int filesChanged = 0;
        int filesRemoved = 0;
        int objectsChanged = 0; ///< YAML documents added, changed or removed
        QStringList files; ///< the paths, "format/path", sorted
    };

    QString baseName;
    QString headName;
    ReviewVerdict verdict = ReviewVerdict::Ok;
    QStringList reasons; ///< one line each, the blocking ones first
    ChangeReport changes;
    ChangeImpact impact;
    QList<PinnedProject> pinned;
    QList<PolicyFinding> newFindings; ///< unwaived in the head, not in the base; errors first
    QList<PolicyFinding> fixedFindings; ///< unwaived in the base, gone from the head
    RequiredApprovals required;
    QList<ApprovalState> approvals; ///< blocking ones first, then pending, then given
    int approvers = 0; ///< different people who approved
    QString recordsUnread; ///< ReviewRecords::unread
    QList<RunningState> running; ///< drift-creating first
    QList<GeneratedChange> generated;
    RegistryPtr base;
    RegistryPtr head;

    /// Reviews `review` (its base and head loaded) with what `records` hold, policies evaluated on `today`.
    static ApproverReview of(const ChangeReview &review, const ReviewRecords &records, const QDate &today);
    /// Takes what the store holds (approvals, running versions) and decides the verdict again:
    /// the console reviews first and reads the store beside it. Cheap: no registry is compared.
    void applyRecords(const ReviewRecords &records);
};

} // namespace sr
