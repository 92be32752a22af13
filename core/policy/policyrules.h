#pragma once

#include "catalog/diagnostic.h"

#include <QList>

#include <span>

namespace sr {

/// What a policy rule checks, as `policy list` and `policy explain` show it and as SARIF
/// describes it. docs/policies.md documents every built-in rule.
struct SERVICEREGISTRY_EXPORT PolicyRule
{
    const char *id; ///< stable: "images.forbid_latest_tag"; waivers name it
    Severity severity; ///< the default severity of its findings
    const char *area; ///< "security" or "compliance" (security-check runs these), or "governance", "sla", "resources"
    const char *title; ///< one line
    const char *rationale; ///< why it matters, one paragraph
    const char *remediation; ///< what to change
};

/// A rule as reports show it: a built-in one, or a custom one of policies/rules.toml.
struct PolicyRuleInfo
{
    QString id;
    Severity severity = Severity::Error;
    QString area;
    QString title;
    QString rationale;
    QString remediation;
    SourceLocation location; ///< custom rules: where they are defined
    bool custom = false;
};

struct Registry;

SERVICEREGISTRY_EXPORT std::span<const PolicyRule> builtinPolicyRules();
/// The built-in rules, then the registry's custom rules, in file order.
SERVICEREGISTRY_EXPORT QList<PolicyRuleInfo> policyRules(const Registry &registry);
/// Whether `area` ("security", "compliance", …) runs in security-check.
SERVICEREGISTRY_EXPORT bool isSecurityArea(QStringView area);
/// The built-in rule with this id, or null.
SERVICEREGISTRY_EXPORT const PolicyRule *findPolicyRule(QStringView id);

} // namespace sr
