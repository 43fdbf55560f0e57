#include "core/auth/tokenset.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace pinstripe {

namespace {

constexpr qint64 oneDay = 24 * 3600;

// A class, not a free function, so that lupdate files these messages under
// the context they are looked up in.
struct TokenHealthText
{
    Q_DECLARE_TR_FUNCTIONS(pinstripe::TokenHealth)
};

QString toIso(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

QDateTime fromIso(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODate);
}

// Pinterest's tokens live a year at most. A lifetime far beyond that would put the expiry past
// what an ISO date can hold (year 9999), and the stored tokens would lose it; ten years is
// "does not expire" for every purpose here.
constexpr qint64 longestLifetime = 10 * 366 * oneDay;

QDateTime expiryAfter(const QDateTime &now, qint64 seconds)
{
    return now.addSecs(qMin(seconds, longestLifetime));
}

} // namespace

QDateTime TokenSet::renewDueAt() const
{
    if (!accessExpiresAt.isValid() || !canRefresh())
        return {};
    const qint64 lifetime = obtainedAt.isValid() ? obtainedAt.secsTo(accessExpiresAt) : oneDay * 10;
    const qint64 lead = qBound<qint64>(0, lifetime / 10, oneDay);
    return accessExpiresAt.addSecs(-lead);
}

QStringList TokenSet::splitScopes(const QString &scope)
{
    QStringList out;
    const QStringList parts = QString(scope).replace(QLatin1Char(' '), QLatin1Char(',')).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &part : parts)
        out << part.trimmed();
    return out;
}

QString TokenSet::applyTokenResponse(const QJsonObject &body, const QDateTime &now, TokenSet &tokens)
{
    const QString access = body.value(QLatin1String("access_token")).toString();
    if (access.isEmpty())
        return QStringLiteral("the answer has no access_token");
    tokens.accessToken = access;
    tokens.obtainedAt = now;
    const qint64 expiresIn = body.value(QLatin1String("expires_in")).toInteger(-1);
    tokens.accessExpiresAt = expiresIn > 0 ? expiryAfter(now, expiresIn) : QDateTime();
    const QString refresh = body.value(QLatin1String("refresh_token")).toString();
    if (!refresh.isEmpty()) {
        // A refresh answer rotates the refresh token: only the newest one works from now on.
        tokens.refreshToken = refresh;
        const qint64 refreshIn = body.value(QLatin1String("refresh_token_expires_in")).toInteger(-1);
        const qint64 refreshAt = body.value(QLatin1String("refresh_token_expires_at")).toInteger(-1);
        if (refreshIn > 0)
            tokens.refreshExpiresAt = expiryAfter(now, refreshIn);
        else if (refreshAt > 0)
            tokens.refreshExpiresAt = qMin(QDateTime::fromSecsSinceEpoch(refreshAt, Qt::UTC),
                                           expiryAfter(now, longestLifetime));
        else
            tokens.refreshExpiresAt = QDateTime();
    }
    const QString scope = body.value(QLatin1String("scope")).toString();
    if (!scope.isEmpty())
        tokens.scopes = splitScopes(scope);
    return {};
}

QJsonObject TokenSet::toJson() const
{
    QJsonObject json{{QStringLiteral("access_token"), accessToken},
                     {QStringLiteral("scopes"), QJsonArray::fromStringList(scopes)},
                     {QStringLiteral("environment"), environment},
                     {QStringLiteral("user"), user}};
    if (!refreshToken.isEmpty())
        json.insert(QStringLiteral("refresh_token"), refreshToken);
    if (accessExpiresAt.isValid())
        json.insert(QStringLiteral("access_expires_at"), toIso(accessExpiresAt));
    if (refreshExpiresAt.isValid())
        json.insert(QStringLiteral("refresh_expires_at"), toIso(refreshExpiresAt));
    if (obtainedAt.isValid())
        json.insert(QStringLiteral("obtained_at"), toIso(obtainedAt));
    return json;
}

TokenSet TokenSet::fromJson(const QJsonObject &json)
{
    TokenSet t;
    t.accessToken = json.value(QLatin1String("access_token")).toString();
    t.refreshToken = json.value(QLatin1String("refresh_token")).toString();
    t.accessExpiresAt = fromIso(json.value(QLatin1String("access_expires_at")));
    t.refreshExpiresAt = fromIso(json.value(QLatin1String("refresh_expires_at")));
    t.obtainedAt = fromIso(json.value(QLatin1String("obtained_at")));
    for (const QJsonValue &v : json.value(QLatin1String("scopes")).toArray())
        t.scopes << v.toString();
    t.environment = json.value(QLatin1String("environment")).toString();
    t.user = json.value(QLatin1String("user")).toString();
    return t;
}

QString describeDuration(qint64 seconds)
{
    seconds = qMax<qint64>(0, seconds);
    if (seconds >= oneDay)
        return TokenHealthText::tr("%n day(s)", nullptr, int(seconds / oneDay));
    if (seconds >= 3600)
        return TokenHealthText::tr("%n hour(s)", nullptr, int(seconds / 3600));
    if (seconds >= 60)
        return TokenHealthText::tr("%n minute(s)", nullptr, int(seconds / 60));
    return TokenHealthText::tr("less than a minute");
}

QString describeTokenHealth(const TokenSet &tokens, const QDateTime &now)
{
    if (tokens.isEmpty())
        return TokenHealthText::tr("not signed in");
    QString access;
    if (!tokens.accessExpiresAt.isValid())
        access = TokenHealthText::tr("access token expiry unknown");
    else if (tokens.isAccessExpired(now))
        access = tokens.canRefresh() ? TokenHealthText::tr("access token expired, renewing") : TokenHealthText::tr("access token expired");
    else if (tokens.canRefresh())
        access = TokenHealthText::tr("access token renews in %1").arg(describeDuration(now.secsTo(tokens.renewDueAt())));
    else
        access = TokenHealthText::tr("access token expires in %1").arg(describeDuration(now.secsTo(tokens.accessExpiresAt)));

    QString signIn;
    if (!tokens.canRefresh()) {
        signIn = tokens.accessExpiresAt.isValid()
            ? TokenHealthText::tr("sign-in needed again in %1").arg(describeDuration(now.secsTo(tokens.accessExpiresAt)))
            : TokenHealthText::tr("no refresh token");
    } else if (tokens.isRefreshExpired(now)) {
        signIn = TokenHealthText::tr("sign-in needed now");
    } else if (tokens.refreshExpiresAt.isValid()) {
        signIn = TokenHealthText::tr("sign-in needed again in %1").arg(describeDuration(now.secsTo(tokens.refreshExpiresAt)));
    }
    return signIn.isEmpty() ? access : access + QStringLiteral("; ") + signIn;
}

} // namespace pinstripe
