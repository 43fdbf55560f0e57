// The pending changes model under QAbstractItemModelTester, money and Δ% in three currencies,
// undo/redo of multi-change edits, discards and reverts, and the panel's summary and keyboard.
#include "../englishtexts.h"
#include "core/changes/changeset.h"
#include "core/changes/pendingchangestore.h"
#include "ui/changes/changetext.h"
#include "ui/changes/editcommand.h"
#include "ui/changes/pendingchangesmodel.h"
#include "ui/changes/pendingchangespanel.h"
#include "ui/common/messagebox.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace pinstripe;

namespace {

const QString kAccount = QStringLiteral("549755885175");
const QString kBudget = QStringLiteral("budget_in_micro_currency");
const QString kBid = QStringLiteral("bid_in_micro_currency");

PendingChange change(const QString &adGroupId, const QString &field, const QJsonValue &before, const QJsonValue &after)
{
    return PendingChange::update(kAccount, adGroupId, QStringLiteral("Ad group ") + adGroupId, field, before, after, 1700000000);
}

} // namespace

class TestPendingChangesModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { pinstripe::testing::useEnglishTexts(); }
    void init();
    void cleanup();
    void modelTester();
    void moneyAndDeltaText_data();
    void moneyAndDeltaText();
    void otherFieldsInWords();
    void stateColourAndMessage();
    void createRowAndUnknownOutcome();
    void undoRedoMultiChangeEdit();
    void undoRestoresMergedEditExactly();
    void undoRedoRevert();
    void noOpEditLeavesNoUndoStep();
    void panelDiscardByKeyboardAndUndo();
    void panelDiscardAllAsks();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<PendingChangeStore> m_store;
    std::unique_ptr<ChangeSet> m_changes;
    QUndoStack m_stack;
};

void TestPendingChangesModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<PendingChangeStore>(m_dir->filePath(QStringLiteral("pending.sqlite")));
    QVERIFY(m_store->isOpen());
    m_changes = std::make_unique<ChangeSet>(m_store.get());
    m_stack.clear();
    MessageBox::clearNextAnswers();
}

void TestPendingChangesModel::cleanup()
{
    m_stack.clear();
    m_changes.reset();
    m_store.reset();
    m_dir.reset();
}

void TestPendingChangesModel::modelTester()
{
    PendingChangesModel model(m_changes.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCurrency(Currency::usd());
    recordEdits(&m_stack, m_changes.get(),
                {change(QStringLiteral("1"), kBudget, 10'000'000, 11'500'000), change(QStringLiteral("2"), kBid, 500'000, 400'000),
                 change(QStringLiteral("3"), QStringLiteral("status"), QStringLiteral("ACTIVE"), QStringLiteral("PAUSED"))},
                QStringLiteral("three edits"));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(PendingChangesModel::ColumnCount));
    m_stack.undo();
    QCOMPARE(model.rowCount(), 0);
    m_stack.redo();
    QCOMPARE(model.rowCount(), 3);
    model.setAdAccountId(QStringLiteral("other"));
    QCOMPARE(model.rowCount(), 0);
    model.setAdAccountId(kAccount);
    QCOMPARE(model.rowCount(), 3);
    m_changes->discard(model.changeAt(1).id);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.headerData(PendingChangesModel::DeltaColumn, Qt::Horizontal).toString(), QStringLiteral("Δ %"));
}

