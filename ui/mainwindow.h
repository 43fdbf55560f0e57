#pragma once

#include "ui/common/commandhost.h"

#include <QMainWindow>
#include <QPointer>
#include <QUrl>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QStackedWidget;
class QTimer;
class QToolBar;
class QUndoStack;

namespace pinstripe {

class AdGroupBrowser;
class ApiClient;
class AppContext;
class BrowserCommands;

/**
 * The application's main window: menus, tool bar, status bar and the central work area.
 * Features contribute their commands by role (CommandHost); the window lays out the menus and
 * the tool bar from those roles. Window geometry and dock/tool bar state are saved in QSettings.
 */
class MainWindow final : public QMainWindow, public CommandHost
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

    /** The dock (right, first of its tab group) that shows the current ad group's details. */
    QDockWidget *detailsDock() const { return m_detailsDock; }

    /** The page the centre shows instead of the browser while connected nowhere (owned). */
    void setWelcomePage(QWidget *page);
    /** Shows the welcome page (true) or the browser (false) in the centre. */
    void showWelcome(bool show);
    bool isShowingWelcome() const;

    /** Puts docks, tool bar, splitter and the table's columns back as they are at a first start. */
    void resetLayout();

Q_SIGNALS:
    /** resetLayout() happened: features put their own docks back in shape too. */
    void layoutReset();
    /** The docks' saved places were put back when the window first showed. */
    void docksRestored();

public:

    /** The undo stack shared by every edit made in this window. */
    QUndoStack *undoStack() const { return m_undoStack; }

    /**
     * Makes the window own @p feature (a controller joining widgets of the window). Features
     * are destroyed first, newest first, while the window is still whole, so nothing they do
     * on the way out touches a half-destroyed window.
     */
    void adoptFeature(QObject *feature);

    void addCommand(QAction *action, const CommandPlacement &placement) override;
    void addCommandMenu(QMenu *menu, const CommandPlacement &placement) override;

    /** The menu of @p role, as laid out from the commands contributed to it. */
    QMenu *menu(MenuRole role) const;
    QMenu *fileMenu() const { return menu(MenuRole::File); }
    QMenu *editMenu() const { return menu(MenuRole::Edit); }
    QMenu *viewMenu() const { return menu(MenuRole::View); }
    QMenu *toolsMenu() const { return menu(MenuRole::Tools); }
    QMenu *accountMenu() const { return menu(MenuRole::Account); }
    QMenu *helpMenu() const { return menu(MenuRole::Help); }
    QToolBar *toolBar() const { return m_toolBar; }
    /** The browser's commands (export, copy, find, refresh …). */
    BrowserCommands *browserCommands() const { return m_browserCommands; }

protected:
    void closeEvent(QCloseEvent *event) override;
    bool event(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    /** One contributed command and where it goes. */
    struct Command
    {
        QPointer<QAction> action;
        CommandPlacement placement;
    };

    void createMenus();
    void createWindowCommands();
    void createDetailsDock();
    void applyDefaultDockSizes();
    void layOutMenu(MenuRole role);
    void layOutToolBar();
    void followConnection(ApiClient *client);
    void showConnectionInfo();
    void showAbout();
    void restoreWindowState();
    void restoreDockState();
    void saveWindowState() const;
    /** Keeps the docks' layout per ad account: saves the one left, restores the one chosen. */
    void followAccountLayout(const QString &accountId);

    QUndoStack *m_undoStack = nullptr;
    QList<QMenu *> m_menus; ///< by MenuRole
    QToolBar *m_toolBar = nullptr;
    QList<Command> m_commands;
    BrowserCommands *m_browserCommands = nullptr;
    QLabel *m_connectionLabel = nullptr;
    AppContext *m_context = nullptr;
    AdGroupBrowser *m_browser = nullptr;
    QStackedWidget *m_centre = nullptr;
    QDockWidget *m_detailsDock = nullptr;
    QWidget *m_welcome = nullptr;
    QList<QPointer<QObject>> m_features;
    QUrl m_apiBaseUrl;
    bool m_demo = false;
    bool m_dockStateRestored = false;
    QString m_accountId; ///< the ad account whose dock layout is on screen
    QByteArray m_defaultState; ///< the docks as first laid out, for View › Reset Layout
    QTimer *m_saveTimer = nullptr;
};

} // namespace pinstripe
