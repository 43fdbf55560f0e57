// LocalStore: accounts, campaigns and ad groups round-trip through SQLite; stale rows go;
// two instances on one file (UI thread and a reader) work side by side; no token is stored.
#include "core/store/localstore.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace pinstripe;

class TestLocalStore : public QObject
{
    Q_OBJECT

private slots:
    void defaultPathIsInAppData();
    void accountsRoundTrip();
    void campaignsPerAccount();
    void adGroupsRoundTripAndReplace();
    void adGroupsKeepTheServersText();
    void staleAdGroupsAreRemovedByStatus();
    void completedAtRoundTrips();
    void secondInstanceOnAnotherThreadReads();

private:
    static AdGroup adGroup(const QString &id, const QString &status, qint64 budget)
    {
        AdGroup g;
        g.id = id;
        g.adAccountId = QStringLiteral("549755885175");
        g.campaignId = QStringLiteral("626736533506");
        g.name = QString(QStringLiteral("Ad group ") + id);
        g.status = status;
        g.budgetInMicroCurrency = budget;
        g.promotionId = Field<QString>::null();
        TargetingSpec spec;
        spec.location = QStringList{QStringLiteral("US"), QStringLiteral("DE")};
        spec.minimumAge = QStringLiteral("25");
        g.targetingSpec = spec;
        g.unknownFields.insert(QStringLiteral("future_field"), 7);
        return g;
    }
    QTemporaryDir m_dir;
};

