// bench_generate: generates every format for every project and target of synthetic
// registries of growing size, in memory (the registry loaded once, not timed; projects in
// parallel on the global thread pool, as the CLI does), and prints
// the time and the output's size per size (issue target: 5,000 services under 1 s, linear).
//
//   bench_generate [--sizes 1000,2500,5000,10000] [--runs 5]

#include "benchoptions.h"
#include "catalog/registryloader.h"
#include "generate/generator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QList<int> sizes{1000, 2500, 5000, 10000};
    int runs = 5;
    for (qsizetype i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--sizes")) {
            sizes.clear();
            for (const QString &s : args[i + 1].split(QLatin1Char(',')))
                sizes.append(s.toInt());
        } else if (args[i] == QLatin1String("--runs")) {
            runs = std::max(1, args[i + 1].toInt());
        }
    }
    std::printf("%-9s %-9s %-7s %-9s %-12s %-10s %s\n", "services", "projects", "files", "MiB", "median ms", "min ms",
                "µs/service");
    for (const int size : sizes) {
        QTemporaryDir dir;
        sr::SyntheticRegistry::Options options;
        options.projects = std::max(1, size / 100);
        options.servicesPerProject = size / options.projects;
        options.seed = 7;
        if (!writeSyntheticRegistry(dir.path(), options))
            return 1;
        const sr::RegistryPtr registry = sr::RegistryLoader::load(dir.path());
        // Every project, every target (the default target when a project has none).
        QList<sr::GenerationRequest> requests;
        for (const sr::Project &p : registry->projects) {
            sr::GenerationRequest request;
            request.project = p.name;
            request.repositoryUrl = QStringLiteral("https://git.example.com/deploy.git");
            if (!p.deployment || p.deployment->targets.isEmpty()) {
                requests.append(request);
                continue;
            }
            for (const sr::DeploymentTarget &t : p.deployment->targets) {
                request.target = t.name;
                requests.append(request);
            }
        }
        std::vector<double> times;
        qsizetype files = 0;
        qint64 bytes = 0;
        for (int run = 0; run < runs; ++run) {
            QElapsedTimer timer;
            timer.start();
            files = 0;
            bytes = 0;
            QString error;
            for (const sr::GeneratedFile &f : sr::generateFiles(*registry, requests, sr::Generator::all(), &error)) {
                ++files;
                bytes += f.content.size();
            }
            times.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
        // Where the time goes: each format alone, once, on one thread.
        QStringList perFormat;
        for (const sr::Generator *g : sr::Generator::all()) {
            QElapsedTimer timer;
            timer.start();
            for (const sr::GenerationRequest &request : requests) {
                QString error;
                sr::generateFiles(*registry, request, {g}, &error);
            }
            perFormat.append(QStringLiteral("%1 %2").arg(g->format()).arg(double(timer.nsecsElapsed()) / 1e6, 0, 'f', 0));
        }
        std::sort(times.begin(), times.end());
        const int services = registry->serviceCount();
        std::printf("%-9d %-9lld %-7lld %-9.1f %-12.1f %-10.1f %.1f\n", services, qlonglong(registry->projects.size()),
                    qlonglong(files), double(bytes) / (1024.0 * 1024.0), times[times.size() / 2], times.front(),
                    times[times.size() / 2] * 1000.0 / services);
        std::printf("          ms per format: %s\n", qPrintable(perFormat.join(QLatin1String(", "))));
    }
    return 0;
}
