// Posting through PostFlow against an in-process sandbox over loopback HTTP: a batch with valid
// and invalid items, checks that warn and block, conflicts resolved per field, a journal revert,
// and cancel. Screenshots of the panel, the dialogs and the journal go to $PINSTRIPE_TEST_ARTIFACTS.
#include "../englishtexts.h"
#include "../../core/api/apitestsupport.h"

#include "core/api/adgrouppager.h"
#include "core/api/campaignpager.h"
#include "core/api/getadgrouprequest.h"
#include "core/api/listadaccountsrequest.h"
#include "core/api/updateadgroupsrequest.h"
#include "core/changes/changeset.h"
#include "core/changes/pendingchangestore.h"
#include "ui/changes/conflictdialog.h"
#include "ui/changes/editcommand.h"
#include "ui/changes/findingsdialog.h"
#include "ui/changes/journalview.h"
#include "ui/changes/pendingchangesmodel.h"
#include "ui/changes/pendingchangespanel.h"
#include "ui/changes/postflow.h"
#include "ui/changes/postreviewdialog.h"
#include "ui/common/messagebox.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QUndoStack>

using namespace pinstripe;
using namespace pinstripe::testing;

namespace {

const QString kBudget = QStringLiteral("budget_in_micro_currency");
const QString kBid = QStringLiteral("bid_in_micro_currency");

} // namespace

class TestPostFlow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { pinstripe::testing::useEnglishTexts(); }
    void init();
    void cleanup();
    void mixedBatchShowsPartialSuccessOnRows();
    void warningsAskAndErrorsBlock();
    void conflictsResolvedPerField();
    void journalRevertRestoresTheOldValue();
    void cancelReportsWhatWasNotSent();
    void postAllButTheFlaggedKeepsTheWarnedChange();
    void reviewSumsUpBeforeSending();
    void panelPostUsesTheClientOfNow();
    void progressTextMatchesTheBar();
    void rateLimitWaitCountsDownAndGoesOn();
    void interruptedPostIsToldAndChecked();

private:
    void loadAccount();
    /** A flow on the sandbox; with @p acceptReview, the summary before sending is answered with Post. */
    std::unique_ptr<PostFlow> makeFlow(bool acceptReview = true);
    /** Clicks Post in the review dialog whenever @p flow shows one. */
    void acceptReviews(PostFlow *flow);
    Poster::Summary postAndWait(PostFlow &flow);
    AdGroup fetch(const QString &id);
    /** Ad groups with a budget of their own (not CBO), safe to change. */
    QList<AdGroup> budgeted() const;
    PendingChange edit(const AdGroup &g, const QString &field, const QJsonValue &after) const;
    void screenshot(QWidget *widget, const QString &name);

    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<PendingChangeStore> m_store;
    std::unique_ptr<ChangeSet> m_changes;
    std::unique_ptr<QUndoStack> m_stack;
    QString m_account;
    Currency m_currency;
    QHash<QString, AdGroup> m_cache;
    QList<QString> m_order;
    QHash<QString, Campaign> m_campaigns;
};

void TestPostFlow::init()
{
    sandbox::SandboxOptions options;
    options.adGroups = 900; // ~300 per account: three batches of 30 for the cancel test
    m_sandbox = std::make_unique<SandboxFixture>(options);
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<PendingChangeStore>(m_dir->filePath(QStringLiteral("pending.sqlite")));
    m_changes = std::make_unique<ChangeSet>(m_store.get());
    m_stack = std::make_unique<QUndoStack>();
    MessageBox::clearNextAnswers();
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear(); // the review before sending is asked for every post
    loadAccount();
}

void TestPostFlow::cleanup()
{
    m_stack.reset();
    m_changes.reset();
    m_store.reset();
    m_dir.reset();
    m_sandbox.reset();
    m_cache.clear();
    m_order.clear();
    m_campaigns.clear();
}

void TestPostFlow::loadAccount()
{
    auto accounts = run<AdAccountPage>(new ListAdAccountsRequest(m_sandbox->client.get(), {}), &ListAdAccountsRequest::finished);
    QVERIFY(accounts.ok());
    const AdAccount account = accounts.result->items.constFirst();
    m_account = account.id.value();
    m_currency = account.currency.value();

    AdGroupListParams params;
    params.entityStatuses = {QStringLiteral("ACTIVE"), QStringLiteral("PAUSED")};
    AdGroupPager pager(m_sandbox->client.get(), m_account, params);
    connect(&pager, &AdGroupPager::pageReceived, this, [this](const AdGroupPage &page) {
        for (const AdGroup &g : page.items) {
            m_cache.insert(g.id.value(), g);
            m_order << g.id.value();
        }
    });
    pager.start();
    QTRY_VERIFY_WITH_TIMEOUT(pager.isFinished(), 30000);
    CampaignPager campaigns(m_sandbox->client.get(), m_account, {});
    connect(&campaigns, &CampaignPager::pageReceived, this, [this](const CampaignPage &page) {
        for (const Campaign &c : page.items)
            m_campaigns.insert(c.id.value(), c);
    });
    campaigns.start();
    QTRY_VERIFY_WITH_TIMEOUT(campaigns.isFinished(), 30000);
}

void TestPostFlow::acceptReviews(PostFlow *flow)
{
    connect(flow, &PostFlow::stageChanged, flow, [flow](PostFlow::Stage stage) {
        if (stage != PostFlow::Stage::Review)
            return;
        QTimer::singleShot(0, flow, [flow] {
            if (flow->reviewDialog())
                QTest::mouseClick(flow->reviewDialog()->postButton(), Qt::LeftButton);
        });
    });
}

