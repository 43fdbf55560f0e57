#include "ui/adgroups/browsercommands.h"

#include "core/store/adgrouprepository.h"
#include "ui/adgroups/accountswitcher.h"
#include "ui/adgroups/adgroupbrowser.h"
#include "ui/adgroups/adgroupfilterproxy.h"
#include "ui/adgroups/adgrouptablemodel.h"
#include "ui/adgroups/adgrouptableview.h"
#include "ui/common/commandhost.h"
#include "ui/common/themedicon.h"

#include <QAction>
#include <QComboBox>
#include <QItemSelectionModel>
#include <QMenu>

namespace pinstripe {

BrowserCommands::BrowserCommands(AdGroupBrowser *browser, CommandHost *host, QObject *parent)
    : QObject(parent)
    , m_browser(browser)
{
    createActions();
    contribute(host);

    const auto update = [this] { updateActions(); };
    connect(browser, &AdGroupBrowser::clientChanged, this, update);
    connect(browser, &AdGroupBrowser::accountChanged, this, update);
    connect(browser->repository(), &AdGroupRepository::loadingChanged, this, update);
    QAbstractItemModel *rows = browser->proxy();
    connect(rows, &QAbstractItemModel::modelReset, this, update);
    connect(rows, &QAbstractItemModel::rowsInserted, this, update);
    connect(rows, &QAbstractItemModel::rowsRemoved, this, update);
    connect(rows, &QAbstractItemModel::layoutChanged, this, update);
    QItemSelectionModel *selection = browser->tableView()->selectionModel();
    connect(selection, &QItemSelectionModel::selectionChanged, this, update);
    connect(selection, &QItemSelectionModel::currentChanged, this, update);
    QAbstractItemModel *accounts = browser->accountSwitcher()->comboBox()->model();
    connect(accounts, &QAbstractItemModel::rowsInserted, this, update);
    connect(accounts, &QAbstractItemModel::rowsRemoved, this, update);
    connect(accounts, &QAbstractItemModel::modelReset, this, update);
    updateActions();
}

void BrowserCommands::createActions()
{
    AdGroupBrowser *browser = m_browser;
    m_exportAll = new QAction(tr("&Export Ad Groups as CSV…"), this);
    m_exportAll->setObjectName(QStringLiteral("exportCsvAction"));
    m_exportAll->setIcon(themedIcon(QStringLiteral("document-save-as")));
    m_exportAll->setIconText(tr("Export"));
    // Ctrl+E edits the selection (Edit menu); exporting is the less frequent task.
    m_exportAll->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(m_exportAll, &QAction::triggered, browser, [browser] { browser->exportCsvInteractively(false); });
    m_exportSelected = new QAction(tr("Export &Selected Ad Groups as CSV…"), this);
    m_exportSelected->setObjectName(QStringLiteral("exportSelectionCsvAction"));
    connect(m_exportSelected, &QAction::triggered, browser, [browser] { browser->exportCsvInteractively(true); });

    m_copy = new QAction(tr("&Copy"), this);
    m_copy->setObjectName(QStringLiteral("copyAction"));
    m_copy->setIcon(themedIcon(QStringLiteral("edit-copy")));
    m_copy->setShortcut(QKeySequence::Copy);
    // Only where a table cell is the thing to copy: line edits keep their own Ctrl+C.
    m_copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    browser->tableView()->addAction(m_copy);
    connect(m_copy, &QAction::triggered, browser, &AdGroupBrowser::copySelection);
    m_paste = new QAction(tr("&Paste"), this);
    m_paste->setObjectName(QStringLiteral("pasteAction"));
    m_paste->setIcon(themedIcon(QStringLiteral("edit-paste")));
    m_paste->setShortcut(QKeySequence::Paste);
    m_paste->setShortcutContext(Qt::WidgetWithChildrenShortcut); // a cell editor keeps its own Ctrl+V
    browser->tableView()->addAction(m_paste);
    connect(m_paste, &QAction::triggered, browser->tableView(), &AdGroupTableView::requestPaste);
    m_find = new QAction(tr("&Find…"), this);
    m_find->setObjectName(QStringLiteral("findAction"));
    m_find->setIcon(themedIcon(QStringLiteral("edit-find")));
    m_find->setIconText(tr("Find"));
    m_find->setShortcut(QKeySequence::Find);
    connect(m_find, &QAction::triggered, browser, &AdGroupBrowser::focusFilter);

    m_refresh = new QAction(tr("&Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("refreshAction"));
    m_refresh->setIcon(themedIcon(QStringLiteral("view-refresh")));
    m_refresh->setShortcut(QKeySequence::Refresh);
    connect(m_refresh, &QAction::triggered, browser, &AdGroupBrowser::refresh);
    m_cancel = new QAction(tr("&Stop Loading"), this);
    m_cancel->setObjectName(QStringLiteral("cancelLoadingAction"));
    m_cancel->setIcon(themedIcon(QStringLiteral("process-stop")));
    connect(m_cancel, &QAction::triggered, browser, &AdGroupBrowser::cancelLoading);
    m_details = new QAction(tr("Ad Group &Details"), this);
    m_details->setObjectName(QStringLiteral("openDetailsAction"));
    m_details->setIcon(themedIcon(QStringLiteral("dialog-information")));
    m_details->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(m_details, &QAction::triggered, browser, &AdGroupBrowser::openCurrentDetails);
    // The same checkable column actions as the table header's menu, so both stay in step.
    m_columns = new QMenu(tr("&Columns"), browser);
    m_columns->setObjectName(QStringLiteral("columnsMenu"));
    connect(m_columns, &QMenu::aboutToShow, this, [this] {
        m_columns->clear();
        m_columns->addActions(m_browser->tableView()->columnMenu()->actions());
    });

    // Chooses among the ad accounts of the signed-in user; Account › Switch User changes the user.
    m_chooseAccount = new QAction(tr("Choose &Ad Account…"), this);
    m_chooseAccount->setObjectName(QStringLiteral("chooseAdAccountAction"));
    m_chooseAccount->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    connect(m_chooseAccount, &QAction::triggered, browser, [browser] {
        QComboBox *accounts = browser->accountSwitcher()->comboBox();
        accounts->setFocus(Qt::ShortcutFocusReason);
        accounts->showPopup();
    });
}

void BrowserCommands::contribute(CommandHost *host)
{
    host->addCommand(m_exportAll, {MenuRole::File, CommandGroup::Exporting, ToolBarSlot::Export});
    host->addCommand(m_exportSelected, {MenuRole::File, CommandGroup::Exporting});
    host->addCommand(m_copy, {MenuRole::Edit, CommandGroup::Clipboard});
    host->addCommand(m_paste, {MenuRole::Edit, CommandGroup::Clipboard});
    host->addCommand(m_find, {MenuRole::Edit, CommandGroup::Clipboard, ToolBarSlot::Find});
    host->addCommand(m_refresh, {MenuRole::View, CommandGroup::Loading, ToolBarSlot::Refresh});
    host->addCommand(m_cancel, {MenuRole::View, CommandGroup::Loading});
    host->addCommand(m_details, {MenuRole::View, CommandGroup::Loading});
    host->addCommandMenu(m_columns, {MenuRole::View, CommandGroup::Loading});
    host->addCommand(m_chooseAccount, {MenuRole::Account, CommandGroup::AdAccount});
}

void BrowserCommands::updateActions()
{
    const bool connected = m_browser->client() != nullptr;
    const bool hasAccount = m_browser->currentAccount().has_value();
    const bool hasRows = m_browser->proxy()->rowCount() > 0;
    QItemSelectionModel *selection = m_browser->tableView()->selectionModel();
    const bool selected = selection->hasSelection();
    const bool loading = m_browser->repository()->isLoading();
    m_refresh->setEnabled(connected);
    m_cancel->setEnabled(loading);
    m_exportAll->setEnabled(hasRows);
    m_exportSelected->setEnabled(selected);
    m_copy->setEnabled(selected);
    // Pasting needs cells to go to, and a table that takes edits.
    m_paste->setEnabled(hasRows && selection->currentIndex().isValid() && m_browser->model()->hasCellEditor());
    m_find->setEnabled(hasAccount);
    m_details->setEnabled(hasAccount && selection->currentIndex().isValid());
    m_chooseAccount->setEnabled(m_browser->accountSwitcher()->comboBox()->count() > 0);
}

} // namespace pinstripe
