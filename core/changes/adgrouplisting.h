#pragma once

#include "core/api/apierror.h"
#include "core/api/listadgroupsrequest.h"
#include "core/model/adgroup.h"

#include <QList>
#include <QObject>
#include <QPointer>

class QTimer;

namespace pinstripe {

class ApiClient;
class AdGroupPager;

/**
 * Lists ad groups of one account for the Poster's checks: by id (any number, 250 per call) or
 * by campaign, every page, every status.
 *
 * A list call that still meets HTTP 429 after its own retries is started again once the wait
 * Pinterest asked for is over (waiting() tells how long): a rate limit delays a check, it never
 * makes it fail. Any other error ends the listing with failed(). Deletes nothing by itself.
 */
class AdGroupListing final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AdGroupListing)

public:
    AdGroupListing(ApiClient *client, QString adAccountId, QObject *parent = nullptr);
    ~AdGroupListing() override;

    /** Lists the ad groups with these ids. Call one of the start functions once. */
    void startByIds(const QStringList &adGroupIds);
    /** Lists every ad group of @p campaignId. */
    void startByCampaign(const QString &campaignId);
    /** Stops; emits failed() with a Cancelled error if it was still running. */
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    /** Pinterest answered 429: the listing goes on by itself in @p seconds. */
    void waiting(int seconds);
    void finished(const QList<pinstripe::AdGroup> &adGroups);
    void failed(const pinstripe::ApiError &error);

private:
    struct Part
    {
        AdGroupListParams params;
        QList<AdGroup> found;
        QPointer<AdGroupPager> pager;
        QTimer *retry = nullptr;
        bool done = false;
    };

    void startParts(const QList<AdGroupListParams> &params);
    void run(int part);
    void partEnded();

    QPointer<ApiClient> m_client;
    QString m_account;
    QList<Part> m_parts;
    ApiError m_error;
    bool m_running = false;
};

} // namespace pinstripe
