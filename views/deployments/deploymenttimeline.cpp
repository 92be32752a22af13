#include "deploymenttimeline.h"

#include "appearance.h"

#include <QLocale>
#include <QPainter>
#include <QTimeZone>

#include <vector>

using namespace sr;

namespace {

// Which status a shared pixel shows: the one a reader must not miss.
int weight(DeploymentStatus status)
{
    switch (status) {
    case DeploymentStatus::Failed:
        return 4;
    case DeploymentStatus::RolledBack:
        return 3;
    case DeploymentStatus::Started:
        return 2;
    case DeploymentStatus::Succeeded:
        return 1;
    }
    return 0;
}

} // namespace

DeploymentTimeline::DeploymentTimeline(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("deploymentTimeline"));
    setAttribute(Qt::WA_OpaquePaintEvent);
    setToolTip(tr("One mark per deployment, by target and region: green succeeded, red failed, orange rolled back, blue "
                  "running. Marks on one pixel show the worst of them."));
}

void DeploymentTimeline::setStatistics(const DeploymentStatistics &statistics)
{
    m_statistics = statistics;
    updateGeometry();
    update();
}

QSize DeploymentTimeline::sizeHint() const
{
    const int lanes = std::max<int>(1, int(m_statistics.lanes.size()));
    return {600, fontMetrics().height() * (3 + std::min(lanes, 8)) + lanes * 4};
}

QSize DeploymentTimeline::minimumSizeHint() const
{
    return {300, fontMetrics().height() * 5};
}

void DeploymentTimeline::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    const QFontMetrics fm = fontMetrics();
    const QColor text = palette().text().color();
    QColor grid = palette().mid().color();
    grid.setAlpha(90);

    // Title and legend on one line.
    int x = 8;
    const int top = fm.height() + 6;
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    p.setPen(text);
    const QString title = tr("Timeline");
    p.drawText(x, fm.ascent() + 3, title);
    x += QFontMetrics(bold).horizontalAdvance(title) + 16;
    p.setFont(font());
    for (const DeploymentStatus status :
         {DeploymentStatus::Succeeded, DeploymentStatus::Failed, DeploymentStatus::RolledBack, DeploymentStatus::Started}) {
        p.fillRect(x, 3 + (fm.height() - 8) / 2, 8, 8, Appearance::deploymentStatusColor(status));
        x += 12;
        const QString label = sr::labelOf(status);
        p.drawText(x, fm.ascent() + 3, label);
        x += fm.horizontalAdvance(label) + 14;
    }

    const QStringList &lanes = m_statistics.lanes;
    m_paintedMarks = 0;
    const qint64 from = m_statistics.from.toMSecsSinceEpoch();
    const qint64 to = m_statistics.to.toMSecsSinceEpoch();
    if (lanes.isEmpty() || to <= from) {
        p.setPen(palette().placeholderText().color());
        p.drawText(rect().adjusted(0, top, 0, 0), Qt::AlignCenter, tr("No deployments in this period"));
        return;
    }
    int labelWidth = 0;
    for (const QString &lane : lanes)
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(lane));
    labelWidth = std::min(labelWidth + 16, width() * 2 / 5);
    const QRect plot(labelWidth, top + 4, width() - labelWidth - 12, height() - top - fm.height() - 12);
    if (plot.width() < 20 || plot.height() < 8)
        return;
    const double laneHeight = double(plot.height()) / lanes.size();

    // Lanes: label, separator.
    for (int i = 0; i < lanes.size(); ++i) {
        const int y = plot.top() + int(i * laneHeight);
        p.setPen(text);
        p.drawText(QRect(4, y, labelWidth - 10, int(laneHeight)), Qt::AlignRight | Qt::AlignVCenter,
                   fm.elidedText(lanes.at(i), Qt::ElideMiddle, labelWidth - 10));
        p.setPen(grid);
        p.drawLine(plot.left(), y, plot.right(), y);
    }
    p.drawLine(plot.left(), plot.bottom(), plot.right(), plot.bottom());

    // Time axis: a tick at the start of each week (or month for long periods).
    const qint64 days = m_statistics.from.daysTo(m_statistics.to);
    const int stepDays = days > 180 ? 30 : days > 31 ? 7 : 1;
    QDate tick = m_statistics.from.toUTC().date();
    if (stepDays == 7)
        tick = tick.addDays(8 - tick.dayOfWeek());
    int lastLabelRight = -1000;
    for (; tick.startOfDay(QTimeZone::utc()).toMSecsSinceEpoch() < to; tick = tick.addDays(stepDays)) {
        const qint64 t = tick.startOfDay(QTimeZone::utc()).toMSecsSinceEpoch();
        const int tx = plot.left() + int(double(t - from) / double(to - from) * plot.width());
        p.setPen(grid);
        p.drawLine(tx, plot.top(), tx, plot.bottom());
        const QString label = QLocale().toString(tick, QLocale::ShortFormat);
        const int w = fm.horizontalAdvance(label);
        if (tx - w / 2 > lastLabelRight + 8 && tx + w / 2 < width()) {
            p.setPen(palette().placeholderText().color());
            p.drawText(tx - w / 2, plot.bottom() + fm.ascent() + 4, label);
            lastLabelRight = tx + w / 2;
        }
    }

    // Marks, merged per pixel column and lane.
    std::vector<int> worst(std::size_t(plot.width() + 1) * std::size_t(lanes.size()), 0);
    for (const DeploymentStatistics::Mark &m : m_statistics.marks) {
        const int column = int(double(m.msecs - from) / double(to - from) * plot.width());
        if (column < 0 || column > plot.width())
            continue;
        int &cell = worst[std::size_t(m.lane) * std::size_t(plot.width() + 1) + std::size_t(column)];
        cell = std::max(cell, weight(m.status));
    }
    const DeploymentStatus byWeight[] = {DeploymentStatus::Succeeded, DeploymentStatus::Succeeded, DeploymentStatus::Started,
                                         DeploymentStatus::RolledBack, DeploymentStatus::Failed};
    QColor colours[5];
    for (int w = 1; w <= 4; ++w)
        colours[w] = Appearance::deploymentStatusColor(byWeight[w]);
    const int markHeight = std::max(4, int(laneHeight * 0.6));
    for (int lane = 0; lane < lanes.size(); ++lane) {
        const int y = plot.top() + int(lane * laneHeight + (laneHeight - markHeight) / 2);
        for (int column = 0; column <= plot.width(); ++column) {
            const int w = worst[std::size_t(lane) * std::size_t(plot.width() + 1) + std::size_t(column)];
            if (!w)
                continue;
            p.fillRect(plot.left() + column - 1, y, 3, markHeight, colours[w]);
            ++m_paintedMarks;
        }
    }
}
