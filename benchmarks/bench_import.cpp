// bench_import: `import kubernetes` of N objects (issue target: 1,000 objects in at most 1 s).
// Writes N manifests — per service a Deployment, a Service and a ConfigMap, as real systems
// have them — into a folder, then times, in one process as the command runs them: reading and
// parsing the YAML, planning the import into a new registry (catalog match, TOML edits, loading
// and validating the result), and the atomic write. Prints each step, the median of the runs.
//
//   bench_import [--objects 1000] [--runs 5]

#include "benchoptions.h"
#include "catalog/registryloader.h"
#include "edit/starterregistry.h"
#include "import/kubernetesimporter.h"
#include "import/registryimport.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

QByteArray manifests(int services)
{
    QByteArray out;
    for (int i = 0; i < services; ++i) {
        const QByteArray name = "svc-" + QByteArray::number(i);
        // A chain, not a ring: every service but the last calls the next one.
        const QByteArray next = i + 1 < services ? "svc-" + QByteArray::number(i + 1) : QByteArray("external.example.com");
        out += "---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: " + name + "-settings\ndata:\n  level: info\n";
        out += "---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: " + name
            + "\nspec:\n  replicas: " + QByteArray::number(1 + i % 3) + "\n  selector:\n    matchLabels: {app: " + name
            + "}\n  template:\n    metadata:\n      labels: {app: " + name
            + "}\n    spec:\n      serviceAccountName: default\n      containers:\n        - name: server\n"
              "          image: registry.example.com/team/"
            + name + ":v1." + QByteArray::number(i % 10)
            + ".0\n          ports: [{containerPort: 8080, name: http}]\n          env:\n            - {name: NEXT_ADDR, value: "
              "\""
            + next
            + ":80\"}\n            - name: LOG_LEVEL\n              valueFrom:\n                configMapKeyRef: {name: " + name
            + "-settings, key: level}\n          resources:\n            requests: {cpu: 100m, memory: 64Mi}\n"
              "            limits: {cpu: 200m, memory: 128Mi}\n          readinessProbe:\n            httpGet: {path: /healthz, "
              "port: http}\n"
              "          securityContext: {runAsNonRoot: true, readOnlyRootFilesystem: true, allowPrivilegeEscalation: false}\n";
        out += "---\napiVersion: v1\nkind: Service\nmetadata:\n  name: " + name + "\nspec:\n  selector: {app: " + name
            + "}\n  ports: [{name: http, port: 80, targetPort: http, appProtocol: http}]\n";
    }
    return out;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int objects = std::max(3, intOption(args, "--objects", 1000));
    const int runs = std::max(1, intOption(args, "--runs", 5));
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("manifests.yaml"));
    {
        QFile out(file);
        if (!out.open(QIODevice::WriteOnly) || out.write(manifests(objects / 3)) < 0)
            return 1;
    }
    std::vector<double> reads, plans, writes, totals;
    for (int run = 0; run < runs; ++run) {
        const QString root = dir.filePath(QStringLiteral("registry-%1").arg(run));
        if (!sr::StarterRegistry::write(root, {}).isEmpty())
            return 1;
        QElapsedTimer timer;
        timer.start();
        sr::ImportError error;
        const auto imported = sr::KubernetesImporter::read({file}, &error);
        if (!imported) {
            std::fprintf(stderr, "%s\n", qPrintable(error.text()));
            return 1;
        }
        reads.push_back(double(timer.nsecsElapsed()) / 1e6);
        QElapsedTimer step;
        step.start();
        sr::RegistryImport::Options options;
        options.project = QStringLiteral("bench");
        QString problem;
        auto plan = sr::RegistryImport::plan(sr::RegistryLoader::load(root), *imported, options, &problem);
        if (!plan || !plan->report().errors.isEmpty()) {
            std::fprintf(stderr, "plan failed: %s\n",
                         plan ? qPrintable(plan->report().errors.first().message) : qPrintable(problem));
            return 1;
        }
        plans.push_back(double(step.nsecsElapsed()) / 1e6);
        step.restart();
        if (!plan->write(root, &problem)) {
            std::fprintf(stderr, "write failed: %s\n", qPrintable(problem));
            return 1;
        }
        writes.push_back(double(step.nsecsElapsed()) / 1e6);
        totals.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (run == 0)
            std::printf("%d objects, %lld services imported\n", objects, qlonglong(imported->services.size()));
    }
    std::printf("read and parse %.1f ms, plan and validate %.1f ms, write %.1f ms, total %.1f ms (median of %d)\n", median(reads),
                median(plans), median(writes), median(totals), runs);
    return 0;
}
