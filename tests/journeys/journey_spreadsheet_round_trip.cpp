// J10: the spreadsheet round trip. File › Export for Editing writes the account's ad groups as
// a sheet; a script (as a marketer's macro would) changes three budgets and one status in the
// file; File › Import Changes… previews exactly those four changes; they are imported, posted
// with the dock, and the sandbox has them.
#include "journeysupport.h"

#include "core/app/appcontext.h"
#include "core/changes/changeset.h"
#include "core/model/money.h"
#include "core/store/csvwriter.h"
#include "core/store/sheetreader.h"
#include "ui/mainwindow.h"
#include "ui/workspace/workspacecontroller.h"

#include <QFile>
#include <QLabel>
#include <QTableView>
#include <QTemporaryDir>

using namespace pinstripe;
using namespace pinstripe::journeys;

class JourneySpreadsheetRoundTrip : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void exportEditImportPost();
};

void JourneySpreadsheetRoundTrip::initTestCase()
{
    prepareJourney(QStringLiteral("journey_spreadsheet_round_trip"));
}

/** The index of the column whose header starts with @p name ("Budget (USD)" for "Budget"), or -1. */
static qsizetype columnOf(const QStringList &header, const QString &name)
{
    for (qsizetype i = 0; i < header.size(); ++i) {
        if (header.at(i) == name || header.at(i).startsWith(name + QStringLiteral(" (")))
            return i;
    }
    return -1;
}

void JourneySpreadsheetRoundTrip::exportEditImportPost()
{
    QTemporaryDir data;
    QTemporaryDir folder;
    QVERIFY(data.isValid() && folder.isValid());
    std::unique_ptr<Application> app = start({QStringLiteral("--demo")}, data.path());
    QVERIFY(app);
    QVERIFY(showAndLoad(*app));
    MainWindow *window = app->window();
    const Currency currency = app->workspace()->account()->currency.valueOr(Currency());

    // File › Export for Editing…, saved as j10-sheet(.csv).
    const QString path = folder.filePath(QStringLiteral("j10-sheet.csv"));
    {
        Answers answers({saveAsInFileDialog(folder.filePath(QStringLiteral("j10-sheet")))});
        QVERIFY(chooseMenuItem(window, QStringLiteral("File"), QStringLiteral("Export for Editing…")));
        QTRY_VERIFY(answers.allGiven());
    }
    QTRY_VERIFY(QFile::exists(path));

    // The script: +1.00 on the first three daily budgets, and the next active ad group paused.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const SheetReader::Result read = SheetReader::read(file.readAll());
    file.close();
    QVERIFY2(read.ok(), qPrintable(read.error));
    Sheet sheet = read.sheet;
    const qsizetype idColumn = columnOf(sheet.header, QStringLiteral("Ad group ID"));
    const qsizetype budgetColumn = columnOf(sheet.header, QStringLiteral("Budget"));
    const qsizetype typeColumn = columnOf(sheet.header, QStringLiteral("Budget type"));
    const qsizetype statusColumn = columnOf(sheet.header, QStringLiteral("Status"));
    QVERIFY2(idColumn >= 0 && budgetColumn >= 0 && typeColumn >= 0 && statusColumn >= 0, qPrintable(sheet.header.join(u'|')));
    QHash<QString, qint64> raised; // id → the budget the script wrote, in micros
    QString paused;
    for (QStringList &row : sheet.rows) {
        const QString id = row.value(idColumn);
        const bool daily = row.value(typeColumn) == QLatin1String("Daily");
        const std::optional<Money> budget = Money::fromDecimalString(row.value(budgetColumn), currency);
        // $10 or more: +$1.00 is then no rise the check before posting warns about (over half).
        if (raised.size() < 3 && daily && budget && budget->micros() >= 10 * Money::kMicrosPerUnit) {
            const Money more(budget->micros() + Money::kMicrosPerUnit, currency);
            row[budgetColumn] = more.toDecimalString();
            raised.insert(id, more.micros());
        } else if (paused.isEmpty() && raised.size() == 3 && row.value(statusColumn) == QLatin1String("Active")) {
            row[statusColumn] = QStringLiteral("Paused");
            paused = id;
        }
    }
    QCOMPARE(raised.size(), 3);
    QVERIFY(!paused.isEmpty());
    CsvWriter csv(CsvWriter::ByteOrderMark::With);
    csv.setDelimiter(sheet.delimiter);
    csv.writeHeader(sheet.header);
    for (const QStringList &row : std::as_const(sheet.rows))
        csv.writeRecord(row);
    QString error;
    QVERIFY2(csv.save(path, &error), qPrintable(error));

    // File › Import Changes…: the preview has the four changes and nothing else.
    {
        Answers answers({openInFileDialog(path)});
        QVERIFY(chooseMenuItem(window, QStringLiteral("File"), QStringLiteral("Import Changes…")));
        QTRY_VERIFY(answers.allGiven());
    }
    QDialog *preview = nullptr;
    QTRY_VERIFY((preview = qobject_cast<QDialog *>(QApplication::activeModalWidget())) != nullptr
                || (preview = openWindow<QDialog>()) != nullptr);
    QTRY_VERIFY(preview->isVisible());
    QString summary;
    for (QLabel *label : preview->findChildren<QLabel *>()) {
        if (label->isVisible())
            summary += label->text() + u'\n';
    }
    QVERIFY2(summary.contains(QLatin1String("4 ad groups to update")), qPrintable(summary));
    QVERIFY2(summary.contains(QLatin1String("0 new ad groups")), qPrintable(summary));
    QVERIFY2(summary.contains(QLatin1String("0 rows with errors")), qPrintable(summary));
    screenshot(preview, QStringLiteral("j10-import-preview"));
    QAbstractButton *import = button(QStringLiteral("Import 4 rows"), preview);
    QVERIFY(import);
    QTest::mouseClick(import, Qt::LeftButton);
    QTRY_VERIFY(!preview->isVisible());

    // Four pending changes, posted with the dock.
    auto *pending = byAccessibleName<QTableView>(QStringLiteral("Pending changes"));
    QVERIFY(pending);
    QTRY_COMPARE(pending->model()->rowCount(), 4);
    QCOMPARE(app->context()->changeSet()->count(), 4);
    const QString result = postWithTheDock(window, 4);
    QVERIFY2(result.contains(QLatin1String("4 applied")), qPrintable(result));
    QTRY_COMPARE(pending->model()->rowCount(), 0);

    // The sandbox has them.
    const QString account = app->workspace()->account()->id.value();
    for (auto it = raised.cbegin(); it != raised.cend(); ++it) {
        const std::optional<AdGroup> now = serverAdGroup(app->context()->apiBaseUrl(), account, it.key());
        QVERIFY(now);
        QCOMPARE(now->budgetInMicroCurrency.valueOr(0), it.value());
    }
    const std::optional<AdGroup> now = serverAdGroup(app->context()->apiBaseUrl(), account, paused);
    QVERIFY(now);
    QCOMPARE(now->status.valueOr({}), QStringLiteral("PAUSED"));
    screenshot(window, QStringLiteral("j10-posted"));
}

QTEST_MAIN(JourneySpreadsheetRoundTrip)
#include "journey_spreadsheet_round_trip.moc"
