#include "serve/httpservice.h"

#include <QFile>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>
#include <QTcpSocket>

namespace sr {

namespace {

using Status = QHttpServerResponder::StatusCode;

/// Equal without saying where they differ: the time taken does not depend on the content.
bool sameSecret(const QByteArray &a, const QByteArray &b)
{
    unsigned char difference = a.size() == b.size() ? 0 : 1;
    const qsizetype n = std::min(a.size(), b.size());
    for (qsizetype i = 0; i < n; ++i)
        difference |= static_cast<unsigned char>(a[i] ^ b[i]);
    return difference == 0;
}

QByteArray readFile(const QString &path, QString *error, const QString &what)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read the %1 '%2': %3").arg(what, path, file.errorString());
        return {};
    }
    return file.readAll();
}

} // namespace

HttpReply HttpReply::text(int status, const QString &message)
{
    return HttpReply{status, "text/plain; charset=utf-8", message.toUtf8() + '\n', {}};
}

HttpService::HttpService(QObject *parent)
    : QAbstractHttpServer(parent)
{
    route(
        "GET", QStringLiteral("/-/healthy"),
        [](const QHttpServerRequest &) { return HttpReply::text(200, QStringLiteral("OK")); }, false);
}

void HttpService::route(const QByteArray &method, const QString &path, Handler handler, bool authenticated)
{
    m_routes.append(Route{method, path, std::move(handler), authenticated});
}

std::optional<std::pair<QHostAddress, quint16>> HttpService::parseListen(const QString &listen, QString *error)
{
    const qsizetype colon = listen.lastIndexOf(QLatin1Char(':'));
    bool ok = false;
    const uint port = colon >= 0 ? listen.mid(colon + 1).toUInt(&ok) : 0;
    if (colon < 0 || !ok || port > 65535) {
        *error = QStringLiteral("'%1' is not an address to listen on: write HOST:PORT, e.g. 127.0.0.1:9464 or [::1]:9464")
                     .arg(listen);
        return std::nullopt;
    }
    QString host = listen.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    QHostAddress address;
    if (host.isEmpty())
        address = QHostAddress::Any;
    else if (host == QLatin1String("localhost"))
        address = QHostAddress::LocalHost;
    else if (!address.setAddress(host)) {
        *error = QStringLiteral("'%1' is not an IP address: write 127.0.0.1, [::1], localhost or an address of this machine")
                     .arg(host);
        return std::nullopt;
    }
    return std::pair{address, quint16(port)};
}

bool HttpService::start(const HttpListenOptions &options, QString *error)
{
    const auto where = parseListen(options.listen, error);
    if (!where)
        return false;
    const bool tls = !options.tlsCertificate.isEmpty() || !options.tlsKey.isEmpty();
    if (tls && (options.tlsCertificate.isEmpty() || options.tlsKey.isEmpty())) {
        *error = QStringLiteral("TLS needs both --tls-cert and --tls-key");
        return false;
    }
    if (!where->first.isLoopback() && !tls && !options.insecure) {
        *error = QStringLiteral("listening on %1 would serve plain HTTP beyond this machine: give --tls-cert and --tls-key, "
                                "or --insecure if a proxy in front of it encrypts the traffic")
                     .arg(options.listen);
        return false;
    }
    if (tls) {
        const QByteArray certificatePem = readFile(options.tlsCertificate, error, QStringLiteral("TLS certificate"));
        if (certificatePem.isEmpty())
            return false;
        const QByteArray keyPem = readFile(options.tlsKey, error, QStringLiteral("TLS key"));
        if (keyPem.isEmpty())
            return false;
        const QList<QSslCertificate> chain = QSslCertificate::fromData(certificatePem, QSsl::Pem);
        QSslKey key(keyPem, QSsl::Ec, QSsl::Pem);
        if (key.isNull())
            key = QSslKey(keyPem, QSsl::Rsa, QSsl::Pem);
        if (chain.isEmpty() || key.isNull()) {
            *error = QStringLiteral("'%1' must hold a PEM certificate and '%2' its PEM private key (RSA or EC, not encrypted)")
                         .arg(options.tlsCertificate, options.tlsKey);
            return false;
        }
        sslSetup(chain.first(), key);
    }
    m_token = options.bearerToken;
    m_address = where->first;
    m_port = listen(where->first, where->second);
    if (m_port == 0) {
        const QList<QTcpServer *> bound = servers();
        *error = QStringLiteral("cannot listen on %1: %2")
                     .arg(options.listen,
                          bound.isEmpty() ? QStringLiteral("the address is in use or not this machine's")
                                          : bound.last()->errorString());
        return false;
    }
    return true;
}

QString HttpService::boundAddress() const
{
    const QString host = m_address.protocol() == QAbstractSocket::IPv6Protocol
        ? QLatin1Char('[') + m_address.toString() + QLatin1Char(']')
        : m_address.toString();
    return host + QLatin1Char(':') + QString::number(m_port);
}

bool HttpService::authorised(const QHttpServerRequest &request) const
{
    if (m_token.isEmpty())
        return true;
    const QByteArray header = request.value("Authorization");
    static const QByteArray scheme = "Bearer ";
    return header.size() > scheme.size() && header.left(scheme.size()).compare(scheme, Qt::CaseInsensitive) == 0
        && sameSecret(header.mid(scheme.size()).trimmed(), m_token);
}

HttpReply HttpService::dispatch(const QHttpServerRequest &request) const
{
    const QString path = request.url().path();
    const bool head = request.method() == QHttpServerRequest::Method::Head;
    const QByteArray method = head                             ? QByteArray("GET")
        : request.method() == QHttpServerRequest::Method::Get  ? QByteArray("GET")
        : request.method() == QHttpServerRequest::Method::Post ? QByteArray("POST")
                                                               : QByteArray();
    QByteArrayList allowed;
    for (const Route &r : m_routes) {
        if (r.path != path)
            continue;
        if (r.method != method) {
            allowed.append(r.method);
            continue;
        }
        if (r.authenticated && !authorised(request)) {
            HttpReply reply = HttpReply::text(401, QStringLiteral("a valid bearer token is required"));
            reply.headers.append(std::pair{QByteArray("WWW-Authenticate"), QByteArray("Bearer")});
            return reply;
        }
        return r.handler(request);
    }
    if (!allowed.isEmpty()) {
        HttpReply reply
            = HttpReply::text(405, QStringLiteral("%1 answers only %2").arg(path, QString::fromLatin1(allowed.join(", "))));
        reply.headers.append(std::pair{QByteArray("Allow"), allowed.join(", ")});
        return reply;
    }
    return HttpReply::text(404, QStringLiteral("no such path: %1").arg(path));
}

bool HttpService::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // The answer goes out in one write: its last segment must not wait for the client's
    // delayed acknowledgement (Nagle's algorithm), which would add up to 40 ms.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    HttpReply reply = dispatch(request);
    if (request.method() == QHttpServerRequest::Method::Head)
        reply.body.clear();
    QHttpServerResponse response(reply.contentType, reply.body, static_cast<Status>(reply.status));
    for (const auto &[name, value] : reply.headers)
        response.addHeader(name, value);
    response.write(makeResponder(request, socket));
    return true;
}

void HttpService::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    makeResponder(request, socket).write(Status::NotFound);
}

} // namespace sr
