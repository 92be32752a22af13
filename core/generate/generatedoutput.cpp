#include "generate/generatedoutput.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QSaveFile>
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

bool writeFile(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
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

bool GeneratedOutput::write(const QString &folder, const QList<GeneratedFile> &files, QString *error)
{
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
    for (const GeneratedFile &f : files) {
        const QString path = folder + QLatin1Char('/') + f.path;
        if (!staysInside(folder, path)) {
            *error = QStringLiteral("refusing to write %1: a link leads out of the output folder").arg(path);
            return false;
        }
        if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
            *error = QStringLiteral("cannot create the folder %1").arg(QFileInfo(path).absolutePath());
            return false;
        }
        QFile existing(path);
        if (existing.open(QIODevice::ReadOnly) && existing.readAll() == f.content)
            continue; // unchanged: keep its time stamp
        if (!writeFile(path, f.content, error))
            return false;
    }
    for (auto it = folders.cbegin(); it != folders.cend(); ++it) {
        const QString dir = folder + QLatin1Char('/') + it.key();
        const QSet<QString> current(it.value().cbegin(), it.value().cend());
        for (const QString &old : readManifest(dir)) {
            if (current.contains(old) || !staysInside(folder, dir + QLatin1Char('/') + old))
                continue;
            QFile::remove(dir + QLatin1Char('/') + old);
            // Folders the generator created and emptied go too; QDir::rmdir keeps non-empty ones.
            QString parent = QFileInfo(dir + QLatin1Char('/') + old).absolutePath();
            while (parent.startsWith(dir + QLatin1Char('/')) && QDir().rmdir(parent))
                parent = QFileInfo(parent).absolutePath();
        }
        QStringList listed = it.value();
        listed.sort();
        if (!writeFile(dir + QLatin1Char('/') + QLatin1String(manifestName), listed.join(QLatin1Char('\n')).toUtf8() + '\n',
                       error))
            return false;
    }
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

QString differenceKindName(GeneratedOutput::Difference::Kind kind)
{
    switch (kind) {
    case GeneratedOutput::Difference::Changed:
        return QStringLiteral("changed");
    case GeneratedOutput::Difference::Missing:
        return QStringLiteral("missing");
    case GeneratedOutput::Difference::Stale:
        return QStringLiteral("stale");
    }
    return {};
}

} // namespace sr
