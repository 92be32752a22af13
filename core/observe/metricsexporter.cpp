#include "observe/metricsexporter.h"

#include "analysis/validator.h"
#include "catalog/registryloader.h"
#include "catalog/registrysource.h"
#include "deploy/deploymentstore.h"
#include "observe/exposition.h"
#include "observe/gzip_p.h"
#include "observe/healthprober.h"
#include "observe/registrymetrics.h"
#include "observe/storefigures.h"
#include "policy/policyengine.h"
#include "vcs/gitrevisionsource.h"

#include <QDirIterator>
#include <QHash>
#include <QtConcurrent>

namespace sr {

struct MetricsExporter::Loaded
{
    RegistryPtr registry;
    Part part;
    QMap<QString, qint64> breakingChanges; ///< since the previous load
    QList<ProbeEndpoint> probes;
    QDateTime at;
};

MetricsExporter::Part MetricsExporter::Part::of(QByteArray text)
{
    Part p;
    p.deflated = detail::DeflatedPiece::of(text);
    p.plain = std::move(text);
    return p;
}

/// Reads the store on its own thread, renders the store's families with the newest registry
/// and compresses them there; the exporter only receives finished bytes.
class MetricsExporter::StoreReader : public QObject
{
public:
    StoreReader(MetricsExporter *exporter, Options options)
        : m_exporter(exporter)
        , m_options(std::move(options))
    { }

    /// The first registry starts the reads; a later one reads again at once (drift compares
    /// the store with the registry: read again rather than keep every figure between reads).
    void setRegistry(RegistryPtr registry)
    {
        m_registry = std::move(registry);
        if (!m_timer) {
            m_timer = new QTimer(this);
            connect(m_timer, &QTimer::timeout, this, &StoreReader::refresh);
            m_timer->start(m_options.storeIntervalMs);
        }
        refresh();
    }
    void end()
    {
        delete m_timer;
        m_timer = nullptr;
        m_store.reset(); // the connection belongs to this thread
    }

private:
    void refresh()
    {
        QString error;
        if (!m_store) {
            DeploymentStore::Failure failure = DeploymentStore::Failure::None;
            m_store = DeploymentStore::open(m_options.storeUrl, m_options.storePassword, &error, &failure);
            if (m_store)
                m_store->keepMemorySmall();
        }
        Part part;
        QDateTime read;
        if (m_store) {
            const auto figures = StoreFigures::read(*m_store, QDateTime::currentDateTimeUtc(),
                                                    [this](const QString &revision) { return commitTime(revision); });
            if (figures) {
                Exposition out;
                figures->write(out, m_registry.get());
                part = Part::of(out.text());
                read = figures->readAt;
            } else {
                error = m_store->lastError();
                m_store.reset(); // connect again at the next refresh: the server may have restarted
            }
        }
        QMetaObject::invokeMethod(
            m_exporter, [exporter = m_exporter, error, read, part] { exporter->storeFiguresArrived(error, read, part); },
            Qt::QueuedConnection);
        if (m_options.afterRefresh)
            m_options.afterRefresh();
    }

    std::optional<QDateTime> commitTime(const QString &revision)
    {
        auto it = m_commitTimes.find(revision);
        if (it == m_commitTimes.end()) {
            QString ignored;
            const auto source = GitRevisionSource::open(m_options.registryRoot, revision, &ignored);
            it = m_commitTimes.insert(revision, source ? std::optional(source->commitTime()) : std::nullopt);
        }
        return *it;
    }

    MetricsExporter *m_exporter;
    Options m_options;
    QTimer *m_timer = nullptr;
    std::unique_ptr<DeploymentStore> m_store;
    RegistryPtr m_registry;
    QHash<QString, std::optional<QDateTime>> m_commitTimes;
};

MetricsExporter::MetricsExporter(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_prober(new HealthProber(this))
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(300);
    connect(&m_settle, &QTimer::timeout, this, &MetricsExporter::reload);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, &m_settle, qOverload<>(&QTimer::start));
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, &m_settle, qOverload<>(&QTimer::start));
    connect(&m_load, &QFutureWatcher<std::shared_ptr<Loaded>>::finished, this, [this] { reloaded(m_load.result()); });
    connect(m_prober, &HealthProber::roundFinished, this, [this] {
        if (m_probeCompression.isRunning())
            return; // the next round brings newer results anyway
        m_probeCompression.setFuture(QtConcurrent::run([text = m_prober->text()] { return Part::of(text); }));
    });
    connect(&m_probeCompression, &QFutureWatcher<Part>::finished, this, [this] { m_probePart = m_probeCompression.result(); });
    m_probePart = Part::of(m_prober->text());
}

MetricsExporter::~MetricsExporter()
{
    if (m_storeReader) {
        QMetaObject::invokeMethod(
            m_storeReader, [reader = m_storeReader] { reader->end(); }, Qt::BlockingQueuedConnection);
        m_storeThread.quit();
        m_storeThread.wait();
        delete m_storeReader;
    }
    m_load.waitForFinished();
    m_probeCompression.waitForFinished();
}

void MetricsExporter::start()
{
    renderCounters();
    reload();
    if (!m_options.storeUrl.isEmpty()) {
        // Started by the first load: drift needs the registry, and a read without it would
        // be done again at once.
        m_storeReader = new StoreReader(this, m_options);
        m_storeReader->moveToThread(&m_storeThread);
        m_storeThread.setObjectName(QStringLiteral("store reader"));
        m_storeThread.start();
    }
    m_prober->start(m_options.probeIntervalMs);
}

