#include "review/approverreview.h"

#include "analysis/changereview.h"
#include "generate/generator.h"

#include <QHash>
#include <QSet>

namespace sr {

namespace {

QString findingKey(const PolicyFinding &f)
{
    return f.rule + QLatin1Char('\x1f') + f.project + QLatin1Char('\x1f') + f.service + QLatin1Char('\x1f') + f.message;
}

/// The unwaived findings of `report` by key.
QHash<QString, const PolicyFinding *> unwaived(const PolicyReport &report)
{
    QHash<QString, const PolicyFinding *> out;
    for (const PolicyFinding &f : report.findings) {
        if (!f.waiver)
            out.insert(findingKey(f), &f);
    }
    return out;
}

void sortFindings(QList<PolicyFinding> &findings)
{
    std::sort(findings.begin(), findings.end(), [](const PolicyFinding &a, const PolicyFinding &b) {
        return std::tuple(int(a.severity), a.project, a.service, a.rule, a.message)
            < std::tuple(int(b.severity), b.project, b.service, b.rule, b.message);
    });
}

QString versionIn(const Registry &registry, const QString &project, const QString &service)
{
    const Project *p = registry.project(project);
    const ResolvedService *r = p ? p->find(service) : nullptr;
    return r ? r->service->version : QString();
}

/// The YAML documents of a generated file (one Kubernetes object each); other files are one piece.
QStringList piecesOf(const QString &path, const QByteArray &content)
{
    if (!path.endsWith(QLatin1String(".yaml")) && !path.endsWith(QLatin1String(".yml")))
        return {};
    QStringList out;
    for (const QString &document : QString::fromUtf8(content).split(QStringLiteral("\n---\n"))) {
        if (!document.trimmed().isEmpty() && document.trimmed() != QLatin1String("---"))
            out.append(document.trimmed());
    }
    return out;
}

int objectsDiffering(const QString &path, const QByteArray &before, const QByteArray &after)
{
    QStringList a = piecesOf(path, before);
    QStringList b = piecesOf(path, after);
    std::sort(a.begin(), a.end());
    std::sort(b.begin(), b.end());
    QStringList onlyA;
    QStringList onlyB;
    std::set_difference(a.cbegin(), a.cend(), b.cbegin(), b.cend(), std::back_inserter(onlyA));
    std::set_difference(b.cbegin(), b.cend(), a.cbegin(), a.cend(), std::back_inserter(onlyB));
    return int(std::max(onlyA.size(), onlyB.size())); // a changed object is one on each side
}

/// The files of `requests` that exist, by "<project>/<target>/<format>/<path>"; a request
/// that cannot be generated (a target only one side has) gives nothing.
QHash<QString, QByteArray> generated(const Registry &registry, const QList<GenerationRequest> &requests,
                                     const QList<const Generator *> &generators)
{
    QList<GenerationRequest> possible;
    for (const GenerationRequest &r : requests) {
        const Project *p = registry.project(r.project);
        if (p && p->deployment && p->deployment->target(r.target))
            possible.append(r);
    }
    QString error;
    QHash<QString, QByteArray> out;
    for (GeneratedFile &file : generateFiles(registry, possible, generators, &error))
        out.insert(file.path, std::move(file.content));
    return out;
}

QList<ApproverReview::GeneratedChange> generatedChanges(const Registry &base, const Registry &head)
{
    // Only projects whose resolution or files differ (the same generation number is the same
    // project), unless the policy files differ (the generators read them too: GitOps, SLA tiers).
    const bool policiesSame = head.policies.generation != 0 && base.policies.generation == head.policies.generation;
    QList<GenerationRequest> requests;
    for (const Project &p : head.projects) {
        const Project *before = base.project(p.name);
        if (policiesSame && before && p.generation != 0 && before->generation == p.generation)
            continue;
        QStringList targets;
        for (const Project *side : {before, &p}) {
            if (side && side->deployment) {
                for (const DeploymentTarget &t : side->deployment->targets)
                    targets.append(t.name);
            }
        }
        targets.removeDuplicates();
        for (const QString &t : std::as_const(targets))
            requests.append({p.name, t, {}, {}, {}, {}, {}});
    }
    QList<const Generator *> generators;
    const bool hasRepository = head.policies.governance && !head.policies.governance->gitops.url.isEmpty();
    for (const Generator *g : Generator::all()) {
        if (!g->needsRepository() || hasRepository)
            generators.append(g);
    }
    const QHash<QString, QByteArray> before = generated(base, requests, generators);
    const QHash<QString, QByteArray> after = generated(head, requests, generators);
    QMap<QString, ApproverReview::GeneratedChange> byTarget;
    auto entry = [&byTarget](const QString &path) -> ApproverReview::GeneratedChange & {
        const QString key = path.section(QLatin1Char('/'), 0, 1);
        ApproverReview::GeneratedChange &c = byTarget[key];
        c.project = path.section(QLatin1Char('/'), 0, 0);
        c.target = path.section(QLatin1Char('/'), 1, 1);
        c.files.append(path.section(QLatin1Char('/'), 2));
        return c;
    };
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        const auto old = before.constFind(it.key());
        if (old == before.cend()) {
            ApproverReview::GeneratedChange &c = entry(it.key());
            ++c.filesAdded;
            c.objectsChanged += int(piecesOf(it.key(), it.value()).size());
        } else if (*old != it.value()) {
            ApproverReview::GeneratedChange &c = entry(it.key());
            ++c.filesChanged;
            c.objectsChanged += objectsDiffering(it.key(), *old, it.value());
        }
    }
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (!after.contains(it.key())) {
            ApproverReview::GeneratedChange &c = entry(it.key());
            ++c.filesRemoved;
            c.objectsChanged += int(piecesOf(it.key(), it.value()).size());
        }
    }
    QList<ApproverReview::GeneratedChange> out = byTarget.values();
    for (ApproverReview::GeneratedChange &c : out)
        c.files.sort();
    return out;
}

} // namespace

