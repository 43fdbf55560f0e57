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
class AppContext;

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
     * The window of @p context (not owned; must outlive the window): its cache feeds the table,
     * and the window follows its connection.
     */
    explicit MainWindow(AppContext *context, QWidget *parent = nullptr);
    ~MainWindow() override;

    AppContext *context() const { return m_context; }

    /** Shows which Pinterest API the window works against (status bar, Account menu). */
    void setApiBaseUrl(const QUrl &baseUrl, bool demo);
    QUrl apiBaseUrl() const { return m_apiBaseUrl; }

    /** The client of the context's current connection, or nullptr. */
    ApiClient *apiClient() const;

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

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void createMenus();
    void createBrowserActions();
    void followConnection(ApiClient *client);
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
    AppContext *m_context = nullptr;
    AdGroupBrowser *m_browser = nullptr;
    QList<QPointer<QObject>> m_features;
    QUrl m_apiBaseUrl;
    bool m_demo = false;
    bool m_dockStateRestored = false;
    QTimer *m_saveTimer = nullptr;
};

} // namespace pinstripe
