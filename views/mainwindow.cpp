#include "mainwindow.h"

#include "recentregistriesmenu.h"

#include "credentialstore.h"
#include "editor/serviceeditorpane.h"
#include "editor/unsavededits.h"
#include "editsession.h"
#include "settings/settingsdialog.h"
#include "storeconnection.h"

#include "deployments/deploymentspane.h"
#include "details/detailspane.h"
#include "graph/graphpane.h"
#include "manifests/manifestspane.h"
#include "messagebar.h"
#include "policies/policiespane.h"
#include "problems/problemspane.h"
#include "projects/projectspane.h"
#include "review/reviewpane.h"
#include "services/servicespane.h"
#include "source/sourceviewer.h"
#include "workspace.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace { } // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(new Workspace(this))
    , m_session(new EditSession(m_workspace, this))
    , m_credentials(new CredentialStore(this))
    , m_store(new StoreConnection(m_credentials, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Service Registry") + QStringLiteral("[*]"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/service-registry.svg")));
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    m_messageBar = new MessageBar(central);
    m_tabs = new QTabWidget(central);
    m_tabs->setObjectName(QStringLiteral("centralTabs"));
    m_tabs->setDocumentMode(true);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);

    createPanes();
    createActions();

    m_pathLabel = new QLabel(this);
    m_pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("statusCounts"));
    m_policyCounts = new QLabel(this);
    m_policyCounts->setObjectName(QStringLiteral("statusPolicyCounts"));
    m_policyCounts->setToolTip(tr("Policy findings; the Policies tab lists them"));
    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(180);
    m_progress->setTextVisible(false);
    m_progress->hide();
    statusBar()->addWidget(m_pathLabel, 1);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_counts);
    statusBar()->addPermanentWidget(m_policyCounts);

    connect(m_workspace, &Workspace::loadStarted, this, [this] {
        m_pathLabel->setText(tr("Loading %1…").arg(QDir::toNativeSeparators(m_workspace->root())));
        m_progress->setRange(0, 0);
        m_progress->show();
    });
    connect(m_workspace, &Workspace::loadProgress, this, [this](int done, int total) {
        m_progress->setRange(0, std::max(total, 1));
        m_progress->setValue(done);
    });
    connect(m_workspace, &Workspace::loadFailed, this,
            [this](const QString &message) { m_messageBar->showMessage(MessageBar::Kind::Error, message); });
    connect(m_workspace, &Workspace::registryChanged, this, &MainWindow::onRegistryChanged);
    restoreSettings();
    updateCounts();
}

MainWindow::~MainWindow() = default;

