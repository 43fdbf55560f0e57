#pragma once

#include "sandbox/httpmessage.h"
#include "sandbox/httprequestparser.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QTcpSocket;
class QTimer;

namespace pinstripe::sandbox {

/**
 * One client connection of the sandbox's HTTP/1.1 server: reads requests (Content-Length and
 * chunked bodies, Expect: 100-continue, keep-alive, pipelined requests answered in order), hands
 * each to the handler and writes the reply — normally or with the socket-level fault the reply
 * asks for. A request over a size limit or not well formed gets its 4xx/5xx answer with a
 * Pinterest error body, then the connection is closed. Deletes itself when the client goes away.
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

    /** The limits of HttpRequestParser, answered 414, 431 and 413. */
    static constexpr qsizetype maxRequestLineBytes = HttpRequestParser::maxRequestLineBytes;
    static constexpr qsizetype maxHeaderBytes = HttpRequestParser::maxHeaderBytes;
    static constexpr int maxHeaderFields = HttpRequestParser::maxHeaderFields;
    static constexpr qsizetype maxBodyBytes = HttpRequestParser::maxBodyBytes;

private:
    void readRequests();
    void deliver(const HttpReply &reply, bool keepAlive);
    void writeNow(const HttpReply &reply, bool keepAlive);
    void finishResponse(bool keepAlive);
    /** Answers @p status with a Pinterest error body, then closes without losing the answer. */
    void failAndClose(int status, const QString &message);
    void halfClose();
    static QByteArray head(const HttpResponse &response, qsizetype contentLength, bool keepAlive);

    QPointer<QTcpSocket> m_socket;
    Handler m_handler;
    HttpRequestParser m_parser;
    bool m_busy = false;
    bool m_hung = false;
    bool m_closing = false;    ///< answered an unusable request; only draining what still arrives
    bool m_halfClosed = false;
    qint64 m_drained = 0;
    QTimer *m_dripTimer = nullptr;
};

} // namespace pinstripe::sandbox
