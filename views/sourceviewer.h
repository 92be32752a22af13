#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;

/// A read-only view of one registry file, scrolled to and highlighting one line.
/// Opened from the Problems pane and the details pane.
class SourceViewer : public QWidget
{
    Q_OBJECT

public:
    explicit SourceViewer(QWidget *parent = nullptr);

    /// Returns false (and shows why) when the file cannot be read.
    bool openFile(const QString &path, int line, int column = 0);
    QString filePath() const { return m_path; }
    int currentLine() const;
    QPlainTextEdit *editor() const { return m_editor; }

private:
    QString m_path;
    QLabel *m_header = nullptr;
    QPlainTextEdit *m_editor = nullptr;
};
