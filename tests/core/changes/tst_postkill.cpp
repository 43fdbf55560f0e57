// The app is killed (SIGKILL) while a post is in flight: a real child process posts from the
// pending changes store, the test kills it once the sandbox has applied the request but before
// the answer arrives, then opens the same store as the next start would and checks that nothing
// is created twice, the interrupted post is known, and the journal has one entry per change.
#include "../api/apitestsupport.h"

#include "core/api/adgrouppager.h"
#include "core/api/getadgrouprequest.h"
#include "core/api/listadaccountsrequest.h"
#include "core/changes/changeset.h"
#include "core/changes/pendingchangestore.h"
#include "core/changes/poster.h"
#include "core/model/enums.h"

#include <QProcess>
#include <QSet>
#include <QTemporaryDir>

using namespace pinstripe;
using namespace pinstripe::testing;

class TestPostKill : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void killedCreatePostDoesNotDuplicate();
    void killedUpdatePostIsReportedAndReconciled();

private:
    QList<AdGroup> adGroups(const QStringList &statuses);
    /** Starts the posting child on the store; it posts everything in it. */
    void startChild(int inFlight);
    void killChild();
    Poster::Summary run(Poster &poster, bool checkOnly);
    QString storePath() const { return m_dir->filePath(QStringLiteral("pending.sqlite")); }

    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_child;
    QString m_account;
};

void TestPostKill::init()
{
    sandbox::SandboxOptions options;
    options.adGroups = 300;
    m_sandbox = std::make_unique<SandboxFixture>(options);
    m_dir = std::make_unique<QTemporaryDir>();
    auto accounts = pinstripe::testing::run<AdAccountPage>(new ListAdAccountsRequest(m_sandbox->client.get(), {}),
                                                           &ListAdAccountsRequest::finished);
    QVERIFY(accounts.ok());
    m_account = accounts.result->items.constFirst().id.value();
}

void TestPostKill::cleanup()
{
    if (m_child && m_child->state() != QProcess::NotRunning)
        killChild();
    m_child.reset();
    m_dir.reset();
    m_sandbox.reset();
}

QList<AdGroup> TestPostKill::adGroups(const QStringList &statuses)
{
    AdGroupListParams params;
    params.entityStatuses = statuses;
    AdGroupPager pager(m_sandbox->client.get(), m_account, params);
    QList<AdGroup> all;
    connect(&pager, &AdGroupPager::pageReceived, this, [&](const AdGroupPage &page) { all << page.items; });
    pager.start();
    [&] { QTRY_VERIFY_WITH_TIMEOUT(pager.isFinished() || pager.hasFailedChains(), 20000); }();
    return all;
}

void TestPostKill::startChild(int inFlight)
{
    m_child = std::make_unique<QProcess>();
    m_child->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_child->start(QStringLiteral(PINSTRIPE_POSTING_CHILD),
                   {QStringLiteral("--store"), storePath(), QStringLiteral("--url"), m_sandbox->client->baseUrl().toString(),
                    QStringLiteral("--token"), m_sandbox->server->options().accessToken, QStringLiteral("--account"), m_account,
                    QStringLiteral("--in-flight"), QString::number(inFlight)});
    QVERIFY(m_child->waitForStarted(10000));
}

void TestPostKill::killChild()
{
    m_child->kill(); // SIGKILL: no destructor, no event loop, nothing written on the way out
    QVERIFY(m_child->waitForFinished(10000));
    QCOMPARE(m_child->exitStatus(), QProcess::CrashExit);
}

Poster::Summary TestPostKill::run(Poster &poster, bool checkOnly)
{
    std::optional<Poster::Summary> summary;
    QObject guard;
    connect(&poster, &Poster::finished, &guard, [&](const Poster::Summary &s) { summary = s; });
    if (checkOnly)
        poster.check(m_account);
    else
        poster.post(m_account);
    [&] { QTRY_VERIFY_WITH_TIMEOUT(summary.has_value(), 60000); }();
    return summary.value_or(Poster::Summary{});
}

void TestPostKill::killedCreatePostDoesNotDuplicate()
{
    const AdGroup sibling = adGroups({QStringLiteral("ACTIVE"), QStringLiteral("PAUSED")}).constFirst();
    const QStringList names{QStringLiteral("Kill test — first"), QStringLiteral("Kill test — second")};
    {
        PendingChangeStore store(storePath());
        ChangeSet changes(&store);
        for (const QString &name : names) {
            AdGroup fresh;
            fresh.name = name;
            fresh.campaignId = sibling.campaignId;
            fresh.billableEvent = sibling.billableEvent;
            fresh.bidInMicroCurrency = 2'000'000;
            fresh.budgetInMicroCurrency = 20'000'000;
            fresh.status = QStringLiteral("PAUSED");
            fresh.targetingSpec = sibling.targetingSpec;
            fresh.optimizationGoalMetadata = sibling.optimizationGoalMetadata;
            changes.record(PendingChange::create(m_account, fresh.createBody()));
        }
        QCOMPARE(changes.count(), 2);
    }

    // The server creates at once and holds its answer back: the POST is in flight when killed.
    sandbox::FaultOptions faults;
    faults.latencyMs = 60'000;
    faults.pathPattern = QStringLiteral("ad_groups$");
    m_sandbox->server->setFaults(faults);
    const qint64 before = m_sandbox->server->adGroupCount();
    startChild(3);
    QTRY_COMPARE_WITH_TIMEOUT(m_sandbox->server->adGroupCount(), before + 2, 30000);
    killChild();
    m_sandbox->server->setFaults({});

    // The next start: both creates are known to have been sent, not plain "Pending".
    PendingChangeStore store(storePath());
    ChangeSet changes(&store);
    changes.loadFromStore();
    QCOMPARE(changes.count(), 2);
    for (const PendingChange &c : changes.changes()) {
        QCOMPARE(c.state, PendingChange::State::Sent);
        QVERIFY(c.sentAt.isValid());
    }
    const std::optional<PostRecord> interrupted = store.interruptedPost(m_account);
    QVERIFY(interrupted);
    QCOMPARE(interrupted->changes, 2);
    QCOMPARE(interrupted->confirmed, 0);

    // Post again: listing finds both, nothing is sent a second time.
    Poster poster(m_sandbox->client.get(), &changes, &store);
    const Poster::Summary summary = run(poster, false);
    QCOMPARE(summary.writeCalls, 0);
    QCOMPARE(summary.succeeded, 2);
    QCOMPARE(changes.count(), 0);
    QVERIFY(!store.interruptedPost(m_account));
    QCOMPARE(m_sandbox->server->adGroupCount(), before + 2);
    const QList<AdGroup> all = adGroups(enums::entityStatuses());
    for (const QString &name : names) {
        int copies = 0;
        for (const AdGroup &g : all)
            copies += g.name.valueOr({}) == name ? 1 : 0;
        QCOMPARE(copies, 1);
    }
    QCOMPARE(store.journal(m_account).size(), 2);
}

