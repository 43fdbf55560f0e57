#pragma once

#include <QMainWindow>
#include <QPointer>
#include <QUrl>

class QAction;
class QLabel;
class QMenu;
class QTimer;
class QUndoStack;

namespace pinstripe {

class AdGroupBrowser;
class ApiClient;
class LocalStore;
class TokenProvider;

/**
 * The application's main window: menus, tool bar, status bar and the central work area.
 * Window geometry and dock/tool bar state are saved in QSettings on close and restored on
 * construction.
 */
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    /**
     * @p store caches what the window fetches (not owned); nullptr opens the cache in the
     * platform's app data folder, owned by the window.
     */
    explicit MainWindow(QWidget *parent = nullptr, LocalStore *store = nullptr);
    ~MainWindow() override;

    /** Shows which Pinterest API the window works against (status bar, Account menu). */
    void setApiBaseUrl(const QUrl &baseUrl, bool demo);
    QUrl apiBaseUrl() const { return m_apiBaseUrl; }

    /**
     * Connects the window to the API at @p baseUrl with bearer tokens from @p tokens (not
     * owned; must outlive the window or the next call). Lists the accounts at once. Call
     * again after signing in or out; @p tokens nullptr disconnects (cached data stays visible).
     */
    void setConnection(const QUrl &baseUrl, TokenProvider *tokens, bool demo);
    /** The client of the current connection, or nullptr. */
    ApiClient *apiClient() const { return m_client; }

    /** The ad group browser in the window's centre. */
    AdGroupBrowser *browser() const { return m_browser; }

    /** The undo stack shared by every edit made in this window. */
    QUndoStack *undoStack() const { return m_undoStack; }

    /**
     * Makes the window own @p feature (a controller joining widgets of the window). Features
     * are destroyed first, newest first, while the window is still whole, so nothing they do
     * on the way out touches a half-destroyed window.
     */
    void adoptFeature(QObject *feature);

    /** Menus by their role, for tests and for features that add their actions. */
    QMenu *fileMenu() const { return m_fileMenu; }
    QMenu *editMenu() const { return m_editMenu; }
    QMenu *viewMenu() const { return m_viewMenu; }
    QMenu *accountMenu() const { return m_accountMenu; }
    QMenu *helpMenu() const { return m_helpMenu; }

Q_SIGNALS:
    /** setConnection() changed the client (nullptr when disconnected). */
    void connectionChanged(pinstripe::ApiClient *client);

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void createMenus();
    void createBrowserActions();
    void showConnectionInfo();
    void showAbout();
    void restoreWindowState();
    void restoreDockState();
    void saveWindowState() const;

    QUndoStack *m_undoStack = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_accountMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QLabel *m_connectionLabel = nullptr;
    LocalStore *m_store = nullptr;
    LocalStore *m_ownedStore = nullptr;
    ApiClient *m_client = nullptr;
    AdGroupBrowser *m_browser = nullptr;
    QList<QPointer<QObject>> m_features;
    QUrl m_apiBaseUrl;
    bool m_demo = false;
    bool m_dockStateRestored = false;
    QTimer *m_saveTimer = nullptr;
};

} // namespace pinstripe
