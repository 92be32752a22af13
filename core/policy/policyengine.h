#pragma once

#include "catalog/diagnostic.h"
#include "catalog/documents.h"
#include "policy/policyrules.h"

#include <QDate>

#include <memory>
#include <optional>
#include <vector>

namespace sr {

struct Registry;
struct Service;

/// One violation of a policy rule by a service of a project.
struct PolicyFinding
{
    QString rule; ///< a rule id (policy/policyrules.h)
    Severity severity = Severity::Error;
    QString project; ///< empty for registry-wide findings
    QString service; ///< empty for registry-wide findings
    QString message;
    SourceLocation location; ///< the value that violates it, or where the missing value belongs
    std::optional<qsizetype> waiver; ///< index into PolicyReport::waivers when an active waiver covers it
};

enum class WaiverStatus {
    Active, ///< in force and covering at least one finding
    Expired, ///< past its expiry date: covers nothing, and is itself an error
    Stale, ///< in force but no finding matches it: a warning, so it is removed
    UnknownRule, ///< names no rule: an error
};
SR_DECLARE_VOCABULARY(WaiverStatus) ///< "active", "expired", "stale", "unknown-rule"

struct WaiverResult
{
    Waiver waiver;
    QString file; ///< policies/security.toml
    WaiverStatus status = WaiverStatus::Active;
    int covered = 0; ///< findings it waives
};

/// What a waiver that is not active asks of its readers (code "waiver", at the waiver);
/// nullopt for an active one.
SERVICEREGISTRY_EXPORT std::optional<Diagnostic> waiverDiagnostic(const WaiverResult &waiver);

/// Everything a policy evaluation found; findings in a stable order (file, line, rule).
struct SERVICEREGISTRY_EXPORT PolicyReport
{
    QList<PolicyRuleInfo> rules; ///< the rules evaluated (built-in and custom, in scope)
    QList<PolicyFinding> findings;
    QList<WaiverResult> waivers;

    int count(Severity severity) const; ///< findings of that severity that no waiver covers
    int waivedCount() const;
    /// Errors that fail a check: unwaived error findings, expired waivers and waivers of
    /// unknown rules; with `warnings`, unwaived warnings and stale waivers too.
    int failures(bool warnings) const;
    /// What the Problems list shows of it: unwaived findings (code: the rule id, hint: its
    /// remediation) and the waivers that are not active.
    Diagnostics asDiagnostics() const;
};

/// What one evaluation found for each service of each project (before waivers), with what
/// it depended on: a later evaluation of a newer snapshot of the same registry re-checks
/// only the services that changed (the console does so after each edit).
struct PolicyCache
{
    struct ServiceFindings
    {
        std::shared_ptr<const Service> service; ///< the object checked (kept alive: compared by address)
        /// For each dependency, the `replaced_by` of a deprecated target (what the
        /// dependencies.deprecated rule reads); nullopt when the target is not deprecated.
        std::vector<std::optional<QString>> deprecatedDependencies;
        QList<PolicyFinding> findings;
    };
    struct Entry
    {
        std::vector<quint64> inputs; ///< the project files', the policies' generations, and the scope
        std::vector<ServiceFindings> services; ///< in resolved order
    };
    QHash<QString, Entry> projects;
};

/// Evaluates the built-in and custom policy rules over every project's resolved services,
/// their deployment targets and monitoring, and applies the waivers of policies/security.toml.
class SERVICEREGISTRY_EXPORT PolicyEngine
{
public:
    enum class Scope {
        All, ///< every rule (`policy check`)
        Security, ///< the security and compliance rules (`security-check`)
    };
    /// `today` decides which waivers have expired (a waiver is valid through its expiry date).
    static PolicyReport evaluate(const Registry &registry, const QDate &today, Scope scope = Scope::All);
    /// The same, reusing what `previous` found for projects whose inputs did not change;
    /// `next` (may be null, not `previous`) receives this evaluation's findings per project.
    static PolicyReport evaluate(const Registry &registry, const QDate &today, Scope scope, const PolicyCache *previous,
                                 PolicyCache *next);
};

} // namespace sr
