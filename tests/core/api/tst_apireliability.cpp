// Retries, rate limits, timeouts and cancellation against the sandbox's fault injection.
#include "apitestsupport.h"

#include "core/api/adgrouppager.h"
#include "core/api/createadgroupsrequest.h"
#include "core/api/getadaccountrequest.h"
#include "core/api/listadaccountsrequest.h"
#include "core/api/ratelimiter.h"
#include "core/api/updateadgroupsrequest.h"

#include <QSet>

using namespace pinstripe;
using namespace pinstripe::testing;
using namespace std::chrono;

namespace {

/** A token provider that renews once, counting how often it is asked. */
class RenewingTokens final : public TokenProvider
{
public:
    RenewingTokens(QString stale, QString fresh)
        : m_token(std::move(stale))
        , m_fresh(std::move(fresh))
    {
    }
    QString accessToken() const override { return m_token; }
    void renewAccessToken(const QString &, QObject *, std::function<void(bool)> done) override
    {
        ++renewals;
        m_token = m_fresh;
        done(true);
    }
    int renewals = 0;

private:
    QString m_token;
    QString m_fresh;
};

} // namespace

class TestApiReliability : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void serverErrorsAreRetried();
    void persistentServerErrorsGiveUp();
    void connectionResetIsRetried();
    void truncatedJsonIsRetried();
    void slowDripStillArrives();
    void hangTimesOut();
    void lostCreateIsReportedAsUnknown();
    void updateIsRetried();
    void rateLimitedRequestsArePaced();
    void learnedBudgetKeepsRequestsInFlightFrom429();
    void overallDeadlineFailsATricklingAttempt();
    void slowAnswerIsAnnounced();
    void expiredTokenIsRenewedOnce();
    void cancelStopsQuietly();
    void abandonedRequestIsSafe();
    void pagerCancelStopsPaging();
    void pagerResumesAFailedChain();

private:
    QString firstAccountId();
    /** Gets an ad account with @p faults on for the first attempt only; returns the outcome. */
    Outcome<AdAccount> getWithFaultsOnce(const sandbox::FaultOptions &faults);
    std::unique_ptr<SandboxFixture> m_sandbox;
};

void TestApiReliability::init()
{
    m_sandbox = std::make_unique<SandboxFixture>();
}

QString TestApiReliability::firstAccountId()
{
    auto outcome = run<AdAccountPage>(new ListAdAccountsRequest(m_sandbox->client.get(), {}), &ListAdAccountsRequest::finished);
    return outcome.ok() ? outcome.result->items.constFirst().id.value() : QString();
}

Outcome<AdAccount> TestApiReliability::getWithFaultsOnce(const sandbox::FaultOptions &faults)
{
    const QString account = firstAccountId();
    m_sandbox->server->setFaults(faults);
    auto *request = new GetAdAccountRequest(m_sandbox->client.get(), account);
    // Heal the server once the first failure is seen, so the retry can succeed.
    connect(request, &ApiRequest::retrying, this, [this] { m_sandbox->server->setFaults({}); });
    return run<AdAccount>(request, &GetAdAccountRequest::finished);
}

void TestApiReliability::serverErrorsAreRetried()
{
    const QString account = firstAccountId();
    sandbox::FaultOptions faults;
    faults.errorRate = 0.5; // seeded, so the same answers fail on every run
    faults.seed = 3;
    m_sandbox->server->setFaults(faults);
    int succeeded = 0;
    int retried = 0;
    for (int i = 0; i < 6; ++i) {
        auto outcome = run<AdAccount>(new GetAdAccountRequest(m_sandbox->client.get(), account), &GetAdAccountRequest::finished);
        QVERIFY2(outcome.ok(), qPrintable(outcome.describe()));
        ++succeeded;
        for (const ApiError &cause : outcome.retries) {
            QVERIFY(cause.httpStatus >= 500);
            ++retried;
        }
        QCOMPARE(outcome.attempts, static_cast<int>(outcome.retries.size()) + 1);
    }
    QCOMPARE(succeeded, 6);
    QVERIFY2(retried > 0, "with a third of the answers failing, some requests must have been retried");
}

