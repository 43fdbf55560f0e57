// The main window end to end, offscreen, against an in-process sandbox over loopback HTTP:
// pick an account, all its ad groups load, sort by budget, filter by name, open details,
// fetch archived ones, export CSV; then a restart shows the cache before a slow network.
#include "core/api/adgrouppager.h"
#include "core/api/apiclient.h"
#include "core/api/tokenprovider.h"
#include "core/model/enums.h"
#include "core/model/money.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxthread.h"
#include "core/store/adgrouprepository.h"
#include "core/store/localstore.h"
#include "ui/adgroups/accountswitcher.h"
#include "ui/adgroups/adgroupbrowser.h"
#include "ui/adgroups/adgroupdetailspanel.h"
#include "ui/adgroups/adgroupfilterbar.h"
#include "ui/adgroups/adgroupfilterproxy.h"
#include "ui/adgroups/adgrouptablemodel.h"
#include "ui/adgroups/adgrouptableview.h"
#include "ui/adgroups/campaignnavigator.h"
#include "ui/adgroups/loadstatusbar.h"
#include "ui/adgroups/targetingdescriber.h"
#include "ui/mainwindow.h"
#include "../testcontext.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QProgressBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <QToolButton>
#include <QTreeWidget>

using namespace pinstripe;

class TestAdGroupBrowser : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void browseSortFilterDetailsExport();
    void restartShowsCacheBeforeNetwork();
    void accountsFilterAsYouType();

private:
    QList<AdGroup> reference(const QString &accountId, const QStringList &statuses);
    static void saveScreenshot(QWidget *widget, const QString &name);

    std::unique_ptr<sandbox::SandboxThread> m_sandbox;
    std::unique_ptr<StaticTokenProvider> m_tokens;
    QTemporaryDir m_dir;
};

void TestAdGroupBrowser::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PinstripeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_adgroupbrowser"));
    QSettings().clear();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    sandbox::SandboxOptions options;
    options.adGroups = 600;
    options.campaigns = 15;
    m_sandbox = sandbox::startSandboxThread(options);
    QVERIFY(m_sandbox);
    m_tokens = std::make_unique<StaticTokenProvider>(options.accessToken);
    QVERIFY(m_dir.isValid());
}

QList<AdGroup> TestAdGroupBrowser::reference(const QString &accountId, const QStringList &statuses)
{
    ApiClient client(m_sandbox->baseUrl(), m_tokens.get());
    AdGroupListParams params;
    params.entityStatuses = statuses;
    AdGroupPager pager(&client, accountId, params, 1);
    QList<AdGroup> all;
    connect(&pager, &AdGroupPager::pageReceived, this, [&all](const AdGroupPage &page) { all += page.items; });
    pager.start();
    if (!QTest::qWaitFor([&pager] { return pager.isFinished(); }, 30000))
        qWarning("reference listing did not finish");
    return all;
}

void TestAdGroupBrowser::saveScreenshot(QWidget *widget, const QString &name)
{
    const QImage image = widget->grab().toImage();
    const QString dir = qEnvironmentVariable("PINSTRIPE_TEST_ARTIFACTS", QDir::tempPath());
    const QString path = QDir(dir).filePath(name);
    QVERIFY2(image.save(path), qPrintable(path));
}

