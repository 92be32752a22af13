#include "reviewpane.h"

#include "analysis/changereportformat.h"
#include "analysis/changereview.h"
#include "catalog/registryloader.h"
#include "changemodel.h"
#include "codeview.h"
#include "itemviews.h"
#include "sidebysideview.h"
#include "workspace.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSet>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace {

constexpr const char *upgradePrefix = "upgrade:";

} // namespace

ReviewPane::ReviewPane(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new ChangeModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_base(new QComboBox(this))
    , m_head(new QComboBox(this))
    , m_compare(new QPushButton(tr("&Compare"), this))
    , m_export(new QPushButton(tr("Export &migration guide…"), this))
    , m_filter(new QLineEdit(this))
    , m_view(makeTableView(this))
    , m_summary(new QLabel(this))
    , m_file(new QComboBox(this))
    , m_sides(new SideBySideView(this))
    , m_job(this)
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
    m_export->setToolTip(tr("Save the changes and a migration guide for each breaking one, as Markdown for a pull request"));
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
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

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
            r.report = std::move(review->report());
            r.head = review->head();
            r.baseName = review->baseName();
            r.headName = review->headName();
            r.files = review->changedFiles();
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
    // The changed service becomes current: the Graph tab lights everything it reaches.
    if (c->scope != QLatin1String("global") && c->scope != m_workspace->currentProject())
        m_workspace->setCurrentScope(c->scope);
    m_workspace->setCurrentService(c->service);
}

bool ReviewPane::exportGuide(const QString &fileName)
{
    if (!m_headRegistry)
        return false;
    QSaveFile file(fileName);
    const QByteArray markdown
        = sr::ChangeReportFormat(m_model->report(), *m_headRegistry, m_baseName, m_headName).render(sr::ReportFormat::Markdown);
    return file.open(QIODevice::WriteOnly) && file.write(markdown) == markdown.size() && file.commit();
}

void ReviewPane::chooseGuideFile()
{
    QSettings settings;
    const QString file = QFileDialog::getSaveFileName(
        this, tr("Export the migration guide"),
        settings.value(QStringLiteral("review/guideFile"), QStringLiteral("migration-guide.md")).toString(),
        tr("Markdown (*.md)"));
    if (file.isEmpty())
        return;
    settings.setValue(QStringLiteral("review/guideFile"), file);
    if (!exportGuide(file))
        m_summary->setText(tr("Cannot write %1").arg(file));
}
