// The bid floor calculator and the "check bid floors" dialog against the sandbox, offscreen.
#include "../../core/api/apitestsupport.h"

#include "core/api/adgrouppager.h"
#include "core/api/campaignpager.h"
#include "core/api/listadaccountsrequest.h"
#include "ui/bidfloor/bidfloorcalculatordialog.h"
#include "ui/bidfloor/bidfloorcheckdialog.h"
#include "ui/bidfloor/bidfloorrowsmodel.h"
#include "ui/changes/findingsdialog.h"
#include "ui/targeting/targetingspeceditor.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTreeWidget>

using namespace pinstripe;
using namespace pinstripe::testing;

namespace {
void screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("PINSTRIPE_TEST_ARTIFACTS", QDir::tempPath());
    widget->grab().save(QDir(dir).filePath(name));
}
} // namespace

class TestBidFloorDialogs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void parsesCountries();
    void awarenessClicksInUsAndGermanyInEuro();
    void yenFloorsHaveNoDecimals();
    void incompleteFormIsRefusedWithoutARequest();
    void targetingChangesTheFloor();
    void conversionRowsCarryTheirGoal();
    void checkMarksExactlyTheAdGroupsUnderTheFloor();
    void checkJudgesPendingBids();
    void findingsOfferTheRaiseToTheFloor();

private:
    /** The USD account's ad groups and campaigns, as loaded from the sandbox. */
    void loadUsd(QList<AdGroup> *groups, QHash<QString, Campaign> *campaigns);

    std::unique_ptr<SandboxFixture> m_sandbox;
    AdAccount m_usd;
    AdAccount m_jpy;
};

void TestBidFloorDialogs::initTestCase()
{
    m_sandbox = std::make_unique<SandboxFixture>();
    auto accounts = run<AdAccountPage>(new ListAdAccountsRequest(m_sandbox->client.get(), {}), &ListAdAccountsRequest::finished);
    QVERIFY(accounts.ok());
    for (const AdAccount &a : accounts.result->items) {
        if (a.currency.value().code() == QLatin1String("USD") && m_usd.id.isAbsent())
            m_usd = a;
        if (a.currency.value().code() == QLatin1String("JPY") && m_jpy.id.isAbsent())
            m_jpy = a;
    }
    QVERIFY(m_usd.id.hasValue() && m_jpy.id.hasValue());
}

void TestBidFloorDialogs::parsesCountries()
{
    QString error;
    QCOMPARE(BidFloorCalculatorDialog::parseCountries(QStringLiteral("us, Germany ,fr,US"), &error).value(),
             (QStringList{QStringLiteral("US"), QStringLiteral("DE"), QStringLiteral("FR")}));
    QVERIFY(!BidFloorCalculatorDialog::parseCountries(QStringLiteral("US, Germny"), &error));
    QVERIFY(error.contains(QStringLiteral("Germny")));
    QVERIFY(!BidFloorCalculatorDialog::parseCountries(QStringLiteral(" , "), &error));
    QVERIFY(error.contains(QStringLiteral("at least one country")));
}

void TestBidFloorDialogs::awarenessClicksInUsAndGermanyInEuro()
{
    // "What is the lowest bid I can use for awareness clicks in the US and Germany, in EUR?"
    BidFloorCalculatorDialog dialog(m_sandbox->client.get(), m_usd.id.value(), m_usd.currency.value());
    QAbstractItemModelTester tester(dialog.rowsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(dialog.currencyBox()->currentText(), QStringLiteral("USD")); // the account's currency by default
    dialog.currencyBox()->setCurrentIndex(dialog.currencyBox()->findText(QStringLiteral("EUR")));
    dialog.objectiveBox()->setCurrentIndex(dialog.objectiveBox()->findText(QStringLiteral("AWARENESS")));
    dialog.billableEventBox()->setCurrentIndex(dialog.billableEventBox()->findText(QStringLiteral("CLICKTHROUGH")));
    for (const char *country : {"United States", "Germany"}) {
        dialog.countriesEdit()->setText(QString::fromLatin1(country));
        QVERIFY(dialog.addRowFromForm());
    }
    dialog.show();
    QSignalSpy ready(&dialog, &BidFloorCalculatorDialog::floorsReady);
    dialog.checkFloors();
    QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 20000);
    BidFloorRowsModel *rows = dialog.rowsModel();
    QCOMPARE(rows->rowCount(), 2);
    for (int row = 0; row < 2; ++row) {
        QVERIFY(rows->floor(row).value_or(0) > 0);
        const QString shown = rows->index(row, BidFloorRowsModel::Floor).data().toString();
        QVERIFY2(shown.contains(QStringLiteral("€")), qPrintable(shown)); // in currency, not micro-units
        QVERIFY(!shown.contains(QString::number(*rows->floor(row))));
    }
    QCOMPARE(rows->index(0, BidFloorRowsModel::Countries).data().toString(), QStringLiteral("US"));
    QCOMPARE(rows->index(1, BidFloorRowsModel::Countries).data().toString(), QStringLiteral("DE"));
    QVERIFY(*rows->floor(0) != *rows->floor(1)); // floors differ by country
    screenshot(&dialog, QStringLiteral("bidfloor-calculator.png"));
}