void TestAdGroupBrowser::browseSortFilterDetailsExport()
{
    AppContext context(testing::contextOptions(m_dir.path()));
    MainWindow window(&context);
    window.resize(1400, 800);
    context.connectTo(m_sandbox->baseUrl(), m_tokens.get(), true);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    AdGroupBrowser *browser = window.browser();
    QComboBox *accounts = browser->accountSwitcher()->comboBox();
    QTRY_COMPARE_WITH_TIMEOUT(accounts->count(), 3, 20000);
    QVERIFY(accounts->itemText(0).contains(QStringLiteral("USD")));

    // Pick the EUR account.
    const int eurIndex = accounts->findText(QStringLiteral("EUR"), Qt::MatchContains);
    QVERIFY(eurIndex >= 0);
    const QString accountId = accounts->itemData(eurIndex).toString();
    QSignalSpy complete(browser->repository(), &AdGroupRepository::listingComplete);
    accounts->setCurrentIndex(eurIndex);
    QTRY_VERIFY_WITH_TIMEOUT(!complete.isEmpty() && complete.constLast().at(2).toDateTime().isValid()
                                 && browser->repository()->accountId() == accountId && !browser->repository()->isLoading(),
                             30000);

    // All its ACTIVE and PAUSED ad groups, as the API lists them.
    const QList<AdGroup> expected = reference(accountId, {QStringLiteral("ACTIVE"), QStringLiteral("PAUSED")});
    QVERIFY(expected.size() > 20);
    AdGroupTableModel *model = browser->model();
    AdGroupFilterProxy *proxy = browser->proxy();
    QCOMPARE(model->rowCount(), int(expected.size()));
    QCOMPARE(proxy->rowCount(), int(expected.size()));
    QVERIFY(browser->loadStatus()->asOfText().startsWith(QStringLiteral("As of")));
    // The navigator counts them per campaign; "All campaigns" holds the total.
    QTreeWidget *campaigns = browser->campaignNavigator()->tree();
    QVERIFY(campaigns->topLevelItemCount() > 1);
    QTRY_COMPARE(campaigns->topLevelItem(0)->text(CampaignNavigator::AdGroups), QLocale().toString(int(expected.size())));

    // Sort by budget, largest first, by clicking the header twice.
    AdGroupTableView *table = browser->tableView();
    QHeaderView *header = table->horizontalHeader();
    table->sortByColumn(AdGroupTableModel::Budget, Qt::DescendingOrder);
    qint64 previous = std::numeric_limits<qint64>::max();
    for (int row = 0; row < proxy->rowCount(); ++row) {
        const qint64 micros = proxy->index(row, AdGroupTableModel::Budget).data(AdGroupTableModel::SortRole).toLongLong();
        QVERIFY2(micros <= previous, qPrintable(QStringLiteral("row %1 out of order").arg(row)));
        previous = micros;
    }
    qint64 maxBudget = AdGroupRow::kNone;
    for (const AdGroup &g : expected)
        maxBudget = std::max(maxBudget, g.budgetInMicroCurrency.valueOr(AdGroupRow::kNone));
    QCOMPARE(proxy->index(0, AdGroupTableModel::Budget).data().toString(), Money(maxBudget, Currency::eur()).format());
    QCOMPARE(header->sortIndicatorSection(), int(AdGroupTableModel::Budget));

    // Filter by name: Ctrl+F, then type a word of the first ad group's name.
    window.activateWindow();
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QLineEdit *search = browser->filterBar()->searchField();
    QTRY_VERIFY(search->hasFocus());
    const QString word = expected.constFirst().name.value().section(QLatin1Char(' '), 0, 0);
    QTest::keyClicks(search, word);
    int matching = 0;
    for (const AdGroup &g : expected)
        matching += g.name.value().contains(word, Qt::CaseInsensitive) || g.id.value().contains(word) ? 1 : 0;
    QVERIFY(matching > 0);
    QCOMPARE(proxy->rowCount(), matching);

    // Open details of the top row with Enter.
    table->setFocus();
    table->setCurrentIndex(proxy->index(0, AdGroupTableModel::Name));
    const QString id = proxy->index(0, 0).data(AdGroupTableModel::IdRole).toString();
    QSignalSpy loaded(browser->detailsPanel(), &AdGroupDetailsPanel::loaded);
    QTest::keyClick(table, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty() && loaded.constLast().at(0).toString() == id, 20000);
    const AdGroup shown = *std::find_if(expected.cbegin(), expected.cend(), [&id](const AdGroup &g) { return g.id.value() == id; });
    const QString details = browser->detailsPanel()->plainText();
    QVERIFY2(details.contains(shown.name.value()), qPrintable(details));
    QVERIFY(details.contains(id));
    if (shown.budgetInMicroCurrency.hasValue())
        QVERIFY(details.contains(Money(shown.budgetInMicroCurrency.value(), Currency::eur()).format()));
    QVERIFY(details.contains(QStringLiteral("Targeting")));
    const TargetingSpec spec = shown.targetingSpec.valueOr(TargetingSpec());
    if (spec.location.hasValue() && !spec.location.value().isEmpty())
        QVERIFY2(details.contains(TargetingDescriber::locationName(spec.location.value().constFirst())), qPrintable(details));
    if (!TargetingDescriber::ageRange(spec).isEmpty())
        QVERIFY(details.contains(QStringLiteral("Ages ") + TargetingDescriber::ageRange(spec)));
    if (spec.interest.hasValue() && !spec.interest.value().isEmpty())
        QVERIFY2(!details.contains(spec.interest.value().constFirst() + QLatin1Char(',')), "interests are named, not ids");
    saveScreenshot(&window, QStringLiteral("adgroupbrowser.png"));

    // Archived ad groups are fetched only when asked for.
    search->clear();
    QCOMPARE(proxy->rowCount(), int(expected.size()));
    const QList<AdGroup> withArchived = reference(accountId, {QStringLiteral("ACTIVE"), QStringLiteral("PAUSED"), QStringLiteral("ARCHIVED")});
    const qsizetype completions = complete.size();
    browser->filterBar()->chip(QStringLiteral("ARCHIVED"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(complete.size() > completions && !browser->repository()->isLoading(), 30000);
    QVERIFY(browser->repository()->fetchedStatuses().contains(QStringLiteral("ARCHIVED")));
    QVERIFY(withArchived.size() > expected.size());
    QCOMPARE(model->rowCount(), int(withArchived.size()));
    QCOMPARE(proxy->rowCount(), int(withArchived.size()));

    // Export every visible row: a header plus one record per row, money twice.
    const QString csvPath = m_dir.filePath(QStringLiteral("export.csv"));
    QString error;
    QVERIFY2(browser->exportCsv(csvPath, false, &error), qPrintable(error));
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = csv.readAll().split('\n');
    QCOMPARE(lines.size(), proxy->rowCount() + 2); // the last CRLF leaves an empty piece
    QVERIFY(lines.constFirst().contains("Budget (micro-units)"));
    QVERIFY(lines.at(1).endsWith("EUR\r"));

    // Selected rows only.
    csv.close();
    table->selectRow(0);
    QVERIFY(browser->exportCsv(csvPath, true, &error));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QCOMPARE(csv.readAll().count('\n'), 2);
    window.close();
}

void TestAdGroupBrowser::restartShowsCacheBeforeNetwork()
{
    // The account chosen last time is remembered; its ad groups are in the cache from the test above.
    AppContext context(testing::contextOptions(m_dir.path()));
    const QString accountId = QSettings().value(QStringLiteral("browser/lastAccount")).toString();
    QVERIFY(!accountId.isEmpty());
    const int cached = context.cache()->adGroupCount(accountId);
    QVERIFY(cached > 0);

    sandbox::FaultOptions slow;
    slow.latencyMs = 2500;
    m_sandbox->server()->setFaults(slow);
    MainWindow window(&context);
    window.resize(1400, 800);
    context.connectTo(m_sandbox->baseUrl(), m_tokens.get(), true);
    window.show();
    AdGroupBrowser *browser = window.browser();
    QCOMPARE(browser->accountSwitcher()->currentAccount()->id.value(), accountId); // from the cache, at once
    QTRY_COMPARE_WITH_TIMEOUT(browser->model()->rowCount(), cached, 2000);
    QVERIFY(browser->repository()->isLoading()); // the network has not answered yet
    QVERIFY(browser->loadStatus()->asOfText().contains(QStringLiteral("cached")));
    QVERIFY(!browser->loadStatus()->progressBar()->isHidden());
    QVERIFY(browser->loadStatus()->loadedText().contains(QStringLiteral("loaded")));
    // The navigator counts the cached rows per campaign at once: those the status chips show
    // (the cache holds the archived ones of the test above, too, but their chip is off now).
    QVERIFY(browser->proxy()->rowCount() < cached);
    QCOMPARE(browser->campaignNavigator()->tree()->topLevelItem(0)->text(CampaignNavigator::AdGroups),
             QLocale().toString(browser->proxy()->rowCount()));
    saveScreenshot(&window, QStringLiteral("adgroupbrowser-cached.png"));
    QSignalSpy complete(browser->repository(), &AdGroupRepository::listingComplete);
    QTRY_COMPARE_WITH_TIMEOUT(complete.size(), 1, 60000);
    QVERIFY(!browser->loadStatus()->asOfText().contains(QStringLiteral("cached")));
    m_sandbox->server()->setFaults({});
    window.close();
}

void TestAdGroupBrowser::accountsFilterAsYouType()
{
    // An agency's switcher: type part of a name (any case) or of an id, and pick from the
    // accounts that contain it; text naming no account gives way to the open account.
    AppContext context(testing::contextOptions(m_dir.path()));
    MainWindow window(&context);
    window.resize(1400, 800);
    context.connectTo(m_sandbox->baseUrl(), m_tokens.get(), true);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    AdGroupBrowser *browser = window.browser();
    QComboBox *accounts = browser->accountSwitcher()->comboBox();
    QTRY_COMPARE_WITH_TIMEOUT(accounts->count(), 3, 20000);
    QVERIFY(accounts->isEditable());
    const int eurIndex = accounts->findText(QStringLiteral(" · EUR"), Qt::MatchContains);
    QVERIFY(eurIndex >= 0);
    const QString eurId = accounts->itemData(eurIndex).toString();
    if (accounts->currentIndex() == eurIndex) { // start from another account
        accounts->setCurrentIndex((eurIndex + 1) % accounts->count());
        QTRY_VERIFY(browser->repository()->accountId() != eurId);
    }

    // Part of the name, in other case: the popup lists just that account; Down, Enter opens it.
    QLineEdit *edit = accounts->lineEdit();
    edit->setFocus();
    edit->selectAll();
    const QString namePart = accounts->itemText(eurIndex).section(QStringLiteral(" · "), 0, 0).left(6).toUpper();
    QTest::keyClicks(edit, namePart);
    QAbstractItemView *popup = accounts->completer()->popup();
    QTRY_VERIFY(popup->isVisible());
    QCOMPARE(accounts->completer()->completionCount(), 1);
    QVERIFY(popup->model()->index(0, 0).data().toString().contains(QStringLiteral(" · EUR")));
    QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Return);
    QTRY_COMPARE(accounts->currentIndex(), eurIndex);
    QTRY_COMPARE(browser->repository()->accountId(), eurId);
    // Both lists are wide enough for every account's whole name.
    int widest = 0;
    for (int i = 0; i < accounts->count(); ++i)
        widest = std::max(widest, accounts->view()->fontMetrics().horizontalAdvance(accounts->itemText(i)));
    QVERIFY2(accounts->view()->minimumWidth() >= widest, qPrintable(QString::number(accounts->view()->minimumWidth())));
    QVERIFY(popup->minimumWidth() >= widest);

    // The end of an id finds its account, too.
    const int usdIndex = accounts->findText(QStringLiteral(" · USD"), Qt::MatchContains);
    edit->selectAll();
    QTest::keyClicks(edit, accounts->itemData(usdIndex).toString().right(6));
    QTRY_VERIFY(popup->isVisible());
    QCOMPARE(accounts->completer()->completionCount(), 1);
    QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Return);
    QTRY_COMPARE(browser->repository()->accountId(), accounts->itemData(usdIndex).toString());

    // Text that names no account: the open account's name comes back when the box is left.
    edit->selectAll();
    QTest::keyClicks(edit, QStringLiteral("no such account"));
    QTRY_VERIFY(!popup->isVisible() || accounts->completer()->completionCount() == 0);
    QTest::keyClick(edit, Qt::Key_Escape);
    browser->tableView()->setFocus();
    QTRY_COMPARE(accounts->currentText(), accounts->itemText(usdIndex));
    QCOMPARE(browser->repository()->accountId(), accounts->itemData(usdIndex).toString());
    window.close();
}

QTEST_MAIN(TestAdGroupBrowser)
#include "tst_adgroupbrowser.moc"
