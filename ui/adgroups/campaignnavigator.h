#pragma once

#include "core/api/apiclient.h"
#include "core/api/apierror.h"
#include "core/model/campaign.h"

#include <QHash>
#include <QPointer>
#include <QSet>
#include <QWidget>

class QTreeWidget;

namespace pinstripe {

class CampaignPager;
class LocalStore;

/**
 * The account's campaigns with status, objective and ad group count, above an "All campaigns"
 * entry. Selecting one or several narrows the ad group table to them.
 */
class CampaignNavigator final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignNavigator)

public:
    enum Column { Name, Status, Objective, AdGroups, ColumnCount };

    explicit CampaignNavigator(LocalStore *store, QWidget *parent = nullptr);

    void setClient(ApiClient *client) { m_client = client; }
    /** Shows the cached campaigns of @p accountId at once, then lists every campaign (all statuses). */
    void setAccount(const QString &accountId);
    /** Lists the campaigns again. */
    void reload();

    /** Ad group counts per campaign id, shown beside each campaign. */
    void setAdGroupCounts(const QHash<QString, int> &counts);

    QList<Campaign> campaigns() const { return m_campaigns; }
    QHash<QString, QString> campaignNames() const;
    /** The selected campaigns; empty when "All campaigns" (or nothing) is selected. */
    QSet<QString> selectedCampaignIds() const;
    /** Selects @p campaignIds (empty: "All campaigns"). */
    void selectCampaigns(const QSet<QString> &campaignIds);
    QTreeWidget *tree() const { return m_tree; }

Q_SIGNALS:
    /** The campaign list (cached or fresh) is shown. @p fresh is false for the cached one. */
    void campaignsLoaded(const QList<pinstripe::Campaign> &campaigns, bool fresh);
    void selectionChanged(const QSet<QString> &campaignIds);
    void failed(const pinstripe::ApiError &error);

private:
    void showCampaigns(const QList<Campaign> &campaigns);
    void updateCounts();

    LocalStore *m_store;
    QPointer<ApiClient> m_client;
    QPointer<CampaignPager> m_pager;
    QString m_accountId;
    QList<Campaign> m_campaigns;
    QList<Campaign> m_incoming;
    QHash<QString, int> m_counts;
    QTreeWidget *m_tree;
    bool m_filling = false;
};

} // namespace pinstripe
