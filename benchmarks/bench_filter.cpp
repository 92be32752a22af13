// bench_filter: a keystroke in the Services tab's filter (issue target: answered in 50 ms on the
// 50,000-service registry). Writes the synthetic registry, loads it, fills the services table
// as the tab does for the largest scope (every project's services at once, more than the tab
// ever shows), then times each keystroke of a few filters typed letter by letter, and clearing
// them. Prints the median and the slowest keystroke.
//
//   bench_filter [--projects 500] [--services 100]

#include "servicefilterproxymodel.h"
#include "servicetablemodel.h"

#include "benchoptions.h"
#include "catalog/registryloader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    sr::SyntheticRegistry::Options options = syntheticOptions(args);
    options.projects = intOption(args, "--projects", 500);
    QTemporaryDir dir;
    if (!writeSyntheticRegistry(dir.path(), options))
        return 1;
    const sr::RegistryPtr registry = sr::RegistryLoader::load(dir.path());
    // The tab shows one scope: the global catalog or one project. Measured on the largest
    // scope there is, and on every service at once.
    QList<sr::ResolvedService> largest = registry->globalView;
    QList<sr::ResolvedService> all = registry->globalView;
    for (const sr::Project &project : registry->projects) {
        all += project.resolved;
        if (project.resolved.size() > largest.size())
            largest = project.resolved;
    }
    for (const auto &[name, services] : {std::pair{"the largest scope", largest}, std::pair{"every service at once", all}}) {
        ServiceTableModel model;
        model.setServices(services);
        ServiceFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.sort(0);
        std::vector<double> keystrokes;
        const QStringList typed{QStringLiteral("cart"), QStringLiteral("type:api"), QStringLiteral("owner:@team-1"),
                                QStringLiteral("port:8080")};
        QElapsedTimer timer;
        for (const QString &filter : typed) {
            for (qsizetype length = 1; length <= filter.size(); ++length) {
                timer.start();
                proxy.setFilterText(filter.left(length));
                keystrokes.push_back(double(timer.nsecsElapsed()) / 1e6);
            }
            timer.start();
            proxy.setFilterText(QString());
            keystrokes.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
        std::sort(keystrokes.begin(), keystrokes.end());
        std::printf("%s (%lld services): %zu keystrokes, median %.2f ms, slowest %.2f ms\n", name, qlonglong(services.size()),
                    keystrokes.size(), keystrokes[keystrokes.size() / 2], keystrokes.back());
    }
    return 0;
}
