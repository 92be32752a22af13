#pragma once

#include "review/approverreview.h"

#include <QAbstractTableModel>

#include <memory>

/// The policy findings a change brings (new in head) and removes (fixed in head), for the
/// Review tab; not every finding of the registry. New ones first, errors first.
class FindingDeltaModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Change, Severity, Rule, Service, Finding, ColumnCount };

    explicit FindingDeltaModel(QObject *parent = nullptr);
    void setReview(std::shared_ptr<const sr::ApproverReview> review);
    const sr::PolicyFinding *finding(int row, bool *isNew = nullptr) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const sr::ApproverReview> m_review;
};
