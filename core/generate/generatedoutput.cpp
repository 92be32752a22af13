#include "generate/generatedoutput.h"

#include "edit/atomicwrite.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QSet>

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
        QFile existing(path);
        if (existing.open(QIODevice::ReadOnly) && existing.size() == f.content.size() && existing.readAll() == f.content) {
            ++counts.unchanged;
            continue; // keep its time stamp
        }
        pending.append({path, f.content});
        ++counts.changed;
    }
    for (auto it = folders.cbegin(); it != folders.cend(); ++it) {
        QStringList listed = it.value();
        listed.sort();
        pending.append({folder + QLatin1Char('/') + it.key() + QLatin1Char('/') + QLatin1String(manifestName),
                        listed.join(QLatin1Char('\n')).toUtf8() + '\n'});
    }
    // What the last generation wrote, read before the new lists replace it.
    QMap<QString, QStringList> before;
    for (auto it = folders.cbegin(); it != folders.cend(); ++it)
        before.insert(it.key(), readManifest(folder + QLatin1Char('/') + it.key()));
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
