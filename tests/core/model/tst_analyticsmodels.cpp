#include "core/model/analyticscolumn.h"
#include "core/model/analyticsreport.h"
#include "core/model/targetinganalytics.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace pinstripe;

namespace {
QJsonDocument parse(const char *text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(text), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", qPrintable(error.errorString()));
    return doc;
}
} // namespace

class TestAnalyticsModels : public QObject
{
    Q_OBJECT

private slots:
    void reportRows();
    void numericAdGroupIdIsExact();
    void moneyColumns_data();
    void moneyColumns();
    void numbersAndCounts();
    void hourRowsKeepTheTime();
    void targetingAnalytics();
};

void TestAnalyticsModels::reportRows()
{
    const QJsonArray json = parse(R"([
      {"AD_GROUP_ID": "2680060704746", "DATE": "2025-01-06", "SPEND_IN_MICRO_DOLLAR": 18420000, "CTR": 0.005961},
      {"AD_GROUP_ID": "2680060704747", "DATE": "2025-01-06", "SPEND_IN_MICRO_DOLLAR": 9130000},
      {"AD_GROUP_ID": "2680060704746", "DATE": "2025-01-07", "NEW_COLUMN": "x"}
    ])").array();
    const AnalyticsReport report = AnalyticsReport::fromJson(json);
    QCOMPARE(report.rows.size(), 3);
    QCOMPARE(report.adGroupIds(), (QStringList{QStringLiteral("2680060704746"), QStringLiteral("2680060704747")}));
    QCOMPARE(report.rowsForAdGroup(QStringLiteral("2680060704746")).size(), 2);
    const AnalyticsRow &row = report.rows.first();
    QCOMPARE(row.date, QDate(2025, 1, 6));
    QVERIFY(!row.dateTime.isValid());
    QVERIFY(!row.metrics.contains(QStringLiteral("AD_GROUP_ID")));
    QVERIFY(row.contains(QStringLiteral("CTR")));
    QVERIFY(!report.rows.at(1).contains(QStringLiteral("CTR"))); // a missing column is simply absent
    QCOMPARE(report.rows.at(2).value(QStringLiteral("NEW_COLUMN")).toString(), QStringLiteral("x"));
    QCOMPARE(report.toJson(), json);

    // Aggregated (TOTAL) rows have neither id nor date.
    const AnalyticsRow total = AnalyticsRow::fromJson(QJsonObject{{QStringLiteral("IMPRESSION_1"), 5}});
    QVERIFY(total.adGroupId.isEmpty());
    QVERIFY(!total.date.isValid());
    QCOMPARE(total.toJson().keys(), QStringList{QStringLiteral("IMPRESSION_1")});
}

