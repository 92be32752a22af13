#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace sr {

/// One HTTP request to a service the product talks to (GitHub, Slack, …).
struct HttpRequest
{
    QByteArray method = "GET";
    QUrl url;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
};

struct HttpResponse
{
    int status = 0; ///< 0: no answer (refused, timed out)
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QString error; ///< what went wrong, said for a person, secrets redacted; empty on a 2xx answer
    int attempts = 0;

    bool ok() const { return status >= 200 && status < 300; }
    QByteArray header(const QByteArray &name) const; ///< case-insensitive; empty when absent
};

/// How hard an HttpClient tries.
struct HttpPolicy
{
    int attempts = 4;
    int baseDelayMs = 500; ///< the first back-off; doubled each time, with jitter
    int maxDelayMs = 30000; ///< no wait is longer, Retry-After included
    int timeoutMs = 20000; ///< per attempt
};

/// The one HTTP client of the product's integrations (docs/architecture.md): a timeout per
/// attempt; retries with exponential back-off and jitter on 5xx, 429 (waiting as long as
/// `Retry-After` says, in seconds or as an HTTP date), timeouts and refused connections; no
/// retry on any other 4xx. Blocking for its caller (it runs its own event loop), so it is used
/// from a command or a worker thread, never from the GUI thread. Secrets given to it are
/// replaced by "***" in every message it writes.
class HttpClient
{
public:
    explicit HttpClient(HttpPolicy policy = {});
    ~HttpClient();
    HttpClient(const HttpClient &) = delete;
    HttpClient &operator=(const HttpClient &) = delete;

    /// Words never to write in a message (tokens, webhook paths).
    void addSecret(const QString &secret);
    /// Called before each retry with the attempt that failed and the wait (for a progress line).
    void onRetry(std::function<void(const HttpResponse &failed, int waitMs)> callback);

    HttpResponse send(const HttpRequest &request);
    QString redacted(QString text) const;

private:
    HttpResponse attempt(const HttpRequest &request);
    int waitBefore(int retry, const HttpResponse &failed) const;

    HttpPolicy m_policy;
    QStringList m_secrets;
    std::function<void(const HttpResponse &, int)> m_onRetry;
    std::unique_ptr<QNetworkAccessManager> m_network;
};

} // namespace sr
