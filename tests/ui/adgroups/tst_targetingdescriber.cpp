// Targeting specs in words: ages, genders, countries and regions by name, languages by name,
// interests, audiences, devices and shopping retargeting windows.
#include "tests/ui/englishtexts.h"
#include "core/places/isoregions.h"
#include "ui/adgroups/targetingdescriber.h"

#include <QLocale>
#include <QScopeGuard>
#include <QTest>

using namespace pinstripe;

class TestTargetingDescriber : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void emptySpecTargetsEveryone();
    void fullSpecInWords();
    void ageRanges_data();
    void ageRanges();
    void codesByName();
};

void TestTargetingDescriber::emptySpecTargetsEveryone()
{
    QCOMPARE(TargetingDescriber::describe({}), QStringList{QStringLiteral("Everyone: no targeting restrictions.")});
}

void TestTargetingDescriber::fullSpecInWords()
{
    // Region names follow the application's language (the default locale): English here.
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const auto restoreLocale = qScopeGuard([previous] { QLocale::setDefault(previous); });
    TargetingSpec spec;
    spec.minimumAge = QStringLiteral("25");
    spec.maximumAge = QStringLiteral("54");
    spec.gender = QStringList{QStringLiteral("female"), QStringLiteral("male")};
    spec.location = QStringList{QStringLiteral("US"), QStringLiteral("DE"), QStringLiteral("807")};
    spec.geo = QStringList{QStringLiteral("US-94107"), QStringLiteral("BE-VOV")};
    spec.locale = QStringList{QStringLiteral("en"), QStringLiteral("de")};
    spec.interest = QStringList{QStringLiteral("Home decor"), QStringLiteral("Gardening")};
    spec.audienceInclude = QStringList{QStringLiteral("2542620905473")};
    spec.audienceExclude = QStringList{QStringLiteral("2542620905474")};
    spec.appType = QStringList{QStringLiteral("iphone"), QStringLiteral("web")};
    ShoppingRetargeting rule;
    rule.lookbackWindow = 30;
    rule.exclusionWindow = 7;
    rule.tagTypes = QList<int>{0, 6};
    spec.shoppingRetargeting = QList<ShoppingRetargeting>{rule};

    // Region names come from the system's iso-codes data (a test dependency); without it the code stays.
    const QString flanders = IsoRegions::isAvailable() ? QStringLiteral("Oost-Vlaanderen") : QStringLiteral("VOV");
    const QStringList s = TargetingDescriber::describe(spec);
    QCOMPARE(s, (QStringList{
                    QStringLiteral("Ages 25 to 54."),
                    QStringLiteral("Women and men."),
                    QString::fromUtf8("Locations: United States, Germany, San Francisco–Oakland–San Jose, CA (807)."),
                    QStringLiteral("Regions: Postal code 94107, United States; %1, Belgium.").arg(flanders),
                    QStringLiteral("Languages: English, German."),
                    QStringLiteral("Interests: Home decor, Gardening."),
                    QStringLiteral("Includes audiences 2542620905473."),
                    QStringLiteral("Excludes audiences 2542620905474."),
                    QStringLiteral("Devices: iPhone, desktop web."),
                    QStringLiteral("Shopping retargeting: people who engaged in the last 30 days, except the last 7 days (tag types 0, 6)."),
                }));
}

void TestTargetingDescriber::ageRanges_data()
{
    QTest::addColumn<QString>("min");
    QTest::addColumn<QString>("max");
    QTest::addColumn<QString>("expected");
    QTest::newRow("both") << QStringLiteral("18") << QStringLiteral("24") << QStringLiteral("18 to 24");
    QTest::newRow("open top") << QStringLiteral("35") << QStringLiteral("65+") << QStringLiteral("35 and over");
    QTest::newRow("only max") << QString() << QStringLiteral("34") << QStringLiteral("up to 34");
    QTest::newRow("none") << QString() << QString() << QString();
}

void TestTargetingDescriber::ageRanges()
{
    QFETCH(QString, min);
    QFETCH(QString, max);
    QFETCH(QString, expected);
    TargetingSpec spec;
    if (!min.isEmpty())
        spec.minimumAge = min;
    if (!max.isEmpty())
        spec.maximumAge = max;
    QCOMPARE(TargetingDescriber::ageRange(spec), expected);
}

void TestTargetingDescriber::codesByName()
{
    QCOMPARE(TargetingDescriber::locationName(QStringLiteral("JP")), QStringLiteral("Japan"));
    QCOMPARE(TargetingDescriber::locationName(QStringLiteral("501")), QStringLiteral("New York, NY (501)"));
    QCOMPARE(TargetingDescriber::locationName(QStringLiteral("999")), QStringLiteral("Metro area 999"));
    QCOMPARE(TargetingDescriber::geoName(QStringLiteral("US:94107")), QStringLiteral("Postal code 94107, United States"));
    QCOMPARE(TargetingDescriber::languageName(QStringLiteral("fr")), QStringLiteral("French"));
    QCOMPARE(TargetingDescriber::languageName(QStringLiteral("zz")), QStringLiteral("zz")); // unknown stays a code
    QCOMPARE(TargetingDescriber::genderName(QStringLiteral("unknown")), QStringLiteral("people of unspecified gender"));
    QCOMPARE(TargetingDescriber::appTypeName(QStringLiteral("android_tablet")), QStringLiteral("Android tablets"));
}

void TestTargetingDescriber::initTestCase()
{
    pinstripe::testing::useEnglishTexts(); // "3 days", as main() shows it
}

QTEST_MAIN(TestTargetingDescriber)
#include "tst_targetingdescriber.moc"
