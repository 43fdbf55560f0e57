// Places in words: the US DMA table, ISO 3166-2 region names from the system's iso-codes data
// (and its translations), and the wording of countries, metro areas, regions and postal codes.
#include "core/places/dmamarkets.h"
#include "core/places/gettextcatalog.h"
#include "core/places/isoregions.h"
#include "core/places/placenames.h"

#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTest>

using namespace pinstripe;

class TestPlaceNames : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void dmaTableIsComplete();
    void dmaNamesAreExact_data();
    void dmaNamesAreExact();
    void unknownDmaHasNoName();
    void countries();
    void locations_data();
    void locations();
    void regionsByName();
    void regionsInTheLocaleLanguage();
    void unknownSubdivisionKeepsItsCode();
    void postalCodes();
    void geoTellsRegionsFromPostalCodes_data();
    void geoTellsRegionsFromPostalCodes();
    void missingCatalogueIsEmpty();
};

namespace {

void skipWithoutIsoCodes()
{
    if (!IsoRegions::isAvailable())
        QSKIP("The iso-codes subdivision data (iso-codes/json/iso_3166-2.json) is not installed.");
}

} // namespace

void TestPlaceNames::init()
{
    // Untranslated wording: US English, which has no catalogue of this application.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestPlaceNames::cleanup()
{
    QLocale::setDefault(QLocale::system());
}

void TestPlaceNames::dmaTableIsComplete()
{
    const QList<DmaMarket> markets = DmaMarkets::all();
    QCOMPARE(markets.size(), 210);
    const QRegularExpression threeDigits(QStringLiteral("^[0-9]{3}$"));
    QSet<QString> codes;
    QSet<QString> names;
    QString previous;
    for (const DmaMarket &market : markets) {
        QVERIFY2(threeDigits.match(market.code).hasMatch(), qPrintable(market.code));
        QVERIFY2(!market.name.trimmed().isEmpty(), qPrintable(market.code));
        QVERIFY2(market.name.contains(QStringLiteral(", ")), qPrintable(market.name)); // "City, ST"
        QVERIFY2(market.code > previous, qPrintable(market.code)); // in code order
        previous = market.code;
        codes.insert(market.code);
        names.insert(market.name);
        QCOMPARE(DmaMarkets::name(market.code), market.name);
        QVERIFY(DmaMarkets::contains(market.code));
    }
    QCOMPARE(codes.size(), 210);
    QCOMPARE(names.size(), 210);
}

void TestPlaceNames::dmaNamesAreExact_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("name");
    QTest::newRow("New York") << QStringLiteral("501") << QStringLiteral("New York, NY");
    QTest::newRow("Chicago") << QStringLiteral("602") << QStringLiteral("Chicago, IL");
    QTest::newRow("Los Angeles") << QStringLiteral("803") << QStringLiteral("Los Angeles, CA");
    QTest::newRow("San Francisco") << QStringLiteral("807") << QString::fromUtf8("San Francisco–Oakland–San Jose, CA");
    QTest::newRow("Boston") << QStringLiteral("506") << QString::fromUtf8("Boston, MA–Manchester, NH");
    QTest::newRow("Washington") << QStringLiteral("511") << QStringLiteral("Washington, DC (Hagerstown, MD)");
    QTest::newRow("smallest") << QStringLiteral("798") << QStringLiteral("Glendive, MT");
}

void TestPlaceNames::dmaNamesAreExact()
{
    QFETCH(QString, code);
    QFETCH(QString, name);
    QCOMPARE(DmaMarkets::name(code), name);
}

void TestPlaceNames::unknownDmaHasNoName()
{
    QVERIFY(DmaMarkets::name(QStringLiteral("999")).isEmpty());
    QVERIFY(DmaMarkets::name(QStringLiteral("5010")).isEmpty());
    QVERIFY(DmaMarkets::name(QStringLiteral("+50")).isEmpty());
    QVERIFY(DmaMarkets::name(QString()).isEmpty());
    QVERIFY(!DmaMarkets::contains(QStringLiteral("562"))); // a gap in Nielsen's numbering
}

void TestPlaceNames::countries()
{
    QCOMPARE(PlaceNames::country(QStringLiteral("DE")), QStringLiteral("Germany"));
    QCOMPARE(PlaceNames::country(QStringLiteral("us")), QStringLiteral("United States"));
    QCOMPARE(PlaceNames::country(QStringLiteral("XX")), QStringLiteral("XX"));
}

void TestPlaceNames::locations_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("words");
    QTest::newRow("country") << QStringLiteral("FR") << QStringLiteral("France");
    QTest::newRow("DMA") << QStringLiteral("501") << QStringLiteral("New York, NY (501)");
    QTest::newRow("DMA with dashes") << QStringLiteral("807")
                                     << QString::fromUtf8("San Francisco–Oakland–San Jose, CA (807)");
    QTest::newRow("unknown DMA") << QStringLiteral("999") << QStringLiteral("Metro area 999");
    QTest::newRow("unknown country") << QStringLiteral("XX") << QStringLiteral("XX");
}

void TestPlaceNames::locations()
{
    QFETCH(QString, code);
    QFETCH(QString, words);
    QCOMPARE(PlaceNames::location(code), words);
}

