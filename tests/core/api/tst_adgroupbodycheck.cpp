#include "core/api/adgroupbodycheck.h"

#include <QJsonArray>
#include <QTest>

using namespace pinstripe;

namespace {
QJsonObject validCreate()
{
    return QJsonObject{
        {QStringLiteral("name"), QStringLiteral("Spring sale — US")},
        {QStringLiteral("campaign_id"), QStringLiteral("626736533506")},
        {QStringLiteral("billable_event"), QStringLiteral("CLICKTHROUGH")},
        {QStringLiteral("budget_in_micro_currency"), 25'000'000},
        {QStringLiteral("budget_type"), QStringLiteral("DAILY")},
        {QStringLiteral("targeting_spec"), QJsonObject{{QStringLiteral("MINIMUM_AGE"), QStringLiteral("25")},
                                                       {QStringLiteral("MAXIMUM_AGE"), QStringLiteral("65+")},
                                                       {QStringLiteral("GENDER"), QJsonArray{QStringLiteral("female")}}}},
    };
}
} // namespace

class TestAdGroupBodyCheck : public QObject
{
    Q_OBJECT

private slots:
    void validBodiesPass();
    void createProblems_data();
    void createProblems();
    void updateNeedsId();
    void batchLimitsAndNaming();
};

void TestAdGroupBodyCheck::validBodiesPass()
{
    QCOMPARE(checkAdGroupBody(validCreate(), true), QStringList());
    const QJsonObject update{{QStringLiteral("id"), QStringLiteral("2680059592705")},
                             {QStringLiteral("bid_in_micro_currency"), 1'500'000}};
    QCOMPARE(checkAdGroupBody(update, false), QStringList());
}

void TestAdGroupBodyCheck::createProblems_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("problem");

    QTest::newRow("no name") << "name" << QJsonValue(QStringLiteral(" ")) << "name is required";
    QTest::newRow("bad campaign") << "campaign_id" << QJsonValue(QStringLiteral("x1")) << "campaign";
    QTest::newRow("bad status") << "status" << QJsonValue(QStringLiteral("RUNNING")) << "status";
    QTest::newRow("bad billable") << "billable_event" << QJsonValue(QStringLiteral("BILLABLE_ENGAGEMENT")) << "billable_event";
    QTest::newRow("fractional micros") << "budget_in_micro_currency" << QJsonValue(1.5) << "whole";
    QTest::newRow("negative bid") << "bid_in_micro_currency" << QJsonValue(-1) << "non-negative";
    QTest::newRow("multiplier") << "bid_multiplier" << QJsonValue(11) << "between 0 and 10";
    QTest::newRow("lifetime no end") << "budget_type" << QJsonValue(QStringLiteral("LIFETIME")) << "needs an end time";
    QTest::newRow("cap no end") << "lifetime_frequency_cap" << QJsonValue(5) << "needs an end time";
    QTest::newRow("read-only") << "summary_status" << QJsonValue(QStringLiteral("RUNNING")) << "read-only";
    QTest::newRow("age unpaired") << "targeting_spec"
        << QJsonValue(QJsonObject{{QStringLiteral("MINIMUM_AGE"), QStringLiteral("18")}}) << "together";
    QTest::newRow("age as number") << "targeting_spec"
        << QJsonValue(QJsonObject{{QStringLiteral("MINIMUM_AGE"), QStringLiteral("x")}, {QStringLiteral("MAXIMUM_AGE"), QStringLiteral("30")}})
        << "MINIMUM_AGE must be";
    QTest::newRow("age both forms") << "targeting_spec"
        << QJsonValue(QJsonObject{{QStringLiteral("MINIMUM_AGE"), QStringLiteral("18")}, {QStringLiteral("MAXIMUM_AGE"), QStringLiteral("30")},
                                  {QStringLiteral("AGE_BUCKET"), QJsonArray{QStringLiteral("18-24")}}})
        << "not both";
    QTest::newRow("gender") << "targeting_spec"
        << QJsonValue(QJsonObject{{QStringLiteral("GENDER"), QJsonArray{QStringLiteral("MALE")}}}) << "GENDER";
    QTest::newRow("tracking count") << "tracking_urls"
        << QJsonValue(QJsonObject{{QStringLiteral("click"), QJsonArray{QStringLiteral("https://a.example/1"), QStringLiteral("https://a.example/2"),
                                                                          QStringLiteral("https://a.example/3"), QStringLiteral("https://a.example/4")}}})
        << "at most 3";
    QTest::newRow("tracking url") << "tracking_urls"
        << QJsonValue(QJsonObject{{QStringLiteral("impression"), QJsonArray{QStringLiteral("not a url")}}}) << "not a valid";
}

void TestAdGroupBodyCheck::createProblems()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QFETCH(QString, problem);
    QJsonObject body = validCreate();
    body.insert(key, value);
    const QStringList problems = checkAdGroupBody(body, true);
    QVERIFY2(!problems.isEmpty(), "expected a problem");
    QVERIFY2(problems.join(QLatin1Char('|')).contains(problem), qPrintable(problems.join(QLatin1Char('|'))));
}

void TestAdGroupBodyCheck::updateNeedsId()
{
    const QStringList problems = checkAdGroupBody(QJsonObject{{QStringLiteral("status"), QStringLiteral("PAUSED")}}, false);
    QCOMPARE(problems.size(), 1);
    QVERIFY(problems.constFirst().contains(QStringLiteral("id")));
}

void TestAdGroupBodyCheck::batchLimitsAndNaming()
{
    QVERIFY(checkAdGroupBatch({}, true).contains(QStringLiteral("between 1 and 30")));
    QList<QJsonObject> many(31, validCreate());
    QVERIFY(checkAdGroupBatch(many, true).contains(QStringLiteral("got 31")));
    QList<QJsonObject> batch(3, validCreate());
    QCOMPARE(checkAdGroupBatch(batch, true), QString());
    batch[2].insert(QStringLiteral("status"), QStringLiteral("LIVE"));
    const QString problem = checkAdGroupBatch(batch, true);
    QVERIFY2(problem.startsWith(QStringLiteral("Ad group 3 (\"Spring sale — US\"): ")), qPrintable(problem));
}

QTEST_GUILESS_MAIN(TestAdGroupBodyCheck)
#include "tst_adgroupbodycheck.moc"