void TestPendingChangesModel::moneyAndDeltaText_data()
{
    QTest::addColumn<QString>("currency");
    QTest::addColumn<qint64>("before");
    QTest::addColumn<qint64>("after");
    QTest::addColumn<QString>("beforeText");
    QTest::addColumn<QString>("afterText");
    QTest::addColumn<QString>("delta");
    QTest::addColumn<qint64>("permille");

    QTest::newRow("USD +15%") << "USD" << qint64(10'000'000) << qint64(11'500'000) << "$10.00" << "$11.50" << "+15.0%" << qint64(150);
    QTest::newRow("USD bid finer than cents") << "USD" << qint64(1'234'560) << qint64(1'000'000) << "$1.23456" << "$1.00"
                                              << "-19.0%" << qint64(-190);
    QTest::newRow("EUR -33.3%") << "EUR" << qint64(3'000'000) << qint64(2'000'000) << "€3.00" << "€2.00" << "-33.3%" << qint64(-333);
    QTest::newRow("EUR large") << "EUR" << qint64(1'234'567'890'000) << qint64(1'234'567'890'000 * 2) << "€1,234,567.89"
                               << "€2,469,135.78" << "+100.0%" << qint64(1000);
    QTest::newRow("JPY no minor unit") << "JPY" << qint64(1'500'000'000) << qint64(1'650'000'000) << "¥1,500" << "¥1,650"
                                       << "+10.0%" << qint64(100);
    QTest::newRow("JPY rounds half away") << "JPY" << qint64(3'000'000) << qint64(2'999'985) << "¥3" << "¥2.999985" << "0.0%"
                                          << qint64(0);
}

void TestPendingChangesModel::moneyAndDeltaText()
{
    QFETCH(QString, currency);
    QFETCH(qint64, before);
    QFETCH(qint64, after);
    PendingChangesModel model(m_changes.get());
    model.setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
    model.setCurrency(Currency(currency));
    m_changes->record(change(QStringLiteral("7"), kBudget, before, after));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, PendingChangesModel::FieldColumn).data().toString(), QStringLiteral("Budget"));
    QTEST(model.index(0, PendingChangesModel::BeforeColumn).data().toString(), "beforeText");
    QTEST(model.index(0, PendingChangesModel::AfterColumn).data().toString(), "afterText");
    QTEST(model.index(0, PendingChangesModel::DeltaColumn).data().toString(), "delta");
    QTEST(model.index(0, PendingChangesModel::DeltaColumn).data(PendingChangesModel::SortRole).toLongLong(), "permille");
    // Sorting money uses the integer micros, never text or floating point.
    QCOMPARE(model.index(0, PendingChangesModel::AfterColumn).data(PendingChangesModel::SortRole).toLongLong(), after);
}

void TestPendingChangesModel::otherFieldsInWords()
{
    PendingChangesModel model(m_changes.get());
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    model.setLocale(english);
    model.setCurrency(Currency::usd());
    const qint64 end = QDateTime(QDate(2026, 3, 31), QTime(22, 0), Qt::UTC).toSecsSinceEpoch();
    QJsonObject targeting{{QStringLiteral("GENDER"), QJsonArray{QStringLiteral("female")}},
                          {QStringLiteral("LOCATION"), QJsonArray{QStringLiteral("DE")}}};
    m_changes->record(change(QStringLiteral("1"), QStringLiteral("status"), QStringLiteral("ACTIVE"), QStringLiteral("PAUSED")));
    m_changes->record(change(QStringLiteral("1"), QStringLiteral("end_time"), QJsonValue(), end));
    m_changes->record(change(QStringLiteral("1"), QStringLiteral("targeting_spec"), QJsonObject(), targeting));
    m_changes->record(change(QStringLiteral("1"), kBudget, QJsonValue(), 5'000'000));
    QCOMPARE(model.rowCount(), 4);
    auto text = [&model](int row, int column) { return model.index(row, column).data().toString(); };
    QCOMPARE(text(0, PendingChangesModel::FieldColumn), QStringLiteral("Status"));
    QCOMPARE(text(0, PendingChangesModel::BeforeColumn), QStringLiteral("Active"));
    QCOMPARE(text(0, PendingChangesModel::AfterColumn), QStringLiteral("Paused"));
    QCOMPARE(text(1, PendingChangesModel::FieldColumn), QStringLiteral("End time"));
    QCOMPARE(text(1, PendingChangesModel::BeforeColumn), QStringLiteral("—"));
    // Local time, as the user reads it.
    QCOMPARE(text(1, PendingChangesModel::AfterColumn),
             english.toString(QDateTime::fromSecsSinceEpoch(end, Qt::UTC).toLocalTime(), QLocale::ShortFormat));
    QCOMPARE(text(2, PendingChangesModel::FieldColumn), QStringLiteral("Targeting"));
    QVERIFY2(text(2, PendingChangesModel::AfterColumn).contains(QStringLiteral("Germany")), qPrintable(text(2, 3)));
    QVERIFY2(text(2, PendingChangesModel::AfterColumn).contains(QStringLiteral("Women")), qPrintable(text(2, 3)));
    QVERIFY(!text(2, PendingChangesModel::AfterColumn).contains(QLatin1Char('{')));
    QCOMPARE(text(3, PendingChangesModel::DeltaColumn), QString()); // no percentage from nothing
    QCOMPARE(text(3, PendingChangesModel::AfterColumn), QStringLiteral("$5.00"));
}

