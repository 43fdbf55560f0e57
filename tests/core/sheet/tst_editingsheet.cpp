// Export for Editing: the sheet holds exactly what Import reads back (an unchanged file changes
// nothing, three edited cells are three changes), CSV separated as the locale's spreadsheets
// expect, and an Excel workbook with typed cells.
#include "core/sheet/editingsheet.h"
#include "core/sheet/sheetimportplan.h"
#include "core/sheet/xlsxsheetwriter.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace pinstripe;

namespace {

const QString kAccount = QStringLiteral("549755885175");
const QString kSpring = QStringLiteral("626736533506");
const QString kBudget = QStringLiteral("budget_in_micro_currency");
// 19 digits: more than a double holds, as Pinterest's newer ids have.
const QString kLongId = QStringLiteral("6854336968420745211");
using Kind = SheetImportRow::Kind;

} // namespace

class TestEditingSheet : public QObject
{
    Q_OBJECT

private:
    QHash<QString, AdGroup> m_adGroups;
    QHash<QString, Campaign> m_campaigns;

    static AdGroup adGroup(const QString &id, const QString &name)
    {
        AdGroup g;
        g.id = id;
        g.adAccountId = kAccount;
        g.campaignId = kSpring;
        g.name = name;
        g.status = QStringLiteral("ACTIVE");
        g.budgetType = QStringLiteral("DAILY");
        g.budgetInMicroCurrency = 10'000'000;
        g.bidInMicroCurrency = 1'250'000;
        g.bidStrategyType = QStringLiteral("MAX_BID");
        g.billableEvent = QStringLiteral("IMPRESSION");
        g.startTime = 1'780'000'000;
        g.endTime = 1'790'000'020;
        g.pacingDeliveryType = QStringLiteral("STANDARD");
        g.placementGroup = QStringLiteral("ALL");
        g.updatedTime = 1'770'000'000;
        return g;
    }

    static SheetValueContext context(const QString &locale)
    {
        SheetValueContext c;
        c.currency = Currency::usd();
        c.locale = QLocale(locale);
        c.timeZone = QTimeZone("America/New_York");
        return c;
    }

    QList<AdGroup> ordered() const
    {
        QList<AdGroup> list = m_adGroups.values();
        std::sort(list.begin(), list.end(), [](const AdGroup &a, const AdGroup &b) { return a.id.value() < b.id.value(); });
        return list;
    }

    SheetImportPlan importSheet(const Sheet &sheet, const SheetValueContext &c, const QList<PendingChange> &pending = {}) const
    {
        SheetImportSource source;
        source.sheet = sheet;
        source.adAccountId = kAccount;
        source.adGroups = &m_adGroups;
        source.campaigns = &m_campaigns;
        source.pending = pending;
        source.context = c;
        return SheetImportPlan::build(source);
    }

    static Sheet read(const QByteArray &bytes)
    {
        const SheetReader::Result result = SheetReader::read(bytes);
        [&] { QVERIFY2(result.ok(), qPrintable(result.error)); }();
        return result.sheet;
    }

    static QByteArray unzipped(const QString &path, const QString &member)
    {
        QProcess unzip;
        unzip.start(QStandardPaths::findExecutable(QStringLiteral("unzip")), {QStringLiteral("-p"), path, member});
        unzip.waitForFinished(30000);
        return unzip.readAllStandardOutput();
    }

private Q_SLOTS:
    void init()
    {
        m_adGroups.clear();
        m_adGroups.insert(QStringLiteral("1001"), adGroup(QStringLiteral("1001"), QStringLiteral("Boots; \"winter\", tall")));
        AdGroup bare = adGroup(QStringLiteral("1002"), QStringLiteral("Été – Ünïcode"));
        bare.endTime.setNull();
        bare.bidInMicroCurrency.setNull();
        bare.bidStrategyType = QStringLiteral("AUTOMATIC_BID");
        bare.pacingDeliveryType.setNull();
        m_adGroups.insert(QStringLiteral("1002"), bare);
        AdGroup capped = adGroup(kLongId, QStringLiteral("Two\nlines"));
        capped.lifetimeFrequencyCap = 3;
        capped.autoTargetingEnabled = false;
        capped.budgetInMicroCurrency = 1'234'560'000;
        m_adGroups.insert(kLongId, capped);
        m_campaigns.clear();
        Campaign spring;
        spring.id = kSpring;
        spring.name = QStringLiteral("Spring sale");
        m_campaigns.insert(kSpring, spring);
    }

