#pragma once

#include "catalog/sourcelocation.h"
#include "catalog/vocabulary.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <optional>
#include <vector>

namespace sr {

/// Where a resolved value came from: the resolved view always knows (docs/catalog-format.md).
enum class Origin { Global, Override, Project };
SERVICEREGISTRY_EXPORT QString originName(Origin origin); ///< "global", "override", "project"

/// The origin and position of one field, by dotted path ("resources.memory").
struct FieldSource
{
    QString path;
    Origin origin = Origin::Global;
    SourceLocation location; ///< the value, start to end
    SourceRange key; ///< the key's own span in the same file (`memory` in `memory = "1Gi"`); invalid when not known
};

struct Port
{
    QString name;
    int port = 0;
    QString protocol = QStringLiteral("tcp");
    SourceLocation location;
};

struct EnvironmentVariable
{
    QString name;
    QString value;
};

/// A reference to a secret held elsewhere (e.g. "vault:secret/data/auth#password"), never a value.
struct SecretReference
{
    QString name;
    QString reference;
};

struct Resources
{
    QString cpu;
    QString memory;
    QString cpuLimit;
    QString memoryLimit;
};

struct HealthCheck
{
    QString type; ///< http, tcp, grpc or command
    QString path;
    QString command;
    int port = 0;
    QString interval;
    QString timeout;
    int retries = 0;
};

/// One edge out of a service: "service" inside the scope, or "project/service" across projects.
struct Dependency
{
    QString target;
    QString constraint; ///< semver range, empty for any version
    bool optional = false;
    SourceLocation location;
};

/// A service definition, global or project-only, possibly with overrides applied.
/// catalog/servicefields.h declares each field once (key, type, default, merge and compare rules).
struct SERVICEREGISTRY_EXPORT Service
{
    QString id;
    QString displayName;
    QString description;
    ServiceType type = ServiceType::Other;
    QString version;
    QString image;
    QString owner;
    Criticality criticality = Criticality::Medium;
    Lifecycle lifecycle = Lifecycle::Production;
    QString replacedBy;
    bool shared = false;
    QList<Port> ports;
    QList<EnvironmentVariable> environment;
    QList<SecretReference> secrets;
    Resources resources;
    std::optional<HealthCheck> healthCheck;
    QList<Dependency> dependencies;
    QStringList patterns;
    QStringList tags;
    QVariantMap properties;

    SourceLocation location; ///< the [services.<id>] header
    std::vector<FieldSource> sources;

    /// The source of a field path, or of its nearest recorded parent.
    const FieldSource *sourceOf(const QString &path) const;
    QString portsText() const; ///< "8080, 8443, 9400/grpc": the protocol only when not tcp
};

} // namespace sr
