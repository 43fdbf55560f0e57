#pragma once

#include <QObject>

class QAction;
class QMenu;

namespace pinstripe {

class AdGroupBrowser;
class CommandHost;

/**
 * The ad group browser's commands — export, copy, paste, find, refresh, stop loading, details,
 * columns, choose ad account — contributed to the window by their role. Each is enabled only
 * when it can do something: refreshing needs a connection, copying and exporting the selection
 * need a selection, stopping needs a listing under way.
 */
class BrowserCommands final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BrowserCommands)

public:
    /** Commands of @p browser (not owned), shown by @p host. */
    BrowserCommands(AdGroupBrowser *browser, CommandHost *host, QObject *parent = nullptr);

    QAction *exportAllAction() const { return m_exportAll; }
    QAction *exportSelectedAction() const { return m_exportSelected; }
    QAction *copyAction() const { return m_copy; }
    QAction *pasteAction() const { return m_paste; }
    QAction *findAction() const { return m_find; }
    QAction *refreshAction() const { return m_refresh; }
    QAction *cancelLoadingAction() const { return m_cancel; }
    QAction *detailsAction() const { return m_details; }
    QAction *chooseAdAccountAction() const { return m_chooseAccount; }

    /** Enables each command by what the browser shows now. */
    void updateActions();

private:
    void createActions();
    void contribute(CommandHost *host);

    AdGroupBrowser *m_browser;
    QAction *m_exportAll = nullptr;
    QAction *m_exportSelected = nullptr;
    QAction *m_copy = nullptr;
    QAction *m_paste = nullptr;
    QAction *m_find = nullptr;
    QAction *m_refresh = nullptr;
    QAction *m_cancel = nullptr;
    QAction *m_details = nullptr;
    QAction *m_chooseAccount = nullptr;
    QMenu *m_columns = nullptr;
};

} // namespace pinstripe
