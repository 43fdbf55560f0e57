#pragma once

#include "core/analytics/daterangepreset.h"
#include "core/model/analyticsreport.h"
#include "core/model/currency.h"

#include <QList>
#include <QPointF>
#include <QString>

namespace pinstripe {

/** The points of one line: x in milliseconds since the epoch (UTC), y the plotted value. */
struct ChartSeriesData
{
    QString adGroupId;
    QString column;
    QList<QPointF> points;
    /** Exact text of each point for tool tips ("$12.34"), same order as points. */
    QStringList texts;
};

/**
 * Turns report rows into chart points. At DAY granularity an additive metric gets a point
 * for every day of the range (0 where Pinterest sent no row, because it leaves out days
 * without delivery), so lines do not jump over quiet days.
 */
class ChartSeriesBuilder
{
public:
    static ChartSeriesData build(const AnalyticsReport &report, const QString &adGroupId, const QString &column,
                                 const QString &granularity, const DateRange &range, const Currency &currency,
                                 qint64 shiftMs = 0);
    /** The x of @p row: its UTC date (and hour) in ms since the epoch. */
    static qint64 xOf(const AnalyticsRow &row);
};

} // namespace pinstripe