void TestBidFloorDialogs::yenFloorsHaveNoDecimals()
{
    BidFloorCalculatorDialog dialog(m_sandbox->client.get(), m_jpy.id.value(), m_jpy.currency.value());
    QCOMPARE(dialog.currencyBox()->currentText(), QStringLiteral("JPY"));
    dialog.countriesEdit()->setText(QStringLiteral("JP"));
    QVERIFY(dialog.addRowFromForm());
    QSignalSpy ready(&dialog, &BidFloorCalculatorDialog::floorsReady);
    dialog.checkFloors();
    QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 20000);
    const QString shown = dialog.rowsModel()->index(0, BidFloorRowsModel::Floor).data().toString();
    QVERIFY2(!shown.contains(QLocale().decimalPoint()), qPrintable(shown));
    QCOMPARE(Money(*dialog.rowsModel()->floor(0), Currency::jpy()).format(), shown);
}

void TestBidFloorDialogs::incompleteFormIsRefusedWithoutARequest()
{
    BidFloorCalculatorDialog dialog(m_sandbox->client.get(), m_usd.id.value(), m_usd.currency.value());
    dialog.countriesEdit()->setText(QStringLiteral("Atlantis"));
    QVERIFY(!dialog.addRowFromForm());
    QVERIFY(dialog.statusText().contains(QStringLiteral("Atlantis")));
    QCOMPARE(dialog.rowsModel()->rowCount(), 0);
    dialog.checkFloors(); // no rows and a bad form: nothing is sent
    QCOMPARE(m_sandbox->client->activeRequests(), 0);
    QVERIFY(dialog.statusText().contains(QStringLiteral("Atlantis")));
}

void TestBidFloorDialogs::targetingChangesTheFloor()
{
    BidFloorCalculatorDialog dialog(m_sandbox->client.get(), m_usd.id.value(), m_usd.currency.value());
    dialog.countriesEdit()->setText(QStringLiteral("US"));
    QVERIFY(dialog.addRowFromForm());
    QSignalSpy ready(&dialog, &BidFloorCalculatorDialog::floorsReady);
    dialog.checkFloors();
    QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 20000);
    const qint64 broad = dialog.rowsModel()->floor(0).value();

    TargetingSpec narrow;
    narrow.location = QStringList{QStringLiteral("US")};
    narrow.gender = QStringList{QStringLiteral("female")};
    narrow.minimumAge = QStringLiteral("25");
    narrow.maximumAge = QStringLiteral("34");
    dialog.setTargetingSpec(narrow);
    QVERIFY(dialog.targetingEditor()->isVisibleTo(&dialog));
    dialog.checkFloors();
    QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 2, 20000);
    QVERIFY(dialog.rowsModel()->floor(0).value() != broad); // the sandbox prices targeting too

    TargetingSpec broken;
    broken.minimumAge = QStringLiteral("40");
    broken.maximumAge = QStringLiteral("30");
    broken.location = QStringList{QStringLiteral("US")};
    dialog.setTargetingSpec(broken);
    dialog.checkFloors();
    QVERIFY2(dialog.statusText().startsWith(QStringLiteral("Fix the targeting first")), qPrintable(dialog.statusText()));
}

void TestBidFloorDialogs::conversionRowsCarryTheirGoal()
{
    BidFloorCalculatorDialog dialog(m_sandbox->client.get(), m_usd.id.value(), m_usd.currency.value());
    QVERIFY(!dialog.conversionEventBox()->isEnabled()); // no goal for "any objective"
    dialog.objectiveBox()->setCurrentIndex(dialog.objectiveBox()->findText(QStringLiteral("WEB_CONVERSION")));
    QVERIFY(dialog.conversionEventBox()->isEnabled());
    dialog.conversionEventBox()->setCurrentIndex(dialog.conversionEventBox()->findText(QStringLiteral("CHECKOUT")));
    dialog.countriesEdit()->setText(QStringLiteral("US"));
    QVERIFY(dialog.addRowFromForm());
    const BidFloorSpec spec = dialog.rowsModel()->specs().constFirst();
    QCOMPARE(spec.toJson().value(QLatin1String("optimization_goal_metadata")).toObject()
                 .value(QLatin1String("conversion_tag_v3_goal_metadata")).toObject()
                 .value(QLatin1String("conversion_event")).toString(),
             QStringLiteral("CHECKOUT"));
    QCOMPARE(dialog.rowsModel()->index(0, BidFloorRowsModel::Objective).data().toString(), QStringLiteral("WEB_CONVERSION (CHECKOUT)"));
    QSignalSpy ready(&dialog, &BidFloorCalculatorDialog::floorsReady);
    dialog.checkFloors();
    QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 20000); // Pinterest takes the goal
    QVERIFY(dialog.rowsModel()->floor(0).value_or(0) > 0);
}