void MetricsExporter::reload()
{
    if (m_reloading) {
        m_reloadAgain = true;
        return;
    }
    m_reloading = true;
    m_load.setFuture(QtConcurrent::run([root = m_options.registryRoot, previous = m_registry] {
        auto loaded = std::make_shared<Loaded>();
        RegistryLoader::Options options;
        options.previous = previous;
        loaded->registry = RegistryLoader::load(std::make_shared<FolderSource>(root), options);
        loaded->at = QDateTime::currentDateTimeUtc();
        const Diagnostics validation = Validator::validate(*loaded->registry);
        const PolicyReport policies = PolicyEngine::evaluate(*loaded->registry, loaded->at.date());
        Exposition out;
        RegistryMetrics::write(out, *loaded->registry, validation, policies, loaded->at);
        loaded->part = Part::of(out.text());
        if (previous)
            RegistryMetrics::countBreakingChanges(*previous, *loaded->registry, loaded->breakingChanges);
        loaded->probes = ProbeEndpoint::of(*loaded->registry);
        return loaded;
    }));
}

void MetricsExporter::reloaded(const std::shared_ptr<Loaded> &loaded)
{
    m_reloading = false;
    m_registry = loaded->registry;
    m_registryLoaded = loaded->at;
    m_registryPart = loaded->part;
    ++m_reloads;
    qint64 breaking = 0;
    for (auto it = loaded->breakingChanges.cbegin(); it != loaded->breakingChanges.cend(); ++it) {
        m_breakingChanges[it.key()] += it.value();
        breaking += it.value();
    }
    renderCounters();
    m_prober->setEndpoints(loaded->probes);
    if (m_storeReader)
        QMetaObject::invokeMethod(m_storeReader,
                                  [reader = m_storeReader, registry = m_registry] { reader->setRegistry(registry); });
    watch(*m_registry);
    if (m_reloads > 1)
        Q_EMIT message(tr("Registry loaded again: %n breaking change(s).", nullptr, int(breaking)));
    Q_EMIT registryLoaded();
    if (m_reloadAgain) {
        m_reloadAgain = false;
        reload();
    }
}

void MetricsExporter::watch(const Registry &registry)
{
    // Folders catch files added, removed or replaced by rename (as editors save); files catch
    // writes in place. Watches of replaced files are lost, so all are set again after a load.
    QStringList paths{m_options.registryRoot};
    QDirIterator folders(m_options.registryRoot, QDir::Dirs | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (folders.hasNext()) {
        const QString folder = folders.next();
        if (!folder.contains(QLatin1String("/.git")))
            paths.append(folder);
    }
    for (const QString &file : registry.files)
        paths.append(QDir(m_options.registryRoot).filePath(file));
    const QStringList watched = m_watcher.files() + m_watcher.directories();
    if (!watched.isEmpty())
        m_watcher.removePaths(watched);
    m_watcher.addPaths(paths);
}

void MetricsExporter::renderCounters()
{
    Exposition out;
    RegistryMetrics::writeCounters(out, m_breakingChanges, m_reloads);
    m_countersPart = Part::of(out.text());
}

void MetricsExporter::storeFiguresArrived(const QString &error, const QDateTime &read, const Part &part)
{
    m_storeAttempted = true;
    if (error.isEmpty()) {
        m_storePart = part;
        m_storeRead = read;
    } else if (error != m_storeError) {
        Q_EMIT message(tr("The store cannot be read (the last good figures are served): %1").arg(error));
    }
    m_storeError = error;
    Q_EMIT storeRead(error);
}

QString MetricsExporter::notReadyReason() const
{
    if (!m_registry)
        return tr("the registry is still loading");
    if (!m_options.storeUrl.isEmpty() && !m_storeRead.isValid())
        return m_storeAttempted ? tr("the store has not been read yet: %1").arg(m_storeError)
                                : tr("the store is still being read");
    return {};
}

QByteArray MetricsExporter::scrape(bool gzip) const
{
    using T = Exposition::Type;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Exposition out;
    out.family("registry_exporter_data_age_seconds", T::Gauge,
               "Seconds since the figures of each source (registry, store) were last produced successfully.");
    if (m_registryLoaded.isValid())
        out.sample("registry_exporter_data_age_seconds", {{"source", QStringLiteral("registry")}},
                   double(m_registryLoaded.msecsTo(now)) / 1000.0);
    if (m_storeRead.isValid())
        out.sample("registry_exporter_data_age_seconds", {{"source", QStringLiteral("store")}},
                   double(m_storeRead.msecsTo(now)) / 1000.0);
    if (!m_options.storeUrl.isEmpty()) {
        out.family("registry_exporter_store_up", T::Gauge, "1 when the last read of the store succeeded.");
        out.sample("registry_exporter_store_up", {}, m_storeAttempted && m_storeError.isEmpty() ? 1 : 0);
    }
    if (gzip) {
        const auto dynamic = detail::DeflatedPiece::stored(out.text());
        return detail::gzipJoin(
            {&m_registryPart.deflated, &m_countersPart.deflated, &m_storePart.deflated, &m_probePart.deflated, &dynamic});
    }
    QByteArray body;
    body.reserve(m_registryPart.plain.size() + m_countersPart.plain.size() + m_storePart.plain.size() + m_probePart.plain.size()
                 + out.text().size());
    for (const Part *p : {&m_registryPart, &m_countersPart, &m_storePart, &m_probePart})
        body += p->plain;
    body += out.text();
    return body;
}

} // namespace sr
