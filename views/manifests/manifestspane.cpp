#include "manifestspane.h"

#include "codeview.h"
#include "exportpreviewdialog.h"
#include "generate/generatedoutput.h"
#include "generate/generationcontext.h"
#include "generatedfilemodel.h"
#include "importdialog.h"
#include "itemviews.h"
#include "workspace.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

namespace {

const sr::Generator *generatorOf(const QComboBox *formats)
{
    return sr::Generator::find(formats->currentData().toString());
}

} // namespace

ManifestsPane::ManifestsPane(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new GeneratedFileModel(this))
    , m_project(new QComboBox(this))
    , m_target(new QComboBox(this))
    , m_region(new QComboBox(this))
    , m_format(new QComboBox(this))
    , m_repository(new QLineEdit(this))
    , m_export(new QPushButton(tr("&Export…"), this))
    , m_import(new QPushButton(tr("&Import…"), this))
    , m_files(new QListView(this))
    , m_code(new CodeView(this))
    , m_message(new QLabel(this))
    , m_job(this)
{
    for (const sr::Generator *generator : sr::Generator::all())
        m_format->addItem(QCoreApplication::translate("Generator", generator->displayName()), generator->format());
    m_project->setObjectName(QStringLiteral("manifestProject"));
    m_project->setToolTip(tr("The project to generate"));
    m_target->setObjectName(QStringLiteral("manifestTarget"));
    m_target->setToolTip(tr("The deployment target of deployment.toml"));
    m_region->setObjectName(QStringLiteral("manifestRegion"));
    m_region->setToolTip(tr("Kubernetes: the base and one region's overlay"));
    m_format->setObjectName(QStringLiteral("manifestFormat"));
    m_format->setToolTip(tr("The output format"));
    for (QComboBox *box : {m_project, m_target, m_region, m_format})
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_repository->setObjectName(QStringLiteral("manifestRepository"));
    m_repository->setPlaceholderText(tr("Repository URL Argo CD and Flux read the files from"));
    m_repository->setClearButtonEnabled(true);
    m_repository->setText(QSettings().value(QStringLiteral("manifests/repositoryUrl")).toString());
    m_export->setToolTip(tr("Write these files into a folder, as service-registry generate does (Ctrl+E)"));
    m_export->setShortcut(QKeySequence(tr("Ctrl+E")));
    m_files->setModel(m_model);
    m_files->setObjectName(QStringLiteral("manifestFiles"));
    m_files->setUniformItemSizes(true);
    m_code->setObjectName(QStringLiteral("manifestText"));
    m_message->setObjectName(QStringLiteral("manifestMessage"));
    m_message->setWordWrap(true);
    m_message->hide();

    auto *bar = new QHBoxLayout;
    bar->addWidget(fieldLabel(tr("&Project:"), m_project, this));
    bar->addWidget(m_project);
    bar->addWidget(fieldLabel(tr("&Target:"), m_target, this));
    bar->addWidget(m_target);
    bar->addWidget(fieldLabel(tr("&Region:"), m_region, this));
    bar->addWidget(m_region);
    bar->addWidget(fieldLabel(tr("&Format:"), m_format, this));
    bar->addWidget(m_format);
    bar->addWidget(m_repository, 1);
    bar->addStretch();
    bar->addWidget(m_export);
    bar->addWidget(m_import);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_files);
    splitter->addWidget(m_code);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 4);
    splitter->setSizes({300, 900});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);

    connect(m_project, &QComboBox::currentIndexChanged, this, [this] {
        if (m_filling)
            return;
        fillTargets();
        regenerate();
    });
    for (QComboBox *box : {m_target, m_format}) {
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_filling)
                regenerate();
        });
    }
    connect(m_target, &QComboBox::activated, this, [this] { m_chosenTarget = m_target->currentData().toString(); });
    connect(m_region, &QComboBox::activated, this, [this] { m_chosenRegion = m_region->currentData().toString(); });
    connect(m_region, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            showFiles(m_all, {});
    });
    connect(m_repository, &QLineEdit::editingFinished, this, [this] {
        QSettings().setValue(QStringLiteral("manifests/repositoryUrl"), m_repository->text().trimmed());
        regenerate();
    });
    connect(m_files->selectionModel(), &QItemSelectionModel::currentChanged, this, &ManifestsPane::showCurrentFile);
    connect(m_export, &QPushButton::clicked, this, &ManifestsPane::chooseExportFolder);
    m_import->setObjectName(QStringLiteral("manifestImport"));
    m_import->setToolTip(tr("Bring a project in from its Compose files or Kubernetes manifests, with a report of what is "
                            "carried (Ctrl+I)"));
    connect(m_import, &QPushButton::clicked, this, &ManifestsPane::askImport);
    connect(m_workspace, &Workspace::registryChanged, this, [this] {
        fillProjects();
        regenerate();
    });
    connect(m_workspace, &Workspace::scopeChanged, this, [this] {
        const int index = m_project->findData(m_workspace->currentProject());
        if (index >= 0 && index != m_project->currentIndex())
            m_project->setCurrentIndex(index); // regenerates
    });
    connect(m_workspace, &Workspace::currentServiceChanged, this, &ManifestsPane::followService);
    fillProjects();
    regenerate();
}

