// bench_live_edit: from an edit in the console to updated diagnostics (issue target: under
// 50 ms on the 5,000-service registry). Writes the synthetic registry, opens it in a
// Workspace as the console does, then times EditSession::setField (the form's edit after a
// pause in typing) until the Workspace delivers the reloaded, revalidated registry with its
// policy report. Prints the median and the slowest of the runs.
//
//   bench_live_edit [--projects 50] [--services 100] [--runs 9]

#include "editsession.h"
#include "workspace.h"

#include "benchoptions.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const sr::SyntheticRegistry::Options options = syntheticOptions(args);
    const int runs = std::max(1, intOption(args, "--runs", 9));
    QTemporaryDir dir;
    if (!sr::SyntheticRegistry::write(dir.path(), options).isEmpty()) {
        std::fputs("cannot write the synthetic registry\n", stderr);
        return 1;
    }
    Workspace workspace;
    workspace.setAutoReload(false);
    EditSession session(&workspace);
    QEventLoop loop;
    QObject::connect(&workspace, &Workspace::registryChanged, &loop, &QEventLoop::quit);
    QElapsedTimer timer;
    timer.start();
    workspace.open(dir.path());
    loop.exec();
    std::printf("registry: %d services; first load %lld ms\n", workspace.registry()->serviceCount(), timer.elapsed());

    const QString service = workspace.registry()->catalog.services.first()->id;
    std::vector<double> times;
    for (int run = 0; run < runs; ++run) {
        QString error;
        timer.restart();
        if (!session.setField(QString(), service, QStringLiteral("description"), QStringLiteral("\"edit %1\"").arg(run).toUtf8(),
                              &error, true)) {
            std::fprintf(stderr, "edit failed: %s\n", qPrintable(error));
            return 1;
        }
        loop.exec();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    std::printf("edit → revalidated registry and policies: median %.0f ms, slowest %.0f ms (%d runs)\n", times[times.size() / 2],
                times.back(), runs);
    return 0;
}
