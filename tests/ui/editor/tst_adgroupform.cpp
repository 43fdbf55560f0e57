// The ad group form and its dialog, offscreen: fields filled through QTest with the message of
// every rule at its field, edit-one and edit-many changes, create and duplicate bodies that pass
// the pre-send body check, one undo step per dialog, and screenshots of every tab.
#include "tests/ui/englishtexts.h"
#include "editortestdata.h"

#include "ui/editor/adgroupeditordialog.h"
#include "ui/editor/adgroupform.h"
#include "ui/editor/basicssection.h"
#include "ui/editor/budgetbidsection.h"
#include "ui/editor/deliverysection.h"
#include "ui/editor/moneyedit.h"
#include "ui/editor/optimizationgoaleditor.h"
#include "ui/editor/optionaldatetimeedit.h"
#include "ui/editor/schedulesection.h"
#include "ui/editor/targetingsection.h"
#include "ui/editor/trackingurlseditor.h"
#include "ui/targeting/agerangeeditor.h"
#include "ui/targeting/locationeditor.h"
#include "ui/targeting/targetingspeceditor.h"

#include "core/changes/changeset.h"
#include "core/rules/adgroupbodyrules.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QGroupBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>
#include <QUndoStack>

using namespace pinstripe;
using namespace editortest;

namespace {

AdGroupFormContext context(const Currency &currency = Currency::usd())
{
    AdGroupFormContext c;
    c.adAccountId = kAccount;
    c.currency = currency;
    c.campaigns = campaigns();
    return c;
}

void choose(QComboBox *combo, const QString &wireValue)
{
    const int index = combo->findData(wireValue);
    QVERIFY2(index >= 0, qPrintable(wireValue));
    combo->setFocus();
    combo->setCurrentIndex(index);
}

void retype(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

/** The message line of @p field in @p section (visible when it has a message). */
QString shownAt(QWidget *section, const QString &field)
{
    auto *label = section->findChild<QLabel *>(QStringLiteral("problem_") + field);
    if (!label || label->isHidden())
        return {};
    return label->text();
}

/** Saves what @p widget shows as @p name.png among the test artifacts, when they are kept. */
void saveScreenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("PINSTRIPE_TEST_ARTIFACTS");
    if (dir.isEmpty())
        return;
    QApplication::processEvents(); // pending layout requests, so the picture is current
    QVERIFY(widget->grab().save(dir + QStringLiteral("/adgroupeditor-") + name + QStringLiteral(".png")));
}

/** A create form that is valid apart from what a test changes. */
void fillValidCreate(AdGroupForm &form)
{
    QTest::keyClicks(form.basics()->nameEdit(), QStringLiteral("Autumn boots"));
    QTest::keyClicks(form.budgetBid()->budgetEdit()->lineEdit(), QStringLiteral("25"));
    form.targeting()->specEditor()->locationEditor()->setCountries({QStringLiteral("US")});
}

} // namespace

class TestAdGroupForm : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void emptyAndTooLongName();
    void lifetimeBudgetNeedsEnd();
    void zeroBudgetRefused();
    void newAdGroupStartsInAnActiveCampaign();
    void clearingWhatPinterestCannotClearIsRefused();
    void duplicatingSeveralLeavesOutNullsTheCreateSchemaForbids();
    void endBeforeStart();
    void bidNeededUnlessAutomatic();
    void jpyBudgetWithDecimals();
    void invalidTrackingUrl();
    void fourTrackingUrlsForOneEvent();
    void frequencyCapNeedsEnd();
    void draftOnlyFieldsDisabledOnActive();
    void okDisabledWhileProblems();
    void editOneProducesExactlyTheChangedFields();
    void editManyTouchesOnlyTouchedFields();
    void createBodyWithFullTargetingPassesBodyCheck();
    void duplicateDropsReadOnlyFieldsAndSuffixesName();
    void dialogRecordsOneUndoStep();
    void screenshots();
};

void TestAdGroupForm::initTestCase()
{
    pinstripe::testing::useEnglishTexts(); // "3 days", as main() shows it
    // Money in the C locale reads and formats as US English, so typed text is the same everywhere.
    QLocale::setDefault(QLocale::c());
}

void TestAdGroupForm::emptyAndTooLongName()
{
    AdGroupForm form(context());
    form.show();
    fillValidCreate(form);
    QVERIFY2(form.problems().isEmpty(), qPrintable(form.problems().join(QLatin1Char('|'))));

    retype(form.basics()->nameEdit(), QString());
    QCOMPARE(shownAt(form.basics(), QStringLiteral("name")), QStringLiteral("Enter a name."));
    QVERIFY(form.problems().contains(QStringLiteral("Enter a name.")));
    // The check before sending says it in the same words, at the same field.
    const RuleViolations sent = checkAdGroupBody(form.results().constFirst().createBody(), AdGroupRequestKind::Create);
    QVERIFY(!sent.isEmpty());
    QCOMPARE(sent.constFirst().field, QStringLiteral("name"));
    QCOMPARE(sent.constFirst().message, shownAt(form.basics(), QStringLiteral("name")));

    // Pinterest documents no limit for names; Pinstripe uses 255 characters (see core/rules/adgrouprule.h).
    QTest::keyClicks(form.basics()->nameEdit(), QString(255, QLatin1Char('n')));
    QCOMPARE(shownAt(form.basics(), QStringLiteral("name")), QString());
    QTest::keyClick(form.basics()->nameEdit(), Qt::Key_N);
    QCOMPARE(shownAt(form.basics(), QStringLiteral("name")), QStringLiteral("The name has 256 characters; at most 255 are allowed."));
}

