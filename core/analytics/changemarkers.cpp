#include "core/analytics/changemarkers.h"

#include <QMap>

#include <algorithm>

namespace pinstripe {

bool ChangeMarkers::isMarked(const JournalEntry &entry, const QStringList &adGroupIds, const DateRange &range)
{
    if (!entry.succeeded || !entry.postedAt.isValid() || !range.isValid())
        return false;
    const PendingChange &change = entry.change;
    // Updates and creates alike: a create is journaled with the id Pinterest gave the new ad group.
    if (change.adGroupId.isEmpty() || !adGroupIds.contains(change.adGroupId))
        return false;
    const QDate day = entry.postedAt.toUTC().date();
    return day >= range.start && day <= range.end;
}

QDateTime ChangeMarkers::bucketStart(const QDateTime &when, const QString &granularity, const DateRange &range)
{
    const QDateTime utc = when.toUTC();
    const QDate day = utc.date();
    QDate start = day;
    if (granularity == QLatin1String("HOUR"))
        return QDateTime(day, QTime(utc.time().hour(), 0), Qt::UTC);
    if (granularity == QLatin1String("WEEK"))
        start = day.addDays(1 - day.dayOfWeek()); // the Monday of its week
    else if (granularity == QLatin1String("MONTH"))
        start = QDate(day.year(), day.month(), 1);
    else if (granularity != QLatin1String("DAY"))
        start = range.start; // one bucket for the whole range
    // Pinterest's first week or month starts on the range's first day, not before it.
    if (range.isValid() && start < range.start)
        start = range.start;
    return QDateTime(start, QTime(0, 0), Qt::UTC);
}

QList<ChangeMarkerGroup> ChangeMarkers::group(const QList<JournalEntry> &journal, const QStringList &adGroupIds,
                                              const DateRange &range, const QString &granularity)
{
    QList<JournalEntry> marked;
    for (const JournalEntry &entry : journal) {
        if (isMarked(entry, adGroupIds, range))
            marked << entry;
    }
    // Oldest first; the journal's sequence orders changes posted in the same millisecond.
    std::stable_sort(marked.begin(), marked.end(), [](const JournalEntry &a, const JournalEntry &b) {
        return a.postedAt != b.postedAt ? a.postedAt < b.postedAt : a.sequence < b.sequence;
    });
    QMap<qint64, ChangeMarkerGroup> byBucket;
    for (const JournalEntry &entry : std::as_const(marked)) {
        const QDateTime at = bucketStart(entry.postedAt, granularity, range);
        ChangeMarkerGroup &group = byBucket[at.toMSecsSinceEpoch()];
        group.at = at;
        group.entries << entry;
    }
    return byBucket.values();
}

} // namespace pinstripe