void ManifestsPane::fillProjects()
{
    const sr::RegistryPtr registry = m_workspace->registry();
    const QString previous = m_project->currentData().toString();
    m_filling = true;
    m_project->clear();
    if (registry) {
        for (const sr::Project &p : registry->projects)
            m_project->addItem(p.name, p.name);
    }
    int index = m_project->findData(m_workspace->currentProject());
    if (index < 0)
        index = m_project->findData(previous);
    m_project->setCurrentIndex(std::max(0, index));
    m_filling = false;
    fillTargets();
}

void ManifestsPane::fillTargets()
{
    const sr::RegistryPtr registry = m_workspace->registry();
    const sr::Project *project = registry ? registry->project(m_project->currentData().toString()) : nullptr;
    // The project's default target, unless the user picked one this project has too.
    const QString previousTarget = m_chosenTarget;
    const QString previousRegion = m_chosenRegion;
    m_filling = true;
    m_target->clear();
    m_region->clear();
    m_region->addItem(tr("All regions"), QString());
    const auto &deployment = project ? project->deployment : std::nullopt;
    if (deployment && !deployment->targets.isEmpty()) {
        for (const sr::DeploymentTarget &t : deployment->targets)
            m_target->addItem(t.name == deployment->defaultTarget ? tr("%1 (default)").arg(t.name) : t.name, t.name);
        int index = m_target->findData(previousTarget);
        if (index < 0)
            index = m_target->findData(deployment->defaultTarget);
        m_target->setCurrentIndex(std::max(0, index));
        if (const sr::DeploymentTarget *t = deployment->target(m_target->currentData().toString())) {
            for (const sr::Region &r : t->regions)
                m_region->addItem(r.name, r.name);
        }
    } else {
        m_target->addItem(QStringLiteral("default"), QStringLiteral("default"));
    }
    m_region->setCurrentIndex(std::max(0, m_region->findData(previousRegion)));
    m_filling = false;
}

