#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace pinstripe {

/**
 * Everything Pinstripe keeps about one signed-in Pinterest user in one environment.
 * Stored as one JSON value in the keychain (TokenStore) and nowhere else.
 */
struct TokenSet
{
    QString accessToken;
    /** Empty for a pasted token without refresh token: it cannot be renewed. */
    QString refreshToken;
    /** Invalid = unknown (a pasted token). */
    QDateTime accessExpiresAt;
    /** Invalid = unknown. */
    QDateTime refreshExpiresAt;
    QStringList scopes;
    /** AuthEnvironment::id() */
    QString environment;
    /** Pinterest username the token belongs to; empty until the ad accounts were listed. */
    QString user;
    /** When the access token was issued (or pasted); the base of the renewal schedule. */
    QDateTime obtainedAt;

    bool isEmpty() const { return accessToken.isEmpty(); }
    bool canRefresh() const { return !refreshToken.isEmpty(); }
    bool isAccessExpired(const QDateTime &now) const { return accessExpiresAt.isValid() && accessExpiresAt <= now; }
    bool isRefreshExpired(const QDateTime &now) const { return refreshExpiresAt.isValid() && refreshExpiresAt <= now; }

    /**
     * When to renew ahead of expiry: a tenth of the token's lifetime before it ends, at most
     * one day before (Pinterest's tokens live 30 days, so renewal happens on day 29).
     * Invalid when the expiry is unknown or there is no refresh token.
     */
    QDateTime renewDueAt() const;

    /**
     * Reads a token endpoint answer (`access_token`, `expires_in`, `refresh_token`,
     * `refresh_token_expires_in`/`_at`, `scope`) received at @p now. Returns what is wrong
     * with it, or an empty string. Fields the answer lacks (e.g. no new refresh token) keep
     * their value in @p tokens.
     */
    static QString applyTokenResponse(const QJsonObject &body, const QDateTime &now, TokenSet &tokens);
    /** Pinterest documents neither comma nor space as the scope separator: accept both. */
    static QStringList splitScopes(const QString &scope);

    QJsonObject toJson() const;
    static TokenSet fromJson(const QJsonObject &json);
    friend bool operator==(const TokenSet &, const TokenSet &) = default;
};

/**
 * The token health line of the status bar, e.g. "access token renews in 2 days; sign-in
 * needed again in 58 days".
 */
QString describeTokenHealth(const TokenSet &tokens, const QDateTime &now);

/** "3 minutes", "5 hours", "2 days" — the largest unit that is at least one. */
QString describeDuration(qint64 seconds);

} // namespace pinstripe

Q_DECLARE_METATYPE(pinstripe::TokenSet)
