#pragma once

#include "sandbox/httpmessage.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

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

    /** Longest request line accepted; a longer one is answered 414. */
    static constexpr qsizetype maxRequestLineBytes = 32 * 1024;
    /** Largest request head (request line and header fields); a larger one is answered 431. */
    static constexpr qsizetype maxHeaderBytes = 64 * 1024;
    /** Most header fields in one request; more are answered 431. */
    static constexpr int maxHeaderFields = 100;
    /** Largest request body, however it is framed; a larger one is answered 413. */
    static constexpr qsizetype maxBodyBytes = 32 * 1024 * 1024;

private:
    /** A request whose head is parsed and whose body is still arriving. */
    struct PendingRequest
    {
        HttpRequest request;
        qsizetype contentLength = 0;
        bool chunked = false;
        bool expectsContinue = false;
        bool continueSent = false;
        qsizetype scanPos = 0; ///< chunked: where the next chunk-size line (or trailer) starts
        bool inTrailers = false;
    };

    void readRequests();
    /** Parses one complete request off the buffer; false if more bytes are needed or on error. */
    bool takeRequest(HttpRequest &request);
    /** Parses the head ending at @p headerEnd into m_pending; false (after answering) on error. */
    bool parseHead(qsizetype headerEnd);
    /** Decodes the chunks that have arrived; true once the last chunk and trailers are in. */
    bool takeChunks(bool *failed);
    void sendContinueIfExpected();
    void deliver(const HttpReply &reply, bool keepAlive);
    void writeNow(const HttpReply &reply, bool keepAlive);
    void finishResponse(bool keepAlive);
    /** Answers @p status with a Pinterest error body, then closes without losing the answer. */
    void failAndClose(int status, const QString &message);
    void halfClose();
    static QByteArray head(const HttpResponse &response, qsizetype contentLength, bool keepAlive);

    QPointer<QTcpSocket> m_socket;
    Handler m_handler;
    QByteArray m_buffer;
    std::optional<PendingRequest> m_pending;
    bool m_busy = false;
    bool m_hung = false;
    bool m_closing = false;    ///< answered an unusable request; only draining what still arrives
    bool m_halfClosed = false;
    qint64 m_drained = 0;
    QTimer *m_dripTimer = nullptr;
};

} // namespace pinstripe::sandbox