void TestPostKill::killedUpdatePostIsReportedAndReconciled()
{
    QList<AdGroup> groups;
    for (const AdGroup &g : adGroups({QStringLiteral("ACTIVE"), QStringLiteral("PAUSED")})) {
        if (g.budgetInMicroCurrency.hasValue() && g.budgetType.valueOr({}) != QLatin1String("CBO_ADGROUP"))
            groups << g;
    }
    QVERIFY(groups.size() >= 40);
    groups = groups.mid(0, 40); // two batches: 30 + 10
    {
        PendingChangeStore store(storePath());
        ChangeSet changes(&store);
        for (const AdGroup &g : std::as_const(groups)) {
            changes.record(PendingChange::update(m_account, g.id.value(), g.name.valueOr({}),
                                                 QStringLiteral("budget_in_micro_currency"),
                                                 g.toJson().value(QLatin1String("budget_in_micro_currency")),
                                                 g.budgetInMicroCurrency.value() + 1'000'000, g.updatedTime.valueOr(0)));
        }
    }

    // Every answer about the account's ad groups comes late (the check step's listing too);
    // one batch at a time, so the second batch has not left when the first one is applied and
    // the process dies.
    sandbox::FaultOptions faults;
    faults.latencyMs = 1500;
    faults.pathPattern = QStringLiteral("ad_groups$");
    m_sandbox->server->setFaults(faults);
    startChild(1);
    const AdGroup &first = groups.constFirst();
    bool applied = false;
    QElapsedTimer timer;
    timer.start();
    while (!applied && timer.elapsed() < 30000) {
        // A single ad group's path does not end in "ad_groups": answered at once.
        auto got = pinstripe::testing::run<AdGroup>(new GetAdGroupRequest(m_sandbox->client.get(), m_account, first.id.value()),
                                                    &GetAdGroupRequest::finished);
        applied = got.ok() && got.result->budgetInMicroCurrency.valueOr(0) == first.budgetInMicroCurrency.value() + 1'000'000;
    }
    QVERIFY(applied);
    killChild();
    m_sandbox->server->setFaults({});

    PendingChangeStore store(storePath());
    ChangeSet changes(&store);
    changes.loadFromStore();
    QCOMPARE(changes.count(), 40);
    int sent = 0;
    int pending = 0;
    for (const PendingChange &c : changes.changes()) {
        sent += c.state == PendingChange::State::Sent ? 1 : 0;
        pending += c.state == PendingChange::State::Pending ? 1 : 0;
    }
    QCOMPARE(sent, 30);
    QCOMPARE(pending, 10);
    const std::optional<PostRecord> interrupted = store.interruptedPost(m_account);
    QVERIFY(interrupted);
    QCOMPARE(interrupted->changes, 40);
    QCOMPARE(interrupted->confirmed, 0);

    // Checked with Pinterest before anything is offered again: the 30 were applied.
    Poster poster(m_sandbox->client.get(), &changes, &store);
    const Poster::Summary checked = run(poster, true);
    QCOMPARE(checked.writeCalls, 0);
    QCOMPARE(checked.succeeded, 30);
    QCOMPARE(changes.count(), 10);
    QVERIFY(!store.interruptedPost(m_account));

    const Poster::Summary posted = run(poster, false);
    QCOMPARE(posted.succeeded, 10);
    QCOMPARE(posted.writeCalls, 1);
    QCOMPARE(changes.count(), 0);
    QVERIFY(store.load(m_account).isEmpty());

    // One journal entry per change, each applied.
    const QList<JournalEntry> journal = store.journal(m_account);
    QCOMPARE(journal.size(), 40);
    QSet<QString> ids;
    for (const JournalEntry &e : journal) {
        QVERIFY(e.succeeded);
        ids.insert(e.change.id);
    }
    QCOMPARE(ids.size(), 40);
    for (const AdGroup &g : std::as_const(groups)) {
        auto got = pinstripe::testing::run<AdGroup>(new GetAdGroupRequest(m_sandbox->client.get(), m_account, g.id.value()),
                                                    &GetAdGroupRequest::finished);
        QCOMPARE(got.result->budgetInMicroCurrency.value(), g.budgetInMicroCurrency.value() + 1'000'000);
    }
}

QTEST_GUILESS_MAIN(TestPostKill)
#include "tst_postkill.moc"
