// The bulk edit dialog, offscreen: +15% on 100 budgets in USD, EUR and JPY with rounding to the
// minor unit, amounts up and down, refusals in the ad group rules' words (below zero, zero, too large, mixed budget types), end-date shifts,
// one undo step for the whole edit, targeting presets saved, applied and deleted, a screenshot.
#include "../englishtexts.h"
#include "editortestdata.h"

#include "ui/editor/bulkeditdialog.h"
#include "ui/editor/bulkeditplan.h"
#include "ui/editor/moneyadjustmentedit.h"
#include "ui/editor/targetingpresetpanel.h"
#include "ui/targeting/locationeditor.h"
#include "ui/targeting/targetingspeceditor.h"

#include "core/changes/changeset.h"
#include "core/changes/targetingpresetstore.h"
#include "core/rules/adgroupbodyrules.h"
#include "core/rules/adgroupeditrules.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace pinstripe;
using namespace editortest;

namespace {

/** @p count ad groups "AG 0".."AG n" whose budgets cycle through @p budgets. */
QList<AdGroup> adGroups(int count, const QList<qint64> &budgets)
{
    QList<AdGroup> list;
    for (int i = 0; i < count; ++i)
        list << activeAdGroup(QString::number(3000000000000LL + i), QStringLiteral("AG %1").arg(i), budgets.at(i % budgets.size()));
    return list;
}

void enterAdjustment(MoneyAdjustmentEdit *edit, MoneyAdjustmentEdit::Operation operation, MoneyAdjustmentEdit::Unit unit,
                     const QString &text)
{
    edit->setOperation(operation);
    edit->setUnit(unit);
    edit->valueEdit()->clear();
    QTest::keyClicks(edit->valueEdit(), text);
}

QHash<QString, PendingChange> byAdGroup(const QList<PendingChange> &changes, const QString &field)
{
    QHash<QString, PendingChange> map;
    for (const PendingChange &change : changes) {
        if (change.field == field)
            map.insert(change.adGroupId, change);
    }
    return map;
}

} // namespace

class TestBulkEditDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void raiseBudgetsByFifteenPercent_data();
    void raiseBudgetsByFifteenPercent();
    void amountsUpAndDown();
    void belowZeroRefused();
    void zeroAndTooLargeRefused();
    void mixedBudgetTypesRefused();
    void endDateShiftAndSet();
    void undoWholeBulkEditInOneStep();
    void presetSaveApplyDeleteRoundTrip();
    void screenshot();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TargetingPresetStore> m_presets;
};

void TestBulkEditDialog::initTestCase()
{
    pinstripe::testing::useEnglishTexts();
    QLocale::setDefault(QLocale::c());
}

void TestBulkEditDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_presets = std::make_unique<TargetingPresetStore>(m_dir->filePath(QStringLiteral("presets.ini")));
}

