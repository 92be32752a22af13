#pragma once

// Private to the loader: reading deployment, monitoring and policy files into their typed
// documents (catalog/documents.h), reporting problems with their positions.

#include "catalog/documents.h"
#include "catalog/tomlsupport_p.h"

namespace sr::detail {

Deployment readDeployment(const toml::table &document, FileContext &context);
Monitoring readMonitoring(const toml::table &document, FileContext &context);
GovernancePolicy readGovernance(const toml::table &document, FileContext &context);
SecurityPolicy readSecurity(const toml::table &document, FileContext &context);
CompliancePolicy readCompliance(const toml::table &document, FileContext &context);
SlaPolicy readSla(const toml::table &document, FileContext &context);
/// policies/rules.toml (custom policy rules).
CustomRules readRules(const toml::table &document, FileContext &context);

/// governance, security, compliance, sla or rules: the policy files the registry knows.
bool isPolicyName(const QString &name);

} // namespace sr::detail
