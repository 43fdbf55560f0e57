// The three SQLite files of the app, as the version before schema versioning wrote them (the
// exact DDL and pragmas of that code, user_version 0): each opens with today's code, is migrated
// to the current schema and keeps its rows. A file from a newer version is refused, unmodified.
#include "core/analytics/metricsarchive.h"
#include "core/changes/pendingchangestore.h"
#include "core/store/localstore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pinstripe;

namespace {

const QString kRaw = QStringLiteral("old-version-connection");

// A plain connection, as the old code had one, that runs @p statements with @p binds per statement.
struct RawStatement
{
    QString sql;
    QVariantList binds = {};
};

bool rawExec(const QString &path, const QList<RawStatement> &statements)
{
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), kRaw);
        db.setDatabaseName(path);
        ok = db.open();
        for (const RawStatement &statement : statements) {
            QSqlQuery query(db);
            if (!ok)
                break;
            query.prepare(statement.sql);
            for (const QVariant &bind : statement.binds)
                query.addBindValue(bind);
            if (!query.exec()) {
                qWarning() << statement.sql << query.lastError().text();
                ok = false;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(kRaw);
    return ok;
}

QVariant rawValue(const QString &path, const QString &sql)
{
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), kRaw);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(sql) && query.next())
                value = query.value(0);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(kRaw);
    return value;
}