    void columnsAreWhatImportReads()
    {
        const EditingSheet sheet(ordered(), m_campaigns, {}, context(QStringLiteral("en_US")));
        QCOMPARE(sheet.fields(), SheetFields::all());
        const QStringList header = sheet.header();
        QCOMPARE(header.size(), SheetFields::all().size());
        QVERIFY(header.contains(QStringLiteral("Budget (USD)")));
        QVERIFY(header.contains(QStringLiteral("Start (America/New_York)")));
        for (const QString &title : header) {
            QString suffix;
            QVERIFY2(SheetFields::fromHeader(title, &suffix), qPrintable(title));
        }
        const QList<QStringList> rows = sheet.rows();
        QCOMPARE(rows.size(), 3);
        const qsizetype id = SheetFields::all().indexOf(SheetField::Id);
        QCOMPARE(rows.at(2).at(id), kLongId); // ids as text, every digit
        QCOMPARE(rows.at(2).at(SheetFields::all().indexOf(SheetField::Budget)), QStringLiteral("1234.56"));
        QCOMPARE(rows.at(0).at(SheetFields::all().indexOf(SheetField::Campaign)), QStringLiteral("Spring sale"));
    }

    void exportThenImportUnchangedChangesNothing_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::newRow("en_US") << QStringLiteral("en_US");
        QTest::newRow("de_DE") << QStringLiteral("de_DE");
    }

    void exportThenImportUnchangedChangesNothing()
    {
        QFETCH(QString, locale);
        const SheetValueContext c = context(locale);
        const EditingSheet sheet(ordered(), m_campaigns, {}, c);
        const SheetImportPlan plan = importSheet(read(sheet.csv()), c);
        QVERIFY2(plan.warnings().isEmpty(), qPrintable(plan.warnings().join(QLatin1Char('\n'))));
        QCOMPARE(plan.rows().size(), 3);
        for (const SheetImportRow &row : plan.rows())
            QVERIFY2(row.kind == Kind::Unchanged, qPrintable(row.adGroupId + QStringLiteral(": ") + row.errors.join(QStringLiteral("; "))));
        QVERIFY(plan.changes().isEmpty());
    }

    void aTimeInTheRepeatedHourRoundTrips()
    {
        // 2026-11-01 01:30 happens twice in New York; the second one (EST) is what the ad group has.
        const qint64 second = QDateTime(QDate(2026, 11, 1), QTime(6, 30), QTimeZone::utc()).toSecsSinceEpoch();
        QCOMPARE(QDateTime::fromSecsSinceEpoch(second, QTimeZone("America/New_York")).time(), QTime(1, 30));
        m_adGroups[QStringLiteral("1001")].startTime = second;
        const SheetValueContext c = context(QStringLiteral("en_US"));
        const EditingSheet sheet(ordered(), m_campaigns, {}, c);
        QCOMPARE(sheet.text(0, SheetField::Start), QStringLiteral("2026-11-01 01:30"));
        const SheetImportPlan plan = importSheet(read(sheet.csv()), c);
        QCOMPARE(plan.rows().first().kind, Kind::Unchanged);
        QVERIFY(plan.changes().isEmpty());
    }

    void threeEditedCellsAreThreeChanges()
    {
        const SheetValueContext c = context(QStringLiteral("de_DE"));
        const EditingSheet exported(ordered(), m_campaigns, {}, c);
        Sheet sheet = read(exported.csv());
        const QList<SheetField> fields = SheetFields::all();
        sheet.rows[0][fields.indexOf(SheetField::Budget)] = QStringLiteral("15,75");
        sheet.rows[1][fields.indexOf(SheetField::Status)] = QStringLiteral("Paused");
        sheet.rows[2][fields.indexOf(SheetField::Name)] = QStringLiteral("One line");
        const SheetImportPlan plan = importSheet(sheet, c);
        const QList<PendingChange> changes = plan.changes();
        QCOMPARE(changes.size(), 3);
        QCOMPARE(changes.at(0).adGroupId, QStringLiteral("1001"));
        QCOMPARE(changes.at(0).field, kBudget);
        QCOMPARE(changes.at(0).after, QJsonValue(qint64(15'750'000)));
        QCOMPARE(changes.at(1).adGroupId, QStringLiteral("1002"));
        QCOMPARE(changes.at(1).after, QJsonValue(QStringLiteral("PAUSED")));
        QCOMPARE(changes.at(2).adGroupId, kLongId);
        QCOMPARE(changes.at(2).after, QJsonValue(QStringLiteral("One line")));
    }

    void pendingUpdatesAreWhatTheSheetShows()
    {
        const AdGroup &g = m_adGroups[QStringLiteral("1001")];
        const QList<PendingChange> pending{PendingChange::update(kAccount, QStringLiteral("1001"), g.name.value(), kBudget,
                                                                 QJsonValue(qint64(10'000'000)), QJsonValue(qint64(22'000'000)),
                                                                 g.updatedTime.value())};
        const SheetValueContext c = context(QStringLiteral("en_US"));
        const EditingSheet sheet(ordered(), m_campaigns, pending, c);
        QCOMPARE(sheet.text(0, SheetField::Budget), QStringLiteral("22.00"));
        // Imported back with the same pending change, the sheet changes nothing.
        QVERIFY(importSheet(read(sheet.csv()), c, pending).changes().isEmpty());
    }

    void csvIsSeparatedAsTheLocaleExpects()
    {
        QCOMPARE(EditingSheet::csvDelimiter(QLocale(QStringLiteral("de_DE"))), QLatin1Char(';'));
        QCOMPARE(EditingSheet::csvDelimiter(QLocale(QStringLiteral("fr_FR"))), QLatin1Char(';'));
        QCOMPARE(EditingSheet::csvDelimiter(QLocale(QStringLiteral("en_US"))), QLatin1Char(','));
        const QByteArray german = EditingSheet(ordered(), m_campaigns, {}, context(QStringLiteral("de_DE"))).csv();
        QVERIFY(german.startsWith("\xEF\xBB\xBF"));
        QVERIFY(german.contains(";10,00;"));
        QCOMPARE(read(german).delimiter, QLatin1Char(';'));
        const QByteArray english = EditingSheet(ordered(), m_campaigns, {}, context(QStringLiteral("en_US"))).csv();
        QVERIFY(english.startsWith("\xEF\xBB\xBF"));
        QVERIFY(english.contains(",10.00,"));
        QVERIFY(english.contains(",\"Boots; \"\"winter\"\", tall\","));
        QVERIFY(german.contains(";\"Boots; \"\"winter\"\", tall\";"));
        QCOMPARE(read(english).delimiter, QLatin1Char(','));
    }

    void xlsxHasTypedCells()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ad groups.xlsx"));
        const EditingSheet sheet(ordered(), m_campaigns, {}, context(QStringLiteral("en_US")));
        QString error;
        QVERIFY2(XlsxSheetWriter::write(sheet, path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("PK\x03\x04")); // a zip archive
        for (const char *part : {"[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml", "xl/styles.xml", "xl/sharedStrings.xml"})
            QVERIFY2(bytes.contains(part), part);
        // No temporary file left beside it.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("ad groups.xlsx")});

        // The parts themselves (unzip is a test dependency: packaging/debian/test-depends.txt).
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty(), "unzip is needed");
        const QString xml = QString::fromUtf8(unzipped(path, QStringLiteral("xl/worksheets/sheet1.xml")));
        const QString strings = QString::fromUtf8(unzipped(path, QStringLiteral("xl/sharedStrings.xml")));
        const QString styles = QString::fromUtf8(unzipped(path, QStringLiteral("xl/styles.xml")));
        QVERIFY(!xml.isEmpty() && !strings.isEmpty() && !styles.isEmpty());
        // Frozen header row, widths set.
        QVERIFY2(xml.contains(QStringLiteral("ySplit=\"1\"")) && xml.contains(QStringLiteral("state=\"frozen\"")), qPrintable(xml.left(600)));
        QVERIFY(xml.contains(QStringLiteral("customWidth=\"1\"")));
        // Ids are text (shared strings, every digit), not numbers.
        QVERIFY(strings.contains(QStringLiteral("<t>") + kLongId + QStringLiteral("</t>")));
        QVERIFY(!xml.contains(QStringLiteral("<v>") + kLongId));
        QVERIFY(QRegularExpression(QStringLiteral("<c r=\"A2\"[^>]*t=\"s\"")).match(xml).hasMatch());
        // Money: a number in a currency format (row 4 holds the long id's 1234.56).
        QVERIFY2(styles.contains(QStringLiteral("formatCode=\"#,##0.00 [$USD]\"")), qPrintable(styles));
        const QRegularExpressionMatch budget = QRegularExpression(QStringLiteral("<c r=\"G4\"[^>]*><v>([^<]+)</v>")).match(xml);
        QVERIFY2(budget.hasMatch(), qPrintable(xml));
        QCOMPARE(budget.captured(1), QStringLiteral("1234.56"));
        // Times: Excel date-times in the zone the header names.
        QVERIFY(styles.contains(QStringLiteral("formatCode=\"yyyy-mm-dd hh:mm\"")));
        const QRegularExpressionMatch start = QRegularExpression(QStringLiteral("<c r=\"L2\"[^>]*><v>([^<]+)</v>")).match(xml);
        QVERIFY(start.hasMatch());
        const QDateTime local = QDateTime::fromSecsSinceEpoch(1'780'000'000, QTimeZone("America/New_York"));
        const double serial = QDate(1899, 12, 30).daysTo(local.date()) + local.time().msecsSinceStartOfDay() / 86'400'000.0;
        QVERIFY2(qAbs(start.captured(1).toDouble() - serial) < 1e-6, qPrintable(start.captured(1)));
        QVERIFY(strings.contains(QStringLiteral("Start (America/New_York)")));
    }

    void xlsxMoneyFormatFollowsTheCurrency()
    {
        QCOMPARE(XlsxSheetWriter::moneyFormat(QStringLiteral("USD"), 2), QStringLiteral("#,##0.00 [$USD]"));
        QCOMPARE(XlsxSheetWriter::moneyFormat(QStringLiteral("JPY"), 0), QStringLiteral("#,##0 [$JPY]"));
    }
};

QTEST_GUILESS_MAIN(TestEditingSheet)
#include "tst_editingsheet.moc"
