// What the ad group browser tells a person while it loads and filters, offscreen against an
// in-process sandbox over loopback HTTP: the wait for Pinterest's rate limit counting down, a
// slow answer, the end of "refreshing" when no listing runs, the filter's match count, details
// of a row the filter hid, and campaign counts that follow the status chips.
#include "core/api/adgrouppager.h"
#include "core/api/campaignpager.h"
#include "core/api/apiclient.h"
#include "core/api/tokenprovider.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxthread.h"
#include "core/store/adgrouprepository.h"
#include "core/store/localstore.h"
#include "ui/adgroups/accountswitcher.h"
#include "ui/adgroups/adgroupbrowser.h"
#include "ui/adgroups/adgroupdetailspanel.h"
#include "ui/adgroups/adgroupfilterbar.h"
#include "ui/adgroups/adgroupfilterproxy.h"
#include "ui/adgroups/adgrouptablemodel.h"
#include "ui/adgroups/adgrouptableview.h"
#include "ui/adgroups/campaignnavigator.h"
#include "ui/adgroups/loadstatusbar.h"

#include <QDir>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

using namespace pinstripe;
using namespace std::chrono;

namespace {

/** The seconds in "… resumes in 3 s", or -1. */
int secondsShown(const QString &notice)
{
    const QRegularExpressionMatch match = QRegularExpression(QStringLiteral("resumes in (\\d+) s")).match(notice);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

} // namespace

class TestAdGroupBrowserFeedback : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void rateLimitWaitCountsDown();
    void slowAnswerIsShown();
    void cachedLabelEndsWithoutToken();
    void cachedLabelEndsAfterFailedListing();
    void malformedListingKeepsRowsAndSaysWhy_data();
    void malformedListingKeepsRowsAndSaysWhy();
    void filterCountsDetailsAndCampaignCounts();

private:
    /** A browser on a fresh cache, shown, listing the first account through @p client. */
    std::unique_ptr<AdGroupBrowser> openBrowser(LocalStore *store, ApiClient *client);
    /** Fills @p store with the accounts and the first account's ad groups, as a run before would have. */
    QString fillCache(LocalStore &store);
    /** Waits until the listing @p complete counts has ended. */
    static bool waitForListing(AdGroupBrowser *browser, const QSignalSpy &complete);
    static void saveScreenshot(QWidget *widget, const QString &name);

    std::unique_ptr<sandbox::SandboxThread> m_sandbox;
    std::unique_ptr<StaticTokenProvider> m_tokens;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestAdGroupBrowserFeedback::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PinstripeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_adgroupbrowserfeedback"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    sandbox::SandboxOptions options;
    options.adGroups = 300;
    options.campaigns = 15;
    m_sandbox = sandbox::startSandboxThread(options);
    QVERIFY(m_sandbox);
    m_tokens = std::make_unique<StaticTokenProvider>(options.accessToken);
}

void TestAdGroupBrowserFeedback::init()
{
    QSettings().clear();
    m_sandbox->server()->setFaults({});
    m_sandbox->server()->setRateLimits({});
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

std::unique_ptr<AdGroupBrowser> TestAdGroupBrowserFeedback::openBrowser(LocalStore *store, ApiClient *client)
{
    auto browser = std::make_unique<AdGroupBrowser>(store);
    browser->resize(1400, 700);
    browser->restoreState();
    browser->show();
    if (!QTest::qWaitForWindowExposed(browser.get()))
        qWarning("browser not exposed");
    browser->setClient(client);
    return browser;
}

bool TestAdGroupBrowserFeedback::waitForListing(AdGroupBrowser *browser, const QSignalSpy &complete)
{
    return QTest::qWaitFor([&] { return !complete.isEmpty() && !browser->repository()->isLoading(); }, 30000);
}

QString TestAdGroupBrowserFeedback::fillCache(LocalStore &store)
{
    ApiClient client(m_sandbox->baseUrl(), m_tokens.get());
    AdAccountPager accounts(&client);
    QList<AdAccount> all;
    connect(&accounts, &AdAccountPager::pageReceived, this, [&all](const AdAccountPage &page) { all += page.items; });
    accounts.start();
    if (!QTest::qWaitFor([&accounts] { return accounts.isFinished(); }, 20000) || all.isEmpty())
        return {};
    const QString accountId = all.constFirst().id.value();
    AdGroupPager pager(&client, accountId, {}, 1);
    QList<AdGroup> adGroups;
    connect(&pager, &AdGroupPager::pageReceived, this, [&adGroups](const AdGroupPage &page) { adGroups += page.items; });
    pager.start();
    if (!QTest::qWaitFor([&pager] { return pager.isFinished(); }, 20000))
        return {};
    const QDateTime fetched = QDateTime::currentDateTimeUtc().addSecs(-3600);
    store.saveAccounts(all);
    store.saveAdGroups(accountId, adGroups, fetched);
    store.setAdGroupsCompletedAt(accountId, fetched);
    return accountId;
}

void TestAdGroupBrowserFeedback::saveScreenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("PINSTRIPE_TEST_ARTIFACTS", QDir::tempPath());
    const QString path = QDir(dir).filePath(name);
    QVERIFY2(widget->grab().toImage().save(path), qPrintable(path));
}

