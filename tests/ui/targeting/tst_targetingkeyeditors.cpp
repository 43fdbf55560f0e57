// Every targeting key editor on its own: values set through its controls (keyboard, mouse,
// typing) give exactly the expected JSON, and each validation rule is reported at the field.
#include "tests/ui/englishtexts.h"
#include "core/places/isoregions.h"
#include "ui/targeting/agerangeeditor.h"
#include "ui/targeting/apptypeeditor.h"
#include "ui/targeting/audienceeditor.h"
#include "ui/targeting/gendereditor.h"
#include "ui/targeting/interesteditor.h"
#include "ui/targeting/interesttextedit.h"
#include "ui/targeting/localeeditor.h"
#include "ui/targeting/locationeditor.h"
#include "ui/targeting/shoppingretargetingeditor.h"
#include "ui/targeting/targetingstrategyeditor.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QCompleter>
#include <QComboBox>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>

using namespace pinstripe;

namespace {

QJsonObject json(const char *text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(text), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad JSON in test: %s", text);
    return doc.object();
}

TargetingSpec spec(const char *text)
{
    return TargetingSpec::fromJson(json(text));
}

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

/** True if one of @p problems contains @p fragment. */
bool mentions(const QStringList &problems, const QString &fragment)
{
    for (const QString &problem : problems) {
        if (problem.contains(fragment))
            return true;
    }
    return false;
}

/** The problem line the editor shows under its controls. */
QLabel *problemLine(QWidget *editor)
{
    return editor->findChild<QLabel *>(QStringLiteral("problems"));
}

} // namespace

#define COMPARE_JSON(actual, expected) QCOMPARE(compact(actual), compact(json(expected)))

class TestTargetingKeyEditors : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void ageRangeFromSetter();
    void ageRangeByKeyboardFillsTheOtherEnd();
    void ageRangeLegacyBucketsConvert();
    void ageRangeValidation_data();
    void ageRangeValidation();
    void genderByMouseAndKeyboard();
    void appTypesInListOrder();
    void localesByName();
    void localeValidation();
    void locationCountriesByFilterDmasAndGeo();
    void locationValidation_data();
    void locationValidation();
    void interestsByIdAndName();
    void interestNamesOfferedWhileTyping();
    void audiencesTyped();
    void audienceValidation();
    void targetingStrategyChoice();
    void shoppingRetargetingRows();
    void shoppingRetargetingValidation();
    void untouchedKeysAreKeptExactly();
};

void TestTargetingKeyEditors::ageRangeFromSetter()
{
    AgeRangeEditor editor;
    QSignalSpy changed(&editor, &TargetingKeyEditor::changed);
    editor.setRange(QStringLiteral("25"), QStringLiteral("54"));
    COMPARE_JSON(editor.toJson(), R"({"MINIMUM_AGE":"25","MAXIMUM_AGE":"54"})");
    QVERIFY(changed.count() > 0);
    QVERIFY(editor.problems().isEmpty());
    editor.setRange({}, {});
    COMPARE_JSON(editor.toJson(), "{}");
}

void TestTargetingKeyEditors::ageRangeByKeyboardFillsTheOtherEnd()
{
    AgeRangeEditor editor;
    editor.show();
    auto *minimum = editor.findChild<QComboBox *>(QStringLiteral("minimumAge"));
    auto *maximum = editor.findChild<QComboBox *>(QStringLiteral("maximumAge"));
    QVERIFY(minimum && maximum);
    QCOMPARE(minimum->accessibleName(), QStringLiteral("Minimum age"));
    minimum->setFocus();
    QTest::keyClick(minimum, Qt::Key_Down); // "Any" → 18; Pinterest needs a maximum too
    COMPARE_JSON(editor.toJson(), R"({"MINIMUM_AGE":"18","MAXIMUM_AGE":"65+"})");
    maximum->setFocus();
    QTest::keyClick(maximum, Qt::Key_Up); // "65+" → 65
    COMPARE_JSON(editor.toJson(), R"({"MINIMUM_AGE":"18","MAXIMUM_AGE":"65"})");
    QTest::keyClick(maximum, Qt::Key_Home); // back to "Any" clears both ends
    COMPARE_JSON(editor.toJson(), "{}");
}

