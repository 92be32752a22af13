#include "integrations/httpclient.h"

#include <QDateTime>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QThread>
#include <QTimer>

namespace sr {

QByteArray HttpResponse::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

HttpClient::HttpClient(HttpPolicy policy)
    : m_policy(policy)
    , m_network(std::make_unique<QNetworkAccessManager>())
{ }

HttpClient::~HttpClient() = default;

void HttpClient::addSecret(const QString &secret)
{
    if (!secret.isEmpty())
        m_secrets.append(secret);
}

void HttpClient::onRetry(std::function<void(const HttpResponse &, int)> callback)
{
    m_onRetry = std::move(callback);
}

QString HttpClient::redacted(QString text) const
{
    for (const QString &secret : m_secrets)
        text.replace(secret, QStringLiteral("***"));
    return text;
}

namespace {

bool retryable(const HttpResponse &r)
{
    return r.status == 0 || r.status == 429 || r.status >= 500;
}

} // namespace

int HttpClient::waitBefore(int retry, const HttpResponse &failed) const
{
    const QByteArray retryAfter = failed.header("Retry-After").trimmed();
    if (!retryAfter.isEmpty()) {
        bool seconds = false;
        const int value = retryAfter.toInt(&seconds);
        if (seconds)
            return std::min(m_policy.maxDelayMs, std::max(0, value) * 1000);
        const QDateTime at = QDateTime::fromString(QString::fromLatin1(retryAfter), Qt::RFC2822Date);
        if (at.isValid())
            return int(std::clamp<qint64>(QDateTime::currentDateTimeUtc().msecsTo(at), 0, m_policy.maxDelayMs));
    }
    // Exponential back-off with "equal jitter": half the step, plus a random part of the other half.
    const qint64 step = std::min<qint64>(m_policy.maxDelayMs, qint64(m_policy.baseDelayMs) << std::min(retry, 20));
    return int(step / 2 + QRandomGenerator::global()->bounded(step / 2 + 1));
}

HttpResponse HttpClient::send(const HttpRequest &request)
{
    HttpResponse response;
    for (int attemptNo = 1;; ++attemptNo) {
        response = attempt(request);
        response.attempts = attemptNo;
        if (response.ok() || !retryable(response) || attemptNo >= m_policy.attempts)
            break;
        const int wait = waitBefore(attemptNo - 1, response);
        if (m_onRetry)
            m_onRetry(response, wait);
        QThread::msleep(ulong(wait));
    }
    if (!response.ok() && response.attempts > 1)
        response.error += QStringLiteral(" (after %1 attempts)").arg(response.attempts);
    return response;
}

HttpResponse HttpClient::attempt(const HttpRequest &request)
{
    QNetworkRequest r(request.url);
    r.setTransferTimeout(m_policy.timeoutMs);
    r.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    for (const auto &[name, value] : request.headers)
        r.setRawHeader(name, value);
    QNetworkReply *reply = m_network->sendCustomRequest(r, request.method, request.body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    HttpResponse out;
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.body = reply->readAll();
    for (const auto &pair : reply->rawHeaderPairs())
        out.headers.append({pair.first, pair.second});
    const QString where
        = QStringLiteral("%1 %2").arg(QString::fromLatin1(request.method), request.url.toString(QUrl::RemoveUserInfo));
    if (out.status == 0) {
        out.error = reply->error() == QNetworkReply::OperationCanceledError
            ? QStringLiteral("%1: no answer within %2 s").arg(where).arg(m_policy.timeoutMs / 1000.0)
            : QStringLiteral("%1: %2").arg(where, reply->errorString());
    } else if (!out.ok()) {
        out.error
            = QStringLiteral("%1: HTTP %2 %3").arg(where).arg(out.status).arg(QString::fromUtf8(out.body.left(300)).simplified());
    }
    out.error = redacted(out.error);
    reply->deleteLater();
    return out;
}

} // namespace sr
