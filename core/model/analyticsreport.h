#pragma once

#include "core/model/analyticsrow.h"

#include <QJsonArray>
#include <QList>
#include <QPair>
#include <QStringList>

namespace pinstripe {

/**
 * The ad-group analytics report (`AdGroupsAnalyticsResponse`): a bare JSON array with one row
 * per ad group (and per day/hour/week/month unless the granularity is TOTAL).
 */
struct AnalyticsReport
{
    QList<AnalyticsRow> rows;
    /**
     * Array elements that are not objects, kept with their positions so that toJson() gives the
     * array back unchanged (none are expected).
     */
    QList<QPair<qsizetype, QJsonValue>> otherElements;

    /** The rows of one ad group, in report order. */
    QList<AnalyticsRow> rowsForAdGroup(const QString &adGroupId) const;
    /** The distinct ad-group IDs, in order of first appearance. */
    QStringList adGroupIds() const;

    static AnalyticsReport fromJson(const QJsonArray &json);
    QJsonArray toJson() const;
    friend bool operator==(const AnalyticsReport &, const AnalyticsReport &) = default;
};

} // namespace pinstripe
