#include "servicedetailsmodel.h"

#include "appearance.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

ServiceDetailsModel::ServiceDetailsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

QString ServiceDetailsModel::serviceId() const
{
    return m_service.service ? m_service.service->id : QString();
}

void ServiceDetailsModel::clear()
{
    beginResetModel();
    m_service = {};
    m_rows.clear();
    endResetModel();
}

void ServiceDetailsModel::addRow(const QString &label, const QString &path, const QString &value)
{
    m_rows.append(Row{label, path, value});
}

void ServiceDetailsModel::setService(const sr::ResolvedService &resolved)
{
    beginResetModel();
    m_service = resolved;
    m_rows.clear();
    if (const sr::Service *s = resolved.service.get()) {
        addRow(tr("Id"), QString(), s->id);
        addRow(tr("Name"), QStringLiteral("display_name"), s->displayName);
        addRow(tr("Description"), QStringLiteral("description"), s->description);
        addRow(tr("Type"), QStringLiteral("type"), s->type);
        addRow(tr("Version"), QStringLiteral("version"), s->version);
        addRow(tr("Image"), QStringLiteral("image"), s->image);
        addRow(tr("Owner"), QStringLiteral("owner"), s->owner);
        addRow(tr("Criticality"), QStringLiteral("criticality"), s->criticality);
        addRow(tr("Lifecycle"), QStringLiteral("lifecycle"), s->lifecycle);
        if (!s->replacedBy.isEmpty())
            addRow(tr("Replaced by"), QStringLiteral("replaced_by"), s->replacedBy);
        if (resolved.origin == sr::Origin::Project)
            addRow(tr("Shared"), QStringLiteral("shared"), s->shared ? tr("yes") : tr("no"));
        addRow(tr("Ports"), QStringLiteral("ports"), s->portsText());
        for (const auto &e : s->environment)
            addRow(tr("Environment %1").arg(e.name), QStringLiteral("environment.") + e.name, e.value);
        for (const auto &secret : s->secrets)
            addRow(tr("Secret %1").arg(secret.name), QStringLiteral("secrets.") + secret.name, secret.reference);
        const std::pair<const char *, const QString *> resources[] = {{"cpu", &s->resources.cpu},
                                                                      {"memory", &s->resources.memory},
                                                                      {"cpu_limit", &s->resources.cpuLimit},
                                                                      {"memory_limit", &s->resources.memoryLimit}};
        for (const auto &[key, value] : resources) {
            if (!value->isEmpty())
                addRow(tr("Resources %1").arg(QString::fromLatin1(key)), QStringLiteral("resources.") + QString::fromLatin1(key),
                       *value);
        }
        if (s->healthCheck) {
            const auto &h = *s->healthCheck;
            QString text = h.type;
            if (!h.path.isEmpty())
                text += QLatin1Char(' ') + h.path;
            if (!h.command.isEmpty())
                text += QStringLiteral(" \"") + h.command + QLatin1Char('"');
            if (h.port)
                text += QStringLiteral(" :") + QString::number(h.port);
            text += tr(" every %1, timeout %2, %3 retries").arg(h.interval, h.timeout).arg(h.retries);
            addRow(tr("Health check"), QStringLiteral("health_check"), text);
        }
        for (const auto &dep : s->dependencies) {
            QString text = dep.target;
            if (!dep.constraint.isEmpty())
                text += QLatin1Char(' ') + dep.constraint;
            addRow(dep.optional ? tr("Optional") : tr("Requires"),
                   dep.optional ? QStringLiteral("dependencies.optional") : QStringLiteral("dependencies.requires"), text);
        }
        if (!s->patterns.isEmpty())
            addRow(tr("Patterns"), QStringLiteral("patterns"), s->patterns.join(QLatin1String(", ")));
        if (!s->tags.isEmpty())
            addRow(tr("Tags"), QStringLiteral("tags"), s->tags.join(QLatin1String(", ")));
        for (auto it = s->properties.cbegin(); it != s->properties.cend(); ++it) {
            const QJsonValue json = QJsonValue::fromVariant(it.value());
            const QString text = json.isObject()
                ? QString::fromUtf8(QJsonDocument(json.toObject()).toJson(QJsonDocument::Compact))
                : json.isArray() ? QString::fromUtf8(QJsonDocument(json.toArray()).toJson(QJsonDocument::Compact))
                                 : it.value().toString();
            addRow(tr("Property %1").arg(it.key()), QStringLiteral("properties.") + it.key(), text);
        }
    }
    endResetModel();
}

int ServiceDetailsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ServiceDetailsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ServiceDetailsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_service.service)
        return {};
    const Row &row = m_rows[index.row()];
    const sr::Service &s = *m_service.service;
    const sr::FieldSource *source = row.path.isEmpty() ? nullptr : s.sourceOf(row.path);
    const sr::Origin origin = source ? source->origin : m_service.origin;
    const sr::SourceLocation location = source ? source->location : s.location;
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        switch (Column(index.column())) {
        case Field:
            return row.label;
        case Value:
            return row.value;
        case Origin:
            // Fields a service never set show the default, not an origin.
            return source || row.path.isEmpty() ? Appearance::originLabel(origin) : tr("default");
        case Location: {
            if (!source && !row.path.isEmpty())
                return QString();
            // Short enough for a narrow dock: "catalog.toml:12", "shop/services.toml:8".
            sr::SourceLocation shown{location.file, location.line, 0};
            for (const auto prefix : {QLatin1String("projects/"), QLatin1String("services/")}) {
                if (shown.file.startsWith(prefix))
                    shown.file = shown.file.mid(prefix.size());
            }
            return shown.toString();
        }
        case ColumnCount:
            break;
        }
        break;
    case Qt::ForegroundRole:
        if (index.column() == Origin && (source || row.path.isEmpty()))
            return Appearance::originColor(origin);
        break;
    case Qt::ToolTipRole:
        switch (Column(index.column())) {
        case Field:
            return row.path.isEmpty() ? row.label : row.label + QStringLiteral(" (") + row.path + QLatin1Char(')');
        case Location:
            return location.toString();
        default:
            return row.value;
        }
    case FileRole:
        return location.file;
    case LineRole:
        return location.line;
    case PathRole:
        return row.path;
    default:
        break;
    }
    return {};
}

QVariant ServiceDetailsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Field:
        return tr("Field");
    case Value:
        return tr("Value");
    case Origin:
        return tr("Origin");
    case Location:
        return tr("Defined at");
    case ColumnCount:
        break;
    }
    return {};
}