void ManifestsPane::regenerate()
{
    const sr::RegistryPtr registry = m_workspace->registry();
    const sr::Generator *generator = generatorOf(m_format);
    m_repository->setVisible(generator->needsRepository());
    // Targets follow the project's; regions the target's (fillTargets keeps the choices).
    if (!m_filling && sender() == m_target) {
        m_filling = true;
        const QString region = m_chosenRegion;
        m_region->clear();
        m_region->addItem(tr("All regions"), QString());
        const sr::Project *project = registry ? registry->project(m_project->currentData().toString()) : nullptr;
        if (project && project->deployment) {
            if (const sr::DeploymentTarget *t = project->deployment->target(m_target->currentData().toString())) {
                for (const sr::Region &r : t->regions)
                    m_region->addItem(r.name, r.name);
            }
        }
        m_region->setCurrentIndex(std::max(0, m_region->findData(region)));
        m_filling = false;
    }
    m_region->setEnabled(generator->hasRegionOverlays() && m_region->count() > 1);
    if (!registry || m_project->count() == 0) {
        showFiles({}, registry ? tr("The registry has no projects to generate.") : QString());
        return;
    }
    // The registry may name its GitOps repository ([gitops] in governance.toml): the field
    // then overrides it, and shows it as its placeholder.
    const QString named = registry->policies.governance ? registry->policies.governance->gitops.url : QString();
    m_repository->setPlaceholderText(named.isEmpty() ? tr("Repository URL Argo CD and Flux read the files from")
                                                     : tr("%1 (the registry's; type to override)").arg(named));
    if (generator->needsRepository() && m_repository->text().trimmed().isEmpty() && named.isEmpty()) {
        m_job.cancel();
        showFiles({},
                  tr("%1 needs the URL of the git repository the generated files are committed to: enter it above.")
                      .arg(m_format->currentText()));
        return;
    }
    sr::GenerationRequest request;
    request.project = m_project->currentData().toString();
    request.target = m_target->currentData().toString();
    request.repositoryUrl = m_repository->text().trimmed();
    request.repositoryRevision = QSettings().value(QStringLiteral("manifests/repositoryRevision")).toString();
    m_pending = true;
    setProperty("busy", true);
    m_job.start(
        [registry, request, generator](JobControl &control) -> std::optional<Generated> {
            if (control.isCancelled())
                return std::nullopt;
            Generated out;
            const auto context = sr::GenerationContext::create(*registry, request, &out.error);
            if (context)
                out.files = generator->generate(*context);
            return out;
        },
        [this](Generated result) {
            m_pending = false;
            setProperty("busy", false);
            m_all = result.files;
            // Like the command line, nothing is exported from a registry with errors; the preview
            // shows what could be read.
            const int errors = sr::countBySeverity(m_workspace->diagnostics(), sr::Severity::Error);
            showFiles(m_all,
                      !result.error.isEmpty() || errors == 0
                          ? result.error
                          : tr("The registry has %n error(s) (see Problems): these files show what could be read, "
                               "and cannot be exported until they are fixed.",
                               nullptr, errors));
            Q_EMIT generated();
        });
}

void ManifestsPane::showFiles(const QList<sr::GeneratedFile> &files, const QString &error)
{
    const QString region = m_region->currentData().toString();
    QList<sr::GeneratedFile> shown;
    for (const sr::GeneratedFile &f : files) {
        // A region shows the base and that region's overlay.
        if (region.isEmpty() || !f.path.startsWith(QLatin1String("overlays/"))
            || f.path.startsWith(QStringLiteral("overlays/%1/").arg(region)))
            shown.append(f);
    }
    const QString previous = m_code->fileName();
    m_model->setFiles(shown);
    setMessage(error);
    m_export->setEnabled(!shown.isEmpty() && sr::countBySeverity(m_workspace->diagnostics(), sr::Severity::Error) == 0);
    if (shown.isEmpty()) {
        m_code->showText(QString(), QString());
        return;
    }
    int row = m_model->rowOf(previous);
    if (row < 0 && m_workspace->currentService()) {
        const QString id = m_workspace->currentServiceId();
        for (const QString &candidate : {QStringLiteral("base/%1.yaml").arg(id), QStringLiteral("%1.tf").arg(id)}) {
            if (row < 0)
                row = m_model->rowOf(candidate);
        }
    }
    m_files->setCurrentIndex(m_model->index(std::max(0, row)));
    showCurrentFile();
}

void ManifestsPane::showCurrentFile()
{
    const QModelIndex index = m_files->currentIndex();
    if (!index.isValid())
        return;
    m_code->showText(index.data(GeneratedFileModel::PathRole).toString(),
                     QString::fromUtf8(index.data(GeneratedFileModel::ContentRole).toByteArray()));
    followService();
}

