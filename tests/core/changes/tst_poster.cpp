// Posting pending changes to the sandbox: batching, partial failure, conflicts, unknown creates,
// journal and revert, cancel.
#include "../api/apitestsupport.h"

#include "core/api/adgrouppager.h"
#include "core/api/getadgrouprequest.h"
#include "core/api/listadaccountsrequest.h"
#include "core/api/ratelimiter.h"
#include "core/api/updateadgroupsrequest.h"
#include "core/changes/changeset.h"
#include "core/changes/pendingchangestore.h"
#include "core/changes/poster.h"
#include "core/model/enums.h"
#include "core/time/manualclock.h"

#include <QTemporaryDir>

using namespace pinstripe;
using namespace pinstripe::testing;

class TestPoster : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void fortyFiveChangesTakeTwoCalls();
    void partialFailureStaysOnItsChange();
    void conflictIsNotSent();
    void unchangedNeighbourFieldIsRebased();
    void lostCreateIsReconciledWithoutDuplicate();
    void createNeverMadeIsSentAgain();
    void journalRevert();
    void cancelStopsNewBatches();
    void lostUpdateAnswersAreCheckedNotRefused();
    void lostUpdateNotAppliedStaysPending();
    void rateLimitStormDuringWritesWaitsAndGoesOn();
    void rateLimitStormDuringCheckWaits();
    void cancelDuringRateLimitWait();
    void retryAfterWaitEndsWhenTheClockMoves();
    void bodyStoppedBeforeSendingIsNotCalledRefused();

private:
    /** @p count budget raises of 1 unit on ad groups with a budget of their own; returns the ad groups. */
    QList<AdGroup> recordBudgetRaises(int count);
    QList<AdGroup> adGroups(const QStringList &statuses = {QStringLiteral("ACTIVE"), QStringLiteral("PAUSED")});
    Poster::Summary postAndWait(Poster &poster);
    AdGroup fetch(const QString &id);
    PendingChange budgetChange(const AdGroup &g, qint64 after);
    /** A paused ad group named @p name in the campaign of an existing one, ready to create. */
    AdGroup newAdGroupBeside(const AdGroup &sibling, const QString &name) const;

    /**
     * The one clock of the sandbox and the connection: updated_time, rate-limit windows,
     * storms, retry waits, rate-limit pauses and the poster's waits. Whatever waits on it is
     * run at once (the clock jumps to it) unless a test turns m_autoAdvance off.
     */
    std::unique_ptr<ManualClock> m_clock;
    bool m_autoAdvance = true;
    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<PendingChangeStore> m_store;
    std::unique_ptr<ChangeSet> m_changes;
    QString m_account;
};

void TestPoster::init()
{
    sandbox::SandboxOptions options;
    options.adGroups = 900; // ~300 per account, enough for three batches of 30
    m_clock = std::make_unique<ManualClock>();
    options.clock = m_clock.get();
    m_sandbox = std::make_unique<SandboxFixture>(options);
    m_sandbox->client->rateLimiter()->setClock(m_clock.get());
    m_autoAdvance = true;
    connect(m_clock.get(), &ManualClock::timerScheduled, this, [this] {
        if (m_autoAdvance && m_clock)
            m_clock->advanceToNextTimer();
    }, Qt::QueuedConnection);
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<PendingChangeStore>(m_dir->filePath(QStringLiteral("pending.sqlite")));
    m_changes = std::make_unique<ChangeSet>(m_store.get());
    auto accounts = run<AdAccountPage>(new ListAdAccountsRequest(m_sandbox->client.get(), {}), &ListAdAccountsRequest::finished);
    QVERIFY(accounts.ok());
    m_account = accounts.result->items.constFirst().id.value();
}

void TestPoster::cleanup()
{
    m_changes.reset();
    m_store.reset();
    m_dir.reset();
    m_sandbox.reset();
    m_clock.reset();
}

QList<AdGroup> TestPoster::adGroups(const QStringList &statuses)
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

