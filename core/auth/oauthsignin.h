#pragma once

#include "core/auth/appcredentials.h"
#include "core/auth/authenvironment.h"
#include "core/auth/tokenset.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>

class QOAuth2AuthorizationCodeFlow;

namespace pinstripe {

class BasicAuthNetworkAccessManager;
class Clock;
class LoopbackReplyHandler;

/**
 * "Sign in with Pinterest": the OAuth 2.0 authorization-code flow with
 * QOAuth2AuthorizationCodeFlow and a loopback listener on 127.0.0.1.
 *
 * start() listens on the redirect URI's port and emits openBrowser() with the consent URL
 * (scopes ads:read,ads:write and a random state); the UI opens the system browser. When
 * Pinterest redirects back, the state is checked and the code is exchanged at the token
 * endpoint with HTTP Basic client authentication. Ends with exactly one of succeeded() or
 * failed(); cancel() ends it with failed().
 */
class OAuthSignIn final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OAuthSignIn)

public:
    struct Options
    {
        AuthEnvironment environment;
        AppCredentials app;
        /** As registered for the app; Pinterest compares it literally. Port 0 = any free port (tests). */
        QUrl redirectUri = defaultRedirectUri();
        QStringList scopes = {QStringLiteral("ads:read"), QStringLiteral("ads:write")};
    };

    static QUrl defaultRedirectUri() { return QUrl(QStringLiteral("http://localhost:8085/")); }
    /**
     * Why @p uri cannot be a loopback redirect URI (http, localhost/127.0.0.1, a port), or
     * an empty string when it can.
     */
    static QString validateRedirectUri(const QUrl &uri);

    /** @p clock is not owned (nullptr = Clock::system()). */
    explicit OAuthSignIn(Clock *clock = nullptr, QObject *parent = nullptr);
    ~OAuthSignIn() override;

    /** Returns false (and emits failed()) if the options are unusable or the port is taken. */
    bool start(const Options &options);
    /** Stops listening; emits failed() with a "cancelled" message if it was running. */
    void cancel();
    bool isRunning() const { return m_running; }

    /** The redirect URI in use (with the real port when 0 was asked for). */
    QUrl redirectUri() const;

Q_SIGNALS:
    /** Open this in the system browser (QDesktopServices::openUrl in the UI). */
    void openBrowser(const QUrl &url);
    /** Pinterest redirected back; the code is being exchanged for tokens. */
    void exchangingCode();
    /** Signed in. tokens.environment is set; tokens.user is not known yet. */
    void succeeded(const pinstripe::TokenSet &tokens);
    /** @p message is a sentence for people and never contains a secret. */
    void failed(const QString &message);

private:
    void onCallback(const QVariantMap &data);
    void onGranted();
    void finish(const QString &error);

    Clock *m_clock;
    Options m_options;
    BasicAuthNetworkAccessManager *m_network = nullptr;
    QOAuth2AuthorizationCodeFlow *m_flow = nullptr;
    LoopbackReplyHandler *m_handler = nullptr;
    QString m_state;
    bool m_running = false;
};

} // namespace pinstripe
