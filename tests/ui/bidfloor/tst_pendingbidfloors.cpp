// Bids set by a bulk edit and not posted yet, checked against Pinterest's floors the way a person
// meets them: Tools › Check Bid Floors of Selection judges the pending bids, and Post offers to
// raise them to the floor (one undo step) and then posts. The whole window, offscreen, against an
// in-process sandbox over loopback HTTP.
#include "../openwindow.h"

#include "core/api/apiclient.h"
#include "core/api/getadgrouprequest.h"
#include "core/api/tokenprovider.h"
#include "core/changes/bidfloorcheck.h"
#include "core/changes/changeset.h"
#include "core/model/enums.h"
#include "core/model/money.h"
#include "sandbox/sandboxoptions.h"
#include "sandbox/sandboxthread.h"
#include "ui/bidfloor/bidfloorcheckdialog.h"
#include "ui/changes/findingsdialog.h"
#include "ui/changes/postflow.h"
#include "ui/changes/postreviewdialog.h"
#include "ui/editor/bulkeditdialog.h"
#include "ui/editor/moneyadjustmentedit.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QGroupBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QUndoStack>

using namespace pinstripe;
using namespace pinstripe::testing;

namespace {

const QString kBid = QStringLiteral("bid_in_micro_currency");

/**
 * A click-billed ad group with a manual bid well above any click floor, in markets whose floor
 * is certainly above $0.05 (the sandbox prices clicks at about $0.10 times the market's level).
 */
bool clickBilledAndSafelyAboveTheFloor(const AdGroup &g)
{
    static const QStringList pricey = {QStringLiteral("US"), QStringLiteral("CA"), QStringLiteral("GB"),
                                       QStringLiteral("AU"), QStringLiteral("DE"), QStringLiteral("FR"),
                                       QStringLiteral("JP")};
    if (g.billableEvent.valueOr({}) != QLatin1String("CLICKTHROUGH") || !g.bidInMicroCurrency.hasValue()
        || g.bidStrategyType.valueOr({}) == QLatin1String("AUTOMATIC_BID") || g.bidInMicroCurrency.value() < 200'000)
        return false;
    const QStringList locations = g.targetingSpec.hasValue() ? g.targetingSpec.value().location.valueOr({}) : QStringList();
    if (locations.isEmpty())
        return true; // priced as the US
    return std::any_of(locations.cbegin(), locations.cend(),
                       [](const QString &l) { return pricey.contains(l) || !enums::isCountry(l); });
}

} // namespace

class TestPendingBidFloors : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pendingBidsAreCheckedAndRaisedBeforePosting();

private:
    AdGroup fetch(const QString &accountId, const QString &id);

    std::unique_ptr<sandbox::SandboxThread> m_sandbox;
    std::unique_ptr<StaticTokenProvider> m_tokens;
    QTemporaryDir m_dir;
};

void TestPendingBidFloors::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PinstripeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_pendingbidfloors"));
    QSettings().clear();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    sandbox::SandboxOptions options;
    m_sandbox = sandbox::startSandboxThread(options);
    QVERIFY(m_sandbox);
    m_tokens = std::make_unique<StaticTokenProvider>(options.accessToken);
    QVERIFY(m_dir.isValid());
}

AdGroup TestPendingBidFloors::fetch(const QString &accountId, const QString &id)
{
    ApiClient client(m_sandbox->baseUrl(), m_tokens.get());
    auto *get = new GetAdGroupRequest(&client, accountId, id);
    std::optional<AdGroup> fresh;
    connect(get, &GetAdGroupRequest::finished, this, [&](const AdGroup &g) { fresh = g; });
    get->start();
    [&] { QTRY_VERIFY_WITH_TIMEOUT(fresh.has_value(), 20000); }();
    return fresh.value_or(AdGroup{});
}

