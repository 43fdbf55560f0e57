#pragma once

#include <QMetaType>
#include <QNetworkReply>
#include <QString>

#include <chrono>
#include <optional>

namespace pinstripe {

/**
 * Why an API call did not deliver its result: refused before sending (validation), a
 * network failure, an HTTP error with Pinterest's `{code, message}` body, an unreadable
 * response, a cancellation, or — for creates only — an outcome nobody can know.
 */
class ApiError
{
public:
    enum class Kind {
        None,
        Validation,     ///< refused by the client before anything was sent
        Network,        ///< no usable answer: refused, reset, TLS, host not found
        Timeout,        ///< the server did not answer within the transfer timeout
        Http,           ///< an HTTP error status (see httpStatus / code / message)
        InvalidResponse,///< a 2xx answer whose body could not be read (truncated, not JSON)
        Cancelled,      ///< cancel() was called
        OutcomeUnknown, ///< a create was sent but its answer was lost: list before resending
    };

    ApiError() = default;

    static ApiError validation(const QString &message);
    static ApiError cancelled();

    Kind kind = Kind::None;
    /** HTTP status, 0 if none was received. */
    int httpStatus = 0;
    /** Pinterest's error code from the body (e.g. 2 authentication, 8 rate limit), 0 if none. */
    int code = 0;
    /** Pinterest's message, or the client's own for Validation/Network errors. */
    QString message;
    /** The `x-pinterest-rid` response header, to quote to Pinterest support. */
    QString requestId;
    /** How long the server asked us to wait (Retry-After or X-RateLimit-Reset). */
    std::optional<std::chrono::seconds> retryAfter;
    /** Qt's network error, for Network/Timeout kinds. */
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    /** What was being done, e.g. "Updating ad groups"; set by the request. */
    QString operation;

    bool isError() const { return kind != Kind::None; }
    /**
     * 401 with Pinterest code 2 (or no code): the access token is missing, expired or revoked,
     * so renewing it may help. A 401 for missing scopes (code 3) is not one of these.
     */
    bool isAuthenticationFailure() const { return httpStatus == 401 && (code == 2 || code == 0); }
    bool isRateLimited() const { return httpStatus == 429; }
    /** Network trouble, timeouts, 5xx, 429 and unreadable bodies may succeed when tried again. */
    bool isTransient() const;

    /** One or two plain sentences for people, e.g. "Updating ad groups failed: Pinterest said …". */
    QString userMessage() const;
    /** Everything, for logs and bug reports (never contains credentials). */
    QString toString() const;
};

} // namespace pinstripe

Q_DECLARE_METATYPE(pinstripe::ApiError)
