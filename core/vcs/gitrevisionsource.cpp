#include "vcs/gitrevisionsource.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>

#include "vcs/libgit2_p.h"

namespace sr {

namespace {

using detail::LibGit2;

QString lastGitError(const LibGit2 &git)
{
    const git_error *e = git.git_error_last();
    return e && e->message ? QString::fromUtf8(e->message) : QStringLiteral("unknown libgit2 error");
}

/// Owns one libgit2 object and frees it with the matching libgit2 function.
template<typename T> struct GitPtr
{
    explicit GitPtr(void (*free)(T *))
        : free(free)
    { }
    GitPtr(const GitPtr &) = delete;
    GitPtr &operator=(const GitPtr &) = delete;
    ~GitPtr()
    {
        if (p)
            free(p);
    }
    T **out() { return &p; }
    T *get() const { return p; }
    T *p = nullptr;
    void (*free)(T *);
};

} // namespace

struct GitRevisionSource::Private
{
    explicit Private(const LibGit2 &git)
        : git(git)
    {
        git.git_libgit2_init();
    }
    ~Private()
    {
        if (tree)
            git.git_tree_free(tree);
        if (repository)
            git.git_repository_free(repository);
        git.git_libgit2_shutdown();
    }

    /// The registry's own tree, or the entry of `path` below it.
    RegistrySource::Kind kindOfEntry(const git_tree_entry *entry) const
    {
        switch (git.git_tree_entry_filemode(entry)) {
        case GIT_FILEMODE_TREE:
            return Kind::Folder;
        case GIT_FILEMODE_BLOB:
        case GIT_FILEMODE_BLOB_EXECUTABLE:
            return Kind::File;
        default: // links and submodules: nothing the registry can read
            return Kind::Special;
        }
    }

