// Analytics consistency: DAY/WEEK/MONTH rows add up to TOTAL, HOUR rows to DAY, targeting
// breakdowns to the ad group, ratios follow from the counts, and everything is repeatable.
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

const QStringList countColumns = {s("SPEND_IN_MICRO_DOLLAR"), s("IMPRESSION_1"), s("IMPRESSION_2"), s("CLICKTHROUGH_1"),
                                  s("TOTAL_CLICKTHROUGH"), s("OUTBOUND_CLICK_1"), s("TOTAL_ENGAGEMENT"),
                                  s("TOTAL_VIDEO_3SEC_VIEWS"), s("TOTAL_VIDEO_MRC_VIEWS"), s("TOTAL_VIDEO_P100_COMPLETE")};
const QStringList conversionColumns = {s("TOTAL_CONVERSIONS"), s("TOTAL_CHECKOUT"),
                                       s("TOTAL_CHECKOUT_VALUE_IN_MICRO_DOLLAR"), s("TOTAL_PAGE_VISIT"),
                                       s("TOTAL_SIGNUP"), s("TOTAL_LEAD")};

SandboxOptions pinnedOptions(quint64 seed = 42)
{
    SandboxOptions o;
    o.seed = seed;
    o.now = QDateTime(QDate(2025, 3, 1), QTime(12, 0), Qt::UTC);
    return o;
}

using Sums = QHash<QString, QHash<QString, qint64>>; // ad group -> column -> sum

Sums sumRows(const QJsonArray &rows, const QStringList &columns)
{
    Sums sums;
    for (const QJsonValue &row : rows) {
        for (const QString &c : columns)
            sums[row[s("AD_GROUP_ID")].toString()][c] += row[c].toInteger();
    }
    return sums;
}

} // namespace

class TestSandboxAnalytics : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void granularitiesAddUpToTotal_data();
    void granularitiesAddUpToTotal();
    void hoursAddUpToDaysWithoutConversions();
    void ratiosFollowFromCounts();
    void breakdownsAddUpExactly_data();
    void breakdownsAddUpExactly();
    void aggregateRows();
    void deterministic();
    void draftsDoNotDeliver();

private:
    Reply analytics(const QString &granularity, const QString &start, const QString &end, const QStringList &columns,
                    const QString &extra = {});
    QString path(const QString &rest) const { return s("/ad_accounts/") + m_account + rest; }

    std::unique_ptr<SandboxThread> m_sandbox;
    std::unique_ptr<Client> m_client;
    QString m_account;
    QStringList m_ids;
    QString m_draftId;
};

void TestSandboxAnalytics::initTestCase()
{
    m_sandbox = startSandboxThread(pinnedOptions());
    QVERIFY(m_sandbox);
    m_client = std::make_unique<Client>(m_sandbox->baseUrl());
    m_account = m_client->get(s("/ad_accounts")).object()[s("items")][0][s("id")].toString();
    const Reply list = m_client->get(path(s("/ad_groups")),
                                     s("entity_statuses=ACTIVE&entity_statuses=PAUSED&entity_statuses=DRAFT&page_size=250"));
    for (const QJsonValue &g : list.object()[s("items")].toArray()) {
        if (g[s("status")].toString() == s("DRAFT"))
            m_draftId = g[s("id")].toString();
        else if (m_ids.size() < 25)
            m_ids << g[s("id")].toString();
    }
    QCOMPARE(m_ids.size(), 25);
    QVERIFY(!m_draftId.isEmpty());
}

Reply TestSandboxAnalytics::analytics(const QString &granularity, const QString &start, const QString &end,
                                      const QStringList &columns, const QString &extra)
{
    QString q = s("start_date=") + start + s("&end_date=") + end + s("&granularity=") + granularity + s("&columns=")
        + columns.join(QLatin1Char(','));
    for (const QString &id : std::as_const(m_ids))
        q += s("&ad_group_ids=") + id;
    return m_client->get(path(s("/ad_groups/analytics")), q + extra);
}

