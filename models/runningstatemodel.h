#pragma once

#include "review/approverreview.h"

#include <QAbstractTableModel>

#include <memory>

/// What runs of one service the change reaches, for the Review tab: per target and region the
/// running version, the head's, whether the change creates drift until it is deployed, and the
/// rollback candidate.
class RunningStateModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Service, Target, Running, Head, Rollback, ColumnCount };

    explicit RunningStateModel(QObject *parent = nullptr);
    void setReview(std::shared_ptr<const sr::ApproverReview> review);
    /// Only the runs of this changed service: in every project that deploys it for "global",
    /// else in that project. An empty service: every run the change reaches.
    void setChanged(const QString &scope, const QString &service);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void rebuild();

    std::shared_ptr<const sr::ApproverReview> m_review;
    QString m_scope;
    QString m_service;
    QList<const sr::ApproverReview::RunningState *> m_rows;
};
