// Performance totals from integer sums, period comparison, the metric catalogue and
// targeting breakdowns, on hand-made reports whose answers are known.
#include "core/analytics/axisscale.h"
#include "core/analytics/metriccatalog.h"
#include "core/analytics/performancesummary.h"
#include "core/analytics/periodcomparison.h"
#include "core/analytics/targetingbreakdown.h"
#include "core/analytics/targetingvaluenames.h"
#include "core/places/isoregions.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QScopeGuard>
#include <QSet>
#include <QTest>

using namespace pinstripe;

class TestAnalyticsMath : public QObject
{
    Q_OBJECT

private slots:
    void summarySumsIntegersPerAdGroup();
    void ratiosComeFromSums();
    void ratiosWithoutABaseAreMissing();
    void roundingIsHalfAwayFromZero();
    void comparisonInHundredthsOfAPercent_data();
    void comparisonInHundredthsOfAPercent();
    void comparisonOfRates();
    void catalogueGroupsAndKinds();
    void catalogueFormatsInTheCurrency();
    void breakdownSortsAndTotals();
    void targetingValuesInWords_data();
    void targetingValuesInWords();
    void countAxesStepInWholeNumbers_data();
    void countAxesStepInWholeNumbers();
};

namespace {

AnalyticsReport reportFrom(const char *json)
{
    return AnalyticsReport::fromJson(QJsonDocument::fromJson(QByteArray(json)).array());
}

const char *kTwoAdGroups = R"([
 {"AD_GROUP_ID":"11","DATE":"2026-03-01","SPEND_IN_MICRO_DOLLAR":1500000,"IMPRESSION_1":1000,"CLICKTHROUGH_1":10,"TOTAL_CONVERSIONS":2,"TOTAL_CHECKOUT_VALUE_IN_MICRO_DOLLAR":9000000},
 {"AD_GROUP_ID":"11","DATE":"2026-03-02","SPEND_IN_MICRO_DOLLAR":500001,"IMPRESSION_1":3000,"CLICKTHROUGH_1":20,"TOTAL_CONVERSIONS":1},
 {"AD_GROUP_ID":"22","DATE":"2026-03-01","IMPRESSION_1":50}
])";

} // namespace

void TestAnalyticsMath::summarySumsIntegersPerAdGroup()
{
    const PerformanceSummary summary = PerformanceSummary::fromReport(reportFrom(kTwoAdGroups), Currency::usd());
    QCOMPARE(summary.adGroupIds(), (QStringList{QStringLiteral("11"), QStringLiteral("22")}));
    const PerformanceTotals a = summary.forAdGroup(QStringLiteral("11"));
    QCOMPARE(a.spend, Money(2000001, Currency::usd()));
    QCOMPARE(a.impressions, 4000);
    QCOMPARE(a.clicks, 30);
    QCOMPARE(a.conversions, 3);
    QCOMPARE(a.conversionValue.micros(), 9000000);
    QVERIFY(a.hasData);
    const PerformanceTotals b = summary.forAdGroup(QStringLiteral("22"));
    QCOMPARE(b.spend.micros(), 0);
    QCOMPARE(b.impressions, 50);
    QCOMPARE(summary.overall().impressions, 4050);
    QCOMPARE(summary.overall().spend.micros(), 2000001);
    QVERIFY(!summary.forAdGroup(QStringLiteral("33")).hasData);

    // Merging two chunks gives the same as one report.
    PerformanceSummary merged = PerformanceSummary::fromReport(reportFrom(R"([{"AD_GROUP_ID":"11","IMPRESSION_1":1}])"),
                                                               Currency::usd());
    merged.merge(summary);
    QCOMPARE(merged.forAdGroup(QStringLiteral("11")).impressions, 4001);
    QCOMPARE(merged.overall().impressions, 4051);
}

void TestAnalyticsMath::ratiosComeFromSums()
{
    const PerformanceTotals a = PerformanceSummary::fromReport(reportFrom(kTwoAdGroups), Currency::usd())
                                    .forAdGroup(QStringLiteral("11"));
    // CTR 30/4000, not the mean of the daily CTRs (1 % and 0.667 %).
    QCOMPARE(*a.ctr(), 30.0 / 4000.0);
    // CPC: 2,000,001 / 30 = 66,666.7 → 66,667 micros.
    QCOMPARE(a.cpc()->micros(), 66667);
    // CPM: 2,000,001 × 1000 / 4000 = 500,000.25 → 500,000 micros.
    QCOMPARE(a.cpm()->micros(), 500000);
    QCOMPARE(*a.roas(), 9000000.0 / 2000001.0);
    QCOMPARE(a.cpc()->currency(), Currency::usd());
}