void TestAdGroupForm::lifetimeBudgetNeedsEnd()
{
    AdGroupForm form(context());
    form.show();
    fillValidCreate(form);
    choose(form.budgetBid()->budgetTypeCombo(), QStringLiteral("LIFETIME"));
    // Said where the choice was made: at the budget type, on the Budget tab.
    QCOMPARE(shownAt(form.budgetBid(), QStringLiteral("budget_type")), QStringLiteral("A LIFETIME budget needs an end time."));
    QCOMPARE(shownAt(form.schedule(), QStringLiteral("end_time")), QString());
    QCOMPARE(form.problems(), QStringList{QStringLiteral("A LIFETIME budget needs an end time.")});
    // The budget tab carries the warning icon, the schedule tab does not.
    QVERIFY(!form.tabs()->tabIcon(1).isNull());
    QVERIFY(form.tabs()->tabIcon(2).isNull());
    form.tabs()->setCurrentIndex(1);
    saveScreenshot(&form, QStringLiteral("lifetime-needs-end-at-budget-type"));

    QTest::mouseClick(form.schedule()->endEdit()->checkBox(), Qt::LeftButton);
    QVERIFY(form.schedule()->endEdit()->value().has_value());
    QVERIFY2(form.problems().isEmpty(), qPrintable(form.problems().join(QLatin1Char('|'))));
    QCOMPARE(shownAt(form.budgetBid(), QStringLiteral("budget_type")), QString());
    QVERIFY(form.tabs()->tabIcon(1).isNull());

    // An existing LIFETIME ad group whose end is removed hears it at the end, where it acted.
    AdGroup lifetime = activeAdGroup();
    lifetime.budgetType = QStringLiteral("LIFETIME");
    lifetime.endTime = 1'900'000'000;
    form.startEdit({lifetime});
    QTest::mouseClick(form.schedule()->endEdit()->checkBox(), Qt::LeftButton);
    QVERIFY(!form.schedule()->endEdit()->value().has_value());
    QCOMPARE(shownAt(form.schedule(), QStringLiteral("end_time")), QStringLiteral("A LIFETIME budget needs an end time."));
    QCOMPARE(shownAt(form.budgetBid(), QStringLiteral("budget_type")), QString());
}

void TestAdGroupForm::zeroBudgetRefused()
{
    AdGroupForm form(context());
    form.show();
    fillValidCreate(form);
    retype(form.budgetBid()->budgetEdit()->lineEdit(), QStringLiteral("0"));
    QCOMPARE(shownAt(form.budgetBid(), QStringLiteral("budget_in_micro_currency")), QStringLiteral("The budget must be more than zero."));
    QCOMPARE(form.problems(), QStringList{QStringLiteral("The budget must be more than zero.")});
    form.tabs()->setCurrentIndex(1);
    saveScreenshot(&form, QStringLiteral("zero-budget"));
    retype(form.budgetBid()->budgetEdit()->lineEdit(), QStringLiteral("0.00"));
    QCOMPARE(shownAt(form.budgetBid(), QStringLiteral("budget_in_micro_currency")), QStringLiteral("The budget must be more than zero."));
    choose(form.budgetBid()->budgetTypeCombo(), QStringLiteral("LIFETIME"));
    QVERIFY(form.problems().contains(QStringLiteral("The budget must be more than zero.")));
    choose(form.budgetBid()->budgetTypeCombo(), QStringLiteral("DAILY"));
    retype(form.budgetBid()->budgetEdit()->lineEdit(), QStringLiteral("0.01"));
    QCOMPARE(shownAt(form.budgetBid(), QStringLiteral("budget_in_micro_currency")), QString());
    QVERIFY2(form.problems().isEmpty(), qPrintable(form.problems().join(QLatin1Char('|'))));

    // Editing: lowering an existing budget to zero is refused the same way.
    form.startEdit({activeAdGroup()});
    retype(form.budgetBid()->budgetEdit()->lineEdit(), QStringLiteral("0"));
    QCOMPARE(shownAt(form.budgetBid(), QStringLiteral("budget_in_micro_currency")), QStringLiteral("The budget must be more than zero."));
}

