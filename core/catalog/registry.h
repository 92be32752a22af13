#pragma once

#include "catalog/diagnostic.h"
#include "catalog/documents.h"
#include "catalog/registrysource.h"
#include "catalog/service.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QVariantMap>

#include <memory>

namespace sr {

using ServicePtr = std::shared_ptr<const Service>;

/// A named group of services ("web-stack"), used by generators and filters.
struct Pattern
{
    QString id;
    QString description;
    QStringList services;
    QList<SourceLocation> memberLocations; ///< where each of `services` is written
    SourceLocation location;

    /// Where `member` is listed, or the pattern's header when it is not known.
    SourceLocation memberLocation(const QString &member) const;
};

/// One catalog file: the current one or a frozen snapshot.
struct SERVICEREGISTRY_EXPORT Catalog
{
    QString version;
    QString description;
    QString file;
    QList<ServicePtr> services; ///< in file order
    QList<Pattern> patterns;
    QHash<QString, ServicePtr> byId; ///< index of `services`; filled by the loader
    /// The same non-zero number in two snapshots means the same content: an incremental
    /// reload keeps it for a file that did not change (RegistryLoader::Options::previous).
    quint64 generation = 0;

    /// The service with this id, or null. Uses `byId` when it is filled.
    ServicePtr service(const QString &id) const;
    /// The ids of a pattern's services, in catalog order: those the pattern lists and those
    /// that name the pattern in their own `patterns` (docs/catalog-format.md).
    QStringList patternMembers(const QString &patternId) const;
};

/// An entry of services/versions.toml.
struct CatalogVersion
{
    QString version;
    QString path; ///< relative to services/
    QString released;
    QString notes;
    QString format; ///< the catalog format it is written in ("1.0", "1.1")
    bool current = false;
    SourceLocation location;
};

/// A service as a project sees it after resolution.
struct ResolvedService
{
    ServicePtr service;
    Origin origin = Origin::Global; ///< Global, Override (global + project overrides) or Project
    QString project; ///< empty for the global catalog view
};

/// A use of a global service by a project, or an override of one.
struct ServiceUse
{
    QString id;
    SourceLocation location;
};

struct SERVICEREGISTRY_EXPORT Project
{
    QString name; ///< the folder name under projects/
    QString displayName;
    QString description;
    QString owner;
    QString catalogVersion; ///< pinned catalog version; empty means current
    SourceLocation catalogVersionLocation;
    QString directory; ///< "projects/<name>"
    QString servicesFile; ///< "projects/<name>/services.toml"
    QList<ServiceUse> uses;
    QList<ServiceUse> overrides; ///< ids overridden, with the [overrides.<id>] position
    QList<ServicePtr> ownServices;
    std::optional<Deployment> deployment; ///< deployment.toml, when present and readable
    std::optional<Monitoring> monitoring; ///< monitoring.toml, when present and readable
    QList<ResolvedService> resolved; ///< used global services (overridden or not), then own services
    /// The same non-zero number in two snapshots means the same project: its files, its
    /// resolution against its catalog, its deployment and monitoring. 0: not known.
    quint64 generation = 0;
    /// The same non-zero number in two snapshots means the same project files
    /// (services.toml, deployment.toml, monitoring.toml); their resolution may differ.
    quint64 filesGeneration = 0;

    const ResolvedService *find(const QString &id) const;
};

struct LoadCache;

/// An immutable, fully resolved snapshot of a registry folder.
struct SERVICEREGISTRY_EXPORT Registry
{
    RegistrySourcePtr source; ///< what it was read from; reads the files' text for viewers and editors
    QString root; ///< the source's root, as the user gave it; file paths below are relative to it
    Catalog catalog;
    QList<CatalogVersion> versions;
    QString format; ///< the format of the current catalog and the projects (versions.toml `format`)
    QHash<QString, Catalog> snapshots; ///< frozen catalogs by version
    QList<Project> projects; ///< sorted by name
    Policies policies; ///< the four files under policies/
    QList<ResolvedService> globalView; ///< the current catalog as ResolvedService rows
    Diagnostics diagnostics; ///< loading problems (syntax, schema, files)
    QStringList files; ///< every file read (relative paths), for watching and reporting
    /// What the loader read and derived from each file, for an incremental reload of a
    /// later state of the same registry (RegistryLoader::Options::previous).
    std::shared_ptr<const LoadCache> loadCache;

    const Project *project(const QString &name) const;
    /// The catalog a project resolves against (pinned snapshot or current).
    const Catalog &catalogFor(const Project &project) const;
    int serviceCount() const;
};

using RegistryPtr = std::shared_ptr<const Registry>;

} // namespace sr
