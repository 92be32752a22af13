#pragma once

#include <QGraphicsView>

/// The Graph tab's canvas: drag to pan, Ctrl+wheel or Ctrl++ / Ctrl+- to zoom, Ctrl+0 to fit,
/// arrow keys to move to the nearest service in that direction.
class GraphView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit GraphView(QWidget *parent = nullptr);
    void zoomBy(double factor);
    void fit();

Q_SIGNALS:
    void navigate(Qt::Key direction);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
};
