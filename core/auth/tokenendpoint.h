#pragma once

#include "core/auth/appcredentials.h"
#include "core/auth/tokenset.h"

#include <QObject>
#include <QUrl>

#include <functional>

namespace pinstripe {

class BasicAuthNetworkAccessManager;
class Clock;

/**
 * Pinterest's token endpoint for the refresh grant: `POST /v5/oauth/token` with
 * `grant_type=refresh_token`, HTTP Basic client authentication and a form body.
 */
class TokenEndpoint final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenEndpoint)

public:
    struct Outcome
    {
        enum class Kind {
            Renewed,   ///< tokens holds the new access token (and rotated refresh token)
            Rejected,  ///< the refresh token or the app credentials are no longer accepted: sign in again
            Transient, ///< network trouble, 5xx, 429: try again later
        };
        Kind kind = Kind::Transient;
        /** For people; never contains a token. */
        QString message;
        TokenSet tokens;
    };
    using Callback = std::function<void(const Outcome &)>;

    /** @p clock is not owned (nullptr = Clock::system()). */
    explicit TokenEndpoint(Clock *clock = nullptr, QObject *parent = nullptr);
    ~TokenEndpoint() override;

    /** Renews @p current. @p done runs on @p context's thread unless @p context is gone. */
    void refresh(const QUrl &tokenUrl, const AppCredentials &app, const TokenSet &current, QObject *context,
                 Callback done);

private:
    Clock *m_clock;
    BasicAuthNetworkAccessManager *m_network;
};

} // namespace pinstripe