void TestApiReliability::persistentServerErrorsGiveUp()
{
    const QString account = firstAccountId();
    sandbox::FaultOptions faults;
    faults.errorRate = 1.0;
    m_sandbox->server->setFaults(faults);
    auto outcome = run<AdAccount>(new GetAdAccountRequest(m_sandbox->client.get(), account), &GetAdAccountRequest::finished);
    QVERIFY(outcome.error);
    QCOMPARE(outcome.error->kind, ApiError::Kind::Http);
    QVERIFY(outcome.error->httpStatus >= 500);
    QCOMPARE(outcome.attempts, RetryPolicy::standard().maxAttempts);
    QVERIFY(outcome.error->userMessage().contains(QStringLiteral("temporary problem")));
}

void TestApiReliability::connectionResetIsRetried()
{
    sandbox::FaultOptions faults;
    faults.resetRate = 1.0;
    auto outcome = getWithFaultsOnce(faults);
    QVERIFY2(outcome.ok(), qPrintable(outcome.describe()));
    QCOMPARE(outcome.retries.size(), 1);
    QCOMPARE(outcome.retries.constFirst().kind, ApiError::Kind::Network);
}

void TestApiReliability::truncatedJsonIsRetried()
{
    sandbox::FaultOptions faults;
    faults.truncateRate = 1.0;
    auto outcome = getWithFaultsOnce(faults);
    QVERIFY2(outcome.ok(), qPrintable(outcome.describe()));
    QCOMPARE(outcome.retries.size(), 1);
    QCOMPARE(outcome.retries.constFirst().kind, ApiError::Kind::InvalidResponse);
}

void TestApiReliability::slowDripStillArrives()
{
    const QString account = firstAccountId();
    sandbox::FaultOptions faults;
    faults.dripRate = 1.0;
    faults.dripChunkBytes = 16;
    faults.dripIntervalMs = 10;
    m_sandbox->server->setFaults(faults);
    // Each piece arrives well within the timeout, although the whole body takes longer.
    m_sandbox->client->setTransferTimeout(milliseconds(400));
    auto outcome = run<AdAccount>(new GetAdAccountRequest(m_sandbox->client.get(), account), &GetAdAccountRequest::finished);
    QVERIFY2(outcome.ok(), qPrintable(outcome.describe()));
    QCOMPARE(outcome.attempts, 1);
}

void TestApiReliability::hangTimesOut()
{
    const QString account = firstAccountId();
    sandbox::FaultOptions faults;
    faults.hangRate = 1.0;
    m_sandbox->server->setFaults(faults);
    m_sandbox->client->setTransferTimeout(milliseconds(200));
    auto *request = new GetAdAccountRequest(m_sandbox->client.get(), account);
    connect(request, &ApiRequest::retrying, this, [this] { m_sandbox->server->setFaults({}); });
    auto outcome = run<AdAccount>(request, &GetAdAccountRequest::finished);
    QVERIFY2(outcome.ok(), qPrintable(outcome.describe()));
    QCOMPARE(outcome.retries.constFirst().kind, ApiError::Kind::Timeout);
}

void TestApiReliability::lostCreateIsReportedAsUnknown()
{
    const QString account = firstAccountId();
    AdGroupListParams list;
    auto page = run<AdGroupPage>(new ListAdGroupsRequest(m_sandbox->client.get(), account, list), &ListAdGroupsRequest::finished);
    QVERIFY(page.ok());
    AdGroup g;
    g.name = QStringLiteral("Maybe created");
    g.campaignId = page.result->items.constFirst().campaignId.value();
    g.billableEvent = QStringLiteral("IMPRESSION");
    g.bidInMicroCurrency = 2'000'000;
    g.budgetInMicroCurrency = 10'000'000;

    sandbox::FaultOptions faults;
    faults.hangRate = 1.0;
    m_sandbox->server->setFaults(faults);
    m_sandbox->client->setTransferTimeout(milliseconds(200));
    auto outcome = run<AdGroupBatchResult>(new CreateAdGroupsRequest(m_sandbox->client.get(), account, {g.createBody()}),
                                           &CreateAdGroupsRequest::finished);
    QVERIFY(outcome.error);
    QCOMPARE(outcome.error->kind, ApiError::Kind::OutcomeUnknown);
    QCOMPARE(outcome.attempts, 1); // never sent twice
    QVERIFY(outcome.retries.isEmpty());
}

