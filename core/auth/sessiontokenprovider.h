#pragma once

#include "core/api/tokenprovider.h"
#include "core/auth/appcredentials.h"
#include "core/auth/tokenset.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>


namespace pinstripe {

class Clock;
class ClockTimer;
class TokenEndpoint;

/**
 * The TokenProvider of a signed-in session: hands ApiClient the current access token and
 * renews it — ahead of expiry on a timer, and when a request got a 401.
 *
 * Only one refresh runs at a time; every request that asks for renewal meanwhile is held
 * and answered when it ends, so they all replay with the new token. The rotated refresh
 * token is announced with tokensRenewed() (the session stores it). When the refresh token
 * is expired or revoked it emits signInRequired() and keeps the old tokens, so nothing the
 * user was doing is lost.
 */
class SessionTokenProvider final : public QObject, public TokenProvider
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionTokenProvider)

public:
    /** @p clock is not owned (nullptr = Clock::system()). */
    explicit SessionTokenProvider(Clock *clock = nullptr, QObject *parent = nullptr);
    ~SessionTokenProvider() override;

    /**
     * Starts serving @p tokens. @p tokenUrl and @p app are what renewal needs; without app
     * credentials or refresh token the token is used until it expires.
     */
    void setSession(const TokenSet &tokens, const QUrl &tokenUrl, const AppCredentials &app);
    /** Forgets the tokens (sign out); held requests are answered "not renewed". */
    void clear();

    TokenSet tokens() const { return m_tokens; }
    bool isRefreshing() const { return m_refreshing; }
    /** Refreshes started so far (for tests and diagnostics). */
    int refreshCount() const { return m_refreshCount; }
    /** True after the refresh token was refused, until the next setSession(). */
    bool needsSignIn() const { return m_needsSignIn; }
    /** When the proactive renewal is scheduled (invalid = none). */
    QDateTime renewalDueAt() const { return m_tokens.renewDueAt(); }

    QString accessToken() const override;
    void renewAccessToken(const QString &rejectedToken, QObject *context,
                          std::function<void(bool renewed)> done) override;

    /** Renews now unless a renewal is already running; @p done (optional) as renewAccessToken. */
    void refreshNow(QObject *context = nullptr, std::function<void(bool renewed)> done = {});
    /**
     * Renews if the clock says it is time; otherwise (re)arms the timer. The timer (on the
     * provider's clock, so advancing a ManualClock past the due time runs it) calls it.
     */
    void checkRenewalDue();

Q_SIGNALS:
    /** New tokens after a refresh; store them (the refresh token was rotated). */
    void tokensRenewed(const pinstripe::TokenSet &tokens);
    /** The session cannot continue without a new sign-in; @p reason is for people. */
    void signInRequired(const QString &reason);
    /** A renewal failed for a passing reason (network); it is tried again later. */
    void renewalFailed(const QString &message);

private:
    struct Waiter
    {
        QPointer<QObject> context;
        bool hasContext = false;
        std::function<void(bool)> done;
    };
    void finishRefresh(bool renewed);
    void requireSignIn(const QString &reason);
    void schedule();

    Clock *m_clock;
    TokenEndpoint *m_endpoint;
    ClockTimer *m_timer;
    TokenSet m_tokens;
    QUrl m_tokenUrl;
    AppCredentials m_app;
    QList<Waiter> m_waiters;
    bool m_refreshing = false;
    bool m_needsSignIn = false;
    int m_refreshCount = 0;
    quint64 m_generation = 0; ///< bumps on setSession()/clear(), so a late answer for an old session is dropped
};

} // namespace pinstripe
