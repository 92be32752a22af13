#include "findingdeltamodel.h"

#include "appearance.h"

FindingDeltaModel::FindingDeltaModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void FindingDeltaModel::setReview(std::shared_ptr<const sr::ApproverReview> review)
{
    beginResetModel();
    m_review = std::move(review);
    endResetModel();
}

const sr::PolicyFinding *FindingDeltaModel::finding(int row, bool *isNew) const
{
    if (!m_review || row < 0)
        return nullptr;
    const qsizetype added = m_review->newFindings.size();
    if (isNew)
        *isNew = row < added;
    if (row < added)
        return &m_review->newFindings.at(row);
    return row - added < m_review->fixedFindings.size() ? &m_review->fixedFindings.at(row - added) : nullptr;
}

int FindingDeltaModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_review ? 0 : int(m_review->newFindings.size() + m_review->fixedFindings.size());
}

int FindingDeltaModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingDeltaModel::data(const QModelIndex &index, int role) const
{
    bool isNew = false;
    const sr::PolicyFinding *f = finding(index.row(), &isNew);
    if (!f)
        return {};
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Change:
            return isNew ? tr("new") : tr("fixed");
        case Severity:
            return sr::labelOf(f->severity);
        case Rule:
            return f->rule;
        case Service:
            return f->project.isEmpty() ? tr("the registry") : QString(f->project + QLatin1Char('/') + f->service);
        case Finding:
            return f->message;
        default:
            return {};
        }
    }
    if (role == Qt::DecorationRole && index.column() == Severity)
        return Appearance::severityIcon(f->severity);
    if (role == Qt::ToolTipRole)
        return f->location.file.isEmpty()
            ? f->message
            : QStringLiteral("%1:%2: %3").arg(f->location.file).arg(f->location.line).arg(f->message);
    return {};
}

QVariant FindingDeltaModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Change:
        return tr("Change");
    case Severity:
        return tr("Severity");
    case Rule:
        return tr("Rule");
    case Service:
        return tr("Service");
    case Finding:
        return tr("Finding");
    default:
        return {};
    }
}
