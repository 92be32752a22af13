#include "edit/atomicwrite.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace sr {

namespace {

QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

/// One sync per file system holding the files (syncfs), not one fsync per file.
void syncFileSystems(const QStringList &paths)
{
#ifdef Q_OS_LINUX
    QSet<dev_t> synced;
    for (const QString &path : paths) {
        struct stat info = {};
        if (::stat(QFile::encodeName(path).constData(), &info) != 0 || synced.contains(info.st_dev))
            continue;
        synced.insert(info.st_dev);
        if (const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC); fd >= 0) {
            ::syncfs(fd);
            ::close(fd);
        }
    }
#else
    Q_UNUSED(paths);
    ::sync();
#endif
}

} // namespace

bool writeFilesAtomically(const QList<FileContent> &files, QString *error)
{
    const QString suffix = QStringLiteral(".sr-tmp-%1").arg(QCoreApplication::applicationPid());
    QStringList written;
    auto cleanUp = [&written] {
        for (const QString &temporary : std::as_const(written))
            QFile::remove(temporary);
    };
    for (const FileContent &f : files) {
        QFile file(f.path + suffix);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(f.content) != f.content.size()
            || !file.flush()) {
            *error = QStringLiteral("cannot write %1: %2").arg(f.path, file.errorString());
            if (file.isOpen()) {
                file.close();
                file.remove();
            }
            cleanUp();
            return false;
        }
        file.close();
        written.append(f.path + suffix);
        if (QFileInfo::exists(f.path))
            QFile::setPermissions(written.last(), QFileInfo(f.path).permissions());
    }
    syncFileSystems(written);
    for (qsizetype i = 0; i < files.size(); ++i) {
        if (::rename(QFile::encodeName(written.at(i)).constData(), QFile::encodeName(files.at(i).path).constData()) != 0) {
            *error = QStringLiteral("cannot replace %1: %2").arg(files.at(i).path, systemError());
            written = written.mid(i);
            cleanUp();
            return false;
        }
    }
    return true;
}

} // namespace sr