bool hasIndex(const QString &path, const QString &name)
{
    return rawValue(path, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name = '%1'").arg(name)).toInt()
        == 1;
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

QByteArray blob(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

AdGroup adGroup(const QString &id, const QString &status, qint64 budget)
{
    AdGroup g;
    g.id = id;
    g.adAccountId = QStringLiteral("549755885175");
    g.campaignId = QStringLiteral("626736533506");
    g.name = QString(QStringLiteral("Ad group ") + id);
    g.status = status;
    g.budgetInMicroCurrency = budget;
    return g;
}

// A file whose user_version is beyond what this build knows, with a table and a row.
bool writeNewerFile(const QString &path)
{
    return rawExec(path, {{QStringLiteral("CREATE TABLE future (id TEXT PRIMARY KEY, body TEXT)")},
                          {QStringLiteral("INSERT INTO future VALUES ('1', 'kept')")},
                          {QStringLiteral("PRAGMA user_version=99")}});
}

} // namespace

class TestStoreMigrations : public QObject
{
    Q_OBJECT

private slots:
    void cacheFromBeforeVersioningKeepsItsRows();
    void pendingChangesFromBeforeVersioningKeepTheirStates();
    void journalOfVersion2LearnsWhoPosted();
    void metricsArchiveFromBeforeVersioningKeepsItsRows();
    void newerFilesAreRefusedUntouched();
    void currentFilesOpenAgainWithoutChange();
};

void TestStoreMigrations::cacheFromBeforeVersioningKeepsItsRows()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
    AdAccount account;
    account.id = QStringLiteral("549755885175");
    account.name = QStringLiteral("Acme Home, EU");
    Campaign campaign;
    campaign.id = QStringLiteral("626736533506");
    campaign.name = QStringLiteral("Spring");
    const qint64 fetched = QDateTime(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC).toMSecsSinceEpoch();
    // The previous LocalStore: WAL, synchronous NORMAL, these four tables, no user_version.
    QVERIFY(rawExec(path, {
        {QStringLiteral("PRAGMA journal_mode=WAL")},
        {QStringLiteral("PRAGMA synchronous=NORMAL")},
        {QStringLiteral("CREATE TABLE IF NOT EXISTS accounts ("
                        "id TEXT PRIMARY KEY, position INTEGER, json BLOB NOT NULL, fetched_at INTEGER NOT NULL)")},
        {QStringLiteral("CREATE TABLE IF NOT EXISTS campaigns ("
                        "account_id TEXT NOT NULL, id TEXT NOT NULL, position INTEGER, json BLOB NOT NULL, "
                        "fetched_at INTEGER NOT NULL, PRIMARY KEY (account_id, id))")},
        {QStringLiteral("CREATE TABLE IF NOT EXISTS ad_groups ("
                        "account_id TEXT NOT NULL, id TEXT NOT NULL, status TEXT, json BLOB NOT NULL, "
                        "fetched_at INTEGER NOT NULL, PRIMARY KEY (account_id, id))")},
        {QStringLiteral("CREATE TABLE IF NOT EXISTS listings ("
                        "account_id TEXT PRIMARY KEY, completed_at INTEGER NOT NULL)")},
        {QStringLiteral("INSERT INTO accounts (id, position, json, fetched_at) VALUES (?, ?, ?, ?)"),
         {QStringLiteral("549755885175"), 0, blob(account.toJson()), fetched}},
        {QStringLiteral("INSERT INTO campaigns (account_id, id, position, json, fetched_at) VALUES (?, ?, ?, ?, ?)"),
         {QStringLiteral("549755885175"), QStringLiteral("626736533506"), 0, blob(campaign.toJson()), fetched}},
        {QStringLiteral("INSERT OR REPLACE INTO ad_groups (account_id, id, status, json, fetched_at) VALUES (?, ?, ?, ?, ?)"),
         {QStringLiteral("549755885175"), QStringLiteral("2680059592705"), QStringLiteral("ACTIVE"),
          blob(adGroup(QStringLiteral("2680059592705"), QStringLiteral("ACTIVE"), 12500000).toJson()), fetched}},
        {QStringLiteral("INSERT OR REPLACE INTO ad_groups (account_id, id, status, json, fetched_at) VALUES (?, ?, ?, ?, ?)"),
         {QStringLiteral("549755885175"), QStringLiteral("2680059592706"), QStringLiteral("PAUSED"),
          blob(adGroup(QStringLiteral("2680059592706"), QStringLiteral("PAUSED"), 3000000).toJson()), fetched}},
        {QStringLiteral("INSERT OR REPLACE INTO listings (account_id, completed_at) VALUES (?, ?)"),
         {QStringLiteral("549755885175"), fetched}},
    }));
    QCOMPARE(rawValue(path, QStringLiteral("PRAGMA user_version")).toInt(), 0);
    QVERIFY(!hasIndex(path, QStringLiteral("ad_groups_by_fetch")));
    {
        LocalStore store(path);
        QVERIFY2(store.isOpen(), qPrintable(store.lastError()));
        QCOMPARE(store.accounts().size(), 1);
        QCOMPARE(store.accounts().at(0).name.valueOr(QString()), QStringLiteral("Acme Home, EU"));
        QCOMPARE(store.campaigns(QStringLiteral("549755885175")).value(0).name.valueOr(QString()), QStringLiteral("Spring"));
        const QList<AdGroup> groups = store.adGroups(QStringLiteral("549755885175"));
        QCOMPARE(groups.size(), 2);
        QCOMPARE(groups.at(0), adGroup(QStringLiteral("2680059592705"), QStringLiteral("ACTIVE"), 12500000));
        QCOMPARE(groups.at(1).budgetInMicroCurrency.valueOr(0), Q_INT64_C(3000000));
        QCOMPARE(store.adGroupsCompletedAt(QStringLiteral("549755885175")).toMSecsSinceEpoch(), fetched);
        // The migrated index serves what it was added for.
        QVERIFY(store.removeAdGroupsFetchedBefore(QStringLiteral("549755885175"), QDateTime::fromMSecsSinceEpoch(fetched + 1, Qt::UTC),
                                                  {QStringLiteral("PAUSED")}));
        QCOMPARE(store.adGroupCount(QStringLiteral("549755885175")), 1);
    }
    QCOMPARE(rawValue(path, QStringLiteral("PRAGMA user_version")).toInt(), LocalStore::schemaVersion());
    QCOMPARE(LocalStore::schemaVersion(), 2);
    QVERIFY(hasIndex(path, QStringLiteral("ad_groups_by_fetch")));
}

void TestStoreMigrations::pendingChangesFromBeforeVersioningKeepTheirStates()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("pending-changes.sqlite"));
    const QString account = QStringLiteral("549755885175");
    PendingChange pending = PendingChange::update(account, QStringLiteral("2680059592705"), QStringLiteral("Sofas"),
                                                  QStringLiteral("budget_in_micro_currency"), 1000000, 2500000, 1764000000);
    PendingChange failed = PendingChange::update(account, QStringLiteral("2680059592706"), QStringLiteral("Lamps"),
                                                 QStringLiteral("status"), QStringLiteral("ACTIVE"), QStringLiteral("PAUSED"), 1764000001);
    failed.state = PendingChange::State::Failed;
    failed.message = QStringLiteral("Invalid status");
    PendingChange sent = PendingChange::update(account, QStringLiteral("2680059592707"), QStringLiteral("Rugs"),
                                               QStringLiteral("bid_in_micro_currency"), 400000, 500000, 1764000002);
    sent.state = PendingChange::State::Sent;
    sent.sentAt = QDateTime(QDate(2026, 11, 30), QTime(10, 0), Qt::UTC);
    PendingChange applied = PendingChange::update(account, QStringLiteral("2680059592708"), QStringLiteral("Vases"),
                                                  QStringLiteral("name"), QStringLiteral("Old"), QStringLiteral("New"), 1764000003);
    const QDateTime postedAt(QDate(2026, 11, 30), QTime(10, 0, 1), Qt::UTC);
    const auto insertPending = [&](const PendingChange &change, int position) {
        return RawStatement{QStringLiteral("INSERT INTO pending (id, account, position, json) VALUES (?, ?, ?, ?)"),
                            {change.id, change.adAccountId, position, blob(change.toJson())}};
    };
    // The previous PendingChangeStore: WAL, synchronous FULL, three tables, no user_version; a
    // post that started (one change journaled as applied) and never finished: the app was killed.
    QVERIFY(rawExec(path, {
        {QStringLiteral("PRAGMA journal_mode=WAL")},
        {QStringLiteral("PRAGMA synchronous=FULL")},
        {QStringLiteral("CREATE TABLE IF NOT EXISTS pending ("
                        " id TEXT PRIMARY KEY, account TEXT NOT NULL, position INTEGER NOT NULL,"
                        " json BLOB NOT NULL)")},
        {QStringLiteral("CREATE TABLE IF NOT EXISTS journal ("
                        " sequence INTEGER PRIMARY KEY AUTOINCREMENT, account TEXT NOT NULL,"
                        " posted_at TEXT NOT NULL, succeeded INTEGER NOT NULL, message TEXT,"
                        " json BLOB NOT NULL)")},
        {QStringLiteral("CREATE TABLE IF NOT EXISTS posts ("
                        " id INTEGER PRIMARY KEY AUTOINCREMENT, account TEXT NOT NULL, started_at TEXT NOT NULL,"
                        " changes INTEGER NOT NULL, journal_mark INTEGER NOT NULL, finished INTEGER NOT NULL)")},
        insertPending(pending, 1),
        insertPending(failed, 2),
        insertPending(sent, 3),
        {QStringLiteral("INSERT INTO posts (account, started_at, changes, journal_mark, finished)"
                        " VALUES (?, ?, ?, COALESCE((SELECT MAX(sequence) FROM journal), 0), 0)"),
         {account, sent.sentAt.toString(Qt::ISODateWithMs), 2}},
        {QStringLiteral("INSERT INTO journal (account, posted_at, succeeded, message, json) VALUES (?, ?, ?, ?, ?)"),
         {account, postedAt.toString(Qt::ISODateWithMs), 1, QString(), blob(applied.toJson())}},
    }));
    {
        PendingChangeStore store(path);
        QVERIFY2(store.isOpen(), qPrintable(store.errorString()));
        const QList<PendingChange> changes = store.load(account);
        QCOMPARE(changes.size(), 3);
        QCOMPARE(changes.at(0), pending);
        QCOMPARE(changes.at(1).state, PendingChange::State::Failed);
        QCOMPARE(changes.at(1).message, QStringLiteral("Invalid status"));
        QCOMPARE(changes.at(2).state, PendingChange::State::Sent);
        QCOMPARE(changes.at(2).sentAt, sent.sentAt);
        QCOMPARE(store.load(QStringLiteral("other")).size(), 0);

        const auto post = store.interruptedPost(account);
        QVERIFY(post.has_value());
        QCOMPARE(post->changes, 2);
        QCOMPARE(post->confirmed, 1);
        QCOMPARE(post->startedAt, sent.sentAt);

        const QList<JournalEntry> journal = store.journal(account);
        QCOMPARE(journal.size(), 1);
        QCOMPARE(journal.at(0).change, applied);
        QCOMPARE(journal.at(0).postedAt, postedAt);
        QVERIFY(journal.at(0).succeeded);

        // New writes continue after the old rows: positions and sequences.
        PendingChange later = PendingChange::update(account, QStringLiteral("2680059592709"), QStringLiteral("Mats"),
                                                    QStringLiteral("name"), QStringLiteral("A"), QStringLiteral("B"), 1764000004);
        QVERIFY(store.save(later));
        QCOMPARE(store.load(account).last().id, later.id);
        JournalEntry entry{0, postedAt.addSecs(1), sent, true, {}};
        QVERIFY(store.recordApplied(entry));
        QCOMPARE(entry.sequence, journal.at(0).sequence + 1);
        QCOMPARE(store.load(account).size(), 3);
    }
    QCOMPARE(rawValue(path, QStringLiteral("PRAGMA user_version")).toInt(), PendingChangeStore::schemaVersion());
    QCOMPARE(PendingChangeStore::schemaVersion(), 3);
    QVERIFY(hasIndex(path, QStringLiteral("journal_by_account")));
    QVERIFY(hasIndex(path, QStringLiteral("pending_by_account")));
    QVERIFY(hasIndex(path, QStringLiteral("posts_by_account")));
}

