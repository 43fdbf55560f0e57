#include "core/auth/sessiontokenprovider.h"

#include "core/auth/tokenendpoint.h"
#include "core/logging.h"
#include "core/time/clock.h"
#include "core/time/clocktimer.h"

#include <QCoreApplication>

namespace pinstripe {

namespace {

/** Re-check at least daily: timers drift over days and laptops sleep. */
constexpr qint64 maxTimerMs = 24LL * 3600 * 1000;
/** After a passing failure, try again this much later. */
constexpr std::chrono::milliseconds retryDelay{60'000};

} // namespace

SessionTokenProvider::SessionTokenProvider(Clock *clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock ? clock : Clock::system())
    , m_endpoint(new TokenEndpoint(m_clock, this))
    , m_timer(new ClockTimer(m_clock, this))
{
    connect(m_timer, &ClockTimer::timeout, this, &SessionTokenProvider::checkRenewalDue);
}

SessionTokenProvider::~SessionTokenProvider() = default;

void SessionTokenProvider::setSession(const TokenSet &tokens, const QUrl &tokenUrl, const AppCredentials &app)
{
    ++m_generation;
    finishRefresh(false);
    m_tokens = tokens;
    m_tokenUrl = tokenUrl;
    m_app = app;
    m_needsSignIn = false;
    schedule();
}

void SessionTokenProvider::clear()
{
    ++m_generation;
    finishRefresh(false);
    m_tokens = {};
    m_app = {};
    m_needsSignIn = false;
    m_timer->stop();
}

QString SessionTokenProvider::accessToken() const
{
    return m_tokens.accessToken;
}

void SessionTokenProvider::renewAccessToken(const QString &rejectedToken, QObject *context,
                                            std::function<void(bool renewed)> done)
{
    if (!m_tokens.isEmpty() && !m_refreshing && rejectedToken != m_tokens.accessToken) {
        // Another request already renewed it while this one was on the wire: just replay.
        done(true);
        return;
    }
    refreshNow(context, std::move(done));
}

void SessionTokenProvider::refreshNow(QObject *context, std::function<void(bool renewed)> done)
{
    if (done)
        m_waiters.append({QPointer<QObject>(context), context != nullptr, std::move(done)});
    if (m_refreshing)
        return; // one refresh at a time; this caller is answered when it ends
    if (m_tokens.isEmpty() || m_needsSignIn) {
        finishRefresh(false);
        return;
    }
    if (!m_tokens.canRefresh() || !m_app.isComplete()) {
        requireSignIn(m_tokens.canRefresh()
                          ? tr("The access token has expired and the app ID and secret needed to renew it are missing. "
                               "Please sign in again.")
                          : tr("The access token has expired or was revoked and there is no refresh token. "
                               "Please sign in again."));
        return;
    }
    if (m_tokens.isRefreshExpired(m_clock->now())) {
        requireSignIn(tr("Your Pinterest sign-in has run out (the refresh token expired). Please sign in again."));
        return;
    }
    m_refreshing = true;
    ++m_refreshCount;
    m_timer->stop();
    const quint64 generation = m_generation;
    m_endpoint->refresh(m_tokenUrl, m_app, m_tokens, this, [this, generation](const TokenEndpoint::Outcome &outcome) {
        if (generation != m_generation)
            return;
        m_refreshing = false;
        switch (outcome.kind) {
        case TokenEndpoint::Outcome::Kind::Renewed:
            m_tokens = outcome.tokens;
            qCInfo(lcAuth) << "access token renewed; next renewal due" << m_tokens.renewDueAt().toString(Qt::ISODate);
            Q_EMIT tokensRenewed(m_tokens);
            schedule();
            finishRefresh(true);
            return;
        case TokenEndpoint::Outcome::Kind::Rejected:
            requireSignIn(tr("Pinterest no longer accepts this sign-in (%1). Please sign in again; "
                             "your unsent changes are kept.").arg(outcome.message));
            return;
        case TokenEndpoint::Outcome::Kind::Transient:
            qCWarning(lcAuth) << "token renewal failed, retrying later:" << outcome.message;
            Q_EMIT renewalFailed(outcome.message);
            m_timer->start(retryDelay);
            finishRefresh(false);
            return;
        }
    });
}

void SessionTokenProvider::requireSignIn(const QString &reason)
{
    m_needsSignIn = true;
    m_timer->stop();
    qCWarning(lcAuth) << "sign-in required:" << reason;
    finishRefresh(false);
    Q_EMIT signInRequired(reason);
}

void SessionTokenProvider::finishRefresh(bool renewed)
{
    m_refreshing = false;
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    for (const Waiter &w : waiters) {
        if (w.hasContext && !w.context)
            continue; // the request is gone
        w.done(renewed);
    }
}

void SessionTokenProvider::checkRenewalDue()
{
    if (m_tokens.isEmpty() || m_needsSignIn || m_refreshing)
        return;
    const QDateTime due = m_tokens.renewDueAt();
    if (!due.isValid())
        return;
    if (due <= m_clock->now()) {
        refreshNow();
        return;
    }
    schedule();
}

void SessionTokenProvider::schedule()
{
    m_timer->stop();
    const QDateTime due = m_tokens.renewDueAt();
    if (m_tokens.isEmpty() || !due.isValid())
        return;
    const qint64 ms = qBound<qint64>(0, m_clock->now().msecsTo(due), maxTimerMs);
    m_timer->start(std::chrono::milliseconds(ms));
}

} // namespace pinstripe
