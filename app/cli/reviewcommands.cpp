#include "reviewcommands.h"
#include "invocation.h"

#include "analysis/changedetector.h"
#include "analysis/changereportformat.h"
#include "analysis/changereview.h"
#include "analysis/jsonwriter.h"
#include "deploy/deploymentstore.h"
#include "policy/requiredapprovals.h"
#include "review/approverreview.h"
#include "review/approverreviewformat.h"
#include "vcs/gitrevisionsource.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

using namespace sr;

namespace cli {

namespace {

/// The change between two sides, each loaded as the invocation loads registries (kept until exit).
std::optional<ChangeReview> compareSides(Invocation &invocation, const QString &root, const QString &base, const QString &head)
{
    return ChangeReview::compare(root, base, head, {}, {},
                                 [&invocation](const RegistrySourcePtr &source, const RegistryLoader::Options &options) {
                                     return invocation.load(source, options);
                                 });
}

} // namespace

int ReviewCommands::diff(Invocation &invocation)
{
    return compare(invocation, false);
}

int ReviewCommands::impactAnalysis(Invocation &invocation)
{
    return compare(invocation, true);
}

int ReviewCommands::compare(Invocation &invocation, bool impact)
{
    invocation.useRegistry(tr("Registry folder, inside a git work tree for revisions (default: the current folder)."));
    invocation.useOutput();
    const QCommandLineOption base{
        QStringLiteral("base"), tr("Where the change starts: a git revision (branch, tag, commit) or a folder."), tr("rev|dir")};
    const QCommandLineOption head{
        QStringLiteral("head"), tr("Where the change ends: a git revision or a folder (default: the registry folder as it is)."),
        tr("rev|dir")};
    const QCommandLineOption service{QStringLiteral("service"), tr("Only the changes of this service (in any scope)."), tr("id")};
    const QCommandLineOption upgrade{
        QStringLiteral("upgrade"),
        tr("Instead of two versions: what moving this project from its pinned catalog version to the "
           "current catalog changes."),
        tr("project")};
    const QCommandLineOption failOn{
        QStringLiteral("fail-on"),
        tr("Exit with 1 on: breaking changes (the default), warning (breaking changes or warnings) or "
           "never."),
        tr("level"), QStringLiteral("breaking")};
    invocation.parser().addOptions({base, head, service, upgrade, failOn});
    if (const auto stop = invocation.parse())
        return *stop;
    const QString level = invocation.value(failOn);
    if (level != QLatin1String("breaking") && level != QLatin1String("warning") && level != QLatin1String("never"))
        return invocation.usage(tr("unknown --fail-on level '%1'; use breaking, warning or never").arg(level));
    const QString root = invocation.registryRoot();

    std::optional<ChangeReview> review;
    if (invocation.isSet(upgrade)) {
        review = ChangeReview::upgrade(invocation.load(std::make_shared<FolderSource>(root)), invocation.value(upgrade));
    } else {
        if (!invocation.isSet(base))
            return invocation.usage(tr("%1 needs --base REV (a git revision or a folder), e.g. --base main")
                                        .arg(impact ? QStringLiteral("impact-analysis") : QStringLiteral("diff")));
        review = compareSides(invocation, root, invocation.value(base), invocation.value(head));
    }
    if (!review->error().isEmpty())
        return invocation.usage(review->error());
    ChangeReport &report = review->report();
    if (invocation.isSet(service)) {
        const QString id = invocation.value(service);
        report.changes.removeIf([&id](const RegistryChange &c) { return c.service != id; });
    }

    const int failing = level == QLatin1String("never") ? 0
                                                        : report.count(ChangeSeverity::Breaking)
            + (level == QLatin1String("warning") ? report.count(ChangeSeverity::Warning) : 0);
    return invocation.finish(
        ChangeReportFormat(report, *review->head(), review->baseName(), review->headName(),
                           impact ? ChangeReportFormat::TextView::Impact : ChangeReportFormat::TextView::Changes),
        failing > 0 ? Findings : Clean);
}

namespace {

/// The commit a side of a review was read from; empty for a folder or the working tree.
QString commitOf(const RegistryPtr &registry)
{
    const auto *git = dynamic_cast<const GitRevisionSource *>(registry->source.get());
    return git ? git->commitId() : QString();
}

} // namespace

int ReviewCommands::review(Invocation &invocation)
{
    invocation.useRegistry(tr("Registry folder, inside a git work tree for revisions (default: the current folder)."));
    invocation.useStore();
    invocation.useOutput();
    const QCommandLineOption base{
        QStringLiteral("base"), tr("Where the change starts: a git revision (branch, tag, commit) or a folder."), tr("rev|dir")};
    const QCommandLineOption head{
        QStringLiteral("head"), tr("Where the change ends: a git revision or a folder (default: the registry folder as it is)."),
        tr("rev|dir")};
    invocation.parser().addOptions({base, head});
    if (const auto stop = invocation.parse())
        return *stop;
    if (!invocation.isSet(base))
        return invocation.usage(tr("review needs --base REV (a git revision or a folder), e.g. --base main"));
    const QString root = invocation.registryRoot();
    std::optional<ChangeReview> compared = compareSides(invocation, root, invocation.value(base), invocation.value(head));
    if (!compared->error().isEmpty())
        return invocation.usage(compared->error());

    // What the store knows: approvals of this change (by its commits) and what runs.
    ReviewRecords records;
    auto store = invocation.openStore();
    if (!store)
        return UsageError;
    const auto running = store->current();
    if (!running)
        return invocation.storeFailed(*store);
    for (const CurrentVersion &c : *running)
        records.running.append({c.project, c.service, c.target, c.region, c.version, c.previousVersion});
    const QString baseCommit = commitOf(compared->base());
    const QString headCommit = commitOf(compared->head());
    if (baseCommit.isEmpty() || headCommit.isEmpty()) {
        records.unread = tr("approvals name two commits; give --head REV to read them");
    } else {
        const auto given = store->approvals(baseCommit, headCommit);
        if (!given)
            return invocation.storeFailed(*store);
        for (const Approval &a : *given)
            records.approvals.append({a.group, a.approver, a.approved});
        records.read = true;
    }
    const ApproverReview reviewed = ApproverReview::of(*compared, records, QDate::currentDate());
    return invocation.finish(ApproverReviewFormat(reviewed), reviewed.verdict == ReviewVerdict::Blocked ? Findings : Clean);
}

int ReviewCommands::approvals(Invocation &invocation)
{
    invocation.useRegistry(tr("Registry folder, inside a git work tree (default: the current folder)."));
    invocation.useOutput();
    const QCommandLineOption base{QStringLiteral("base"), tr("The revision the change starts from (branch, tag, commit id)."),
                                  tr("rev")};
    const QCommandLineOption head{QStringLiteral("head"), tr("The revision the change ends at (default: the files as they are)."),
                                  tr("rev")};
    invocation.parser().addOptions({base, head});
    if (const auto stop = invocation.parse())
        return *stop;
    if (!invocation.isSet(base))
        return invocation.usage(tr("approvals needs --base REV, the revision the change starts from (e.g. --base main)"));
    const QString root = invocation.registryRoot();
    QString error;
    const auto baseSource = GitRevisionSource::open(root, invocation.value(base), &error);
    if (!baseSource)
        return invocation.usage(error);
    RegistrySourcePtr headSource = std::make_shared<FolderSource>(root);
    if (invocation.isSet(head)) {
        headSource = GitRevisionSource::open(root, invocation.value(head), &error);
        if (!headSource)
            return invocation.usage(error);
    }
    const RegistryPtr before = invocation.load(baseSource);
    const RegistryPtr after = invocation.load(headSource);
    const RequiredApprovals required = RequiredApprovals::between(*before, *after);
    const QString headName = invocation.isSet(head) ? invocation.value(head) : tr("the working tree");

    QByteArray out;
    if (invocation.format() == QLatin1String("json")) {
        QJsonArray changes;
        for (const ServiceChange &c : required.changes)
            changes.append(QJsonObject{{QStringLiteral("kind"), nameOf(c.kind)},
                                       {QStringLiteral("scope"), c.scope},
                                       {QStringLiteral("service"), c.service},
                                       {QStringLiteral("owner"), c.owner},
                                       {QStringLiteral("detail"), c.detail}});
        QJsonArray groups;
        for (const GroupApproval &g : required.groups) {
            QJsonArray because;
            for (const ChangeKind kind : g.because)
                because.append(nameOf(kind));
            groups.append(QJsonObject{{QStringLiteral("group"), g.group},
                                      {QStringLiteral("defined"), g.defined},
                                      {QStringLiteral("members"), QJsonArray::fromStringList(g.members)},
                                      {QStringLiteral("because"), because},
                                      {QStringLiteral("services"), QJsonArray::fromStringList(g.services)}});
        }
        out = JsonWriter::toBytes(
            QJsonObject{{QStringLiteral("base"), invocation.value(base)},
                        {QStringLiteral("head"), invocation.isSet(head) ? invocation.value(head) : QString()},
                        {QStringLiteral("min_approvals"), required.minApprovals},
                        {QStringLiteral("changes"), changes},
                        {QStringLiteral("groups"), groups}});
    } else {
        QString text = tr("Changes from %1 to %2:").arg(invocation.value(base), headName) + QLatin1Char('\n');
        if (required.changes.isEmpty())
            text += tr("  none") + QLatin1Char('\n');
        for (const ServiceChange &c : required.changes)
            text += QStringLiteral("  %1  %2  %3\n")
                        .arg(nameOf(c.kind), -12)
                        .arg(c.scope + QLatin1Char('/') + c.service, -28)
                        .arg(c.detail);
        if (!required.changes.isEmpty()) {
            text += tr("Required approvals (at least %n in all, each person counted once):", nullptr, required.minApprovals)
                + QLatin1Char('\n');
            for (const GroupApproval &g : required.groups) {
                QStringList because;
                for (const ChangeKind kind : g.because)
                    because.append(nameOf(kind));
                const QString who = g.defined ? g.members.join(QLatin1String(", ")) : tr("not a group of governance.toml");
                text += QStringLiteral("  %1 (%2): %3 — %4\n")
                            .arg(g.group, who, because.join(QLatin1String(", ")), g.services.join(QLatin1String(", ")));
            }
        }
        out = text.toUtf8();
    }
    return invocation.finish(out);
}

} // namespace cli