void TestAdGroupBrowserFeedback::rateLimitWaitCountsDown()
{
    // Four reads per two seconds: accounts and campaigns take two, so the first account's
    // ad group chains cannot all go before the window ends.
    sandbox::RateLimitOptions limits;
    limits.adsRead = 4;
    limits.windowSeconds = 2;
    m_sandbox->server()->setRateLimits(limits);
    LocalStore store(m_dir->filePath(QStringLiteral("cache.sqlite")));
    ApiClient client(m_sandbox->baseUrl(), m_tokens.get());
    auto browser = openBrowser(&store, &client);
    QSignalSpy complete(browser->repository(), &AdGroupRepository::listingComplete);
    LoadStatusBar *status = browser->loadStatus();
    QSignalSpy failed(browser->repository(), &AdGroupRepository::failed);

    // Where the progress is: the wait, in whole seconds …
    QTRY_VERIFY_WITH_TIMEOUT(status->noticeText().startsWith(QStringLiteral("Waiting for Pinterest's rate limit — resumes in ")),
                             15000);
    const int first = secondsShown(status->noticeText());
    QVERIFY2(first >= 1 && first <= 2, qPrintable(status->noticeText()));
    QVERIFY(browser->repository()->isLoading());
    saveScreenshot(browser.get(), QStringLiteral("adgroupbrowser-ratelimit.png"));
    // … counting down while the listing waits …
    if (first > 1)
        QTRY_COMPARE_WITH_TIMEOUT(secondsShown(status->noticeText()), first - 1, 3000);
    // … and gone once it went on and finished, without a single failure.
    QVERIFY(waitForListing(browser.get(), complete));
    QCOMPARE(status->noticeText(), QString());
    QVERIFY(failed.isEmpty());
    QVERIFY(browser->model()->rowCount() > 0);
}

void TestAdGroupBrowserFeedback::slowAnswerIsShown()
{
    sandbox::FaultOptions slow;
    slow.latencyMs = 1500;
    slow.pathPattern = QStringLiteral("/ad_groups$");
    m_sandbox->server()->setFaults(slow);
    LocalStore store(m_dir->filePath(QStringLiteral("cache.sqlite")));
    ApiClient client(m_sandbox->baseUrl(), m_tokens.get());
    client.setSlowAnswerThreshold(milliseconds(300));
    auto browser = openBrowser(&store, &client);
    QSignalSpy complete(browser->repository(), &AdGroupRepository::listingComplete);
    LoadStatusBar *status = browser->loadStatus();
    QTRY_COMPARE_WITH_TIMEOUT(status->noticeText(), QStringLiteral("Pinterest is answering slowly…"), 15000);
    QVERIFY(browser->repository()->isLoading());
    QVERIFY(waitForListing(browser.get(), complete));
    QCOMPARE(status->noticeText(), QString());
}

