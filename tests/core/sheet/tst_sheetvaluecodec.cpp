#include "core/sheet/sheetfield.h"
#include "core/sheet/sheetvaluecodec.h"

#include <QTest>

using namespace pinstripe;

class TestSheetValueCodec : public QObject
{
    Q_OBJECT

private:
    static SheetValueContext context(const QLocale &locale, const char *currency = "USD")
    {
        SheetValueContext c;
        c.currency = Currency(QString::fromLatin1(currency));
        c.locale = locale;
        c.timeZone = QTimeZone("Europe/Berlin");
        return c;
    }
    static QJsonValue parsed(SheetField field, const QString &text, const SheetValueContext &c)
    {
        QString error;
        const auto value = SheetValueCodec::parse(field, text, c, &error);
        return value ? *value : QJsonValue(QStringLiteral("error: ") + error);
    }

private Q_SLOTS:
    void moneyInLocaleAndInC_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("micros");
        QTest::newRow("en plain") << "en_US" << "12.5" << qint64(12'500'000);
        QTest::newRow("en grouped symbol") << "en_US" << "€1,234.56" << qint64(1'234'560'000);
        QTest::newRow("de comma") << "de_DE" << "1.234,56 €" << qint64(1'234'560'000);
        QTest::newRow("de reads C") << "de_DE" << "12.50" << qint64(12'500'000);
        QTest::newRow("de code") << "de_DE" << "EUR 7,10" << qint64(7'100'000);
    }
    void moneyInLocaleAndInC()
    {
        QFETCH(QString, locale);
        QFETCH(QString, text);
        QFETCH(qint64, micros);
        QCOMPARE(parsed(SheetField::Budget, text, context(QLocale(locale), "EUR")), QJsonValue(micros));
    }

    void moneyRefusals()
    {
        const SheetValueContext en = context(QLocale(QStringLiteral("en_US")));
        QString error;
        QVERIFY(!SheetValueCodec::parse(SheetField::Bid, QStringLiteral("12,50"), en, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!SheetValueCodec::parse(SheetField::Bid, QStringLiteral("€12.50"), en, &error)); // not the account's currency
        QVERIFY(!error.isEmpty());
        QVERIFY(!SheetValueCodec::parse(SheetField::Bid, QStringLiteral("1.234"), context(QLocale::c(), "JPY"), &error));
        QVERIFY2(error.contains(QLatin1String("JPY")), qPrintable(error));
        // An empty budget clears it; an empty status is refused.
        QCOMPARE(parsed(SheetField::Budget, QStringLiteral(" "), en), QJsonValue(QJsonValue::Null));
        QVERIFY(!SheetValueCodec::parse(SheetField::Status, QString(), en, &error));
    }

    void timesInTheNamedZone()
    {
        const SheetValueContext de = context(QLocale(QStringLiteral("de_DE")));
        const qint64 expected = QDateTime(QDate(2026, 12, 31), QTime(18, 0), QTimeZone("Europe/Berlin")).toSecsSinceEpoch();
        QCOMPARE(parsed(SheetField::End, QStringLiteral("2026-12-31 18:00"), de), QJsonValue(expected));
        QCOMPARE(parsed(SheetField::End, QStringLiteral("31.12.2026 18:00"), de), QJsonValue(expected));
        QCOMPARE(parsed(SheetField::End, QStringLiteral("31.12.26 18:00"), de), QJsonValue(expected));
        const SheetValueContext en = context(QLocale(QStringLiteral("en_US")));
        QCOMPARE(parsed(SheetField::End, QStringLiteral("12/31/2026 6:00 PM"), en), QJsonValue(expected));
        QCOMPARE(parsed(SheetField::End, QStringLiteral("2026-12-31T18:00:00"), en), QJsonValue(expected));
        QString error;
        QVERIFY(!SheetValueCodec::parse(SheetField::Start, QStringLiteral("tomorrow"), en, &error));
        QVERIFY(error.contains(QLatin1String("tomorrow")));
    }

    void choicesInAnySpelling()
    {
        const SheetValueContext en = context(QLocale(QStringLiteral("en_US")));
        QCOMPARE(parsed(SheetField::Status, QStringLiteral("PAUSED"), en), QJsonValue(QStringLiteral("PAUSED")));
        QCOMPARE(parsed(SheetField::Status, QStringLiteral("paused"), en), QJsonValue(QStringLiteral("PAUSED")));
        QCOMPARE(parsed(SheetField::Status, QStringLiteral("Active"), en), QJsonValue(QStringLiteral("ACTIVE")));
        QCOMPARE(parsed(SheetField::AutoTargeting, QStringLiteral("Off"), en), QJsonValue(false));
        QCOMPARE(parsed(SheetField::FrequencyCap, QStringLiteral("3"), en), QJsonValue(qint64(3)));
        QString error;
        QVERIFY(!SheetValueCodec::parse(SheetField::Status, QStringLiteral("Sleeping"), en, &error));
        QVERIFY2(error.contains(QLatin1String("Paused")), qPrintable(error));
        QVERIFY(!SheetValueCodec::parse(SheetField::Id, QStringLiteral("2.68E+12"), en, &error));
    }

    void sheetTextReadsBackExactly()
    {
        for (const char *name : {"en_US", "de_DE", "C"}) {
            const SheetValueContext c = context(QLocale(QString::fromLatin1(name)));
            const QList<std::pair<SheetField, QJsonValue>> values{
                {SheetField::Budget, QJsonValue(qint64(1'234'560'000))},
                {SheetField::Bid, QJsonValue(qint64(10'000))},
                {SheetField::End, QJsonValue(qint64(1'798'736'425))}, // seconds not zero
                {SheetField::Start, QJsonValue(qint64(1'798'736'400))},
                {SheetField::Status, QJsonValue(QStringLiteral("ARCHIVED"))},
                {SheetField::Pacing, QJsonValue(QStringLiteral("ACCELERATED"))},
                {SheetField::AutoTargeting, QJsonValue(true)},
                {SheetField::FrequencyCap, QJsonValue(qint64(12000))},
            };
            for (const auto &[field, value] : values) {
                const QString text = SheetValueCodec::sheetText(field, value, c);
                QCOMPARE(parsed(field, text, c), value);
            }
        }
    }

    void headersInEveryForm()
    {
        QString suffix;
        QCOMPARE(SheetFields::fromHeader(QStringLiteral("Budget (USD)"), &suffix), SheetField::Budget);
        QCOMPARE(suffix, QStringLiteral("USD"));
        QCOMPARE(SheetFields::fromHeader(QStringLiteral("budget_in_micro_currency")), SheetField::Budget);
        QCOMPARE(SheetFields::fromHeader(QStringLiteral(" ad group id ")), SheetField::Id);
        QCOMPARE(SheetFields::fromHeader(QStringLiteral("ID")), SheetField::Id);
        QCOMPARE(SheetFields::fromHeader(QStringLiteral("Start (Europe/Berlin)"), &suffix), SheetField::Start);
        QCOMPARE(suffix, QStringLiteral("Europe/Berlin"));
        QCOMPARE(SheetFields::fromHeader(QStringLiteral("Lifetime frequency cap")), SheetField::FrequencyCap);
        QVERIFY(!SheetFields::fromHeader(QStringLiteral("Spend")));
    }

    void numberLocaleOfASheet()
    {
        const QLocale en(QStringLiteral("en_US"));
        QCOMPARE(SheetValueCodec::numberLocaleOf({QStringLiteral("12,50"), QStringLiteral("3"), QStringLiteral("1.000,25")}, en).decimalPoint(),
                 QStringLiteral(","));
        QCOMPARE(SheetValueCodec::numberLocaleOf({QStringLiteral("12.50")}, en), en);
        const QLocale de(QStringLiteral("de_DE"));
        QCOMPARE(SheetValueCodec::numberLocaleOf({QStringLiteral("12.50"), QStringLiteral("0.10")}, de).decimalPoint(), QStringLiteral("."));
    }
};

QTEST_GUILESS_MAIN(TestSheetValueCodec)
#include "tst_sheetvaluecodec.moc"
