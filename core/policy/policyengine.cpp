#include "policy/policyengine.h"

#include "analysis/reporttext_p.h"

#include "catalog/registry.h"
#include "catalog/servicefields.h"
#include "policy/policyrules.h"

#include "catalog/workerpool_p.h"
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <tuple>

namespace sr {

namespace {

/// `registry/path/name:tag@sha256:…` taken apart as container runtimes do: the first part is
/// a registry only when it has a dot or a port, or is localhost; otherwise Docker Hub.
struct ImageReference
{
    QString registry;
    QString tag;
    QString digest;
};

ImageReference parseImage(const QString &image)
{
    ImageReference out;
    QString rest = image;
    if (const auto at = rest.indexOf(QLatin1Char('@')); at >= 0) {
        out.digest = rest.mid(at + 1);
        rest.truncate(at);
    }
    const auto slash = rest.indexOf(QLatin1Char('/'));
    const QString first = slash >= 0 ? rest.left(slash) : QString();
    if (slash >= 0
        && (first.contains(QLatin1Char('.')) || first.contains(QLatin1Char(':')) || first == QLatin1String("localhost"))) {
        out.registry = first;
        rest = rest.mid(slash + 1);
    } else {
        out.registry = QStringLiteral("docker.io");
    }
    const auto colon = rest.lastIndexOf(QLatin1Char(':'));
    if (colon > rest.lastIndexOf(QLatin1Char('/')))
        out.tag = rest.mid(colon + 1);
    return out;
}

/// Shannon entropy in bits per character.
double entropy(const QString &text)
{
    QHash<QChar, int> counts;
    for (const QChar c : text)
        ++counts[c];
    double bits = 0;
    for (const int n : counts) {
        const double p = double(n) / double(text.size());
        bits -= p * std::log2(p);
    }
    return bits;
}

bool looksLikeCredential(const QString &value)
{
    if (value.size() < 20 || value.contains(QLatin1Char(' ')) || value.contains(QLatin1String("://")))
        return false;
    const bool letters = std::any_of(value.begin(), value.end(), [](QChar c) { return c.isLetter(); });
    const bool digits = std::any_of(value.begin(), value.end(), [](QChar c) { return c.isDigit(); });
    return letters && digits && entropy(value) >= 4.0;
}

/// "99.95%" → 99.95; nullopt when it is not a percentage.
std::optional<double> percent(QString text)
{
    if (!text.endsWith(QLatin1Char('%')))
        return std::nullopt;
    text.chop(1);
    bool ok = false;
    const double value = text.toDouble(&ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

/// A number, a boolean or a duration: settings such as TOKEN_TTL = "15m", not secrets.
bool isPlainSetting(const QString &value)
{
    bool number = false;
    value.toDouble(&number);
    return value.isEmpty() || number || value == QLatin1String("true") || value == QLatin1String("false") || isDuration(value);
}

bool isDataStore(ServiceType type)
{
    return type == ServiceType::Database || type == ServiceType::Cache || type == ServiceType::Broker
        || type == ServiceType::Storage;
}

/// Runs the checks of one evaluation, collecting findings.
class Checks
{
public:
    Checks(const Registry &registry, PolicyEngine::Scope scope, const QList<PolicyRuleInfo> &rules)
        : m_registry(registry)
        , m_scope(scope)
    {
        for (const PolicyRuleInfo &rule : rules)
            m_rules.insert(rule.id, &rule);
    }

    QList<PolicyFinding> take() { return std::exchange(m_findings, {}); }

    void checkComplianceFile()
    {
        const auto &compliance = m_registry.policies.compliance;
        if (compliance && compliance->pciDssApplicable && compliance->auditRetentionDays && *compliance->auditRetentionDays < 365)
            add("compliance.audit_retention", nullptr, nullptr,
                QStringLiteral("audit logs are kept %1 days; PCI-DSS requires at least 365").arg(*compliance->auditRetentionDays),
                compliance->audit.at(QStringLiteral("retention_days")));
    }

    void checkService(const Project &project, const Service &s)
    {
        checkCustomRules(project, s);
        checkImage(project, s);
        checkSecrets(project, s);
        checkPrivileges(project, s);
        checkResources(project, s);
        checkSla(project, s);
        checkCompliance(project, s);
    }

private:
    void add(const QString &ruleId, const Project *project, const Service *service, QString message, SourceLocation where)
    {
        const PolicyRuleInfo *rule = m_rules.value(ruleId); // only the rules in scope are there
        if (!rule)
            return;
        m_findings.append(PolicyFinding{ruleId, rule->severity, project ? project->name : QString(),
                                        service ? service->id : QString(), std::move(message), std::move(where), std::nullopt});
    }
    void add(const char *ruleId, const Project *project, const Service *service, QString message, SourceLocation where)
    {
        add(QString::fromLatin1(ruleId), project, service, std::move(message), std::move(where));
    }

    /// The text of a field path for `s`: a field of the table, or one key of a map field
    /// ("labels.team"); nullopt when the service does not have it.
    static std::optional<QString> fieldText(const Service &s, const QString &path)
    {
        for (const ServiceField &field : serviceFields()) {
            const QLatin1String key(field.key);
            if (path == key) {
                const QList<FieldValue> values = field.values(s);
                if (values.isEmpty())
                    return std::nullopt;
                QStringList texts;
                for (const FieldValue &v : values)
                    texts.append(v.text);
                return texts.join(QLatin1String(", "));
            }
            if (path.startsWith(key) && path.size() > key.size() && path[key.size()] == QLatin1Char('.')) {
                for (const FieldValue &v : field.values(s)) {
                    if (v.path == path)
                        return v.text;
                }
            }
        }
        return std::nullopt;
    }

    bool selects(const CustomRule &rule, const Project &project, const Service &s) const
    {
        auto any = [](const QStringList &wanted, const QStringList &has) {
            return wanted.isEmpty()
                || std::any_of(has.cbegin(), has.cend(), [&wanted](const QString &h) { return wanted.contains(h); });
        };
        return (rule.projects.isEmpty() || rule.projects.contains(project.name))
            && (rule.types.isEmpty() || rule.types.contains(nameOf(s.type)))
            && (rule.criticalities.isEmpty() || rule.criticalities.contains(nameOf(s.criticality)))
            && (rule.owners.isEmpty() || rule.owners.contains(s.owner)) && any(rule.tags, s.tags)
            && (rule.patterns.isEmpty() || std::any_of(rule.patterns.cbegin(), rule.patterns.cend(), [&](const QString &pattern) {
                    return s.patterns.contains(pattern) || m_registry.catalogFor(project).patternMembers(pattern).contains(s.id);
                }));
    }

    /// Whether the condition holds for a service whose field reads `text`.
    static bool holds(const CustomRule &rule, const std::optional<QString> &text)
    {
        if (rule.op == QLatin1String("exists"))
            return text.has_value();
        if (!text)
            return false; // a value the service lacks equals, matches and exceeds nothing
        const QString expected = rule.value.typeId() == QMetaType::Bool
            ? (rule.value.toBool() ? QStringLiteral("true") : QStringLiteral("false"))
            : rule.value.toString();
        if (rule.op == QLatin1String("equals"))
            return *text == expected;
        if (rule.op == QLatin1String("matches"))
            return QRegularExpression(QRegularExpression::anchoredPattern(expected)).match(*text).hasMatch();
        if (rule.op == QLatin1String("in")) {
            const QVariantList list = rule.value.toList();
            return std::any_of(list.cbegin(), list.cend(), [&text](const QVariant &v) { return v.toString() == *text; });
        }
        const ServiceField *field = findServiceField(rule.field);
        const FieldKind kind = field ? field->kind : FieldKind::Text;
        const auto left = numericValue(*text, kind);
        const auto right = numericValue(expected, kind);
        if (!left || !right)
            return false;
        if (rule.op == QLatin1String("<"))
            return *left < *right;
        if (rule.op == QLatin1String("<="))
            return *left <= *right;
        if (rule.op == QLatin1String(">"))
            return *left > *right;
        return *left >= *right;
    }

    void checkCustomRules(const Project &project, const Service &s)
    {
        if (!m_registry.policies.rules)
            return;
        for (const CustomRule &rule : m_registry.policies.rules->rules) {
            if (!m_rules.contains(rule.id) || !selects(rule, project, s))
                continue;
            const std::optional<QString> text = fieldText(s, rule.field);
            if (holds(rule, text) == rule.expect)
                continue;
            QString message = rule.message;
            message.replace(QLatin1String("{service}"), s.id)
                .replace(QLatin1String("{project}"), project.name)
                .replace(QLatin1String("{value}"), text.value_or(QStringLiteral("(none)")));
            add(rule.id, &project, &s, message, s.locationOf(rule.field));
        }
    }

    void checkImage(const Project &project, const Service &s)
    {
        const auto &security = m_registry.policies.security;
        if (!security || s.image.isEmpty())
            return;
        const ImageReference image = parseImage(s.image);
        if (security->forbidLatestTag && image.digest.isEmpty() && (image.tag.isEmpty() || image.tag == QLatin1String("latest")))
            add("images.forbid_latest_tag", &project, &s,
                QStringLiteral("image '%1' of '%2' %3")
                    .arg(s.image, s.id,
                         image.tag.isEmpty() ? QStringLiteral("has no tag") : QStringLiteral("uses the tag latest")),
                s.locationOf(QStringLiteral("image")));
        if (!security->allowedRegistries.isEmpty() && !security->allowedRegistries.contains(image.registry))
            add("images.allowed_registries", &project, &s,
                QStringLiteral("image '%1' of '%2' comes from %3, which is not in allowed_registries (%4)")
                    .arg(s.image, s.id, image.registry, security->allowedRegistries.join(QLatin1String(", "))),
                s.locationOf(QStringLiteral("image")));
        if (security->requireDigest && image.digest.isEmpty())
            add("images.require_digest", &project, &s,
                QStringLiteral("image '%1' of '%2' is not pinned by digest").arg(s.image, s.id),
                s.locationOf(QStringLiteral("image")));
    }

    void checkSecrets(const Project &project, const Service &s)
    {
        const auto &security = m_registry.policies.security;
        for (const EnvironmentVariable &variable : s.environment) {
            const SourceLocation where = s.locationOf(QStringLiteral("environment.") + variable.name);
            const QString upper = variable.name.toUpper();
            const bool named = security
                && std::any_of(security->forbidPlainEnv.cbegin(), security->forbidPlainEnv.cend(),
                               [&upper](const QString &fragment) { return upper.contains(fragment.toUpper()); });
            if (named && !isPlainSetting(variable.value))
                add("secrets.plain_env", &project, &s,
                    QStringLiteral("environment variable %1 of '%2' looks like a secret but has a literal value")
                        .arg(variable.name, s.id),
                    where);
            else if (looksLikeCredential(variable.value))
                add("secrets.high_entropy", &project, &s,
                    QStringLiteral("environment variable %1 of '%2' has a value that looks like a key or token")
                        .arg(variable.name, s.id),
                    where);
        }
        if (!security || security->allowedBackends.isEmpty())
            return;
        for (const SecretReference &secret : s.secrets) {
            const QString backend = secret.reference.section(QLatin1Char(':'), 0, 0);
            if (!security->allowedBackends.contains(backend)) {
                add("secrets.allowed_backends", &project, &s,
                    QStringLiteral("secret %1 of '%2' is kept in %3, which is not in allowed_backends (%4)")
                        .arg(secret.name, s.id, backend, security->allowedBackends.join(QLatin1String(", "))),
                    s.locationOf(QStringLiteral("secrets.") + secret.name));
            }
        }
    }

    void checkPrivileges(const Project &project, const Service &s)
    {
        const auto &security = m_registry.policies.security;
        if (!security)
            return;
        const ContainerSecurity &c = s.security;
        if (!security->allowPrivileged && c.privileged.value_or(false))
            add("privileges.privileged", &project, &s, QStringLiteral("'%1' runs privileged").arg(s.id),
                s.locationOf(QStringLiteral("security.privileged")));
        if (security->runAsNonRoot && (!c.runAsNonRoot.value_or(false) || c.runAsUser == 0))
            add("privileges.run_as_non_root", &project, &s,
                c.runAsUser == 0 ? QStringLiteral("'%1' runs as user 0 (root)").arg(s.id)
                                 : QStringLiteral("'%1' does not set security.run_as_non_root = true").arg(s.id),
                s.locationOf(c.runAsUser == 0 ? QStringLiteral("security.run_as_user")
                                              : QStringLiteral("security.run_as_non_root")));
        if (security->readOnlyRootFs && !c.readOnlyRootFs.value_or(false))
            add("privileges.read_only_root_fs", &project, &s,
                QStringLiteral("'%1' does not set security.read_only_root_fs = true").arg(s.id),
                s.locationOf(QStringLiteral("security.read_only_root_fs")));
    }

    void checkResources(const Project &project, const Service &s)
    {
        QStringList missing;
        if (s.resources.cpu.isEmpty())
            missing.append(QStringLiteral("cpu"));
        if (s.resources.memory.isEmpty())
            missing.append(QStringLiteral("memory"));
        if (s.resources.memoryLimit.isEmpty())
            missing.append(QStringLiteral("memory_limit"));
        if (!missing.isEmpty())
            add("resources.requests_limits", &project, &s,
                QStringLiteral("'%1' sets no resources.%2").arg(s.id, missing.join(QLatin1String(", resources."))),
                s.locationOf(QStringLiteral("resources")));
        if (s.type != ServiceType::Job && !s.healthCheck && !s.liveness && !s.readiness)
            add("resources.health_check", &project, &s, QStringLiteral("'%1' has no health check").arg(s.id), s.location);
        for (const Dependency &dep : s.dependencies) {
            if (dep.external)
                continue;
            const ResolvedService *target = project.find(dep.target);
            if (target && target->service->lifecycle == Lifecycle::Deprecated && s.lifecycle != Lifecycle::Deprecated)
                add("dependencies.deprecated", &project, &s,
                    QStringLiteral("'%1' depends on '%2', which is deprecated%3")
                        .arg(s.id, dep.target,
                             target->service->replacedBy.isEmpty()
                                 ? QString()
                                 : QStringLiteral(" (replaced by '%1')").arg(target->service->replacedBy)),
                    dep.location);
        }
    }

    void checkSla(const Project &project, const Service &s)
    {
        if (s.type == ServiceType::Job)
            return;
        const DeploymentTarget *production
            = project.deployment ? project.deployment->target(QStringLiteral("production")) : nullptr;
        if (s.criticality == Criticality::Critical && production) {
            const int replicas = production->serviceReplicas.value(s.id, production->replicas);
            if (replicas < 3)
                add("sla.replicas", &project, &s,
                    QStringLiteral("critical service '%1' has %2 in production")
                        .arg(s.id, detail::countOf(replicas, "replica", "replicas")),
                    production->positions.at(production->serviceReplicas.contains(s.id) ? QStringLiteral("service_replicas")
                                                                                        : QStringLiteral("replicas")));
            if (production->regions.size() < 2)
                add("sla.regions", &project, &s,
                    QStringLiteral("critical service '%1' runs in %2 in production")
                        .arg(s.id, detail::countOf(production->regions.size(), "region", "regions")),
                    production->positions.location);
        }
        const Slo *slo = nullptr;
        bool alerted = false;
        if (project.monitoring) {
            for (const Slo &candidate : project.monitoring->slos) {
                if (candidate.service == s.id)
                    slo = &candidate;
            }
            alerted = std::any_of(project.monitoring->alerts.cbegin(), project.monitoring->alerts.cend(),
                                  [&s](const Alert &a) { return a.service == s.id; });
        }
        if ((s.criticality == Criticality::Critical || s.criticality == Criticality::High) && !slo && !alerted)
            add("sla.monitoring", &project, &s,
                QStringLiteral("%1 service '%2' has no SLO or alert in %3/monitoring.toml")
                    .arg(nameOf(s.criticality), s.id, project.directory),
                s.location);
        const auto &sla = m_registry.policies.sla;
        const SlaTier *tier = sla ? sla->tier(s.criticality) : nullptr;
        if (!slo || !tier)
            return;
        const auto wanted = percent(tier->availability);
        const auto promised = percent(slo->availability);
        if (wanted && promised && *promised < *wanted)
            add("sla.slo_target", &project, &s,
                QStringLiteral("SLO availability %1 of '%2' is below its %3 tier's %4")
                    .arg(slo->availability, s.id, nameOf(s.criticality), tier->availability),
                slo->positions.at(QStringLiteral("availability")));
        const auto wantedLatency = durationMilliseconds(tier->responseTimeP99);
        const auto promisedLatency = durationMilliseconds(slo->latencyP99);
        if (wantedLatency && promisedLatency && *promisedLatency > *wantedLatency)
            add("sla.slo_target", &project, &s,
                QStringLiteral("SLO latency_p99 %1 of '%2' is slower than its %3 tier's %4")
                    .arg(slo->latencyP99, s.id, nameOf(s.criticality), tier->responseTimeP99),
                slo->positions.at(QStringLiteral("latency_p99")));
    }

    void checkCompliance(const Project &project, const Service &s)
    {
        const auto &compliance = m_registry.policies.compliance;
        if (!compliance)
            return;
        if (compliance->encryptionInTransit == QLatin1String("required")
            && !s.properties.contains(QStringLiteral("tls_termination"))) {
            for (const Exposure &e : s.exposures) {
                const Port *port = nullptr;
                for (const Port &p : s.ports) {
                    if (e.port.isEmpty() ? &p == &s.ports.first() : (p.name == e.port || QString::number(p.port) == e.port))
                        port = &p;
                }
                const bool tls
                    = e.type == ExposureType::Ingress ? !e.tlsSecret.isEmpty() : port && port->protocol == QLatin1String("https");
                if (!tls)
                    add("compliance.tls_in_transit", &project, &s,
                        e.type == ExposureType::Ingress
                            ? QStringLiteral("the ingress of '%1' (%2) has no tls_secret").arg(s.id, e.host)
                            : QStringLiteral("'%1' is exposed as %2 on a port that does not speak https")
                                  .arg(s.id, nameOf(e.type)),
                        e.location);
            }
        }
        if (compliance->gdprApplicable && isDataStore(s.type) && !s.properties.contains(QStringLiteral("data_classification")))
            add("compliance.gdpr_classification", &project, &s,
                QStringLiteral("%1 '%2' declares no properties.data_classification").arg(nameOf(s.type), s.id), s.location);
    }

    const Registry &m_registry;
    PolicyEngine::Scope m_scope;
    QHash<QString, const PolicyRuleInfo *> m_rules; ///< the rules in scope, by id
    QList<PolicyFinding> m_findings;
};

/// A waiver names one service, or every service with "*" (then usually with a project).
bool covers(const Waiver &waiver, const PolicyFinding &finding)
{
    return waiver.rule == finding.rule && (waiver.service == finding.service || waiver.service == QLatin1String("*"))
        && (waiver.project.isEmpty() || waiver.project == finding.project);
}

/// The rank of each finding's `key` among the distinct values of that key, in string order.
template<typename Key> std::vector<int> ranks(const QList<PolicyFinding> &findings, Key key)
{
    QHash<QString, int> distinct;
    for (const PolicyFinding &f : findings)
        distinct.insert(key(f), 0);
    QStringList values = distinct.keys();
    values.sort();
    for (int i = 0; i < values.size(); ++i)
        distinct[values[i]] = i;
    std::vector<int> out;
    out.reserve(size_t(findings.size()));
    for (const PolicyFinding &f : findings)
        out.push_back(distinct.value(key(f)));
    return out;
}

/// Report order: file, line, rule, project, then as found. Sorted through integer ranks:
/// comparing and moving the findings themselves cost more than all the checks of an edit.
void sortFindings(QList<PolicyFinding> &findings)
{
    const std::vector<int> file = ranks(findings, [](const PolicyFinding &f) -> const QString & { return f.location.file; });
    const std::vector<int> rule = ranks(findings, [](const PolicyFinding &f) -> const QString & { return f.rule; });
    const std::vector<int> project = ranks(findings, [](const PolicyFinding &f) -> const QString & { return f.project; });
    std::vector<int> order(size_t(findings.size()));
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        const auto key = [&](int i) {
            return std::tuple(file[size_t(i)], std::as_const(findings)[i].location.line, rule[size_t(i)], project[size_t(i)], i);
        };
        return key(a) < key(b);
    });
    QList<PolicyFinding> sorted;
    sorted.reserve(findings.size());
    for (const int i : order)
        sorted.append(std::move(findings[i]));
    findings = std::move(sorted);
}

} // namespace

namespace {
constexpr const char *waiverStatusNames[] = {"active", "expired", "stale", "unknown-rule"};
constexpr const char *waiverStatusLabels[]
    = {QT_TRANSLATE_NOOP("Vocabulary", "active"), QT_TRANSLATE_NOOP("Vocabulary", "expired"),
       QT_TRANSLATE_NOOP("Vocabulary", "stale"), QT_TRANSLATE_NOOP("Vocabulary", "unknown rule")};
} // namespace

SR_DEFINE_VOCABULARY(WaiverStatus, waiverStatusNames, waiverStatusLabels)

int PolicyReport::count(Severity severity) const
{
    return int(std::count_if(findings.cbegin(), findings.cend(),
                             [severity](const PolicyFinding &f) { return f.severity == severity && !f.waiver; }));
}

int PolicyReport::waivedCount() const
{
    return int(std::count_if(findings.cbegin(), findings.cend(), [](const PolicyFinding &f) { return f.waiver.has_value(); }));
}

int PolicyReport::failures(bool warnings) const
{
    int out = count(Severity::Error);
    for (const WaiverResult &w : waivers) {
        if (w.status == WaiverStatus::Expired || w.status == WaiverStatus::UnknownRule)
            ++out;
        else if (warnings && w.status == WaiverStatus::Stale)
            ++out;
    }
    return warnings ? out + count(Severity::Warning) : out;
}

std::optional<Diagnostic> waiverDiagnostic(const WaiverResult &w)
{
    const QString who = w.waiver.project.isEmpty() ? w.waiver.service : w.waiver.project + QLatin1Char('/') + w.waiver.service;
    const SourceLocation &at = w.waiver.positions.location;
    switch (w.status) {
    case WaiverStatus::Expired:
        return Diagnostic{Severity::Error, QStringLiteral("waiver"),
                          QStringLiteral("the waiver of %1 for %2 expired on %3")
                              .arg(w.waiver.rule, who, w.waiver.expires.toString(Qt::ISODate)),
                          at, QStringLiteral("renew it (with a new approval) or fix the finding")};
    case WaiverStatus::Stale:
        return Diagnostic{Severity::Warning, QStringLiteral("waiver"),
                          QStringLiteral("the waiver of %1 for %2 matches no finding").arg(w.waiver.rule, who), at,
                          QStringLiteral("remove it: the service complies now")};
    case WaiverStatus::UnknownRule:
        return Diagnostic{Severity::Error, QStringLiteral("waiver"),
                          QStringLiteral("the waiver for %1 names no rule '%2'").arg(who, w.waiver.rule), at,
                          QStringLiteral("run service-registry policy list for the rule ids")};
    case WaiverStatus::Active:
        break;
    }
    return std::nullopt;
}

Diagnostics PolicyReport::asDiagnostics() const
{
    QHash<QString, QString> remediation;
    for (const PolicyRuleInfo &rule : rules)
        remediation.insert(rule.id, rule.remediation);
    Diagnostics out;
    out.reserve(findings.size() + waivers.size());
    for (const PolicyFinding &f : findings) {
        if (!f.waiver)
            out.append(Diagnostic{f.severity, f.rule, f.message, f.location, remediation.value(f.rule)});
    }
    for (const WaiverResult &w : waivers) {
        if (auto d = waiverDiagnostic(w))
            out.append(std::move(*d));
    }
    return out;
}

PolicyReport PolicyEngine::evaluate(const Registry &registry, const QDate &today, Scope scope)
{
    return evaluate(registry, today, scope, nullptr, nullptr);
}

PolicyReport PolicyEngine::evaluate(const Registry &registry, const QDate &today, Scope scope, const PolicyCache *previous,
                                    PolicyCache *next)
{
    if (next)
        next->projects.clear();
    PolicyReport report;
    const QList<PolicyRuleInfo> all = policyRules(registry);
    for (const PolicyRuleInfo &rule : all) {
        if (scope == Scope::All || isSecurityArea(rule.area))
            report.rules.append(rule);
    }
    // The projects in parallel. A service keeps the findings `previous` has for it when it
    // is the same service object, its project's files and the policies are the same, and
    // so is what the deprecation rule reads of the services it depends on.
    const bool rulesReadPatterns = registry.policies.rules
        && std::any_of(registry.policies.rules->rules.cbegin(), registry.policies.rules->rules.cend(),
                       [](const CustomRule &rule) { return !rule.patterns.isEmpty(); });
    const qsizetype projects = registry.projects.size();
    std::vector<PolicyCache::Entry> entries(static_cast<size_t>(projects));
    QList<int> indices(projects);
    std::iota(indices.begin(), indices.end(), 0);
    detail::forEachIndex(indices, [&](int i) {
        const Project &project = registry.projects[i];
        PolicyCache::Entry &entry = entries[size_t(i)];
        entry.inputs = {project.filesGeneration, rulesReadPatterns ? registry.catalogFor(project).generation : 1,
                        registry.policies.generation, quint64(scope)};
        const bool known = std::find(entry.inputs.cbegin(), entry.inputs.cend() - 1, 0) == entry.inputs.cend() - 1;
        const PolicyCache::Entry *before = nullptr;
        if (previous && known) {
            const auto it = previous->projects.constFind(project.name);
            if (it != previous->projects.cend() && it->inputs == entry.inputs)
                before = &*it;
        }
        QHash<QStringView, const Service *> byId; // Project::find() is a linear search
        byId.reserve(project.resolved.size());
        for (const ResolvedService &r : project.resolved) {
            if (!byId.contains(QStringView(r.service->id))) // the first, as Project::find() finds
                byId.insert(QStringView(r.service->id), r.service.get());
        }
        Checks checks(registry, scope, report.rules);
        entry.services.reserve(size_t(project.resolved.size()));
        for (qsizetype k = 0; k < project.resolved.size(); ++k) {
            const ServicePtr &service = project.resolved[k].service;
            PolicyCache::ServiceFindings found{service, {}, {}};
            for (const Dependency &dep : service->dependencies) {
                const Service *target = dep.external ? nullptr : byId.value(QStringView(dep.target));
                if (target && target->lifecycle == Lifecycle::Deprecated)
                    found.deprecatedDependencies.push_back(target->replacedBy);
                else
                    found.deprecatedDependencies.push_back(std::nullopt);
            }
            const auto *same = before && size_t(k) < before->services.size() ? &before->services[size_t(k)] : nullptr;
            if (same && same->service == service && same->deprecatedDependencies == found.deprecatedDependencies) {
                found.findings = same->findings;
            } else {
                checks.checkService(project, *service);
                found.findings = checks.take();
            }
            entry.services.push_back(std::move(found));
        }
        if (!known)
            entry.inputs.clear();
    });
    qsizetype count = 0;
    for (const auto &entry : entries) {
        for (const auto &service : entry.services)
            count += service.findings.size();
    }
    report.findings.reserve(count + 1);
    for (qsizetype i = 0; i < projects; ++i) {
        for (const auto &service : entries[size_t(i)].services)
            report.findings.append(service.findings);
        if (next && !entries[size_t(i)].inputs.empty())
            next->projects.insert(registry.projects[i].name, std::move(entries[size_t(i)]));
    }
    Checks checks(registry, scope, report.rules);
    checks.checkComplianceFile();
    report.findings.append(checks.take());
    sortFindings(report.findings);

    const auto &security = registry.policies.security;
    if (!security)
        return report;
    for (const Waiver &waiver : security->waivers) {
        WaiverResult result{waiver, security->file, WaiverStatus::Active, 0};
        const auto rule
            = std::find_if(all.cbegin(), all.cend(), [&waiver](const PolicyRuleInfo &r) { return r.id == waiver.rule; });
        if (rule == all.cend())
            result.status = WaiverStatus::UnknownRule;
        else if (waiver.expires.isValid() && waiver.expires < today)
            result.status = WaiverStatus::Expired;
        const bool inScope = rule == all.cend() || scope == Scope::All || isSecurityArea(rule->area);
        if (!inScope)
            continue; // a rule this evaluation does not run: neither used nor stale
        if (result.status == WaiverStatus::Active) {
            for (PolicyFinding &finding : report.findings) {
                if (!finding.waiver && covers(waiver, finding)) {
                    finding.waiver = report.waivers.size();
                    ++result.covered;
                }
            }
            if (result.covered == 0)
                result.status = WaiverStatus::Stale;
        }
        report.waivers.append(result);
    }
    return report;
}

} // namespace sr