void TestLocalStore::defaultPathIsInAppData()
{
    QStandardPaths::setTestModeEnabled(true);
    const QString path = LocalStore::defaultPath();
    QVERIFY(path.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
    QVERIFY(path.endsWith(QLatin1String(".sqlite")));
}

void TestLocalStore::accountsRoundTrip()
{
    LocalStore store(m_dir.filePath(QStringLiteral("accounts.sqlite")));
    QVERIFY2(store.isOpen(), qPrintable(store.lastError()));
    AdAccount usd;
    usd.id = QStringLiteral("1");
    usd.name = QStringLiteral("Shop US");
    usd.currency = Currency::usd();
    AdAccount jpy;
    jpy.id = QStringLiteral("2");
    jpy.currency = Currency::jpy();
    QVERIFY(store.saveAccounts({usd, jpy}));
    QCOMPARE(store.accounts(), (QList<AdAccount>{usd, jpy}));
    QVERIFY(store.saveAccounts({jpy}));
    QCOMPARE(store.accounts(), QList<AdAccount>{jpy});
}

void TestLocalStore::campaignsPerAccount()
{
    LocalStore store(m_dir.filePath(QStringLiteral("campaigns.sqlite")));
    Campaign a;
    a.id = QStringLiteral("10");
    a.name = QStringLiteral("Spring");
    Campaign b;
    b.id = QStringLiteral("11");
    b.name = QStringLiteral("Summer");
    QVERIFY(store.saveCampaigns(QStringLiteral("1"), {a, b}));
    QVERIFY(store.saveCampaigns(QStringLiteral("2"), {b}));
    QCOMPARE(store.campaigns(QStringLiteral("1")), (QList<Campaign>{a, b}));
    QCOMPARE(store.campaigns(QStringLiteral("2")), QList<Campaign>{b});
    QVERIFY(store.campaigns(QStringLiteral("3")).isEmpty());
}

void TestLocalStore::adGroupsRoundTripAndReplace()
{
    LocalStore store(m_dir.filePath(QStringLiteral("adgroups.sqlite")));
    const QDateTime t1 = QDateTime::currentDateTimeUtc();
    const AdGroup a = adGroup(QStringLiteral("100"), QStringLiteral("ACTIVE"), 5'000'000);
    const AdGroup b = adGroup(QStringLiteral("101"), QStringLiteral("PAUSED"), 1'230'000);
    QVERIFY(store.saveAdGroups(QStringLiteral("1"), {a, b}, t1));
    QCOMPARE(store.adGroups(QStringLiteral("1")), (QList<AdGroup>{a, b})); // null and unknown fields survive
    QCOMPARE(store.adGroupCount(QStringLiteral("1")), 2);
    QCOMPARE(store.adGroupCount(QStringLiteral("2")), 0);

    AdGroup changed = a;
    changed.budgetInMicroCurrency = 9'990'000;
    QVERIFY(store.saveAdGroups(QStringLiteral("1"), {changed}, t1.addSecs(5)));
    QCOMPARE(store.adGroupCount(QStringLiteral("1")), 2);
    QCOMPARE(store.adGroups(QStringLiteral("1")).constFirst().budgetInMicroCurrency.value(), 9'990'000);
}

void TestLocalStore::adGroupsKeepTheServersText()
{
    // A listed page's own text is stored as the server wrote it, not the ad group written out
    // again: what is read back comes from that text (a budget the value does not hold, a field
    // this version does not know), and a missing or short list of texts falls back to the fields.
    LocalStore store(m_dir.filePath(QStringLiteral("servertext.sqlite")));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const AdGroup a = adGroup(QStringLiteral("200"), QStringLiteral("ACTIVE"), 5'000'000);
    const AdGroup b = adGroup(QStringLiteral("201"), QStringLiteral("PAUSED"), 6'000'000);
    QJsonObject text = a.toJson();
    text.insert(QStringLiteral("budget_in_micro_currency"), 7'000'000);
    text.insert(QStringLiteral("a_field_of_tomorrow"), QStringLiteral("kept"));
    const QByteArray serverText = QJsonDocument(text).toJson(QJsonDocument::Indented);
    QVERIFY(store.saveAdGroups(QStringLiteral("1"), {a, b}, now, {serverText, QJsonDocument(b.toJson()).toJson()}));
    const QList<AdGroup> read = store.adGroups(QStringLiteral("1"));
    QCOMPARE(read.size(), 2);
    QCOMPARE(read.at(0).budgetInMicroCurrency.value(), 7'000'000);
    QCOMPARE(read.at(0).toJson().value(QStringLiteral("a_field_of_tomorrow")).toString(), QStringLiteral("kept"));
    QCOMPARE(read.at(1), b);

    QVERIFY(store.saveAdGroups(QStringLiteral("1"), {a, b}, now.addSecs(1), {serverText}));
    QCOMPARE(store.adGroups(QStringLiteral("1")).constFirst().budgetInMicroCurrency.value(), 5'000'000);
}

void TestLocalStore::staleAdGroupsAreRemovedByStatus()
{
    LocalStore store(m_dir.filePath(QStringLiteral("stale.sqlite")));
    const QDateTime old = QDateTime::currentDateTimeUtc().addSecs(-60);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(store.saveAdGroups(QStringLiteral("1"),
                               {adGroup(QStringLiteral("1"), QStringLiteral("ACTIVE"), 1),
                                adGroup(QStringLiteral("2"), QStringLiteral("ARCHIVED"), 1),
                                adGroup(QStringLiteral("3"), QStringLiteral("PAUSED"), 1)},
                               old));
    QVERIFY(store.saveAdGroups(QStringLiteral("1"), {adGroup(QStringLiteral("3"), QStringLiteral("PAUSED"), 2)}, now));
    // A listing of ACTIVE and PAUSED that returned only "3": "1" is gone, the archived "2" was not asked about.
    QVERIFY(store.removeAdGroupsFetchedBefore(QStringLiteral("1"), now,
                                              {QStringLiteral("ACTIVE"), QStringLiteral("PAUSED")}));
    QStringList ids;
    for (const AdGroup &g : store.adGroups(QStringLiteral("1")))
        ids << g.id.value();
    QCOMPARE(ids, (QStringList{QStringLiteral("2"), QStringLiteral("3")}));
}

void TestLocalStore::completedAtRoundTrips()
{
    LocalStore store(m_dir.filePath(QStringLiteral("completed.sqlite")));
    QVERIFY(!store.adGroupsCompletedAt(QStringLiteral("1")).isValid());
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(1'760'000'000'123, Qt::UTC);
    QVERIFY(store.setAdGroupsCompletedAt(QStringLiteral("1"), when));
    QCOMPARE(store.adGroupsCompletedAt(QStringLiteral("1")), when);
}

void TestLocalStore::secondInstanceOnAnotherThreadReads()
{
    const QString path = m_dir.filePath(QStringLiteral("threads.sqlite"));
    LocalStore writer(path);
    QList<AdGroup> page;
    for (int i = 0; i < 300; ++i)
        page << adGroup(QString::number(1000 + i), QStringLiteral("ACTIVE"), i);
    QVERIFY(writer.saveAdGroups(QStringLiteral("7"), page, QDateTime::currentDateTimeUtc()));

    int readCount = -1;
    QThread *reader = QThread::create([&] {
        const LocalStore store(path);
        readCount = int(store.adGroups(QStringLiteral("7")).size());
    });
    reader->start();
    QVERIFY(reader->wait(20000));
    delete reader;
    QCOMPARE(readCount, 300);

    // Nothing that looks like a credential is ever written.
    QByteArray bytes;
    for (const QString &name : QStringList{path, QString(path + QStringLiteral("-wal"))}) {
        QFile file(name);
        if (file.open(QIODevice::ReadOnly))
            bytes += file.readAll();
    }
    QVERIFY(bytes.contains("Ad group 1000")); // the check below reads the real data
    QVERIFY(!bytes.contains("token"));
    QVERIFY(!bytes.contains("Bearer"));
}

QTEST_GUILESS_MAIN(TestLocalStore)
#include "tst_localstore.moc"
