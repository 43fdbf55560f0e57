#include "core/analytics/metricsarchive.h"

#include "core/logging.h"
#include "core/store/sqlitetransaction.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

namespace pinstripe {

namespace {

QString encode(const QJsonValue &value)
{
    // A one-element array, because QJsonDocument holds no bare scalars; exact for integers.
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
}

QJsonValue decode(const QString &text)
{
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    return array.isEmpty() ? QJsonValue(QJsonValue::Undefined) : array.first();
}

// HOUR rows are keyed by their hour; -1 for every other granularity.
int hourOf(const AnalyticsRow &row)
{
    if (row.dateTime.isValid())
        return row.dateTime.time().hour();
    const QJsonValue hour = row.value(QStringLiteral("HOUR"));
    return hour.isDouble() ? hour.toInt() : -1;
}

} // namespace

QString MetricsArchive::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("metrics-archive.sqlite"));
}

SqliteDatabase::Options MetricsArchive::options()
{
    SqliteDatabase::Options options;
    options.name = QStringLiteral("metrics-archive");
    options.durability = SqliteDatabase::Durability::Normal;
    // Version 1: the layout of files written before versioning (user_version 0), as it was.
    options.migrations.append({{
        QStringLiteral("CREATE TABLE IF NOT EXISTS metric_values ("
                       " account_id TEXT NOT NULL, ad_group_id TEXT NOT NULL, granularity TEXT NOT NULL,"
                       " day TEXT NOT NULL, hour INTEGER NOT NULL, metric TEXT NOT NULL,"
                       " value TEXT NOT NULL, fetched_at TEXT NOT NULL,"
                       " PRIMARY KEY (account_id, granularity, ad_group_id, day, hour, metric))"),
    }, {}});
    // Version 2: load() and earliestDate() ask for a date range of one account and granularity;
    // the primary key orders by ad group first, so without this every day of the account is read.
    options.migrations.append({{
        QStringLiteral("CREATE INDEX IF NOT EXISTS metric_values_by_day ON metric_values (account_id, granularity, day)"),
    }, {}});
    // Version 3: the table's TOTAL statistics of the last range fetched, one JSON row per ad group.
    options.migrations.append({{
        QStringLiteral("CREATE TABLE IF NOT EXISTS range_totals ("
                       " account_id TEXT NOT NULL, start_day TEXT NOT NULL, end_day TEXT NOT NULL,"
                       " ad_group_id TEXT NOT NULL, row_json TEXT NOT NULL, fetched_at TEXT NOT NULL,"
                       " PRIMARY KEY (account_id, start_day, end_day, ad_group_id))"),
    }, {}});
    return options;
}

int MetricsArchive::schemaVersion()
{
    return int(options().migrations.size());
}

MetricsArchive::MetricsArchive(const QString &filePath)
    : m_db(filePath, options())
{
    if (!m_db.isOpen())
        qCWarning(lcStore) << "metrics archive not opened:" << m_db.errorString();
}

MetricsArchive::~MetricsArchive() = default;