void TestApiReliability::updateIsRetried()
{
    const QString account = firstAccountId();
    auto page = run<AdGroupPage>(new ListAdGroupsRequest(m_sandbox->client.get(), account, {}), &ListAdGroupsRequest::finished);
    QVERIFY(page.ok());
    const AdGroup before = page.result->items.constFirst();
    AdGroup after = before;
    after.name = QString(before.name.value() + QStringLiteral(" (renamed)"));

    sandbox::FaultOptions faults;
    faults.errorRate = 1.0;
    m_sandbox->server->setFaults(faults);
    auto *request = new UpdateAdGroupsRequest(m_sandbox->client.get(), account, {AdGroup::updateBody(before, after)});
    connect(request, &ApiRequest::retrying, this, [this] { m_sandbox->server->setFaults({}); });
    auto outcome = run<AdGroupBatchResult>(request, &UpdateAdGroupsRequest::finished);
    QVERIFY2(outcome.ok(), qPrintable(outcome.describe()));
    QCOMPARE(outcome.retries.size(), 1);
    QCOMPARE(outcome.result->items.constFirst().data->name.value(), after.name.value());
}

void TestApiReliability::rateLimitedRequestsArePaced()
{
    const QString account = firstAccountId();
    sandbox::RateLimitOptions limits;
    limits.adsRead = 4;
    limits.windowSeconds = 1;
    m_sandbox->server->setRateLimits(limits);
    QSignalSpy paused(m_sandbox->client->rateLimiter(), &RateLimiter::paused);

    QElapsedTimer timer;
    timer.start();
    int done = 0;
    int failed = 0;
    int limitedRetries = 0;
    for (int i = 0; i < 10; ++i) {
        auto *request = new GetAdAccountRequest(m_sandbox->client.get(), account);
        connect(request, &GetAdAccountRequest::finished, this, [&] { ++done; });
        connect(request, &ApiRequest::failed, this, [&](const ApiError &e) { ++failed; qWarning() << e.toString(); });
        connect(request, &ApiRequest::retrying, this, [&](int, int, const ApiError &e) {
            if (e.isRateLimited())
                ++limitedRetries;
        });
        request->start();
    }
    QTRY_COMPARE_WITH_TIMEOUT(done + failed, 10, 30000);
    QCOMPARE(failed, 0);
    QVERIFY(limitedRetries > 0);   // the server said 429 …
    QVERIFY(paused.size() > 0);    // … the whole category waited …
    QVERIFY(timer.elapsed() >= 1000); // … for the server's window, so 10 requests took > 2 windows of 4
}

void TestApiReliability::learnedBudgetKeepsRequestsInFlightFrom429()
{
    const QString account = firstAccountId();
    sandbox::RateLimitOptions limits;
    limits.adsRead = 5;
    limits.windowSeconds = 1;
    m_sandbox->server->setRateLimits(limits);
    // One answer tells the client the budget (X-RateLimit-Limit 5, 4 left) …
    auto first = run<AdAccount>(new GetAdAccountRequest(m_sandbox->client.get(), account), &GetAdAccountRequest::finished);
    QVERIFY2(first.ok(), qPrintable(first.describe()));
    QCOMPARE(m_sandbox->client->rateLimiter()->budget(RateCategory::AdsRead).requests, 5);

    // … so of 8 more sent at once, 4 go now and the rest wait for the next window instead of
    // drawing 429s.
    QSignalSpy paused(m_sandbox->client->rateLimiter(), &RateLimiter::paused);
    int done = 0;
    int failed = 0;
    int limited = 0;
    for (int i = 0; i < 8; ++i) {
        auto *request = new GetAdAccountRequest(m_sandbox->client.get(), account);
        connect(request, &GetAdAccountRequest::finished, this, [&] { ++done; });
        connect(request, &ApiRequest::failed, this, [&](const ApiError &e) { ++failed; qWarning() << e.toString(); });
        connect(request, &ApiRequest::retrying, this, [&](int, int, const ApiError &e) {
            if (e.isRateLimited())
                ++limited;
        });
        request->start();
    }
    QTRY_COMPARE_WITH_TIMEOUT(done + failed, 8, 20000);
    QCOMPARE(failed, 0);
    QCOMPARE(limited, 0);
    QVERIFY(paused.size() > 0); // the wait is announced, for the status bar
    QCOMPARE(m_sandbox->client->rateLimiter()->inFlight(RateCategory::AdsRead), 0);
}

