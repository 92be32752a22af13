// deploy record|import|current|history|drift, dora, approve, audit verify: the deployment
// store's commands (docs/cli.md, docs/deployments.md).
#include "cliapplication.h"
#include "clisupport.h"

#include "catalog/registryloader.h"
#include "deploy/deploymentstore.h"
#include "deploy/drift.h"
#include "deploy/synthetichistory.h"
#include "vcs/gitrevisionsource.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QUuid>

#include <cstdio>
#include <unistd.h>

using namespace sr;
using namespace cli;

namespace {

/// --db and --format, which every store command takes.
struct StoreOptions
{
    QCommandLineOption db{QStringLiteral("db"),
                          CliApplication::tr("The deployment store: sqlite:PATH or postgresql://USER@HOST:PORT/DATABASE "
                                             "(default: the local store, %1). A PostgreSQL password comes from PGPASSWORD.")
                              .arg(DeploymentStore::defaultUrl()),
                          CliApplication::tr("url"), DeploymentStore::defaultUrl()};
    QCommandLineOption format{QStringList{QStringLiteral("f"), QStringLiteral("format")},
                              CliApplication::tr("Output format: text or json."), CliApplication::tr("format"),
                              QStringLiteral("text")};
    void addTo(QCommandLineParser &parser) const { parser.addOptions({db, format}); }
};

QByteArray jsonBytes(const QJsonValue &value)
{
    return value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented)
                           : QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented);
}

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

