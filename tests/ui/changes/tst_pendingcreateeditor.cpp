// Fixing what the pending changes hold, through the whole window offscreen against an in-process
// sandbox: a new ad group Pinterest refused is opened from the Pending Changes panel, fixed in the
// editor and saved back as the same pending create (one undo step), then posted; and a revert from
// the journal says that it only added a pending change, and shows that change.
#include "../openwindow.h"

#include "core/api/tokenprovider.h"
#include "core/changes/changeset.h"
#include "sandbox/sandboxoptions.h"
#include "sandbox/sandboxthread.h"
#include "ui/changes/journalview.h"
#include "ui/changes/pendingchangesmodel.h"
#include "ui/changes/pendingchangespanel.h"
#include "ui/changes/postflow.h"
#include "ui/changes/postreviewdialog.h"
#include "ui/editor/adgroupeditordialog.h"
#include "ui/editor/adgroupform.h"
#include "ui/editor/basicssection.h"
#include "ui/editor/budgetbidsection.h"
#include "ui/editor/moneyedit.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTreeWidget>
#include <QUndoStack>

using namespace pinstripe;
using namespace pinstripe::testing;

namespace {

const QString kBudget = QStringLiteral("budget_in_micro_currency");

} // namespace

class TestPendingCreateEditor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void refusedCreateIsFixedInTheEditorAndPosted();
    void journalRevertSaysItIsPendingAndShowsIt();

private:
    /** Posts every pending change through File › Post Changes… and returns the summary. */
    Poster::Summary post(WorkspaceController *workspace);

    std::unique_ptr<sandbox::SandboxThread> m_sandbox;
    std::unique_ptr<StaticTokenProvider> m_tokens;
    QTemporaryDir m_dir;
};

void TestPendingCreateEditor::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PinstripeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_pendingcreateeditor"));
    QSettings().clear();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    sandbox::SandboxOptions options;
    m_sandbox = sandbox::startSandboxThread(options);
    QVERIFY(m_sandbox);
    m_tokens = std::make_unique<StaticTokenProvider>(options.accessToken);
    QVERIFY(m_dir.isValid());
}

Poster::Summary TestPendingCreateEditor::post(WorkspaceController *workspace)
{
    QSignalSpy finished(workspace->postFlow(), &PostFlow::finished);
    workspace->postAction()->trigger();
    // The summary before sending is answered with Post, as a person would.
    [&] { QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() || workspace->postFlow()->reviewDialog(), 30000); }();
    if (finished.isEmpty() && workspace->postFlow()->reviewDialog())
        QTest::mouseClick(workspace->postFlow()->reviewDialog()->postButton(), Qt::LeftButton);
    [&] { QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000); }();
    if (QMessageBox *box = workspace->postFlow()->resultBox())
        box->close();
    return finished.isEmpty() ? Poster::Summary{} : finished.first().first().value<Poster::Summary>();
}

