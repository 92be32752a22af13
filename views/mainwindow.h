#pragma once

#include "catalog/registry.h"

#include <QMainWindow>
#include <QPointer>

class QComboBox;
class QFileSystemWatcher;
class QTimer;
class QDockWidget;
class QLabel;
class QLineEdit;
class QMenu;
class QProgressBar;
class QTableView;
class QTreeView;
class MessageBar;
class ProblemFilterProxyModel;
class ProblemModel;
class ProjectTreeModel;
class RegistryLoadTask;
class ServiceDetailsModel;
class ServiceFilterProxyModel;
class ServiceTableModel;
class SourceViewer;

/// The console's main window: projects, services, details and problems over one
/// shared selection (DESIGN.md, "The console's shape").
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Loads `root` in the background; the window stays usable meanwhile.
    void openRegistry(const QString &root);
    QString registryRoot() const { return m_root; }
    sr::RegistryPtr registry() const { return m_registry; }
    bool isLoading() const;

    /// Makes a project current everywhere; an empty name selects the global catalog.
    bool selectProject(const QString &name);
    bool selectService(const QString &id);
    void setServiceFilter(const QString &text);

    QTableView *serviceView() const { return m_serviceView; }
    ServiceDetailsModel *detailsModel() const { return m_detailsModel; }
    ProblemModel *problemModel() const { return m_problemModel; }
    QLabel *statusCounts() const { return m_counts; }
    SourceViewer *sourceViewer() const;
    /// Opens a registry file read-only at a line (from Problems or Details).
    void showSource(const QString &file, int line, int column = 0);

Q_SIGNALS:
    void registryLoaded();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createCentralWidget();
    void createDocks();
    void restoreSettings();
    void addRecent(const QString &root);
    void updateRecentMenu();
    void chooseRegistry();
    void onLoaded(const sr::RegistryPtr &registry, const sr::Diagnostics &diagnostics, qint64 elapsedMs);
    void onScopeChanged();
    void onServiceChanged();
    void updateCounts();
    void watchFiles(const sr::Registry &registry);

    QString m_root;
    sr::RegistryPtr m_registry;
    sr::Diagnostics m_diagnostics;
    sr::ServicePtr m_shownService; ///< what the details pane shows, and for which project
    QString m_shownProject;
    RegistryLoadTask *m_loader = nullptr;

    ProjectTreeModel *m_projectModel = nullptr;
    ServiceTableModel *m_serviceModel = nullptr;
    ServiceFilterProxyModel *m_serviceProxy = nullptr;
    ServiceDetailsModel *m_detailsModel = nullptr;
    ProblemModel *m_problemModel = nullptr;
    ProblemFilterProxyModel *m_problemProxy = nullptr;

    MessageBar *m_messageBar = nullptr;
    QTreeView *m_projectView = nullptr;
    QLineEdit *m_serviceFilter = nullptr;
    QLabel *m_scopeLabel = nullptr;
    QTableView *m_serviceView = nullptr;
    QLabel *m_detailsHeader = nullptr;
    QTableView *m_detailsView = nullptr;
    QComboBox *m_severityFilter = nullptr;
    QLineEdit *m_problemFilter = nullptr;
    QTableView *m_problemView = nullptr;
    QLabel *m_pathLabel = nullptr;
    QLabel *m_counts = nullptr;
    QProgressBar *m_progress = nullptr;
    QDockWidget *m_problemsDock = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QAction *m_reloadAction = nullptr;
    QPointer<SourceViewer> m_sourceViewer;
    QFileSystemWatcher *m_watcher = nullptr;
    QTimer *m_reloadTimer = nullptr; ///< coalesces the bursts of changes an editor or git makes
    QAction *m_autoReloadAction = nullptr;
};
