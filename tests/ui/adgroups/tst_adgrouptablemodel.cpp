// AdGroupTableModel under QAbstractItemModelTester, and AdGroupFilterProxy sorting by raw
// values (money by micros, dates by time) and filtering by text, status and campaign.
#include "core/model/money.h"
#include "ui/adgroups/adgroupfilterproxy.h"
#include "ui/adgroups/adgrouptablemodel.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QSignalSpy>
#include <QTest>

using namespace pinstripe;

namespace {

AdGroup make(const QString &id, const QString &name, qint64 budget, qint64 start, const QString &status = QStringLiteral("ACTIVE"),
             const QString &campaign = QStringLiteral("10"))
{
    AdGroup g;
    g.id = id;
    g.name = name;
    g.status = status;
    g.campaignId = campaign;
    g.budgetInMicroCurrency = budget;
    g.bidInMicroCurrency = budget / 10;
    g.budgetType = QStringLiteral("DAILY");
    g.startTime = start;
    g.billableEvent = QStringLiteral("CLICKTHROUGH");
    return g;
}

QStringList column(const QAbstractItemModel &model, int column, int role = AdGroupTableModel::IdRole)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values << model.index(row, column).data(role).toString();
    return values;
}

// Start times whose short local text sorts differently from the times: 1 Dec 2025 and 1 Feb 2026.
const qint64 kDec2025 = QDateTime(QDate(2025, 12, 1), QTime(12, 0), Qt::UTC).toSecsSinceEpoch();
const qint64 kFeb2026 = QDateTime(QDate(2026, 2, 1), QTime(12, 0), Qt::UTC).toSecsSinceEpoch();
const qint64 kOct2026 = QDateTime(QDate(2026, 10, 1), QTime(12, 0), Qt::UTC).toSecsSinceEpoch();

} // namespace

class TestAdGroupTableModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void passesModelTester();
    void moneyInAccountCurrency();
    void sortsMoneyByMicros();
    void sortsDatesByTime();
    void filtersByTextStatusAndCampaign();
    void upsertUpdatesInPlace();
    void csvHasMoneyInUnitsAndMicros();
    void editableCellsShowPendingValues();
};

void TestAdGroupTableModel::passesModelTester()
{
    AdGroupTableModel model;
    AdGroupFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester sourceTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(AdGroupTableModel::Budget, Qt::DescendingOrder);
    model.upsert({make(QStringLiteral("1"), QStringLiteral("A"), 3, kDec2025), make(QStringLiteral("2"), QStringLiteral("B"), 1, kFeb2026)});
    model.upsert({make(QStringLiteral("3"), QStringLiteral("C"), 2, kOct2026, QStringLiteral("PAUSED"))});
    model.upsert({make(QStringLiteral("1"), QStringLiteral("A renamed"), 5, kDec2025)});
    proxy.setText(QStringLiteral("a"));
    proxy.setStatuses({QStringLiteral("ACTIVE")});
    proxy.setText({});
    model.removeMissing({QStringLiteral("1")}, {QStringLiteral("ACTIVE")});
    QCOMPARE(model.rowCount(), 2); // "2" went; the PAUSED "3" was not part of the listing
    model.setCurrency(Currency::jpy());
    model.clear();
    QCOMPARE(proxy.rowCount(), 0);
}

void TestAdGroupTableModel::moneyInAccountCurrency()
{
    AdGroupTableModel model;
    model.setCurrency(Currency::usd());
    model.upsert({make(QStringLiteral("1"), QStringLiteral("A"), 12'500'000, kDec2025)});
    const QModelIndex budget = model.index(0, AdGroupTableModel::Budget);
    QCOMPARE(budget.data().toString(), Money(12'500'000, Currency::usd()).format());
    QCOMPARE(budget.data().toString(), QStringLiteral("$12.50"));
    QCOMPARE(budget.data(AdGroupTableModel::SortRole).toLongLong(), 12'500'000);
    QVERIFY(budget.data(Qt::TextAlignmentRole).value<Qt::Alignment>() & Qt::AlignRight);
    model.setCurrency(Currency::jpy());
    QCOMPARE(model.index(0, AdGroupTableModel::Budget).data().toString(), QStringLiteral("¥12.5")); // finer than a yen: shown, not rounded
    QCOMPARE(model.index(0, AdGroupTableModel::Bid).data().toString(), QStringLiteral("¥1.25")); // finer than a yen: shown, not hidden
    const QString start = model.index(0, AdGroupTableModel::Start).data().toString();
    QCOMPARE(start, QLocale().toString(QDateTime::fromSecsSinceEpoch(kDec2025).toLocalTime(), QLocale::ShortFormat));
    QCOMPARE(model.index(0, AdGroupTableModel::BudgetType).data().toString(), QStringLiteral("Daily"));
}

