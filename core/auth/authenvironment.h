#pragma once

#include <QList>
#include <QString>
#include <QUrl>

namespace pinstripe {

/**
 * Which Pinterest a session talks to, and where its API, consent page and token endpoint are.
 * Tokens are stored per environment, so a sandbox token never reaches production.
 */
class AuthEnvironment
{
public:
    enum class Kind {
        Production,       ///< api.pinterest.com, consent on www.pinterest.com
        PinterestSandbox, ///< api-sandbox.pinterest.com (tokens from Pinterest's OAuth endpoints)
        Demo,             ///< the local demo sandbox (or any local Pinterest-like server)
    };

    AuthEnvironment() = default;
    static AuthEnvironment production();
    static AuthEnvironment pinterestSandbox();
    /** @p apiBaseUrl e.g. http://127.0.0.1:8085/v5 */
    static AuthEnvironment demo(const QUrl &apiBaseUrl);
    /** From id(); the demo environment takes @p demoBaseUrl. Invalid (isValid() false) for unknown ids. */
    static AuthEnvironment fromId(const QString &id, const QUrl &demoBaseUrl = {});
    /** Every kind, in the order a chooser shows them. */
    static QList<Kind> kinds();

    bool isValid() const { return m_valid; }
    Kind kind() const { return m_kind; }
    /** Stable, settings- and keychain-safe name: "production", "pinterest-sandbox", "demo". */
    QString id() const;
    /** For people: "Production", "Pinterest Sandbox", "Demo/local". */
    QString displayName() const;
    static QString displayName(Kind kind);

    /** Base of the REST API, e.g. https://api.pinterest.com/v5 */
    QUrl apiBaseUrl() const { return m_apiBaseUrl; }
    /** The consent page opened in the browser. */
    QUrl authorizationUrl() const;
    /** POST here to exchange codes and refresh tokens. */
    QUrl tokenUrl() const;

    friend bool operator==(const AuthEnvironment &a, const AuthEnvironment &b)
    {
        return a.m_valid == b.m_valid && a.m_kind == b.m_kind && a.m_apiBaseUrl == b.m_apiBaseUrl;
    }

private:
    AuthEnvironment(Kind kind, QUrl apiBaseUrl);

    Kind m_kind = Kind::Production;
    QUrl m_apiBaseUrl;
    bool m_valid = false;
};

} // namespace pinstripe
