#pragma once

#include "core/api/apierror.h"
#include "core/changes/pendingchange.h"
#include "core/model/adgroup.h"
#include "core/model/bidfloor.h"
#include "core/model/campaign.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace pinstripe {

class ApiClient;

/**
 * Asks Pinterest for the bid floor of each ad group — from its own countries, billable event,
 * currency and its campaign's objective — in as few `bid_floor` calls as possible, and tells
 * which bids are under their floor. Used before posting and by "Check bid floors".
 */
class BidFloorCheck final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BidFloorCheck)

public:
    /** One ad group's bid against its floor. */
    struct Result
    {
        QString adGroupId;
        QString adGroupName;
        BidFloorSpec spec;
        /** Pinterest's floor in micro-units of the currency. */
        qint64 floorMicros = 0;
        /** The ad group's bid; empty when it bids automatically. */
        std::optional<qint64> bidMicros;

        bool isUnderFloor() const { return bidMicros && *bidMicros < floorMicros; }
    };

    BidFloorCheck(ApiClient *client, QString adAccountId, Currency currency, QObject *parent = nullptr);

    /**
     * The spec Pinterest prices for @p adGroup: its targeted countries (country codes in
     * LOCATION; US if it targets none), billable event, currency and @p campaign's objective.
     */
    static BidFloorSpec specFor(const AdGroup &adGroup, const Campaign *campaign, const Currency &currency);

    /**
     * The lowest bid at or above @p floorMicros in whole minor units of @p currency: rounded up,
     * never down, since a bid a fraction of a cent under the floor is still under it.
     */
    static qint64 bidAtFloor(qint64 floorMicros, const Currency &currency);

    /**
     * The pending change that raises the bid of @p result to its floor (bidAtFloor()).
     * @p adGroup is the ad group as last loaded from Pinterest: its bid is the "before" and its
     * updated_time the base. Recorded on a ChangeSet it merges with a pending bid change.
     */
    static PendingChange raiseToFloor(const Result &result, const AdGroup &adGroup, const QString &adAccountId,
                                      const Currency &currency);

    /**
     * Looks up floors for @p adGroups; @p campaigns by id give the objectives. Pass the ad groups
     * as they will be after posting (withChangesApplied()) to judge pending bids.
     */
    void start(const QList<AdGroup> &adGroups, const QHash<QString, Campaign> &campaigns);
    void cancel();

Q_SIGNALS:
    void finished(const QList<pinstripe::BidFloorCheck::Result> &results);
    void failed(const pinstripe::ApiError &error);

private:
    void sendNext();

    QPointer<ApiClient> m_client;
    QString m_account;
    Currency m_currency;
    QList<Result> m_results;
    qsizetype m_next = 0;
    bool m_cancelled = false;
};

} // namespace pinstripe

Q_DECLARE_METATYPE(pinstripe::BidFloorCheck::Result)
