// Import of real systems' files: the round trip import → generate reproduces every fact the
// report marks carried (compared as parsed objects, not text); bad input is refused with its
// position and nothing written.
#include "clirunner.h"
#include "registrybuilder.h"
#include "testmain.h"

#include "analysis/validator.h"
#include "catalog/registryloader.h"
#include "edit/starterregistry.h"
#include "generate/generationcontext.h"
#include "generate/generator.h"
#include "import/composeimporter.h"
#include "import/kubernetesimporter.h"
#include "import/registryimport.h"
#include "import/yamlvalue_p.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <yaml-cpp/yaml.h>

using namespace sr;
using sr::detail::YamlValue;

namespace {

const QString fixtures = QStringLiteral(SR_SOURCE_DIR "/tests/import");

QString text(const YamlValue &node)
{
    return node && node.IsScalar() ? QString::fromStdString(node.Scalar()) : QString();
}

std::vector<YamlValue> readObjects(const QByteArray &yaml)
{
    std::vector<YamlValue> out;
    for (const YAML::Node &d : YAML::LoadAll(yaml.toStdString())) {
        if (d && d.IsMap())
            out.push_back(YamlValue(d));
    }
    return out;
}

std::vector<YamlValue> readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return readObjects(file.readAll());
}

/// Imports into a new registry in `dir`; the registry as loaded afterwards.
RegistryPtr importInto(const QTemporaryDir &dir, const ImportedProject &imported, const QString &project,
                       ImportReport *report = nullptr)
{
    const QString root = dir.filePath(QStringLiteral("registry"));
    if (!QFileInfo::exists(root) && !StarterRegistry::write(root, {}).isEmpty())
        qFatal("cannot write a starter registry");
    RegistryImport::Options options;
    options.project = project;
    QString error;
    auto plan = RegistryImport::plan(RegistryLoader::load(root), imported, options, &error);
    if (!plan)
        qFatal("%s", qPrintable(error));
    if (!plan->write(root, &error))
        qFatal("%s: %s", qPrintable(error), plan->report().render(ReportFormat::Text).constData());
    if (report)
        *report = plan->report();
    return RegistryLoader::load(root);
}

/// The generated files of one format, by path.
QMap<QString, QByteArray> generated(const Registry &registry, const QString &project, const QString &format)
{
    GenerationRequest request;
    request.project = project;
    QString error;
    const auto context = GenerationContext::create(registry, request, &error);
    if (!context)
        qFatal("%s", qPrintable(error));
    QMap<QString, QByteArray> out;
    for (const GeneratedFile &f : Generator::find(format)->generate(*context))
        out.insert(f.path, f.content);
    return out;
}

const YamlValue *find(const std::vector<YamlValue> &objects, const QString &kind, const QString &name)
{
    for (const YamlValue &o : objects) {
        if (text(o["kind"]) == kind && text(o["metadata"]["name"]) == name)
            return &o;
    }
    return nullptr;
}

/// A probe as the facts it carries: the check, its port, path and headers, and its timings
/// with Kubernetes' defaults filled in.
QString probeFacts(const YamlValue &probe)
{
    if (!probe)
        return {};
    QStringList facts;
    for (const char *type : {"httpGet", "tcpSocket", "grpc", "exec"}) {
        if (probe[type])
            facts << QString::fromLatin1(type);
    }
    const YamlValue check = probe["httpGet"] ? probe["httpGet"] : probe["tcpSocket"] ? probe["tcpSocket"] : probe["grpc"];
    facts << text(check["port"]) << text(check["path"]);
    for (const YamlValue &h : (check["httpHeaders"]).items())
        facts << text(h["name"]) + QLatin1Char('=') + text(h["value"]);
    auto number = [&](const char *key, int fallback) { return probe[key] ? text(probe[key]) : QString::number(fallback); };
    facts << number("periodSeconds", 10) << number("timeoutSeconds", 1) << number("failureThreshold", 3)
          << number("initialDelaySeconds", 0);
    return facts.join(QLatin1Char(' '));
}