void TestAdGroupForm::newAdGroupStartsInAnActiveCampaign()
{
    const auto campaign = [](const char *id, const char *name, const char *status) {
        return Campaign::fromJson(QJsonObject{{QStringLiteral("id"), QLatin1String(id)},
                                              {QStringLiteral("name"), QLatin1String(name)},
                                              {QStringLiteral("status"), QLatin1String(status)},
                                              {QStringLiteral("objective_type"), QStringLiteral("CONSIDERATION")},
                                              {QStringLiteral("is_campaign_budget_optimization"), false}});
    };
    const Campaign draft = campaign("700000000001", "Holiday ideas", "DRAFT");
    const Campaign paused = campaign("700000000002", "Spring", "PAUSED");
    const Campaign active = campaign("700000000003", "Summer", "ACTIVE");
    const Campaign archived = campaign("700000000004", "Old", "ARCHIVED");
    const auto startingCampaign = [](const QList<Campaign> &campaigns) {
        AdGroupFormContext c = context();
        c.campaigns = campaigns;
        AdGroupForm form(c);
        form.show();
        form.startCreate();
        return form.basics()->campaignCombo()->currentData().toString();
    };
    QCOMPARE(startingCampaign({draft, paused, active}), QStringLiteral("700000000003"));
    QCOMPARE(startingCampaign({draft, archived, paused}), QStringLiteral("700000000002"));
    QCOMPARE(startingCampaign({draft, archived}), QStringLiteral("700000000001"));

    // A duplicate stays in its source's campaign.
    AdGroupFormContext c = context();
    c.campaigns = {draft, active, campaigns().constFirst()};
    AdGroupForm form(c);
    form.startDuplicate({activeAdGroup()});
    QCOMPARE(form.basics()->campaignCombo()->currentData().toString(), kCampaign);
}

void TestAdGroupForm::clearingWhatPinterestCannotClearIsRefused()
{
    // lifetime_frequency_cap may not be null in an update (openapi.yaml): clearing it cannot be
    // sent, so the form says so at the field instead of dropping the change silently.
    AdGroup capped = activeAdGroup();
    capped.lifetimeFrequencyCap = 5;
    capped.endTime = 1'900'000'000;
    AdGroupForm form(context());
    form.show();
    form.startEdit({capped});
    QCOMPARE(form.delivery()->frequencyCapSpin()->value(), 5);
    form.delivery()->frequencyCapSpin()->setFocus();
    form.delivery()->frequencyCapSpin()->selectAll();
    QTest::keyClick(form.delivery()->frequencyCapSpin(), Qt::Key_Backspace);
    QTest::keyClick(form.delivery()->frequencyCapSpin(), Qt::Key_0);
    QCOMPARE(form.delivery()->frequencyCapSpin()->value(), 0);
    QCOMPARE(shownAt(form.delivery(), QStringLiteral("lifetime_frequency_cap")),
             QStringLiteral("Pinterest cannot remove this from an existing ad group; keep a value."));
    QVERIFY(!form.problems().isEmpty());
    // Lowering it is fine.
    QTest::keyClick(form.delivery()->frequencyCapSpin(), Qt::Key_Backspace);
    QTest::keyClick(form.delivery()->frequencyCapSpin(), Qt::Key_3);
    QCOMPARE(shownAt(form.delivery(), QStringLiteral("lifetime_frequency_cap")), QString());
    QVERIFY2(form.problems().isEmpty(), qPrintable(form.problems().join(QLatin1Char('|'))));
    const QList<PendingChange> changes = form.changes();
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.constFirst().field, QStringLiteral("lifetime_frequency_cap"));
}

void TestAdGroupForm::endBeforeStart()
{
    AdGroupForm form(context());
    form.show();
    fillValidCreate(form);
    OptionalDateTimeEdit *start = form.schedule()->startEdit();
    OptionalDateTimeEdit *end = form.schedule()->endEdit();
    QTest::mouseClick(start->checkBox(), Qt::LeftButton);
    QTest::mouseClick(end->checkBox(), Qt::LeftButton);
    start->dateTimeEdit()->setDateTime(QDateTime(QDate(2031, 5, 10), QTime(9, 0)));
    end->dateTimeEdit()->setDateTime(QDateTime(QDate(2031, 5, 9), QTime(9, 0)));
    QCOMPARE(shownAt(form.schedule(), QStringLiteral("end_time")), QStringLiteral("The end must be after the start."));
    end->dateTimeEdit()->setDateTime(QDateTime(QDate(2031, 6, 9), QTime(9, 0)));
    QCOMPARE(shownAt(form.schedule(), QStringLiteral("end_time")), QString());
    // Stored as Unix seconds of that local moment.
    QCOMPARE(form.results().constFirst().endTime.value(), QDateTime(QDate(2031, 6, 9), QTime(9, 0)).toSecsSinceEpoch());
    QVERIFY(form.schedule()->timeZoneLabel()->text().contains(QStringLiteral("UTC")));
}

void TestAdGroupForm::bidNeededUnlessAutomatic()
{
    AdGroupForm form(context());
    form.show();
    fillValidCreate(form);
    choose(form.budgetBid()->bidStrategyCombo(), QStringLiteral("MAX_BID"));
    QCOMPARE(shownAt(form.budgetBid(), QStringLiteral("bid_in_micro_currency")),
             QStringLiteral("Enter a bid: only the automatic bid strategy works without one."));
    QTest::keyClicks(form.budgetBid()->bidEdit()->lineEdit(), QStringLiteral("1.75"));
    QCOMPARE(shownAt(form.budgetBid(), QStringLiteral("bid_in_micro_currency")), QString());
    QCOMPARE(form.results().constFirst().bidInMicroCurrency.value(), 1'750'000);
    choose(form.budgetBid()->bidStrategyCombo(), QStringLiteral("AUTOMATIC_BID"));
    retype(form.budgetBid()->bidEdit()->lineEdit(), QString());
    QVERIFY(form.problems().isEmpty());
}

