// Bookmarks as Pinterest's may be: standard base64 with '+', '/' and '='. Every page of the demo
// data carries all three; the bookmark must reach the sandbox exactly as given (a raw '+' is a
// space in a query, so the sandbox refuses it), and the client's pager, over real loopback
// HTTP, pages through every item with them. Also: the client reads targeting analytics'
// numeric AD_GROUP_ID as the ad group's id, digit for digit.
#include "core/api/adgrouppager.h"
#include "core/api/apiclient.h"
#include "core/api/targetinganalyticsrequest.h"
#include "core/api/tokenprovider.h"
#include "core/model/targetinganalytics.h"
#include "sandbox/sandboxthread.h"
#include "sandboxclient.h"

#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace pinstripe;
using namespace pinstripe::sandbox;
using namespace pinstripe::sandbox::test;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

const QString kAllStatuses = QStringLiteral("entity_statuses=ACTIVE&entity_statuses=PAUSED&entity_statuses=ARCHIVED"
                                            "&entity_statuses=DRAFT&entity_statuses=DELETED_DRAFT");

QSet<QString> idsOf(const QJsonArray &items)
{
    QSet<QString> ids;
    for (const QJsonValue &item : items)
        ids.insert(item[s("id")].toString());
    return ids;
}

} // namespace

class TestSandboxBookmarks : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyBookmarkHoldsPlusSlashAndEquals_data();
    void everyBookmarkHoldsPlusSlashAndEquals();
    void rawPlusIsReadAsASpaceAndRefused();
    void alteredBookmarksAreRefused_data();
    void alteredBookmarksAreRefused();
    void clientPagerPagesThroughEverything();
    void clientReadsNumericAdGroupIds();
    void eighteenDigitIdsStayExact();

private:
    QString path(const QString &rest = {}) const { return s("/ad_accounts/") + m_account + rest; }
    QString firstBookmark();

    std::unique_ptr<SandboxThread> m_sandbox;
    std::unique_ptr<Client> m_client;
    std::unique_ptr<StaticTokenProvider> m_tokens;
    std::unique_ptr<ApiClient> m_api;
    QString m_account;
};

void TestSandboxBookmarks::initTestCase()
{
    m_sandbox = startSandboxThread(SandboxOptions());
    QVERIFY(m_sandbox);
    m_client = std::make_unique<Client>(m_sandbox->baseUrl());
    m_tokens = std::make_unique<StaticTokenProvider>(SandboxOptions().accessToken);
    m_api = std::make_unique<ApiClient>(m_sandbox->baseUrl(), m_tokens.get());
    m_account = m_client->get(s("/ad_accounts")).object()[s("items")].toArray().at(0)[s("id")].toString();
    QVERIFY(!m_account.isEmpty());
}

QString TestSandboxBookmarks::firstBookmark()
{
    const Reply first = m_client->get(path(s("/ad_groups")), kAllStatuses + s("&page_size=5"));
    return first.object()[s("bookmark")].toString();
}

void TestSandboxBookmarks::everyBookmarkHoldsPlusSlashAndEquals_data()
{
    QTest::addColumn<QString>("route");
    QTest::addColumn<QString>("filters");
    QTest::addColumn<int>("pageSize");
    QTest::newRow("ad groups") << s("/ad_groups") << kAllStatuses << 3;
    QTest::newRow("ad groups, descending") << s("/ad_groups") << kAllStatuses + s("&order=DESCENDING") << 7;
    QTest::newRow("campaigns") << s("/campaigns") << QString() << 1;
    QTest::newRow("ad accounts") << QString() << QString() << 1;
}

