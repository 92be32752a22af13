// The policy engine (docs/policies.md): one violating and one clean fixture per built-in
// rule, asserting rule, severity, file and line; waivers in each of their states; and the
// security-check / policy commands as a CI pipeline runs them.

#include "clirunner.h"
#include "gitrepository.h"
#include "registrybuilder.h"
#include "testmain.h"

#include "analysis/validator.h"
#include "catalog/registryloader.h"
#include "policy/policyengine.h"
#include "policy/policyrules.h"
#include "policy/requiredapprovals.h"
#include "vcs/gitrevisionsource.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QXmlStreamReader>

using namespace sr;

using Files = QMap<QString, QString>;

namespace {

const QString catalog = QStringLiteral("services/catalog.toml");
const QString project = QStringLiteral("projects/p1/services.toml");
const QString security = QStringLiteral("policies/security.toml");
const QString compliance = QStringLiteral("policies/compliance.toml");
const QString deployment = QStringLiteral("projects/p1/deployment.toml");
const QString monitoring = QStringLiteral("projects/p1/monitoring.toml");
const QString sla = QStringLiteral("policies/sla.toml");
const QDate today(2026, 11, 28);

/// The base catalog with `lines` added to the api service (after its owner, line 17).
QString apiWith(const QString &lines)
{
    return RegistryBuilder::baseCatalog().replace(QStringLiteral("owner = \"@core\""),
                                                  QStringLiteral("owner = \"@core\"\n") + lines);
}

/// The base catalog with `lines` added to both services.
QString bothWith(const QString &lines)
{
    return apiWith(lines).replace(QStringLiteral("owner = \"@data\""), QStringLiteral("owner = \"@data\"\n") + lines);
}

/// The 1-based line of the first line of `text` that contains `marker`.
int lineOf(const QString &text, const QString &marker)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        if (lines[i].contains(marker))
            return i + 1;
    }
    qFatal("marker not found: %s", qPrintable(marker));
}

PolicyReport evaluate(const Files &files, PolicyEngine::Scope scope = PolicyEngine::Scope::All)
{
    RegistryBuilder builder;
    builder.setFiles(files);
    const RegistryPtr registry = RegistryLoader::load(builder.write());
    for (const auto &d : registry->diagnostics) {
        if (d.severity == Severity::Error)
            qFatal("fixture has a loading error: %s %s", qPrintable(d.location.toString()), qPrintable(d.message));
    }
    return PolicyEngine::evaluate(*registry, today, scope);
}

QList<PolicyFinding> findingsOf(const PolicyReport &report, const QString &rule)
{
    QList<PolicyFinding> out;
    for (const auto &f : report.findings) {
        if (f.rule == rule)
            out.append(f);
    }
    return out;
}

const QString productionTarget = QStringLiteral("[targets.production]\ncluster = \"k8s\"\nreplicas = %1\n%2");
const QString twoRegions
    = QStringLiteral("[targets.production.regions.eu]\ncluster = \"eu\"\n[targets.production.regions.us]\ncluster = \"us\"\n");

using Run = CliRun;

Run cli(const QStringList &arguments)
{
    return runCli(arguments);
}

} // namespace

class TestPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rules_data()
    {
        QTest::addColumn<Files>("files");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("line"); ///< 0: the rule must find nothing
        auto row = [](const char *name, const Files &files, const char *rule, const QString &file, int line) {
            QTest::newRow(name) << files << QString::fromLatin1(rule) << file << line;
        };
        const QString latest
            = apiWith(QString()).replace(QStringLiteral("image = \"api:1.2.0\""), QStringLiteral("image = \"api:latest\""));
        row("images.forbid_latest_tag: api:latest",
            {{security, QStringLiteral("[images]\nforbid_latest_tag = true\n")}, {catalog, latest}}, "images.forbid_latest_tag",
            catalog, lineOf(latest, QStringLiteral("api:latest")));
        row("images.forbid_latest_tag: clean", {{security, QStringLiteral("[images]\nforbid_latest_tag = true\n")}},
            "images.forbid_latest_tag", catalog, 0);
        row("images.allowed_registries: docker.io not allowed",
            {{security, QStringLiteral("[images]\nallowed_registries = [\"registry.corp.example\"]\n")}},
            "images.allowed_registries", catalog, lineOf(RegistryBuilder::baseCatalog(), QStringLiteral("api:1.2.0")));
        row("images.allowed_registries: clean", {{security, QStringLiteral("[images]\nallowed_registries = [\"docker.io\"]\n")}},
            "images.allowed_registries", catalog, 0);
        row("images.require_digest: tag only", {{security, QStringLiteral("[images]\nrequire_digest = true\n")}},
            "images.require_digest", catalog, lineOf(RegistryBuilder::baseCatalog(), QStringLiteral("api:1.2.0")));
        const QString digests = RegistryBuilder::baseCatalog()
                                    .replace(QStringLiteral("\"api:1.2.0\""), QStringLiteral("\"api:1.2.0@sha256:0123\""))
                                    .replace(QStringLiteral("\"postgres:15\""), QStringLiteral("\"postgres@sha256:4567\""));
        row("images.require_digest: clean", {{security, QStringLiteral("[images]\nrequire_digest = true\n")}, {catalog, digests}},
            "images.require_digest", catalog, 0);

        const QString passwordEnv = apiWith(QStringLiteral("environment = { DB_PASSWORD = \"hunter2\", TOKEN_TTL = \"15m\" }"));
        row("secrets.plain_env: a literal password",
            {{security, QStringLiteral("[secrets]\nforbid_plain_env = [\"PASSWORD\", \"TOKEN\"]\n")}, {catalog, passwordEnv}},
            "secrets.plain_env", catalog, lineOf(passwordEnv, QStringLiteral("hunter2")));
        row("secrets.plain_env: clean (a reference, and a duration named TOKEN_TTL)",
            {{security, QStringLiteral("[secrets]\nforbid_plain_env = [\"PASSWORD\", \"TOKEN\"]\n")},
             {catalog,
              apiWith(
                  QStringLiteral("environment = { TOKEN_TTL = \"15m\" }\nsecrets = { DB_PASSWORD = \"vault:secret/api#db\" }"))}},
            "secrets.plain_env", catalog, 0);
        const QString keyEnv = apiWith(QStringLiteral("environment = { SIGNING = \"a8F3kq9Zr2Lx7Vb0Nc4Tm6Wy\" }"));
        row("secrets.high_entropy: a random key", {{catalog, keyEnv}}, "secrets.high_entropy", catalog,
            lineOf(keyEnv, QStringLiteral("SIGNING")));
        row("secrets.high_entropy: clean",
            {{catalog,
              apiWith(QStringLiteral("environment = { MODE = \"production\", URL = \"https://a.example/x9y8z7w6v5u4\" }"))}},
            "secrets.high_entropy", catalog, 0);
        const QString envBackend = apiWith(QStringLiteral("secrets = { DB = \"env:DB_PASS\" }"));
        row("secrets.allowed_backends: env not allowed",
            {{security, QStringLiteral("[secrets]\nallowed_backends = [\"vault\"]\n")}, {catalog, envBackend}},
            "secrets.allowed_backends", catalog, lineOf(envBackend, QStringLiteral("env:DB_PASS")));
        row("secrets.allowed_backends: clean",
            {{security, QStringLiteral("[secrets]\nallowed_backends = [\"vault\"]\n")},
             {catalog, apiWith(QStringLiteral("secrets = { DB = \"vault:db#pw\" }"))}},
            "secrets.allowed_backends", catalog, 0);

        const QString privileged = apiWith(QStringLiteral("security.privileged = true"));
        row("privileges.privileged: privileged",
            {{security, QStringLiteral("[privileges]\nallow_privileged = false\n")}, {catalog, privileged}},
            "privileges.privileged", catalog, lineOf(privileged, QStringLiteral("privileged = true")));
        row("privileges.privileged: allowed",
            {{security, QStringLiteral("[privileges]\nallow_privileged = true\n")}, {catalog, privileged}},
            "privileges.privileged", catalog, 0);
        row("privileges.run_as_non_root: not set", {{security, QStringLiteral("[privileges]\nrun_as_non_root = true\n")}},
            "privileges.run_as_non_root", catalog, lineOf(RegistryBuilder::baseCatalog(), QStringLiteral("[services.api]")));
        const QString root = apiWith(QStringLiteral("security = { run_as_non_root = true, run_as_user = 0 }"));
        row("privileges.run_as_non_root: user 0",
            {{security, QStringLiteral("[privileges]\nrun_as_non_root = true\n")}, {catalog, root}}, "privileges.run_as_non_root",
            catalog, lineOf(root, QStringLiteral("run_as_user = 0")));
        row("privileges.run_as_non_root: clean",
            {{security, QStringLiteral("[privileges]\nrun_as_non_root = true\n")},
             {catalog, bothWith(QStringLiteral("security.run_as_non_root = true"))}},
            "privileges.run_as_non_root", catalog, 0);
        const QString writable = bothWith(QStringLiteral("security.read_only_root_fs = false"));
        row("privileges.read_only_root_fs: false",
            {{security, QStringLiteral("[privileges]\nread_only_root_fs = true\n")}, {catalog, writable}},
            "privileges.read_only_root_fs", catalog, lineOf(writable, QStringLiteral("read_only_root_fs = false")));
        row("privileges.read_only_root_fs: clean",
            {{security, QStringLiteral("[privileges]\nread_only_root_fs = true\n")},
             {catalog, bothWith(QStringLiteral("security.read_only_root_fs = true"))}},
            "privileges.read_only_root_fs", catalog, 0);

        row("resources.requests_limits: none", {}, "resources.requests_limits", catalog,
            lineOf(RegistryBuilder::baseCatalog(), QStringLiteral("[services.api]")));
        row("resources.requests_limits: clean",
            {{catalog, bothWith(QStringLiteral("resources = { cpu = \"1\", memory = \"1Gi\", memory_limit = \"2Gi\" }"))}},
            "resources.requests_limits", catalog, 0);
        row("resources.health_check: none", {}, "resources.health_check", catalog,
            lineOf(RegistryBuilder::baseCatalog(), QStringLiteral("[services.db]")));
        row("resources.health_check: clean",
            {{catalog, bothWith(QStringLiteral("health_check = { type = \"tcp\", port = 8080 }"))}}, "resources.health_check",
            catalog, 0);
        const QString deprecatedDb = RegistryBuilder::baseCatalog().replace(
            QStringLiteral("owner = \"@data\""), QStringLiteral("owner = \"@data\"\nlifecycle = \"deprecated\""));
        row("dependencies.deprecated: api needs a deprecated db", {{catalog, deprecatedDb}}, "dependencies.deprecated", catalog,
            lineOf(deprecatedDb, QStringLiteral("service = \"db\"")));
        row("dependencies.deprecated: clean", {}, "dependencies.deprecated", catalog, 0);

        const QString critical = apiWith(QStringLiteral("criticality = \"critical\""));
        const QString twoReplicas = productionTarget.arg(2).arg(twoRegions);
        row("sla.replicas: critical with 2", {{catalog, critical}, {deployment, twoReplicas}}, "sla.replicas", deployment,
            lineOf(twoReplicas, QStringLiteral("replicas = 2")));
        row("sla.replicas: critical with 3", {{catalog, critical}, {deployment, productionTarget.arg(3).arg(twoRegions)}},
            "sla.replicas", deployment, 0);
        const QString oneRegion
            = productionTarget.arg(3).arg(QStringLiteral("[targets.production.regions.eu]\ncluster = \"eu\"\n"));
        row("sla.regions: critical in one region", {{catalog, critical}, {deployment, oneRegion}}, "sla.regions", deployment, 1);
        row("sla.regions: critical in two", {{catalog, critical}, {deployment, productionTarget.arg(3).arg(twoRegions)}},
            "sla.regions", deployment, 0);
        const QString high = apiWith(QStringLiteral("criticality = \"high\""));
        row("sla.monitoring: high without SLO", {{catalog, high}}, "sla.monitoring", catalog,
            lineOf(high, QStringLiteral("[services.api]")));
        row("sla.monitoring: high with an alert",
            {{catalog, high},
             {monitoring, QStringLiteral("[alerts.ApiDown]\nservice = \"api\"\nexpr = \"up == 0\"\nseverity = \"high\"\n")}},
            "sla.monitoring", catalog, 0);
        const QString tiers = QStringLiteral("[sla.high]\navailability = \"99.9%\"\nresponse_time_p99 = \"200ms\"\n");
        const QString weakSlo = QStringLiteral("[slo.api]\navailability = \"99.5%\"\nlatency_p99 = \"150ms\"\n");
        row("sla.slo_target: 99.5% under a 99.9% tier", {{catalog, high}, {sla, tiers}, {monitoring, weakSlo}}, "sla.slo_target",
            monitoring, 2);
        row("sla.slo_target: clean",
            {{catalog, high},
             {sla, tiers},
             {monitoring, QStringLiteral("[slo.api]\navailability = \"99.95%\"\nlatency_p99 = \"0.2s\"\n")}},
            "sla.slo_target", monitoring, 0);

        const QString inTransit = QStringLiteral("[compliance]\n[compliance.encryption]\nin_transit = \"required\"\n");
        const QString plainLb = apiWith(QStringLiteral("expose = [{ type = \"load-balancer\", port = \"http\" }]"));
        row("compliance.tls_in_transit: a plain load balancer", {{compliance, inTransit}, {catalog, plainLb}},
            "compliance.tls_in_transit", catalog, lineOf(plainLb, QStringLiteral("expose")));
        row("compliance.tls_in_transit: an ingress with TLS",
            {{compliance, inTransit},
             {catalog,
              apiWith(
                  QStringLiteral("expose = [{ type = \"ingress\", host = \"api.example.com\", tls_secret = \"api-tls\" }]"))}},
            "compliance.tls_in_transit", catalog, 0);
        const QString gdpr = QStringLiteral("[compliance]\ngdpr_applicable = true\n");
        row("compliance.gdpr_classification: unclassified database", {{compliance, gdpr}}, "compliance.gdpr_classification",
            catalog, lineOf(RegistryBuilder::baseCatalog(), QStringLiteral("[services.db]")));
        row("compliance.gdpr_classification: classified",
            {{compliance, gdpr},
             {catalog,
              RegistryBuilder::baseCatalog().replace(
                  QStringLiteral("owner = \"@data\""),
                  QStringLiteral("owner = \"@data\"\nproperties = { data_classification = \"personal\" }"))}},
            "compliance.gdpr_classification", catalog, 0);
        const QString shortAudit = QStringLiteral(
            "[compliance]\npci_dss_applicable = true\n[compliance.audit]\nenabled = true\nretention_days = 90\n");
        row("compliance.audit_retention: 90 days under PCI-DSS", {{compliance, shortAudit}}, "compliance.audit_retention",
            compliance, 5);
        row("compliance.audit_retention: a year",
            {{compliance, QString(shortAudit).replace(QStringLiteral("= 90"), QStringLiteral("= 400"))}},
            "compliance.audit_retention", compliance, 0);
    }

    void rules()
    {
        QFETCH(Files, files);
        QFETCH(QString, rule);
        QFETCH(QString, file);
        QFETCH(int, line);
        const PolicyReport report = evaluate(files);
        const QList<PolicyFinding> found = findingsOf(report, rule);
        if (line == 0) {
            for (const auto &f : found)
                qWarning() << "unexpected:" << f.location.toString() << f.message;
            QVERIFY(found.isEmpty());
            return;
        }
        m_covered.insert(rule);
        const PolicyRule *definition = findPolicyRule(rule);
        QVERIFY(definition);
        const bool at = std::any_of(found.cbegin(), found.cend(), [&](const PolicyFinding &f) {
            return f.location.file == file && f.location.line == line && f.severity == definition->severity
                && !f.message.isEmpty();
        });
        if (!at) {
            for (const auto &f : report.findings)
                qWarning() << f.rule << f.location.toString() << f.message;
        }
        QVERIFY2(at, qPrintable(QStringLiteral("%1 expected at %2:%3").arg(rule, file).arg(line)));
    }

    void everyRuleHasFixtures()
    {
        for (const PolicyRule &rule : builtinPolicyRules()) {
            QVERIFY2(m_covered.contains(QString::fromLatin1(rule.id)), rule.id);
            QVERIFY(*rule.rationale && *rule.remediation && *rule.title);
        }
    }

    void waivers()
    {
        const QString privileges = QStringLiteral("[privileges]\nrun_as_non_root = true\n");
        const QString waiver = QStringLiteral(
            "\n[[waivers]]\nrule = \"%1\"\nservice = \"%2\"\n%3reason = \"pilot\"\napproved_by = \"@sec\"\nexpires = %4\n");
        const QString policy = privileges
            + waiver.arg(QStringLiteral("privileges.run_as_non_root"), QStringLiteral("api"), QString(),
                         QStringLiteral("2027-01-31"))
            + waiver.arg(QStringLiteral("privileges.run_as_non_root"), QStringLiteral("db"), QString(),
                         QStringLiteral("2026-11-27"))
            + waiver.arg(QStringLiteral("images.forbid_latest_tag"), QStringLiteral("api"), QString(),
                         QStringLiteral("2027-01-31"))
            + waiver.arg(QStringLiteral("images.no_such_rule"), QStringLiteral("api"), QString(), QStringLiteral("2027-01-31"))
            + waiver.arg(QStringLiteral("resources.health_check"), QStringLiteral("db"), QStringLiteral("project = \"p2\"\n"),
                         QStringLiteral("2027-01-31"));
        const PolicyReport report = evaluate({{security, policy}});
        QCOMPARE(report.waivers.size(), 5);
        QCOMPARE(report.waivers[0].status, WaiverStatus::Active);
        QCOMPARE(report.waivers[0].covered, 1);
        QCOMPARE(report.waivers[1].status, WaiverStatus::Expired); // expired yesterday: covers nothing
        QCOMPARE(report.waivers[2].status, WaiverStatus::Stale); // api's image is pinned
        QCOMPARE(report.waivers[3].status, WaiverStatus::UnknownRule);
        QCOMPARE(report.waivers[4].status, WaiverStatus::Stale); // project p2 has no db
        QCOMPARE(report.waivers[0].waiver.positions.location.line, lineOf(policy, QStringLiteral("[[waivers]]")));

        const QList<PolicyFinding> root = findingsOf(report, QStringLiteral("privileges.run_as_non_root"));
        QCOMPARE(root.size(), 2);
        for (const auto &f : root) {
            QCOMPARE(f.waiver.has_value(), f.service == QLatin1String("api")); // shown as waived, never hidden
            QCOMPARE(f.project, QStringLiteral("p1"));
        }
        QCOMPARE(report.waivedCount(), 1);
        // Unwaived errors (db's run_as_non_root), the expired waiver and the unknown rule.
        QCOMPARE(report.failures(false), report.count(Severity::Error) + 2);
        QCOMPARE(report.failures(true), report.count(Severity::Error) + report.count(Severity::Warning) + 2 + 2);

        // "*" waives the rule for every service (of one project here).
        const QString everyone = privileges
            + waiver.arg(QStringLiteral("privileges.run_as_non_root"), QStringLiteral("*"), QStringLiteral("project = \"p1\"\n"),
                         QStringLiteral("2027-01-31"));
        const PolicyReport all = evaluate({{security, everyone}});
        QCOMPARE(all.waivers[0].covered, 2);
        QCOMPARE(all.count(Severity::Error), 0);

        // The same waiver is valid through its expiry day.
        RegistryBuilder builder;
        builder.set(security, policy);
        const PolicyReport onTheDay = PolicyEngine::evaluate(*RegistryLoader::load(builder.write()), QDate(2026, 11, 27));
        QCOMPARE(onTheDay.waivers[1].status, WaiverStatus::Active);
    }

    void securityScopeRunsSecurityAndComplianceOnly()
    {
        const PolicyReport report
            = evaluate({{security, QStringLiteral("[privileges]\nrun_as_non_root = true\n")}}, PolicyEngine::Scope::Security);
        QVERIFY(!report.findings.isEmpty());
        for (const auto &f : report.findings) {
            const QLatin1String area(findPolicyRule(f.rule)->area);
            QVERIFY2(area == QLatin1String("security") || area == QLatin1String("compliance"), qPrintable(f.rule));
        }
    }

    void cliExitCodesAndJson()
    {
        RegistryBuilder builder;
        builder.set(security,
                    QStringLiteral("[privileges]\nrun_as_non_root = true\n\n[[waivers]]\nrule = \"privileges.run_as_non_root\"\n"
                                   "service = \"db\"\nreason = \"image runs as postgres after init\"\napproved_by = \"@sec\"\n"
                                   "expires = 2027-01-31\n"));
        const QString root = builder.write();
        const QStringList base{QStringLiteral("--registry"), root, QStringLiteral("--today"), QStringLiteral("2026-11-28")};

        Run run = cli(QStringList{QStringLiteral("security-check")} + base);
        QCOMPARE(run.exitCode, 1); // api's run_as_non_root is not waived
        QVERIFY2(
            run.out.contains(root
                             + QStringLiteral("/services/catalog.toml:12:1: error privileges.run_as_non_root: 'api' does not set "
                                              "security.run_as_non_root = true [p1/api]")),
            qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("waived privileges.run_as_non_root: 'db'")));
        QVERIFY(run.out.endsWith(QStringLiteral("1 error, 0 warnings, 0 notes, 1 waived\n")));

        run = cli(
            QStringList{QStringLiteral("policy"), QStringLiteral("check"), QStringLiteral("--format"), QStringLiteral("json")}
            + base);
        QCOMPARE(run.exitCode, 1);
        const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
        const QJsonObject summary = json.value(QStringLiteral("summary")).toObject();
        QCOMPARE(summary.value(QStringLiteral("error")).toInt(), 1);
        QCOMPARE(summary.value(QStringLiteral("waived")).toInt(), 1);
        QVERIFY(summary.value(QStringLiteral("warning")).toInt() >= 2); // no resources, no health checks
        const QJsonArray findings = json.value(QStringLiteral("findings")).toArray();
        const auto waived = std::find_if(findings.begin(), findings.end(), [](const QJsonValue &v) {
            return v.toObject().value(QStringLiteral("waived")).toBool();
        });
        QVERIFY(waived != findings.end());
        const QJsonObject w = waived->toObject();
        QCOMPARE(w.value(QStringLiteral("rule")).toString(), QStringLiteral("privileges.run_as_non_root"));
        QCOMPARE(w.value(QStringLiteral("service")).toString(), QStringLiteral("db"));
        QCOMPARE(w.value(QStringLiteral("project")).toString(), QStringLiteral("p1"));
        QCOMPARE(w.value(QStringLiteral("line")).toInt(), 4);
        QCOMPARE(w.value(QStringLiteral("waiver")).toObject().value(QStringLiteral("expires")).toString(),
                 QStringLiteral("2027-01-31"));
        QCOMPARE(w.value(QStringLiteral("waiver")).toObject().value(QStringLiteral("line")).toInt(), 4);
        const QJsonArray waivers = json.value(QStringLiteral("waivers")).toArray();
        QCOMPARE(waivers.size(), 1);
        QCOMPARE(waivers[0].toObject().value(QStringLiteral("status")).toString(), QStringLiteral("active"));

        // After the expiry date the waiver is an error of its own, and db's finding counts again.
        run = cli(QStringList{QStringLiteral("security-check"), QStringLiteral("--registry"), root, QStringLiteral("--today"),
                              QStringLiteral("2027-02-01")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.contains(
            QStringLiteral("error waiver: the waiver of privileges.run_as_non_root for db expired on 2027-01-31")));
        QVERIFY(run.out.endsWith(QStringLiteral("2 errors, 0 warnings, 0 notes, 0 waived\n")));

        QCOMPARE(cli(QStringList{QStringLiteral("security-check"), QStringLiteral("--fail-on"), QStringLiteral("never")} + base)
                     .exitCode,
                 0);
        QCOMPARE(
            cli(QStringList{QStringLiteral("security-check"), QStringLiteral("--fail-on"), QStringLiteral("sometimes")} + base)
                .exitCode,
            2);
        run = cli(QStringList{QStringLiteral("security-check"), QStringLiteral("--registry"), root, QStringLiteral("--today"),
                              QStringLiteral("28/11/2026")});
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.err, QStringLiteral("service-registry: --today '28/11/2026' is not a date; write it as 2026-11-28\n"));
    }

    void cliSarifAndJUnit()
    {
        RegistryBuilder builder;
        builder.set(
            security,
            QStringLiteral("[privileges]\nrun_as_non_root = true\n\n[[waivers]]\nrule = \"privileges.run_as_non_root\"\n"
                           "service = \"db\"\nreason = \"init runs as root\"\napproved_by = \"@sec\"\nexpires = 2027-01-31\n"));
        const QString root = builder.write();
        const QStringList base{QStringLiteral("security-check"), QStringLiteral("--registry"), root,
                               QStringLiteral("--today"),        QStringLiteral("2026-11-28"), QStringLiteral("--format")};

        int inScope = 0;
        for (const PolicyRule &rule : builtinPolicyRules())
            inScope += isSecurityArea(QString::fromLatin1(rule.area));

        // SARIF: a descriptor per rule evaluated, one result per finding, a suppression for the waived one.
        Run run = cli(base + QStringList{QStringLiteral("sarif")});
        QCOMPARE(run.exitCode, 1);
        const QJsonObject sarif = QJsonDocument::fromJson(run.out.toUtf8()).object();
        const QJsonObject sarifRun = sarif.value(QStringLiteral("runs")).toArray().first().toObject();
        const QJsonArray rules = sarifRun.value(QStringLiteral("tool"))
                                     .toObject()
                                     .value(QStringLiteral("driver"))
                                     .toObject()
                                     .value(QStringLiteral("rules"))
                                     .toArray();
        QCOMPARE(rules.size(), qsizetype(inScope));
        QCOMPARE(rules[0].toObject().value(QStringLiteral("help")).toObject().value(QStringLiteral("text")).toString(),
                 QString::fromLatin1(builtinPolicyRules()[0].remediation));
        const QJsonArray results = sarifRun.value(QStringLiteral("results")).toArray();
        QCOMPARE(results.size(), 2);
        int suppressed = 0;
        for (const auto &r : results) {
            const QJsonObject result = r.toObject();
            QCOMPARE(result.value(QStringLiteral("ruleId")).toString(), QStringLiteral("privileges.run_as_non_root"));
            const QJsonArray suppressions = result.value(QStringLiteral("suppressions")).toArray();
            if (suppressions.isEmpty())
                continue;
            ++suppressed;
            QCOMPARE(result.value(QStringLiteral("properties")).toObject().value(QStringLiteral("service")).toString(),
                     QStringLiteral("db"));
            QCOMPARE(suppressions[0].toObject().value(QStringLiteral("justification")).toString(),
                     QStringLiteral("init runs as root (approved by @sec, until 2027-01-31)"));
        }
        QCOMPARE(suppressed, 1);

        // JUnit: one suite per project, one case per rule in scope and service; parsed back.
        run = cli(base + QStringList{QStringLiteral("junit")});
        QCOMPARE(run.exitCode, 1);
        QXmlStreamReader xml(run.out);
        int cases = 0;
        int failures = 0;
        int skipped = 0;
        QString failedCase;
        QString current;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == QLatin1String("testcase")) {
                ++cases;
                current = xml.attributes().value(QStringLiteral("classname")).toString() + QLatin1Char(' ')
                    + xml.attributes().value(QStringLiteral("name")).toString();
            } else if (xml.name() == QLatin1String("failure")) {
                ++failures;
                failedCase = current;
            } else if (xml.name() == QLatin1String("skipped")) {
                ++skipped;
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(cases, 2 * (inScope - 1) + 1); // two services; the audit rule once for the registry
        QCOMPARE(failures, 1);
        QCOMPARE(failedCase, QStringLiteral("p1.api privileges.run_as_non_root"));
        QCOMPARE(skipped, 1);
    }

    void customRules_data()
    {
        QTest::addColumn<QString>("condition"); ///< the [rules.condition] body
        QTest::addColumn<QString>("select"); ///< the [rules.select] body, or empty
        QTest::addColumn<QStringList>("violators"); ///< services found, in order
        auto row = [](const char *name, const char *condition, const char *select, QStringList violators) {
            QTest::newRow(name) << QString::fromUtf8(condition) << QString::fromUtf8(select) << violators;
        };
        const QString api = QStringLiteral("api");
        const QString db = QStringLiteral("db");
        // The base catalog: db (database, postgres:15, port 5432), api (api, api:1.2.0, port 8080).
        row("exists", "field = \"resources.memory_limit\"\noperator = \"exists\"", "", {db, api});
        row("exists, expect false", "field = \"description\"\noperator = \"exists\"\nexpect = false", "", {});
        row("equals", "field = \"owner\"\noperator = \"equals\"\nvalue = \"@core\"", "", {db});
        row("matches", "field = \"image\"\noperator = \"matches\"\nvalue = \"[a-z]+:[0-9]+[.][0-9]+[.][0-9]+\"", "",
            {db}); // postgres:15 has no full version
        row("matches is anchored", "field = \"image\"\noperator = \"matches\"\nvalue = \"api\"", "", {db, api});
        row("in", "field = \"type\"\noperator = \"in\"\nvalue = [\"api\", \"web\"]", "", {db});
        row("< on numbers", "field = \"ports\"\noperator = \"<\"\nvalue = 6000", "", {api});
        row(">= on numbers", "field = \"ports\"\noperator = \">=\"\nvalue = 8080", "", {db});
        row("> with expect false", "field = \"ports\"\noperator = \">\"\nvalue = 8000\nexpect = false", "", {api});
        row("<= on a key of a map", "field = \"environment.POOL\"\noperator = \"<=\"\nvalue = 10", "", {db, api});
        row("selector: type", "field = \"owner\"\noperator = \"equals\"\nvalue = \"@nobody\"", "type = \"database\"", {db});
        row("selector: criticality and project", "field = \"owner\"\noperator = \"equals\"\nvalue = \"@nobody\"",
            "project = [\"p1\"]\ncriticality = [\"medium\"]", {db, api});
        row("selector: another project", "field = \"owner\"\noperator = \"equals\"\nvalue = \"@nobody\"", "project = \"p2\"", {});
        row("selector: owner", "field = \"owner\"\noperator = \"equals\"\nvalue = \"@nobody\"", "owner = \"@core\"", {api});
        row("selector: tag", "field = \"owner\"\noperator = \"equals\"\nvalue = \"@nobody\"", "tag = \"edge\"", {});
    }
    void customRules()
    {
        QFETCH(QString, condition);
        QFETCH(QString, select);
        QFETCH(QStringList, violators);
        const QString rules
            = QStringLiteral(
                  "[[rules]]\nid = \"team.rule\"\nseverity = \"warning\"\nmessage = \"{service} in {project}: {value}\"\n"
                  "remediation = \"fix it\"\n")
            + (select.isEmpty() ? QString() : QStringLiteral("[rules.select]\n") + select + QLatin1Char('\n'))
            + QStringLiteral("[rules.condition]\n") + condition + QLatin1Char('\n');
        const PolicyReport report = evaluate({{QStringLiteral("policies/rules.toml"), rules}});
        QStringList found;
        for (const auto &f : findingsOf(report, QStringLiteral("team.rule"))) {
            found.append(f.service);
            QCOMPARE(f.severity, Severity::Warning);
            QVERIFY(f.message.startsWith(f.service + QStringLiteral(" in p1: ")));
        }
        QCOMPARE(found, violators);
        QVERIFY(std::any_of(report.rules.cbegin(), report.rules.cend(),
                            [](const PolicyRuleInfo &r) { return r.custom && r.id == QLatin1String("team.rule"); }));
    }

    void badCustomRules_data()
    {
        QTest::addColumn<QString>("rules");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("line");
        const QString head = QStringLiteral("[[rules]]\nid = \"team.rule\"\nmessage = \"m\"\nremediation = \"r\"\n");
        auto row = [&](const char *name, const QString &rules, const char *code, int line) {
            QTest::newRow(name) << rules << QString::fromLatin1(code) << line;
        };
        row("unknown operator",
            head + QStringLiteral("[rules.condition]\nfield = \"owner\"\noperator = \"like\"\nvalue = \"x\"\n"), "SR007", 7);
        row("unknown field", head + QStringLiteral("[rules.condition]\nfield = \"ownr\"\noperator = \"exists\"\n"), "SR007", 6);
        row("invalid regular expression",
            head + QStringLiteral("[rules.condition]\nfield = \"owner\"\noperator = \"matches\"\nvalue = \"(\"\n"), "SR007", 8);
        row("no value", head + QStringLiteral("[rules.condition]\nfield = \"owner\"\noperator = \"equals\"\n"), "SR004", 5);
        row("in without a list",
            head + QStringLiteral("[rules.condition]\nfield = \"owner\"\noperator = \"in\"\nvalue = \"x\"\n"), "SR003", 8);
        row("< with text", head + QStringLiteral("[rules.condition]\nfield = \"ports\"\noperator = \"<\"\nvalue = \"many\"\n"),
            "SR007", 8);
        row("no condition", head, "SR004", 1);
        row("no remediation",
            QStringLiteral(
                "[[rules]]\nid = \"team.rule\"\nmessage = \"m\"\n[rules.condition]\nfield = \"owner\"\noperator = \"exists\"\n"),
            "SR004", 1);
        row("bad severity",
            QString(head).replace(QStringLiteral("message"), QStringLiteral("severity = \"fatal\"\nmessage"))
                + QStringLiteral("[rules.condition]\nfield = \"owner\"\noperator = \"exists\"\n"),
            "SR007", 3);
        row("unknown type in the selector",
            head
                + QStringLiteral("[rules.select]\ntype = [\"api\", \"lambda\"]\n[rules.condition]\nfield = \"owner\"\noperator = "
                                 "\"exists\"\n"),
            "SR007", 6);
        row("two rules with one id",
            head + QStringLiteral("[rules.condition]\nfield = \"owner\"\noperator = \"exists\"\n") + head
                + QStringLiteral("[rules.condition]\nfield = \"owner\"\noperator = \"exists\"\n"),
            "SR006", 9);
        row("a built-in rule's id",
            QString(head).replace(QStringLiteral("team.rule"), QStringLiteral("images.forbid_latest_tag"))
                + QStringLiteral("[rules.condition]\nfield = \"owner\"\noperator = \"exists\"\n"),
            "SR006", 2);
        row("an id with capitals",
            QString(head).replace(QStringLiteral("team.rule"), QStringLiteral("Team.Rule"))
                + QStringLiteral("[rules.condition]\nfield = \"owner\"\noperator = \"exists\"\n"),
            "SR005", 2);
    }
    void badCustomRules()
    {
        QFETCH(QString, rules);
        QFETCH(QString, code);
        QFETCH(int, line);
        RegistryBuilder builder;
        builder.set(QStringLiteral("policies/rules.toml"), rules);
        const Diagnostics diagnostics = Validator::validate(*RegistryLoader::load(builder.write()));
        const bool found = std::any_of(diagnostics.cbegin(), diagnostics.cend(), [&](const Diagnostic &d) {
            return d.code == code && d.location.file == QLatin1String("policies/rules.toml") && d.location.line == line
                && !d.hint.isEmpty();
        });
        if (!found) {
            for (const auto &d : diagnostics)
                qWarning() << d.code << d.location.toString() << d.message;
        }
        QVERIFY(found);
    }

    void waiverOfACustomRule()
    {
        const QString rules = QStringLiteral("[[rules]]\nid = \"team.owner\"\nmessage = \"m\"\nremediation = \"r\"\n"
                                             "[rules.condition]\nfield = \"owner\"\noperator = \"equals\"\nvalue = \"@core\"\n");
        const QString waiver
            = QStringLiteral("[[waivers]]\nrule = \"team.owner\"\nservice = \"db\"\nreason = \"r\"\napproved_by = \"@a\"\n"
                             "expires = 2027-01-01\n");
        const PolicyReport report = evaluate({{QStringLiteral("policies/rules.toml"), rules}, {security, waiver}});
        QCOMPARE(report.waivers.size(), 1);
        QCOMPARE(report.waivers[0].status, WaiverStatus::Active);
        QCOMPARE(findingsOf(report, QStringLiteral("team.owner")).size(), 1);
        QVERIFY(findingsOf(report, QStringLiteral("team.owner"))[0].waiver.has_value());
        // security-check does not run custom rules unless they say area = "security".
        QVERIFY(evaluate({{QStringLiteral("policies/rules.toml"), rules}}, PolicyEngine::Scope::Security).findings.isEmpty());
        QCOMPARE(evaluate({{QStringLiteral("policies/rules.toml"),
                            QString(rules).replace(QStringLiteral("message"), QStringLiteral("area = \"security\"\nmessage"))}},
                          PolicyEngine::Scope::Security)
                     .findings.size(),
                 1);
    }

    void requiredApprovals()
    {
        const QString governance = QStringLiteral(
            "[change_control]\nbreaking_changes_require = [\"@platform-team\", \"@security-team\"]\n"
            "version_bumps_require = [\"@maintainer\"]\nconfig_changes_require = [\"@ops-team\"]\n"
            "new_services_require = [\"@platform-team\"]\nmin_approvals = 2\n\n"
            "[groups.platform-team]\nmembers = [\"alice\", \"bob\"]\n\n[groups.security-team]\nmembers = [\"carol\"]\n\n"
            "[groups.ops-team]\nmembers = [\"dave\"]\n");
        GitRepository repo;
        repo.write(QStringLiteral("services/catalog.toml"), RegistryBuilder::baseCatalog());
        repo.write(project, RegistryBuilder::baseProject());
        repo.write(QStringLiteral("policies/governance.toml"), governance);
        repo.commit("base");
        // db 15 → 16 (breaking), api 1.2.0 → 1.3.0 (a version bump), a new project service.
        QString catalogText = RegistryBuilder::baseCatalog();
        catalogText.replace(QStringLiteral("version = \"15.0.0\""), QStringLiteral("version = \"16.0.0\""))
            .replace(QStringLiteral("version = \"1.2.0\""), QStringLiteral("version = \"1.3.0\""));
        repo.write(QStringLiteral("services/catalog.toml"), catalogText);
        repo.write(project,
                   RegistryBuilder::baseProject()
                       + QStringLiteral("\n[services.web]\ndisplay_name = \"Web\"\ntype = \"web\"\nversion = \"1.0.0\"\n"
                                        "image = \"web:1\"\nowner = \"@p1\"\n"));
        repo.commit("head");
        // And, not committed, a config change: the api's image.
        repo.write(
            QStringLiteral("services/catalog.toml"),
            QString(catalogText).replace(QStringLiteral("image = \"api:1.2.0\""), QStringLiteral("image = \"api:1.3.0\"")));

        const RegistryPtr base
            = RegistryLoader::load(GitRevisionSource::open(repo.path(), QStringLiteral("HEAD~1"), nullptr), {});
        const RegistryPtr head = RegistryLoader::load(GitRevisionSource::open(repo.path(), QStringLiteral("HEAD"), nullptr), {});
        const RequiredApprovals required = RequiredApprovals::between(*base, *head);
        QStringList changes;
        for (const ServiceChange &c : required.changes)
            changes.append(QStringLiteral("%1 %2/%3").arg(nameOf(c.kind), c.scope, c.service));
        // The global catalog, then the project (which resolves the same two services again).
        QCOMPARE(changes,
                 (QStringList{QStringLiteral("version bump global/api"), QStringLiteral("breaking global/db"),
                              QStringLiteral("version bump p1/api"), QStringLiteral("breaking p1/db"),
                              QStringLiteral("new service p1/web")}));
        QCOMPARE(required.changes[1].detail,
                 QStringLiteral("version 15.0.0 → 16.0.0; fields: version; breaking: version-major-bump"));
        QCOMPARE(required.minApprovals, 2);
        QStringList groups;
        for (const GroupApproval &g : required.groups)
            groups.append(g.group + QLatin1Char('=') + g.members.join(QLatin1Char(',')));
        QCOMPARE(groups,
                 (QStringList{QStringLiteral("@core="), QStringLiteral("@platform-team=alice,bob"),
                              QStringLiteral("@security-team=carol")}));
        QVERIFY(!required.groups[0].defined); // the api's owner, standing in for @maintainer
        QCOMPARE(required.groups[1].because, (QList<ChangeKind>{ChangeKind::Breaking, ChangeKind::NewService}));
        QCOMPARE(required.groups[1].services,
                 (QStringList{QStringLiteral("global/db"), QStringLiteral("p1/db"), QStringLiteral("p1/web")}));

        // The CLI, against the working tree: the image change adds the ops team.
        const Run run = cli({QStringLiteral("approvals"), QStringLiteral("--registry"), repo.path(), QStringLiteral("--base"),
                             QStringLiteral("HEAD~1"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("min_approvals")).toInt(), 2);
        const QJsonArray jsonGroups = json.value(QStringLiteral("groups")).toArray();
        QCOMPARE(jsonGroups.size(), 3); // the image change is part of api's version bump: the maintainer approves it
        const Run text = cli({QStringLiteral("approvals"), QStringLiteral("--registry"), repo.path(), QStringLiteral("--base"),
                              QStringLiteral("HEAD~1"), QStringLiteral("--head"), QStringLiteral("HEAD")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains(
                     QStringLiteral("  @platform-team (alice, bob): breaking, new service — global/db, p1/db, p1/web\n")),
                 qPrintable(text.out));
        QVERIFY(
            text.out.contains(QStringLiteral("  @core (not a group of governance.toml): version bump — global/api, p1/api\n")));
        QCOMPARE(cli({QStringLiteral("approvals"), QStringLiteral("--registry"), repo.path()}).exitCode, 2); // no --base
    }

    void cliListAndExplain()
    {
        Run run = cli({QStringLiteral("policy"), QStringLiteral("list")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.count(QLatin1Char('\n')), qsizetype(builtinPolicyRules().size()));
        QVERIFY(run.out.contains(QStringLiteral("images.forbid_latest_tag")));
        run = cli({QStringLiteral("policy"), QStringLiteral("explain"), QStringLiteral("privileges.read_only_root_fs")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.startsWith(QStringLiteral("privileges.read_only_root_fs (error, security)\n")));
        QVERIFY(run.out.contains(QStringLiteral("Fix: Set security.read_only_root_fs = true")));
        // With --registry, the registry's custom rules too.
        RegistryBuilder builder;
        builder.set(
            QStringLiteral("policies/rules.toml"),
            QStringLiteral("[[rules]]\nid = \"team.limit\"\ntitle = \"Memory limit\"\nmessage = \"m\"\nremediation = \"set it\"\n"
                           "[rules.condition]\nfield = \"resources.memory_limit\"\noperator = \"exists\"\n"));
        const QString root = builder.write();
        run = cli({QStringLiteral("policy"), QStringLiteral("list"), QStringLiteral("--registry"), root});
        QCOMPARE(run.out.count(QLatin1Char('\n')), qsizetype(builtinPolicyRules().size()) + 1);
        QVERIFY(run.out.endsWith(QStringLiteral("Memory limit\n")));
        run = cli({QStringLiteral("policy"), QStringLiteral("explain"), QStringLiteral("--registry"), root,
                   QStringLiteral("team.limit")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out,
                 QStringLiteral("team.limit (error, custom)\nMemory limit\n\nFix: set it\n\nDefined at policies/rules.toml:1\n"));
        run = cli({QStringLiteral("policy"), QStringLiteral("explain"), QStringLiteral("images.latest")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QStringLiteral("no policy rule 'images.latest'")));
    }

private:
    QSet<QString> m_covered;
};

SR_TEST_MAIN(TestPolicy)
#include "tst_policy.moc"
