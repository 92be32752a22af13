#pragma once

#include "catalog/registry.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <memory>

class QNetworkAccessManager;

namespace sr {

/// One health check the exporter runs: a service's HTTP or TCP check at one target (and
/// region) whose deployment.toml gives a `probe_address`.
struct ProbeEndpoint
{
    QString project;
    QString service;
    QString target;
    QString region;
    QString type; ///< "http" or "tcp"
    QString host;
    int port = 0;
    QString path; ///< http
    QMap<QString, QString> headers; ///< http
    int timeoutMs = 5000;

    QString endpoint() const; ///< "http://host:port/path" or "tcp://host:port"
    bool operator==(const ProbeEndpoint &) const = default;

    /// Every check of `registry` that can be run from here, sorted (docs/metrics.md, "Health").
    static QList<ProbeEndpoint> of(const Registry &registry);
};

/// Runs the declared health checks on an interval, a bounded number at a time, each with its
/// timeout, and keeps the last result of each: registry_service_up and
/// registry_probe_duration_seconds.
class HealthProber : public QObject
{
    Q_OBJECT

public:
    explicit HealthProber(QObject *parent = nullptr);
    ~HealthProber() override;

    /// The checks to run from now on (a new load of the registry); results of checks that
    /// remain are kept.
    void setEndpoints(QList<ProbeEndpoint> endpoints);
    /// Starts a round now and then every `intervalMs`.
    void start(int intervalMs);
    /// The families of the last results (empty families while nothing has been probed).
    QByteArray text() const { return m_text; }
    int endpointCount() const { return int(m_endpoints.size()); }

Q_SIGNALS:
    /// A round finished: text() changed.
    void roundFinished();

private:
    struct Result
    {
        double up = 0; ///< 1 or 0, as the gauge says it
        double seconds = 0;
        bool known = false;
    };
    void startRound();
    void launchNext();
    void finish(qsizetype index, bool up, double seconds);
    void render();

    QList<ProbeEndpoint> m_endpoints;
    QList<Result> m_results;
    QNetworkAccessManager *m_network = nullptr;
    QTimer m_timer;
    qsizetype m_next = 0; ///< the next endpoint of the round to start
    int m_running = 0;
    quint64 m_round = 0; ///< results of an older round (before setEndpoints) are dropped
    QByteArray m_text;
};

} // namespace sr
