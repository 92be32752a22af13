#include "servicetablemodel.h"

#include "appearance.h"
#include "catalog/semver.h"
#include "catalog/servicefields.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QPalette>

#include <QFont>

namespace {
/// The field each column shows (catalog/servicefields.h); Id and Origin are not fields.
const sr::ServiceField *columnField(int column)
{
    static const char *const keys[ServiceTableModel::ColumnCount]
        = {nullptr, "type", "version", "image", "ports", "owner", "criticality", "lifecycle", nullptr};
    return keys[column] ? sr::findServiceField(QString::fromLatin1(keys[column])) : nullptr;
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
        if (index.column() == Id)
            return s.id;
        if (index.column() == Origin)
            return sr::labelOf(resolved.origin);
        if (const sr::ServiceField *field = columnField(index.column())) {
            QStringList texts;
            for (const auto &value : field->values(s))
                texts.append(value.text);
            return texts.join(QLatin1String(", "));
        }
        break;
    case SortRole:
        switch (Column(index.column())) {
        case Version:
            return versionSortKey(s.version);
        case Ports:
            return s.ports.isEmpty() ? 0 : s.ports.first().port;
        case Criticality:
            return int(s.criticality); // the enum is ordered from most to least critical
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::ToolTipRole:
        return s.description.isEmpty() ? s.displayName : s.displayName + QLatin1Char('\n') + s.description;
    case Qt::ForegroundRole:
        if (index.column() == Origin)
            return Appearance::originColor(resolved.origin);
        if (s.lifecycle == sr::Lifecycle::Deprecated)
            return QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
        break;
    case Qt::FontRole:
        if (s.lifecycle == sr::Lifecycle::Deprecated) {
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
                           QStringLiteral("type:") + sr::nameOf(s.type),
                           QStringLiteral("version:") + s.version,
                           QStringLiteral("image:") + s.image,
                           QStringLiteral("owner:") + s.owner,
                           QStringLiteral("criticality:") + sr::nameOf(s.criticality),
                           QStringLiteral("lifecycle:") + sr::nameOf(s.lifecycle),
                           QStringLiteral("origin:") + sr::nameOf(resolved.origin),
                           QStringLiteral("tag:") + s.tags.join(QStringLiteral(" tag:")),
                           QStringLiteral("port:") + s.portsText()};
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
    if (section == Id)
        return tr("Id");
    if (section == Origin)
        return tr("Origin");
    if (const sr::ServiceField *field = columnField(section))
        return QCoreApplication::translate("ServiceField", field->label);
    return {};
}