void TestPendingChangesModel::stateColourAndMessage()
{
    PendingChangesModel model(m_changes.get());
    const QString id = m_changes->record(change(QStringLiteral("1"), kBudget, 1'000'000, 0));
    QCOMPARE(model.index(0, PendingChangesModel::StateColumn).data().toString(), QStringLiteral("Pending"));
    QVERIFY(!model.index(0, PendingChangesModel::StateColumn).data(Qt::ForegroundRole).isValid());
    PendingChange failed = *m_changes->find(id);
    failed.state = PendingChange::State::Failed;
    failed.message = QStringLiteral("Pinterest: budget_in_micro_currency is required (code 1)");
    m_changes->replace(failed);
    QCOMPARE(model.index(0, PendingChangesModel::StateColumn).data().toString(), QString(QStringLiteral("Failed: ") + failed.message));
    QCOMPARE(model.index(0, PendingChangesModel::AfterColumn).data(Qt::ToolTipRole).toString(), failed.message);
    QVERIFY(model.index(0, PendingChangesModel::AdGroupColumn).data(Qt::ForegroundRole).isValid());
    QCOMPARE(model.index(0, 0).data(PendingChangesModel::StateRole).toInt(), int(PendingChange::State::Failed));
    PendingChange conflict = failed;
    conflict.state = PendingChange::State::Conflict;
    conflict.serverValue = 3'000'000;
    conflict.message = QStringLiteral("Changed on Pinterest since your edit.");
    m_changes->replace(conflict);
    model.setCurrency(Currency::eur());
    model.setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(model.index(0, PendingChangesModel::StateColumn).data().toString(), QStringLiteral("Conflict: on Pinterest now €3.00"));
}

void TestPendingChangesModel::createRowAndUnknownOutcome()
{
    PendingChangesModel model(m_changes.get());
    model.setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
    model.setCurrency(Currency::jpy());
    PendingChange create = PendingChange::create(kAccount, QJsonObject{{QStringLiteral("name"), QStringLiteral("Winter launch")},
                                                                       {kBudget, qint64(20'000'000'000)},
                                                                       {kBid, qint64(150'000'000)}});
    create.state = PendingChange::State::Unknown;
    create.message = QStringLiteral("No answer in time");
    QVERIFY(recordEdits(&m_stack, m_changes.get(), {create}, QStringLiteral("New ad group")));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, PendingChangesModel::FieldColumn).data().toString(), QStringLiteral("New ad group"));
    QCOMPARE(model.index(0, PendingChangesModel::BeforeColumn).data().toString(), QStringLiteral("—"));
    QCOMPARE(model.index(0, PendingChangesModel::AfterColumn).data().toString(),
             QStringLiteral("New: Winter launch, budget ¥20,000, bid ¥150"));
    QCOMPARE(model.index(0, PendingChangesModel::StateColumn).data().toString(), QStringLiteral("Unknown outcome: No answer in time"));
    m_stack.undo();
    QCOMPARE(model.rowCount(), 0);
    m_stack.redo();
    QCOMPARE(m_changes->changes(), QList<PendingChange>{create});
}