void TestAdGroupForm::jpyBudgetWithDecimals()
{
    AdGroupForm form(context(Currency::jpy()));
    form.show();
    fillValidCreate(form);
    QTest::keyClicks(form.budgetBid()->budgetEdit()->lineEdit(), QStringLiteral(".5")); // "25.5"
    QCOMPARE(shownAt(form.budgetBid(), QStringLiteral("budget_in_micro_currency")), QStringLiteral("JPY amounts have no decimal places."));
    QCOMPARE(form.budgetBid()->budgetEdit()->lineEdit()->toolTip(), QStringLiteral("JPY amounts have no decimal places."));
    QVERIFY(form.problems().contains(QStringLiteral("JPY amounts have no decimal places.")));
    QTest::keyClick(form.budgetBid()->budgetEdit()->lineEdit(), Qt::Key_Backspace);
    QTest::keyClick(form.budgetBid()->budgetEdit()->lineEdit(), Qt::Key_Backspace);
    QVERIFY(form.problems().isEmpty());
    QCOMPARE(form.results().constFirst().budgetInMicroCurrency.value(), 25'000'000);
}

void TestAdGroupForm::invalidTrackingUrl()
{
    AdGroupForm form(context());
    form.show();
    fillValidCreate(form);
    QTest::keyClicks(form.trackingUrls()->editFor(QStringLiteral("click")), QStringLiteral("example.com/no-scheme"));
    QCOMPARE(shownAt(form.trackingUrls(), QStringLiteral("tracking_urls")),
             QStringLiteral("click: \"example.com/no-scheme\" is not a valid http(s) URL of at most 2,000 characters."));
    form.trackingUrls()->editFor(QStringLiteral("click"))->setPlainText(QStringLiteral("https://track.example.com/c?id=1"));
    QVERIFY(form.problems().isEmpty());
    QCOMPARE(form.results().constFirst().trackingUrls.value().click.value(), QStringList{QStringLiteral("https://track.example.com/c?id=1")});
}

void TestAdGroupForm::fourTrackingUrlsForOneEvent()
{
    AdGroupForm form(context());
    form.show();
    fillValidCreate(form);
    QPlainTextEdit *edit = form.trackingUrls()->editFor(QStringLiteral("impression"));
    for (int i = 1; i <= 4; ++i) {
        QTest::keyClicks(edit, QStringLiteral("https://pixel.example.com/%1").arg(i));
        if (i < 4)
            QTest::keyClick(edit, Qt::Key_Return);
    }
    QCOMPARE(shownAt(form.trackingUrls(), QStringLiteral("tracking_urls")), QStringLiteral("impression: at most 3 URLs (4 given)."));
    QTest::keyClick(edit, Qt::Key_Backspace); // ".../" of the fourth line stays: still 4
    QVERIFY(!form.problems().isEmpty());
    edit->setPlainText(QStringLiteral("https://pixel.example.com/1\nhttps://pixel.example.com/2\nhttps://pixel.example.com/3"));
    QVERIFY(form.problems().isEmpty());
}

void TestAdGroupForm::frequencyCapNeedsEnd()
{
    AdGroupForm form(context());
    form.show();
    fillValidCreate(form);
    choose(form.budgetBid()->billableEventCombo(), QStringLiteral("IMPRESSION"));
    form.delivery()->frequencyCapSpin()->setValue(4);
    QCOMPARE(shownAt(form.delivery(), QStringLiteral("lifetime_frequency_cap")), QStringLiteral("A lifetime frequency cap needs an end time."));
    QTest::mouseClick(form.schedule()->endEdit()->checkBox(), Qt::LeftButton);
    QCOMPARE(shownAt(form.delivery(), QStringLiteral("lifetime_frequency_cap")), QString());
    // CPM only.
    choose(form.budgetBid()->billableEventCombo(), QStringLiteral("CLICKTHROUGH"));
    QCOMPARE(shownAt(form.delivery(), QStringLiteral("lifetime_frequency_cap")),
             QStringLiteral("A lifetime frequency cap works only with the IMPRESSION billable event (CPM)."));
}

void TestAdGroupForm::draftOnlyFieldsDisabledOnActive()
{
    AdGroupForm form(context());
    form.show();
    form.startEdit({activeAdGroup()});
    for (QComboBox *combo : {form.budgetBid()->budgetTypeCombo(), form.budgetBid()->billableEventCombo()}) {
        QVERIFY(!combo->isEnabled());
        QCOMPARE(combo->toolTip(), QStringLiteral("Only DRAFT ad groups can change this (the ad group is ACTIVE)."));
    }
    QVERIFY(form.budgetBid()->budgetEdit()->isEnabled());

    AdGroup draft = activeAdGroup();
    draft.status = QStringLiteral("DRAFT");
    form.startEdit({draft});
    QVERIFY(form.budgetBid()->budgetTypeCombo()->isEnabled());
    QVERIFY(form.budgetBid()->billableEventCombo()->isEnabled());
    QVERIFY(form.budgetBid()->budgetTypeCombo()->toolTip().isEmpty());

    // One ACTIVE among DRAFTs locks them for all.
    form.startEdit({draft, activeAdGroup(QStringLiteral("2680060704747"))});
    QVERIFY(!form.budgetBid()->budgetTypeCombo()->isEnabled());
}