void MainWindow::createPanes()
{
    // Every pane observes the workspace; a new pane is one line here.
    m_servicesPane = new ServicesPane(m_workspace, this);
    addTabPane(m_servicesPane, tr("&Services"), QStringLiteral("services"));
    m_policiesPane = new PoliciesPane(m_workspace, this);
    addTabPane(m_policiesPane, tr("&Policies"), QStringLiteral("policies"));
    m_graphPane = new GraphPane(m_workspace, this);
    addTabPane(m_graphPane, tr("&Graph"), QStringLiteral("graph"));
    m_store->setUrl(SettingsDialog::savedDeploymentStore()); // opened when a pane first needs it
    m_reviewPane = new ReviewPane(m_workspace, m_store, this);
    addTabPane(m_reviewPane, tr("&Review"), QStringLiteral("review"));
    m_deploymentsPane = new DeploymentsPane(m_workspace, m_store, this);
    addTabPane(m_deploymentsPane, tr("&Deployments"), QStringLiteral("deployments"));
    m_manifestsPane = new ManifestsPane(m_workspace, this);
    addTabPane(m_manifestsPane, tr("&Manifests"), QStringLiteral("manifests"));
    m_editorPane = new ServiceEditorPane(m_workspace, m_session, this);
    addTabPane(m_editorPane, tr("&Edit"), QStringLiteral("edit"));
    m_unsavedEdits = new UnsavedEdits(m_session, m_editorPane, m_messageBar, this);
    connect(m_unsavedEdits, &UnsavedEdits::restored, this, [this] { showView(QStringLiteral("edit")); });

    m_projectsPane = new ProjectsPane(m_workspace, this);
    addDockPane(m_projectsPane, tr("Projects"), QStringLiteral("projects"), Qt::LeftDockWidgetArea);
    m_detailsPane = new DetailsPane(m_workspace, this);
    addDockPane(m_detailsPane, tr("Details"), QStringLiteral("details"), Qt::RightDockWidgetArea);
    m_problemsPane = new ProblemsPane(m_workspace, this);
    m_problemsDock = addDockPane(m_problemsPane, m_problemsPane->title(), QStringLiteral("problems"), Qt::BottomDockWidgetArea);
    connect(m_problemsPane, &ProblemsPane::titleChanged, m_problemsDock, &QDockWidget::setWindowTitle);

    connect(m_detailsPane, &DetailsPane::openSourceRequested, this, &MainWindow::showSource);
    connect(m_problemsPane, &ProblemsPane::openSourceRequested, this, &MainWindow::showSource);
    connect(m_policiesPane, &PoliciesPane::openSourceRequested, this, &MainWindow::showSource);
    resizeDocks({m_problemsDock}, {190}, Qt::Vertical);
}

QDockWidget *MainWindow::addDockPane(QWidget *pane, const QString &title, const QString &name, Qt::DockWidgetArea area)
{
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(name + QStringLiteral("Dock"));
    pane->setObjectName(name + QStringLiteral("Pane"));
    dock->setWidget(pane);
    addDockWidget(area, dock);
    return dock;
}

void MainWindow::addTabPane(QWidget *pane, const QString &title, const QString &name)
{
    pane->setObjectName(name + QStringLiteral("Pane"));
    pane->setProperty("viewName", name);
    m_tabs->addTab(pane, title);
}

bool MainWindow::showView(const QString &name)
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (m_tabs->widget(i)->property("viewName").toString() == name) {
            m_tabs->setCurrentIndex(i);
            return true;
        }
    }
    return false;
}

void MainWindow::reviewChanges(const QString &base, const QString &head)
{
    m_reviewPane->compare(base, head);
}

bool MainWindow::isBusy() const
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (m_tabs->widget(i)->property("busy").toBool())
            return true;
    }
    return false;
}

