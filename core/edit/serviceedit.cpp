#include "edit/serviceedit.h"

#include "analysis/dependencygraph.h"
#include "analysis/validator.h"
#include "catalog/registryloader.h"
#include "catalog/servicefields.h"
#include "catalog/tomlsupport_p.h"
#include "edit/tomltexteditor.h"

#include <QMap>

#include <algorithm>

namespace sr {

namespace {

/// Field kinds that are tables of free keys: `environment.LOG_LEVEL`, `labels.team`.
bool takesFreeKeys(FieldKind kind)
{
    return kind == FieldKind::Environment || kind == FieldKind::Secrets || kind == FieldKind::StringMap
        || kind == FieldKind::Properties || kind == FieldKind::HealthCheck;
}

/// Whether `field` names a field of the catalog format, or a key below a table field;
/// else `error` says so, with the closest field.
bool isKnownField(const QString &field, QString *error)
{
    if (findServiceField(field))
        return true;
    const QStringList parts = field.split(QLatin1Char('.'));
    for (qsizetype n = parts.size() - 1; n > 0; --n) {
        const ServiceField *parent = findServiceField(parts.mid(0, n).join(QLatin1Char('.')));
        if (parent && takesFreeKeys(parent->kind) && !parts.contains(QString()))
            return true;
    }
    QStringList known;
    for (const ServiceField &f : serviceFields())
        known.append(QString::fromLatin1(f.key));
    *error = QStringLiteral("'%1' is not a field of the catalog format; %2")
                 .arg(field, detail::didYouMeanOr(field, known, QStringLiteral("docs/catalog-format.md lists the fields")));
    return false;
}

/// Whether the table at `path` of `text` exists and holds nothing.
bool isEmptyTable(const QByteArray &text, const QStringList &path)
{
    try {
        const toml::table document = toml::parse(std::string_view(text.constData(), size_t(text.size())));
        const toml::node *node = &document;
        for (const QString &key : path) {
            node = node->as_table() ? node->as_table()->get(key.toStdString()) : nullptr;
            if (!node)
                return false;
        }
        return node->as_table() && node->as_table()->empty();
    } catch (const std::exception &) {
        return false;
    }
}

QString diagnosticKey(const Diagnostic &d)
{
    return d.code + QLatin1Char('\x1f') + d.location.file + QLatin1Char('\x1f') + d.message;
}

} // namespace

ServiceEdit::ServiceEdit(RegistryPtr registry, QHash<QString, QByteArray> texts)
    : m_registry(std::move(registry))
    , m_buffers(std::move(texts))
{ }

std::optional<ServiceEdit::Place> ServiceEdit::place(const QString &project, const QString &service, const QString &field,
                                                     QString *error) const
{
    if (field == QLatin1String("id")) {
        *error = QStringLiteral("a service's id is its table's name: rename the service instead");
        return std::nullopt;
    }
    if (!isKnownField(field, error))
        return std::nullopt;
    const QStringList fieldPath = field.split(QLatin1Char('.'));
    if (project.isEmpty()) {
        if (const ServicePtr global = m_registry->catalog.service(service))
            return Place{global->location.file, QStringList{QStringLiteral("services"), service} + fieldPath};
        for (const Project &p : m_registry->projects) {
            const auto own = std::find_if(p.ownServices.cbegin(), p.ownServices.cend(),
                                          [&service](const ServicePtr &s) { return s->id == service; });
            if (own != p.ownServices.cend()) {
                *error = QStringLiteral("'%1' is a service of project '%2', not of the global catalog: add --project %2")
                             .arg(service, p.name);
                return std::nullopt;
            }
        }
        *error = QStringLiteral("the global catalog has no service '%1'").arg(service);
        return std::nullopt;
    }
    const Project *p = m_registry->project(project);
    if (!p) {
        QStringList names;
        for (const Project &each : m_registry->projects)
            names.append(each.name);
        *error = QStringLiteral("there is no project '%1'; %2")
                     .arg(project,
                          detail::didYouMeanOr(project, names,
                                               QStringLiteral("the projects are ") + names.join(QLatin1String(", "))));
        return std::nullopt;
    }
    for (const ServicePtr &own : p->ownServices) {
        if (own->id == service)
            return Place{own->location.file, QStringList{QStringLiteral("services"), service} + fieldPath};
    }
    if (m_registry->catalogFor(*p).service(service))
        return Place{p->servicesFile, QStringList{QStringLiteral("overrides"), service} + fieldPath};
    *error = QStringLiteral("project '%1' has no service '%2', and the catalog it uses has none either").arg(project, service);
    return std::nullopt;
}

QByteArray ServiceEdit::originalText(const QString &file) const
{
    return m_registry->source ? m_registry->source->read(file, RegistryLoader::Limits{}.maxFileBytes).bytes : QByteArray();
}

QByteArray ServiceEdit::text(const QString &file) const
{
    const auto it = m_buffers.constFind(file);
    return it != m_buffers.cend() ? *it : originalText(file);
}

bool ServiceEdit::set(const QString &project, const QString &service, const QString &field, const QByteArray &value,
                      QString *error)
{
    const std::optional<Place> where = place(project, service, field, error);
    if (!where)
        return false;
    TomlTextEditor editor(text(where->file));
    if (!editor.set(where->path, value, error))
        return false;
    m_buffers.insert(where->file, editor.text());
    return true;
}

bool ServiceEdit::unset(const QString &project, const QString &service, const QString &field, QString *error)
{
    const std::optional<Place> where = place(project, service, field, error);
    if (!where)
        return false;
    TomlTextEditor editor(text(where->file));
    if (!editor.remove(where->path, error)) {
        if (where->path.first() == QLatin1String("overrides"))
            *error = QStringLiteral("project '%1' does not override '%2' of '%3'").arg(project, field, service);
        return false;
    }
    // An override table left with nothing in it goes too: the service is simply inherited.
    const QStringList overrideTable = where->path.mid(0, 2);
    if (where->path.first() == QLatin1String("overrides") && isEmptyTable(editor.text(), overrideTable))
        editor.remove(overrideTable, error, true); // comments above it may speak of every override
    m_buffers.insert(where->file, editor.text());
    return true;
}

QStringList ServiceEdit::changedFiles() const
{
    QStringList out;
    for (auto it = m_buffers.cbegin(); it != m_buffers.cend(); ++it) {
        if (*it != originalText(it.key()))
            out.append(it.key());
    }
    out.sort();
    return out;
}

RegistryPtr ServiceEdit::editedRegistry(Diagnostics *diagnostics) const
{
    auto overlay = std::make_shared<OverlaySource>(m_registry->source, m_buffers);
    // Over the same source, only the edited files differ: the rest is taken as loaded.
    RegistryLoader::Options options;
    options.previous = m_registry;
    options.changedFiles = QSet<QString>(m_buffers.keyBegin(), m_buffers.keyEnd());
    RegistryPtr edited = RegistryLoader::load(overlay, options);
    if (diagnostics && edited)
        *diagnostics = Validator::validate(*edited);
    return edited;
}

Diagnostics ServiceEdit::newErrors(const Diagnostics &before, const Diagnostics &after)
{
    QHash<QString, int> known;
    for (const Diagnostic &d : before) {
        if (d.severity == Severity::Error)
            ++known[diagnosticKey(d)];
    }
    Diagnostics out;
    for (const Diagnostic &d : after) {
        if (d.severity != Severity::Error)
            continue;
        int &count = known[diagnosticKey(d)];
        if (count > 0)
            --count;
        else
            out.append(d);
    }
    return out;
}

namespace {

/// A service id as the catalog format allows it: lower-case letters, digits and '-', starting
/// with a letter (docs/catalog-format.md); else `error` says so.
bool checkServiceId(const QString &id, QString *error)
{
    const bool valid = !id.isEmpty() && id.size() <= 63 && id.front().isLower() && !id.endsWith(QLatin1Char('-'))
        && std::all_of(id.cbegin(), id.cend(),
                       [](QChar c) { return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-'; });
    if (!valid)
        *error = QStringLiteral("'%1' is not a valid service id: use lower-case letters, digits and '-', starting with a letter")
                     .arg(id);
    return valid;
}

} // namespace

bool ServiceEdit::addService(const QString &project, const QString &id, const QString &type, QString *error)
{
    if (!checkServiceId(id, error))
        return false;
    QString file = m_registry->catalog.file;
    QByteArray owner;
    if (!project.isEmpty()) {
        const Project *p = m_registry->project(project);
        if (!p) {
            *error = QStringLiteral("there is no project '%1'").arg(project);
            return false;
        }
        if (p->find(id)) {
            *error = QStringLiteral("project '%1' already has a service '%2'").arg(project, id);
            return false;
        }
        file = p->servicesFile;
        if (!p->owner.isEmpty())
            owner = "owner = " + TomlTextEditor::basicString(p->owner) + '\n';
    } else if (m_registry->catalog.service(id)) {
        *error = QStringLiteral("the global catalog already has a service '%1'").arg(id);
        return false;
    }
    TomlTextEditor editor(text(file));
    const QByteArray table = "[services." + TomlTextEditor::formatKey(id) + "]\ndisplay_name = " + TomlTextEditor::basicString(id)
        + "\ntype = " + TomlTextEditor::basicString(type) + "\nversion = \"0.1.0\"\n" + owner;
    if (!editor.appendTables(table, error))
        return false;
    m_buffers.insert(file, editor.text());
    return true;
}

bool ServiceEdit::duplicateService(const QString &project, const QString &from, const QString &to, QString *error)
{
    if (!checkServiceId(to, error))
        return false;
    const std::optional<Place> where = place(project, from, QStringLiteral("version"), error);
    if (!where)
        return false;
    if (where->path.first() == QLatin1String("overrides")) {
        *error = QStringLiteral("'%1' is a global service: duplicate it in the global catalog").arg(from);
        return false;
    }
    if ((project.isEmpty() && m_registry->catalog.service(to))
        || (!project.isEmpty() && m_registry->project(project)->find(to))) {
        *error = QStringLiteral("'%1' is already a service there").arg(to);
        return false;
    }
    TomlTextEditor editor(text(where->file));
    TomlTextEditor copy(editor.tableText({QStringLiteral("services"), from}));
    if (!copy.renameTable({QStringLiteral("services"), from}, {QStringLiteral("services"), to}, error)
        || !editor.appendTables(copy.text(), error))
        return false;
    m_buffers.insert(where->file, editor.text());
    return true;
}

bool ServiceEdit::removeService(const QString &project, const QString &id, QString *error)
{
    const std::optional<Place> where = place(project, id, QStringLiteral("version"), error);
    if (!where)
        return false;
    if (where->path.first() == QLatin1String("overrides")) {
        *error = QStringLiteral("'%1' is a global service: remove it from the global catalog, or from the 'uses' of project '%2'")
                     .arg(id, project);
        return false;
    }
    TomlTextEditor editor(text(where->file));
    if (!editor.remove({QStringLiteral("services"), id}, error))
        return false;
    m_buffers.insert(where->file, editor.text());
    return true;
}

QStringList ServiceEdit::dependentsOf(const QString &project, const QString &id) const
{
    QStringList out;
    if (project.isEmpty()) {
        for (const QString &d : DependencyGraph::forCatalog(m_registry->catalog).transitiveDependents(id))
            out.append(d);
    }
    const DependencyGraph all = DependencyGraph::forRegistry(*m_registry);
    for (const Project &p : m_registry->projects) {
        if ((!project.isEmpty() && p.name != project) || !p.find(id))
            continue;
        const QString node = p.name + QLatin1Char('/') + id;
        for (const QString &d : all.transitiveDependents(node)) {
            if (d != node && !out.contains(d))
                out.append(d);
        }
    }
    out.removeAll(id);
    return out;
}

namespace {

/// Where a string names a service: dependencies (plain or `{ service = … }`), pattern
/// members, a project's `uses`, `replaced_by`, waivers and alert rules.
bool namesService(const QStringList &path)
{
    const qsizetype n = path.size();
    const auto at = [&path, n](qsizetype fromEnd) { return n >= fromEnd ? path.at(n - fromEnd) : QString(); };
    const bool dependencyList = at(1) == QLatin1String("requires") || at(1) == QLatin1String("optional");
    const bool dependencyTable
        = at(1) == QLatin1String("service") && (at(2) == QLatin1String("requires") || at(2) == QLatin1String("optional"));
    if ((dependencyList || dependencyTable) && path.contains(QLatin1String("dependencies")))
        return true;
    if (n == 3 && path.at(0) == QLatin1String("patterns") && path.at(2) == QLatin1String("services"))
        return true;
    if (path == QStringList{QStringLiteral("project"), QStringLiteral("uses")})
        return true;
    if (at(1) == QLatin1String("replaced_by"))
        return true;
    if (path == QStringList{QStringLiteral("waivers"), QStringLiteral("service")})
        return true;
    return n == 3 && path.at(0) == QLatin1String("alerts") && path.at(2) == QLatin1String("service");
}

/// Keys that are service ids: [overrides.<id>], [slo.<id>], targets' service_replicas.
void renameServiceKeys(TomlTextEditor &editor, const QString &from, const QString &to, QString *error)
{
    for (const char *table : {"overrides", "slo"}) {
        if (editor.contains({QLatin1String(table), from}))
            editor.renameTable({QLatin1String(table), from}, {QLatin1String(table), to}, error);
    }
    try {
        const QByteArray text = editor.text();
        const toml::table document = toml::parse(std::string_view(text.constData(), size_t(text.size())));
        if (const toml::table *targets = document["targets"].as_table()) {
            for (const auto &[target, value] : *targets) {
                const QStringList path{QStringLiteral("targets"),
                                       QString::fromUtf8(target.str().data(), qsizetype(target.str().size())),
                                       QStringLiteral("service_replicas")};
                if (const std::optional<QByteArray> replicas = editor.valueText(path + QStringList{from})) {
                    editor.remove(path + QStringList{from}, error);
                    editor.set(path + QStringList{to}, *replicas, error);
                }
            }
        }
    } catch (const std::exception &) { }
}

} // namespace

bool ServiceEdit::renameService(const QString &project, const QString &from, const QString &to, QString *error)
{
    if (!checkServiceId(to, error))
        return false;
    const std::optional<Place> where = place(project, from, QStringLiteral("version"), error);
    if (!where)
        return false;
    const bool global = where->path.first() == QLatin1String("overrides") || project.isEmpty()
        || m_registry->catalogFor(*m_registry->project(project)).service(from);
    if (!project.isEmpty() && where->path.first() == QLatin1String("overrides")) {
        *error = QStringLiteral("'%1' is a global service: rename it in the global catalog").arg(from);
        return false;
    }
    if ((global && m_registry->catalog.service(to)) || (!project.isEmpty() && m_registry->project(project)->find(to))) {
        *error = QStringLiteral("'%1' is already a service there").arg(to);
        return false;
    }
    // The service's own tables.
    TomlTextEditor defining(text(where->file));
    if (!defining.renameTable({QStringLiteral("services"), from}, {QStringLiteral("services"), to}, error))
        return false;
    m_buffers.insert(where->file, defining.text());
    // Every reference, in every file that may hold one.
    const QString projectFolder = project.isEmpty() ? QString() : QStringLiteral("projects/%1/").arg(project);
    QStringList pinned; // projects on an older catalog still know the service by its old name
    for (const Project &p : m_registry->projects) {
        if (global && &m_registry->catalogFor(p) != &m_registry->catalog)
            pinned.append(p.directory + QLatin1Char('/'));
    }
    for (const QString &file : m_registry->files) {
        if (!file.endsWith(QLatin1String(".toml")) || file.startsWith(QLatin1String("services/versions/"))
            || std::any_of(pinned.cbegin(), pinned.cend(), [&file](const QString &folder) { return file.startsWith(folder); }))
            continue; // frozen catalog snapshots keep their history
        TomlTextEditor editor(text(file));
        QString problem;
        if (global || file.startsWith(projectFolder)) {
            if (editor.replaceStrings(namesService, from, to, &problem) < 0) {
                *error = file + QLatin1String(": ") + problem;
                return false;
            }
            if (global || file == projectFolder + QLatin1String("monitoring.toml")
                || file == projectFolder + QLatin1String("deployment.toml"))
                renameServiceKeys(editor, from, to, &problem);
        }
        if (!global
            && editor.replaceStrings(namesService, project + QLatin1Char('/') + from, project + QLatin1Char('/') + to, &problem)
                < 0) {
            *error = file + QLatin1String(": ") + problem;
            return false;
        }
        if (editor.text() != text(file))
            m_buffers.insert(file, editor.text());
    }
    return true;
}

} // namespace sr
