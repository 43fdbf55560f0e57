#include "core/changes/changeset.h"
#include "core/changes/pendingchangestore.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <unistd.h>

using namespace pinstripe;

namespace {

const QString kAccount = QStringLiteral("549755885175");

PendingChange budget(const QString &adGroup, qint64 before, qint64 after)
{
    return PendingChange::update(kAccount, adGroup, QStringLiteral("Group ") + adGroup,
                                 QStringLiteral("budget_in_micro_currency"), before, after, 1700000000);
}

/** Run as a child process: record edits, then die by SIGKILL without any cleanup. */
int writeAndDie(const QString &path)
{
    PendingChangeStore store(path);
    ChangeSet changes(&store);
    changes.record(budget(QStringLiteral("101"), 10'000'000, 12'000'000));
    changes.record(budget(QStringLiteral("102"), 5'000'000, 6'000'000));
    changes.record(PendingChange::create(kAccount, QJsonObject{{QStringLiteral("name"), QStringLiteral("New one")}}));
    changes.record(budget(QStringLiteral("101"), 10'000'000, 13'000'000)); // merged into the first
    ::kill(::getpid(), SIGKILL);
    return 1; // not reached
}

} // namespace

class TestChangeSet : public QObject
{
    Q_OBJECT

private slots:
    void mergesPerAdGroupAndField();
    void editingBackRemovesTheChange();
    void snapshotsForUndo();
    void persistsAndReloadsInOrder();
    void batchesMergeAndPersistLikeSingleEdits();
    void survivesAProcessKill();
    void journalKeepsPostedChanges();
    void inverseRevertsAChange();
    void sentStateAndTimeArePersisted();
    void settleJournalsAndRemovesInOneStep();
    void interruptedPostIsRemembered();
};

void TestChangeSet::mergesPerAdGroupAndField()
{
    ChangeSet changes(nullptr);
    QSignalSpy changed(&changes, &ChangeSet::changed);
    const QString first = changes.record(budget(QStringLiteral("1"), 10, 20));
    const QString second = changes.record(budget(QStringLiteral("1"), 20, 30));
    QCOMPARE(second, first);
    QCOMPARE(changes.count(), 1);
    QCOMPARE(changes.find(first)->before.toInteger(), 10); // the value before the first edit
    QCOMPARE(changes.find(first)->after.toInteger(), 30);
    changes.record(budget(QStringLiteral("2"), 10, 20));
    QCOMPARE(changes.count(), 2);
    QCOMPARE(changes.changesFor(QStringLiteral("1")).size(), 1);
    QCOMPARE(changed.size(), 3);
}

void TestChangeSet::editingBackRemovesTheChange()
{
    ChangeSet changes(nullptr);
    changes.record(budget(QStringLiteral("1"), 10, 20));
    QVERIFY(changes.record(budget(QStringLiteral("1"), 20, 10)).isEmpty());
    QCOMPARE(changes.count(), 0);
    QVERIFY(changes.record(budget(QStringLiteral("1"), 10, 10)).isEmpty()); // a no-op is never recorded
    QCOMPARE(changes.count(), 0);
}

void TestChangeSet::snapshotsForUndo()
{
    ChangeSet changes(nullptr);
    const QString field = QStringLiteral("budget_in_micro_currency");
    const std::optional<PendingChange> none = changes.pendingFor(QStringLiteral("1"), field);
    changes.record(budget(QStringLiteral("1"), 10, 20));
    const std::optional<PendingChange> afterFirst = changes.pendingFor(QStringLiteral("1"), field);
    changes.record(budget(QStringLiteral("1"), 20, 30));
    // Undo the second edit, then the first.
    changes.setPendingFor(QStringLiteral("1"), field, afterFirst);
    QCOMPARE(changes.pendingFor(QStringLiteral("1"), field)->after.toInteger(), 20);
    changes.setPendingFor(QStringLiteral("1"), field, none);
    QCOMPARE(changes.count(), 0);
    // Redo.
    changes.setPendingFor(QStringLiteral("1"), field, afterFirst);
    QCOMPARE(changes.count(), 1);
}

