// bench_serve: the metrics exporter under load (docs/performance.md). Starts `service-registry
// serve` on the 5,000-service synthetic registry with --targets (4) deployment targets and a
// store of --rows (1,000,000) synthetic deployments, reading the store every 30 s (its
// default). --scrapers (20) clients scrape /metrics as Prometheus does (keep-alive,
// Accept-Encoding: gzip), in two ways:
//  - each every --interval ms (1000: Prometheus' shortest usual scrape interval), from a random
//    offset, for --duration s (40: the store is read at least once meanwhile);
//  - back to back, --rounds (50) each with no pause: the throughput, where a scrape waits for
//    the 19 others (compressed, then plain text).
// Prints the latency of the scrapes (median, p99, max), the exporter's CPU time per scrape and
// its resident memory (now and at its peak).
//
//   bench_serve CLI [--projects 50] [--services 100] [--targets 4] [--rows 1000000]
//               [--scrapers 20] [--interval 1000] [--duration 40] [--rounds 50] [--keep DIR]

#include "benchoptions.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

#include <unistd.h>

namespace {

bool run(const QString &cli, const QStringList &arguments)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(cli, arguments);
    if (!p.waitForFinished(-1) || p.exitCode() != 0) {
        std::fprintf(stderr, "failed: %s %s\n", qPrintable(cli), qPrintable(arguments.join(QLatin1Char(' '))));
        return false;
    }
    return true;
}

