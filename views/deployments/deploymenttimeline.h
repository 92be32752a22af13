#pragma once

#include "deploymentstatistics.h"

#include <QWidget>

/// One lane per target and region, one mark per deployment at its start, coloured by status.
/// Painted directly rather than as a chart series: marks that share a pixel are drawn once, in
/// the colour of the worst status among them, so 10,000 deployments cost no more than the
/// widget's width (a scatter series of that size takes half a second here).
class DeploymentTimeline : public QWidget
{
    Q_OBJECT

public:
    explicit DeploymentTimeline(QWidget *parent = nullptr);
    void setStatistics(const DeploymentStatistics &statistics);
    /// How many marks the last paint drew (after merging those on one pixel).
    int paintedMarks() const { return m_paintedMarks; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    DeploymentStatistics m_statistics;
    int m_paintedMarks = 0;
};