std::unique_ptr<PostFlow> TestPostFlow::makeFlow(bool acceptReview)
{
    auto flow = std::make_unique<PostFlow>(m_sandbox->client.get(), m_changes.get(), m_store.get(), nullptr);
    if (acceptReview)
        acceptReviews(flow.get());
    flow->setAdAccount(m_account, m_currency);
    flow->setAdGroupLookup([this](const QString &id) -> std::optional<AdGroup> {
        const auto it = m_cache.constFind(id);
        return it == m_cache.cend() ? std::nullopt : std::optional<AdGroup>(*it);
    });
    flow->setCampaignLookup([this](const QString &id) -> std::optional<Campaign> {
        const auto it = m_campaigns.constFind(id);
        return it == m_campaigns.cend() ? std::nullopt : std::optional<Campaign>(*it);
    });
    // What the window does with saved ad groups: the table and the cache show Pinterest's version.
    connect(flow.get(), &PostFlow::adGroupSaved, this, [this](const AdGroup &g) { m_cache.insert(g.id.value(), g); });
    return flow;
}

Poster::Summary TestPostFlow::postAndWait(PostFlow &flow)
{
    QSignalSpy finished(&flow, &PostFlow::finished);
    QSignalSpy abandoned(&flow, &PostFlow::abandoned);
    flow.start();
    [&] { QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() || !abandoned.isEmpty() || flow.findingsDialog(), 60000); }();
    if (finished.isEmpty())
        return {};
    if (flow.resultBox())
        flow.resultBox()->close();
    return finished.constFirst().constFirst().value<Poster::Summary>();
}

AdGroup TestPostFlow::fetch(const QString &id)
{
    auto outcome = run<AdGroup>(new GetAdGroupRequest(m_sandbox->client.get(), m_account, id), &GetAdGroupRequest::finished);
    return outcome.result.value_or(AdGroup{});
}

QList<AdGroup> TestPostFlow::budgeted() const
{
    QList<AdGroup> result;
    for (const QString &id : m_order) {
        const AdGroup &g = m_cache.value(id);
        if (g.budgetInMicroCurrency.hasValue() && g.budgetInMicroCurrency.value() > 0
            && g.budgetType.valueOr({}) != QLatin1String("CBO_ADGROUP"))
            result << g;
    }
    return result;
}

PendingChange TestPostFlow::edit(const AdGroup &g, const QString &field, const QJsonValue &after) const
{
    return PendingChange::update(m_account, g.id.value(), g.name.valueOr({}), field, g.toJson().value(field), after,
                                 g.updatedTime.valueOr(0));
}

void TestPostFlow::screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("PINSTRIPE_TEST_ARTIFACTS", QDir::tempPath());
    QVERIFY(widget->grab().save(dir + QStringLiteral("/changes-") + name + QStringLiteral(".png")));
}

void TestPostFlow::mixedBatchShowsPartialSuccessOnRows()
{
    const QList<AdGroup> groups = budgeted();
    QVERIFY(groups.size() >= 3);
    const AdGroup &a = groups.at(0);
    const AdGroup &b = groups.at(1);
    const AdGroup &bad = groups.at(2);
    const qint64 aAfter = a.budgetInMicroCurrency.value() * 11 / 10;
    const qint64 bAfter = b.budgetInMicroCurrency.value() * 12 / 10;
    // A budget of 0 passes the local checks; Pinterest refuses it for a non-CBO ad group.
    QVERIFY(recordEdits(m_stack.get(), m_changes.get(),
                        {edit(a, kBudget, aAfter), edit(b, kBudget, bAfter), edit(bad, kBudget, 0)},
                        QStringLiteral("Budgets")));
    PendingChangesModel model(m_changes.get());
    model.setAdAccountId(m_account);
    model.setCurrency(m_currency);
    QCOMPARE(model.rowCount(), 3);

    auto flow = makeFlow();
    // Who posts is asked when the post starts (the window asks the session).
    QString user = QStringLiteral("Someone else");
    flow->setUserProvider([&user] { return user; });
    user = QStringLiteral("Ada Lovelace");
    QSignalSpy saved(flow.get(), &PostFlow::adGroupSaved);
    QSignalSpy finished(flow.get(), &PostFlow::finished);
    flow->start();
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 60000);
    QVERIFY(!flow->findingsDialog()); // nothing for the checks to say
    const auto summary = finished.constFirst().constFirst().value<Poster::Summary>();
    QCOMPARE(summary.writeCalls, 1);
    QCOMPARE(summary.succeeded, 2);
    QCOMPARE(summary.failed, 1);
    QVERIFY(flow->resultBox());
    QVERIFY2(flow->resultBox()->text().startsWith(QStringLiteral("2 applied, 1 refused — see the list")),
             qPrintable(flow->resultBox()->text()));

    // The refused one stays, Failed, with Pinterest's message; the others left the list.
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, PendingChangesModel::AdGroupColumn).data().toString(), bad.name.value());
    QCOMPARE(model.index(0, PendingChangesModel::StateColumn).data(PendingChangesModel::StateRole).toInt(),
             int(PendingChange::State::Failed));
    QVERIFY(model.index(0, PendingChangesModel::StateColumn).data().toString().startsWith(QStringLiteral("Failed: Pinterest: ")));
    const QString message = model.index(0, PendingChangesModel::StateColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(message.startsWith(QStringLiteral("Pinterest: ")) && message.contains(kBudget), qPrintable(message));
    QCOMPARE(saved.size(), 2);
    QCOMPARE(m_cache.value(a.id.value()).budgetInMicroCurrency.value(), aAfter);
    QCOMPARE(fetch(a.id.value()).budgetInMicroCurrency.value(), aAfter);
    QCOMPARE(fetch(b.id.value()).budgetInMicroCurrency.value(), bAfter);
    QCOMPARE(fetch(bad.id.value()).budgetInMicroCurrency.value(), bad.budgetInMicroCurrency.value());
    QCOMPARE(m_store->load(m_account).size(), 1);

    // The journal names who posted, applied or refused.
    const QList<JournalEntry> entries = m_store->journal(m_account);
    QCOMPARE(entries.size(), 3);
    for (const JournalEntry &entry : entries)
        QCOMPARE(entry.postedBy, QStringLiteral("Ada Lovelace"));

    // The journal keeps all three; the refusal with Pinterest's message, and it cannot be reverted.
    JournalView journal(m_store.get(), m_changes.get(), m_stack.get());
    journal.setAdAccount(m_account, m_currency);
    QCOMPARE(journal.list()->topLevelItemCount(), 3);
    int refusedRow = -1;
    for (int row = 0; row < 3; ++row) {
        if (journal.list()->topLevelItem(row)->text(JournalView::ResultColumn).startsWith(QStringLiteral("Refused: Pinterest: ")))
            refusedRow = row;
    }
    QVERIFY(refusedRow >= 0);
    QCOMPARE(journal.list()->topLevelItem(refusedRow)->text(JournalView::AdGroupColumn), bad.name.value());
    journal.selectRow(refusedRow);
    QVERIFY(!journal.findChild<QPushButton *>(QStringLiteral("revertButton"))->isEnabled());
}

