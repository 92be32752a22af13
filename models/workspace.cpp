#include "workspace.h"

#include "analysis/validator.h"
#include "catalog/registryloader.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QSet>
#include <QTimer>

namespace {
// The source viewer shows what the loader would read, and no more.
constexpr qint64 maxViewBytes = qint64(8) * 1024 * 1024;
} // namespace

Workspace::Workspace(QObject *parent)
    : QObject(parent)
    , m_loader(this)
    , m_watcher(new QFileSystemWatcher(this))
    , m_reloadTimer(new QTimer(this))
{
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(400);
    connect(m_reloadTimer, &QTimer::timeout, this, &Workspace::reload);
    auto changed = [this] {
        ++m_diskChanges;
        if (m_autoReload && !m_root.isEmpty())
            m_reloadTimer->start();
    };
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, changed);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, changed);
}

Workspace::~Workspace() = default;

bool Workspace::open(const QString &root)
{
    const QString absolute = QDir(root).absolutePath();
    if (!QFileInfo(absolute).isDir()) {
        Q_EMIT loadFailed(tr("Cannot open %1: the folder does not exist. Choose a registry folder with File › Open.")
                              .arg(QDir::toNativeSeparators(absolute)));
        return false;
    }
    if (absolute != m_root) {
        m_buffers.clear();
        m_touched.clear();
        m_root = absolute;
    }
    ++m_diskChanges;
    startLoad();
    return true;
}

void Workspace::reload()
{
    ++m_diskChanges; // asked for: read every file again
    if (!m_root.isEmpty())
        startLoad();
}

bool Workspace::isLoading() const
{
    return m_loader.isRunning();
}

void Workspace::startLoad()
{
    m_reloadTimer->stop();
    sr::RegistrySourcePtr source = std::make_shared<sr::FolderSource>(m_root);
    if (!m_buffers.isEmpty())
        source = std::make_shared<sr::OverlaySource>(source, m_buffers);
    Q_EMIT loadStarted();
    // The newest snapshot and its caches, when it is of this registry: only what changed
    // since is read, resolved, validated and evaluated again.
    const bool sameRegistry = m_registry && m_registry->root == m_root;
    std::optional<QSet<QString>> changedFiles;
    if (sameRegistry && m_diskChangesLoaded == m_diskChanges)
        changedFiles = m_touched; // nothing changed on disk: only the edited buffers are read
    m_loader.start(
        [source, previous = sameRegistry ? m_registry : nullptr, changedFiles, diskChanges = m_diskChanges, touched = m_touched,
         validationCache = sameRegistry ? m_validationCache : nullptr,
         policyCache = sameRegistry ? m_policyCache : nullptr](JobControl &control) -> std::optional<LoadResult> {
            QElapsedTimer timer;
            timer.start();
            sr::RegistryLoader::Options options;
            options.cancelled = [&control] { return control.isCancelled(); };
            options.progress = [&control](int done, int total) { control.setProgress(done, total + 1); };
            options.previous = previous;
            options.changedFiles = changedFiles;
            LoadResult result;
            result.diskChanges = diskChanges;
            result.touched = touched;
            result.registry = sr::RegistryLoader::load(source, options);
            if (!result.registry || control.isCancelled())
                return std::nullopt; // superseded: its memory goes now, not when the window closes
            auto validation = std::make_shared<sr::ValidationCache>();
            result.diagnostics = sr::Validator::validate(*result.registry, validationCache.get(), validation.get());
            if (control.isCancelled())
                return std::nullopt;
            auto policies = std::make_shared<sr::PolicyCache>();
            result.policies = sr::PolicyEngine::evaluate(*result.registry, QDate::currentDate(), sr::PolicyEngine::Scope::All,
                                                         policyCache.get(), policies.get());
            result.problems = result.diagnostics + result.policies.asDiagnostics();
            result.validationCache = std::move(validation);
            result.policyCache = std::move(policies);
            result.elapsedMs = timer.elapsed();
            return result;
        },
        [this](LoadResult result) { onLoaded(std::move(result)); },
        [this](int done, int total) { Q_EMIT loadProgress(done, total); });
}