QString duration(qint64 seconds)
{
    if (seconds < 120)
        return CliApplication::tr("%n second(s)", nullptr, int(seconds));
    if (seconds < 2 * 3600)
        return CliApplication::tr("%n minute(s)", nullptr, int(seconds / 60));
    if (seconds < 2 * 86400)
        return CliApplication::tr("%n hour(s)", nullptr, int(seconds / 3600));
    return CliApplication::tr("%n day(s)", nullptr, int(seconds / 86400));
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

std::unique_ptr<DeploymentStore> CliApplication::openStore(const QString &url)
{
    QString error;
    auto store = DeploymentStore::open(url, {}, &error);
    if (!store)
        printErr(QStringLiteral("service-registry: %1\n").arg(error));
    return store;
}

int CliApplication::storeFailed(const DeploymentStore &store)
{
    printErr(QStringLiteral("service-registry: %1\n").arg(store.lastError()));
    return store.lastFailure() == DeploymentStore::Failure::Invalid ? Findings : UsageError;
}

int CliApplication::deploy(const QStringList &arguments)
{
    const QString sub = arguments.size() > 1 ? arguments.at(1) : QString();
    QStringList rest = arguments.mid(2);
    rest.prepend(arguments.first() + QLatin1Char(' ') + sub);
    if (sub == QLatin1String("record"))
        return deployRecord(rest);
    if (sub == QLatin1String("import"))
        return deployImport(rest);
    if (sub == QLatin1String("current") || sub == QLatin1String("history"))
        return deployQuery(rest, sub == QLatin1String("history"));
    if (sub == QLatin1String("drift"))
        return deployDrift(rest);
    if (sub == QLatin1String("synth"))
        return deploySynth(rest);
    return usage(tr("deploy needs one of: record, import, current, history, drift, synth (e.g. 'deploy current --target "
                    "production')"));
}

int CliApplication::deployRecord(const QStringList &arguments)
{
    QCommandLineParser parser;
    setUp(parser, "deploy record", QT_TRANSLATE_NOOP("CliApplication", "Record a deployment, or a change of its status"));
    StoreOptions store;
    store.addTo(parser);
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
    parser.addOptions({service, project, version, target, region, status, deployer, commit, commitTime, id, started, finished,
                       catalogVersion, notes});
    if (const auto stop = parseCommand(parser, arguments, [this](const QString &m) { return usage(m); }))
        return *stop;
    for (const QCommandLineOption *required : {&service, &project, &version, &target, &status})
        if (!parser.isSet(*required))
            return usage(tr("deploy record needs --%1").arg(required->names().constFirst()));
    DeploymentRecord d;
    d.service = parser.value(service);
    d.project = parser.value(project);
    d.version = parser.value(version);
    d.target = parser.value(target);
    d.region = parser.value(region);
    const auto parsedStatus = deploymentStatusFromName(parser.value(status));
    if (!parsedStatus)
        return usage(tr("unknown status '%1'; use started, succeeded, failed or rolled_back").arg(parser.value(status)));
    d.status = *parsedStatus;
    d.deployer = parser.value(deployer);
    d.commit = parser.value(commit);
    d.id = parser.value(id);
    d.catalogVersion = parser.value(catalogVersion);
    d.notes = parser.value(notes);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const auto &[option, field] :
         {std::pair{&commitTime, &d.commitTime}, {&started, &d.started}, {&finished, &d.finished}}) {
        if (!parser.isSet(*option))
            continue;
        *field = parseTimestamp(parser.value(*option));
        if (!field->isValid())
            return usage(tr("--%1 '%2' is not a time; write ISO 8601, e.g. 2026-11-28T14:05:00Z")
                             .arg(option->names().constFirst(), parser.value(*option)));
    }
    if (!d.started.isValid())
        d.started = d.finished.isValid() ? d.finished : now;
    if (!d.finished.isValid() && d.status != DeploymentStatus::Started)
        d.finished = std::max(now, d.started);
    if (d.id.isEmpty() && d.status != DeploymentStatus::Started)
        d.id = d.derivedId(); // the same final record twice is one deployment
    auto opened = openStore(parser.value(store.db));
    if (!opened)
        return UsageError;
    if (d.id.isEmpty())
        d.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const DeploymentStore::RecordOutcome outcome = opened->record(d);
    if (outcome == DeploymentStore::RecordOutcome::Failed)
        return storeFailed(*opened);
    const QString what = outcome == DeploymentStore::RecordOutcome::Added ? QStringLiteral("added")
        : outcome == DeploymentStore::RecordOutcome::Updated              ? QStringLiteral("updated")
                                                                          : QStringLiteral("unchanged");
    if (parser.value(store.format) == QLatin1String("json"))
        return write(jsonBytes(QJsonObject{{QStringLiteral("id"), QUuid::fromString(d.id).toString(QUuid::WithoutBraces)},
                                           {QStringLiteral("outcome"), what}}))
            ? Clean
            : UsageError;
    const QString message = outcome == DeploymentStore::RecordOutcome::Added ? tr("Recorded deployment %1.")
        : outcome == DeploymentStore::RecordOutcome::Updated                 ? tr("Updated deployment %1.")
                                                                             : tr("Deployment %1 was already recorded.");
    return write((message.arg(QUuid::fromString(d.id).toString(QUuid::WithoutBraces)) + QLatin1Char('\n')).toUtf8()) ? Clean
                                                                                                                     : UsageError;
}

int CliApplication::deployImport(const QStringList &arguments)
{
    QCommandLineParser parser;
    setUp(parser, "deploy import",
          QT_TRANSLATE_NOOP("CliApplication", "Import deployment history from a .csv or .jsonl file, all of it or nothing"));
    StoreOptions store;
    store.addTo(parser);
    parser.addPositionalArgument(QStringLiteral("file"), tr("The file to import."));
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return Clean;
    }
    if (parser.positionalArguments().size() != 1)
        return usage(tr("deploy import needs one file: deploy import history.csv"));
    const QString file = parser.positionalArguments().constFirst();
    auto opened = openStore(parser.value(store.db));
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
        return storeFailed(*opened);
    if (parser.value(store.format) == QLatin1String("json"))
        return write(jsonBytes(QJsonObject{{QStringLiteral("file"), file},
                                           {QStringLiteral("records"), summary->read},
                                           {QStringLiteral("added"), summary->added},
                                           {QStringLiteral("indexes_rebuilt"), summary->indexesRebuilt}}))
            ? Clean
            : UsageError;
    return write(tr("Imported %1: %n record(s), %2 new.", nullptr, int(summary->read))
                     .arg(file)
                     .arg(summary->added)
                     .append(QLatin1Char('\n'))
                     .toUtf8())
        ? Clean
        : UsageError;
}

