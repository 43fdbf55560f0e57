#include "core/changes/bulkadjustment.h"

#include <QTest>

using namespace pinstripe;

class TestBulkAdjustment : public QObject
{
    Q_OBJECT

private slots:
    void percent_data();
    void percent();
    void amounts();
    void refusals();
    void parsePercent_data();
    void parsePercent();
};

void TestBulkAdjustment::percent_data()
{
    QTest::addColumn<QString>("currency");
    QTest::addColumn<qint64>("micros");
    QTest::addColumn<qint64>("basisPoints"); // negative = decrease
    QTest::addColumn<qint64>("expected");

    QTest::newRow("usd +15%") << "USD" << qint64(10'000'000) << qint64(1500) << qint64(11'500'000);
    QTest::newRow("usd +15% rounds up") << "USD" << qint64(330'000) << qint64(1500) << qint64(380'000);     // 0.3795 → 0.38
    QTest::newRow("usd +10% half cent") << "USD" << qint64(50'000) << qint64(1000) << qint64(60'000);       // 0.055 → 0.06
    QTest::newRow("usd -15% rounds down") << "USD" << qint64(330'000) << qint64(-1500) << qint64(280'000);  // 0.2805 → 0.28
    QTest::newRow("eur +12.5%") << "EUR" << qint64(19'990'000) << qint64(1250) << qint64(22'490'000);      // 22.48875 → 22.49
    QTest::newRow("jpy +15%") << "JPY" << qint64(1'234'000'000) << qint64(1500) << qint64(1'419'000'000); // 1419.1 → 1419
    QTest::newRow("jpy half yen up") << "JPY" << qint64(10'000'000) << qint64(500) << qint64(11'000'000);  // 10.5 → 11
    QTest::newRow("jpy -33%") << "JPY" << qint64(1'000'000'000) << qint64(-3300) << qint64(670'000'000);
    QTest::newRow("sub-cent input") << "USD" << qint64(1'234'567) << qint64(0) << qint64(1'230'000);
    QTest::newRow("-100%") << "USD" << qint64(5'000'000) << qint64(-10000) << qint64(0);
}

void TestBulkAdjustment::percent()
{
    QFETCH(QString, currency);
    QFETCH(qint64, micros);
    QFETCH(qint64, basisPoints);
    QFETCH(qint64, expected);
    const BulkAdjustment adjustment = basisPoints >= 0 ? BulkAdjustment::increaseByPercent(basisPoints)
                                                       : BulkAdjustment::decreaseByPercent(-basisPoints);
    QString error;
    const std::optional<qint64> result = adjustment.apply(micros, Currency(currency), &error);
    QVERIFY2(result.has_value(), qPrintable(error));
    QCOMPARE(*result, expected);
    QVERIFY(Money(*result, Currency(currency)).isWholeMinorUnits());
}

void TestBulkAdjustment::amounts()
{
    QCOMPARE(BulkAdjustment::increaseBy(Money(2'500'000, Currency::usd())).apply(10'000'000, Currency::usd()).value(), 12'500'000);
    QCOMPARE(BulkAdjustment::decreaseBy(Money(2'500'000, Currency::usd())).apply(10'000'000, Currency::usd()).value(), 7'500'000);
    QCOMPARE(BulkAdjustment::setTo(Money(42'000'000, Currency::eur())).apply(1, Currency::eur()).value(), 42'000'000);
    QCOMPARE(BulkAdjustment::increaseBy(Money(100'000'000, Currency::jpy())).apply(1'000'000'000, Currency::jpy()).value(),
             1'100'000'000);
}

void TestBulkAdjustment::refusals()
{
    QString error;
    QVERIFY(!BulkAdjustment::decreaseBy(Money(20'000'000, Currency::usd())).apply(10'000'000, Currency::usd(), &error));
    QVERIFY(error.contains(QStringLiteral("below zero")));
    QVERIFY(!BulkAdjustment::decreaseByPercent(10'100).apply(10'000'000, Currency::usd(), &error));
    QVERIFY(error.contains(QStringLiteral("more than 100%")));
    QVERIFY(!BulkAdjustment::increaseByPercent(1'000'000).apply(std::numeric_limits<qint64>::max() / 8, Currency::usd(), &error));
    QVERIFY(error.contains(QStringLiteral("too large")));
}

void TestBulkAdjustment::parsePercent_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("basisPoints");
    QTest::addColumn<QLocale>("locale");
    QTest::newRow("whole") << "15" << qint64(1500) << QLocale::c();
    QTest::newRow("decimal") << "12.5" << qint64(1250) << QLocale::c();
    QTest::newRow("two decimals") << "0.25 %" << qint64(25) << QLocale::c();
    QTest::newRow("percent sign") << "7%" << qint64(700) << QLocale::c();
    QTest::newRow("bad") << "abc" << qint64(-1) << QLocale::c();
    QTest::newRow("three decimals") << "1.125" << qint64(-1) << QLocale::c();
    QTest::newRow("empty") << "" << qint64(-1) << QLocale::c();
    const QLocale german(QLocale::German, QLocale::Germany);
    QTest::newRow("decimal comma") << "12,5" << qint64(1250) << german;
    QTest::newRow("decimal comma, two decimals") << "0,25 %" << qint64(25) << german;
    QTest::newRow("a dot still a decimal point") << "12.5" << qint64(1250) << german;
    QTest::newRow("grouped thousands refused") << "1.000" << qint64(-1) << german;
    QTest::newRow("comma in English refused") << "12,5" << qint64(-1) << QLocale(QLocale::English, QLocale::UnitedStates);
    QTest::newRow("French decimal comma") << "7,75" << qint64(775) << QLocale(QLocale::French, QLocale::France);
}

void TestBulkAdjustment::parsePercent()
{
    QFETCH(QString, text);
    QFETCH(qint64, basisPoints);
    QFETCH(QLocale, locale);
    QString error;
    const std::optional<qint64> parsed = BulkAdjustment::parsePercent(text, locale, &error);
    if (basisPoints < 0) {
        QVERIFY(!parsed);
        QVERIFY(error.contains(QStringLiteral("not a percentage")));
    } else {
        QCOMPARE(parsed.value_or(-1), basisPoints);
    }
}

QTEST_GUILESS_MAIN(TestBulkAdjustment)
#include "tst_bulkadjustment.moc"