void TestSandboxAnalytics::granularitiesAddUpToTotal_data()
{
    QTest::addColumn<QString>("granularity");
    QTest::newRow("DAY") << s("DAY");
    QTest::newRow("WEEK") << s("WEEK");
    QTest::newRow("MONTH") << s("MONTH");
}

void TestSandboxAnalytics::granularitiesAddUpToTotal()
{
    QFETCH(QString, granularity);
    const QStringList columns = countColumns + conversionColumns;
    const Reply total = analytics(s("TOTAL"), s("2024-12-10"), s("2025-02-28"), columns);
    QCOMPARE(total.status, 200);
    QVERIFY(total.json().isArray());
    QCOMPARE(total.array().size(), m_ids.size()); // one TOTAL row per ad group
    const Reply split = analytics(granularity, s("2024-12-10"), s("2025-02-28"), columns);
    QCOMPARE(split.status, 200);
    QVERIFY(split.array().size() > m_ids.size());
    for (const QJsonValue &row : split.array()) {
        QVERIFY(QDate::fromString(row[s("DATE")].toString(), Qt::ISODate).isValid());
        QVERIFY(row[s("AD_GROUP_ID")].isString());
    }
    for (const QJsonValue &row : total.array())
        QVERIFY(!row.toObject().contains(s("DATE")));
    const Sums a = sumRows(total.array(), columns);
    const Sums b = sumRows(split.array(), columns);
    qint64 impressions = 0;
    qint64 conversions = 0;
    for (const QString &id : std::as_const(m_ids)) {
        for (const QString &c : columns)
            QVERIFY2(a[id][c] == b[id][c], qPrintable(id + QLatin1Char(' ') + c));
        impressions += a[id][s("IMPRESSION_1")];
        conversions += a[id][s("TOTAL_CONVERSIONS")];
    }
    QVERIFY(impressions > 0);
    QVERIFY(conversions > 0);
}

void TestSandboxAnalytics::hoursAddUpToDaysWithoutConversions()
{
    const QStringList columns = countColumns + conversionColumns;
    const Reply hours = analytics(s("HOUR"), s("2025-02-26"), s("2025-02-28"), columns);
    QCOMPARE(hours.status, 200);
    const Reply days = analytics(s("DAY"), s("2025-02-26"), s("2025-02-28"), columns);
    QVERIFY(hours.array().size() > days.array().size());
    for (const QJsonValue &row : hours.array()) {
        for (const QString &c : conversionColumns)
            QVERIFY2(!row.toObject().contains(c), "HOUR granularity reports no conversion metrics");
        QVERIFY(row[s("HOUR")].toInt() >= 0 && row[s("HOUR")].toInt() < 24);
    }
    bool dayHasConversions = false;
    for (const QJsonValue &row : days.array())
        dayHasConversions |= row.toObject().contains(s("TOTAL_CONVERSIONS"));
    QVERIFY(dayHasConversions);
    const Sums h = sumRows(hours.array(), countColumns);
    const Sums d = sumRows(days.array(), countColumns);
    for (const QString &id : std::as_const(m_ids)) {
        for (const QString &c : countColumns)
            QCOMPARE(h[id][c], d[id][c]);
    }
}