void TestPostFlow::warningsAskAndErrorsBlock()
{
    const QList<AdGroup> groups = budgeted();
    const AdGroup &raised = groups.at(0);
    std::optional<AdGroup> bidder;
    for (const AdGroup &g : groups.mid(1)) {
        if (g.bidStrategyType.valueOr({}) == QLatin1String("MAX_BID") && g.bidInMicroCurrency.hasValue()) {
            bidder = g;
            break;
        }
    }
    QVERIFY(bidder);
    const qint64 raisedAfter = raised.budgetInMicroCurrency.value() * 3; // +200%: over the +50% threshold
    recordEdits(m_stack.get(), m_changes.get(), {edit(raised, kBudget, raisedAfter)}, QStringLiteral("Triple"));
    const QString lowBid = m_changes->record(edit(*bidder, kBid, 1)); // a millionth: under any floor

    auto flow = makeFlow();
    QSignalSpy abandoned(flow.get(), &PostFlow::abandoned);
    flow->start();
    QTRY_VERIFY_WITH_TIMEOUT(flow->findingsDialog(), 30000);
    QCOMPARE(flow->stage(), PostFlow::Stage::Findings);
    FindingsDialog *dialog = flow->findingsDialog();
    QCOMPARE(dialog->list()->topLevelItemCount(), 2);
    QCOMPARE(dialog->list()->topLevelItem(0)->text(0), QStringLiteral("Error"));
    QVERIFY2(dialog->list()->topLevelItem(0)->text(3).contains(QStringLiteral("bid floor")),
             qPrintable(dialog->list()->topLevelItem(0)->text(3)));
    QCOMPARE(dialog->list()->topLevelItem(1)->text(0), QStringLiteral("Warning"));
    QVERIFY(dialog->postButton());
    QCOMPARE(dialog->postButton()->text(), QStringLiteral("Post &all anyway"));
    QVERIFY(dialog->cancelButton()->isDefault()); // Enter does not post past a warning
    screenshot(dialog, QStringLiteral("findings"));

    // Not confirmed: nothing is sent.
    QTest::mouseClick(dialog->cancelButton(), Qt::LeftButton);
    QCOMPARE(abandoned.size(), 1);
    QCOMPARE(fetch(raised.id.value()).budgetInMicroCurrency.value(), raised.budgetInMicroCurrency.value());
    QCOMPARE(m_changes->count(), 2);
    const PendingChange blocked = *m_changes->find(lowBid);
    QCOMPARE(blocked.state, PendingChange::State::Failed);
    QVERIFY2(blocked.message.contains(QStringLiteral("bid floor")), qPrintable(blocked.message));

    // "Post anyway": the warned change goes; the blocked one never does.
    flow->start();
    QTRY_VERIFY_WITH_TIMEOUT(flow->findingsDialog(), 30000);
    QSignalSpy finished(flow.get(), &PostFlow::finished);
    QTest::mouseClick(flow->findingsDialog()->postButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 60000);
    const auto summary = finished.constFirst().constFirst().value<Poster::Summary>();
    QCOMPARE(summary.succeeded, 1);
    QCOMPARE(summary.writeCalls, 1);
    QCOMPARE(fetch(raised.id.value()).budgetInMicroCurrency.value(), raisedAfter);
    QCOMPARE(fetch(bidder->id.value()).bidInMicroCurrency.value(), bidder->bidInMicroCurrency.value());
    QCOMPARE(m_changes->count(), 1);
    QCOMPARE(m_changes->find(lowBid)->state, PendingChange::State::Failed);
}

