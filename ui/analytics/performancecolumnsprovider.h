#pragma once

#include "core/analytics/daterangepreset.h"
#include "core/analytics/performancesummary.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QThreadPool>
#include <QVariant>

namespace pinstripe {

class AnalyticsFetcher;
class ApiClient;
class Clock;
class MetricsArchive;

/**
 * Performance values for the ad group table: spend, impressions, clicks, CTR, CPC, CPM,
 * conversions and ROAS per ad group id for one date range, fetched in chunks of at most 250
 * ids (TOTAL granularity, one call per chunk). The table asks displayValue() / sortValue()
 * per id and column and repaints on valuesChanged().
 *
 * With an archive, the totals last fetched for the same range are shown at once (after a
 * restart too) and replaced as fresh chunks arrive; asOf() says how old the numbers on screen
 * are: the oldest fetch any shown value comes from.
 */
class PerformanceColumnsProvider final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PerformanceColumnsProvider)

public:
    enum class Column { Spend, Impressions, Clicks, Ctr, Cpc, Cpm, Conversions, Roas };

    PerformanceColumnsProvider(ApiClient *client, QString adAccountId, Currency currency, QObject *parent = nullptr);
    ~PerformanceColumnsProvider() override;

    static QList<Column> columns();
    /** The column header for people ("Spend", "CTR"). */
    static QString header(Column column);

    /** Where totals are kept between runs (not owned; may be null). Shows what it has for the range. */
    void setArchive(MetricsArchive *archive);

    /** The range to show (default: last 7 days, ending yesterday, UTC); shows kept totals of it at once. */
    void setRange(const DateRange &range);
    DateRange range() const { return m_range; }

    /** Fetches the values of @p adGroupIds (replacing earlier ones when the range changed). */
    void fetch(const QStringList &adGroupIds);
    void cancel();
    /** Fetches the chunks that failed again. */
    bool retry();
    bool isFetching() const;
    /** When the oldest value on screen was fetched; invalid when nothing is shown. */
    QDateTime asOf() const { return m_asOf; }
    /** The clock "now" is read from (the client's), or null for the system's. */
    Clock *clock() const { return m_clock; }

    bool hasValues(const QString &adGroupId) const { return m_summary.contains(adGroupId); }
    PerformanceTotals totals(const QString &adGroupId) const { return m_summary.forAdGroup(adGroupId); }
    /** Text for the cell ("$12.34", "1,234", "1.23 %", "2.40×"); empty when not loaded, "—" when undefined. */
    QString displayValue(const QString &adGroupId, Column column) const;
    /** The raw value to sort by (qint64 micros / counts, double rates); invalid when not loaded. */
    QVariant sortValue(const QString &adGroupId, Column column) const;

Q_SIGNALS:
    /** Values of @p adGroupIds arrived (one chunk at a time). */
    void valuesChanged(const QStringList &adGroupIds);
    void progress(int settled, int total);
    /** Every chunk settled; @p failedChunks did not load (retry() fetches them). */
    void finished(int failedChunks);
    /** asOf() or isFetching() changed. */
    void freshnessChanged();

private:
    /** Shows the totals kept for m_range, read from the archive on a worker. */
    void showKept();
    void applyKept(PerformanceSummary kept, const QDateTime &keptAt);
    void onChunk(int chunk);
    void onSettled();
    QDateTime now() const;

    QPointer<ApiClient> m_client;
    QString m_accountId;
    Currency m_currency;
    DateRange m_range;
    AnalyticsFetcher *m_fetch;
    PerformanceSummary m_summary;
    Clock *m_clock = nullptr;
    MetricsArchive *m_archive = nullptr;
    /** Ad groups whose totals were kept from an earlier fetch of m_range, shown until fresh ones replace them. */
    QSet<QString> m_keptIds;
    QDateTime m_keptAt;
    /** Ad groups whose totals came in the current fetch. */
    QSet<QString> m_freshIds;
    /** The archive's totals of other ranges were dropped with this fetch's first chunk. */
    bool m_otherRangesDropped = false;
    /** Counts showKept() calls: a read of the archive that another one overtook is dropped. */
    quint64 m_keptGeneration = 0;
    /**
     * One thread that stores fetched chunks in the archive, and reads a big account's kept
     * totals after them, in order: the store of 400 chunks held the UI thread for over a second.
     */
    QThreadPool m_archiveWorker;
    QDateTime m_fetchStartedAt;
    QDateTime m_asOf;
};

} // namespace pinstripe
