// Records deployments one at a time, as a deploy script does, and prints each id once its
// transaction committed: tst_deploy runs two at once, and kills one in the middle.
//   deploywriter URL PREFIX COUNT

#include "deploy/deploymentstore.h"

#include <QCoreApplication>
#include <QTimeZone>
#include <QUuid>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: deploywriter URL PREFIX COUNT\n");
        return 2;
    }
    QString error;
    auto store = sr::DeploymentStore::open(args.at(1), {}, &error);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 2;
    }
    const int count = args.at(3).toInt();
    const QDateTime start = QDateTime::fromSecsSinceEpoch(1780000000, QTimeZone::utc());
    for (int i = 0; i < count; ++i) {
        sr::DeploymentRecord d;
        d.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        d.service = QStringLiteral("svc-%1").arg(i % 50);
        d.project = args.at(2);
        d.version = QStringLiteral("1.0.%1").arg(i);
        d.target = QStringLiteral("production");
        d.status = sr::DeploymentStatus::Succeeded;
        d.started = start.addSecs(i);
        d.finished = d.started.addSecs(30);
        if (store->record(d) != sr::DeploymentStore::RecordOutcome::Added) {
            std::fprintf(stderr, "%s\n", qPrintable(store->lastError()));
            return 2;
        }
        std::printf("%s\n", qPrintable(d.id));
        std::fflush(stdout);
    }
    return 0;
}