void TestApiReliability::overallDeadlineFailsATricklingAttempt()
{
    // Every piece arrives well within the idle timeout, but the whole answer takes seconds.
    sandbox::FaultOptions faults;
    faults.dripRate = 1.0;
    faults.dripChunkBytes = 8;
    faults.dripIntervalMs = 40;
    m_sandbox->client->setTransferTimeout(seconds(10));
    m_sandbox->client->setRequestDeadline(milliseconds(400));
    auto outcome = getWithFaultsOnce(faults);
    QVERIFY2(outcome.ok(), qPrintable(outcome.describe()));
    QCOMPARE(outcome.retries.size(), 1);
    QCOMPARE(outcome.retries.constFirst().kind, ApiError::Kind::Timeout);
    QVERIFY2(outcome.retries.constFirst().message.contains(QStringLiteral("complete answer")),
             qPrintable(outcome.retries.constFirst().message));
}

void TestApiReliability::slowAnswerIsAnnounced()
{
    const QString account = firstAccountId();
    sandbox::FaultOptions faults;
    faults.dripRate = 1.0;
    faults.dripChunkBytes = 16;
    faults.dripIntervalMs = 20;
    m_sandbox->server->setFaults(faults);
    m_sandbox->client->setSlowAnswerThreshold(milliseconds(150));
    auto *request = new GetAdAccountRequest(m_sandbox->client.get(), account);
    QList<bool> slow;
    connect(request, &ApiRequest::answeringSlowly, this, [&slow](bool s) { slow << s; });
    auto outcome = run<AdAccount>(request, &GetAdAccountRequest::finished);
    QVERIFY2(outcome.ok(), qPrintable(outcome.describe()));
    QCOMPARE(slow, (QList<bool>{true, false}));

    // A quick answer says nothing.
    m_sandbox->server->setFaults({});
    auto *quick = new GetAdAccountRequest(m_sandbox->client.get(), account);
    QList<bool> quickSlow;
    connect(quick, &ApiRequest::answeringSlowly, this, [&quickSlow](bool s) { quickSlow << s; });
    QVERIFY(run<AdAccount>(quick, &GetAdAccountRequest::finished).ok());
    QVERIFY(quickSlow.isEmpty());
}

void TestApiReliability::expiredTokenIsRenewedOnce()
{
    RenewingTokens tokens(QStringLiteral("expired-token"), m_sandbox->server->options().accessToken);
    ApiClient client(m_sandbox->server->baseUrl(), &tokens);
    auto outcome = run<AdAccountPage>(new ListAdAccountsRequest(&client, {}), &ListAdAccountsRequest::finished);
    QVERIFY2(outcome.ok(), qPrintable(outcome.describe()));
    QCOMPARE(tokens.renewals, 1);
    QCOMPARE(outcome.attempts, 2);
}

void TestApiReliability::cancelStopsQuietly()
{
    const QString account = firstAccountId();
    sandbox::FaultOptions faults;
    faults.latencyMs = 300;
    m_sandbox->server->setFaults(faults);
    auto *request = new GetAdAccountRequest(m_sandbox->client.get(), account);
    bool finished = false;
    std::optional<ApiError> error;
    connect(request, &GetAdAccountRequest::finished, this, [&] { finished = true; });
    connect(request, &ApiRequest::failed, this, [&](const ApiError &e) { error = e; });
    QPointer<ApiRequest> alive(request);
    request->start();
    QTest::qWait(50);
    request->cancel();
    QVERIFY(error);
    QCOMPARE(error->kind, ApiError::Kind::Cancelled);
    QTest::qWait(500);
    QVERIFY(!finished);
    QVERIFY(!alive); // deleted itself
    QCOMPARE(m_sandbox->client->activeRequests(), 0);
}

