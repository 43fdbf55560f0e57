// Every fault mode of the sandbox as a client sees it, switched at run time.
#include "core/time/manualclock.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxthread.h"
#include "sandboxclient.h"

#include <QTest>

using namespace pinstripe::sandbox;
using namespace pinstripe::sandbox::test;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

} // namespace

class TestSandboxFaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void latency();
    void latencyOnlyOnMatchingPaths();
    void jitter();
    void serverErrors();
    void errorRateIsSeeded();
    void storm();
    void connectionReset();
    void truncatedJson();
    void slowDrip();
    void hang();
    void commandLineFaults();

private:
    FaultOptions faults() { return {}; }
    QVector<int> statuses(int n);

    /** The sandbox's clock: storms end when it is moved on. */
    pinstripe::ManualClock m_clock;
    std::unique_ptr<SandboxThread> m_sandbox;
    std::unique_ptr<Client> m_client;
    QString m_accountPath;
};

void TestSandboxFaults::initTestCase()
{
    SandboxOptions options;
    options.clock = &m_clock;
    m_sandbox = startSandboxThread(options);
    QVERIFY(m_sandbox);
    m_client = std::make_unique<Client>(m_sandbox->baseUrl());
    m_accountPath = s("/ad_accounts/") + m_client->get(s("/ad_accounts")).object()[s("items")][0][s("id")].toString();
}

void TestSandboxFaults::init()
{
    m_sandbox->server()->setFaults({});
    m_client->setTimeoutMs(10000);
}

QVector<int> TestSandboxFaults::statuses(int n)
{
    QVector<int> out;
    for (int i = 0; i < n; ++i)
        out << m_client->get(m_accountPath).status;
    return out;
}

void TestSandboxFaults::latency()
{
    FaultOptions f;
    f.latencyMs = 250;
    m_sandbox->server()->setFaults(f);
    const Reply r = m_client->get(m_accountPath);
    QCOMPARE(r.status, 200);
    QVERIFY2(r.elapsedMs >= 240, qPrintable(QString::number(r.elapsedMs)));
    m_sandbox->server()->setFaults({});
    QVERIFY(m_client->get(m_accountPath).elapsedMs < 200);
}

void TestSandboxFaults::latencyOnlyOnMatchingPaths()
{
    FaultOptions f;
    f.latencyMs = 300;
    f.pathPattern = s("/analytics$");
    m_sandbox->server()->setFaults(f);
    QVERIFY(m_client->get(m_accountPath).elapsedMs < 250);
    const Reply slow = m_client->get(m_accountPath + s("/ad_groups/analytics"),
                                     s("start_date=2025-01-01&end_date=2025-01-01&granularity=DAY&columns=CTR&ad_group_ids=1"));
    QVERIFY(slow.elapsedMs >= 290);
}

void TestSandboxFaults::jitter()
{
    FaultOptions f;
    f.jitterMs = 200;
    f.seed = 3;
    m_sandbox->server()->setFaults(f);
    qint64 low = 1000;
    qint64 high = 0;
    for (int i = 0; i < 8; ++i) {
        const qint64 t = m_client->get(m_accountPath).elapsedMs;
        low = qMin(low, t);
        high = qMax(high, t);
    }
    QVERIFY2(high <= 400, qPrintable(QString::number(high)));
    QVERIFY2(high - low >= 20, "jitter varies the delay");
}

void TestSandboxFaults::serverErrors()
{
    FaultOptions f;
    f.errorRate = 1.0;
    m_sandbox->server()->setFaults(f);
    for (int i = 0; i < 6; ++i) {
        const Reply r = m_client->get(m_accountPath);
        QVERIFY2(r.status == 500 || r.status == 502 || r.status == 503, qPrintable(QString::number(r.status)));
        QVERIFY(r.object()[s("code")].isDouble());
        QVERIFY(!r.header("x-pinterest-rid").isEmpty());
    }
}