void TestPlaceNames::regionsByName()
{
    skipWithoutIsoCodes();
    QVERIFY(!IsoRegions::dataFile().isEmpty());
    QCOMPARE(IsoRegions::originalName(QStringLiteral("US-CA")), QStringLiteral("California"));
    QCOMPARE(IsoRegions::name(QStringLiteral("us-ca")), QStringLiteral("California"));
    QCOMPARE(PlaceNames::region(QStringLiteral("US-CA")), QStringLiteral("California, United States"));
    QCOMPARE(PlaceNames::geo(QStringLiteral("US-CA")), QStringLiteral("California, United States"));
    const QString bavaria = PlaceNames::region(QStringLiteral("DE-BY"));
    QVERIFY2(bavaria.contains(QStringLiteral("Bayern")) || bavaria.contains(QStringLiteral("Bavaria")), qPrintable(bavaria));
    QVERIFY2(bavaria.endsWith(QStringLiteral(", Germany")), qPrintable(bavaria));
    QCOMPARE(PlaceNames::geo(QStringLiteral("JP-13")), QStringLiteral("Tokyo, Japan")); // digits, yet a region
}

void TestPlaceNames::regionsInTheLocaleLanguage()
{
    skipWithoutIsoCodes();
    const QLocale german(QLocale::German, QLocale::Germany);
    if (QStandardPaths::locate(QStandardPaths::GenericDataLocation,
                               QStringLiteral("locale/de/LC_MESSAGES/iso_3166-2.mo")).isEmpty())
        QSKIP("iso-codes' German catalogue is not installed.");
    QCOMPARE(IsoRegions::name(QStringLiteral("US-CA"), german), QStringLiteral("Kalifornien"));
    QCOMPARE(IsoRegions::name(QStringLiteral("BE-VOV"), german), QStringLiteral("Ostflandern"));
    // The application's language is the default locale's.
    QLocale::setDefault(german);
    QVERIFY2(PlaceNames::region(QStringLiteral("US-CA")).startsWith(QStringLiteral("Kalifornien, ")),
             qPrintable(PlaceNames::region(QStringLiteral("US-CA"))));
    // A language iso-codes has no catalogue for keeps the names as iso-codes writes them.
    QCOMPARE(IsoRegions::name(QStringLiteral("BE-VOV"), QLocale::c()), QStringLiteral("Oost-Vlaanderen"));
}

void TestPlaceNames::unknownSubdivisionKeepsItsCode()
{
    QVERIFY(IsoRegions::name(QStringLiteral("US-ZZ")).isEmpty());
    QCOMPARE(PlaceNames::region(QStringLiteral("US-ZZ")), QStringLiteral("ZZ, United States"));
    QCOMPARE(PlaceNames::geo(QStringLiteral("US-ZZ")), QStringLiteral("ZZ, United States"));
    QCOMPARE(PlaceNames::region(QStringLiteral("VOV")), QStringLiteral("VOV")); // not a region code at all
}

void TestPlaceNames::postalCodes()
{
    QCOMPARE(PlaceNames::postal(QStringLiteral("US-94107")), QStringLiteral("Postal code 94107, United States"));
    QCOMPARE(PlaceNames::postal(QStringLiteral("US:94107")), QStringLiteral("Postal code 94107, United States"));
    QCOMPARE(PlaceNames::postal(QStringLiteral("JP:100-0001")), QStringLiteral("Postal code 100-0001, Japan"));
    QCOMPARE(PlaceNames::postal(QStringLiteral("94107")), QStringLiteral("94107"));
}

void TestPlaceNames::geoTellsRegionsFromPostalCodes_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("postal");
    QTest::newRow("region") << QStringLiteral("BE-VOV") << false;
    QTest::newRow("numbered region") << QStringLiteral("JP-13") << false;
    QTest::newRow("dashed postal code") << QStringLiteral("US-94107") << true;
    QTest::newRow("colon postal code") << QStringLiteral("FR:1000") << true;
    QTest::newRow("short colon postal code") << QStringLiteral("XX:123") << true;
    QTest::newRow("not geo") << QStringLiteral("US") << false;
}

void TestPlaceNames::geoTellsRegionsFromPostalCodes()
{
    QFETCH(QString, code);
    QFETCH(bool, postal);
    QCOMPARE(PlaceNames::isPostalCode(code), postal);
    if (postal)
        QVERIFY2(PlaceNames::geo(code).startsWith(QStringLiteral("Postal code ")), qPrintable(PlaceNames::geo(code)));
    else
        QVERIFY2(!PlaceNames::geo(code).startsWith(QStringLiteral("Postal code ")), qPrintable(PlaceNames::geo(code)));
}

void TestPlaceNames::missingCatalogueIsEmpty()
{
    QVERIFY(GettextCatalog::read(QStringLiteral("no-such-catalogue.mo")).isEmpty());
    // A file that is not a compiled catalogue is refused, not misread.
    QVERIFY(GettextCatalog::read(QFINDTESTDATA("tst_placenames.cpp")).isEmpty());
}

QTEST_GUILESS_MAIN(TestPlaceNames)
#include "tst_placenames.moc"