void TestBulkEditDialog::raiseBudgetsByFifteenPercent_data()
{
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QList<qint64>>("before");
    QTest::addColumn<QList<qint64>>("after");
    QTest::addColumn<QString>("preview");
    // Expected values worked out by hand: x × 1.15, rounded to the minor unit, halves away from zero.
    QTest::newRow("USD") << QStringLiteral("USD")
                         << QList<qint64>{10'000'000, 10'010'000, 70'000, 33'330'000, 12'345'670'000}
                         << QList<qint64>{11'500'000, 11'510'000, 80'000, 38'330'000, 14'197'520'000} // 11.5115→11.51, 0.0805→0.08, 38.3295→38.33, 14197.5205→14197.52
                         << QStringLiteral("Budget, 100 ad groups: $10.00 → $11.50, $10.01 → $11.51, $0.07 → $0.08, …");
    QTest::newRow("EUR") << QStringLiteral("EUR")
                         << QList<qint64>{3'330'000, 100'000'000, 10'000, 990'000}
                         << QList<qint64>{3'830'000, 115'000'000, 10'000, 1'140'000} // 3.8295→3.83, 0.0115→0.01, 1.1385→1.14
                         << QString();
    QTest::newRow("JPY") << QStringLiteral("JPY")
                         << QList<qint64>{1'001'000'000, 1'003'000'000, 1'010'000'000, 10'000'000}
                         << QList<qint64>{1'151'000'000, 1'153'000'000, 1'162'000'000, 12'000'000} // 1151.15→1151, 1153.45→1153, 1161.5→1162, 11.5→12
                         << QString();
}

void TestBulkEditDialog::raiseBudgetsByFifteenPercent()
{
    QFETCH(QString, currency);
    QFETCH(QList<qint64>, before);
    QFETCH(QList<qint64>, after);
    QFETCH(QString, preview);
    const QList<AdGroup> selection = adGroups(100, before);
    BulkEditDialog dialog(selection, Currency(currency), m_presets.get());
    dialog.show();
    QVERIFY(!dialog.okButton()->isEnabled());
    dialog.budgetGroup()->setChecked(true);
    enterAdjustment(dialog.budgetEdit(), MoneyAdjustmentEdit::Operation::Raise, MoneyAdjustmentEdit::Unit::Percent, QStringLiteral("15"));
    QVERIFY2(dialog.problems().isEmpty(), qPrintable(dialog.problems().join(QLatin1Char('|'))));
    QVERIFY(dialog.okButton()->isEnabled());

    const QList<PendingChange> changes = dialog.changes();
    QCOMPARE(changes.size(), before.contains(10'000) && currency == QLatin1String("EUR") ? 75 : 100); // €0.01 stays €0.01
    const auto map = byAdGroup(changes, QStringLiteral("budget_in_micro_currency"));
    for (int i = 0; i < selection.size(); ++i) {
        const qint64 was = before.at(i % before.size());
        const qint64 will = after.at(i % after.size());
        const QString id = selection.at(i).id.value();
        if (was == will) {
            QVERIFY(!map.contains(id));
            continue;
        }
        QVERIFY2(map.contains(id), qPrintable(id));
        QCOMPARE(map.value(id).before, QJsonValue(was));
        QCOMPARE(map.value(id).after, QJsonValue(will));
        QCOMPARE(map.value(id).baseUpdatedTime, 1'700'000'100);
        QCOMPARE(map.value(id).adAccountId, kAccount);
    }
    if (!preview.isEmpty())
        QVERIFY2(dialog.previewLabel()->text().startsWith(preview), qPrintable(dialog.previewLabel()->text()));
    QCOMPARE(dialog.outcome().description, QStringLiteral("Bulk edit of 100 ad groups: budget +15%"));
}

void TestBulkEditDialog::amountsUpAndDown()
{
    const QList<AdGroup> selection = adGroups(4, {10'000'000, 2'500'000});
    BulkEditDialog dialog(selection, Currency::usd(), m_presets.get());
    dialog.show();
    dialog.budgetGroup()->setChecked(true);
    enterAdjustment(dialog.budgetEdit(), MoneyAdjustmentEdit::Operation::Raise, MoneyAdjustmentEdit::Unit::Amount, QStringLiteral("1.25"));
    auto map = byAdGroup(dialog.changes(), QStringLiteral("budget_in_micro_currency"));
    QCOMPARE(map.value(selection.at(0).id.value()).after, QJsonValue(11'250'000));
    QCOMPARE(map.value(selection.at(1).id.value()).after, QJsonValue(3'750'000));

    enterAdjustment(dialog.budgetEdit(), MoneyAdjustmentEdit::Operation::Lower, MoneyAdjustmentEdit::Unit::Amount, QStringLiteral("2.40"));
    map = byAdGroup(dialog.changes(), QStringLiteral("budget_in_micro_currency"));
    QCOMPARE(map.value(selection.at(0).id.value()).after, QJsonValue(7'600'000));
    QCOMPARE(map.value(selection.at(1).id.value()).after, QJsonValue(100'000));
    QVERIFY(dialog.okButton()->isEnabled());
    // Down to exactly zero is refused, in the form's words (zeroAndTooLargeRefused).
    enterAdjustment(dialog.budgetEdit(), MoneyAdjustmentEdit::Operation::Lower, MoneyAdjustmentEdit::Unit::Amount, QStringLiteral("2.50"));
    QCOMPARE(dialog.problems(), QStringList{QStringLiteral("\"AG 1\", \"AG 3\": The budget must be more than zero.")});
    QVERIFY(!dialog.okButton()->isEnabled());

    // Setting works with amounts only (the unit is forced to the currency).
    enterAdjustment(dialog.budgetEdit(), MoneyAdjustmentEdit::Operation::SetTo, MoneyAdjustmentEdit::Unit::Percent, QStringLiteral("8"));
    QVERIFY(!dialog.budgetEdit()->unitCombo()->isEnabled());
    QCOMPARE(dialog.changes().size(), 4);
    QCOMPARE(dialog.changes().constFirst().after, QJsonValue(8'000'000));

    // Bids: lower by 10%; an entry with too many decimals is refused with the reason.
    dialog.budgetGroup()->setChecked(false);
    dialog.bidGroup()->setChecked(true);
    enterAdjustment(dialog.bidEdit(), MoneyAdjustmentEdit::Operation::Lower, MoneyAdjustmentEdit::Unit::Percent, QStringLiteral("10"));
    QCOMPARE(dialog.changes().size(), 4);
    QCOMPARE(dialog.changes().constFirst().field, QStringLiteral("bid_in_micro_currency"));
    QCOMPARE(dialog.changes().constFirst().after, QJsonValue(1'800'000));
    enterAdjustment(dialog.bidEdit(), MoneyAdjustmentEdit::Operation::Lower, MoneyAdjustmentEdit::Unit::Amount, QStringLiteral("0.125"));
    QCOMPARE(dialog.problems(), QStringList{QStringLiteral("Bid: USD amounts have at most 2 decimal places.")});
    QVERIFY(!dialog.okButton()->isEnabled());
}

void TestBulkEditDialog::belowZeroRefused()
{
    const QList<AdGroup> selection = adGroups(5, {30'000'000, 10'000'000});
    BulkEditDialog dialog(selection, Currency::usd(), m_presets.get());
    dialog.show();
    dialog.budgetGroup()->setChecked(true);
    enterAdjustment(dialog.budgetEdit(), MoneyAdjustmentEdit::Operation::Lower, MoneyAdjustmentEdit::Unit::Amount, QStringLiteral("20"));
    QCOMPARE(dialog.problems(), QStringList{QStringLiteral("\"AG 1\", \"AG 3\": The budget cannot be negative.")});
    QVERIFY(dialog.changes().isEmpty());
    QVERIFY(!dialog.okButton()->isEnabled());
    QVERIFY(dialog.previewLabel()->text().contains(QStringLiteral("The budget cannot be negative.")));
    // The rule's own message: the form and the check before sending say the same for a negative budget.
    AdGroup negative = selection.at(1);
    negative.budgetInMicroCurrency = -10'000'000;
    const RuleViolations form = checkAdGroupEdit(negative, &selection.at(1), nullptr);
    QCOMPARE(form.size(), 1);
    QVERIFY(dialog.problems().constFirst().endsWith(QStringLiteral(": ") + form.constFirst().message));
    const RuleViolations sent = checkAdGroupBody(AdGroup::updateBody(selection.at(1), negative), AdGroupRequestKind::Update);
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.constFirst().message, form.constFirst().message);

    enterAdjustment(dialog.budgetEdit(), MoneyAdjustmentEdit::Operation::Lower, MoneyAdjustmentEdit::Unit::Percent, QStringLiteral("120"));
    QCOMPARE(dialog.problems(),
             QStringList{QStringLiteral("\"AG 0\", \"AG 1\", \"AG 2\" and 2 more: The budget cannot be negative.")});
}

void TestBulkEditDialog::zeroAndTooLargeRefused()
{
    const QList<AdGroup> selection = adGroups(2, {30'000'000});
    BulkEditDialog dialog(selection, Currency::usd(), m_presets.get());
    dialog.show();
    dialog.budgetGroup()->setChecked(true);
    // A zero budget delivers nothing: refused as in the form.
    enterAdjustment(dialog.budgetEdit(), MoneyAdjustmentEdit::Operation::Lower, MoneyAdjustmentEdit::Unit::Percent, QStringLiteral("100"));
    QCOMPARE(dialog.problems(), QStringList{QStringLiteral("\"AG 0\", \"AG 1\": The budget must be more than zero.")});
    QVERIFY(dialog.changes().isEmpty());
    QVERIFY(!dialog.okButton()->isEnabled());

    // A result beyond what micro-units can hold.
    enterAdjustment(dialog.budgetEdit(), MoneyAdjustmentEdit::Operation::Raise, MoneyAdjustmentEdit::Unit::Amount,
                    QStringLiteral("9223372036854"));
    QCOMPARE(dialog.problems(), QStringList{QStringLiteral("\"AG 0\", \"AG 1\": The result would be too large.")});
    QVERIFY(dialog.changes().isEmpty());
}

void TestBulkEditDialog::mixedBudgetTypesRefused()
{
    QList<AdGroup> selection = adGroups(4, {10'000'000});
    selection[2].budgetType = QStringLiteral("LIFETIME");
    selection[2].endTime = 1'800'000'000;
    BulkEditDialog dialog(selection, Currency::usd(), m_presets.get());
    dialog.show();
    dialog.budgetGroup()->setChecked(true);
    enterAdjustment(dialog.budgetEdit(), MoneyAdjustmentEdit::Operation::Raise, MoneyAdjustmentEdit::Unit::Percent, QStringLiteral("15"));
    QCOMPARE(dialog.problems(),
             QStringList{QStringLiteral("The selection mixes budget types (DAILY, LIFETIME): a budget edit would mean different things "
                                        "for them. Select ad groups of one budget type.")});
    QVERIFY(!dialog.okButton()->isEnabled());
    QVERIFY(dialog.changes().isEmpty());

    // Other edits of the same selection are fine.
    dialog.budgetGroup()->setChecked(false);
    dialog.statusGroup()->setChecked(true);
    dialog.statusCombo()->setCurrentIndex(dialog.statusCombo()->findData(QStringLiteral("PAUSED")));
    QVERIFY(dialog.problems().isEmpty());
    QCOMPARE(dialog.changes().size(), 4);
    QVERIFY(dialog.okButton()->isEnabled());
}

void TestBulkEditDialog::endDateShiftAndSet()
{
    QList<AdGroup> selection = adGroups(3, {10'000'000});
    selection[0].endTime = 1'800'000'000;
    selection[1].endTime = 1'800'086'400;
    // selection[2] has no end (null)
    BulkEditDialog dialog(selection, Currency::usd(), m_presets.get());
    dialog.show();
    dialog.endGroup()->setChecked(true);
    dialog.shiftEndRadio()->setChecked(true);
    dialog.shiftDaysSpin()->setValue(7);
    auto map = byAdGroup(dialog.changes(), QStringLiteral("end_time"));
    QCOMPARE(map.size(), 2);
    QCOMPARE(map.value(selection.at(0).id.value()).after, QJsonValue(1'800'000'000 + 7 * 86'400));
    QCOMPARE(map.value(selection.at(1).id.value()).before, QJsonValue(1'800'086'400));
    QCOMPARE(map.value(selection.at(1).id.value()).after, QJsonValue(1'800'086'400 + 7 * 86'400));
    QVERIFY2(dialog.previewLabel()->text().contains(QStringLiteral("1 ad group without an end date: left without one.")),
             qPrintable(dialog.previewLabel()->text()));

    // A shift that ends before the start is refused.
    dialog.shiftDaysSpin()->setValue(-2000);
    QCOMPARE(dialog.problems().size(), 1);
    QVERIFY2(dialog.problems().constFirst().endsWith(QStringLiteral(": The end must be after the start.")),
             qPrintable(dialog.problems().constFirst()));

    dialog.setEndRadio()->setChecked(true);
    const QDateTime end(QDate(2030, 12, 31), QTime(23, 0));
    dialog.endEdit()->setDateTime(end);
    map = byAdGroup(dialog.changes(), QStringLiteral("end_time"));
    QCOMPARE(map.size(), 3);
    QCOMPARE(map.value(selection.at(2).id.value()).before, QJsonValue());
    QCOMPARE(map.value(selection.at(2).id.value()).after, QJsonValue(end.toSecsSinceEpoch()));
}

void TestBulkEditDialog::undoWholeBulkEditInOneStep()
{
    QUndoStack stack;
    ChangeSet changeSet(nullptr);
    const QList<AdGroup> selection = adGroups(100, {10'000'000, 20'000'000});
    BulkEditDialog dialog(selection, Currency::usd(), m_presets.get());
    dialog.setRecordTarget(&stack, &changeSet);
    dialog.show();
    dialog.budgetGroup()->setChecked(true);
    enterAdjustment(dialog.budgetEdit(), MoneyAdjustmentEdit::Operation::Raise, MoneyAdjustmentEdit::Unit::Percent, QStringLiteral("15"));
    dialog.statusGroup()->setChecked(true);
    dialog.statusCombo()->setCurrentIndex(dialog.statusCombo()->findData(QStringLiteral("PAUSED")));
    QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(changeSet.count(), 200);
    QCOMPARE(stack.count(), 1);
    QCOMPARE(stack.text(0), QStringLiteral("Bulk edit of 100 ad groups: status PAUSED, budget +15%"));
    const auto recorded = byAdGroup(changeSet.changes(), QStringLiteral("budget_in_micro_currency"));
    QCOMPARE(recorded.value(selection.at(1).id.value()).after, QJsonValue(23'000'000));
    stack.undo();
    QCOMPARE(changeSet.count(), 0);
    stack.redo();
    QCOMPARE(changeSet.count(), 200);
}

void TestBulkEditDialog::presetSaveApplyDeleteRoundTrip()
{
    const QList<AdGroup> selection = adGroups(3, {10'000'000});
    {
        BulkEditDialog dialog(selection, Currency::usd(), m_presets.get());
        dialog.show();
        dialog.findChild<QTabWidget *>()->setCurrentIndex(1);
        TargetingPresetPanel *panel = dialog.targetingPanel();
        QCOMPARE(panel->presetCombo()->count(), 0);
        QVERIFY(!panel->saveButton()->isEnabled());
        panel->editor()->locationEditor()->setCountries({QStringLiteral("DE"), QStringLiteral("AT"), QStringLiteral("CH")});
        QTest::keyClicks(panel->nameEdit(), QStringLiteral("DACH"));
        QTest::mouseClick(panel->saveButton(), Qt::LeftButton);
        QCOMPARE(m_presets->names(), QStringList{QStringLiteral("DACH")});
        QCOMPARE(panel->presetCombo()->currentText(), QStringLiteral("DACH"));
    }
    // A later bulk edit applies the saved preset.
    BulkEditDialog dialog(selection, Currency::usd(), m_presets.get());
    dialog.show();
    dialog.findChild<QTabWidget *>()->setCurrentIndex(1);
    TargetingPresetPanel *panel = dialog.targetingPanel();
    QCOMPARE(panel->presetCombo()->currentText(), QStringLiteral("DACH"));
    QTest::mouseClick(panel->loadButton(), Qt::LeftButton);
    QCOMPARE(panel->spec().location.value(), (QStringList{QStringLiteral("DE"), QStringLiteral("AT"), QStringLiteral("CH")}));
    dialog.applyTargetingCheck()->setChecked(true);
    QVERIFY2(dialog.problems().isEmpty(), qPrintable(dialog.problems().join(QLatin1Char('|'))));
    const auto map = byAdGroup(dialog.changes(), QStringLiteral("targeting_spec"));
    QCOMPARE(map.size(), 3);
    const PendingChange change = map.value(selection.at(0).id.value());
    QCOMPARE(change.before, QJsonValue(json(R"({"LOCATION":["US"],"GENDER":["female"]})")));
    QCOMPARE(change.after, QJsonValue(json(R"({"LOCATION":["DE","AT","CH"]})")));
    QCOMPARE(dialog.outcome().description, QStringLiteral("Bulk edit of 3 ad groups: targeting \"DACH\""));

    // An empty spec is refused with the builder's reason.
    panel->setSpec({});
    QCOMPARE(dialog.problems(), QStringList{QStringLiteral("Targeting: Choose at least one country, DMA, region or postal code.")});
    QVERIFY(!dialog.okButton()->isEnabled());

    panel->deleteButton()->click();
    QVERIFY(m_presets->names().isEmpty());
    QCOMPARE(panel->presetCombo()->count(), 0);
    QVERIFY(!panel->loadButton()->isEnabled());
}

void TestBulkEditDialog::screenshot()
{
    const QString dir = qEnvironmentVariable("PINSTRIPE_TEST_ARTIFACTS");
    if (dir.isEmpty())
        QSKIP("PINSTRIPE_TEST_ARTIFACTS is not set");
    QList<AdGroup> selection = adGroups(32, {10'000'000, 25'000'000, 7'990'000});
    selection[5].endTime = 1'800'000'000;
    TargetingSpec preset;
    preset.location = QStringList{QStringLiteral("US"), QStringLiteral("CA")};
    QVERIFY(m_presets->save(QStringLiteral("North America"), preset));
    BulkEditDialog dialog(selection, Currency::usd(), m_presets.get());
    dialog.show();
    dialog.statusGroup()->setChecked(true);
    dialog.budgetGroup()->setChecked(true);
    enterAdjustment(dialog.budgetEdit(), MoneyAdjustmentEdit::Operation::Raise, MoneyAdjustmentEdit::Unit::Percent, QStringLiteral("15"));
    dialog.endGroup()->setChecked(true);
    QApplication::processEvents(); // pending layout requests, so the picture is current
    QVERIFY(dialog.grab().save(dir + QStringLiteral("/bulkedit-changes.png")));
    dialog.bidGroup()->setChecked(true);
    enterAdjustment(dialog.bidEdit(), MoneyAdjustmentEdit::Operation::Lower, MoneyAdjustmentEdit::Unit::Amount, QStringLiteral("5"));
    QApplication::processEvents(); // pending layout requests, so the picture is current
    QVERIFY(dialog.grab().save(dir + QStringLiteral("/bulkedit-refused.png")));
    dialog.bidGroup()->setChecked(false);
    dialog.applyTargetingCheck()->setChecked(true);
    dialog.targetingPanel()->loadPreset(QStringLiteral("North America"));
    dialog.findChild<QTabWidget *>()->setCurrentIndex(1);
    QApplication::processEvents(); // pending layout requests, so the picture is current
    QVERIFY(dialog.grab().save(dir + QStringLiteral("/bulkedit-targeting.png")));
}

QTEST_MAIN(TestBulkEditDialog)
#include "tst_bulkeditdialog.moc"