void TestPendingBidFloors::pendingBidsAreCheckedAndRaisedBeforePosting()
{
    OpenWindow open(m_dir, QStringLiteral("floors"));
    QVERIFY(open.connectAndLoad(m_sandbox->baseUrl(), m_tokens.get()));
    MainWindow &window = open.window;
    WorkspaceController *workspace = open.workspace;
    const QString account = workspace->account()->id.value();
    const Currency currency = workspace->account()->currency.value();
    QCOMPARE(currency.code(), QStringLiteral("USD"));
    const QDir artifacts(qEnvironmentVariable("PINSTRIPE_TEST_ARTIFACTS", QDir::tempPath()));

    // Five click-billed ad groups whose bids are above their floors on Pinterest.
    const QStringList ids = open.selectRows(clickBilledAndSafelyAboveTheFloor, 5);
    QCOMPARE(ids.size(), 5);
    QHash<QString, qint64> serverBids;
    for (const QString &id : ids)
        serverBids.insert(id, workspace->adGroup(id).value_or(AdGroup()).bidInMicroCurrency.value());

    // Edit › Bulk Edit…: bid set to 0.05 › OK.
    workspace->bulkEditAction()->trigger();
    auto *bulk = window.findChild<BulkEditDialog *>();
    QVERIFY(bulk);
    QVERIFY(QTest::qWaitForWindowExposed(bulk));
    bulk->bidGroup()->setChecked(true);
    MoneyAdjustmentEdit *bid = bulk->bidEdit();
    bid->operationCombo()->setCurrentIndex(bid->operationCombo()->findData(static_cast<int>(MoneyAdjustmentEdit::Operation::SetTo)));
    bid->valueEdit()->clear();
    QTest::keyClicks(bid->valueEdit(), QStringLiteral("0.05"));
    QTRY_VERIFY(bulk->okButton()->isEnabled());
    QTest::mouseClick(bulk->okButton(), Qt::LeftButton);
    QTRY_COMPARE(workspace->changeSet()->count(), 5);
    for (const QString &id : ids)
        QCOMPARE(workspace->changeSet()->pendingFor(id, kBid)->after.toInteger(), 50'000);
    QCOMPARE(window.undoStack()->count(), 1);

    // Tools › Check Bid Floors of Selection: the bids that will be posted are the ones judged.
    workspace->checkBidFloorsAction()->trigger();
    auto *check = window.findChild<BidFloorCheckDialog *>();
    QVERIFY(check);
    QSignalSpy checked(check, &BidFloorCheckDialog::checked);
    QTRY_COMPARE_WITH_TIMEOUT(checked.size(), 1, 20000);
    QStandardItemModel *rows = check->resultsModel();
    QCOMPARE(rows->rowCount(), 5);
    QHash<QString, qint64> floors;
    for (int row = 0; row < rows->rowCount(); ++row) {
        const QString verdict = rows->item(row, BidFloorCheckDialog::Verdict)->text();
        QVERIFY2(verdict.startsWith(QStringLiteral("Under the floor")), qPrintable(verdict));
        QCOMPARE(rows->item(row, BidFloorCheckDialog::Bid)->text(), QStringLiteral("$0.05 (pending)"));
    }
    for (const BidFloorCheck::Result &r : check->results()) {
        QVERIFY(r.floorMicros > 50'000);
        floors.insert(r.adGroupId, r.floorMicros);
    }
    QCOMPARE(floors.size(), 5);
    check->grab().save(artifacts.filePath(QStringLiteral("pending-bids-floor-check.png")));
    QTest::mouseClick(check->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Close), Qt::LeftButton);

    // File › Post Changes…: refused before sending, with the raise to the floor on offer.
    QSignalSpy finished(workspace->postFlow(), &PostFlow::finished);
    workspace->postAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(workspace->postFlow()->findingsDialog(), 30000);
    FindingsDialog *findings = workspace->postFlow()->findingsDialog();
    QVERIFY(QTest::qWaitForWindowExposed(findings));
    QCOMPARE(findings->list()->topLevelItemCount(), 5);
    for (int row = 0; row < 5; ++row) {
        QCOMPARE(findings->list()->topLevelItem(row)->text(0), QStringLiteral("Error"));
        QVERIFY(findings->list()->topLevelItem(row)->text(3).contains(QStringLiteral("under Pinterest's bid floor")));
    }
    QVERIFY(!findings->postButton()); // nothing can be posted as it is …
    QPushButton *raise = findings->raiseToFloorButton();
    QVERIFY(raise); // … but the bids can be raised
    QVERIFY(raise->isVisible());
    findings->grab().save(artifacts.filePath(QStringLiteral("pending-bids-findings.png")));
    QTest::mouseClick(raise, Qt::LeftButton);

    // One undo step holds the raise; the pending bids are at their floors, rounded up to the cent.
    QCOMPARE(window.undoStack()->count(), 2);
    QCOMPARE(window.undoStack()->undoText(), QStringLiteral("Raise 5 bid(s) to the floor"));
    QHash<QString, qint64> wanted;
    for (const QString &id : ids) {
        const PendingChange pending = *workspace->changeSet()->pendingFor(id, kBid);
        QCOMPARE(pending.before.toInteger(), serverBids.value(id)); // still based on Pinterest's bid
        QCOMPARE(pending.after.toInteger(), BidFloorCheck::bidAtFloor(floors.value(id), currency));
        wanted.insert(id, pending.after.toInteger());
    }

    // … and the post goes on by itself: the raised bids pass the checks, and the summary
    // before sending is answered with Post.
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() || workspace->postFlow()->reviewDialog(), 30000);
    if (finished.isEmpty())
        QTest::mouseClick(workspace->postFlow()->reviewDialog()->postButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    const auto summary = finished.first().first().value<Poster::Summary>();
    QCOMPARE(summary.succeeded, 5);
    QCOMPARE(summary.failed, 0);
    QCOMPARE(workspace->changeSet()->count(), 0);
    for (const QString &id : ids) {
        const qint64 posted = fetch(account, id).bidInMicroCurrency.value();
        QCOMPARE(posted, wanted.value(id));
        QVERIFY(posted >= floors.value(id));
        QVERIFY(posted - floors.value(id) < 10'000);
    }
    window.grab().save(artifacts.filePath(QStringLiteral("pending-bids-posted.png")));
    if (QMessageBox *box = workspace->postFlow()->resultBox())
        box->close();
}

QTEST_MAIN(TestPendingBidFloors)
#include "tst_pendingbidfloors.moc"