ApproverReview ApproverReview::of(const ChangeReview &review, const ReviewRecords &records, const QDate &today)
{
    const Registry &base = *review.base();
    const Registry &head = *review.head();
    ApproverReview out;
    out.baseName = review.baseName();
    out.headName = review.headName();
    out.base = review.base();
    out.head = review.head();
    out.changes = review.report();
    out.impact = ChangeImpact::of(out.changes, head);

    // Projects pinned to an older catalog that use a changed global service.
    QSet<QString> changedGlobal;
    for (const ChangeImpact::Changed &c : out.impact.changed) {
        if (c.scope == QLatin1String("global"))
            changedGlobal.insert(c.service);
    }
    for (const Project &p : head.projects) {
        if (&head.catalogFor(p) == &head.catalog)
            continue;
        PinnedProject pinned{p.name, p.catalogVersion, {}, 0, 0};
        for (const ServiceUse &use : p.uses) {
            if (changedGlobal.contains(use.id))
                pinned.services.append(use.id);
        }
        if (pinned.services.isEmpty())
            continue;
        const ChangeReport upgrade = ChangeDetector::upgradePreview(head, p.name);
        pinned.upgradeBreaking = upgrade.count(ChangeSeverity::Breaking);
        pinned.upgradeOther = int(upgrade.changes.size()) - pinned.upgradeBreaking;
        out.pinned.append(pinned);
    }

    // Policy findings the change brings and removes.
    const PolicyReport before = PolicyEngine::evaluate(base, today);
    const PolicyReport after = PolicyEngine::evaluate(head, today);
    const auto beforeKeys = unwaived(before);
    const auto afterKeys = unwaived(after);
    for (auto it = afterKeys.cbegin(); it != afterKeys.cend(); ++it) {
        if (!beforeKeys.contains(it.key()))
            out.newFindings.append(**it);
    }
    for (auto it = beforeKeys.cbegin(); it != beforeKeys.cend(); ++it) {
        if (!afterKeys.contains(it.key()))
            out.fixedFindings.append(**it);
    }
    sortFindings(out.newFindings);
    sortFindings(out.fixedFindings);

    out.required = RequiredApprovals::between(base, head);
    out.generated = generatedChanges(base, head);
    out.applyRecords(records);
    return out;
}

