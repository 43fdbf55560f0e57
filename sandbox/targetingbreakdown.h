#pragma once

#include "sandbox/metriccounts.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>

namespace pinstripe::sandbox {

/**
 * Splits an ad group's delivery by targeting type (AGE_BUCKET, GENDER, COUNTRY, LOCATION,
 * APPTYPE, PLACEMENT, TARGETED_INTEREST, KEYWORD, …). The values come from its targeting
 * spec; the shares are deterministic per ad group and value. Every count is split with the
 * largest-remainder method, so the slices of one type add up to the total exactly.
 */
class TargetingBreakdown final
{
public:
    struct Slice
    {
        QJsonValue value; ///< targeting_value (a number for DMA and audience ids, as in the spec's example)
        double weight = 1;
    };

    /** The slices of @p targetingType for @p adGroup; empty if the type does not apply. */
    static QList<Slice> slices(const QString &targetingType, const QJsonObject &adGroup,
                               const QString &accountCountry, quint64 seed);
    /** @p total split over @p slices; the parts sum to @p total for every metric. */
    static QList<MetricCounts> split(const MetricCounts &total, const QList<Slice> &slices);
};

} // namespace pinstripe::sandbox
