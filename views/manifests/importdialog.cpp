#include "importdialog.h"

#include "appearance.h"
#include "sidebysideview.h"

#include "import/composeimporter.h"
#include "import/kubernetesimporter.h"
#include "import/registryimport.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

const QString folderKey = QStringLiteral("import/folder");

QString outcomeText(sr::ImportOutcome outcome)
{
    switch (outcome) {
    case sr::ImportOutcome::Carried:
        return ImportDialog::tr("carried");
    case sr::ImportOutcome::Approximated:
        return ImportDialog::tr("approximated");
    case sr::ImportOutcome::NotCarried:
        return ImportDialog::tr("not carried");
    }
    return {};
}

QStringList splitPaths(const QString &text)
{
    QStringList out;
    for (const QString &p : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        if (!p.trimmed().isEmpty())
            out.append(p.trimmed());
    }
    return out;
}

} // namespace

ImportDialog::ImportDialog(sr::RegistryPtr registry, QString root, QWidget *parent)
    : QDialog(parent)
    , m_registry(std::move(registry))
    , m_root(std::move(root))
    , m_source(new QComboBox(this))
    , m_paths(new QLineEdit(this))
    , m_project(new QComboBox(this))
    , m_status(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_report(new QTreeWidget(this))
    , m_files(new QListWidget(this))
    , m_sides(new SideBySideView(this))
    , m_import(nullptr)
    , m_job(this)
{
    setWindowTitle(tr("Import Compose Files or Kubernetes Manifests"));
    setObjectName(QStringLiteral("importDialog"));
    m_source->addItem(tr("Compose files"), QStringLiteral("compose"));
    m_source->addItem(tr("Kubernetes manifests"), QStringLiteral("kubernetes"));
    m_source->setObjectName(QStringLiteral("importSource"));
    m_paths->setObjectName(QStringLiteral("importPaths"));
    m_paths->setPlaceholderText(tr("docker-compose.yml, or manifest files and folders (separated by ;)"));
    m_paths->setClearButtonEnabled(true);
    m_project->setEditable(true);
    m_project->setObjectName(QStringLiteral("importProject"));
    m_project->setInsertPolicy(QComboBox::NoInsert);
    if (m_registry) {
        for (const sr::Project &p : m_registry->projects)
            m_project->addItem(p.name);
    }
    m_project->setCurrentText(QString());
    m_project->lineEdit()->setPlaceholderText(tr("a project of the registry, or a new one"));

    auto *addFiles = new QPushButton(tr("Add &Files…"), this);
    auto *addFolder = new QPushButton(tr("Add F&older…"), this);
    auto *pathsRow = new QHBoxLayout;
    pathsRow->addWidget(m_paths, 1);
    pathsRow->addWidget(addFiles);
    pathsRow->addWidget(addFolder);
    auto *form = new QFormLayout;
    form->addRow(tr("&Source:"), m_source);
    auto *filesLabel = new QLabel(tr("F&iles:"), this);
    filesLabel->setBuddy(m_paths);
    form->addRow(filesLabel, pathsRow);
    form->addRow(tr("&Project:"), m_project);

    m_status->setObjectName(QStringLiteral("importStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_report->setObjectName(QStringLiteral("importReport"));
    m_report->setColumnCount(3);
    m_report->setHeaderLabels({tr("Object and field"), tr("Outcome"), tr("How, or why not")});
    m_report->setRootIsDecorated(true);
    m_report->setUniformRowHeights(true);
    m_report->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_report->header()->setStretchLastSection(true);
    m_report->setColumnWidth(0, 440);
    m_report->setColumnWidth(1, 110);
    m_files->setObjectName(QStringLiteral("importFiles"));
    auto *changes = new QSplitter(Qt::Vertical, this);
    changes->addWidget(m_files);
    changes->addWidget(m_sides);
    changes->setStretchFactor(0, 1);
    changes->setStretchFactor(1, 5);
    m_tabs->addTab(m_report, tr("&Report"));
    m_tabs->addTab(changes, tr("&Changes"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setEnabled(false);
    m_import->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_import, &QPushButton::clicked, this, [this] {
        if (importFiles())
            accept();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);

    // A preview whenever the inputs settle (typing a path or a project name).
    auto *settle = new QTimer(this);
    settle->setSingleShot(true);
    settle->setInterval(400);
    connect(settle, &QTimer::timeout, this, &ImportDialog::preview);
    connect(m_paths, &QLineEdit::textChanged, settle, qOverload<>(&QTimer::start));
    connect(m_project, &QComboBox::currentTextChanged, settle, qOverload<>(&QTimer::start));
    connect(m_source, &QComboBox::currentIndexChanged, this, &ImportDialog::preview);
    connect(addFiles, &QPushButton::clicked, this, &ImportDialog::addFiles);
    connect(addFolder, &QPushButton::clicked, this, &ImportDialog::addFolder);
    connect(m_files, &QListWidget::currentRowChanged, this, &ImportDialog::showFile);
    m_status->setText(tr("Choose the files a project runs today and the project they go to. Nothing is written until you "
                         "press Import."));
    resize(1200, 820);
}

ImportDialog::~ImportDialog() = default;

bool ImportDialog::isComposeFile(const QString &path)
{
    QFile file(path);
    if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly))
        return false;
    // A top-level "services:" key; manifests have apiVersion and kind instead.
    while (!file.atEnd()) {
        const QByteArray line = file.readLine(4096);
        if (line.startsWith("services:"))
            return true;
        if (line.startsWith("apiVersion:") || line.startsWith("kind:"))
            return false;
    }
    return false;
}

void ImportDialog::setInputs(const QStringList &paths, const QString &project)
{
    if (!paths.isEmpty())
        m_source->setCurrentIndex(isComposeFile(paths.first()) ? 0 : 1);
    m_project->setCurrentText(project);
    m_paths->setText(paths.join(QStringLiteral("; ")));
    preview();
}

void ImportDialog::addFiles()
{
    QSettings settings;
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Compose Files or Manifests"),
                                                            settings.value(folderKey, QDir::homePath()).toString(),
                                                            tr("YAML files (*.yaml *.yml);;All files (*)"));
    if (files.isEmpty())
        return;
    settings.setValue(folderKey, QFileInfo(files.first()).absolutePath());
    QStringList paths = splitPaths(m_paths->text()) + files;
    setInputs(paths, m_project->currentText());
}

void ImportDialog::addFolder()
{
    QSettings settings;
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Folder of Manifests"),
                                                             settings.value(folderKey, QDir::homePath()).toString());
    if (folder.isEmpty())
        return;
    settings.setValue(folderKey, folder);
    m_source->setCurrentIndex(1);
    setInputs(splitPaths(m_paths->text()) << folder, m_project->currentText());
}

void ImportDialog::preview()
{
    const QStringList paths = splitPaths(m_paths->text());
    const QString project = m_project->currentText().trimmed();
    m_import->setEnabled(false);
    m_plan.reset();
    if (paths.isEmpty() || project.isEmpty() || !m_registry) {
        m_job.cancel();
        return;
    }
    const bool compose = m_source->currentData().toString() == QLatin1String("compose");
    m_previewing = true;
    m_status->setText(tr("Reading %n file(s) or folder(s)…", nullptr, int(paths.size())));
    sr::RegistryImport::Options options;
    options.project = project;
    options.diff = true;
    const sr::RegistryPtr registry = m_registry;
    m_job.start(
        [paths, compose, options,
         registry](JobControl &) -> std::optional<std::pair<std::shared_ptr<sr::RegistryImport>, QString>> {
            sr::ImportError problem;
            const auto imported
                = compose ? sr::ComposeImporter::read(paths, &problem) : sr::KubernetesImporter::read(paths, &problem);
            if (!imported)
                return std::pair{std::shared_ptr<sr::RegistryImport>(), problem.text()};
            QString error;
            auto plan = sr::RegistryImport::plan(registry, *imported, options, &error);
            if (!plan)
                return std::pair{std::shared_ptr<sr::RegistryImport>(), error};
            return std::pair{std::make_shared<sr::RegistryImport>(std::move(*plan)), QString()};
        },
        [this](std::pair<std::shared_ptr<sr::RegistryImport>, QString> result) { showPlan(result.first, result.second); });
}

void ImportDialog::showPlan(std::shared_ptr<sr::RegistryImport> plan, const QString &error)
{
    m_previewing = false;
    m_plan = std::move(plan);
    m_report->clear();
    m_files->clear();
    m_sides->showTexts(QString(), QString(), QString());
    if (!m_plan) {
        m_status->setText(tr("Cannot import: %1").arg(error.toHtmlEscaped()).replace(QLatin1Char('\n'), QStringLiteral("<br>")));
        Q_EMIT previewed();
        return;
    }
    const sr::ImportReport &report = m_plan->report();
    // One row per object, what needs a look first: objects with facts not carried, then
    // approximated, then those carried whole (folded).
    QStringList order;
    QHash<QString, QList<const sr::ImportFact *>> byObject;
    for (const sr::ImportFact &f : report.facts) {
        if (!byObject.contains(f.object))
            order.append(f.object);
        byObject[f.object].append(&f);
    }
    auto worst = [&](const QString &object) {
        int rank = 0;
        for (const sr::ImportFact *f : byObject.value(object))
            rank = std::max(rank,
                            f->outcome == sr::ImportOutcome::NotCarried         ? 2
                                : f->outcome == sr::ImportOutcome::Approximated ? 1
                                                                                : 0);
        return rank;
    };
    std::stable_sort(order.begin(), order.end(), [&](const QString &a, const QString &b) { return worst(a) > worst(b); });
    for (const QString &name : std::as_const(order)) {
        QString heading = name;
        for (const auto &s : report.services) {
            if (s.object == name)
                heading = tr("%1 → %2 (%3)").arg(name, s.id, s.as);
        }
        int approximated = 0;
        int notCarried = 0;
        for (const sr::ImportFact *f : byObject.value(name)) {
            approximated += f->outcome == sr::ImportOutcome::Approximated;
            notCarried += f->outcome == sr::ImportOutcome::NotCarried;
        }
        auto *object = new QTreeWidgetItem(m_report, {heading});
        object->setText(1,
                        notCarried         ? tr("%n not carried", nullptr, notCarried)
                            : approximated ? tr("%n approximated", nullptr, approximated)
                                           : tr("all carried"));
        QFont bold = object->font(0);
        bold.setBold(true);
        object->setFont(0, bold);
        for (const sr::ImportFact *f : byObject.value(name)) {
            auto *item = new QTreeWidgetItem(object, {f->field, outcomeText(f->outcome), f->note});
            item->setToolTip(2, f->note);
            if (f->outcome != sr::ImportOutcome::Carried)
                item->setForeground(1,
                                    Appearance::severityColor(f->outcome == sr::ImportOutcome::NotCarried
                                                                  ? sr::Severity::Error
                                                                  : sr::Severity::Warning));
        }
        object->setExpanded(notCarried || approximated);
    }
    for (const auto &file : report.files)
        m_files->addItem(file.created ? tr("%1  (new)").arg(file.path) : file.path);
    if (m_files->count())
        m_files->setCurrentRow(0);
    const QString totals
        = tr("%n service(s) into project %1: %2 carried, %3 approximated, %4 not carried.", nullptr, int(report.services.size()))
              .arg(report.project)
              .arg(report.count(sr::ImportOutcome::Carried))
              .arg(report.count(sr::ImportOutcome::Approximated))
              .arg(report.count(sr::ImportOutcome::NotCarried));
    if (!report.errors.isEmpty()) {
        QStringList lines;
        for (const sr::Diagnostic &d : report.errors)
            lines << QStringLiteral("%1:%2: %3").arg(d.location.file).arg(d.location.line).arg(d.message).toHtmlEscaped();
        m_status->setText(tr("%1<br><b>The registry would have %n error(s), so nothing can be imported:</b><br>%2", nullptr,
                             int(report.errors.size()))
                              .arg(totals.toHtmlEscaped(), lines.join(QStringLiteral("<br>"))));
    } else if (report.files.isEmpty()) {
        m_status->setText(tr("%1 The registry already holds all of it: nothing to write.").arg(totals));
    } else {
        m_status->setText(
            tr("%1 Check what is approximated or not carried, then Import writes %n file(s).", nullptr, int(report.files.size()))
                .arg(totals));
        m_import->setEnabled(true);
    }
    Q_EMIT previewed();
}

void ImportDialog::showFile(int row)
{
    if (!m_plan || row < 0 || row >= m_plan->files().size())
        return;
    const sr::FileContent &file = m_plan->files().at(row);
    QByteArray before;
    const auto content = m_registry->source->read(file.path, 8 * 1024 * 1024);
    if (content.status == sr::RegistrySource::Content::Ok)
        before = content.bytes;
    m_sides->showTexts(file.path, QString::fromUtf8(before), QString::fromUtf8(file.content));
}

bool ImportDialog::importFiles()
{
    if (!m_plan || !m_plan->report().errors.isEmpty() || m_plan->files().isEmpty())
        return false;
    QString error;
    if (!m_plan->write(m_root, &error)) {
        m_status->setText(tr("Nothing was written: %1").arg(error.toHtmlEscaped()));
        return false;
    }
    const sr::ImportReport &report = m_plan->report();
    m_summary
        = tr("Imported %n service(s) into project %1: %2 approximated, %3 not carried.", nullptr, int(report.services.size()))
              .arg(report.project)
              .arg(report.count(sr::ImportOutcome::Approximated))
              .arg(report.count(sr::ImportOutcome::NotCarried));
    return true;
}
