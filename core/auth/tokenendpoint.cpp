#include "core/auth/tokenendpoint.h"

#include "core/auth/basicauthnetworkaccessmanager.h"
#include "core/logging.h"
#include "core/time/clock.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QPointer>
#include <QUrlQuery>

namespace pinstripe {

TokenEndpoint::TokenEndpoint(Clock *clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock ? clock : Clock::system())
    , m_network(new BasicAuthNetworkAccessManager(this))
{
}

TokenEndpoint::~TokenEndpoint() = default;

void TokenEndpoint::refresh(const QUrl &tokenUrl, const AppCredentials &app, const TokenSet &current,
                            QObject *context, Callback done)
{
    m_network->setTokenEndpoint(tokenUrl, app);
    QNetworkRequest request(tokenUrl);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setTransferTimeout(30'000);
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
    form.addQueryItem(QStringLiteral("refresh_token"),
                      QString::fromLatin1(QUrl::toPercentEncoding(current.refreshToken)));
    qCDebug(lcAuth) << "renewing the access token at" << tokenUrl.toString();
    QNetworkReply *reply = m_network->post(request, form.query(QUrl::FullyEncoded).toLatin1());
    QPointer<QObject> guard(context);
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, guard, current, done = std::move(done)] {
                reply->deleteLater();
                if (!guard)
                    return;
                const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                const QByteArray body = reply->readAll();
                Outcome outcome;
                if (status >= 200 && status < 300 && reply->error() == QNetworkReply::NoError) {
                    outcome.tokens = current;
                    const QString problem = TokenSet::applyTokenResponse(QJsonDocument::fromJson(body).object(),
                                                                         m_clock->now(), outcome.tokens);
                    if (problem.isEmpty()) {
                        outcome.kind = Outcome::Kind::Renewed;
                    } else {
                        outcome.kind = Outcome::Kind::Transient;
                        outcome.message = QCoreApplication::translate("pinstripe::TokenEndpoint",
                                                                      "Pinterest's token service gave an unusable answer (%1).")
                                              .arg(problem);
                    }
                } else {
                    const bool rejected = status == 400 || status == 401 || status == 403;
                    outcome.kind = rejected ? Outcome::Kind::Rejected : Outcome::Kind::Transient;
                    outcome.message = BasicAuthNetworkAccessManager::describeTokenFailure(status, body, reply->errorString());
                }
                qCInfo(lcAuth) << "token renewal:" << int(outcome.kind) << "HTTP" << status;
                done(outcome);
            });
}

} // namespace pinstripe
