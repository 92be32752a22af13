#include "sidebysideview.h"

#include "analysis/linediff.h"
#include "appearance.h"
#include "codeview.h"

#include <QHBoxLayout>
#include <QSplitter>

namespace {

QStringList linesOf(const QString &text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

} // namespace

SideBySideView::SideBySideView(QWidget *parent)
    : QWidget(parent)
    , m_before(new CodeView(this))
    , m_after(new CodeView(this))
{
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_before);
    splitter->addWidget(m_after);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    // Aligned sides scroll together.
    connect(m_before, &QsciScintilla::SCN_UPDATEUI, this, [this] {
        if (m_after->firstVisibleLine() != m_before->firstVisibleLine())
            m_after->setFirstVisibleLine(m_before->firstVisibleLine());
    });
    connect(m_after, &QsciScintilla::SCN_UPDATEUI, this, [this] {
        if (m_before->firstVisibleLine() != m_after->firstVisibleLine())
            m_before->setFirstVisibleLine(m_after->firstVisibleLine());
    });
}

void SideBySideView::showTexts(const QString &fileName, const QString &before, const QString &after)
{
    const QStringList left = linesOf(before);
    const QStringList right = linesOf(after);
    const QList<sr::LineDiff::Row> rows = sr::LineDiff::compare(left, right);
    QStringList leftText;
    QStringList rightText;
    m_rowOfAfterLine = QList<int>(right.size(), 0);
    m_rowOfBeforeLine = QList<int>(left.size(), 0);
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const auto &r = rows.at(i);
        leftText.append(r.left >= 0 ? left.at(r.left) : QString());
        rightText.append(r.right >= 0 ? right.at(r.right) : QString());
        if (r.right >= 0)
            m_rowOfAfterLine[r.right] = int(i);
        if (r.left >= 0)
            m_rowOfBeforeLine[r.left] = int(i);
    }
    m_before->showText(fileName, leftText.join(QLatin1Char('\n')));
    m_after->showText(fileName, rightText.join(QLatin1Char('\n')));
    m_firstChange = -1;
    m_changedRows = sr::LineDiff::changedRows(rows);
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (rows.at(i).kind == sr::LineDiff::Kind::Same)
            continue;
        if (m_firstChange < 0)
            m_firstChange = int(i);
        if (rows.at(i).left >= 0)
            m_before->setLineBackground(int(i), Appearance::changedLineColor(false));
        if (rows.at(i).right >= 0)
            m_after->setLineBackground(int(i), Appearance::changedLineColor(true));
    }
    pointAt(-1);
}

void SideBySideView::pointAt(int afterLine, int beforeLine)
{
    int row = m_firstChange;
    if (afterLine >= 0 && afterLine < m_rowOfAfterLine.size())
        row = m_rowOfAfterLine.at(afterLine);
    else if (beforeLine >= 0 && beforeLine < m_rowOfBeforeLine.size())
        row = m_rowOfBeforeLine.at(beforeLine);
    m_after->markLine(row);
    m_before->markLine(row);
}
