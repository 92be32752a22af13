// bench_load: compares the full load + resolve + validate pipeline with plain toml++
// parsing of the same files, read one after the other (issue target: pipeline <= 1.0x).
//
//   bench_load [--projects 50] [--services 100] [--runs 5] [--registry DIR [--revision REV]]
//
// With --revision, also loads the registry from that git revision (GitRevisionSource,
// libgit2) and compares it with loading the same files from the folder (target <= 1.5x).

#include "analysis/validator.h"
#include "benchoptions.h"
#include "catalog/registryloader.h"
#include "policy/policyengine.h"
#include "vcs/gitrevisionsource.h"

#include <toml++/toml.h>

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QThreadPool>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>

namespace {
double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

long peakRssMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    auto option = [&args](const char *name, int fallback) {
        const auto i = args.indexOf(QString::fromLatin1(name));
        return i >= 0 && i + 1 < args.size() ? args[i + 1].toInt() : fallback;
    };
    sr::SyntheticRegistry::Options options;
    options.projects = option("--projects", 50);
    options.servicesPerProject = option("--services", 100);
    const int runs = std::max(1, option("--runs", 5));

    QTemporaryDir scratch;
    QString root;
    if (const auto i = args.indexOf(QStringLiteral("--registry")); i >= 0 && i + 1 < args.size()) {
        root = args[i + 1];
    } else {
        root = scratch.filePath(QStringLiteral("registry"));
        if (!writeSyntheticRegistry(root, options))
            return 2;
    }

    QStringList files;
    QDirIterator it(root, {QStringLiteral("*.toml")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());

    int services = 0;
    int diagnostics = 0;
    int findings = 0;
    std::vector<double> policies; // every policy rule over the loaded registry (docs/policies.md)
    auto runPipeline = [&] {
        QElapsedTimer timer;
        timer.start();
        const sr::RegistryPtr registry = sr::RegistryLoader::load(root);
        const sr::Diagnostics found = sr::Validator::validate(*registry);
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        services = registry->serviceCount();
        diagnostics = int(found.size());
        timer.restart();
        findings = int(sr::PolicyEngine::evaluate(*registry, QDate(2026, 11, 28)).findings.size());
        policies.push_back(double(timer.nsecsElapsed()) / 1e6);
        return ms;
    };
    qint64 bytes = 0;
    auto runParseOnly = [&] {
        QElapsedTimer timer;
        timer.start();
        bytes = 0;
        for (const QString &path : std::as_const(files)) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QByteArray data = file.readAll();
            bytes += data.size();
            const toml::table table = toml::parse(std::string_view(data.constData(), size_t(data.size())), path.toStdString());
            (void)table;
        }
        return double(timer.nsecsElapsed()) / 1e6;
    };

    // One pipeline run alone first, so that the peak memory figure is the pipeline's own;
    // then the two alternate, so that both see the same machine state.
    std::vector<double> pipeline{runPipeline()};
    const long pipelinePeak = peakRssMiB();
    std::vector<double> parseOnly;
    for (int r = 0; r < runs; ++r) {
        parseOnly.push_back(runParseOnly());
        pipeline.push_back(runPipeline());
    }
    pipeline.erase(pipeline.begin()); // the cold run

    // The git source against the folder, on the same files (runs alternate).
    std::vector<double> fromGit;
    std::vector<double> fromFolder;
    if (const auto i = args.indexOf(QStringLiteral("--revision")); i >= 0 && i + 1 < args.size()) {
        QString error;
        const auto git = sr::GitRevisionSource::open(root, args[i + 1], &error);
        if (!git) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 2;
        }
        const auto folder = std::make_shared<sr::FolderSource>(root);
        auto time = [](const sr::RegistrySourcePtr &source) {
            QElapsedTimer timer;
            timer.start();
            const sr::RegistryPtr registry = sr::RegistryLoader::load(source, {});
            return double(timer.nsecsElapsed()) / 1e6;
        };
        time(git);
        for (int r = 0; r < runs; ++r) {
            fromFolder.push_back(time(folder));
            fromGit.push_back(time(git));
        }
    }

    const double p = median(pipeline);
    const double q = median(parseOnly);
    std::printf("registry: %lld files, %.1f MiB, %d projects, %d services, %d diagnostics\n", qlonglong(files.size()),
                double(bytes) / (1024.0 * 1024.0), options.projects, services, diagnostics);
    std::printf("threads: %d\n", QThreadPool::globalInstance()->maxThreadCount());
    const double pMin = *std::min_element(pipeline.begin(), pipeline.end());
    const double qMin = *std::min_element(parseOnly.begin(), parseOnly.end());
    std::printf("toml++ parse only, sequential: median %7.1f ms, best %7.1f ms (%d runs)\n", q, qMin, runs);
    std::printf("load + resolve + validate:     median %7.1f ms, best %7.1f ms (%d runs)\n", p, pMin, runs);
    std::printf("pipeline / parse-only: median %.2fx, best %.2fx (target <= 1.00x)\n", p / q, pMin / qMin);
    std::printf("peak memory of the pipeline: %ld MiB (target < 200 MiB)\n", pipelinePeak);
    std::printf("every policy rule (%d findings): median %.1f ms (target < 100 ms)\n", findings, median(policies));
    if (!fromGit.empty()) {
        const double g = median(fromGit);
        const double f = median(fromFolder);
        std::printf("load from the folder:          median %7.1f ms\n", f);
        std::printf("load from the git revision:    median %7.1f ms\n", g);
        std::printf("git / folder: median %.2fx (target <= 1.50x)\n", g / f);
    }
    return 0;
}
