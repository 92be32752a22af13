// deploy record|import|current|history|drift, dora, approve, audit verify: the deployment
// store's commands (docs/cli.md, docs/deployments.md).
#include "deploycommands.h"
#include "invocation.h"

#include "analysis/jsonwriter.h"

#include "catalog/registryloader.h"
#include "deploy/deploymentstore.h"
#include "deploy/drift.h"
#include "deploy/humanduration.h"
#include "deploy/synthetichistory.h"
#include "vcs/gitrevisionsource.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>
#include <QUuid>

#include <unistd.h>

using namespace sr;

namespace cli {

namespace {

/// Rows as aligned columns under a header.
QString table(const QStringList &header, const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QString &h : header)
        widths.append(h.size());
    for (const QStringList &row : rows)
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], row.at(i).size());
    QString out;
    const auto line = [&](const QStringList &cells) {
        QString text;
        for (qsizetype i = 0; i < cells.size(); ++i)
            text += i + 1 < cells.size() ? cells.at(i).leftJustified(widths.at(i) + 2) : cells.at(i);
        out += text + QLatin1Char('\n');
    };
    line(header);
    for (const QStringList &row : rows)
        line(row);
    return out;
}

QJsonObject currentJson(const CurrentVersion &c)
{
    return QJsonObject{{QStringLiteral("project"), c.project},
                       {QStringLiteral("service"), c.service},
                       {QStringLiteral("target"), c.target},
                       {QStringLiteral("region"), c.region},
                       {QStringLiteral("version"), c.version},
                       {QStringLiteral("deployment"), c.deploymentId},
                       {QStringLiteral("started"), formatTimestamp(c.started)},
                       {QStringLiteral("previous_version"), c.previousVersion}};
}

} // namespace