/// A container's environment as name=value, ConfigMap references resolved, secrets as references.
QStringList environment(const YamlValue &container, const std::vector<YamlValue> &objects)
{
    QStringList out;
    for (const YamlValue &e : (container["env"]).items()) {
        if (e["value"])
            out << text(e["name"]) + QLatin1Char('=') + text(e["value"]);
        else if (e["valueFrom"]["configMapKeyRef"]) {
            const YamlValue *map = find(objects, QStringLiteral("ConfigMap"), text(e["valueFrom"]["configMapKeyRef"]["name"]));
            out << text(e["name"]) + QLatin1Char('=') + text((*map)["data"][e["valueFrom"]["configMapKeyRef"]["key"].Scalar()]);
        } else if (e["valueFrom"]["secretKeyRef"]) {
            out << text(e["name"]) + QStringLiteral("=secret:") + text(e["valueFrom"]["secretKeyRef"]["name"]) + QLatin1Char('#')
                    + text(e["valueFrom"]["secretKeyRef"]["key"]);
        }
    }
    for (const YamlValue &from : (container["envFrom"]).items()) {
        const YamlValue *map = find(objects, QStringLiteral("ConfigMap"), text(from["configMapRef"]["name"]));
        for (const auto &pair : (*map)["data"].entries())
            out << pair.first + QLatin1Char('=') + text(pair.second);
    }
    out.sort();
    return out;
}

QStringList securityFacts(const YamlValue &pod, const YamlValue &container)
{
    QStringList out;
    for (const char *key : {"runAsUser", "runAsGroup", "runAsNonRoot"}) {
        const YamlValue value
            = container["securityContext"][key] ? container["securityContext"][key] : pod["securityContext"][key];
        out << QString::fromLatin1(key) + QLatin1Char('=') + text(value);
    }
    for (const char *key : {"readOnlyRootFilesystem", "allowPrivilegeEscalation", "privileged"})
        out << QString::fromLatin1(key) + QLatin1Char('=') + text(container["securityContext"][key]);
    QStringList drop;
    for (const YamlValue &c : (container["securityContext"]["capabilities"]["drop"]).items())
        drop << text(c);
    out << QStringLiteral("drop=") + drop.join(QLatin1Char(','));
    out << QStringLiteral("fsGroup=") + text(pod["securityContext"]["fsGroup"]);
    return out;
}

/// The Service ports as port→target (a named target resolved against the container).
QStringList servicePorts(const YamlValue &service, const YamlValue &container)
{
    QStringList out;
    for (const YamlValue &p : (service["spec"]["ports"]).items()) {
        QString target = p["targetPort"] ? text(p["targetPort"]) : text(p["port"]);
        for (const YamlValue &c : (container["ports"]).items()) {
            if (text(c["name"]) == target)
                target = text(c["containerPort"]);
        }
        out << text(p["port"]) + QStringLiteral("->") + target;
    }
    return out;
}

} // namespace

class TestImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    /// Every fact of the shop's manifests that the report marks carried comes back from
    /// generate: workloads, containers, ports, Services and their types and names, the
    /// environment, probes with headers, security contexts, accounts, volumes, init containers.
    void kubernetesRoundTripKeepsEveryCarriedFact()
    {
        ImportError error;
        const auto imported = KubernetesImporter::read({fixtures + QStringLiteral("/shop-kubernetes")}, &error);
        QVERIFY2(imported, qPrintable(error.text()));
        QCOMPARE(imported->services.size(), 12);
        QTemporaryDir dir;
        ImportReport report;
        const RegistryPtr registry = importInto(dir, *imported, QStringLiteral("shop"), &report);
        const Diagnostics diagnostics = Validator::validate(*registry);
        QVERIFY2(std::none_of(diagnostics.cbegin(), diagnostics.cend(),
                              [](const Diagnostic &d) { return d.severity == Severity::Error; }),
                 qPrintable(diagnostics.isEmpty() ? QString() : diagnostics.first().message));

        const auto original = readFile(fixtures + QStringLiteral("/shop-kubernetes/manifests.yaml"));
        std::vector<YamlValue> output;
        const auto files = generated(*registry, QStringLiteral("shop"), QStringLiteral("kubernetes"));
        for (const QByteArray &content : files)
            for (const YamlValue &o : readObjects(content))
                output.push_back(o);

        int workloads = 0;
        for (const YamlValue &o : original) {
            const QString kind = text(o["kind"]);
            const QString name = text(o["metadata"]["name"]);
            if (kind == QLatin1String("Deployment")) {
                ++workloads;
                const YamlValue *back = find(output, kind, name);
                QVERIFY2(back, qPrintable(name));
                const YamlValue pod = o["spec"]["template"]["spec"];
                const YamlValue podBack = (*back)["spec"]["template"]["spec"];
                const YamlValue c = pod["containers"][0];
                const YamlValue cb = podBack["containers"][0];
                QCOMPARE(text((*back)["spec"]["replicas"]),
                         o["spec"]["replicas"] ? text(o["spec"]["replicas"]) : QStringLiteral("1"));
                QCOMPARE(text(cb["name"]), text(c["name"]));
                QCOMPARE(text(cb["image"]), text(c["image"]));
                QCOMPARE(text(cb["ports"][0]["containerPort"]), text(c["ports"][0]["containerPort"]));
                QCOMPARE(environment(cb, output), environment(c, original));
                for (const char *section : {"requests", "limits"}) {
                    for (const char *resource : {"cpu", "memory"})
                        QCOMPARE(text(cb["resources"][section][resource]), text(c["resources"][section][resource]));
                }
                for (const char *probe : {"livenessProbe", "readinessProbe", "startupProbe"})
                    QCOMPARE(probeFacts(cb[probe]), probeFacts(c[probe]));
                QCOMPARE(securityFacts(podBack, cb), securityFacts(pod, c));
                QCOMPARE(text(podBack["serviceAccountName"]), text(pod["serviceAccountName"]));
                QCOMPARE(text(podBack["terminationGracePeriodSeconds"]), text(pod["terminationGracePeriodSeconds"]));
                QCOMPARE(text((*back)["spec"]["template"]["metadata"]["labels"]["app"]),
                         text(o["spec"]["template"]["metadata"]["labels"]["app"]));
                for (const auto &a : (o["spec"]["template"]["metadata"]["annotations"]).entries())
                    QCOMPARE(text((*back)["spec"]["template"]["metadata"]["annotations"][a.first.toStdString()]), text(a.second));
                QCOMPARE(podBack["initContainers"].size(), pod["initContainers"].size());
                for (std::size_t i = 0; i < pod["initContainers"].size(); ++i) {
                    const YamlValue init = pod["initContainers"][i];
                    const YamlValue initBack = podBack["initContainers"][i];
                    QCOMPARE(text(initBack["name"]), text(init["name"]));
                    QCOMPARE(text(initBack["image"]), text(init["image"]));
                    QCOMPARE(text(initBack["command"][2]), text(init["command"][2]));
                    QCOMPARE(environment(initBack, output), environment(init, original));
                }
                for (const YamlValue &m : (c["volumeMounts"]).items()) {
                    bool mounted = false;
                    for (const YamlValue &mb : (cb["volumeMounts"]).items())
                        mounted
                            = mounted || (text(mb["name"]) == text(m["name"]) && text(mb["mountPath"]) == text(m["mountPath"]));
                    QVERIFY2(mounted, qPrintable(text(m["mountPath"])));
                    bool emptyDir = false;
                    for (const YamlValue &v : (podBack["volumes"]).items())
                        emptyDir = emptyDir || (text(v["name"]) == text(m["name"]) && v["emptyDir"]);
                    QVERIFY(emptyDir);
                }
            } else if (kind == QLatin1String("Service")) {
                const YamlValue *back = find(output, kind, name);
                QVERIFY2(back, qPrintable(name));
                QCOMPARE(text((*back)["spec"]["type"]), text(o["spec"]["type"]));
                const YamlValue *workload = find(original, QStringLiteral("Deployment"), text(o["spec"]["selector"]["app"]));
                QVERIFY(workload);
                const YamlValue container = (*workload)["spec"]["template"]["spec"]["containers"][0];
                const YamlValue *workloadBack = find(output, QStringLiteral("Deployment"), text(o["spec"]["selector"]["app"]));
                QVERIFY(workloadBack);
                QCOMPARE(servicePorts(*back, (*workloadBack)["spec"]["template"]["spec"]["containers"][0]),
                         servicePorts(o, container));
                QCOMPARE(text((*back)["spec"]["ports"][0]["name"]), text(o["spec"]["ports"][0]["name"]));
            } else if (kind == QLatin1String("ServiceAccount")) {
                QVERIFY2(find(output, kind, name), qPrintable(name));
            }
        }
        QCOMPARE(workloads, 12);
        // What it could not carry is named, not dropped.
        const auto hpa = std::find_if(report.facts.cbegin(), report.facts.cend(), [](const ImportFact &f) {
            return f.object == QLatin1String("HorizontalPodAutoscaler/frontend");
        });
        QVERIFY(hpa != report.facts.cend());
        QCOMPARE(hpa->outcome, ImportOutcome::NotCarried);
        QCOMPARE(report.count(ImportOutcome::NotCarried), 1);
        QCOMPARE(report.services.size(), 12);
        // Dependencies from the *_ADDR variables, with the port they name.
        const ResolvedService *checkout = registry->project(QStringLiteral("shop"))->find(QStringLiteral("checkoutservice"));
        QVERIFY(checkout);
        QStringList targets;
        for (const Dependency &d : checkout->service->dependencies)
            targets << d.target + QLatin1Char(':') + d.port;
        targets.sort();
        QCOMPARE(targets,
                 (QStringList{QStringLiteral("cartservice:grpc"), QStringLiteral("currencyservice:grpc"),
                              QStringLiteral("emailservice:grpc"), QStringLiteral("paymentservice:grpc"),
                              QStringLiteral("productcatalogservice:grpc"), QStringLiteral("shippingservice:grpc")}));
    }

    /// The voting app's Compose file comes back with its builds, health checks, depends_on
    /// conditions, networks, volumes, published ports and the profile-only seed job.
    void composeRoundTripKeepsEveryCarriedFact()
    {
        ImportError error;
        const auto imported = ComposeImporter::read({fixtures + QStringLiteral("/shop-compose/compose.yaml")}, &error);
        QVERIFY2(imported, qPrintable(error.text()));
        QCOMPARE(imported->services.size(), 6);
        QTemporaryDir dir;
        const RegistryPtr registry = importInto(dir, *imported, QStringLiteral("vote"));
        const YamlValue original = readFile(fixtures + QStringLiteral("/shop-compose/compose.yaml")).front();
        const YamlValue back
            = readObjects(
                  generated(*registry, QStringLiteral("vote"), QStringLiteral("docker")).value(QStringLiteral("compose.yaml")))
                  .front();
        QCOMPARE(back["services"].size(), original["services"].size());
        for (const auto &pair : (original["services"]).entries()) {
            const std::string id = pair.first.toStdString();
            const YamlValue s = pair.second;
            const YamlValue b = back["services"][id];
            QVERIFY2(b.IsMap(), id.c_str());
            QCOMPARE(text(b["image"]), text(s["image"]));
            const YamlValue build = s["build"];
            if (build)
                QCOMPARE(text(b["build"]["context"]), build.IsScalar() ? text(build) : text(build["context"]));
            if (build.IsMap() && build["target"])
                QCOMPARE(text(b["build"]["target"]), text(build["target"]));
            for (const auto &d : (s["depends_on"]).entries())
                QCOMPARE(text(b["depends_on"][d.first.toStdString()]["condition"]), text(d.second["condition"]));
            QStringList networks;
            QStringList networksBack;
            for (const YamlValue &n : (s["networks"]).items())
                networks << text(n);
            for (const YamlValue &n : (b["networks"]).items())
                networksBack << text(n);
            QCOMPARE(networksBack, networks);
            if (s["healthcheck"]) {
                const YamlValue test = s["healthcheck"]["test"];
                if (test.IsSequence()) {
                    for (std::size_t i = 0; i < test.size(); ++i)
                        QCOMPARE(text(b["healthcheck"]["test"][i]), text(test[i]));
                } else {
                    QCOMPARE(text(b["healthcheck"]["test"][1]), text(test));
                }
                for (const char *key : {"interval", "timeout", "retries", "start_period"}) {
                    if (s["healthcheck"][key])
                        QCOMPARE(text(b["healthcheck"][key]), text(s["healthcheck"][key]));
                }
            }
            for (const auto &e : (s["environment"]).entries())
                QCOMPARE(text(b["environment"][e.first.toStdString()]), text(e.second));
            QCOMPARE(b["profiles"].size(), s["profiles"].size());
            for (const YamlValue &p : (s["ports"]).items()) {
                const QStringList parts = text(p).split(QLatin1Char(':'));
                bool published = false;
                for (const YamlValue &pb : (b["ports"]).items())
                    published = published
                        || (text(pb["published"]) == parts[parts.size() - 2] && text(pb["target"]) == parts.last()
                            && (parts.size() < 3 || text(pb["host_ip"]) == parts[0]));
                QVERIFY2(published, qPrintable(text(p)));
            }
            for (const YamlValue &v : (s["volumes"]).items()) {
                const QStringList parts = text(v).split(QLatin1Char(':'));
                bool mounted = false;
                for (const YamlValue &vb : (b["volumes"]).items())
                    mounted = mounted
                        || (text(vb["target"]) == parts[1]
                            && (text(vb["type"]) == QLatin1String("bind") ? text(vb["source"]) == parts[0]
                                                                          : text(vb["type"]) == QLatin1String("volume")));
                QVERIFY2(mounted, qPrintable(text(v)));
            }
        }
        QCOMPARE(text(back["services"]["seed"]["restart"]), QStringLiteral("no"));
        QCOMPARE(text(back["services"]["result"]["entrypoint"][1]), QStringLiteral("--inspect=0.0.0.0"));
        QVERIFY(back["networks"]["front-tier"] && back["networks"]["back-tier"]);
    }

    /// A service the global catalog has (matched by image repository, as Docker names it)
    /// becomes a use of it with overrides of what differs; re-importing updates in place and
    /// keeps what people wrote.
    void catalogServicesBecomeOverridesAndReimportKeepsComments()
    {
        RegistryBuilder builder;
        builder.set(QStringLiteral("services/catalog.toml"), QStringLiteral(R"([catalog]
version = "1.0.0"

[services.redis]
display_name = "Redis"
type = "cache"
version = "7.2.4"
image = "docker.io/library/redis:7.2.4"
owner = "@platform"
ports = [{ name = "redis", port = 6379 }]
resources = { memory = "256Mi" }
)"));
        const QString root = builder.write();
        const QByteArray manifests = R"(apiVersion: apps/v1
kind: Deployment
metadata:
  name: cache
spec:
  replicas: 3
  selector:
    matchLabels: {app: cache}
  template:
    metadata:
      labels: {app: cache}
    spec:
      containers:
        - name: redis
          image: redis:7.2.4
          ports: [{containerPort: 6379, name: redis}]
          resources:
            requests: {memory: 512Mi}
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: sessions
spec:
  replicas: 3
  selector:
    matchLabels: {app: sessions}
  template:
    metadata:
      labels: {app: sessions}
    spec:
      containers:
        - name: sessions
          image: redis:7.2.4
)";
        ImportError error;
        const auto imported = KubernetesImporter::readTexts({{QStringLiteral("cache.yaml"), manifests}}, &error);
        QVERIFY(imported);
        RegistryImport::Options options;
        options.project = QStringLiteral("p1");
        QString problem;
        auto plan = RegistryImport::plan(RegistryLoader::load(root), *imported, options, &problem);
        QVERIFY2(plan, qPrintable(problem));
        QVERIFY2(plan->report().errors.isEmpty(), plan->report().render(ReportFormat::Text).constData());
        QCOMPARE(plan->report().services.first().id, QStringLiteral("redis"));
        QCOMPARE(plan->report().services.first().as, QStringLiteral("use of the catalog's redis, 2 overridden"));
        // A second workload of the same image is the project's own, not a second override.
        QCOMPARE(plan->report().services.at(1).id, QStringLiteral("sessions"));
        QCOMPARE(plan->report().services.at(1).as, QStringLiteral("new"));
        QVERIFY(std::any_of(plan->report().facts.cbegin(), plan->report().facts.cend(), [](const ImportFact &f) {
            return f.object == QLatin1String("Deployment/sessions")
                && f.note
                == QLatin1String(
                       "the catalog's redis already stands for Deployment/cache: this one is the project's own service");
        }));
        QVERIFY(plan->write(root, &problem));
        QFile file(QDir(root).filePath(QStringLiteral("projects/p1/services.toml")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray services = file.readAll();
        file.close();
        QVERIFY2(services.contains("uses = [\"api\", \"db\", \"redis\"]\n"), services.constData());
        QVERIFY2(services.contains("[overrides.redis]\nresources = { memory = \"512Mi\" }\nlabels = { app = \"cache\" }\n"),
                 services.constData());
        QVERIFY(!services.contains("[services.redis]"));
        const RegistryPtr after = RegistryLoader::load(root);
        QCOMPARE(after->project(QStringLiteral("p1"))->find(QStringLiteral("redis"))->service->resources.memory,
                 QStringLiteral("512Mi"));
        // The replicas go to a new target "production": the most common count is the target's.
        const auto &targets = after->project(QStringLiteral("p1"))->deployment->targets;
        QCOMPARE(targets.size(), 1);
        QCOMPARE(targets.first().name, QStringLiteral("production"));
        QCOMPARE(targets.first().replicas, 3);

        // Somebody comments the override; the same import again changes nothing else.
        services.replace("[overrides.redis]\n", "# sized for the cart sessions\n[overrides.redis]\n");
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(services);
        file.close();
        auto again = RegistryImport::plan(RegistryLoader::load(root), *imported, options, &problem);
        QVERIFY(again);
        QVERIFY(again->files().isEmpty());
        QCOMPARE(again->report().services.first().as, QStringLiteral("use of the catalog's redis, 2 overridden"));
    }

    void badInputIsRefusedWithItsPosition_data()
    {
        QTest::addColumn<bool>("compose");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("invalid YAML") << false << QByteArray("apiVersion: v1\nkind: Service\nmetadata: {name: a\n")
                                      << QStringLiteral("in.yaml:4:1: error: invalid YAML: end of map flow not found");
        QTest::newRow("unknown kind") << false
                                      << QByteArray("apiVersion: v1\nkind: Service\nmetadata: {name: a}\n---\napiVersion: "
                                                    "apps/v1\nkind: Deploymnet\nmetadata: {name: b}\n")
                                      << QStringLiteral("in.yaml:6:7: error: unknown kind 'Deploymnet' in apps/v1");
        QTest::newRow("template") << false
                                  << QByteArray("apiVersion: v1\nkind: Service\nmetadata:\n  name: {{ .Release.Name }}\n")
                                  << QStringLiteral("in.yaml:4:9: error: a template ('{{'), not a plain manifest");
        QTest::newRow("no kind") << false << QByteArray("services:\n  web: {image: nginx}\n")
                                 << QStringLiteral("in.yaml:1:1: error: an object without kind");
        QTest::newRow("compose format 1")
            << true << QByteArray("web:\n  image: nginx\n")
            << QStringLiteral("in.yaml:1:1: error: no 'services:' mapping: a Compose file of format 1, or not a Compose file");
        QTest::newRow("compose version 4") << true << QByteArray("version: \"4.0\"\nservices:\n  web: {image: nginx}\n")
                                           << QStringLiteral("in.yaml:1:10: error: Compose file format 4.0 is not supported");
        QTest::newRow("compose without image") << true << QByteArray("services:\n  web:\n    ports: [\"80\"]\n")
                                               << QStringLiteral("in.yaml:3:5: error: service 'web' has neither image nor build");
    }

    void badInputIsRefusedWithItsPosition()
    {
        QFETCH(bool, compose);
        QFETCH(QByteArray, input);
        QFETCH(QString, expected);
        ImportError error;
        const QList<std::pair<QString, QByteArray>> files{{QStringLiteral("in.yaml"), input}};
        const auto imported = compose ? ComposeImporter::readTexts(files, &error) : KubernetesImporter::readTexts(files, &error);
        QVERIFY(!imported);
        QCOMPARE(error.text().section(QLatin1Char('\n'), 0, 0), expected);
        QVERIFY(!error.hint.isEmpty() || expected.contains(QLatin1String("neither")) == false);

        // The command line: exit 1, the message on standard error, nothing written.
        QTemporaryDir dir;
        const QString root = dir.filePath(QStringLiteral("registry"));
        QVERIFY(StarterRegistry::write(root, {}).isEmpty());
        const QString path = dir.filePath(QStringLiteral("in.yaml"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(input);
        file.close();
        const CliRun run = runCli({QStringLiteral("import"), compose ? QStringLiteral("compose") : QStringLiteral("kubernetes"),
                                   path, QStringLiteral("-r"), root, QStringLiteral("-p"), QStringLiteral("web")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.startsWith(QStringLiteral("service-registry: ") + path + expected.mid(7)), qPrintable(run.err));
        QVERIFY(!QFileInfo::exists(QDir(root).filePath(QStringLiteral("projects/web"))));
    }

    /// --dry-run prints the report and the TOML diff and writes nothing; the JSON report has
    /// the totals and every fact.
    void dryRunWritesNothing()
    {
        QTemporaryDir dir;
        const QString root = dir.filePath(QStringLiteral("registry"));
        QVERIFY(StarterRegistry::write(root, {}).isEmpty());
        const QStringList common{QStringLiteral("import"),
                                 QStringLiteral("compose"),
                                 fixtures + QStringLiteral("/shop-compose/compose.yaml"),
                                 QStringLiteral("-r"),
                                 root,
                                 QStringLiteral("-p"),
                                 QStringLiteral("vote"),
                                 QStringLiteral("--dry-run")};
        const CliRun text = runCli(common);
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains(QLatin1String("would write projects/vote/services.toml (new)\n")));
        QVERIFY(text.out.contains(QLatin1String("+++ b/projects/vote/services.toml\n")));
        QVERIFY(text.out.contains(QLatin1String("+[services.seed]\n")));
        QVERIFY(!QFileInfo::exists(QDir(root).filePath(QStringLiteral("projects/vote"))));
        const CliRun json = runCli(common + QStringList{QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(json.exitCode, 0);
        const QJsonObject report = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(report.value(QStringLiteral("written")).toBool(), false);
        const QJsonObject totals = report.value(QStringLiteral("totals")).toObject();
        QCOMPARE(totals.value(QStringLiteral("carried")).toInt() + totals.value(QStringLiteral("approximated")).toInt()
                     + totals.value(QStringLiteral("not_carried")).toInt(),
                 report.value(QStringLiteral("facts")).toArray().size());
        QCOMPARE(report.value(QStringLiteral("services")).toArray().size(), 6);
        const CliRun write = runCli(common.mid(0, common.size() - 1));
        QCOMPARE(write.exitCode, 0);
        QVERIFY(write.out.contains(QLatin1String("wrote projects/vote/services.toml (new)\n")));
        QCOMPARE(
            runCli({QStringLiteral("validate"), QStringLiteral("-r"), root, QStringLiteral("--warnings-as-errors")}).exitCode, 0);
    }
};

SR_TEST_MAIN(TestImport)
#include "tst_import.moc"
