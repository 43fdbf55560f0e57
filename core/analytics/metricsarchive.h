#pragma once

#include "core/analytics/performancesummary.h"
#include "core/model/analyticsreport.h"
#include "core/store/sqlitedatabase.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <functional>

namespace pinstripe {

/** What the archive gave back for a range. */
struct ArchivedReport
{
    AnalyticsReport report;
    /** True: these numbers come from the archive, not from a fresh call (show them as archived data). */
    bool archived = true;
    /** When the newest of the rows was fetched from Pinterest (invalid when no rows). */
    QDateTime fetchedAt;
};

/**
 * Keeps every analytics row Pinstripe fetched, in its own SQLite file, so periods that
 * Pinterest no longer serves (more than 90 days back) can still be charted later.
 *
 * One row per account, ad group, granularity, date (and hour), and column; a newer fetch of
 * the same key replaces the older value. Values are stored as their JSON text so integers
 * and micros come back exactly. TOTAL rows depend on the range they were asked for and are
 * not archived: they are summed again from DAY rows when needed.
 *
 * The TOTAL rows of the table's statistics are kept apart (storeTotals(), loadTotals()): one
 * range per account, the last one fetched, so a restart shows the numbers at once with the time
 * they were fetched ("as of") while fresh ones load.
 *
 * The file is a SqliteDatabase (WAL, a connection per thread). Schema versions: 1 is the
 * original metric_values table; 2 adds an index by account, granularity and day for the date
 * range reads of load() and earliestDate(); 3 adds range_totals.
 */
class MetricsArchive
{
public:
    /** The archive file under QStandardPaths::AppDataLocation. */
    static QString defaultPath();

    /** Opens (creating if needed) the archive at @p filePath. Check isOpen(). */
    explicit MetricsArchive(const QString &filePath = defaultPath());
    ~MetricsArchive();
    MetricsArchive(const MetricsArchive &) = delete;
    MetricsArchive &operator=(const MetricsArchive &) = delete;

    bool isOpen() const { return m_db.isOpen(); }
    QString errorString() const { return m_error.isEmpty() ? m_db.errorString() : m_error; }
    QString filePath() const { return m_db.path(); }
    /** The schema version this build writes. */
    static int schemaVersion();

    /**
     * Saves the time-based rows of @p report (granularity DAY, WEEK, MONTH or HOUR) for
     * @p accountId, fetched at @p fetchedAt. Returns the number of values written, -1 on error.
     */
    int store(const QString &accountId, const QString &granularity, const AnalyticsReport &report,
              const QDateTime &fetchedAt = QDateTime::currentDateTimeUtc());

    /**
     * The archived rows of @p adGroupIds (all when empty) between @p start and @p end inclusive,
     * with only @p columns (all when empty), ordered by ad group and date.
     */
    ArchivedReport load(const QString &accountId, const QStringList &adGroupIds, const QString &granularity,
                        const QDate &start, const QDate &end, const QStringList &columns = {}) const;

    /**
     * Keeps the TOTAL rows of @p report for @p accountId and the range @p start … @p end, fetched
     * at @p fetchedAt. Rows of other ad groups of the same range stay; other ranges of the account
     * are dropped (only the range the table shows is worth keeping) unless @p otherRanges says
     * Keep: a fetch stored chunk by chunk drops them once, with its first chunk, because looking
     * for them reads every kept row of the account. False on error.
     */
    enum class OtherRanges { Drop, Keep };
    bool storeTotals(const QString &accountId, const QDate &start, const QDate &end, const AnalyticsReport &report,
                     const QDateTime &fetchedAt, OtherRanges otherRanges = OtherRanges::Drop);

    /**
     * The kept TOTAL rows of @p accountId for exactly @p start … @p end (none for another range:
     * numbers of another period would mislead). fetchedAt is the oldest row's fetch time, so an
     * "as of" never claims more freshness than the oldest number shown has.
     */
    ArchivedReport loadTotals(const QString &accountId, const QDate &start, const QDate &end) const;
    /**
     * The same rows summed per ad group (money in @p currency), read a thousand at a time: the
     * kept totals of 100,000 ad groups as whole rows would take half a gigabyte. @p fetchedAt
     * (when given) receives the oldest row's fetch time.
     */
    /** How many ad groups have kept totals for exactly that range (an index count, no rows read). */
    qsizetype totalsCount(const QString &accountId, const QDate &start, const QDate &end) const;
    PerformanceSummary loadTotalsSummary(const QString &accountId, const QDate &start, const QDate &end,
                                         const Currency &currency, QDateTime *fetchedAt = nullptr) const;

    /** The earliest archived date of @p accountId at @p granularity (invalid when none). */
    QDate earliestDate(const QString &accountId, const QString &granularity) const;

private:
    static SqliteDatabase::Options options();
    /** Hands each kept total of the range to @p take, by ad group id; the oldest fetch time in @p oldestFetch. */
    void forEachTotal(const QString &accountId, const QDate &start, const QDate &end,
                      const std::function<void(AnalyticsRow &&row)> &take, QDateTime *oldestFetch) const;

    SqliteDatabase m_db;
    QString m_error;
};

} // namespace pinstripe
