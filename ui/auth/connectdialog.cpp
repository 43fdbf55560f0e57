#include "ui/auth/connectdialog.h"

#include "core/api/apiendpoint.h"
#include "core/auth/oauthsignin.h"
#include "core/auth/sessionmanager.h"
#include "core/auth/tokenset.h"
#include "ui/common/theme.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace pinstripe {

namespace {

QLineEdit *secretField(const QString &objectName, QWidget *parent)
{
    auto *field = new QLineEdit(parent);
    field->setObjectName(objectName);
    field->setEchoMode(QLineEdit::Password);
    // Secrets stay out of the clipboard history of drag and drop and of input method learning.
    field->setDragEnabled(false);
    field->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    return field;
}

} // namespace

ConnectDialog::ConnectDialog(SessionManager *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setWindowTitle(tr("Connect to Pinterest"));
    setObjectName(QStringLiteral("connectDialog"));
    buildUi();
    connect(m_session, &SessionManager::signInFinished, this, &ConnectDialog::signInFinished);
    if (m_session->isSignedIn())
        setEnvironment(m_session->environment().kind());
    else if (m_session->demoBaseUrl().isValid())
        setEnvironment(AuthEnvironment::Kind::Demo);
    environmentChanged();
}

ConnectDialog::~ConnectDialog()
{
    if (m_oauth)
        m_oauth->cancel();
}

