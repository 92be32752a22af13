#include "import/registryimport.h"

#include "analysis/linediff.h"
#include "analysis/reporttext_p.h"
#include "analysis/validator.h"
#include "catalog/registryloader.h"
#include "catalog/servicefields.h"
#include "edit/serviceedit.h"
#include "edit/tomltexteditor.h"
#include "import/importsupport_p.h"
#include "import/tomlvalues_p.h"

#include <QDir>
#include <QMap>
#include <QRegularExpression>

namespace sr {

using namespace detail;

namespace {

/// Keys the importer guesses rather than reads: never written as overrides of a catalog service.
bool isGuessed(const QString &key)
{
    return key == QLatin1String("display_name") || key == QLatin1String("type");
}

QByteArray sourceText(const Registry &registry, const QString &path)
{
    const auto content = registry.source->read(path, 8 * 1024 * 1024);
    return content.status == RegistrySource::Content::Ok ? content.bytes : QByteArray();
}

/// The value text as one line, for comparisons ("did the import change it?").
QByteArray normalised(const QByteArray &value)
{
    return TomlTextEditor::oneLine(value).value_or(value);
}

/// Replaces the string `from` by `to` wherever a dependency names it (`service = "from"`).
QByteArray renameDependencyTargets(QByteArray value, const QHash<QString, QString> &renamed)
{
    for (auto it = renamed.cbegin(); it != renamed.cend(); ++it)
        value.replace(QByteArray(QByteArray("service = ") + tomlString(it.key())),
                      QByteArray(QByteArray("service = ") + tomlString(it.value())));
    return value;
}

} // namespace

std::optional<RegistryImport> RegistryImport::plan(const RegistryPtr &registry, const ImportedProject &imported,
                                                   const Options &options, QString *error)
{
    const QString project = options.project;
    if (serviceIdFrom(project) != project) {
        *error = QStringLiteral("'%1' is not a project name: use lower-case letters, digits and '-' (a DNS label)").arg(project);
        return std::nullopt;
    }
    if (catalogFormats().indexOf(registry->format) < catalogFormats().indexOf(QStringLiteral("1.2"))) {
        *error = QStringLiteral("the registry is written in format %1; an import writes keys of format 1.2 (main_container, "
                                "networks, …): set format = \"1.2\" in services/versions.toml first (a 1.1 catalog means the "
                                "same in 1.2)")
                     .arg(registry->format);
        return std::nullopt;
    }
    const bool compose = imported.source == QLatin1String("compose");
    const Project *existing = registry->project(project);
    const QString servicesFile = QStringLiteral("projects/%1/services.toml").arg(project);
    const QString deploymentFile = QStringLiteral("projects/%1/deployment.toml").arg(project);
    const QByteArray servicesBefore = existing ? sourceText(*registry, servicesFile) : QByteArray();
    const QByteArray deploymentBefore = sourceText(*registry, deploymentFile);
    QString owner = options.owner;
    if (owner.isEmpty())
        owner = existing && !existing->owner.isEmpty() ? existing->owner : QStringLiteral("@%1-team").arg(project);

    RegistryImport plan;
    ImportReport &report = plan.m_report;
    report.project = project;
    report.source = imported.source;
    report.facts = imported.facts;

    TomlTextEditor services(servicesBefore);
    if (!existing) {
        services = TomlTextEditor(QByteArray("# Imported with service-registry import ") + imported.source.toUtf8()
                                  + " (docs/import.md): check what the report marks approximated.\n[project]\nowner = "
                                  + tomlString(owner) + "\nuses = []\n");
    }
    const Catalog &catalog = existing ? registry->catalogFor(*existing) : registry->catalog;
    const QByteArray catalogText = sourceText(*registry, catalog.file);
    const TomlTextEditor catalogEditor(catalogText);

    // Which imported service is which catalog service: by image repository, then by id.
    QHash<QString, QString> renamed;
    QHash<QString, ServicePtr> matched;
    QHash<QString, QString> claimedBy; ///< catalog id → the imported service that became it
    for (const ImportedService &s : imported.services) {
        ServicePtr global;
        const QString repository = canonicalRepository(s.image);
        for (const ServicePtr &g : catalog.services) {
            if (!repository.isEmpty() && canonicalRepository(g->image) == repository) {
                global = g;
                break;
            }
        }
        if (!global)
            global = catalog.service(s.id);
        if (existing && existing->find(s.id) && existing->find(s.id)->origin == Origin::Project)
            global = nullptr; // the project's own service: updated in place
        // Two workloads of one image (two Redis instances): the first is the catalog's, the
        // others stay services of the project's own, never overrides written twice.
        if (global && claimedBy.contains(global->id)) {
            report.facts.append({s.object, QStringLiteral("(catalog match)"), ImportOutcome::Approximated,
                                 QStringLiteral("the catalog's %1 already stands for %2: this one is the project's own service")
                                     .arg(global->id, claimedBy.value(global->id))});
            global = nullptr;
        }
        if (global) {
            claimedBy.insert(global->id, s.object);
            matched.insert(s.id, global);
            if (global->id != s.id)
                renamed.insert(s.id, global->id);
        }
    }

    QStringList uses;
    if (existing) {
        for (const ServiceUse &u : existing->uses)
            uses.append(u.id);
    }
    QMap<QString, int> replicas;
    QString problem;
    QByteArray newTables; ///< the new services' tables, appended at once (each append checks the whole file)
    for (const ImportedService &s : imported.services) {
        const QString id = renamed.value(s.id, s.id);
        QList<std::pair<QString, QByteArray>> keys;
        for (const auto &[key, value] : s.keys) {
            if (key == QLatin1String("main_container") && value == tomlString(id))
                continue; // named after the service it became
            keys.append({key, key.startsWith(QLatin1String("dependencies.")) ? renameDependencyTargets(value, renamed) : value});
        }
        // The owner goes after the image (or the version, for a service Compose builds).
        qsizetype ownerAt = 0;
        for (qsizetype i = 0; i < keys.size(); ++i) {
            if (keys[i].first == QLatin1String("image") || keys[i].first == QLatin1String("version"))
                ownerAt = std::max(ownerAt, i + 1);
        }
        keys.insert(ownerAt, {QStringLiteral("owner"), tomlString(owner)});
        if (!s.networks.isEmpty()) {
            QStringList networks = s.networks;
            for (QString &n : networks) {
                if (n == QLatin1String("default"))
                    n = project;
            }
            if (networks != QStringList{project})
                keys.append({QStringLiteral("networks"), tomlStrings(networks)});
        }
        if (s.replicas >= 0)
            replicas.insert(id, s.replicas);

        if (const ServicePtr global = matched.value(s.id)) {
            if (!uses.contains(global->id))
                uses.append(global->id);
            int overrides = 0;
            for (const auto &[key, value] : keys) {
                if (isGuessed(key) || key == QLatin1String("owner"))
                    continue;
                const QStringList path = QStringList{QStringLiteral("services"), global->id} + key.split(QLatin1Char('.'));
                const auto current = catalogEditor.inlineText(path);
                if (current && normalised(*current) == normalised(value))
                    continue;
                // "redis:7.2.4" is the catalog's "docker.io/library/redis:7.2.4".
                if (key == QLatin1String("image") && canonicalRepository(s.image) == canonicalRepository(global->image)
                    && imageTag(s.image) == imageTag(global->image)
                    && s.image.contains(QLatin1Char('@')) == global->image.contains(QLatin1Char('@')))
                    continue;
                if (!services.set(QStringList{QStringLiteral("overrides"), global->id} + key.split(QLatin1Char('.')), value,
                                  &problem, 2)) {
                    *error = QStringLiteral("cannot write %1 of %2: %3").arg(key, id, problem);
                    return std::nullopt;
                }
                ++overrides;
            }
            report.services.append(
                {id, s.object, QStringLiteral("use of the catalog's %1, %2 overridden").arg(global->id).arg(overrides)});
        } else if (existing && existing->find(id)) {
            for (const auto &[key, value] : keys) {
                if (!services.set(QStringList{QStringLiteral("services"), id} + key.split(QLatin1Char('.')), value, &problem,
                                  2)) {
                    *error = QStringLiteral("cannot write %1 of %2: %3").arg(key, id, problem);
                    return std::nullopt;
                }
            }
            report.services.append({id, s.object, QStringLiteral("updated")});
        } else {
            if (!newTables.isEmpty())
                newTables += '\n';
            newTables += "[services." + TomlTextEditor::formatKey(id) + "]\n";
            for (const auto &[key, value] : keys)
                newTables += TomlTextEditor::formatPath(key.split(QLatin1Char('.'))) + " = " + value + '\n';
            report.services.append({id, s.object, QStringLiteral("new")});
        }
    }
    if (!newTables.isEmpty() && !services.appendTables(newTables, &problem)) {
        *error = QStringLiteral("cannot write the new services: %1").arg(problem);
        return std::nullopt;
    }
    if (!services.set({QStringLiteral("project"), QStringLiteral("uses")}, tomlStrings(uses), &problem)) {
        *error = QStringLiteral("cannot write the project's uses: %1").arg(problem);
        return std::nullopt;
    }

    // The deployment target: replicas, the most common one as the target's.
    TomlTextEditor deployment(deploymentBefore);
    const QString target = !options.target.isEmpty() ? options.target
        : compose                                    ? QStringLiteral("local")
                                                     : QStringLiteral("production");
    const QStringList targetPath{QStringLiteral("targets"), target};
    QMap<int, int> counts;
    for (int r : std::as_const(replicas))
        ++counts[r];
    int common = 1;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > counts.value(common))
            common = it.key();
    }
    auto setDeployment = [&](const QStringList &path, const QByteArray &value) {
        if (!deployment.set(path, value, &problem, 2)) {
            *error = QStringLiteral("cannot write %1 of %2: %3").arg(path.join(QLatin1Char('.')), deploymentFile, problem);
            return false;
        }
        return true;
    };
    const bool newTarget = !deployment.contains(targetPath);
    if (deploymentBefore.isEmpty()) {
        deployment = TomlTextEditor(QByteArray("default_target = ") + tomlString(target) + "\n");
    }
    if (newTarget) {
        const QString cluster = !options.cluster.isEmpty() ? options.cluster
            : compose                                      ? QStringLiteral("docker")
                                                           : QStringLiteral("default");
        if (!setDeployment(targetPath + QStringList{QStringLiteral("cluster")}, tomlString(cluster)))
            return std::nullopt;
        if (!imported.namespaceName.isEmpty() && imported.namespaceName != project && !compose
            && !setDeployment(targetPath + QStringList{QStringLiteral("namespace")}, tomlString(imported.namespaceName)))
            return std::nullopt;
        if (!setDeployment(targetPath + QStringList{QStringLiteral("replicas")}, QByteArray::number(common)))
            return std::nullopt;
    }
    int targetReplicas = common;
    const DeploymentTarget *before = nullptr;
    if (!newTarget && existing && existing->deployment) {
        for (const DeploymentTarget &t : existing->deployment->targets) {
            if (t.name == target)
                before = &t;
        }
        targetReplicas = before ? before->replicas : -1;
    }
    for (auto it = replicas.cbegin(); it != replicas.cend(); ++it) {
        const int now
            = before && before->serviceReplicas.contains(it.key()) ? before->serviceReplicas.value(it.key()) : targetReplicas;
        if (it.value() == now)
            continue;
        if (!setDeployment(targetPath + QStringList{QStringLiteral("service_replicas"), it.key()},
                           QByteArray::number(it.value())))
            return std::nullopt;
    }

    // Check the result as validate would, before anything is written.
    QByteArray servicesText = services.text();
    if (!servicesText.endsWith('\n'))
        servicesText += '\n';
    services = TomlTextEditor(servicesText);
    QHash<QString, QByteArray> buffers;
    if (services.text() != servicesBefore)
        buffers.insert(servicesFile, services.text());
    if (deployment.text() != deploymentBefore)
        buffers.insert(deploymentFile, deployment.text());
    ServiceEdit edit(registry, buffers);
    Diagnostics after;
    edit.editedRegistry(&after);
    report.errors = ServiceEdit::newErrors(Validator::validate(*registry), after);

    for (auto it = buffers.cbegin(); it != buffers.cend(); ++it) {
        const QByteArray old = it.key() == servicesFile ? servicesBefore : deploymentBefore;
        plan.m_files.append({it.key(), it.value()});
        report.files.append(
            {it.key(), old.isEmpty(), options.diff ? LineDiff::unified(it.key(), old, it.value()) : QByteArray()});
    }
    std::sort(plan.m_files.begin(), plan.m_files.end(),
              [](const FileContent &a, const FileContent &b) { return a.path < b.path; });
    std::sort(report.files.begin(), report.files.end(),
              [](const ImportReport::FileResult &a, const ImportReport::FileResult &b) { return a.path < b.path; });
    return plan;
}

bool RegistryImport::write(const QString &root, QString *error)
{
    if (!m_report.errors.isEmpty()) {
        *error = QStringLiteral("the import would leave %1 in the registry: nothing written")
                     .arg(detail::countOf(m_report.errors.size(), "error", "errors"));
        return false;
    }
    QList<FileContent> files = m_files;
    for (FileContent &f : files) {
        f.path = QDir(root).filePath(f.path);
        if (!QDir().mkpath(QFileInfo(f.path).path())) {
            *error = QStringLiteral("cannot create the folder '%1'").arg(QFileInfo(f.path).path());
            return false;
        }
    }
    if (!writeFilesAtomically(files, error))
        return false;
    m_report.written = true;
    return true;
}

} // namespace sr
