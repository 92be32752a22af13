#include "edit/starterregistry.h"

#include "edit/tomltexteditor.h"

#include <QDir>
#include <QFileInfo>

namespace sr {

namespace {

QByteArray text(const char *templateText, const StarterRegistry::Options &options)
{
    QByteArray out(templateText);
    const QByteArray owner = TomlTextEditor::basicString(options.owner);
    const QByteArray group
        = TomlTextEditor::formatKey(QString(options.owner).remove(0, options.owner.startsWith(QLatin1Char('@'))));
    out.replace("@OWNER@", owner);
    out.replace("@GROUP@", group);
    out.replace("@REGISTRIES@",
                options.imageRegistry.isEmpty()
                    ? QByteArray("[]   # empty: any registry; name yours, e.g. [\"registry.example.com\"]")
                    : "[" + TomlTextEditor::basicString(options.imageRegistry) + "]");
    return out;
}

constexpr const char *catalog = R"(# The global catalog: services every project may use (`uses`) and override.
# Each service is a [services.<id>] table; docs/catalog-format.md lists every key.
[catalog]
version = "0.1.0"
description = "Shared services of the platform"

# [services.postgresql]
# display_name = "PostgreSQL"
# type = "database"
# version = "15.4.0"
# image = "postgres:15.4"
# owner = @OWNER@
# ports = [{ name = "postgres", port = 5432 }]
)";

constexpr const char *versions = R"(# Catalog versions. `current` is the version of services/catalog.toml; earlier versions are
# frozen under services/versions/ and projects may pin one (catalog_version).
current = "0.1.0"
format = "1.2"

[[versions]]
version = "0.1.0"
path = "catalog.toml"
notes = "First catalog"
format = "1.2"
)";

constexpr const char *governance = R"(# Change control: who approves which kind of change (service-registry approvals).
[change_control]
breaking_changes_require = [@OWNER@]
version_bumps_require = [@OWNER@]
config_changes_require = [@OWNER@]
new_services_require = [@OWNER@]
min_approvals = 1

[groups.@GROUP@]
description = "Owns the catalog and the platform services"
members = []   # the git or SSO user names that approve for the group
)";

constexpr const char *security = R"(# Security policy (service-registry security-check); each rule can be waived per service.
[images]
allowed_registries = @REGISTRIES@
forbid_latest_tag = true
require_digest = false

[secrets]
allowed_backends = ["vault", "k8s", "env", "file", "aws-sm", "gcp-sm"]
forbid_plain_env = ["PASSWORD", "TOKEN", "SECRET", "API_KEY"]

[privileges]
allow_privileged = false
run_as_non_root = true
read_only_root_fs = false   # true once the services write only to volumes

# A waiver: a rule that does not apply to one service, for a reason, until a date.
# [[waivers]]
# rule = "privileges.run_as_non_root"
# service = "legacy-app"
# reason = "The image starts as root; the rebuild is planned"
# approved_by = @OWNER@
# expires = 2027-06-30
)";

constexpr const char *compliance = R"(# Regulatory flags: which regimes apply, and what they require of every service.
[compliance]
pci_dss_applicable = false
hipaa_applicable = false
gdpr_applicable = false

[compliance.encryption]
in_transit = "required"
at_rest = "required"
algorithm = "AES-256"

[compliance.audit]
enabled = true
retention_days = 365
log_all_access = false
)";

constexpr const char *sla = R"(# SLA tiers, one per criticality: alert rules and SLO figures come from them.
[sla.critical]
availability = "99.95%"
response_time_p99 = "200ms"
support_hours = "24/7"
rto = "15m"
rpo = "5m"

[sla.high]
availability = "99.9%"
response_time_p99 = "300ms"
support_hours = "24/7"
rto = "1h"
rpo = "15m"

[sla.medium]
availability = "99.5%"
response_time_p99 = "500ms"
support_hours = "business"
rto = "4h"
rpo = "1h"

[sla.low]
availability = "99%"
support_hours = "best-effort"
rto = "24h"
rpo = "24h"
)";

constexpr const char *readme = R"(# Service registry

The services of the platform and of each project, their policies and deployment targets,
in TOML. `service-registry validate -r .` checks it; `service-registry --help` lists the rest.

```
services/catalog.toml          the global catalog: shared services
services/versions.toml         catalog versions; frozen snapshots go to services/versions/vX.Y/
projects/<name>/services.toml  a project: the global services it uses, overrides, its own services
projects/<name>/deployment.toml   its deployment targets (clusters, namespaces, replicas, strategy)
projects/<name>/monitoring.toml   its SLOs and alert rules
policies/governance.toml       who approves which change
policies/security.toml         images, secrets, privileges, waivers
policies/compliance.toml       regulatory flags
policies/sla.toml              SLA tiers by criticality
```

To start from what runs today:

```
service-registry import compose docker-compose.yml --registry . --project shop
service-registry import kubernetes manifests/ --registry . --project payments
```

Each writes `projects/<name>/` and prints what it carried and what it could not.
)";

} // namespace

QList<FileContent> StarterRegistry::files(const Options &options)
{
    return {{QStringLiteral("README.md"), text(readme, options)},
            {QStringLiteral("services/catalog.toml"), text(catalog, options)},
            {QStringLiteral("services/versions.toml"), text(versions, options)},
            {QStringLiteral("policies/governance.toml"), text(governance, options)},
            {QStringLiteral("policies/security.toml"), text(security, options)},
            {QStringLiteral("policies/compliance.toml"), text(compliance, options)},
            {QStringLiteral("policies/sla.toml"), text(sla, options)}};
}

QString StarterRegistry::write(const QString &directory, const Options &options)
{
    const QDir dir(directory);
    if (QFileInfo(directory).exists()
        && (!QFileInfo(directory).isDir() || !dir.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)))
        return QStringLiteral("'%1' exists and is not an empty folder; choose a new folder").arg(directory);
    QList<FileContent> out = files(options);
    for (FileContent &f : out) {
        f.path = dir.filePath(f.path);
        if (!QDir().mkpath(QFileInfo(f.path).path()))
            return QStringLiteral("cannot create the folder '%1'").arg(QFileInfo(f.path).path());
    }
    if (!QDir().mkpath(dir.filePath(QStringLiteral("projects"))))
        return QStringLiteral("cannot create the folder '%1'").arg(dir.filePath(QStringLiteral("projects")));
    QString error;
    if (!writeFilesAtomically(out, &error))
        return error;
    return {};
}

} // namespace sr
