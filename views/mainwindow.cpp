#include "mainwindow.h"

#include "appearance.h"
#include "messagebar.h"
#include "problemfilterproxymodel.h"
#include "problemmodel.h"
#include "projecttreemodel.h"
#include "registryloadtask.h"
#include "servicedetailsmodel.h"
#include "servicefilterproxymodel.h"
#include "servicetablemodel.h"
#include "sourceviewer.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileSystemWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace {
constexpr int maxRecent = 8;

QTableView *makeTable(QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->setTextElideMode(Qt::ElideMiddle);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return view;
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_loader(new RegistryLoadTask(this))
    , m_projectModel(new ProjectTreeModel(this))
    , m_serviceModel(new ServiceTableModel(this))
    , m_serviceProxy(new ServiceFilterProxyModel(this))
    , m_detailsModel(new ServiceDetailsModel(this))
    , m_problemModel(new ProblemModel(this))
    , m_problemProxy(new ProblemFilterProxyModel(this))
    , m_watcher(new QFileSystemWatcher(this))
    , m_reloadTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Service Registry"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/service-registry.svg")));
    m_serviceProxy->setSourceModel(m_serviceModel);
    m_problemProxy->setSourceModel(m_problemModel);

    createCentralWidget();
    createDocks();
    createActions();

    m_pathLabel = new QLabel(this);
    m_pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_counts = new QLabel(this);
    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(180);
    m_progress->setTextVisible(false);
    m_progress->hide();
    statusBar()->addWidget(m_pathLabel, 1);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_counts);

    connect(m_loader, &RegistryLoadTask::progress, this, [this](int done, int total) {
        m_progress->setRange(0, std::max(total, 1));
        m_progress->setValue(done);
    });
    connect(m_loader, &RegistryLoadTask::finished, this,
            [this](const RegistryLoadTask::Result &result) { onLoaded(result.registry, result.diagnostics, result.elapsedMs); });
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(400);
    connect(m_reloadTimer, &QTimer::timeout, this, [this] {
        if (!m_root.isEmpty())
            openRegistry(m_root);
    });
    auto changed = [this] {
        if (m_autoReloadAction->isChecked())
            m_reloadTimer->start();
    };
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, changed);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, changed);
    restoreSettings();
    updateCounts();
}

MainWindow::~MainWindow() = default;

void MainWindow::createCentralWidget()
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    m_messageBar = new MessageBar(central);
    layout->addWidget(m_messageBar);

    auto *tabs = new QTabWidget(central);
    tabs->setDocumentMode(true);
    auto *servicesPage = new QWidget(tabs);
    auto *servicesLayout = new QVBoxLayout(servicesPage);
    servicesLayout->setContentsMargins(0, 6, 0, 0);
    auto *filterRow = new QHBoxLayout;
    m_scopeLabel = new QLabel(servicesPage);
    m_scopeLabel->setTextFormat(Qt::RichText);
    m_serviceFilter = new QLineEdit(servicesPage);
    m_serviceFilter->setObjectName(QStringLiteral("serviceFilter"));
    m_serviceFilter->setClearButtonEnabled(true);
    m_serviceFilter->setPlaceholderText(
        tr("Filter services (Ctrl+K): words, or type:api owner:@core-team port:8080 origin:override"));
    filterRow->addWidget(m_scopeLabel);
    filterRow->addWidget(m_serviceFilter, 1);
    servicesLayout->addLayout(filterRow);

    m_serviceView = makeTable(servicesPage);
    m_serviceView->setObjectName(QStringLiteral("serviceView"));
    m_serviceView->setModel(m_serviceProxy);
    m_serviceView->setSortingEnabled(true);
    m_serviceView->sortByColumn(ServiceTableModel::Id, Qt::AscendingOrder);
    auto *header = m_serviceView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(ServiceTableModel::Image, QHeaderView::Stretch);
    header->setMinimumSectionSize(48);
    servicesLayout->addWidget(m_serviceView, 1);
    tabs->addTab(servicesPage, tr("&Services"));
    layout->addWidget(tabs, 1);
    setCentralWidget(central);

    connect(m_serviceFilter, &QLineEdit::textChanged, m_serviceProxy, &ServiceFilterProxyModel::setFilterText);
    connect(m_serviceView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::onServiceChanged);
    // A filter that hides the current row must also clear the details.
    connect(m_serviceProxy, &QAbstractItemModel::rowsRemoved, this, &MainWindow::onServiceChanged);
    connect(m_serviceProxy, &QAbstractItemModel::modelReset, this, &MainWindow::onServiceChanged);
}