void TestSandboxAnalytics::ratiosFollowFromCounts()
{
    const Reply total = analytics(s("TOTAL"), s("2025-01-01"), s("2025-02-28"),
                                  {s("SPEND_IN_MICRO_DOLLAR"), s("SPEND_IN_DOLLAR"), s("IMPRESSION_1"), s("CLICKTHROUGH_1"),
                                   s("CTR"), s("CPC_IN_MICRO_DOLLAR"), s("CPM_IN_MICRO_DOLLAR"), s("AD_GROUP_NAME"),
                                   s("CAMPAIGN_ID"), s("TOTAL_CHECKOUT_VALUE_IN_MICRO_DOLLAR"), s("CHECKOUT_ROAS"),
                                   s("PIN_ID")});
    int checked = 0;
    for (const QJsonValue &row : total.array()) {
        QVERIFY(!row[s("AD_GROUP_NAME")].toString().isEmpty());
        QVERIFY(row[s("CAMPAIGN_ID")].toString().toLongLong() > 0);
        const double spend = double(row[s("SPEND_IN_MICRO_DOLLAR")].toInteger());
        const double impressions = double(row[s("IMPRESSION_1")].toInteger());
        const double clicks = double(row[s("CLICKTHROUGH_1")].toInteger());
        QCOMPARE(row[s("SPEND_IN_DOLLAR")].toDouble(), spend / 1e6);
        if (impressions <= 0 || clicks <= 0) {
            QVERIFY(!row.toObject().contains(s("CTR")) || impressions > 0);
            continue;
        }
        QVERIFY(qAbs(row[s("CTR")].toDouble() - clicks / impressions) < 1e-6);
        QVERIFY(qAbs(row[s("CPC_IN_MICRO_DOLLAR")].toDouble() - spend / clicks) < 0.01);
        QVERIFY(qAbs(row[s("CPM_IN_MICRO_DOLLAR")].toDouble() - spend / impressions * 1000) < 0.01);
        QVERIFY2(clicks / impressions > 0.001 && clicks / impressions < 0.05, "plausible CTR");
        if (row.toObject().contains(s("CHECKOUT_ROAS")))
            QVERIFY(qAbs(row[s("CHECKOUT_ROAS")].toDouble()
                         - double(row[s("TOTAL_CHECKOUT_VALUE_IN_MICRO_DOLLAR")].toInteger()) / spend) < 1e-4);
        ++checked;
    }
    QVERIFY(checked > 5);
}

void TestSandboxAnalytics::breakdownsAddUpExactly_data()
{
    QTest::addColumn<QString>("granularity");
    QTest::newRow("TOTAL") << s("TOTAL");
    QTest::newRow("DAY") << s("DAY");
}

void TestSandboxAnalytics::breakdownsAddUpExactly()
{
    QFETCH(QString, granularity);
    const QStringList types = {s("AGE_BUCKET"), s("GENDER"), s("COUNTRY"), s("LOCATION"), s("REGION"), s("APPTYPE"),
                               s("PLACEMENT"), s("KEYWORD"), s("GEO"), s("PINNER_INTEREST"), s("AGE_BUCKET_AND_GENDER")};
    const QStringList columns = {s("SPEND_IN_MICRO_DOLLAR"), s("IMPRESSION_1"), s("CLICKTHROUGH_1"), s("TOTAL_CONVERSIONS")};
    const Reply totals = analytics(granularity, s("2025-02-01"), s("2025-02-28"), columns);
    QString q = s("start_date=2025-02-01&end_date=2025-02-28&granularity=") + granularity + s("&columns=")
        + columns.join(QLatin1Char(',')) + s("&targeting_types=") + types.join(QLatin1Char(','));
    for (const QString &id : std::as_const(m_ids))
        q += s("&ad_group_ids=") + id;
    const Reply breakdown = m_client->get(path(s("/ad_groups/targeting_analytics")), q);
    QCOMPARE(breakdown.status, 200);
    const QJsonArray data = breakdown.object()[s("data")].toArray();
    QVERIFY(!data.isEmpty());

    // key: ad group | date | type | column
    QHash<QString, qint64> sliced;
    QSet<QString> typesSeen;
    for (const QJsonValue &row : data) {
        QVERIFY(row[s("targeting_value")].isString() || row[s("targeting_value")].isDouble());
        const QJsonObject m = row[s("metrics")].toObject();
        typesSeen << row[s("targeting_type")].toString();
        for (const QString &c : columns)
            sliced[QString::number(m[s("AD_GROUP_ID")].toInteger()) + QLatin1Char('|') + m[s("DATE")].toString() + QLatin1Char('|')
                   + row[s("targeting_type")].toString() + QLatin1Char('|') + c] += m[c].toInteger();
    }
    QCOMPARE(typesSeen, QSet<QString>(types.cbegin(), types.cend()));
    int compared = 0;
    for (const QJsonValue &row : totals.array()) {
        if (row[s("IMPRESSION_1")].toInteger() == 0)
            continue;
        for (const QString &t : types) {
            for (const QString &c : columns) {
                const QString key = row[s("AD_GROUP_ID")].toString() + QLatin1Char('|') + row[s("DATE")].toString()
                    + QLatin1Char('|') + t + QLatin1Char('|') + c;
                QVERIFY2(sliced.value(key) == row[c].toInteger(), qPrintable(key));
                ++compared;
            }
        }
    }
    QVERIFY(compared > 100);
}

