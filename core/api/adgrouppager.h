#pragma once

#include "core/api/listadgroupsrequest.h"
#include "core/api/pager.h"

namespace pinstripe {

/**
 * All ad groups of an account (or of a filter), page by page.
 *
 * When the filter names several campaigns, they are split into up to @p maxChains groups,
 * each listed by its own bookmark chain at the same time: a large account loads in a
 * fraction of one sequential chain's time, still within the shared ads_read budget.
 * Pages from different chains interleave; within a chain they keep the requested order.
 */
class AdGroupPager final : public Pager
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AdGroupPager)

public:
    AdGroupPager(ApiClient *client, QString adAccountId, AdGroupListParams params, int maxChains = 6,
                 QObject *parent = nullptr);

    /** The campaign ids each chain lists (empty list = no campaign filter). */
    QList<QStringList> chainCampaigns() const { return m_chainCampaigns; }

Q_SIGNALS:
    void pageReceived(const pinstripe::AdGroupPage &page);

protected:
    ApiRequest *createRequest(int chain, const QString &bookmark) override;

private:
    static QList<QStringList> split(const QStringList &campaignIds, int maxChains);

    QString m_adAccountId;
    AdGroupListParams m_params;
    QList<QStringList> m_chainCampaigns;
};

} // namespace pinstripe