int DeployCommands::record(Invocation &invocation)
{
    invocation.useStore();
    invocation.useOutput();
    const auto value = [&](const char *name, const QString &help) {
        return QCommandLineOption(QString::fromLatin1(name), help, QString::fromLatin1(name).section(QLatin1Char('-'), -1));
    };
    const QCommandLineOption service = value("service", tr("The service's id."));
    const QCommandLineOption project = value("project", tr("The project it was deployed for."));
    const QCommandLineOption version = value("version", tr("The version deployed."));
    const QCommandLineOption target = value("target", tr("The deployment target (staging, production…)."));
    const QCommandLineOption region = value("region", tr("The target's region, when it has regions."));
    const QCommandLineOption status = value("status", tr("started, succeeded, failed or rolled_back."));
    const QCommandLineOption deployer = value("deployer", tr("Who or what deployed it (default: the store's user)."));
    const QCommandLineOption commit = value("commit", tr("The commit id deployed."));
    const QCommandLineOption commitTime = value("commit-time", tr("When that commit was made (ISO 8601), for lead time."));
    const QCommandLineOption id = value("id", tr("The deployment's UUID; record it again with a new --status as it progresses."));
    const QCommandLineOption started = value("started", tr("When it started (ISO 8601; default: now)."));
    const QCommandLineOption finished = value("finished", tr("When it finished (ISO 8601; default: now for a final status)."));
    const QCommandLineOption catalogVersion = value("catalog-version", tr("The catalog version it was generated from."));
    const QCommandLineOption notes = value("notes", tr("Free text."));
    invocation.parser().addOptions({service, project, version, target, region, status, deployer, commit, commitTime, id, started,
                                    finished, catalogVersion, notes});
    if (const auto stop = invocation.parse())
        return *stop;
    for (const QCommandLineOption *required : {&service, &project, &version, &target, &status})
        if (!invocation.isSet(*required))
            return invocation.usage(tr("deploy record needs --%1").arg(required->names().constFirst()));
    DeploymentRecord d;
    d.service = invocation.value(service);
    d.project = invocation.value(project);
    d.version = invocation.value(version);
    d.target = invocation.value(target);
    d.region = invocation.value(region);
    const auto parsedStatus = parseName<DeploymentStatus>(invocation.value(status));
    if (!parsedStatus)
        return invocation.usage(
            tr("unknown status '%1'; use started, succeeded, failed or rolled_back").arg(invocation.value(status)));
    d.status = *parsedStatus;
    d.deployer = invocation.value(deployer);
    d.commit = invocation.value(commit);
    d.id = invocation.value(id);
    d.catalogVersion = invocation.value(catalogVersion);
    d.notes = invocation.value(notes);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const auto &[option, field] :
         {std::pair{&commitTime, &d.commitTime}, {&started, &d.started}, {&finished, &d.finished}}) {
        if (!invocation.isSet(*option))
            continue;
        *field = parseTimestamp(invocation.value(*option));
        if (!field->isValid())
            return invocation.usage(tr("--%1 '%2' is not a time; write ISO 8601, e.g. 2026-11-28T14:05:00Z")
                                        .arg(option->names().constFirst(), invocation.value(*option)));
    }
    if (!d.started.isValid())
        d.started = d.finished.isValid() ? d.finished : now;
    if (!d.finished.isValid() && d.status != DeploymentStatus::Started)
        d.finished = std::max(now, d.started);
    if (d.id.isEmpty() && d.status != DeploymentStatus::Started)
        d.id = d.derivedId(); // the same final record twice is one deployment
    auto opened = invocation.openStore();
    if (!opened)
        return UsageError;
    if (d.id.isEmpty())
        d.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const DeploymentStore::RecordOutcome outcome = opened->record(d);
    if (outcome == DeploymentStore::RecordOutcome::Failed)
        return invocation.storeFailed(*opened);
    const QString what = outcome == DeploymentStore::RecordOutcome::Added ? QStringLiteral("added")
        : outcome == DeploymentStore::RecordOutcome::Updated              ? QStringLiteral("updated")
                                                                          : QStringLiteral("unchanged");
    if (invocation.format() == QLatin1String("json"))
        return invocation.finish(JsonWriter::toBytes(QJsonObject{
            {QStringLiteral("id"), QUuid::fromString(d.id).toString(QUuid::WithoutBraces)}, {QStringLiteral("outcome"), what}}));
    const QString message = outcome == DeploymentStore::RecordOutcome::Added ? tr("Recorded deployment %1.")
        : outcome == DeploymentStore::RecordOutcome::Updated                 ? tr("Updated deployment %1.")
                                                                             : tr("Deployment %1 was already recorded.");
    return invocation.finish((message.arg(QUuid::fromString(d.id).toString(QUuid::WithoutBraces)) + QLatin1Char('\n')).toUtf8());
}

int DeployCommands::import(Invocation &invocation)
{
    invocation.useStore();
    invocation.useOutput();
    invocation.parser().addPositionalArgument(QStringLiteral("file"), tr("The file to import."));
    if (const auto stop = invocation.parseWithArguments())
        return *stop;
    if (invocation.positionalArguments().size() != 1)
        return invocation.usage(tr("deploy import needs one file: deploy import history.csv"));
    const QString file = invocation.positionalArguments().constFirst();
    auto opened = invocation.openStore();
    if (!opened)
        return UsageError;
    const bool showProgress = isatty(STDERR_FILENO);
    const qint64 size = QFileInfo(file).size();
    // After the last record the store may still build its indexes and the running versions:
    // say so rather than sit at 100 %.
    const QString finishing = tr("100% read; indexing and committing…");
    const auto summary = opened->importFile(file, [&](qint64 done) {
        if (showProgress && size > 0)
            printErr(done >= size ? QStringLiteral("\r") + finishing : QStringLiteral("\r%1%").arg(done * 100 / size, 3));
    });
    if (showProgress)
        printErr(QStringLiteral("\r%1\r").arg(QString(finishing.size(), QLatin1Char(' '))));
    if (!summary)
        return invocation.storeFailed(*opened);
    if (invocation.format() == QLatin1String("json"))
        return invocation.finish(JsonWriter::toBytes(QJsonObject{{QStringLiteral("file"), file},
                                                                 {QStringLiteral("records"), summary->read},
                                                                 {QStringLiteral("added"), summary->added},
                                                                 {QStringLiteral("indexes_rebuilt"), summary->indexesRebuilt}}));
    return invocation.finish(tr("Imported %1: %n record(s), %2 new.", nullptr, int(summary->read))
                                 .arg(file)
                                 .arg(summary->added)
                                 .append(QLatin1Char('\n'))
                                 .toUtf8());
}