void TestAnalyticsMath::ratiosWithoutABaseAreMissing()
{
    PerformanceTotals none;
    QVERIFY(!none.ctr());
    QVERIFY(!none.cpc());
    QVERIFY(!none.cpm());
    QVERIFY(!none.roas());
}

void TestAnalyticsMath::roundingIsHalfAwayFromZero()
{
    QCOMPARE(PerformanceSummary::divideRounded(5, 2), 3);
    QCOMPARE(PerformanceSummary::divideRounded(-5, 2), -3);
    QCOMPARE(PerformanceSummary::divideRounded(4, 3), 1);
    QCOMPARE(PerformanceSummary::divideRounded(5, 3), 2);
    QCOMPARE(PerformanceSummary::divideRounded(-4, 3), -1);
    QCOMPARE(PerformanceSummary::divideRounded(std::numeric_limits<qint64>::max(), std::numeric_limits<qint64>::max()), 1);
}

void TestAnalyticsMath::comparisonInHundredthsOfAPercent_data()
{
    QTest::addColumn<qint64>("current");
    QTest::addColumn<qint64>("previous");
    QTest::addColumn<QString>("text");
    QTest::newRow("up 25 %") << qint64(125) << qint64(100) << "+25.00 %";
    QTest::newRow("down a third") << qint64(2) << qint64(3) << "-33.33 %";
    QTest::newRow("two thirds up rounds") << qint64(5) << qint64(3) << "+66.67 %";
    QTest::newRow("same") << qint64(7) << qint64(7) << "0.00 %";
    QTest::newRow("from zero") << qint64(10) << qint64(0) << "n/a";
    QTest::newRow("to zero") << qint64(0) << qint64(10) << "-100.00 %";
    // One cent more on a million dollars: 0.000001 %, which rounds to 0.00 % — but exactly.
    QTest::newRow("micros of a million") << qint64(1'000'000'010'000) << qint64(1'000'000'000'000) << "0.00 %";
    QTest::newRow("doubling big spend") << qint64(4'000'000'000'000'000) << qint64(2'000'000'000'000'000) << "+100.00 %";
    QTest::newRow("negative base") << qint64(-5) << qint64(-10) << "+50.00 %";
}

void TestAnalyticsMath::comparisonInHundredthsOfAPercent()
{
    QFETCH(qint64, current);
    QFETCH(qint64, previous);
    QFETCH(QString, text);
    QCOMPARE(PeriodComparison::describe(current, previous, QLocale::c()), text);
}

void TestAnalyticsMath::comparisonOfRates()
{
    QCOMPARE(PeriodComparison::deltaBasisPoints(std::optional<double>(0.012), std::optional<double>(0.010)), 2000);
    QVERIFY(!PeriodComparison::deltaBasisPoints(std::optional<double>(0.012), std::nullopt));
    QVERIFY(!PeriodComparison::deltaBasisPoints(std::optional<double>(0.012), std::optional<double>(0.0)));
    QCOMPARE(PeriodComparison::deltaBasisPoints(qint64(1), qint64(3)), -6667);
    QCOMPARE(PeriodComparison::format(-6667, QLocale(QLocale::German)), QStringLiteral("-66,67 %"));
}

void TestAnalyticsMath::catalogueGroupsAndKinds()
{
    QSet<QString> seen;
    for (MetricInfo::Group group : MetricCatalog::groups()) {
        const QList<MetricInfo> metrics = MetricCatalog::metricsIn(group);
        QVERIFY2(!metrics.isEmpty(), qPrintable(MetricCatalog::groupLabel(group)));
        for (const MetricInfo &m : metrics) {
            QVERIFY2(AnalyticsColumn::isKnown(m.column), qPrintable(m.column));
            QVERIFY(!seen.contains(m.column));
            seen.insert(m.column);
            QCOMPARE(m.kind, AnalyticsColumn::kind(m.column));
        }
    }
    QCOMPARE(MetricCatalog::find(QStringLiteral("SPEND_IN_MICRO_DOLLAR"))->group, MetricInfo::Group::Cost);
    QCOMPARE(MetricCatalog::find(QStringLiteral("TOTAL_VIDEO_3SEC_VIEWS"))->group, MetricInfo::Group::Video);
    QVERIFY(MetricCatalog::isAdditive(QStringLiteral("SPEND_IN_MICRO_DOLLAR")));
    QVERIFY(MetricCatalog::isAdditive(QStringLiteral("CLICKTHROUGH_1")));
    QVERIFY(!MetricCatalog::isAdditive(QStringLiteral("CPC_IN_MICRO_DOLLAR")));
    QVERIFY(!MetricCatalog::isAdditive(QStringLiteral("CTR")));
    QVERIFY(!MetricCatalog::isAdditive(QStringLiteral("CHECKOUT_ROAS")));
    for (const QString &column : PerformanceSummary::columns())
        QVERIFY2(MetricCatalog::find(column), qPrintable(column));
}

