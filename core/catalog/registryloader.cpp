#include "catalog/registryloader.h"

#include "catalog/servicefields.h"

#include "catalog/documentreader_p.h"
#include "catalog/keydepthscan_p.h"
#include "catalog/registrysource.h"
#include "catalog/semver.h"
#include "catalog/servicereader_p.h"
#include "catalog/workerpool_p.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <algorithm>
#include <atomic>

namespace sr {

using namespace detail;

namespace {

enum class FileKind { Catalog, Snapshot, Versions, ProjectServices, Deployment, Monitoring, Policy };

struct FileJob
{
    QString path;
    FileKind kind;
    QString owner; ///< project name, or policy kind
};

using RawTables = QHash<QString, const toml::table *>;
using PreparedOverrides = QHash<QString, PreparedOverride>;

struct FileResult
{
    std::shared_ptr<toml::table> document; // keeps raw tables alive for override merging
    quint64 generation = 0; ///< the catalog's generation (Catalog::generation)
    Diagnostics diagnostics;
    bool parsed = false;
    Catalog catalog;
    RawTables rawServices;
    Project project;
    PreparedOverrides overrides;
    std::optional<Deployment> deployment;
    std::optional<Monitoring> monitoring;
    Policies policy; ///< the one document of a policy file
    QList<CatalogVersion> versions;
    QString currentVersion;
    SourceLocation currentLocation;
    QString currentFormat;
};

/// Iterative depth check: recursion over a hostile file could exhaust the stack.
const toml::node *tooDeep(const toml::table &root, int maxDepth)
{
    std::vector<std::pair<const toml::node *, int>> stack{{&root, 0}};
    while (!stack.empty()) {
        const auto [node, depth] = stack.back();
        stack.pop_back();
        if (depth > maxDepth)
            return node;
        if (const auto *t = node->as_table()) {
            for (const auto &[key, value] : *t)
                stack.emplace_back(&value, depth + 1);
        } else if (const auto *a = node->as_array()) {
            for (const auto &value : *a)
                stack.emplace_back(&value, depth + 1);
        }
    }
    return nullptr;
}

std::shared_ptr<toml::table> parseContent(RegistrySource::Content &content, const QString &path, FileContext &ctx,
                                          const RegistryLoader::Limits &limits, QByteArray &buffer)
{
    const SourceLocation whole{path, 0, 0};
    switch (content.status) {
    case RegistrySource::Content::Ok:
        break;
    case RegistrySource::Content::BrokenLink:
        ctx.error(code::SymlinkLoop, QStringLiteral("'%1' is a symbolic link that loops or points nowhere").arg(path), whole,
                  QStringLiteral("replace the link with the file it should point to"));
        return nullptr;
    case RegistrySource::Content::NotAFile:
    case RegistrySource::Content::NotFound:
        ctx.error(code::UnreadableFile, QStringLiteral("cannot read '%1': %2").arg(path, content.reason), whole,
                  QStringLiteral("replace it with the TOML file it should be"));
        return nullptr;
    case RegistrySource::Content::Unreadable:
        ctx.error(code::UnreadableFile, QStringLiteral("cannot read '%1': %2").arg(path, content.reason), whole,
                  QStringLiteral("check that you may read it (file permissions)"));
        return nullptr;
    case RegistrySource::Content::TooLarge:
        ctx.error(code::FileTooLarge,
                  QStringLiteral("'%1' is %2 MiB; registry files may be at most %3 MiB")
                      .arg(path)
                      .arg(double(content.size) / (1024.0 * 1024.0), 0, 'f', 1)
                      .arg(limits.maxFileBytes / (qint64(1024) * 1024)),
                  whole, QStringLiteral("split it, or check that it is the file you meant to commit"));
        return nullptr;
    }
    buffer = std::move(content.bytes);
    const QByteArrayView bytes(buffer);
    const bool blank
        = std::all_of(bytes.begin(), bytes.end(), [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
    if (blank) {
        ctx.error(code::EmptyFile, QStringLiteral("'%1' is empty").arg(path), whole,
                  QStringLiteral("add its content (see docs/catalog-format.md) or delete the file"));
        return nullptr;
    }
    if (const auto nul = bytes.indexOf('\0'); nul >= 0) {
        const int line = int(std::count(bytes.begin(), bytes.begin() + nul, '\n')) + 1;
        ctx.error(code::BinaryFile, QStringLiteral("'%1' contains binary data (a NUL byte), not TOML text").arg(path),
                  SourceLocation{path, line, 0}, QStringLiteral("registry files must be UTF-8 text"));
        return nullptr;
    }
    if (const int line = deepKeyLine(bytes, limits.maxNesting); line > 0) {
        ctx.error(
            code::NestingTooDeep,
            QStringLiteral("the key at line %1 of '%2' has more than %3 dotted parts").arg(line).arg(path).arg(limits.maxNesting),
            SourceLocation{path, line, 1}, QStringLiteral("flatten the structure; the registry format needs at most 5 levels"));
        return nullptr;
    }
    try {
        auto table = std::make_shared<toml::table>(
            toml::parse(std::string_view(bytes.data(), size_t(bytes.size())), path.toStdString()));
        if (const auto *deep = tooDeep(*table, limits.maxNesting)) {
            ctx.error(
                code::NestingTooDeep,
                QStringLiteral("tables or arrays in '%1' are nested more than %2 levels deep").arg(path).arg(limits.maxNesting),
                ctx.at(*deep), QStringLiteral("flatten the structure; the registry format needs at most 5 levels"));
            return nullptr;
        }
        return table;
    } catch (const toml::parse_error &error) {
        ctx.error(code::SyntaxError, QStringLiteral("TOML syntax error: %1").arg(qs(error.description())),
                  SourceLocation{path, int(error.source().begin.line), int(error.source().begin.column)},
                  QStringLiteral("fix the TOML syntax at this position (https://toml.io/en/v1.0.0)"));
        return nullptr;
    } catch (const std::exception &error) {
        ctx.error(code::SyntaxError, QStringLiteral("cannot parse '%1': %2").arg(path, QString::fromLocal8Bit(error.what())),
                  whole, QStringLiteral("check that the file is UTF-8 TOML text (https://toml.io/en/v1.0.0)"));
        return nullptr;
    }
}

void readCatalog(const toml::table &doc, FileContext &ctx, FileResult &out)
{
    TableReader root(doc, ctx, QStringLiteral("the catalog file"));
    out.catalog.file = ctx.file();
    if (const auto *meta = root.table("catalog", true)) {
        TableReader r(*meta, ctx, QStringLiteral("[catalog]"));
        if (auto v = r.string("version", true)) {
            out.catalog.version = *v;
            if (!SemVer::parse(*v))
                ctx.error(code::InvalidVersion, QStringLiteral("catalog version \"%1\" is not a semantic version").arg(*v),
                          r.whereLast(), QStringLiteral("write MAJOR.MINOR.PATCH, e.g. \"1.2.0\""));
        }
        out.catalog.description = r.string("description").value_or(QString());
        r.finish();
    }
    if (const auto *patterns = root.table("patterns")) {
        for (const auto &[key, node] : inDocumentOrder(*patterns)) {
            Pattern p;
            p.id = qs(key->str());
            p.location = ctx.at(key->source());
            checkId(p.id, p.location, ctx, QStringLiteral("pattern"));
            if (const auto *t = node->as_table()) {
                TableReader r(*t, ctx, QStringLiteral("pattern '%1'").arg(p.id));
                p.description = r.string("description").value_or(QString());
                p.services = r.stringList("services").value_or(QStringList());
                if (const auto *list = r.last() ? r.last()->as_array() : nullptr) {
                    for (const auto &element : *list) {
                        if (element.is_string())
                            p.memberLocations.append(ctx.at(element));
                    }
                }
                r.finish();
            } else {
                ctx.error(code::WrongType, QStringLiteral("pattern '%1' must be a table, not %2").arg(p.id, typeName(*node)),
                          ctx.at(*node), QStringLiteral("write [patterns.%1] with description and services = [\"…\"]").arg(p.id));
            }
            out.catalog.patterns.append(p);
        }
    }
    // No [services] at all is valid: every service may live in projects.
    if (const auto *services = root.table("services")) {
        for (const auto &[key, node] : inDocumentOrder(*services)) {
            const QString id = qs(key->str());
            checkId(id, ctx.at(key->source()), ctx, QStringLiteral("service"));
            const auto *table = node->as_table();
            if (!table) {
                ctx.error(code::WrongType, QStringLiteral("service '%1' must be a table, not %2").arg(id, typeName(*node)),
                          ctx.at(*node), QStringLiteral("write [services.%1] followed by its fields").arg(id));
                continue;
            }
            ServicePtr service = readService(id, *table, ctx, Origin::Global);
            out.catalog.byId.insert(id, service);
            out.catalog.services.append(std::move(service));
            out.rawServices.insert(id, table);
        }
    }
    root.finish();
}

/// Reads `format`: one of catalogFormats(), the latest when absent.
QString readFormat(TableReader &reader)
{
    const QStringList formats = catalogFormats();
    const auto format = reader.string("format");
    if (!format)
        return formats.last();
    if (formats.contains(*format))
        return *format;
    reader.context().error(
        code::InvalidValue,
        QStringLiteral("catalog format \"%1\" in %2 is not one this program reads").arg(*format, reader.what()),
        reader.whereLast(),
        QStringLiteral("write one of %1, or install a newer service-registry").arg(formats.join(QLatin1String(", "))));
    return formats.last();
}

void readVersions(const toml::table &doc, FileContext &ctx, FileResult &out)
{
    TableReader root(doc, ctx, QStringLiteral("versions.toml"));
    if (auto current = root.string("current", true)) {
        out.currentVersion = *current;
        out.currentLocation = root.whereLast();
    }
    out.currentFormat = readFormat(root);
    if (const auto *list = root.array("versions")) {
        forEachTableIn(*list, ctx, "versions", [&](const toml::table &t) {
            TableReader r(t, ctx, QStringLiteral("a [[versions]] entry"));
            CatalogVersion v;
            v.location = ctx.at(t);
            v.version = r.string("version", true).value_or(QString());
            v.path = r.string("path", true).value_or(QString());
            v.released = r.dateText("released").value_or(QString());
            v.notes = r.string("notes").value_or(QString());
            v.format = readFormat(r);
            r.finish();
            if (!v.version.isEmpty() && !SemVer::parse(v.version))
                ctx.error(code::InvalidVersion, QStringLiteral("catalog version \"%1\" is not a semantic version").arg(v.version),
                          v.location, QStringLiteral("write MAJOR.MINOR.PATCH, e.g. \"1.1.0\""));
            v.current = v.version == out.currentVersion;
            out.versions.append(v);
        });
    }
    root.finish();
}

void readProject(const toml::table &doc, FileContext &ctx, const QString &name, FileResult &out)
{
    Project &p = out.project;
    TableReader root(doc, ctx, QStringLiteral("the project file"));
    if (const auto *meta = root.table("project", true)) {
        TableReader r(*meta, ctx, QStringLiteral("[project]"));
        p.displayName = r.string("name").value_or(name);
        p.description = r.string("description").value_or(QString());
        p.owner = r.string("owner", true).value_or(QString());
        p.catalogVersion = r.string("catalog_version").value_or(QString());
        p.catalogVersionLocation = r.whereLast();
        if (const auto *uses = r.array("uses")) {
            for (const auto &element : *uses) {
                if (const auto *s = element.as_string())
                    p.uses.append(ServiceUse{qs(s->get()), ctx.at(element)});
                else
                    ctx.error(code::WrongType,
                              QStringLiteral("each entry of 'uses' must be a service id, not %1").arg(typeName(element)),
                              ctx.at(element), QStringLiteral("write the id in quotes, e.g. uses = [\"postgresql\"]"));
            }
        }
        r.finish();
    }
    if (const auto *overrides = root.table("overrides")) {
        for (const auto &[key, node] : inDocumentOrder(*overrides)) {
            const QString id = qs(key->str());
            if (const auto *t = node->as_table()) {
                p.overrides.append(ServiceUse{id, ctx.at(key->source())});
                out.overrides.insert(id, prepareOverride(id, *t, ctx));
            } else {
                ctx.error(code::WrongType, QStringLiteral("override '%1' must be a table, not %2").arg(id, typeName(*node)),
                          ctx.at(*node), QStringLiteral("write [overrides.%1] followed by the fields to change").arg(id));
            }
        }
    }
    if (const auto *services = root.table("services")) {
        for (const auto &[key, node] : inDocumentOrder(*services)) {
            const QString id = qs(key->str());
            checkId(id, ctx.at(key->source()), ctx, QStringLiteral("service"));
            if (const auto *t = node->as_table())
                p.ownServices.append(readService(id, *t, ctx, Origin::Project));
            else
                ctx.error(code::WrongType, QStringLiteral("service '%1' must be a table, not %2").arg(id, typeName(*node)),
                          ctx.at(*node), QStringLiteral("write [services.%1] followed by its fields").arg(id));
        }
    }
    root.finish();
}

quint64 nextGeneration()
{
    static std::atomic<quint64> last{0};
    return ++last;
}

/// Parses and reads one file; `text` keeps the bytes it was read from.
std::shared_ptr<const FileResult> processFile(RegistrySource::Content content, const FileJob &job,
                                              const RegistryLoader::Limits &limits, QByteArray &text)
{
    auto result = std::make_shared<FileResult>();
    FileResult &out = *result;
    out.generation = nextGeneration();
    out.catalog.generation = out.generation;
    FileContext ctx(job.path);
    out.document = parseContent(content, job.path, ctx, limits, text);
    if (out.document) {
        ctx.setText(text); // byte offsets of every recorded position
        out.parsed = true;
        const toml::table &doc = *out.document;
        switch (job.kind) {
        case FileKind::Catalog:
        case FileKind::Snapshot:
            readCatalog(doc, ctx, out);
            break;
        case FileKind::Versions:
            readVersions(doc, ctx, out);
            break;
        case FileKind::ProjectServices:
            readProject(doc, ctx, job.owner, out);
            break;
        case FileKind::Deployment:
            out.deployment = readDeployment(doc, ctx);
            break;
        case FileKind::Monitoring:
            out.monitoring = readMonitoring(doc, ctx);
            break;
        case FileKind::Policy:
            if (job.owner == QLatin1String("governance"))
                out.policy.governance = readGovernance(doc, ctx);
            else if (job.owner == QLatin1String("security"))
                out.policy.security = readSecurity(doc, ctx);
            else if (job.owner == QLatin1String("compliance"))
                out.policy.compliance = readCompliance(doc, ctx);
            else if (job.owner == QLatin1String("rules"))
                out.policy.rules = readRules(doc, ctx);
            else
                out.policy.sla = readSla(doc, ctx);
            break;
        }
        // Only catalogs keep their tree, for override merging.
        if (job.kind != FileKind::Catalog && job.kind != FileKind::Snapshot)
            out.document.reset();
    }
    out.diagnostics = ctx.takeDiagnostics();
    return result;
}

/// Finds the files of the registry layout and reports what is missing or odd about it.
/// Every path is relative to the registry root; "." is the root itself.
class Discovery
{
public:
    Discovery(const RegistrySource &source, Diagnostics &diagnostics)
        : m_source(source)
        , m_diagnostics(diagnostics)
    { }

    void report(Severity severity, const char *code, const QString &message, const QString &file, const QString &hint)
    {
        m_diagnostics.append(Diagnostic{severity, QString::fromLatin1(code), message, SourceLocation{file, 0, 0}, hint});
    }

    enum class Wanted { Folders, Files, Both };
    /// Entries of a folder (read once), with links that loop or point nowhere reported and skipped.
    QList<RegistrySource::Entry> entries(const QString &folder, Wanted wanted)
    {
        QList<RegistrySource::Entry> out;
        for (const auto &entry : m_source.entries(folder)) {
            const QString path = folder + QLatin1Char('/') + entry.name;
            if (entry.kind == RegistrySource::Kind::BrokenLink) {
                report(Severity::Error, code::SymlinkLoop,
                       QStringLiteral("'%1' is a symbolic link that loops or points nowhere").arg(path), path,
                       QStringLiteral("remove the link or point it at a real file or folder outside the registry's parents"));
                continue;
            }
            const bool isFolder = entry.kind == RegistrySource::Kind::Folder;
            if (wanted == Wanted::Both || isFolder == (wanted == Wanted::Folders))
                out.append(entry);
        }
        return out;
    }

    bool isFolder(const QString &path) const { return m_source.kind(path) == RegistrySource::Kind::Folder; }
    bool exists(const QString &path) const { return m_source.kind(path) != RegistrySource::Kind::Missing; }

    QList<FileJob> run()
    {
        QList<FileJob> jobs;
        if (m_source.kind(QString()) != RegistrySource::Kind::Folder) {
            report(Severity::Error, code::MissingLayout,
                   QStringLiteral("registry folder '%1' does not exist").arg(m_source.root()), QStringLiteral("."),
                   QStringLiteral("pass --registry with the folder that holds services/ and projects/"));
            return jobs;
        }
        if (!isFolder(QStringLiteral("services"))) {
            report(Severity::Error, code::MissingLayout, QStringLiteral("'%1' has no services/ folder").arg(m_source.root()),
                   QStringLiteral("."),
                   QStringLiteral("create services/catalog.toml with the global catalog (see docs/catalog-format.md)"));
        } else {
            const QString catalog = QStringLiteral("services/catalog.toml");
            if (exists(catalog))
                jobs.append({catalog, FileKind::Catalog, {}});
            else
                report(Severity::Error, code::MissingLayout,
                       QStringLiteral("the global catalog services/catalog.toml is missing"), QStringLiteral("services"),
                       QStringLiteral("create it (see docs/catalog-format.md)"));
            const QString versions = QStringLiteral("services/versions.toml");
            if (exists(versions))
                jobs.append({versions, FileKind::Versions, {}});
            if (isFolder(QStringLiteral("services/versions"))) {
                for (const auto &dir : entries(QStringLiteral("services/versions"), Wanted::Folders)) {
                    const QString snapshot = QStringLiteral("services/versions/") + dir.name + QStringLiteral("/catalog.toml");
                    if (exists(snapshot))
                        jobs.append({snapshot, FileKind::Snapshot, dir.name});
                }
            }
        }
        if (isFolder(QStringLiteral("projects"))) {
            for (const auto &dir : entries(QStringLiteral("projects"), Wanted::Folders)) {
                const QString name = dir.name;
                const QString rel = QStringLiteral("projects/") + name;
                bool hasServices = false;
                for (const auto &file : entries(rel, Wanted::Both)) {
                    const QString &fileName = file.name;
                    const QString full = rel + QLatin1Char('/') + fileName;
                    if (!fileName.endsWith(QLatin1String(".toml")))
                        continue;
                    // Known names go to the reader even when they are folders, so that
                    // the user hears why the file cannot be read (SR021).
                    if (fileName == QLatin1String("services.toml")) {
                        jobs.append({full, FileKind::ProjectServices, name});
                        hasServices = true;
                    } else if (fileName == QLatin1String("deployment.toml")) {
                        jobs.append({full, FileKind::Deployment, name});
                    } else if (fileName == QLatin1String("monitoring.toml")) {
                        jobs.append({full, FileKind::Monitoring, name});
                    } else {
                        report(Severity::Warning, code::UnknownProjectFile,
                               QStringLiteral("'%1' is not part of the registry layout and is ignored").arg(full), full,
                               QStringLiteral("a project holds services.toml, deployment.toml and monitoring.toml"));
                    }
                }
                if (!hasServices)
                    report(
                        Severity::Error, code::MissingLayout, QStringLiteral("project '%1' has no services.toml").arg(name), rel,
                        QStringLiteral("create %1/services.toml with a [project] table (see docs/catalog-format.md)").arg(rel));
            }
        }
        if (isFolder(QStringLiteral("policies"))) {
            for (const auto &file : entries(QStringLiteral("policies"), Wanted::Files)) {
                if (!file.name.endsWith(QLatin1String(".toml")))
                    continue;
                const QString kind = file.name.chopped(5);
                const QString full = QStringLiteral("policies/") + file.name;
                if (isPolicyName(kind))
                    jobs.append({full, FileKind::Policy, kind});
                else
                    report(Severity::Warning, code::UnknownProjectFile,
                           QStringLiteral("'%1' is not a known policy file and is ignored").arg(full), full,
                           QStringLiteral(
                               "policy files are governance.toml, security.toml, compliance.toml, sla.toml and rules.toml"));
            }
        }
        return jobs;
    }

private:
    const RegistrySource &m_source;
    Diagnostics &m_diagnostics;
};

struct CatalogSource
{
    const Catalog *catalog = nullptr;
    const RawTables *raw = nullptr;
};

/// SR030: a 1.1 key in a catalog that declares format 1.0.
void checkFormat(const Service &service, const QString &format, const QString &declaration, Diagnostics &out)
{
    const QStringList formats = catalogFormats();
    const qsizetype declared = formats.indexOf(format);
    if (declared == formats.size() - 1)
        return; // the newest format allows everything
    auto check = [&](const QString &key, const QString &since, const SourceLocation &where) {
        if (formats.indexOf(since) <= declared)
            return;
        out.append(Diagnostic{Severity::Error, QString::fromLatin1(code::NewerFormat),
                              QStringLiteral("'%1' of service '%2' needs catalog format %3, but %4 is written in format %5")
                                  .arg(key, service.id, since, declaration, format),
                              where,
                              QStringLiteral("remove it: a frozen catalog keeps the format it was released with; or, if this "
                                             "version really uses it, set format = \"%1\" for it in services/versions.toml")
                                  .arg(since)});
    };
    // Fields, by the format the field table gives them; then keys inside older fields.
    for (const FieldSource &source : service.sources) {
        if (const ServiceField *field = findServiceField(source.path))
            check(field->path(), QString::fromLatin1(field->since), source.location);
    }
    for (const FormatFeature &feature : service.newerFeatures)
        check(feature.key, feature.since, feature.location);
}

void checkFormat(const Catalog &catalog, const QString &format, const QString &declaration, Diagnostics &out)
{
    for (const auto &service : catalog.services)
        checkFormat(*service, format, declaration, out);
}

void resolveProject(Project &project, const CatalogSource &current, const QHash<QString, CatalogSource> &snapshots,
                    const QSet<QString> &listedVersions, const PreparedOverrides &prepared, bool catalogLoaded,
                    Diagnostics &diagnostics)
{
    FileContext ctx(project.servicesFile);
    CatalogSource source = current;
    if (!project.catalogVersion.isEmpty() && project.catalogVersion != current.catalog->version) {
        if (const auto it = snapshots.constFind(project.catalogVersion); it != snapshots.cend()) {
            source = *it;
        } else if (!listedVersions.contains(project.catalogVersion)) { // listed but missing: SR026 said so
            QStringList known = snapshots.keys();
            known.append(current.catalog->version);
            known.sort();
            ctx.error(code::UnknownCatalogVersion,
                      QStringLiteral("project '%1' pins catalog version \"%2\", which services/versions.toml does not list")
                          .arg(project.name, project.catalogVersion),
                      project.catalogVersionLocation, QStringLiteral("use one of: %1").arg(known.join(QLatin1String(", "))));
        }
    }
    const Catalog &catalog = *source.catalog;
    QStringList catalogIds;
    for (const auto &s : catalog.services)
        catalogIds.append(s->id);

    QSet<QString> used;
    for (const auto &use : std::as_const(project.uses))
        used.insert(use.id);
    QHash<QString, const ServiceUse *> overrides;
    for (const auto &o : std::as_const(project.overrides)) {
        overrides.insert(o.id, &o);
        if (!used.contains(o.id)) {
            const bool inCatalog = catalog.service(o.id) != nullptr;
            ctx.error(code::UnknownService,
                      inCatalog ? QStringLiteral("project '%1' overrides '%2' but does not use it").arg(project.name, o.id)
                                : QStringLiteral("project '%1' overrides '%2', which is not in the global catalog %3")
                                      .arg(project.name, o.id, catalog.version),
                      o.location,
                      inCatalog ? QStringLiteral("add \"%1\" to uses in [project]").arg(o.id)
                                : didYouMeanOr(o.id, catalogIds,
                                               QStringLiteral("remove the override, or add the service to the catalog")));
        }
    }

    QSet<QString> seen;
    for (const auto &use : std::as_const(project.uses)) {
        if (seen.contains(use.id)) {
            ctx.error(code::DuplicateId, QStringLiteral("'%1' is listed twice in uses").arg(use.id), use.location,
                      QStringLiteral("remove the second entry"));
            continue;
        }
        seen.insert(use.id);
        const ServicePtr global = catalog.service(use.id);
        if (!global) {
            if (catalogLoaded)
                ctx.error(code::UnknownService,
                          QStringLiteral("project '%1' uses '%2', which is not in the global catalog %3")
                              .arg(project.name, use.id, catalog.version),
                          use.location,
                          didYouMeanOr(use.id, catalogIds, QStringLiteral("add the service to services/catalog.toml first")));
            continue;
        }
        const auto overrideIt = overrides.constFind(use.id);
        const toml::table *rawGlobal = source.raw->value(use.id);
        const auto preparedIt = prepared.constFind(use.id);
        if (overrideIt == overrides.cend() || !rawGlobal || preparedIt == prepared.cend()) {
            project.resolved.append(ResolvedService{global, Origin::Global, project.name});
            continue;
        }
        project.resolved.append(
            ResolvedService{applyOverride(*global, *rawGlobal, *preparedIt, ctx), Origin::Override, project.name});
    }
    for (const auto &own : std::as_const(project.ownServices)) {
        if (catalog.service(own->id)) {
            ctx.error(
                code::DuplicateId,
                QStringLiteral("project service '%1' has the same id as a global catalog service").arg(own->id), own->location,
                QStringLiteral("rename it, or use the global service and override its fields in [overrides.%1]").arg(own->id));
            continue;
        }
        project.resolved.append(ResolvedService{own, Origin::Project, project.name});
    }
    diagnostics.append(ctx.takeDiagnostics());
}

} // namespace

/// What one load read and derived, kept with its snapshot so that the next load of the same
/// registry can skip what did not change (RegistryLoader::Options::previous).
struct LoadCache
{
    struct File
    {
        FileKind kind;
        QString owner;
        QByteArray bytes; ///< what was read
        std::shared_ptr<const FileResult> result; ///< what was made of it
    };
    /// A project's resolution, with everything it was computed from.
    struct Resolution
    {
        std::shared_ptr<const FileResult> catalog;
        std::shared_ptr<const FileResult> versions;
        std::vector<std::shared_ptr<const FileResult>> snapshots;
        std::shared_ptr<const FileResult> file; ///< services.toml
        std::shared_ptr<const FileResult> deployment;
        std::shared_ptr<const FileResult> monitoring;
        QList<ResolvedService> resolved;
        Diagnostics diagnostics;
        quint64 generation = 0;
        quint64 filesGeneration = 0;

        bool sameInputs(const Resolution &other) const
        {
            return file && file == other.file && catalog == other.catalog && versions == other.versions
                && snapshots == other.snapshots;
        }
        bool sameProjectFiles(const Resolution &other) const
        {
            return file == other.file && deployment == other.deployment && monitoring == other.monitoring;
        }
    };

    const File *file(const QString &path) const
    {
        const auto it = files.constFind(path);
        return it == files.cend() ? nullptr : &*it;
    }
    const Resolution *resolution(const QString &project) const
    {
        const auto it = projects.constFind(project);
        return it == projects.cend() ? nullptr : &*it;
    }

    RegistryLoader::Limits limits;
    QHash<QString, File> files;
    QHash<QString, Resolution> projects;
    std::vector<std::shared_ptr<const FileResult>> policyFiles;
    quint64 policiesGeneration = 0;
};

RegistryPtr RegistryLoader::load(const QString &root, const Progress &progress)
{
    return load(root, progress, Limits{});
}

RegistryPtr RegistryLoader::load(const QString &root, const Progress &progress, const Limits &limits)
{
    Options options;
    options.progress = progress;
    options.limits = limits;
    return load(std::make_shared<FolderSource>(root), options);
}

namespace {

/// One load, in named phases over what they share: read every file, sort what was read into
/// the registry, load the catalog versions, resolve the projects, check the formats.
class LoadRun
{
public:
    LoadRun(const RegistrySourcePtr &source, const RegistryLoader::Options &options)
        : m_options(options)
        , m_source(source)
        , m_registry(std::make_shared<Registry>())
        , m_cache(std::make_shared<LoadCache>())
        , m_diagnostics(m_registry->diagnostics)
    {
        m_registry->source = source;
        m_registry->root = source->root();
        Discovery discovery(*source, m_diagnostics);
        m_jobs = discovery.run();
        for (const auto &job : m_jobs)
            m_registry->files.append(job.path);
        // What an earlier load of the same registry read, when its limits were the same.
        const RegistryLoader::Limits &limits = options.limits;
        m_previous = options.previous ? options.previous->loadCache.get() : nullptr;
        if (m_previous
            && (m_previous->limits.maxFileBytes != limits.maxFileBytes || m_previous->limits.maxNesting != limits.maxNesting))
            m_previous = nullptr;
        m_cache->limits = limits;
        m_total = int(m_jobs.size());
    }

    bool cancelled() const { return m_options.cancelled && m_options.cancelled(); }

    /// Parses and converts every file, in parallel; false when cancelled.
    bool readFiles()
    {
        const LoadCache *previous = m_previous;
        m_results.resize(static_cast<size_t>(m_jobs.size()));
        std::vector<QByteArray> texts(static_cast<size_t>(m_jobs.size()));
        // Parse and convert every file in parallel: the files are independent until resolution.
        // A file with the same bytes as in the previous load keeps what that load made of it.
        // A cancelled load skips the files not yet started and returns nothing.
        QList<int> indices(m_jobs.size());
        std::iota(indices.begin(), indices.end(), 0);
        // Services files and catalogs first, the small files last: they fill the gap while the
        // other worker finishes a large one, instead of one worker idling at the end.
        const auto large = [this](int i) {
            const FileKind kind = m_jobs[i].kind;
            return kind == FileKind::ProjectServices || kind == FileKind::Catalog || kind == FileKind::Snapshot;
        };
        std::stable_partition(indices.begin(), indices.end(), large);
        forEachIndex(indices, [&](int i) {
            if (cancelled())
                return;
            const FileJob &job = m_jobs[i];
            const LoadCache::File *known = previous ? previous->file(job.path) : nullptr;
            const LoadCache::File *before = known && !known->bytes.isNull() ? known : nullptr; // read, and kept
            if (before && m_options.changedFiles && !m_options.changedFiles->contains(job.path) && before->kind == job.kind
                && before->owner == job.owner) {
                m_results[size_t(i)] = before->result; // known not to have changed: not even read
                texts[size_t(i)] = before->bytes;
                if (m_options.progress)
                    m_options.progress(++m_done, m_total);
                return;
            }
            RegistrySource::Content content = m_source->read(job.path, m_options.limits.maxFileBytes);
            if (before && content.status == RegistrySource::Content::Ok && before->kind == job.kind && before->owner == job.owner
                && before->bytes == content.bytes) {
                m_results[size_t(i)] = before->result;
                texts[size_t(i)] = before->bytes;
            } else {
                m_results[size_t(i)] = processFile(std::move(content), job, m_options.limits, texts[size_t(i)]);
                if (!m_options.keepForReload)
                    texts[size_t(i)] = QByteArray();
            }
            if (m_options.progress)
                m_options.progress(++m_done, m_total);
        });
        if (cancelled())
            return false;
        // Without its bytes (unread, or freed: keepForReload) a file is read and parsed again.
        for (size_t i = 0; i < m_results.size(); ++i) {
            const FileJob &job = m_jobs[qsizetype(i)];
            m_cache->files.insert(job.path, LoadCache::File{job.kind, job.owner, std::move(texts[i]), m_results[i]});
        }

        return true;
    }

    /// Sorts what the files held into the registry: the catalog, the index of versions, the
    /// projects (with their deployment and monitoring), the policies.
    void collectFiles()
    {
        const LoadCache *previous = m_previous;
        QHash<QString, Project *> projectsByName;
        std::vector<std::shared_ptr<const FileResult>> policyFiles;
        for (size_t i = 0; i < m_results.size(); ++i) {
            const FileResult &r = *m_results[i];
            const FileJob &job = m_jobs[qsizetype(i)];
            m_diagnostics.append(r.diagnostics);
            switch (job.kind) {
            case FileKind::Catalog:
                m_catalogResult = &r;
                break;
            case FileKind::Versions:
                m_versionsResult = &r;
                break;
            case FileKind::Snapshot:
                m_snapshotResults.append(&r);
                break;
            case FileKind::ProjectServices: {
                Project p = r.project;
                p.name = job.owner;
                p.directory = QStringLiteral("projects/") + job.owner;
                p.servicesFile = job.path;
                if (p.displayName.isEmpty())
                    p.displayName = job.owner;
                FileContext ctx(job.path);
                checkId(job.owner, SourceLocation{job.path, 0, 0}, ctx, QStringLiteral("project"));
                m_diagnostics.append(ctx.takeDiagnostics());
                m_registry->projects.append(std::move(p));
                m_preparedOverrides.insert(job.owner, &r.overrides);
                m_projectFiles.insert(job.path, m_results[i]);
                break;
            }
            case FileKind::Policy:
                if (r.policy.governance)
                    m_registry->policies.governance = r.policy.governance;
                if (r.policy.security)
                    m_registry->policies.security = r.policy.security;
                if (r.policy.compliance)
                    m_registry->policies.compliance = r.policy.compliance;
                if (r.policy.sla)
                    m_registry->policies.sla = r.policy.sla;
                if (r.policy.rules)
                    m_registry->policies.rules = r.policy.rules;
                policyFiles.push_back(m_results[i]);
                break;
            case FileKind::Deployment:
            case FileKind::Monitoring:
                m_projectFiles.insert(job.path, m_results[i]);
                break; // attached below, once the projects are known
            }
        }
        m_registry->policies.generation
            = previous && previous->policyFiles == policyFiles ? previous->policiesGeneration : nextGeneration();
        m_cache->policyFiles = std::move(policyFiles);
        m_cache->policiesGeneration = m_registry->policies.generation;
        std::sort(m_registry->projects.begin(), m_registry->projects.end(),
                  [](const Project &a, const Project &b) { return a.name < b.name; });
        for (auto &p : m_registry->projects)
            projectsByName.insert(p.name, &p);
        for (size_t i = 0; i < m_results.size(); ++i) {
            const FileJob &job = m_jobs[qsizetype(i)];
            if (job.kind != FileKind::Deployment && job.kind != FileKind::Monitoring)
                continue;
            if (Project *p = projectsByName.value(job.owner)) {
                if (job.kind == FileKind::Deployment)
                    p->deployment = m_results[i]->deployment;
                else
                    p->monitoring = m_results[i]->monitoring;
            }
        }
    }

    /// The current catalog and the frozen ones the index of versions lists, checked against
    /// each other and against the format each is written in (SR030).
    void loadCatalogs()
    {
        const FileResult *catalogResult = m_catalogResult;
        const FileResult *versionsResult = m_versionsResult;
        static const RawTables noRawTables;
        m_catalogLoaded = catalogResult && catalogResult->parsed;
        if (catalogResult)
            m_registry->catalog = catalogResult->catalog;
        else
            m_registry->catalog.generation = nextGeneration();
        m_current = CatalogSource{&m_registry->catalog, catalogResult ? &catalogResult->rawServices : &noRawTables};
        for (const auto &s : std::as_const(m_registry->catalog.services))
            m_registry->globalView.append(ResolvedService{s, Origin::Global, {}});
        // Catalog versions: the index must agree with catalog.toml and name real snapshots.
        if (versionsResult && versionsResult->parsed) {
            m_registry->versions = versionsResult->versions;
            if (m_catalogLoaded && !versionsResult->currentVersion.isEmpty()
                && versionsResult->currentVersion != m_registry->catalog.version)
                m_diagnostics.append(Diagnostic{
                    Severity::Error, QString::fromLatin1(code::VersionMismatch),
                    QStringLiteral("versions.toml names %1 as current, but services/catalog.toml is version %2")
                        .arg(versionsResult->currentVersion, m_registry->catalog.version),
                    versionsResult->currentLocation, QStringLiteral("make current equal to [catalog] version in catalog.toml")});
            QHash<QString, const FileResult *> snapshotFiles; // by cleaned path
            for (qsizetype i = 0; i < m_jobs.size(); ++i) {
                if (m_jobs[i].kind == FileKind::Snapshot)
                    snapshotFiles.insert(QDir::cleanPath(m_jobs[i].path), m_results[size_t(i)].get());
            }
            QSet<const FileResult *> referenced;
            QHash<QString, const FileResult *> snapshotByVersion;
            for (auto &v : m_registry->versions) {
                if (v.current || v.path == QLatin1String("catalog.toml"))
                    continue;
                const QString file = QDir::cleanPath(QStringLiteral("services/") + v.path);
                const FileResult *match = snapshotFiles.value(file);
                if (!match) {
                    m_diagnostics.append(
                        Diagnostic{Severity::Error, QString::fromLatin1(code::MissingLayout),
                                   QStringLiteral("catalog version %1 points at '%2', which does not exist").arg(v.version, file),
                                   v.location, QStringLiteral("restore the frozen snapshot or fix 'path'")});
                    continue;
                }
                referenced.insert(match);
                if (!match->parsed)
                    continue;
                if (match->catalog.version != v.version)
                    m_diagnostics.append(
                        Diagnostic{Severity::Error, QString::fromLatin1(code::VersionMismatch),
                                   QStringLiteral("'%1' declares version %2, but versions.toml lists it as %3")
                                       .arg(file, match->catalog.version, v.version),
                                   v.location, QStringLiteral("a frozen snapshot must keep the version it was released as")});
                m_registry->snapshots.insert(v.version, match->catalog);
                snapshotByVersion.insert(v.version, match);
            }
            for (qsizetype i = 0; i < m_jobs.size(); ++i) {
                if (m_jobs[i].kind == FileKind::Snapshot && !referenced.contains(m_results[size_t(i)].get()))
                    m_diagnostics.append(Diagnostic{
                        Severity::Warning, QString::fromLatin1(code::UnknownProjectFile),
                        QStringLiteral("'%1' is not listed in services/versions.toml and is ignored").arg(m_jobs[i].path),
                        SourceLocation{m_jobs[i].path, 0, 0}, QStringLiteral("add a [[versions]] entry for it, or delete it")});
            }
            // Pointers into m_registry->snapshots only once it has stopped growing.
            for (auto it = m_registry->snapshots.cbegin(); it != m_registry->snapshots.cend(); ++it)
                m_snapshotSources.insert(it.key(), CatalogSource{&it.value(), &snapshotByVersion.value(it.key())->rawServices});
        } else if (!m_snapshotResults.isEmpty() && !versionsResult) {
            m_diagnostics.append(
                Diagnostic{Severity::Error, QString::fromLatin1(code::MissingLayout),
                           QStringLiteral("services/versions/ holds frozen catalogs but services/versions.toml is missing"),
                           SourceLocation{QStringLiteral("services"), 0, 0},
                           QStringLiteral("create services/versions.toml listing each snapshot")});
        }

        for (const auto &v : std::as_const(m_registry->versions))
            m_listedVersions.insert(v.version);

        // Keys of a newer format than a catalog declares (SR030): frozen snapshots keep theirs.
        m_registry->format = versionsResult && versionsResult->parsed ? versionsResult->currentFormat : catalogFormats().last();
        checkFormat(m_registry->catalog, m_registry->format, QStringLiteral("services/versions.toml says the current catalog"),
                    m_diagnostics);
        for (const auto &v : std::as_const(m_registry->versions)) {
            if (const auto it = m_registry->snapshots.constFind(v.version); it != m_registry->snapshots.cend() && !v.current)
                checkFormat(*it, v.format, QStringLiteral("services/versions.toml says catalog %1").arg(v.version),
                            m_diagnostics);
        }
    }

    /// Resolves every project, in parallel; false when cancelled.
    bool resolveProjects()
    {
        const LoadCache *previous = m_previous;
        // Resolve every project in parallel; each reads only shared, immutable inputs. A project
        // whose files, catalogs and catalog index are those of the previous load keeps its
        // resolution (and its generation, when its deployment and monitoring are the same too).
        LoadCache::Resolution common;
        for (size_t i = 0; i < m_results.size(); ++i) {
            switch (m_jobs[qsizetype(i)].kind) {
            case FileKind::Catalog:
                common.catalog = m_results[i];
                break;
            case FileKind::Versions:
                common.versions = m_results[i];
                break;
            case FileKind::Snapshot:
                common.snapshots.push_back(m_results[i]);
                break;
            default:
                break;
            }
        }
        m_total += int(m_registry->projects.size());
        std::vector<LoadCache::Resolution> resolutions(static_cast<size_t>(m_registry->projects.size()), common);
        QList<int> projectIndices(m_registry->projects.size());
        std::iota(projectIndices.begin(), projectIndices.end(), 0);
        forEachIndex(projectIndices, [&](int i) {
            if (cancelled())
                return;
            Project &p = m_registry->projects[i];
            LoadCache::Resolution &resolution = resolutions[size_t(i)];
            resolution.file = m_projectFiles.value(p.servicesFile);
            resolution.deployment = m_projectFiles.value(p.directory + QStringLiteral("/deployment.toml"));
            resolution.monitoring = m_projectFiles.value(p.directory + QStringLiteral("/monitoring.toml"));
            const LoadCache::Resolution *before = previous ? previous->resolution(p.name) : nullptr;
            if (before && before->sameInputs(resolution)) {
                p.resolved = before->resolved;
                resolution.resolved = before->resolved;
                resolution.diagnostics = before->diagnostics;
                resolution.generation = before->sameProjectFiles(resolution) ? before->generation : nextGeneration();
            } else {
                resolveProject(p, m_current, m_snapshotSources, m_listedVersions, *m_preparedOverrides.value(p.name),
                               m_catalogLoaded, resolution.diagnostics);
                resolution.resolved = p.resolved;
                resolution.generation = nextGeneration();
            }
            resolution.filesGeneration
                = before && before->sameProjectFiles(resolution) ? before->filesGeneration : nextGeneration();
            p.generation = resolution.generation;
            p.filesGeneration = resolution.filesGeneration;
            if (m_options.progress)
                m_options.progress(++m_done, m_total);
        });
        if (cancelled())
            return false;
        for (qsizetype i = 0; i < m_registry->projects.size(); ++i) {
            m_diagnostics.append(resolutions[size_t(i)].diagnostics);
            m_cache->projects.insert(m_registry->projects[i].name, std::move(resolutions[size_t(i)]));
        }
        return true;
    }

    /// The projects' own services and overrides against the format the projects are written in
    /// (SR030); the diagnostics sorted; the snapshot with what the next load may reuse.
    RegistryPtr finish()
    {
        if (m_registry->format != catalogFormats().last()) {
            // The projects' own services and their overrides (each key as the override writes it).
            const QString declaration = QStringLiteral("services/versions.toml says the projects");
            for (const auto &project : std::as_const(m_registry->projects)) {
                for (const auto &r : project.resolved) {
                    if (r.origin == Origin::Project)
                        checkFormat(*r.service, m_registry->format, declaration, m_diagnostics);
                }
                if (const PreparedOverrides *overrides = m_preparedOverrides.value(project.name)) {
                    for (const PreparedOverride &o : *overrides)
                        checkFormat(*o.partial, m_registry->format, declaration, m_diagnostics);
                }
            }
        }

        sortDiagnostics(m_diagnostics);
        // Kept even without the files' bytes: what each file was read into is then freed with
        // the snapshot, not at the end of every load (a program exiting after one load never
        // frees it piece by piece).
        m_registry->loadCache = std::move(m_cache);
        return m_registry;
    }

private:
    const RegistryLoader::Options &m_options;
    RegistrySourcePtr m_source;
    std::shared_ptr<Registry> m_registry;
    std::shared_ptr<LoadCache> m_cache;
    Diagnostics &m_diagnostics;
    QList<FileJob> m_jobs;
    const LoadCache *m_previous = nullptr;
    std::vector<std::shared_ptr<const FileResult>> m_results; ///< by job
    std::atomic<int> m_done{0};
    int m_total = 0; ///< files, then files and projects: the progress reported
    const FileResult *m_catalogResult = nullptr;
    const FileResult *m_versionsResult = nullptr;
    QList<const FileResult *> m_snapshotResults;
    QHash<QString, const PreparedOverrides *> m_preparedOverrides;
    QHash<QString, std::shared_ptr<const FileResult>> m_projectFiles; ///< services.toml, deployment, monitoring
    bool m_catalogLoaded = false;
    CatalogSource m_current{};
    QHash<QString, CatalogSource> m_snapshotSources;
    QSet<QString> m_listedVersions;
};

} // namespace

RegistryPtr RegistryLoader::load(const RegistrySourcePtr &source, const Options &options)
{
    LoadRun run(source, options);
    // A cancelled load stops between files and between projects, and returns nothing.
    if (!run.readFiles())
        return nullptr;
    run.collectFiles();
    run.loadCatalogs();
    if (!run.resolveProjects())
        return nullptr;
    return run.finish();
}

} // namespace sr
