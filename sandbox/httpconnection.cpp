#include "sandbox/httpconnection.h"

#include "core/logging.h"

#include <QTcpSocket>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace pinstripe::sandbox {

namespace {

// After refusing a request, how much of the rest of it is read and thrown away, and for how
// long, before the connection is dropped regardless.
constexpr qint64 maxDrainBytes = 64 * 1024 * 1024;
constexpr int lingerMs = 3000;

} // namespace

HttpConnection::HttpConnection(QTcpSocket *socket, Handler handler, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_handler(std::move(handler))
{
    socket->setParent(this);
    connect(socket, &QTcpSocket::readyRead, this, &HttpConnection::readRequests);
    connect(socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
    connect(socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
        if (m_socket && m_socket->state() == QAbstractSocket::UnconnectedState)
            deleteLater();
    });
}

HttpConnection::~HttpConnection() = default;

void HttpConnection::readRequests()
{
    if (!m_socket)
        return;
    if (m_closing || m_hung) {
        // Nothing more is answered on this connection; read only so the client's sending is not
        // stalled (and the kernel does not reset the connection over unread bytes).
        m_drained += m_socket->skip(m_socket->bytesAvailable());
        if (m_closing && m_drained > maxDrainBytes) {
            m_socket->abort();
            deleteLater();
        }
        return;
    }
    m_parser.append(m_socket->readAll());
    while (!m_busy && !m_hung && !m_closing && m_socket
           && m_socket->state() == QAbstractSocket::ConnectedState) {
        HttpRequest request;
        switch (m_parser.next(request)) {
        case HttpRequestParser::Result::NeedMore:
            // The head passed every check: tell a waiting client to send the body.
            if (m_parser.takeContinueDue())
                m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
            return;
        case HttpRequestParser::Result::Refused:
            failAndClose(m_parser.refusalStatus(), m_parser.refusalMessage());
            return;
        case HttpRequestParser::Result::Request:
            break;
        }
        const QList<QByteArray> connection = HttpRequestParser::headerTokens(request.header("connection"));
        // HTTP/1.1 keeps the connection by default, HTTP/1.0 only when asked to.
        const bool keepAlive = request.version == "HTTP/1.0" ? connection.contains("keep-alive")
                                                              : !connection.contains("close");
        m_busy = true;
        deliver(m_handler(request), keepAlive);
    }
}

void HttpConnection::deliver(const HttpReply &reply, bool keepAlive)
{
    if (reply.delivery == Delivery::Hang) {
        // Keep reading nothing and answering nothing; the client's timeout is what is tested.
        m_hung = true;
        return;
    }
    if (reply.delayMs > 0) {
        QTimer::singleShot(reply.delayMs, this, [this, reply, keepAlive] { writeNow(reply, keepAlive); });
        return;
    }
    writeNow(reply, keepAlive);
}

QByteArray HttpConnection::head(const HttpResponse &response, qsizetype contentLength, bool keepAlive)
{
    QByteArray out;
    out.reserve(512);
    out += "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + HttpResponse::reasonPhrase(response.status)
        + "\r\n";
    for (const auto &h : response.headers)
        out += h.first + ": " + h.second + "\r\n";
    out += "Content-Length: " + QByteArray::number(contentLength) + "\r\n";
    out += keepAlive ? "Connection: keep-alive\r\n\r\n" : "Connection: close\r\n\r\n";
    return out;
}

void HttpConnection::writeNow(const HttpReply &reply, bool keepAlive)
{
    if (!m_socket)
        return;
    const QByteArray &body = reply.response.body;
    switch (reply.delivery) {
    case Delivery::Normal:
    case Delivery::Hang:
        m_socket->write(head(reply.response, body.size(), keepAlive));
        m_socket->write(body);
        finishResponse(keepAlive);
        return;
    case Delivery::Truncate: {
        const QByteArray cut = body.left(qMax<qsizetype>(1, body.size() / 2));
        m_socket->write(head(reply.response, cut.size(), keepAlive));
        m_socket->write(cut);
        finishResponse(keepAlive);
        return;
    }
    case Delivery::Reset: {
        m_socket->write(head(reply.response, body.size(), false));
        m_socket->write(body.left(body.size() / 3));
        m_socket->flush();
#ifdef Q_OS_UNIX
        // SO_LINGER 0 makes close() send RST instead of FIN: a real "connection reset by peer".
        const linger hard{1, 0};
        ::setsockopt(int(m_socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
#endif
        m_socket->abort();
        deleteLater();
        return;
    }
    case Delivery::Drip: {
        auto pending = std::make_shared<QByteArray>(head(reply.response, body.size(), keepAlive) + body);
        const int chunk = qMax(1, reply.dripChunkBytes);
        m_dripTimer = new QTimer(this);
        m_dripTimer->setInterval(qMax(1, reply.dripIntervalMs));
        connect(m_dripTimer, &QTimer::timeout, this, [this, pending, chunk, keepAlive] {
            if (!m_socket) {
                m_dripTimer->stop();
                return;
            }
            m_socket->write(pending->left(chunk));
            pending->remove(0, chunk);
            if (pending->isEmpty()) {
                m_dripTimer->stop();
                m_dripTimer->deleteLater();
                m_dripTimer = nullptr;
                finishResponse(keepAlive);
            }
        });
        m_dripTimer->start();
        return;
    }
    }
}

void HttpConnection::finishResponse(bool keepAlive)
{
    m_busy = false;
    if (!m_socket)
        return;
    if (!keepAlive) {
        m_socket->disconnectFromHost();
        return;
    }
    if (m_parser.hasBufferedBytes())
        QTimer::singleShot(0, this, &HttpConnection::readRequests);
}

void HttpConnection::failAndClose(int status, const QString &message)
{
    qCDebug(lcSandbox).noquote() << "refusing request:" << status << message;
    const HttpResponse response = HttpResponse::error(status, status, message);
    m_socket->write(head(response, response.body.size(), false));
    m_socket->write(response.body);
    m_closing = true;
#ifdef Q_OS_UNIX
    // Closing with the rest of the request still arriving makes the kernel answer it with a
    // reset, which can destroy this answer before the client reads it (RFC 9112 9.6). So send
    // the answer, half-close, and read and discard until the client closes or the linger ends.
    connect(m_socket, &QTcpSocket::bytesWritten, this, [this] {
        if (m_socket && m_socket->bytesToWrite() == 0)
            halfClose();
    });
    m_socket->flush();
    if (m_socket->bytesToWrite() == 0)
        halfClose();
    QTimer::singleShot(lingerMs, this, [this] {
        if (m_socket)
            m_socket->abort();
        deleteLater();
    });
#else
    m_socket->disconnectFromHost();
#endif
}

void HttpConnection::halfClose()
{
    if (m_halfClosed || !m_socket)
        return;
    m_halfClosed = true;
#ifdef Q_OS_UNIX
    ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
#endif
}

} // namespace pinstripe::sandbox