void TestTargetingKeyEditors::ageRangeLegacyBucketsConvert()
{
    AgeRangeEditor editor;
    editor.show();
    editor.load(spec(R"({"AGE_BUCKET":["35-44","25-34"]})"));
    auto *note = editor.findChild<QWidget *>(QStringLiteral("legacyAgeBuckets"));
    QVERIFY(note && note->isVisible());
    QVERIFY(!editor.findChild<QComboBox *>(QStringLiteral("minimumAge"))->isEnabled());
    COMPARE_JSON(editor.toJson(), R"({"AGE_BUCKET":["35-44","25-34"]})");
    QTest::mouseClick(editor.findChild<QPushButton *>(QStringLiteral("convertAgeBuckets")), Qt::LeftButton);
    COMPARE_JSON(editor.toJson(), R"({"MINIMUM_AGE":"25","MAXIMUM_AGE":"44"})");
    QVERIFY(!note->isVisible());

    editor.load(spec(R"({"AGE_BUCKET":["21+","18-24"]})"));
    editor.convertLegacyBuckets();
    COMPARE_JSON(editor.toJson(), R"({"MINIMUM_AGE":"18","MAXIMUM_AGE":"65+"})");
}

void TestTargetingKeyEditors::ageRangeValidation_data()
{
    QTest::addColumn<QString>("specJson");
    QTest::addColumn<QString>("problem");
    QTest::newRow("minimum above maximum") << QStringLiteral(R"({"MINIMUM_AGE":"40","MAXIMUM_AGE":"30"})")
                                           << QStringLiteral("The minimum age (40) is above the maximum age (30).");
    QTest::newRow("minimum alone") << QStringLiteral(R"({"MINIMUM_AGE":"40"})")
                                   << QStringLiteral("Set both a minimum and a maximum age, or neither.");
    QTest::newRow("too young") << QStringLiteral(R"({"MINIMUM_AGE":"16","MAXIMUM_AGE":"30"})")
                               << QStringLiteral("The minimum age must be from 18 to 65, not \"16\".");
    QTest::newRow("65+ is no minimum") << QStringLiteral(R"({"MINIMUM_AGE":"65+","MAXIMUM_AGE":"65+"})")
                                       << QStringLiteral("The minimum age must be from 18 to 65, not \"65+\".");
    QTest::newRow("too old") << QStringLiteral(R"({"MINIMUM_AGE":"18","MAXIMUM_AGE":"70"})")
                             << QStringLiteral("The maximum age must be from 18 to 65, or 65+, not \"70\".");
    QTest::newRow("buckets and range") << QStringLiteral(R"({"AGE_BUCKET":["18-24"],"MINIMUM_AGE":"18","MAXIMUM_AGE":"30"})")
                                       << QStringLiteral("Legacy age groups cannot be combined with a minimum or maximum age; convert them first.");
    QTest::newRow("unknown bucket") << QStringLiteral(R"({"AGE_BUCKET":["13-17"]})")
                                    << QStringLiteral("\"13-17\" is not one of Pinterest's age groups.");
}

void TestTargetingKeyEditors::ageRangeValidation()
{
    QFETCH(QString, specJson);
    QFETCH(QString, problem);
    AgeRangeEditor editor;
    editor.show();
    editor.load(spec(specJson.toUtf8().constData()));
    QVERIFY2(editor.problems().contains(problem), qPrintable(editor.problems().join(QLatin1Char('|'))));
    QVERIFY(problemLine(&editor)->isVisible());
    QVERIFY(problemLine(&editor)->text().contains(problem));
}

void TestTargetingKeyEditors::genderByMouseAndKeyboard()
{
    GenderEditor editor;
    editor.show();
    QCheckBox *female = editor.checkBox(QStringLiteral("female"));
    QCheckBox *unknown = editor.checkBox(QStringLiteral("unknown"));
    QVERIFY(female && unknown);
    QCOMPARE(female->text(), QStringLiteral("Women"));
    QCOMPARE(female->accessibleName(), QStringLiteral("Women"));
    QVERIFY(!female->toolTip().isEmpty());
    QTest::mouseClick(female, Qt::LeftButton);
    unknown->setFocus();
    QTest::keyClick(unknown, Qt::Key_Space);
    COMPARE_JSON(editor.toJson(), R"({"GENDER":["female","unknown"]})");
    QTest::mouseClick(female, Qt::LeftButton);
    QTest::mouseClick(unknown, Qt::LeftButton);
    COMPARE_JSON(editor.toJson(), "{}"); // nothing checked: every gender, the key is left out
}