namespace {

/// deploy current and deploy history.
int query(Invocation &invocation, bool history)
{
    invocation.useStore();
    invocation.useOutput();
    const QCommandLineOption service{QStringLiteral("service"), DeployCommands::tr("The service's id."),
                                     DeployCommands::tr("id")};
    const QCommandLineOption project{QStringLiteral("project"), DeployCommands::tr("Only this project."),
                                     DeployCommands::tr("name")};
    const QCommandLineOption target{QStringLiteral("target"), DeployCommands::tr("Only this target."),
                                    DeployCommands::tr("name")};
    const QCommandLineOption days{QStringLiteral("days"), DeployCommands::tr("Only the last N days (default: 30)."),
                                  DeployCommands::tr("n"), QStringLiteral("30")};
    const QCommandLineOption limit{QStringLiteral("limit"), DeployCommands::tr("At most N deployments (default: 1000)."),
                                   DeployCommands::tr("n"), QStringLiteral("1000")};
    invocation.parser().addOptions({project, target});
    if (history)
        invocation.parser().addOptions({service, days, limit});
    if (const auto stop = invocation.parse())
        return *stop;
    const bool json = invocation.format() == QLatin1String("json");
    if (history && !invocation.isSet(service))
        return invocation.usage(DeployCommands::tr("deploy history needs --service ID"));
    bool daysOk = true, limitOk = true;
    const int dayCount = history ? invocation.value(days).toInt(&daysOk) : 0;
    const int rowLimit = history ? invocation.value(limit).toInt(&limitOk) : 0;
    if (!daysOk || !limitOk || (history && (dayCount < 1 || rowLimit < 1)))
        return invocation.usage(DeployCommands::tr("--days and --limit take a whole number of at least 1"));
    auto opened = invocation.openStore();
    if (!opened)
        return UsageError;
    if (history) {
        HistoryFilter filter;
        filter.service = invocation.value(service);
        filter.project = invocation.value(project);
        filter.target = invocation.value(target);
        filter.from = QDateTime::currentDateTimeUtc().addDays(-dayCount);
        filter.limit = rowLimit;
        const auto rows = opened->history(filter);
        if (!rows)
            return invocation.storeFailed(*opened);
        if (json) {
            QJsonArray array;
            for (const DeploymentRecord &d : *rows)
                array.append(d.toJson());
            return invocation.finish(JsonWriter::toBytes(array));
        }
        QList<QStringList> lines;
        for (const DeploymentRecord &d : *rows)
            lines.append({formatTimestamp(d.started), d.project, deploymentPlace(d.target, d.region), d.version, nameOf(d.status),
                          d.deployer, d.id});
        if (lines.isEmpty())
            return invocation.finish(DeployCommands::tr("No deployments of %1 in the last %n day(s).\n", nullptr, dayCount)
                                         .arg(filter.service)
                                         .toUtf8());
        return invocation.finish(table({DeployCommands::tr("STARTED"), DeployCommands::tr("PROJECT"),
                                        DeployCommands::tr("TARGET"), DeployCommands::tr("VERSION"), DeployCommands::tr("STATUS"),
                                        DeployCommands::tr("DEPLOYER"), DeployCommands::tr("ID")},
                                       lines)
                                     .toUtf8());
    }
    const auto rows = opened->current(invocation.value(target), invocation.value(project));
    if (!rows)
        return invocation.storeFailed(*opened);
    if (json) {
        QJsonArray array;
        for (const CurrentVersion &c : *rows)
            array.append(currentJson(c));
        return invocation.finish(JsonWriter::toBytes(array));
    }
    QList<QStringList> lines;
    for (const CurrentVersion &c : *rows)
        lines.append({c.project, c.service, deploymentPlace(c.target, c.region), c.version, c.previousVersion,
                      formatTimestamp(c.started)});
    if (lines.isEmpty())
        return invocation.finish(DeployCommands::tr("No succeeded deployments recorded.\n").toUtf8());
    return invocation.finish(table({DeployCommands::tr("PROJECT"), DeployCommands::tr("SERVICE"), DeployCommands::tr("TARGET"),
                                    DeployCommands::tr("VERSION"), DeployCommands::tr("PREVIOUS"), DeployCommands::tr("SINCE")},
                                   lines)
                                 .toUtf8());
}

} // namespace

