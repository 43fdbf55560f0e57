#pragma once

#include "sandbox/metriccounts.h"

#include <QJsonObject>
#include <QStringList>

namespace pinstripe::sandbox {

/** Attributes of the entity a report row is about (absent for aggregated rows). */
struct RowAttributes
{
    QJsonObject adGroup;
    QJsonObject campaign;
    QString accountId;
};

/**
 * Turns base counts into the analytics columns a client asked for. Counts are reported as
 * integers, ratios (CTR, CPC, CPM, ROAS…) are computed from the sums, SPEND_IN_DOLLAR is
 * micros / 1e6. Columns without a value (a ratio over zero, an unsupported column, a
 * conversion column at HOUR granularity) are omitted, as the spec allows.
 */
class AnalyticsColumns final
{
public:
    static void fill(QJsonObject &row, const QStringList &columns, const MetricCounts &counts,
                     const RowAttributes *attributes, bool hourly);
    /** True for columns that are conversion metrics (not reported at HOUR granularity). */
    static bool isConversionColumn(const QString &column);
};

} // namespace pinstripe::sandbox
