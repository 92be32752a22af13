#pragma once

#include "serviceregistry_export.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <memory>

namespace sr {

/// Where the loader reads a registry from: a folder on disk (FolderSource), a git revision
/// read from the object database (GitRevisionSource), or unsaved buffers over another
/// source (OverlaySource). Paths are relative to the registry root and use '/'; the empty
/// path is the root itself. Implementations are safe to use from several threads at once:
/// the loader reads files in parallel.
class SERVICEREGISTRY_EXPORT RegistrySource
{
public:
    enum class Kind {
        Missing,
        File,
        Folder,
        BrokenLink, ///< a symbolic link that loops or points nowhere
        Special, ///< a pipe, socket, device or a link the source cannot follow
    };
    struct Entry
    {
        QString name;
        Kind kind = Kind::Missing;
    };
    /// The bytes of a file, or why there are none.
    struct Content
    {
        enum Status { Ok, NotFound, NotAFile, BrokenLink, Unreadable, TooLarge };
        Status status = NotFound;
        QByteArray bytes;
        qint64 size = 0; ///< the file's size, also when it is too large to read
        QString reason; ///< a sentence for the user when status is not Ok
    };

    virtual ~RegistrySource();

    /// What to print before a relative path so that a user finds the file: the folder as
    /// given, for every kind of source ("examples/central-registry").
    virtual QString root() const = 0;
    /// One line for titles and reports: the folder, or "folder at main (3f2a9c1)".
    virtual QString description() const = 0;
    /// A folder on disk whose files are the source's files: only a FolderSource has one.
    virtual QString localRoot() const { return {}; }

    virtual Kind kind(const QString &path) const = 0;
    /// The entries of a folder, sorted by name; empty when it is not a folder.
    virtual QList<Entry> entries(const QString &folder) const = 0;
    /// Reads a regular file of at most `maxBytes`; larger files report TooLarge and their size.
    virtual Content read(const QString &path, qint64 maxBytes) const = 0;
};

using RegistrySourcePtr = std::shared_ptr<const RegistrySource>;

/// A registry folder on disk.
class SERVICEREGISTRY_EXPORT FolderSource : public RegistrySource
{
public:
    explicit FolderSource(QString root);

    QString root() const override { return m_root; }
    QString description() const override { return m_root; }
    QString localRoot() const override { return m_root; }
    Kind kind(const QString &path) const override;
    QList<Entry> entries(const QString &folder) const override;
    Content read(const QString &path, qint64 maxBytes) const override;

    /// root/path, or path alone when the root is ".".
    QString filePath(const QString &path) const;

private:
    QString m_root;
};

/// Unsaved buffers (the console's edits) laid over another source: a path with a buffer
/// reads the buffer, a removed path is missing, every other path reads the base.
class SERVICEREGISTRY_EXPORT OverlaySource : public RegistrySource
{
public:
    OverlaySource(RegistrySourcePtr base, QHash<QString, QByteArray> buffers, QSet<QString> removed = {});
    ~OverlaySource() override;

    QString root() const override;
    QString description() const override;
    QString localRoot() const override;
    Kind kind(const QString &path) const override;
    QList<Entry> entries(const QString &folder) const override;
    Content read(const QString &path, qint64 maxBytes) const override;

    const RegistrySourcePtr &base() const { return m_base; }
    bool hasBuffer(const QString &path) const;

private:
    RegistrySourcePtr m_base;
    struct Buffers;
    std::unique_ptr<Buffers> m_buffers;
};

} // namespace sr
