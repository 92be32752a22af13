// bench_edit: saving one edit (issue target: under 20 ms). Writes the synthetic registry,
// then on its largest file (the global catalog) times a TomlTextEditor edit of the last
// service's version (scan, replace, parse-back check) and the atomic save of the file
// (temporary file, syncfs, rename). Prints the median and the slowest run.
//
//   bench_edit [--projects 50] [--services 100] [--globals 200] [--runs 15]

#include "benchoptions.h"
#include "edit/atomicwrite.h"
#include "edit/tomltexteditor.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const sr::SyntheticRegistry::Options options = syntheticOptions(args);
    const int runs = std::max(1, intOption(args, "--runs", 15));
    QTemporaryDir dir;
    if (!writeSyntheticRegistry(dir.path(), options))
        return 1;
    const QString path = dir.filePath(QStringLiteral("services/catalog.toml"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 1;
    const QByteArray text = file.readAll();
    file.close();
    const QRegularExpression header(QStringLiteral("^\\[services\\.([a-z0-9-]+)\\]$"), QRegularExpression::MultilineOption);
    QString last;
    for (auto it = header.globalMatch(QString::fromUtf8(text)); it.hasNext();)
        last = it.next().captured(1);

    std::vector<double> edits, saves;
    QByteArray current = text;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        sr::TomlTextEditor editor(current);
        QString error;
        if (!editor.set({QStringLiteral("services"), last, QStringLiteral("version")},
                        QStringLiteral("\"9.%1.0\"").arg(run).toUtf8(), &error)) {
            std::fprintf(stderr, "edit failed: %s\n", qPrintable(error));
            return 1;
        }
        edits.push_back(double(timer.nsecsElapsed()) / 1e6);
        timer.restart();
        if (!sr::writeFilesAtomically({{path, editor.text()}}, &error)) {
            std::fprintf(stderr, "save failed: %s\n", qPrintable(error));
            return 1;
        }
        saves.push_back(double(timer.nsecsElapsed()) / 1e6);
        current = editor.text();
    }
    auto report = [](const char *what, std::vector<double> v) {
        std::sort(v.begin(), v.end());
        std::printf("%-44s median %6.2f ms   slowest %6.2f ms\n", what, v[v.size() / 2], v.back());
    };
    std::printf("file: services/catalog.toml, %lld bytes, %lld lines; editing service '%s'\n", qlonglong(text.size()),
                qlonglong(text.count('\n')), qPrintable(last));
    report("edit (scan, replace, parse back)", edits);
    report("atomic save (temp file, syncfs, rename)", saves);
    return 0;
}