Poster::Summary TestPoster::postAndWait(Poster &poster)
{
    std::optional<Poster::Summary> summary;
    QObject guard;
    connect(&poster, &Poster::finished, &guard, [&](const Poster::Summary &s) { summary = s; });
    poster.post(m_account);
    [&] { QTRY_VERIFY_WITH_TIMEOUT(summary.has_value(), 60000); }();
    return summary.value_or(Poster::Summary{});
}

AdGroup TestPoster::fetch(const QString &id)
{
    auto outcome = run<AdGroup>(new GetAdGroupRequest(m_sandbox->client.get(), m_account, id), &GetAdGroupRequest::finished);
    return outcome.result.value_or(AdGroup{});
}

PendingChange TestPoster::budgetChange(const AdGroup &g, qint64 after)
{
    return PendingChange::update(m_account, g.id.value(), g.name.valueOr({}), QStringLiteral("budget_in_micro_currency"),
                                 g.toJson().value(QLatin1String("budget_in_micro_currency")), after, g.updatedTime.valueOr(0));
}

AdGroup TestPoster::newAdGroupBeside(const AdGroup &sibling, const QString &name) const
{
    AdGroup fresh;
    fresh.name = name;
    fresh.campaignId = sibling.campaignId;
    fresh.billableEvent = sibling.billableEvent;
    fresh.bidInMicroCurrency = 2'000'000;
    fresh.budgetInMicroCurrency = 20'000'000;
    fresh.status = QStringLiteral("PAUSED");
    fresh.targetingSpec = sibling.targetingSpec;
    fresh.optimizationGoalMetadata = sibling.optimizationGoalMetadata;
    return fresh;
}

void TestPoster::fortyFiveChangesTakeTwoCalls()
{
    QList<AdGroup> groups;
    for (const AdGroup &g : adGroups()) {
        if (g.budgetInMicroCurrency.hasValue() && g.budgetType.valueOr({}) != QLatin1String("CBO_ADGROUP"))
            groups << g;
    }
    QVERIFY2(groups.size() >= 45, qPrintable(QString::number(groups.size())));
    groups = groups.mid(0, 45);
    for (const AdGroup &g : std::as_const(groups))
        m_changes->record(budgetChange(g, g.budgetInMicroCurrency.value() + 1'000'000));
    QCOMPARE(m_changes->count(), 45);

    Poster poster(m_sandbox->client.get(), m_changes.get(), m_store.get());
    QSignalSpy saved(&poster, &Poster::adGroupSaved);
    QSignalSpy progress(&poster, &Poster::progress);
    const Poster::Summary summary = postAndWait(poster);
    QCOMPARE(summary.writeCalls, 2); // 30 + 15
    QCOMPARE(summary.succeeded, 45);
    QCOMPARE(summary.failed, 0);
    QCOMPARE(m_changes->count(), 0);
    QCOMPARE(saved.size(), 45);
    QCOMPARE(progress.last().at(0).toInt(), 2);
    QCOMPARE(progress.last().at(1).toInt(), 2);
    QCOMPARE(fetch(groups.at(44).id.value()).budgetInMicroCurrency.value(), groups.at(44).budgetInMicroCurrency.value() + 1'000'000);
    QCOMPARE(m_store->journal(m_account).size(), 45);
    QVERIFY(m_store->load(m_account).isEmpty());
}

void TestPoster::partialFailureStaysOnItsChange()
{
    const QList<AdGroup> groups = adGroups({QStringLiteral("ACTIVE")});
    const AdGroup &good = groups.at(0);
    const AdGroup &bad = groups.at(1);
    m_changes->record(budgetChange(good, good.budgetInMicroCurrency.valueOr(0) + 2'000'000));
    // Only DRAFT ad groups may change their billable event: Pinterest refuses this one item.
    const QString other = bad.billableEvent.valueOr({}) == QLatin1String("IMPRESSION") ? QStringLiteral("CLICKTHROUGH")
                                                                                      : QStringLiteral("IMPRESSION");
    const QString badId = m_changes->record(PendingChange::update(m_account, bad.id.value(), bad.name.valueOr({}),
                                                                  QStringLiteral("billable_event"), bad.billableEvent.valueOr({}),
                                                                  other, bad.updatedTime.valueOr(0)));
    Poster poster(m_sandbox->client.get(), m_changes.get(), m_store.get());
    const Poster::Summary summary = postAndWait(poster);
    QCOMPARE(summary.writeCalls, 1);
    QCOMPARE(summary.succeeded, 1);
    QCOMPARE(summary.failed, 1);
    QCOMPARE(m_changes->count(), 1);
    const PendingChange failed = *m_changes->find(badId);
    QCOMPARE(failed.state, PendingChange::State::Failed);
    QVERIFY2(failed.message.startsWith(QStringLiteral("Pinterest: ")), qPrintable(failed.message));
    QCOMPARE(fetch(bad.id.value()).billableEvent.value(), bad.billableEvent.value());
    QCOMPARE(fetch(good.id.value()).budgetInMicroCurrency.value(), good.budgetInMicroCurrency.valueOr(0) + 2'000'000);
}