void TestChangeSet::persistsAndReloadsInOrder()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("pending.sqlite"));
    QStringList ids;
    {
        PendingChangeStore store(path);
        QVERIFY2(store.isOpen(), qPrintable(store.errorString()));
        ChangeSet changes(&store);
        ids << changes.record(budget(QStringLiteral("3"), 1, 2));
        ids << changes.record(budget(QStringLiteral("1"), 1, 2));
        ids << changes.record(budget(QStringLiteral("2"), 1, 2));
        changes.record(budget(QStringLiteral("3"), 2, 5)); // an edit keeps the first position
        PendingChange failed = *changes.find(ids.at(1));
        failed.state = PendingChange::State::Failed;
        failed.message = QStringLiteral("Pinterest: Invalid budget (code 1)");
        changes.replace(failed);
        changes.discard(ids.at(2));
    }
    PendingChangeStore store(path);
    ChangeSet reloaded(&store);
    reloaded.loadFromStore(kAccount);
    QCOMPARE(reloaded.count(), 2);
    QCOMPARE(reloaded.changes().at(0).id, ids.at(0));
    QCOMPARE(reloaded.changes().at(0).after.toInteger(), 5);
    QCOMPARE(reloaded.changes().at(1).state, PendingChange::State::Failed);
    QCOMPARE(reloaded.changes().at(1).message, QStringLiteral("Pinterest: Invalid budget (code 1)"));
    reloaded.loadFromStore(QStringLiteral("999"));
    QCOMPARE(reloaded.count(), 0);
}

void TestChangeSet::batchesMergeAndPersistLikeSingleEdits()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("pending.sqlite"));
    const QString field = QStringLiteral("budget_in_micro_currency");
    {
        PendingChangeStore store(path);
        ChangeSet changes(&store);
        const QString first = changes.record(budget(QStringLiteral("1"), 10, 20));
        changes.record(budget(QStringLiteral("2"), 10, 20));
        QSignalSpy changed(&changes, &ChangeSet::changed);
        // Merged into the first (its id, before and position kept), the second edited back
        // (gone), a new one, and a no-op: one signal for all of it.
        changes.recordAll({budget(QStringLiteral("1"), 20, 30), budget(QStringLiteral("2"), 20, 10),
                           budget(QStringLiteral("3"), 5, 6), budget(QStringLiteral("4"), 7, 7)});
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changes.count(), 2);
        QCOMPARE(changes.changes().at(0).id, first);
        QCOMPARE(changes.changes().at(0).before.toInteger(), 10);
        QCOMPARE(changes.changes().at(0).after.toInteger(), 30);
        QCOMPARE(changes.changes().at(1).adGroupId, QStringLiteral("3"));

        // Undo snapshots in one go: the first back to 20, the third gone, the second back.
        std::optional<PendingChange> firstAt20 = changes.changes().at(0);
        firstAt20->after = 20;
        const PendingChange second = budget(QStringLiteral("2"), 10, 20);
        changes.setPendingForAll({{QStringLiteral("1"), field, firstAt20},
                                  {QStringLiteral("3"), field, std::nullopt},
                                  {QStringLiteral("2"), field, second}});
        QCOMPARE(changed.size(), 2);
        QCOMPARE(changes.count(), 2);
        QCOMPARE(changes.pendingFor(QStringLiteral("1"), field)->after.toInteger(), 20);
        QVERIFY(!changes.pendingFor(QStringLiteral("3"), field));
        QCOMPARE(changes.pendingFor(QStringLiteral("2"), field)->id, second.id);
    }
    // The store holds exactly what the set held, in its order.
    PendingChangeStore store(path);
    ChangeSet reloaded(&store);
    reloaded.loadFromStore(kAccount);
    QCOMPARE(reloaded.count(), 2);
    QCOMPARE(reloaded.changes().at(0).adGroupId, QStringLiteral("1"));
    QCOMPARE(reloaded.changes().at(0).after.toInteger(), 20);
    QCOMPARE(reloaded.changes().at(1).id, reloaded.pendingFor(QStringLiteral("2"), field)->id);
}

void TestChangeSet::survivesAProcessKill()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("pending.sqlite"));
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("write-and-die"), path});
    QVERIFY(child.waitForFinished(20000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit); // killed, no destructor ran

    PendingChangeStore store(path);
    ChangeSet changes(&store);
    changes.loadFromStore();
    QCOMPARE(changes.count(), 3);
    QCOMPARE(changes.changes().at(0).adGroupId, QStringLiteral("101"));
    QCOMPARE(changes.changes().at(0).after.toInteger(), 13'000'000);
    QCOMPARE(changes.changes().at(2).kind, PendingChange::Kind::Create);
    QCOMPARE(changes.changes().at(2).adGroupName, QStringLiteral("New one"));
}

void TestChangeSet::journalKeepsPostedChanges()
{
    QTemporaryDir dir;
    PendingChangeStore store(dir.filePath(QStringLiteral("pending.sqlite")));
    JournalEntry ok;
    ok.postedAt = QDateTime::currentDateTimeUtc();
    ok.change = budget(QStringLiteral("1"), 10, 20);
    ok.succeeded = true;
    QVERIFY(store.appendJournal(ok));
    JournalEntry refused = ok;
    refused.change = budget(QStringLiteral("2"), 10, 99);
    refused.succeeded = false;
    refused.message = QStringLiteral("too much");
    QVERIFY(store.appendJournal(refused));
    QVERIFY(refused.sequence > ok.sequence);
    const QList<JournalEntry> journal = store.journal(kAccount);
    QCOMPARE(journal.size(), 2);
    QCOMPARE(journal.at(0).change.adGroupId, QStringLiteral("2")); // newest first
    QVERIFY(!journal.at(0).succeeded);
    QCOMPARE(journal.at(0).message, QStringLiteral("too much"));
    QCOMPARE(journal.at(1).change.after.toInteger(), 20);
}