void TestPostFlow::conflictsResolvedPerField()
{
    const QList<AdGroup> groups = budgeted();
    const AdGroup &keep = groups.at(0);
    const AdGroup &take = groups.at(1);
    const AdGroup &refused = groups.at(2);
    const qint64 mineKeep = keep.budgetInMicroCurrency.value() + 1'000'000;
    const qint64 mineTake = take.budgetInMicroCurrency.value() + 2'000'000;
    recordEdits(m_stack.get(), m_changes.get(),
                {edit(keep, kBudget, mineKeep), edit(take, kBudget, mineTake), edit(refused, kBudget, 0)},
                QStringLiteral("Budgets"));

    // Someone else changes both budgets on Pinterest meanwhile.
    AdGroup theirsKeep = keep;
    theirsKeep.budgetInMicroCurrency = keep.budgetInMicroCurrency.value() + 5'000'000;
    AdGroup theirsTake = take;
    theirsTake.budgetInMicroCurrency = take.budgetInMicroCurrency.value() + 6'000'000;
    QVERIFY(run<AdGroupBatchResult>(new UpdateAdGroupsRequest(m_sandbox->client.get(), m_account,
                                                              {AdGroup::updateBody(keep, theirsKeep), AdGroup::updateBody(take, theirsTake)}),
                                    &UpdateAdGroupsRequest::finished)
                .ok());

    auto flow = makeFlow();
    const Poster::Summary first = postAndWait(*flow);
    QCOMPARE(first.conflicts, 2);
    QCOMPARE(first.failed, 1);
    QCOMPARE(first.writeCalls, 1);
    QCOMPARE(fetch(keep.id.value()).budgetInMicroCurrency.value(), theirsKeep.budgetInMicroCurrency.value());

    PendingChangesPanel panel(m_changes.get(), m_stack.get());
    panel.setAdAccount(m_account, m_currency);
    panel.resize(980, 240);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QCOMPARE(panel.model()->rowCount(), 3);
    QCOMPARE(panel.summaryText(), QStringLiteral("3 changes to 3 ad groups; 1 failed, 2 conflicts"));
    QVERIFY(panel.findChild<QPushButton *>(QStringLiteral("resolveButton"))->isVisible());
    const QString keepId = m_changes->pendingFor(keep.id.value(), kBudget)->id;
    const QString takeId = m_changes->pendingFor(take.id.value(), kBudget)->id;
    QCOMPARE(panel.model()->index(panel.model()->rowOf(keepId), PendingChangesModel::StateColumn).data().toString(),
             QString(QStringLiteral("Conflict: on Pinterest now ") + Money(theirsKeep.budgetInMicroCurrency.value(), m_currency).format()));
    screenshot(&panel, QStringLiteral("panel-failed-and-conflict"));

    QTest::mouseClick(panel.findChild<QPushButton *>(QStringLiteral("resolveButton")), Qt::LeftButton);
    QPointer<ConflictDialog> opened = panel.conflictDialog();
    QVERIFY(opened);
    ConflictDialog &dialog = *opened;
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.changeIds(), (QStringList{keepId, takeId}));
    auto *keepMine = dialog.findChild<QRadioButton *>(QStringLiteral("keepMine_") + keepId);
    auto *takeTheirs = dialog.findChild<QRadioButton *>(QStringLiteral("takeTheirs_") + takeId);
    QVERIFY(keepMine && takeTheirs);
    // Both values, in the account currency.
    QCOMPARE(keepMine->text(), Money(mineKeep, m_currency).format());
    QCOMPARE(dialog.findChild<QRadioButton *>(QStringLiteral("takeTheirs_") + keepId)->text(),
             Money(theirsKeep.budgetInMicroCurrency.value(), m_currency).format());
    QVERIFY(keepMine->isChecked());
    // On the indicator: a radio button reacts only to clicks on its indicator and text.
    QTest::mouseClick(takeTheirs, Qt::LeftButton, {}, QPoint(6, takeTheirs->height() / 2));
    QCOMPARE(dialog.choice(takeId), ConflictDialog::Choice::TakeTheirs);
    QCOMPARE(dialog.choice(keepId), ConflictDialog::Choice::KeepMine);
    screenshot(&dialog, QStringLiteral("conflict-dialog"));
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("okButton")), Qt::LeftButton);
    QTRY_VERIFY(!opened); // closed and deleted

    // Keep mine: rebased on Pinterest's value and time, pending again. Take theirs: gone.
    const AdGroup serverKeep = fetch(keep.id.value());
    PendingChange rebased = *m_changes->find(keepId);
    QCOMPARE(rebased.state, PendingChange::State::Pending);
    QCOMPARE(rebased.before.toInteger(), theirsKeep.budgetInMicroCurrency.value());
    QCOMPARE(rebased.after.toInteger(), mineKeep);
    QCOMPARE(rebased.baseUpdatedTime, serverKeep.updatedTime.value());
    QVERIFY(!m_changes->find(takeId));
    // The resolution is one undo step.
    m_stack->undo();
    QCOMPARE(m_changes->find(keepId)->state, PendingChange::State::Conflict);
    QCOMPARE(m_changes->find(takeId)->state, PendingChange::State::Conflict);
    m_stack->redo();
    QVERIFY(!m_changes->find(takeId));
    QCOMPARE(*m_changes->find(keepId), rebased);

    // The refused change is discarded from the panel with the keyboard, then the rest is posted.
    const QString refusedId = m_changes->pendingFor(refused.id.value(), kBudget)->id;
    panel.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&panel));
    panel.view()->setFocus();
    panel.selectChange(refusedId);
    QTest::keyClick(panel.view(), Qt::Key_Delete);
    QCOMPARE(m_changes->count(), 1);

    // Post… in the panel runs the flow and is disabled meanwhile.
    panel.attachPostFlow(flow.get());
    QSignalSpy finished(flow.get(), &PostFlow::finished);
    auto *post = panel.findChild<QPushButton *>(QStringLiteral("postButton"));
    QTest::mouseClick(post, Qt::LeftButton);
    QVERIFY(flow->isRunning());
    QVERIFY(!post->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 60000);
    flow->resultBox()->close();
    const auto second = finished.constFirst().constFirst().value<Poster::Summary>();
    QCOMPARE(second.conflicts, 0);
    QCOMPARE(second.succeeded, 1);
    QCOMPARE(fetch(keep.id.value()).budgetInMicroCurrency.value(), mineKeep);
    QCOMPARE(fetch(take.id.value()).budgetInMicroCurrency.value(), theirsTake.budgetInMicroCurrency.value());
    QCOMPARE(fetch(refused.id.value()).budgetInMicroCurrency.value(), refused.budgetInMicroCurrency.value());
    QCOMPARE(panel.model()->rowCount(), 0);
}