void TestPendingChangesModel::undoRedoMultiChangeEdit()
{
    QList<PendingChange> raise;
    for (int i = 1; i <= 100; ++i)
        raise << change(QString::number(i), kBudget, 10'000'000, 11'500'000);
    QVERIFY(recordEdits(&m_stack, m_changes.get(), raise, QStringLiteral("Raise budget of 100 ad groups by 15%")));
    QCOMPARE(m_stack.count(), 1);
    QCOMPARE(m_stack.undoText(), QStringLiteral("Raise budget of 100 ad groups by 15%"));
    QCOMPARE(m_changes->count(), 100);
    QVERIFY(recordEdits(&m_stack, m_changes.get(), {change(QStringLiteral("1"), kBid, 500'000, 600'000)}, QStringLiteral("bid")));
    QCOMPARE(m_stack.count(), 2); // separate user actions never merge
    QCOMPARE(m_changes->count(), 101);

    m_stack.undo();
    QCOMPARE(m_changes->count(), 100);
    m_stack.undo();
    QCOMPARE(m_changes->count(), 0);
    QCOMPARE(m_store->load(kAccount).size(), 0); // undo is written through too
    m_stack.redo();
    QCOMPARE(m_changes->count(), 100);
    QCOMPARE(m_store->load(kAccount).size(), 100);
    QCOMPARE(m_changes->pendingFor(QStringLiteral("42"), kBudget)->after.toInteger(), 11'500'000);
    m_stack.redo();
    QCOMPARE(m_changes->count(), 101);
    // A restart sees exactly what the stack left.
    ChangeSet reloaded(m_store.get());
    reloaded.loadFromStore(kAccount);
    QCOMPARE(reloaded.changes(), m_changes->changes());
}

void TestPendingChangesModel::undoRestoresMergedEditExactly()
{
    const QString g = QStringLiteral("9");
    recordEdits(&m_stack, m_changes.get(), {change(g, kBudget, 10'000'000, 12'000'000)}, QStringLiteral("first"));
    const PendingChange first = *m_changes->pendingFor(g, kBudget);
    // The second edit of the same field merges: "before" stays at 10, "after" is 15.
    recordEdits(&m_stack, m_changes.get(), {change(g, kBudget, 12'000'000, 15'000'000)}, QStringLiteral("second"));
    QCOMPARE(m_changes->count(), 1);
    QCOMPARE(m_changes->pendingFor(g, kBudget)->before.toInteger(), 10'000'000);
    QCOMPARE(m_changes->pendingFor(g, kBudget)->after.toInteger(), 15'000'000);
    m_stack.undo();
    QCOMPARE(*m_changes->pendingFor(g, kBudget), first); // the very same change (id, state, values)
    m_stack.redo();
    QCOMPARE(m_changes->pendingFor(g, kBudget)->after.toInteger(), 15'000'000);
    // Editing back to where it started removes the change; undo brings it back.
    recordEdits(&m_stack, m_changes.get(), {change(g, kBudget, 15'000'000, 10'000'000)}, QStringLiteral("back"));
    QCOMPARE(m_changes->count(), 0);
    m_stack.undo();
    QCOMPARE(m_changes->pendingFor(g, kBudget)->after.toInteger(), 15'000'000);
}