void TestPoster::conflictIsNotSent()
{
    const AdGroup g = adGroups().constFirst();
    const QString id = m_changes->record(budgetChange(g, g.budgetInMicroCurrency.valueOr(0) + 3'000'000));
    // Someone else changes the same field on Pinterest meanwhile.
    m_clock->advance(std::chrono::seconds(1)); // updated_time has one-second resolution
    AdGroup theirs = g;
    theirs.budgetInMicroCurrency = g.budgetInMicroCurrency.valueOr(0) + 7'000'000;
    auto other = run<AdGroupBatchResult>(new UpdateAdGroupsRequest(m_sandbox->client.get(), m_account, {AdGroup::updateBody(g, theirs)}),
                                         &UpdateAdGroupsRequest::finished);
    QVERIFY(other.ok());

    Poster poster(m_sandbox->client.get(), m_changes.get(), m_store.get());
    const Poster::Summary summary = postAndWait(poster);
    QCOMPARE(summary.conflicts, 1);
    QCOMPARE(summary.writeCalls, 0);
    const PendingChange conflict = *m_changes->find(id);
    QCOMPARE(conflict.state, PendingChange::State::Conflict);
    QCOMPARE(conflict.serverValue.toInteger(), theirs.budgetInMicroCurrency.value());
    QCOMPARE(fetch(g.id.value()).budgetInMicroCurrency.value(), theirs.budgetInMicroCurrency.value());

    // The user keeps their value: rebase on the server's version and post again.
    PendingChange mine = conflict;
    mine.state = PendingChange::State::Pending;
    mine.before = conflict.serverValue;
    mine.baseUpdatedTime = fetch(g.id.value()).updatedTime.value();
    m_changes->replace(mine);
    const Poster::Summary again = postAndWait(poster);
    QCOMPARE(again.succeeded, 1);
    QCOMPARE(fetch(g.id.value()).budgetInMicroCurrency.value(), g.budgetInMicroCurrency.valueOr(0) + 3'000'000);
}

void TestPoster::unchangedNeighbourFieldIsRebased()
{
    const AdGroup g = adGroups().constFirst();
    m_changes->record(budgetChange(g, g.budgetInMicroCurrency.valueOr(0) + 1'000'000));
    m_clock->advance(std::chrono::seconds(1));
    AdGroup renamed = g;
    renamed.name = QString(g.name.valueOr({}) + QStringLiteral(" (renamed elsewhere)"));
    QVERIFY(run<AdGroupBatchResult>(new UpdateAdGroupsRequest(m_sandbox->client.get(), m_account, {AdGroup::updateBody(g, renamed)}),
                                    &UpdateAdGroupsRequest::finished).ok());
    Poster poster(m_sandbox->client.get(), m_changes.get(), m_store.get());
    const Poster::Summary summary = postAndWait(poster);
    QCOMPARE(summary.conflicts, 0); // another field changed: no conflict for the budget
    QCOMPARE(summary.succeeded, 1);
    const AdGroup now = fetch(g.id.value());
    QCOMPARE(now.name.value(), renamed.name.value());
    QCOMPARE(now.budgetInMicroCurrency.value(), g.budgetInMicroCurrency.valueOr(0) + 1'000'000);
}

