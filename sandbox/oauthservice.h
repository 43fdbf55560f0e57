#pragma once

#include "sandbox/httpmessage.h"
#include "sandbox/sandboxoptions.h"

#include <QHash>
#include <QStringList>

#include <atomic>
#include <optional>

namespace pinstripe::sandbox {

class SandboxClock;

/**
 * Pinterest's OAuth 2.0 authorization-code flow for the demo app and demo user:
 * GET /oauth/ approves at once and redirects with a code; POST /v5/oauth/token (HTTP Basic
 * client authentication, form body) exchanges single-use codes and rotates refresh tokens.
 * Also answers which bearer tokens are valid. Lives on the server thread except
 * tokenRequestCount(), which any thread may read.
 */
class OAuthService final
{
public:
    OAuthService(const SandboxOptions &options, const SandboxClock &clock);

    /** GET /oauth/: 302 to redirect_uri?code=…&state=…, or a 400 page for bad parameters. */
    HttpResponse authorize(const HttpRequest &request);
    /** POST /v5/oauth/token. */
    HttpResponse token(const HttpRequest &request);

    /** The scopes of a valid, unexpired bearer token; nullopt if the token is not accepted. */
    std::optional<QStringList> scopesOf(const QString &accessToken) const;

    /** Calls of the token endpoint so far. */
    int tokenRequestCount() const { return m_tokenRequests.load(); }

private:
    struct Grant
    {
        QString value;
        QStringList scopes;
        qint64 expiresAtMs = 0;
        QString redirectUri; ///< authorization codes only
    };
    HttpResponse issue(const QStringList &scopes, const QString &responseType);
    static QString randomToken(const char *prefix, int bytes);
    qint64 nowMs() const;

    SandboxOptions m_options;
    const SandboxClock &m_clock;
    QHash<QString, Grant> m_codes;
    QHash<QString, Grant> m_accessTokens;
    QHash<QString, Grant> m_refreshTokens;
    std::atomic<int> m_tokenRequests{0};
};

} // namespace pinstripe::sandbox