int MetricsArchive::store(const QString &accountId, const QString &granularity, const AnalyticsReport &report,
                          const QDateTime &fetchedAt)
{
    if (!isOpen() || granularity == QLatin1String("TOTAL"))
        return isOpen() ? 0 : -1;
    QSqlDatabase db = m_db.connection();
    SqliteTransaction transaction(db);
    if (!transaction.isActive()) {
        m_error = transaction.errorString();
        return -1;
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO metric_values"
                             " (account_id, ad_group_id, granularity, day, hour, metric, value, fetched_at)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    const QString fetched = fetchedAt.toUTC().toString(Qt::ISODate);
    int written = 0;
    for (const AnalyticsRow &row : report.rows) {
        if (!row.date.isValid() || row.adGroupId.isEmpty())
            continue;
        const QString day = row.date.toString(Qt::ISODate);
        const int hour = hourOf(row);
        for (auto it = row.metrics.cbegin(); it != row.metrics.cend(); ++it) {
            if (it.key() == QLatin1String("HOUR"))
                continue;
            q.addBindValue(accountId);
            q.addBindValue(row.adGroupId);
            q.addBindValue(granularity);
            q.addBindValue(day);
            q.addBindValue(hour);
            q.addBindValue(it.key());
            q.addBindValue(encode(it.value()));
            q.addBindValue(fetched);
            if (!q.exec()) {
                m_error = q.lastError().text();
                return -1; // rolled back by the transaction
            }
            ++written;
        }
    }
    if (!transaction.commit()) {
        m_error = transaction.errorString();
        return -1;
    }
    return written;
}

ArchivedReport MetricsArchive::load(const QString &accountId, const QStringList &adGroupIds, const QString &granularity,
                                    const QDate &start, const QDate &end, const QStringList &columns) const
{
    ArchivedReport out;
    if (!isOpen())
        return out;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ad_group_id, day, hour, metric, value, fetched_at FROM metric_values"
                             " WHERE account_id = ? AND granularity = ? AND day >= ? AND day <= ?"
                             " ORDER BY ad_group_id, day, hour"));
    q.addBindValue(accountId);
    q.addBindValue(granularity);
    q.addBindValue(start.toString(Qt::ISODate));
    q.addBindValue(end.toString(Qt::ISODate));
    if (!q.exec())
        return out;
    // (ad group, day, hour) → row; a QMap keeps them sorted for a stable report order.
    QMap<std::tuple<QString, QString, int>, AnalyticsRow> rows;
    while (q.next()) {
        const QString adGroupId = q.value(0).toString();
        const QString metric = q.value(3).toString();
        if ((!adGroupIds.isEmpty() && !adGroupIds.contains(adGroupId))
            || (!columns.isEmpty() && !columns.contains(metric)))
            continue;
        const QString day = q.value(1).toString();
        const int hour = q.value(2).toInt();
        AnalyticsRow &row = rows[std::make_tuple(adGroupId, day, hour)];
        if (row.adGroupId.isEmpty()) {
            row.adGroupId = adGroupId;
            row.rawAdGroupId = adGroupId;
            row.date = QDate::fromString(day, Qt::ISODate);
            row.rawDate = day;
            if (hour >= 0)
                row.metrics.insert(QStringLiteral("HOUR"), hour);
        }
        row.metrics.insert(metric, decode(q.value(4).toString()));
        const QDateTime fetched = QDateTime::fromString(q.value(5).toString(), Qt::ISODate);
        if (!out.fetchedAt.isValid() || fetched > out.fetchedAt)
            out.fetchedAt = fetched;
    }
    // Ad groups in the order asked for.
    if (!adGroupIds.isEmpty()) {
        QHash<QString, QList<AnalyticsRow>> byAdGroup;
        for (auto it = rows.cbegin(); it != rows.cend(); ++it)
            byAdGroup[std::get<0>(it.key())] << it.value();
        for (const QString &id : adGroupIds)
            out.report.rows += byAdGroup.take(id);
    } else {
        out.report.rows = rows.values();
    }
    return out;
}

