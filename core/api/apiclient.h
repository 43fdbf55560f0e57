#pragma once

#include "core/api/ratecategory.h"

#include <QObject>
#include <QUrl>
#include <QUrlQuery>

#include <chrono>
#include <memory>

class QNetworkAccessManager;
class QNetworkRequest;

namespace pinstripe {

class RateLimiter;
class TokenProvider;

/**
 * The shared part of every API call: one QNetworkAccessManager, the base URL, the bearer
 * token source, the transfer timeout, the User-Agent and the per-category rate limiter.
 * Request objects (ApiRequest subclasses) are created on a client and run through it.
 * Lives on one thread; its requests must be started on that thread.
 */
class ApiClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiClient)

public:
    /**
     * @p baseUrl e.g. https://api.pinterest.com/v5 — must pass ApiEndpoint::validateBaseUrl()
     * (https, or http on loopback only); check isUsable() after construction.
     * @p tokens is not owned and must outlive the client.
     */
    ApiClient(const QUrl &baseUrl, TokenProvider *tokens, QObject *parent = nullptr);
    ~ApiClient() override;

    QUrl baseUrl() const { return m_baseUrl; }
    /** Empty if the base URL is acceptable, otherwise why not (every request then fails with it). */
    QString baseUrlProblem() const { return m_baseUrlProblem; }

    TokenProvider *tokenProvider() const { return m_tokens; }
    RateLimiter *rateLimiter() const { return m_rateLimiter; }
    QNetworkAccessManager *network() const { return m_network; }

    /** How long a request may wait for bytes before it fails with Timeout (default 30 s). */
    std::chrono::milliseconds transferTimeout() const { return m_transferTimeout; }
    void setTransferTimeout(std::chrono::milliseconds timeout) { m_transferTimeout = timeout; }
    /**
     * How long one attempt may take in all, however steadily bytes trickle in (default 45 s);
     * past it the attempt fails with Timeout and is retried per the request's policy.
     */
    std::chrono::milliseconds requestDeadline() const { return m_requestDeadline; }
    void setRequestDeadline(std::chrono::milliseconds deadline) { m_requestDeadline = deadline; }
    /** After how long an attempt counts as slow (ApiRequest::answeringSlowly, default 8 s). */
    std::chrono::milliseconds slowAnswerThreshold() const { return m_slowAnswerThreshold; }
    void setSlowAnswerThreshold(std::chrono::milliseconds threshold) { m_slowAnswerThreshold = threshold; }

    QString userAgent() const { return m_userAgent; }

    /** The full URL for @p path (e.g. "/ad_accounts/1/ad_groups") and @p query. */
    QUrl urlFor(const QString &path, const QUrlQuery &query = {}) const;

    /** Requests started and not yet finished, for tests and the status bar. */
    int activeRequests() const { return m_active; }

private:
    friend class ApiRequest;
    void requestStarted() { ++m_active; }
    void requestEnded() { --m_active; }

    QUrl m_baseUrl;
    QString m_baseUrlProblem;
    TokenProvider *m_tokens;
    QNetworkAccessManager *m_network;
    RateLimiter *m_rateLimiter;
    std::chrono::milliseconds m_transferTimeout{30'000};
    std::chrono::milliseconds m_requestDeadline{45'000};
    std::chrono::milliseconds m_slowAnswerThreshold{8'000};
    QString m_userAgent;
    int m_active = 0;
};

} // namespace pinstripe