void TestPoster::lostCreateIsReconciledWithoutDuplicate()
{
    const AdGroup fresh = newAdGroupBeside(adGroups().constFirst(), QStringLiteral("Winter launch — lost answer"));
    const QString id = m_changes->record(PendingChange::create(m_account, fresh.createBody()));

    // The create is applied, but its answer never comes (the sandbox hangs): a timeout, and
    // the outcome is unknown.
    sandbox::FaultOptions faults;
    faults.hangRate = 1.0;
    faults.pathPattern = QStringLiteral("/ad_groups$");
    m_sandbox->server->setFaults(faults);
    m_sandbox->client->setTransferTimeout(std::chrono::milliseconds(300));
    Poster poster(m_sandbox->client.get(), m_changes.get(), m_store.get());
    const Poster::Summary first = postAndWait(poster);
    QCOMPARE(first.unknown, 1);
    QCOMPARE(m_changes->find(id)->state, PendingChange::State::Unknown);
    m_sandbox->server->setFaults({});

    // Posting again lists first, finds it, and sends nothing.
    QSignalSpy saved(&poster, &Poster::adGroupSaved);
    const Poster::Summary second = postAndWait(poster);
    QCOMPARE(second.writeCalls, 0);
    QCOMPARE(second.succeeded, 1);
    QCOMPARE(m_changes->count(), 0);
    QCOMPARE(saved.size(), 1);
    int named = 0;
    for (const AdGroup &g : adGroups(enums::entityStatuses()))
        named += g.name.valueOr({}) == fresh.name.value() ? 1 : 0;
    QCOMPARE(named, 1);
}

void TestPoster::createNeverMadeIsSentAgain()
{
    const AdGroup fresh = newAdGroupBeside(adGroups().constFirst(), QStringLiteral("Spring launch — never arrived"));
    m_changes->record(PendingChange::create(m_account, fresh.createBody()));

    // A 5xx leaves it open whether the create was applied (here it was not).
    sandbox::FaultOptions faults;
    faults.errorRate = 1.0;
    faults.pathPattern = QStringLiteral("/ad_groups$");
    m_sandbox->server->setFaults(faults);
    Poster poster(m_sandbox->client.get(), m_changes.get(), m_store.get());
    QCOMPARE(postAndWait(poster).unknown, 1);
    m_sandbox->server->setFaults({});

    const Poster::Summary second = postAndWait(poster);
    QCOMPARE(second.writeCalls, 1); // not found by listing, so sent once more
    QCOMPARE(second.succeeded, 1);
    int named = 0;
    for (const AdGroup &g : adGroups(enums::entityStatuses()))
        named += g.name.valueOr({}) == fresh.name.value() ? 1 : 0;
    QCOMPARE(named, 1);
}

void TestPoster::bodyStoppedBeforeSendingIsNotCalledRefused()
{
    // A create body with a null the create schema forbids (as stored by an older version).
    const AdGroup fresh = newAdGroupBeside(adGroups().constFirst(), QStringLiteral("Held back by the body check"));
    QJsonObject body = fresh.createBody();
    body.insert(QStringLiteral("bid_multiplier"), QJsonValue::Null);
    const QString id = m_changes->record(PendingChange::create(m_account, body));

    Poster poster(m_sandbox->client.get(), m_changes.get(), m_store.get());
    const Poster::Summary summary = postAndWait(poster);
    QCOMPARE(summary.failed, 0); // Pinterest refused nothing: it never saw the request
    QCOMPARE(summary.invalid, 1);
    QCOMPARE(summary.succeeded, 0);
    const std::optional<PendingChange> change = m_changes->find(id);
    QVERIFY(change);
    QCOMPARE(change->state, PendingChange::State::Failed); // stays to be fixed
    QVERIFY2(change->message.startsWith(QStringLiteral("Not sent")), qPrintable(change->message));
    QVERIFY(change->message.contains(QStringLiteral("bid_multiplier")));
    QVERIFY(m_store->journal(m_account).isEmpty()); // nothing was posted, so nothing is journaled
    int named = 0;
    for (const AdGroup &g : adGroups(enums::entityStatuses()))
        named += g.name.valueOr({}) == fresh.name.value() ? 1 : 0;
    QCOMPARE(named, 0);
}

