#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace pinstripe::sandbox {

/**
 * Bid floors for POST /ad_accounts/{id}/bid_floor: one floor per bid_floor_spec, in order,
 * in micro-units of the spec's currency. Floors depend on billable event, objective,
 * creative type, the most expensive targeted country and how narrow the targeting is.
 */
class BidFloorCalculator final
{
public:
    /** The floors for a BidFloorRequest body, or an empty list and @p error naming the problem. */
    static QList<qint64> floors(const QJsonObject &request, QString *error);
};

} // namespace pinstripe::sandbox