/// One scraper: a keep-alive connection that sends the next request as soon as the answer is whole.
class Scraper
{
public:
    /// `intervalMs` 0: back to back; else one scrape per interval from a random offset.
    Scraper(quint16 port, bool gzip, int rounds, int intervalMs, std::vector<double> *latencies, int *running)
        : m_gzip(gzip)
        , m_rounds(rounds)
        , m_intervalMs(intervalMs)
        , m_latencies(latencies)
        , m_running(running)
    {
        m_pace.start();
        QObject::connect(&m_socket, &QTcpSocket::connected, [this] {
            if (m_intervalMs == 0) {
                send();
            } else {
                m_offset = QRandomGenerator::global()->bounded(m_intervalMs);
                QTimer::singleShot(int(m_offset), [this] { send(); });
            }
        });
        QObject::connect(&m_socket, &QTcpSocket::readyRead, [this] { read(); });
        QObject::connect(&m_socket, &QTcpSocket::errorOccurred, [this] {
            std::fprintf(stderr, "scrape failed: %s\n", qPrintable(m_socket.errorString()));
            done();
        });
        m_socket.connectToHost(QStringLiteral("127.0.0.1"), port);
    }

private:
    void send()
    {
        m_buffer.clear();
        m_expected = -1;
        m_clock.start();
        m_socket.write(QByteArrayLiteral("GET /metrics HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                         "Accept: text/plain;version=0.0.4;q=0.3,*/*;q=0.2\r\n")
                       + (m_gzip ? QByteArrayLiteral("Accept-Encoding: gzip\r\n") : QByteArray())
                       + QByteArrayLiteral("User-Agent: bench_serve\r\n\r\n"));
    }
    void read()
    {
        m_buffer += m_socket.readAll();
        if (m_expected < 0) {
            const qsizetype end = m_buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            static const QRegularExpression length(QStringLiteral("(?i)content-length: *(\\d+)"));
            const auto match = length.match(QString::fromLatin1(m_buffer.left(end)));
            if (!m_buffer.startsWith("HTTP/1.1 200") || !match.hasMatch()) {
                std::fprintf(stderr, "unexpected answer: %s\n", m_buffer.left(end).constData());
                done();
                return;
            }
            m_expected = end + 4 + match.captured(1).toLongLong();
        }
        if (m_buffer.size() < m_expected)
            return;
        m_latencies->push_back(double(m_clock.nsecsElapsed()) / 1e6);
        m_bytes = m_expected;
        if (--m_rounds <= 0) {
            done();
        } else if (m_intervalMs == 0) {
            send();
        } else {
            // At a fixed rate, as Prometheus scrapes: the next one is due an interval after the last
            // was due, however long that one took.
            ++m_sent;
            const qint64 due = m_offset + m_sent * m_intervalMs;
            QTimer::singleShot(int(std::max<qint64>(0, due - m_pace.elapsed())), [this] { send(); });
        }
    }
    void done()
    {
        if (m_finished)
            return;
        m_finished = true;
        m_socket.disconnectFromHost();
        if (--*m_running == 0)
            QCoreApplication::exit(0);
    }

    QTcpSocket m_socket;
    bool m_gzip;
    int m_rounds;
    int m_intervalMs;
    qint64 m_sent = 0;
    qint64 m_offset = 0;
    QElapsedTimer m_pace;
    std::vector<double> *m_latencies;
    int *m_running;
    QByteArray m_buffer;
    qint64 m_expected = -1;
    QElapsedTimer m_clock;
    bool m_finished = false;

public:
    qint64 m_bytes = 0;
};

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, size_t(p * double(values.size())))];
}

QString memory(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    QString rss, peak;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            rss = QString::fromLatin1(line.mid(6).trimmed());
        if (line.startsWith("VmHWM:"))
            peak = QString::fromLatin1(line.mid(6).trimmed());
    }
    return QStringLiteral("RSS %1, peak %2").arg(rss, peak);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2 || args[1].startsWith(QLatin1String("--"))) {
        std::fputs("usage: bench_serve CLI [--projects 50] [--services 100] [--targets 4] [--rows 1000000] "
                   "[--scrapers 20] [--rounds 50] [--keep DIR]\n",
                   stderr);
        return 2;
    }
    const QString cli = args[1];
    const int scrapers = std::max(1, intOption(args, "--scrapers", 20));
    const int rounds = std::max(1, intOption(args, "--rounds", 50));
    const qint64 rows = intOption(args, "--rows", 1000000);
    QTemporaryDir scratch;
    const qsizetype keepAt = args.indexOf(QStringLiteral("--keep"));
    const QString dir = keepAt > 0 && keepAt + 1 < args.size() ? args[keepAt + 1] : scratch.path();
    const QString registry = dir + QStringLiteral("/registry");
    const QString store = dir + QStringLiteral("/store.sqlite");
    if (!QFileInfo::exists(store)) { // --keep DIR: made once, measured many times
        std::fputs("writing the registry and the store (not measured)...\n", stderr);
        QDir(registry).removeRecursively();
        if (!run(cli,
                 {QStringLiteral("synth"), QStringLiteral("--projects"), QString::number(intOption(args, "--projects", 50)),
                  QStringLiteral("--services"), QString::number(intOption(args, "--services", 100)), QStringLiteral("--targets"),
                  QString::number(intOption(args, "--targets", 4)), QStringLiteral("--seed"), QStringLiteral("7"),
                  QStringLiteral("--out"), registry})
            || !run(cli,
                    {QStringLiteral("deploy"), QStringLiteral("synth"), QStringLiteral("-r"), registry, QStringLiteral("--rows"),
                     QString::number(rows), QStringLiteral("--seed"), QStringLiteral("3"), QStringLiteral("-o"),
                     dir + QStringLiteral("/history.csv")})
            || !run(cli,
                    {QStringLiteral("deploy"), QStringLiteral("import"), dir + QStringLiteral("/history.csv"),
                     QStringLiteral("--db"), QStringLiteral("sqlite:") + store}))
            return 1;
    }

    QProcess serve;
    serve.start(cli,
                {QStringLiteral("serve"), QStringLiteral("-r"), registry, QStringLiteral("--db"),
                 QStringLiteral("sqlite:") + store, QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                 QStringLiteral("--store-interval"), QStringLiteral("5s")});
    quint16 port = 0;
    QString said;
    QElapsedTimer startClock;
    startClock.start();
    static const QRegularExpression served(QStringLiteral("127\\.0\\.0\\.1:(\\d+)/metrics"));
    while (port == 0 && serve.state() != QProcess::NotRunning && startClock.elapsed() < 60000) {
        serve.waitForReadyRead(100);
        said += QString::fromUtf8(serve.readAllStandardError());
        if (const auto m = served.match(said); m.hasMatch())
            port = quint16(m.captured(1).toUInt());
    }
    if (port == 0) {
        std::fprintf(stderr, "serve did not start: %s\n", qPrintable(said));
        return 1;
    }
    // Ready: the registry loaded and the store read once.
    for (;;) {
        QTcpSocket probe;
        probe.connectToHost(QStringLiteral("127.0.0.1"), port);
        probe.waitForConnected(1000);
        probe.write("GET /-/ready HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        probe.waitForReadyRead(5000);
        if (probe.readAll().startsWith("HTTP/1.1 200"))
            break;
        if (startClock.elapsed() > 120000) {
            std::fputs("serve did not become ready\n", stderr);
            return 1;
        }
        QThread::msleep(200);
    }
    std::printf("serve ready %.1f s after start; %s\n", double(startClock.elapsed()) / 1000.0,
                qPrintable(memory(serve.processId())));

    const auto cpuSeconds = [&serve] {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(serve.processId()));
        if (!stat.open(QIODevice::ReadOnly))
            return 0.0;
        const QList<QByteArray> fields = stat.readAll().split(' ');
        return fields.size() > 15 ? double(fields[13].toLongLong() + fields[14].toLongLong()) / double(sysconf(_SC_CLK_TCK))
                                  : 0.0;
    };
    const int intervalMs = std::max(10, intOption(args, "--interval", 1000));
    const int duration = std::max(1, intOption(args, "--duration", 40));
    struct Mode
    {
        const char *name;
        bool gzip;
        int rounds;
        int intervalMs;
    };
    const Mode modes[] = {{"paced", true, duration * 1000 / intervalMs, intervalMs},
                          {"burst", true, rounds, 0},
                          {"plain", false, std::max(1, rounds / 5), 0}};
    for (const Mode &mode : modes) {
        std::vector<double> latencies;
        int running = scrapers;
        std::vector<std::unique_ptr<Scraper>> clients;
        QElapsedTimer wall;
        wall.start();
        const double cpuBefore = cpuSeconds();
        for (int i = 0; i < scrapers; ++i)
            clients.push_back(std::make_unique<Scraper>(port, mode.gzip, mode.rounds, mode.intervalMs, &latencies, &running));
        QCoreApplication::exec();
        const double seconds = double(wall.nsecsElapsed()) / 1e9;
        const double cpu = cpuSeconds() - cpuBefore;
        std::printf("%s: %d scrapers x %d%s: median %.1f ms, p99 %.1f ms, max %.1f ms; %zu scrapes in %.1f s (%.2f MB each, "
                    "%.1f ms of the exporter's CPU each); exporter %s\n",
                    mode.name, scrapers, mode.rounds,
                    mode.intervalMs ? qPrintable(QStringLiteral(" every %1 ms").arg(mode.intervalMs)) : " back to back",
                    percentile(latencies, 0.5), percentile(latencies, 0.99), percentile(latencies, 1.0), latencies.size(),
                    seconds, double(clients.front()->m_bytes) / 1e6,
                    latencies.empty() ? 0 : cpu * 1000 / double(latencies.size()), qPrintable(memory(serve.processId())));
    }
    serve.terminate();
    serve.waitForFinished();
    return 0;
}
