#pragma once

#include "core/analytics/daterangepreset.h"
#include "core/changes/journalentry.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace pinstripe {

/** Posted changes that share one bucket of the chart, drawn as one marker. */
struct ChangeMarkerGroup
{
    /** UTC start of the bucket (hour, day, week or month), where the chart draws its point. */
    QDateTime at;
    /** The changes of the bucket, oldest first. */
    QList<JournalEntry> entries;
};

/**
 * Picks the journal entries a performance chart marks, and groups them per bucket.
 *
 * A change is marked when Pinterest applied it (a refusal changed nothing), it is an update or
 * a create of one of the charted ad groups, and it was posted within the chart's date range
 * (UTC days, both ends included). Changes in the same bucket of the chart's granularity share
 * one marker: with DAY, every change of a UTC day; with HOUR, of an hour; with WEEK and MONTH,
 * of the weeks (from Monday) and months the analytics API reports, whose first bucket starts on
 * the range's first day. The marker sits at the bucket's start, on the point whose numbers the
 * change could first move.
 */
class ChangeMarkers
{
public:
    /**
     * The groups for @p journal (any order) on a chart of @p adGroupIds over @p range at
     * @p granularity ("HOUR", "DAY", "WEEK", "MONTH"; anything else: the whole range is one
     * bucket), in time order.
     */
    static QList<ChangeMarkerGroup> group(const QList<JournalEntry> &journal, const QStringList &adGroupIds,
                                          const DateRange &range, const QString &granularity);

    /** True when @p entry belongs on a chart of @p adGroupIds over @p range. */
    static bool isMarked(const JournalEntry &entry, const QStringList &adGroupIds, const DateRange &range);

    /** UTC start of the bucket holding @p when at @p granularity within @p range. */
    static QDateTime bucketStart(const QDateTime &when, const QString &granularity, const DateRange &range);
};

} // namespace pinstripe