void TestAdGroupBrowserFeedback::cachedLabelEndsWithoutToken()
{
    LocalStore store(m_dir->filePath(QStringLiteral("cache.sqlite")));
    const QString accountId = fillCache(store);
    QVERIFY(!accountId.isEmpty());
    auto browser = openBrowser(&store, nullptr); // no token: no client
    QCOMPARE(browser->accountSwitcher()->currentAccount()->id.value(), accountId);
    QTRY_VERIFY(browser->model()->rowCount() > 0);
    QTRY_VERIFY(!browser->repository()->isLoading());
    const QString asOf = browser->loadStatus()->asOfText();
    QVERIFY2(asOf.contains(QStringLiteral("(cached)")), qPrintable(asOf));
    QVERIFY2(!asOf.contains(QStringLiteral("refreshing")), qPrintable(asOf));
}

void TestAdGroupBrowserFeedback::cachedLabelEndsAfterFailedListing()
{
    LocalStore store(m_dir->filePath(QStringLiteral("cache.sqlite")));
    const QString accountId = fillCache(store);
    QVERIFY(!accountId.isEmpty());
    StaticTokenProvider refused(QStringLiteral("revoked-token")); // every call answers 401
    ApiClient client(m_sandbox->baseUrl(), &refused);
    auto browser = openBrowser(&store, &client);
    QSignalSpy failed(browser->repository(), &AdGroupRepository::failed);
    QTRY_VERIFY(browser->model()->rowCount() > 0);
    QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 15000);
    QTRY_VERIFY_WITH_TIMEOUT(!browser->repository()->isLoading(), 15000);
    const QString asOf = browser->loadStatus()->asOfText();
    QVERIFY2(asOf.contains(QStringLiteral("(cached)")), qPrintable(asOf));
    QVERIFY2(!asOf.contains(QStringLiteral("refreshing")), qPrintable(asOf));
    QVERIFY(browser->loadStatus()->isErrorVisible());
}

void TestAdGroupBrowserFeedback::malformedListingKeepsRowsAndSaysWhy_data()
{
    QTest::addColumn<int>("malformation");
    QTest::addColumn<QString>("said");
    using M = sandbox::Malformation;
    QTest::newRow("wrong type") << int(M::WrongType) << QStringLiteral("is text");
    QTest::newRow("missing id") << int(M::MissingMember) << QStringLiteral("\"id\" is missing");
    QTest::newRow("huge string") << int(M::HugeString) << QStringLiteral("a text of 4194304 bytes");
    QTest::newRow("deep nesting") << int(M::DeepNesting) << QStringLiteral("nested more than 64 levels deep");
    QTest::newRow("duplicate key") << int(M::DuplicateKey) << QStringLiteral("appears twice in one object");
    QTest::newRow("unknown enum") << int(M::UnknownEnum) << QStringLiteral("\"NOT_IN_THE_API\", which Pinterest's API does not list");
}

void TestAdGroupBrowserFeedback::malformedListingKeepsRowsAndSaysWhy()
{
    QFETCH(int, malformation);
    QFETCH(QString, said);
    LocalStore store(m_dir->filePath(QStringLiteral("cache.sqlite")));
    const QString accountId = fillCache(store);
    QVERIFY(!accountId.isEmpty());
    const int cached = int(store.adGroups(accountId).size());
    QVERIFY(cached > 0);

    sandbox::FaultOptions spoiled;
    spoiled.pathPattern = QStringLiteral("/ad_groups$");
    spoiled.malformedRate = 1.0;
    spoiled.malformation = sandbox::Malformation(malformation);
    m_sandbox->server()->setFaults(spoiled);
    ApiClient client(m_sandbox->baseUrl(), m_tokens.get());
    auto browser = openBrowser(&store, &client);
    QSignalSpy failed(browser->repository(), &AdGroupRepository::failed);
    QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 60000);
    // The other chains fail too, after their own retries: seconds on a loaded machine.
    QTRY_VERIFY_WITH_TIMEOUT(!browser->repository()->isLoading(), 60000);

    // What it had stays; what went wrong is said, with Pinterest's request id for support.
    QCOMPARE(browser->model()->rowCount(), cached);
    QVERIFY(browser->loadStatus()->isErrorVisible());
    const QString error = browser->loadStatus()->errorText();
    QVERIFY2(error.contains(said), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("Pinterest's request id: ")), qPrintable(error));
    QCOMPARE(store.adGroups(accountId).size(), cached);
    m_sandbox->server()->setFaults({});
}

