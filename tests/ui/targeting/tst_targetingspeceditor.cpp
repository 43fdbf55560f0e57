// The whole targeting spec editor: round trips of Pinterest's example spec and of a spec with
// unknown keys and the legacy AGE_BUCKET, a spec built through the widgets, the JSON panel,
// problems collected from every field, and a screenshot.
#include "ui/targeting/agerangeeditor.h"
#include "ui/targeting/apptypeeditor.h"
#include "ui/targeting/audienceeditor.h"
#include "ui/targeting/gendereditor.h"
#include "ui/targeting/interesteditor.h"
#include "ui/targeting/localeeditor.h"
#include "ui/targeting/locationeditor.h"
#include "ui/targeting/shoppingretargetingeditor.h"
#include "ui/targeting/targetingspeceditor.h"
#include "ui/targeting/targetingstrategyeditor.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace pinstripe;

namespace {

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

class TestTargetingSpecEditor : public QObject
{
    Q_OBJECT

private slots:
    void roundTripOfPinterestsExample();
    void roundTripKeepsUnknownKeysAndLegacyBuckets();
    void convertingBucketsChangesOnlyTheAge();
    void specBuiltThroughTheWidgets();
    void problemsFromEveryField();
    void jsonPanelShowsTheExactSpec();
    void everyControlIsNamedAndReachableByTab();
};

void TestTargetingSpecEditor::roundTripOfPinterestsExample()
{
    const QString shared = qEnvironmentVariable("PINSTRIPE_SHARED_DIR");
    QFile file(QDir(shared).filePath(QStringLiteral("pinterest-api/examples/ad_group_create_request.json")));
    if (shared.isEmpty() || !file.open(QIODevice::ReadOnly))
        QSKIP("Pinterest's examples are not available (PINSTRIPE_SHARED_DIR)");
    const QJsonObject original =
        QJsonDocument::fromJson(file.readAll()).array().first().toObject().value(QLatin1String("targeting_spec")).toObject();
    QVERIFY(original.contains(QLatin1String("MINIMUM_AGE")));

    TargetingSpecEditor editor;
    QSignalSpy changed(&editor, &TargetingSpecEditor::specChanged);
    editor.setSpec(TargetingSpec::fromJson(original));
    QCOMPARE(changed.count(), 0);
    QCOMPARE(compact(editor.spec().toJson()), compact(original));
    QVERIFY2(editor.problems().isEmpty(), qPrintable(editor.problems().join(QLatin1Char('|'))));
    // It is shown, not only carried: the widgets hold the values.
    QCOMPARE(editor.ageRangeEditor()->minimumAge(), QStringLiteral("25"));
    QCOMPARE(editor.ageRangeEditor()->maximumAge(), QStringLiteral("54"));
    QCOMPARE(editor.locationEditor()->countries(), QStringList{QStringLiteral("US")});
    QVERIFY(editor.localeEditor()->checkBox(QStringLiteral("en"))->isChecked());
    QCOMPARE(editor.audienceEditor()->excluded(), QStringList{QStringLiteral("2542620905475")});
    QCOMPARE(editor.targetingStrategyEditor()->strategy(), QStringList{QStringLiteral("CHOOSE_YOUR_OWN")});
}

void TestTargetingSpecEditor::roundTripKeepsUnknownKeysAndLegacyBuckets()
{
    const QJsonObject original = json(R"({"AGE_BUCKET":["25-34","35-44"],"LOCATION":["US","807"],"GEO":null,)"
                                      R"("GENDER":["male","female"],"FUTURE_KEY":{"a":[1,2]},"LOCALE":["en-US"],)"
                                      R"("APPTYPE":["iphone","smart_tv"],"INTEREST":["925056443165"],)"
                                      R"("SHOPPING_RETARGETING":[{"lookback_window":30,"exclusion_window":14,"tag_types":[0,6],"new_field":true}],)"
                                      R"("TARGETING_STRATEGY":["RECONNECT_WITH_USERS"],"AUDIENCE_EXCLUDE":[]})");
    TargetingSpecEditor editor;
    editor.show();
    editor.setSpec(TargetingSpec::fromJson(original));
    QCOMPARE(compact(editor.spec().toJson()), compact(original));
    QCOMPARE(editor.spec(), TargetingSpec::fromJson(original));
    auto *unknown = editor.findChild<QLabel *>(QStringLiteral("unknownKeys"));
    QVERIFY(unknown->isVisible());
    QVERIFY(unknown->text().contains(QStringLiteral("FUTURE_KEY")));
    QVERIFY(editor.findChild<QWidget *>(QStringLiteral("legacyAgeBuckets"))->isVisible());
    QCOMPARE(editor.ageRangeEditor()->legacyBuckets(), (QStringList{QStringLiteral("25-34"), QStringLiteral("35-44")}));
}

void TestTargetingSpecEditor::convertingBucketsChangesOnlyTheAge()
{
    const QJsonObject original = json(R"({"AGE_BUCKET":["25-34","35-44"],"LOCATION":["DE"],"FUTURE_KEY":7,"GENDER":null})");
    TargetingSpecEditor editor;
    editor.show();
    editor.setSpec(TargetingSpec::fromJson(original));
    QSignalSpy changed(&editor, &TargetingSpecEditor::specChanged);
    QTest::mouseClick(editor.findChild<QPushButton *>(QStringLiteral("convertAgeBuckets")), Qt::LeftButton);
    QVERIFY(changed.count() > 0);
    QCOMPARE(compact(editor.spec().toJson()),
             compact(json(R"({"MINIMUM_AGE":"25","MAXIMUM_AGE":"44","LOCATION":["DE"],"FUTURE_KEY":7,"GENDER":null})")));
    QVERIFY(editor.problems().isEmpty());
}

void TestTargetingSpecEditor::specBuiltThroughTheWidgets()
{
    TargetingSpecEditor editor;
    editor.show();
    QSignalSpy changed(&editor, &TargetingSpecEditor::specChanged);
    editor.locationEditor()->setCountries({QStringLiteral("US"), QStringLiteral("CA")});
    QTest::keyClicks(editor.findChild<QLineEdit *>(QStringLiteral("dmaCodes")), QStringLiteral("807"));
    editor.ageRangeEditor()->setRange(QStringLiteral("25"), QStringLiteral("54"));
    QTest::mouseClick(editor.genderEditor()->checkBox(QStringLiteral("female")), Qt::LeftButton);
    QTest::mouseClick(editor.localeEditor()->checkBox(QStringLiteral("en")), Qt::LeftButton);
    QTest::mouseClick(editor.localeEditor()->checkBox(QStringLiteral("fr")), Qt::LeftButton);
    QTest::keyClicks(editor.findChild<QPlainTextEdit *>(QStringLiteral("interests")), QStringLiteral("925056443165"));
    QTest::keyClicks(editor.findChild<QLineEdit *>(QStringLiteral("audienceExclude")), QStringLiteral("2542620905475"));
    // By keyboard: the devices may be scrolled out of view, where a mouse click would miss.
    editor.appTypeEditor()->checkBox(QStringLiteral("iphone"))->setFocus();
    QTest::keyClick(editor.appTypeEditor()->checkBox(QStringLiteral("iphone")), Qt::Key_Space);
    editor.targetingStrategyEditor()->setStrategy({QStringLiteral("FIND_NEW_CUSTOMERS")});
    editor.shoppingRetargetingEditor()->addRule(30, 14, {0, 6});
    QVERIFY(changed.count() >= 10);
    QVERIFY2(editor.problems().isEmpty(), qPrintable(editor.problems().join(QLatin1Char('|'))));
    QCOMPARE(compact(editor.spec().toJson()),
             compact(json(R"({"LOCATION":["US","CA","807"],"MINIMUM_AGE":"25","MAXIMUM_AGE":"54","GENDER":["female"],)"
                          R"("LOCALE":["en","fr"],"INTEREST":["925056443165"],"AUDIENCE_EXCLUDE":["2542620905475"],)"
                          R"("APPTYPE":["iphone"],"TARGETING_STRATEGY":["FIND_NEW_CUSTOMERS"],)"
                          R"("SHOPPING_RETARGETING":[{"lookback_window":30,"exclusion_window":14,"tag_types":[0,6]}]})")));
}

void TestTargetingSpecEditor::problemsFromEveryField()
{
    TargetingSpecEditor editor;
    editor.show();
    editor.setSpec(TargetingSpec::fromJson(json(R"({"MINIMUM_AGE":"50","MAXIMUM_AGE":"30","GEO":["BE-VOV","US:94107"],)"
                                                R"("AUDIENCE_INCLUDE":["abc"]})")));
    const QStringList problems = editor.problems();
    QCOMPARE(problems, (QStringList{QStringLiteral("The minimum age (50) is above the maximum age (30)."),
                                    QStringLiteral("Use either regions or postal codes, not both (e.g. BE-VOV and US:94107)."),
                                    QStringLiteral("Audience ids are digits only: \"abc\" is not one.")}));
    // Each problem is shown at its own field.
    for (QWidget *field : QList<QWidget *>{editor.ageRangeEditor(), editor.locationEditor(), editor.audienceEditor()}) {
        auto *line = field->findChild<QLabel *>(QStringLiteral("problems"));
        QVERIFY(line && line->isVisible());
    }
    QVERIFY(!editor.genderEditor()->findChild<QLabel *>(QStringLiteral("problems"))->isVisible());

    // An empty spec lacks a location, which Pinterest requires.
    editor.setSpec({});
    QCOMPARE(editor.problems(), QStringList{QStringLiteral("Choose at least one country, DMA, region or postal code.")});
}

void TestTargetingSpecEditor::jsonPanelShowsTheExactSpec()
{
    TargetingSpecEditor editor;
    editor.resize(1280, 900);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    auto *panel = editor.findChild<QPlainTextEdit *>(QStringLiteral("targetingJson"));
    auto *button = editor.findChild<QPushButton *>(QStringLiteral("showJson"));
    QVERIFY(panel && button);
    QVERIFY(!panel->isVisible());
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(panel->isVisible());
    QVERIFY(panel->isReadOnly());
    QTRY_VERIFY(panel->width() >= editor.width() / 5); // shown with room to read, not squeezed to nothing
    QVERIFY(editor.isJsonVisible());

    editor.setSpec(TargetingSpec::fromJson(json(R"({"LOCATION":["US","DE"],"GEO":["BE-VOV"],"MINIMUM_AGE":"25",)"
                                                R"("MAXIMUM_AGE":"65+","GENDER":["female","male"],"LOCALE":["en","de"],)"
                                                R"("APPTYPE":["iphone","ipad","web"],"INTEREST":["925056443165"],)"
                                                R"("AUDIENCE_INCLUDE":["2542620905473"],"TARGETING_STRATEGY":["CHOOSE_YOUR_OWN"],)"
                                                R"("SHOPPING_RETARGETING":[{"lookback_window":30,"exclusion_window":14,"tag_types":[0,6]}]})")));
    // An edit shows at once, in the exact UPPER_CASE form that is sent.
    QTest::mouseClick(editor.localeEditor()->checkBox(QStringLiteral("fr")), Qt::LeftButton);
    QCOMPARE(panel->toPlainText(), QString::fromUtf8(QJsonDocument(editor.spec().toJson()).toJson(QJsonDocument::Indented)));
    QVERIFY(panel->toPlainText().contains(QStringLiteral("\"LOCALE\": [")));
    QVERIFY(panel->toPlainText().contains(QStringLiteral("\"fr\"")));
    QVERIFY(panel->toPlainText().contains(QStringLiteral("\"MAXIMUM_AGE\": \"65+\"")));

    const QString dir = qEnvironmentVariable("PINSTRIPE_TEST_ARTIFACTS");
    if (!dir.isEmpty())
        QVERIFY(editor.grab().save(QDir(dir).filePath(QStringLiteral("targetingspeceditor-json.png"))));

    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(!panel->isVisible());
}

void TestTargetingSpecEditor::everyControlIsNamedAndReachableByTab()
{
    TargetingSpecEditor editor;
    editor.resize(1280, 900);
    editor.setJsonVisible(true);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QStringList chain;
    QWidget *widget = &editor;
    for (int step = 0; step < 500; ++step) {
        widget = widget->nextInFocusChain();
        if (widget == &editor)
            break;
        if (!(widget->focusPolicy() & Qt::TabFocus) || !widget->isVisibleTo(&editor) || !widget->isEnabled())
            continue;
        // Buttons and check boxes are named by their text; everything else needs a name of its own.
        auto *button = qobject_cast<QAbstractButton *>(widget);
        const QString name = !widget->accessibleName().isEmpty() ? widget->accessibleName()
                             : button                            ? button->text()
                                                                 : QString();
        QVERIFY2(!name.isEmpty(), qPrintable(QStringLiteral("%1 %2 has no accessible name")
                                                 .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName())));
        if (!button)
            QVERIFY2(!widget->toolTip().isEmpty(), qPrintable(name + QStringLiteral(" has no tool tip")));
        chain << name;
    }
    for (const QString &expected : {QStringLiteral("Hide &JSON"), QStringLiteral("Filter countries"), QStringLiteral("Countries"),
                                    QStringLiteral("US DMA codes"), QStringLiteral("Regions or postal codes"),
                                    QStringLiteral("Minimum age"), QStringLiteral("Maximum age"), QStringLiteral("Women"),
                                    QStringLiteral("German (de)"), QStringLiteral("Interests"), QStringLiteral("Audiences to include"),
                                    QStringLiteral("Audiences to exclude"), QStringLiteral("iPhone"), QStringLiteral("Targeting strategy"),
                                    QStringLiteral("Shopping retargeting rules"), QStringLiteral("Targeting spec as JSON")}) {
        QVERIFY2(chain.contains(expected), qPrintable(expected));
    }
}

QTEST_MAIN(TestTargetingSpecEditor)
#include "tst_targetingspeceditor.moc"
