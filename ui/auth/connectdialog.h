#pragma once

#include "core/auth/appcredentials.h"
#include "core/auth/authenvironment.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTabWidget;

namespace pinstripe {

class OAuthSignIn;
class SessionManager;
struct TokenSet;

/**
 * "Connect to Pinterest": choose the environment, then sign in with Pinterest in the system
 * browser (app ID and secret entered once, kept in the keychain) or paste a token from
 * Pinterest's developer console. On success it shows the ad accounts the token can see and
 * remembers the one picked. Problems are shown in plain words next to the field concerned.
 */
class ConnectDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectDialog)

public:
    enum class Method { Browser, PasteToken };

    explicit ConnectDialog(SessionManager *session, QWidget *parent = nullptr);
    ~ConnectDialog() override;

    /** A line above everything, e.g. why signing in again is needed. */
    void setReason(const QString &reason);
    void setMethod(Method method);
    void setEnvironment(AuthEnvironment::Kind kind);
    /** The environment as chosen (demo with the URL typed in). */
    AuthEnvironment chosenEnvironment() const;
    /** True while waiting for the browser or checking a token. */
    bool isBusy() const;
    /** The last problem shown; empty when none. */
    QString errorText() const;

private:
    void buildUi();
    void environmentChanged();
    void startBrowserSignIn();
    void usePastedToken();
    void cancelSignIn();
    void finishSignIn(const AuthEnvironment &environment, const TokenSet &tokens, const AppCredentials &app);
    void signInFinished(bool ok, const QString &message);
    void showAccounts();
    void openChosenAccount();
    void setBusy(bool busy, const QString &status = {});
    void showError(const QString &message, QWidget *field = nullptr);
    AppCredentials appCredentials() const;

    SessionManager *m_session;
    QPointer<OAuthSignIn> m_oauth;
    bool m_waitingForSession = false;

    QLabel *m_reason = nullptr;
    QStackedWidget *m_pages = nullptr;
    QComboBox *m_environment = nullptr;
    QLineEdit *m_demoUrl = nullptr;
    QLabel *m_demoUrlLabel = nullptr;
    QLineEdit *m_appId = nullptr;
    QLineEdit *m_appSecret = nullptr;
    QTabWidget *m_methods = nullptr;
    QLineEdit *m_redirectUri = nullptr;
    QPushButton *m_signInButton = nullptr;
    QLineEdit *m_accessToken = nullptr;
    QLineEdit *m_refreshToken = nullptr;
    QPushButton *m_useTokenButton = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_signedInAs = nullptr;
    QLabel *m_storageNotice = nullptr;
    QListWidget *m_accounts = nullptr;
    QPushButton *m_doneButton = nullptr;
    QPushButton *m_closeButton = nullptr;
};

} // namespace pinstripe
