#pragma once

// An HTTP/1.1 server on 127.0.0.1 in a thread of its own, for tests that drive a separate
// process (the CLI) against it: every request is recorded, and a handler answers it. One
// request per connection (it answers with "Connection: close").

#include <QByteArray>
#include <QList>
#include <QMutex>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <functional>

struct LoopbackRequest
{
    QByteArray method;
    QByteArray target; ///< path and query, as sent
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
};

struct LoopbackReply
{
    int status = 200;
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;
};

class LoopbackHttpServer
{
public:
    using Handler = std::function<LoopbackReply(const LoopbackRequest &)>;

    explicit LoopbackHttpServer(Handler handler)
        : m_handler(std::move(handler))
    {
        m_thread.start();
        QMetaObject::invokeMethod(
            m_context, [this] { listen(); }, Qt::BlockingQueuedConnection);
    }
    ~LoopbackHttpServer()
    {
        QMetaObject::invokeMethod(
            m_context, [this] { delete m_server; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
        delete m_context;
    }

    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }

    QList<LoopbackRequest> requests() const
    {
        QMutexLocker lock(&m_mutex);
        return m_requests;
    }
    /// "METHOD target" of each request, in order.
    QStringList lines() const
    {
        QStringList out;
        for (const LoopbackRequest &r : requests())
            out.append(QString::fromLatin1(r.method + ' ' + r.target));
        return out;
    }
    void clear()
    {
        QMutexLocker lock(&m_mutex);
        m_requests.clear();
    }

private:
    void listen()
    {
        m_server = new QTcpServer;
        if (!m_server->listen(QHostAddress::LocalHost, 0))
            qFatal("the loopback server cannot listen");
        m_port = m_server->serverPort();
        QObject::connect(m_server, &QTcpServer::newConnection, m_server, [this] {
            while (QTcpSocket *socket = m_server->nextPendingConnection()) {
                auto buffer = std::make_shared<QByteArray>();
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
                    buffer->append(socket->readAll());
                    serve(socket, *buffer);
                });
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

    /// Answers once the whole request (headers and Content-Length bytes) has come.
    void serve(QTcpSocket *socket, const QByteArray &buffer)
    {
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        LoopbackRequest request;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        const QList<QByteArray> first = lines.first().trimmed().split(' ');
        request.method = first.value(0);
        request.target = first.value(1);
        qsizetype length = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon < 0)
                continue;
            const QByteArray name = lines.at(i).left(colon).trimmed();
            const QByteArray value = lines.at(i).mid(colon + 1).trimmed();
            request.headers.append({name, value});
            if (name.compare("Content-Length", Qt::CaseInsensitive) == 0)
                length = value.toLongLong();
        }
        if (buffer.size() < end + 4 + length)
            return;
        request.body = buffer.mid(end + 4, length);
        {
            QMutexLocker lock(&m_mutex);
            m_requests.append(request);
        }
        const LoopbackReply reply = m_handler(request);
        QByteArray out = "HTTP/1.1 " + QByteArray::number(reply.status) + " Answer\r\n";
        for (const auto &[name, value] : reply.headers)
            out += name + ": " + value + "\r\n";
        out += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(reply.body.size())
            + "\r\nConnection: close\r\n\r\n" + reply.body;
        socket->write(out);
        socket->disconnectFromHost();
    }

    Handler m_handler;
    QThread m_thread;
    QObject *m_context = [this] {
        auto *context = new QObject;
        context->moveToThread(&m_thread);
        return context;
    }();
    QTcpServer *m_server = nullptr;
    quint16 m_port = 0;
    mutable QMutex m_mutex;
    QList<LoopbackRequest> m_requests;
};
