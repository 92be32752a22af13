#pragma once

#include <Qsci/qsciscintilla.h>

/// A source view on QScintilla: line numbers, the highlighting of SourceLexer for the file's
/// language, the theme's colours, a marked line to point at, and problems underlined. It is
/// read-only for the manifest preview and the export comparison; the Edit tab's source editor
/// makes it editable.
class CodeView : public QsciScintilla
{
    Q_OBJECT

public:
    explicit CodeView(QWidget *parent = nullptr);

    /// Shows `text` highlighted as the language of `fileName`; keeps the scroll position when
    /// the same file is shown again.
    void showText(const QString &fileName, const QString &text);
    QString fileName() const { return m_fileName; }
    /// Scrolls so that `line` (0-based) is near the top and marks it; -1 clears the mark.
    void markLine(int line);
    /// The first line (0-based) matching `pattern`, or -1.
    int findLine(const QRegularExpression &pattern) const;
    /// Gives whole lines a background (the export comparison's changed lines).
    void setLineBackground(int line, const QColor &color);

    /// A problem in the text: underlined (from line/column to the end of the range, or of
    /// the line), explained in a tool tip when the pointer rests on it. Lines and columns
    /// start at 0; columns count characters.
    struct Problem
    {
        int line = 0;
        int column = 0;
        int endLine = -1; ///< -1: to the end of `line`
        int endColumn = 0;
        QString text;
    };
    void setProblems(const QList<Problem> &problems);
    /// The problems' text at a position of the text, joined by line breaks ("" if none).
    QString problemsAt(int position) const;

private:
    void applyTheme();

    QString m_fileName;
    int m_markedLine = -1;
    QHash<QRgb, int> m_backgroundMarkers;
    QList<std::pair<std::pair<int, int>, QString>> m_problems; ///< byte ranges of the problems, and their text
};
