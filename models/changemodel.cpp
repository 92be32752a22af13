#include "changemodel.h"

#include "appearance.h"

namespace {

QString affectedText(const sr::RegistryChange &c)
{
    QStringList projects;
    for (const sr::AffectedService &a : c.affected)
        projects.append(a.project);
    projects.removeDuplicates();
    projects.sort();
    return projects.join(QStringLiteral(", "));
}

} // namespace

ChangeModel::ChangeModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ChangeModel::setReport(const sr::ChangeReport &report)
{
    beginResetModel();
    m_report = report;
    m_affectedProjects.clear();
    for (const sr::RegistryChange &c : m_report.changes)
        m_affectedProjects.append(affectedText(c));
    endResetModel();
}

const sr::RegistryChange *ChangeModel::change(int row) const
{
    return row >= 0 && row < m_report.changes.size() ? &m_report.changes.at(row) : nullptr;
}

int ChangeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_report.changes.size());
}

int ChangeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChangeModel::data(const QModelIndex &index, int role) const
{
    const sr::RegistryChange *c = change(index.row());
    if (!c)
        return {};
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Severity:
            return c->severity == sr::ChangeSeverity::Breaking ? tr("breaking")
                : c->severity == sr::ChangeSeverity::Warning   ? tr("warning")
                                                               : tr("info");
        case Rule:
            return c->rule;
        case Service:
            return c->scope == QLatin1String("global") ? c->service : c->scope + QLatin1Char('/') + c->service;
        case Field:
            return c->field;
        case Affected:
            return m_affectedProjects.value(index.row());
        default:
            return {};
        }
    }
    if (role == Qt::DecorationRole && index.column() == Severity)
        return Appearance::severityIcon(Appearance::severityOf(c->severity));
    if (role == Qt::ToolTipRole) {
        QString tip = c->message;
        if (!c->hint.isEmpty())
            tip += QLatin1Char('\n') + tr("Hint: %1").arg(c->hint);
        if (!c->affected.isEmpty())
            tip += QLatin1Char('\n') + tr("Reaches %n service(s)", nullptr, int(c->affected.size()));
        return tip;
    }
    return {};
}

QVariant ChangeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Severity:
        return tr("Severity");
    case Rule:
        return tr("Rule");
    case Service:
        return tr("Service");
    case Field:
        return tr("Field");
    case Affected:
        return tr("Affected projects");
    default:
        return {};
    }
}