void TestStoreMigrations::journalOfVersion2LearnsWhoPosted()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("pending-changes.sqlite"));
    const QString account = QStringLiteral("549755885175");
    const PendingChange budget = PendingChange::update(account, QStringLiteral("2680059592705"), QStringLiteral("Sofas"),
                                                       QStringLiteral("budget_in_micro_currency"), 50000000, 60000000, 1764000000);
    const PendingChange refused = PendingChange::update(account, QStringLiteral("2680059592706"), QStringLiteral("Lamps"),
                                                        QStringLiteral("status"), QStringLiteral("ACTIVE"), QStringLiteral("PAUSED"),
                                                        1764000001);
    const PendingChange waiting = PendingChange::update(account, QStringLiteral("2680059592707"), QStringLiteral("Rugs"),
                                                        QStringLiteral("name"), QStringLiteral("Rugs"), QStringLiteral("Wool rugs"),
                                                        1764000002);
    const QDateTime postedAt(QDate(2026, 11, 30), QTime(10, 0, 1), Qt::UTC);
    const QString insertJournal = QStringLiteral("INSERT INTO journal (account, posted_at, succeeded, message, json) VALUES (?, ?, ?, ?, ?)");
    // A file as version 2 wrote it: the original tables, the per-account indexes, user_version 2.
    QVERIFY(rawExec(path, {
        {QStringLiteral("PRAGMA journal_mode=WAL")},
        {QStringLiteral("CREATE TABLE pending ("
                        " id TEXT PRIMARY KEY, account TEXT NOT NULL, position INTEGER NOT NULL,"
                        " json BLOB NOT NULL)")},
        {QStringLiteral("CREATE TABLE journal ("
                        " sequence INTEGER PRIMARY KEY AUTOINCREMENT, account TEXT NOT NULL,"
                        " posted_at TEXT NOT NULL, succeeded INTEGER NOT NULL, message TEXT,"
                        " json BLOB NOT NULL)")},
        {QStringLiteral("CREATE TABLE posts ("
                        " id INTEGER PRIMARY KEY AUTOINCREMENT, account TEXT NOT NULL, started_at TEXT NOT NULL,"
                        " changes INTEGER NOT NULL, journal_mark INTEGER NOT NULL, finished INTEGER NOT NULL)")},
        {QStringLiteral("CREATE INDEX pending_by_account ON pending (account, position)")},
        {QStringLiteral("CREATE INDEX journal_by_account ON journal (account, sequence)")},
        {QStringLiteral("CREATE INDEX posts_by_account ON posts (account, finished)")},
        {QStringLiteral("INSERT INTO pending (id, account, position, json) VALUES (?, ?, ?, ?)"),
         {waiting.id, account, 1, blob(waiting.toJson())}},
        {insertJournal, {account, postedAt.toString(Qt::ISODateWithMs), 1, QString(), blob(budget.toJson())}},
        {insertJournal, {account, postedAt.addSecs(5).toString(Qt::ISODateWithMs), 0, QStringLiteral("Invalid status"),
                         blob(refused.toJson())}},
        {QStringLiteral("PRAGMA user_version=2")},
    }));
    {
        PendingChangeStore store(path);
        QVERIFY2(store.isOpen(), qPrintable(store.errorString()));
        // The old entries are all there, as they were, and nobody is named for them.
        QList<JournalEntry> journal = store.journal(account);
        QCOMPARE(journal.size(), 2);
        QCOMPARE(journal.at(1).change, budget);
        QCOMPARE(journal.at(1).postedAt, postedAt);
        QVERIFY(journal.at(1).succeeded);
        QCOMPARE(journal.at(0).change, refused);
        QVERIFY(!journal.at(0).succeeded);
        QCOMPARE(journal.at(0).message, QStringLiteral("Invalid status"));
        for (const JournalEntry &entry : std::as_const(journal))
            QVERIFY2(entry.postedBy.isEmpty(), qPrintable(entry.postedBy));
        QCOMPARE(store.load(account), QList<PendingChange>{waiting});

        // New entries keep who posted them; an unknown poster stays empty.
        JournalEntry named{0, postedAt.addSecs(60), waiting, true, {}, QStringLiteral("Ada Lovelace")};
        QVERIFY(store.recordApplied(named));
        QCOMPARE(named.sequence, journal.at(0).sequence + 1);
        JournalEntry anonymous{0, postedAt.addSecs(61), budget.inverse(), true, {}, {}};
        QVERIFY(store.appendJournal(anonymous));
        journal = store.journal(account);
        QCOMPARE(journal.size(), 4);
        QCOMPARE(journal.at(1).sequence, named.sequence);
        QCOMPARE(journal.at(1).postedBy, QStringLiteral("Ada Lovelace"));
        QCOMPARE(journal.at(1).change, waiting);
        QVERIFY(journal.at(0).postedBy.isEmpty());
        QVERIFY(store.load(account).isEmpty());
    }
    QCOMPARE(rawValue(path, QStringLiteral("PRAGMA user_version")).toInt(), 3);
    QCOMPARE(rawValue(path, QStringLiteral("SELECT COUNT(*) FROM journal WHERE posted_by IS NULL")).toInt(), 3);
    // Opened again, nothing is migrated twice.
    PendingChangeStore again(path);
    QVERIFY2(again.isOpen(), qPrintable(again.errorString()));
    QCOMPARE(again.journal(account).value(1).postedBy, QStringLiteral("Ada Lovelace"));
}