void TestApiReliability::abandonedRequestIsSafe()
{
    const QString account = firstAccountId();
    sandbox::FaultOptions faults;
    faults.latencyMs = 200;
    m_sandbox->server->setFaults(faults);
    StaticTokenProvider tokens(m_sandbox->server->options().accessToken);
    auto *client = new ApiClient(m_sandbox->server->baseUrl(), &tokens);
    QPointer<ApiRequest> request = new GetAdAccountRequest(client, account);
    bool called = false;
    connect(request, &ApiRequest::failed, this, [&] { called = true; });
    request->start();
    QTest::qWait(30);
    delete client; // the window that owned it closed mid-flight
    QVERIFY(!request);
    QTest::qWait(400);
    QVERIFY(!called);
}

void TestApiReliability::pagerCancelStopsPaging()
{
    const QString account = firstAccountId();
    sandbox::FaultOptions faults;
    faults.latencyMs = 50;
    m_sandbox->server->setFaults(faults);
    AdGroupListParams params;
    params.pageSize = 5;
    AdGroupPager pager(m_sandbox->client.get(), account, params);
    int pages = 0;
    connect(&pager, &AdGroupPager::pageReceived, this, [&] {
        if (++pages == 2)
            pager.cancel();
    });
    QSignalSpy finished(&pager, &Pager::finished);
    QSignalSpy failed(&pager, &Pager::failed);
    pager.start();
    QTRY_COMPARE(pages, 2);
    QTest::qWait(400);
    QCOMPARE(pages, 2);
    QCOMPARE(finished.size(), 0);
    QCOMPARE(failed.size(), 0);
    QCOMPARE(m_sandbox->client->activeRequests(), 0);
}

void TestApiReliability::pagerResumesAFailedChain()
{
    const QString account = firstAccountId();
    AdGroupListParams params;
    params.pageSize = 10;
    params.entityStatuses = AdGroupListParams::allStatuses();

    // How many there are, undisturbed.
    qsizetype expected = 0;
    {
        AdGroupPager reference(m_sandbox->client.get(), account, params);
        connect(&reference, &AdGroupPager::pageReceived, this, [&](const AdGroupPage &p) { expected += p.items.size(); });
        reference.start();
        QTRY_VERIFY_WITH_TIMEOUT(reference.isFinished(), 20000);
    }

    // Every ad group list call fails (after the pager's own retries) from the third page on.
    AdGroupPager pager(m_sandbox->client.get(), account, params);
    QSet<QString> ids;
    connect(&pager, &AdGroupPager::pageReceived, this, [&](const AdGroupPage &page) {
        for (const AdGroup &g : page.items)
            ids.insert(g.id.value());
        if (pager.pagesReceived() == 1) { // called before the base counts this page
            sandbox::FaultOptions faults;
            faults.errorRate = 1.0;
            faults.pathPattern = QStringLiteral("/ad_groups$");
            m_sandbox->server->setFaults(faults);
        }
    });
    QSignalSpy failed(&pager, &Pager::failed);
    pager.start();
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 30000);
    QVERIFY(pager.hasFailedChains());
    const qsizetype beforeRetry = ids.size();
    QVERIFY(beforeRetry > 0 && beforeRetry < expected); // what was loaded stays

    m_sandbox->server->setFaults({});
    pager.retryFailed();
    QTRY_VERIFY_WITH_TIMEOUT(pager.isFinished(), 20000);
    QCOMPARE(ids.size(), expected); // resumed at its bookmark: nothing lost, nothing twice
    QCOMPARE(pager.itemsReceived(), static_cast<int>(expected));
}

QTEST_GUILESS_MAIN(TestApiReliability)
#include "tst_apireliability.moc"
