// bench_console_open: the console opening a registry (issue target on the 50,000-service
// registry: opened and drawn in 3 s, peak memory 600 MB). Writes the synthetic registry, then,
// from the moment the application exists: the main window opens it, loads, validates, checks
// the policies, fills every tab and draws the window once. Prints that time, the peak memory of
// the process, and a keystroke in the Policies tab's filter over all of its findings. One
// measurement per process (peak memory is the process's); run it several times.
//
//   bench_console_open [--projects 500] [--services 100]

#include "mainwindow.h"
#include "policies/policiespane.h"
#include "policyfindingmodel.h"
#include "workspace.h"
#include <QTreeView>

#include "benchoptions.h"
#include "heaptuning.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

#include <sys/resource.h>

int main(int argc, char *argv[])
{
    HeapTuning::adviseForLoading(HeapTuning::Lifetime::LongRunning); // as the console does; SR_NO_ALLOCATOR_TUNING=1 to compare
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args.append(QString::fromLocal8Bit(argv[i]));
    sr::SyntheticRegistry::Options options = syntheticOptions(args);
    options.projects = intOption(args, "--projects", 500);
    QTemporaryDir dir;
    if (!writeSyntheticRegistry(dir.path(), options))
        return 1;

    QElapsedTimer opening;
    opening.start();
    QApplication app(argc, argv);
    MainWindow window;
    window.resize(1600, 960);
    double drawnAfter = 0;
    QObject::connect(
        &window, &MainWindow::registryLoaded, &window,
        [&] {
            // Drawn once every tab is filled (the same moment --screenshot grabs).
            auto *poll = new QTimer(&window);
            QObject::connect(poll, &QTimer::timeout, &window, [&, poll] {
                if (window.isBusy())
                    return;
                poll->stop();
                window.grab();
                drawnAfter = double(opening.nsecsElapsed()) / 1e9;
                QCoreApplication::exit(0);
            });
            poll->start(5);
        },
        Qt::SingleShotConnection);
    window.show();
    window.openRegistry(dir.path());
    app.exec();
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const double peakMiB = double(usage.ru_maxrss) / 1024.0;

    // A keystroke in the Policies filter: every finding of the registry is in its tree.
    window.showView(QStringLiteral("policies"));
    auto *pane = window.findChild<PoliciesPane *>(QStringLiteral("policiesPane"));
    std::vector<double> keystrokes;
    QElapsedTimer timer;
    const QString typed = QStringLiteral("memory");
    for (qsizetype length = 1; length <= typed.size(); ++length) {
        timer.start();
        pane->filter()->setText(typed.left(length));
        QCoreApplication::processEvents();
        keystrokes.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(keystrokes.begin(), keystrokes.end());

    std::printf("registry: %d projects x %d services\n", options.projects, options.servicesPerProject);
    std::printf("opened and drawn: %.2f s (from the application's start)\n", drawnAfter);
    std::printf("peak memory: %.0f MiB\n", peakMiB);
    std::printf("Policies filter keystroke (%d findings): median %.1f ms, slowest %.1f ms\n",
                int(window.workspace()->policyReport().findings.size()), keystrokes[keystrokes.size() / 2], keystrokes.back());
    return 0;
}
