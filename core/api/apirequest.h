#pragma once

#include "core/api/apierror.h"
#include "core/api/ratecategory.h"
#include "core/api/retrypolicy.h"

#include <QObject>
#include <QPointer>
#include <QUrlQuery>

#include <chrono>
#include <functional>

class QNetworkReply;
class QTimer;

namespace pinstripe {

class ApiClient;
class Clock;

/**
 * Base of every Pinterest API call: one subclass per operation, one file each.
 *
 * Usage: create on an ApiClient, connect the subclass's typed `finished` and the base's
 * `failed`, call start(). The request deletes itself after emitting exactly one of them
 * (cancel() emits failed with Kind::Cancelled). It is a child of the client, so it is
 * safe to abandon: if the client goes away, so does the request.
 *
 * The base validates parameters before anything is sent (validate()), waits for the rate
 * limiter, adds the bearer token, enforces the idle transfer timeout and the overall deadline
 * of an attempt (both fail it as Timeout), tells when an answer is slow, renews the token once on
 * a 401, retries transient failures per the RetryPolicy, reads Pinterest's error body and
 * logs without credentials.
 */
class ApiRequest : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiRequest)

public:
    enum class Method { Get, Post, Patch };

    ~ApiRequest() override;

    /** Sends the request (after validation and rate limiting). Call once. */
    void start();
    /** Stops it: an answer that arrives later is ignored. Emits failed(Cancelled). */
    void cancel();

    /** Attempts made so far (1 after the first send). */
    int attempts() const { return m_attempts; }
    RateCategory rateCategory() const { return m_category; }
    /** What this request does, for people: "Listing ad groups". */
    virtual QString operationName() const = 0;
    /**
     * What is wrong with the parameters, as start() would fail with it before sending
     * (validate()); empty when the request may be sent.
     */
    QString parameterProblem() const { return validate(); }
    /** The JSON body a POST or PATCH sends; empty for a GET. */
    QByteArray payload() const { return body(); }

Q_SIGNALS:
    void failed(const pinstripe::ApiError &error);
    /** A transient failure will be retried after @p delayMs. */
    void retrying(int nextAttempt, int delayMs, const pinstripe::ApiError &cause);
    /**
     * True once the current attempt has gone on for longer than the client's
     * slowAnswerThreshold(); false again when its answer is in or the request ends.
     */
    void answeringSlowly(bool slow);

protected:
    ApiRequest(ApiClient *client, Method method, RateCategory category, RetryPolicy retryPolicy);

    /** Checks parameters against the API's limits; a non-empty sentence stops the request. */
    virtual QString validate() const { return {}; }
    /** Path below the base URL, e.g. "/ad_accounts/123/ad_groups". */
    virtual QString path() const = 0;
    virtual QUrlQuery query() const { return {}; }
    /** JSON body for POST/PATCH. */
    virtual QByteArray body() const { return {}; }
    /**
     * Reads a 2xx body and emits the subclass's finished signal. Returns an empty string on
     * success, or what was wrong with the body (the request then fails as InvalidResponse).
     */
    virtual QString handleSuccess(const QByteArray &body) = 0;

    /** What is left to do on the request's thread once a body was read: emit; a problem or empty. */
    using Delivery = std::function<QString()>;
    /** Reads a body on a worker thread and returns its Delivery; must touch nothing of the request. */
    using WorkerReader = std::function<Delivery(const QByteArray &body)>;
    /**
     * For big answers (a page of 250 ad groups): how to read the body on a worker thread, so the
     * UI thread only takes the result, and several answers are read on several cores. Empty (the
     * default): handleSuccess() reads it on the request's thread.
     */
    virtual WorkerReader workerReader() { return {}; }
    /** True for creates: a lost answer means the outcome is unknown, not a plain failure. */
    virtual bool outcomeUnknownWhenAnswerLost() const { return false; }

    ApiClient *client() const;

private:
    void acquireAndSend();
    void send();
    void onReplyFinished();
    void onTransferTimeout();
    void setAnsweringSlowly(bool slow);
    void handleFailure(ApiError error);
    void readOnWorker(const WorkerReader &reader, const QByteArray &payload, ApiError unreadable);
    void fail(ApiError error);
    void done();
    ApiError errorFromReply(QNetworkReply *reply, const QByteArray &body) const;

    QPointer<ApiClient> m_client;
    Method m_method;
    RateCategory m_category;
    RetryPolicy m_retryPolicy;
    QPointer<QNetworkReply> m_reply;
    QTimer *m_timeout = nullptr;  ///< idle: no bytes for transferTimeout()
    QTimer *m_deadline = nullptr; ///< the attempt as a whole: requestDeadline()
    QTimer *m_slowTimer = nullptr;
    /** The connection's clock (its rate limiter's): retry waits and the total retry time run on it. */
    Clock *m_clock = nullptr;
    std::chrono::milliseconds m_firstAttemptAt{0};
    QString m_tokenUsed;
    quint64 m_rateTicket = 0;
    int m_attempts = 0;
    bool m_started = false;
    bool m_finished = false;
    bool m_timedOut = false;
    bool m_deadlinePassed = false;
    bool m_answeringSlowly = false;
    bool m_renewedToken = false;
};

} // namespace pinstripe
