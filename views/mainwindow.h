#pragma once

#include "catalog/registry.h"

#include <QMainWindow>
#include <QPointer>

class CredentialStore;
class StoreConnection;
class DeploymentsPane;
class DetailsPane;
class EditSession;
class ServiceEditorPane;
class UnsavedEdits;
class MessageBar;
class RecentRegistriesMenu;
class ProblemModel;
class GraphPane;
class ManifestsPane;
class ReviewPane;
class PoliciesPane;
class ProblemsPane;
class ProjectsPane;
class QDockWidget;
class QLabel;
class QMenu;
class QProgressBar;
class QTabWidget;
class QTableView;
class ServiceDetailsModel;
class ServicesPane;
class SourceViewer;
class Workspace;

/// The console's main window. It owns the shared Workspace and assembles the panes —
/// central tabs and docks, each in its own folder under views/ — with the menus, the tool
/// bar and the status bar (docs/architecture.md, "Adding a pane").
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    Workspace *workspace() const { return m_workspace; }
    /// Loads `root` in the background; the window stays usable meanwhile.
    void openRegistry(const QString &root);
    QString registryRoot() const;
    sr::RegistryPtr registry() const;
    bool isLoading() const;

    /// Makes a project current everywhere; an empty name selects the global catalog.
    bool selectProject(const QString &name);
    bool selectService(const QString &id);
    void setServiceFilter(const QString &text);
    /// Shows the central tab with this name ("services"); false when there is none.
    bool showView(const QString &name);
    QStringList viewNames() const;
    /// Whether a tab is still computing what it shows (property "busy"): screenshots wait.
    bool isBusy() const;
    DeploymentsPane *deploymentsPane() const { return m_deploymentsPane; }
    /// The console's deployment store, shared by the Review and Deployments tabs.
    StoreConnection *storeConnection() const { return m_store; }
    EditSession *editSession() const { return m_session; }
    /// Writes the unsaved edits; false (after telling the user why) when a file cannot be written.
    bool save();
    /// File › Settings (the dialog is modal).
    void showSettings();
    /// The Review tab compares `base` with `head` (git revisions or folders; empty: the working tree).
    void reviewChanges(const QString &base, const QString &head);

    SourceViewer *sourceViewer() const;
    /// Opens a registry file (relative to the root) read-only at a line.
    void showSource(const QString &file, int line, int column = 0);

Q_SIGNALS:
    void registryLoaded();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createPanes();
    QDockWidget *addDockPane(QWidget *pane, const QString &title, const QString &name, Qt::DockWidgetArea area);
    void addTabPane(QWidget *pane, const QString &title, const QString &name);
    void createActions();
    void restoreSettings();
    void chooseRegistry();
    void onRegistryChanged();
    void updateCounts();

    Workspace *m_workspace = nullptr;
    MessageBar *m_messageBar = nullptr;
    QTabWidget *m_tabs = nullptr;
    ProjectsPane *m_projectsPane = nullptr;
    ServicesPane *m_servicesPane = nullptr;
    DetailsPane *m_detailsPane = nullptr;
    PoliciesPane *m_policiesPane = nullptr;
    ManifestsPane *m_manifestsPane = nullptr;
    GraphPane *m_graphPane = nullptr;
    ReviewPane *m_reviewPane = nullptr;
    DeploymentsPane *m_deploymentsPane = nullptr;
    EditSession *m_session = nullptr;
    CredentialStore *m_credentials = nullptr;
    StoreConnection *m_store = nullptr;
    ServiceEditorPane *m_editorPane = nullptr;
    UnsavedEdits *m_unsavedEdits = nullptr;
    ProblemsPane *m_problemsPane = nullptr;
    QDockWidget *m_problemsDock = nullptr;
    QLabel *m_pathLabel = nullptr;
    QLabel *m_policyCounts = nullptr;
    QLabel *m_counts = nullptr;
    QProgressBar *m_progress = nullptr;
    RecentRegistriesMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QAction *m_reloadAction = nullptr;
    QAction *m_autoReloadAction = nullptr;
    QPointer<SourceViewer> m_sourceViewer;
};
