// bench_review: the change review on the synthetic registry (issue target: 5,000 services,
// 1 % of them changed, diff plus impact analysis under 300 ms). Writes the registry, a copy
// in which one service per project (1 %) gets a new major version and a renumbered port,
// loads both (not timed) and times ChangeDetector::compare, which classifies every change and
// walks the dependency graph for its impact.
//
//   bench_review [--projects 50] [--services 100] [--runs 9]

#include "analysis/changedetector.h"
#include "benchoptions.h"
#include "catalog/registryloader.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const sr::SyntheticRegistry::Options options = syntheticOptions(args);
    const int runs = std::max(1, intOption(args, "--runs", 9));
    QTemporaryDir base;
    QTemporaryDir head;
    if (!writeSyntheticRegistry(base.path(), options) || !writeSyntheticRegistry(head.path(), options))
        return 1;
    // The first service of every project: a major version up and its port renumbered.
    int changed = 0;
    for (const QString &project : QDir(head.filePath(QStringLiteral("projects"))).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile file(head.filePath(QStringLiteral("projects/%1/services.toml").arg(project)));
        if (!file.open(QIODevice::ReadWrite))
            return 1;
        QString text = QString::fromUtf8(file.readAll());
        const qsizetype at = text.indexOf(QStringLiteral("\n[services."));
        static const QRegularExpression version(QStringLiteral("version = \"(\\d+)\\."));
        static const QRegularExpression port(QStringLiteral("port = (\\d+),"));
        const auto v = version.match(text, at);
        const auto p = port.match(text, at);
        if (at < 0 || !v.hasMatch() || !p.hasMatch())
            continue;
        text.replace(p.capturedStart(1), p.capturedLength(1), QString::number(p.captured(1).toInt() + 1));
        text.replace(v.capturedStart(1), v.capturedLength(1), QString::number(v.captured(1).toInt() + 1));
        file.resize(0);
        file.write(text.toUtf8());
        ++changed;
    }
    const sr::RegistryPtr before = sr::RegistryLoader::load(base.path());
    const sr::RegistryPtr after = sr::RegistryLoader::load(head.path());
    std::vector<double> times;
    sr::ChangeReport report;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        report = sr::ChangeDetector::compare(*before, *after);
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    qsizetype affected = 0;
    for (const sr::RegistryChange &c : report.changes)
        affected += c.affected.size();
    std::printf("%d services, %d changed (%.1f %%): %lld changes (%d breaking), %lld affected entries\n", after->serviceCount(),
                changed, 100.0 * changed / std::max(1, after->serviceCount()), qlonglong(report.changes.size()),
                report.count(sr::ChangeSeverity::Breaking), qlonglong(affected));
    std::printf("diff + impact: median %.1f ms, min %.1f ms (%d runs)\n", times[times.size() / 2], times.front(), runs);
    return 0;
}
