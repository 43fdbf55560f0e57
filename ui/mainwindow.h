#pragma once

#include <QMainWindow>
#include <QUrl>

class QAction;
class QLabel;
class QMenu;
class QUndoStack;

namespace pinstripe {

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
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /** Shows which Pinterest API the window works against (status bar, Account menu). */
    void setApiBaseUrl(const QUrl &baseUrl, bool demo);
    QUrl apiBaseUrl() const { return m_apiBaseUrl; }

    /** The undo stack shared by every edit made in this window. */
    QUndoStack *undoStack() const { return m_undoStack; }

    /** Menus by their role, for tests and for features that add their actions. */
    QMenu *fileMenu() const { return m_fileMenu; }
    QMenu *editMenu() const { return m_editMenu; }
    QMenu *viewMenu() const { return m_viewMenu; }
    QMenu *accountMenu() const { return m_accountMenu; }
    QMenu *helpMenu() const { return m_helpMenu; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void showConnectionInfo();
    void showAbout();
    void restoreWindowState();
    void saveWindowState() const;

    QUndoStack *m_undoStack = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_accountMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QLabel *m_connectionLabel = nullptr;
    QUrl m_apiBaseUrl;
    bool m_demo = false;
};

} // namespace pinstripe
