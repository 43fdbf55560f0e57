#pragma once

#include <QJsonObject>
#include <QString>

namespace pinstripe {

/**
 * The user's own Pinterest app (app ID and app secret from developers.pinterest.com).
 * Entered once and kept in the keychain; never compiled in, never written to settings.
 */
struct AppCredentials
{
    QString clientId;
    QString clientSecret;

    bool isComplete() const { return !clientId.isEmpty() && !clientSecret.isEmpty(); }

    QJsonObject toJson() const
    {
        return {{QStringLiteral("client_id"), clientId}, {QStringLiteral("client_secret"), clientSecret}};
    }
    static AppCredentials fromJson(const QJsonObject &json)
    {
        return {json.value(QLatin1String("client_id")).toString(),
                json.value(QLatin1String("client_secret")).toString()};
    }
    friend bool operator==(const AppCredentials &, const AppCredentials &) = default;
};

} // namespace pinstripe
