#pragma once

#include "analysis/changedetector.h"

#include <QAbstractTableModel>

/// The changes between two versions of the registry for the Review tab: severity (with its
/// icon), rule, service, field and the projects each change reaches, breaking ones first.
class ChangeModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Severity, Rule, Service, Field, Affected, ColumnCount };

    explicit ChangeModel(QObject *parent = nullptr);
    void setReport(const sr::ChangeReport &report);
    const sr::ChangeReport &report() const { return m_report; }
    const sr::RegistryChange *change(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    sr::ChangeReport m_report;
    QStringList m_affectedProjects; ///< per row: a change may reach thousands of services, summed up once
};
