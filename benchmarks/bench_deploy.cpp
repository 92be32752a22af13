// bench_deploy: the deployment store (docs/performance.md).
//  1. Import --rows (100,000) synthetic deployments from CSV into a new SQLite store, against
//     the sqlite3 shell's `.import` of the same file into a table keyed by the id; and into a
//     PostgreSQL database (with --postgres URL, a superuser's) against psql's `\copy`.
//  2. With --total (1,000,000) rows in the store: one service's history over 90 days (in one
//     project, every target and region), the
//     running version of everything (the current-state matrix), DORA for one project.
// Prints medians of --runs (9) runs.
//
//   bench_deploy [--rows 100000] [--total 1000000] [--runs 9] [--postgres postgresql://USER@HOST:PORT/DB]

#include "benchoptions.h"
#include "deploy/deploymentstore.h"
#include "deploy/synthetichistory.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QUrl>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

namespace {

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

double timeMs(const std::function<bool()> &work)
{
    QElapsedTimer timer;
    timer.start();
    if (!work()) {
        std::fputs("a measured step failed\n", stderr);
        std::exit(1);
    }
    return double(timer.nsecsElapsed()) / 1e6;
}

bool writeHistory(const QString &path, qint64 rows, const QDateTime &end, quint32 seed)
{
    QFile file(path);
    sr::SyntheticHistoryOptions options;
    options.rows = rows;
    options.end = end;
    options.seed = seed; // another seed, other ids
    return file.open(QIODevice::WriteOnly) && sr::writeSyntheticHistory(&file, nullptr, options);
}

bool run(const QString &program, const QStringList &arguments, const QByteArray &input = {})
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForStarted())
        return false;
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(-1);
    if (process.exitCode() != 0)
        std::fprintf(stderr, "%s: %s\n", qPrintable(program), process.readAllStandardError().constData());
    return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

const QByteArray yardstickTable = "CREATE TABLE t (id TEXT PRIMARY KEY, service TEXT, project TEXT, version TEXT, target TEXT, "
                                  "region TEXT, status TEXT, deployer TEXT, commit_id TEXT, commit_time TEXT, started TEXT, "
                                  "finished TEXT);\n";

// The same rows into a table shaped like the store's, with its indexes: what sqlite3 and psql
// themselves take to load them there.
const QByteArray sqliteShapedTable
    = "CREATE TABLE t (id TEXT NOT NULL, service TEXT, project TEXT, version TEXT, target TEXT, region TEXT, status TEXT, "
      "deployer TEXT, commit_id TEXT, commit_time TEXT, started TEXT, finished TEXT, PRIMARY KEY (project, target, started, id)) "
      "WITHOUT ROWID;\nCREATE UNIQUE INDEX t_id ON t (id);\nCREATE INDEX t_service ON t (service, project, started);\n"
      "CREATE INDEX t_time ON t (started);\n";
const QByteArray postgresShapedTable = yardstickTable
    + "CREATE INDEX t_service ON t (service, project, started);\n"
      "CREATE INDEX t_time ON t (started);\n"
      "CREATE INDEX t_key ON t (project, target, region, service, started);\n";

// Each import, ours and the tools', runs this many times (a new store each time).
constexpr int importRuns = 5;

