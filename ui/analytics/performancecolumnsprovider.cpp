#include "ui/analytics/performancecolumnsprovider.h"

#include "core/api/ratelimiter.h"

#include "core/analytics/analyticsfetcher.h"
#include "core/analytics/metricsarchive.h"
#include "core/api/apiclient.h"
#include "core/analytics/metriccatalog.h"
#include "core/time/clock.h"
#include "ui/common/bigaccount.h"

#include <QFutureWatcher>
#include <QSet>
#include <QtConcurrent/QtConcurrentRun>

#include <QLocale>

#include <memory>

namespace pinstripe {

namespace {

// The archive worker's own connection (a QSqlDatabase belongs to the thread that opened it).
MetricsArchive &workerArchive(const QString &path)
{
    thread_local std::unique_ptr<MetricsArchive> archive;
    if (!archive || archive->filePath() != path)
        archive = std::make_unique<MetricsArchive>(path);
    return *archive;
}

} // namespace

PerformanceColumnsProvider::PerformanceColumnsProvider(ApiClient *client, QString adAccountId, Currency currency,
                                                       QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_accountId(std::move(adAccountId))
    , m_currency(std::move(currency))
    , m_range(DateRangePreset::range(DateRangePreset::Preset::Last7Days, AnalyticsQuery::todayUtc(client ? client->rateLimiter()->clock() : nullptr)))
    , m_fetch(new AnalyticsFetcher(client, m_accountId, this))
    , m_clock(client ? client->rateLimiter()->clock() : nullptr)
{
    m_archiveWorker.setMaxThreadCount(1);
    m_archiveWorker.setExpiryTimeout(-1); // keep the thread, and with it its connection to the archive
    m_summary = PerformanceSummary::fromReport({}, m_currency);
    connect(m_fetch, &AnalyticsFetcher::chunkReceived, this, &PerformanceColumnsProvider::onChunk);
    connect(m_fetch, &AnalyticsFetcher::progress, this, &PerformanceColumnsProvider::progress);
    connect(m_fetch, &AnalyticsFetcher::finished, this, &PerformanceColumnsProvider::onSettled);
    connect(m_fetch, &AnalyticsFetcher::cancelled, this, &PerformanceColumnsProvider::onSettled);
}

QDateTime PerformanceColumnsProvider::now() const
{
    return m_clock ? m_clock->now() : QDateTime::currentDateTimeUtc();
}

void PerformanceColumnsProvider::setArchive(MetricsArchive *archive)
{
    m_archive = archive;
    if (!isFetching())
        showKept();
}

void PerformanceColumnsProvider::showKept()
{
    const quint64 generation = ++m_keptGeneration;
    const QStringList shown = m_summary.adGroupIds();
    m_summary = PerformanceSummary::fromReport({}, m_currency);
    m_keptIds.clear();
    m_keptAt = QDateTime();
    m_asOf = QDateTime();
    if (!shown.isEmpty())
        Q_EMIT valuesChanged(shown);
    Q_EMIT freshnessChanged();
    if (!m_archive)
        return;
    // A small account's kept totals are on screen with its rows; a big one's are read on the
    // archive's worker after the stores before it, with a connection of its own (100,000 held
    // the UI thread for seconds).
    if (m_archiveWorker.activeThreadCount() == 0 && m_archive->totalsCount(m_accountId, m_range.start, m_range.end) <= kBigAccountAdGroups) {
        QDateTime keptAt;
        PerformanceSummary kept = m_archive->loadTotalsSummary(m_accountId, m_range.start, m_range.end, m_currency, &keptAt);
        applyKept(std::move(kept), keptAt);
        return;
    }
    struct Kept
    {
        PerformanceSummary summary;
        QDateTime fetchedAt;
    };
    auto *watcher = new QFutureWatcher<Kept>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation == m_keptGeneration)
            applyKept(watcher->result().summary, watcher->result().fetchedAt);
    });
    watcher->setFuture(QtConcurrent::run(&m_archiveWorker, [path = m_archive->filePath(), account = m_accountId,
                                                            range = m_range, currency = m_currency] {
        Kept kept;
        kept.summary = workerArchive(path).loadTotalsSummary(account, range.start, range.end, currency, &kept.fetchedAt);
        return kept;
    }));
}

void PerformanceColumnsProvider::applyKept(PerformanceSummary kept, const QDateTime &keptAt)
{
    const QStringList keptIds = kept.adGroupIds();
    if (keptIds.isEmpty())
        return;
    m_keptIds = QSet<QString>(keptIds.cbegin(), keptIds.cend());
    m_keptAt = keptAt;
    // Fresh totals that came while the archive was read win over the kept ones.
    kept.replaceWith(m_summary);
    m_summary = std::move(kept);
    bool keptStillShown = false;
    for (const QString &id : keptIds)
        keptStillShown = keptStillShown || !m_freshIds.contains(id);
    if (keptStillShown)
        m_asOf = m_keptAt; // as fresh as the oldest value on screen
    Q_EMIT valuesChanged(keptIds);
    Q_EMIT freshnessChanged();
}

