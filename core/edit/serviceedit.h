#pragma once

#include "catalog/diagnostic.h"
#include "catalog/registry.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace sr {

/// Edits of service fields over a loaded registry, written into the text of its files with
/// TomlTextEditor (format-preserving): what `service-registry set` / `unset` and the
/// console's service editor do. A global service's field edited for a project becomes an
/// override in that project's services.toml; unsetting it there restores inheritance.
/// Edits accumulate in buffers (file → new text); nothing is written to disk here.
class SERVICEREGISTRY_EXPORT ServiceEdit
{
public:
    /// Edits over `registry`'s files; `texts` are files' current texts where they are newer
    /// than the registry's snapshot (unsaved edits not yet loaded).
    explicit ServiceEdit(RegistryPtr registry, QHash<QString, QByteArray> texts = {});

    /// Where a field is written: the file and the key path inside it.
    struct Place
    {
        QString file; ///< registry-relative
        QStringList path; ///< {"services", id, …} or {"overrides", id, …}
    };
    /// Where `field` ("version", "resources.memory", "environment.LOG_LEVEL") of `service`
    /// is written; `project` empty means the global catalog. Nullopt with `error` for an
    /// unknown service, project or field.
    std::optional<Place> place(const QString &project, const QString &service, const QString &field, QString *error) const;

    /// Sets `field` to `value` (TOML value text); false with `error` when refused.
    bool set(const QString &project, const QString &service, const QString &field, const QByteArray &value, QString *error);
    /// Removes `field`; false with `error` when it is not set there.
    bool unset(const QString &project, const QString &service, const QString &field, QString *error);

    /// Adds a service `id` of `type` to the global catalog (`project` empty) or as a project's
    /// own service, with a display name and version 0.1.0 (and the project's owner) for the
    /// form to complete. False with `error` when the id is not valid or already taken.
    bool addService(const QString &project, const QString &id, const QString &type, QString *error);
    /// Copies service `from` (all its tables) as `to`, beside it in the same file.
    bool duplicateService(const QString &project, const QString &from, const QString &to, QString *error);
    /// Renames a service: its tables, and every reference to it in every file — dependencies,
    /// pattern members, `uses`, `replaced_by`, overrides, SLOs, alert rules, waivers and
    /// replica counts (`project/id` references too, for a project's own service). Frozen
    /// catalog snapshots are left as they are.
    bool renameService(const QString &project, const QString &from, const QString &to, QString *error);
    /// Removes a service's tables from the file that defines it (the global catalog, or a
    /// project's own service). References to it stay: validation then names each one.
    bool removeService(const QString &project, const QString &id, QString *error);
    /// Who needs `id` as `project` sees it (empty: every project and the catalog):
    /// "shop/cart" for a project's service, "cart" in the catalog, directly or through others.
    QStringList dependentsOf(const QString &project, const QString &id) const;

    /// The edited files' new text, by registry-relative path.
    const QHash<QString, QByteArray> &buffers() const { return m_buffers; }
    /// The files whose text differs from the registry's, in path order.
    QStringList changedFiles() const;
    /// A file's text before the edits.
    QByteArray originalText(const QString &file) const;

    /// The registry with the edits applied (an overlay over its source), and its problems
    /// as `validate` reports them. Only the edited files are read and parsed again: the
    /// others are taken as the registry was loaded (RegistryLoader::Options::changedFiles).
    RegistryPtr editedRegistry(Diagnostics *diagnostics) const;
    /// The errors of `after` that `before` does not have (compared by code, file and
    /// message, not by line: an edit moves lines).
    static Diagnostics newErrors(const Diagnostics &before, const Diagnostics &after);

private:
    QByteArray text(const QString &file) const;
    RegistryPtr m_registry;
    QHash<QString, QByteArray> m_buffers;
};

} // namespace sr
