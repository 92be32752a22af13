#include "catalog/documentreader_p.h"

#include "catalog/servicefields.h"

#include <QRegularExpression>

namespace sr::detail {

namespace {

/// A TableReader that also records where each value it reads is written.
class PositionedReader
{
public:
    PositionedReader(const toml::table &table, FileContext &context, QString what, Positions &positions)
        : m_reader(table, context, std::move(what))
        , m_positions(positions)
    {
        m_positions.location = context.at(table);
    }

    std::optional<QString> string(std::string_view key, bool required = false)
    {
        return remember(key, m_reader.string(key, required));
    }
    std::optional<qint64> integer(std::string_view key, bool required = false)
    {
        return remember(key, m_reader.integer(key, required));
    }
    /// An integer percentage, 0–100 (SR007 otherwise).
    std::optional<int> percent(std::string_view key) { return wholeNumber(key, 100, "; a percentage is 0 to 100"); }
    /// A count of replicas and the like, 0–100000 (SR007 otherwise).
    std::optional<int> count(std::string_view key) { return wholeNumber(key, 100000, ""); }
    std::optional<bool> boolean(std::string_view key) { return remember(key, m_reader.boolean(key)); }
    std::optional<QStringList> stringList(std::string_view key, bool required = false)
    {
        return remember(key, m_reader.stringList(key, required));
    }
    std::optional<QDate> date(std::string_view key, bool required = false)
    {
        const toml::node *node = m_reader.node(key);
        if (!node) {
            if (required)
                context().error(code::MissingField, QStringLiteral("%1 is missing the required field '%2'").arg(what(), qs(key)),
                                where(), QStringLiteral("add %1 = YYYY-MM-DD (a TOML date, no quotes)").arg(qs(key)));
            return std::nullopt;
        }
        if (const auto *d = node->as_date()) {
            m_positions.values.insert(qs(key), context().at(*node));
            return QDate(d->get().year, d->get().month, d->get().day);
        }
        context().error(code::WrongType,
                        QStringLiteral("'%1' in %2 must be a date (YYYY-MM-DD), not %3").arg(qs(key), what(), typeName(*node)),
                        context().at(*node), QStringLiteral("write %1 = 2027-06-30, without quotes").arg(qs(key)));
        return std::nullopt;
    }
    /// A name from a closed vocabulary (SR007 with the allowed names otherwise).
    template<typename E> std::optional<E> name(std::string_view key, bool required = false)
    {
        const auto text = string(key, required);
        if (!text)
            return std::nullopt;
        if (const auto value = parseName<E>(*text))
            return value;
        context().error(code::InvalidValue, QStringLiteral("'%1' is not a valid %2 in %3").arg(*text, qs(key), what()),
                        m_reader.whereLast(), allowedValuesHint(*text, allNames<E>()));
        return std::nullopt;
    }
    const toml::table *table(std::string_view key, bool required = false) { return m_reader.table(key, required); }
    const toml::array *array(std::string_view key) { return m_reader.array(key); }
    const toml::node *node(std::string_view key)
    {
        const toml::node *found = m_reader.node(key);
        if (found)
            m_positions.values.insert(qs(key), context().at(*found));
        return found;
    }
    void finish() { m_reader.finish(); }

    FileContext &context() { return m_reader.context(); }
    QString what() const { return m_reader.what(); }
    SourceLocation where() { return m_reader.where(); }

private:
    std::optional<int> wholeNumber(std::string_view key, int maximum, const char *why)
    {
        const auto value = integer(key);
        if (!value)
            return std::nullopt;
        if (*value < 0 || *value > maximum) {
            context().error(code::InvalidValue,
                            QStringLiteral("'%1' in %2 is %3").arg(qs(key), what()).arg(*value) + QLatin1String(why),
                            m_reader.whereLast(), QStringLiteral("write a whole number from 0 to %1").arg(maximum));
            return std::nullopt;
        }
        return int(*value);
    }

    template<typename T> std::optional<T> remember(std::string_view key, std::optional<T> value)
    {
        if (value && m_reader.last())
            m_positions.values.insert(qs(key), context().at(*m_reader.last()));
        return value;
    }