void TestStoreMigrations::metricsArchiveFromBeforeVersioningKeepsItsRows()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("metrics-archive.sqlite"));
    const auto row = [](const QString &adGroup, const QString &day, const QString &metric, const QString &value) {
        return RawStatement{QStringLiteral("INSERT OR REPLACE INTO metric_values"
                                           " (account_id, ad_group_id, granularity, day, hour, metric, value, fetched_at)"
                                           " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                            {QStringLiteral("42"), adGroup, QStringLiteral("DAY"), day, -1, metric, value,
                             QStringLiteral("2025-06-03T08:00:00Z")}};
    };
    // The previous MetricsArchive: WAL, one table, no user_version; values as one-element JSON arrays.
    QVERIFY(rawExec(path, {
        {QStringLiteral("PRAGMA journal_mode=WAL")},
        {QStringLiteral("CREATE TABLE IF NOT EXISTS metric_values ("
                        " account_id TEXT NOT NULL, ad_group_id TEXT NOT NULL, granularity TEXT NOT NULL,"
                        " day TEXT NOT NULL, hour INTEGER NOT NULL, metric TEXT NOT NULL,"
                        " value TEXT NOT NULL, fetched_at TEXT NOT NULL,"
                        " PRIMARY KEY (account_id, granularity, ad_group_id, day, hour, metric))")},
        row(QStringLiteral("5001"), QStringLiteral("2025-06-01"), QStringLiteral("SPEND_IN_MICRO_DOLLAR"), QStringLiteral("[9007199254740993]")),
        row(QStringLiteral("5001"), QStringLiteral("2025-06-01"), QStringLiteral("IMPRESSION_1"), QStringLiteral("[10]")),
        row(QStringLiteral("5001"), QStringLiteral("2025-06-02"), QStringLiteral("IMPRESSION_1"), QStringLiteral("[20]")),
        row(QStringLiteral("5002"), QStringLiteral("2025-05-31"), QStringLiteral("CTR"), QStringLiteral("[0.05]")),
    }));
    {
        MetricsArchive archive(path);
        QVERIFY2(archive.isOpen(), qPrintable(archive.errorString()));
        const ArchivedReport back = archive.load(QStringLiteral("42"), {}, QStringLiteral("DAY"), QDate(2025, 5, 1), QDate(2025, 6, 30));
        QCOMPARE(back.report.rows.size(), 3);
        QCOMPARE(back.fetchedAt, QDateTime(QDate(2025, 6, 3), QTime(8, 0), Qt::UTC));
        const AnalyticsRow &first = back.report.rows.at(0);
        QCOMPARE(first.adGroupId, QStringLiteral("5001"));
        QCOMPARE(first.date, QDate(2025, 6, 1));
        QCOMPARE(first.money(QStringLiteral("SPEND_IN_MICRO_DOLLAR"), Currency::usd())->micros(), Q_INT64_C(9007199254740993));
        QCOMPARE(first.count(QStringLiteral("IMPRESSION_1")), 10);
        QCOMPARE(back.report.rows.at(1).count(QStringLiteral("IMPRESSION_1")), 20);
        QCOMPARE(back.report.rows.at(2).value(QStringLiteral("CTR")).toDouble(), 0.05);
        QCOMPARE(archive.earliestDate(QStringLiteral("42"), QStringLiteral("DAY")), QDate(2025, 5, 31));
        // Version 3's table is there and empty: an old file has no totals to show yet.
        QVERIFY(archive.loadTotals(QStringLiteral("42"), QDate(2025, 5, 26), QDate(2025, 6, 1)).report.rows.isEmpty());
        QVERIFY(archive.storeTotals(QStringLiteral("42"), QDate(2025, 5, 26), QDate(2025, 6, 1), back.report, QDateTime(QDate(2025, 6, 3), QTime(9, 0), Qt::UTC)));
    }
    QCOMPARE(rawValue(path, QStringLiteral("PRAGMA user_version")).toInt(), MetricsArchive::schemaVersion());
    QCOMPARE(MetricsArchive::schemaVersion(), 3);
    QVERIFY(hasIndex(path, QStringLiteral("metric_values_by_day")));
}

