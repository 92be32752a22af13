#include "reviewcommands.h"
#include "invocation.h"

#include "analysis/changedetector.h"
#include "analysis/changereportformat.h"
#include "analysis/changereview.h"
#include "analysis/jsonwriter.h"
#include "deploy/deploymentstore.h"
#include "integrations/githubclient.h"
#include "integrations/secrets.h"
#include "policy/requiredapprovals.h"
#include "review/approverreview.h"
#include "review/approverreviewformat.h"
#include "vcs/gitrevisionsource.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

using namespace sr;

namespace cli {

namespace {

/// The change between two sides, each loaded as the invocation loads registries; kept, with
/// its report, until the process exits.
std::shared_ptr<ChangeReview> compareSides(Invocation &invocation, const QString &root, const QString &base, const QString &head)
{
    auto review = std::make_shared<ChangeReview>(*ChangeReview::compare(
        root, base, head, {}, {}, [&invocation](const RegistrySourcePtr &source, const RegistryLoader::Options &options) {
            return invocation.load(source, options);
        }));
    invocation.keepUntilExit(review);
    return review;
}

/// Where --post github keeps the review.
struct PullRequest
{
    QString repo; ///< OWNER/NAME
    int number = 0;
    QUrl api;
};

std::optional<PullRequest> pullRequest(const QString &where, const QString &repo, const QString &number, const QString &api,
                                       QString *error)
{
    if (where != QLatin1String("github")) {
        *error = ReviewCommands::tr("--post takes github (not '%1')").arg(where);
        return std::nullopt;
    }
    static const QRegularExpression ownerName(QStringLiteral("^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$"));
    if (!ownerName.match(repo).hasMatch()) {
        *error = repo.isEmpty() ? ReviewCommands::tr("--post github needs --repo OWNER/NAME")
                                : ReviewCommands::tr("--repo takes OWNER/NAME (not '%1')").arg(repo);
        return std::nullopt;
    }
    bool ok = false;
    const int n = number.toInt(&ok);
    if (!ok || n <= 0) {
        *error = number.isEmpty() ? ReviewCommands::tr("--post github needs --pr N, the pull request's number")
                                  : ReviewCommands::tr("--pr takes the pull request's number (not '%1')").arg(number);
        return std::nullopt;
    }
    const QUrl url(api);
    if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))
        || url.host().isEmpty()) {
        *error = ReviewCommands::tr("--github-api takes an http(s) address (not '%1')").arg(api);
        return std::nullopt;
    }
    return PullRequest{repo, n, url};
}

/// Keeps the review as the pull request's one comment and sets the verdict as a commit status
/// of its head; says on standard error what it did.
bool postToGitHub(const PullRequest &target, const ApproverReviewFormat &report, ReviewVerdict verdict, QString *error)
{
    const auto token = secrets::read("SERVICE_REGISTRY_GITHUB_TOKEN", secrets::gitHostingToken, error);
    if (!token)
        return false;
    GitHubClient github(target.api, *token);
    github.http().onRetry([](const HttpResponse &failed, int waitMs) {
        printErr(ReviewCommands::tr("GitHub: %1; trying again in %2 s").arg(failed.error).arg(waitMs / 1000.0, 0, 'f', 1));
    });
    const auto sha = github.pullHeadSha(target.repo, target.number, error);
    if (!sha)
        return false;
    const auto outcome = github.upsertComment(target.repo, target.number, QLatin1String(ApproverReviewFormat::marker),
                                              QString::fromUtf8(report.render(ReportFormat::Markdown)), error);
    if (!outcome)
        return false;
    const QString state = verdict == ReviewVerdict::Blocked ? QStringLiteral("failure")
        : verdict == ReviewVerdict::NeedsApproval           ? QStringLiteral("pending")
                                                            : QStringLiteral("success");
    if (!github.setStatus(target.repo, *sha, state, report.headline(), QStringLiteral("service-registry/review"), error))
        return false;
    const QString message = *outcome == GitHubClient::CommentOutcome::Created
        ? ReviewCommands::tr("review: comment created on %1; status %2 set on %3")
        : *outcome == GitHubClient::CommentOutcome::Updated
        ? ReviewCommands::tr("review: comment updated on %1; status %2 set on %3")
        : ReviewCommands::tr("review: comment on %1 already up to date; status %2 set on %3");
    printErr(message.arg(QStringLiteral("%1#%2").arg(target.repo).arg(target.number), state, sha->left(12)) + QLatin1Char('\n'));
    return true;
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

    std::shared_ptr<ChangeReview> review;
    if (invocation.isSet(upgrade)) {
        review = std::make_shared<ChangeReview>(
            ChangeReview::upgrade(invocation.load(std::make_shared<FolderSource>(root)), invocation.value(upgrade)));
        invocation.keepUntilExit(review);
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
    const QCommandLineOption post{QStringLiteral("post"),
                                  tr("Also keep the review as one comment of a pull request and set a commit status: github."),
                                  tr("where")};
    const QCommandLineOption repo{QStringLiteral("repo"), tr("With --post github: the repository, OWNER/NAME."),
                                  tr("owner/name")};
    const QCommandLineOption pr{QStringLiteral("pr"), tr("With --post github: the pull request's number."), tr("n")};
    const QCommandLineOption api{
        QStringLiteral("github-api"),
        tr("With --post github: the API's address (default: %1).").arg(QLatin1String(GitHubClient::defaultApi)), tr("url"),
        QLatin1String(GitHubClient::defaultApi)};
    invocation.parser().addOptions({base, head, post, repo, pr, api});
    if (const auto stop = invocation.parse())
        return *stop;
    if (!invocation.isSet(base))
        return invocation.usage(tr("review needs --base REV (a git revision or a folder), e.g. --base main"));
    std::optional<PullRequest> target;
    if (invocation.isSet(post)) {
        QString error;
        target = pullRequest(invocation.value(post), invocation.value(repo), invocation.value(pr), invocation.value(api), &error);
        if (!target)
            return invocation.usage(error);
    } else if (invocation.isSet(repo) || invocation.isSet(pr)) {
        return invocation.usage(tr("--repo and --pr go with --post github"));
    }
    const QString root = invocation.registryRoot();
    const std::shared_ptr<ChangeReview> compared = compareSides(invocation, root, invocation.value(base), invocation.value(head));
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
    const QString baseCommit = compared->baseCommit();
    const QString headCommit = compared->headCommit();
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
    const ApproverReviewFormat report(reviewed);
    const int code = invocation.finish(report, reviewed.verdict == ReviewVerdict::Blocked ? Findings : Clean);
    if (code == UsageError || !target)
        return code;
    QString error;
    if (!postToGitHub(*target, report, reviewed.verdict, &error))
        return invocation.fail(error, UsageError);
    return code;
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