    TableReader m_reader;
    Positions &m_positions;
};

/// Calls `read(name, table)` for every child table of `parent` in file order; a child that
/// is not a table is reported (SR003).
template<typename Read>
void forEachTable(const toml::table &parent, FileContext &context, const QString &what, const QString &example, Read read)
{
    for (const auto &[key, node] : inDocumentOrder(parent)) {
        const QString name = qs(key->str());
        if (const auto *t = node->as_table())
            read(name, *t);
        else
            context.error(code::WrongType, QStringLiteral("'%1' in %2 must be a table, not %3").arg(name, what, typeName(*node)),
                          context.at(*node), example.arg(name));
    }
}

Region readRegion(const QString &name, const toml::table &table, FileContext &context, const QString &target)
{
    Region r;
    r.name = name;
    PositionedReader reader(table, context, QStringLiteral("region '%1' of target '%2'").arg(name, target), r.positions);
    r.cluster = reader.string("cluster", true).value_or(QString());
    r.trafficSplit = reader.percent("traffic_split");
    r.canaryPercentage = reader.percent("canary_percentage");
    r.replicas = reader.count("replicas");
    r.probeAddress = reader.string("probe_address").value_or(QString());
    reader.finish();
    return r;
}

DeploymentTarget readTarget(const QString &name, const toml::table &table, FileContext &context)
{
    DeploymentTarget t;
    t.name = name;
    PositionedReader reader(table, context, QStringLiteral("target '%1'").arg(name), t.positions);
    t.cluster = reader.string("cluster", true).value_or(QString());
    t.kubernetesNamespace = reader.string("namespace").value_or(QString());
    t.replicas = reader.count("replicas").value_or(1);
    t.strategy = reader.name<DeploymentStrategy>("strategy").value_or(DeploymentStrategy::Rolling);
    t.canaryPercentage = reader.percent("canary_percentage");
    t.approvalRequired = reader.boolean("approval_required").value_or(false);
    t.autoDeploy = reader.boolean("auto_deploy").value_or(false);
    t.probeAddress = reader.string("probe_address").value_or(QString());
    if (const auto *replicas = reader.table("service_replicas")) {
        for (const auto &[key, node] : inDocumentOrder(*replicas)) {
            const QString service = qs(key->str());
            if (const auto *n = node->as_integer(); n && n->get() >= 0 && n->get() <= 100000)
                t.serviceReplicas.insert(service, int(n->get()));
            else
                context.error(
                    node->is_integer() ? code::InvalidValue : code::WrongType,
                    QStringLiteral("the replicas of '%1' in target '%2' must be a whole number from 0 to 100000, "
                                   "not %3")
                        .arg(service, name, node->is_integer() ? QString::number(node->as_integer()->get()) : typeName(*node)),
                    context.at(*node), QStringLiteral("write %1 = 3").arg(service));
        }
    }
    if (const auto *regions = reader.table("regions")) {
        forEachTable(
            *regions, context, QStringLiteral("the regions of target '%1'").arg(name),
            QStringLiteral("write [targets.%1.regions.%2] with cluster = \"…\"").arg(name, QStringLiteral("%1")),
            [&](const QString &region, const toml::table &body) { t.regions.append(readRegion(region, body, context, name)); });
    }
    reader.finish();
    return t;
}

QStringList groupList(PositionedReader &reader, std::string_view key)
{
    return reader.stringList(key).value_or(QStringList());
}

} // namespace

Deployment readDeployment(const toml::table &document, FileContext &context)
{
    Deployment d;
    d.file = context.file();
    PositionedReader reader(document, context, QStringLiteral("deployment.toml"), d.positions);
    d.defaultTarget = reader.string("default_target").value_or(QString());
    if (const auto *targets = reader.table("targets", true)) {
        forEachTable(*targets, context, QStringLiteral("[targets]"), QStringLiteral("write [targets.%1] with cluster = \"…\""),
                     [&](const QString &name, const toml::table &body) { d.targets.append(readTarget(name, body, context)); });
    }
    if (const auto *multi = reader.table("multi_region")) {
        MultiRegion m;
        PositionedReader r(*multi, context, QStringLiteral("[multi_region]"), m.positions);
        m.strategy = r.name<MultiRegionStrategy>("strategy", true).value_or(MultiRegionStrategy::ActiveActive);
        m.failover = r.string("failover").value_or(QString());
        r.finish();
        d.multiRegion = m;
    }
    reader.finish();
    if (!d.defaultTarget.isEmpty() && !d.targets.isEmpty() && !d.target(d.defaultTarget)) {
        QStringList names;
        for (const auto &t : std::as_const(d.targets))
            names.append(t.name);
        context.error(
            code::InvalidValue, QStringLiteral("default_target '%1' is not one of the targets").arg(d.defaultTarget),
            d.positions.at(QStringLiteral("default_target")),
            didYouMeanOr(d.defaultTarget, names, QStringLiteral("use one of: %1").arg(names.join(QLatin1String(", ")))));
    }
    return d;
}

Monitoring readMonitoring(const toml::table &document, FileContext &context)
{
    Monitoring m;
    m.file = context.file();
    PositionedReader reader(document, context, QStringLiteral("monitoring.toml"), m.positions);
    m.runbookUrl = reader.string("runbook_url").value_or(QString());
    if (const auto *scrape = reader.table("scrape")) {
        Scrape s;
        PositionedReader r(*scrape, context, QStringLiteral("[scrape]"), s.positions);
        s.interval = r.string("interval").value_or(QString());
        s.path = r.string("path").value_or(QString());
        r.finish();
        m.scrape = s;
    }
    if (const auto *slos = reader.table("slo")) {
        forEachTable(*slos, context, QStringLiteral("[slo]"), QStringLiteral("write [slo.%1] with availability = \"99.9%\""),
                     [&](const QString &service, const toml::table &body) {
                         Slo slo;
                         slo.service = service;
                         PositionedReader r(body, context, QStringLiteral("the SLO of '%1'").arg(service), slo.positions);
                         slo.availability = r.string("availability").value_or(QString());
                         slo.latencyP99 = r.string("latency_p99").value_or(QString());
                         slo.errorBudgetWindow = r.string("error_budget_window").value_or(QString());
                         r.finish();
                         m.slos.append(slo);
                     });
    }
    if (const auto *alerts = reader.table("alerts")) {
        forEachTable(*alerts, context, QStringLiteral("[alerts]"), QStringLiteral("write [alerts.%1] with expr and severity"),
                     [&](const QString &name, const toml::table &body) {
                         Alert a;
                         a.name = name;
                         PositionedReader r(body, context, QStringLiteral("alert '%1'").arg(name), a.positions);
                         a.service = r.string("service").value_or(QString());
                         a.expr = r.string("expr", true).value_or(QString());
                         a.forDuration = r.string("for").value_or(QString());
                         a.severity = r.name<AlertSeverity>("severity", true).value_or(AlertSeverity::Warning);
                         a.summary = r.string("summary").value_or(QString());
                         r.finish();
                         m.alerts.append(a);
                     });
    }
    reader.finish();
    return m;
}

GovernancePolicy readGovernance(const toml::table &document, FileContext &context)
{
    GovernancePolicy g;
    g.file = context.file();
    PositionedReader reader(document, context, QStringLiteral("governance.toml"), g.positions);
    if (const auto *control = reader.table("change_control", true)) {
        PositionedReader r(*control, context, QStringLiteral("[change_control]"), g.changeControl);
        g.breakingChangesRequire = groupList(r, "breaking_changes_require");
        g.versionBumpsRequire = groupList(r, "version_bumps_require");
        g.configChangesRequire = groupList(r, "config_changes_require");
        g.newServicesRequire = groupList(r, "new_services_require");
        if (const auto n = r.integer("min_approvals")) {
            if (*n < 1 || *n > 100)
                context.error(code::InvalidValue, QStringLiteral("min_approvals is %1; it must be 1 to 100").arg(*n),
                              g.changeControl.at(QStringLiteral("min_approvals")),
                              QStringLiteral("write how many distinct people must approve, e.g. 2"));
            else
                g.minApprovals = int(*n);
        }
        r.finish();
    }
    if (const auto *severities = reader.table("change_severity")) {
        g.changeSeverityPositions.location = context.at(*severities);
        for (const auto &[key, node] : inDocumentOrder(*severities)) {
            const QString rule = qs(key->str());
            const auto *value = node->as_string();
            const QString text = value ? qs(value->get()) : QString();
            if (text == QLatin1String("breaking") || text == QLatin1String("warning") || text == QLatin1String("info")) {
                g.changeSeverity.insert(rule, text);
                g.changeSeverityPositions.values.insert(rule, context.at(*node));
            } else {
                context.error(value ? code::InvalidValue : code::WrongType,
                              QStringLiteral("the severity of change rule '%1' must be breaking, warning or info").arg(rule),
                              context.at(*node), QStringLiteral("write \"%1\" = \"breaking\"").arg(rule));
            }
        }
    }
    if (const auto *gitops = reader.table("gitops")) {
        PositionedReader r(*gitops, context, QStringLiteral("[gitops]"), g.gitops.positions);
        g.gitops.url = r.string("repository", true).value_or(QString());
        static const QRegularExpression url(QStringLiteral("^(https?|ssh|git)://[^\\s]+$|^[A-Za-z0-9._-]+@[^\\s:]+:[^\\s]+$"));
        if (!g.gitops.url.isEmpty() && !url.match(g.gitops.url).hasMatch())
            context.error(
                code::InvalidValue, QStringLiteral("gitops repository \"%1\" is not a git URL").arg(g.gitops.url),
                g.gitops.positions.at(QStringLiteral("repository")),
                QStringLiteral("write https://git.example.com/platform/deploy.git or git@git.example.com:platform/deploy.git"));
        g.gitops.path = r.string("path").value_or(QString());
        if (g.gitops.path.startsWith(QLatin1Char('/')) || g.gitops.path.split(QLatin1Char('/')).contains(QStringLiteral("..")))
            context.error(
                code::InvalidValue, QStringLiteral("gitops path \"%1\" is not a path inside the repository").arg(g.gitops.path),
                g.gitops.positions.at(QStringLiteral("path")), QStringLiteral("write a relative path such as \"clusters\""));
        g.gitops.branch = r.string("branch").value_or(QStringLiteral("main"));
        r.finish();
    }
    if (const auto *groups = reader.table("groups")) {
        forEachTable(*groups, context, QStringLiteral("[groups]"), QStringLiteral("write [groups.%1] with members = [\"…\"]"),
                     [&](const QString &name, const toml::table &body) {
                         GovernanceGroup group;
                         group.name = name;
                         PositionedReader r(body, context, QStringLiteral("group '%1'").arg(name), group.positions);
                         group.members = r.stringList("members", true).value_or(QStringList());
                         group.description = r.string("description").value_or(QString());
                         r.finish();
                         g.groups.append(group);
                     });
    }
    reader.finish();
    return g;
}

SecurityPolicy readSecurity(const toml::table &document, FileContext &context)
{
    SecurityPolicy p;
    p.file = context.file();
    PositionedReader reader(document, context, QStringLiteral("security.toml"), p.positions);
    if (const auto *images = reader.table("images")) {
        PositionedReader r(*images, context, QStringLiteral("[images]"), p.images);
        p.allowedRegistries = r.stringList("allowed_registries").value_or(QStringList());
        p.forbidLatestTag = r.boolean("forbid_latest_tag").value_or(false);
        p.requireDigest = r.boolean("require_digest").value_or(false);
        r.finish();
    }
    if (const auto *secrets = reader.table("secrets")) {
        PositionedReader r(*secrets, context, QStringLiteral("[secrets]"), p.secrets);
        p.allowedBackends = r.stringList("allowed_backends").value_or(QStringList());
        p.forbidPlainEnv = r.stringList("forbid_plain_env").value_or(QStringList());
        r.finish();
    }
    if (const auto *privileges = reader.table("privileges")) {
        PositionedReader r(*privileges, context, QStringLiteral("[privileges]"), p.privileges);
        p.allowPrivileged = r.boolean("allow_privileged").value_or(false);
        p.runAsNonRoot = r.boolean("run_as_non_root").value_or(false);
        p.readOnlyRootFs = r.boolean("read_only_root_fs").value_or(false);
        r.finish();
    }
    if (const auto *waivers = reader.array("waivers")) {
        forEachTableIn(*waivers, context, "waivers", [&](const toml::table &t) {
            Waiver w;
            PositionedReader r(t, context, QStringLiteral("a [[waivers]] entry"), w.positions);
            w.rule = r.string("rule", true).value_or(QString());
            w.service = r.string("service", true).value_or(QString());
            w.project = r.string("project").value_or(QString());
            w.reason = r.string("reason", true).value_or(QString());
            w.approvedBy = r.string("approved_by", true).value_or(QString());
            w.expires = r.date("expires", true).value_or(QDate());
            r.finish();
            p.waivers.append(w);
        });
    }
    reader.finish();
    return p;
}

CompliancePolicy readCompliance(const toml::table &document, FileContext &context)
{
    CompliancePolicy c;
    c.file = context.file();
    PositionedReader reader(document, context, QStringLiteral("compliance.toml"), c.positions);
    if (const auto *body = reader.table("compliance", true)) {
        PositionedReader r(*body, context, QStringLiteral("[compliance]"), c.compliance);
        c.pciDssApplicable = r.boolean("pci_dss_applicable").value_or(false);
        c.hipaaApplicable = r.boolean("hipaa_applicable").value_or(false);
        c.gdprApplicable = r.boolean("gdpr_applicable").value_or(false);
        if (const auto *encryption = r.table("encryption")) {
            PositionedReader e(*encryption, context, QStringLiteral("[compliance.encryption]"), c.encryption);
            c.encryptionInTransit = e.string("in_transit").value_or(QString());
            c.encryptionAtRest = e.string("at_rest").value_or(QString());
            c.encryptionAlgorithm = e.string("algorithm").value_or(QString());
            e.finish();
        }
        if (const auto *audit = r.table("audit")) {
            PositionedReader a(*audit, context, QStringLiteral("[compliance.audit]"), c.audit);
            c.auditEnabled = a.boolean("enabled").value_or(false);
            c.auditRetentionDays = a.count("retention_days");
            c.auditLogAllAccess = a.boolean("log_all_access").value_or(false);
            a.finish();
        }
        r.finish();
    }
    reader.finish();
    return c;
}

SlaPolicy readSla(const toml::table &document, FileContext &context)
{
    SlaPolicy p;
    p.file = context.file();
    PositionedReader reader(document, context, QStringLiteral("sla.toml"), p.positions);
    if (const auto *tiers = reader.table("sla", true)) {
        forEachTable(
            *tiers, context, QStringLiteral("[sla]"), QStringLiteral("write [sla.%1] with availability = \"99.9%\""),
            [&](const QString &name, const toml::table &body) {
                SlaTier tier;
                PositionedReader r(body, context, QStringLiteral("SLA tier '%1'").arg(name), tier.positions);
                if (const auto criticality = parseName<Criticality>(name)) {
                    tier.criticality = *criticality;
                } else {
                    const QStringList allowed = allNames<Criticality>();
                    context.error(
                        code::InvalidValue, QStringLiteral("SLA tier '%1' is not a criticality").arg(name), r.where(),
                        didYouMeanOr(
                            name, allowed,
                            QStringLiteral("name tiers after criticalities: %1").arg(allowed.join(QLatin1String(", ")))));
                }
                tier.availability = r.string("availability", true).value_or(QString());
                tier.responseTimeP99 = r.string("response_time_p99").value_or(QString());
                tier.supportHours = r.string("support_hours").value_or(QString());
                tier.rto = r.string("rto").value_or(QString());
                tier.rpo = r.string("rpo").value_or(QString());
                r.finish();
                if (parseName<Criticality>(name))
                    p.tiers.append(tier);
            });
    }
    reader.finish();
    return p;
}

namespace {

/// A selector key: one string or an array of strings.
QStringList oneOrMany(PositionedReader &r, std::string_view key)
{
    const toml::node *node = r.node(key);
    if (!node)
        return {};
    if (const auto *text = node->as_string())
        return {qs(text->get())};
    QStringList out;
    if (const auto *array = node->as_array()) {
        for (const auto &element : *array) {
            if (const auto *text = element.as_string()) {
                out.append(qs(text->get()));
                continue;
            }
            r.context().error(code::WrongType,
                              QStringLiteral("'%1' in %2 lists %3, not a string").arg(qs(key), r.what(), typeName(element)),
                              r.context().at(element), QStringLiteral("write %1 = [\"a\", \"b\"]").arg(qs(key)));
        }
        return out;
    }
    r.context().error(
        code::WrongType,
        QStringLiteral("'%1' in %2 must be a string or an array of strings, not %3").arg(qs(key), r.what(), typeName(*node)),
        r.context().at(*node), QStringLiteral("write %1 = \"value\" or %1 = [\"a\", \"b\"]").arg(qs(key)));
    return {};
}

/// Names from a closed vocabulary in a selector (SR007 for the others).
template<typename E> void checkNames(const QStringList &names, PositionedReader &r, const char *key)
{
    for (const QString &name : names) {
        if (!parseName<E>(name))
            r.context().error(code::InvalidValue,
                              QStringLiteral("'%1' is not a valid %2 in %3").arg(name, QLatin1String(key), r.what()),
                              r.context().at(*r.node(key)), allowedValuesHint(name, allNames<E>()));
    }
}

bool isRuleId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9_-]*(\\.[a-z0-9][a-z0-9_-]*)*$"));
    return pattern.match(id).hasMatch();
}

