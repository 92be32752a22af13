// Loading and resolving the bundled example registry: the test fixture that uses
// every feature of the format.

#include "testmain.h"

#include "analysis/dependencygraph.h"
#include "analysis/validator.h"
#include "catalog/registryloader.h"

#include <QMutex>

using namespace sr;

namespace {
const ResolvedService &resolvedIn(const Registry &registry, const QString &project, const QString &id)
{
    const Project *p = registry.project(project);
    if (!p || !p->find(id))
        qFatal("%s/%s not resolved", qPrintable(project), qPrintable(id));
    return *p->find(id);
}
QString env(const Service &s, const QString &name)
{
    for (const auto &e : s.environment) {
        if (e.name == name)
            return e.value;
    }
    return {};
}
} // namespace

class TestLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_root = QStringLiteral(SR_EXAMPLE_REGISTRY);
        m_registry = RegistryLoader::load(m_root);
        QVERIFY(m_registry);
    }

    void exampleValidatesWithOnlyDeprecationWarnings()
    {
        const Diagnostics diagnostics = Validator::validate(*m_registry);
        QCOMPARE(countBySeverity(diagnostics, Severity::Error), 0);
        QCOMPARE(diagnostics.size(), 2);
        for (const auto &d : diagnostics)
            QCOMPARE(d.code, QStringLiteral("SR016"));
    }

    void catalogAndVersions()
    {
        const Registry &r = *m_registry;
        QCOMPARE(r.catalog.version, QStringLiteral("1.2.0"));
        QCOMPARE(r.catalog.services.size(), 14);
        // File order, not key order.
        QCOMPARE(r.catalog.services.first()->id, QStringLiteral("api-gateway"));
        QCOMPARE(r.catalog.services.last()->id, QStringLiteral("object-storage"));
        QCOMPARE(r.catalog.patterns.size(), 3);
        QCOMPARE(r.catalog.patterns.first().id, QStringLiteral("web-stack"));
        QCOMPARE(r.versions.size(), 3);
        QCOMPARE(r.snapshots.size(), 2);
        QCOMPARE(r.snapshots.value(QStringLiteral("1.0.0")).services.size(), 3);
        QCOMPARE(r.snapshots.value(QStringLiteral("1.1.0")).services.size(), 6);
        QCOMPARE(r.versions[0].released, QStringLiteral("2026-03-02"));
        QVERIFY(r.policies.governance && r.policies.security && r.policies.compliance && r.policies.sla);
        QCOMPARE(r.projects.size(), 3);
        QCOMPARE(r.projects[0].name, QStringLiteral("analytics"));
        QCOMPARE(r.serviceCount(), 14 + 2 + 2 + 2);
    }

    void fieldsKeepTheirPositions()
    {
        const ServicePtr gateway = m_registry->catalog.service(QStringLiteral("api-gateway"));
        QVERIFY(gateway);
        const QString catalogFile = QStringLiteral("services/catalog.toml");
        QCOMPARE(gateway->location, (SourceLocation{catalogFile, 21, 1}));
        QCOMPARE(gateway->sourceOf(QStringLiteral("version"))->location, (SourceLocation{catalogFile, 25, 11}));
        QCOMPARE(gateway->sourceOf(QStringLiteral("resources.memory"))->location.line, 44);
        QCOMPARE(gateway->ports.size(), 2);
        QCOMPARE(gateway->ports[1].port, 8443);
        QCOMPARE(gateway->ports[1].location.line, 33);
        QCOMPARE(gateway->dependencies.size(), 3);
        QCOMPARE(gateway->dependencies[0].target, QStringLiteral("auth"));
        QCOMPARE(gateway->dependencies[0].constraint, QStringLiteral("^2.1"));
        QCOMPARE(gateway->dependencies[2].optional, true);
        QCOMPARE(env(*gateway, QStringLiteral("RATE_LIMIT_PER_MINUTE")), QStringLiteral("600"));
        QCOMPARE(gateway->properties.value(QStringLiteral("rate_limit")).toMap().value(QStringLiteral("burst")).toInt(), 100);
    }

    void sourceRangesOnTheExample()
    {
        // Key and value spans, with byte offsets that cut the very text out of the file.
        QFile file(m_root + QStringLiteral("/services/catalog.toml"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        auto cut = [&text](const SourceRange &r) {
            return QString::fromUtf8(text.mid(r.begin.offset, r.end.offset - r.begin.offset));
        };
        const ServicePtr gateway = m_registry->catalog.service(QStringLiteral("api-gateway"));
        const FieldSource *version = gateway->sourceOf(QStringLiteral("version"));
        QCOMPARE(version->key.begin.line, 25);
        QCOMPARE(version->key.begin.column, 1);
        QCOMPARE(version->key.end.column, 8);
        QCOMPARE(cut(version->key), QStringLiteral("version"));
        QCOMPARE(cut(version->location.range()), QStringLiteral("\"2.4.1\""));
        // A multi-line array: from its bracket on line 31 to the one on line 34.
        const FieldSource *ports = gateway->sourceOf(QStringLiteral("ports"));
        QCOMPARE(ports->location.line, 31);
        QCOMPARE(ports->location.end.line, 34);
        QVERIFY(cut(ports->location.range()).startsWith(QLatin1String("[\n  { name = \"http\", port = 8080 },")));
        QCOMPARE(gateway->ports[1].location.line, 33);
        QCOMPARE(cut(gateway->ports[1].location.range()), QStringLiteral("{ name = \"https\", port = 8443 }"));
        // An inline table and one of its members.
        const FieldSource *health = gateway->sourceOf(QStringLiteral("health_check"));
        QVERIFY(cut(health->location.range()).startsWith(QLatin1String("{ type = \"http\"")));
        QVERIFY(cut(health->location.range()).endsWith(QLatin1String("retries = 3 }")));
        QCOMPARE(cut(gateway->sourceOf(QStringLiteral("health_check.path"))->location.range()), QStringLiteral("\"/healthz\""));
        // A key of a [table.sub] section, and a dependency entry of a multi-line array.
        QCOMPARE(cut(gateway->sourceOf(QStringLiteral("resources.memory"))->key), QStringLiteral("memory"));
        QCOMPARE(cut(gateway->dependencies[1].location.range()),
                 QStringLiteral("{ service = \"redis\", version = \">=7.0, <8\" }"));
        // Dotted keys in an override: projects/shop/services.toml `resources.memory = "4Gi"`.
        const FieldSource *memory = m_registry->project(QStringLiteral("shop"))
                                        ->find(QStringLiteral("postgresql"))
                                        ->service->sourceOf(QStringLiteral("resources.memory"));
        QFile shop(m_root + QStringLiteral("/projects/shop/services.toml"));
        QVERIFY(shop.open(QIODevice::ReadOnly));
        const QByteArray shopText = shop.readAll();
        QCOMPARE(shopText.mid(memory->key.begin.offset, memory->key.end.offset - memory->key.begin.offset), QByteArray("memory"));
        QCOMPARE(shopText.mid(memory->location.offset, memory->location.end.offset - memory->location.offset),
                 QByteArray("\"4Gi\""));
    }

    void overridesDeepMergeAndKeepOrigins()
    {
        const Registry &r = *m_registry;
        const QString shopFile = QStringLiteral("projects/shop/services.toml");
        const ResolvedService &pg = resolvedIn(r, QStringLiteral("shop"), QStringLiteral("postgresql"));
        QCOMPARE(pg.origin, Origin::Override);
        QCOMPARE(pg.service->resources.memory, QStringLiteral("4Gi"));
        QCOMPARE(pg.service->resources.cpu, QStringLiteral("1")); // kept from the global table
        QCOMPARE(env(*pg.service, QStringLiteral("POSTGRES_DB")), QStringLiteral("shop"));
        QCOMPARE(env(*pg.service, QStringLiteral("PGDATA")), QStringLiteral("/var/lib/postgresql/data/pgdata"));

        const FieldSource *memory = pg.service->sourceOf(QStringLiteral("resources.memory"));
        QCOMPARE(memory->origin, Origin::Override);
        QCOMPARE(memory->location, (SourceLocation{shopFile, 14, 20}));
        const FieldSource *cpu = pg.service->sourceOf(QStringLiteral("resources.cpu"));
        QCOMPARE(cpu->origin, Origin::Global);
        QCOMPARE(cpu->location.file, QStringLiteral("services/catalog.toml"));
        QCOMPARE(pg.service->sourceOf(QStringLiteral("version"))->origin, Origin::Global);

        // The global definition is untouched for other projects.
        QCOMPARE(m_registry->catalog.service(QStringLiteral("postgresql"))->resources.memory, QStringLiteral("1Gi"));

        // Lists replace.
        const ResolvedService &redis = resolvedIn(r, QStringLiteral("payments"), QStringLiteral("redis"));
        QCOMPARE(redis.service->ports.size(), 1);
        QCOMPARE(redis.service->ports[0].port, 6380);
        QCOMPARE(redis.service->ports[0].location.file, QStringLiteral("projects/payments/services.toml"));
        const ResolvedService &api = resolvedIn(r, QStringLiteral("shop"), QStringLiteral("core-api"));
        QCOMPARE(api.service->tags, QStringList({QStringLiteral("rest"), QStringLiteral("shop")}));
        QCOMPARE(env(*api.service, QStringLiteral("FEATURE_FLAGS")), QStringLiteral("search,export,wishlist"));
        QCOMPARE(env(*api.service, QStringLiteral("DB_POOL_SIZE")), QStringLiteral("20"));
        QCOMPARE(api.service->dependencies.size(), 4);
        QCOMPARE(api.service->dependencies[0].location.file, QStringLiteral("services/catalog.toml"));
    }

    void projectServicesAndPinning()
    {
        const Registry &r = *m_registry;
        const Project *payments = r.project(QStringLiteral("payments"));
        QCOMPARE(payments->catalogVersion, QStringLiteral("1.1.0"));
        QCOMPARE(&r.catalogFor(*payments), &r.snapshots.find(QStringLiteral("1.1.0")).value());
        // Pinned: auth comes from the 1.1.0 snapshot.
        QCOMPARE(resolvedIn(r, QStringLiteral("payments"), QStringLiteral("auth")).service->version, QStringLiteral("2.2.1"));
        QCOMPARE(resolvedIn(r, QStringLiteral("shop"), QStringLiteral("auth")).service->version, QStringLiteral("2.3.0"));

        const ResolvedService &paymentApi = resolvedIn(r, QStringLiteral("payments"), QStringLiteral("payment-api"));
        QCOMPARE(paymentApi.origin, Origin::Project);
        QVERIFY(paymentApi.service->shared);
        QCOMPARE(paymentApi.service->sourceOf(QStringLiteral("image"))->origin, Origin::Project);

        QStringList shop;
        for (const auto &s : r.project(QStringLiteral("shop"))->resolved)
            shop.append(s.service->id);
        QCOMPARE(shop,
                 QStringList({QStringLiteral("api-gateway"), QStringLiteral("auth"), QStringLiteral("core-api"),
                              QStringLiteral("web-frontend"), QStringLiteral("worker"), QStringLiteral("postgresql"),
                              QStringLiteral("redis"), QStringLiteral("rabbitmq"), QStringLiteral("vault"),
                              QStringLiteral("notifier"), QStringLiteral("cart"), QStringLiteral("recommendations")}));
    }

    void exampleUsesTheNewestFormat()
    {
        const Registry &r = *m_registry;
        QCOMPARE(r.format, QStringLiteral("1.2"));
        QCOMPARE(r.versions[0].format, QStringLiteral("1.0"));
        QCOMPARE(r.versions[1].format, QStringLiteral("1.1"));
        QCOMPARE(r.versions[2].format, QStringLiteral("1.2"));

        // A front end published on 80, listening on 8080, reached through an ingress.
        const ServicePtr web = r.catalog.service(QStringLiteral("web-frontend"));
        QCOMPARE(web->ports.size(), 1);
        QCOMPARE(web->ports[0].port, 80);
        QCOMPARE(web->ports[0].targetPort(), 8080);
        QCOMPARE(web->ports[0].protocol, QStringLiteral("http"));
        QCOMPARE(web->ports[0].text(), QStringLiteral("80→8080/http"));
        QCOMPARE(web->exposures.size(), 1);
        QCOMPARE(web->exposures[0].type, ExposureType::Ingress);
        QCOMPARE(web->exposures[0].host, QStringLiteral("shop.corp.example"));
        QCOMPARE(web->exposures[0].tlsSecret, QStringLiteral("shop-tls"));
        QCOMPARE(web->exposures[0].path, QStringLiteral("/"));
        QCOMPARE(web->volumes.size(), 3);
        QCOMPARE(web->volumes[0].type, VolumeType::Config);
        QCOMPARE(web->volumes[0].file, QStringLiteral("files/web-frontend/default.conf"));
        QVERIFY(web->volumes[0].readOnly);
        QCOMPARE(web->volumes[1].type, VolumeType::Ephemeral);
        QCOMPARE(web->volumes[1].size, QStringLiteral("64Mi"));
        QCOMPARE(web->security.runAsUser, std::optional<qint64>(101));
        QCOMPARE(web->security.readOnlyRootFs, std::optional<bool>(true));
        QCOMPARE(web->security.privileged, std::optional<bool>(false));
        QCOMPARE(r.catalog.service(QStringLiteral("redis"))->security.privileged, std::optional<bool>()); // unset
        QCOMPARE(web->security.capabilitiesDrop, QStringList{QStringLiteral("ALL")});
        QCOMPARE(web->labels.value(QStringLiteral("app.kubernetes.io/part-of")), QStringLiteral("web-stack"));
        QCOMPARE(web->dependencies[0].condition, std::optional<DependencyCondition>(DependencyCondition::Healthy));
        QCOMPARE(web->dependencies[0].port, QStringLiteral("http"));

        // A database whose data path gets a persistent volume; a health check in exec form.
        const ServicePtr pg = r.catalog.service(QStringLiteral("postgresql"));
        const QList<Volume> volumes = pg->effectiveVolumes();
        QCOMPARE(volumes.size(), 1);
        QCOMPARE(volumes[0].name, QStringLiteral("data"));
        QCOMPARE(volumes[0].type, VolumeType::Persistent);
        QCOMPARE(volumes[0].mountPath, QStringLiteral("/var/lib/postgresql/data"));
        QCOMPARE(volumes[0].size, QStringLiteral("1Gi"));
        QCOMPARE(pg->healthCheck->exec,
                 (QStringList{QStringLiteral("pg_isready"), QStringLiteral("-U"), QStringLiteral("postgres")}));
        QCOMPARE(pg->healthCheck->startPeriod, QStringLiteral("30s"));
        QCOMPARE(pg->security.fsGroup, std::optional<qint64>(999));
        // An explicit persistent volume is not doubled.
        const ServicePtr storage = r.catalog.service(QStringLiteral("object-storage"));
        QCOMPARE(storage->effectiveVolumes().size(), 1);
        QCOMPARE(storage->effectiveVolumes()[0].size, QStringLiteral("50Gi"));

        // Separate probes.
        const ServicePtr api = r.catalog.service(QStringLiteral("core-api"));
        QVERIFY(api->liveness && api->readiness && api->startup);
        QCOMPARE(api->liveness->initialDelay, QStringLiteral("10s"));
        QCOMPARE(api->readiness->headers.value(QStringLiteral("X-Probe")), QStringLiteral("kubelet"));
        QCOMPARE(api->startup->retries, 12);
        QCOMPARE(api->terminationGracePeriod, QStringLiteral("45s"));
        // Two services on container port 8080 do not clash (SR011 needs host ports).
        QCOMPARE(r.catalog.service(QStringLiteral("auth"))->ports[0].targetPort(), 8080);
        QCOMPARE(api->ports[0].targetPort(), 8080);

        // A job on a schedule, with an init container.
        const ResolvedService &job = resolvedIn(r, QStringLiteral("analytics"), QStringLiteral("report-builder"));
        QCOMPARE(job.service->type, ServiceType::Job);
        QCOMPARE(job.service->schedule, QStringLiteral("0 2 * * *"));
        QCOMPARE(job.service->effectiveRestart(), RestartPolicy::OnFailure);
        QCOMPARE(job.service->initContainers.size(), 1);
        QCOMPARE(job.service->initContainers[0].command,
                 (QStringList{QStringLiteral("report-builder"), QStringLiteral("migrate")}));
        // Format 1.2: an init container's arguments and environment, a named exposure, the pod's container.
        QCOMPARE(job.service->initContainers[0].args, QStringList{QStringLiteral("--check")});
        QCOMPARE(job.service->initContainers[0].environment.size(), 1);
        QCOMPARE(job.service->initContainers[0].environment[0].name, QStringLiteral("MIGRATE_TIMEOUT"));
        QCOMPARE(job.service->initContainers[0].environment[0].value, QStringLiteral("5m"));
        const ResolvedService &collector = resolvedIn(r, QStringLiteral("analytics"), QStringLiteral("event-collector"));
        QCOMPARE(collector.service->exposures[0].name, QStringLiteral("event-collector-internal"));
        QCOMPARE(collector.service->mainContainer, QStringLiteral("collector"));

        // A debug port published on the loopback only, a build section, an external add-on.
        const ResolvedService &rec = resolvedIn(r, QStringLiteral("shop"), QStringLiteral("recommendations"));
        QCOMPARE(rec.service->ports[1].hostPort, 5005);
        QCOMPARE(rec.service->ports[1].hostIp, QStringLiteral("127.0.0.1"));
        QCOMPARE(rec.service->build.target, QStringLiteral("runtime"));
        QCOMPARE(rec.service->dependencies.last().target, QStringLiteral("jaeger"));
        QVERIFY(rec.service->dependencies.last().external);
        QCOMPARE(rec.service->profiles, QStringList{QStringLiteral("recommendations")});
        // Format 1.2: Compose networks, a bind mount, an executable config file.
        QCOMPARE(rec.service->networks, (QStringList{QStringLiteral("shop"), QStringLiteral("backend")}));
        QCOMPARE(rec.service->volumes.size(), 2);
        QCOMPARE(rec.service->volumes[0].type, VolumeType::Bind);
        QCOMPARE(rec.service->volumes[0].source, QStringLiteral("./recommendations/models"));
        QVERIFY(rec.service->volumes[0].readOnly);
        QCOMPARE(rec.service->volumes[1].mode, 0755);

        // The frozen 1.0 snapshots use no 1.1 key, the current catalog does.
        for (const auto &snapshot : r.snapshots) {
            for (const auto &service : snapshot.services)
                QVERIFY2(service->newerFeatures.empty(), qPrintable(service->id));
        }
        QCOMPARE(web->newerFeatures.front().key, QStringLiteral("ports.container_port"));
    }

    void typedDocumentsWithPositions()
    {
        const Project &shop = *m_registry->project(QStringLiteral("shop"));
        const QString deploymentFile = QStringLiteral("projects/shop/deployment.toml");
        QVERIFY(shop.deployment);
        const Deployment &d = *shop.deployment;
        QCOMPARE(d.file, deploymentFile);
        QCOMPARE(d.defaultTarget, QStringLiteral("staging"));
        QCOMPARE(d.targets.size(), 2);
        QCOMPARE(d.targets[0].name, QStringLiteral("staging")); // file order
        QCOMPARE(d.targets[0].strategy, DeploymentStrategy::Rolling);
        QVERIFY(d.targets[0].autoDeploy);
        const DeploymentTarget &production = *d.target(QStringLiteral("production"));
        QCOMPARE(production.replicas, 3);
        QCOMPARE(production.strategy, DeploymentStrategy::Canary);
        QCOMPARE(production.canaryPercentage, 5);
        QVERIFY(production.approvalRequired);
        QCOMPARE(production.serviceReplicas.value(QStringLiteral("cart")), 6);
        QCOMPARE(production.positions.location, (SourceLocation{deploymentFile, 10, 1}));
        QCOMPARE(production.positions.at(QStringLiteral("strategy")), (SourceLocation{deploymentFile, 14, 12}));
        QCOMPARE(production.regions.size(), 3);
        QCOMPARE(production.regions[0].name, QStringLiteral("us-east"));
        QCOMPARE(production.regions[0].trafficSplit, 50);
        QCOMPARE(production.regions[2].replicas, 2);
        QCOMPARE(production.regions[2].positions.at(QStringLiteral("replicas")).line, 31);
        QVERIFY(d.multiRegion);
        QCOMPARE(d.multiRegion->strategy, MultiRegionStrategy::ActiveActive);
        QCOMPARE(d.multiRegion->failover, QStringLiteral("eu-west"));

        QVERIFY(shop.monitoring);
        const Monitoring &m = *shop.monitoring;
        QCOMPARE(m.scrape->interval, QStringLiteral("30s"));
        QCOMPARE(m.slos.size(), 9);
        QCOMPARE(m.slos[0].service, QStringLiteral("cart"));
        QCOMPARE(m.slos[0].latencyP99, QStringLiteral("200ms"));
        QCOMPARE(m.alerts.size(), 1);
        QCOMPARE(m.alerts[0].name, QStringLiteral("CartErrorRate"));
        QCOMPARE(m.alerts[0].severity, AlertSeverity::High);
        QCOMPARE(m.alerts[0].forDuration, QStringLiteral("10m"));
        QCOMPARE(m.alerts[0].positions.at(QStringLiteral("expr")).line, 16);

        const Policies &p = m_registry->policies;
        QCOMPARE(p.governance->minApprovals, 2);
        QCOMPARE(p.governance->breakingChangesRequire,
                 (QStringList{QStringLiteral("@platform-team"), QStringLiteral("@security-team")}));
        QCOMPARE(p.governance->groups.size(), 3);
        QCOMPARE(p.governance->groups[0].name, QStringLiteral("platform-team"));
        QCOMPARE(p.governance->groups[0].members, (QStringList{QStringLiteral("alice"), QStringLiteral("bob")}));
        QVERIFY(p.security->forbidLatestTag);
        QCOMPARE(p.security->allowedBackends, QStringList{QStringLiteral("vault")});
        QCOMPARE(p.security->waivers.size(), 2);
        QCOMPARE(p.security->waivers[1].project, QStringLiteral("shop"));
        QCOMPARE(p.security->waivers[1].expires, QDate(2027, 1, 31));
        QCOMPARE(p.security->waivers[0].positions.at(QStringLiteral("rule")).file, QStringLiteral("policies/security.toml"));
        QVERIFY(p.compliance->pciDssApplicable);
        QCOMPARE(p.compliance->auditRetentionDays, 365);
        QCOMPARE(p.compliance->encryptionAlgorithm, QStringLiteral("AES-256"));
        QCOMPARE(p.sla->tiers.size(), 4);
        QCOMPARE(p.sla->tier(Criticality::Critical)->availability, QStringLiteral("99.99%"));
        QCOMPARE(p.sla->tier(Criticality::Low)->responseTimeP99, QString());
    }

    void startupOrderAndExternalDependencies()
    {
        const DependencyGraph graph = DependencyGraph::forProject(*m_registry->project(QStringLiteral("analytics")));
        QCOMPARE(graph.startupOrder(),
                 QStringList({QStringLiteral("object-storage"), QStringLiteral("postgresql"), QStringLiteral("prometheus"),
                              QStringLiteral("grafana"), QStringLiteral("rabbitmq"), QStringLiteral("event-collector"),
                              QStringLiteral("report-builder")}));
        QCOMPARE(graph.externalDependencies(), QStringList{QStringLiteral("shop/cart")});
        QVERIFY(graph.cycles().isEmpty());
    }

    // What the Graph tab shows: filters, then the neighbourhood of the current service;
    // another project's service only where a shown one needs it.
    void graphSelections()
    {
        const DependencyGraph graph = DependencyGraph::forProject(*m_registry->project(QStringLiteral("analytics")));
        const auto shown = [&graph](const DependencyGraph::Filter &filter) {
            const QList<bool> keep = graph.select(filter);
            QStringList ids;
            for (qsizetype i = 0; i < keep.size(); ++i) {
                if (keep[i])
                    ids.append(graph.nodes().at(i).id);
            }
            ids.sort();
            return ids;
        };
        QCOMPARE(shown({}).size(), graph.nodes().size());
        QCOMPARE(shown({.type = QStringLiteral("api")}),
                 (QStringList{QStringLiteral("event-collector"), QStringLiteral("shop/cart")}));
        QCOMPARE(shown({.type = QStringLiteral("job")}), QStringList{QStringLiteral("report-builder")});
        QCOMPARE(shown({.around = QStringLiteral("grafana"), .depth = 1}),
                 (QStringList{QStringLiteral("grafana"), QStringLiteral("prometheus")}));
        QCOMPARE(shown({.around = QStringLiteral("event-collector"), .depth = 1}),
                 (QStringList{QStringLiteral("event-collector"), QStringLiteral("rabbitmq"), QStringLiteral("report-builder"),
                              QStringLiteral("shop/cart")}));
        QCOMPARE(shown({.owner = QStringLiteral("@sre-team"), .around = QStringLiteral("event-collector"), .depth = 2}),
                 QStringList());
        QCOMPARE(shown({.around = QStringLiteral("no-such-service"), .depth = 1}).size(), graph.nodes().size());
        QCOMPARE(graph.onCycles(), QSet<QString>());
    }

    void progressIsReported()
    {
        int calls = 0;
        int lastTotal = 0;
        QMutex mutex;
        RegistryLoader::load(m_root, [&](int, int total) {
            QMutexLocker lock(&mutex);
            ++calls;
            lastTotal = total;
        });
        QCOMPARE(calls, int(m_registry->files.size()) + int(m_registry->projects.size()));
        QCOMPARE(lastTotal, int(m_registry->files.size()) + int(m_registry->projects.size()));
    }

private:
    QString m_root;
    RegistryPtr m_registry;
};

SR_TEST_MAIN(TestLoader)
#include "tst_loader.moc"
