#pragma once

#include "review/approverreview.h"

#include <QAbstractTableModel>

#include <memory>

/// The approvals a change needs, for the Review tab: each group with what requires it, who of
/// it approved, and whether it is still pending (blocking ones first). The groups a selected
/// service's change needs are shown in bold; `pendingOnly` hides the given ones.
class ApprovalStateModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Group, State, ApprovedBy, RequiredFor, Services, ColumnCount };
    static constexpr int GroupRole = Qt::UserRole; ///< the group as governance names it, "@platform-team"

    explicit ApprovalStateModel(QObject *parent = nullptr);
    void setReview(std::shared_ptr<const sr::ApproverReview> review);
    /// "scope/service" of the selected change: its groups are emphasised.
    void setHighlighted(const QString &service);
    void setPendingOnly(bool pendingOnly);
    const sr::ApproverReview::ApprovalState *state(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void rebuild();

    std::shared_ptr<const sr::ApproverReview> m_review;
    QList<const sr::ApproverReview::ApprovalState *> m_rows;
    QString m_highlighted;
    bool m_pendingOnly = false;
};