void MainWindow::createDocks()
{
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);

    auto *projectsDock = new QDockWidget(tr("Projects"), this);
    projectsDock->setObjectName(QStringLiteral("projectsDock"));
    m_projectView = new QTreeView(projectsDock);
    m_projectView->setObjectName(QStringLiteral("projectView"));
    m_projectView->setModel(m_projectModel);
    m_projectView->setUniformRowHeights(true);
    m_projectView->setRootIsDecorated(true);
    m_projectView->header()->setStretchLastSection(false);
    m_projectView->header()->setSectionResizeMode(ProjectTreeModel::Name, QHeaderView::Stretch);
    m_projectView->header()->setSectionResizeMode(ProjectTreeModel::Services, QHeaderView::ResizeToContents);
    projectsDock->setWidget(m_projectView);
    addDockWidget(Qt::LeftDockWidgetArea, projectsDock);
    connect(m_projectView->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::onScopeChanged);

    auto *detailsDock = new QDockWidget(tr("Details"), this);
    detailsDock->setObjectName(QStringLiteral("detailsDock"));
    auto *details = new QWidget(detailsDock);
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(4, 4, 4, 4);
    m_detailsHeader = new QLabel(details);
    m_detailsHeader->setObjectName(QStringLiteral("detailsHeader"));
    m_detailsHeader->setWordWrap(true);
    m_detailsHeader->setTextFormat(Qt::RichText);
    m_detailsView = makeTable(details);
    m_detailsView->setObjectName(QStringLiteral("detailsView"));
    m_detailsView->setModel(m_detailsModel);
    // Field and location are capped so that the value keeps most of the room; long ones
    // elide and show whole in their tooltips.
    auto *detailsHeader = m_detailsView->horizontalHeader();
    detailsHeader->setSectionResizeMode(QHeaderView::Interactive);
    detailsHeader->setSectionResizeMode(ServiceDetailsModel::Value, QHeaderView::Stretch);
    detailsHeader->setSectionResizeMode(ServiceDetailsModel::Origin, QHeaderView::ResizeToContents);
    m_detailsView->setTextElideMode(Qt::ElideRight);
    connect(m_detailsModel, &QAbstractItemModel::modelReset, this, [this, detailsHeader] {
        const int em = m_detailsView->fontMetrics().averageCharWidth();
        for (const auto &[column, cap] :
             {std::pair{int(ServiceDetailsModel::Field), 24 * em}, std::pair{int(ServiceDetailsModel::Location), 22 * em}}) {
            m_detailsView->resizeColumnToContents(column);
            detailsHeader->resizeSection(column, std::min(detailsHeader->sectionSize(column), cap));
        }
    });
    m_detailsView->setToolTip(tr("Double-click a row to open the file where the value is defined"));
    detailsLayout->addWidget(m_detailsHeader);
    detailsLayout->addWidget(m_detailsView, 1);
    detailsDock->setWidget(details);
    addDockWidget(Qt::RightDockWidgetArea, detailsDock);
    connect(m_detailsView, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        showSource(index.data(ServiceDetailsModel::FileRole).toString(), index.data(ServiceDetailsModel::LineRole).toInt());
    });

    auto *problemsDock = new QDockWidget(tr("Problems"), this);
    m_problemsDock = problemsDock;
    problemsDock->setObjectName(QStringLiteral("problemsDock"));
    auto *problems = new QWidget(problemsDock);
    auto *problemsLayout = new QVBoxLayout(problems);
    problemsLayout->setContentsMargins(4, 4, 4, 4);
    auto *problemBar = new QHBoxLayout;
    m_severityFilter = new QComboBox(problems);
    m_severityFilter->addItem(tr("All problems"), int(sr::Severity::Note));
    m_severityFilter->addItem(tr("Errors and warnings"), int(sr::Severity::Warning));
    m_severityFilter->addItem(tr("Errors only"), int(sr::Severity::Error));
    m_problemFilter = new QLineEdit(problems);
    m_problemFilter->setClearButtonEnabled(true);
    m_problemFilter->setPlaceholderText(tr("Filter problems by code, message or file"));
    problemBar->addWidget(m_severityFilter);
    problemBar->addWidget(m_problemFilter, 1);
    m_problemView = makeTable(problems);
    m_problemView->setObjectName(QStringLiteral("problemView"));
    m_problemView->setModel(m_problemProxy);
    m_problemView->setSortingEnabled(true);
    m_problemView->sortByColumn(ProblemModel::Severity, Qt::AscendingOrder);
    m_problemView->horizontalHeader()->setSectionResizeMode(ProblemModel::Severity, QHeaderView::ResizeToContents);
    m_problemView->horizontalHeader()->setSectionResizeMode(ProblemModel::Code, QHeaderView::ResizeToContents);
    m_problemView->horizontalHeader()->setSectionResizeMode(ProblemModel::Message, QHeaderView::Stretch);
    m_problemView->horizontalHeader()->setSectionResizeMode(ProblemModel::Location, QHeaderView::ResizeToContents);
    m_problemView->setToolTip(tr("Double-click or press Enter to open the file at the problem"));
    problemsLayout->addLayout(problemBar);
    problemsLayout->addWidget(m_problemView, 1);
    problemsDock->setWidget(problems);
    addDockWidget(Qt::BottomDockWidgetArea, problemsDock);
    resizeDocks({projectsDock, detailsDock}, {250, 520}, Qt::Horizontal);
    resizeDocks({problemsDock}, {190}, Qt::Vertical);

    connect(m_severityFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_problemProxy->setSeverityFilter(sr::Severity(m_severityFilter->currentData().toInt())); });
    connect(m_problemFilter, &QLineEdit::textChanged, m_problemProxy, &ProblemFilterProxyModel::setFilterText);
    connect(m_problemView, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        showSource(index.data(ProblemModel::FileRole).toString(), index.data(ProblemModel::LineRole).toInt(),
                   index.data(ProblemModel::ColumnRole).toInt());
    });
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(QIcon::fromTheme(QStringLiteral("document-open")), tr("&Open Registry…"), this,
                                    &MainWindow::chooseRegistry);
    open->setShortcut(QKeySequence::Open);
    open->setStatusTip(tr("Open a registry folder"));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_reloadAction = file->addAction(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("&Reload"), this, [this] {
        if (!m_root.isEmpty())
            openRegistry(m_root);
    });
    m_reloadAction->setShortcuts({QKeySequence(Qt::Key_F5), QKeySequence(Qt::CTRL | Qt::Key_R)});
    m_reloadAction->setEnabled(false);
    m_autoReloadAction = file->addAction(tr("Reload When Files &Change"));
    m_autoReloadAction->setCheckable(true);
    m_autoReloadAction->setChecked(QSettings().value(QStringLiteral("autoReload"), true).toBool());
    m_autoReloadAction->setStatusTip(tr("Reload the registry when one of its files changes on disk"));
    connect(m_autoReloadAction, &QAction::toggled, this, [](bool on) { QSettings().setValue(QStringLiteral("autoReload"), on); });
    file->addSeparator();
    QAction *quit = file->addAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *find = edit->addAction(tr("&Find Service"), this, [this] {
        m_serviceFilter->setFocus(Qt::ShortcutFocusReason);
        m_serviceFilter->selectAll();
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
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray()))
        resize(1600, 960);
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    updateRecentMenu();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    if (m_sourceViewer)
        m_sourceViewer->close();
    event->accept();
}