void TestPostFlow::journalRevertRestoresTheOldValue()
{
    const AdGroup g = budgeted().constFirst();
    const qint64 original = g.budgetInMicroCurrency.value();
    const qint64 raised = original + 4'000'000;
    recordEdits(m_stack.get(), m_changes.get(), {edit(g, kBudget, raised)}, QStringLiteral("Raise"));
    auto flow = makeFlow();
    QCOMPARE(postAndWait(*flow).succeeded, 1);
    QCOMPARE(fetch(g.id.value()).budgetInMicroCurrency.value(), raised);

    JournalView journal(m_store.get(), m_changes.get(), m_stack.get());
    journal.setAdAccount(m_account, m_currency);
    journal.resize(900, 220);
    journal.show();
    QVERIFY(QTest::qWaitForWindowExposed(&journal));
    QCOMPARE(journal.list()->topLevelItemCount(), 1);
    const QTreeWidgetItem *item = journal.list()->topLevelItem(0);
    QCOMPARE(item->text(JournalView::AdGroupColumn), g.name.value());
    QCOMPARE(item->text(JournalView::FieldColumn), QStringLiteral("Budget"));
    QCOMPARE(item->text(JournalView::ChangeColumn),
             QString(Money(original, m_currency).format() + QStringLiteral(" → ") + Money(raised, m_currency).format()));
    QCOMPARE(item->text(JournalView::ResultColumn), QStringLiteral("Applied"));
    auto *revert = journal.findChild<QPushButton *>(QStringLiteral("revertButton"));
    QVERIFY(!revert->isEnabled());
    journal.selectRow(0);
    QVERIFY(revert->isEnabled());
    screenshot(&journal, QStringLiteral("journal"));

    QSignalSpy reverted(&journal, &JournalView::reverted);
    QTest::mouseClick(revert, Qt::LeftButton);
    QCOMPARE(reverted.size(), 1);
    QCOMPARE(m_changes->count(), 1);
    const PendingChange inverse = *m_changes->find(reverted.constFirst().constFirst().toString());
    QCOMPARE(inverse.before.toInteger(), raised);
    QCOMPARE(inverse.after.toInteger(), original);
    QCOMPARE(m_stack->undoText(), QString(QStringLiteral("Revert budget of ") + g.name.value()));
    m_stack->undo();
    QCOMPARE(m_changes->count(), 0);
    m_stack->redo();
    QCOMPARE(m_changes->count(), 1);

    QCOMPARE(postAndWait(*flow).succeeded, 1);
    QCOMPARE(fetch(g.id.value()).budgetInMicroCurrency.value(), original);
    journal.refresh();
    QCOMPARE(journal.list()->topLevelItemCount(), 2);
}

void TestPostFlow::cancelReportsWhatWasNotSent()
{
    const QList<AdGroup> groups = budgeted().mid(0, 90);
    QCOMPARE(groups.size(), 90); // three batches of 30
    QList<PendingChange> raise;
    for (const AdGroup &g : groups)
        raise << edit(g, kBudget, g.budgetInMicroCurrency.value() + 1'000'000);
    recordEdits(m_stack.get(), m_changes.get(), raise, QStringLiteral("Raise 90 budgets"));
    sandbox::FaultOptions faults;
    faults.latencyMs = 200;
    m_sandbox->server->setFaults(faults);

    auto flow = makeFlow();
    flow->setMaxInFlight(1);
    // Cancel in the progress dialog as soon as the first batch is reported.
    connect(flow.get(), &PostFlow::stageChanged, this, [&flow](PostFlow::Stage stage) {
        if (stage != PostFlow::Stage::Posting)
            return;
        auto *poster = flow->findChild<Poster *>();
        QVERIFY(poster && flow->progressDialog());
        connect(poster, &Poster::progress, flow.get(), [&flow](int done) {
            if (done == 1 && flow->progressDialog())
                flow->progressDialog()->findChild<QPushButton *>()->click();
        });
    });
    QSignalSpy finished(flow.get(), &PostFlow::finished);
    flow->start();
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 60000);
    const auto summary = finished.constFirst().constFirst().value<Poster::Summary>();
    QVERIFY(summary.cancelled);
    QCOMPARE(summary.writeCalls, 1);
    QCOMPARE(summary.succeeded, 30);
    QCOMPARE(summary.notSent, 60);
    const QString text = flow->resultBox()->text();
    QVERIFY2(text.startsWith(QStringLiteral("Cancelled: 30 applied, 60 not sent")), qPrintable(text));
    m_sandbox->server->setFaults({});

    PendingChangesModel model(m_changes.get());
    model.setAdAccountId(m_account);
    QCOMPARE(model.rowCount(), 60);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.index(row, PendingChangesModel::StateColumn).data().toString(), QStringLiteral("Pending"));
    QCOMPARE(model.rowOf(model.changeAt(59).id), 59);
    const QString notSent = model.changeAt(0).adGroupId;
    QCOMPARE(fetch(notSent).budgetInMicroCurrency.value(), m_cache.value(notSent).budgetInMicroCurrency.value());
}

