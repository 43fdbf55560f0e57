#include "core/changes/prepostcheck.h"

#include <QTest>


using namespace pinstripe;

namespace {

AdGroup group(const QString &id, const QString &status)
{
    AdGroup g;
    g.id = id;
    g.name = QString(QStringLiteral("Group ") + id);
    g.status = status;
    g.budgetType = QStringLiteral("DAILY");
    g.budgetInMicroCurrency = 10'000'000;
    g.bidInMicroCurrency = 1'000'000;
    g.bidStrategyType = QStringLiteral("MAX_BID");
    g.billableEvent = QStringLiteral("CLICKTHROUGH");
    g.startTime = 1'800'000'000;
    g.updatedTime = 1'700'000'000;
    return g;
}

PendingChange change(const AdGroup &g, const QString &field, const QJsonValue &after)
{
    return PendingChange::update(QStringLiteral("1"), g.id.value(), g.name.value(), field, g.toJson().value(field), after,
                                 g.updatedTime.value());
}

QStringList messages(const QList<CheckFinding> &findings, CheckFinding::Severity severity)
{
    QStringList result;
    for (const CheckFinding &f : findings) {
        if (f.severity == severity)
            result << f.message;
    }
    return result;
}

} // namespace

class TestPrePostCheck : public QObject
{
    Q_OBJECT

private slots:
    void spendIncreaseThreshold();
    void draftOnlyFields();
    void lifetimeNeedsEndTime();
    void schedule();
    void bidNeededUnlessAutomatic();
    void adGroupsAsTheyWillBePosted();
};

void TestPrePostCheck::spendIncreaseThreshold()
{
    const AdGroup g = group(QStringLiteral("1"), QStringLiteral("ACTIVE"));
    const QHash<QString, AdGroup> current{{g.id.value(), g}};
    // +50% exactly is fine, +51% warns, with both amounts in the account currency.
    QVERIFY(checkPendingChanges({change(g, QStringLiteral("budget_in_micro_currency"), 15'000'000)}, current, Currency::usd()).isEmpty());
    const QList<CheckFinding> findings =
        checkPendingChanges({change(g, QStringLiteral("budget_in_micro_currency"), 15'100'000)}, current, Currency::usd());
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.constFirst().severity, CheckFinding::Severity::Warning);
    QVERIFY2(findings.constFirst().message.contains(QStringLiteral("51%")), qPrintable(findings.constFirst().message));
    // A configurable threshold.
    PrePostOptions strict;
    strict.spendIncreaseWarningPercent = 10;
    QCOMPARE(checkPendingChanges({change(g, QStringLiteral("budget_in_micro_currency"), 11'500'000)}, current, Currency::usd(), strict).size(), 1);
    // Decreases never warn.
    QVERIFY(checkPendingChanges({change(g, QStringLiteral("budget_in_micro_currency"), 1'000'000)}, current, Currency::usd()).isEmpty());
}

void TestPrePostCheck::draftOnlyFields()
{
    const AdGroup active = group(QStringLiteral("1"), QStringLiteral("ACTIVE"));
    const AdGroup draft = group(QStringLiteral("2"), QStringLiteral("DRAFT"));
    const QHash<QString, AdGroup> current{{active.id.value(), active}, {draft.id.value(), draft}};
    const QList<CheckFinding> findings = checkPendingChanges(
        {change(active, QStringLiteral("billable_event"), QStringLiteral("IMPRESSION")),
         change(draft, QStringLiteral("billable_event"), QStringLiteral("IMPRESSION")),
         change(active, QStringLiteral("budget_type"), QStringLiteral("CBO_ADGROUP"))},
        current, Currency::usd());
    const QStringList errors = messages(findings, CheckFinding::Severity::Error);
    QCOMPARE(errors.size(), 2);
    QVERIFY(errors.at(0).contains(QStringLiteral("billable event")));
    QVERIFY(errors.at(1).contains(QStringLiteral("budget type")));
    for (const CheckFinding &f : findings)
        QCOMPARE(f.adGroupId, active.id.value());
}

