#pragma once

#include <QOAuthHttpServerReplyHandler>
#include <QUrl>

namespace pinstripe {

/**
 * The loopback listener that receives Pinterest's redirect after consent: listens on
 * 127.0.0.1 only, and tells the OAuth flow the redirect URI exactly as the user registered it
 * (e.g. http://localhost:8085/), because Pinterest compares redirect URIs literally while
 * QOAuthHttpServerReplyHandler would report http://127.0.0.1:<port>/.
 */
class LoopbackReplyHandler final : public QOAuthHttpServerReplyHandler
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoopbackReplyHandler)

public:
    /** Does not listen yet; call listenOn(). */
    explicit LoopbackReplyHandler(QObject *parent = nullptr);

    /**
     * Listens on 127.0.0.1 at @p redirectUri's port (0 = any free port, then reflected in
     * redirectUri()). Returns false if the port is taken.
     */
    bool listenOn(const QUrl &redirectUri);

    /** The redirect URI with the port actually listened on. */
    QUrl redirectUri() const { return m_redirectUri; }
    QString callback() const override;

private:
    QUrl m_redirectUri;
};

} // namespace pinstripe