void ApproverReview::applyRecords(const ReviewRecords &records)
{
    approvals.clear();
    running.clear();
    reasons.clear();
    // Approvals: required by the head's change_control, given in the store.
    recordsUnread = records.read ? QString() : records.unread;
    QStringList people;
    for (const GroupApproval &g : std::as_const(required.groups)) {
        ApprovalState state{g, {}, g.because.contains(ChangeKind::Breaking)};
        const QString name = g.group.startsWith(QLatin1Char('@')) ? g.group.mid(1) : g.group;
        for (const ReviewRecords::GivenApproval &a : records.approvals) {
            if (a.group == name && !state.approvedBy.contains(a.approver))
                state.approvedBy.append(a.approver);
        }
        people += state.approvedBy;
        approvals.append(state);
    }
    people.removeDuplicates();
    approvers = int(people.size());
    std::stable_sort(approvals.begin(), approvals.end(), [](const ApprovalState &a, const ApprovalState &b) {
        return std::tuple(a.given(), !a.blocking) < std::tuple(b.given(), !b.blocking);
    });

    // What runs where the change reaches.
    QSet<QString> reached;
    for (const ChangeImpact::Affected &a : std::as_const(impact.affected))
        reached.insert(a.project + QLatin1Char('/') + a.service);
    for (const ReviewRecords::Running &r : records.running) {
        if (!reached.contains(r.project + QLatin1Char('/') + r.service))
            continue;
        RunningState state{r, versionIn(*head, r.project, r.service), false};
        const QString baseVersion = versionIn(*base, r.project, r.service);
        state.createsDrift = r.version == baseVersion && state.headVersion != baseVersion;
        running.append(state);
    }
    std::stable_sort(running.begin(), running.end(),
                     [](const RunningState &a, const RunningState &b) { return a.createsDrift && !b.createsDrift; });

    // The verdict, the blocking reasons first.
    const qsizetype newErrors = std::count_if(newFindings.cbegin(), newFindings.cend(),
                                              [](const PolicyFinding &f) { return f.severity == Severity::Error; });
    QStringList breakingPending;
    QStringList otherPending;
    for (const ApprovalState &a : std::as_const(approvals)) {
        if (!a.given())
            (a.blocking ? breakingPending : otherPending).append(a.required.group);
    }
    if (newErrors > 0) {
        const PolicyFinding &first = newFindings.first();
        reasons.append(QStringLiteral("%1 new error-level policy finding%2, first %3 at %4")
                           .arg(newErrors)
                           .arg(newErrors == 1 ? QString() : QStringLiteral("s"))
                           .arg(first.rule,
                                first.project.isEmpty() ? QStringLiteral("the registry")
                                                        : first.project + QLatin1Char('/') + first.service));
    }
    const int breaking = changes.count(ChangeSeverity::Breaking);
    const QString breakingChanges
        = QStringLiteral("%1 breaking change%2").arg(breaking).arg(breaking == 1 ? QString() : QStringLiteral("s"));
    const bool tooFew = !required.changes.isEmpty() && approvers < required.minApprovals;
    const QString given = QStringLiteral("%1 of %2 required approvals given").arg(approvers).arg(required.minApprovals);
    if (breaking > 0 && !breakingPending.isEmpty())
        reasons.append(
            QStringLiteral("%1 without the approval of %2").arg(breakingChanges, breakingPending.join(QLatin1String(", "))));
    else if (breaking > 0 && tooFew) // no group named for breaking changes: the minimum still holds
        reasons.append(QStringLiteral("%1 with %2").arg(breakingChanges, given));
    const bool blocked = !reasons.isEmpty();
    if (!otherPending.isEmpty())
        reasons.append(QStringLiteral("approval pending from %1").arg(otherPending.join(QLatin1String(", "))));
    if (tooFew && !(breaking > 0 && breakingPending.isEmpty()))
        reasons.append(given);
    if (!recordsUnread.isEmpty() && !required.groups.isEmpty())
        reasons.append(QStringLiteral("approvals not read: %1").arg(recordsUnread));
    verdict = blocked ? ReviewVerdict::Blocked : reasons.isEmpty() ? ReviewVerdict::Ok : ReviewVerdict::NeedsApproval;
    if (reasons.isEmpty())
        reasons.append(required.changes.isEmpty() ? QStringLiteral("no service changed")
                                                  : QStringLiteral("every required approval is given"));
}

namespace {
constexpr const char *verdictNames[] = {"blocked", "needs approval", "ok"};
constexpr const char *verdictLabels[]
    = {QT_TRANSLATE_NOOP("Vocabulary", "blocked"), QT_TRANSLATE_NOOP("Vocabulary", "needs approval"),
       QT_TRANSLATE_NOOP("Vocabulary", "ok")};
} // namespace

SR_DEFINE_VOCABULARY(ReviewVerdict, verdictNames, verdictLabels)

} // namespace sr
