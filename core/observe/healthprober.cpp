#include "observe/healthprober.h"

#include "catalog/servicefields.h"
#include "observe/exposition.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpSocket>

namespace sr {

namespace {

constexpr int maxInFlight = 64; ///< a round of thousands of checks must not open thousands of sockets
constexpr int defaultTimeoutMs = 5000;

/// The check the exporter runs for a service: readiness says whether it serves, else the
/// shorthand, else liveness. Only HTTP and TCP checks can run from outside the pod.
const HealthCheck *probedCheck(const Service &s)
{
    for (const Boxed<HealthCheck> *check : {&s.readiness, &s.healthCheck, &s.liveness}) {
        if (*check && ((*check)->type == QLatin1String("http") || (*check)->type == QLatin1String("tcp")))
            return &**check;
    }
    return nullptr;
}

/// The port a check reaches through the service's address: the published port that leads to
/// the container port it names.
int probedPort(const HealthCheck &check, const Service &s)
{
    if (!check.port)
        return s.ports.isEmpty() ? 0 : s.ports.first().port;
    for (const Port &p : s.ports) {
        if (p.targetPort() == check.port)
            return p.port;
    }
    return check.port;
}

} // namespace

QString ProbeEndpoint::endpoint() const
{
    const QString address = host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
    return type == QLatin1String("tcp")
        ? QStringLiteral("tcp://%1:%2").arg(address).arg(port)
        : QStringLiteral("http://%1:%2%3").arg(address).arg(port).arg(path.isEmpty() ? QStringLiteral("/") : path);
}

QList<ProbeEndpoint> ProbeEndpoint::of(const Registry &registry)
{
    QList<ProbeEndpoint> endpoints;
    for (const Project &project : registry.projects) {
        if (!project.deployment)
            continue;
        for (const DeploymentTarget &target : project.deployment->targets) {
            // A target's regions are separate clusters: each is probed at its own address.
            QList<std::pair<QString, QString>> places;
            if (target.regions.isEmpty())
                places.append({QString(), target.probeAddress});
            for (const Region &region : target.regions)
                places.append({region.name, region.probeAddress.isEmpty() ? target.probeAddress : region.probeAddress});
            const QString ns = target.kubernetesNamespace.isEmpty() ? project.name : target.kubernetesNamespace;
            for (const auto &[region, address] : places) {
                if (address.isEmpty())
                    continue;
                for (const ResolvedService &r : project.resolved) {
                    const Service &s = *r.service;
                    const HealthCheck *check = s.type == ServiceType::Job ? nullptr : probedCheck(s);
                    const int port = check ? probedPort(*check, s) : 0;
                    if (!check || port <= 0)
                        continue;
                    ProbeEndpoint e;
                    e.project = project.name;
                    e.service = s.id;
                    e.target = target.name;
                    e.region = region;
                    e.type = check->type;
                    e.host = QString(address).replace(QLatin1String("{service}"), s.id).replace(QLatin1String("{namespace}"), ns);
                    e.port = port;
                    e.path = check->path;
                    e.headers = check->headers;
                    const auto timeout = durationMilliseconds(check->timeout);
                    e.timeoutMs = timeout && *timeout > 0 ? int(*timeout) : defaultTimeoutMs;
                    endpoints.append(e);
                }
            }
        }
    }
    std::sort(endpoints.begin(), endpoints.end(), [](const ProbeEndpoint &a, const ProbeEndpoint &b) {
        return std::tie(a.project, a.service, a.target, a.region) < std::tie(b.project, b.service, b.target, b.region);
    });
    return endpoints;
}

HealthProber::HealthProber(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy); // a 3xx answer is an answer (as the kubelet sees it)
    connect(&m_timer, &QTimer::timeout, this, &HealthProber::startRound);
    render();
}

HealthProber::~HealthProber() = default;