void MainWindow::addRecent(const QString &root)
{
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("recentRegistries")).toStringList();
    recent.removeAll(root);
    recent.prepend(root);
    while (recent.size() > maxRecent)
        recent.removeLast();
    settings.setValue(QStringLiteral("recentRegistries"), recent);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QStringLiteral("recentRegistries")).toStringList();
    for (qsizetype i = 0; i < recent.size(); ++i) {
        const QString &root = recent.at(i);
        QAction *action = m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(QDir::toNativeSeparators(root)), this,
                                                  [this, root] { openRegistry(root); });
        action->setEnabled(QFileInfo(root).isDir());
    }
    if (recent.isEmpty())
        m_recentMenu->addAction(tr("No recent registries"))->setEnabled(false);
    else {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("&Clear List"), this, [this] {
            QSettings().remove(QStringLiteral("recentRegistries"));
            updateRecentMenu();
        });
    }
}

void MainWindow::chooseRegistry()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Open Registry"), m_root);
    if (!dir.isEmpty())
        openRegistry(dir);
}

bool MainWindow::isLoading() const
{
    return m_loader->isRunning();
}

void MainWindow::openRegistry(const QString &root)
{
    const QString absolute = QDir(root).absolutePath();
    if (!QFileInfo(absolute).isDir()) {
        m_messageBar->showMessage(MessageBar::Kind::Error,
                                  tr("Cannot open %1: the folder does not exist. Choose a registry folder with File › Open.")
                                      .arg(QDir::toNativeSeparators(absolute)));
        return;
    }
    m_root = absolute;
    m_pathLabel->setText(tr("Loading %1…").arg(QDir::toNativeSeparators(absolute)));
    m_progress->setRange(0, 0);
    m_progress->show();
    m_reloadAction->setEnabled(false);
    m_loader->start(absolute);
}