void TestAnalyticsMath::catalogueFormatsInTheCurrency()
{
    const AnalyticsRow row = AnalyticsRow::fromJson(QJsonDocument::fromJson(
        R"({"SPEND_IN_MICRO_DOLLAR":1234500000,"CLICKTHROUGH_1":12345,"CTR":0.0123,"CHECKOUT_ROAS":2.5})").object());
    const QLocale us(QLocale::English, QLocale::UnitedStates);
    QCOMPARE(MetricCatalog::format(row, QStringLiteral("SPEND_IN_MICRO_DOLLAR"), Currency::usd(), us), QStringLiteral("$1,234.50"));
    QVERIFY(MetricCatalog::format(row, QStringLiteral("SPEND_IN_MICRO_DOLLAR"), Currency::jpy(), us).contains(QStringLiteral("1,235")));
    QCOMPARE(MetricCatalog::format(row, QStringLiteral("CLICKTHROUGH_1"), Currency::usd(), us), QStringLiteral("12,345"));
    QCOMPARE(MetricCatalog::format(row, QStringLiteral("CTR"), Currency::usd(), us), QStringLiteral("1.23 %"));
    QCOMPARE(MetricCatalog::format(row, QStringLiteral("CHECKOUT_ROAS"), Currency::usd(), us), QStringLiteral("2.50×"));
    QCOMPARE(MetricCatalog::format(row, QStringLiteral("IMPRESSION_1"), Currency::usd(), us), QStringLiteral("—"));
    QCOMPARE(*MetricCatalog::chartValue(row, QStringLiteral("SPEND_IN_MICRO_DOLLAR"), Currency::usd()), 1234.5);
    QCOMPARE(*MetricCatalog::integerValue(row, QStringLiteral("SPEND_IN_MICRO_DOLLAR"), Currency::usd()), 1234500000);
    QVERIFY(!MetricCatalog::integerValue(row, QStringLiteral("CTR"), Currency::usd()));
}

void TestAnalyticsMath::breakdownSortsAndTotals()
{
    const TargetingAnalytics analytics = TargetingAnalytics::fromJson(QJsonDocument::fromJson(R"({"data":[
      {"targeting_type":"AGE_BUCKET","targeting_value":"18-24","metrics":{"AD_GROUP_ID":1,"TOTAL_CONVERSIONS":4,"SPEND_IN_MICRO_DOLLAR":100,"CTR":0.5}},
      {"targeting_type":"AGE_BUCKET","targeting_value":"25-34","metrics":{"AD_GROUP_ID":1,"TOTAL_CONVERSIONS":9,"SPEND_IN_MICRO_DOLLAR":300}},
      {"targeting_type":"AGE_BUCKET","targeting_value":"18-24","metrics":{"AD_GROUP_ID":2,"TOTAL_CONVERSIONS":6,"SPEND_IN_MICRO_DOLLAR":50}},
      {"targeting_type":"GENDER","targeting_value":"female","metrics":{"AD_GROUP_ID":1,"TOTAL_CONVERSIONS":13,"SPEND_IN_MICRO_DOLLAR":400}},
      {"targeting_type":"LOCATION","targeting_value":500,"metrics":{"AD_GROUP_ID":1,"TOTAL_CONVERSIONS":1}}
    ]})").object());
    const QStringList columns{QStringLiteral("TOTAL_CONVERSIONS"), QStringLiteral("SPEND_IN_MICRO_DOLLAR"), QStringLiteral("CTR")};
    const TargetingBreakdown breakdown = TargetingBreakdown::fromAnalytics(analytics, columns, Currency::usd());
    QCOMPARE(breakdown.types(), (QStringList{QStringLiteral("GENDER"), QStringLiteral("LOCATION"), QStringLiteral("AGE_BUCKET")}));
    QCOMPARE(breakdown.columns(), (QStringList{QStringLiteral("TOTAL_CONVERSIONS"), QStringLiteral("SPEND_IN_MICRO_DOLLAR")}));
    const QList<TargetingBreakdownRow> ages = breakdown.rows(QStringLiteral("AGE_BUCKET"), QStringLiteral("TOTAL_CONVERSIONS"));
    QCOMPARE(ages.size(), 2);
    QCOMPARE(ages.at(0).value, QStringLiteral("18-24")); // 4 + 6 from two ad groups
    QCOMPARE(ages.at(0).sum(QStringLiteral("TOTAL_CONVERSIONS")), 10);
    QCOMPARE(ages.at(1).sum(QStringLiteral("TOTAL_CONVERSIONS")), 9);
    const auto ascending = breakdown.rows(QStringLiteral("AGE_BUCKET"), QStringLiteral("TOTAL_CONVERSIONS"), false);
    QCOMPARE(ascending.at(0).value, QStringLiteral("25-34"));
    QCOMPARE(breakdown.total(QStringLiteral("AGE_BUCKET")).sum(QStringLiteral("SPEND_IN_MICRO_DOLLAR")), 450);
    QCOMPARE(breakdown.rows(QStringLiteral("LOCATION")).at(0).value, QStringLiteral("500"));
    QCOMPARE(*ages.at(1).ratio(QStringLiteral("TOTAL_CONVERSIONS"), QStringLiteral("SPEND_IN_MICRO_DOLLAR")), 9.0 / 300.0);
    QCOMPARE(TargetingBreakdown::typeLabel(QStringLiteral("AGE_BUCKET")), QStringLiteral("Age"));
}