void ConnectDialog::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    m_reason = new QLabel(this);
    m_reason->setObjectName(QStringLiteral("reasonLabel"));
    m_reason->setWordWrap(true);
    m_reason->hide();
    layout->addWidget(m_reason);

    m_pages = new QStackedWidget(this);
    layout->addWidget(m_pages);

    // Page 1: how to sign in.
    auto *signInPage = new QWidget(m_pages);
    auto *signInLayout = new QVBoxLayout(signInPage);
    signInLayout->setContentsMargins(0, 0, 0, 0);
    auto *form = new QFormLayout;
    m_environment = new QComboBox(signInPage);
    m_environment->setObjectName(QStringLiteral("environment"));
    m_environment->setAccessibleName(tr("Environment"));
    for (AuthEnvironment::Kind kind : AuthEnvironment::kinds())
        m_environment->addItem(AuthEnvironment::displayName(kind), int(kind));
    form->addRow(tr("&Environment:"), m_environment);
    m_demoUrl = new QLineEdit(m_session->demoBaseUrl().toString(), signInPage);
    m_demoUrl->setObjectName(QStringLiteral("demoBaseUrl"));
    m_demoUrl->setAccessibleName(tr("Local API address"));
    m_demoUrl->setPlaceholderText(QStringLiteral("http://127.0.0.1:8085/v5"));
    m_demoUrlLabel = new QLabel(tr("API &address:"), signInPage);
    m_demoUrlLabel->setBuddy(m_demoUrl);
    form->addRow(m_demoUrlLabel, m_demoUrl);
    m_appId = new QLineEdit(signInPage);
    m_appId->setObjectName(QStringLiteral("appId"));
    m_appId->setAccessibleName(tr("App ID"));
    m_appId->setPlaceholderText(tr("from developers.pinterest.com → My apps"));
    form->addRow(tr("App &ID:"), m_appId);
    m_appSecret = secretField(QStringLiteral("appSecret"), signInPage);
    m_appSecret->setAccessibleName(tr("App secret"));
    m_appSecret->setPlaceholderText(tr("kept in the system keychain"));
    form->addRow(tr("App &secret:"), m_appSecret);
    signInLayout->addLayout(form);

    m_methods = new QTabWidget(signInPage);
    m_methods->setObjectName(QStringLiteral("methods"));
    m_methods->setAccessibleName(tr("Sign-in method"));

    auto *browserTab = new QWidget(m_methods);
    auto *browserForm = new QFormLayout(browserTab);
    auto *browserHelp = new QLabel(tr("Pinterest opens in your web browser. Approve access there and come back; "
                                      "Pinstripe receives the answer on this computer."), browserTab);
    browserHelp->setWordWrap(true);
    browserForm->addRow(browserHelp);
    m_redirectUri = new QLineEdit(OAuthSignIn::defaultRedirectUri().toString(), browserTab);
    m_redirectUri->setObjectName(QStringLiteral("redirectUri"));
    m_redirectUri->setAccessibleName(tr("Redirect URI"));
    m_redirectUri->setToolTip(tr("The redirect URI registered for your Pinterest app, on localhost with a port."));
    browserForm->addRow(tr("&Redirect URI:"), m_redirectUri);
    m_signInButton = new QPushButton(tr("Sign in with &Pinterest"), browserTab);
    m_signInButton->setObjectName(QStringLiteral("signInButton"));
    browserForm->addRow(m_signInButton);
    m_methods->addTab(browserTab, tr("Sign in with Pinterest"));

    auto *pasteTab = new QWidget(m_methods);
    auto *pasteForm = new QFormLayout(pasteTab);
    auto *pasteHelp = new QLabel(tr("Paste a token generated in Pinterest's developer console. With a refresh token "
                                    "and the app ID and secret, Pinstripe renews it by itself."), pasteTab);
    pasteHelp->setWordWrap(true);
    pasteForm->addRow(pasteHelp);
    m_accessToken = secretField(QStringLiteral("accessToken"), pasteTab);
    m_accessToken->setAccessibleName(tr("Access token"));
    pasteForm->addRow(tr("Access &token:"), m_accessToken);
    m_refreshToken = secretField(QStringLiteral("refreshToken"), pasteTab);
    m_refreshToken->setAccessibleName(tr("Refresh token (optional)"));
    m_refreshToken->setPlaceholderText(tr("optional"));
    pasteForm->addRow(tr("Re&fresh token:"), m_refreshToken);
    m_useTokenButton = new QPushButton(tr("&Use This Token"), pasteTab);
    m_useTokenButton->setObjectName(QStringLiteral("useTokenButton"));
    pasteForm->addRow(m_useTokenButton);
    m_methods->addTab(pasteTab, tr("Paste a token"));
    signInLayout->addWidget(m_methods);

    auto *busyRow = new QHBoxLayout;
    m_progress = new QProgressBar(signInPage);
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setAccessibleName(tr("Sign-in progress"));
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    busyRow->addWidget(m_progress, 1);
    m_cancelButton = new QPushButton(tr("Cancel Sign-In"), signInPage);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    busyRow->addWidget(m_cancelButton);
    signInLayout->addLayout(busyRow);
    m_status = new QLabel(signInPage);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    signInLayout->addWidget(m_status);
    m_error = new QLabel(signInPage);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setAccessibleName(tr("Problem"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(problemStyleSheet());
    m_error->hide();
    signInLayout->addWidget(m_error);
    m_pages->addWidget(signInPage);

    // Page 2: signed in, pick the ad account.
    auto *accountsPage = new QWidget(m_pages);
    auto *accountsLayout = new QVBoxLayout(accountsPage);
    accountsLayout->setContentsMargins(0, 0, 0, 0);
    m_signedInAs = new QLabel(accountsPage);
    m_signedInAs->setObjectName(QStringLiteral("signedInAs"));
    m_signedInAs->setWordWrap(true);
    accountsLayout->addWidget(m_signedInAs);
    m_storageNotice = new QLabel(accountsPage);
    m_storageNotice->setObjectName(QStringLiteral("storageNotice"));
    m_storageNotice->setWordWrap(true);
    m_storageNotice->setStyleSheet(QStringLiteral("color: #8a5300;"));
    accountsLayout->addWidget(m_storageNotice);
    auto *accountsLabel = new QLabel(tr("&Ad accounts this sign-in can see:"), accountsPage);
    m_accounts = new QListWidget(accountsPage);
    m_accounts->setObjectName(QStringLiteral("adAccounts"));
    m_accounts->setAccessibleName(tr("Ad accounts"));
    accountsLabel->setBuddy(m_accounts);
    accountsLayout->addWidget(accountsLabel);
    accountsLayout->addWidget(m_accounts);
    m_doneButton = new QPushButton(tr("&Open Ad Account"), accountsPage);
    m_doneButton->setObjectName(QStringLiteral("doneButton"));
    accountsLayout->addWidget(m_doneButton);
    m_pages->addWidget(accountsPage);

    auto *bottom = new QHBoxLayout;
    bottom->addStretch();
    m_closeButton = new QPushButton(tr("Close"), this);
    m_closeButton->setObjectName(QStringLiteral("closeButton"));
    bottom->addWidget(m_closeButton);
    layout->addLayout(bottom);

    connect(m_environment, &QComboBox::currentIndexChanged, this, &ConnectDialog::environmentChanged);
    connect(m_signInButton, &QPushButton::clicked, this, &ConnectDialog::startBrowserSignIn);
    connect(m_useTokenButton, &QPushButton::clicked, this, &ConnectDialog::usePastedToken);
    connect(m_cancelButton, &QPushButton::clicked, this, &ConnectDialog::cancelSignIn);
    connect(m_doneButton, &QPushButton::clicked, this, &ConnectDialog::openChosenAccount);
    connect(m_accounts, &QListWidget::itemActivated, this, &ConnectDialog::openChosenAccount);
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::reject);
    setBusy(false);
    resize(520, sizeHint().height());
}