void TestSandboxFaults::errorRateIsSeeded()
{
    FaultOptions f;
    f.errorRate = 0.5;
    f.seed = 11;
    m_sandbox->server()->setFaults(f);
    const QVector<int> first = statuses(40);
    m_sandbox->server()->setFaults(f);
    const QVector<int> second = statuses(40);
    QCOMPARE(first, second);
    const auto failures = std::count_if(first.cbegin(), first.cend(), [](int st) { return st >= 500; });
    QVERIFY2(failures >= 8 && failures <= 32, qPrintable(QString::number(failures)));
    QVERIFY(first.contains(200));
}

void TestSandboxFaults::storm()
{
    FaultOptions f;
    f.stormDurationMs = 400;
    m_sandbox->server()->setFaults(f);
    for (int i = 0; i < 3; ++i) {
        const Reply r = m_client->get(m_accountPath);
        QCOMPARE(r.status, 429);
        QCOMPARE(r.code(), 8);
        QVERIFY(!r.header("Retry-After").isEmpty());
    }
    m_clock.advance(std::chrono::milliseconds(399));
    QCOMPARE(m_client->get(m_accountPath).status, 429);
    m_clock.advance(std::chrono::milliseconds(1)); // the storm is over
    QCOMPARE(m_client->get(m_accountPath).status, 200);
}

void TestSandboxFaults::connectionReset()
{
    FaultOptions f;
    f.resetRate = 1.0;
    m_sandbox->server()->setFaults(f);
    const Reply r = m_client->get(m_accountPath + s("/ad_groups"), s("page_size=100"));
    QVERIFY(!r.timedOut);
    QVERIFY2(r.error != QNetworkReply::NoError, "a reset connection is an error, not a short success");
}

void TestSandboxFaults::truncatedJson()
{
    FaultOptions f;
    f.truncateRate = 1.0;
    m_sandbox->server()->setFaults(f);
    const Reply r = m_client->get(m_accountPath + s("/ad_groups"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.error, QNetworkReply::NoError);
    QJsonParseError error;
    QJsonDocument::fromJson(r.body, &error);
    QVERIFY(error.error != QJsonParseError::NoError);
    QVERIFY(r.body.startsWith("{\"items\":["));
}

void TestSandboxFaults::slowDrip()
{
    const Reply normal = m_client->get(m_accountPath);
    FaultOptions f;
    f.dripRate = 1.0;
    f.dripChunkBytes = 48;
    f.dripIntervalMs = 15;
    m_sandbox->server()->setFaults(f);
    const Reply dripped = m_client->get(m_accountPath);
    QCOMPARE(dripped.status, 200);
    QCOMPARE(dripped.body, normal.body);
    // Head and body (~600 bytes) in 48-byte pieces every 15 ms.
    QVERIFY2(dripped.elapsedMs >= 120, qPrintable(QString::number(dripped.elapsedMs)));
}

void TestSandboxFaults::hang()
{
    FaultOptions f;
    f.hangRate = 1.0;
    m_sandbox->server()->setFaults(f);
    m_client->setTimeoutMs(400);
    const Reply r = m_client->get(m_accountPath);
    QVERIFY2(r.timedOut, qPrintable(QStringLiteral("error %1 after %2 ms").arg(r.error).arg(r.elapsedMs)));
    QVERIFY(r.elapsedMs >= 380);
    m_sandbox->server()->setFaults({});
    m_client->setTimeoutMs(5000);
    QCOMPARE(m_client->get(m_accountPath).status, 200);
}

void TestSandboxFaults::commandLineFaults()
{
    // Faults given at start (as the flags do) apply from the first request.
    SandboxOptions options;
    options.faults.errorRate = 1.0;
    options.faults.pathPattern = s("^/v5/ad_accounts$");
    auto sandbox = startSandboxThread(options);
    QVERIFY(sandbox);
    Client client(sandbox->baseUrl());
    QVERIFY(client.get(s("/ad_accounts")).status >= 500);
    QCOMPARE(client.get(m_accountPath).status, 200);
}

QTEST_GUILESS_MAIN(TestSandboxFaults)
#include "tst_sandboxfaults.moc"
