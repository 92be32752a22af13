// The generators (docs/generators.md): what each format carries for a fixture that uses the
// features each maps (exact text or parsed-back values), determinism, writing and checking an
// output folder, and the generate command's exit codes. The formats' own validators run in
// the generated_validators test; the example's golden files in generated_golden.

#include "clirunner.h"
#include "registrybuilder.h"
#include "testmain.h"

#include "analysis/validator.h"
#include "catalog/registryloader.h"
#include "generate/generatedoutput.h"
#include "generate/generationcontext.h"
#include "generate/generator.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <yaml-cpp/yaml.h>

using namespace sr;

namespace {

const QString catalog = QStringLiteral(R"([catalog]
version = "2.0.0"

[services.db]
display_name = "Database"
type = "database"
version = "15.0.0"
image = "postgres:15"
owner = "@data"
criticality = "critical"
ports = [{ name = "pg", port = 5432 }]
health_check = { type = "command", exec = ["pg_isready"], interval = "1d", timeout = "1500ms", retries = 4 }
data_path = "/var/lib/postgresql/data"
secrets = { PASSWORD = "vault:secret/data/db#password", TOKEN = "k8s:db-token#token", LOCAL = "env:DB_LOCAL" }
resources = { cpu = "500m", memory = "512Mi", cpu_limit = "1.5", memory_limit = "1G" }

[services.api]
display_name = "API"
type = "api"
version = "1.2.0"
image = "registry.example/api:1.2.0"
owner = "@core"
criticality = "critical"
ports = [{ name = "http", port = 80, container_port = 8080, protocol = "http" }, { name = "debug", port = 5005, host_port = 5005, host_ip = "127.0.0.1" }]
health_check = { type = "http", path = "/healthz", port = 8080, headers = { X-Probe = "it\u0027s" } }
environment = { HOME_DIR = "$HOME/x", ANSWER = "yes", ZIP = "0123", TEMPLATE = "${A} %{B}" }
command = ["/bin/api"]
args = ["--listen", ":8080"]
expose = [{ type = "ingress", port = "http", host = "api.example", tls_secret = "api-tls" }, { type = "node-port", port = "http", node_port = 30080 }]
annotations = { "example.com/note" = "a: b # c" }
dependencies = { requires = [{ service = "db", version = "^15" }], optional = ["cache"] }

[services.cache]
display_name = "Cache"
type = "cache"
version = "7.0.0"
image = "redis:7"
owner = "@data"
ports = [{ name = "redis", port = 6379 }]

[services.migrate]
display_name = "Migrations"
type = "job"
version = "1.2.0"
image = "registry.example/migrate:1.2.0"
owner = "@core"
schedule = "0 3 * * *"
dependencies = { requires = [{ service = "db", condition = "healthy" }] }
)");

const QString project = QStringLiteral(R"([project]
owner = "@p1"
uses = ["api", "db", "cache", "migrate"]
)");

const QString deployment = QStringLiteral(R"(default_target = "staging"

[targets.staging]
cluster = "dev"
namespace = "p1-staging"
replicas = 1
auto_deploy = true

[targets.production]
cluster = "prod"
replicas = 2
strategy = "canary"
canary_percentage = 20
approval_required = true
service_replicas = { api = 4 }

[targets.production.regions.eu]
cluster = "prod-eu"
replicas = 3

[targets.production.regions.us]
cluster = "prod-us"
canary_percentage = 50
)");

const QString security = QStringLiteral(R"([privileges]
allow_privileged = false
run_as_non_root = true
read_only_root_fs = true

[[waivers]]
rule = "privileges.read_only_root_fs"
service = "db"
reason = "writes its data directory"
approved_by = "@security"
expires = 2027-06-30
)");

QMap<QString, QString> fixtureFiles()
{
    return {{QStringLiteral("services/catalog.toml"), catalog},
            {QStringLiteral("projects/p1/services.toml"), project},
            {QStringLiteral("projects/p1/deployment.toml"), deployment},
            {QStringLiteral("policies/security.toml"), security}};
}

/// A catalog service added to the fixture and used by p1.
void addService(QMap<QString, QString> &files, const QString &id, const QString &table)
{
    files[QStringLiteral("services/catalog.toml")] += QStringLiteral("\n[services.%1]\n").arg(id) + table;
    files[QStringLiteral("projects/p1/services.toml")].replace(QStringLiteral("\"migrate\"]"),
                                                               QStringLiteral("\"migrate\", \"%1\"]").arg(id));
}

/// `files` written by `builder` (whose folder lives as long as it does) and loaded.
RegistryPtr load(RegistryBuilder &builder, const QMap<QString, QString> &files)
{
    builder.setFiles(files);
    return RegistryLoader::load(builder.write());
}

/// The files of one format, by path below the format's folder.
QMap<QString, QByteArray> generate(const Registry &registry, const QString &format, const QString &target = {},
                                   const QString &commit = {})
{
    GenerationRequest request;
    request.project = QStringLiteral("p1");
    request.target = target;
    request.commit = commit;
    request.repositoryUrl = QStringLiteral("https://git.example/deploy.git");
    QString error;
    const auto context = GenerationContext::create(registry, request, &error);
    if (!context)
        qFatal("%s", qPrintable(error));
    QMap<QString, QByteArray> out;
    for (const GeneratedFile &f : Generator::find(format)->generate(*context))
        out.insert(f.path, f.content);
    return out;
}

std::vector<YAML::Node> documents(const QByteArray &yaml)
{
    return YAML::LoadAll(yaml.toStdString());
}

YAML::Node document(const QByteArray &yaml, const std::string &kind, const std::string &name)
{
    for (const YAML::Node &d : documents(yaml)) {
        if (d["kind"].as<std::string>() == kind && d["metadata"]["name"].as<std::string>() == name)
            return d;
    }
    qFatal("no %s %s", kind.c_str(), name.c_str());
}

QString text(const YAML::Node &node)
{
    return QString::fromStdString(node.as<std::string>());
}

} // namespace

class GenerateTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_builder.setFiles(fixtureFiles());
        m_registry = RegistryLoader::load(m_builder.write());
        QVERIFY2(m_registry->diagnostics.isEmpty(), qPrintable(m_registry->diagnostics.value(0).message));
    }

    void everyFormatIsThere()
    {
        QCOMPARE(Generator::formats(),
                 (QStringList{QStringLiteral("docker"), QStringLiteral("kubernetes"), QStringLiteral("terraform"),
                              QStringLiteral("kcl"), QStringLiteral("argocd"), QStringLiteral("flux"),
                              QStringLiteral("prometheus"), QStringLiteral("grafana")}));
    }

    void composeCarriesTheService()
    {
        const QByteArray compose = generate(*m_registry, QStringLiteral("docker")).value(QStringLiteral("compose.yaml"));
        QVERIFY(compose.startsWith("# Generated by Service Registry from catalog 2.0.0, project p1, target staging.\n"));
        QVERIFY(!compose.contains("\nversion:"));
        // depends_on in the long form: healthy where the dependency has a check, optional not required.
        QVERIFY(compose.contains("    depends_on:\n      cache:\n        condition: service_started\n        required: false\n"
                                 "      db:\n        condition: service_healthy\n"));
        // Kubernetes quantities in Compose's units; Go durations.
        QVERIFY(compose.contains("        limits:\n          cpus: \"1.5\"\n          memory: \"1000000000b\"\n"
                                 "        reservations:\n          cpus: \"0.5\"\n          memory: \"512m\"\n"));
        QVERIFY(compose.contains("      interval: \"24h\"\n"));
        QVERIFY(compose.contains("      timeout: \"1s500ms\"\n"));
        // Secrets are interpolated from the environment, never written.
        QVERIFY(compose.contains("      PASSWORD: ${DB_PASSWORD:?set DB_PASSWORD, the secret PASSWORD}\n"));
        QVERIFY(compose.contains("      LOCAL: ${DB_LOCAL:?set DB_LOCAL, the secret LOCAL}\n"));
        QVERIFY(!compose.contains("secret/data/db#password\n      "));
        QVERIFY(compose.contains("#   DB_PASSWORD: vault:secret/data/db#password\n"));

        const YAML::Node root = YAML::Load(compose.toStdString());
        const YAML::Node api = root["services"]["api"];
        // Values parse back as the strings they are; '$' is doubled against interpolation.
        QCOMPARE(text(api["environment"]["ANSWER"]), QStringLiteral("yes"));
        QCOMPARE(text(api["environment"]["ZIP"]), QStringLiteral("0123"));
        QCOMPARE(text(api["environment"]["HOME_DIR"]), QStringLiteral("$$HOME/x"));
        QCOMPARE(text(api["environment"]["TEMPLATE"]), QStringLiteral("$${A} %{B}"));
        QCOMPARE(text(api["entrypoint"][0]), QStringLiteral("/bin/api"));
        QCOMPARE(text(api["command"][1]), QStringLiteral(":8080"));
        QCOMPARE(text(api["healthcheck"]["test"][1]),
                 QStringLiteral("wget -q -O /dev/null --header 'X-Probe: it'\\''s' 'http://127.0.0.1:8080/healthz' || exit 1"));
        QCOMPARE(text(api["ports"][0]["host_ip"]), QStringLiteral("127.0.0.1"));
        QCOMPARE(api["ports"][0]["published"].as<int>(), 5005);
        QCOMPARE(text(api["expose"][0]), QStringLiteral("8080/tcp"));
        QCOMPARE(api["read_only"].as<bool>(), true);
        // The waiver exempts db from the read-only root file system.
        QVERIFY(!root["services"]["db"]["read_only"]);
        QCOMPARE(text(root["services"]["db"]["volumes"][0]["source"]), QStringLiteral("db-data"));
        QVERIFY(root["volumes"]["db-data"]);
        // A job runs once and is not restarted.
        QCOMPARE(text(root["services"]["migrate"]["restart"]), QStringLiteral("no"));
        QVERIFY(!root["services"]["migrate"]["deploy"]);
        QCOMPARE(text(root["services"]["migrate"]["networks"][0]), QStringLiteral("p1"));
    }

    /// A version with build metadata ("+build.7") is not a valid image tag: the generated
    /// reference follows Docker's tag grammar in every format that names the image.
    void imageTagsFollowDockersGrammar()
    {
        QMap<QString, QString> files = fixtureFiles();
        addService(files, QStringLiteral("tool"), QStringLiteral(R"(display_name = "Tool"
type = "worker"
version = "1.0.0+build.7"
owner = "@core"
build = { context = "tools/tool" }
)"));
        RegistryBuilder builder;
        const RegistryPtr registry = load(builder, files);
        QVERIFY2(registry->project(QStringLiteral("p1"))->find(QStringLiteral("tool")), "the fixture uses tool");
        const YAML::Node deployment = document(
            generate(*registry, QStringLiteral("kubernetes")).value(QStringLiteral("base/tool.yaml")), "Deployment", "tool");
        QCOMPARE(text(deployment["spec"]["template"]["spec"]["containers"][0]["image"]), QStringLiteral("tool:1.0.0_build.7"));
        QVERIFY(
            generate(*registry, QStringLiteral("kcl")).value(QStringLiteral("services.k")).contains("\"tool:1.0.0_build.7\""));
        QCOMPARE(sr::dockerTag(QStringLiteral("-rc+1/x")), QStringLiteral("_rc_1_x"));
        QCOMPARE(sr::dockerTag(QString(200, QLatin1Char('a'))).size(), 128);
    }

    /// The environment reaches the pods through a ConfigMap, read at start: a checksum of it in
    /// the pod template makes a changed variable roll the pods (as Helm charts do).
    void changedConfigurationRollsThePods()
    {
        const auto checksumOf = [](const Registry &registry) {
            const YAML::Node deployment = document(
                generate(registry, QStringLiteral("kubernetes")).value(QStringLiteral("base/api.yaml")), "Deployment", "api");
            return text(deployment["spec"]["template"]["metadata"]["annotations"]["checksum/config"]);
        };
        const QString before = checksumOf(*m_registry);
        QCOMPARE(before.size(), 64);
        QMap<QString, QString> files = fixtureFiles();
        files[QStringLiteral("services/catalog.toml")].replace(QStringLiteral("ANSWER = \"yes\""),
                                                               QStringLiteral("ANSWER = \"no\""));
        RegistryBuilder builder;
        const RegistryPtr changed = load(builder, files);
        QVERIFY(checksumOf(*changed) != before);
        // A service without configuration has no checksum: nothing to roll for.
        const YAML::Node cache = document(
            generate(*m_registry, QStringLiteral("kubernetes")).value(QStringLiteral("base/cache.yaml")), "Deployment", "cache");
        QVERIFY(!cache["spec"]["template"]["metadata"]["annotations"]);
    }

    /// Blue-green (Argo Rollouts): public traffic reaches the active pods only, and a service
    /// without ports, which no Service can switch, is replaced whole before the old pods go.
    void blueGreenReachesTheActivePodsOnly()
    {
        QMap<QString, QString> files = fixtureFiles();
        addService(files, QStringLiteral("worker"), QStringLiteral(R"(display_name = "Worker"
type = "worker"
version = "1.0.0"
image = "registry.example/worker:1.0.0"
owner = "@core"
)"));
        files[QStringLiteral("projects/p1/deployment.toml")] += QStringLiteral(R"(
[targets.blue]
cluster = "prod"
replicas = 2
strategy = "blue-green"
)");
        RegistryBuilder builder;
        const RegistryPtr registry = load(builder, files);
        const auto out = generate(*registry, QStringLiteral("kubernetes"), QStringLiteral("blue"));
        const QByteArray api = out.value(QStringLiteral("base/api.yaml"));
        const YAML::Node rollout = document(api, "Rollout", "api");
        QCOMPARE(text(rollout["spec"]["strategy"]["blueGreen"]["activeService"]), QStringLiteral("api"));
        QCOMPARE(text(rollout["spec"]["strategy"]["blueGreen"]["previewService"]), QStringLiteral("api-preview"));
        // The node port goes through the active Service, whose selector Argo Rollouts narrows
        // to the active pods; no other Service selects the pods.
        QStringList services;
        for (const YAML::Node &d : documents(api)) {
            if (text(d["kind"]) == QLatin1String("Service"))
                services.append(text(d["metadata"]["name"]));
        }
        QCOMPARE(services, (QStringList{QStringLiteral("api"), QStringLiteral("api-preview")}));
        const YAML::Node active = document(api, "Service", "api");
        QCOMPARE(text(active["spec"]["type"]), QStringLiteral("NodePort"));
        QCOMPARE(text(active["spec"]["ports"][0]["name"]), QStringLiteral("http"));
        QCOMPARE(active["spec"]["ports"][0]["nodePort"].as<int>(), 30080);
        QVERIFY(!active["spec"]["ports"][1]["nodePort"]);
        const YAML::Node preview = document(api, "Service", "api-preview");
        QCOMPARE(text(preview["spec"]["type"]), QStringLiteral("ClusterIP"));
        QVERIFY(!preview["spec"]["ports"][0]["nodePort"]);
        QCOMPARE(text(document(api, "Ingress", "api")["spec"]["rules"][0]["http"]["paths"][0]["backend"]["service"]["name"]),
                 QStringLiteral("api"));
        // No ports, no Services to switch: a Deployment that starts every new pod first.
        const YAML::Node worker = document(out.value(QStringLiteral("base/worker.yaml")), "Deployment", "worker");
        QCOMPARE(text(worker["spec"]["strategy"]["type"]), QStringLiteral("RollingUpdate"));
        QCOMPARE(text(worker["spec"]["strategy"]["rollingUpdate"]["maxSurge"]), QStringLiteral("100%"));
        QCOMPARE(worker["spec"]["strategy"]["rollingUpdate"]["maxUnavailable"].as<int>(), 0);
    }

    /// Objects read as kubectl and Helm write them: apiVersion, kind, metadata (name and
    /// namespace first), then the body; a list entry starts with its name.
    void kubernetesKeysInTheConventionalOrder()
    {
        const QByteArray api = generate(*m_registry, QStringLiteral("kubernetes")).value(QStringLiteral("base/api.yaml"));
        const qsizetype start = api.indexOf("apiVersion: v1\nkind: ConfigMap\n");
        QVERIFY(start >= 0);
        QVERIFY(api.mid(start).startsWith(
            "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: api-env\n  namespace: p1-staging\n  labels:\n"));
        QVERIFY(api.contains("      containers:\n        - name: api\n          image: registry.example/api:1.2.0\n"));
        const QByteArray compose = generate(*m_registry, QStringLiteral("docker")).value(QStringLiteral("compose.yaml"));
        QVERIFY(compose.contains("\nname: p1\n"));
        QVERIFY(compose.indexOf("\nname: p1\n") < compose.indexOf("\nservices:\n"));
    }

    /// Compose reaches a container on its own port: an address of a service port that differs
    /// from the container's (api 80 → 8080) is written with the container's port there, and
    /// stays as written for Kubernetes, whose Service maps the port.
    void composeAddressesContainersOnTheirOwnPorts()
    {
        QMap<QString, QString> files = fixtureFiles();
        files[QStringLiteral("services/catalog.toml")].replace(
            QStringLiteral("image = \"redis:7\""),
            QStringLiteral("image = \"redis:7\"\nenvironment = { API_URL = \"http://api:80/v1\", API_ADDR = \"api:80\", "
                           "API_HOME = \"http://api\", RAPID = \"rapid:80\", DEBUG = \"api:5005\", LIST = \"db:5432,api:80\" }"));
        RegistryBuilder builder;
        const RegistryPtr registry = load(builder, files);
        const QByteArray compose = generate(*registry, QStringLiteral("docker")).value(QStringLiteral("compose.yaml"));
        const YAML::Node environment = YAML::Load(compose.toStdString())["services"]["cache"]["environment"];
        QCOMPARE(text(environment["API_URL"]), QStringLiteral("http://api:8080/v1"));
        QCOMPARE(text(environment["API_ADDR"]), QStringLiteral("api:8080"));
        QCOMPARE(text(environment["API_HOME"]), QStringLiteral("http://api:8080"));
        QCOMPARE(text(environment["RAPID"]), QStringLiteral("rapid:80"));
        QCOMPARE(text(environment["DEBUG"]), QStringLiteral("api:5005"));
        QCOMPARE(text(environment["LIST"]), QStringLiteral("db:5432,api:8080"));
        QVERIFY(compose.contains("#   api:80 is written api:8080\n"));
        const YAML::Node configMap = document(
            generate(*registry, QStringLiteral("kubernetes")).value(QStringLiteral("base/cache.yaml")), "ConfigMap", "cache-env");
        QCOMPARE(text(configMap["data"]["API_ADDR"]), QStringLiteral("api:80"));
    }

    /// Format 1.2 carries what real files say and 1.1 could not: the pod's container name, an
    /// exposure's object name, an init container's arguments and environment, a script's
    /// mode, Compose networks and a developer's bind mount (Compose only).
    void formatOneTwoFactsReachTheFiles()
    {
        QMap<QString, QString> files = fixtureFiles();
        addService(files, QStringLiteral("shopfront"), QStringLiteral(R"(display_name = "Shop front"
type = "web"
version = "1.0.0"
image = "registry.example/shopfront:1.0.0"
owner = "@core"
main_container = "server"
networks = ["p1", "edge"]
ports = [{ name = "http", port = 80, container_port = 8080, protocol = "http" }]
expose = [{ type = "load-balancer", port = "http", name = "shopfront-external" },
          { type = "ingress", host = "shop.example.com", name = "shop" }]
init_containers = [{ name = "warm", image = "busybox:1.36", command = ["sh"], args = ["-c", "true"], environment = { LEVEL = "3" } }]
volumes = [
  { name = "src", type = "bind", source = "./src", mount_path = "/app/src", read_only = true },
  { name = "start", type = "config", mount_path = "/start.sh", content = "#!/bin/sh\n", mode = "0755" },
]
)"));
        RegistryBuilder builder;
        const RegistryPtr registry = load(builder, files);
        const QByteArray manifests
            = generate(*registry, QStringLiteral("kubernetes")).value(QStringLiteral("base/shopfront.yaml"));
        const YAML::Node pod = document(manifests, "Deployment", "shopfront")["spec"]["template"]["spec"];
        QCOMPARE(text(pod["containers"][0]["name"]), QStringLiteral("server"));
        QCOMPARE(text(pod["initContainers"][0]["args"][1]), QStringLiteral("true"));
        QCOMPARE(text(pod["initContainers"][0]["env"][0]["name"]), QStringLiteral("LEVEL"));
        QCOMPARE(text(pod["initContainers"][0]["env"][0]["value"]), QStringLiteral("3"));
        QCOMPARE(pod["volumes"].size(), size_t(1)); // the bind mount stays on the developer's machine
        QCOMPARE(pod["volumes"][0]["configMap"]["items"][0]["mode"].as<int>(), 0755);
        QCOMPARE(pod["containers"][0]["volumeMounts"].size(), size_t(1));
        QCOMPARE(text(document(manifests, "Service", "shopfront-external")["spec"]["type"]), QStringLiteral("LoadBalancer"));
        QCOMPARE(text(document(manifests, "Ingress", "shop")["spec"]["rules"][0]["host"]), QStringLiteral("shop.example.com"));

        const YAML::Node compose
            = YAML::Load(generate(*registry, QStringLiteral("docker")).value(QStringLiteral("compose.yaml")).toStdString());
        const YAML::Node front = compose["services"]["shopfront"];
        QCOMPARE(front["networks"].size(), size_t(2));
        QCOMPARE(text(front["networks"][1]), QStringLiteral("edge"));
        QVERIFY(compose["networks"]["edge"].IsMap());
        QVERIFY(compose["networks"]["p1"].IsMap());
        QCOMPARE(text(compose["services"]["db"]["networks"][0]), QStringLiteral("p1"));
        QCOMPARE(text(front["volumes"][0]["type"]), QStringLiteral("bind"));
        QCOMPARE(text(front["volumes"][0]["source"]), QStringLiteral("./src"));
        QVERIFY(front["volumes"][0]["read_only"].as<bool>());
        QCOMPARE(front["configs"][0]["mode"].as<int>(), 0755);
        const YAML::Node init = compose["services"]["shopfront-init-warm"];
        QCOMPARE(text(init["command"][0]), QStringLiteral("-c"));
        QCOMPARE(text(init["environment"]["LEVEL"]), QStringLiteral("3"));

        // A service that leaves the project's network cannot reach what it depends on.
        files[QStringLiteral("services/catalog.toml")].replace(
            QStringLiteral("networks = [\"p1\", \"edge\"]"),
            QStringLiteral("networks = [\"edge\"]\ndependencies = { requires = [\"db\"] }"));
        RegistryBuilder isolated;
        Diagnostics diagnostics = Validator::validate(*load(isolated, files));
        const auto found = std::find_if(diagnostics.cbegin(), diagnostics.cend(), [](const Diagnostic &d) {
            return d.message.contains(QLatin1String("share no network"));
        });
        QVERIFY(found != diagnostics.cend());
        QCOMPARE(found->code, QStringLiteral("SR007"));
        QCOMPARE(found->message,
                 QStringLiteral("service 'shopfront' depends on 'db', but in Compose they share no network (edge; p1)"));
    }

    /// The registry names its GitOps repository once ([gitops] in governance.toml): Argo CD and
    /// Flux files need no flags; the command line still overrides it.
    void gitOpsRepositoryNamedOnce()
    {
        QMap<QString, QString> files = fixtureFiles();
        files[QStringLiteral("policies/governance.toml")] = QStringLiteral(R"([change_control]
breaking_changes_require = ["@core"]

[gitops]
repository = "git@git.example.com:platform/deploy.git"
path = "clusters"
branch = "release"

[groups.core]
members = ["ann"]
)");
        RegistryBuilder builder;
        const RegistryPtr registry = load(builder, files);
        GenerationRequest request;
        request.project = QStringLiteral("p1");
        QString error;
        const auto context = GenerationContext::create(*registry, request, &error);
        QVERIFY(context);
        const YAML::Node app
            = YAML::Load(Generator::find(QStringLiteral("argocd"))->generate(*context).first().content.toStdString());
        QCOMPARE(text(app["spec"]["source"]["repoURL"]), QStringLiteral("git@git.example.com:platform/deploy.git"));
        QCOMPARE(text(app["spec"]["source"]["targetRevision"]), QStringLiteral("release"));
        QCOMPARE(text(app["spec"]["source"]["path"]), QStringLiteral("clusters/p1/staging/kubernetes/base"));

        QTemporaryDir out;
        const QString root = builder.write();
        const QStringList generateArgo{QStringLiteral("generate"), QStringLiteral("-r"), root,      QStringLiteral("-f"),
                                       QStringLiteral("argocd"),   QStringLiteral("-o"), out.path()};
        CliRun run = runCli(generateArgo);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QFile written(QDir(out.path()).filePath(QStringLiteral("p1/staging/argocd/application.yaml")));
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(text(YAML::Load(written.readAll().toStdString())["spec"]["source"]["path"]),
                 QStringLiteral("clusters/p1/staging/kubernetes/base"));
        written.close();
        run = runCli(generateArgo
                     + QStringList{QStringLiteral("--repo-url"), QStringLiteral("https://other.example/x.git"),
                                   QStringLiteral("--repo-revision"), QStringLiteral("main")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const YAML::Node overridden = YAML::Load(written.readAll().toStdString());
        QCOMPARE(text(overridden["spec"]["source"]["repoURL"]), QStringLiteral("https://other.example/x.git"));
        QCOMPARE(text(overridden["spec"]["source"]["targetRevision"]), QStringLiteral("main"));

        files[QStringLiteral("policies/governance.toml")].replace(QStringLiteral("git@git.example.com:platform/deploy.git"),
                                                                  QStringLiteral("deploy repo"));
        RegistryBuilder bad;
        const Diagnostics diagnostics = load(bad, files)->diagnostics;
        QCOMPARE(diagnostics.size(), 1);
        QCOMPARE(diagnostics.first().code, QStringLiteral("SR007"));
        QCOMPARE(diagnostics.first().message, QStringLiteral("gitops repository \"deploy repo\" is not a git URL"));
        QCOMPARE(diagnostics.first().location.line, 5);
    }

    /// A pod that names a service account nothing created is refused: the account is
    /// generated once per project, unless the registry says it exists (format 1.2).
    void serviceAccountsAreCreatedUnlessTheyExist()
    {
        QMap<QString, QString> files = fixtureFiles();
        QString &catalogFile = files[QStringLiteral("services/catalog.toml")];
        catalogFile.replace(QStringLiteral("owner = \"@core\"\ncriticality = \"critical\""),
                            QStringLiteral("owner = \"@core\"\ncriticality = \"critical\"\nservice_account = \"api-runner\""));
        catalogFile.replace(QStringLiteral("image = \"redis:7\""),
                            QStringLiteral("image = \"redis:7\"\nservice_account = \"api-runner\""));
        catalogFile.replace(QStringLiteral("schedule = \"0 3 * * *\""),
                            QStringLiteral("schedule = \"0 3 * * *\"\nservice_account = \"ops\"\nservice_account_exists = true"));
        RegistryBuilder builder;
        const RegistryPtr registry = load(builder, files);
        QVERIFY2(registry->diagnostics.isEmpty(), qPrintable(registry->diagnostics.value(0).message));
        const auto out = generate(*registry, QStringLiteral("kubernetes"));
        const std::vector<YAML::Node> accounts = documents(out.value(QStringLiteral("base/service-accounts.yaml")));
        QCOMPARE(accounts.size(), size_t(1));
        QCOMPARE(text(accounts[0]["kind"]), QStringLiteral("ServiceAccount"));
        QCOMPARE(text(accounts[0]["metadata"]["name"]), QStringLiteral("api-runner"));
        QCOMPARE(text(accounts[0]["metadata"]["namespace"]), QStringLiteral("p1-staging"));
        const YAML::Node kustomization = YAML::Load(out.value(QStringLiteral("base/kustomization.yaml")).toStdString());
        QCOMPARE(text(kustomization["resources"][1]), QStringLiteral("service-accounts.yaml"));
        const QByteArray terraform
            = generate(*registry, QStringLiteral("terraform")).value(QStringLiteral("service-accounts.tf"));
        QVERIFY2(terraform.contains("resource \"kubernetes_service_account_v1\" \"api_runner\""), terraform.constData());
        QVERIFY(!terraform.contains("\"ops\""));
        // Without accounts, no file.
        QVERIFY(!generate(*m_registry, QStringLiteral("kubernetes")).contains(QStringLiteral("base/service-accounts.yaml")));
    }

    void kubernetesCarriesTheService()
    {
        const auto files = generate(*m_registry, QStringLiteral("kubernetes"), QStringLiteral("production"));
        QCOMPARE(files.keys(),
                 (QStringList{QStringLiteral("base/api.yaml"), QStringLiteral("base/cache.yaml"), QStringLiteral("base/db.yaml"),
                              QStringLiteral("base/kustomization.yaml"), QStringLiteral("base/migrate.yaml"),
                              QStringLiteral("base/namespace.yaml"), QStringLiteral("overlays/eu/kustomization.yaml"),
                              QStringLiteral("overlays/us/kustomization.yaml")}));
        // A database: StatefulSet with a claim per replica, a headless Service, a disruption budget.
        const QByteArray db = files.value(QStringLiteral("base/db.yaml"));
        QStringList kinds;
        for (const YAML::Node &d : documents(db))
            kinds.append(text(d["kind"]));
        QCOMPARE(kinds,
                 (QStringList{QStringLiteral("ExternalSecret"), QStringLiteral("StatefulSet"), QStringLiteral("Service"),
                              QStringLiteral("Service"), QStringLiteral("PodDisruptionBudget")}));
        const YAML::Node set = document(db, "StatefulSet", "db");
        QCOMPARE(set["spec"]["replicas"].as<int>(), 2);
        QCOMPARE(text(set["spec"]["serviceName"]), QStringLiteral("db-headless"));
        QCOMPARE(text(set["spec"]["volumeClaimTemplates"][0]["spec"]["resources"]["requests"]["storage"]), QStringLiteral("1Gi"));
        const YAML::Node container = set["spec"]["template"]["spec"]["containers"][0];
        QCOMPARE(text(container["env"][0]["name"]), QStringLiteral("LOCAL"));
        QCOMPARE(text(container["env"][0]["valueFrom"]["secretKeyRef"]["name"]), QStringLiteral("db-secrets"));
        QCOMPARE(text(container["env"][1]["valueFrom"]["secretKeyRef"]["name"]), QStringLiteral("db-vault"));
        QCOMPARE(text(container["env"][2]["valueFrom"]["secretKeyRef"]["name"]), QStringLiteral("db-token"));
        QCOMPARE(text(container["env"][2]["valueFrom"]["secretKeyRef"]["key"]), QStringLiteral("token"));
        QCOMPARE(container["securityContext"]["runAsNonRoot"].as<bool>(), true);
        QVERIFY(!container["securityContext"]["readOnlyRootFilesystem"]); // waived
        QCOMPARE(container["livenessProbe"]["periodSeconds"].as<int>(), 86400);
        QCOMPARE(container["livenessProbe"]["timeoutSeconds"].as<int>(), 2);
        QCOMPARE(text(container["livenessProbe"]["exec"]["command"][0]), QStringLiteral("pg_isready"));
        QCOMPARE(text(container["resources"]["limits"]["memory"]), QStringLiteral("1G"));
        const YAML::Node external = document(db, "ExternalSecret", "db-vault");
        QCOMPARE(text(external["spec"]["data"][0]["remoteRef"]["key"]), QStringLiteral("secret/data/db"));
        QCOMPARE(text(external["spec"]["data"][0]["remoteRef"]["property"]), QStringLiteral("password"));
        QCOMPARE(text(document(db, "Service", "db-headless")["spec"]["clusterIP"]), QStringLiteral("None"));
        QCOMPARE(document(db, "PodDisruptionBudget", "db")["spec"]["maxUnavailable"].as<int>(), 1);

        // A canary target: an Argo Rollouts Rollout; exposures; annotations that need quoting.
        const QByteArray api = files.value(QStringLiteral("base/api.yaml"));
        const YAML::Node rollout = document(api, "Rollout", "api");
        QCOMPARE(rollout["spec"]["replicas"].as<int>(), 4); // service_replicas
        const YAML::Node steps = rollout["spec"]["strategy"]["canary"]["steps"];
        QCOMPARE(steps.size(), size_t(4));
        QCOMPARE(steps[0]["setWeight"].as<int>(), 20);
        QCOMPARE(steps[2]["setWeight"].as<int>(), 50);
        QCOMPARE(text(steps[3]["pause"]["duration"]), QStringLiteral("10m"));
        QCOMPARE(text(rollout["spec"]["template"]["metadata"]["annotations"]["example.com/note"]), QStringLiteral("a: b # c"));
        const YAML::Node apiContainer = rollout["spec"]["template"]["spec"]["containers"][0];
        QCOMPARE(text(apiContainer["ports"][0]["name"]), QStringLiteral("http"));
        QCOMPARE(apiContainer["ports"][0]["containerPort"].as<int>(), 8080);
        QCOMPARE(text(apiContainer["readinessProbe"]["httpGet"]["httpHeaders"][0]["value"]), QStringLiteral("it's"));
        const YAML::Node env = document(api, "ConfigMap", "api-env");
        QCOMPARE(text(env["data"]["ANSWER"]), QStringLiteral("yes"));
        QCOMPARE(text(env["data"]["ZIP"]), QStringLiteral("0123"));
        QCOMPARE(text(env["data"]["TEMPLATE"]), QStringLiteral("${A} %{B}"));
        const YAML::Node service = document(api, "Service", "api");
        QCOMPARE(service["spec"]["ports"][0]["port"].as<int>(), 80);
        QCOMPARE(text(service["spec"]["ports"][0]["targetPort"]), QStringLiteral("http"));
        QCOMPARE(text(service["spec"]["ports"][0]["appProtocol"]), QStringLiteral("http"));
        const YAML::Node ingress = document(api, "Ingress", "api");
        QCOMPARE(text(ingress["spec"]["rules"][0]["host"]), QStringLiteral("api.example"));
        QCOMPARE(text(ingress["spec"]["tls"][0]["secretName"]), QStringLiteral("api-tls"));
        QCOMPARE(document(api, "Service", "api-nodeport")["spec"]["ports"][0]["nodePort"].as<int>(), 30080);
        QCOMPARE(document(api, "PodDisruptionBudget", "api")["spec"]["maxUnavailable"].as<int>(), 1);

        const YAML::Node cron = document(files.value(QStringLiteral("base/migrate.yaml")), "CronJob", "migrate");
        QCOMPARE(text(cron["spec"]["schedule"]), QStringLiteral("0 3 * * *"));
        QCOMPARE(text(cron["spec"]["jobTemplate"]["spec"]["template"]["spec"]["restartPolicy"]), QStringLiteral("Never"));

        // Overlays: what differs in each region.
        const YAML::Node eu = YAML::Load(files.value(QStringLiteral("overlays/eu/kustomization.yaml")).toStdString());
        QCOMPARE(text(eu["resources"][0]), QStringLiteral("../../base"));
        QCOMPARE(eu["patches"].size(), size_t(2));
        QCOMPARE(text(eu["patches"][0]["target"]["name"]), QStringLiteral("db"));
        QCOMPARE(text(eu["patches"][0]["patch"]), QStringLiteral("- op: replace\n  path: /spec/replicas\n  value: 3\n"));
        const YAML::Node us = YAML::Load(files.value(QStringLiteral("overlays/us/kustomization.yaml")).toStdString());
        QCOMPARE(text(us["patches"][0]["patch"]),
                 QStringLiteral("- op: replace\n  path: /spec/strategy/canary/steps/0/setWeight\n  value: 50\n"));
    }

    void terraformMatchesKubernetes()
    {
        const auto files = generate(*m_registry, QStringLiteral("terraform"), QStringLiteral("production"));
        const QString api = QString::fromUtf8(files.value(QStringLiteral("api.tf")));
        QVERIFY(api.contains(QStringLiteral("resource \"kubernetes_manifest\" \"api_rollout\" {\n")));
        QVERIFY(api.contains(QStringLiteral("image = \"registry.example/api:${var.image_tags[\"api\"]}\"\n")));
        QVERIFY(api.contains(QStringLiteral("replicas = 4\n")));
        // Template sequences in values are escaped; '=' of adjacent attributes aligned.
        QVERIFY(api.contains(QStringLiteral("TEMPLATE = \"$${A} %%{B}\"\n")));
        QVERIFY(api.contains(
            QStringLiteral("    name      = \"api-env\"\n    namespace = kubernetes_namespace_v1.this.metadata[0].name\n")));
        const QString db = QString::fromUtf8(files.value(QStringLiteral("db.tf")));
        QVERIFY(db.contains(QStringLiteral("resource \"kubernetes_stateful_set_v1\" \"db\" {\n")));
        QVERIFY(db.contains(QStringLiteral("resource \"kubernetes_service_v1\" \"db_headless\" {\n")));
        QVERIFY(db.contains(QStringLiteral("    cluster_ip = \"None\"\n    port {\n")));
        QVERIFY(db.contains(QStringLiteral("volume_claim_template {\n")));
        const QString variables = QString::fromUtf8(files.value(QStringLiteral("variables.tf")));
        QVERIFY(variables.contains(
            QStringLiteral("  default = {\n    api     = \"1.2.0\"\n    cache   = \"7\"\n    db      = \"15\"\n"
                           "    migrate = \"1.2.0\"\n  }\n")));
        QVERIFY(files.value(QStringLiteral("main.tf")).contains("source  = \"hashicorp/kubernetes\""));
    }

    void gitOpsAndAlerts()
    {
        const YAML::Node staging
            = YAML::Load(generate(*m_registry, QStringLiteral("argocd")).value(QStringLiteral("application.yaml")).toStdString());
        QCOMPARE(text(staging["kind"]), QStringLiteral("Application"));
        QCOMPARE(text(staging["spec"]["source"]["path"]), QStringLiteral("p1/staging/kubernetes/base"));
        QCOMPARE(text(staging["spec"]["destination"]["name"]), QStringLiteral("dev"));
        QCOMPARE(text(staging["spec"]["destination"]["namespace"]), QStringLiteral("p1-staging"));
        QVERIFY(staging["spec"]["syncPolicy"]["automated"]["selfHeal"].as<bool>());
        const YAML::Node production = YAML::Load(generate(*m_registry, QStringLiteral("argocd"), QStringLiteral("production"))
                                                     .value(QStringLiteral("application.yaml"))
                                                     .toStdString());
        QCOMPARE(text(production["kind"]), QStringLiteral("ApplicationSet"));
        QCOMPARE(text(production["spec"]["generators"][0]["list"]["elements"][1]["cluster"]), QStringLiteral("prod-us"));
        QCOMPARE(text(production["spec"]["template"]["spec"]["source"]["path"]),
                 QStringLiteral("p1/production/kubernetes/overlays/{{region}}"));
        QVERIFY(!production["spec"]["template"]["spec"]["syncPolicy"]["automated"]); // approval required

        const auto flux = generate(*m_registry, QStringLiteral("flux"), QStringLiteral("production"));
        const auto kustomizations = documents(flux.value(QStringLiteral("kustomizations.yaml")));
        QCOMPARE(kustomizations.size(), size_t(2));
        QCOMPARE(text(kustomizations[0]["spec"]["path"]), QStringLiteral("./p1/production/kubernetes/overlays/eu"));
        QCOMPARE(kustomizations[0]["spec"]["suspend"].as<bool>(), true);
        QCOMPARE(text(kustomizations[0]["spec"]["kubeConfig"]["secretRef"]["name"]), QStringLiteral("prod-eu-kubeconfig"));

        const YAML::Node rules
            = YAML::Load(generate(*m_registry, QStringLiteral("prometheus")).value(QStringLiteral("rules.yaml")).toStdString());
        QStringList alerts;
        for (const YAML::Node &group : rules["groups"]) {
            for (const YAML::Node &rule : group["rules"]) {
                if (rule["alert"])
                    alerts.append(text(rule["alert"]));
            }
        }
        QCOMPARE(alerts,
                 (QStringList{QStringLiteral("ServiceNotHealthy"), QStringLiteral("DeploymentFailed"),
                              QStringLiteral("RolloutStuck")}));
        QCOMPARE(text(rules["groups"][0]["rules"][0]["record"]), QStringLiteral("registry:deployments:success_ratio_rate1h"));
        QCOMPARE(text(rules["groups"][0]["rules"][1]["expr"]),
                 QStringLiteral("registry_service_up{project=\"p1\", target=\"staging\"} == 0 or "
                                "up{namespace=\"p1-staging\", service=~\"api|db|cache\"} == 0"));
        QCOMPARE(text(rules["groups"][0]["rules"][1]["annotations"]["runbook_url"]),
                 QStringLiteral("runbooks/ServiceNotHealthy.md"));

        const QString kcl = QString::fromUtf8(generate(*m_registry, QStringLiteral("kcl")).value(QStringLiteral("services.k")));
        QVERIFY(kcl.contains(QStringLiteral("    \"api\": Service {\n        name = \"api\"\n        serviceType = \"api\"\n")));
        QVERIFY(kcl.contains(QStringLiteral("\"TEMPLATE\": \"\\${A} %{B}\"")));
    }

    void sloObjectivesFallBackToTheTierOneByOne()
    {
        // The project states only availability for api: its latency objective still comes from
        // the SLA tier of its criticality, over the project's 7-day window.
        RegistryBuilder builder;
        builder.set(QStringLiteral("policies/sla.toml"),
                    QStringLiteral("[sla.medium]\navailability = \"99.5%\"\nresponse_time_p99 = \"250ms\"\n"));
        builder.set(QStringLiteral("projects/p1/deployment.toml"), QStringLiteral("[targets.staging]\ncluster = \"c\"\n"));
        builder.set(QStringLiteral("projects/p1/monitoring.toml"),
                    QStringLiteral("runbook_url = \"https://runbooks.example/p1/{alert}\"\n\n"
                                   "[slo.api]\navailability = \"99.9%\"\nerror_budget_window = \"7d\"\n"));
        const RegistryPtr registry = RegistryLoader::load(builder.write());
        QVERIFY2(registry->diagnostics.isEmpty(), qPrintable(registry->diagnostics.value(0).message));
        const YAML::Node rules
            = YAML::Load(generate(*registry, QStringLiteral("prometheus")).value(QStringLiteral("rules.yaml")).toStdString());
        QMap<QString, QString> objectives; // service/slo → objective recorded
        QMap<QString, QString> pages; // service/slo → the page alert's expression
        for (const YAML::Node &group : rules["groups"]) {
            for (const YAML::Node &rule : group["rules"]) {
                if (!rule["labels"] || !rule["labels"]["slo"])
                    continue;
                const QString key = text(rule["labels"]["service"]) + QLatin1Char('/') + text(rule["labels"]["slo"]);
                const QString name = text(rule[rule["record"] ? "record" : "alert"]);
                if (name == QLatin1String("slo:objective:ratio"))
                    objectives.insert(key, text(rule["expr"]) + QLatin1Char(' ') + text(rule["labels"]["window"]));
                if (name == QLatin1String("ErrorBudgetBurn") && text(rule["labels"]["burn"]) == QLatin1String("page")) {
                    pages.insert(key, text(rule["expr"]));
                    QCOMPARE(text(rule["annotations"]["runbook_url"]),
                             QStringLiteral("https://runbooks.example/p1/ErrorBudgetBurn"));
                }
            }
        }
        QCOMPARE(objectives,
                 (QMap<QString, QString>{{QStringLiteral("api/availability"), QStringLiteral("vector(0.999) 7d")},
                                         {QStringLiteral("api/latency"), QStringLiteral("vector(0.99) 7d")},
                                         {QStringLiteral("db/availability"), QStringLiteral("vector(0.995) 30d")},
                                         {QStringLiteral("db/latency"), QStringLiteral("vector(0.99) 30d")}}));
        // 7 days: 2% of the budget in an hour is a burn rate of 3.36, 5% in six hours 1.4.
        QCOMPARE(
            pages.value(QStringLiteral("api/availability")),
            QStringLiteral("(slo:sli_error:ratio_rate1h{project=\"p1\", service=\"api\", slo=\"availability\"} > 0.00336 and "
                           "slo:sli_error:ratio_rate5m{project=\"p1\", service=\"api\", slo=\"availability\"} > 0.00336) or "
                           "(slo:sli_error:ratio_rate6h{project=\"p1\", service=\"api\", slo=\"availability\"} > 0.0014 and "
                           "slo:sli_error:ratio_rate30m{project=\"p1\", service=\"api\", slo=\"availability\"} > 0.0014)"));
    }

    void kclIsStructurallySound()
    {
        // No KCL runtime is packaged: every value is a Service of the schema, every attribute
        // it sets is declared there, and brackets balance outside strings.
        const auto files = generate(*m_registry, QStringLiteral("kcl"), QStringLiteral("production"));
        const QString schema = QString::fromUtf8(files.value(QStringLiteral("schema.k")));
        const QString values = QString::fromUtf8(files.value(QStringLiteral("services.k")));
        QVERIFY(schema.contains(QStringLiteral("\nschema Service:\n")));
        QCOMPARE(values.count(QStringLiteral(": Service {\n")), 4);
        for (const QString &id :
             {QStringLiteral("api"), QStringLiteral("db"), QStringLiteral("cache"), QStringLiteral("migrate")})
            QVERIFY2(values.contains(QStringLiteral("    \"%1\": Service {\n        name = \"%1\"\n").arg(id)), qPrintable(id));
        const QRegularExpression attribute(QStringLiteral("^        (\\w+) = "), QRegularExpression::MultilineOption);
        for (auto it = attribute.globalMatch(values); it.hasNext();) {
            const QString name = it.next().captured(1);
            QVERIFY2(schema.contains(QStringLiteral("\n    %1: ").arg(name)), qPrintable(name));
        }
        QVERIFY(values.contains(QStringLiteral("replicas = 4\n")));
        QVERIFY(values.contains(QStringLiteral("Port {name = \"http\", port = 80, containerPort = 8080, protocol = \"TCP\"}")));
        int depth = 0;
        bool inString = false;
        for (qsizetype i = 0; i < values.size(); ++i) {
            const QChar c = values.at(i);
            if (inString) {
                if (c == QLatin1Char('\\'))
                    ++i;
                else if (c == QLatin1Char('"'))
                    inString = false;
                continue;
            }
            if (c == QLatin1Char('#')) {
                i = values.indexOf(QLatin1Char('\n'), i);
                continue;
            }
            if (c == QLatin1Char('"'))
                inString = true;
            else if (c == QLatin1Char('{') || c == QLatin1Char('['))
                ++depth;
            else if (c == QLatin1Char('}') || c == QLatin1Char(']'))
                QVERIFY(--depth >= 0);
        }
        QCOMPARE(depth, 0);
        QVERIFY(!inString);
    }

    void outputIsDeterministicAndSaysWhereItCameFrom()
    {
        for (const QString &format : Generator::formats()) {
            const auto first = generate(*m_registry, format, QStringLiteral("production"), QStringLiteral("0123abc"));
            QCOMPARE(generate(*m_registry, format, QStringLiteral("production"), QStringLiteral("0123abc")), first);
            for (auto it = first.cbegin(); it != first.cend(); ++it) {
                if (it.key().startsWith(QLatin1String("docker/configs/")))
                    continue;
                if (it.key().endsWith(QLatin1String(".json"))) { // JSON has no comments: the dashboard's description says it
                    QVERIFY2(QJsonDocument::fromJson(it.value())
                                 .object()
                                 .value(QStringLiteral("description"))
                                 .toString()
                                 .startsWith(QLatin1String("Generated by Service Registry from catalog 2.0.0, project p1, "
                                                           "target production, commit 0123abc. Do not edit")),
                             qPrintable(format + QLatin1Char('/') + it.key()));
                    continue;
                }
                QVERIFY2(
                    it.value().startsWith("# Generated by Service Registry from catalog 2.0.0, project p1, target production, "
                                          "commit 0123abc.\n"),
                    qPrintable(format + QLatin1Char('/') + it.key()));
            }
        }
    }

    void unknownProjectTargetOrPattern()
    {
        QString error;
        GenerationRequest request;
        request.project = QStringLiteral("p1");
        request.target = QStringLiteral("qa");
        QVERIFY(!GenerationContext::create(*m_registry, request, &error));
        QCOMPARE(error, QStringLiteral("project 'p1' has no target 'qa'; its targets: staging, production"));
        request.target.clear();
        request.pattern = QStringLiteral("web");
        QVERIFY(!GenerationContext::create(*m_registry, request, &error));
        QCOMPARE(error, QStringLiteral("no pattern 'web' in catalog 2.0.0"));
        request.project = QStringLiteral("nope");
        QVERIFY(!GenerationContext::create(*m_registry, request, &error));
        QCOMPARE(error, QStringLiteral("no project 'nope' in the registry"));
    }

    void outputFolderKeepsForeignFilesAndDropsStaleOnes()
    {
        QTemporaryDir out;
        QString error;
        const QList<GeneratedFile> first{{QStringLiteral("p/t/docker/compose.yaml"), "a\n"},
                                         {QStringLiteral("p/t/docker/configs/x"), "x\n"}};
        QVERIFY(GeneratedOutput::write(out.path(), first, &error));
        QFile foreign(out.filePath(QStringLiteral("p/t/docker/README.md")));
        QVERIFY(foreign.open(QIODevice::WriteOnly));
        foreign.write("mine\n");
        foreign.close();
        QVERIFY(GeneratedOutput::compare(out.path(), first).isEmpty());

        const QList<GeneratedFile> second{{QStringLiteral("p/t/docker/compose.yaml"), "b\n"}};
        const auto differences = GeneratedOutput::compare(out.path(), second);
        QCOMPARE(differences.size(), 2);
        QCOMPARE(differences.at(0).path, QStringLiteral("p/t/docker/compose.yaml"));
        QCOMPARE(differences.at(0).kind, GeneratedOutput::Difference::Changed);
        QCOMPARE(differences.at(1).path, QStringLiteral("p/t/docker/configs/x"));
        QCOMPARE(differences.at(1).kind, GeneratedOutput::Difference::Stale);

        GeneratedOutput::Written written;
        QVERIFY(GeneratedOutput::write(out.path(), second, &error, &written));
        QCOMPARE(written.changed, 1);
        QCOMPARE(written.removed, 1);
        QVERIFY(!QFile::exists(out.filePath(QStringLiteral("p/t/docker/configs/x"))));
        QVERIFY(!QFile::exists(out.filePath(QStringLiteral("p/t/docker/configs")))); // emptied folder removed
        QVERIFY(QFile::exists(out.filePath(QStringLiteral("p/t/docker/README.md"))));
        QFile compose(out.filePath(QStringLiteral("p/t/docker/compose.yaml")));
        QVERIFY(compose.open(QIODevice::ReadOnly));
        QCOMPARE(compose.readAll(), QByteArray("b\n"));
        QVERIFY(QFile::remove(out.filePath(QStringLiteral("p/t/docker/compose.yaml"))));
        QCOMPARE(GeneratedOutput::compare(out.path(), second).value(0).kind, GeneratedOutput::Difference::Missing);

        for (const QString &path : {QStringLiteral("../escape/x/y/z"), QStringLiteral("/etc/x/y/z"),
                                    QStringLiteral("p/t/f/../../x"), QStringLiteral("p/t/f\\x")}) {
            QVERIFY(!GeneratedOutput::write(out.path(), {{path, "x"}}, &error));
            QVERIFY2(error.contains(QStringLiteral("would leave the output folder")), qPrintable(error));
        }
    }

    void generateCommand()
    {
        QTemporaryDir out;
        const QString registry = m_builder.path(QStringLiteral("."));
        CliRun run = runCli({QStringLiteral("generate"), QStringLiteral("-r"), registry, QStringLiteral("-f"),
                             QStringLiteral("docker,kubernetes"), QStringLiteral("-o"), out.path()});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QStringLiteral("%1: 7 written, 0 unchanged, 0 removed\n").arg(out.path()));
        QVERIFY(QFile::exists(out.filePath(QStringLiteral("p1/staging/kubernetes/base/api.yaml"))));
        run = runCli({QStringLiteral("generate"), QStringLiteral("-r"), registry, QStringLiteral("-f"),
                      QStringLiteral("docker,kubernetes"), QStringLiteral("-o"), out.path(), QStringLiteral("--check")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QStringLiteral("7 generated files in %1 are up to date\n").arg(out.path()));
        // Again: nothing is written, not even the lists of generated files; a change of the same
        // size is still seen.
        const QString list
            = out.filePath(QStringLiteral("p1/staging/kubernetes/") + QLatin1String(GeneratedOutput::manifestName));
        const QDateTime listed = QFileInfo(list).lastModified();
        const QStringList again{QStringLiteral("generate"),          QStringLiteral("-r"), registry,  QStringLiteral("-f"),
                                QStringLiteral("docker,kubernetes"), QStringLiteral("-o"), out.path()};
        run = runCli(again);
        QCOMPARE(run.out, QStringLiteral("%1: 0 written, 7 unchanged, 0 removed\n").arg(out.path()));
        QCOMPARE(QFileInfo(list).lastModified(), listed);
        {
            QFile api(out.filePath(QStringLiteral("p1/staging/kubernetes/base/api.yaml")));
            QVERIFY(api.open(QIODevice::ReadWrite));
            QByteArray bytes = api.readAll();
            const qsizetype at = bytes.lastIndexOf("api");
            QVERIFY(at > 0);
            bytes[at] = 'x';
            api.seek(0);
            api.write(bytes);
        }
        run = runCli(again);
        QCOMPARE(run.out, QStringLiteral("%1: 1 written, 6 unchanged, 0 removed\n").arg(out.path()));

        QFile edited(out.filePath(QStringLiteral("p1/staging/docker/compose.yaml")));
        QVERIFY(edited.open(QIODevice::Append));
        edited.write("# edited\n");
        edited.close();
        run = runCli({QStringLiteral("generate"), QStringLiteral("-r"), registry, QStringLiteral("-f"),
                      QStringLiteral("docker,kubernetes"), QStringLiteral("-o"), out.path(), QStringLiteral("--check")});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.err,
                 QStringLiteral("changed: p1/staging/docker/compose.yaml\n1 file differs from what the registry "
                                "generates; run service-registry generate to update it\n"));
        // --target all: every target of the project, each in its own folder.
        QTemporaryDir everyTarget;
        run = runCli({QStringLiteral("generate"), QStringLiteral("-r"), registry, QStringLiteral("-f"), QStringLiteral("docker"),
                      QStringLiteral("--target"), QStringLiteral("all"), QStringLiteral("-o"), everyTarget.path()});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(QDir(everyTarget.filePath(QStringLiteral("p1"))).entryList(QDir::Dirs | QDir::NoDotAndDotDot),
                 (QStringList{QStringLiteral("production"), QStringLiteral("staging")}));

        // One file: the count and the folder each in their place.
        QTemporaryDir single;
        const QStringList oneFile{QStringLiteral("generate"), QStringLiteral("-r"),     registry,
                                  QStringLiteral("-f"),       QStringLiteral("docker"), QStringLiteral("-p"),
                                  QStringLiteral("p1"),       QStringLiteral("-o"),     single.path()};
        QCOMPARE(runCli(oneFile).exitCode, 0);
        run = runCli(oneFile + QStringList{QStringLiteral("--check")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QStringLiteral("1 generated file in %1 is up to date\n").arg(single.path()));

        run = runCli({QStringLiteral("generate"), QStringLiteral("-r"), registry, QStringLiteral("-f"), QStringLiteral("helm"),
                      QStringLiteral("-o"), out.path()});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QStringLiteral("unknown format 'helm'")));
        run = runCli({QStringLiteral("generate"), QStringLiteral("-r"), registry, QStringLiteral("-o"), out.path()});
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.err,
                 QStringLiteral("service-registry: --repo-url URL is needed for argocd, flux: the git repository the "
                                "generated files are committed to and read from (or name it once in "
                                "policies/governance.toml, [gitops] repository = \"URL\"; or leave them out of --format)\n"));
        run = runCli({QStringLiteral("generate"), QStringLiteral("-r"), registry, QStringLiteral("-f"), QStringLiteral("docker"),
                      QStringLiteral("-t"), QStringLiteral("qa"), QStringLiteral("-o"), out.path()});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QStringLiteral("project 'p1' has no target 'qa'; its targets: staging, production")));

        // A registry with errors generates nothing.
        RegistryBuilder broken;
        broken.setFiles(fixtureFiles());
        broken.set(QStringLiteral("projects/p1/services.toml"),
                   QStringLiteral("[project]\nowner = \"@p1\"\nuses = [\"api\", \"nope\"]\n"));
        QTemporaryDir empty;
        run = runCli({QStringLiteral("generate"), QStringLiteral("-r"), broken.write(), QStringLiteral("-f"),
                      QStringLiteral("docker"), QStringLiteral("-o"), empty.filePath(QStringLiteral("out"))});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("projects/p1/services.toml:3:")), qPrintable(run.err));
        QVERIFY(run.err.contains(QStringLiteral("nothing was generated")));
        QVERIFY(!QFile::exists(empty.filePath(QStringLiteral("out"))));
    }

private:
    RegistryBuilder m_builder;
    RegistryPtr m_registry;
};

SR_TEST_MAIN(GenerateTest)
#include "tst_generate.moc"