int DeployCommands::current(Invocation &invocation)
{
    return query(invocation, false);
}

int DeployCommands::history(Invocation &invocation)
{
    return query(invocation, true);
}

int DeployCommands::drift(Invocation &invocation)
{
    invocation.useStore();
    invocation.useOutput();
    invocation.useRegistry();
    const QCommandLineOption target{QStringLiteral("target"), tr("Only this target."), tr("name")};
    const QCommandLineOption project{QStringLiteral("project"), tr("Only this project."), tr("name")};
    invocation.parser().addOptions({target, project});
    if (const auto stop = invocation.parse())
        return *stop;
    auto opened = invocation.openStore();
    if (!opened)
        return UsageError;
    const auto running = opened->current(invocation.value(target), invocation.value(project));
    if (!running)
        return invocation.storeFailed(*opened);
    const RegistryPtr loaded = invocation.load(std::make_shared<FolderSource>(invocation.registryRoot()));
    const QList<DriftEntry> drift = findDrift(*running, *loaded);
    if (invocation.format() == QLatin1String("json")) {
        QJsonArray array;
        for (const DriftEntry &e : drift) {
            QJsonObject o = currentJson(e.running);
            o.insert(QStringLiteral("kind"), nameOf(e.kind));
            o.insert(QStringLiteral("expected"), e.expected);
            array.append(o);
        }
        return invocation.finish(
            JsonWriter::toBytes(QJsonObject{{QStringLiteral("checked"), running->size()}, {QStringLiteral("drift"), array}}),
            drift.isEmpty() ? Clean : Findings);
    }
    QString out;
    for (const DriftEntry &e : drift) {
        const QString where = QStringLiteral("%1/%2 at %3")
                                  .arg(e.running.project, e.running.service, deploymentPlace(e.running.target, e.running.region));
        switch (e.kind) {
        case DriftEntry::Kind::VersionDiffers:
            out += tr("%1: runs %2, the registry says %3\n").arg(where, e.running.version, e.expected);
            break;
        case DriftEntry::Kind::UnknownService:
            out += tr("%1: runs %2, but the project has no such service (removed or renamed?)\n").arg(where, e.running.version);
            break;
        case DriftEntry::Kind::UnknownProject:
            out += tr("%1: runs %2, but the registry has no project '%3'\n").arg(where, e.running.version, e.running.project);
            break;
        case DriftEntry::Kind::UnknownTarget:
            out += tr("%1: runs %2, but the project's deployment.toml has no such target or region\n")
                       .arg(where, e.running.version);
            break;
        }
    }
    out += drift.isEmpty() ? tr("No drift: %n running version(s) match the registry.\n", nullptr, int(running->size()))
                           : tr("%n running version(s) drifted from the registry.\n", nullptr, int(drift.size()));
    return invocation.finish(out, drift.isEmpty() ? Clean : Findings);
}

