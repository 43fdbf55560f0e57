#include "sandbox/oauthservice.h"

#include "sandbox/sandboxclock.h"
#include "sandbox/specenums.h"

#include <QJsonObject>
#include <QRandomGenerator>
#include <QUrl>

namespace pinstripe::sandbox {

namespace {

constexpr qint64 codeLifetimeMs = 10 * 60 * 1000;

HttpResponse errorPage(const QString &problem)
{
    HttpResponse r;
    r.status = 400;
    r.setHeader("Content-Type", "text/html; charset=utf-8");
    r.body = "<!doctype html><title>Authorization error</title><h1>Authorization error</h1><p>"
        + problem.toHtmlEscaped().toUtf8() + "</p>";
    return r;
}

bool isAcceptableRedirect(const QUrl &url)
{
    if (!url.isValid() || url.hasFragment() || url.host().isEmpty())
        return false;
    if (url.scheme() == QLatin1String("https"))
        return true;
    // Plain http only for the desktop app's loopback listener, as Pinterest allows for localhost.
    const QString host = url.host();
    return url.scheme() == QLatin1String("http")
        && (host == QLatin1String("localhost") || host == QLatin1String("127.0.0.1") || host == QLatin1String("::1"));
}

} // namespace

OAuthService::OAuthService(const SandboxOptions &options, const SandboxClock &clock)
    : m_options(options)
    , m_clock(clock)
{
}

qint64 OAuthService::nowMs() const
{
    return m_clock.now().toMSecsSinceEpoch();
}

QString OAuthService::randomToken(const char *prefix, int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    for (char &c : raw)
        c = char(QRandomGenerator::system()->bounded(256));
    return QLatin1String(prefix) + QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

HttpResponse OAuthService::authorize(const HttpRequest &request)
{
    const QUrlQuery q = request.query();
    auto value = [&q](const char *key) { return q.queryItemValue(QLatin1String(key), QUrl::FullyDecoded); };
    // The official quickstart sends consumer_id; client_id is what most clients send.
    const QString clientId = q.hasQueryItem(QStringLiteral("client_id")) ? value("client_id") : value("consumer_id");
    if (clientId.isEmpty())
        return errorPage(QStringLiteral("client_id is required."));
    if (clientId != m_options.clientId)
        return errorPage(QStringLiteral("Unknown client_id '%1'.").arg(clientId));
    const QString redirect = value("redirect_uri");
    if (redirect.isEmpty())
        return errorPage(QStringLiteral("redirect_uri is required."));
    const QUrl redirectUrl(redirect, QUrl::StrictMode);
    if (!isAcceptableRedirect(redirectUrl))
        return errorPage(QStringLiteral("redirect_uri '%1' is not registered for this app "
                                        "(https URLs and http://localhost or 127.0.0.1 are).").arg(redirect));
    if (value("response_type") != QLatin1String("code"))
        return errorPage(QStringLiteral("response_type must be 'code'."));
    const QStringList scopes = value("scope").split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (scopes.isEmpty())
        return errorPage(QStringLiteral("scope is required (comma-separated, e.g. ads:read,ads:write)."));
    for (const QString &s : scopes) {
        if (!specenums::oauthScopes().contains(s.trimmed()))
            return errorPage(QStringLiteral("Unknown scope '%1'.").arg(s));
    }
    const QString state = value("state");
    if (state.isEmpty())
        return errorPage(QStringLiteral("state is required."));

    Grant code;
    code.value = randomToken("", 24);
    for (const QString &s : scopes)
        code.scopes << s.trimmed();
    code.expiresAtMs = nowMs() + codeLifetimeMs;
    code.redirectUri = redirect;
    m_codes.insert(code.value, code);

    // Built by hand so that any character in state survives the round trip percent-encoded.
    QUrl target = redirectUrl;
    QByteArray query = target.query(QUrl::FullyEncoded).toLatin1();
    if (!query.isEmpty())
        query += '&';
    query += "code=" + QUrl::toPercentEncoding(code.value) + "&state=" + QUrl::toPercentEncoding(state);
    target.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    HttpResponse r;
    r.status = 302;
    r.setHeader("Location", target.toEncoded());
    r.setHeader("Content-Type", "text/html; charset=utf-8");
    r.body = "<!doctype html><p>Redirecting to the application…</p>";
    return r;
}

HttpResponse OAuthService::issue(const QStringList &scopes, const QString &responseType)
{
    const qint64 now = nowMs();
    Grant access;
    access.value = randomToken("pina_", 32);
    access.scopes = scopes;
    access.expiresAtMs = now + qint64(m_options.tokenTtlSeconds) * 1000;
    m_accessTokens.insert(access.value, access);

    QJsonObject body{{QStringLiteral("access_token"), access.value},
                     {QStringLiteral("token_type"), QStringLiteral("bearer")},
                     {QStringLiteral("expires_in"), m_options.tokenTtlSeconds},
                     {QStringLiteral("scope"), scopes.join(QLatin1Char(','))},
                     {QStringLiteral("response_type"), responseType}};
    if (responseType != QLatin1String("client_credentials")) {
        Grant refresh;
        refresh.value = randomToken("pinr_", 32);
        refresh.scopes = scopes;
        refresh.expiresAtMs = now + qint64(m_options.refreshTokenTtlSeconds) * 1000;
        m_refreshTokens.insert(refresh.value, refresh);
        body.insert(QStringLiteral("refresh_token"), refresh.value);
        body.insert(QStringLiteral("refresh_token_expires_in"), m_options.refreshTokenTtlSeconds);
        body.insert(QStringLiteral("refresh_token_expires_at"), refresh.expiresAtMs / 1000);
    }
    HttpResponse r = HttpResponse::json(200, body);
    r.setHeader("Cache-Control", "no-store");
    return r;
}

HttpResponse OAuthService::token(const HttpRequest &request)
{
    ++m_tokenRequests;
    const QByteArray basic = request.credentials("Basic");
    if (basic.isEmpty())
        return HttpResponse::error(401, 2, QStringLiteral("Authentication failed. The token endpoint needs HTTP Basic "
                                                          "client authentication (client_id:client_secret)."));
    const QByteArray decoded = QByteArray::fromBase64(basic);
    const qsizetype colon = decoded.indexOf(':');
    const QString clientId = QString::fromUtf8(decoded.left(colon));
    const QString secret = QString::fromUtf8(decoded.mid(colon + 1));
    if (colon < 0 || clientId != m_options.clientId || secret != m_options.clientSecret)
        return HttpResponse::error(401, 2, QStringLiteral("Authentication failed. Invalid client_id or client_secret."));
    // Media types are case-insensitive (RFC 9110 8.3.1).
    if (!request.header("content-type").toLower().startsWith("application/x-www-form-urlencoded"))
        return HttpResponse::error(415, 1, QStringLiteral("The token endpoint takes an application/x-www-form-urlencoded body."));

    const QUrlQuery form = request.formBody();
    auto field = [&form](const char *key) { return form.queryItemValue(QLatin1String(key), QUrl::FullyDecoded); };
    const QString grantType = field("grant_type");
    const qint64 now = nowMs();
    if (grantType == QLatin1String("authorization_code")) {
        const QString code = field("code");
        if (code.isEmpty() || field("redirect_uri").isEmpty())
            return HttpResponse::error(400, 1, QStringLiteral("code and redirect_uri are required for grant_type authorization_code."));
        // Codes are single use: take it out before checking, so a failed attempt burns it too.
        const Grant grant = m_codes.take(code);
        if (grant.value.isEmpty())
            return HttpResponse::error(400, 1, QStringLiteral("Invalid authorization code: unknown or already used."));
        if (grant.expiresAtMs < now)
            return HttpResponse::error(400, 1, QStringLiteral("Invalid authorization code: expired."));
        if (grant.redirectUri != field("redirect_uri"))
            return HttpResponse::error(400, 1, QStringLiteral("redirect_uri does not match the one of the authorization request."));
        return issue(grant.scopes, QStringLiteral("authorization_code"));
    }
    if (grantType == QLatin1String("refresh_token")) {
        const QString token = field("refresh_token");
        if (token.isEmpty())
            return HttpResponse::error(400, 1, QStringLiteral("refresh_token is required for grant_type refresh_token."));
        const Grant grant = m_refreshTokens.take(token); // rotation: the old refresh token dies here
        if (grant.value.isEmpty())
            return HttpResponse::error(400, 1, QStringLiteral("Invalid refresh token: unknown, revoked or already rotated."));
        if (grant.expiresAtMs < now)
            return HttpResponse::error(400, 1, QStringLiteral("Invalid refresh token: expired."));
        QStringList scopes = grant.scopes;
        const QString requested = field("scope");
        if (!requested.isEmpty()) {
            scopes = requested.split(QLatin1Char(','), Qt::SkipEmptyParts);
            for (const QString &s : std::as_const(scopes)) {
                if (!grant.scopes.contains(s)) {
                    m_refreshTokens.insert(grant.value, grant);
                    return HttpResponse::error(400, 1, QStringLiteral("scope '%1' was not granted to this refresh token.").arg(s));
                }
            }
        }
        return issue(scopes, QStringLiteral("refresh_token"));
    }
    if (grantType == QLatin1String("client_credentials")) {
        const QStringList scopes = field("scope").split(QLatin1Char(','), Qt::SkipEmptyParts);
        if (scopes.isEmpty())
            return HttpResponse::error(400, 1, QStringLiteral("scope is required for grant_type client_credentials."));
        return issue(scopes, QStringLiteral("client_credentials"));
    }
    return HttpResponse::error(400, 1, QStringLiteral("grant_type must be authorization_code, refresh_token or client_credentials."));
}

std::optional<QStringList> OAuthService::scopesOf(const QString &accessToken) const
{
    if (accessToken.isEmpty())
        return std::nullopt;
    if (accessToken == m_options.accessToken)
        return specenums::oauthScopes();
    const auto it = m_accessTokens.constFind(accessToken);
    if (it == m_accessTokens.cend() || it->expiresAtMs <= nowMs())
        return std::nullopt;
    return it->scopes;
}

} // namespace pinstripe::sandbox