void TestTargetingKeyEditors::appTypesInListOrder()
{
    AppTypeEditor editor;
    editor.show();
    QTest::mouseClick(editor.checkBox(QStringLiteral("web")), Qt::LeftButton);
    QTest::mouseClick(editor.checkBox(QStringLiteral("iphone")), Qt::LeftButton);
    QCOMPARE(editor.checkBox(QStringLiteral("iphone"))->text(), QStringLiteral("iPhone"));
    COMPARE_JSON(editor.toJson(), R"({"APPTYPE":["iphone","web"]})");
    editor.setCheckedValues({QStringLiteral("android_mobile"), QStringLiteral("web_mobile")});
    COMPARE_JSON(editor.toJson(), R"({"APPTYPE":["android_mobile","web_mobile"]})");
}

void TestTargetingKeyEditors::localesByName()
{
    LocaleEditor editor;
    editor.show();
    QCOMPARE(LocaleEditor::pinterestLocales().size(), 24);
    QCOMPARE(editor.checkBox(QStringLiteral("de"))->text(), QStringLiteral("German (de)"));
    QCOMPARE(editor.checkBox(QStringLiteral("in"))->text(), QStringLiteral("Indonesian (in)"));
    QCOMPARE(editor.checkBox(QStringLiteral("ja"))->text(), QStringLiteral("Japanese (ja)"));
    for (const QString &code : LocaleEditor::pinterestLocales()) // every code has a language name
        QVERIFY2(!editor.checkBox(code)->text().startsWith(code), qPrintable(code));
    QTest::mouseClick(editor.checkBox(QStringLiteral("en")), Qt::LeftButton);
    QTest::mouseClick(editor.checkBox(QStringLiteral("de")), Qt::LeftButton);
    COMPARE_JSON(editor.toJson(), R"({"LOCALE":["de","en"]})");
}

void TestTargetingKeyEditors::localeValidation()
{
    LocaleEditor editor;
    editor.show();
    editor.load(spec(R"({"LOCALE":["en-US","english"]})"));
    COMPARE_JSON(editor.toJson(), R"({"LOCALE":["en-US","english"]})"); // shown and kept
    QCOMPARE(editor.problems(), QStringList{QStringLiteral("\"english\" is not a language code such as \"en\".")});
    QVERIFY(problemLine(&editor)->isVisible());
}

void TestTargetingKeyEditors::locationCountriesByFilterDmasAndGeo()
{
    // Region names follow the application's language (the default locale): English here.
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const auto restoreLocale = qScopeGuard([previous] { QLocale::setDefault(previous); });
    LocationEditor editor;
    editor.show();
    auto *filter = editor.findChild<QLineEdit *>(QStringLiteral("countryFilter"));
    auto *list = editor.findChild<QListWidget *>(QStringLiteral("countryList"));
    QVERIFY(filter && list);
    QTest::keyClicks(filter, QStringLiteral("germ"));
    QList<QListWidgetItem *> visible;
    for (int row = 0; row < list->count(); ++row) {
        if (!list->item(row)->isHidden())
            visible << list->item(row);
    }
    QCOMPARE(visible.size(), 1);
    QCOMPARE(visible.first()->text(), QStringLiteral("Germany (DE)"));
    visible.first()->setCheckState(Qt::Checked);

    filter->clear();
    QTest::keyClicks(filter, QStringLiteral("(US)"));
    for (int row = 0; row < list->count(); ++row) {
        if (!list->item(row)->isHidden())
            list->item(row)->setCheckState(Qt::Checked);
    }
    QCOMPARE(editor.countries(), (QStringList{QStringLiteral("DE"), QStringLiteral("US")}));

    auto *dmaNames = editor.findChild<QLabel *>(QStringLiteral("dmaNames"));
    QVERIFY(dmaNames->isHidden()); // no code typed, nothing to name
    QTest::keyClicks(editor.findChild<QLineEdit *>(QStringLiteral("dmaCodes")), QStringLiteral("807, 501"));
    QVERIFY(dmaNames->isVisible());
    QCOMPARE(dmaNames->text(), QString::fromUtf8("San Francisco–Oakland–San Jose, CA (807); New York, NY (501)"));
    QTest::keyClicks(editor.findChild<QLineEdit *>(QStringLiteral("geoCodes")), QStringLiteral("BE-VOV, US-CA"));
    COMPARE_JSON(editor.toJson(), R"({"LOCATION":["DE","US","807","501"],"GEO":["BE-VOV","US-CA"]})");
    QVERIFY(editor.problems().isEmpty());
    // Region names come from the system's iso-codes data (a test dependency); without it the code stays.
    const QString geoNames = editor.findChild<QLabel *>(QStringLiteral("geoNames"))->text();
    if (IsoRegions::isAvailable())
        QCOMPARE(geoNames, QStringLiteral("Oost-Vlaanderen, Belgium; California, United States"));
    else
        QCOMPARE(geoNames, QStringLiteral("VOV, Belgium; CA, United States"));

    editor.setCountries({});
    editor.setDmaCodes({});
    editor.setGeoCodes({QStringLiteral("US:94107"), QStringLiteral("US:10001")});
    COMPARE_JSON(editor.toJson(), R"({"GEO":["US:94107","US:10001"]})");
    QVERIFY(editor.problems().isEmpty());
    QCOMPARE(editor.findChild<QLabel *>(QStringLiteral("geoNames"))->text(),
             QStringLiteral("Postal code 94107, United States; Postal code 10001, United States"));
}

