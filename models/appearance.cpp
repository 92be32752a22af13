#include "appearance.h"

#include "analysis/changedetector.h"
#include "catalog/service.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QPainter>
#include <QPalette>
#include <QPixmap>

namespace Appearance {

bool isDarkPalette()
{
    const QPalette palette = QGuiApplication::palette();
    return palette.color(QPalette::Base).lightness() < palette.color(QPalette::Text).lightness();
}

QColor severityColor(sr::Severity severity)
{
    const bool dark = isDarkPalette();
    switch (severity) {
    case sr::Severity::Error:
        return dark ? QColor(0xef, 0x53, 0x50) : QColor(0xc6, 0x28, 0x28);
    case sr::Severity::Warning:
        return dark ? QColor(0xff, 0xb7, 0x4d) : QColor(0xc7, 0x7c, 0x02);
    case sr::Severity::Note:
        break;
    }
    return dark ? QColor(0x64, 0xb5, 0xf6) : QColor(0x15, 0x65, 0xc0);
}

QColor currentLineColor()
{
    return isDarkPalette() ? QColor(0x4a, 0x42, 0x1c) : QColor(0xff, 0xf3, 0xc4);
}

QColor syntaxColor(Syntax role)
{
    const bool dark = isDarkPalette();
    switch (role) {
    case Syntax::Header:
        return dark ? QColor(0xce, 0x93, 0xd8) : QColor(0x6a, 0x1b, 0x9a);
    case Syntax::Key:
        return dark ? QColor(0x90, 0xca, 0xf9) : QColor(0x0d, 0x47, 0xa1);
    case Syntax::Keyword:
        return dark ? QColor(0xff, 0xab, 0x91) : QColor(0xbf, 0x36, 0x0c);
    case Syntax::Number:
        return dark ? QColor(0x80, 0xcb, 0xc4) : QColor(0x00, 0x69, 0x5c);
    case Syntax::String:
        return dark ? QColor(0xa5, 0xd6, 0xa7) : QColor(0x2e, 0x7d, 0x32);
    case Syntax::Comment:
        break;
    }
    return dark ? QColor(0x9e, 0x9e, 0x9e) : QColor(0x75, 0x75, 0x75);
}

sr::Severity severityOf(sr::ChangeSeverity severity)
{
    switch (severity) {
    case sr::ChangeSeverity::Breaking:
        return sr::Severity::Error;
    case sr::ChangeSeverity::Warning:
        return sr::Severity::Warning;
    case sr::ChangeSeverity::Info:
        break;
    }
    return sr::Severity::Note;
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

QColor originColor(sr::Origin origin)
{
    const bool dark = isDarkPalette();
    switch (origin) {
    case sr::Origin::Global:
        return dark ? QColor(0xb0, 0xbe, 0xc5) : QColor(0x45, 0x5a, 0x64);
    case sr::Origin::Override:
        return dark ? QColor(0xf4, 0x8f, 0xb1) : QColor(0xad, 0x14, 0x57);
    case sr::Origin::Project:
        break;
    }
    return dark ? QColor(0xa5, 0xd6, 0xa7) : QColor(0x2e, 0x7d, 0x32);
}

QString shortLocation(const sr::SourceLocation &location)
{
    if (location.file.isEmpty())
        return {};
    sr::SourceLocation shown{location.file, location.line, 0};
    for (const auto prefix : {QLatin1String("projects/"), QLatin1String("services/")}) {
        if (shown.file.startsWith(prefix))
            shown.file = shown.file.mid(prefix.size());
    }
    return shown.toString();
}

QColor changedLineColor(bool added)
{
    if (isDarkPalette())
        return added ? QColor(0x23, 0x4d, 0x2f) : QColor(0x5c, 0x2b, 0x2e);
    return added ? QColor(0xd4, 0xf5, 0xdc) : QColor(0xff, 0xdc, 0xe0);
}

QColor deploymentStatusColor(sr::DeploymentStatus status)
{
    const bool dark = isDarkPalette();
    switch (status) {
    case sr::DeploymentStatus::Succeeded:
        return dark ? QColor(0x66, 0xbb, 0x6a) : QColor(0x2e, 0x7d, 0x32);
    case sr::DeploymentStatus::Failed:
        return severityColor(sr::Severity::Error);
    case sr::DeploymentStatus::RolledBack:
        return dark ? QColor(0xff, 0x8a, 0x65) : QColor(0xd8, 0x43, 0x15);
    case sr::DeploymentStatus::Started:
        break;
    }
    return severityColor(sr::Severity::Note);
}

QColor doraBandColor(sr::DoraBand band)
{
    const bool dark = isDarkPalette();
    switch (band) {
    case sr::DoraBand::Elite:
        return dark ? QColor(0x66, 0xbb, 0x6a) : QColor(0x2e, 0x7d, 0x32);
    case sr::DoraBand::High:
        return dark ? QColor(0x4d, 0xb6, 0xac) : QColor(0x00, 0x79, 0x6b);
    case sr::DoraBand::Medium:
        return severityColor(sr::Severity::Warning);
    case sr::DoraBand::Low:
        break;
    }
    return severityColor(sr::Severity::Error);
}

QColor mutedTextColor()
{
    return isDarkPalette() ? QColor(0x9a, 0x9a, 0x9a) : QColor(0x6b, 0x6b, 0x6b);
}

QColor driftColor()
{
    return isDarkPalette() ? QColor(0x5c, 0x45, 0x1a) : QColor(0xff, 0xe0, 0xb2);
}

} // namespace Appearance
