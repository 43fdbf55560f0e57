// The metrics archive (SQLite) and the CSV export: what goes in comes back out exactly.
#include "core/analytics/analyticscsv.h"
#include "core/analytics/metricsarchive.h"
#include "core/analytics/performancesummary.h"
#include "core/store/csvwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace pinstripe;

class TestAnalyticsStorage : public QObject
{
    Q_OBJECT

private slots:
    void archiveRoundTrip();
    void archiveReplacesNewerFetches();
    void archiveSkipsTotals();
    void totalsOfTheLastRangeComeBack();
    void keptTotalsAreSummedInParts();
    void csvQuotesAndParsesBack();
    void csvOfAReportHasMoneyTwice();
    void csvOfABreakdown();
};

namespace {

AnalyticsReport reportFrom(const char *json)
{
    return AnalyticsReport::fromJson(QJsonDocument::fromJson(QByteArray(json)).array());
}

// 120 days before "today" of the test: out of the API's 90-day reach.
const char *kOldDays = R"([
 {"AD_GROUP_ID":"5001","DATE":"2025-06-01","SPEND_IN_MICRO_DOLLAR":9007199254740993,"IMPRESSION_1":10,"CTR":0.1},
 {"AD_GROUP_ID":"5001","DATE":"2025-06-02","SPEND_IN_MICRO_DOLLAR":250000,"IMPRESSION_1":20,"CTR":0.05},
 {"AD_GROUP_ID":"5002","DATE":"2025-06-01","SPEND_IN_MICRO_DOLLAR":1,"IMPRESSION_1":3}
])";

} // namespace

void TestAnalyticsStorage::archiveRoundTrip()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sub/metrics.sqlite"));
    const AnalyticsReport report = reportFrom(kOldDays);
    const QDateTime fetched(QDate(2025, 6, 3), QTime(8, 0), Qt::UTC);
    {
        MetricsArchive archive(path);
        QVERIFY2(archive.isOpen(), qPrintable(archive.errorString()));
        QCOMPARE(archive.store(QStringLiteral("42"), QStringLiteral("DAY"), report, fetched), 8);
    }
    MetricsArchive archive(path);
    const ArchivedReport back = archive.load(QStringLiteral("42"), {QStringLiteral("5001"), QStringLiteral("5002")},
                                             QStringLiteral("DAY"), QDate(2025, 6, 1), QDate(2025, 6, 30));
    QVERIFY(back.archived);
    QCOMPARE(back.fetchedAt, fetched);
    QCOMPARE(back.report, report); // ids, dates and raw values exactly, including a micro amount beyond 2^53
    QCOMPARE(back.report.rows.at(0).money(QStringLiteral("SPEND_IN_MICRO_DOLLAR"), Currency::usd())->micros(),
             Q_INT64_C(9007199254740993));
    QCOMPARE(archive.earliestDate(QStringLiteral("42"), QStringLiteral("DAY")), QDate(2025, 6, 1));

    // Filters: one ad group, one column, one day; other accounts see nothing.
    const ArchivedReport one = archive.load(QStringLiteral("42"), {QStringLiteral("5001")}, QStringLiteral("DAY"),
                                            QDate(2025, 6, 2), QDate(2025, 6, 2), {QStringLiteral("IMPRESSION_1")});
    QCOMPARE(one.report.rows.size(), 1);
    QCOMPARE(one.report.rows.at(0).metrics.size(), 1);
    QCOMPARE(one.report.rows.at(0).count(QStringLiteral("IMPRESSION_1")), 20);
    QVERIFY(archive.load(QStringLiteral("43"), {}, QStringLiteral("DAY"), QDate(2025, 1, 1), QDate(2025, 12, 31)).report.rows.isEmpty());
    QVERIFY(archive.load(QStringLiteral("42"), {}, QStringLiteral("WEEK"), QDate(2025, 1, 1), QDate(2025, 12, 31)).report.rows.isEmpty());
}

