#include "observecommands.h"

#include "heaptuning.h"
#include "invocation.h"

#include "catalog/servicefields.h"
#include "deploy/deploymentstore.h"
#include "integrations/secrets.h"
#include "observe/exposition.h"
#include "observe/metricsexporter.h"
#include "serve/httpservice.h"

#include <QFile>
#include <QSocketNotifier>

#include <csignal>
#include <unistd.h>

using namespace sr;

namespace cli {

namespace {

int signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &byte, 1);
}

/// Quits the event loop on SIGINT or SIGTERM (a service manager stopping the exporter), so
/// that it ends cleanly with exit code 0.
void quitOnTermination()
{
    if (::pipe(signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, QCoreApplication::instance());
    QObject::connect(notifier, &QSocketNotifier::activated, QCoreApplication::instance(), [] { QCoreApplication::quit(); });
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
}

/// "30s", "2m" → milliseconds; nullopt when it is not a duration of at least a second.
std::optional<int> interval(const QString &text)
{
    const auto ms = durationMilliseconds(text);
    if (!ms || *ms < 1000 || *ms > 86400000)
        return std::nullopt;
    return int(*ms);
}

} // namespace

int ObserveCommands::serve(Invocation &invocation)
{
    invocation.useRegistry();
    invocation.useStore();
    const QCommandLineOption listen{QStringLiteral("listen"), tr("Address and port to serve on (default: 127.0.0.1:9464)."),
                                    tr("host:port"), QStringLiteral("127.0.0.1:9464")};
    const QCommandLineOption tlsCert{QStringLiteral("tls-cert"), tr("Serve HTTPS with this PEM certificate."), tr("file")};
    const QCommandLineOption tlsKey{QStringLiteral("tls-key"), tr("The PEM private key of --tls-cert."), tr("file")};
    const QCommandLineOption insecure{QStringLiteral("insecure"),
                                      tr("Allow plain HTTP on an address other than loopback (a proxy in front encrypts).")};
    const QCommandLineOption tokenFile{QStringLiteral("token-file"),
                                       tr("Require this bearer token (the file's first line) on /metrics."), tr("file")};
    const QCommandLineOption requireToken{
        QStringLiteral("require-token"),
        tr("Require the bearer token from SERVICE_REGISTRY_METRICS_TOKEN or the keychain on /metrics.")};
    const QCommandLineOption storeInterval{QStringLiteral("store-interval"), tr("How often to read the store (default: 30s)."),
                                           tr("duration"), QStringLiteral("30s")};
    const QCommandLineOption probeInterval{QStringLiteral("probe-interval"),
                                           tr("How often to run the services' health checks (default: 30s)."), tr("duration"),
                                           QStringLiteral("30s")};
    invocation.parser().addOptions({listen, tlsCert, tlsKey, insecure, tokenFile, requireToken, storeInterval, probeInterval});
    if (const auto stop = invocation.parse())
        return *stop;

    const auto storeMs = interval(invocation.value(storeInterval));
    const auto probeMs = interval(invocation.value(probeInterval));
    if (!storeMs || !probeMs)
        return invocation.usage(tr("--store-interval and --probe-interval take a duration from 1s to 24h, such as 30s or 5m"));
    HttpListenOptions http;
    http.listen = invocation.value(listen);
    http.tlsCertificate = invocation.value(tlsCert);
    http.tlsKey = invocation.value(tlsKey);
    http.insecure = invocation.isSet(insecure);
    if (invocation.isSet(tokenFile) && invocation.isSet(requireToken))
        return invocation.usage(tr("give --token-file or --require-token, not both"));
    if (invocation.isSet(tokenFile)) {
        QFile file(invocation.value(tokenFile));
        if (!file.open(QIODevice::ReadOnly))
            return invocation.usage(tr("cannot read the token file '%1': %2").arg(file.fileName(), file.errorString()));
        http.bearerToken = file.readLine().trimmed();
        if (http.bearerToken.isEmpty())
            return invocation.usage(tr("the token file '%1' is empty: write the token on its first line").arg(file.fileName()));
    } else if (invocation.isSet(requireToken)) {
        QString error;
        const auto token = secrets::read("SERVICE_REGISTRY_METRICS_TOKEN", secrets::metricsToken, &error);
        if (!token)
            return invocation.usage(error);
        http.bearerToken = token->toUtf8();
    }

    // The store is opened once here, so that a wrong URL or password is a clear error at start
    // rather than a gauge at 0; the exporter reads it on a thread of its own afterwards.
    if (!invocation.openStore())
        return UsageError;

    MetricsExporter::Options options;
    options.registryRoot = invocation.registryRoot();
    options.storeUrl = invocation.storeUrl();
    options.storeIntervalMs = *storeMs;
    options.probeIntervalMs = *probeMs;
    options.afterRefresh = &HeapTuning::releaseFreedMemory;
    MetricsExporter exporter(options);
    QObject::connect(&exporter, &MetricsExporter::message, [](const QString &text) { printErr(text + QLatin1Char('\n')); });

    HttpService server;
    server.route("GET", QStringLiteral("/metrics"), [&exporter](const QHttpServerRequest &request) {
        if (!exporter.registry())
            return HttpReply::text(503, exporter.notReadyReason());
        const bool gzip = request.value("Accept-Encoding").contains("gzip");
        HttpReply reply{200, Exposition::contentType, exporter.scrape(gzip), {}};
        if (gzip)
            reply.headers.append(std::pair{QByteArray("Content-Encoding"), QByteArray("gzip")});
        return reply;
    });
    server.route(
        "GET", QStringLiteral("/-/ready"),
        [&exporter](const QHttpServerRequest &) {
            const QString reason = exporter.notReadyReason();
            return reason.isEmpty() ? HttpReply::text(200, QStringLiteral("Ready")) : HttpReply::text(503, reason);
        },
        false);
    QString error;
    if (!server.start(http, &error))
        return invocation.usage(error);
    quitOnTermination();
    exporter.start();
    printErr(tr("Serving metrics of %1 on %2://%3/metrics\n")
                 .arg(options.registryRoot, http.tlsCertificate.isEmpty() ? QStringLiteral("http") : QStringLiteral("https"),
                      server.boundAddress()));
    QCoreApplication::exec();
    printErr(tr("Stopped.\n"));
    return Clean;
}

} // namespace cli
