#include "servicetablemodel.h"

#include "appearance.h"
#include "catalog/semver.h"

#include <QFont>

namespace {
int criticalityRank(const QString &criticality)
{
    static const QStringList order{QStringLiteral("critical"), QStringLiteral("high"), QStringLiteral("medium"),
                                   QStringLiteral("low")};
    const auto index = order.indexOf(criticality);
    return index < 0 ? int(order.size()) : int(index);
}

/// A key that sorts semantic versions numerically ("10.2.3" after "9.0.0").
QString versionSortKey(const QString &version)
{
    const auto v = sr::SemVer::parse(version);
    if (!v)
        return version;
    return QStringLiteral("%1.%2.%3.%4")
        .arg(v->major, 9, 10, QLatin1Char('0'))
        .arg(v->minor, 9, 10, QLatin1Char('0'))
        .arg(v->patch, 9, 10, QLatin1Char('0'))
        .arg(v->prerelease.isEmpty() ? QStringLiteral("~") : v->prerelease);
}
} // namespace

ServiceTableModel::ServiceTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ServiceTableModel::setServices(QList<sr::ResolvedService> services)
{
    beginResetModel();
    m_services = std::move(services);
    endResetModel();
}

const sr::ResolvedService *ServiceTableModel::serviceAt(int row) const
{
    return row >= 0 && row < m_services.size() ? &m_services[row] : nullptr;
}

int ServiceTableModel::rowOf(const QString &serviceId) const
{
    for (qsizetype i = 0; i < m_services.size(); ++i) {
        if (m_services[i].service->id == serviceId)
            return int(i);
    }
    return -1;
}

int ServiceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_services.size());
}

int ServiceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ServiceTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const sr::ResolvedService &resolved = m_services[index.row()];
    const sr::Service &s = *resolved.service;
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Id:
            return s.id;
        case Type:
            return s.type;
        case Version:
            return s.version;
        case Image:
            return s.image;
        case Ports:
            return s.portsText();
        case Owner:
            return s.owner;
        case Criticality:
            return s.criticality;
        case Lifecycle:
            return s.lifecycle;
        case Origin:
            return Appearance::originLabel(resolved.origin);
        case ColumnCount:
            break;
        }
        break;
    case SortRole:
        switch (Column(index.column())) {
        case Version:
            return versionSortKey(s.version);
        case Ports:
            return s.ports.isEmpty() ? 0 : s.ports.first().port;
        case Criticality:
            return criticalityRank(s.criticality);
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::ToolTipRole:
        return s.description.isEmpty() ? s.displayName : s.displayName + QLatin1Char('\n') + s.description;
    case Qt::ForegroundRole:
        if (index.column() == Origin)
            return Appearance::originColor(resolved.origin);
        if (s.lifecycle == QLatin1String("deprecated"))
            return QColor(Qt::gray);
        break;
    case Qt::FontRole:
        if (s.lifecycle == QLatin1String("deprecated")) {
            QFont font;
            font.setStrikeOut(index.column() == Id);
            font.setItalic(true);
            return font;
        }
        break;
    case ServiceIdRole:
        return s.id;
    case SearchTextRole:
        return QStringList{QStringLiteral("id:") + s.id,
                           QStringLiteral("name:") + s.displayName,
                           QStringLiteral("type:") + s.type,
                           QStringLiteral("version:") + s.version,
                           QStringLiteral("image:") + s.image,
                           QStringLiteral("owner:") + s.owner,
                           QStringLiteral("criticality:") + s.criticality,
                           QStringLiteral("lifecycle:") + s.lifecycle,
                           QStringLiteral("origin:") + sr::originName(resolved.origin),
                           QStringLiteral("tag:") + s.tags.join(QStringLiteral(" tag:")),
                           QStringLiteral("port:") + s.portsText()};
    case PatternsRole:
        return s.patterns;
    case OriginRole:
        return int(resolved.origin);
    default:
        break;
    }
    return {};
}

QVariant ServiceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Id:
        return tr("Id");
    case Type:
        return tr("Type");
    case Version:
        return tr("Version");
    case Image:
        return tr("Image");
    case Ports:
        return tr("Ports");
    case Owner:
        return tr("Owner");
    case Criticality:
        return tr("Criticality");
    case Lifecycle:
        return tr("Lifecycle");
    case Origin:
        return tr("Origin");
    case ColumnCount:
        break;
    }
    return {};
}