int CliApplication::deployQuery(const QStringList &arguments, bool history)
{
    QCommandLineParser parser;
    setUp(parser, history ? "deploy history" : "deploy current",
          history ? QT_TRANSLATE_NOOP("CliApplication", "List a service's deployments, newest first")
                  : QT_TRANSLATE_NOOP("CliApplication", "List the version running at every target and region"));
    StoreOptions store;
    store.addTo(parser);
    const QCommandLineOption service{QStringLiteral("service"), tr("The service's id."), tr("id")};
    const QCommandLineOption project{QStringLiteral("project"), tr("Only this project."), tr("name")};
    const QCommandLineOption target{QStringLiteral("target"), tr("Only this target."), tr("name")};
    const QCommandLineOption days{QStringLiteral("days"), tr("Only the last N days (default: 30)."), tr("n"),
                                  QStringLiteral("30")};
    const QCommandLineOption limit{QStringLiteral("limit"), tr("At most N deployments (default: 1000)."), tr("n"),
                                   QStringLiteral("1000")};
    parser.addOptions({project, target});
    if (history)
        parser.addOptions({service, days, limit});
    if (const auto stop = parseCommand(parser, arguments, [this](const QString &m) { return usage(m); }))
        return *stop;
    const bool json = parser.value(store.format) == QLatin1String("json");
    if (history && !parser.isSet(service))
        return usage(tr("deploy history needs --service ID"));
    bool daysOk = true, limitOk = true;
    const int dayCount = history ? parser.value(days).toInt(&daysOk) : 0;
    const int rowLimit = history ? parser.value(limit).toInt(&limitOk) : 0;
    if (!daysOk || !limitOk || (history && (dayCount < 1 || rowLimit < 1)))
        return usage(tr("--days and --limit take a whole number of at least 1"));
    auto opened = openStore(parser.value(store.db));
    if (!opened)
        return UsageError;
    if (history) {
        HistoryFilter filter;
        filter.service = parser.value(service);
        filter.project = parser.value(project);
        filter.target = parser.value(target);
        filter.from = QDateTime::currentDateTimeUtc().addDays(-dayCount);
        filter.limit = rowLimit;
        const auto rows = opened->history(filter);
        if (!rows)
            return storeFailed(*opened);
        if (json) {
            QJsonArray array;
            for (const DeploymentRecord &d : *rows)
                array.append(d.toJson());
            return write(jsonBytes(array)) ? Clean : UsageError;
        }
        QList<QStringList> lines;
        for (const DeploymentRecord &d : *rows)
            lines.append({formatTimestamp(d.started), d.project, deploymentPlace(d.target, d.region), d.version,
                          deploymentStatusName(d.status), d.deployer, d.id});
        if (lines.isEmpty())
            return write(tr("No deployments of %1 in the last %n day(s).\n", nullptr, dayCount).arg(filter.service).toUtf8())
                ? Clean
                : UsageError;
        return write(table({tr("STARTED"), tr("PROJECT"), tr("TARGET"), tr("VERSION"), tr("STATUS"), tr("DEPLOYER"), tr("ID")},
                           lines)
                         .toUtf8())
            ? Clean
            : UsageError;
    }
    const auto rows = opened->current(parser.value(target), parser.value(project));
    if (!rows)
        return storeFailed(*opened);
    if (json) {
        QJsonArray array;
        for (const CurrentVersion &c : *rows)
            array.append(currentJson(c));
        return write(jsonBytes(array)) ? Clean : UsageError;
    }
    QList<QStringList> lines;
    for (const CurrentVersion &c : *rows)
        lines.append({c.project, c.service, deploymentPlace(c.target, c.region), c.version, c.previousVersion,
                      formatTimestamp(c.started)});
    if (lines.isEmpty())
        return write(tr("No succeeded deployments recorded.\n").toUtf8()) ? Clean : UsageError;
    return write(table({tr("PROJECT"), tr("SERVICE"), tr("TARGET"), tr("VERSION"), tr("PREVIOUS"), tr("SINCE")}, lines).toUtf8())
        ? Clean
        : UsageError;
}