void TestAnalyticsModels::numericAdGroupIdIsExact()
{
    // 18 digits: through a double this would come out as ...000 or similar.
    const QJsonArray json = parse(R"([{"AD_GROUP_ID": 987654321098765437, "DATE": "2025-01-06"},
                                      {"AD_GROUP_ID": 2680067996745}])").array();
    const AnalyticsReport report = AnalyticsReport::fromJson(json);
    QCOMPARE(report.rows.at(0).adGroupId, QStringLiteral("987654321098765437"));
    QCOMPARE(report.rows.at(1).adGroupId, QStringLiteral("2680067996745"));
    // Sent back as the number it was.
    QVERIFY(report.toJson().at(0).toObject().value(QLatin1String("AD_GROUP_ID")).isDouble());
    QCOMPARE(report.toJson().at(0).toObject().value(QLatin1String("AD_GROUP_ID")).toInteger(),
             qint64(987'654'321'098'765'437));
    QCOMPARE(AnalyticsRow::idToString(QJsonValue(qint64(123'456'789'012'345'678))),
             QStringLiteral("123456789012345678"));
}

void TestAnalyticsModels::moneyColumns_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<qint64>("micros");
    QTest::addColumn<QString>("formatted");

    QTest::newRow("usd micro") << QByteArray("18420000") << "SPEND_IN_MICRO_DOLLAR" << "USD" << qint64(18'420'000) << "$18.42";
    QTest::newRow("usd fractional micro rounds") << QByteArray("301967.21") << "CPC_IN_MICRO_DOLLAR" << "USD" << qint64(301'967) << "$0.301967";
    QTest::newRow("half away from zero") << QByteArray("2.5") << "CPM_IN_MICRO_DOLLAR" << "USD" << qint64(3) << "$0.000003";
    QTest::newRow("jpy micro") << QByteArray("1500000000") << "SPEND_IN_MICRO_DOLLAR" << "JPY" << qint64(1'500'000'000) << "¥1,500";
    QTest::newRow("above 2^53") << QByteArray("9007199254740993") << "SPEND_IN_MICRO_DOLLAR" << "USD" << qint64(9'007'199'254'740'993) << "$9,007,199,254.740993";
    QTest::newRow("major units exact") << QByteArray("18.42") << "SPEND_IN_DOLLAR" << "USD" << qint64(18'420'000) << "$18.42";
    QTest::newRow("major units jpy") << QByteArray("1500") << "SPEND_IN_DOLLAR" << "JPY" << qint64(1'500'000'000) << "¥1,500";
    QTest::newRow("major 0.1") << QByteArray("0.1") << "ECPC_IN_DOLLAR" << "USD" << qint64(100'000) << "$0.10";
}

void TestAnalyticsModels::moneyColumns()
{
    QFETCH(QByteArray, value);
    QFETCH(QString, column);
    QFETCH(QString, currency);
    QFETCH(qint64, micros);
    QFETCH(QString, formatted);
    const QByteArray text = "{\"" + column.toLatin1() + "\": " + value + "}";
    const AnalyticsRow row = AnalyticsRow::fromJson(QJsonDocument::fromJson(text).object());
    const std::optional<Money> money = row.money(column, Currency(currency));
    QVERIFY(money);
    QCOMPARE(money->micros(), micros);
    QCOMPARE(money->currency(), Currency(currency));
    QCOMPARE(money->format(QLocale(QStringLiteral("en_US"))), formatted);
}

void TestAnalyticsModels::numbersAndCounts()
{
    const AnalyticsRow row = AnalyticsRow::fromJson(parse(R"({"CTR": 0.005961, "IMPRESSION_1": 10234,
        "CHECKOUT_ROAS": 3.5, "TOTAL_IMPRESSION_FREQUENCY": 1.6, "CAMPAIGN_NAME": "Spring", "ODD": "12"})").object());
    QCOMPARE(row.number(QStringLiteral("CTR")), std::optional<double>(0.005961));
    QCOMPARE(row.count(QStringLiteral("IMPRESSION_1")), qint64(10234));
    QCOMPARE(row.count(QStringLiteral("TOTAL_IMPRESSION_FREQUENCY")), qint64(2));
    QCOMPARE(row.count(QStringLiteral("MISSING")), qint64(0));
    QCOMPARE(row.number(QStringLiteral("ODD")), std::optional<double>(12.0));
    QVERIFY(!row.number(QStringLiteral("CAMPAIGN_NAME")));
    QVERIFY(!row.number(QStringLiteral("MISSING")));
    // Not money columns: no Money, even though they are numbers.
    QVERIFY(!row.money(QStringLiteral("CTR"), Currency::usd()));
    QVERIFY(!row.money(QStringLiteral("CHECKOUT_ROAS"), Currency::usd()));
    QVERIFY(!row.money(QStringLiteral("SPEND_IN_MICRO_DOLLAR"), Currency::usd())); // absent
}

void TestAnalyticsModels::hourRowsKeepTheTime()
{
    const QJsonArray json = parse(R"([{"AD_GROUP_ID": "1", "DATE": "2025-01-06T13:00:00"},
                                      {"AD_GROUP_ID": "1", "DATE": "2025-01-06 14:00:00"}])").array();
    const AnalyticsReport report = AnalyticsReport::fromJson(json);
    QCOMPARE(report.rows.at(0).dateTime, QDateTime(QDate(2025, 1, 6), QTime(13, 0), Qt::UTC));
    QCOMPARE(report.rows.at(0).date, QDate(2025, 1, 6));
    QCOMPARE(report.rows.at(1).dateTime, QDateTime(QDate(2025, 1, 6), QTime(14, 0), Qt::UTC));
    QCOMPARE(report.toJson(), json);
}

void TestAnalyticsModels::targetingAnalytics()
{
    const QJsonObject json = parse(R"({"data": [
      {"targeting_type": "LOCATION", "targeting_value": 500,
       "metrics": {"AD_GROUP_ID": 987654321098765437, "DATE": "2025-01-06", "SPEND_IN_DOLLAR": 1.37,
                   "SPEND_IN_MICRO_DOLLAR": 1370000, "CLICKTHROUGH_1": 5}},
      {"targeting_type": "AUDIENCE_INCLUDE", "targeting_value": 2542620905473, "metrics": {}},
      {"targeting_type": "APPTYPE", "targeting_value": "iphone", "metrics": null, "extra": 1}
    ]})").object();
    const TargetingAnalytics t = TargetingAnalytics::fromJson(json);
    const QList<TargetingAnalyticsEntry> entries = t.entries();
    QCOMPARE(entries.size(), 3);
    QCOMPARE(entries.at(0).targetingValue, QStringLiteral("500"));
    QCOMPARE(entries.at(0).adGroupId(), QStringLiteral("987654321098765437"));
    QCOMPARE(entries.at(0).metrics.value().date, QDate(2025, 1, 6));
    QCOMPARE(entries.at(0).money(QStringLiteral("SPEND_IN_DOLLAR"), Currency::usd())->micros(), qint64(1'370'000));
    QCOMPARE(entries.at(0).money(QStringLiteral("SPEND_IN_MICRO_DOLLAR"), Currency::usd())->micros(), qint64(1'370'000));
    QCOMPARE(entries.at(0).count(QStringLiteral("CLICKTHROUGH_1")), qint64(5));
    QCOMPARE(entries.at(1).targetingValue, QStringLiteral("2542620905473"));
    QCOMPARE(entries.at(2).targetingValue, QStringLiteral("iphone"));
    QVERIFY(entries.at(2).metrics.isNull());
    QCOMPARE(entries.at(2).count(QStringLiteral("CLICKTHROUGH_1")), qint64(0));
    QCOMPARE(t.toJson(), json);
    QCOMPARE(QJsonDocument(t.toJson()).toJson(QJsonDocument::Compact),
             QJsonDocument(json).toJson(QJsonDocument::Compact));
}

QTEST_GUILESS_MAIN(TestAnalyticsModels)
#include "tst_analyticsmodels.moc"
