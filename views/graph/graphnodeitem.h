#pragma once

#include <QGraphicsItem>

/// One service in the Graph tab: a rounded box in its type's colour, its id, and a thicker
/// border when it is current; dimmed when a selection leaves it out.
class GraphNodeItem : public QGraphicsItem
{
public:
    enum class Kind { Global, Override, Project, External };

    GraphNodeItem(const QString &id, const QString &type, Kind kind, const QSizeF &size);
    QString id() const { return m_id; }
    Kind kind() const { return m_kind; }
    void setCurrent(bool current);
    void setDimmed(bool dimmed);
    bool isDimmed() const { return m_dimmed; }
    void setOnCycle(bool onCycle);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    /// The fill of a service type: a stable hue per type, light or dark with the theme.
    static QColor typeColor(const QString &type);

private:
    QString m_id;
    QString m_type;
    Kind m_kind;
    QSizeF m_size;
    bool m_current = false;
    bool m_dimmed = false;
    bool m_onCycle = false;
};