void TestTargetingKeyEditors::locationValidation_data()
{
    QTest::addColumn<QString>("specJson");
    QTest::addColumn<QString>("problem");
    QTest::newRow("nothing") << QStringLiteral("{}")
                             << QStringLiteral("Choose at least one country, DMA, region or postal code.");
    QTest::newRow("regions and postal codes") << QStringLiteral(R"({"GEO":["BE-VOV","US:94107"]})")
                                              << QStringLiteral("Use either regions or postal codes, not both (e.g. BE-VOV and US:94107).");
    QTest::newRow("long dashed postal code") << QStringLiteral(R"({"GEO":["US-CA","US-94107"]})")
                                             << QStringLiteral("Use either regions or postal codes, not both (e.g. US-CA and US-94107).");
    QTest::newRow("not a geo code") << QStringLiteral(R"({"GEO":["VOV"]})")
                                    << QStringLiteral("\"VOV\" is not a region (BE-VOV) or postal code (US:94107).");
    QTest::newRow("unknown country in geo") << QStringLiteral(R"({"GEO":["XX-ABC"]})")
                                            << QStringLiteral("\"XX-ABC\" is not a region (BE-VOV) or postal code (US:94107).");
    QTest::newRow("short DMA") << QStringLiteral(R"({"LOCATION":["80"]})")
                               << QStringLiteral("\"80\" is not a DMA code (three digits, e.g. 807).");
    QTest::newRow("unknown country") << QStringLiteral(R"({"LOCATION":["XX"]})")
                                     << QStringLiteral("\"XX\" is not a country code.");
}

void TestTargetingKeyEditors::locationValidation()
{
    QFETCH(QString, specJson);
    QFETCH(QString, problem);
    LocationEditor editor;
    editor.show();
    editor.load(spec(specJson.toUtf8().constData()));
    QVERIFY2(editor.problems().contains(problem), qPrintable(editor.problems().join(QLatin1Char('|'))));
    QVERIFY(problemLine(&editor)->isVisible());
    COMPARE_JSON(editor.toJson(), specJson.toUtf8().constData()); // shown, flagged, not altered
}

