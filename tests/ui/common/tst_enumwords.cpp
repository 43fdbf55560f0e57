// Every value of every API enumeration people read has words of its own, and the table shows
// them: no raw wire value ("CBO_ADGROUP", "VIDEO_V_50_MRC") reaches a cell.
#include "core/model/adgroup.h"
#include "core/model/enums.h"
#include "ui/adgroups/adgrouptablemodel.h"
#include "core/model/enumwords.h"

#include <QRegularExpression>
#include <QTest>

using namespace pinstripe;
using enumwords::Kind;

class TestEnumWords : public QObject
{
    Q_OBJECT

private slots:
    void everySpecValueHasWords();
    void unknownValuesStayReadable();
    void fieldsMapToTheirEnumeration();
    void tableCellsShowWords();
};

void TestEnumWords::everySpecValueHasWords()
{
    int checked = 0;
    for (Kind kind : enumwords::allKinds()) {
        const QStringList values = enumwords::specValues(kind);
        QVERIFY2(!values.isEmpty(), qPrintable(QString::number(static_cast<int>(kind))));
        for (const QString &value : values) {
            QVERIFY2(enumwords::isKnown(kind, value), qPrintable(value));
            const QString words = enumwords::text(kind, value);
            QVERIFY2(!words.isEmpty() && words != value, qPrintable(value));
            QVERIFY2(!words.contains(QLatin1Char('_')), qPrintable(words));
            ++checked;
        }
    }
    QVERIFY(checked > 100);
}

void TestEnumWords::unknownValuesStayReadable()
{
    QVERIFY(!enumwords::isKnown(Kind::BudgetType, QStringLiteral("WEEKLY_PLAN")));
    QCOMPARE(enumwords::text(Kind::BudgetType, QStringLiteral("WEEKLY_PLAN")), QStringLiteral("Weekly plan"));
    QCOMPARE(enumwords::text(Kind::BudgetType, QString()), QString());
}

void TestEnumWords::fieldsMapToTheirEnumeration()
{
    QCOMPARE(enumwords::forField(QStringLiteral("budget_type"), QStringLiteral("CBO_ADGROUP")), QStringLiteral("Campaign budget"));
    QCOMPARE(enumwords::forField(QStringLiteral("billable_event"), QStringLiteral("VIDEO_V_50_MRC")), QStringLiteral("Video view (CPV)"));
    QCOMPARE(enumwords::forField(QStringLiteral("status"), QStringLiteral("PAUSED")), QStringLiteral("Paused"));
    QCOMPARE(enumwords::forField(QStringLiteral("name"), QStringLiteral("SUMMER")), QStringLiteral("SUMMER")); // free text
}

void TestEnumWords::tableCellsShowWords()
{
    // One ad group per value of each enumerated column, so every value goes through a cell.
    const QList<std::pair<int, QStringList>> columns = {
        {AdGroupTableModel::Status, enums::entityStatuses()},
        {AdGroupTableModel::SummaryStatus, enums::adGroupSummaryStatuses()},
        {AdGroupTableModel::BudgetType, enums::budgetTypes()},
        {AdGroupTableModel::BidStrategy, enums::bidStrategyTypes()},
        {AdGroupTableModel::BillableEvent, enums::actionTypes()},
        {AdGroupTableModel::Pacing, enums::pacingDeliveryTypes()},
        {AdGroupTableModel::Placement, enums::placementGroupTypes()},
    };
    QList<AdGroup> adGroups;
    for (int i = 0; i < 13; ++i) {
        AdGroup g;
        g.id = QString::number(2'680'000'000'000 + i);
        g.name = QStringLiteral("Ad group %1").arg(i);
        const auto pick = [i](const QStringList &values) { return values.at(i % values.size()); };
        g.status = pick(enums::entityStatuses());
        g.summaryStatus = pick(enums::adGroupSummaryStatuses());
        g.budgetType = pick(enums::budgetTypes());
        g.bidStrategyType = pick(enums::bidStrategyTypes());
        g.billableEvent = pick(enums::actionTypes());
        g.pacingDeliveryType = pick(enums::pacingDeliveryTypes());
        g.placementGroup = pick(enums::placementGroupTypes());
        adGroups << g;
    }
    AdGroupTableModel model;
    model.upsert(adGroups);
    QCOMPARE(model.rowCount(), 13);
    const QRegularExpression wire(QStringLiteral("^[A-Z0-9_]+$"));
    for (const auto &[column, values] : columns) {
        QSet<QString> seen;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QString cell = model.index(row, column).data().toString();
            QVERIFY2(!wire.match(cell).hasMatch() && !cell.contains(QLatin1Char('_')), qPrintable(cell));
            seen.insert(cell);
        }
        QCOMPARE(seen.size(), values.size()); // every value, each in words of its own
    }
    const auto cbo = std::find_if(adGroups.cbegin(), adGroups.cend(), [](const AdGroup &g) { return g.budgetType.value() == QLatin1String("CBO_ADGROUP"); });
    QVERIFY(cbo != adGroups.cend());
    QCOMPARE(model.index(model.rowOf(cbo->id.value()), AdGroupTableModel::BudgetType).data().toString(), QStringLiteral("Campaign budget"));
}

QTEST_MAIN(TestEnumWords)
#include "tst_enumwords.moc"
