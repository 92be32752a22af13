// bench_live_edit: from an edit in the console to updated diagnostics (issue target: under
// 50 ms on the 5,000-service registry). Writes the synthetic registry, opens it in a
// Workspace as the console does, then times EditSession::setField (the form's edit after a
// pause in typing) until the Workspace delivers the reloaded, revalidated registry with its
// policy report and the Problems pane's model holds them. Prints the median and the slowest
// of the runs.
//
//   bench_live_edit [--projects 50] [--services 100] [--runs 9]

#include "editsession.h"
#include "problemmodel.h"
#include "workspace.h"

#include "benchoptions.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QThreadPool>

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
    if (!writeSyntheticRegistry(dir.path(), options))
        return 1;
    Workspace workspace;
    workspace.setAutoReload(false);
    EditSession session(&workspace);
    // What the Problems pane does with each new snapshot (views/problems).
    ProblemModel problems;
    QEventLoop loop;
    QObject::connect(&workspace, &Workspace::registryChanged, &loop, [&] {
        problems.setDiagnostics(workspace.problems());
        loop.quit();
    });
    QElapsedTimer timer;
    timer.start();
    workspace.open(dir.path());
    loop.exec();
    std::printf("registry: %d services; first load %lld ms\n", workspace.registry()->serviceCount(), timer.elapsed());

    // A global service every project uses (every project is resolved and checked again),
    // then a service of one project (only that project is).
    auto measure = [&](const QString &project, const QString &service) -> std::vector<double> {
        std::vector<double> times;
        for (int run = 0; run < runs; ++run) {
            QString error;
            timer.restart();
            if (!session.setField(project, service, QStringLiteral("description"),
                                  QStringLiteral("\"edit %1\"").arg(run).toUtf8(), &error, true)) {
                std::fprintf(stderr, "edit failed: %s\n", qPrintable(error));
                return {};
            }
            loop.exec();
            times.push_back(double(timer.nsecsElapsed()) / 1e6);
            // The form waits for a pause in typing; the previous snapshot is freed meanwhile.
            QThreadPool::globalInstance()->waitForDone();
        }
        std::sort(times.begin(), times.end());
        return times;
    };
    const sr::RegistryPtr registry = workspace.registry();
    const sr::Project &first = registry->projects.first();
    const struct
    {
        const char *what;
        QString project;
        QString service;
    } cases[] = {{"global service", QString(), registry->catalog.services.first()->id},
                 {"project service", first.name, first.ownServices.first()->id}};
    for (const auto &c : cases) {
        const std::vector<double> times = measure(c.project, c.service);
        if (times.empty())
            return 1;
        std::printf("edit of a %s → updated Problems model: median %.0f ms, slowest %.0f ms (%d runs)\n", c.what,
                    times[times.size() / 2], times.back(), runs);
    }
    return 0;
}