int DeployCommands::synth(Invocation &invocation)
{
    invocation.useRegistry(tr("Deploy this registry's services to its targets (default: invented names)."));
    const QCommandLineOption rows{QStringLiteral("rows"), tr("Number of deployments (default: 10000)."), tr("n"),
                                  QStringLiteral("10000")};
    const QCommandLineOption days{QStringLiteral("days"), tr("Spread over the last N days (default: 90)."), tr("n"),
                                  QStringLiteral("90")};
    const QCommandLineOption seed{QStringLiteral("seed"), tr("Random seed; the same seed writes the same history."), tr("n"),
                                  QStringLiteral("7")};
    const QCommandLineOption out{QStringList{QStringLiteral("o"), QStringLiteral("out")}, tr("The CSV file to write."),
                                 tr("file")};
    invocation.parser().addOptions({rows, days, seed, out});
    if (const auto stop = invocation.parse())
        return *stop;
    SyntheticHistoryOptions options;
    bool ok[3] = {};
    options.rows = invocation.value(rows).toLongLong(&ok[0]);
    options.days = invocation.value(days).toInt(&ok[1]);
    options.seed = invocation.value(seed).toUInt(&ok[2]);
    if (!ok[0] || !ok[1] || !ok[2] || options.rows < 0 || options.days < 1)
        return invocation.usage(tr("--rows, --days (at least 1) and --seed take whole numbers"));
    if (!invocation.isSet(out))
        return invocation.usage(tr("deploy synth needs --out FILE"));
    RegistryPtr loaded;
    if (invocation.registryGiven())
        loaded = invocation.load(std::make_shared<FolderSource>(invocation.registryRoot()));
    QSaveFile file(invocation.value(out));
    if (!file.open(QIODevice::WriteOnly) || !writeSyntheticHistory(&file, loaded.get(), options) || !file.commit())
        return invocation.usage(tr("cannot write %1: %2").arg(invocation.value(out), file.errorString()));
    return invocation.finish(tr("wrote %n deployment(s) to %1", nullptr, int(options.rows)).arg(invocation.value(out))
                             + QLatin1Char('\n'));
}

