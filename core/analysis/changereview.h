#pragma once

#include "analysis/changedetector.h"
#include "catalog/registryloader.h"

#include <functional>
#include <optional>

namespace sr {

/// One review of a change to a registry: the registry at both ends and what changed between
/// them — two versions (each a git revision of the repository that holds the registry, or a
/// folder), or a project's move from its pinned catalog to the current one. What `diff`,
/// `impact-analysis` and the console's Review tab run.
class SERVICEREGISTRY_EXPORT ChangeReview
{
public:
    /// How the review loads a side: the CLI keeps every snapshot until it exits.
    using Load = std::function<RegistryPtr(const RegistrySourcePtr &, const RegistryLoader::Options &)>;

    /// A file whose text differs between the two ends.
    struct ChangedFile
    {
        QString path;
        QString before;
        QString after;
    };

    /// The registry at the root `root`, as one side of a change names it: a folder, or else a
    /// git revision (branch, tag, commit, HEAD~1) of the repository that holds `root`; null
    /// with `error` set when it is neither.
    static RegistrySourcePtr openSide(const QString &root, const QString &side, QString *error);

    /// Compares `base` with `head` (each a side as openSide() takes it; `head` empty: the
    /// registry in `root` as it is, or `workingTree` when that snapshot is given). Null when
    /// `options.cancelled` answers true between or during the loads; a review with error()
    /// set when a side cannot be opened.
    static std::optional<ChangeReview> compare(const QString &root, const QString &base, const QString &head,
                                               const RegistryPtr &workingTree = {}, const RegistryLoader::Options &options = {},
                                               const Load &load = {});
    /// What moving `project` from its pinned catalog version to the current catalog changes;
    /// error() says why there is nothing to preview (no such project, not pinned).
    static ChangeReview upgrade(const RegistryPtr &registry, const QString &project);

    const ChangeReport &report() const { return m_report; }
    ChangeReport &report() { return m_report; }
    const RegistryPtr &base() const { return m_base; }
    const RegistryPtr &head() const { return m_head; }
    /// What the ends are called in reports: the sides as given, "catalog 1.1.0".
    const QString &baseName() const { return m_baseName; }
    const QString &headName() const { return m_headName; }
    /// The commits the ends were read from, which approvals name; empty for a folder, the
    /// working tree or an upgrade preview.
    QString baseCommit() const;
    QString headCommit() const;
    /// Why there is no report (a side that is neither a folder nor a revision, …); empty when there is one.
    const QString &error() const { return m_error; }
    /// The registry's files whose text differs between the ends, by path.
    QList<ChangedFile> changedFiles() const;

private:
    ChangeReport m_report;
    RegistryPtr m_base;
    RegistryPtr m_head;
    QString m_baseName;
    QString m_headName;
    QString m_error;
    /// An upgrade preview compares one file of one snapshot: the pinned catalog's and the current one's.
    QString m_baseCatalog;
};

} // namespace sr
