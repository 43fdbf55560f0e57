#include "core/auth/basicauthnetworkaccessmanager.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QPointer>

namespace pinstripe {

BasicAuthNetworkAccessManager::BasicAuthNetworkAccessManager(QObject *parent)
    : QNetworkAccessManager(parent)
{
}

void BasicAuthNetworkAccessManager::setTokenEndpoint(const QUrl &tokenUrl, const AppCredentials &app)
{
    m_tokenUrl = tokenUrl;
    m_app = app;
}

bool BasicAuthNetworkAccessManager::isTokenUrl(const QUrl &url) const
{
    return m_tokenUrl.isValid()
        && url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::StripTrailingSlash)
        == m_tokenUrl.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::StripTrailingSlash);
}

QByteArray BasicAuthNetworkAccessManager::basicAuthorization(const AppCredentials &app)
{
    return "Basic " + (app.clientId + QLatin1Char(':') + app.clientSecret).toUtf8().toBase64();
}

QString BasicAuthNetworkAccessManager::describeTokenFailure(int httpStatus, const QByteArray &body,
                                                            const QString &networkError)
{
    if (httpStatus == 0)
        return tr("Pinterest could not be reached: %1").arg(networkError);
    const QString message = QJsonDocument::fromJson(body).object().value(QLatin1String("message")).toString();
    if (httpStatus == 401) {
        return tr("Pinterest did not accept the app ID and app secret. Check both on your app's page at "
                  "developers.pinterest.com.")
            + (message.isEmpty() ? QString() : QStringLiteral(" (") + message + QLatin1Char(')'));
    }
    if (message.isEmpty())
        return tr("Pinterest's token service answered with HTTP %1.").arg(httpStatus);
    return tr("Pinterest's token service refused the request: %1").arg(message);
}

QNetworkReply *BasicAuthNetworkAccessManager::createRequest(Operation op, const QNetworkRequest &request,
                                                            QIODevice *outgoingData)
{
    if (op != PostOperation || !isTokenUrl(request.url()))
        return QNetworkAccessManager::createRequest(op, request, outgoingData);

    QNetworkRequest authenticated(request);
    authenticated.setRawHeader("Authorization", basicAuthorization(m_app));
    QNetworkReply *reply = QNetworkAccessManager::createRequest(op, authenticated, outgoingData);
    // Connected before the OAuth flow's own handler, so the body can still be peeked at.
    QPointer<BasicAuthNetworkAccessManager> self(this);
    connect(reply, &QNetworkReply::finished, this, [self, reply] {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (!self || (status >= 200 && status < 300 && reply->error() == QNetworkReply::NoError))
            return;
        const QByteArray body = reply->peek(reply->bytesAvailable());
        Q_EMIT self->tokenRequestFailed(status, describeTokenFailure(status, body, reply->errorString()));
    });
    return reply;
}

} // namespace pinstripe