int DeployCommands::dora(Invocation &invocation)
{
    invocation.useStore();
    invocation.useOutput();
    const QCommandLineOption project{QStringLiteral("project"), tr("The project (default: every project)."), tr("name")};
    const QCommandLineOption target{QStringLiteral("target"), tr("The target that counts (default: production)."), tr("name"),
                                    QStringLiteral("production")};
    const QCommandLineOption days{QStringLiteral("days"), tr("The period: the last N days (default: 30)."), tr("n"),
                                  QStringLiteral("30")};
    invocation.parser().addOptions({project, target, days});
    if (const auto stop = invocation.parse())
        return *stop;
    bool ok = false;
    const int dayCount = invocation.value(days).toInt(&ok);
    if (!ok || dayCount < 1)
        return invocation.usage(tr("--days takes a whole number of at least 1"));
    auto opened = invocation.openStore();
    if (!opened)
        return UsageError;
    const QDateTime to = QDateTime::currentDateTimeUtc();
    const auto report = opened->dora(invocation.value(project), invocation.value(target), to.addDays(-dayCount), to);
    if (!report)
        return invocation.storeFailed(*opened);
    const auto band = [](const std::optional<DoraBand> &b) { return b ? nameOf(*b) : QString(); };
    if (invocation.format() == QLatin1String("json")) {
        const auto number = [](const auto &v) { return v ? QJsonValue(double(*v)) : QJsonValue(); };
        return invocation.finish(
            JsonWriter::toBytes(QJsonObject{{QStringLiteral("project"), invocation.value(project)},
                                            {QStringLiteral("target"), invocation.value(target)},
                                            {QStringLiteral("from"), formatTimestamp(report->from)},
                                            {QStringLiteral("to"), formatTimestamp(report->to)},
                                            {QStringLiteral("succeeded"), report->succeeded},
                                            {QStringLiteral("failed"), report->failed},
                                            {QStringLiteral("deployment_frequency"),
                                             QJsonObject{{QStringLiteral("per_day"), report->deploymentsPerDay},
                                                         {QStringLiteral("band"), nameOf(report->frequencyBand)}}},
                                            {QStringLiteral("lead_time"),
                                             QJsonObject{{QStringLiteral("seconds"), number(report->leadTimeSeconds)},
                                                         {QStringLiteral("band"), band(report->leadTimeBand)}}},
                                            {QStringLiteral("change_failure_rate"),
                                             QJsonObject{{QStringLiteral("rate"), number(report->changeFailureRate)},
                                                         {QStringLiteral("band"), band(report->changeFailureBand)}}},
                                            {QStringLiteral("time_to_restore"),
                                             QJsonObject{{QStringLiteral("seconds"), number(report->timeToRestoreSeconds)},
                                                         {QStringLiteral("band"), band(report->timeToRestoreBand)}}}}));
    }
    const QString unknown = tr("not known (no data)");
    QString out = tr("DORA figures of %1 at %2, %3 to %4:\n")
                      .arg(invocation.isSet(project) ? invocation.value(project) : tr("every project"), invocation.value(target),
                           report->from.date().toString(Qt::ISODate), report->to.date().toString(Qt::ISODate));
    out += table({tr("FIGURE"), tr("VALUE"), tr("BAND")},
                 {{tr("Deployment frequency"),
                   tr("%1 per day (%2 succeeded)").arg(report->deploymentsPerDay, 0, 'f', 2).arg(report->succeeded),
                   nameOf(report->frequencyBand)},
                  {tr("Lead time for changes"), report->leadTimeSeconds ? humanDuration(*report->leadTimeSeconds) : unknown,
                   band(report->leadTimeBand)},
                  {tr("Change failure rate"),
                   report->changeFailureRate ? tr("%1% (%2 of %3)")
                                                   .arg(*report->changeFailureRate * 100, 0, 'f', 1)
                                                   .arg(report->failed)
                                                   .arg(report->failed + report->succeeded)
                                             : unknown,
                   band(report->changeFailureBand)},
                  {tr("Time to restore"), report->timeToRestoreSeconds ? humanDuration(*report->timeToRestoreSeconds) : unknown,
                   band(report->timeToRestoreBand)}});
    return invocation.finish(out.toUtf8());
}

