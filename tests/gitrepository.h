#pragma once

// Tests build git repositories with libgit2 (the product never runs a `git` process).

#include <git2.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

/// A git repository in a temporary folder, committed to with libgit2 (no `git` process).
class GitRepository
{
public:
    GitRepository()
    {
        git_libgit2_init();
        if (git_repository_init(&m_repo, QFile::encodeName(m_dir.path()).constData(), false) != 0)
            qFatal("git_repository_init: %s", git_error_last()->message);
    }
    ~GitRepository()
    {
        git_repository_free(m_repo);
        git_libgit2_shutdown();
    }
    QString path() const { return m_dir.path(); }

    void write(const QString &relative, const QString &text)
    {
        const QString file = m_dir.filePath(relative);
        QDir().mkpath(QFileInfo(file).path());
        QFile f(file);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(file));
        f.write(text.toUtf8());
    }
    void remove(const QString &relative) { QFile::remove(m_dir.filePath(relative)); }

    /// Stages every change of the work tree (deletions too) and commits it on HEAD.
    QString commit(const char *message)
    {
        git_index *index = nullptr;
        git_repository_index(&index, m_repo);
        git_index_add_all(index, nullptr, 0, nullptr, nullptr);
        git_index_update_all(index, nullptr, nullptr, nullptr);
        git_index_write(index);
        git_oid treeId;
        git_index_write_tree(&treeId, index);
        git_index_free(index);
        git_tree *tree = nullptr;
        git_tree_lookup(&tree, m_repo, &treeId);
        git_signature *author = nullptr;
        git_signature_new(&author, "Test", "test@example.org", 1767225600, 0);
        git_commit *parent = nullptr;
        git_oid parentId;
        const bool hasParent = git_reference_name_to_id(&parentId, m_repo, "HEAD") == 0;
        if (hasParent)
            git_commit_lookup(&parent, m_repo, &parentId);
        const git_commit *parents[] = {parent};
        git_oid id;
        if (git_commit_create(&id, m_repo, "HEAD", author, author, nullptr, message, tree, hasParent ? 1 : 0, parents) != 0)
            qFatal("git_commit_create: %s", git_error_last()->message);
        git_commit_free(parent);
        git_signature_free(author);
        git_tree_free(tree);
        char hex[GIT_OID_HEXSZ + 1] = {};
        git_oid_tostr(hex, sizeof hex, &id);
        return QString::fromLatin1(hex);
    }
    void tag(const char *name, const QString &commitId)
    {
        git_oid id;
        git_oid_fromstr(&id, commitId.toLatin1().constData());
        git_object *target = nullptr;
        git_object_lookup(&target, m_repo, &id, GIT_OBJECT_COMMIT);
        git_oid tagId;
        git_tag_create_lightweight(&tagId, m_repo, name, target, false);
        git_object_free(target);
    }
    void branch(const char *name, const QString &commitId)
    {
        git_oid id;
        git_oid_fromstr(&id, commitId.toLatin1().constData());
        git_commit *commit = nullptr;
        git_commit_lookup(&commit, m_repo, &id);
        git_reference *ref = nullptr;
        git_branch_create(&ref, m_repo, name, commit, false);
        git_reference_free(ref);
        git_commit_free(commit);
    }
    /// Moves HEAD's branch back to `commitId` without touching the work tree.
    void resetSoft(const QString &commitId)
    {
        git_oid id;
        git_oid_fromstr(&id, commitId.toLatin1().constData());
        git_object *target = nullptr;
        git_object_lookup(&target, m_repo, &id, GIT_OBJECT_COMMIT);
        git_reset(m_repo, target, GIT_RESET_SOFT, nullptr);
        git_object_free(target);
    }

private:
    QTemporaryDir m_dir;
    git_repository *m_repo = nullptr;
};