void MainWindow::onLoaded(const sr::RegistryPtr &registry, const sr::Diagnostics &diagnostics, qint64 elapsedMs)
{
    const QString previousProject = m_projectView->currentIndex().data(ProjectTreeModel::ProjectRole).toString();
    const QString previousService = m_detailsModel->serviceId();
    m_registry = registry;
    m_diagnostics = diagnostics;
    m_progress->hide();
    m_reloadAction->setEnabled(true);
    m_pathLabel->setText(QDir::toNativeSeparators(m_root));
    setWindowTitle(tr("%1 — Service Registry").arg(QFileInfo(m_root).fileName()));
    m_projectModel->setRegistry(registry);
    m_projectView->expandAll();
    m_problemModel->setDiagnostics(diagnostics);
    watchFiles(*registry);
    addRecent(m_root);

    const int errors = sr::countBySeverity(diagnostics, sr::Severity::Error);
    if (registry->projects.isEmpty() && registry->catalog.services.isEmpty())
        m_messageBar->showMessage(MessageBar::Kind::Error,
                                  tr("%1 holds no services. See the Problems pane for what is missing.").arg(m_root));
    else if (errors > 0)
        m_messageBar->showMessage(MessageBar::Kind::Warning,
                                  tr("The registry has %n error(s); the parts that could be read are shown.", nullptr, errors));
    else
        m_messageBar->hide();
    statusBar()->showMessage(tr("Loaded %1 files in %2 ms").arg(registry->files.size()).arg(elapsedMs), 5000);

    if (!selectProject(previousProject))
        selectProject(QString());
    if (!previousService.isEmpty())
        selectService(previousService);
    updateCounts();
    Q_EMIT registryLoaded();
}

bool MainWindow::selectProject(const QString &name)
{
    const QModelIndex index = name.isEmpty() ? m_projectModel->globalIndex() : m_projectModel->projectIndex(name);
    if (!index.isValid())
        return false;
    m_projectView->setCurrentIndex(index);
    return true;
}

bool MainWindow::selectService(const QString &id)
{
    const int row = m_serviceModel->rowOf(id);
    if (row < 0)
        return false;
    const QModelIndex index = m_serviceProxy->mapFromSource(m_serviceModel->index(row, 0));
    if (!index.isValid())
        return false;
    m_serviceView->setCurrentIndex(index);
    m_serviceView->scrollTo(index);
    return true;
}

void MainWindow::setServiceFilter(const QString &text)
{
    m_serviceFilter->setText(text);
}

