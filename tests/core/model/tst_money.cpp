#include "core/model/money.h"

#include <QTest>

using namespace pinstripe;

class TestMoney : public QObject
{
    Q_OBJECT

private slots:
    void minorUnits();
    void formatSymbol_data();
    void formatSymbol();
    void formatShowsExtraPrecisionInsteadOfHidingIt();
    void formatCodeAndPlain();
    void parse_data();
    void parse();
    void parseRejects_data();
    void parseRejects();
    void roundTripThroughText_data();
    void roundTripThroughText();
    void rounding_data();
    void rounding();
    void decimalString();
    void extremes();
};

void TestMoney::minorUnits()
{
    QCOMPARE(Currency::usd().minorUnits(), 2);
    QCOMPARE(Currency::eur().minorUnits(), 2);
    QCOMPARE(Currency::jpy().minorUnits(), 0);
    QCOMPARE(Currency(QStringLiteral("KRW")).minorUnits(), 0);
    QCOMPARE(Currency::usd().microsPerMinorUnit(), 10'000);
    QCOMPARE(Currency::jpy().microsPerMinorUnit(), 1'000'000);
    QVERIFY(Currency(QStringLiteral("usd")).isKnown());
    QCOMPARE(Currency(QStringLiteral("usd")).code(), QStringLiteral("USD"));
    // Unknown codes survive unchanged (a currency Pinterest adds later must round-trip).
    QVERIFY(!Currency(QStringLiteral("XYZ")).isKnown());
    QCOMPARE(Currency(QStringLiteral("XYZ")).code(), QStringLiteral("XYZ"));
    QCOMPARE(Currency(QStringLiteral("XYZ")).minorUnits(), 2);
}

void TestMoney::formatSymbol_data()
{
    QTest::addColumn<qint64>("micros");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("expected");

    QTest::newRow("usd en") << qint64(1'234'500'000) << "USD" << "en_US" << "$1,234.50";
    QTest::newRow("usd zero") << qint64(0) << "USD" << "en_US" << "$0.00";
    QTest::newRow("usd cents") << qint64(50'000) << "USD" << "en_US" << "$0.05";
    QTest::newRow("usd negative") << qint64(-2'500'000) << "USD" << "en_US" << "-$2.50";
    QTest::newRow("eur de") << qint64(1'234'500'000) << "EUR" << "de_DE" << QStringLiteral("1.234,50\u00a0€");
    QTest::newRow("jpy ja") << qint64(1'500'000'000) << "JPY" << "ja_JP" << QStringLiteral("￥1,500");
    QTest::newRow("jpy en") << qint64(1'500'000'000) << "JPY" << "en_US" << QStringLiteral("¥1,500");
}

void TestMoney::formatSymbol()
{
    QFETCH(qint64, micros);
    QFETCH(QString, currency);
    QFETCH(QString, locale);
    QFETCH(QString, expected);
    // Locales differ in which yen sign they use (full or half width); digits and placement matter.
    auto sameYen = [](QString text) { return text.replace(QStringLiteral("￥"), QStringLiteral("¥")); };
    const QString actual = Money(micros, Currency(currency)).format(QLocale(locale));
    QCOMPARE(sameYen(actual), sameYen(expected));
}

void TestMoney::formatShowsExtraPrecisionInsteadOfHidingIt()
{
    const QLocale en(QStringLiteral("en_US"));
    QCOMPARE(Money(123'456, Currency::usd()).format(en, Money::Style::Plain), QStringLiteral("0.123456"));
    QCOMPARE(Money(1'230'000, Currency::usd()).format(en, Money::Style::Plain), QStringLiteral("1.23"));
    QCOMPARE(Money(1'234'000, Currency::usd()).format(en, Money::Style::Plain), QStringLiteral("1.234"));
    QCOMPARE(Money(1'500'000, Currency::jpy()).format(en, Money::Style::Plain), QStringLiteral("1.5"));
    QCOMPARE(Money(2'000'000, Currency::jpy()).format(en, Money::Style::Plain), QStringLiteral("2"));
}

void TestMoney::formatCodeAndPlain()
{
    const QLocale en(QStringLiteral("en_US"));
    QCOMPARE(Money(1'234'567'890'000, Currency::eur()).format(en, Money::Style::Code),
             QStringLiteral("1,234,567.89 EUR"));
    QCOMPARE(Money(-10'000, Currency::usd()).format(en, Money::Style::Plain), QStringLiteral("-0.01"));
}

void TestMoney::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<qint64>("micros");

    QTest::newRow("plain") << "12" << "USD" << "en_US" << qint64(12'000'000);
    QTest::newRow("decimals") << "12.34" << "USD" << "en_US" << qint64(12'340'000);
    QTest::newRow("one decimal") << "0.5" << "USD" << "en_US" << qint64(500'000);
    QTest::newRow("leading point") << ".25" << "USD" << "en_US" << qint64(250'000);
    QTest::newRow("groups") << "1,234,567.89" << "USD" << "en_US" << qint64(1'234'567'890'000);
    QTest::newRow("symbol") << "$1,000" << "USD" << "en_US" << qint64(1'000'000'000);
    QTest::newRow("code and spaces") << " 25.00 usd " << "USD" << "en_US" << qint64(25'000'000);
    QTest::newRow("negative") << "-3.10" << "USD" << "en_US" << qint64(-3'100'000);
    QTest::newRow("german") << QStringLiteral("1.234,5 €") << "EUR" << "de_DE" << qint64(1'234'500'000);
    QTest::newRow("german nbsp") << QStringLiteral("12,50\u00a0€") << "EUR" << "de_DE" << qint64(12'500'000);
    QTest::newRow("yen") << QStringLiteral("¥1,500") << "JPY" << "ja_JP" << qint64(1'500'000'000);
    QTest::newRow("yen plain") << "300" << "JPY" << "en_US" << qint64(300'000'000);
    QTest::newRow("leading zeros") << "007.10" << "USD" << "en_US" << qint64(7'100'000);
}

void TestMoney::parse()
{
    QFETCH(QString, text);
    QFETCH(QString, currency);
    QFETCH(QString, locale);
    QFETCH(qint64, micros);
    QString error;
    const std::optional<Money> money = Money::parse(text, Currency(currency), QLocale(locale), &error);
    QVERIFY2(money.has_value(), qPrintable(error));
    QCOMPARE(money->micros(), micros);
    QCOMPARE(money->currency().code(), currency);
}

void TestMoney::parseRejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("errorContains");

    QTest::newRow("empty") << "  " << "USD" << "en_US" << "Enter an amount";
    QTest::newRow("letters") << "12abc" << "USD" << "en_US" << "unexpected";
    QTest::newRow("too many decimals") << "1.234" << "USD" << "en_US" << "at most 2 decimal places";
    QTest::newRow("yen decimals") << "10.5" << "JPY" << "en_US" << "no decimal places";
    QTest::newRow("two points") << "1.2.3" << "USD" << "en_US" << "unexpected";
    QTest::newRow("bad grouping") << "1,23" << "USD" << "en_US" << "three digits";
    QTest::newRow("grouping after point") << "1.234,5" << "USD" << "en_US" << "unexpected";
    // In German "1.23" is neither a valid grouping nor a decimal: refuse rather than guess.
    QTest::newRow("german ambiguous") << "1.23" << "EUR" << "de_DE" << "three digits";
    QTest::newRow("overflow") << "99999999999999" << "USD" << "en_US" << "too large";
    QTest::newRow("sign only") << "-" << "USD" << "en_US" << "not a valid amount";
}

void TestMoney::parseRejects()
{
    QFETCH(QString, text);
    QFETCH(QString, currency);
    QFETCH(QString, locale);
    QFETCH(QString, errorContains);
    QString error;
    const std::optional<Money> money = Money::parse(text, Currency(currency), QLocale(locale), &error);
    QVERIFY2(!money.has_value(), qPrintable(QStringLiteral("parsed as %1").arg(money ? money->micros() : 0)));
    QVERIFY2(error.contains(errorContains), qPrintable(error));
}

void TestMoney::roundTripThroughText_data()
{
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("locale");
    for (const char *currency : {"USD", "EUR", "JPY"}) {
        for (const char *locale : {"en_US", "de_DE", "ja_JP", "fr_FR"})
            QTest::addRow("%s %s", currency, locale) << QString::fromLatin1(currency) << QString::fromLatin1(locale);
    }
}

void TestMoney::roundTripThroughText()
{
    QFETCH(QString, currency);
    QFETCH(QString, locale);
    const Currency cur(currency);
    const QLocale loc(locale);
    // Amounts in whole minor units survive format → parse exactly, in every style.
    const qint64 step = cur.microsPerMinorUnit();
    for (qint64 minor : {0LL, 1LL, 7LL, 99LL, 100LL, 12'345LL, 1'000'000LL, 987'654'321LL, -42LL}) {
        const Money money(minor * step, cur);
        for (auto style : {Money::Style::Symbol, Money::Style::Code, Money::Style::Plain}) {
            const QString text = money.format(loc, style);
            QString error;
            const std::optional<Money> back = Money::parse(text, cur, loc, &error);
            QVERIFY2(back.has_value(), qPrintable(text + QStringLiteral(": ") + error));
            QCOMPARE(back->micros(), money.micros());
        }
    }
}

void TestMoney::rounding_data()
{
    QTest::addColumn<qint64>("micros");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("usd down") << qint64(1'234'999) << "USD" << qint64(1'230'000);
    QTest::newRow("usd half up") << qint64(1'235'000) << "USD" << qint64(1'240'000);
    QTest::newRow("usd negative half") << qint64(-1'235'000) << "USD" << qint64(-1'240'000);
    QTest::newRow("jpy half") << qint64(1'500'000) << "JPY" << qint64(2'000'000);
    QTest::newRow("jpy below half") << qint64(1'499'999) << "JPY" << qint64(1'000'000);
    QTest::newRow("exact") << qint64(5'000'000) << "EUR" << qint64(5'000'000);
}

void TestMoney::rounding()
{
    QFETCH(qint64, micros);
    QFETCH(QString, currency);
    QFETCH(qint64, expected);
    const Money rounded = Money(micros, Currency(currency)).roundedToMinorUnit();
    QCOMPARE(rounded.micros(), expected);
    QVERIFY(rounded.isWholeMinorUnits());
}

void TestMoney::decimalString()
{
    QCOMPARE(Money(1'234'500'000, Currency::usd()).toDecimalString(), QStringLiteral("1234.50"));
    QCOMPARE(Money(-123'456, Currency::usd()).toDecimalString(), QStringLiteral("-0.123456"));
    QCOMPARE(Money(1'500'000'000, Currency::jpy()).toDecimalString(), QStringLiteral("1500"));
    QCOMPARE(Money::fromDecimalString(QStringLiteral("1234.50"), Currency::usd())->micros(), 1'234'500'000);
    QCOMPARE(Money::fromDecimalString(QStringLiteral("-0.123456"), Currency::usd())->micros(), -123'456);
    QVERIFY(!Money::fromDecimalString(QStringLiteral("0.1234567"), Currency::usd()));
    QVERIFY(!Money::fromDecimalString(QStringLiteral("1e6"), Currency::usd()));
    QVERIFY(!Money::fromDecimalString(QString(), Currency::usd()));
}

void TestMoney::extremes()
{
    const qint64 max = std::numeric_limits<qint64>::max();
    const Money big(max, Currency::usd());
    QCOMPARE(big.toDecimalString(), QStringLiteral("9223372036854.775807"));
    QCOMPARE(Money::fromDecimalString(big.toDecimalString(), Currency::usd())->micros(), max);
    QVERIFY(!Money::fromDecimalString(QStringLiteral("9223372036854.775808"), Currency::usd()));
    const Money min(std::numeric_limits<qint64>::min(), Currency::usd());
    QCOMPARE(min.toDecimalString(), QStringLiteral("-9223372036854.775808"));
}

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