void TestPendingChangesModel::undoRedoRevert()
{
    // A journal revert is the inverse change, recorded as one step.
    PendingChange posted = change(QStringLiteral("5"), kBid, 400'000, 900'000);
    const PendingChange inverse = posted.inverse();
    QVERIFY(recordEdits(&m_stack, m_changes.get(), {inverse}, QStringLiteral("Revert bid")));
    QCOMPARE(m_changes->count(), 1);
    QCOMPARE(m_changes->changes().constFirst().before.toInteger(), 900'000);
    QCOMPARE(m_changes->changes().constFirst().after.toInteger(), 400'000);
    m_stack.undo();
    QCOMPARE(m_changes->count(), 0);
    m_stack.redo();
    QCOMPARE(m_changes->count(), 1);
    QCOMPARE(m_changes->changes().constFirst().id, inverse.id);
}

void TestPendingChangesModel::noOpEditLeavesNoUndoStep()
{
    QVERIFY(!recordEdits(&m_stack, m_changes.get(), {change(QStringLiteral("1"), kBudget, 5, 5)}, QStringLiteral("nothing")));
    QCOMPARE(m_stack.count(), 0);
    QCOMPARE(m_changes->count(), 0);
}

void TestPendingChangesModel::panelDiscardByKeyboardAndUndo()
{
    PendingChangesPanel panel(m_changes.get(), &m_stack);
    panel.setAdAccount(kAccount, Currency::eur());
    recordEdits(&m_stack, m_changes.get(),
                {change(QStringLiteral("1"), kBudget, 10'000'000, 11'000'000), change(QStringLiteral("1"), kBid, 1'000'000, 900'000),
                 change(QStringLiteral("2"), kBudget, 20'000'000, 30'000'000)},
                QStringLiteral("edits"));
    panel.resize(800, 300);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto *summary = panel.findChild<QLabel *>(QStringLiteral("summaryLabel"));
    QCOMPARE(summary->text(), QStringLiteral("3 changes to 2 ad groups"));
    // Every value reads whole: the columns follow the values, not the headers of the empty list.
    for (int row = 0; row < panel.view()->model()->rowCount(); ++row) {
        for (int column = 0; column < PendingChangesModel::StateColumn; ++column) {
            const QString text = panel.view()->model()->index(row, column).data().toString();
            QVERIFY2(panel.view()->fontMetrics().horizontalAdvance(text) + 6 <= panel.view()->columnWidth(column),
                     qPrintable(QStringLiteral("%1 in %2 px").arg(text).arg(panel.view()->columnWidth(column))));
        }
    }
    auto *discard = panel.findChild<QPushButton *>(QStringLiteral("discardButton"));
    QVERIFY(!discard->isEnabled()); // nothing selected

    panel.view()->setFocus();
    panel.view()->selectRow(2);
    QVERIFY(discard->isEnabled());
    QTest::keyClick(panel.view(), Qt::Key_Delete);
    QCOMPARE(m_changes->count(), 2);
    QVERIFY(!m_changes->pendingFor(QStringLiteral("2"), kBudget));
    QCOMPARE(summary->text(), QStringLiteral("2 changes to 1 ad group"));
    QCOMPARE(m_stack.undoText(), QStringLiteral("Discard 1 change"));
    m_stack.undo();
    QCOMPARE(m_changes->count(), 3);
    QVERIFY(m_changes->pendingFor(QStringLiteral("2"), kBudget));
    QVERIFY(panel.findChild<QPushButton *>(QStringLiteral("postButton"))->isEnabled());
    QVERIFY(!panel.findChild<QPushButton *>(QStringLiteral("resolveButton"))->isVisible());
}

void TestPendingChangesModel::panelDiscardAllAsks()
{
    PendingChangesPanel panel(m_changes.get(), &m_stack);
    panel.setAdAccount(kAccount, Currency::jpy());
    recordEdits(&m_stack, m_changes.get(),
                {change(QStringLiteral("1"), kBudget, 1'000'000'000, 2'000'000'000),
                 change(QStringLiteral("2"), kBudget, 1'000'000'000, 500'000'000)},
                QStringLiteral("edits"));
    auto *discardAll = panel.findChild<QPushButton *>(QStringLiteral("discardAllButton"));
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QTest::mouseClick(discardAll, Qt::LeftButton);
    QCOMPARE(m_changes->count(), 2);
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("2 pending changes")));
    MessageBox::setNextAnswer(QMessageBox::Discard);
    QTest::mouseClick(discardAll, Qt::LeftButton);
    QCOMPARE(m_changes->count(), 0);
    QCOMPARE(panel.summaryText(), QStringLiteral("No pending changes"));
    m_stack.undo();
    QCOMPARE(m_changes->count(), 2);
}

QTEST_MAIN(TestPendingChangesModel)
#include "tst_pendingchangesmodel.moc"
