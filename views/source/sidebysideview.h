#pragma once

#include <QWidget>

class CodeView;

/// Two versions of a text side by side, aligned line for line (LineDiff), removed lines red
/// on the left, added ones green on the right, scrolling together: the export preview and
/// the Review tab show changes with it.
class SideBySideView : public QWidget
{
    Q_OBJECT

public:
    explicit SideBySideView(QWidget *parent = nullptr);

    /// Shows `before` and `after` (highlighted as the language of `fileName`), scrolled to the
    /// first difference.
    void showTexts(const QString &fileName, const QString &before, const QString &after);
    /// Points at a line (0-based) of the new text, or, when it has none there, of the old one.
    void pointAt(int afterLine, int beforeLine = -1);
    CodeView *before() const { return m_before; }
    CodeView *after() const { return m_after; }
    int changedRows() const { return m_changedRows; }

private:
    CodeView *m_before;
    CodeView *m_after;
    QList<int> m_rowOfAfterLine;
    QList<int> m_rowOfBeforeLine;
    int m_firstChange = -1;
    int m_changedRows = 0;
};