void TestChangeSet::inverseRevertsAChange()
{
    const PendingChange change = budget(QStringLiteral("7"), 10, 20);
    const PendingChange back = change.inverse();
    QVERIFY(back.id != change.id);
    QCOMPARE(back.before.toInteger(), 20);
    QCOMPARE(back.after.toInteger(), 10);
    QCOMPARE(back.field, change.field);
    QCOMPARE(back.adGroupId, change.adGroupId);
    QCOMPARE(PendingChange::fromJson(change.toJson()), change);
}

void TestChangeSet::sentStateAndTimeArePersisted()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("pending.sqlite"));
    const QDateTime sentAt = QDateTime::fromString(QStringLiteral("2026-03-01T10:15:30.250Z"), Qt::ISODateWithMs);
    {
        PendingChangeStore store(path);
        ChangeSet changes(&store);
        const QString a = changes.record(budget(QStringLiteral("1"), 10, 20));
        changes.record(budget(QStringLiteral("2"), 10, 30));
        QList<PendingChange> batch = changes.changes();
        for (PendingChange &c : batch) {
            c.state = PendingChange::State::Sent;
            c.sentAt = sentAt;
        }
        QSignalSpy changed(&changes, &ChangeSet::changed);
        changes.replaceAll(batch);
        QCOMPARE(changed.size(), 1); // one transaction, one notification
        QCOMPARE(changes.find(a)->state, PendingChange::State::Sent);
    }
    PendingChangeStore store(path);
    const QList<PendingChange> loaded = store.load(kAccount);
    QCOMPARE(loaded.size(), 2);
    for (const PendingChange &c : loaded) {
        QCOMPARE(c.state, PendingChange::State::Sent);
        QCOMPARE(c.sentAt, sentAt);
        QVERIFY(c.isOutcomeUnknown());
    }
    QCOMPARE(PendingChange::fromJson(loaded.at(0).toJson()), loaded.at(0));
}

void TestChangeSet::settleJournalsAndRemovesInOneStep()
{
    QTemporaryDir dir;
    PendingChangeStore store(dir.filePath(QStringLiteral("pending.sqlite")));
    ChangeSet changes(&store);
    const QString id = changes.record(budget(QStringLiteral("1"), 10, 20));
    changes.record(budget(QStringLiteral("2"), 10, 30));
    JournalEntry entry;
    entry.postedAt = QDateTime::currentDateTimeUtc();
    entry.change = *changes.find(id);
    entry.succeeded = true;
    changes.settle(entry, &store);
    QVERIFY(entry.sequence > 0);
    QVERIFY(!changes.find(id));
    QCOMPARE(changes.count(), 1);
    QCOMPARE(store.load(kAccount).size(), 1);
    QCOMPARE(store.journal(kAccount).size(), 1);
    QCOMPARE(store.journal(kAccount).constFirst().change.id, id);
    // Settling it again finds nothing to settle: never a second journal entry.
    changes.settle(entry, &store);
    QCOMPARE(store.journal(kAccount).size(), 1);
}

void TestChangeSet::interruptedPostIsRemembered()
{
    QTemporaryDir dir;
    PendingChangeStore store(dir.filePath(QStringLiteral("pending.sqlite")));
    QVERIFY(!store.interruptedPost(kAccount));
    const QDateTime started = QDateTime::fromString(QStringLiteral("2026-03-01T10:15:30.000Z"), Qt::ISODateWithMs);
    const qint64 post = store.beginPost(kAccount, 164, started);
    QVERIFY(post > 0);
    JournalEntry entry;
    entry.postedAt = started;
    entry.change = budget(QStringLiteral("1"), 10, 20);
    entry.succeeded = true;
    QVERIFY(store.recordApplied(entry));
    std::optional<PostRecord> interrupted = store.interruptedPost(kAccount);
    QVERIFY(interrupted);
    QCOMPARE(interrupted->startedAt, started);
    QCOMPARE(interrupted->changes, 164);
    QCOMPARE(interrupted->confirmed, 1);
    QVERIFY(!store.interruptedPost(QStringLiteral("other")));
    QVERIFY(store.finishPost(post));
    QVERIFY(!store.interruptedPost(kAccount));
}

int main(int argc, char *argv[])
{
    if (argc == 3 && qstrcmp(argv[1], "write-and-die") == 0) {
        QCoreApplication app(argc, argv);
        return writeAndDie(QString::fromLocal8Bit(argv[2]));
    }
    QCoreApplication app(argc, argv);
    TestChangeSet test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_changeset.moc"