QStringList MainWindow::viewNames() const
{
    QStringList names;
    for (int i = 0; i < m_tabs->count(); ++i)
        names.append(m_tabs->widget(i)->property("viewName").toString());
    return names;
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(QIcon::fromTheme(QStringLiteral("document-open")), tr("&Open Registry…"), this,
                                    &MainWindow::chooseRegistry);
    open->setShortcut(QKeySequence::Open);
    open->setStatusTip(tr("Open a registry folder"));
    m_recentMenu = new RecentRegistriesMenu(tr("Open &Recent"), this);
    connect(m_recentMenu, &RecentRegistriesMenu::openRequested, this, &MainWindow::openRegistry);
    file->addMenu(m_recentMenu);
    QAction *saveAction
        = file->addAction(QIcon::fromTheme(QStringLiteral("document-save")), tr("&Save"), this, &MainWindow::save);
    saveAction->setShortcut(QKeySequence::Save);
    saveAction->setStatusTip(tr("Write the edited files (only the bytes that changed)"));
    saveAction->setEnabled(false);
    // One look at the disk per change: the title's mark and Save follow it.
    connect(m_session, &EditSession::changed, this, [this, saveAction] {
        const bool modified = m_session->isModified();
        setWindowModified(modified);
        saveAction->setEnabled(modified);
    });
    m_reloadAction
        = file->addAction(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("&Reload"), m_workspace, &Workspace::reload);
    m_reloadAction->setShortcuts({QKeySequence(Qt::Key_F5), QKeySequence(Qt::CTRL | Qt::Key_R)});
    m_reloadAction->setEnabled(false);
    m_autoReloadAction = file->addAction(tr("Reload When Files &Change"));
    m_autoReloadAction->setCheckable(true);
    m_autoReloadAction->setChecked(QSettings().value(QStringLiteral("autoReload"), true).toBool());
    m_autoReloadAction->setStatusTip(tr("Reload the registry when one of its files changes on disk"));
    m_workspace->setAutoReload(m_autoReloadAction->isChecked());
    connect(m_autoReloadAction, &QAction::toggled, this, [this](bool on) {
        QSettings().setValue(QStringLiteral("autoReload"), on);
        m_workspace->setAutoReload(on);
    });
    file->addSeparator();
    file->addAction(QIcon::fromTheme(QStringLiteral("document-import")), tr("&Import Compose or Kubernetes Files…"), this,
                    [this] {
                        showView(QStringLiteral("manifests"));
                        m_manifestsPane->askImport();
                    })
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    file->addSeparator();
    QAction *settingsAction = file->addAction(QIcon::fromTheme(QStringLiteral("preferences-system")), tr("Se&ttings…"), this,
                                              &MainWindow::showSettings);
    settingsAction->setShortcut(QKeySequence::Preferences);
    settingsAction->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    QAction *quit = file->addAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_session->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo")));
    QAction *redo = m_session->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo")));
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addAction(tr("&Edit Service"), this, [this] { showView(QStringLiteral("edit")); })
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E)); // Ctrl+E exports manifests
    edit->addAction(tr("&New Service…"), m_editorPane, &ServiceEditorPane::askCreateService)->setShortcut(QKeySequence::New);
    edit->addAction(tr("D&uplicate Service…"), m_editorPane, &ServiceEditorPane::askDuplicateService)
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    edit->addAction(tr("Re&name Service…"), m_editorPane, &ServiceEditorPane::askRenameService)
        ->setShortcut(QKeySequence(Qt::Key_F2));
    edit->addAction(tr("&Delete Service…"), m_editorPane, &ServiceEditorPane::askDeleteService)
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Delete));
    edit->addSeparator();
    QAction *find = edit->addAction(tr("&Find Service"), this, [this] {
        showView(QStringLiteral("services"));
        m_servicesPane->focusFilter();
    });
    find->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_K), QKeySequence::Find});

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    int n = 1;
    for (QDockWidget *dock : findChildren<QDockWidget *>()) {
        QAction *toggle = dock->toggleViewAction();
        toggle->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_0 + n++)));
        m_viewMenu->addAction(toggle);
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Service Registry"), this, [this] {
        QMessageBox::about(this, tr("About Service Registry"),
                           tr("<h3>Service Registry %1</h3><p>Administration console for a central, multi-project "
                              "service registry.</p>")
                               .arg(QApplication::applicationVersion()));
    });

    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(open);
    toolbar->addAction(m_reloadAction);
    toolbar->addAction(saveAction);
    toolbar->addAction(undo);
    toolbar->addAction(redo);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray()))
        resize(1600, 960);
    // Without a saved state the docks take their panes' size hints.
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_credentials, this);
    if (dialog.exec() == QDialog::Accepted) {
        const QString store = SettingsDialog::savedDeploymentStore();
        if (store != m_store->url())
            m_store->setUrl(store);
    }
}

bool MainWindow::save()
{
    const bool saved = m_unsavedEdits->save();
    if (saved)
        statusBar()->showMessage(tr("Saved"), 3000);
    return saved;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_unsavedEdits->confirmDiscard()) {
        event->ignore();
        return;
    }
    // A running load is cancelled, not waited for: the workspace drops its result.
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    if (m_sourceViewer)
        m_sourceViewer->close();
    event->accept();
}