void ConnectDialog::setReason(const QString &reason)
{
    m_reason->setText(reason);
    m_reason->setVisible(!reason.isEmpty());
}

void ConnectDialog::setMethod(Method method)
{
    m_methods->setCurrentIndex(method == Method::Browser ? 0 : 1);
}

void ConnectDialog::setEnvironment(AuthEnvironment::Kind kind)
{
    m_environment->setCurrentIndex(m_environment->findData(int(kind)));
}

AuthEnvironment ConnectDialog::chosenEnvironment() const
{
    const auto kind = AuthEnvironment::Kind(m_environment->currentData().toInt());
    if (kind == AuthEnvironment::Kind::Demo)
        return AuthEnvironment::demo(QUrl::fromUserInput(m_demoUrl->text().trimmed()));
    return kind == AuthEnvironment::Kind::Production ? AuthEnvironment::production()
                                                     : AuthEnvironment::pinterestSandbox();
}

bool ConnectDialog::isBusy() const
{
    return m_waitingForSession || (m_oauth && m_oauth->isRunning());
}

QString ConnectDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

AppCredentials ConnectDialog::appCredentials() const
{
    return {m_appId->text().trimmed(), m_appSecret->text().trimmed()};
}

void ConnectDialog::environmentChanged()
{
    const AuthEnvironment environment = chosenEnvironment();
    const bool demo = environment.kind() == AuthEnvironment::Kind::Demo;
    m_demoUrl->setVisible(demo);
    m_demoUrlLabel->setVisible(demo);
    m_appId->clear();
    m_appSecret->clear();
    // The app ID and secret were entered once; fetch them from the keychain for this environment.
    QPointer<ConnectDialog> self(this);
    const QString id = environment.id();
    m_session->tokenStore()->loadAppCredentials(id, this, [self, id](const auto &result, const AppCredentials &app) {
        if (!self || !result.ok() || self->chosenEnvironment().id() != id || !self->m_appId->text().isEmpty())
            return;
        self->m_appId->setText(app.clientId);
        self->m_appSecret->setText(app.clientSecret);
    });
}

void ConnectDialog::setBusy(bool busy, const QString &status)
{
    m_progress->setVisible(busy);
    m_cancelButton->setVisible(busy);
    m_status->setText(status);
    m_status->setVisible(!status.isEmpty());
    m_signInButton->setEnabled(!busy);
    m_useTokenButton->setEnabled(!busy);
    m_environment->setEnabled(!busy);
    if (busy) {
        m_error->hide();
        m_cancelButton->setFocus();
    }
}

void ConnectDialog::showError(const QString &message, QWidget *field)
{
    setBusy(false);
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    if (field) {
        // Screen readers announce the problem with the field it belongs to.
        field->setAccessibleDescription(message);
        field->setFocus();
        if (auto *edit = qobject_cast<QLineEdit *>(field))
            edit->selectAll();
    }
}

void ConnectDialog::startBrowserSignIn()
{
    const AuthEnvironment environment = chosenEnvironment();
    if (environment.kind() == AuthEnvironment::Kind::Demo) {
        if (const QString problem = ApiEndpoint::validateBaseUrl(environment.apiBaseUrl()); !problem.isEmpty())
            return showError(problem, m_demoUrl);
    }
    const AppCredentials app = appCredentials();
    if (app.clientId.isEmpty())
        return showError(tr("Enter your app ID. You find it at developers.pinterest.com under My apps."), m_appId);
    if (app.clientSecret.isEmpty())
        return showError(tr("Enter your app secret. It is shown next to the app ID at developers.pinterest.com."),
                         m_appSecret);
    const QUrl redirect = QUrl::fromUserInput(m_redirectUri->text().trimmed());
    if (const QString problem = OAuthSignIn::validateRedirectUri(redirect); !problem.isEmpty())
        return showError(problem, m_redirectUri);

    if (m_oauth)
        m_oauth->deleteLater();
    m_oauth = new OAuthSignIn(m_session->clock(), this);
    connect(m_oauth, &OAuthSignIn::openBrowser, this, [this](const QUrl &url) {
        if (!QDesktopServices::openUrl(url)) {
            m_status->setText(tr("Open this address in your browser to continue:\n%1").arg(url.toString()));
            m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
        }
    });
    connect(m_oauth, &OAuthSignIn::exchangingCode, this,
            [this] { setBusy(true, tr("Pinterest answered; finishing the sign-in…")); });
    connect(m_oauth, &OAuthSignIn::failed, this, [this](const QString &message) {
        // Point at the field the problem is about (only focus depends on this wording).
        QWidget *field = nullptr;
        if (message.contains(m_appSecret->accessibleName(), Qt::CaseInsensitive))
            field = m_appSecret;
        else if (message.contains(m_redirectUri->accessibleName(), Qt::CaseInsensitive))
            field = m_redirectUri;
        showError(message, field);
    });
    connect(m_oauth, &OAuthSignIn::succeeded, this,
            [this, environment, app](const TokenSet &tokens) { finishSignIn(environment, tokens, app); });

    setBusy(true, tr("Waiting for you to approve access in your browser…"));
    OAuthSignIn::Options options;
    options.environment = environment;
    options.app = app;
    options.redirectUri = redirect;
    m_oauth->start(options);
}

