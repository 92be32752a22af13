// bench_timeline: the Deployments tab drawing 90 days of --rows (10,000) deployments
// (docs/performance.md; goal: under 200 ms). Seeds a SQLite store, then times
//  - the whole tab: refresh (queries on the store's thread, statistics) until it has
//    everything, plus painting it (grab);
//  - the timeline alone: painting 10,000 marks.
// Prints medians of --runs (9) runs. Offscreen.
//
//   bench_timeline [--rows 10000] [--runs 9]

#include "benchoptions.h"
#include "deploy/deploymentstore.h"
#include "deploy/synthetichistory.h"
#include "deployments/deploymentspane.h"
#include "deployments/deploymenttimeline.h"
#include "workspace.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTemporaryDir>
#include <QTimeZone>

#include <algorithm>
#include <cstdio>
#include <vector>

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int rows = intOption(args, "--rows", 10000);
    const int runs = std::max(1, intOption(args, "--runs", 9));
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("history.csv"));
    {
        QFile file(csv);
        sr::SyntheticHistoryOptions options;
        options.rows = rows;
        options.days = 90;
        options.end = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch() - 3600, QTimeZone::utc());
        if (!file.open(QIODevice::WriteOnly) || !sr::writeSyntheticHistory(&file, nullptr, options))
            return 1;
    }
    const QString url = QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("store.sqlite"));
    if (auto store = sr::DeploymentStore::open(url); !store || !store->importFile(csv))
        return 1;

    Workspace workspace;
    DeploymentsPane pane(&workspace, nullptr);
    pane.resize(1300, 800);
    pane.setStoreUrl(url);
    QEventLoop loop;
    QObject::connect(&pane, &DeploymentsPane::refreshed, &loop, &QEventLoop::quit);
    pane.show();
    loop.exec(); // the first refresh opens the store

    std::vector<double> whole, timeline;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        pane.refresh();
        loop.exec();
        pane.grab();
        whole.push_back(double(timer.nsecsElapsed()) / 1e6);
        timer.restart();
        pane.findChild<DeploymentTimeline *>(QStringLiteral("deploymentTimeline"))->grab();
        timeline.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(whole.begin(), whole.end());
    std::sort(timeline.begin(), timeline.end());
    std::printf("Deployments tab, 90 days, %lld deployments drawn (%d marks painted): refresh and paint median %.1f ms, "
                "slowest %.1f ms; the timeline alone median %.1f ms\n",
                qlonglong(pane.statistics().marks.size()),
                pane.findChild<DeploymentTimeline *>(QStringLiteral("deploymentTimeline"))->paintedMarks(),
                whole[whole.size() / 2], whole.back(), timeline[timeline.size() / 2]);
    return 0;
}
