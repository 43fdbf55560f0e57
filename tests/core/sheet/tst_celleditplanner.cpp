#include "core/changes/changeset.h"
#include "core/sheet/celleditplanner.h"

#include <QTest>

using namespace pinstripe;

class TestCellEditPlanner : public QObject
{
    Q_OBJECT

private:
    QHash<QString, AdGroup> m_adGroups;

    static AdGroup adGroup(const QString &id, qint64 budget, qint64 end)
    {
        AdGroup g;
        g.id = id;
        g.adAccountId = QStringLiteral("549755885175");
        g.campaignId = QStringLiteral("626736533506");
        g.name = QString(QStringLiteral("AG ") + id);
        g.status = QStringLiteral("ACTIVE");
        g.budgetType = QStringLiteral("DAILY");
        g.budgetInMicroCurrency = budget;
        g.bidInMicroCurrency = 1'000'000;
        g.bidStrategyType = QStringLiteral("MAX_BID");
        g.billableEvent = QStringLiteral("IMPRESSION");
        g.startTime = 1'780'000'000;
        g.endTime = end;
        g.updatedTime = 1'770'000'000;
        return g;
    }

    CellEditPlanner planner() const
    {
        SheetValueContext context;
        context.currency = Currency::usd();
        context.locale = QLocale(QStringLiteral("en_US"));
        context.timeZone = QTimeZone("America/New_York");
        return CellEditPlanner(m_adGroups, context, QStringLiteral("549755885175"));
    }

private Q_SLOTS:
    void init()
    {
        m_adGroups.clear();
        for (const QString &id : {QStringLiteral("1001"), QStringLiteral("1002"), QStringLiteral("1003")})
            m_adGroups.insert(id, adGroup(id, 10'000'000, 1'790'000'000));
    }

    void changedCellsBecomeFieldChanges()
    {
        const CellEditOutcome outcome = planner().plan({
            {QStringLiteral("1001"), SheetField::Budget, QStringLiteral("12.50")},
            {QStringLiteral("1001"), SheetField::Status, QStringLiteral("Paused")},
            {QStringLiteral("1002"), SheetField::Budget, QStringLiteral("10")}, // unchanged
        });
        QCOMPARE(outcome.problems, QList<CellProblem>());
        QCOMPARE(outcome.changes.size(), 2);
        QCOMPARE(outcome.unchangedCells, 1);
        QCOMPARE(outcome.changedAdGroups, 1);
        const PendingChange &budget = outcome.changes.at(0);
        QCOMPARE(budget.adGroupId, QStringLiteral("1001"));
        QCOMPARE(budget.field, QStringLiteral("budget_in_micro_currency"));
        QCOMPARE(budget.before, QJsonValue(qint64(10'000'000)));
        QCOMPARE(budget.after, QJsonValue(qint64(12'500'000)));
        QCOMPARE(budget.baseUpdatedTime, qint64(1'770'000'000));
        QCOMPARE(outcome.changes.at(1).after, QJsonValue(QStringLiteral("PAUSED")));
    }

    void aRowIsAllOrNothing()
    {
        const CellEditOutcome outcome = planner().plan({
            {QStringLiteral("1001"), SheetField::Budget, QStringLiteral("12.50")},
            {QStringLiteral("1001"), SheetField::Status, QStringLiteral("Sleeping")},
            {QStringLiteral("1002"), SheetField::Bid, QStringLiteral("2")},
        });
        QCOMPARE(outcome.changes.size(), 1);
        QCOMPARE(outcome.changes.first().adGroupId, QStringLiteral("1002"));
        QCOMPARE(outcome.problems.size(), 1);
        QCOMPARE(outcome.problems.first().adGroupId, QStringLiteral("1001"));
        QCOMPARE(outcome.problems.first().field, SheetField::Status);
    }

    void rulesRefuseAtTheCell()
    {
        // A budget of zero, and a lifetime budget without an end: the form's rules and words.
        m_adGroups[QStringLiteral("1003")].endTime.setNull();
        const CellEditOutcome outcome = planner().plan({
            {QStringLiteral("1001"), SheetField::Budget, QStringLiteral("0")},
            {QStringLiteral("1003"), SheetField::Name, QStringLiteral("Renamed")},
            {QStringLiteral("1003"), SheetField::BudgetType, QStringLiteral("LIFETIME")},
        });
        QVERIFY(outcome.changes.isEmpty());
        QVERIFY(outcome.problems.size() >= 2);
        QCOMPARE(outcome.problems.at(0).adGroupId, QStringLiteral("1001"));
        QCOMPARE(outcome.problems.at(0).field, SheetField::Budget);
        QVERIFY(!outcome.problems.at(0).message.isEmpty());
        // The budget type's rules are told at the budget type, not at the name edited with it.
        for (qsizetype i = 1; i < outcome.problems.size(); ++i) {
            QCOMPARE(outcome.problems.at(i).adGroupId, QStringLiteral("1003"));
            QCOMPARE(outcome.problems.at(i).field, SheetField::BudgetType);
        }
    }

    void pendingChangesAreTheCurrentValues()
    {
        ChangeSet changes(nullptr);
        const AdGroup &g = m_adGroups[QStringLiteral("1001")];
        changes.record(PendingChange::update(QStringLiteral("549755885175"), QStringLiteral("1001"), g.name.value(),
                                             QStringLiteral("budget_in_micro_currency"), QJsonValue(qint64(10'000'000)),
                                             QJsonValue(qint64(20'000'000)), g.updatedTime.value()));
        CellEditPlanner p = planner();
        p.setPendingChanges(changes.changes());
        QCOMPARE(p.current(QStringLiteral("1001"))->budgetInMicroCurrency.value(), qint64(20'000'000));
        // Typing the pending value again changes nothing.
        QCOMPARE(p.plan({{QStringLiteral("1001"), SheetField::Budget, QStringLiteral("20")}}).unchangedCells, 1);
        // Typing Pinterest's value back is a change that undoes the pending one.
        const CellEditOutcome back = p.plan({{QStringLiteral("1001"), SheetField::Budget, QStringLiteral("10")}});
        QCOMPARE(back.changes.size(), 1);
        changes.record(back.changes.first());
        QCOMPARE(changes.count(), 0);
    }

    void sameMinuteIsNoChange()
    {
        m_adGroups[QStringLiteral("1001")].endTime = QDateTime(QDate(2026, 12, 31), QTime(18, 0, 30), QTimeZone("America/New_York")).toSecsSinceEpoch();
        const CellEditOutcome outcome = planner().plan({{QStringLiteral("1001"), SheetField::End, QStringLiteral("2026-12-31 18:00")}});
        QCOMPARE(outcome.unchangedCells, 1);
        QVERIFY(outcome.changes.isEmpty());
    }

    void unknownAdGroupAndReadOnlyFields()
    {
        const CellEditOutcome outcome = planner().plan({
            {QStringLiteral("999"), SheetField::Budget, QStringLiteral("1")},
            {QStringLiteral("1002"), SheetField::CampaignId, QStringLiteral("5")},
        });
        QVERIFY(outcome.changes.isEmpty());
        QCOMPARE(outcome.problems.size(), 2);
        QVERIFY(outcome.problems.at(0).message.contains(QLatin1String("999")));
    }
};

QTEST_GUILESS_MAIN(TestCellEditPlanner)
#include "tst_celleditplanner.moc"
