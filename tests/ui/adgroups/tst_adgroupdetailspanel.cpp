// The details panel during a 429 storm, offscreen against an in-process sandbox over loopback
// HTTP: it counts down the wait Pinterest asked for and, when the request gave up while the
// storm lasted, tries again by itself once the wait is over; nobody has to press Retry.
#include "core/api/adgrouppager.h"
#include "core/api/apiclient.h"
#include "core/api/campaignpager.h"
#include "core/api/tokenprovider.h"
#include "core/model/currency.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxthread.h"
#include "ui/adgroups/adgroupdetailspanel.h"

#include <QDir>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace pinstripe;

class TestAdGroupDetailsPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void rateLimitedLoadRetriesByItself();

private:
    std::unique_ptr<sandbox::SandboxThread> m_sandbox;
    std::unique_ptr<StaticTokenProvider> m_tokens;
};

void TestAdGroupDetailsPanel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    sandbox::SandboxOptions options;
    options.adGroups = 30;
    options.campaigns = 3;
    m_sandbox = sandbox::startSandboxThread(options);
    QVERIFY(m_sandbox);
    m_tokens = std::make_unique<StaticTokenProvider>(options.accessToken);
}

void TestAdGroupDetailsPanel::rateLimitedLoadRetriesByItself()
{
    ApiClient client(m_sandbox->baseUrl(), m_tokens.get());
    AdAccountPager accounts(&client);
    QString accountId;
    connect(&accounts, &AdAccountPager::pageReceived, this, [&accountId](const AdAccountPage &page) {
        if (accountId.isEmpty() && !page.items.isEmpty())
            accountId = page.items.constFirst().id.value();
    });
    accounts.start();
    QTRY_VERIFY_WITH_TIMEOUT(accounts.isFinished(), 20000);
    AdGroupPager adGroups(&client, accountId, {}, 1);
    QString adGroupId;
    QString name;
    connect(&adGroups, &AdGroupPager::pageReceived, this, [&](const AdGroupPage &page) {
        if (adGroupId.isEmpty() && !page.items.isEmpty()) {
            adGroupId = page.items.constFirst().id.value();
            name = page.items.constFirst().name.value();
        }
    });
    adGroups.start();
    QTRY_VERIFY_WITH_TIMEOUT(adGroups.isFinished(), 20000);
    QVERIFY(!adGroupId.isEmpty());

    // A storm of 429s on "get ad group" that outlasts the request's own retries.
    sandbox::FaultOptions storm;
    storm.stormDurationMs = 120'000;
    storm.pathPattern = QStringLiteral("/ad_groups/\\d+$");
    m_sandbox->server()->setFaults(storm);

    AdGroupDetailsPanel panel;
    panel.resize(500, 600);
    panel.setClient(&client);
    panel.setAccount(accountId, Currency::usd());
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QSignalSpy loaded(&panel, &AdGroupDetailsPanel::loaded);
    panel.showAdGroup(adGroupId);

    // While the request waits out a 429 itself, the wait is counted down.
    const QString waiting = QStringLiteral("Waiting for Pinterest's rate limit — trying ad group %1 again in").arg(adGroupId);
    QTRY_VERIFY_WITH_TIMEOUT(panel.plainText().startsWith(waiting), 10000);
    // Once it gave up, the panel says so, keeps Retry for the impatient, and counts down again.
    QTRY_VERIFY_WITH_TIMEOUT(!panel.retryButton()->isHidden(), 20000);
    QVERIFY2(panel.plainText().startsWith(waiting), qPrintable(panel.plainText()));
    QVERIFY(loaded.isEmpty());
    const QString dir = qEnvironmentVariable("PINSTRIPE_TEST_ARTIFACTS", QDir::tempPath());
    panel.grab().save(QDir(dir).filePath(QStringLiteral("adgroupdetails-ratelimit.png")));

    // The storm passes; the panel loads without anyone pressing Retry.
    m_sandbox->server()->setFaults({});
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 15000);
    QCOMPARE(loaded.constFirst().at(0).toString(), adGroupId);
    QVERIFY(panel.plainText().startsWith(name));
    QVERIFY(panel.retryButton()->isHidden());
}

QTEST_MAIN(TestAdGroupDetailsPanel)
#include "tst_adgroupdetailspanel.moc"