void PerformanceColumnsProvider::onChunk(int chunk)
{
    // A chunk holds whole ad groups: their fresh totals replace what was shown for them (kept
    // totals, or the same chunk before a retry, so nothing counts twice); the others keep theirs
    // until their chunk arrives. One chunk at a time: summing every row received so far on each
    // chunk, and repainting all of them, was quadratic in the account's size (9 s of CPU for
    // 22,000 ad groups).
    // The chunk's rows are taken, not copied, and archived as they come: the provider keeps
    // only the totals (a report of 100,000 ad groups held whole was half a gigabyte).
    AnalyticsReport report = m_fetch->takeChunkReport(chunk);
    const PerformanceSummary fresh = PerformanceSummary::fromReport(report, m_currency);
    m_summary.replaceWith(fresh);
    if (m_archive && !report.rows.isEmpty()) {
        const auto otherRanges = m_otherRangesDropped ? MetricsArchive::OtherRanges::Keep : MetricsArchive::OtherRanges::Drop;
        m_otherRangesDropped = true;
        m_archiveWorker.start([path = m_archive->filePath(), account = m_accountId, range = m_range,
                               report = std::move(report), fetchedAt = m_fetchStartedAt, otherRanges] {
            workerArchive(path).storeTotals(account, range.start, range.end, report, fetchedAt, otherRanges);
        });
    }
    const QStringList ids = fresh.adGroupIds();
    for (const QString &id : ids)
        m_freshIds.insert(id);
    Q_EMIT valuesChanged(ids);
}

void PerformanceColumnsProvider::onSettled()
{
    // Finished means archived: whoever reads the archive next finds this fetch's totals.
    m_archiveWorker.waitForDone();
    // As fresh as the oldest value on screen: a failed chunk leaves kept (older) values showing.
    bool keptStillShown = false;
    for (const QString &id : std::as_const(m_keptIds))
        keptStillShown = keptStillShown || !m_freshIds.contains(id);
    if (keptStillShown)
        m_asOf = m_keptAt;
    else if (!m_freshIds.isEmpty() || m_fetch->failures().isEmpty())
        m_asOf = m_fetchStartedAt;
    Q_EMIT freshnessChanged();
    Q_EMIT finished(int(m_fetch->failures().size()));
}

PerformanceColumnsProvider::~PerformanceColumnsProvider() = default;

QList<PerformanceColumnsProvider::Column> PerformanceColumnsProvider::columns()
{
    return {Column::Spend, Column::Impressions, Column::Clicks, Column::Ctr,
            Column::Cpc, Column::Cpm, Column::Conversions, Column::Roas};
}

QString PerformanceColumnsProvider::header(Column column)
{
    switch (column) {
    case Column::Spend:
        return tr("Spend");
    case Column::Impressions:
        return tr("Impressions");
    case Column::Clicks:
        return tr("Clicks");
    case Column::Ctr:
        return tr("CTR");
    case Column::Cpc:
        return tr("CPC");
    case Column::Cpm:
        return tr("CPM");
    case Column::Conversions:
        return tr("Conversions");
    case Column::Roas:
        return tr("ROAS");
    }
    return {};
}

void PerformanceColumnsProvider::setRange(const DateRange &range)
{
    if (range == m_range)
        return;
    m_fetch->cancel(); // while m_range is still the range its numbers belong to
    m_range = range;
    showKept();
}

void PerformanceColumnsProvider::fetch(const QStringList &adGroupIds)
{
    AnalyticsQuery query;
    query.adGroupIds = adGroupIds;
    query.startDate = m_range.start;
    query.endDate = m_range.end;
    query.columns = PerformanceSummary::columns();
    query.granularity = QStringLiteral("TOTAL");
    m_fetchStartedAt = now();
    m_freshIds.clear();
    m_otherRangesDropped = false;
    m_fetch->start(query);
    Q_EMIT freshnessChanged();
}

void PerformanceColumnsProvider::cancel()
{
    m_fetch->cancel();
}

bool PerformanceColumnsProvider::retry()
{
    return m_fetch->retryFailed();
}

bool PerformanceColumnsProvider::isFetching() const
{
    return m_fetch->isRunning();
}

QString PerformanceColumnsProvider::displayValue(const QString &adGroupId, Column column) const
{
    if (!m_summary.contains(adGroupId))
        return {};
    const PerformanceTotals t = m_summary.forAdGroup(adGroupId);
    const QLocale locale;
    const QString dash = QStringLiteral("—");
    auto money = [&](const std::optional<Money> &m) { return m ? m->roundedToMinorUnit().format(locale) : dash; };
    switch (column) {
    case Column::Spend:
        return money(t.spend);
    case Column::Impressions:
        return locale.toString(t.impressions);
    case Column::Clicks:
        return locale.toString(t.clicks);
    case Column::Ctr:
        return t.ctr() ? MetricCatalog::formatRate(*t.ctr(), locale) : dash;
    case Column::Cpc:
        return money(t.cpc());
    case Column::Cpm:
        return money(t.cpm());
    case Column::Conversions:
        return locale.toString(t.conversions);
    case Column::Roas:
        return t.roas() ? locale.toString(*t.roas(), 'f', 2) + QStringLiteral("×") : dash;
    }
    return {};
}

QVariant PerformanceColumnsProvider::sortValue(const QString &adGroupId, Column column) const
{
    if (!m_summary.contains(adGroupId))
        return {};
    const PerformanceTotals t = m_summary.forAdGroup(adGroupId);
    switch (column) {
    case Column::Spend:
        return t.spend.micros();
    case Column::Impressions:
        return t.impressions;
    case Column::Clicks:
        return t.clicks;
    case Column::Ctr:
        return t.ctr().value_or(-1.0);
    case Column::Cpc:
        return t.cpc() ? t.cpc()->micros() : qint64(-1);
    case Column::Cpm:
        return t.cpm() ? t.cpm()->micros() : qint64(-1);
    case Column::Conversions:
        return t.conversions;
    case Column::Roas:
        return t.roas().value_or(-1.0);
    }
    return {};
}

} // namespace pinstripe