void TestSandboxBookmarks::everyBookmarkHoldsPlusSlashAndEquals()
{
    QFETCH(QString, route);
    QFETCH(QString, filters);
    QFETCH(int, pageSize);
    const QString where = route.isEmpty() ? s("/ad_accounts") : path(route);
    const QString base = (filters.isEmpty() ? QString() : filters + QLatin1Char('&')) + s("page_size=")
        + QString::number(pageSize);
    const Reply single = m_client->get(where, base.left(base.lastIndexOf(QLatin1Char('='))) + s("=250"));
    QCOMPARE(single.status, 200);
    const QSet<QString> expected = idsOf(single.object()[s("items")].toArray());

    QSet<QString> seen;
    QString bookmark;
    int pages = 0;
    do {
        const Reply page = m_client->get(where, bookmark.isEmpty() ? base : base + QLatin1Char('&')
                                             + query({{"bookmark", bookmark}}));
        QVERIFY2(page.status == 200, page.body.constData());
        for (const QString &id : idsOf(page.object()[s("items")].toArray())) {
            QVERIFY2(!seen.contains(id), "an item was served twice");
            seen.insert(id);
        }
        bookmark = page.object()[s("bookmark")].toString();
        if (!bookmark.isEmpty()) {
            for (const char c : {'+', '/', '='})
                QVERIFY2(bookmark.contains(QLatin1Char(c)), qPrintable(bookmark));
            QVERIFY(!bookmark.contains(QLatin1Char('-')) && !bookmark.contains(QLatin1Char('_')));
            QVERIFY(QByteArray::fromBase64Encoding(bookmark.toLatin1(), QByteArray::AbortOnBase64DecodingErrors));
        }
        ++pages;
    } while (!bookmark.isEmpty() && pages < 500);
    QVERIFY(pages >= 2);
    QCOMPARE(seen, expected);
}

void TestSandboxBookmarks::rawPlusIsReadAsASpaceAndRefused()
{
    const QString bookmark = firstBookmark();
    QVERIFY(bookmark.contains(QLatin1Char('+')));
    const QString base = kAllStatuses + s("&page_size=5&bookmark=");
    // Sent as given, unencoded: '/' and '=' are fine in a query value, '+' means a space.
    const Reply raw = m_client->get(path(s("/ad_groups")), base + bookmark);
    QCOMPARE(raw.status, 400);
    QCOMPARE(raw.code(), 400);
    QVERIFY2(raw.message().startsWith(s("Invalid ad account group parameters: bookmark is not valid")),
             qPrintable(raw.message()));
    // Only the '+' needs encoding; the page is the same as with everything encoded.
    const Reply plusEncoded = m_client->get(path(s("/ad_groups")), base + QString(bookmark).replace(s("+"), s("%2B")));
    const Reply allEncoded = m_client->get(path(s("/ad_groups")), base + QString::fromLatin1(QUrl::toPercentEncoding(bookmark)));
    QCOMPARE(plusEncoded.status, 200);
    QCOMPARE(allEncoded.status, 200);
    QCOMPARE(plusEncoded.object(), allEncoded.object());
    QCOMPARE(allEncoded.object()[s("items")].toArray().size(), 5);
}

void TestSandboxBookmarks::alteredBookmarksAreRefused_data()
{
    QTest::addColumn<QString>("how");
    QTest::newRow("url-safe alphabet") << s("urlsafe");
    QTest::newRow("padding dropped") << s("unpadded");
    QTest::newRow("space for plus") << s("space");
    QTest::newRow("other filters") << s("filters");
}

void TestSandboxBookmarks::alteredBookmarksAreRefused()
{
    QFETCH(QString, how);
    QString bookmark = firstBookmark();
    QString filters = kAllStatuses;
    if (how == s("urlsafe"))
        bookmark.replace(QLatin1Char('+'), QLatin1Char('-')).replace(QLatin1Char('/'), QLatin1Char('_'));
    else if (how == s("unpadded"))
        bookmark.remove(QLatin1Char('='));
    else if (how == s("space"))
        bookmark.replace(QLatin1Char('+'), QLatin1Char(' '));
    else
        filters = s("entity_statuses=ACTIVE");
    const Reply r = m_client->get(path(s("/ad_groups")), filters + s("&page_size=5&") + query({{"bookmark", bookmark}}));
    QCOMPARE(r.status, 400);
    QVERIFY2(r.message().contains(s("bookmark is not valid")), qPrintable(r.message()));
}

