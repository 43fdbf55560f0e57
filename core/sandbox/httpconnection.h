#pragma once

#include "core/sandbox/httpmessage.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QTcpSocket;
class QTimer;

namespace pinstripe::sandbox {

/**
 * One client connection of the sandbox's HTTP/1.1 server: reads requests (Content-Length
 * bodies, keep-alive, pipelined requests answered in order), hands each to the handler and
 * writes the reply — normally or with the socket-level fault the reply asks for.
 * Deletes itself when the client goes away.
 */
class HttpConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpConnection)

public:
    using Handler = std::function<HttpReply(const HttpRequest &)>;

    /** Takes ownership of @p socket. */
    HttpConnection(QTcpSocket *socket, Handler handler, QObject *parent = nullptr);
    ~HttpConnection() override;

private:
    void readRequests();
    /** Parses one complete request off the buffer; false if more bytes are needed or on error. */
    bool takeRequest(HttpRequest &request);
    void deliver(const HttpReply &reply, bool keepAlive);
    void writeNow(const HttpReply &reply, bool keepAlive);
    void finishResponse(bool keepAlive);
    void failAndClose(int status, const QByteArray &message);
    static QByteArray head(const HttpResponse &response, qsizetype contentLength, bool keepAlive);

    QPointer<QTcpSocket> m_socket;
    Handler m_handler;
    QByteArray m_buffer;
    bool m_busy = false;
    bool m_hung = false;
    QTimer *m_dripTimer = nullptr;
};

} // namespace pinstripe::sandbox
