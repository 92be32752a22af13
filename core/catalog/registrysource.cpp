#include "catalog/registrysource.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <optional>

namespace sr {

RegistrySource::~RegistrySource() = default;

// ---- FolderSource -------------------------------------------------------------------

namespace {

using Kind = RegistrySource::Kind;

/// What a path on disk is. A link to nowhere, to itself, or to one of its own parent
/// folders would make the registry infinite, so it counts as broken. `parentCanonical` is
/// asked for links only: resolving a path costs a system call per folder in it.
template<typename ParentCanonical> Kind kindOf(const QFileInfo &info, ParentCanonical parentCanonicalPath)
{
    if (info.isSymLink()) {
        const QString parentCanonical = parentCanonicalPath();
        const QString target = info.canonicalFilePath();
        if (!info.exists() || target.isEmpty() || parentCanonical == target
            || parentCanonical.startsWith(target + QLatin1Char('/')))
            return Kind::BrokenLink;
    }
    if (!info.exists())
        return Kind::Missing;
    if (info.isDir())
        return Kind::Folder;
    if (info.isFile())
        return Kind::File;
    return Kind::Special;
}

} // namespace

FolderSource::FolderSource(QString root)
    : m_root(QDir::cleanPath(root.isEmpty() ? QStringLiteral(".") : root))
{ }

QString FolderSource::filePath(const QString &path) const
{
    if (path.isEmpty())
        return m_root;
    return m_root == QLatin1String(".") ? path : m_root + QLatin1Char('/') + path;
}

RegistrySource::Kind FolderSource::kind(const QString &path) const
{
    const QFileInfo info(filePath(path));
    return kindOf(info, [&info] { return QFileInfo(info.path()).canonicalFilePath(); });
}

QList<RegistrySource::Entry> FolderSource::entries(const QString &folder) const
{
    QList<Entry> out;
    const QDir dir(filePath(folder));
    std::optional<QString> parentCanonical; // the same for every entry
    auto parent = [&] {
        if (!parentCanonical)
            parentCanonical = QFileInfo(dir.path()).canonicalFilePath();
        return *parentCanonical;
    };
    for (const QFileInfo &info : dir.entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System, QDir::Name))
        out.append(Entry{info.fileName(), kindOf(info, parent)});
    return out;
}

RegistrySource::Content FolderSource::read(const QString &path, qint64 maxBytes) const
{
    Content out;
    const QString full = filePath(path);
    const QFileInfo info(full);
    switch (kindOf(info, [&info] { return QFileInfo(info.path()).canonicalFilePath(); })) {
    case Kind::Missing:
        out.reason = QStringLiteral("it does not exist");
        return out;
    case Kind::BrokenLink:
        out.status = Content::BrokenLink;
        out.reason = QStringLiteral("it is a symbolic link that loops or points nowhere");
        return out;
    case Kind::Folder:
        out.status = Content::NotAFile;
        out.reason = QStringLiteral("it is a folder, not a regular file");
        return out;
    case Kind::Special:
        // A pipe, socket or device would fail or, worse, block forever on read.
        out.status = Content::NotAFile;
        out.reason = QStringLiteral("it is a pipe, socket or device, not a regular file");
        return out;
    case Kind::File:
        break;
    }
    QFile file(full);
    // Unbuffered: read straight into the buffer below, without a ring buffer of QIODevice's
    // own allocated (and freed) for every file.
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        out.status = Content::Unreadable;
        out.reason = file.errorString();
        return out;
    }
    out.size = file.size();
    if (out.size > maxBytes) {
        out.status = Content::TooLarge;
        return out;
    }
    // One buffer per thread, reused while no caller still holds the previous file (the
    // loader drops it before its next read): a fresh block for every file makes glibc
    // consolidate the free lists that freeing the previous toml++ tree filled.
    thread_local QByteArray buffer;
    buffer.resize(out.size);
    const qint64 got = file.read(buffer.data(), out.size);
    if (got < 0 || file.error() != QFileDevice::NoError) {
        out.status = Content::Unreadable;
        out.reason = file.errorString();
        return out;
    }
    buffer.resize(got);
    out.bytes = buffer; // shared, not copied
    out.status = Content::Ok;
    return out;
}

// ---- OverlaySource ------------------------------------------------------------------

struct OverlaySource::Buffers
{
    QHash<QString, QByteArray> files;
    QSet<QString> removed;
};

OverlaySource::OverlaySource(RegistrySourcePtr base, QHash<QString, QByteArray> buffers, QSet<QString> removed)
    : m_base(std::move(base))
    , m_buffers(std::make_unique<Buffers>(Buffers{std::move(buffers), std::move(removed)}))
{ }

OverlaySource::~OverlaySource() = default;

QString OverlaySource::root() const
{
    return m_base->root();
}

QString OverlaySource::description() const
{
    return m_base->description();
}

QString OverlaySource::localRoot() const
{
    return m_base->localRoot();
}

bool OverlaySource::hasBuffer(const QString &path) const
{
    return m_buffers->files.contains(path);
}

RegistrySource::Kind OverlaySource::kind(const QString &path) const
{
    if (m_buffers->files.contains(path))
        return Kind::File;
    if (m_buffers->removed.contains(path))
        return Kind::Missing;
    const Kind base = m_base->kind(path);
    if (base != Kind::Missing)
        return base;
    // A folder that exists only because a new buffer lives in it (the root too).
    const QString prefix = path.isEmpty() ? QString() : path + QLatin1Char('/');
    const bool holdsBuffer = std::any_of(m_buffers->files.keyBegin(), m_buffers->files.keyEnd(),
                                         [&prefix](const QString &file) { return file.startsWith(prefix); });
    return holdsBuffer ? Kind::Folder : Kind::Missing;
}

QList<RegistrySource::Entry> OverlaySource::entries(const QString &folder) const
{
    QList<Entry> out;
    for (const Entry &e : m_base->entries(folder)) {
        const QString path = folder.isEmpty() ? e.name : folder + QLatin1Char('/') + e.name;
        if (!m_buffers->removed.contains(path) || m_buffers->files.contains(path))
            out.append(e);
    }
    const QString prefix = folder.isEmpty() ? QString() : folder + QLatin1Char('/');
    for (auto it = m_buffers->files.cbegin(); it != m_buffers->files.cend(); ++it) {
        if (!it.key().startsWith(prefix))
            continue;
        const QString rest = it.key().mid(prefix.size());
        const qsizetype slash = rest.indexOf(QLatin1Char('/'));
        const Entry entry{slash < 0 ? rest : rest.left(slash), slash < 0 ? Kind::File : Kind::Folder};
        const auto known = std::find_if(out.begin(), out.end(), [&entry](const Entry &e) { return e.name == entry.name; });
        if (known == out.end())
            out.append(entry);
        else if (slash < 0)
            known->kind = Kind::File; // a buffer replaces whatever the base had there
    }
    std::sort(out.begin(), out.end(), [](const Entry &a, const Entry &b) { return a.name < b.name; });
    return out;
}

RegistrySource::Content OverlaySource::read(const QString &path, qint64 maxBytes) const
{
    if (const auto it = m_buffers->files.constFind(path); it != m_buffers->files.cend()) {
        Content out;
        out.size = it->size();
        if (out.size > maxBytes) {
            out.status = Content::TooLarge;
            return out;
        }
        out.status = Content::Ok;
        out.bytes = *it;
        return out;
    }
    if (m_buffers->removed.contains(path)) {
        Content out;
        out.reason = QStringLiteral("it was deleted in the editor");
        return out;
    }
    return m_base->read(path, maxBytes);
}

} // namespace sr
