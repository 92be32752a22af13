#include "policy/policyrules.h"

#include "catalog/registry.h"

namespace sr {

namespace {

// clang-format off
// One row per built-in rule; the checks in policyengine.cpp name them by id.
const PolicyRule rules[] = {
    {"images.forbid_latest_tag", Severity::Error, "security", "Image has no tag or the tag latest",
     "A floating tag makes every deployment pull whatever the tag points at that day: two pods of one "
     "release may run different code, and a rollback cannot return to what ran before.",
     "Pin the image to a release tag (app:1.4.2) or a digest (app@sha256:…), or waive the rule for the service."},
    {"images.allowed_registries", Severity::Error, "security", "Image comes from a registry that is not allowed",
     "Images are the code that runs; a registry outside the allowed list has no review, scanning or retention "
     "agreement, and a typo in a registry name can pull an attacker's image.",
     "Mirror the image into one of allowed_registries in policies/security.toml, or add its registry there."},
    {"images.require_digest", Severity::Error, "security", "Image is not pinned by digest",
     "A tag can be moved to other content at any time; only a digest names exactly one image.",
     "Reference the image as name@sha256:<digest> (keep the tag for readers: name:1.2@sha256:…)."},
    {"secrets.plain_env", Severity::Error, "security", "Secret-looking environment variable has a literal value",
     "Environment values are stored in git, shown in the console and written into manifests; a password there "
     "is readable by everyone who can read the registry.",
     "Move the value into the secret store and reference it under secrets, e.g. DB_PASSWORD = \"vault:secret/data/app#db\"."},
    {"secrets.high_entropy", Severity::Warning, "security", "Environment value looks like a credential",
     "A long random-looking value (high entropy) in the environment is usually a key or token, whatever the "
     "variable is called.",
     "If it is a credential, move it to the secret store and reference it under secrets; otherwise waive the rule."},
    {"secrets.allowed_backends", Severity::Error, "security", "Secret reference uses a backend that is not allowed",
     "Secret backends differ in audit, rotation and access control; the security policy names those the "
     "platform operates.",
     "Store the secret in one of allowed_backends of policies/security.toml and reference it there."},
    {"privileges.privileged", Severity::Error, "security", "Container runs privileged",
     "A privileged container has every capability and the host's devices: escaping it is trivial.",
     "Remove security.privileged = true and add only the capabilities it needs with security.capabilities_add."},
    {"privileges.run_as_non_root", Severity::Error, "security", "Container may run as root",
     "A process running as root inside a container is one kernel bug away from root on the node.",
     "Set security.run_as_non_root = true and a run_as_user other than 0, and make the image work as that user."},
    {"privileges.read_only_root_fs", Severity::Error, "security", "Container can write to its root file system",
     "A writable image file system lets an intruder persist tools and change binaries; data belongs in volumes.",
     "Set security.read_only_root_fs = true and mount volumes (ephemeral for caches and /tmp) where it writes."},
    {"resources.requests_limits", Severity::Warning, "resources", "Missing resource requests or memory limit",
     "Without requests the scheduler packs pods blindly; without a memory limit one leak can starve a node.",
     "Set resources.cpu, resources.memory and resources.memory_limit."},
    {"resources.health_check", Severity::Warning, "resources", "No health check",
     "Without a health check a hung process keeps receiving traffic and is never restarted.",
     "Add a health_check (or probes) that fails when the service cannot serve."},
    {"dependencies.deprecated", Severity::Warning, "governance", "Depends on a deprecated service",
     "A deprecated service will be removed; every dependent adds work to that removal and risk to this one.",
     "Migrate to the service named in replaced_by, or plan the migration and waive the rule until then."},
    {"sla.replicas", Severity::Error, "sla", "Critical service has fewer than 3 replicas in production",
     "A critical service must survive losing a node during a rolling update; that takes at least three replicas.",
     "Raise replicas for the production target of deployment.toml, or service_replicas for this service, to 3 or more."},
    {"sla.regions", Severity::Error, "sla", "Critical service runs in fewer than 2 regions",
     "The critical tier's availability cannot survive a regional outage from one region.",
     "Add a second region to the production target in deployment.toml."},
    {"sla.monitoring", Severity::Warning, "sla", "Critical or high service has no SLO or alert",
     "A service whose tier promises availability must be measured against it, or the promise is unknown.",
     "Add an [slo.<service>] or an alert with service = \"<service>\" to the project's monitoring.toml."},
    {"sla.slo_target", Severity::Error, "sla", "SLO is weaker than the service's SLA tier",
     "An SLO below the tier's availability or above its p99 latency means the tier's promise is not even the goal.",
     "Raise the SLO's availability (or lower its latency_p99) to at least the tier in policies/sla.toml."},
    {"compliance.tls_in_transit", Severity::Error, "compliance", "Exposed port without TLS while encryption in transit is required",
     "Traffic from outside the cluster crosses networks the platform does not control; the compliance policy "
     "requires it encrypted.",
     "Give the ingress a tls_secret, or expose a port whose protocol is https or grpc (TLS), or terminate TLS in front and say so in properties.tls_termination."},
    {"compliance.gdpr_classification", Severity::Error, "compliance", "Data store without a data classification under GDPR",
     "Under GDPR each store of personal data must be known: what it holds decides retention, access and breach duties.",
     "Add properties.data_classification (for example \"personal\", \"internal\" or \"public\") to the service."},
    {"compliance.audit_retention", Severity::Error, "compliance", "Audit log retention below the regulation's minimum",
     "PCI-DSS requires audit trails to be kept for at least one year.",
     "Set [compliance.audit] retention_days to 365 or more in policies/compliance.toml."},
};
// clang-format on

} // namespace

std::span<const PolicyRule> builtinPolicyRules()
{
    return rules;
}

const PolicyRule *findPolicyRule(QStringView id)
{
    for (const auto &rule : rules) {
        if (id == QLatin1String(rule.id))
            return &rule;
    }
    return nullptr;
}

QList<PolicyRuleInfo> policyRules(const Registry &registry)
{
    QList<PolicyRuleInfo> out;
    for (const PolicyRule &rule : rules)
        out.append(PolicyRuleInfo{QString::fromLatin1(rule.id), rule.severity, QString::fromLatin1(rule.area),
                                  QString::fromLatin1(rule.title), QString::fromLatin1(rule.rationale),
                                  QString::fromLatin1(rule.remediation), SourceLocation(), false});
    if (registry.policies.rules) {
        for (const CustomRule &rule : registry.policies.rules->rules) {
            if (!rule.id.isEmpty() && !findPolicyRule(rule.id))
                out.append(PolicyRuleInfo{rule.id, rule.severity, rule.area, rule.title, rule.rationale, rule.remediation,
                                          rule.positions.location, true});
        }
    }
    return out;
}

bool isSecurityArea(QStringView area)
{
    return area == QLatin1String("security") || area == QLatin1String("compliance");
}

} // namespace sr
