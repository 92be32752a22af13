#pragma once

#include "generate/generatedoutput.h"

#include <QDialog>

class CodeView;
class QListWidget;
class SideBySideView;

/// What an export would change in a folder that already holds generated files: the files
/// that differ (changed, new, or no longer generated and to be removed) and, for the selected
/// one, the folder's text and the new text side by side, aligned, changed lines marked.
class ExportPreviewDialog : public QDialog
{
    Q_OBJECT

public:
    ExportPreviewDialog(const QString &folder, const QList<sr::GeneratedFile> &files,
                        const QList<sr::GeneratedOutput::Difference> &differences, QWidget *parent = nullptr);
    CodeView *before() const;
    CodeView *after() const;

private:
    void showDifference(int row);

    QString m_folder;
    QList<sr::GeneratedFile> m_files;
    QList<sr::GeneratedOutput::Difference> m_differences;
    QListWidget *m_list;
    SideBySideView *m_sides;
};
