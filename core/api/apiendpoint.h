#pragma once

#include <QString>
#include <QUrl>

namespace pinstripe {

/**
 * Where API calls go: Pinterest production, Pinterest's API sandbox, or a local demo
 * sandbox on a loopback address.
 */
class ApiEndpoint
{
public:
    enum class Kind {
        Production,       ///< api.pinterest.com
        PinterestSandbox, ///< api-sandbox.pinterest.com
        Custom,           ///< anything else, e.g. the local demo sandbox
    };

    /** https://api.pinterest.com/v5 */
    static QUrl productionBaseUrl();
    /** https://api-sandbox.pinterest.com/v5 */
    static QUrl pinterestSandboxBaseUrl();

    /**
     * Checks a base URL given by the user (e.g. --api-base-url). Plain http is refused unless
     * the host is a loopback address, so a bearer token is never sent in clear over a network.
     * Returns an empty string when the URL is acceptable, otherwise a sentence saying why not.
     */
    static QString validateBaseUrl(const QUrl &url);

    /** Classifies a valid base URL. */
    static Kind kindOf(const QUrl &url);

    /** True for localhost, 127.0.0.0/8 and ::1. */
    static bool isLoopbackHost(const QString &host);
};

} // namespace pinstripe
