#pragma once

#include "catalog/registrysource.h"

#include <QWidget>

class CodeView;
class QLabel;

/// A read-only window on one registry file, scrolled to and marking one line: the console's one
/// source view (CodeView, highlighted by SourceLexer) in a window of its own. Opened from the
/// Problems pane, the details pane and the Policies tab.
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
    CodeView *editor() const { return m_editor; }

private:
    QString m_path;
    QLabel *m_header = nullptr;
    CodeView *m_editor = nullptr;
};
