#include "core/auth/authenvironment.h"

#include "core/api/apiendpoint.h"

#include <QCoreApplication>

namespace pinstripe {

AuthEnvironment::AuthEnvironment(Kind kind, QUrl apiBaseUrl)
    : m_kind(kind)
    , m_apiBaseUrl(std::move(apiBaseUrl))
    , m_valid(true)
{
}

AuthEnvironment AuthEnvironment::production()
{
    return {Kind::Production, ApiEndpoint::productionBaseUrl()};
}

AuthEnvironment AuthEnvironment::pinterestSandbox()
{
    return {Kind::PinterestSandbox, ApiEndpoint::pinterestSandboxBaseUrl()};
}

AuthEnvironment AuthEnvironment::demo(const QUrl &apiBaseUrl)
{
    return {Kind::Demo, apiBaseUrl};
}

AuthEnvironment AuthEnvironment::fromId(const QString &id, const QUrl &demoBaseUrl)
{
    if (id == QLatin1String("production"))
        return production();
    if (id == QLatin1String("pinterest-sandbox"))
        return pinterestSandbox();
    if (id == QLatin1String("demo"))
        return demo(demoBaseUrl);
    return {};
}

QList<AuthEnvironment::Kind> AuthEnvironment::kinds()
{
    return {Kind::Production, Kind::PinterestSandbox, Kind::Demo};
}

QString AuthEnvironment::id() const
{
    switch (m_kind) {
    case Kind::Production:
        return QStringLiteral("production");
    case Kind::PinterestSandbox:
        return QStringLiteral("pinterest-sandbox");
    case Kind::Demo:
        return QStringLiteral("demo");
    }
    return {};
}

QString AuthEnvironment::displayName() const
{
    return displayName(m_kind);
}

QString AuthEnvironment::displayName(Kind kind)
{
    switch (kind) {
    case Kind::Production:
        return QCoreApplication::translate("pinstripe::AuthEnvironment", "Production");
    case Kind::PinterestSandbox:
        return QCoreApplication::translate("pinstripe::AuthEnvironment", "Pinterest Sandbox");
    case Kind::Demo:
        return QCoreApplication::translate("pinstripe::AuthEnvironment", "Demo/local");
    }
    return {};
}

QUrl AuthEnvironment::authorizationUrl() const
{
    if (m_kind != Kind::Demo) {
        // Pinterest has one consent page for production and API-sandbox apps.
        return QUrl(QStringLiteral("https://www.pinterest.com/oauth/"));
    }
    // The local sandbox serves consent at its origin, beside /v5.
    QUrl url = m_apiBaseUrl;
    url.setPath(QStringLiteral("/oauth/"));
    url.setQuery(QString());
    return url;
}

QUrl AuthEnvironment::tokenUrl() const
{
    if (m_kind != Kind::Demo)
        return QUrl(QStringLiteral("https://api.pinterest.com/v5/oauth/token"));
    QUrl url = m_apiBaseUrl;
    QString path = url.path();
    if (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + QStringLiteral("/oauth/token"));
    return url;
}

} // namespace pinstripe
