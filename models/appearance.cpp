#include "appearance.h"

#include "catalog/service.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPixmap>

namespace Appearance {

QColor severityColor(sr::Severity severity)
{
    switch (severity) {
    case sr::Severity::Error:
        return QColor(0xc6, 0x28, 0x28);
    case sr::Severity::Warning:
        return QColor(0xc7, 0x7c, 0x02);
    case sr::Severity::Note:
        break;
    }
    return QColor(0x15, 0x65, 0xc0);
}

QIcon severityIcon(sr::Severity severity)
{
    // Drawn rather than loaded: the models library carries no resources.
    static QIcon icons[3];
    QIcon &icon = icons[int(severity)];
    if (icon.isNull()) {
        QPixmap pixmap(32, 32);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(severityColor(severity));
        painter.drawEllipse(QRectF(3, 3, 26, 26));
        painter.setPen(QPen(Qt::white, 4, Qt::SolidLine, Qt::RoundCap));
        if (severity == sr::Severity::Note) {
            painter.drawLine(QPointF(16, 14), QPointF(16, 23));
            painter.drawPoint(QPointF(16, 9));
        } else {
            painter.drawLine(QPointF(16, 9), QPointF(16, 18));
            painter.drawPoint(QPointF(16, 23));
        }
        painter.end();
        icon = QIcon(pixmap);
    }
    return icon;
}

QString originLabel(sr::Origin origin)
{
    switch (origin) {
    case sr::Origin::Global:
        return QCoreApplication::translate("Appearance", "global");
    case sr::Origin::Override:
        return QCoreApplication::translate("Appearance", "override");
    case sr::Origin::Project:
        break;
    }
    return QCoreApplication::translate("Appearance", "project");
}

QColor originColor(sr::Origin origin)
{
    switch (origin) {
    case sr::Origin::Global:
        return QColor(0x45, 0x5a, 0x64);
    case sr::Origin::Override:
        return QColor(0xad, 0x14, 0x57);
    case sr::Origin::Project:
        break;
    }
    return QColor(0x2e, 0x7d, 0x32);
}

} // namespace Appearance