void TestPoster::journalRevert()
{
    const AdGroup g = adGroups().constFirst();
    const qint64 original = g.budgetInMicroCurrency.valueOr(0);
    m_changes->record(budgetChange(g, original + 4'000'000));
    Poster poster(m_sandbox->client.get(), m_changes.get(), m_store.get());
    poster.setPostedBy(QStringLiteral("Ada Lovelace"));
    QCOMPARE(postAndWait(poster).succeeded, 1);
    const QList<JournalEntry> journal = m_store->journal(m_account);
    QCOMPARE(journal.size(), 1);
    QVERIFY(journal.constFirst().succeeded);
    QCOMPARE(journal.constFirst().postedBy, QStringLiteral("Ada Lovelace"));

    // Posted by someone not known: the entry names nobody.
    poster.setPostedBy({});
    m_changes->record(journal.constFirst().change.inverse());
    QCOMPARE(postAndWait(poster).succeeded, 1);
    QCOMPARE(fetch(g.id.value()).budgetInMicroCurrency.value(), original);
    QCOMPARE(m_store->journal(m_account).size(), 2);
    QVERIFY(m_store->journal(m_account).constFirst().postedBy.isEmpty());
}

void TestPoster::cancelStopsNewBatches()
{
    QList<AdGroup> groups;
    for (const AdGroup &g : adGroups()) {
        if (g.budgetInMicroCurrency.hasValue())
            groups << g;
    }
    groups = groups.mid(0, 90); // 3 batches
    QCOMPARE(groups.size(), 90);
    for (const AdGroup &g : std::as_const(groups))
        m_changes->record(budgetChange(g, g.budgetInMicroCurrency.value() + 1'000'000));
    sandbox::FaultOptions faults;
    faults.latencyMs = 300;
    m_sandbox->server->setFaults(faults);
    Poster poster(m_sandbox->client.get(), m_changes.get(), m_store.get());
    poster.setMaxInFlight(1);
    connect(&poster, &Poster::progress, &poster, [&poster](int done) {
        if (done == 1)
            poster.cancel();
    });
    const Poster::Summary summary = postAndWait(poster);
    QVERIFY(summary.cancelled);
    QCOMPARE(summary.writeCalls, 1);
    QCOMPARE(summary.succeeded, 30);
    QCOMPARE(summary.notSent, 60);
    QCOMPARE(m_changes->count(), 60);
    for (const PendingChange &c : m_changes->changes())
        QCOMPARE(c.state, PendingChange::State::Pending);
}

QList<AdGroup> TestPoster::recordBudgetRaises(int count)
{
    QList<AdGroup> groups;
    for (const AdGroup &g : adGroups()) {
        if (g.budgetInMicroCurrency.hasValue() && g.budgetType.valueOr({}) != QLatin1String("CBO_ADGROUP"))
            groups << g;
    }
    groups = groups.mid(0, count);
    for (const AdGroup &g : std::as_const(groups))
        m_changes->record(budgetChange(g, g.budgetInMicroCurrency.value() + 1'000'000));
    return groups;
}

void TestPoster::lostUpdateAnswersAreCheckedNotRefused()
{
    const QList<AdGroup> groups = recordBudgetRaises(40);
    QCOMPARE(groups.size(), 40);
    Poster poster(m_sandbox->client.get(), m_changes.get(), m_store.get());
    // The writes are applied, but every answer breaks off (reset or cut short) until retries end.
    connect(&poster, &Poster::progress, this, [this](int done) {
        if (done == 0) {
            sandbox::FaultOptions faults;
            faults.resetRate = 0.5;
            faults.truncateRate = 1.0;
            faults.pathPattern = QStringLiteral("ad_groups$");
            m_sandbox->server->setFaults(faults);
        }
    });
    QSignalSpy checking(&poster, &Poster::checking);
    connect(&poster, &Poster::checking, this, [this] { m_sandbox->server->setFaults({}); });
    const Poster::Summary summary = postAndWait(poster);
    QCOMPARE(checking.size(), 1);
    QCOMPARE(checking.constFirst().constFirst().toInt(), 40);
    QCOMPARE(summary.failed, 0); // never "refused" without Pinterest's refusal
    QCOMPARE(summary.unknown, 0);
    QCOMPARE(summary.succeeded, 40);
    QCOMPARE(m_changes->count(), 0);
    const QList<JournalEntry> journal = m_store->journal(m_account);
    QCOMPARE(journal.size(), 40);
    for (const JournalEntry &e : journal)
        QVERIFY(e.succeeded);
    QCOMPARE(fetch(groups.at(39).id.value()).budgetInMicroCurrency.value(), groups.at(39).budgetInMicroCurrency.value() + 1'000'000);
}