void TestAnalyticsStorage::archiveReplacesNewerFetches()
{
    QTemporaryDir dir;
    MetricsArchive archive(dir.filePath(QStringLiteral("m.sqlite")));
    archive.store(QStringLiteral("1"), QStringLiteral("DAY"), reportFrom(R"([{"AD_GROUP_ID":"7","DATE":"2025-01-01","IMPRESSION_1":5}])"),
                  QDateTime(QDate(2025, 1, 2), QTime(0, 0), Qt::UTC));
    // Late conversions: the same day fetched again later has more.
    archive.store(QStringLiteral("1"), QStringLiteral("DAY"), reportFrom(R"([{"AD_GROUP_ID":"7","DATE":"2025-01-01","IMPRESSION_1":6}])"),
                  QDateTime(QDate(2025, 1, 9), QTime(0, 0), Qt::UTC));
    const ArchivedReport back = archive.load(QStringLiteral("1"), {}, QStringLiteral("DAY"), QDate(2025, 1, 1), QDate(2025, 1, 1));
    QCOMPARE(back.report.rows.size(), 1);
    QCOMPARE(back.report.rows.at(0).count(QStringLiteral("IMPRESSION_1")), 6);
    QCOMPARE(back.fetchedAt.date(), QDate(2025, 1, 9));
}

void TestAnalyticsStorage::archiveSkipsTotals()
{
    QTemporaryDir dir;
    MetricsArchive archive(dir.filePath(QStringLiteral("m.sqlite")));
    QCOMPARE(archive.store(QStringLiteral("1"), QStringLiteral("TOTAL"), reportFrom(R"([{"AD_GROUP_ID":"7","IMPRESSION_1":5}])")), 0);
    QVERIFY(!archive.earliestDate(QStringLiteral("1"), QStringLiteral("TOTAL")).isValid());
    QVERIFY(MetricsArchive::defaultPath().endsWith(QLatin1String("metrics-archive.sqlite")));
}

void TestAnalyticsStorage::totalsOfTheLastRangeComeBack()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("m.sqlite"));
    const QDate start(2025, 6, 1);
    const QDate end(2025, 6, 7);
    const QDateTime early(QDate(2025, 6, 8), QTime(9, 0), Qt::UTC);
    const QDateTime late(QDate(2025, 6, 8), QTime(11, 30), Qt::UTC);
    {
        MetricsArchive archive(path);
        QVERIFY(archive.storeTotals(QStringLiteral("42"), start, end,
                                    reportFrom(R"([{"AD_GROUP_ID":"5001","SPEND_IN_MICRO_DOLLAR":9007199254740993,"IMPRESSION_1":10}])"), early));
        QVERIFY(archive.storeTotals(QStringLiteral("42"), start, end,
                                    reportFrom(R"([{"AD_GROUP_ID":"5002","SPEND_IN_MICRO_DOLLAR":5,"IMPRESSION_1":3}])"), late));
        QVERIFY(archive.storeTotals(QStringLiteral("43"), start, end, reportFrom(R"([{"AD_GROUP_ID":"9","IMPRESSION_1":1}])"), late));
    }
    MetricsArchive archive(path); // as after a restart
    const ArchivedReport back = archive.loadTotals(QStringLiteral("42"), start, end);
    QCOMPARE(back.report.adGroupIds(), (QStringList{QStringLiteral("5001"), QStringLiteral("5002")}));
    QCOMPARE(back.report.rows.at(0).money(QStringLiteral("SPEND_IN_MICRO_DOLLAR"), Currency::usd())->micros(),
             Q_INT64_C(9007199254740993));
    QCOMPARE(back.report.rows.at(1).count(QStringLiteral("IMPRESSION_1")), 3);
    QCOMPARE(back.fetchedAt, early); // the oldest number shown decides how fresh they are
    // Another range of the same account is not shown as this one, and replaces it when stored.
    QVERIFY(archive.loadTotals(QStringLiteral("42"), start, end.addDays(1)).report.rows.isEmpty());
    QVERIFY(archive.storeTotals(QStringLiteral("42"), start.addDays(1), end.addDays(1),
                                reportFrom(R"([{"AD_GROUP_ID":"5001","IMPRESSION_1":12}])"), late));
    QVERIFY(archive.loadTotals(QStringLiteral("42"), start, end).report.rows.isEmpty());
    QCOMPARE(archive.loadTotals(QStringLiteral("42"), start.addDays(1), end.addDays(1)).report.rows.size(), 1);
    // Other accounts keep theirs.
    QCOMPARE(archive.loadTotals(QStringLiteral("43"), start, end).report.rows.size(), 1);
}