void queries(sr::DeploymentStore &store, int runs, const char *backend)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    std::vector<double> history, current, dora;
    qsizetype historyRows = 0, currentRows = 0;
    qint64 doraRows = 0;
    for (int i = 0; i < runs; ++i) {
        sr::HistoryFilter filter;
        filter.service = QStringLiteral("service-07");
        filter.project = QStringLiteral("project-07");
        filter.from = now.addDays(-90);
        filter.limit = 100000;
        history.push_back(timeMs([&] {
            const auto rows = store.history(filter);
            historyRows = rows ? rows->size() : -1;
            return bool(rows);
        }));
        current.push_back(timeMs([&] {
            const auto rows = store.current();
            currentRows = rows ? rows->size() : -1;
            return bool(rows);
        }));
        dora.push_back(timeMs([&] {
            const auto report = store.dora(QStringLiteral("project-07"), QStringLiteral("production"), now.addDays(-90), now);
            doraRows = report ? report->succeeded + report->failed : -1;
            return bool(report);
        }));
    }
    std::printf("%s, %lld rows: history of one service over 90 days (%lld rows): median %.1f ms\n", backend,
                qlonglong(*store.count({})), qlonglong(historyRows), median(history));
    std::printf("%s: current-state matrix (%lld running versions): median %.1f ms\n", backend, qlonglong(currentRows),
                median(current));
    std::printf("%s: DORA of one project over 90 days (%lld finished deployments): median %.1f ms\n", backend,
                qlonglong(doraRows), median(dora));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int rows = intOption(args, "--rows", 100000);
    const int total = intOption(args, "--total", 1000000);
    const int runs = std::max(1, intOption(args, "--runs", 9));
    const qsizetype pgIndex = args.indexOf(QStringLiteral("--postgres"));
    const QString postgres = pgIndex >= 0 && pgIndex + 1 < args.size() ? args.at(pgIndex + 1) : QString();
    QTemporaryDir dir;
    const QDateTime end = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), QTimeZone::utc());
    const QString csv = dir.filePath(QStringLiteral("import.csv"));
    const QString big = dir.filePath(QStringLiteral("total.csv"));
    if (!writeHistory(csv, rows, end, 7) || !writeHistory(big, total - rows, end, 8)) {
        std::fputs("cannot write the history\n", stderr);
        return 1;
    }

    // 1. Import, SQLite.
    std::vector<double> ours, yardstick, shaped;
    for (int i = 0; i < importRuns; ++i) {
        const QString path = dir.filePath(QStringLiteral("import-%1.sqlite").arg(i));
        auto store = sr::DeploymentStore::open(QStringLiteral("sqlite:") + path);
        if (!store)
            return 1;
        ours.push_back(timeMs([&] { return bool(store->importFile(csv)); }));
        const QString yard = dir.filePath(QStringLiteral("yard-%1.sqlite").arg(i));
        yardstick.push_back(timeMs([&] {
            return run(QStringLiteral("sqlite3"), {yard},
                       yardstickTable + ".mode csv\n.import --skip 1 " + QFile::encodeName(csv) + " t\n");
        }));
        const QString yardShaped = dir.filePath(QStringLiteral("shaped-%1.sqlite").arg(i));
        shaped.push_back(timeMs([&] {
            return run(QStringLiteral("sqlite3"), {yardShaped},
                       sqliteShapedTable + ".mode csv\n.import --skip 1 " + QFile::encodeName(csv) + " t\n");
        }));
    }
    std::printf("import %d rows into SQLite: median %.0f ms (%.0f rows/s); sqlite3 .import: median %.0f ms into a table keyed "
                "by the id (ratio %.2fx), %.0f ms into a table shaped like the store's (ratio %.2fx)\n",
                rows, median(ours), rows / median(ours) * 1000, median(yardstick), median(ours) / median(yardstick),
                median(shaped), median(ours) / median(shaped));

    // 2. Queries at --total rows, SQLite.
    {
        const QString path = dir.filePath(QStringLiteral("import-0.sqlite"));
        auto store = sr::DeploymentStore::open(QStringLiteral("sqlite:") + path);
        if (!store || !store->importFile(big))
            return 1;
        queries(*store, runs, "SQLite");
    }

    if (postgres.isEmpty()) {
        std::puts("PostgreSQL: skipped (give --postgres URL)");
        return 0;
    }
    // 1 and 2 again, PostgreSQL: a database per run, created by the superuser of the URL.
    const auto database = [&](const QString &name) {
        QUrl url(postgres);
        url.setPath(QLatin1Char('/') + name);
        return url.toString();
    };
    const QString psql = QStringLiteral("psql");
    std::vector<double> pgOurs, pgYard, pgShaped;
    for (int i = 0; i < importRuns; ++i) {
        const QString name = QStringLiteral("bench_%1_%2").arg(QCoreApplication::applicationPid()).arg(i);
        if (!run(psql, {postgres, QStringLiteral("-qc"), QStringLiteral("CREATE DATABASE %1").arg(name)}))
            return 1;
        auto store = sr::DeploymentStore::open(database(name));
        if (!store)
            return 1;
        pgOurs.push_back(timeMs([&] { return bool(store->importFile(csv)); }));
        const QByteArray script = yardstickTable + "\\copy t FROM '" + QFile::encodeName(csv) + "' WITH (FORMAT csv, HEADER)\n";
        pgYard.push_back(timeMs([&] { return run(psql, {database(name), QStringLiteral("-q")}, script); }));
        const QByteArray shapedScript = "DROP TABLE t;\n" + postgresShapedTable + "\\copy t FROM '" + QFile::encodeName(csv)
            + "' WITH (FORMAT csv, HEADER)\n";
        pgShaped.push_back(timeMs([&] { return run(psql, {database(name), QStringLiteral("-q")}, shapedScript); }));
    }
    std::printf("import %d rows into PostgreSQL: median %.0f ms (%.0f rows/s); psql \\copy: median %.0f ms into a table keyed by "
                "the id (ratio %.2fx), %.0f ms into a table shaped like the store's (ratio %.2fx)\n",
                rows, median(pgOurs), rows / median(pgOurs) * 1000, median(pgYard), median(pgOurs) / median(pgYard),
                median(pgShaped), median(pgOurs) / median(pgShaped));
    {
        const QString name = QStringLiteral("bench_%1_0").arg(QCoreApplication::applicationPid());
        auto store = sr::DeploymentStore::open(database(name));
        if (!store || !store->importFile(big))
            return 1;
        // What autovacuum does to a table soon after a large insert: statistics, hint bits and
        // the visibility map. The queries are timed on a settled store, not on the first read
        // after the import (which writes the hint bits of every page it touches).
        QSqlQuery(store->database()).exec(QStringLiteral("VACUUM ANALYZE"));
        queries(*store, runs, "PostgreSQL");
    }
    for (int i = 0; i < importRuns; ++i)
        run(psql,
            {postgres, QStringLiteral("-qc"),
             QStringLiteral("DROP DATABASE bench_%1_%2").arg(QCoreApplication::applicationPid()).arg(i)});
    return 0;
}