void TestPendingCreateEditor::refusedCreateIsFixedInTheEditorAndPosted()
{
    OpenWindow open(m_dir, QStringLiteral("create"));
    QVERIFY(open.connectAndLoad(m_sandbox->baseUrl(), m_tokens.get()));
    MainWindow &window = open.window;
    WorkspaceController *workspace = open.workspace;
    const QString account = workspace->account()->id.value();
    const QDir artifacts(qEnvironmentVariable("PINSTRIPE_TEST_ARTIFACTS", QDir::tempPath()));

    // A new ad group in a campaign that does not optimize budgets, with a budget of 0: the form
    // lets it through, Pinterest refuses it.
    std::optional<AdGroup> sibling;
    for (const AdGroup &g : workspace->allAdGroups()) {
        if (g.budgetType.valueOr({}) == QLatin1String("DAILY") && g.bidInMicroCurrency.hasValue()) {
            sibling = g;
            break;
        }
    }
    QVERIFY(sibling);
    AdGroup fresh;
    fresh.name = QStringLiteral("Autumn launch");
    fresh.campaignId = sibling->campaignId;
    fresh.billableEvent = sibling->billableEvent;
    fresh.budgetType = QStringLiteral("DAILY");
    fresh.budgetInMicroCurrency = 0;
    fresh.bidInMicroCurrency = 2'000'000;
    fresh.status = QStringLiteral("PAUSED");
    fresh.targetingSpec = sibling->targetingSpec;
    fresh.optimizationGoalMetadata = sibling->optimizationGoalMetadata;
    const QString id = workspace->changeSet()->record(PendingChange::create(account, fresh.createBody()));
    QCOMPARE(post(workspace).failed, 1);
    const PendingChange refused = *workspace->changeSet()->find(id);
    QCOMPARE(refused.state, PendingChange::State::Failed);
    QVERIFY2(refused.message.contains(kBudget), qPrintable(refused.message));
    const int stepsBefore = window.undoStack()->count();

    // Double-click the refused create in the Pending Changes panel: the editor opens with it.
    PendingChangesPanel *panel = workspace->changesPanel();
    QTRY_VERIFY(panel->isVisible());
    QTableView *view = panel->view();
    panel->selectChange(id);
    const QModelIndex cell = view->currentIndex().isValid() ? view->currentIndex() : view->selectionModel()->selectedRows().value(0);
    QVERIFY(cell.isValid());
    QCOMPARE(cell.data(PendingChangesModel::ChangeIdRole).toString(), id);
    const QPoint where = view->visualRect(cell).center();
    // A double-click is a click and then a double-click event on the same row.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, where);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, where);
    AdGroupEditorDialog *editor = nullptr;
    QTRY_VERIFY((editor = window.findChild<AdGroupEditorDialog *>(QStringLiteral("pendingCreateEditor"))));
    QVERIFY(QTest::qWaitForWindowExposed(editor));
    QCOMPARE(editor->windowTitle(), QStringLiteral("Fix new ad group \"Autumn launch\""));
    QCOMPARE(editor->form()->mode(), AdGroupForm::Mode::Create);
    QCOMPARE(editor->form()->basics()->nameEdit()->text(), QStringLiteral("Autumn launch"));
    auto *note = editor->findChild<QLabel *>(QStringLiteral("pendingCreateNote"));
    QVERIFY(note && note->isVisible());
    QVERIFY2(note->text().startsWith(QStringLiteral("Pinterest refused this new ad group: ")) && note->text().contains(refused.message),
             qPrintable(note->text()));

    // The person enters a budget of 25.00 and chooses OK.
    QLineEdit *budget = editor->form()->budgetBid()->budgetEdit()->lineEdit();
    budget->setFocus();
    budget->selectAll();
    QTest::keyClicks(budget, QStringLiteral("25.00"));
    QCOMPARE(budget->text(), QStringLiteral("25.00"));
    // The form checks its targeting again when the interest catalogue arrives from the sandbox,
    // which can take a while in a sanitizer build: wait for the checks to settle, not a fixed time.
    QTRY_VERIFY2_WITH_TIMEOUT(editor->okButton()->isEnabled(), qPrintable(editor->form()->problems().join(QLatin1String("; "))), 30000);
    editor->grab().save(artifacts.filePath(QStringLiteral("changes-fix-refused-create.png")));
    QTest::mouseClick(editor->okButton(), Qt::LeftButton);

    // The same pending create, pending again, with the fixed body; one undo step.
    QCOMPARE(workspace->changeSet()->count(), 1);
    const PendingChange fixed = *workspace->changeSet()->find(id);
    QCOMPARE(fixed.kind, PendingChange::Kind::Create);
    QCOMPARE(fixed.state, PendingChange::State::Pending);
    QVERIFY(fixed.message.isEmpty());
    QCOMPARE(fixed.createBody.value(kBudget).toInteger(), 25'000'000);
    QCOMPARE(fixed.createBody.value(QLatin1String("name")).toString(), QStringLiteral("Autumn launch"));
    QCOMPARE(fixed.createBody.value(QLatin1String("campaign_id")).toString(), sibling->campaignId.value());
    QCOMPARE(window.undoStack()->count(), stepsBefore + 1);
    QCOMPARE(window.undoStack()->undoText(), QStringLiteral("Fix new ad group \"Autumn launch\""));
    window.undoStack()->undo();
    QCOMPARE(*workspace->changeSet()->find(id), refused);
    window.undoStack()->redo();
    QCOMPARE(*workspace->changeSet()->find(id), fixed);

    // Posted again, Pinterest takes it.
    const Poster::Summary second = post(workspace);
    QCOMPARE(second.succeeded, 1);
    QCOMPARE(workspace->changeSet()->count(), 0);
    const QList<AdGroup> known = workspace->allAdGroups();
    const bool made = std::any_of(known.cbegin(), known.cend(), [](const AdGroup &g) {
        return g.name.valueOr({}) == QLatin1String("Autumn launch") && g.budgetInMicroCurrency.valueOr(0) == 25'000'000;
    });
    QVERIFY(made);
}