void TestTargetingKeyEditors::interestsByIdAndName()
{
    InterestEditor editor;
    editor.show();
    editor.setCatalog({{QStringLiteral("925056443165"), QStringLiteral("Home decor")},
                       {QStringLiteral("935541271955"), QStringLiteral("Gardening")}});
    auto *text = editor.findChild<QPlainTextEdit *>(QStringLiteral("interests"));
    QTest::keyClicks(text, QStringLiteral("home decor"));
    QTest::keyClick(text, Qt::Key_Return);
    QTest::keyClicks(text, QStringLiteral("123456"));
    COMPARE_JSON(editor.toJson(), R"({"INTEREST":["925056443165","123456"]})");
    QVERIFY(editor.problems().isEmpty());
    QVERIFY(editor.findChild<QLabel *>(QStringLiteral("interestNames"))->text().contains(QStringLiteral("Home decor (925056443165)")));

    QTest::keyClick(text, Qt::Key_Return);
    QTest::keyClicks(text, QStringLiteral("Knitting"));
    QCOMPARE(editor.problems(),
             QStringList{QStringLiteral("\"Knitting\" is neither an interest id nor a known interest name.")});
    QVERIFY(problemLine(&editor)->isVisible());
}

void TestTargetingKeyEditors::interestNamesOfferedWhileTyping()
{
    InterestEditor editor;
    editor.show();
    editor.setCatalog({{QStringLiteral("925056443165"), QStringLiteral("Home decor")},
                       {QStringLiteral("940820083437"), QStringLiteral("Home renovation")},
                       {QStringLiteral("935249274030"), QStringLiteral("Gardening")}});
    InterestTextEdit *text = editor.textEdit();
    QAbstractItemView *popup = text->completer()->popup();
    text->setFocus();

    // Part of a name, in any case, offers the names containing it.
    QTest::keyClicks(text, QStringLiteral("RENO"));
    QTRY_VERIFY(popup->isVisible());
    QCOMPARE(text->completer()->completionCount(), 1);
    QCOMPARE(text->completer()->currentCompletion(), QStringLiteral("Home renovation"));
    // Down and Return in the list (where the keys go while it is open) take the name.
    QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Return);
    QVERIFY(!popup->isVisible());
    QCOMPARE(text->toPlainText(), QStringLiteral("Home renovation"));
    COMPARE_JSON(editor.toJson(), R"({"INTEREST":["940820083437"]})");
    QVERIFY(editor.problems().isEmpty());

    // Return without choosing starts a new line; "home" offers both home names.
    QTest::keyClick(text, Qt::Key_Return);
    QTest::keyClicks(text, QStringLiteral("home"));
    QTRY_VERIFY(popup->isVisible());
    QCOMPARE(text->completer()->completionCount(), 2);
    QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Return);
    QCOMPARE(text->toPlainText(), QStringLiteral("Home renovation\nHome decor"));
    COMPARE_JSON(editor.toJson(), R"({"INTEREST":["940820083437","925056443165"]})");

    // Escape closes the list and keeps what was typed; ids are not completed.
    QTest::keyClick(text, Qt::Key_Return);
    QTest::keyClicks(text, QStringLiteral("gard"));
    QTRY_VERIFY(popup->isVisible());
    QTest::keyClick(popup, Qt::Key_Escape);
    QVERIFY(!popup->isVisible());
    QCOMPARE(text->toPlainText(), QStringLiteral("Home renovation\nHome decor\ngard"));
    QCOMPARE(editor.problems(), QStringList{QStringLiteral("\"gard\" is neither an interest id nor a known interest name.")});
    text->selectAll();
    QTest::keyClicks(text, QStringLiteral("9352"));
    QVERIFY(!popup->isVisible());
}

void TestTargetingKeyEditors::audiencesTyped()
{
    AudienceEditor editor;
    editor.show();
    QTest::keyClicks(editor.findChild<QLineEdit *>(QStringLiteral("audienceInclude")), QStringLiteral("2542620905473, 2542620905474"));
    QTest::keyClicks(editor.findChild<QLineEdit *>(QStringLiteral("audienceExclude")), QStringLiteral("2542620905475"));
    COMPARE_JSON(editor.toJson(),
                 R"({"AUDIENCE_INCLUDE":["2542620905473","2542620905474"],"AUDIENCE_EXCLUDE":["2542620905475"]})");
    QVERIFY(editor.problems().isEmpty());
}

void TestTargetingKeyEditors::audienceValidation()
{
    AudienceEditor editor;
    editor.show();
    editor.setIncluded({QStringLiteral("12a"), QStringLiteral("777")});
    editor.setExcluded({QStringLiteral("777")});
    QCOMPARE(editor.problems(), (QStringList{QStringLiteral("Audience ids are digits only: \"12a\" is not one."),
                                             QStringLiteral("Audience 777 is both included and excluded.")}));
    QVERIFY(problemLine(&editor)->isVisible());
}