void TestPostFlow::postAllButTheFlaggedKeepsTheWarnedChange()
{
    const QList<AdGroup> groups = budgeted();
    const AdGroup &jump = groups.at(0);
    const AdGroup &small = groups.at(1);
    const qint64 jumpAfter = jump.budgetInMicroCurrency.value() * 16 / 10; // +60%: warned
    const qint64 smallAfter = small.budgetInMicroCurrency.value() + 10'000;
    recordEdits(m_stack.get(), m_changes.get(), {edit(jump, kBudget, jumpAfter), edit(small, kBudget, smallAfter)},
                QStringLiteral("Budgets"));
    const QString jumpId = m_changes->pendingFor(jump.id.value(), kBudget)->id;

    auto flow = makeFlow();
    flow->start();
    QTRY_VERIFY_WITH_TIMEOUT(flow->findingsDialog(), 30000);
    FindingsDialog *dialog = flow->findingsDialog();
    QCOMPARE(dialog->list()->topLevelItemCount(), 1);
    QCOMPARE(dialog->list()->topLevelItem(0)->text(0), QStringLiteral("Warning"));
    // The words say what each button sends.
    QCOMPARE(dialog->postButton()->text(), QStringLiteral("Post &all anyway"));
    QVERIFY(dialog->postUnflaggedButton());
    QCOMPARE(dialog->postUnflaggedButton()->text(), QStringLiteral("Post all but the &flagged (1)"));
    QVERIFY(dialog->findChild<QLabel *>()->text().contains(QStringLiteral("Post all changes anyway, warned ones included, or all but the flagged ones?")));
    screenshot(dialog, QStringLiteral("findings-post-unflagged"));

    QSignalSpy finished(flow.get(), &PostFlow::finished);
    QTest::mouseClick(dialog->postUnflaggedButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 60000);
    const auto summary = finished.constFirst().constFirst().value<Poster::Summary>();
    QCOMPARE(summary.succeeded, 1);
    QCOMPARE(fetch(small.id.value()).budgetInMicroCurrency.value(), smallAfter);
    QCOMPARE(fetch(jump.id.value()).budgetInMicroCurrency.value(), jump.budgetInMicroCurrency.value());
    QCOMPARE(m_changes->count(), 1);
    QCOMPARE(m_changes->find(jumpId)->state, PendingChange::State::Pending);
    flow->resultBox()->close();

    // "Post all anyway" sends the warned one too.
    flow->start();
    QTRY_VERIFY_WITH_TIMEOUT(flow->findingsDialog() && flow->findingsDialog()->isVisible(), 30000);
    QTest::mouseClick(flow->findingsDialog()->postButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 60000);
    QCOMPARE(finished.at(1).constFirst().value<Poster::Summary>().succeeded, 1);
    QCOMPARE(fetch(jump.id.value()).budgetInMicroCurrency.value(), jumpAfter);
    QCOMPARE(m_changes->count(), 0);
}