void ConnectDialog::usePastedToken()
{
    const AuthEnvironment environment = chosenEnvironment();
    if (environment.kind() == AuthEnvironment::Kind::Demo) {
        if (const QString problem = ApiEndpoint::validateBaseUrl(environment.apiBaseUrl()); !problem.isEmpty())
            return showError(problem, m_demoUrl);
    }
    TokenSet tokens;
    tokens.accessToken = m_accessToken->text().trimmed();
    tokens.refreshToken = m_refreshToken->text().trimmed();
    if (tokens.accessToken.isEmpty())
        return showError(tr("Paste the access token from Pinterest's developer console."), m_accessToken);
    if (tokens.accessToken.contains(QLatin1Char(' ')))
        return showError(tr("A token has no spaces. Copy it again, without the word “Bearer”."), m_accessToken);
    const AppCredentials app = appCredentials();
    if (!tokens.refreshToken.isEmpty() && !app.isComplete())
        return showError(tr("To renew with the refresh token, also enter the app ID and app secret."),
                         app.clientId.isEmpty() ? m_appId : m_appSecret);
    finishSignIn(environment, tokens, app.isComplete() ? app : AppCredentials{});
}

void ConnectDialog::finishSignIn(const AuthEnvironment &environment, const TokenSet &tokens, const AppCredentials &app)
{
    m_waitingForSession = true;
    setBusy(true, tr("Checking the sign-in and listing your ad accounts…"));
    m_session->signIn(environment, tokens, app);
}

void ConnectDialog::cancelSignIn()
{
    if (m_oauth)
        m_oauth->cancel();
    m_waitingForSession = false;
    setBusy(false, tr("Sign-in cancelled."));
}

void ConnectDialog::signInFinished(bool ok, const QString &message)
{
    if (!m_waitingForSession)
        return; // someone else's sign-in, or cancelled
    m_waitingForSession = false;
    if (!ok) {
        showError(message, m_methods->currentIndex() == 1 ? m_accessToken : nullptr);
        return;
    }
    m_accessToken->clear();
    m_refreshToken->clear();
    setBusy(false);
    showAccounts();
}

void ConnectDialog::showAccounts()
{
    m_signedInAs->setText(tr("Signed in as %1 (%2).").arg(m_session->user(), m_session->environment().displayName()));
    m_storageNotice->setText(m_session->storageNotice());
    m_storageNotice->setVisible(!m_session->storageNotice().isEmpty());
    m_accounts->clear();
    const QString last = m_session->lastAdAccountId();
    for (const AdAccount &account : m_session->adAccounts()) {
        const QString id = account.id.valueOr(QString());
        auto *item = new QListWidgetItem(tr("%1 — %2, %3")
                                             .arg(account.name.valueOr(id), id, account.currencyOrUnknown().code()),
                                         m_accounts);
        item->setData(Qt::UserRole, id);
        if (id == last || m_accounts->count() == 1)
            m_accounts->setCurrentItem(item);
    }
    m_pages->setCurrentIndex(1);
    m_accounts->setFocus();
    m_doneButton->setDefault(true);
}

void ConnectDialog::openChosenAccount()
{
    if (QListWidgetItem *item = m_accounts->currentItem())
        m_session->setLastAdAccountId(item->data(Qt::UserRole).toString());
    accept();
}

} // namespace pinstripe
