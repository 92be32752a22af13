#pragma once

#include "generate/generator.h"
#include "latestjob.h"

#include <QWidget>

class CodeView;
class GeneratedFileModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class Workspace;

/// The Manifests tab: what `service-registry generate` would write for a project, target and
/// format (docs/generators.md), regenerated off the GUI thread whenever the registry changes
/// or is edited; the selected file highlighted, following the current service; Export…
/// writes the files after showing what would change in a folder that already holds some.
class ManifestsPane : public QWidget
{
    Q_OBJECT

public:
    explicit ManifestsPane(Workspace *workspace, QWidget *parent = nullptr);

    GeneratedFileModel *model() const { return m_model; }
    bool isGenerating() const { return m_job.isRunning() || m_pending; }
    /// The current generation with paths as the CLI writes them (<project>/<target>/<format>/…).
    QList<sr::GeneratedFile> filesToExport() const;
    /// Exports into `folder`; with `confirm`, first shows what would change when the folder
    /// already holds files of this project, target and format. Returns false when cancelled
    /// or not written (the message bar says why).
    bool exportTo(const QString &folder, bool confirm = true);
    /// File › Import…: Compose files or manifests into a project, after a preview of the report
    /// and of the changed TOML files (ImportDialog); the registry reloads afterwards.
    void askImport();

Q_SIGNALS:
    void generated(); ///< a generation was shown (tests, screenshots)
    void messageChanged(const QString &message);

private:
    void fillProjects();
    void fillTargets();
    void regenerate();
    void showFiles(const QList<sr::GeneratedFile> &files, const QString &error);
    void showCurrentFile();
    void followService();
    void chooseExportFolder();
    void setMessage(const QString &text);

    struct Generated
    {
        QList<sr::GeneratedFile> files;
        QString error;
    };

    Workspace *m_workspace;
    GeneratedFileModel *m_model;
    QComboBox *m_project;
    QComboBox *m_target;
    QComboBox *m_region;
    QComboBox *m_format;
    QLineEdit *m_repository;
    QPushButton *m_export;
    QPushButton *m_import;
    QListView *m_files;
    CodeView *m_code;
    QLabel *m_message;
    LatestJob<Generated> m_job;
    QList<sr::GeneratedFile> m_all; ///< every file of the generation; the list shows a region's
    bool m_pending = false; ///< a regeneration is queued
    bool m_filling = false; ///< pickers are being refilled: no regeneration per change
    QString m_chosenTarget; ///< the target the user picked, kept across projects that have it
    QString m_chosenRegion;
};
