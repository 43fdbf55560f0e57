#include "core/sandbox/httpconnection.h"

#include "core/logging.h"

#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace pinstripe::sandbox {

namespace {

// Generous limits for a local server; a client that exceeds them is broken or hostile.
constexpr qsizetype maxHeaderBytes = 64 * 1024;
constexpr qsizetype maxBodyBytes = 32 * 1024 * 1024;

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
    m_buffer.append(m_socket->readAll());
    while (!m_busy && !m_hung && m_socket && m_socket->state() == QAbstractSocket::ConnectedState) {
        HttpRequest request;
        if (!takeRequest(request))
            return;
        const QByteArray connection = request.header("connection").toLower();
        const bool keepAlive = connection != "close";
        m_busy = true;
        deliver(m_handler(request), keepAlive);
    }
}

bool HttpConnection::takeRequest(HttpRequest &request)
{
    const qsizetype headerEnd = m_buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        if (m_buffer.size() > maxHeaderBytes)
            failAndClose(431, "Request header too large");
        return false;
    }
    const QList<QByteArray> lines = m_buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.")) {
        failAndClose(400, "Malformed request line");
        return false;
    }
    request.method = requestLine.at(0);
    const QByteArray target = requestLine.at(1);
    const qsizetype q = target.indexOf('?');
    request.path = QUrl::fromPercentEncoding(q < 0 ? target : target.left(q));
    request.rawQuery = q < 0 ? QByteArray() : target.mid(q + 1);
    qsizetype contentLength = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        request.headers.append({name, value});
        if (name == "content-length") {
            bool ok = false;
            contentLength = value.toLongLong(&ok);
            if (!ok || contentLength < 0 || contentLength > maxBodyBytes) {
                failAndClose(400, "Bad Content-Length");
                return false;
            }
        } else if (name == "transfer-encoding" && value.toLower() != "identity") {
            failAndClose(411, "Chunked request bodies are not supported; send Content-Length");
            return false;
        }
    }
    const qsizetype total = headerEnd + 4 + contentLength;
    if (m_buffer.size() < total)
        return false;
    request.body = m_buffer.mid(headerEnd + 4, contentLength);
    m_buffer.remove(0, total);
    return true;
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
    if (!m_buffer.isEmpty())
        QTimer::singleShot(0, this, &HttpConnection::readRequests);
}

void HttpConnection::failAndClose(int status, const QByteArray &message)
{
    qCDebug(lcSandbox) << "closing connection:" << message;
    HttpResponse response = HttpResponse::error(status, 1, QString::fromLatin1(message));
    m_socket->write(head(response, response.body.size(), false));
    m_socket->write(response.body);
    m_socket->disconnectFromHost();
    m_buffer.clear();
    m_hung = true; // read nothing more from this connection
}

} // namespace pinstripe::sandbox
