#include "reviewpane.h"

#include "analysis/changereview.h"
#include "appearance.h"
#include "approvalstatemodel.h"
#include "catalog/registryloader.h"
#include "changemodel.h"
#include "codeview.h"
#include "deploymentstoreclient.h"
#include "findingdeltamodel.h"
#include "impactgraphview.h"
#include "itemviews.h"
#include "review/approverreviewformat.h"
#include "runningstatemodel.h"
#include "sidebysideview.h"
#include "storeconnection.h"
#include "workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSet>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace {

constexpr const char *upgradePrefix = "upgrade:";

/// A panel of the lower row: a bold title over its content.
QWidget *titled(QLabel *title, QWidget *content, QWidget *parent)
{
    auto *panel = new QWidget(parent);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    layout->addWidget(title);
    layout->addWidget(content, 1);
    return panel;
}

} // namespace

ReviewPane::ReviewPane(Workspace *workspace, StoreConnection *store, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_store(store)
    , m_model(new ChangeModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_base(new QComboBox(this))
    , m_head(new QComboBox(this))
    , m_compare(new QPushButton(tr("&Compare"), this))
    , m_export(new QPushButton(tr("E&xport review…"), this))
    , m_filter(new QLineEdit(this))
    , m_view(makeTableView(this))
    , m_summary(new QLabel(this))
    , m_file(new QComboBox(this))
    , m_sides(new SideBySideView(this))
    , m_verdict(new QLabel(this))
    , m_graph(new ImpactGraphView(this))
    , m_findings(new FindingDeltaModel(this))
    , m_running(new RunningStateModel(this))
    , m_approvals(new ApprovalStateModel(this))
    , m_approvalView(makeTableView(this))
    , m_pendingOnly(new QCheckBox(tr("P&ending only"), this))
    , m_approve(new QPushButton(tr("&Approve as…"), this))
    , m_panels(new QTabWidget(this))
    , m_job(this)
    , m_approverJob(this)
    , m_referencesJob(this)
{
    for (QComboBox *box : {m_base, m_head}) {
        box->setEditable(true);
        box->setInsertPolicy(QComboBox::NoInsert);
        box->setMinimumContentsLength(24);
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    }
    m_base->setObjectName(QStringLiteral("reviewBase"));
    m_base->setToolTip(tr("Where the change starts: a branch, tag or commit of the registry's repository, a folder, or a "
                          "project's upgrade preview"));
    m_head->setObjectName(QStringLiteral("reviewHead"));
    m_head->setToolTip(tr("Where the change ends: the working tree (with unsaved edits), a branch, tag, commit or folder"));
    m_compare->setShortcut(QKeySequence(tr("Ctrl+Return")));
    m_compare->setToolTip(tr("Compare base and head (Ctrl+Return)"));
    m_export->setToolTip(tr("Save the review as Markdown for a pull request: the verdict, the changes with a migration "
                            "guide for each breaking one, reach, findings, approvals and deployments"));
    m_export->setEnabled(false);
    m_filter->setPlaceholderText(tr("Filter changes by rule, service, field or project (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_view->setModel(m_proxy);
    m_view->setObjectName(QStringLiteral("changeView"));
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->resizeColumnsToContents(); // before the first comparison: as wide as the titles
    m_summary->setObjectName(QStringLiteral("reviewSummary"));
    m_file->setObjectName(QStringLiteral("reviewFile"));
    m_file->setToolTip(tr("The changed files"));

    auto *top = new QHBoxLayout;
    auto *folder = new QPushButton(tr("Folder…"), this);
    folder->setToolTip(tr("Compare with a registry folder"));
    top->addWidget(fieldLabel(tr("&Base:"), m_base, this));
    top->addWidget(m_base, 1);
    top->addWidget(folder);
    top->addWidget(fieldLabel(tr("&Head:"), m_head, this));
    top->addWidget(m_head, 1);
    top->addWidget(m_compare);
    top->addWidget(m_export);

    auto *list = new QWidget(this);
    auto *listLayout = new QVBoxLayout(list);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_filter);
    listLayout->addWidget(m_view, 1);
    listLayout->addWidget(m_summary);
    auto *files = new QWidget(this);
    auto *filesLayout = new QVBoxLayout(files);
    filesLayout->setContentsMargins(0, 0, 0, 0);
    filesLayout->addWidget(m_file);
    filesLayout->addWidget(m_sides, 1);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(list);
    splitter->addWidget(files);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({480, 720}); // room for the change list's five columns
    m_verdict->setObjectName(QStringLiteral("reviewVerdict"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextFormat(Qt::RichText);
    m_verdict->setMargin(6);
    m_verdict->setAutoFillBackground(true);
    m_verdict->hide();
    auto *rows = new QSplitter(Qt::Vertical, this);
    rows->addWidget(splitter);
    rows->addWidget(buildLowerPanels());
    rows->setStretchFactor(0, 3);
    rows->setStretchFactor(1, 2);
    rows->setSizes({520, 340});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_verdict);
    layout->addWidget(rows, 1);

    connect(m_compare, &QPushButton::clicked, this, &ReviewPane::startCompare);
    connect(m_base, &QComboBox::activated, this, &ReviewPane::startCompare);
    connect(m_head, &QComboBox::activated, this, &ReviewPane::startCompare);
    connect(folder, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Compare with a registry folder"), m_workspace->root());
        if (!dir.isEmpty())
            compare(dir, m_head->currentData().toString());
    });
    connect(m_export, &QPushButton::clicked, this, &ReviewPane::chooseGuideFile);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ReviewPane::selectChange);
    connect(m_file, &QComboBox::activated, this, [this](int index) { showFile(index); });
    bindFindShortcut(this, m_filter);
    connect(m_workspace, &Workspace::registryChanged, this, [this] {
        const QString root = m_workspace->root();
        m_referencesJob.start(
            [root](JobControl &) -> std::optional<QList<sr::GitReference>> {
                QString error;
                return sr::GitRevisionSource::references(root, 20, &error);
            },
            [this](QList<sr::GitReference> references) { fillSides(references); });
    });
    m_summary->setText(tr("Choose a base and a head, then Compare."));
    if (m_store) {
        connect(m_store->client(), &DeploymentStoreClient::opened, this, [this](bool ok, const QString &) {
            if (ok && m_awaitingStore)
                readRecords();
        });
        connect(m_store->client(), &DeploymentStoreClient::failed, this, [this](const QString &error) {
            if (std::exchange(m_readingRecords, false))
                setProperty("busy", false); // the review stays as it is, its approvals unread
            if (std::exchange(m_approving, false))
                m_summary->setText(tr("The approval was not recorded: %1").arg(error));
        });
        connect(m_store, &StoreConnection::urlChanged, this, [this] {
            if (m_unread)
                readRecords();
        });
    }
}

QWidget *ReviewPane::buildLowerPanels()
{
    auto *findingView = makeTableView(this);
    findingView->setObjectName(QStringLiteral("reviewFindings"));
    findingView->setModel(m_findings);
    findingView->horizontalHeader()->setStretchLastSection(true);
    auto *runningView = makeTableView(this);
    runningView->setObjectName(QStringLiteral("reviewRunning"));
    runningView->setModel(m_running);
    runningView->horizontalHeader()->setStretchLastSection(true);
    m_approvalView->setObjectName(QStringLiteral("reviewApprovals"));
    m_approvalView->setModel(m_approvals);
    m_approvalView->horizontalHeader()->setStretchLastSection(true);
    m_graph->setObjectName(QStringLiteral("reviewImpactGraph"));
    m_pendingOnly->setObjectName(QStringLiteral("reviewPendingOnly"));
    m_pendingOnly->setToolTip(tr("Show only the approvals still pending"));
    m_approve->setObjectName(QStringLiteral("reviewApprove"));
    m_approve->setEnabled(false);
    for (QTableView *view : {findingView, runningView, m_approvalView})
        view->resizeColumnsToContents();

    auto *approvalPanel = new QWidget(this);
    auto *approvalLayout = new QVBoxLayout(approvalPanel);
    approvalLayout->setContentsMargins(0, 0, 0, 0);
    approvalLayout->addWidget(m_approvalView, 1);

    // The reach beside the rest: approvals first, each tab's title says how much it holds.
    auto *pendingRow = new QHBoxLayout;
    pendingRow->addWidget(m_pendingOnly);
    pendingRow->addStretch(1);
    pendingRow->addWidget(m_approve);
    approvalLayout->insertLayout(0, pendingRow);
    m_panels->addTab(approvalPanel, tr("Approvals"));
    m_panels->addTab(findingView, tr("Policy findings"));
    m_panels->addTab(runningView, tr("Running"));
    m_panels->setObjectName(QStringLiteral("reviewPanels"));
    auto *lower = new QSplitter(Qt::Horizontal, this);
    lower->setObjectName(QStringLiteral("reviewLowerPanels"));
    lower->addWidget(titled(new QLabel(tr("Reach of the selected change"), this), m_graph, this));
    lower->addWidget(m_panels);
    lower->setStretchFactor(0, 2);
    lower->setStretchFactor(1, 3);
    lower->setSizes({480, 720});
    connect(m_pendingOnly, &QCheckBox::toggled, m_approvals, &ApprovalStateModel::setPendingOnly);
    connect(m_approvals, &QAbstractItemModel::modelReset, this, &ReviewPane::updateApproveButton);
    connect(m_approvalView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ReviewPane::updateApproveButton);
    connect(m_approve, &QPushButton::clicked, this, &ReviewPane::askApproval);
    return lower;
}

void ReviewPane::fillSides(const QList<sr::GitReference> &references)
{
    const QString base = m_base->currentText();
    const QString head = m_head->currentText();
    m_base->clear();
    m_head->clear();
    m_head->addItem(tr("Working tree"), QString());
    for (const sr::GitReference &r : references) {
        const QString label = r.kind == sr::GitReference::Kind::Commit
            ? QStringLiteral("%1 — %2").arg(r.name, r.summary)
            : QStringLiteral("%1 — %2 %3").arg(r.name, r.commit, r.summary);
        m_base->addItem(label, r.name);
        m_head->addItem(label, r.name);
    }
    if (const sr::RegistryPtr registry = m_workspace->registry()) {
        for (const sr::Project &p : registry->projects) {
            if (!p.catalogVersion.isEmpty() && p.catalogVersion != registry->catalog.version)
                m_base->addItem(
                    tr("Upgrade preview: %1 (catalog %2 → %3)").arg(p.name, p.catalogVersion, registry->catalog.version),
                    QString(QString::fromLatin1(upgradePrefix) + p.name));
        }
    }
    if (!base.isEmpty())
        m_base->setEditText(base);
    if (!head.isEmpty())
        m_head->setEditText(head);
}

void ReviewPane::compare(const QString &base, const QString &head)
{
    const int baseIndex = m_base->findData(base);
    if (baseIndex >= 0)
        m_base->setCurrentIndex(baseIndex);
    else
        m_base->setEditText(base);
    const int headIndex = m_head->findData(head);
    if (headIndex >= 0)
        m_head->setCurrentIndex(headIndex);
    else
        m_head->setEditText(head);
    startCompare();
}

void ReviewPane::startCompare()
{
    // An item chosen from the list stands for its data; typed text for itself.
    auto sideOf = [](QComboBox *box) {
        const int index = box->findText(box->currentText());
        return index >= 0 ? box->itemData(index).toString() : box->currentText().trimmed();
    };
    const QString base = sideOf(m_base);
    const QString head = sideOf(m_head);
    const sr::RegistryPtr workspaceRegistry = m_workspace->registry();
    if (base.isEmpty() || !workspaceRegistry) {
        m_summary->setText(tr("Choose a base: a branch, tag, commit or folder."));
        return;
    }
    const QString root = m_workspace->root();
    m_pending = true;
    setProperty("busy", true);
    m_summary->setText(tr("Comparing %1 with %2…").arg(base, head.isEmpty() ? tr("the working tree") : head));
    m_job.start(
        [base, head, root, workspaceRegistry](JobControl &control) -> std::optional<Result> {
            std::optional<sr::ChangeReview> review;
            if (base.startsWith(QLatin1String(upgradePrefix))) {
                review = sr::ChangeReview::upgrade(workspaceRegistry, base.mid(qstrlen(upgradePrefix)));
            } else {
                sr::RegistryLoader::Options options;
                options.cancelled = [&control] { return control.isCancelled(); };
                review = sr::ChangeReview::compare(root, base, head, workspaceRegistry, options);
            }
            if (!review)
                return std::nullopt; // cancelled by a newer comparison
            Result r;
            r.error = review->error();
            if (!r.error.isEmpty())
                return r;
            r.baseCommit = review->baseCommit();
            r.headCommit = review->headCommit();
            if (const auto &governance = review->base()->policies.governance)
                r.baseGroups = governance->groups;
            r.report = review->report(); // shared with the review kept for the approver's part
            r.head = review->head();
            r.baseName = review->baseName();
            r.headName = review->headName();
            r.files = review->changedFiles();
            r.review = std::make_shared<const sr::ChangeReview>(std::move(*review));
            return r;
        },
        [this](Result result) {
            m_pending = false;
            setProperty("busy", false);
            showResult(std::move(result));
            Q_EMIT compared();
        });
}

void ReviewPane::showResult(Result result)
{
    if (!result.error.isEmpty()) {
        m_summary->setText(result.error);
        m_verdict->hide();
        return;
    }
    m_model->setReport(result.report);
    m_headRegistry = result.head;
    m_baseName = result.baseName;
    m_headName = result.headName;
    m_files = result.files;
    m_shownFile = -1;
    m_file->clear();
    for (const sr::ChangeReview::ChangedFile &f : std::as_const(m_files))
        m_file->addItem(f.path);
    const sr::ChangeReport &report = result.report;
    m_summary->setText(tr("%1 → %2: %3 breaking · %4 · %5 info · %6")
                           .arg(m_baseName, m_headName)
                           .arg(report.count(sr::ChangeSeverity::Breaking))
                           .arg(tr("%n warning(s)", nullptr, report.count(sr::ChangeSeverity::Warning)))
                           .arg(report.count(sr::ChangeSeverity::Info))
                           .arg(tr("%n file(s) changed", nullptr, int(m_files.size()))));
    m_export->setEnabled(true);
    m_view->resizeColumnsToContents();
    m_unread = nullptr;
    m_review = nullptr;
    m_baseCommit = result.baseCommit;
    m_headCommit = result.headCommit;
    m_baseGroups = result.baseGroups;
    showReview();
    // The changes show at once; the verdict, findings, approvals and generated files follow.
    startApproverReview(result.review);
    if (!m_files.isEmpty())
        showFile(0);
    else
        m_sides->showTexts(QString(), QString(), QString());
    if (m_proxy->rowCount() > 0)
        m_view->selectRow(0);
}

void ReviewPane::showFile(int index, int headLine, int baseLine)
{
    if (index < 0 || index >= m_files.size())
        return;
    const sr::ChangeReview::ChangedFile &f = m_files.at(index);
    if (m_file->currentIndex() != index)
        m_file->setCurrentIndex(index);
    if (m_sides->after()->fileName() != f.path || m_shownFile != index) {
        m_sides->showTexts(f.path, f.before, f.after);
        m_shownFile = index;
    }
    m_sides->pointAt(headLine, baseLine);
}

CodeView *ReviewPane::before() const
{
    return m_sides->before();
}

CodeView *ReviewPane::after() const
{
    return m_sides->after();
}

void ReviewPane::selectChange(const QModelIndex &index)
{
    const sr::RegistryChange *c = m_model->change(m_proxy->mapToSource(index).row());
    if (!c)
        return;
    const QString file = !c->headLocation.file.isEmpty() ? c->headLocation.file : c->baseLocation.file;
    for (qsizetype i = 0; i < m_files.size(); ++i) {
        if (m_files.at(i).path == file || (i == 0 && m_files.size() == 1)) {
            showFile(int(i), c->headLocation.file == m_files.at(i).path ? c->headLocation.line - 1 : -1,
                     c->baseLocation.file == m_files.at(i).path ? c->baseLocation.line - 1 : -1);
            break;
        }
    }
    followSelection();
    // The changed service becomes current: the Graph tab lights everything it reaches.
    if (c->scope != QLatin1String("global") && c->scope != m_workspace->currentProject())
        m_workspace->setCurrentScope(c->scope);
    m_workspace->setCurrentService(c->service);
}

bool ReviewPane::exportGuide(const QString &fileName)
{
    if (!m_review)
        return false;
    QSaveFile file(fileName);
    const QByteArray markdown = sr::ApproverReviewFormat(*m_review).render(sr::ReportFormat::Markdown);
    return file.open(QIODevice::WriteOnly) && file.write(markdown) == markdown.size() && file.commit();
}

void ReviewPane::chooseGuideFile()
{
    QSettings settings;
    const QString file = QFileDialog::getSaveFileName(
        this, tr("Export the review"), settings.value(QStringLiteral("review/guideFile"), QStringLiteral("review.md")).toString(),
        tr("Markdown (*.md)"));
    if (file.isEmpty())
        return;
    settings.setValue(QStringLiteral("review/guideFile"), file);
    if (!exportGuide(file))
        m_summary->setText(tr("Cannot write %1").arg(file));
}

void ReviewPane::updatePanelTitles(const QString &service)
{
    if (!m_review)
        return;
    const int pending = int(std::count_if(m_review->approvals.cbegin(), m_review->approvals.cend(),
                                          [](const sr::ApproverReview::ApprovalState &a) { return !a.given(); }));
    m_panels->setTabText(
        0,
        m_review->approvals.isEmpty() && !m_review->required.changes.isEmpty()
            ? tr("Approvals (no group named; %1 of %2 given)").arg(m_review->approvers).arg(m_review->required.minApprovals)
            : tr("Approvals (%1 of %2 pending)").arg(pending).arg(m_review->approvals.size()));
    m_panels->setTabText(
        1, tr("Policy findings (%1 new, %2 fixed)").arg(m_review->newFindings.size()).arg(m_review->fixedFindings.size()));
    m_panels->setTabText(2,
                         service.isEmpty() ? tr("Running (%1)").arg(m_review->running.size())
                                           : tr("Running: %1 (%2)").arg(service).arg(m_running->rowCount()));
}

void ReviewPane::startApproverReview(std::shared_ptr<const sr::ChangeReview> review)
{
    m_verdict->setStyleSheet(QString());
    m_verdict->setText(tr("Reviewing: policies at both ends, approvals, what runs and what generate would change…"));
    m_verdict->show();
    setProperty("busy", true);
    m_approverJob.start(
        [review](JobControl &) -> std::optional<std::shared_ptr<sr::ApproverReview>> {
            sr::ReviewRecords unread;
            unread.unread = QObject::tr("the deployment store is being read");
            return std::make_shared<sr::ApproverReview>(sr::ApproverReview::of(*review, unread, QDate::currentDate()));
        },
        [this](std::shared_ptr<sr::ApproverReview> approver) {
            setProperty("busy", false);
            m_unread = approver;
            m_review = approver;
            showReview();
            followSelection();
            Q_EMIT reviewed();
            readRecords();
        });
}

void ReviewPane::followSelection()
{
    const sr::RegistryChange *c = m_model->change(m_proxy->mapToSource(m_view->currentIndex()).row());
    if (!c) {
        m_graph->showReach({}, {});
        return;
    }
    m_graph->showReach(m_review, c->scope + QLatin1Char('/') + c->service);
    m_running->setChanged(c->scope, c->service);
    m_approvals->setHighlighted(c->scope + QLatin1Char('/') + c->service);
    updatePanelTitles(c->service);
}

void ReviewPane::showReview()
{
    m_findings->setReview(m_review);
    m_running->setReview(m_review);
    m_approvals->setReview(m_review);
    for (QTableView *view : m_panels->findChildren<QTableView *>())
        view->resizeColumnsToContents();
    const sr::RegistryChange *selected = m_model->change(m_proxy->mapToSource(m_view->currentIndex()).row());
    updatePanelTitles(selected ? selected->service : QString());
    if (!m_review)
        return; // startApproverReview() says what is coming
    QString colour;
    QString title;
    switch (m_review->verdict) {
    case sr::ReviewVerdict::Blocked:
        colour = Appearance::severityColor(sr::Severity::Error).name();
        title = tr("Blocked");
        break;
    case sr::ReviewVerdict::NeedsApproval:
        colour = Appearance::severityColor(sr::Severity::Warning).name();
        title = tr("Needs approval");
        break;
    case sr::ReviewVerdict::Ok:
        colour = Appearance::severityColor(sr::Severity::Note).name();
        title = tr("OK");
        break;
    }
    QStringList reasons;
    for (const QString &reason : m_review->reasons)
        reasons.append(reason.toHtmlEscaped());
    m_verdict->setText(QStringLiteral("<span style=\"color:%1; font-weight:bold;\">%2</span> — %3")
                           .arg(colour, title, reasons.join(QStringLiteral(" · "))));
    m_verdict->setStyleSheet(QStringLiteral("QLabel#reviewVerdict { border: 1px solid %1; border-radius: 3px; }").arg(colour));
    m_verdict->show();
}

void ReviewPane::readRecords()
{
    m_awaitingStore = false;
    if (!m_unread || !m_store || !m_store->hasUrl())
        return;
    if (!m_store->client()->isOpen()) {
        m_awaitingStore = true; // the opened() signal comes back here
        m_store->ensureOpen();
        return;
    }
    const QString base = m_baseCommit;
    const QString head = m_headCommit;
    setProperty("busy", true);
    m_readingRecords = true;
    m_store->client()->run<StoreView>(
        QStringLiteral("review-records"), this,
        [base, head](sr::DeploymentStore &store) -> std::optional<StoreView> {
            StoreView view;
            view.identity = store.identity();
            const auto current = store.current();
            if (!current)
                return std::nullopt;
            for (const sr::CurrentVersion &c : *current)
                view.records.running.append({c.project, c.service, c.target, c.region, c.version, c.previousVersion});
            if (base.isEmpty() || head.isEmpty()) {
                view.records.unread = QObject::tr("approvals name two commits; choose a commit as the head");
                return view;
            }
            const auto given = store.approvals(base, head);
            if (!given)
                return std::nullopt;
            for (const sr::Approval &a : *given)
                view.records.approvals.append({a.group, a.approver, a.approved});
            view.records.read = true;
            return view;
        },
        [this, unread = m_unread](StoreView view) {
            setProperty("busy", false);
            m_readingRecords = false;
            if (unread != m_unread)
                return; // another comparison came meanwhile
            auto review = std::make_shared<sr::ApproverReview>(*m_unread);
            review->applyRecords(view.records);
            m_review = review;
            m_identity = view.identity;
            showReview();
            followSelection();
            Q_EMIT recordsRead();
        });
}

void ReviewPane::updateApproveButton()
{
    const sr::ApproverReview::ApprovalState *state = m_approvals->state(m_approvalView->currentIndex().row());
    const QString group
        = state ? state->required.group.mid(state->required.group.startsWith(QLatin1Char('@')) ? 1 : 0) : QString();
    const auto member = std::find_if(m_baseGroups.cbegin(), m_baseGroups.cend(),
                                     [&group](const sr::GovernanceGroup &g) { return g.name == group; });
    QString why;
    if (!state)
        why = tr("Select a group of the approvals list");
    else if (m_baseCommit.isEmpty() || m_headCommit.isEmpty())
        why = tr("Approvals name two commits: choose a commit as the base and the head");
    else if (m_identity.isEmpty())
        why = tr("The deployment store has not answered yet (Settings name it)");
    else if (member == m_baseGroups.cend())
        why = tr("%1 is not a group of policies/governance.toml at the base").arg(state->required.group);
    else if (!member->members.contains(m_identity))
        why = tr("Only members of %1 may approve for it (%2); you are %3")
                  .arg(state->required.group, member->members.join(QStringLiteral(", ")), m_identity);
    m_approve->setText(state ? tr("&Approve as %1…").arg(state->required.group) : tr("&Approve as…"));
    m_approve->setEnabled(why.isEmpty() && !state->approvedBy.contains(m_identity));
    m_approve->setToolTip(
        why.isEmpty()
            ? tr("Record your approval of %1 → %2 for %3, with a comment").arg(m_baseName, m_headName, state->required.group)
            : why);
}

void ReviewPane::askApproval()
{
    const int row = m_approvalView->currentIndex().row();
    const sr::ApproverReview::ApprovalState *state = m_approvals->state(row);
    if (!state)
        return;
    bool ok = false;
    const QString comment = QInputDialog::getText(
        this, tr("Approve as %1").arg(state->required.group),
        tr("You approve %1 → %2 for %3. What did you check?").arg(m_baseName, m_headName, state->required.group),
        QLineEdit::Normal, QString(), &ok);
    if (ok)
        approve(row, comment);
}

void ReviewPane::approve(int row, const QString &comment)
{
    const sr::ApproverReview::ApprovalState *state = m_approvals->state(row);
    if (!state || !m_store || m_baseCommit.isEmpty() || m_headCommit.isEmpty())
        return;
    QString group = state->required.group;
    if (group.startsWith(QLatin1Char('@')))
        group.remove(0, 1);
    QStringList members;
    for (const sr::GovernanceGroup &g : std::as_const(m_baseGroups)) {
        if (g.name == group)
            members = g.members;
    }
    const sr::Approval approval{m_baseCommit, m_headCommit, group, {}, comment, {}};
    m_approving = true;
    m_store->client()->run<bool>(
        QStringLiteral("review-approve"), this,
        [approval, members](sr::DeploymentStore &store) -> std::optional<bool> {
            // The store checks membership again and refuses anyone else (Failure::Denied).
            return store.approve(approval, members) ? std::optional<bool>(true) : std::nullopt;
        },
        [this](bool) {
            m_approving = false;
            readRecords();
        });
}
