// libFuzzer target for the registry loader (scripts/run-fuzzer.sh builds and runs it).
// The first byte of an input chooses which registry file the rest is; the other files
// are a small valid registry, so every reader — catalog, project, deployment, monitoring,
// the policies and custom rules, the versions index — sees hostile text next to good text.
// Loading, validating, evaluating the policies and generating every format for every project
// and target (the console previews registries with errors too) must never crash, hang or leak.

#include "../registrybuilder.h"

#include "analysis/validator.h"
#include "catalog/registryloader.h"
#include "edit/tomltexteditor.h"
#include "generate/generator.h"
#include "policy/policyengine.h"

#include <QCoreApplication>

#include <cstddef>
#include <cstdint>

namespace {

const char *const files[] = {
    "services/catalog.toml",       "projects/p1/services.toml",
    "projects/p1/deployment.toml", "projects/p1/monitoring.toml",
    "policies/governance.toml",    "policies/security.toml",
    "policies/compliance.toml",    "policies/sla.toml",
    "services/versions.toml",      "services/versions/v0.9/catalog.toml",
    "policies/rules.toml",
};

/// The base registry of the tests (two services, one project), with a pattern and an
/// override so that those readers run too.
const QByteArray catalog
    = RegistryBuilder::baseCatalog().toUtf8() + QByteArrayLiteral("\n[patterns.web]\nservices = [\"api\"]\n");
const QByteArray project
    = RegistryBuilder::baseProject().toUtf8() + QByteArrayLiteral("\n[overrides.db]\nresources.memory = \"2Gi\"\n");

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    static int argc = 1;
    static char name[] = "fuzz_loader";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv); // Qt's thread pool and file engines want one
    QHash<QString, QByteArray> buffers{{QStringLiteral("services/catalog.toml"), catalog},
                                       {QStringLiteral("projects/p1/services.toml"), project}};
    const size_t which = data[0] % (sizeof files / sizeof *files);
    buffers.insert(QString::fromLatin1(files[which]), QByteArray(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1)));
    // Nothing on disk: the base folder does not exist, the buffers are the whole registry.
    const auto source = std::make_shared<sr::OverlaySource>(
        std::make_shared<sr::FolderSource>(QStringLiteral("/nonexistent-fuzz-registry")), buffers);
    const sr::RegistryPtr registry = sr::RegistryLoader::load(source, {});
    if (registry) {
        (void)sr::Validator::validate(*registry);
        (void)sr::PolicyEngine::evaluate(*registry, QDate(2026, 11, 28));
        for (const sr::Project &p : registry->projects) {
            sr::GenerationRequest request;
            request.project = p.name;
            request.repositoryUrl = QStringLiteral("https://git.example.com/deploy.git");
            QStringList targets{QString()};
            if (p.deployment) {
                for (const sr::DeploymentTarget &t : p.deployment->targets)
                    targets.append(t.name);
            }
            for (const QString &target : targets) {
                request.target = target;
                QString error;
                (void)sr::generateFiles(*registry, request, sr::Generator::all(), &error);
            }
        }
    }
    // The format-preserving editor on the same text: edits of keys it may or may not hold.
    sr::TomlTextEditor editor(buffers.value(QString::fromLatin1(files[which])));
    QString error;
    const QString service
        = registry && !registry->catalog.services.isEmpty() ? registry->catalog.services.first()->id : QStringLiteral("api");
    (void)editor.set({QStringLiteral("services"), service, QStringLiteral("version")}, "\"9.9.9\"", &error);
    (void)editor.set({QStringLiteral("services"), service, QStringLiteral("resources"), QStringLiteral("memory")}, "'1Gi'",
                     &error);
    (void)editor.set({QStringLiteral("overrides"), service, QStringLiteral("tags")}, "[\"a\"]", &error);
    (void)editor.remove({QStringLiteral("services"), service, QStringLiteral("ports")}, &error);
    (void)editor.remove({QStringLiteral("services"), service}, &error);
    return 0;
}
