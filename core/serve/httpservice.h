#pragma once

#include <QAbstractHttpServer>
#include <QByteArray>
#include <QHostAddress>
#include <QHttpServerRequest>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace sr {

/// What an HTTP handler answers.
struct HttpReply
{
    int status = 200;
    QByteArray contentType = "text/plain; charset=utf-8";
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;

    static HttpReply text(int status, const QString &message);
};

/// Where an endpoint listens and how it is protected (`--listen`, `--tls-cert`, `--tls-key`,
/// `--insecure`, the bearer token).
struct HttpListenOptions
{
    QString listen; ///< "127.0.0.1:9464", "[::1]:9464", "localhost:9464", ":9464" (every address)
    QString tlsCertificate; ///< PEM files; both or neither
    QString tlsKey;
    bool insecure = false; ///< allows plain HTTP on an address other than loopback
    QByteArray bearerToken; ///< empty: no authentication
};

/// The small HTTP/1.1 server the product's endpoints share (`serve`, `incidents serve`): routes
/// by method and path, `/-/healthy` built in, an optional bearer token checked in constant time,
/// TLS, and loopback unless the caller explicitly allows more (docs/cli.md, "serve").
class HttpService : public QAbstractHttpServer
{
public:
    using Handler = std::function<HttpReply(const QHttpServerRequest &)>;

    explicit HttpService(QObject *parent = nullptr);

    /// `method` is "GET" (which also answers HEAD) or "POST". Routes without authentication
    /// answer whoever asks (health checks of load balancers and Prometheus' own `/-/healthy`).
    void route(const QByteArray &method, const QString &path, Handler handler, bool authenticated = true);

    /// Binds as `options` say. False with a sentence for the user: a malformed address, a
    /// port in use, an address other than loopback without TLS or `--insecure`, unreadable
    /// certificate or key.
    bool start(const HttpListenOptions &options, QString *error);
    /// The address and port bound, e.g. "127.0.0.1:9464".
    QString boundAddress() const;
    quint16 port() const { return m_port; }

    /// Splits a `--listen` value; nullopt with `error` when it is not HOST:PORT.
    static std::optional<std::pair<QHostAddress, quint16>> parseListen(const QString &listen, QString *error);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Route
    {
        QByteArray method;
        QString path;
        Handler handler;
        bool authenticated;
    };
    HttpReply dispatch(const QHttpServerRequest &request) const;
    bool authorised(const QHttpServerRequest &request) const;

    QList<Route> m_routes;
    QByteArray m_token;
    QHostAddress m_address;
    quint16 m_port = 0;
};

} // namespace sr