void TestTargetingKeyEditors::targetingStrategyChoice()
{
    TargetingStrategyEditor editor;
    editor.show();
    auto *combo = editor.findChild<QComboBox *>(QStringLiteral("targetingStrategy"));
    combo->setCurrentIndex(combo->findText(QStringLiteral("Find new customers")));
    COMPARE_JSON(editor.toJson(), R"({"TARGETING_STRATEGY":["FIND_NEW_CUSTOMERS"]})");
    combo->setCurrentIndex(0);
    COMPARE_JSON(editor.toJson(), "{}");
}

void TestTargetingKeyEditors::shoppingRetargetingRows()
{
    ShoppingRetargetingEditor editor;
    editor.show();
    editor.addRule(30, 14, {0, 6});
    QTest::mouseClick(editor.findChild<QPushButton *>(QStringLiteral("addRetargetingRule")), Qt::LeftButton);
    QCOMPARE(editor.ruleCount(), 2);
    editor.setCellText(1, ShoppingRetargetingEditor::TagTypes, QStringLiteral("3"));
    editor.setCellText(1, ShoppingRetargetingEditor::Lookback, QStringLiteral("60"));
    COMPARE_JSON(editor.toJson(), R"({"SHOPPING_RETARGETING":[)"
                                  R"({"lookback_window":30,"exclusion_window":14,"tag_types":[0,6]},)"
                                  R"({"lookback_window":60,"exclusion_window":0,"tag_types":[3]}]})");
    QVERIFY(editor.problems().isEmpty());
    editor.removeRule(0);
    editor.removeRule(0);
    COMPARE_JSON(editor.toJson(), "{}");
}

void TestTargetingKeyEditors::shoppingRetargetingValidation()
{
    ShoppingRetargetingEditor editor;
    editor.show();
    editor.addRule(7, 7, {0});
    editor.setCellText(0, ShoppingRetargetingEditor::TagTypes, QStringLiteral("0, x"));
    QCOMPARE(editor.problems(),
             (QStringList{QStringLiteral("Rule 1: the exclusion window (7 days) must be shorter than the lookback window (7 days)."),
                          QStringLiteral("Rule 1: tag type \"x\" is not a number.")}));
    QVERIFY(problemLine(&editor)->isVisible());
    editor.setCellText(0, ShoppingRetargetingEditor::Lookback, QStringLiteral("zero"));
    QVERIFY(mentions(editor.problems(), QStringLiteral("lookback window must be a whole number")));
}

void TestTargetingKeyEditors::untouchedKeysAreKeptExactly()
{
    // Null stays null, order and unknown values stay, unknown fields of a rule stay.
    const TargetingSpec loaded = spec(R"({"GENDER":["male","female"],"APPTYPE":["smart_tv"],"GEO":null,)"
                                      R"("LOCATION":["807","US"],"TARGETING_STRATEGY":["A","B"],"INTEREST":["Home decor"],)"
                                      R"("SHOPPING_RETARGETING":[{"lookback_window":30,"exclusion_window":1,"tag_types":[1],"x":true}],)"
                                      R"("AUDIENCE_INCLUDE":null,"MINIMUM_AGE":"21","MAXIMUM_AGE":"65+"})");
    GenderEditor gender;
    AppTypeEditor apps;
    LocationEditor location;
    TargetingStrategyEditor strategy;
    InterestEditor interest;
    ShoppingRetargetingEditor retargeting;
    AudienceEditor audience;
    AgeRangeEditor age;
    const QList<TargetingKeyEditor *> editors = {&gender, &apps, &location, &strategy, &interest, &retargeting, &audience, &age};
    TargetingSpec stored;
    for (TargetingKeyEditor *editor : editors) {
        editor->load(loaded);
        editor->store(stored);
    }
    QCOMPARE(compact(stored.toJson()), compact(loaded.toJson()));
    QVERIFY(apps.checkBox(QStringLiteral("smart_tv"))->isChecked());
}

void TestTargetingKeyEditors::initTestCase()
{
    pinstripe::testing::useEnglishTexts(); // "3 days", as main() shows it
}

QTEST_MAIN(TestTargetingKeyEditors)
#include "tst_targetingkeyeditors.moc"
