#include "generate/generatedoutput.h"

#include "catalog/workerpool_p.h"
#include "edit/atomicwrite.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QSet>

#include <cstring>
#include <numeric>

namespace sr {

namespace {

/// "<project>/<target>/<format>" of a generated path.
QString formatFolder(const QString &path)
{
    return path.section(QLatin1Char('/'), 0, 2);
}

QMap<QString, QStringList> byFormatFolder(const QList<GeneratedFile> &files)
{
    QMap<QString, QStringList> out;
    for (const GeneratedFile &f : files)
        out[formatFolder(f.path)].append(f.path.mid(formatFolder(f.path).size() + 1));
    return out;
}

QStringList readManifest(const QString &folder)
{
    QFile file(folder + QLatin1Char('/') + QLatin1String(GeneratedOutput::manifestName));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList out;
    for (const QByteArray &line : file.readAll().split('\n')) {
        const QString path = QString::fromUtf8(line);
        if (GeneratedOutput::isSafePath(path))
            out.append(path);
    }
    return out;
}

/// Whether `path`'s existing parent folders all stay inside `root` (no link leads out).
bool staysInside(const QString &root, const QString &path)
{
    const QString canonicalRoot = QFileInfo(root).canonicalFilePath();
    QString dir = QFileInfo(path).absolutePath();
    while (!QFileInfo::exists(dir))
        dir = QFileInfo(dir).absolutePath();
    const QString canonical = QFileInfo(dir).canonicalFilePath();
    return canonical == canonicalRoot || canonical.startsWith(canonicalRoot + QLatin1Char('/'));
}

} // namespace

bool GeneratedOutput::isSafePath(const QString &path)
{
    if (path.isEmpty() || path.startsWith(QLatin1Char('/')) || path.contains(QLatin1Char('\\')) || path.contains(QChar(0)))
        return false;
    const QStringList parts = path.split(QLatin1Char('/'));
    return std::none_of(parts.cbegin(), parts.cend(),
                        [](const QString &p) { return p.isEmpty() || p == QLatin1String(".") || p == QLatin1String(".."); });
}

bool GeneratedOutput::write(const QString &folder, const QList<GeneratedFile> &files, QString *error, Written *written)
{
    Written counts;
    for (const GeneratedFile &f : files) {
        if (!isSafePath(f.path) || f.path.count(QLatin1Char('/')) < 3) {
            *error = QStringLiteral("refusing to write '%1': it would leave the output folder").arg(f.path);
            return false;
        }
    }
    if (!QDir().mkpath(folder)) {
        *error = QStringLiteral("cannot create the output folder %1").arg(folder);
        return false;
    }
    const QMap<QString, QStringList> folders = byFormatFolder(files);
    QList<FileContent> pending; // changed files and the manifests, by full path
    QSet<QString> checkedFolders;
    for (const GeneratedFile &f : files) {
        const QString path = folder + QLatin1Char('/') + f.path;
        const QString parent = QFileInfo(path).absolutePath();
        if (!checkedFolders.contains(parent)) {
            if (!staysInside(folder, path)) {
                *error = QStringLiteral("refusing to write %1: a link leads out of the output folder").arg(path);
                return false;
            }
            if (!QDir().mkpath(parent)) {
                *error = QStringLiteral("cannot create the folder %1").arg(parent);
                return false;
            }
            checkedFolders.insert(parent);
        }
    }
    // What is already there with the same bytes keeps its time stamp; the files are read and
    // compared on the core's worker threads.
    std::vector<char> same(size_t(files.size()), 0);
    QList<int> indices(files.size());
    std::iota(indices.begin(), indices.end(), 0);
    detail::forEachIndex(indices, [&](int i) {
        const GeneratedFile &f = files.at(i);
        QFile existing(folder + QLatin1Char('/') + f.path);
        if (!existing.open(QIODevice::ReadOnly | QIODevice::Unbuffered) || existing.size() != f.content.size())
            return;
        if (f.content.isEmpty()) {
            same[size_t(i)] = 1;
            return;
        }
        // Read into one buffer per thread and compared piece by piece: nothing allocated per file
        // (mapping each file costs more than reading it).
        thread_local std::vector<char> buffer(64 * 1024);
        qint64 at = 0;
        while (at < f.content.size()) {
            const qint64 got = existing.read(buffer.data(), qint64(buffer.size()));
            if (got <= 0 || got > f.content.size() - at
                || std::memcmp(buffer.data(), f.content.constData() + at, size_t(got)) != 0)
                return;
            at += got;
        }
        same[size_t(i)] = 1;
    });
    for (qsizetype i = 0; i < files.size(); ++i) {
        if (same[size_t(i)]) {
            ++counts.unchanged;
            continue;
        }
        pending.append({folder + QLatin1Char('/') + files.at(i).path, files.at(i).content});
        ++counts.changed;
    }
    // What the last generation wrote, read before the new lists replace it; a list that stays
    // the same is not written again (an unchanged output writes nothing, and syncs nothing).
    QMap<QString, QStringList> before;
    for (auto it = folders.cbegin(); it != folders.cend(); ++it) {
        QStringList listed = it.value();
        listed.sort();
        const QStringList previous = readManifest(folder + QLatin1Char('/') + it.key());
        before.insert(it.key(), previous);
        if (previous != listed)
            pending.append({folder + QLatin1Char('/') + it.key() + QLatin1Char('/') + QLatin1String(manifestName),
                            listed.join(QLatin1Char('\n')).toUtf8() + '\n'});
    }
    if (!writeFilesAtomically(pending, error))
        return false;
    for (auto it = folders.cbegin(); it != folders.cend(); ++it) {
        const QString dir = folder + QLatin1Char('/') + it.key();
        const QSet<QString> current(it.value().cbegin(), it.value().cend());
        for (const QString &old : before.value(it.key())) {
            if (current.contains(old) || !staysInside(folder, dir + QLatin1Char('/') + old))
                continue;
            if (QFile::remove(dir + QLatin1Char('/') + old))
                ++counts.removed;
            // Folders the generator created and emptied go too; QDir::rmdir keeps non-empty ones.
            QString parent = QFileInfo(dir + QLatin1Char('/') + old).absolutePath();
            while (parent.startsWith(dir + QLatin1Char('/')) && QDir().rmdir(parent))
                parent = QFileInfo(parent).absolutePath();
        }
    }
    if (written)
        *written = counts;
    return true;
}

QList<GeneratedOutput::Difference> GeneratedOutput::compare(const QString &folder, const QList<GeneratedFile> &files)
{
    QList<Difference> out;
    for (const GeneratedFile &f : files) {
        QFile file(folder + QLatin1Char('/') + f.path);
        if (!file.open(QIODevice::ReadOnly))
            out.append({f.path, Difference::Missing});
        else if (file.readAll() != f.content)
            out.append({f.path, Difference::Changed});
    }
    const QMap<QString, QStringList> folders = byFormatFolder(files);
    for (auto it = folders.cbegin(); it != folders.cend(); ++it) {
        const QSet<QString> current(it.value().cbegin(), it.value().cend());
        for (const QString &old : readManifest(folder + QLatin1Char('/') + it.key())) {
            if (!current.contains(old) && QFileInfo::exists(folder + QLatin1Char('/') + it.key() + QLatin1Char('/') + old))
                out.append({it.key() + QLatin1Char('/') + old, Difference::Stale});
        }
    }
    std::sort(out.begin(), out.end(), [](const Difference &a, const Difference &b) { return a.path < b.path; });
    return out;
}

namespace {
constexpr const char *differenceNames[] = {"changed", "missing", "stale"};
constexpr const char *differenceLabels[] = {QT_TRANSLATE_NOOP("Vocabulary", "changed"),
                                            QT_TRANSLATE_NOOP("Vocabulary", "missing"), QT_TRANSLATE_NOOP("Vocabulary", "stale")};
} // namespace

SR_DEFINE_VOCABULARY(GeneratedOutput::Difference::Kind, differenceNames, differenceLabels)

} // namespace sr
