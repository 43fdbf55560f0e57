#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace pinstripe {

/**
 * Where ApiClient gets the bearer token for each request, and who renews it.
 * The sign-in code implements this over the keychain; tests and scripts use StaticTokenProvider.
 */
class TokenProvider
{
public:
    virtual ~TokenProvider() = default;

    /** The current access token; empty when signed out. */
    virtual QString accessToken() const = 0;

    /**
     * Called when Pinterest answered 401 (code 2) to a request sent with @p rejectedToken.
     * Implementations renew the token (once, however many requests ask) and call @p done
     * with true when a new token is available, on @p context's thread. The default cannot
     * renew anything.
     */
    virtual void renewAccessToken(const QString &rejectedToken, QObject *context,
                                  std::function<void(bool renewed)> done)
    {
        Q_UNUSED(rejectedToken)
        Q_UNUSED(context)
        done(false);
    }
};

/** A fixed token, e.g. the demo sandbox's or one pasted by the user for this session. */
class StaticTokenProvider final : public TokenProvider
{
public:
    explicit StaticTokenProvider(QString token)
        : m_token(std::move(token))
    {
    }
    QString accessToken() const override { return m_token; }
    void setAccessToken(const QString &token) { m_token = token; }

private:
    QString m_token;
};

} // namespace pinstripe