void TestPrePostCheck::lifetimeNeedsEndTime()
{
    const AdGroup draft = group(QStringLiteral("2"), QStringLiteral("DRAFT"));
    const QHash<QString, AdGroup> current{{draft.id.value(), draft}};
    const QList<CheckFinding> without = checkPendingChanges(
        {change(draft, QStringLiteral("budget_type"), QStringLiteral("LIFETIME"))}, current, Currency::usd());
    QCOMPARE(messages(without, CheckFinding::Severity::Error), QStringList{QStringLiteral("A LIFETIME budget needs an end time.")});
    const QList<CheckFinding> with = checkPendingChanges(
        {change(draft, QStringLiteral("budget_type"), QStringLiteral("LIFETIME")),
         change(draft, QStringLiteral("end_time"), 1'900'000'000)},
        current, Currency::usd());
    QVERIFY(messages(with, CheckFinding::Severity::Error).isEmpty());
}

void TestPrePostCheck::schedule()
{
    const AdGroup g = group(QStringLiteral("1"), QStringLiteral("ACTIVE"));
    const QHash<QString, AdGroup> current{{g.id.value(), g}};
    PrePostOptions options;
    options.now = QDateTime::fromSecsSinceEpoch(1'850'000'000, Qt::UTC);
    QVERIFY(messages(checkPendingChanges({change(g, QStringLiteral("end_time"), 1'700'000'000)}, current, Currency::usd(), options),
                     CheckFinding::Severity::Error)
                .contains(QStringLiteral("The end time must be after the start time.")));
    const QList<CheckFinding> past =
        checkPendingChanges({change(g, QStringLiteral("end_time"), 1'820'000'000)}, current, Currency::usd(), options);
    QVERIFY(messages(past, CheckFinding::Severity::Error).isEmpty());
    QCOMPARE(messages(past, CheckFinding::Severity::Warning).size(), 1);
    QVERIFY(messages(checkPendingChanges({change(g, QStringLiteral("lifetime_frequency_cap"), 5)}, current, Currency::usd(), options),
                     CheckFinding::Severity::Error)
                .contains(QStringLiteral("A lifetime frequency cap needs an end time.")));
}

void TestPrePostCheck::bidNeededUnlessAutomatic()
{
    AdGroup g = group(QStringLiteral("1"), QStringLiteral("ACTIVE"));
    QHash<QString, AdGroup> current{{g.id.value(), g}};
    QCOMPARE(messages(checkPendingChanges({change(g, QStringLiteral("bid_in_micro_currency"), QJsonValue())}, current, Currency::usd()),
                      CheckFinding::Severity::Error).size(), 1);
    QVERIFY(checkPendingChanges({change(g, QStringLiteral("bid_in_micro_currency"), QJsonValue()),
                                 change(g, QStringLiteral("bid_strategy_type"), QStringLiteral("AUTOMATIC_BID"))},
                                current, Currency::usd()).isEmpty());
}

void TestPrePostCheck::adGroupsAsTheyWillBePosted()
{
    const AdGroup a = group(QStringLiteral("1"), QStringLiteral("ACTIVE"));
    const AdGroup b = group(QStringLiteral("2"), QStringLiteral("ACTIVE"));
    const AdGroup c = group(QStringLiteral("3"), QStringLiteral("ACTIVE"));
    AdGroup other = group(QStringLiteral("4"), QStringLiteral("ACTIVE"));
    const QList<PendingChange> pending = {
        change(a, QStringLiteral("bid_in_micro_currency"), 50'000),
        change(b, QStringLiteral("bid_strategy_type"), QStringLiteral("AUTOMATIC_BID")),
        change(b, QStringLiteral("billable_event"), QStringLiteral("IMPRESSION")),
        change(other, QStringLiteral("bid_in_micro_currency"), 7), // not among the ad groups asked about
        PendingChange::create(QStringLiteral("1"), c.createBody()), // a create changes no existing ad group
    };
    const QList<AdGroup> after = withChangesApplied(QList<AdGroup>{a, b, c}, pending);
    QCOMPARE(after.size(), 3);
    QCOMPARE(after.at(0).id.value(), a.id.value()); // same order
    QCOMPARE(after.at(0).bidInMicroCurrency.value(), 50'000);
    QCOMPARE(after.at(0).bidStrategyType.value(), QStringLiteral("MAX_BID"));
    QCOMPARE(after.at(1).bidStrategyType.value(), QStringLiteral("AUTOMATIC_BID"));
    QCOMPARE(after.at(1).billableEvent.value(), QStringLiteral("IMPRESSION"));
    QCOMPARE(after.at(1).bidInMicroCurrency.value(), 1'000'000);
    QCOMPARE(after.at(2), c);
}

QTEST_GUILESS_MAIN(TestPrePostCheck)
#include "tst_prepostcheck.moc"
