#pragma once

#include "catalog/registrysource.h"

#include <QDateTime>

namespace sr {

namespace detail {
struct LibGit2;
}

/// A branch, tag or commit a registry can be read at.
struct GitReference
{
    enum class Kind { Branch, RemoteBranch, Tag, Commit };
    QString name; ///< "main", "origin/main", "v1.4", or a commit's short id
    Kind kind = Kind::Branch;
    QString commit; ///< short id of the commit it points at
    QString summary; ///< the commit's first line
};

/// A registry as it is at one git revision, read with libgit2 straight from the object
/// database: no checkout, no `git` process, the working tree untouched.
class SERVICEREGISTRY_EXPORT GitRevisionSource : public RegistrySource
{
public:
    /// Opens the repository that holds `folder` (the registry root, at the top of the
    /// work tree or inside it) and resolves `revision`: a branch, tag, commit id (full or
    /// abbreviated), `HEAD`, or any expression git rev-parse understands (`main~2`).
    /// Returns null and sets *error to a sentence for the user when that fails.
    static std::shared_ptr<GitRevisionSource> open(const QString &folder, const QString &revision, QString *error);
    ~GitRevisionSource() override;
    /// The branches (local, then remote), tags and the `recentCommits` newest commits of HEAD
    /// of the repository that holds `folder`, for choosing what to compare; empty with `error`
    /// when there is no repository.
    static QList<GitReference> references(const QString &folder, int recentCommits, QString *error);

    QString root() const override;
    QString description() const override;
    Kind kind(const QString &path) const override;
    QList<Entry> entries(const QString &folder) const override;
    Content read(const QString &path, qint64 maxBytes) const override;

    QString revision() const; ///< as the user wrote it
    QString commitId() const; ///< full hexadecimal id of the resolved commit
    QString shortCommitId() const; ///< its first 7 characters
    QDateTime commitTime() const; ///< when it was committed (the committer's time)

private:
    explicit GitRevisionSource(const detail::LibGit2 &git);
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace sr
