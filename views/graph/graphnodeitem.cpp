#include "graphnodeitem.h"

#include "appearance.h"

#include <QApplication>
#include <QPainter>
#include <QPalette>

GraphNodeItem::GraphNodeItem(const QString &id, const QString &type, Kind kind, const QSizeF &size)
    : m_id(id)
    , m_type(type)
    , m_kind(kind)
    , m_size(size)
{
    setFlag(QGraphicsItem::ItemIsSelectable);
    setCursor(Qt::PointingHandCursor);
    setToolTip(kind == Kind::External ? QApplication::translate("GraphPane", "%1 — in another project").arg(id)
                                      : QStringLiteral("%1 (%2)").arg(id, type));
}

void GraphNodeItem::setCurrent(bool current)
{
    m_current = current;
    update();
}

void GraphNodeItem::setDimmed(bool dimmed)
{
    m_dimmed = dimmed;
    setOpacity(dimmed ? 0.22 : 1.0);
}

void GraphNodeItem::setOnCycle(bool onCycle)
{
    m_onCycle = onCycle;
    update();
}

QRectF GraphNodeItem::boundingRect() const
{
    return QRectF(-m_size.width() / 2 - 3, -m_size.height() / 2 - 3, m_size.width() + 6, m_size.height() + 6);
}

QColor GraphNodeItem::typeColor(const QString &type)
{
    const int hue = int(qHash(type, 7) % 360);
    return Appearance::isDarkPalette() ? QColor::fromHsl(hue, 90, 60) : QColor::fromHsl(hue, 140, 215);
}

void GraphNodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QPalette palette = QApplication::palette();
    const QRectF box(-m_size.width() / 2, -m_size.height() / 2, m_size.width(), m_size.height());
    QColor border = palette.color(QPalette::Text);
    if (m_onCycle)
        border = Appearance::severityColor(sr::Severity::Error);
    QPen pen(border, m_current ? 3.0 : 1.2);
    if (m_kind == Kind::External)
        pen.setStyle(Qt::DashLine);
    painter->setPen(pen);
    painter->setBrush(m_kind == Kind::External ? palette.color(QPalette::Base) : typeColor(m_type));
    painter->drawRoundedRect(box, 6, 6);
    if (m_kind == Kind::Override) { // a corner mark: this project changes the global definition
        painter->setBrush(Appearance::originColor(sr::Origin::Override));
        painter->setPen(Qt::NoPen);
        painter->drawEllipse(QPointF(box.right() - 7, box.top() + 7), 3.5, 3.5);
    }
    painter->setPen(m_kind == Kind::External          ? palette.color(QPalette::Text)
                        : Appearance::isDarkPalette() ? QColor(Qt::white)
                                                      : QColor(Qt::black));
    QFont font = painter->font();
    font.setBold(m_current);
    painter->setFont(font);
    painter->drawText(box, Qt::AlignCenter, m_id);
}
