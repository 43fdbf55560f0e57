#include "tests/ui/englishtexts.h"
#include "core/api/analyticsquery.h"

#include <QTest>

using namespace pinstripe;

namespace {
const QDate kToday(2026, 11, 29);

AnalyticsQuery validQuery()
{
    AnalyticsQuery q;
    q.adGroupIds = {QStringLiteral("2680059592705"), QStringLiteral("2680059592706")};
    q.startDate = kToday.addDays(-7);
    q.endDate = kToday.addDays(-1);
    q.columns = {QStringLiteral("SPEND_IN_MICRO_DOLLAR"), QStringLiteral("CTR")};
    q.granularity = QStringLiteral("DAY");
    return q;
}
} // namespace

class TestAnalyticsQuery : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void validQueryPasses();
    void dateWindows_data();
    void dateWindows();
    void parameterChecks();
    void urlStyles();
    void chunking();
};

void TestAnalyticsQuery::validQueryPasses()
{
    QCOMPARE(validQuery().validate(kToday), QString());
}

void TestAnalyticsQuery::dateWindows_data()
{
    QTest::addColumn<int>("startBack");
    QTest::addColumn<int>("endBack");
    QTest::addColumn<QString>("granularity");
    QTest::addColumn<QString>("problem");

    QTest::newRow("90 back ok") << 90 << 0 << "DAY" << "";
    QTest::newRow("91 back") << 91 << 0 << "DAY" << "at the earliest";
    QTest::newRow("end before start") << 3 << 5 << "DAY" << "before the start";
    QTest::newRow("hour 8 back ok") << 8 << 6 << "HOUR" << "";
    QTest::newRow("hour 9 back") << 9 << 7 << "HOUR" << "at most 8 days";
    QTest::newRow("hour span 4") << 7 << 3 << "HOUR" << "at most 3 days";
    QTest::newRow("hour span 3 ok") << 6 << 3 << "HOUR" << "";
    QTest::newRow("week ok") << 60 << 1 << "WEEK" << "";
}

void TestAnalyticsQuery::dateWindows()
{
    QFETCH(int, startBack);
    QFETCH(int, endBack);
    QFETCH(QString, granularity);
    QFETCH(QString, problem);
    const QString actual = AnalyticsQuery::checkDateWindow(kToday.addDays(-startBack), kToday.addDays(-endBack),
                                                           granularity, kToday);
    if (problem.isEmpty())
        QCOMPARE(actual, QString());
    else
        QVERIFY2(actual.contains(problem), qPrintable(actual));
}

void TestAnalyticsQuery::parameterChecks()
{
    AnalyticsQuery q = validQuery();
    q.adGroupIds.clear();
    QVERIFY(q.validate(kToday).contains(QStringLiteral("at least one id")));
    q = validQuery();
    for (int i = 0; i < 251; ++i)
        q.adGroupIds << QString::number(1000 + i);
    QVERIFY(q.validate(kToday).contains(QStringLiteral("at most 250")));
    q = validQuery();
    q.adGroupIds << QStringLiteral("12a");
    QVERIFY(q.validate(kToday).contains(QStringLiteral("not a valid Pinterest id")));
    q = validQuery();
    q.columns << QStringLiteral("SPEND_IN_YEN");
    QVERIFY(q.validate(kToday).contains(QStringLiteral("SPEND_IN_YEN")));
    q = validQuery();
    q.granularity = QStringLiteral("WEEKLY"); // the spec's prose says WEEKLY; the enum says WEEK
    QVERIFY(q.validate(kToday).contains(QStringLiteral("granularity")));
    q = validQuery();
    q.clickWindowDays = 3;
    QVERIFY(q.validate(kToday).contains(QStringLiteral("click_window_days")));
    q = validQuery();
    QVERIFY(q.validateForTargeting(kToday).contains(QStringLiteral("targeting type")));
    q.targetingTypes = {QStringLiteral("AGE_BUCKET"), QStringLiteral("AUDIENCE_EXCLUDE")};
    QVERIFY(q.validateForTargeting(kToday).contains(QStringLiteral("AUDIENCE_EXCLUDE")));
    q.targetingTypes = {QStringLiteral("AGE_BUCKET"), QStringLiteral("GENDER")};
    q.attributionTypes = {QStringLiteral("INDIVIDUAL"), QStringLiteral("HOUSEHOLD"), QStringLiteral("INDIVIDUAL")};
    QVERIFY(q.validateForTargeting(kToday).contains(QStringLiteral("at most 2")));
    q.attributionTypes = {QStringLiteral("HOUSEHOLD")};
    QCOMPARE(q.validateForTargeting(kToday), QString());
}

void TestAnalyticsQuery::urlStyles()
{
    AnalyticsQuery q = validQuery();
    q.targetingTypes = {QStringLiteral("AGE_BUCKET"), QStringLiteral("GENDER")};
    q.attributionTypes = {QStringLiteral("INDIVIDUAL"), QStringLiteral("HOUSEHOLD")};
    q.clickWindowDays = 7;
    const QUrlQuery query = q.toUrlQuery(true);
    // Ids are repeated keys; columns and targeting types are one comma-separated value.
    QCOMPARE(query.allQueryItemValues(QStringLiteral("ad_group_ids")), q.adGroupIds);
    QCOMPARE(query.queryItemValue(QStringLiteral("columns")), QStringLiteral("SPEND_IN_MICRO_DOLLAR,CTR"));
    QCOMPARE(query.queryItemValue(QStringLiteral("targeting_types")), QStringLiteral("AGE_BUCKET,GENDER"));
    QCOMPARE(query.queryItemValue(QStringLiteral("attribution_types")), QStringLiteral("INDIVIDUAL,HOUSEHOLD"));
    QCOMPARE(query.queryItemValue(QStringLiteral("start_date")), QStringLiteral("2026-11-22"));
    QCOMPARE(query.queryItemValue(QStringLiteral("click_window_days")), QStringLiteral("7"));
    QVERIFY(!query.hasQueryItem(QStringLiteral("view_window_days")));
    QVERIFY(!q.toUrlQuery(false).hasQueryItem(QStringLiteral("targeting_types")));
}

void TestAnalyticsQuery::chunking()
{
    AnalyticsQuery q = validQuery();
    q.adGroupIds.clear();
    for (int i = 0; i < 601; ++i)
        q.adGroupIds << QString::number(5000 + i);
    const QList<AnalyticsQuery> parts = q.chunked();
    QCOMPARE(parts.size(), 3);
    QCOMPARE(parts.at(0).adGroupIds.size(), 250);
    QCOMPARE(parts.at(2).adGroupIds.size(), 101);
    QStringList joined;
    for (const AnalyticsQuery &part : parts) {
        joined << part.adGroupIds;
        QCOMPARE(part.columns, q.columns);
        QCOMPARE(part.validate(kToday), QString());
    }
    QCOMPARE(joined, q.adGroupIds);
}

void TestAnalyticsQuery::initTestCase()
{
    pinstripe::testing::useEnglishTexts(); // "3 days", as main() shows it
}

QTEST_GUILESS_MAIN(TestAnalyticsQuery)
#include "tst_analyticsquery.moc"