bool MetricsArchive::storeTotals(const QString &accountId, const QDate &start, const QDate &end,
                                 const AnalyticsReport &report, const QDateTime &fetchedAt, OtherRanges otherRanges)
{
    if (!isOpen())
        return false;
    QSqlDatabase db = m_db.connection();
    SqliteTransaction transaction(db);
    if (!transaction.isActive()) {
        m_error = transaction.errorString();
        return false;
    }
    const QString first = start.toString(Qt::ISODate);
    const QString last = end.toString(Qt::ISODate);
    QSqlQuery q(db);
    if (otherRanges == OtherRanges::Drop) {
        q.prepare(QStringLiteral("DELETE FROM range_totals WHERE account_id = ? AND (start_day <> ? OR end_day <> ?)"));
        q.addBindValue(accountId);
        q.addBindValue(first);
        q.addBindValue(last);
        if (!q.exec()) {
            m_error = q.lastError().text();
            return false;
        }
    }
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO range_totals"
                             " (account_id, start_day, end_day, ad_group_id, row_json, fetched_at) VALUES (?, ?, ?, ?, ?, ?)"));
    const QString fetched = fetchedAt.toUTC().toString(Qt::ISODateWithMs);
    for (const AnalyticsRow &row : report.rows) {
        if (row.adGroupId.isEmpty())
            continue;
        q.addBindValue(accountId);
        q.addBindValue(first);
        q.addBindValue(last);
        q.addBindValue(row.adGroupId);
        q.addBindValue(QString::fromUtf8(QJsonDocument(row.toJson()).toJson(QJsonDocument::Compact)));
        q.addBindValue(fetched);
        if (!q.exec()) {
            m_error = q.lastError().text();
            return false; // rolled back by the transaction
        }
    }
    if (!transaction.commit()) {
        m_error = transaction.errorString();
        return false;
    }
    return true;
}

void MetricsArchive::forEachTotal(const QString &accountId, const QDate &start, const QDate &end,
                                  const std::function<void(AnalyticsRow &&row)> &take, QDateTime *oldestFetch) const
{
    if (!isOpen())
        return;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT row_json, fetched_at FROM range_totals"
                             " WHERE account_id = ? AND start_day = ? AND end_day = ? ORDER BY ad_group_id"));
    q.addBindValue(accountId);
    q.addBindValue(start.toString(Qt::ISODate));
    q.addBindValue(end.toString(Qt::ISODate));
    if (!q.exec())
        return;
    while (q.next()) {
        take(AnalyticsRow::fromJson(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object()));
        const QDateTime fetched = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
        if (oldestFetch && (!oldestFetch->isValid() || fetched < *oldestFetch))
            *oldestFetch = fetched;
    }
}

ArchivedReport MetricsArchive::loadTotals(const QString &accountId, const QDate &start, const QDate &end) const
{
    ArchivedReport out;
    forEachTotal(accountId, start, end, [&out](AnalyticsRow &&row) { out.report.rows << std::move(row); }, &out.fetchedAt);
    return out;
}

qsizetype MetricsArchive::totalsCount(const QString &accountId, const QDate &start, const QDate &end) const
{
    if (!isOpen())
        return 0;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM range_totals WHERE account_id = ? AND start_day = ? AND end_day = ?"));
    q.addBindValue(accountId);
    q.addBindValue(start.toString(Qt::ISODate));
    q.addBindValue(end.toString(Qt::ISODate));
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

PerformanceSummary MetricsArchive::loadTotalsSummary(const QString &accountId, const QDate &start, const QDate &end,
                                                     const Currency &currency, QDateTime *fetchedAt) const
{
    constexpr qsizetype kPart = 1000;
    PerformanceSummary summary = PerformanceSummary::fromReport({}, currency);
    AnalyticsReport part;
    part.rows.reserve(kPart);
    const auto sumPart = [&] {
        summary.merge(PerformanceSummary::fromReport(part, currency));
        part.rows.clear();
    };
    QDateTime oldest;
    forEachTotal(accountId, start, end, [&](AnalyticsRow &&row) {
        part.rows << std::move(row);
        if (part.rows.size() == kPart)
            sumPart();
    }, &oldest);
    sumPart();
    if (fetchedAt)
        *fetchedAt = oldest;
    return summary;
}

QDate MetricsArchive::earliestDate(const QString &accountId, const QString &granularity) const
{
    if (!isOpen())
        return {};
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT MIN(day) FROM metric_values WHERE account_id = ? AND granularity = ?"));
    q.addBindValue(accountId);
    q.addBindValue(granularity);
    if (!q.exec() || !q.next())
        return {};
    return QDate::fromString(q.value(0).toString(), Qt::ISODate);
}

} // namespace pinstripe