void TestPoster::lostUpdateNotAppliedStaysPending()
{
    const QList<AdGroup> groups = recordBudgetRaises(3);
    Poster poster(m_sandbox->client.get(), m_changes.get(), m_store.get());
    // A 5xx leaves open whether the write was applied (here it was not).
    connect(&poster, &Poster::progress, this, [this](int done) {
        if (done == 0) {
            sandbox::FaultOptions faults;
            faults.errorRate = 1.0;
            faults.pathPattern = QStringLiteral("ad_groups$");
            m_sandbox->server->setFaults(faults);
        }
    });
    connect(&poster, &Poster::checking, this, [this] { m_sandbox->server->setFaults({}); });
    const Poster::Summary summary = postAndWait(poster);
    QCOMPARE(summary.failed, 0);
    QCOMPARE(summary.succeeded, 0);
    QCOMPARE(summary.notApplied, 3);
    QCOMPARE(m_changes->count(), 3);
    for (const PendingChange &c : m_changes->changes()) {
        QCOMPARE(c.state, PendingChange::State::Pending);
        QVERIFY2(c.message.contains(QStringLiteral("not applied")), qPrintable(c.message));
    }
    QVERIFY(m_store->journal(m_account).isEmpty());
    QCOMPARE(fetch(groups.at(0).id.value()).budgetInMicroCurrency.value(), groups.at(0).budgetInMicroCurrency.value());
}

void TestPoster::rateLimitStormDuringWritesWaitsAndGoesOn()
{
    const QList<AdGroup> groups = recordBudgetRaises(40);
    Poster poster(m_sandbox->client.get(), m_changes.get(), m_store.get());
    // A storm longer than a request's own retries starts just as the batches go out.
    connect(&poster, &Poster::progress, this, [this](int done) {
        if (done == 0) {
            sandbox::FaultOptions faults;
            // A minute: however the clock jumps through the request's own retries, they end
            // inside it, so the post itself has to wait.
            faults.stormDurationMs = 60'000;
            faults.pathPattern = QStringLiteral("ad_groups$");
            m_sandbox->server->setFaults(faults);
        }
    });
    // While the post waits, the storm blows over on the sandbox's clock.
    connect(&poster, &Poster::waitingForRateLimit, this, [this] { m_clock->advance(std::chrono::seconds(60)); }, Qt::QueuedConnection);
    QSignalSpy waiting(&poster, &Poster::waitingForRateLimit);
    const Poster::Summary summary = postAndWait(poster);
    QVERIFY(!waiting.isEmpty());
    QVERIFY(waiting.constFirst().constFirst().toInt() >= 1);
    QVERIFY(summary.rateLimitWaits >= 1);
    QCOMPARE(summary.failed, 0); // a 429 is never a refusal
    QCOMPARE(summary.succeeded, 40);
    QCOMPARE(m_changes->count(), 0);
    QCOMPARE(fetch(groups.at(0).id.value()).budgetInMicroCurrency.value(), groups.at(0).budgetInMicroCurrency.value() + 1'000'000);
}