void TestPostFlow::reviewSumsUpBeforeSending()
{
    QList<AdGroup> daily;
    for (const AdGroup &g : budgeted()) {
        if (g.budgetType.valueOr({}) == QLatin1String("DAILY"))
            daily << g;
    }
    QVERIFY(daily.size() >= 9);
    const AdGroup &a = daily.at(0);
    const AdGroup &b = daily.at(1);
    recordEdits(m_stack.get(), m_changes.get(),
                {edit(a, kBudget, a.budgetInMicroCurrency.value() + 1'000'000),
                 edit(b, kBudget, b.budgetInMicroCurrency.value() + 2'500'000)},
                QStringLiteral("Budgets"));
    const QString plus = PostReviewDialog::signedAmount(3'500'000, m_currency);
    QCOMPARE(plus, QString(QLocale().positiveSign() + Money(3'500'000, m_currency).format()));

    auto flow = makeFlow(false);
    QSignalSpy finished(flow.get(), &PostFlow::finished);
    flow->start();
    QTRY_VERIFY_WITH_TIMEOUT(flow->reviewDialog() && flow->reviewDialog()->isVisible(), 30000);
    PostReviewDialog *review = flow->reviewDialog();
    QCOMPARE(flow->stage(), PostFlow::Stage::Review);
    QCOMPARE(review->textLabel()->text(),
             QString(QStringLiteral("Send 2 changes to 2 ad groups to Pinterest?\nDaily budgets in total: ") + plus
                     + QStringLiteral(" per day.\nAd accounts: ") + m_account + QLatin1Char('.')));
    screenshot(review, QStringLiteral("post-review"));
    // Nothing has gone out yet.
    QCOMPARE(fetch(a.id.value()).budgetInMicroCurrency.value(), a.budgetInMicroCurrency.value());
    QTest::mouseClick(review->postButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 60000);
    QCOMPARE(flow->resultBox()->text(), QString(QStringLiteral("2 applied.\nChanged on Pinterest: 2 ad groups. Daily budgets in total: ")
                                                + plus + QStringLiteral(" per day.")));
    flow->resultBox()->close();
    QCOMPARE(fetch(b.id.value()).budgetInMicroCurrency.value(), b.budgetInMicroCurrency.value() + 2'500'000);

    // Cancel sends nothing.
    m_changes->record(edit(daily.at(2), kBudget, daily.at(2).budgetInMicroCurrency.value() + 10'000));
    QSignalSpy abandoned(flow.get(), &PostFlow::abandoned);
    flow->start();
    QTRY_VERIFY_WITH_TIMEOUT(flow->reviewDialog() && flow->reviewDialog()->isVisible(), 30000);
    QTest::mouseClick(flow->reviewDialog()->cancelButton(), Qt::LeftButton);
    QCOMPARE(abandoned.size(), 1);
    QCOMPARE(m_changes->count(), 1);

    // "Don't ask again for small posts": the next small post goes at once, a large one still asks.
    flow->start();
    QTRY_VERIFY_WITH_TIMEOUT(flow->reviewDialog() && flow->reviewDialog()->isVisible(), 30000);
    QCheckBox *dontAsk = flow->reviewDialog()->dontAskCheck();
    QTest::mouseClick(dontAsk, Qt::LeftButton, {}, QPoint(6, dontAsk->height() / 2)); // on the indicator
    QVERIFY(flow->reviewDialog()->dontAskCheck()->isChecked());
    QTest::mouseClick(flow->reviewDialog()->postButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 60000);
    flow->resultBox()->close();
    QVERIFY(PostReviewDialog::skipsSmallPosts());

    m_changes->record(edit(daily.at(3), kBudget, daily.at(3).budgetInMicroCurrency.value() + 10'000));
    QSignalSpy stages(flow.get(), &PostFlow::stageChanged);
    flow->start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 3, 60000);
    for (const QList<QVariant> &stage : std::as_const(stages))
        QVERIFY(stage.constFirst().value<PostFlow::Stage>() != PostFlow::Stage::Review);
    flow->resultBox()->close();

    for (const AdGroup &g : daily.mid(3, 6))
        m_changes->record(edit(g, kBudget, g.budgetInMicroCurrency.value() + 10'000));
    QCOMPARE(m_changes->count(), 6);
    flow->start();
    QTRY_VERIFY_WITH_TIMEOUT(flow->reviewDialog() && flow->reviewDialog()->isVisible(), 30000);
    QVERIFY(flow->reviewDialog()->textLabel()->text().startsWith(QStringLiteral("Send 6 changes to 6 ad groups to Pinterest?")));
    QTest::mouseClick(flow->reviewDialog()->cancelButton(), Qt::LeftButton);
}

void TestPostFlow::panelPostUsesTheClientOfNow()
{
    const AdGroup g = budgeted().constFirst();
    recordEdits(m_stack.get(), m_changes.get(), {edit(g, kBudget, g.budgetInMicroCurrency.value() + 1'000'000)},
                QStringLiteral("Raise"));
    // The window's client when the flow was built (demo start), replaced by a sign-in since.
    auto before = std::make_unique<ApiClient>(m_sandbox->client->baseUrl(), m_sandbox->tokens.get());
    ApiClient *current = before.get();
    PostFlow flow([&current]() { return current; }, m_changes.get(), m_store.get(), nullptr);
    acceptReviews(&flow);
    flow.setAdAccount(m_account, m_currency);
    flow.setAdGroups(m_cache);
    flow.setCampaigns(m_campaigns);
    PendingChangesPanel panel(m_changes.get(), m_stack.get());
    panel.setAdAccount(m_account, m_currency);
    panel.attachPostFlow(&flow);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto after = std::make_unique<ApiClient>(m_sandbox->client->baseUrl(), m_sandbox->tokens.get());
    current = after.get();
    before.reset();

    QSignalSpy finished(&flow, &PostFlow::finished);
    QTest::mouseClick(panel.findChild<QPushButton *>(QStringLiteral("postButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 60000);
    QVERIFY2(!MessageBox::lastText().contains(QStringLiteral("Not connected")), qPrintable(MessageBox::lastText()));
    QCOMPARE(finished.constFirst().constFirst().value<Poster::Summary>().succeeded, 1);
    QVERIFY2(flow.resultBox()->text().startsWith(QStringLiteral("1 applied.")), qPrintable(flow.resultBox()->text()));
    flow.resultBox()->close();
    QCOMPARE(fetch(g.id.value()).budgetInMicroCurrency.value(), g.budgetInMicroCurrency.value() + 1'000'000);
}

void TestPostFlow::progressTextMatchesTheBar()
{
    const QList<AdGroup> groups = budgeted().mid(0, 120);
    QCOMPARE(groups.size(), 120); // four batches of 30
    QList<PendingChange> raise;
    for (const AdGroup &g : groups)
        raise << edit(g, kBudget, g.budgetInMicroCurrency.value() + 1'000'000);
    recordEdits(m_stack.get(), m_changes.get(), raise, QStringLiteral("Raise 120 budgets"));

    auto flow = makeFlow();
    flow->setMaxInFlight(1);
    bool nested = false;
    QString label;
    int value = -1;
    connect(flow.get(), &PostFlow::stageChanged, this, [&](PostFlow::Stage stage) {
        if (stage != PostFlow::Stage::Posting)
            return;
        Poster *poster = flow->findChild<Poster *>();
        QProgressDialog *dialog = flow->progressDialog();
        // A modal QProgressDialog runs the event loop inside setValue(), where the answers of
        // later batches are handled: the first batch's report is overtaken by the third's.
        connect(dialog->findChild<QProgressBar *>(), &QProgressBar::valueChanged, poster, [&nested, poster](int v) {
            if (v == 1 && !nested) {
                nested = true;
                Q_EMIT poster->progress(3, 4);
            }
        });
        connect(poster, &Poster::progress, this, [&label, &value, dialog](int done) {
            if (done == 1) {
                label = dialog->labelText();
                value = dialog->value();
            }
        });
    });
    QSignalSpy finished(flow.get(), &PostFlow::finished);
    flow->start();
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 60000);
    QVERIFY(nested);
    QCOMPARE(finished.constFirst().constFirst().value<Poster::Summary>().succeeded, 120);
    QCOMPARE(value, 3);
    QCOMPARE(label, QStringLiteral("Sent 3 of 4 batches of up to 30 ad groups…"));
    flow->resultBox()->close();
}

void TestPostFlow::rateLimitWaitCountsDownAndGoesOn()
{
    const QList<AdGroup> groups = budgeted().mid(0, 5);
    QList<PendingChange> raise;
    for (const AdGroup &g : groups)
        raise << edit(g, kBudget, g.budgetInMicroCurrency.value() + 1'000'000);
    recordEdits(m_stack.get(), m_changes.get(), raise, QStringLiteral("Raise 5 budgets"));

    auto flow = makeFlow();
    // A 429 storm longer than a request's own retries begins as the batch goes out.
    connect(flow.get(), &PostFlow::stageChanged, this, [this, &flow](PostFlow::Stage stage) {
        if (stage != PostFlow::Stage::Posting)
            return;
        connect(flow->findChild<Poster *>(), &Poster::progress, flow.get(), [this](int done) {
            if (done != 0)
                return;
            sandbox::FaultOptions faults;
            faults.stormDurationMs = 6000;
            faults.pathPattern = QStringLiteral("ad_groups$");
            m_sandbox->server->setFaults(faults);
        });
    });
    QSignalSpy finished(flow.get(), &PostFlow::finished);
    flow->start();
    QTRY_VERIFY_WITH_TIMEOUT(flow->progressDialog()
                                 && flow->progressDialog()->labelText().startsWith(
                                     QStringLiteral("Waiting for Pinterest's rate limit — resumes in ")),
                             20000);
    screenshot(flow->progressDialog(), QStringLiteral("rate-limit-wait"));
    QVERIFY(finished.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 60000);
    const auto summary = finished.constFirst().constFirst().value<Poster::Summary>();
    QCOMPARE(summary.failed, 0);
    QCOMPARE(summary.succeeded, 5);
    QVERIFY2(flow->resultBox()->text().startsWith(QStringLiteral("5 applied.")), qPrintable(flow->resultBox()->text()));
    flow->resultBox()->close();
    QCOMPARE(m_changes->count(), 0);
}

void TestPostFlow::interruptedPostIsToldAndChecked()
{
    const QList<AdGroup> groups = budgeted().mid(0, 3);
    QList<PendingChange> raise;
    for (const AdGroup &g : groups)
        raise << edit(g, kBudget, g.budgetInMicroCurrency.value() + 1'000'000);
    recordEdits(m_stack.get(), m_changes.get(), raise, QStringLiteral("Raise 3 budgets"));
    // What a post killed in flight leaves: all three written as sent, two applied by Pinterest.
    const QDateTime startedAt = QDateTime::currentDateTimeUtc().addSecs(-60);
    QVERIFY(m_store->beginPost(m_account, 3, startedAt) > 0);
    QList<PendingChange> sent = m_changes->changes();
    for (PendingChange &c : sent) {
        c.state = PendingChange::State::Sent;
        c.sentAt = startedAt;
    }
    m_changes->replaceAll(sent);
    QVERIFY(run<AdGroupBatchResult>(new UpdateAdGroupsRequest(m_sandbox->client.get(), m_account,
                                                              {QJsonObject{{QStringLiteral("id"), groups.at(0).id.value()},
                                                                           {kBudget, sent.at(0).after}},
                                                               QJsonObject{{QStringLiteral("id"), groups.at(1).id.value()},
                                                                           {kBudget, sent.at(1).after}}}),
                                    &UpdateAdGroupsRequest::finished)
                .ok());

    // The next start: the panel says so, and Post waits until Pinterest was asked.
    m_changes->loadFromStore();
    PendingChangesPanel panel(m_changes.get(), m_stack.get());
    panel.resize(980, 260);
    panel.setAdAccount(m_account, m_currency);
    auto flow = makeFlow();
    panel.attachPostFlow(flow.get());
    QLabel *notice = panel.noticeLabel();
    auto *post = panel.findChild<QPushButton *>(QStringLiteral("postButton"));
    QStringList notices;
    QList<bool> postEnabled;
    connect(flow.get(), &PostFlow::noticeChanged, this, [&](const QString &text) {
        notices << text;
        postEnabled << post->isEnabled();
    });
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QTRY_COMPARE_WITH_TIMEOUT(notices.size(), 2, 30000);
    const QString when = QLocale().toString(startedAt.toLocalTime(), QLocale::ShortFormat);
    QCOMPARE(notices.at(0), QString(QStringLiteral("A post was interrupted on ") + when
                                    + QStringLiteral(": 0 confirmed, 3 not confirmed — checking with Pinterest…")));
    QVERIFY(!postEnabled.at(0)); // Post is offered again only after the check
    QCOMPARE(notices.at(1), QString(QStringLiteral("A post was interrupted on ") + when
                                    + QStringLiteral(": 0 confirmed, 3 not confirmed — checked with Pinterest: "
                                                     "2 applied, 1 not applied (pending again).")));
    QCOMPARE(flow->stage(), PostFlow::Stage::Idle);
    QVERIFY(notice->isVisible());
    QCOMPARE(notice->text(), notices.at(1));
    screenshot(&panel, QStringLiteral("panel-interrupted-post"));
    QVERIFY(post->isEnabled());
    QCOMPARE(panel.model()->rowCount(), 1);
    QCOMPARE(panel.model()->changeAt(0).adGroupId, groups.at(2).id.value());
    QCOMPARE(panel.model()->changeAt(0).state, PendingChange::State::Pending);
    QCOMPARE(m_store->journal(m_account).size(), 2);
    QVERIFY(!m_store->interruptedPost(m_account));
}

QTEST_MAIN(TestPostFlow)
#include "tst_postflow.moc"