void TestAnalyticsStorage::keptTotalsAreSummedInParts()
{
    // More rows than one part of the summing read, in two stores with different fetch times.
    QTemporaryDir dir;
    MetricsArchive archive(dir.filePath(QStringLiteral("m.sqlite")));
    const QDate start(2025, 6, 1);
    const QDate end(2025, 6, 7);
    const QDateTime early(QDate(2025, 6, 8), QTime(9, 0), Qt::UTC);
    const QDateTime late(QDate(2025, 6, 8), QTime(11, 30), Qt::UTC);
    for (int store = 0; store < 2; ++store) {
        QJsonArray rows;
        for (int i = store * 1300; i < (store + 1) * 1300; ++i) {
            rows.append(QJsonObject{{QStringLiteral("AD_GROUP_ID"), QString::number(700000 + i)},
                                    {QStringLiteral("SPEND_IN_MICRO_DOLLAR"), qint64(i) * 10'000 + 1},
                                    {QStringLiteral("IMPRESSION_1"), i},
                                    {QStringLiteral("CLICKTHROUGH_1"), i % 7}});
        }
        QVERIFY(archive.storeTotals(QStringLiteral("42"), start, end, AnalyticsReport::fromJson(rows), store ? late : early));
    }
    QDateTime fetchedAt;
    const PerformanceSummary parts = archive.loadTotalsSummary(QStringLiteral("42"), start, end, Currency::usd(), &fetchedAt);
    const PerformanceSummary whole = PerformanceSummary::fromReport(archive.loadTotals(QStringLiteral("42"), start, end).report, Currency::usd());
    QCOMPARE(parts.adGroupIds().size(), 2600);
    QCOMPARE(parts.adGroupIds(), whole.adGroupIds());
    QCOMPARE(parts.overall().spend.micros(), whole.overall().spend.micros());
    QCOMPARE(parts.overall().spend.micros(), Q_INT64_C(2599) * 2600 / 2 * 10'000 + 2600);
    QCOMPARE(parts.overall().impressions, whole.overall().impressions);
    QCOMPARE(parts.overall().clicks, whole.overall().clicks);
    QCOMPARE(parts.forAdGroup(QStringLiteral("702599")).impressions, 2599);
    QCOMPARE(fetchedAt, early); // the oldest decides
    QVERIFY(archive.loadTotalsSummary(QStringLiteral("43"), start, end, Currency::usd()).adGroupIds().isEmpty());
    QCOMPARE(archive.totalsCount(QStringLiteral("42"), start, end), qsizetype(2600));
    QCOMPARE(archive.totalsCount(QStringLiteral("42"), start, end.addDays(1)), qsizetype(0));
}

void TestAnalyticsStorage::csvQuotesAndParsesBack()
{
    const QStringList tricky{QStringLiteral("plain"), QStringLiteral("with, comma"), QStringLiteral("say \"hi\""),
                             QStringLiteral("two\r\nlines"), QString(), QStringLiteral("Ünïcødé")};
    CsvWriter writer;
    writer.writeRecord(tricky);
    writer.writeRecord({QStringLiteral("a"), QStringLiteral("b")});
    const QByteArray csv = writer.data();
    QVERIFY(csv.contains("\"with, comma\""));
    QVERIFY(csv.contains("\"say \"\"hi\"\"\""));
    QVERIFY(csv.endsWith("\r\n"));
    const QList<QStringList> back = AnalyticsCsv::parse(csv);
    QCOMPARE(back.size(), 2);
    QCOMPARE(back.at(0), tricky);
    QCOMPARE(back.at(1), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
}

void TestAnalyticsStorage::csvOfAReportHasMoneyTwice()
{
    const AnalyticsReport report = reportFrom(kOldDays);
    const QStringList columns{QStringLiteral("SPEND_IN_MICRO_DOLLAR"), QStringLiteral("IMPRESSION_1"), QStringLiteral("CTR")};
    const QList<QStringList> back = AnalyticsCsv::parse(AnalyticsCsv::fromReport(report, columns, Currency::eur()));
    QCOMPARE(back.size(), 4);
    // Headed in words, the currency named on the money column.
    QCOMPARE(back.at(0), (QStringList{QStringLiteral("Ad group ID"), QStringLiteral("Date"), QStringLiteral("Spend (EUR)"),
                                      QStringLiteral("Spend (micro-units)"), QStringLiteral("Impressions (paid)"),
                                      QStringLiteral("CTR (paid)")}));
    QCOMPARE(back.at(2), (QStringList{QStringLiteral("5001"), QStringLiteral("2025-06-02"), QStringLiteral("0.25"),
                                      QStringLiteral("250000"), QStringLiteral("20"), QStringLiteral("0.05")}));
    QCOMPARE(back.at(1).at(3), QStringLiteral("9007199254740993"));
    // Every money cell reads back to the same micros.
    for (qsizetype i = 1; i < back.size(); ++i) {
        const auto units = Money::fromDecimalString(back.at(i).at(2), Currency::eur());
        QVERIFY(units);
        QCOMPARE(QString::number(units->micros()), back.at(i).at(3));
    }
}

void TestAnalyticsStorage::csvOfABreakdown()
{
    const TargetingAnalytics analytics = TargetingAnalytics::fromJson(QJsonDocument::fromJson(R"({"data":[
      {"targeting_type":"AGE_BUCKET","targeting_value":"25-34","metrics":{"AD_GROUP_ID":1,"TOTAL_CONVERSIONS":9,"SPEND_IN_MICRO_DOLLAR":1500000}},
      {"targeting_type":"KEYWORD","targeting_value":"sofa, grey","metrics":{"AD_GROUP_ID":1,"TOTAL_CONVERSIONS":2,"SPEND_IN_MICRO_DOLLAR":10}}
    ]})").object());
    const TargetingBreakdown breakdown = TargetingBreakdown::fromAnalytics(
        analytics, {QStringLiteral("TOTAL_CONVERSIONS"), QStringLiteral("SPEND_IN_MICRO_DOLLAR")}, Currency::jpy());
    const QList<QStringList> back = AnalyticsCsv::parse(AnalyticsCsv::fromBreakdown(breakdown));
    QCOMPARE(back.size(), 3);
    QCOMPARE(back.at(0).mid(0, 5), (QStringList{QStringLiteral("Targeting type"), QStringLiteral("Value"), QStringLiteral("Value (code)"),
                                                QStringLiteral("Conversions"), QStringLiteral("Spend (JPY)")}));
    QCOMPARE(back.at(1), (QStringList{QStringLiteral("Keyword"), QStringLiteral("sofa, grey"), QStringLiteral("sofa, grey"), QStringLiteral("2"),
                                      QStringLiteral("0.00001"), QStringLiteral("10")}));
    // Values in words, the code kept beside them for tools.
    QCOMPARE(back.at(2).mid(0, 3), (QStringList{QStringLiteral("Age"), QString::fromUtf8("25\u201334"), QStringLiteral("25-34")}));
    QCOMPARE(back.at(2).at(4), QStringLiteral("1.5"));
}

QTEST_GUILESS_MAIN(TestAnalyticsStorage)
#include "tst_analyticsstorage.moc"