void HealthProber::setEndpoints(QList<ProbeEndpoint> endpoints)
{
    QList<Result> results(endpoints.size());
    for (qsizetype i = 0; i < endpoints.size(); ++i) {
        const qsizetype old = m_endpoints.indexOf(endpoints[i]);
        if (old >= 0)
            results[i] = m_results[old];
    }
    m_endpoints = std::move(endpoints);
    m_results = std::move(results);
    ++m_round; // checks in flight belong to the old list
    m_running = 0;
    m_next = m_endpoints.size();
    render();
    if (m_timer.isActive())
        startRound();
}

void HealthProber::start(int intervalMs)
{
    m_timer.start(intervalMs);
    startRound();
}

void HealthProber::startRound()
{
    if (m_next < m_endpoints.size() || m_running > 0)
        return; // the last round is still running: a slow network must not pile rounds up
    m_next = 0;
    if (m_endpoints.isEmpty())
        return;
    while (m_running < maxInFlight && m_next < m_endpoints.size())
        launchNext();
}

void HealthProber::launchNext()
{
    const qsizetype index = m_next++;
    const ProbeEndpoint &e = m_endpoints[index];
    ++m_running;
    const quint64 round = m_round;
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    auto done = [this, index, round, clock](bool up) {
        if (round != m_round)
            return;
        finish(index, up, double(clock->nsecsElapsed()) / 1e9);
    };
    if (e.type == QLatin1String("tcp")) {
        auto *socket = new QTcpSocket(this);
        auto *timeout = new QTimer(socket);
        timeout->setSingleShot(true);
        auto settle = [socket, done](bool up) {
            if (socket->property("settled").toBool())
                return;
            socket->setProperty("settled", true);
            socket->abort();
            socket->deleteLater();
            done(up);
        };
        connect(socket, &QTcpSocket::connected, socket, [settle] { settle(true); });
        connect(socket, &QTcpSocket::errorOccurred, socket, [settle] { settle(false); });
        connect(timeout, &QTimer::timeout, socket, [settle] { settle(false); });
        timeout->start(e.timeoutMs);
        socket->connectToHost(e.host, quint16(e.port));
        return;
    }
    QNetworkRequest request{QUrl(e.endpoint())};
    request.setTransferTimeout(e.timeoutMs);
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("service-registry-exporter"));
    for (auto it = e.headers.cbegin(); it != e.headers.cend(); ++it)
        request.setRawHeader(it.key().toUtf8(), it.value().toUtf8());
    QNetworkReply *reply = m_network->get(request);
    connect(reply, &QNetworkReply::finished, this, [reply, done] {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
        done(status >= 200 && status < 400); // the kubelet's rule for an HTTP probe
    });
}

void HealthProber::finish(qsizetype index, bool up, double seconds)
{
    m_results[index] = Result{up ? 1.0 : 0.0, seconds, true};
    --m_running;
    if (m_next < m_endpoints.size()) {
        launchNext();
        return;
    }
    if (m_running == 0) {
        render();
        Q_EMIT roundFinished();
    }
}

void HealthProber::render()
{
    using T = Exposition::Type;
    Exposition out;
    // One family per figure, each with every known result.
    const auto family = [&](const char *name, const char *help, double Result::*value) {
        out.family(name, T::Gauge, help);
        for (qsizetype i = 0; i < m_endpoints.size(); ++i) {
            const ProbeEndpoint &e = m_endpoints[i];
            if (m_results[i].known)
                out.sample(name,
                           {{"project", e.project},
                            {"service", e.service},
                            {"target", e.target},
                            {"region", e.region},
                            {"endpoint", e.endpoint()}},
                           m_results[i].*value);
        }
    };
    family("registry_service_up",
           "1 when the service's declared health check passed at the last probe, 0 when it failed or timed out.", &Result::up);
    family("registry_probe_duration_seconds", "How long the last health check of the service took.", &Result::seconds);
    m_text = out.text();
}

} // namespace sr