void MainWindow::chooseRegistry()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Open Registry"), m_workspace->root());
    if (!dir.isEmpty())
        openRegistry(dir);
}

void MainWindow::openRegistry(const QString &root)
{
    if (!m_unsavedEdits->confirmDiscard())
        return;
    m_session->discard();
    m_workspace->open(root);
}

QString MainWindow::registryRoot() const
{
    return m_workspace->root();
}

sr::RegistryPtr MainWindow::registry() const
{
    return m_workspace->registry();
}

bool MainWindow::isLoading() const
{
    return m_workspace->isLoading();
}

void MainWindow::onRegistryChanged()
{
    const sr::RegistryPtr registry = m_workspace->registry();
    const QString root = m_workspace->root();
    m_progress->hide();
    m_reloadAction->setEnabled(true);
    m_pathLabel->setText(QDir::toNativeSeparators(root));
    setWindowTitle(tr("%1 — Service Registry").arg(QFileInfo(root).fileName()) + QStringLiteral("[*]"));
    m_recentMenu->add(root);

    const int errors = sr::countBySeverity(m_workspace->diagnostics(), sr::Severity::Error);
    m_unsavedEdits->offerRecovery(root);
    if (m_messageBar->isAsking())
        ; // a question waits for an answer: the load's status goes to the status bar only
    else if (registry->projects.isEmpty() && registry->catalog.services.isEmpty())
        m_messageBar->showMessage(MessageBar::Kind::Error,
                                  tr("%1 holds no services. See the Problems pane for what is missing.").arg(root));
    else if (errors > 0)
        m_messageBar->showMessage(MessageBar::Kind::Warning,
                                  tr("The registry has %n error(s); the parts that could be read are shown.", nullptr, errors));
    else
        m_messageBar->hide();
    statusBar()->showMessage(tr("Loaded %1 files in %2 ms").arg(registry->files.size()).arg(m_workspace->lastLoadMs()), 5000);
    updateCounts();
    Q_EMIT registryLoaded();
}

bool MainWindow::selectProject(const QString &name)
{
    const sr::RegistryPtr registry = m_workspace->registry();
    if (!registry || (!name.isEmpty() && !registry->project(name)))
        return false;
    m_workspace->setCurrentScope(name);
    return true;
}

bool MainWindow::selectService(const QString &id)
{
    return m_servicesPane->selectService(id);
}

void MainWindow::setServiceFilter(const QString &text)
{
    m_servicesPane->setFilterText(text);
}

void MainWindow::updateCounts()
{
    const sr::RegistryPtr registry = m_workspace->registry();
    const int services = registry ? registry->serviceCount() : 0;
    const int errors = sr::countBySeverity(m_workspace->diagnostics(), sr::Severity::Error);
    const int warnings = sr::countBySeverity(m_workspace->diagnostics(), sr::Severity::Warning);
    m_counts->setText(tr("%n service(s)", nullptr, services) + QStringLiteral("  ·  ") + tr("%n error(s)", nullptr, errors)
                      + QStringLiteral("  ·  ") + tr("%n warning(s)", nullptr, warnings));
    m_policyCounts->setText(registry ? QStringLiteral("·  ")
                                    + tr("Policies: %1").arg(PoliciesPane::summaryOf(m_workspace->policyReport()))
                                     : QString());
}

void MainWindow::showSource(const QString &file, int line, int column)
{
    if (file.isEmpty())
        return;
    if (!m_sourceViewer)
        m_sourceViewer = new SourceViewer(this);
    // Read through the registry's source: the same checks as the loader, so a named pipe
    // or a device is refused instead of blocking the window.
    m_sourceViewer->showContent(sr::pathInRoot(m_workspace->root(), file), m_workspace->readFile(file), line, column);
    m_sourceViewer->show();
    m_sourceViewer->raise();
    m_sourceViewer->activateWindow();
}

SourceViewer *MainWindow::sourceViewer() const
{
    return m_sourceViewer.data();
}