int CliApplication::deployDrift(const QStringList &arguments)
{
    QCommandLineParser parser;
    setUp(parser, "deploy drift",
          QT_TRANSLATE_NOOP("CliApplication", "List where the running version differs from the registry's (exit 1 if any)"));
    StoreOptions store;
    store.addTo(parser);
    const QCommandLineOption registry{QStringList{QStringLiteral("r"), QStringLiteral("registry")},
                                      tr("Registry folder (default: the current folder)."), tr("dir"), QStringLiteral(".")};
    const QCommandLineOption target{QStringLiteral("target"), tr("Only this target."), tr("name")};
    const QCommandLineOption project{QStringLiteral("project"), tr("Only this project."), tr("name")};
    parser.addOptions({registry, target, project});
    if (const auto stop = parseCommand(parser, arguments, [this](const QString &m) { return usage(m); }))
        return *stop;
    const QString root = parser.value(registry);
    if (!QFileInfo(root).isDir())
        return usage(tr("registry folder '%1' does not exist or is not a folder").arg(root));
    auto opened = openStore(parser.value(store.db));
    if (!opened)
        return UsageError;
    const auto running = opened->current(parser.value(target), parser.value(project));
    if (!running)
        return storeFailed(*opened);
    const RegistryPtr loaded = loadRegistry(std::make_shared<FolderSource>(root));
    const QList<DriftEntry> drift = findDrift(*running, *loaded);
    keepUntilExit(RegistryPtr(loaded));
    if (parser.value(store.format) == QLatin1String("json")) {
        QJsonArray array;
        for (const DriftEntry &e : drift) {
            QJsonObject o = currentJson(e.running);
            o.insert(QStringLiteral("kind"), driftKindName(e.kind));
            o.insert(QStringLiteral("expected"), e.expected);
            array.append(o);
        }
        if (!write(jsonBytes(QJsonObject{{QStringLiteral("checked"), running->size()}, {QStringLiteral("drift"), array}})))
            return UsageError;
        return drift.isEmpty() ? Clean : Findings;
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
                           : tr("%n deploymentPlace(s) drifted.\n", nullptr, int(drift.size()));
    if (!write(out.toUtf8()))
        return UsageError;
    return drift.isEmpty() ? Clean : Findings;
}

int CliApplication::deploySynth(const QStringList &arguments)
{
    QCommandLineParser parser;
    setUp(parser, "deploy synth",
          QT_TRANSLATE_NOOP("CliApplication", "Write a deterministic deployment history as CSV (benchmarks, demonstrations)"));
    const QCommandLineOption registry{QStringList{QStringLiteral("r"), QStringLiteral("registry")},
                                      tr("Deploy this registry's services to its targets (default: invented names)."), tr("dir")};
    const QCommandLineOption rows{QStringLiteral("rows"), tr("Number of deployments (default: 10000)."), tr("n"),
                                  QStringLiteral("10000")};
    const QCommandLineOption days{QStringLiteral("days"), tr("Spread over the last N days (default: 90)."), tr("n"),
                                  QStringLiteral("90")};
    const QCommandLineOption seed{QStringLiteral("seed"), tr("Random seed; the same seed writes the same history."), tr("n"),
                                  QStringLiteral("7")};
    const QCommandLineOption out{QStringList{QStringLiteral("o"), QStringLiteral("out")}, tr("The CSV file to write."),
                                 tr("file")};
    parser.addOptions({registry, rows, days, seed, out});
    if (const auto stop = parseCommand(parser, arguments, [this](const QString &m) { return usage(m); }))
        return *stop;
    SyntheticHistoryOptions options;
    bool ok[3] = {};
    options.rows = parser.value(rows).toLongLong(&ok[0]);
    options.days = parser.value(days).toInt(&ok[1]);
    options.seed = parser.value(seed).toUInt(&ok[2]);
    if (!ok[0] || !ok[1] || !ok[2] || options.rows < 0 || options.days < 1)
        return usage(tr("--rows, --days (at least 1) and --seed take whole numbers"));
    if (!parser.isSet(out))
        return usage(tr("deploy synth needs --out FILE"));
    RegistryPtr loaded;
    if (parser.isSet(registry)) {
        if (!QFileInfo(parser.value(registry)).isDir())
            return usage(tr("registry folder '%1' does not exist or is not a folder").arg(parser.value(registry)));
        loaded = loadRegistry(std::make_shared<FolderSource>(parser.value(registry)));
        keepUntilExit(RegistryPtr(loaded));
    }
    QSaveFile file(parser.value(out));
    if (!file.open(QIODevice::WriteOnly) || !writeSyntheticHistory(&file, loaded.get(), options) || !file.commit())
        return usage(tr("cannot write %1: %2").arg(parser.value(out), file.errorString()));
    std::printf("%s\n", qPrintable(tr("wrote %n deployment(s) to %1", nullptr, int(options.rows)).arg(parser.value(out))));
    return Clean;
}

int CliApplication::dora(const QStringList &arguments)
{
    QCommandLineParser parser;
    setUp(parser, "dora", QT_TRANSLATE_NOOP("CliApplication", "Show the DORA figures of a project, with their bands"));
    StoreOptions store;
    store.addTo(parser);
    const QCommandLineOption project{QStringLiteral("project"), tr("The project (default: every project)."), tr("name")};
    const QCommandLineOption target{QStringLiteral("target"), tr("The target that counts (default: production)."), tr("name"),
                                    QStringLiteral("production")};
    const QCommandLineOption days{QStringLiteral("days"), tr("The period: the last N days (default: 30)."), tr("n"),
                                  QStringLiteral("30")};
    parser.addOptions({project, target, days});
    if (const auto stop = parseCommand(parser, arguments, [this](const QString &m) { return usage(m); }))
        return *stop;
    bool ok = false;
    const int dayCount = parser.value(days).toInt(&ok);
    if (!ok || dayCount < 1)
        return usage(tr("--days takes a whole number of at least 1"));
    auto opened = openStore(parser.value(store.db));
    if (!opened)
        return UsageError;
    const QDateTime to = QDateTime::currentDateTimeUtc();
    const auto report = opened->dora(parser.value(project), parser.value(target), to.addDays(-dayCount), to);
    if (!report)
        return storeFailed(*opened);
    const auto band = [](const std::optional<DoraBand> &b) { return b ? doraBandName(*b) : QString(); };
    if (parser.value(store.format) == QLatin1String("json")) {
        const auto number = [](const auto &v) { return v ? QJsonValue(double(*v)) : QJsonValue(); };
        return write(jsonBytes(QJsonObject{{QStringLiteral("project"), parser.value(project)},
                                           {QStringLiteral("target"), parser.value(target)},
                                           {QStringLiteral("from"), formatTimestamp(report->from)},
                                           {QStringLiteral("to"), formatTimestamp(report->to)},
                                           {QStringLiteral("succeeded"), report->succeeded},
                                           {QStringLiteral("failed"), report->failed},
                                           {QStringLiteral("deployment_frequency"),
                                            QJsonObject{{QStringLiteral("per_day"), report->deploymentsPerDay},
                                                        {QStringLiteral("band"), doraBandName(report->frequencyBand)}}},
                                           {QStringLiteral("lead_time"),
                                            QJsonObject{{QStringLiteral("seconds"), number(report->leadTimeSeconds)},
                                                        {QStringLiteral("band"), band(report->leadTimeBand)}}},
                                           {QStringLiteral("change_failure_rate"),
                                            QJsonObject{{QStringLiteral("rate"), number(report->changeFailureRate)},
                                                        {QStringLiteral("band"), band(report->changeFailureBand)}}},
                                           {QStringLiteral("time_to_restore"),
                                            QJsonObject{{QStringLiteral("seconds"), number(report->timeToRestoreSeconds)},
                                                        {QStringLiteral("band"), band(report->timeToRestoreBand)}}}}))
            ? Clean
            : UsageError;
    }
    const QString unknown = tr("not known (no data)");
    QString out = tr("DORA figures of %1 at %2, %3 to %4:\n")
                      .arg(parser.isSet(project) ? parser.value(project) : tr("every project"), parser.value(target),
                           report->from.date().toString(Qt::ISODate), report->to.date().toString(Qt::ISODate));
    out += table({tr("FIGURE"), tr("VALUE"), tr("BAND")},
                 {{tr("Deployment frequency"),
                   tr("%1 per day (%2 succeeded)").arg(report->deploymentsPerDay, 0, 'f', 2).arg(report->succeeded),
                   doraBandName(report->frequencyBand)},
                  {tr("Lead time for changes"), report->leadTimeSeconds ? duration(*report->leadTimeSeconds) : unknown,
                   band(report->leadTimeBand)},
                  {tr("Change failure rate"),
                   report->changeFailureRate ? tr("%1% (%2 of %3)")
                                                   .arg(*report->changeFailureRate * 100, 0, 'f', 1)
                                                   .arg(report->failed)
                                                   .arg(report->failed + report->succeeded)
                                             : unknown,
                   band(report->changeFailureBand)},
                  {tr("Time to restore"), report->timeToRestoreSeconds ? duration(*report->timeToRestoreSeconds) : unknown,
                   band(report->timeToRestoreBand)}});
    return write(out.toUtf8()) ? Clean : UsageError;
}

int CliApplication::approve(const QStringList &arguments)
{
    QCommandLineParser parser;
    setUp(parser, "approve",
          QT_TRANSLATE_NOOP("CliApplication", "Approve a change on behalf of a governance group, or list its approvals"));
    StoreOptions store;
    store.addTo(parser);
    const QCommandLineOption registry{QStringList{QStringLiteral("r"), QStringLiteral("registry")},
                                      tr("Registry folder, inside a git work tree (default: the current folder)."), tr("dir"),
                                      QStringLiteral(".")};
    const QCommandLineOption base{QStringLiteral("base"), tr("The revision the change starts from."), tr("rev")};
    const QCommandLineOption head{QStringLiteral("head"), tr("The revision the change ends at."), tr("rev")};
    const QCommandLineOption group{QStringLiteral("group"), tr("The governance group approving (e.g. platform-team)."),
                                   tr("name")};
    const QCommandLineOption comment{QStringLiteral("comment"), tr("Why, or what was checked."), tr("text")};
    const QCommandLineOption list{QStringLiteral("list"), tr("Only list the change's approvals.")};
    parser.addOptions({registry, base, head, group, comment, list});
    if (const auto stop = parseCommand(parser, arguments, [this](const QString &m) { return usage(m); }))
        return *stop;
    if (!parser.isSet(base) || !parser.isSet(head))
        return usage(tr("approve needs --base REV and --head REV, the change's two revisions"));
    if (!parser.isSet(list) && !parser.isSet(group))
        return usage(tr("approve needs --group NAME, the governance group you approve for (or --list)"));
    const QString root = parser.value(registry);
    // The change is named by its commit ids: a branch moves, an approval must not.
    QString error;
    const auto baseSource = GitRevisionSource::open(root, parser.value(base), &error);
    if (!baseSource)
        return usage(error);
    const auto headSource = GitRevisionSource::open(root, parser.value(head), &error);
    if (!headSource)
        return usage(error);
    auto opened = openStore(parser.value(store.db));
    if (!opened)
        return UsageError;
    QString groupName = parser.value(group);
    if (groupName.startsWith(QLatin1Char('@')))
        groupName.remove(0, 1);
    if (!parser.isSet(list)) {
        // Membership comes from the base revision: a change cannot add its own approvers.
        const RegistryPtr before = loadRegistry(baseSource);
        keepUntilExit(RegistryPtr(before));
        const auto &groups = before->policies.governance ? before->policies.governance->groups : QList<GovernanceGroup>();
        const auto found
            = std::find_if(groups.cbegin(), groups.cend(), [&](const GovernanceGroup &g) { return g.name == groupName; });
        if (found == groups.cend())
            return usage(tr("there is no group '%1' in policies/governance.toml at %2").arg(groupName, parser.value(base)));
        if (!opened->approve(Approval{baseSource->commitId(), headSource->commitId(), groupName, {}, parser.value(comment), {}},
                             found->members))
            return storeFailed(*opened);
    }
    const auto rows = opened->approvals(baseSource->commitId(), headSource->commitId());
    if (!rows)
        return storeFailed(*opened);
    QStringList people;
    for (const Approval &a : *rows)
        if (!people.contains(a.approver))
            people.append(a.approver);
    if (parser.value(store.format) == QLatin1String("json")) {
        QJsonArray array;
        for (const Approval &a : *rows)
            array.append(QJsonObject{{QStringLiteral("group"), a.group},
                                     {QStringLiteral("approver"), a.approver},
                                     {QStringLiteral("comment"), a.comment},
                                     {QStringLiteral("approved"), formatTimestamp(a.approved)}});
        return write(jsonBytes(QJsonObject{{QStringLiteral("base"), baseSource->commitId()},
                                           {QStringLiteral("head"), headSource->commitId()},
                                           {QStringLiteral("approvers"), people.size()},
                                           {QStringLiteral("approvals"), array}}))
            ? Clean
            : UsageError;
    }
    QString out = tr("Approvals of %1..%2 (%n person(s)):\n", nullptr, int(people.size()))
                      .arg(baseSource->shortCommitId(), headSource->shortCommitId());
    for (const Approval &a : *rows)
        out += QStringLiteral("  @%1  %2  %3%4\n")
                   .arg(a.group, a.approver, formatTimestamp(a.approved),
                        a.comment.isEmpty() ? QString() : QStringLiteral("  \"%1\"").arg(a.comment));
    return write(out.toUtf8()) ? Clean : UsageError;
}

int CliApplication::audit(const QStringList &arguments)
{
    if (arguments.size() < 2 || arguments.at(1) != QLatin1String("verify"))
        return usage(tr("audit needs a subcommand: audit verify"));
    QStringList rest = arguments.mid(2);
    rest.prepend(arguments.first() + QStringLiteral(" verify"));
    QCommandLineParser parser;
    setUp(parser, "audit verify",
          QT_TRANSLATE_NOOP("CliApplication", "Check the audit log's hash chain (exit 1 naming the first broken row)"));
    StoreOptions store;
    store.addTo(parser);
    if (const auto stop = parseCommand(parser, rest, [this](const QString &m) { return usage(m); }))
        return *stop;
    auto opened = openStore(parser.value(store.db));
    if (!opened)
        return UsageError;
    const auto result = opened->verifyAudit();
    if (!result)
        return storeFailed(*opened);
    if (parser.value(store.format) == QLatin1String("json")) {
        QJsonObject o{{QStringLiteral("rows"), result->rows},
                      {QStringLiteral("intact"), result->intact},
                      {QStringLiteral("head_hash"), result->headHash}};
        if (!result->intact) {
            o.insert(QStringLiteral("broken_at"), result->brokenAt);
            o.insert(QStringLiteral("problem"), result->problem);
        }
        if (!write(jsonBytes(o)))
            return UsageError;
    } else {
        const QString out = result->intact
            ? tr("The audit log is intact: %n row(s), last hash %1.\n", nullptr, int(result->rows)).arg(result->headHash)
            : tr("The audit log is broken at row %1: %2.\n").arg(result->brokenAt).arg(result->problem);
        if (!write(out.toUtf8()))
            return UsageError;
    }
    return result->intact ? Clean : Findings;
}
