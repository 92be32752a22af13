#pragma once

#include "catalog/registrysource.h"

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

    /// Shows a file on disk; returns false (and shows why) when it cannot be read. Pipes,
    /// devices, folders and files over 8 MiB are refused without opening them.
    bool openFile(const QString &path, int line, int column = 0);
    /// Shows a file as a registry source read it (a buffer, a git revision or the disk);
    /// `path` is what the title shows.
    bool showContent(const QString &path, const sr::RegistrySource::Content &content, int line, int column = 0);
    QString filePath() const { return m_path; }
    int currentLine() const;
    QPlainTextEdit *editor() const { return m_editor; }

private:
    QString m_path;
    QLabel *m_header = nullptr;
    QPlainTextEdit *m_editor = nullptr;
};
