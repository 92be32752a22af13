#include "codeview.h"

#include "appearance.h"
#include "sourcelexer.h"

#include <QApplication>
#include <QFontDatabase>
#include <QRegularExpression>
#include <QToolTip>

#include <climits>

namespace {
constexpr int problemIndicator = 8;
constexpr int pointerMarker = 0;
constexpr int firstBackgroundMarker = 1;
} // namespace

CodeView::CodeView(QWidget *parent)
    : QsciScintilla(parent)
{
    setReadOnly(true);
    setUtf8(true);
    setMarginLineNumbers(0, true);
    setMarginType(0, QsciScintilla::NumberMargin);
    setMarginWidth(1, 0);
    setWrapMode(QsciScintilla::WrapNone);
    setCaretLineVisible(false);
    setFolding(QsciScintilla::NoFoldStyle);
    setTabWidth(2);
    SendScintilla(SCI_SETHSCROLLBAR, 1);
    SendScintilla(SCI_SETSCROLLWIDTHTRACKING, 1); // no room kept for lines that are not there
    SendScintilla(SCI_SETSCROLLWIDTH, 1);
    markerDefine(QsciScintilla::Background, pointerMarker);
    indicatorDefine(QsciScintilla::SquiggleIndicator, problemIndicator);
    setIndicatorForegroundColor(QColor(0xd6, 0x45, 0x41), problemIndicator);
    SendScintilla(SCI_SETMOUSEDWELLTIME, 400);
    connect(this, &QsciScintillaBase::SCN_DWELLSTART, this, [this](int position, int x, int y) {
        const QString text = problemsAt(position);
        if (!text.isEmpty())
            QToolTip::showText(viewport()->mapToGlobal(QPoint(x, y)), text, viewport());
    });
    connect(this, &QsciScintillaBase::SCN_DWELLEND, this, [] { QToolTip::hideText(); });
    applyTheme();
}

void CodeView::setProblems(const QList<Problem> &problems)
{
    clearIndicatorRange(0, 0, std::max(0, lines() - 1), lineLength(std::max(0, lines() - 1)), problemIndicator);
    m_problems.clear();
    for (const Problem &p : problems) {
        if (p.line < 0 || p.line >= lines())
            continue;
        // Positions are bytes: convert the character columns through each line's text.
        auto position = [this](int line, int column) {
            QString lineText = text(line);
            while (lineText.endsWith(QLatin1Char('\n')) || lineText.endsWith(QLatin1Char('\r')))
                lineText.chop(1);
            return int(positionFromLineIndex(line, 0)) + int(lineText.left(column).toUtf8().size());
        };
        const int begin = position(p.line, p.column);
        int end = p.endLine < 0 ? position(p.line, INT_MAX) : position(std::min(p.endLine, lines() - 1), p.endColumn);
        if (end <= begin) // a point: the rest of its line
            end = std::max(position(p.line, INT_MAX), begin + 1);
        SendScintilla(SCI_SETINDICATORCURRENT, problemIndicator);
        SendScintilla(SCI_INDICATORFILLRANGE, begin, end - begin);
        m_problems.append({{begin, end}, p.text});
    }
}

QString CodeView::problemsAt(int position) const
{
    QStringList out;
    for (const auto &[range, text] : m_problems) {
        if (position >= range.first && position < range.second)
            out.append(text);
    }
    return out.join(QLatin1Char('\n'));
}

void CodeView::applyTheme()
{
    const QPalette palette = QApplication::palette();
    const QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    setFont(font);
    setMarginsFont(font);
    setPaper(palette.color(QPalette::Base));
    setColor(palette.color(QPalette::Text));
    setMarginsBackgroundColor(palette.color(QPalette::Window));
    setMarginsForegroundColor(palette.color(QPalette::PlaceholderText));
    setSelectionBackgroundColor(palette.color(QPalette::Highlight));
    setSelectionForegroundColor(palette.color(QPalette::HighlightedText));
    setMarkerBackgroundColor(Appearance::currentLineColor(), pointerMarker);
}

void CodeView::showText(const QString &name, const QString &content)
{
    const bool same = name == m_fileName;
    const int firstVisible = firstVisibleLine();
    if (!lexer() || SourceLexer::languageOf(name) != SourceLexer::languageOf(m_fileName)) {
        QsciLexer *old = lexer();
        auto *lexer = new SourceLexer(SourceLexer::languageOf(name), this);
        lexer->setDefaultFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        setLexer(lexer);
        delete old;
    }
    m_fileName = name;
    setText(content);
    // Room for the largest line number, and a little more.
    setMarginWidth(0, QStringLiteral("0%1").arg(std::max(lines(), 99)));
    m_markedLine = -1;
    if (same)
        setFirstVisibleLine(firstVisible);
}

void CodeView::markLine(int line)
{
    markerDeleteAll(pointerMarker);
    m_markedLine = line;
    if (line < 0)
        return;
    markerAdd(line, pointerMarker);
    setFirstVisibleLine(std::max(0, line - 2));
    setCursorPosition(line, 0);
}

int CodeView::findLine(const QRegularExpression &pattern) const
{
    const int count = lines();
    for (int l = 0; l < count; ++l) {
        if (pattern.match(text(l)).hasMatch())
            return l;
    }
    return -1;
}

void CodeView::setLineBackground(int line, const QColor &color)
{
    int marker = m_backgroundMarkers.value(color.rgba(), -1);
    if (marker < 0) {
        marker = firstBackgroundMarker + int(m_backgroundMarkers.size());
        markerDefine(QsciScintilla::Background, marker);
        setMarkerBackgroundColor(color, marker);
        m_backgroundMarkers.insert(color.rgba(), marker);
    }
    markerAdd(line, marker);
}
