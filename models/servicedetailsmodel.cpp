#include "servicedetailsmodel.h"

#include "appearance.h"

#include "catalog/servicefields.h"

#include <QCoreApplication>

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
        // One row per value, in the field table's order (catalog/servicefields.h).
        for (const sr::ServiceField &field : sr::serviceFields()) {
            const QString label = QCoreApplication::translate("ServiceField", field.label);
            const QList<sr::FieldValue> values = field.values(*s);
            if (field.kind == sr::FieldKind::Boolean) {
                // Shown where it was written; a flag's default says nothing.
                if (!values.isEmpty() && s->sourceOf(values.first().path)
                    && s->sourceOf(values.first().path)->path == values.first().path)
                    addRow(label, values.first().path, values.first().text == QLatin1String("true") ? tr("yes") : tr("no"));
                continue;
            }
            for (const sr::FieldValue &value : values)
                addRow(value.name.isEmpty() || field.kind == sr::FieldKind::Dependencies ? label
                                                                                         : label + QLatin1Char(' ') + value.name,
                       value.path, value.text);
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
            return source || row.path.isEmpty() ? sr::labelOf(origin) : tr("default");
        case Location: {
            if (!source && !row.path.isEmpty())
                return QString();
            return Appearance::shortLocation(location);
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
