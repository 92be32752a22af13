#include "approvalstatemodel.h"

#include "appearance.h"

#include <QFont>

ApprovalStateModel::ApprovalStateModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ApprovalStateModel::setReview(std::shared_ptr<const sr::ApproverReview> review)
{
    m_review = std::move(review);
    rebuild();
}

void ApprovalStateModel::setHighlighted(const QString &service)
{
    m_highlighted = service;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::FontRole});
}

void ApprovalStateModel::setPendingOnly(bool pendingOnly)
{
    m_pendingOnly = pendingOnly;
    rebuild();
}

void ApprovalStateModel::rebuild()
{
    beginResetModel();
    m_rows.clear();
    if (m_review) {
        for (const sr::ApproverReview::ApprovalState &s : m_review->approvals) {
            if (!m_pendingOnly || !s.given())
                m_rows.append(&s);
        }
    }
    endResetModel();
}

const sr::ApproverReview::ApprovalState *ApprovalStateModel::state(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : nullptr;
}

int ApprovalStateModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ApprovalStateModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ApprovalStateModel::data(const QModelIndex &index, int role) const
{
    const sr::ApproverReview::ApprovalState *s = state(index.row());
    if (!s)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Group:
            return s->required.group;
        case RequiredFor: {
            QStringList kinds;
            for (const sr::ChangeKind kind : s->required.because)
                kinds.append(sr::labelOf(kind));
            return kinds.join(QStringLiteral(", "));
        }
        case Services: {
            // The first few; the tooltip has them all.
            const QStringList &all = s->required.services;
            return all.size() <= 3
                ? all.join(QStringLiteral(", "))
                : tr("%1 and %n more", nullptr, int(all.size() - 3)).arg(all.first(3).join(QStringLiteral(", ")));
        }
        case ApprovedBy:
            return s->approvedBy.join(QStringLiteral(", "));
        case State:
            return s->given() ? tr("approved") : s->blocking ? tr("pending, blocks") : tr("pending");
        default:
            return {};
        }
    case Qt::DecorationRole:
        if (index.column() == State)
            return Appearance::severityIcon(s->given()        ? sr::Severity::Note
                                                : s->blocking ? sr::Severity::Error
                                                              : sr::Severity::Warning);
        return {};
    case Qt::FontRole:
        if (!m_highlighted.isEmpty() && s->required.services.contains(m_highlighted)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Services)
            return s->required.services.join(QLatin1Char('\n'));
        return s->required.defined ? tr("Members: %1").arg(s->required.members.join(QStringLiteral(", ")))
                                   : tr("%1 is not a group of policies/governance.toml").arg(s->required.group);
    case GroupRole:
        return s->required.group;
    default:
        return {};
    }
}

QVariant ApprovalStateModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Group:
        return tr("Group");
    case RequiredFor:
        return tr("Required for");
    case Services:
        return tr("Services");
    case ApprovedBy:
        return tr("Approved by");
    case State:
        return tr("State");
    default:
        return {};
    }
}
