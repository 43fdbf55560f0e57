#include "core/api/apierror.h"
#include "core/api/retrypolicy.h"

#include <QTest>

using namespace pinstripe;
using namespace std::chrono;

namespace {
ApiError http(int status, const QString &message = {})
{
    ApiError e;
    e.kind = ApiError::Kind::Http;
    e.httpStatus = status;
    e.message = message;
    return e;
}
ApiError ofKind(ApiError::Kind kind)
{
    ApiError e;
    e.kind = kind;
    return e;
}
} // namespace

class TestRetryPolicy : public QObject
{
    Q_OBJECT

private slots:
    void transientErrors();
    void exponentialWithJitter();
    void honoursRetryAfter();
    void capsAttemptsAndTotalTime();
    void createsRetryOnlyRateLimits();
    void userMessages();
};

void TestRetryPolicy::transientErrors()
{
    QVERIFY(ofKind(ApiError::Kind::Network).isTransient());
    QVERIFY(ofKind(ApiError::Kind::Timeout).isTransient());
    QVERIFY(ofKind(ApiError::Kind::InvalidResponse).isTransient());
    QVERIFY(http(500).isTransient());
    QVERIFY(http(503).isTransient());
    QVERIFY(http(429).isTransient());
    QVERIFY(!http(429, QStringLiteral("Blocked as spam")).isTransient());
    QVERIFY(!http(400).isTransient());
    QVERIFY(!http(401).isTransient());
    QVERIFY(!http(404).isTransient());
    QVERIFY(!ofKind(ApiError::Kind::Validation).isTransient());
    QVERIFY(!ofKind(ApiError::Kind::Cancelled).isTransient());
}

void TestRetryPolicy::exponentialWithJitter()
{
    const RetryPolicy policy = RetryPolicy::standard();
    // With the jitter at its top, the ceiling doubles per attempt: 500, 1000, 2000, 4000 ms.
    QCOMPARE(policy.delayBefore(2, http(503), 0ms, 0.999999).value(), 499ms);
    QCOMPARE(policy.delayBefore(3, http(503), 0ms, 0.999999).value(), 999ms);
    QCOMPARE(policy.delayBefore(4, http(503), 0ms, 0.999999).value(), 1999ms);
    // Full jitter spreads clients out, but never below a floor.
    QCOMPARE(policy.delayBefore(3, http(503), 0ms, 0.5).value(), 500ms);
    QCOMPARE(policy.delayBefore(3, http(503), 0ms, 0.0).value(), 50ms);
    // The ceiling stops growing at maxDelay.
    RetryPolicy many = policy;
    many.maxAttempts = 30;
    QCOMPARE(many.delayBefore(20, http(503), 0ms, 0.999999).value(), 19999ms);
}

void TestRetryPolicy::honoursRetryAfter()
{
    ApiError limited = http(429);
    limited.retryAfter = seconds(7);
    QCOMPARE(RetryPolicy::standard().delayBefore(2, limited, 0ms, 0.1).value(), 7000ms);
}

void TestRetryPolicy::capsAttemptsAndTotalTime()
{
    const RetryPolicy policy = RetryPolicy::standard();
    QVERIFY(policy.delayBefore(policy.maxAttempts, http(500), 0ms, 0.5).has_value());
    QVERIFY(!policy.delayBefore(policy.maxAttempts + 1, http(500), 0ms, 0.5).has_value());
    ApiError limited = http(429);
    limited.retryAfter = seconds(120); // longer than the whole budget: give up and say so
    QVERIFY(!policy.delayBefore(2, limited, 0ms, 0.5).has_value());
    QVERIFY(!policy.delayBefore(2, http(500), 59'990ms, 0.5).has_value());
    QVERIFY(!RetryPolicy::never().delayBefore(2, http(500), 0ms, 0.5).has_value());
    QVERIFY(!policy.delayBefore(2, http(400), 0ms, 0.5).has_value());
}

void TestRetryPolicy::createsRetryOnlyRateLimits()
{
    const RetryPolicy policy = RetryPolicy::rateLimitedOnly();
    QVERIFY(policy.delayBefore(2, http(429), 0ms, 0.5).has_value());
    QVERIFY(!policy.delayBefore(2, http(500), 0ms, 0.5).has_value());
    QVERIFY(!policy.delayBefore(2, ofKind(ApiError::Kind::Timeout), 0ms, 0.5).has_value());
    QVERIFY(!policy.delayBefore(2, ofKind(ApiError::Kind::Network), 0ms, 0.5).has_value());
}

void TestRetryPolicy::userMessages()
{
    ApiError rejected = http(400, QStringLiteral("Invalid budget."));
    rejected.operation = QStringLiteral("Updating ad groups");
    QCOMPARE(rejected.userMessage(), QStringLiteral("Updating ad groups failed: Pinterest rejected it: Invalid budget."));
    ApiError limited = http(429);
    limited.retryAfter = seconds(30);
    QVERIFY(limited.userMessage().contains(QStringLiteral("30 second")));
    QVERIFY(http(401).userMessage().contains(QStringLiteral("sign in again")));
    ApiError expired = http(401);
    expired.code = 2;
    QVERIFY(expired.isAuthenticationFailure()); // renewing the token may help …
    ApiError scopes = http(401);
    scopes.code = 3;
    QVERIFY(!scopes.isAuthenticationFailure()); // … but not when scopes are missing
    ApiError unknown = ofKind(ApiError::Kind::OutcomeUnknown);
    QVERIFY(unknown.userMessage().contains(QStringLiteral("not known")));
    rejected.requestId = QStringLiteral("abc123");
    QVERIFY(rejected.toString().contains(QStringLiteral("x-pinterest-rid=abc123")));
}

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