void MainWindow::onScopeChanged()
{
    if (!m_registry)
        return;
    const QModelIndex current = m_projectView->currentIndex();
    const auto kind = ProjectTreeModel::Kind(current.data(ProjectTreeModel::KindRole).toInt());
    const QString previousService = m_detailsModel->serviceId();
    if (kind == ProjectTreeModel::Kind::Project) {
        const QString name = current.data(ProjectTreeModel::ProjectRole).toString();
        const sr::Project *project = m_registry->project(name);
        m_serviceModel->setServices(project ? project->resolved : QList<sr::ResolvedService>());
        m_serviceProxy->clearPatternFilter();
        m_scopeLabel->setText(tr("<b>%1</b>").arg(name.toHtmlEscaped()));
    } else {
        m_serviceModel->setServices(m_registry->globalView);
        if (kind == ProjectTreeModel::Kind::Pattern) {
            const QString id = current.data(ProjectTreeModel::PatternRole).toString();
            m_serviceProxy->setPatternFilter(m_registry->catalog.patternMembers(id));
            m_scopeLabel->setText(tr("<b>Pattern %1</b>").arg(id.toHtmlEscaped()));
        } else {
            m_serviceProxy->clearPatternFilter();
            m_scopeLabel->setText(tr("<b>Global catalog</b>"));
        }
    }
    if (!selectService(previousService) && m_serviceProxy->rowCount() > 0)
        m_serviceView->setCurrentIndex(m_serviceProxy->index(0, 0));
    updateCounts();
}

void MainWindow::onServiceChanged()
{
    const QModelIndex current = m_serviceView->currentIndex();
    const sr::ResolvedService *service
        = current.isValid() ? m_serviceModel->serviceAt(m_serviceProxy->mapToSource(current).row()) : nullptr;
    if (!service) {
        m_shownService.reset();
        m_detailsModel->clear();
        m_detailsHeader->setText(tr("<i>Select a service to see its resolved fields.</i>"));
        return;
    }
    // A global service is shared by every project that uses it unchanged: compare both.
    if (service->service == m_shownService && service->project == m_shownProject)
        return; // e.g. a filter change that kept the row
    m_shownService = service->service;
    m_shownProject = service->project;
    m_detailsModel->setService(*service);
    const QString scope = service->project.isEmpty() ? tr("global catalog") : tr("project %1").arg(service->project);
    m_detailsHeader->setText(tr("<b>%1</b> (%2) — %3, %4")
                                 .arg(service->service->displayName.toHtmlEscaped(), service->service->id.toHtmlEscaped(),
                                      scope.toHtmlEscaped(), Appearance::originLabel(service->origin)));
}

void MainWindow::updateCounts()
{
    const int services = m_registry ? m_registry->serviceCount() : 0;
    const int errors = sr::countBySeverity(m_diagnostics, sr::Severity::Error);
    const int warnings = sr::countBySeverity(m_diagnostics, sr::Severity::Warning);
    m_problemsDock->setWindowTitle(m_diagnostics.isEmpty() ? tr("Problems") : tr("Problems (%1)").arg(m_diagnostics.size()));
    m_counts->setText(tr("%n service(s)", nullptr, services) + QStringLiteral("  ·  ") + tr("%n error(s)", nullptr, errors)
                      + QStringLiteral("  ·  ") + tr("%n warning(s)", nullptr, warnings));
}

void MainWindow::showSource(const QString &file, int line, int column)
{
    if (file.isEmpty())
        return;
    if (!m_sourceViewer)
        m_sourceViewer = new SourceViewer(this);
    m_sourceViewer->openFile(sr::pathInRoot(m_root, file), line, column);
    m_sourceViewer->show();
    m_sourceViewer->raise();
    m_sourceViewer->activateWindow();
}

SourceViewer *MainWindow::sourceViewer() const
{
    return m_sourceViewer.data();
}

void MainWindow::watchFiles(const sr::Registry &registry)
{
    // Files for edits, folders for files that appear or disappear.
    if (const QStringList watched = m_watcher->files() + m_watcher->directories(); !watched.isEmpty())
        m_watcher->removePaths(watched);
    QStringList paths;
    for (const QString &file : registry.files)
        paths.append(sr::pathInRoot(m_root, file));
    const QDir root(m_root);
    for (const QString &folder : {QStringLiteral("."), QStringLiteral("services"), QStringLiteral("services/versions"),
                                  QStringLiteral("projects"), QStringLiteral("policies")})
        paths.append(root.filePath(folder));
    for (const auto &project : registry.projects)
        paths.append(sr::pathInRoot(m_root, project.directory));
    QStringList existing;
    for (const QString &path : std::as_const(paths)) {
        if (QFileInfo::exists(path))
            existing.append(path);
    }
    if (!existing.isEmpty())
        m_watcher->addPaths(existing);
}
