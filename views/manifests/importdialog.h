#pragma once

#include "catalog/registry.h"
#include "latestjob.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTabWidget;
class QTreeWidget;
class SideBySideView;

namespace sr {
class RegistryImport;
}

/// File › Import…: Compose files or Kubernetes manifests into a project, as `service-registry
/// import` does (docs/import.md). The preview — the report of every fact carried, approximated
/// or not carried, and each TOML file before and after, side by side — is computed off the GUI
/// thread whenever the inputs change; nothing is written until Import is pressed.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    ImportDialog(sr::RegistryPtr registry, QString root, QWidget *parent = nullptr);
    ~ImportDialog() override;

    /// The inputs, as the file pickers would set them; starts a preview.
    void setInputs(const QStringList &paths, const QString &project);
    /// The last preview's plan; null while none is ready or the inputs could not be read.
    const sr::RegistryImport *plan() const { return m_plan.get(); }
    bool isPreviewing() const { return m_previewing; }
    QTreeWidget *reportView() const { return m_report; }
    /// Writes the previewed files; false (the dialog says why) when there is nothing to write.
    bool importFiles();
    /// What the import did, for the main window's message bar.
    QString summary() const { return m_summary; }
    /// A file holding a top-level `services:` mapping is a Compose file; anything else manifests.
    static bool isComposeFile(const QString &path);

Q_SIGNALS:
    void previewed(); ///< a preview (or its error) is shown

private:
    void addFiles();
    void addFolder();
    void preview();
    void showPlan(std::shared_ptr<sr::RegistryImport> plan, const QString &error);
    void showFile(int row);

    sr::RegistryPtr m_registry;
    QString m_root;
    QComboBox *m_source;
    QLineEdit *m_paths;
    QComboBox *m_project;
    QLabel *m_status;
    QTabWidget *m_tabs;
    QTreeWidget *m_report;
    QListWidget *m_files;
    SideBySideView *m_sides;
    QPushButton *m_import;
    LatestJob<std::pair<std::shared_ptr<sr::RegistryImport>, QString>> m_job;
    std::shared_ptr<sr::RegistryImport> m_plan;
    bool m_previewing = false;
    QString m_summary;
};