int DeployCommands::approve(Invocation &invocation)
{
    invocation.useStore();
    invocation.useOutput();
    invocation.useRegistry(tr("Registry folder, inside a git work tree (default: the current folder)."));
    const QCommandLineOption base{QStringLiteral("base"), tr("The revision the change starts from."), tr("rev")};
    const QCommandLineOption head{QStringLiteral("head"), tr("The revision the change ends at."), tr("rev")};
    const QCommandLineOption group{QStringLiteral("group"), tr("The governance group approving (e.g. platform-team)."),
                                   tr("name")};
    const QCommandLineOption comment{QStringLiteral("comment"), tr("Why, or what was checked."), tr("text")};
    const QCommandLineOption list{QStringLiteral("list"), tr("Only list the change's approvals.")};
    invocation.parser().addOptions({base, head, group, comment, list});
    if (const auto stop = invocation.parse())
        return *stop;
    if (!invocation.isSet(base) || !invocation.isSet(head))
        return invocation.usage(tr("approve needs --base REV and --head REV, the change's two revisions"));
    if (!invocation.isSet(list) && !invocation.isSet(group))
        return invocation.usage(tr("approve needs --group NAME, the governance group you approve for (or --list)"));
    const QString root = invocation.registryRoot();
    // The change is named by its commit ids: a branch moves, an approval must not.
    QString error;
    const auto baseSource = GitRevisionSource::open(root, invocation.value(base), &error);
    if (!baseSource)
        return invocation.usage(error);
    const auto headSource = GitRevisionSource::open(root, invocation.value(head), &error);
    if (!headSource)
        return invocation.usage(error);
    auto opened = invocation.openStore();
    if (!opened)
        return UsageError;
    QString groupName = invocation.value(group);
    if (groupName.startsWith(QLatin1Char('@')))
        groupName.remove(0, 1);
    if (!invocation.isSet(list)) {
        // Membership comes from the base revision: a change cannot add its own approvers.
        const RegistryPtr before = invocation.load(baseSource);
        const auto &groups = before->policies.governance ? before->policies.governance->groups : QList<GovernanceGroup>();
        const auto found
            = std::find_if(groups.cbegin(), groups.cend(), [&](const GovernanceGroup &g) { return g.name == groupName; });
        if (found == groups.cend())
            return invocation.usage(
                tr("there is no group '%1' in policies/governance.toml at %2").arg(groupName, invocation.value(base)));
        if (!opened->approve(
                Approval{baseSource->commitId(), headSource->commitId(), groupName, {}, invocation.value(comment), {}},
                found->members))
            return invocation.storeFailed(*opened);
    }
    const auto rows = opened->approvals(baseSource->commitId(), headSource->commitId());
    if (!rows)
        return invocation.storeFailed(*opened);
    QStringList people;
    for (const Approval &a : *rows)
        if (!people.contains(a.approver))
            people.append(a.approver);
    if (invocation.format() == QLatin1String("json")) {
        QJsonArray array;
        for (const Approval &a : *rows)
            array.append(QJsonObject{{QStringLiteral("group"), a.group},
                                     {QStringLiteral("approver"), a.approver},
                                     {QStringLiteral("comment"), a.comment},
                                     {QStringLiteral("approved"), formatTimestamp(a.approved)}});
        return invocation.finish(JsonWriter::toBytes(QJsonObject{{QStringLiteral("base"), baseSource->commitId()},
                                                                 {QStringLiteral("head"), headSource->commitId()},
                                                                 {QStringLiteral("approvers"), people.size()},
                                                                 {QStringLiteral("approvals"), array}}));
    }
    QString out = tr("Approvals of %1..%2 (%n person(s)):\n", nullptr, int(people.size()))
                      .arg(baseSource->shortCommitId(), headSource->shortCommitId());
    for (const Approval &a : *rows)
        out += QStringLiteral("  @%1  %2  %3%4\n")
                   .arg(a.group, a.approver, formatTimestamp(a.approved),
                        a.comment.isEmpty() ? QString() : QStringLiteral("  \"%1\"").arg(a.comment));
    return invocation.finish(out.toUtf8());
}

int DeployCommands::auditVerify(Invocation &invocation)
{
    invocation.useStore();
    invocation.useOutput();
    if (const auto stop = invocation.parse())
        return *stop;
    auto opened = invocation.openStore();
    if (!opened)
        return UsageError;
    const auto result = opened->verifyAudit();
    if (!result)
        return invocation.storeFailed(*opened);
    if (invocation.format() == QLatin1String("json")) {
        QJsonObject o{{QStringLiteral("rows"), result->rows},
                      {QStringLiteral("intact"), result->intact},
                      {QStringLiteral("head_hash"), result->headHash}};
        if (!result->intact) {
            o.insert(QStringLiteral("broken_at"), result->brokenAt);
            o.insert(QStringLiteral("problem"), result->problem);
        }
        return invocation.finish(JsonWriter::toBytes(o), result->intact ? Clean : Findings);
    }
    const QString out = result->intact
        ? tr("The audit log is intact: %n row(s), last hash %1.\n", nullptr, int(result->rows)).arg(result->headHash)
        : tr("The audit log is broken at row %1: %2.\n").arg(result->brokenAt).arg(result->problem);
    return invocation.finish(out, result->intact ? Clean : Findings);
}

} // namespace cli