void TestSandboxAnalytics::aggregateRows()
{
    const QStringList columns = {s("SPEND_IN_MICRO_DOLLAR"), s("IMPRESSION_1")};
    const Reply each = analytics(s("DAY"), s("2025-02-20"), s("2025-02-22"), columns);
    const Reply together = analytics(s("DAY"), s("2025-02-20"), s("2025-02-22"), columns, s("&aggregate_report_rows=true"));
    QCOMPARE(together.array().size(), 3);
    qint64 a = 0;
    qint64 b = 0;
    for (const QJsonValue &row : each.array())
        a += row[s("IMPRESSION_1")].toInteger();
    for (const QJsonValue &row : together.array()) {
        QVERIFY(!row.toObject().contains(s("AD_GROUP_ID")));
        b += row[s("IMPRESSION_1")].toInteger();
    }
    QCOMPARE(a, b);
    QVERIFY(a > 0);
}

void TestSandboxAnalytics::deterministic()
{
    const QStringList columns = {s("SPEND_IN_MICRO_DOLLAR"), s("CLICKTHROUGH_1")};
    const Reply first = analytics(s("DAY"), s("2025-02-01"), s("2025-02-10"), columns);
    QCOMPARE(analytics(s("DAY"), s("2025-02-01"), s("2025-02-10"), columns).body, first.body);

    auto again = startSandboxThread(pinnedOptions(42));
    Client client(again->baseUrl());
    QString q = s("start_date=2025-02-01&end_date=2025-02-10&granularity=DAY&columns=") + columns.join(QLatin1Char(','));
    for (const QString &id : std::as_const(m_ids))
        q += s("&ad_group_ids=") + id;
    QCOMPARE(client.get(path(s("/ad_groups/analytics")), q).body, first.body);

    auto other = startSandboxThread(pinnedOptions(7));
    Client otherClient(other->baseUrl());
    const QString otherAccount = otherClient.get(s("/ad_accounts")).object()[s("items")][0][s("id")].toString();
    QCOMPARE(otherAccount, m_account); // account ids are fixed; the ad groups are not
    QVERIFY(otherClient.get(s("/ad_accounts/") + m_account + s("/ad_groups")).body
            != m_client->get(path(s("/ad_groups"))).body);
}

void TestSandboxAnalytics::draftsDoNotDeliver()
{
    const Reply r = m_client->get(path(s("/ad_groups/analytics")),
                                  s("start_date=2025-01-01&end_date=2025-02-28&granularity=TOTAL&columns=IMPRESSION_1,"
                                    "SPEND_IN_MICRO_DOLLAR,CTR&ad_group_ids=") + m_draftId);
    QCOMPARE(r.array().size(), 1);
    QCOMPARE(r.array().at(0)[s("IMPRESSION_1")].toInteger(), 0);
    QVERIFY(!r.array().at(0).toObject().contains(s("CTR"))); // no value for a ratio over nothing
}

QTEST_GUILESS_MAIN(TestSandboxAnalytics)
#include "tst_sandboxanalytics.moc"
