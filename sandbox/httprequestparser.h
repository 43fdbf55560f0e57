#pragma once

#include "sandbox/httpmessage.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace pinstripe::sandbox {

/**
 * Reads HTTP/1.1 requests off the bytes of one connection as they arrive, without the socket:
 * Content-Length and chunked bodies (trailers read past), absolute-form targets, pipelined
 * requests. A request over a size limit or not well formed is refused with the status to
 * answer and a message; after a refusal the connection is of no further use (RFC 9112 gives no
 * way to find the next request), so the parser holds nothing more.
 */
class HttpRequestParser final
{
public:
    /** Longest request line accepted; a longer one is refused 414. */
    static constexpr qsizetype maxRequestLineBytes = 32 * 1024;
    /** Largest request head (request line and header fields); a larger one is refused 431. */
    static constexpr qsizetype maxHeaderBytes = 64 * 1024;
    /** Most header fields in one request; more are refused 431. */
    static constexpr int maxHeaderFields = 100;
    /** Largest request body, however it is framed; a larger one is refused 413. */
    static constexpr qsizetype maxBodyBytes = 32 * 1024 * 1024;

    enum class Result {
        NeedMore, ///< no complete request yet
        Request,  ///< a request was taken off the buffer
        Refused,  ///< see refusalStatus() and refusalMessage()
    };

    void append(const QByteArray &bytes) { m_buffer.append(bytes); }
    /** Takes the next complete request into @p request. */
    Result next(HttpRequest &request);

    int refusalStatus() const { return m_refusalStatus; }
    QString refusalMessage() const { return m_refusalMessage; }
    /** True while bytes not yet taken as a request are buffered. */
    bool hasBufferedBytes() const { return !m_buffer.isEmpty(); }
    /**
     * True once per request when its head asked for "Expect: 100-continue", passed every check
     * and its body is still awaited: the connection should send "100 Continue" now (RFC 9110 10.1.1).
     */
    bool takeContinueDue();

    /** The comma-separated tokens of a header value, lower-case and trimmed. */
    static QList<QByteArray> headerTokens(const QByteArray &value);

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

    /** Parses the head ending at @p headerEnd into m_pending; false (after refusing) on error. */
    bool parseHead(qsizetype headerEnd);
    /** Decodes the chunks that have arrived; true once the last chunk and trailers are in. */
    bool takeChunks(bool *failed);
    void noteContinueDue();
    Result refuse(int status, const QString &message);

    QByteArray m_buffer;
    std::optional<PendingRequest> m_pending;
    bool m_continueDue = false;
    int m_refusalStatus = 0;
    QString m_refusalMessage;
};

} // namespace pinstripe::sandbox
