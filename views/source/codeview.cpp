#include "codeview.h"

#include "appearance.h"
#include "sourcelexer.h"

#include <QApplication>
#include <QFontDatabase>
#include <QRegularExpression>

namespace {
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
    applyTheme();
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