void Workspace::onLoaded(LoadResult result)
{
    std::swap(m_registry, result.registry);
    std::swap(m_diagnostics, result.diagnostics);
    std::swap(m_policyReport, result.policies);
    std::swap(m_problems, result.problems);
    std::swap(m_validationCache, result.validationCache);
    std::swap(m_policyCache, result.policyCache);
    m_lastLoadMs = result.elapsedMs;
    m_diskChangesLoaded = result.diskChanges;
    m_touched -= result.touched;
    // The scope and service survive a reload when they still exist.
    if (!m_project.isEmpty() && !m_registry->project(m_project))
        m_project.clear();
    watchFiles();
    Q_EMIT registryChanged();
    // The superseded snapshot is freed on a worker: on a large registry that takes longer
    // than everything the GUI thread does with the new one.
    (void)QtConcurrent::run([superseded = std::move(result)] { (void)superseded; });
}

void Workspace::setCurrentScope(const QString &project, const QString &pattern)
{
    if (project == m_project && pattern == m_pattern)
        return;
    m_project = project;
    m_pattern = project.isEmpty() ? pattern : QString();
    Q_EMIT scopeChanged();
}

QList<sr::ResolvedService> Workspace::scopeServices() const
{
    if (!m_registry)
        return {};
    if (m_project.isEmpty())
        return m_registry->globalView;
    const sr::Project *project = m_registry->project(m_project);
    return project ? project->resolved : QList<sr::ResolvedService>();
}

QStringList Workspace::patternMembers() const
{
    return m_registry && !m_pattern.isEmpty() ? m_registry->catalog.patternMembers(m_pattern) : QStringList();
}

void Workspace::setCurrentService(const QString &id)
{
    if (id == m_serviceId)
        return;
    m_serviceId = id;
    Q_EMIT currentServiceChanged();
}

const sr::ResolvedService *Workspace::currentService() const
{
    if (!m_registry || m_serviceId.isEmpty())
        return nullptr;
    if (m_project.isEmpty()) {
        for (const auto &r : m_registry->globalView) {
            if (r.service->id == m_serviceId)
                return &r;
        }
        return nullptr;
    }
    const sr::Project *project = m_registry->project(m_project);
    return project ? project->find(m_serviceId) : nullptr;
}

void Workspace::setBuffer(const QString &path, const QByteArray &text)
{
    m_buffers.insert(path, text);
    m_touched.insert(path);
    startLoad();
}

void Workspace::discardBuffers()
{
    for (auto it = m_buffers.cbegin(); it != m_buffers.cend(); ++it)
        m_touched.insert(it.key());
    m_buffers.clear();
    startLoad();
}

sr::RegistrySource::Content Workspace::readFile(const QString &path) const
{
    if (m_registry && m_registry->source)
        return m_registry->source->read(path, maxViewBytes);
    return sr::FolderSource(m_root).read(path, maxViewBytes);
}

void Workspace::setAutoReload(bool on)
{
    m_autoReload = on;
}

void Workspace::watchFiles()
{
    // Files for edits, folders for files that appear or disappear. Only the differences
    // change: an edit reloads the registry, and its files are the same.
    QStringList paths;
    for (const QString &file : m_registry->files)
        paths.append(sr::pathInRoot(m_root, file));
    for (const QString &folder : {QStringLiteral("."), QStringLiteral("services"), QStringLiteral("services/versions"),
                                  QStringLiteral("projects"), QStringLiteral("policies")})
        paths.append(sr::pathInRoot(m_root, folder));
    for (const auto &project : m_registry->projects)
        paths.append(sr::pathInRoot(m_root, project.directory));
    const QStringList watchedList = m_watcher->files() + m_watcher->directories();
    const QSet<QString> watched(watchedList.cbegin(), watchedList.cend());
    const QSet<QString> wanted(paths.cbegin(), paths.cend());
    if (const QSet<QString> gone = watched - wanted; !gone.isEmpty())
        m_watcher->removePaths(gone.values());
    QStringList added;
    for (const QString &path : wanted - watched) {
        // Only regular files and folders: watching a pipe or device is pointless.
        const QFileInfo info(path);
        if (info.isFile() || info.isDir())
            added.append(path);
    }
    if (!added.isEmpty())
        m_watcher->addPaths(added);
}