/// A field path a condition may read: a field of the table, or a key below a map field.
bool isFieldPath(const QString &path)
{
    if (findServiceField(path))
        return true;
    for (const auto &field : serviceFields()) {
        const bool keyed = field.kind == FieldKind::Environment || field.kind == FieldKind::Secrets
            || field.kind == FieldKind::Properties || field.kind == FieldKind::StringMap || field.kind == FieldKind::Volumes
            || field.kind == FieldKind::InitContainers;
        if (keyed && path.startsWith(QLatin1String(field.key) + QLatin1Char('.')))
            return true;
    }
    return false;
}

constexpr const char *operators[] = {"exists", "equals", "matches", "in", "<", "<=", ">", ">="};

} // namespace

CustomRules readRules(const toml::table &document, FileContext &context)
{
    CustomRules out;
    out.file = context.file();
    PositionedReader reader(document, context, QStringLiteral("rules.toml"), out.positions);
    QStringList seen;
    if (const auto *rules = reader.array("rules")) {
        forEachTableIn(*rules, context, "rules", [&](const toml::table &t) {
            CustomRule rule;
            PositionedReader r(t, context, QStringLiteral("a [[rules]] entry"), rule.positions);
            rule.id = r.string("id", true).value_or(QString());
            if (!rule.id.isEmpty()) {
                if (!isRuleId(rule.id))
                    context.error(
                        code::InvalidId, QStringLiteral("rule id '%1' is not lower-case words joined by dots").arg(rule.id),
                        rule.positions.at(QStringLiteral("id")), QStringLiteral("write an id such as \"team.memory_limit\""));
                else if (seen.contains(rule.id)) // a built-in rule's id is checked by the validator
                    context.error(code::DuplicateId, QStringLiteral("rule id '%1' is already used in this file").arg(rule.id),
                                  rule.positions.at(QStringLiteral("id")),
                                  QStringLiteral("give the rule an id of its own, e.g. \"team.%1\"")
                                      .arg(rule.id.section(QLatin1Char('.'), -1)));
                seen.append(rule.id);
            }
            if (const auto severity = r.string("severity")) {
                if (*severity == QLatin1String("error"))
                    rule.severity = Severity::Error;
                else if (*severity == QLatin1String("warning"))
                    rule.severity = Severity::Warning;
                else if (*severity == QLatin1String("info"))
                    rule.severity = Severity::Note;
                else
                    context.error(code::InvalidValue, QStringLiteral("'%1' is not a severity in %2").arg(*severity, r.what()),
                                  rule.positions.at(QStringLiteral("severity")),
                                  allowedValuesHint(
                                      *severity, {QStringLiteral("error"), QStringLiteral("warning"), QStringLiteral("info")}));
            }
            if (const auto area = r.string("area")) {
                const QStringList areas{QStringLiteral("security"), QStringLiteral("compliance"), QStringLiteral("custom")};
                if (areas.contains(*area))
                    rule.area = *area;
                else
                    context.error(code::InvalidValue, QStringLiteral("'%1' is not an area in %2").arg(*area, r.what()),
                                  rule.positions.at(QStringLiteral("area")), allowedValuesHint(*area, areas));
            }
            rule.message = r.string("message", true).value_or(QString());
            rule.title = r.string("title").value_or(rule.message);
            rule.rationale = r.string("rationale").value_or(QString());
            rule.remediation = r.string("remediation", true).value_or(QString());
            if (const auto *select = r.table("select")) {
                Positions positions;
                PositionedReader sr(*select, context, QStringLiteral("the selector of rule '%1'").arg(rule.id), positions);
                rule.projects = oneOrMany(sr, "project");
                rule.types = oneOrMany(sr, "type");
                checkNames<ServiceType>(rule.types, sr, "type");
                rule.criticalities = oneOrMany(sr, "criticality");
                checkNames<Criticality>(rule.criticalities, sr, "criticality");
                rule.tags = oneOrMany(sr, "tag");
                rule.patterns = oneOrMany(sr, "pattern");
                rule.owners = oneOrMany(sr, "owner");
                sr.finish();
            }
            if (const auto *condition = r.table("condition", true)) {
                PositionedReader cr(*condition, context, QStringLiteral("the condition of rule '%1'").arg(rule.id),
                                    rule.condition);
                rule.field = cr.string("field", true).value_or(QString());
                if (!rule.field.isEmpty() && !isFieldPath(rule.field))
                    context.error(
                        code::InvalidValue, QStringLiteral("'%1' is not a service field (in rule '%2')").arg(rule.field, rule.id),
                        rule.condition.at(QStringLiteral("field")),
                        didYouMeanOr(
                            rule.field, serviceFieldKeys(),
                            QStringLiteral(
                                "write a key of docs/catalog-format.md, e.g. \"resources.memory_limit\" or \"labels.team\"")));
                rule.op = cr.string("operator", true).value_or(QString());
                QStringList names;
                for (const char *o : operators)
                    names.append(QString::fromLatin1(o));
                if (!rule.op.isEmpty() && !names.contains(rule.op))
                    context.error(code::InvalidValue,
                                  QStringLiteral("'%1' is not an operator (in rule '%2')").arg(rule.op, rule.id),
                                  rule.condition.at(QStringLiteral("operator")), allowedValuesHint(rule.op, names));
                rule.expect = cr.boolean("expect").value_or(true);
                const toml::node *value = cr.node("value");
                if (value)
                    rule.value = toVariant(*value, context);
                const SourceLocation valueAt = rule.condition.at(QStringLiteral("value"));
                if (!value && !rule.op.isEmpty() && rule.op != QLatin1String("exists"))
                    context.error(code::MissingField,
                                  QStringLiteral("the condition of rule '%1' needs a 'value' for '%2'").arg(rule.id, rule.op),
                                  cr.where(), QStringLiteral("add value = … to compare the field with"));
                else if (value && rule.op == QLatin1String("in") && !value->is_array())
                    context.error(code::WrongType, QStringLiteral("'in' needs a list of values (in rule '%1')").arg(rule.id),
                                  valueAt, QStringLiteral("write value = [\"a\", \"b\"]"));
                else if (value && rule.op == QLatin1String("matches")) {
                    const QRegularExpression re(rule.value.toString());
                    if (!value->is_string() || !re.isValid())
                        context.error(code::InvalidValue,
                                      QStringLiteral("'%1' is not a regular expression (in rule '%2'): %3")
                                          .arg(rule.value.toString(), rule.id, re.errorString()),
                                      valueAt,
                                      QStringLiteral("write a Perl-compatible regular expression, e.g. \"^@[a-z-]+-team$\""));
                } else if (value && rule.op.startsWith(QLatin1Char('<')) != rule.op.startsWith(QLatin1Char('>'))) {
                    if (!numericValue(rule.value.toString()))
                        context.error(
                            code::InvalidValue,
                            QStringLiteral("'%1' is not a number, quantity or duration (in rule '%2')")
                                .arg(rule.value.toString(), rule.id),
                            valueAt,
                            QStringLiteral("write a number (3), a quantity (\"512Mi\", \"250m\") or a duration (\"30s\")"));
                }
                cr.finish();
            }
            r.finish();
            out.rules.append(rule);
        });
    }
    reader.finish();
    return out;
}

bool isPolicyName(const QString &name)
{
    return name == QLatin1String("governance") || name == QLatin1String("security") || name == QLatin1String("compliance")
        || name == QLatin1String("sla") || name == QLatin1String("rules");
}

} // namespace sr::detail