void TestSandboxBookmarks::clientPagerPagesThroughEverything()
{
    AdGroupListParams params;
    params.entityStatuses = AdGroupListParams::allStatuses();
    params.pageSize = 4;
    AdGroupPager pager(m_api.get(), m_account, params);
    QSet<QString> seen;
    int repeats = 0;
    connect(&pager, &AdGroupPager::pageReceived, this, [&](const AdGroupPage &page) {
        for (const AdGroup &g : page.items) {
            if (seen.contains(g.id.value()))
                ++repeats;
            seen.insert(g.id.value());
        }
    });
    pager.start();
    QTRY_VERIFY_WITH_TIMEOUT(pager.isFinished() || pager.hasFailedChains(), 60000);
    QVERIFY(!pager.hasFailedChains());
    const Reply single = m_client->get(path(s("/ad_groups")),
        s("page_size=250&entity_statuses=") + params.entityStatuses.join(s("&entity_statuses=")));
    const QSet<QString> expected = idsOf(single.object()[s("items")].toArray());
    QVERIFY(expected.size() > 30);
    QCOMPARE(pager.pagesReceived(), int(expected.size() + 3) / 4);
    QCOMPARE(repeats, 0);
    QCOMPARE(seen, expected);
}

void TestSandboxBookmarks::clientReadsNumericAdGroupIds()
{
    const Reply active = m_client->get(path(s("/ad_groups")), s("entity_statuses=ACTIVE&page_size=10"));
    QStringList ids;
    for (const QJsonValue &g : active.object()[s("items")].toArray())
        ids << g[s("id")].toString();
    QVERIFY(!ids.isEmpty());
    AnalyticsQuery query;
    query.adGroupIds = ids;
    const QDate today = AnalyticsQuery::todayUtc();
    query.startDate = today.addDays(-14);
    query.endDate = today.addDays(-1);
    query.granularity = s("TOTAL");
    query.columns = QStringList{s("SPEND_IN_DOLLAR"), s("IMPRESSION_1")};
    query.targetingTypes = QStringList{s("GENDER"), s("APPTYPE")};
    auto *request = new TargetingAnalyticsRequest(m_api.get(), m_account, query);
    QSignalSpy finished(request, &TargetingAnalyticsRequest::finished);
    QSignalSpy failed(request, &ApiRequest::failed);
    request->start();
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() + failed.count() == 1, 30000);
    QCOMPARE(failed.count(), 0);
    const auto breakdown = finished.at(0).at(0).value<TargetingAnalytics>();
    QVERIFY(breakdown.data.hasValue() && !breakdown.data.value().isEmpty());
    QSet<QString> reported;
    for (const TargetingAnalyticsEntry &entry : breakdown.data.value()) {
        QVERIFY2(ids.contains(entry.adGroupId()), qPrintable(entry.adGroupId()));
        reported.insert(entry.adGroupId());
    }
    QVERIFY(!reported.isEmpty());
}

void TestSandboxBookmarks::eighteenDigitIdsStayExact()
{
    // Pinterest's ids reach 18 digits, past 2^53 where a double loses the last ones: the
    // number must be read as an integer from its digits, never through a double.
    const QByteArray body = R"({"data":[{"targeting_type":"GENDER","targeting_value":"female",)"
                            R"("metrics":{"AD_GROUP_ID":987654321098765433,"SPEND_IN_DOLLAR":1.5}},)"
                            R"({"targeting_type":"GENDER","targeting_value":"male",)"
                            R"("metrics":{"AD_GROUP_ID":9007199254740993,"SPEND_IN_DOLLAR":2}}]})";
    QVERIFY(qint64(double(987654321098765433LL)) != 987654321098765433LL); // what a double would do
    const TargetingAnalytics parsed = TargetingAnalytics::fromJson(QJsonDocument::fromJson(body).object());
    QVERIFY(parsed.data.hasValue());
    QCOMPARE(parsed.data.value().size(), 2);
    QCOMPARE(parsed.data.value().at(0).adGroupId(), s("987654321098765433"));
    QCOMPARE(parsed.data.value().at(1).adGroupId(), s("9007199254740993"));
    // And written back as the same number.
    QVERIFY(QJsonDocument(parsed.toJson()).toJson(QJsonDocument::Compact).contains("\"AD_GROUP_ID\":987654321098765433"));
}

QTEST_GUILESS_MAIN(TestSandboxBookmarks)
#include "tst_sandboxbookmarks.moc"
