#include "core/auth/oauthsignin.h"

#include "core/api/apiendpoint.h"
#include "core/auth/basicauthnetworkaccessmanager.h"
#include "core/auth/loopbackreplyhandler.h"
#include "core/logging.h"
#include "core/time/clock.h"

#include <QCoreApplication>
#include <QOAuth2AuthorizationCodeFlow>
#include <QRandomGenerator>

namespace pinstripe {

namespace {

QString randomState()
{
    QByteArray raw(24, Qt::Uninitialized);
    for (char &c : raw)
        c = char(QRandomGenerator::system()->bounded(256));
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

const QString callbackPage = QStringLiteral(
    "<!doctype html><meta charset=\"utf-8\"><title>Pinstripe</title>"
    "<p>Pinstripe received Pinterest's answer. You can close this tab and return to Pinstripe.</p>");

} // namespace

OAuthSignIn::OAuthSignIn(Clock *clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock ? clock : Clock::system())
{
}

OAuthSignIn::~OAuthSignIn() = default;

QString OAuthSignIn::validateRedirectUri(const QUrl &uri)
{
    if (!uri.isValid() || uri.scheme() != QLatin1String("http"))
        return tr("The redirect URI must start with http:// (e.g. http://localhost:8085/).");
    if (uri.host() != QLatin1String("localhost") && uri.host() != QLatin1String("127.0.0.1"))
        return tr("The redirect URI must point to this computer (localhost or 127.0.0.1).");
    if (uri.port() < 0)
        return tr("The redirect URI needs a port, e.g. http://localhost:8085/.");
    if (uri.hasQuery() || uri.hasFragment())
        return tr("The redirect URI must not have a query or fragment.");
    return {};
}

QUrl OAuthSignIn::redirectUri() const
{
    return m_handler ? m_handler->redirectUri() : m_options.redirectUri;
}

bool OAuthSignIn::start(const Options &options)
{
    cancel();
    m_options = options;
    QString problem;
    if (!options.environment.isValid())
        problem = tr("Choose where to sign in.");
    else if (options.app.clientId.trimmed().isEmpty())
        problem = tr("Enter your app ID from developers.pinterest.com.");
    else if (options.app.clientSecret.isEmpty())
        problem = tr("Enter your app secret from developers.pinterest.com.");
    else
        problem = validateRedirectUri(options.redirectUri);
    if (problem.isEmpty() && options.environment.kind() == AuthEnvironment::Kind::Demo)
        problem = ApiEndpoint::validateBaseUrl(options.environment.apiBaseUrl());
    if (!problem.isEmpty()) {
        Q_EMIT failed(problem);
        return false;
    }

    m_handler = new LoopbackReplyHandler(this);
    if (!m_handler->listenOn(options.redirectUri)) {
        delete std::exchange(m_handler, nullptr);
        Q_EMIT failed(tr("Port %1 on this computer is in use, so Pinterest's answer cannot be received. "
                         "Close the program using it, or register another redirect URI for your app "
                         "(e.g. http://localhost:8086/) and enter it here.")
                          .arg(options.redirectUri.port()));
        return false;
    }
    m_handler->setCallbackText(callbackPage);

    m_network = new BasicAuthNetworkAccessManager(this);
    m_network->setTokenEndpoint(options.environment.tokenUrl(), options.app);
    connect(m_network, &BasicAuthNetworkAccessManager::tokenRequestFailed, this,
            [this](int, const QString &message) { finish(message); });

    m_flow = new QOAuth2AuthorizationCodeFlow(options.app.clientId, options.environment.authorizationUrl(),
                                              options.environment.tokenUrl(), m_network, this);
    // The secret goes only into the Basic header (see BasicAuthNetworkAccessManager), never the body.
    m_flow->setScope(options.scopes.join(QLatin1Char(',')));
    m_state = randomState();
    m_flow->setState(m_state);
    m_flow->setReplyHandler(m_handler);
    connect(m_flow, &QAbstractOAuth::authorizeWithBrowser, this, &OAuthSignIn::openBrowser);
    connect(m_flow, &QAbstractOAuth::granted, this, &OAuthSignIn::onGranted);
    connect(m_flow, &QAbstractOAuth2::error, this,
            [this](const QString &error, const QString &description, const QUrl &) {
                finish(tr("Pinterest did not grant access: %1").arg(description.isEmpty() ? error : description));
            });
    connect(m_handler, &QAbstractOAuthReplyHandler::callbackReceived, this, &OAuthSignIn::onCallback);

    m_running = true;
    qCInfo(lcAuth) << "OAuth sign-in started for" << options.environment.id() << "redirect" << redirectUri().toString();
    m_flow->grant();
    return true;
}

void OAuthSignIn::onCallback(const QVariantMap &data)
{
    if (!m_running)
        return;
    const QString state = QUrl::fromPercentEncoding(data.value(QStringLiteral("state")).toByteArray());
    if (data.contains(QStringLiteral("error"))) {
        const QString description = data.value(QStringLiteral("error_description")).toString();
        finish(tr("Pinterest did not grant access: %1")
                   .arg(description.isEmpty() ? data.value(QStringLiteral("error")).toString() : description));
        return;
    }
    if (state != m_state) {
        // Not the answer to our request (a forged or stale redirect): never use its code.
        finish(tr("Sign-in was stopped because the answer did not match this sign-in request (state mismatch). "
                  "Please try again."));
        return;
    }
    if (data.value(QStringLiteral("code")).toString().isEmpty()) {
        finish(tr("Pinterest's answer carried no authorization code."));
        return;
    }
    Q_EMIT exchangingCode();
}

void OAuthSignIn::onGranted()
{
    if (!m_running)
        return;
    TokenSet tokens;
    tokens.environment = m_options.environment.id();
    const QDateTime now = m_clock->now();
    tokens.obtainedAt = now;
    tokens.accessToken = m_flow->token();
    tokens.refreshToken = m_flow->refreshToken();
    // The flow measures expiry on the real clock; carry the lifetime over to ours.
    if (m_flow->expirationAt().isValid())
        tokens.accessExpiresAt = now.addSecs(QDateTime::currentDateTimeUtc().secsTo(m_flow->expirationAt()));
    const QVariantMap extra = m_flow->extraTokens();
    const qint64 refreshIn = extra.value(QStringLiteral("refresh_token_expires_in")).toLongLong();
    if (refreshIn > 0)
        tokens.refreshExpiresAt = now.addSecs(refreshIn);
    tokens.scopes = TokenSet::splitScopes(m_flow->scope());
    m_running = false;
    m_handler->close();
    qCInfo(lcAuth) << "OAuth sign-in granted for" << tokens.environment << "scopes" << tokens.scopes;
    Q_EMIT succeeded(tokens);
}

void OAuthSignIn::finish(const QString &error)
{
    if (!m_running)
        return;
    m_running = false;
    if (m_handler)
        m_handler->close();
    qCWarning(lcAuth) << "OAuth sign-in failed:" << error;
    Q_EMIT failed(error);
}

void OAuthSignIn::cancel()
{
    if (m_running)
        finish(tr("Sign-in was cancelled."));
    // Old flow objects may still have a reply in flight: let them go with the event loop.
    if (m_flow)
        std::exchange(m_flow, nullptr)->deleteLater();
    if (m_handler)
        std::exchange(m_handler, nullptr)->deleteLater();
    if (m_network)
        std::exchange(m_network, nullptr)->deleteLater();
}

} // namespace pinstripe
