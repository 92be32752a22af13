#pragma once

#include "catalog/registry.h"
#include "observe/gzip_p.h"

#include <QByteArray>
#include <QDateTime>
#include <QFileSystemWatcher>
#include <QFutureWatcher>
#include <QMap>
#include <QMutex>
#include <QObject>
#include <QThread>
#include <QTimer>

#include <functional>
#include <memory>

namespace sr {

class HealthProber;
struct StoreFigures;

/// What `serve` exposes, kept ready off the request path (docs/metrics.md): the registry is
/// loaded again when its files change, the store is read on an interval on a thread of its
/// own, the health checks run on theirs; a scrape only joins the parts already rendered and
/// compressed, so a slow or unreachable database never delays it.
class MetricsExporter : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString registryRoot;
        QString storeUrl; ///< empty: no store (its families are absent)
        QString storePassword;
        int storeIntervalMs = 30000;
        int probeIntervalMs = 30000;
        /// Called on the store's thread after each refresh, once its temporary memory is freed
        /// (the program gives it back to the system there).
        std::function<void()> afterRefresh;
    };

    explicit MetricsExporter(Options options, QObject *parent = nullptr);
    ~MetricsExporter() override;

    /// Loads the registry, starts watching it, reading the store and probing.
    void start();

    /// The exposition: every part and the data ages. With `gzip`, a gzip stream of one
    /// member per part (what Prometheus asks for with Accept-Encoding: gzip).
    QByteArray scrape(bool gzip) const;
    /// Empty when ready to be scraped; otherwise what is still missing.
    QString notReadyReason() const;

    RegistryPtr registry() const { return m_registry; }

Q_SIGNALS:
    /// A load of the registry finished (the first included).
    void registryLoaded();
    /// A read of the store finished, well or not (`error` empty when well).
    void storeRead(const QString &error);
    /// Something worth a line in the log: a store failure, a reload.
    void message(const QString &text);

private:
    struct Part
    {
        QByteArray plain;
        detail::DeflatedPiece deflated;
        static Part of(QByteArray text);
    };
    struct Loaded;
    void reload();
    void reloaded(const std::shared_ptr<Loaded> &loaded);
    void watch(const Registry &registry);
    void renderCounters();
    void setPart(Part &part, Part value);
    void storeFiguresArrived(const QString &error, const QDateTime &read, const Part &part);

    Options m_options;
    RegistryPtr m_registry;
    QDateTime m_registryLoaded;
    QMap<QString, qint64> m_breakingChanges;
    qint64 m_reloads = 0;
    bool m_reloading = false;
    bool m_reloadAgain = false;
    QFileSystemWatcher m_watcher;
    QTimer m_settle; ///< editors write a file in steps: reload once they are done
    QFutureWatcher<std::shared_ptr<Loaded>> m_load;

    Part m_registryPart;
    Part m_countersPart;
    Part m_storePart;
    Part m_probePart;
    QDateTime m_storeRead; ///< last good read
    QString m_storeError;
    bool m_storeAttempted = false;

    HealthProber *m_prober = nullptr;
    QFutureWatcher<Part> m_probeCompression;

    // The store's thread: one connection, used only there.
    class StoreReader;
    QThread m_storeThread;
    StoreReader *m_storeReader = nullptr;
};

} // namespace sr