void TestAdGroupTableModel::sortsMoneyByMicros()
{
    AdGroupTableModel model;
    model.setCurrency(Currency::usd());
    AdGroupFilterProxy proxy;
    proxy.setSourceModel(&model);
    // As text, "$12.50" < "$5.00" < "$900.00"; as money it is 5 < 12.50 < 900.
    model.upsert({make(QStringLiteral("1"), QStringLiteral("twelve"), 12'500'000, kDec2025),
                  make(QStringLiteral("2"), QStringLiteral("nine hundred"), 900'000'000, kDec2025),
                  make(QStringLiteral("3"), QStringLiteral("five"), 5'000'000, kDec2025)});
    AdGroup noBudget = make(QStringLiteral("4"), QStringLiteral("none"), 0, kDec2025);
    noBudget.budgetInMicroCurrency = Field<qint64>::null();
    model.upsert({noBudget});
    proxy.sort(AdGroupTableModel::Budget, Qt::AscendingOrder);
    QCOMPARE(column(proxy, AdGroupTableModel::Budget), (QStringList{QStringLiteral("4"), QStringLiteral("3"), QStringLiteral("1"), QStringLiteral("2")}));
    QCOMPARE(column(proxy, AdGroupTableModel::Budget, Qt::DisplayRole),
             (QStringList{QString(), QStringLiteral("$5.00"), QStringLiteral("$12.50"), QStringLiteral("$900.00")}));
    proxy.sort(AdGroupTableModel::Budget, Qt::DescendingOrder);
    QCOMPARE(column(proxy, AdGroupTableModel::Budget).constFirst(), QStringLiteral("2"));
    // A row arriving later lands in its sorted place.
    model.upsert({make(QStringLiteral("5"), QStringLiteral("thousand"), 1'000'000'000, kDec2025)});
    QCOMPARE(column(proxy, AdGroupTableModel::Budget).constFirst(), QStringLiteral("5"));
}

void TestAdGroupTableModel::sortsDatesByTime()
{
    AdGroupTableModel model;
    AdGroupFilterProxy proxy;
    proxy.setSourceModel(&model);
    model.upsert({make(QStringLiteral("1"), QStringLiteral("oct"), 1, kOct2026),
                  make(QStringLiteral("2"), QStringLiteral("dec"), 1, kDec2025),
                  make(QStringLiteral("3"), QStringLiteral("feb"), 1, kFeb2026)});
    proxy.sort(AdGroupTableModel::Start, Qt::AscendingOrder);
    QCOMPARE(column(proxy, AdGroupTableModel::Start), (QStringList{QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("1")}));
    // The short text would sort "10/1/26" < "12/1/25" < "2/1/26": check that was not used.
    QStringList texts = column(proxy, AdGroupTableModel::Start, Qt::DisplayRole);
    QStringList sortedTexts = texts;
    sortedTexts.sort();
    QVERIFY(texts != sortedTexts);
    proxy.sort(AdGroupTableModel::Name, Qt::AscendingOrder);
    QCOMPARE(column(proxy, AdGroupTableModel::Name), (QStringList{QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("1")}));
}

void TestAdGroupTableModel::filtersByTextStatusAndCampaign()
{
    AdGroupTableModel model;
    AdGroupFilterProxy proxy;
    proxy.setSourceModel(&model);
    model.upsert({make(QStringLiteral("111"), QStringLiteral("Spring Sale – US"), 1, kDec2025, QStringLiteral("ACTIVE"), QStringLiteral("10")),
                  make(QStringLiteral("222"), QStringLiteral("spring sale – DE"), 1, kDec2025, QStringLiteral("PAUSED"), QStringLiteral("11")),
                  make(QStringLiteral("333"), QStringLiteral("Winter"), 1, kDec2025, QStringLiteral("ARCHIVED"), QStringLiteral("10")),
                  make(QStringLiteral("412"), QStringLiteral("Autumn"), 1, kDec2025, QStringLiteral("ACTIVE"), QStringLiteral("11"))});
    proxy.setText(QStringLiteral("SPRING"));
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setText(QStringLiteral("12")); // ids match too
    QCOMPARE(column(proxy, 0), QStringList{QStringLiteral("412")});
    proxy.setText({});
    proxy.setStatuses({QStringLiteral("ACTIVE"), QStringLiteral("PAUSED")});
    QCOMPARE(proxy.rowCount(), 3);
    proxy.setCampaignIds({QStringLiteral("10")});
    QCOMPARE(column(proxy, 0), QStringList{QStringLiteral("111")});
    proxy.setStatuses({});
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setCampaignIds({});
    proxy.setText(QStringLiteral("sale"));
    proxy.setStatuses({QStringLiteral("PAUSED")});
    QCOMPARE(column(proxy, 0), QStringList{QStringLiteral("222")});
}

void TestAdGroupTableModel::upsertUpdatesInPlace()
{
    AdGroupTableModel model;
    model.upsert({make(QStringLiteral("1"), QStringLiteral("A"), 1'000'000, kDec2025), make(QStringLiteral("2"), QStringLiteral("B"), 1, kDec2025)});
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &AdGroupTableModel::cellsChanged);
    model.upsert({make(QStringLiteral("1"), QStringLiteral("A"), 2'000'000, kDec2025), make(QStringLiteral("2"), QStringLiteral("B"), 1, kDec2025)});
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(changed.size(), 1); // "2" did not change
    QCOMPARE(changed.at(0).at(0).toString(), QStringLiteral("1"));
    QCOMPARE(changed.at(0).at(1).value<QList<int>>(), (QList<int>{AdGroupTableModel::Budget, AdGroupTableModel::Bid}));
    QCOMPARE(model.rowOf(QStringLiteral("2")), 1);
    model.removeMissing({QStringLiteral("2")}, {});
    QCOMPARE(model.rowOf(QStringLiteral("2")), 0);
    QCOMPARE(model.rowOf(QStringLiteral("1")), -1);
}

void TestAdGroupTableModel::csvHasMoneyInUnitsAndMicros()
{
    AdGroupTableModel model;
    model.setCurrency(Currency::eur());
    model.upsert({make(QStringLiteral("1"), QStringLiteral("Name, with comma"), 12'345'678, kDec2025)});
    const QStringList header = model.csvHeader();
    const QStringList row = model.csvRow(0);
    QCOMPARE(row.size(), header.size());
    QCOMPARE(row.at(header.indexOf(QStringLiteral("Budget"))), QStringLiteral("12.345678"));
    QCOMPARE(row.at(header.indexOf(QStringLiteral("Budget (micro-units)"))), QStringLiteral("12345678"));
    QCOMPARE(row.at(header.indexOf(QStringLiteral("Bid (micro-units)"))), QStringLiteral("1234567"));
    QCOMPARE(row.at(header.indexOf(QStringLiteral("Start"))), QStringLiteral("2025-12-01T12:00:00Z"));
    QCOMPARE(row.at(header.indexOf(QStringLiteral("Status"))), QStringLiteral("ACTIVE"));
    QCOMPARE(row.constLast(), QStringLiteral("EUR"));
}

void TestAdGroupTableModel::editableCellsShowPendingValues()
{
    AdGroupTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCurrency(Currency::usd());
    model.upsert({make(QStringLiteral("1"), QStringLiteral("A"), 12'500'000, kDec2025)});
    const QModelIndex budget = model.index(0, AdGroupTableModel::Budget);
    const QModelIndex campaign = model.index(0, AdGroupTableModel::Campaign);
    // Read only until someone takes the edits; then only the plain fields.
    QVERIFY(!(budget.flags() & Qt::ItemIsEditable));
    QVERIFY(!model.setData(budget, QStringLiteral("20")));
    QList<std::tuple<QString, SheetField, QString>> edits;
    model.setCellEditor([&edits](const QString &id, SheetField field, const QString &text) {
        edits << std::make_tuple(id, field, text);
        return text != QLatin1String("-1");
    });
    QVERIFY(budget.flags() & Qt::ItemIsEditable);
    QVERIFY(!(campaign.flags() & Qt::ItemIsEditable));
    QVERIFY(!(model.index(0, AdGroupTableModel::Id).flags() & Qt::ItemIsEditable));
    QVERIFY(!(model.index(0, AdGroupTableModel::OptimizationGoal).flags() & Qt::ItemIsEditable));
    QCOMPARE(budget.data(Qt::EditRole).toString(), QStringLiteral("12.50"));
    QCOMPARE(model.index(0, AdGroupTableModel::Status).data(Qt::EditRole).toString(), QStringLiteral("Active"));
    QVERIFY(model.setData(budget, QStringLiteral("20")));
    QVERIFY(!model.setData(budget, QStringLiteral("-1")));
    QVERIFY(!model.setData(campaign, QStringLiteral("Other")));
    QCOMPARE(edits.size(), 2);
    QCOMPARE(std::get<0>(edits.first()), QStringLiteral("1"));
    QCOMPARE(std::get<1>(edits.first()), SheetField::Budget);
    QCOMPARE(std::get<2>(edits.first()), QStringLiteral("20"));

    // A pending value is what the cell shows (and edits); the tool tip names Pinterest's.
    model.setPendingValues([](const QString &id, const QString &field) -> std::optional<QJsonValue> {
        if (id == QLatin1String("1") && field == QLatin1String("budget_in_micro_currency"))
            return QJsonValue(qint64(20'000'000));
        return std::nullopt;
    });
    QCOMPARE(budget.data().toString(), QStringLiteral("$20.00"));
    QCOMPARE(budget.data(Qt::EditRole).toString(), QStringLiteral("20.00"));
    QCOMPARE(budget.data(AdGroupTableModel::WireValueRole).toJsonValue().toInteger(), 20'000'000);
    QCOMPARE(budget.data(Qt::ToolTipRole).toString(), QStringLiteral("On Pinterest: $12.50"));
    QCOMPARE(budget.data(AdGroupTableModel::SortRole).toLongLong(), 12'500'000); // sorted by Pinterest's value
    QCOMPARE(model.index(0, AdGroupTableModel::Bid).data().toString(), QStringLiteral("$1.25"));
    model.setCellEditor({});
    QVERIFY(!(budget.flags() & Qt::ItemIsEditable));
}

QTEST_MAIN(TestAdGroupTableModel)
#include "tst_adgrouptablemodel.moc"