void TestBidFloorDialogs::checkMarksExactlyTheAdGroupsUnderTheFloor()
{
    QList<AdGroup> groups;
    AdGroupPager pager(m_sandbox->client.get(), m_usd.id.value(), {});
    connect(&pager, &AdGroupPager::pageReceived, this, [&](const AdGroupPage &page) { groups << page.items; });
    pager.start();
    QTRY_VERIFY(pager.isFinished());
    QHash<QString, Campaign> campaigns;
    CampaignPager campaignPager(m_sandbox->client.get(), m_usd.id.value(), {});
    connect(&campaignPager, &CampaignPager::pageReceived, this, [&](const CampaignPage &page) {
        for (const Campaign &c : page.items)
            campaigns.insert(c.id.value(), c);
    });
    campaignPager.start();
    QTRY_VERIFY(campaignPager.isFinished());

    QList<AdGroup> selection = groups.mid(0, 4);
    QCOMPARE(selection.size(), 4);
    for (AdGroup &g : selection)
        g.bidStrategyType = QStringLiteral("MAX_BID");
    selection[0].bidInMicroCurrency = 10'000;           // $0.01: under any floor
    selection[1].bidInMicroCurrency = 500'000'000;      // $500: above any floor
    selection[2].bidInMicroCurrency = 1;                // under
    selection[3].bidInMicroCurrency = 900'000'000;      // above

    BidFloorCheckDialog dialog(m_sandbox->client.get(), m_usd.id.value(), Currency::usd(), selection, campaigns, {});
    QSignalSpy checked(&dialog, &BidFloorCheckDialog::checked);
    QTRY_COMPARE_WITH_TIMEOUT(checked.size(), 1, 20000);
    QStandardItemModel *model = dialog.resultsModel();
    QCOMPARE(model->rowCount(), 4);
    QStringList under;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->item(row, BidFloorCheckDialog::Verdict)->text().startsWith(QStringLiteral("Under")))
            under << model->item(row, BidFloorCheckDialog::AdGroupName)->data(Qt::UserRole).toString();
    }
    QCOMPARE(under, (QStringList{selection.at(0).id.value(), selection.at(2).id.value()}));
    QVERIFY(dialog.raiseButton()->isEnabled());

    QSignalSpy raise(&dialog, &BidFloorCheckDialog::raiseRequested);
    dialog.raiseButton()->click();
    QCOMPARE(raise.size(), 1);
    const auto changes = raise.first().first().value<QList<PendingChange>>();
    QCOMPARE(changes.size(), 2);
    for (const PendingChange &c : changes) {
        QCOMPARE(c.field, QStringLiteral("bid_in_micro_currency"));
        const qint64 floor = dialog.results().at(c.adGroupId == selection.at(0).id.value() ? 0 : 2).floorMicros;
        QVERIFY(c.after.toInteger() >= floor);                 // at least the floor …
        QVERIFY(c.after.toInteger() - floor < 10'000);         // … and less than a cent above it
        QCOMPARE(c.after.toInteger() % 10'000, 0);             // whole cents
    }
    dialog.show();
    screenshot(&dialog, QStringLiteral("bidfloor-check.png"));
}

void TestBidFloorDialogs::loadUsd(QList<AdGroup> *groups, QHash<QString, Campaign> *campaigns)
{
    AdGroupPager pager(m_sandbox->client.get(), m_usd.id.value(), {});
    connect(&pager, &AdGroupPager::pageReceived, this, [groups](const AdGroupPage &page) { *groups << page.items; });
    pager.start();
    QTRY_VERIFY(pager.isFinished());
    CampaignPager campaignPager(m_sandbox->client.get(), m_usd.id.value(), {});
    connect(&campaignPager, &CampaignPager::pageReceived, this, [campaigns](const CampaignPage &page) {
        for (const Campaign &c : page.items)
            campaigns->insert(c.id.value(), c);
    });
    campaignPager.start();
    QTRY_VERIFY(campaignPager.isFinished());
}

void TestBidFloorDialogs::checkJudgesPendingBids()
{
    QList<AdGroup> groups;
    QHash<QString, Campaign> campaigns;
    loadUsd(&groups, &campaigns);
    // On Pinterest all three bid $500; two have a pending bid of $0.01, one of another ad group
    // is pending too but not selected.
    QList<AdGroup> selection = groups.mid(0, 3);
    QCOMPARE(selection.size(), 3);
    for (AdGroup &g : selection) {
        g.bidStrategyType = QStringLiteral("MAX_BID");
        g.bidInMicroCurrency = 500'000'000;
    }
    const QString bid = QStringLiteral("bid_in_micro_currency");
    auto pendingBid = [&](const AdGroup &g, qint64 micros) {
        return PendingChange::update(m_usd.id.value(), g.id.value(), g.name.valueOr({}), bid, QJsonValue(500'000'000),
                                     QJsonValue(micros), g.updatedTime.valueOr(0));
    };
    const QList<PendingChange> pending = {pendingBid(selection.at(0), 10'000), pendingBid(selection.at(2), 10'000),
                                          pendingBid(groups.at(3), 1)};

    BidFloorCheckDialog dialog(m_sandbox->client.get(), m_usd.id.value(), Currency::usd(), selection, campaigns, pending);
    QSignalSpy checked(&dialog, &BidFloorCheckDialog::checked);
    QTRY_COMPARE_WITH_TIMEOUT(checked.size(), 1, 20000);
    QStandardItemModel *model = dialog.resultsModel();
    QCOMPARE(model->rowCount(), 3);
    QHash<QString, int> rowOf;
    for (int row = 0; row < 3; ++row)
        rowOf.insert(model->item(row, BidFloorCheckDialog::AdGroupName)->data(Qt::UserRole).toString(), row);
    const int first = rowOf.value(selection.at(0).id.value());
    const int second = rowOf.value(selection.at(1).id.value());
    QVERIFY(model->item(first, BidFloorCheckDialog::Verdict)->text().startsWith(QStringLiteral("Under")));
    QCOMPARE(model->item(first, BidFloorCheckDialog::Bid)->text(), QStringLiteral("$0.01 (pending)"));
    QCOMPARE(model->item(second, BidFloorCheckDialog::Verdict)->text(), QStringLiteral("OK"));
    QCOMPARE(model->item(second, BidFloorCheckDialog::Bid)->text(), QStringLiteral("$500.00"));

    // The raise is based on Pinterest's bid, so it merges with the pending one.
    const QList<PendingChange> raises = dialog.raiseToFloorChanges();
    QCOMPARE(raises.size(), 2);
    for (const PendingChange &r : raises) {
        QCOMPARE(r.before.toInteger(), 500'000'000);
        QVERIFY(r.after.toInteger() > 10'000);
    }
}

void TestBidFloorDialogs::findingsOfferTheRaiseToTheFloor()
{
    CheckFinding warning;
    warning.severity = CheckFinding::Severity::Warning;
    warning.message = QStringLiteral("Budget rises by 200%.");
    {
        FindingsDialog dialog({warning}, 0, 1);
        QVERIFY(!dialog.raiseToFloorButton()); // nothing under a floor: no raise on offer
    }

    CheckFinding under;
    under.adGroupId = QStringLiteral("42");
    under.adGroupName = QStringLiteral("Spring");
    under.field = QStringLiteral("bid_in_micro_currency");
    under.message = QStringLiteral("The bid $0.05 is under Pinterest's bid floor of $0.10 (US).");
    under.raiseToFloor = PendingChange::update(m_usd.id.value(), QStringLiteral("42"), QStringLiteral("Spring"), under.field,
                                               QJsonValue(50'000), QJsonValue(100'000), 0);
    FindingsDialog dialog({under, warning}, 1, 1);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.raiseToFloorButton());
    QVERIFY(dialog.raiseToFloorButton()->isVisible());
    QVERIFY(dialog.cancelButton()->isDefault()); // Enter raises nothing and posts nothing
    QSignalSpy raise(&dialog, &FindingsDialog::raiseToFloorRequested);
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QSignalSpy rejected(&dialog, &QDialog::rejected);
    screenshot(&dialog, QStringLiteral("findings-raise-to-floor.png"));
    QTest::mouseClick(dialog.raiseToFloorButton(), Qt::LeftButton);
    QCOMPARE(raise.size(), 1);
    QCOMPARE(raise.first().first().value<QList<PendingChange>>(), QList<PendingChange>{*under.raiseToFloor});
    QCOMPARE(dialog.result(), FindingsDialog::RaiseToFloorResult);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(accepted.size(), 0); // neither "post as is" …
    QCOMPARE(rejected.size(), 0); // … nor "cancel"
}

QTEST_MAIN(TestBidFloorDialogs)
#include "tst_bidfloordialogs.moc"
