#include "core/api/apiendpoint.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace pinstripe {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("pinstripe::ApiEndpoint", text);
}

} // namespace

QUrl ApiEndpoint::productionBaseUrl()
{
    return QUrl(QStringLiteral("https://api.pinterest.com/v5"));
}

QUrl ApiEndpoint::pinterestSandboxBaseUrl()
{
    return QUrl(QStringLiteral("https://api-sandbox.pinterest.com/v5"));
}

bool ApiEndpoint::isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString ApiEndpoint::validateBaseUrl(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return tr("\"%1\" is not a valid URL.").arg(url.toString());
    if (!url.query().isEmpty() || !url.fragment().isEmpty())
        return tr("The API base URL must not contain a query or fragment.");
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return {};
    if (scheme == QLatin1String("http")) {
        if (isLoopbackHost(url.host()))
            return {};
        return tr("Plain http is only allowed for a local sandbox (localhost or 127.0.0.1); use https for %1.")
            .arg(url.host());
    }
    return tr("The API base URL must start with https:// (or http:// for a local sandbox).");
}

ApiEndpoint::Kind ApiEndpoint::kindOf(const QUrl &url)
{
    if (url.host() == productionBaseUrl().host())
        return Kind::Production;
    if (url.host() == pinterestSandboxBaseUrl().host())
        return Kind::PinterestSandbox;
    return Kind::Custom;
}

} // namespace pinstripe
