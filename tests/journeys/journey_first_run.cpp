// J1: the first start with --demo. The person chooses the euro account from the Account menu,
// types a word from an ad group's name into the filter, sorts by budget with a click on the
// header, opens the details with Enter and reads the targeting in words; the status bar says
// this is the demo sandbox.
#include "journeysupport.h"

#include "core/app/appcontext.h"
#include "core/store/adgrouprepository.h"
#include "ui/adgroups/accountswitcher.h"
#include "ui/adgroups/adgroupbrowser.h"
#include "ui/adgroups/adgroupdetailspanel.h"
#include "ui/adgroups/adgroupfilterproxy.h"
#include "ui/adgroups/adgrouptablemodel.h"
#include "ui/adgroups/adgrouptableview.h"
#include "ui/mainwindow.h"
#include "ui/workspace/workspacecontroller.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTextBrowser>

using namespace pinstripe;
using namespace pinstripe::journeys;

class JourneyFirstRun : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void chooseFilterSortAndRead();
};

void JourneyFirstRun::initTestCase()
{
    prepareJourney(QStringLiteral("journey_first_run"));
}

void JourneyFirstRun::chooseFilterSortAndRead()
{
    QTemporaryDir data;
    QVERIFY(data.isValid());
    std::unique_ptr<Application> app = start({QStringLiteral("--demo")}, data.path());
    QVERIFY(app);
    MainWindow *window = app->window();
    window->resize(1440, 900);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    window->activateWindow();

    // The status bar says where the data comes from: the demo sandbox.
    auto *where = window->statusBar()->findChild<QLabel *>(QStringLiteral("connectionLabel"));
    QVERIFY(where);
    QVERIFY2(where->text().startsWith(QLatin1String("Demo sandbox (http://127.0.0.1:")), qPrintable(where->text()));

    // Account › Choose Ad Account… opens the account list; the person clicks the euro account.
    auto *accounts = byAccessibleName<QComboBox>(QStringLiteral("Ad account"));
    QVERIFY(accounts);
    QTRY_VERIFY_WITH_TIMEOUT(accounts->count() >= 2, 20000);
    QVERIFY(chooseMenuItem(window, QStringLiteral("Account"), QStringLiteral("Choose Ad Account…")));
    QTRY_VERIFY(accounts->view()->isVisible());
    int euro = -1;
    for (int i = 0; i < accounts->count(); ++i) {
        if (accounts->itemText(i).contains(QStringLiteral(" · EUR · ")))
            euro = i;
    }
    QStringList items;
    for (int i = 0; i < accounts->count(); ++i)
        items << accounts->itemText(i);
    QVERIFY2(euro >= 0, qPrintable(items.join(QLatin1String(" | "))));
    const QModelIndex euroItem = accounts->view()->model()->index(euro, accounts->modelColumn());
    accounts->view()->scrollTo(euroItem);
    const QPoint at = accounts->view()->visualRect(euroItem).center();
    QTest::mouseMove(accounts->view()->viewport(), at);
    QTest::mouseClick(accounts->view()->viewport(), Qt::LeftButton, {}, at);
    QTRY_VERIFY(!accounts->view()->isVisible());
    QVERIFY2(accounts->currentText().startsWith(QStringLiteral("Maison Lumière Paris")), qPrintable(accounts->currentText()));
    QTRY_VERIFY_WITH_TIMEOUT(window->windowTitle().startsWith(QStringLiteral("Maison Lumière Paris")), 20000);

    // The euro account's ad groups, in euros.
    AdGroupBrowser *browser = window->browser();
    QSortFilterProxyModel *rows = browser->proxy();
    QTRY_VERIFY_WITH_TIMEOUT(!browser->repository()->isLoading() && rows->rowCount() > 5, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(app->workspace()->account()
                                 && app->workspace()->account()->currency.valueOr(Currency()).code() == QLatin1String("EUR"),
                             20000);
    bool anyEuro = false;
    for (int row = 0; row < rows->rowCount(); ++row)
        anyEuro = anyEuro || rows->index(row, AdGroupTableModel::Budget).data().toString().contains(QChar(0x20AC));
    QVERIFY2(anyEuro, "no budget shown in euros");

    // The person types the first word of the first ad group's name into the filter.
    const int before = rows->rowCount();
    const QString firstName = rows->index(0, AdGroupTableModel::Name).data().toString();
    const QString word = firstName.section(QLatin1Char(' '), 0, 0);
    QVERIFY(!word.isEmpty());
    QLineEdit *filter = byAccessibleName<QLineEdit>(QStringLiteral("Filter ad groups by name or id"));
    QVERIFY(filter);
    QTest::mouseClick(filter, Qt::LeftButton);
    QTest::keyClicks(filter, word);
    QTRY_VERIFY(rows->rowCount() > 0 && rows->rowCount() < before);
    for (int row = 0; row < rows->rowCount(); ++row) {
        const QString name = rows->index(row, AdGroupTableModel::Name).data().toString();
        const QString id = rows->index(row, AdGroupTableModel::Id).data().toString();
        QVERIFY2(name.contains(word, Qt::CaseInsensitive) || id.contains(word), qPrintable(name));
    }

    // A click on the Budget header sorts by budget, in the direction the header's arrow shows.
    AdGroupTableView *table = browser->tableView();
    QVERIFY(clickHeader(table, table->horizontalHeader(), QStringLiteral("Budget")));
    QTRY_COMPARE(table->horizontalHeader()->sortIndicatorSection(), int(AdGroupTableModel::Budget));
    const Qt::SortOrder order = table->horizontalHeader()->sortIndicatorOrder();
    qint64 previous = order == Qt::AscendingOrder ? std::numeric_limits<qint64>::min() : std::numeric_limits<qint64>::max();
    int withBudget = 0;
    for (int row = 0; row < rows->rowCount(); ++row) {
        if (rows->index(row, AdGroupTableModel::Budget).data().toString().isEmpty())
            continue;
        const qint64 budget = rows->index(row, AdGroupTableModel::Budget).data(AdGroupTableModel::SortRole).toLongLong();
        QVERIFY2(order == Qt::AscendingOrder ? budget >= previous : budget <= previous,
                 qPrintable(rows->index(row, AdGroupTableModel::Budget).data().toString()));
        previous = budget;
        ++withBudget;
    }
    QVERIFY(withBudget > 0);

    // The first row, Enter: its details, with the targeting in sentences.
    const QModelIndex first = rows->index(0, AdGroupTableModel::Status);
    clickCell(table, first);
    const QString id = first.data(AdGroupTableModel::IdRole).toString();
    QTest::keyClick(table, Qt::Key_Return);
    auto *details = byAccessibleName<QTextBrowser>(QStringLiteral("Ad group details"));
    QTRY_VERIFY(details && details->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(details->toPlainText().contains(QLatin1String("Targeting")), 20000);
    const QString text = details->toPlainText();
    QVERIFY2(text.contains(id), qPrintable(text));
    // A sentence such as "Locations: France." or "Regions: Île-de-France, France." — a country's
    // name, not its code.
    QVERIFY2(text.contains(QRegularExpression(QStringLiteral("(Locations: |Regions: .*, )[A-Z][a-z]+"))), qPrintable(text));

    // And the status bar still says whose demo session this is, and that nothing is stored.
    QString session;
    for (QLabel *label : window->statusBar()->findChildren<QLabel *>()) {
        if (label->isVisible() && label->text().contains(QLatin1String("demo session")))
            session = label->text();
    }
    QVERIFY2(session.contains(QLatin1String("nothing stored")), qPrintable(session));

    screenshot(window, QStringLiteral("j1-first-run"));
}

QTEST_MAIN(JourneyFirstRun)
#include "journey_first_run.moc"