void TestAdGroupForm::okDisabledWhileProblems()
{
    AdGroupEditorDialog dialog(context());
    dialog.startCreate();
    dialog.show();
    QVERIFY(!dialog.okButton()->isEnabled());
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("summary"))->text().contains(QStringLiteral("problem")));
    fillValidCreate(*dialog.form());
    QVERIFY2(dialog.okButton()->isEnabled(), qPrintable(dialog.form()->problems().join(QLatin1Char('|'))));
    retype(dialog.form()->basics()->nameEdit(), QString());
    QVERIFY(!dialog.okButton()->isEnabled());
}

void TestAdGroupForm::editOneProducesExactlyTheChangedFields()
{
    AdGroupForm form(context());
    form.show();
    const AdGroup adGroup = activeAdGroup();
    form.startEdit({adGroup});
    QCOMPARE(form.mode(), AdGroupForm::Mode::EditOne);
    QCOMPARE(form.budgetBid()->budgetEdit()->lineEdit()->text(), QStringLiteral("10.00"));
    QVERIFY(form.changes().isEmpty());

    retype(form.budgetBid()->budgetEdit()->lineEdit(), QStringLiteral("12.5"));
    choose(form.budgetBid()->bidStrategyCombo(), QStringLiteral("AUTOMATIC_BID"));
    // Touched and put back: no change.
    QTest::keyClicks(form.basics()->nameEdit(), QStringLiteral("x"));
    QTest::keyClick(form.basics()->nameEdit(), Qt::Key_Backspace);

    QVERIFY2(form.problems().isEmpty(), qPrintable(form.problems().join(QLatin1Char('|'))));
    const QList<PendingChange> changes = form.changes();
    QCOMPARE(changes.size(), 2);
    QHash<QString, PendingChange> byField;
    for (const PendingChange &c : changes)
        byField.insert(c.field, c);
    const PendingChange budget = byField.value(QStringLiteral("budget_in_micro_currency"));
    QCOMPARE(budget.kind, PendingChange::Kind::Update);
    QCOMPARE(budget.adGroupId, QStringLiteral("2680060704746"));
    QCOMPARE(budget.adGroupName, QStringLiteral("Spring sale"));
    QCOMPARE(budget.adAccountId, kAccount);
    QCOMPARE(budget.before, QJsonValue(10'000'000));
    QCOMPARE(budget.after, QJsonValue(12'500'000));
    QCOMPARE(budget.baseUpdatedTime, 1'700'000'100);
    const PendingChange strategy = byField.value(QStringLiteral("bid_strategy_type"));
    QCOMPARE(strategy.before, QJsonValue(QStringLiteral("MAX_BID")));
    QCOMPARE(strategy.after, QJsonValue(QStringLiteral("AUTOMATIC_BID")));

    // Clearing a nullable field sends null; its "before" is the old value.
    retype(form.budgetBid()->bidEdit()->lineEdit(), QString());
    bool found = false;
    for (const PendingChange &c : form.changes()) {
        if (c.field == QLatin1String("bid_in_micro_currency")) {
            found = true;
            QCOMPARE(c.before, QJsonValue(2'000'000));
            QVERIFY(c.after.isNull());
        }
    }
    QVERIFY(found);
    QCOMPARE(form.description(), QStringLiteral("Edit ad group \"Spring sale\""));
}

void TestAdGroupForm::editManyTouchesOnlyTouchedFields()
{
    AdGroupForm form(context());
    form.show();
    AdGroup a = activeAdGroup(QStringLiteral("1001"), QStringLiteral("A"), 10'000'000);
    AdGroup b = activeAdGroup(QStringLiteral("1002"), QStringLiteral("B"), 20'000'000);
    AdGroup c = activeAdGroup(QStringLiteral("1003"), QStringLiteral("C"), 30'000'000);
    c.endTime = 1'800'000'000;
    form.startEdit({a, b, c});
    QCOMPARE(form.mode(), AdGroupForm::Mode::EditMany);

    // Differing fields show as mixed; equal ones show their value.
    QCOMPARE(form.basics()->nameEdit()->placeholderText(), QStringLiteral("(mixed)"));
    QVERIFY(form.budgetBid()->budgetEdit()->lineEdit()->text().isEmpty());
    QCOMPARE(form.budgetBid()->budgetEdit()->lineEdit()->placeholderText(), QStringLiteral("(mixed)"));
    QCOMPARE(form.budgetBid()->bidEdit()->lineEdit()->text(), QStringLiteral("2.00"));
    QCOMPARE(form.budgetBid()->bidStrategyCombo()->currentData().toString(), QStringLiteral("MAX_BID"));
    QVERIFY(form.schedule()->endEdit()->findChild<QLabel *>()->text().contains(QStringLiteral("mixed")));
    QVERIFY(form.changes().isEmpty());
    QVERIFY(form.problems().isEmpty());

    choose(form.basics()->statusCombo(), QStringLiteral("PAUSED"));
    retype(form.budgetBid()->bidEdit()->lineEdit(), QStringLiteral("2.40"));
    const QList<PendingChange> changes = form.changes();
    QCOMPARE(changes.size(), 6);
    QSet<QString> ids;
    for (const PendingChange &change : changes) {
        ids.insert(change.adGroupId);
        QVERIFY2(change.field == QLatin1String("status") || change.field == QLatin1String("bid_in_micro_currency"),
                 qPrintable(change.field));
        if (change.field == QLatin1String("status")) {
            QCOMPARE(change.before, QJsonValue(QStringLiteral("ACTIVE")));
            QCOMPARE(change.after, QJsonValue(QStringLiteral("PAUSED")));
        } else {
            QCOMPARE(change.after, QJsonValue(2'400'000));
        }
    }
    QCOMPARE(ids, (QSet<QString>{QStringLiteral("1001"), QStringLiteral("1002"), QStringLiteral("1003")}));
    // The mixed budgets and end times stay as they were.
    const QList<AdGroup> results = form.results();
    QCOMPARE(results.at(0).budgetInMicroCurrency.value(), 10'000'000);
    QCOMPARE(results.at(1).budgetInMicroCurrency.value(), 20'000'000);
    QCOMPARE(results.at(2).endTime.value(), 1'800'000'000);
    QVERIFY(results.at(0).endTime.isNull());
    QCOMPARE(form.description(), QStringLiteral("Edit 3 ad groups"));

    // A rule that fails for some of them says for how many.
    retype(form.budgetBid()->budgetEdit()->lineEdit(), QStringLiteral("15"));
    form.delivery()->frequencyCapSpin()->setValue(3);
    QCOMPARE(shownAt(form.delivery(), QStringLiteral("lifetime_frequency_cap")),
             QStringLiteral("2 of 3 ad groups: A lifetime frequency cap needs an end time."));
}

void TestAdGroupForm::createBodyWithFullTargetingPassesBodyCheck()
{
    AdGroupForm form(context());
    form.show();
    QCOMPARE(form.mode(), AdGroupForm::Mode::Create);
    QTest::keyClicks(form.basics()->nameEdit(), QStringLiteral("Autumn boots - women 25-54"));
    choose(form.basics()->campaignCombo(), kCampaign);
    choose(form.budgetBid()->budgetTypeCombo(), QStringLiteral("LIFETIME"));
    QTest::keyClicks(form.budgetBid()->budgetEdit()->lineEdit(), QStringLiteral("1,500.75"));
    choose(form.budgetBid()->billableEventCombo(), QStringLiteral("IMPRESSION"));
    choose(form.budgetBid()->bidStrategyCombo(), QStringLiteral("TARGET_AVG"));
    QTest::keyClicks(form.budgetBid()->bidEdit()->lineEdit(), QStringLiteral("3.10"));
    QTest::mouseClick(form.schedule()->startEdit()->checkBox(), Qt::LeftButton);
    QTest::mouseClick(form.schedule()->endEdit()->checkBox(), Qt::LeftButton);
    choose(form.delivery()->placementCombo(), QStringLiteral("BROWSE"));
    form.delivery()->frequencyCapSpin()->setValue(5);
    QTest::keyClicks(form.delivery()->promotionIdEdit(), QStringLiteral("123456"));
    choose(form.delivery()->promotionLevelCombo(), QStringLiteral("AD_GROUP"));
    form.optimizationGoal()->frequencyGroup()->setChecked(true);
    form.optimizationGoal()->frequencySpin()->setValue(4);
    QTest::keyClicks(form.trackingUrls()->editFor(QStringLiteral("click")), QStringLiteral("https://track.example.com/c"));
    TargetingSpecEditor *targeting = form.targeting()->specEditor();
    targeting->locationEditor()->setCountries({QStringLiteral("US"), QStringLiteral("CA")});
    targeting->ageRangeEditor()->setRange(QStringLiteral("25"), QStringLiteral("54"));
    QVERIFY2(form.problems().isEmpty(), qPrintable(form.problems().join(QLatin1Char('|'))));

    const QList<PendingChange> changes = form.changes();
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.constFirst().kind, PendingChange::Kind::Create);
    QCOMPARE(changes.constFirst().adAccountId, kAccount);
    const QJsonObject body = changes.constFirst().createBody;
    QCOMPARE(messagesOf(checkAdGroupBody(body, AdGroupRequestKind::Create)), QStringList());
    QCOMPARE(body.value(QLatin1String("name")).toString(), QStringLiteral("Autumn boots - women 25-54"));
    QCOMPARE(body.value(QLatin1String("campaign_id")).toString(), kCampaign);
    QCOMPARE(body.value(QLatin1String("budget_in_micro_currency")).toInteger(), 1'500'750'000);
    QCOMPARE(body.value(QLatin1String("bid_in_micro_currency")).toInteger(), 3'100'000);
    QCOMPARE(body.value(QLatin1String("budget_type")).toString(), QStringLiteral("LIFETIME"));
    QCOMPARE(body.value(QLatin1String("lifetime_frequency_cap")).toInteger(), 5);
    QCOMPARE(body.value(QLatin1String("placement_group")).toString(), QStringLiteral("BROWSE"));
    QCOMPARE(body.value(QLatin1String("promotion_id")).toString(), QStringLiteral("123456"));
    QVERIFY(body.value(QLatin1String("end_time")).toInteger() > body.value(QLatin1String("start_time")).toInteger());
    const QJsonObject spec = body.value(QLatin1String("targeting_spec")).toObject();
    QCOMPARE(spec.value(QLatin1String("LOCATION")).toArray(), (QJsonArray{QStringLiteral("US"), QStringLiteral("CA")}));
    QCOMPARE(spec.value(QLatin1String("MINIMUM_AGE")).toString(), QStringLiteral("25"));
    QCOMPARE(body.value(QLatin1String("optimization_goal_metadata")).toObject().value(QLatin1String("frequency_goal_metadata")).toObject()
                 .value(QLatin1String("frequency")).toInt(),
             4);
    QVERIFY(!body.contains(QLatin1String("id")));
    QVERIFY(!body.contains(QLatin1String("bid_multiplier")));
    QCOMPARE(form.description(), QStringLiteral("Create ad group \"Autumn boots - women 25-54\""));
}

void TestAdGroupForm::duplicateDropsReadOnlyFieldsAndSuffixesName()
{
    AdGroupForm form(context());
    form.show();
    const AdGroup source = activeAdGroup();
    form.startDuplicate({source});
    QCOMPARE(form.mode(), AdGroupForm::Mode::Create);
    QVERIFY(form.isDuplicate());
    QCOMPARE(form.basics()->nameEdit()->text(), QStringLiteral("Spring sale (copy)"));
    QVERIFY(form.basics()->campaignCombo()->isEnabled());
    QVERIFY(form.budgetBid()->budgetTypeCombo()->isEnabled());
    QVERIFY2(form.problems().isEmpty(), qPrintable(form.problems().join(QLatin1Char('|'))));

    const QJsonObject body = form.changes().constFirst().createBody;
    QCOMPARE(messagesOf(checkAdGroupBody(body, AdGroupRequestKind::Create)), QStringList());
    for (const char *readOnly : {"id", "ad_account_id", "summary_status", "created_time", "updated_time", "type",
                                 "feed_profile_id", "dca_assets"})
        QVERIFY2(!body.contains(QLatin1String(readOnly)), readOnly);
    // Everything else is the source's, unchanged; a null of the source may be left out, which
    // means the same when creating.
    auto withoutNulls = [](QJsonObject object) {
        for (const QString &key : object.keys()) {
            if (object.value(key).isNull())
                object.remove(key);
        }
        return object;
    };
    QJsonObject expected = source.createBody();
    expected.insert(QStringLiteral("name"), QStringLiteral("Spring sale (copy)"));
    QCOMPARE(withoutNulls(body), withoutNulls(expected));

    // Duplicating several: one create each, names suffixed, a touched field set on all.
    form.startDuplicate({source, activeAdGroup(QStringLiteral("2680060704747"), QStringLiteral("Summer sale"), 5'000'000)});
    choose(form.basics()->statusCombo(), QStringLiteral("PAUSED"));
    const QList<PendingChange> creates = form.changes();
    QCOMPARE(creates.size(), 2);
    QCOMPARE(creates.at(1).createBody.value(QLatin1String("name")).toString(), QStringLiteral("Summer sale (copy)"));
    QCOMPARE(creates.at(1).createBody.value(QLatin1String("budget_in_micro_currency")).toInteger(), 5'000'000);
    for (const PendingChange &create : creates) {
        QCOMPARE(create.createBody.value(QLatin1String("status")).toString(), QStringLiteral("PAUSED"));
        QCOMPARE(messagesOf(checkAdGroupBody(create.createBody, AdGroupRequestKind::Create)), QStringList());
    }
    QCOMPARE(form.description(), QStringLiteral("Create 2 ad groups"));
}

void TestAdGroupForm::duplicatingSeveralLeavesOutNullsTheCreateSchemaForbids()
{
    // Sources as Pinterest returns them: bid_multiplier null (as in the spec's own example) and
    // auto_targeting_enabled null. Edited together, the form writes neither, so the nulls would
    // reach the create bodies, which Pinterest refuses.
    AdGroup first = activeAdGroup(QStringLiteral("2680060704746"), QStringLiteral("Cozy Bedroom | Parents | Search"));
    first.bidMultiplier.setNull();
    first.autoTargetingEnabled.setNull();
    AdGroup second = activeAdGroup(QStringLiteral("2680060704747"), QStringLiteral("Outdoor Lighting | Newlyweds | All Placements"));
    second.bidMultiplier.setNull();
    AdGroupEditorDialog dialog(context());
    QUndoStack stack;
    ChangeSet changeSet(nullptr);
    dialog.setRecordTarget(&stack, &changeSet);
    dialog.startDuplicate({first, second});
    dialog.show();
    QVERIFY(dialog.okButton()->isEnabled());
    QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const QList<PendingChange> creates = changeSet.changes();
    QCOMPARE(creates.size(), 2);
    for (const PendingChange &create : creates) {
        QVERIFY(!create.createBody.contains(QLatin1String("bid_multiplier")));
        QVERIFY(!create.createBody.contains(QLatin1String("auto_targeting_enabled")) || create.createBody.value(QLatin1String("auto_targeting_enabled")).isBool());
        QCOMPARE(messagesOf(checkAdGroupBody(create.createBody, AdGroupRequestKind::Create)), QStringList());
    }
}

void TestAdGroupForm::dialogRecordsOneUndoStep()
{
    QUndoStack stack;
    ChangeSet changeSet(nullptr);
    AdGroupEditorDialog dialog(context());
    dialog.setRecordTarget(&stack, &changeSet);
    dialog.startEdit({activeAdGroup(QStringLiteral("1001"), QStringLiteral("A")), activeAdGroup(QStringLiteral("1002"), QStringLiteral("B")),
                      activeAdGroup(QStringLiteral("1003"), QStringLiteral("C"))});
    dialog.show();
    choose(dialog.form()->basics()->statusCombo(), QStringLiteral("PAUSED"));
    retype(dialog.form()->budgetBid()->budgetEdit()->lineEdit(), QStringLiteral("11"));
    QVERIFY(dialog.okButton()->isEnabled());
    QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(stack.count(), 1);
    QCOMPARE(stack.text(0), QStringLiteral("Edit 3 ad groups"));
    QCOMPARE(changeSet.count(), 6);
    QCOMPARE(dialog.changes().size(), 6);
    QCOMPARE(changeSet.changes().constFirst().id, dialog.changes().constFirst().id);
    stack.undo();
    QCOMPARE(changeSet.count(), 0);
    stack.redo();
    QCOMPARE(changeSet.count(), 6);

    AdGroupEditorDialog create(context());
    create.setRecordTarget(&stack, &changeSet);
    create.startCreate();
    create.show();
    fillValidCreate(*create.form());
    QTest::mouseClick(create.okButton(), Qt::LeftButton);
    QCOMPARE(stack.count(), 2);
    QCOMPARE(stack.text(1), QStringLiteral("Create ad group \"Autumn boots\""));
    QCOMPARE(changeSet.count(), 7);
}

void TestAdGroupForm::screenshots()
{
    const QString dir = qEnvironmentVariable("PINSTRIPE_TEST_ARTIFACTS");
    if (dir.isEmpty())
        QSKIP("PINSTRIPE_TEST_ARTIFACTS is not set");
    AdGroupEditorDialog dialog(context());
    AdGroup source = activeAdGroup();
    source.endTime = 1'800'000'000;
    source.trackingUrls = TrackingUrls::fromJson(json(R"({"click":["https://track.example.com/c?id=1"]})"));
    dialog.startEdit({source});
    dialog.resize(820, 700);
    dialog.show();
    retype(dialog.form()->budgetBid()->budgetEdit()->lineEdit(), QStringLiteral("12.345")); // refused: shown at the field
    choose(dialog.form()->budgetBid()->bidStrategyCombo(), QStringLiteral("TARGET_AVG"));
    dialog.form()->optimizationGoal()->frequencyGroup()->setChecked(true);
    QTest::keyClicks(dialog.form()->trackingUrls()->editFor(QStringLiteral("impression")), QStringLiteral("not a url"));
    const QStringList names = {QStringLiteral("general"), QStringLiteral("budget-bid"), QStringLiteral("schedule"),
                               QStringLiteral("delivery"), QStringLiteral("optimization-goal"), QStringLiteral("tracking-urls"),
                               QStringLiteral("targeting")};
    QCOMPARE(dialog.form()->tabs()->count(), names.size());
    for (int i = 0; i < names.size(); ++i) {
        dialog.form()->tabs()->setCurrentIndex(i);
        QApplication::processEvents(); // pending layout requests, so the picture is current
        QVERIFY(dialog.grab().save(dir + QStringLiteral("/adgroupeditor-") + names.at(i) + QStringLiteral(".png")));
    }
    AdGroupEditorDialog many(context());
    many.startEdit({activeAdGroup(QStringLiteral("1001"), QStringLiteral("A"), 10'000'000),
                    activeAdGroup(QStringLiteral("1002"), QStringLiteral("B"), 20'000'000)});
    many.resize(820, 700);
    many.show();
    many.form()->tabs()->setCurrentIndex(1);
    QApplication::processEvents(); // pending layout requests, so the picture is current
    QVERIFY(many.grab().save(dir + QStringLiteral("/adgroupeditor-edit-many-budget-bid.png")));
}

QTEST_MAIN(TestAdGroupForm)
#include "tst_adgroupform.moc"