void TestPoster::rateLimitStormDuringCheckWaits()
{
    recordBudgetRaises(5);
    sandbox::FaultOptions faults;
    faults.stormDurationMs = 60'000; // longer than the request's own retries, however the clock jumps
    faults.pathPattern = QStringLiteral("ad_groups$");
    m_sandbox->server->setFaults(faults);
    Poster poster(m_sandbox->client.get(), m_changes.get(), m_store.get());
    connect(&poster, &Poster::waitingForRateLimit, this, [this] { m_clock->advance(std::chrono::seconds(60)); }, Qt::QueuedConnection);
    QSignalSpy waiting(&poster, &Poster::waitingForRateLimit);
    const Poster::Summary summary = postAndWait(poster);
    QVERIFY(!waiting.isEmpty());
    QVERIFY2(summary.error.isEmpty(), qPrintable(summary.error));
    QCOMPARE(summary.succeeded, 5);
    QCOMPARE(m_changes->count(), 0);
}

void TestPoster::cancelDuringRateLimitWait()
{
    recordBudgetRaises(40);
    Poster poster(m_sandbox->client.get(), m_changes.get(), m_store.get());
    connect(&poster, &Poster::progress, this, [this](int done) {
        if (done == 0) {
            sandbox::FaultOptions faults;
            faults.stormDurationMs = 600'000;
            faults.pathPattern = QStringLiteral("ad_groups$");
            m_sandbox->server->setFaults(faults);
        }
    });
    connect(&poster, &Poster::waitingForRateLimit, &poster, &Poster::cancel);
    const Poster::Summary summary = postAndWait(poster);
    QVERIFY(summary.cancelled);
    QCOMPARE(summary.failed, 0);
    QCOMPARE(summary.succeeded, 0);
    QCOMPARE(summary.notSent, 40);
    QCOMPARE(m_changes->count(), 40);
    for (const PendingChange &c : m_changes->changes())
        QCOMPARE(c.state, PendingChange::State::Pending);
}

void TestPoster::retryAfterWaitEndsWhenTheClockMoves()
{
    // Time moves only when the test says so.
    m_autoAdvance = false;
    const QList<AdGroup> groups = recordBudgetRaises(40); // two batches, sent together
    // One write per ten minutes: the second batch is answered 429 with a Retry-After of 600 s,
    // longer than a request waits by itself, so the post waits for it.
    sandbox::RateLimitOptions limits;
    limits.adsWrite = 1;
    limits.windowSeconds = 600;
    m_sandbox->server->setRateLimits(limits);
    Poster poster(m_sandbox->client.get(), m_changes.get(), m_store.get());
    QList<int> asked;
    connect(&poster, &Poster::waitingForRateLimit, this, [&](int seconds) {
        asked << seconds;
        // The batch that went through is journaled before time moves on: on a busy machine
        // its answer may be read after the other batch's 429.
        if (!QTest::qWaitFor([&] { return !m_store->journal(m_account).isEmpty(); }, 10000))
            qWarning("no batch was journaled before the wait");
        m_clock->advance(std::chrono::seconds(seconds));
    }, Qt::QueuedConnection);
    const Poster::Summary summary = postAndWait(poster);
    QCOMPARE(asked.size(), 1);
    QVERIFY2(asked.constFirst() >= 590, qPrintable(QString::number(asked.constFirst())));
    QCOMPARE(summary.rateLimitWaits, 1);
    QCOMPARE(summary.failed, 0); // a 429 is never a refusal
    QCOMPARE(summary.succeeded, 40);
    QCOMPARE(m_changes->count(), 0);
    QCOMPARE(fetch(groups.at(39).id.value()).budgetInMicroCurrency.value(), groups.at(39).budgetInMicroCurrency.value() + 1'000'000);
    // The journal's stamps come from the same clock: one batch went at once, the other ten
    // minutes later.
    int atOnce = 0;
    int later = 0;
    for (const JournalEntry &entry : m_store->journal(m_account)) {
        const qint64 ago = entry.postedAt.secsTo(m_clock->now());
        atOnce += qAbs(ago - asked.constFirst()) <= 1 ? 1 : 0;
        later += qAbs(ago) <= 1 ? 1 : 0;
    }
    QCOMPARE(atOnce + later, 40);
    QVERIFY2((atOnce == 30 && later == 10) || (atOnce == 10 && later == 30),
             qPrintable(QStringLiteral("%1 + %2").arg(atOnce).arg(later)));
}

QTEST_GUILESS_MAIN(TestPoster)
#include "tst_poster.moc"