void TestPendingCreateEditor::journalRevertSaysItIsPendingAndShowsIt()
{
    OpenWindow open(m_dir, QStringLiteral("journal"));
    QVERIFY(open.connectAndLoad(m_sandbox->baseUrl(), m_tokens.get()));
    MainWindow &window = open.window;
    WorkspaceController *workspace = open.workspace;
    const QString account = workspace->account()->id.value();

    std::optional<AdGroup> g;
    for (const AdGroup &candidate : workspace->allAdGroups()) {
        if (candidate.budgetType.valueOr({}) == QLatin1String("DAILY") && candidate.budgetInMicroCurrency.valueOr(0) > 0)
            g = candidate;
    }
    QVERIFY(g);
    const qint64 original = g->budgetInMicroCurrency.value();
    workspace->changeSet()->record(PendingChange::update(account, g->id.value(), g->name.value(), kBudget, QJsonValue(original),
                                                         QJsonValue(original + 3'000'000), g->updatedTime.valueOr(0)));
    QCOMPARE(post(workspace).succeeded, 1);

    // Change Journal: the person looks at the posted change and chooses Revert.
    auto *journalDock = window.findChild<QDockWidget *>(QStringLiteral("journalDock"));
    journalDock->show();
    journalDock->raise();
    JournalView *journal = workspace->journal();
    QTRY_VERIFY(journal->isVisible());
    QTRY_COMPARE(journal->list()->topLevelItemCount(), 1);
    QTreeWidgetItem *item = journal->list()->topLevelItem(0);
    QTest::mouseClick(journal->list()->viewport(), Qt::LeftButton, {}, journal->list()->visualItemRect(item).center());
    auto *revert = journal->findChild<QPushButton *>(QStringLiteral("revertButton"));
    QVERIFY(revert->isEnabled());
    QTest::mouseClick(revert, Qt::LeftButton);

    // It says what it did …
    const QString said = QStringLiteral("Revert added as a pending change — post it to apply.");
    QCOMPARE(journal->statusText(), said);
    QCOMPARE(window.statusBar()->currentMessage(), said);
    // … and the pending change is in sight, selected.
    QCOMPARE(workspace->changeSet()->count(), 1);
    const PendingChange pending = workspace->changeSet()->changes().constFirst();
    QCOMPARE(pending.after.toInteger(), original);
    QTRY_VERIFY(workspace->changesPanel()->isVisible());
    QCOMPARE(workspace->changesPanel()->selectedChangeIds(), QStringList{pending.id});
    const QDir artifacts(qEnvironmentVariable("PINSTRIPE_TEST_ARTIFACTS", QDir::tempPath()));
    window.grab().save(artifacts.filePath(QStringLiteral("changes-journal-revert-pending.png")));
}

QTEST_MAIN(TestPendingCreateEditor)
#include "tst_pendingcreateeditor.moc"
