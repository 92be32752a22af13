#pragma once

#include "catalog/diagnostic.h"
#include "catalog/sourcelocation.h"
#include "catalog/vocabulary.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace sr {

// Typed documents for the registry files that are not service definitions: each value
// keeps the file:line:col that wrote it (docs/catalog-format.md documents every key).

/// Where a table and each of its keys' values are written.
struct SERVICEREGISTRY_EXPORT Positions
{
    SourceLocation location; ///< the table: its [header], or the inline table
    QHash<QString, SourceLocation> values; ///< by key, for the keys that were written

    /// The position of `key`'s value, or of the table when the key was not written.
    SourceLocation at(const QString &key) const { return values.value(key, location); }
    bool has(const QString &key) const { return values.contains(key); }
};

// ---- projects/<name>/deployment.toml ------------------------------------------------

struct Region
{
    QString name;
    QString cluster;
    std::optional<int> trafficSplit; ///< percent
    std::optional<int> canaryPercentage;
    std::optional<int> replicas;
    QString probeAddress; ///< empty: the target's
    Positions positions;
};

struct DeploymentTarget
{
    QString name; ///< "staging", "production"
    QString cluster;
    QString kubernetesNamespace; ///< empty: the project's name
    int replicas = 1;
    DeploymentStrategy strategy = DeploymentStrategy::Rolling;
    std::optional<int> canaryPercentage;
    bool approvalRequired = false;
    bool autoDeploy = false;
    QMap<QString, int> serviceReplicas; ///< replicas per service id
    QList<Region> regions; ///< in file order
    /// Where the exporter reaches the target's services to run their health checks: a host,
    /// with `{service}` and `{namespace}` replaced; empty: not probed.
    QString probeAddress;
    Positions positions;
};

struct MultiRegion
{
    MultiRegionStrategy strategy = MultiRegionStrategy::ActiveActive;
    QString failover; ///< a region name
    Positions positions;
};

struct SERVICEREGISTRY_EXPORT Deployment
{
    QString file;
    QString defaultTarget;
    QList<DeploymentTarget> targets; ///< in file order
    std::optional<MultiRegion> multiRegion;
    Positions positions;

    const DeploymentTarget *target(const QString &name) const;
};

// ---- projects/<name>/monitoring.toml ------------------------------------------------

struct Scrape
{
    QString interval;
    QString path;
    Positions positions;
};

struct Slo
{
    QString service;
    QString availability; ///< "99.9%"
    QString latencyP99; ///< "200ms"
    QString errorBudgetWindow; ///< "30d"
    Positions positions;
};

struct Alert
{
    QString name;
    QString service;
    QString expr; ///< PromQL
    QString forDuration;
    AlertSeverity severity = AlertSeverity::Warning;
    QString summary;
    Positions positions;
};

struct Monitoring
{
    QString file;
    std::optional<Scrape> scrape;
    QList<Slo> slos; ///< in file order
    QList<Alert> alerts; ///< in file order
    /// Where each generated alert's runbook is: `{alert}` is replaced by the alert's name.
    QString runbookUrl;
    Positions positions;
};

// ---- policies/*.toml ------------------------------------------------------------------

struct GovernanceGroup
{
    QString name; ///< "platform-team" ([groups.platform-team]); referred to as "@platform-team"
    QString description;
    QStringList members;
    Positions positions;
};

/// [gitops] of governance.toml: where the generated files are committed, for Argo CD and Flux
/// (the CLI's --repo-url, --repo-path and --repo-revision override it).
struct GitOpsRepository
{
    QString url; ///< empty: not said
    QString path; ///< inside the repository; empty: the output folder
    QString branch = QStringLiteral("main");
    Positions positions;
};

struct GovernancePolicy
{
    QString file;
    QStringList breakingChangesRequire;
    QStringList versionBumpsRequire;
    QStringList configChangesRequire;
    QStringList newServicesRequire;
    int minApprovals = 1;
    QList<GovernanceGroup> groups;
    /// [change_severity]: a change rule's severity for this registry ("env-removed" =
    /// "breaking"), raising or lowering the detector's default (docs/change-review.md).
    QMap<QString, QString> changeSeverity;
    Positions changeSeverityPositions;
    Positions changeControl;
    GitOpsRepository gitops;
    Positions positions;
};

struct Waiver
{
    QString rule; ///< a policy check id, e.g. "images.forbid_latest_tag"
    QString service;
    QString project; ///< empty: every project
    QString reason;
    QString approvedBy;
    QDate expires;
    Positions positions;
};

struct SecurityPolicy
{
    QString file;
    QStringList allowedRegistries;
    bool forbidLatestTag = false;
    bool requireDigest = false;
    QStringList allowedBackends;
    QStringList forbidPlainEnv;
    bool allowPrivileged = false;
    bool runAsNonRoot = false;
    bool readOnlyRootFs = false;
    QList<Waiver> waivers;
    Positions images;
    Positions secrets;
    Positions privileges;
    Positions positions;
};

struct CompliancePolicy
{
    QString file;
    bool pciDssApplicable = false;
    bool hipaaApplicable = false;
    bool gdprApplicable = false;
    QString encryptionInTransit;
    QString encryptionAtRest;
    QString encryptionAlgorithm;
    bool auditEnabled = false;
    std::optional<int> auditRetentionDays;
    bool auditLogAllAccess = false;
    Positions compliance;
    Positions encryption;
    Positions audit;
    Positions positions;
};

struct SlaTier
{
    Criticality criticality = Criticality::Medium;
    QString availability; ///< "99.99%"
    QString responseTimeP99;
    QString supportHours;
    QString rto;
    QString rpo;
    Positions positions;
};

struct SERVICEREGISTRY_EXPORT SlaPolicy
{
    QString file;
    QList<SlaTier> tiers; ///< in file order
    Positions positions;

    const SlaTier *tier(Criticality criticality) const;
};

/// One [[rules]] entry of policies/rules.toml: a rule of the platform team's own, checked
/// like the built-in ones (docs/policies.md).
struct CustomRule
{
    QString id; ///< lower case, e.g. "team.memory_limit"; waivers name it
    Severity severity = Severity::Error;
    QString area = QStringLiteral("custom"); ///< "security" or "compliance" to run in security-check too
    QString title;
    QString message; ///< {service}, {project} and {value} are replaced
    QString rationale;
    QString remediation;
    // Which services it applies to: each list given must hold the service's value.
    QStringList projects;
    QStringList types;
    QStringList criticalities;
    QStringList tags; ///< any of them
    QStringList patterns; ///< any of them
    QStringList owners;
    // What must hold for them.
    QString field; ///< a field path: "resources.memory_limit", "labels.team", "properties.tier"
    QString op; ///< exists, equals, matches, in, <, <=, >, >=
    QVariant value; ///< text, number or boolean; a list for `in`
    bool expect = true; ///< false: the condition must not hold
    Positions positions;
    Positions condition;
};

struct CustomRules
{
    QString file;
    QList<CustomRule> rules; ///< in file order
    Positions positions;
};

/// The policy files; a file that is absent (or could not be read) is nullopt.
struct Policies
{
    std::optional<GovernancePolicy> governance;
    std::optional<SecurityPolicy> security;
    std::optional<CompliancePolicy> compliance;
    std::optional<SlaPolicy> sla;
    std::optional<CustomRules> rules;
    /// The same non-zero number in two snapshots means the same policy files (see
    /// Catalog::generation).
    quint64 generation = 0;
};

} // namespace sr