void TestStoreMigrations::newerFilesAreRefusedUntouched()
{
    QTemporaryDir dir;
    const QString cachePath = dir.filePath(QStringLiteral("cache.sqlite"));
    const QString pendingPath = dir.filePath(QStringLiteral("pending.sqlite"));
    const QString archivePath = dir.filePath(QStringLiteral("archive.sqlite"));
    for (const QString &path : {cachePath, pendingPath, archivePath})
        QVERIFY(writeNewerFile(path));
    const QByteArray before = fileHash(cachePath);
    QCOMPARE(fileHash(pendingPath), before);
    {
        LocalStore cache(cachePath);
        QVERIFY(!cache.isOpen());
        QVERIFY2(cache.lastError().contains(QLatin1String("newer")), qPrintable(cache.lastError()));
        QVERIFY(!cache.saveAccounts({}));
        QVERIFY(cache.accounts().isEmpty());

        PendingChangeStore pending(pendingPath);
        QVERIFY(!pending.isOpen());
        QVERIFY2(pending.errorString().contains(QLatin1String("newer")), qPrintable(pending.errorString()));
        QVERIFY(!pending.removeAll());
        QVERIFY(pending.load().isEmpty());

        MetricsArchive archive(archivePath);
        QVERIFY(!archive.isOpen());
        QVERIFY2(archive.errorString().contains(QLatin1String("newer")), qPrintable(archive.errorString()));
        QCOMPARE(archive.store(QStringLiteral("42"), QStringLiteral("DAY"), AnalyticsReport()), -1);
    }
    for (const QString &path : {cachePath, pendingPath, archivePath}) {
        QCOMPARE(fileHash(path), before);
        QCOMPARE(rawValue(path, QStringLiteral("PRAGMA user_version")).toInt(), 99);
        QCOMPARE(rawValue(path, QStringLiteral("SELECT body FROM future")).toString(), QStringLiteral("kept"));
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }
}

void TestStoreMigrations::currentFilesOpenAgainWithoutChange()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("pending.sqlite"));
    const PendingChange change = PendingChange::update(QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("n"),
                                                       QStringLiteral("name"), QStringLiteral("a"), QStringLiteral("b"), 1);
    {
        PendingChangeStore store(path);
        QVERIFY(store.isOpen());
        QVERIFY(store.save(change));
    }
    PendingChangeStore again(path);
    QVERIFY2(again.isOpen(), qPrintable(again.errorString()));
    QCOMPARE(again.load(), QList<PendingChange>{change});
    QCOMPARE(rawValue(path, QStringLiteral("PRAGMA user_version")).toInt(), PendingChangeStore::schemaVersion());
}

QTEST_GUILESS_MAIN(TestStoreMigrations)
#include "tst_storemigrations.moc"
