#pragma once

#include "core/api/apiclient.h"
#include "core/model/adaccount.h"
#include "core/store/csvexporter.h"

#include <QHash>
#include <QPointer>
#include <QSet>
#include <QWidget>

class QSplitter;
class QTimer;

namespace pinstripe {

class AccountSwitcher;
class AdGroupDetailsPanel;
class AdGroupFilterBar;
class AdGroupFilterProxy;
class AdGroupRepository;
class AdGroupTableModel;
class AdGroupTableView;
class CampaignNavigator;
class LoadStatusBar;
class LocalStore;

/**
 * The ad group browser, the main window's work area: account switcher and campaign navigator
 * on the left, filter bar, load status and the ad group table in the middle, the details of
 * the selected ad group on the right. Wires the "Browse" flow: AdGroupRepository (cache, then
 * pager) → AdGroupTableModel → AdGroupFilterProxy → AdGroupTableView.
 */
class AdGroupBrowser final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AdGroupBrowser)

public:
    /** @p store (not owned, may be nullptr) caches what was fetched. */
    explicit AdGroupBrowser(LocalStore *store, QWidget *parent = nullptr);
    ~AdGroupBrowser() override;

    /** The API to browse; nullptr shows only cached data. Not owned. */
    void setClient(ApiClient *client);
    ApiClient *client() const { return m_client; }

    /** Re-fetches accounts, campaigns and the current account's ad groups. */
    void refresh();
    void cancelLoading();
    void focusFilter();
    /** Shows the details of the table's current row and moves the focus there. */
    void openCurrentDetails();
    void copySelection();

    /**
     * Writes the visible rows (or only the selected ones) to @p path as CSV: for spreadsheets
     * the columns shown, as shown; for tools every column with codes and raw numbers.
     */
    bool exportCsv(const QString &path, bool selectionOnly, QString *errorMessage = nullptr,
                   CsvExporter::Flavor flavor = CsvExporter::Flavor::Tools) const;
    /** Asks for a file name, then exportCsv(). */
    void exportCsvInteractively(bool selectionOnly);

    /** Splitter sizes and the current account's header layout, to and from QSettings. */
    void saveState() const;
    void restoreState();
    /** Splitter and the current account's columns as at a first start. */
    void resetLayout();

    std::optional<AdAccount> currentAccount() const;
    AccountSwitcher *accountSwitcher() const { return m_accounts; }
    CampaignNavigator *campaignNavigator() const { return m_campaigns; }
    AdGroupFilterBar *filterBar() const { return m_filterBar; }
    LoadStatusBar *loadStatus() const { return m_status; }
    AdGroupTableView *tableView() const { return m_table; }
    AdGroupTableModel *model() const { return m_model; }
    AdGroupFilterProxy *proxy() const { return m_proxy; }
    AdGroupDetailsPanel *detailsPanel() const { return m_details; }
    AdGroupRepository *repository() const { return m_repository; }

Q_SIGNALS:
    /** A line for the window's status bar. */
    void statusMessage(const QString &message);
    void accountChanged(const pinstripe::AdAccount &account);
    /** The details of the current row were asked for (Ctrl+I, Enter): whoever shows them, show them. */
    void detailsRequested();
    /** setClient() connected the browser to another API client, or disconnected it. */
    void clientChanged();

private:
    void onAccountSelected(const AdAccount &account);
    void startListing();
    void onStatusesChanged(const QStringList &statuses);
    void scheduleCountUpdate();
    /** Ad groups per campaign with the statuses the chips show. */
    QHash<QString, int> countsByCampaign() const;
    void onVisibleRowsChanged();
    QStringList statusesToFetch() const;

    LocalStore *m_store;
    QPointer<ApiClient> m_client;
    AdGroupRepository *m_repository;
    AdGroupTableModel *m_model;
    AdGroupFilterProxy *m_proxy;
    AccountSwitcher *m_accounts;
    CampaignNavigator *m_campaigns;
    AdGroupFilterBar *m_filterBar;
    LoadStatusBar *m_status;
    AdGroupTableView *m_table;
    AdGroupDetailsPanel *m_details;
    QSplitter *m_splitter;
    QTimer *m_countTimer;
    QTimer *m_detailsTimer;
    QString m_accountId;
    QSet<QString> m_listedCampaigns;
    bool m_listingStarted = false;
};

} // namespace pinstripe
