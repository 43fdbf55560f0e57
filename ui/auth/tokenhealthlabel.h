#pragma once

#include <QLabel>

class QTimer;

namespace pinstripe {

class SessionManager;

/**
 * Status-bar widget: who is signed in, where, and the token's health ("access token renews
 * in 2 days; sign-in needed again in 58 days"). Follows the session and re-reads the clock
 * every minute so the countdown stays true.
 */
class TokenHealthLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenHealthLabel)

public:
    explicit TokenHealthLabel(SessionManager *session, QWidget *parent = nullptr);

    /** Re-reads the session now (also done on every session change and each minute). */
    void refresh();

private:
    SessionManager *m_session;
    QTimer *m_timer;
};

} // namespace pinstripe