void TestAdGroupBrowserFeedback::filterCountsDetailsAndCampaignCounts()
{
    LocalStore store(m_dir->filePath(QStringLiteral("cache.sqlite")));
    ApiClient client(m_sandbox->baseUrl(), m_tokens.get());
    auto browser = openBrowser(&store, &client);
    QSignalSpy listed(browser->repository(), &AdGroupRepository::listingComplete);
    QVERIFY(waitForListing(browser.get(), listed));
    AdGroupTableModel *model = browser->model();
    AdGroupFilterProxy *proxy = browser->proxy();
    AdGroupFilterBar *bar = browser->filterBar();
    const int total = model->rowCount();
    QVERIFY(total > 10);
    QCOMPARE(bar->matchCountText(), QStringLiteral("%1 ad group(s)").arg(total));

    // Type a word of the first row's name: "12 of 49" beside the filter.
    const QString word = proxy->index(0, AdGroupTableModel::Name).data().toString().section(QLatin1Char(' '), 0, 0);
    QTest::keyClicks(bar->searchField(), word);
    const int shown = proxy->rowCount();
    QVERIFY(shown > 0);
    QVERIFY(shown < total);
    QCOMPARE(bar->matchCountText(), QStringLiteral("%1 of %2 ad group(s)").arg(shown).arg(total));

    // Open the first match's details, then filter it away: the details go with it.
    AdGroupTableView *table = browser->tableView();
    table->setFocus();
    table->setCurrentIndex(proxy->index(0, AdGroupTableModel::Name));
    const QString id = proxy->index(0, 0).data(AdGroupTableModel::IdRole).toString();
    QSignalSpy loaded(browser->detailsPanel(), &AdGroupDetailsPanel::loaded);
    QTest::keyClick(table, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 20000);
    QCOMPARE(browser->detailsPanel()->adGroupId(), id);
    QTest::keyClicks(bar->searchField(), QStringLiteral("no ad group is called this"));
    QCOMPARE(proxy->rowCount(), 0);
    QCOMPARE(bar->matchCountText(), QStringLiteral("0 of %1 ad group(s)").arg(total));
    QCOMPARE(browser->detailsPanel()->adGroupId(), QString());
    QVERIFY(!browser->detailsPanel()->plainText().contains(id));
    bar->searchField()->clear();
    QCOMPARE(bar->matchCountText(), QStringLiteral("%1 ad group(s)").arg(total));

    // Archived on: fetched, counted per campaign. Off again: neither shown nor counted.
    QTreeWidget *campaigns = browser->campaignNavigator()->tree();
    QSignalSpy complete(browser->repository(), &AdGroupRepository::listingComplete);
    bar->chip(QStringLiteral("ARCHIVED"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(!complete.isEmpty() && !browser->repository()->isLoading(), 30000);
    const int withArchived = model->rowCount();
    QVERIFY(withArchived > total);
    QTRY_COMPARE(campaigns->topLevelItem(0)->text(CampaignNavigator::AdGroups), QLocale().toString(withArchived));
    bar->chip(QStringLiteral("ARCHIVED"))->click();
    QCOMPARE(proxy->rowCount(), total);
    QCOMPARE(model->rowCount(), withArchived);
    QCOMPARE(campaigns->topLevelItem(0)->text(CampaignNavigator::AdGroups), QLocale().toString(total));
    int perCampaign = 0;
    for (int i = 1; i < campaigns->topLevelItemCount(); ++i)
        perCampaign += QLocale().toInt(campaigns->topLevelItem(i)->text(CampaignNavigator::AdGroups));
    QCOMPARE(perCampaign, total);
    QCOMPARE(bar->matchCountText(), QStringLiteral("%1 of %2 ad group(s)").arg(total).arg(withArchived));
}

QTEST_MAIN(TestAdGroupBrowserFeedback)
#include "tst_adgroupbrowserfeedback.moc"
