#include "runningstatemodel.h"

#include "appearance.h"

RunningStateModel::RunningStateModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void RunningStateModel::setReview(std::shared_ptr<const sr::ApproverReview> review)
{
    m_review = std::move(review);
    rebuild();
}

void RunningStateModel::setChanged(const QString &scope, const QString &service)
{
    m_scope = scope;
    m_service = service;
    rebuild();
}

void RunningStateModel::rebuild()
{
    beginResetModel();
    m_rows.clear();
    if (m_review) {
        for (const sr::ApproverReview::RunningState &s : m_review->running) {
            const bool inScope = m_scope == QLatin1String("global") || s.running.project == m_scope;
            if (m_service.isEmpty() || (s.running.service == m_service && inScope))
                m_rows.append(&s);
        }
    }
    endResetModel();
}

int RunningStateModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RunningStateModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunningStateModel::data(const QModelIndex &index, int role) const
{
    if (index.row() < 0 || index.row() >= m_rows.size())
        return {};
    const sr::ApproverReview::RunningState &s = *m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Service:
            return QString(s.running.project + QLatin1Char('/') + s.running.service);
        case Target:
            return s.running.region.isEmpty() ? s.running.target
                                              : QString(s.running.target + QLatin1Char('/') + s.running.region);
        case Running:
            return s.running.version;
        case Head:
            return s.headVersion.isEmpty() ? tr("removed") : s.headVersion;
        case Rollback:
            return s.running.previousVersion.isEmpty() ? tr("none") : s.running.previousVersion;
        default:
            return {};
        }
    }
    if (role == Qt::DecorationRole && index.column() == Head && s.createsDrift)
        return Appearance::severityIcon(sr::Severity::Warning);
    if (role == Qt::ToolTipRole && s.createsDrift)
        return tr("Runs the base's version: the change creates drift until %1 is deployed here").arg(s.headVersion);
    return {};
}

QVariant RunningStateModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Service:
        return tr("Service");
    case Target:
        return tr("Target");
    case Running:
        return tr("Running");
    case Head:
        return tr("Head");
    case Rollback:
        return tr("Rollback candidate");
    default:
        return {};
    }
}