    // libgit2 objects are not safe to share between threads; the loader reads in parallel.
    mutable QMutex mutex;
    const LibGit2 &git;
    git_repository *repository = nullptr;
    git_tree *tree = nullptr; ///< the registry folder at the revision
    QString folder;
    QString revision;
    QString commitId;
    QDateTime commitTime;
};

GitRevisionSource::GitRevisionSource(const detail::LibGit2 &git)
    : d(std::make_unique<Private>(git))
{ }

GitRevisionSource::~GitRevisionSource() = default;

QList<GitReference> GitRevisionSource::references(const QString &folder, int recentCommits, QString *error)
{
    const LibGit2 *api = detail::libgit2(error);
    if (!api)
        return {};
    const LibGit2 &git = *api;
    git.git_libgit2_init();
    QList<GitReference> out;
    git_repository *repository = nullptr;
    if (git.git_repository_open_ext(&repository, QFile::encodeName(QFileInfo(folder).absoluteFilePath()).constData(), 0, nullptr)
        != 0) {
        if (error)
            *error = QStringLiteral("'%1' is not inside a git repository: %2").arg(folder, lastGitError(git));
        git.git_libgit2_shutdown();
        return {};
    }
    auto shortId = [&git](const git_oid *id) {
        char text[8] = {};
        git.git_oid_tostr(text, sizeof text, id);
        return QString::fromLatin1(text);
    };
    auto describe = [&](GitReference r, const git_oid *id) {
        r.commit = shortId(id);
        git_commit *commit = nullptr;
        if (git.git_commit_lookup(&commit, repository, id) == 0) {
            r.summary = QString::fromUtf8(git.git_commit_summary(commit));
            git.git_commit_free(commit);
        }
        return r;
    };
    QList<GitReference> branches;
    QList<GitReference> remotes;
    QList<GitReference> tags;
    git_reference_iterator *iterator = nullptr;
    if (git.git_reference_iterator_new(&iterator, repository) == 0) {
        git_reference *reference = nullptr;
        while (git.git_reference_next(&reference, iterator) == 0) {
            GitReference r;
            r.name = QString::fromUtf8(git.git_reference_shorthand(reference));
            QList<GitReference> *list = git.git_reference_is_branch(reference) ? &branches
                : git.git_reference_is_remote(reference)                       ? &remotes
                : git.git_reference_is_tag(reference)                          ? &tags
                                                                               : nullptr;
            r.kind = list == &branches ? GitReference::Kind::Branch
                : list == &remotes     ? GitReference::Kind::RemoteBranch
                                       : GitReference::Kind::Tag;
            git_object *target = nullptr;
            if (list && !r.name.endsWith(QLatin1String("/HEAD"))
                && git.git_reference_peel(&target, reference, GIT_OBJECT_COMMIT) == 0) {
                list->append(describe(r, git.git_object_id(target)));
                git.git_object_free(target);
            }
            git.git_reference_free(reference);
        }
        git.git_reference_iterator_free(iterator);
    }
    for (QList<GitReference> *list : {&branches, &remotes, &tags}) {
        std::sort(list->begin(), list->end(), [](const GitReference &a, const GitReference &b) { return a.name < b.name; });
        out += *list;
    }
    git_revwalk *walk = nullptr;
    if (recentCommits > 0 && git.git_revwalk_new(&walk, repository) == 0) {
        git.git_revwalk_sorting(walk, GIT_SORT_TIME);
        if (git.git_revwalk_push_head(walk) == 0) {
            git_oid id;
            for (int i = 0; i < recentCommits && git.git_revwalk_next(&id, walk) == 0; ++i) {
                GitReference r;
                r.kind = GitReference::Kind::Commit;
                r = describe(r, &id);
                r.name = r.commit;
                out.append(r);
            }
        }
        git.git_revwalk_free(walk);
    }
    git.git_repository_free(repository);
    git.git_libgit2_shutdown();
    return out;
}

std::shared_ptr<GitRevisionSource> GitRevisionSource::open(const QString &folder, const QString &revision, QString *error)
{
    auto fail = [error](const QString &why) -> std::shared_ptr<GitRevisionSource> {
        if (error)
            *error = why;
        return nullptr;
    };
    QString loadError;
    const LibGit2 *api = detail::libgit2(&loadError);
    if (!api)
        return fail(loadError);
    const LibGit2 &git = *api;
    std::shared_ptr<GitRevisionSource> source(new GitRevisionSource(git));
    Private &p = *source->d;
    p.folder = QDir::cleanPath(folder.isEmpty() ? QStringLiteral(".") : folder);
    p.revision = revision;
    if (!QFileInfo(p.folder).isDir())
        return fail(QStringLiteral("registry folder '%1' does not exist").arg(p.folder));
    const QByteArray path = QFile::encodeName(QFileInfo(p.folder).absoluteFilePath());
    if (git.git_repository_open_ext(&p.repository, path.constData(), 0, nullptr) != 0)
        return fail(QStringLiteral("'%1' is not inside a git repository: %2").arg(p.folder, lastGitError(git)));

    GitPtr<git_object> object(git.git_object_free);
    if (git.git_revparse_single(object.out(), p.repository, revision.toUtf8().constData()) != 0)
        return fail(QStringLiteral("git revision '%1' not found: %2").arg(revision, lastGitError(git)));
    GitPtr<git_object> commit(git.git_object_free);
    if (git.git_object_peel(commit.out(), object.get(), GIT_OBJECT_COMMIT) != 0)
        return fail(QStringLiteral("git revision '%1' is not a commit: %2").arg(revision, lastGitError(git)));
    char id[GIT_OID_HEXSZ + 1] = {};
    git.git_oid_tostr(id, sizeof id, git.git_object_id(commit.get()));
    p.commitId = QString::fromLatin1(id);
    p.commitTime = QDateTime::fromSecsSinceEpoch(git.git_commit_time(reinterpret_cast<git_commit *>(commit.get())), Qt::UTC);
    GitPtr<git_tree> rootTree(git.git_tree_free);
    if (git.git_commit_tree(rootTree.out(), reinterpret_cast<git_commit *>(commit.get())) != 0)
        return fail(QStringLiteral("cannot read the tree of '%1': %2").arg(revision, lastGitError(git)));

    // The registry may be a folder inside the work tree: read the same folder at the revision.
    QString prefix;
    if (const char *workdir = git.git_repository_workdir(p.repository)) {
        const QString top = QFileInfo(QFile::decodeName(workdir)).canonicalFilePath();
        const QString here = QFileInfo(p.folder).canonicalFilePath();
        prefix = QDir(top).relativeFilePath(here);
        if (prefix == QLatin1String("."))
            prefix.clear();
    }
    if (prefix.isEmpty()) {
        p.tree = rootTree.p;
        rootTree.p = nullptr;
    } else {
        GitPtr<git_tree_entry> entry(git.git_tree_entry_free);
        if (git.git_tree_entry_bypath(entry.out(), rootTree.get(), prefix.toUtf8().constData()) != 0
            || git.git_tree_entry_type(entry.get()) != GIT_OBJECT_TREE)
            return fail(QStringLiteral("'%1' does not exist at git revision '%2'").arg(prefix, revision));
        if (git.git_tree_lookup(&p.tree, p.repository, git.git_tree_entry_id(entry.get())) != 0)
            return fail(QStringLiteral("cannot read '%1' at '%2': %3").arg(prefix, revision, lastGitError(git)));
    }
    return source;
}

QString GitRevisionSource::root() const
{
    return d->folder;
}

QString GitRevisionSource::description() const
{
    return QStringLiteral("%1 at %2 (%3)").arg(d->folder, d->revision, shortCommitId());
}

QString GitRevisionSource::revision() const
{
    return d->revision;
}

QDateTime GitRevisionSource::commitTime() const
{
    return d->commitTime;
}

QString GitRevisionSource::commitId() const
{
    return d->commitId;
}

QString GitRevisionSource::shortCommitId() const
{
    return d->commitId.left(7);
}

RegistrySource::Kind GitRevisionSource::kind(const QString &path) const
{
    const LibGit2 &git = d->git;
    if (path.isEmpty())
        return Kind::Folder;
    const QMutexLocker lock(&d->mutex);
    GitPtr<git_tree_entry> entry(git.git_tree_entry_free);
    if (git.git_tree_entry_bypath(entry.out(), d->tree, path.toUtf8().constData()) != 0)
        return Kind::Missing;
    return d->kindOfEntry(entry.get());
}

QList<RegistrySource::Entry> GitRevisionSource::entries(const QString &folder) const
{
    const LibGit2 &git = d->git;
    QList<Entry> out;
    const QMutexLocker lock(&d->mutex);
    GitPtr<git_tree> owned(git.git_tree_free);
    const git_tree *tree = d->tree;
    if (!folder.isEmpty()) {
        GitPtr<git_tree_entry> entry(git.git_tree_entry_free);
        if (git.git_tree_entry_bypath(entry.out(), d->tree, folder.toUtf8().constData()) != 0
            || git.git_tree_entry_type(entry.get()) != GIT_OBJECT_TREE
            || git.git_tree_lookup(owned.out(), d->repository, git.git_tree_entry_id(entry.get())) != 0)
            return out;
        tree = owned.get();
    }
    const size_t count = git.git_tree_entrycount(tree);
    out.reserve(qsizetype(count));
    for (size_t i = 0; i < count; ++i) {
        const git_tree_entry *entry = git.git_tree_entry_byindex(tree, i);
        out.append(Entry{QString::fromUtf8(git.git_tree_entry_name(entry)), d->kindOfEntry(entry)});
    }
    std::sort(out.begin(), out.end(), [](const Entry &a, const Entry &b) { return a.name < b.name; });
    return out;
}

RegistrySource::Content GitRevisionSource::read(const QString &path, qint64 maxBytes) const
{
    const LibGit2 &git = d->git;
    Content out;
    const QMutexLocker lock(&d->mutex);
    GitPtr<git_tree_entry> entry(git.git_tree_entry_free);
    if (git.git_tree_entry_bypath(entry.out(), d->tree, path.toUtf8().constData()) != 0) {
        out.reason = QStringLiteral("it does not exist at git revision '%1'").arg(d->revision);
        return out;
    }
    switch (d->kindOfEntry(entry.get())) {
    case Kind::File:
        break;
    case Kind::Folder:
        out.status = Content::NotAFile;
        out.reason = QStringLiteral("it is a folder, not a regular file");
        return out;
    default:
        out.status = Content::NotAFile;
        out.reason = QStringLiteral("it is a symbolic link or submodule in git, not a regular file");
        return out;
    }
    GitPtr<git_blob> blob(git.git_blob_free);
    if (git.git_blob_lookup(blob.out(), d->repository, git.git_tree_entry_id(entry.get())) != 0) {
        out.status = Content::Unreadable;
        out.reason = lastGitError(git);
        return out;
    }
    out.size = qint64(git.git_blob_rawsize(blob.get()));
    if (out.size > maxBytes) {
        out.status = Content::TooLarge;
        return out;
    }
    out.bytes = QByteArray(static_cast<const char *>(git.git_blob_rawcontent(blob.get())), out.size);
    out.status = Content::Ok;
    return out;
}

} // namespace sr
