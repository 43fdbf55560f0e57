#include "core/api/apiclient.h"

#include "core/api/apiendpoint.h"
#include "core/api/ratelimiter.h"
#include "core/appinfo.h"

#include <QNetworkAccessManager>
#include <QSysInfo>

namespace pinstripe {

ApiClient::ApiClient(const QUrl &baseUrl, TokenProvider *tokens, QObject *parent)
    : QObject(parent)
    , m_baseUrl(baseUrl.adjusted(QUrl::StripTrailingSlash))
    , m_baseUrlProblem(ApiEndpoint::validateBaseUrl(baseUrl))
    , m_tokens(tokens)
    , m_network(new QNetworkAccessManager(this))
    , m_rateLimiter(new RateLimiter(this))
    , m_userAgent(QStringLiteral("Pinstripe/%1 (Qt %2; %3)")
                      .arg(appinfo::version(), QString::fromLatin1(qVersion()), QSysInfo::prettyProductName()))
{
    // Never follow redirects: a redirect could carry the bearer token to another host.
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

ApiClient::~ApiClient() = default;

namespace {
const QByteArray kListSeparator(",");
} // namespace

QUrl ApiClient::urlFor(const QString &path, const QUrlQuery &query) const
{
    QUrl url = m_baseUrl;
    url.setPath(m_baseUrl.path() + path);
    if (query.isEmpty())
        return url;
    // Every reserved character of a value is percent-encoded but the comma, which separates the
    // items of list parameters ("columns=SPEND_IN_DOLLAR,CLICKTHROUGH_1") as Pinterest documents
    // them. QUrlQuery leaves "+", "/" and "=" as they are, and a server that decodes form-style
    // reads a "+" as a space: a bookmark (an opaque server string, often base64 with "+", "/" and
    // "=") would come back changed.
    QStringList pairs;
    const QList<std::pair<QString, QString>> items = query.queryItems(QUrl::FullyDecoded);
    pairs.reserve(items.size());
    for (const auto &[key, value] : items)
        pairs << QString::fromLatin1(QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value, kListSeparator));
    url.setQuery(pairs.join(QLatin1Char('&')), QUrl::StrictMode);
    return url;
}

} // namespace pinstripe