void TestAnalyticsMath::targetingValuesInWords_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("words");
    const QString dash(QChar(0x2013));
    QTest::newRow("phone") << "APPTYPE" << "android_mobile" << "Android phone";
    QTest::newRow("desktop") << "APPTYPE" << "web" << "Desktop web";
    QTest::newRow("country") << "COUNTRY" << "US" << "United States";
    QTest::newRow("country de") << "COUNTRY" << "DE" << "Germany";
    QTest::newRow("location country") << "LOCATION" << "FR" << "France";
    QTest::newRow("metro area") << "LOCATION" << "501" << "New York, NY (501)";
    QTest::newRow("unknown metro area") << "LOCATION" << "999" << "Metro area 999";
    // Region names come from the system's iso-codes data (a test dependency); without it the code stays.
    QTest::newRow("region") << "REGION" << "US-CA"
                            << (IsoRegions::isAvailable() ? "California, United States" : "CA, United States");
    QTest::newRow("unknown region") << "GEO" << "US-ZZ" << "ZZ, United States";
    QTest::newRow("dashed postal code") << "GEO" << "US-94107" << "Postal code 94107, United States";
    QTest::newRow("postal code") << "GEO" << "US:94102" << "Postal code 94102, United States";
    QTest::newRow("age") << "AGE_BUCKET" << "25-34" << QString(QStringLiteral("25") + dash + QStringLiteral("34"));
    QTest::newRow("oldest") << "AGE_BUCKET" << "65+" << "65 and over";
    QTest::newRow("women") << "GENDER" << "female" << "Women";
    QTest::newRow("unknown gender") << "GENDER" << "unknown" << "Gender unknown";
    QTest::newRow("age and gender") << "AGE_BUCKET_AND_GENDER" << "18-24|male"
                                    << QString(QStringLiteral("Men 18") + dash + QStringLiteral("24"));
    QTest::newRow("placement") << "PLACEMENT" << "SEARCH" << "Search";
    QTest::newRow("keyword as typed") << "KEYWORD" << "grey sofa" << "grey sofa";
    QTest::newRow("unknown code kept") << "APPTYPE" << "smart_fridge" << "smart_fridge";
}

void TestAnalyticsMath::targetingValuesInWords()
{
    QFETCH(QString, type);
    QFETCH(QString, value);
    QFETCH(QString, words);
    // Region names follow the application's language (the default locale): English here.
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const auto restoreLocale = qScopeGuard([previous] { QLocale::setDefault(previous); });
    QCOMPARE(TargetingValueNames::label(type, value), words);
}

void TestAnalyticsMath::countAxesStepInWholeNumbers_data()
{
    QTest::addColumn<double>("largest");
    QTest::addColumn<bool>("whole");
    QTest::addColumn<double>("max");
    QTest::addColumn<int>("ticks");
    QTest::newRow("nothing") << 0.0 << true << 1.0 << 2;
    QTest::newRow("one click") << 1.0 << true << 1.0 << 2;
    QTest::newRow("three clicks") << 3.0 << true << 3.0 << 4;
    QTest::newRow("seven") << 7.0 << true << 8.0 << 5;
    QTest::newRow("thousands") << 12345.0 << true << 15000.0 << 4;
    QTest::newRow("small money") << 0.3 << false << 0.3 << 4;
}

void TestAnalyticsMath::countAxesStepInWholeNumbers()
{
    QFETCH(double, largest);
    QFETCH(bool, whole);
    QFETCH(double, max);
    QFETCH(int, ticks);
    const AxisScale scale = AxisScale::forValues(largest, whole);
    QVERIFY2(qFuzzyCompare(scale.max, max), qPrintable(QString::number(scale.max)));
    QCOMPARE(scale.tickCount, ticks);
    QVERIFY(scale.max >= largest);
    if (whole) // every tick label is a whole number
        QCOMPARE(scale.step(), std::round(scale.step()));
    // Room for labels above the largest bar.
    QVERIFY(AxisScale::forValues(largest, whole, 0.15).max >= largest * 1.15);
}

QTEST_GUILESS_MAIN(TestAnalyticsMath)
#include "tst_analyticsmath.moc"