void ManifestsPane::followService()
{
    const QString id = m_workspace->currentServiceId();
    if (id.isEmpty() || m_model->files().isEmpty())
        return;
    // Its own file where the format has one per service…
    for (const QString &candidate : {QStringLiteral("base/%1.yaml").arg(id), QStringLiteral("%1.tf").arg(id)}) {
        const int row = m_model->rowOf(candidate);
        if (row >= 0 && m_files->currentIndex().row() != row) {
            m_files->setCurrentIndex(m_model->index(row)); // shows it, then comes back here
            return;
        }
    }
    // …else the first place the current file names it: a Compose service, a KCL value, a rule.
    const QString name = QRegularExpression::escape(id);
    int line = m_code->findLine(QRegularExpression(QStringLiteral("^\\s{2,4}\"?%1\"?:\\s*(Service \\{)?$").arg(name)));
    if (line < 0)
        line = m_code->findLine(QRegularExpression(QStringLiteral("(name|service): \"?%1\"?$").arg(name)));
    if (line < 0 && m_code->fileName() == QStringLiteral("%1.tf").arg(id))
        line = 0;
    m_code->markLine(line);
}

QList<sr::GeneratedFile> ManifestsPane::filesToExport() const
{
    const QString prefix = m_project->currentData().toString() + QLatin1Char('/') + m_target->currentData().toString()
        + QLatin1Char('/') + m_format->currentData().toString() + QLatin1Char('/');
    QList<sr::GeneratedFile> out = m_all;
    for (sr::GeneratedFile &f : out)
        f.path.prepend(prefix);
    return out;
}

void ManifestsPane::chooseExportFolder()
{
    QSettings settings;
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Export %1 files of %2 (%3)").arg(m_format->currentText(), m_project->currentText(), m_target->currentText()),
        settings.value(QStringLiteral("manifests/exportFolder"), QDir::homePath()).toString());
    if (folder.isEmpty())
        return;
    settings.setValue(QStringLiteral("manifests/exportFolder"), folder);
    exportTo(folder);
}

void ManifestsPane::askImport()
{
    const sr::RegistryPtr registry = m_workspace->registry();
    if (!registry) {
        setMessage(tr("Open a registry first: the import writes into one of its projects."));
        return;
    }
    // The import writes the project's files; unsaved edits of them would be lost or clash.
    if (m_workspace->hasUnsavedBuffers()) {
        setMessage(tr("Save or undo your edits first: the import writes the registry's files."));
        return;
    }
    ImportDialog dialog(registry, m_workspace->root(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    setMessage(dialog.summary());
    m_workspace->reload();
}

bool ManifestsPane::exportTo(const QString &folder, bool confirm)
{
    if (const int errors = sr::countBySeverity(m_workspace->diagnostics(), sr::Severity::Error); errors > 0) {
        setMessage(tr("The registry has %n error(s): fix them before exporting (see Problems).", nullptr, errors));
        return false;
    }
    if (isGenerating()) {
        setMessage(tr("The files are still being generated; export again in a moment."));
        return false;
    }
    const QList<sr::GeneratedFile> files = filesToExport();
    const auto differences = sr::GeneratedOutput::compare(folder, files);
    if (differences.isEmpty()) {
        setMessage(tr("%1 already holds these %n file(s), unchanged.", nullptr, int(files.size())).arg(folder));
        return true;
    }
    // Files already there (changed, or to be removed): show what changes before writing.
    const bool replaces = std::any_of(differences.cbegin(), differences.cend(),
                                      [](const auto &d) { return d.kind != sr::GeneratedOutput::Difference::Missing; });
    if (confirm && replaces) {
        ExportPreviewDialog preview(folder, files, differences, this);
        if (preview.exec() != QDialog::Accepted)
            return false;
    }
    QString error;
    if (!sr::GeneratedOutput::write(folder, files, &error)) {
        setMessage(tr("Nothing more was written: %1").arg(error));
        return false;
    }
    setMessage(tr("Wrote %n file(s) to %1.", nullptr, int(differences.size())).arg(folder));
    return true;
}

void ManifestsPane::setMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    Q_EMIT messageChanged(text);
}
