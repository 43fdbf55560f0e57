// Planning the import of bulk sheets: each row an update, create, unchanged or error with its
// reasons in words, and the sheets LibreOffice saves (tests/core/sheet/data) into exactly the
// expected pending changes.
#include "core/sheet/sheetimportplan.h"

#include <QTest>

using namespace pinstripe;

namespace {

const QString kAccount = QStringLiteral("549755885175");
const QString kSpring = QStringLiteral("626736533506");
const QString kAutumn = QStringLiteral("626736533507");
const QString kBudget = QStringLiteral("budget_in_micro_currency");
using Kind = SheetImportRow::Kind;

} // namespace

class TestSheetImportPlan : public QObject
{
    Q_OBJECT

private:
    QHash<QString, AdGroup> m_adGroups;
    QHash<QString, Campaign> m_campaigns;
    QList<PendingChange> m_pending;

    static AdGroup adGroup(const QString &id)
    {
        AdGroup g;
        g.id = id;
        g.adAccountId = kAccount;
        g.campaignId = kSpring;
        g.name = QString(QStringLiteral("AG ") + id);
        g.status = QStringLiteral("ACTIVE");
        g.budgetType = QStringLiteral("DAILY");
        g.budgetInMicroCurrency = 10'000'000;
        g.bidInMicroCurrency = 1'000'000;
        g.bidStrategyType = QStringLiteral("MAX_BID");
        g.billableEvent = QStringLiteral("IMPRESSION");
        g.startTime = 1'780'000'000;
        g.endTime = 1'790'000'000;
        g.updatedTime = 1'770'000'000;
        return g;
    }

    static Campaign campaign(const QString &id, const QString &name)
    {
        Campaign c;
        c.id = id;
        c.adAccountId = kAccount;
        c.name = name;
        c.status = QStringLiteral("ACTIVE");
        return c;
    }

    SheetImportPlan plan(const QByteArray &bytes) const
    {
        const SheetReader::Result read = SheetReader::read(bytes);
        [&] { QVERIFY2(read.ok(), qPrintable(read.error)); }();
        return planSheet(read.sheet);
    }

    SheetImportPlan planSheet(const Sheet &sheet) const
    {
        SheetImportSource source;
        source.sheet = sheet;
        source.adAccountId = kAccount;
        source.adGroups = &m_adGroups;
        source.campaigns = &m_campaigns;
        source.pending = m_pending;
        source.context.currency = Currency::usd();
        source.context.locale = QLocale(QStringLiteral("en_US"));
        source.context.timeZone = QTimeZone("America/New_York");
        return SheetImportPlan::build(source);
    }

    SheetImportPlan planFixture(const QString &name) const
    {
        const QString path = QFINDTESTDATA(QStringLiteral("data/") + name);
        const SheetReader::Result read = SheetReader::readFile(path);
        [&] { QVERIFY2(read.ok(), qPrintable(name + QStringLiteral(": ") + read.error)); }();
        return planSheet(read.sheet);
    }

    static QString errorsOf(const SheetImportRow &row) { return row.errors.join(QStringLiteral(" | ")); }

private Q_SLOTS:
    void init()
    {
        m_adGroups.clear();
        for (const QString &id : {QStringLiteral("1001"), QStringLiteral("1002"), QStringLiteral("1003")})
            m_adGroups.insert(id, adGroup(id));
        m_campaigns.clear();
        m_campaigns.insert(kSpring, campaign(kSpring, QStringLiteral("Spring sale")));
        m_campaigns.insert(kAutumn, campaign(kAutumn, QStringLiteral("Autumn")));
        m_campaigns.insert(QStringLiteral("626736533508"), campaign(QStringLiteral("626736533508"), QStringLiteral("Twins")));
        m_campaigns.insert(QStringLiteral("626736533509"), campaign(QStringLiteral("626736533509"), QStringLiteral("Twins")));
        m_pending.clear();
    }

    void rowsAreUpdatesCreatesAndUnchanged()
    {
        const SheetImportPlan p = plan("Ad group ID,Campaign,Name,Status,Budget (USD)\r\n"
                                       "1001,Spring sale,AG 1001,Paused,12.50\r\n"
                                       "1002,Spring sale,AG 1002,Active,10.00\r\n"
                                       ",Autumn,Fresh,Paused,30\r\n");
        QVERIFY(p.warnings().isEmpty());
        QCOMPARE(p.rows().size(), 3);
        const SheetImportRow &update = p.rows().at(0);
        QCOMPARE(update.kind, Kind::Update);
        QCOMPARE(update.line, 2);
        QCOMPARE(update.adGroupId, QStringLiteral("1001"));
        QCOMPARE(update.cells.size(), 2);
        QCOMPARE(update.cells.at(0).field, SheetField::Status);
        QCOMPARE(p.text(SheetField::Status, update.cells.at(0).before), QStringLiteral("Active"));
        QCOMPARE(p.text(SheetField::Status, update.cells.at(0).after), QStringLiteral("Paused"));
        QCOMPARE(update.cells.at(1).field, SheetField::Budget);
        QCOMPARE(p.text(SheetField::Budget, update.cells.at(1).before), QStringLiteral("$10.00"));
        QCOMPARE(p.text(SheetField::Budget, update.cells.at(1).after), QStringLiteral("$12.50"));
        QCOMPARE(update.changes.size(), 2);
        QCOMPARE(update.changes.at(1).field, kBudget);
        QCOMPARE(update.changes.at(1).after, QJsonValue(qint64(12'500'000)));

        QCOMPARE(p.rows().at(1).kind, Kind::Unchanged);
        QVERIFY(p.rows().at(1).changes.isEmpty());

        const SheetImportRow &create = p.rows().at(2);
        QCOMPARE(create.kind, Kind::Create);
        QCOMPARE(create.adGroupName, QStringLiteral("Fresh"));
        QCOMPARE(create.changes.size(), 1);
        const PendingChange &change = create.changes.first();
        QCOMPARE(change.kind, PendingChange::Kind::Create);
        QCOMPARE(change.adAccountId, kAccount);
        QCOMPARE(change.createBody.value(QLatin1String("campaign_id")).toString(), kAutumn);
        QCOMPARE(change.createBody.value(QLatin1String("name")).toString(), QStringLiteral("Fresh"));
        QCOMPARE(change.createBody.value(QLatin1String("status")).toString(), QStringLiteral("PAUSED"));
        QCOMPARE(change.createBody.value(kBudget).toInteger(), qint64(30'000'000));
        // What the row leaves out has the editor's defaults for a new ad group.
        QCOMPARE(change.createBody.value(QLatin1String("billable_event")).toString(), QStringLiteral("CLICKTHROUGH"));
        QCOMPARE(change.createBody.value(QLatin1String("budget_type")).toString(), QStringLiteral("DAILY"));
        QCOMPARE(create.cells.first().field, SheetField::Campaign);
        QCOMPARE(p.text(SheetField::Campaign, create.cells.first().after), QStringLiteral("Autumn"));

        QCOMPARE(p.count(Kind::Update), 1);
        QCOMPARE(p.count(Kind::Unchanged), 1);
        QCOMPARE(p.count(Kind::Create), 1);
        QCOMPARE(p.validRowCount(), 2);
        QCOMPARE(p.changes().size(), 3);
    }

    void anUnknownColumnIsIgnoredWithAWarning()
    {
        const SheetImportPlan p = plan("Ad group ID,Notes,Budget\n1001,call Anna,11\n");
        QCOMPARE(p.warnings().size(), 1);
        QVERIFY2(p.warnings().first().contains(QStringLiteral("\"Notes\"")), qPrintable(p.warnings().first()));
        QVERIFY(p.warnings().first().contains(QStringLiteral("ignored")));
        QCOMPARE(p.rows().first().kind, Kind::Update);
        QCOMPARE(p.changes().size(), 1);
    }

    void errorsSayWhyInWords_data()
    {
        QTest::addColumn<QByteArray>("sheet");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown campaign id") << QByteArray("Campaign ID,Name\n626736533599,New\n")
                                             << QStringLiteral("no campaign with id 626736533599");
        QTest::newRow("unknown campaign name") << QByteArray("Campaign,Name\nWinter,New\n")
                                               << QStringLiteral("no campaign named \"Winter\"");
        QTest::newRow("campaign name not exact") << QByteArray("Campaign,Name\nspring sale,New\n")
                                                 << QStringLiteral("no campaign named \"spring sale\"");
        QTest::newRow("ambiguous campaign name") << QByteArray("Campaign,Name\nTwins,New\n")
                                                 << QStringLiteral("are named \"Twins\"; give the Campaign ID instead");
        QTest::newRow("create without campaign") << QByteArray("Name,Budget\nNew,10\n")
                                                 << QStringLiteral("needs its campaign");
        QTest::newRow("create without name") << QByteArray("Campaign,Name,Budget\nAutumn,,10\n")
                                             << QStringLiteral("needs a name");
        QTest::newRow("value not allowed") << QByteArray("Ad group ID,Status\n1001,Sleeping\n")
                                           << QStringLiteral("Status: \"Sleeping\" is not allowed for Status");
        QTest::newRow("money not a number") << QByteArray("Ad group ID,Budget\n1001,lots\n") << QStringLiteral("Budget: ");
        QTest::newRow("rule refuses") << QByteArray("Ad group ID,Budget\n1001,0\n") << QStringLiteral("Budget: ");
        QTest::newRow("rule refuses a create") << QByteArray("Campaign,Name,Budget type\nAutumn,New,Lifetime\n")
                                               << QStringLiteral("Budget type: ");
        QTest::newRow("other ad account column") << QByteArray("Ad group ID,Ad account ID,Budget\n1001,549755885999,11\n")
                                                 << QStringLiteral("of ad account 549755885999, not of the open ad account 549755885175");
        QTest::newRow("id of another account") << QByteArray("Ad group ID,Budget\n2002,11\n")
                                               << QStringLiteral("no ad group with id 2002");
        QTest::newRow("id turned into a number") << QByteArray("Ad group ID,Budget\n1.001E+03,11\n")
                                                 << QStringLiteral("is not an id");
        QTest::newRow("moved to another campaign") << QByteArray("Ad group ID,Campaign ID,Budget\n1001,626736533507,11\n")
                                                   << QStringLiteral("cannot move to another campaign");
        QTest::newRow("other currency") << QByteArray("Ad group ID,Budget (EUR)\n1001,11\n")
                                        << QStringLiteral("Budget (EUR) is in EUR, but the ad account's money is in USD");
        QTest::newRow("unknown zone") << QByteArray("Ad group ID,Start (Mars/Olympus)\n1001,2026-12-01 09:00\n")
                                      << QStringLiteral("\"Mars/Olympus\" is not a time zone");
    }

    void errorsSayWhyInWords()
    {
        QFETCH(QByteArray, sheet);
        QFETCH(QString, expected);
        const SheetImportPlan p = plan(sheet);
        QCOMPARE(p.rows().size(), 1);
        const SheetImportRow &row = p.rows().first();
        QCOMPARE(row.kind, Kind::Error);
        QVERIFY2(errorsOf(row).contains(expected), qPrintable(errorsOf(row)));
        QVERIFY(row.changes.isEmpty());
        QVERIFY(p.changes().isEmpty());
        QCOMPARE(p.validRowCount(), 0);
    }

    void theSameIdTwiceIsAnErrorAtTheSecond()
    {
        const SheetImportPlan p = plan("Ad group ID,Budget\n1001,11\n1002,12\n1001,13\n");
        QCOMPARE(p.rows().size(), 3);
        QCOMPARE(p.rows().at(0).kind, Kind::Update);
        QCOMPARE(p.rows().at(1).kind, Kind::Update);
        QCOMPARE(p.rows().at(2).kind, Kind::Error);
        QVERIFY2(errorsOf(p.rows().at(2)).contains(QStringLiteral("Ad group 1001 is in line 2 already")), qPrintable(errorsOf(p.rows().at(2))));
        QCOMPARE(p.changes().size(), 2);
    }

    void aRowIsAllOrNothing()
    {
        // One good cell and one bad one: nothing of the row, the other rows still.
        const SheetImportPlan p = plan("Ad group ID,Name,Status\n1001,Renamed,Sleeping\n1002,Renamed too,Paused\n");
        QCOMPARE(p.rows().at(0).kind, Kind::Error);
        QVERIFY(p.rows().at(0).changes.isEmpty());
        QCOMPARE(p.rows().at(1).kind, Kind::Update);
        QCOMPARE(p.changes().size(), 2);
    }

    void emptyCellsOfEmptyFieldsAreNoChange()
    {
        // The export writes an empty cell for a value Pinterest has none of; read back, it is no change.
        m_adGroups[QStringLiteral("1001")].endTime.setNull();
        const SheetImportPlan p = plan("Ad group ID,End,Pacing,Lifetime frequency cap\n1001,,,\n");
        QCOMPARE(p.rows().first().kind, Kind::Unchanged);
    }

    void decimalCommasAreReadWhereTheSheetUsesThem()
    {
        const SheetImportPlan p = plan("Ad group ID;Budget;Bid\n1001;1.234,50;2,5\n1002;10;1\n");
        QCOMPARE(p.rows().at(0).kind, Kind::Update);
        QCOMPARE(p.rows().at(0).changes.at(0).after, QJsonValue(qint64(1'234'500'000)));
        QCOMPARE(p.rows().at(0).changes.at(1).after, QJsonValue(qint64(2'500'000)));
        QCOMPARE(p.rows().at(1).kind, Kind::Unchanged);
    }

    void aZoneInTheHeaderIsTheZoneOfItsTimes()
    {
        const SheetImportPlan p = plan("Ad group ID,Start (Europe/Berlin),End\n1001,2026-12-01 09:00,2026-12-31 18:00\n");
        const SheetImportRow &row = p.rows().first();
        QCOMPARE(row.kind, Kind::Update);
        QCOMPARE(row.changes.size(), 2);
        const qint64 berlin = QDateTime(QDate(2026, 12, 1), QTime(9, 0), QTimeZone("Europe/Berlin")).toSecsSinceEpoch();
        QCOMPARE(row.changes.at(0).after, QJsonValue(berlin));
        // A column without a zone is in the zone the table shows.
        const qint64 newYork = QDateTime(QDate(2026, 12, 31), QTime(18, 0), QTimeZone("America/New_York")).toSecsSinceEpoch();
        QCOMPARE(row.changes.at(1).after, QJsonValue(newYork));
    }

    void aTimeIsReadInItsZoneNotTheMachines()
    {
        // 02:30 on 2027-03-28 does not exist in Berlin (the clocks jump from 2 to 3); in New York,
        // where the column's times are, it does. The machine's zone must not matter.
        const QByteArray zone = qgetenv("TZ");
        qputenv("TZ", "Europe/Berlin");
        const SheetImportPlan p = plan("Ad group ID,End (America/New_York)\n1001,2027-03-28 02:30\n");
        if (zone.isNull())
            qunsetenv("TZ");
        else
            qputenv("TZ", zone);
        const SheetImportRow &row = p.rows().first();
        QVERIFY2(row.kind == Kind::Update, qPrintable(errorsOf(row)));
        const qint64 end = QDateTime(QDate(2027, 3, 28), QTime(2, 30), QTimeZone("America/New_York")).toSecsSinceEpoch();
        QCOMPARE(row.changes.first().after, QJsonValue(end));
    }

    void pendingChangesAreWhatRowsAreComparedWith()
    {
        const AdGroup &g = m_adGroups[QStringLiteral("1001")];
        m_pending << PendingChange::update(kAccount, QStringLiteral("1001"), g.name.value(), kBudget, QJsonValue(qint64(10'000'000)),
                                           QJsonValue(qint64(20'000'000)), g.updatedTime.value());
        const SheetImportPlan p = plan("Ad group ID,Budget\n1001,20\n1002,25\n");
        QCOMPARE(p.rows().at(0).kind, Kind::Unchanged);
        QCOMPARE(p.rows().at(1).kind, Kind::Update);
        m_pending.clear();
        m_pending << PendingChange::update(kAccount, QStringLiteral("1002"), QStringLiteral("AG 1002"), kBudget,
                                           QJsonValue(qint64(10'000'000)), QJsonValue(qint64(20'000'000)), 1'770'000'000);
        const SheetImportPlan again = plan("Ad group ID,Budget\n1002,25\n");
        QCOMPARE(again.text(SheetField::Budget, again.rows().first().cells.first().before), QStringLiteral("$20.00"));
    }

    void germanLibreOfficeSheet()
    {
        // Semicolons and decimal commas, as LibreOffice Calc in German saves CSV.
        const SheetImportPlan p = planFixture(QStringLiteral("german-semicolon.csv"));
        QVERIFY(p.warnings().isEmpty());
        QCOMPARE(p.rows().size(), 3);
        const QList<PendingChange> changes = p.changes();
        QCOMPARE(changes.size(), 3);
        QCOMPARE(changes.at(0).adGroupId, QStringLiteral("1001"));
        QCOMPARE(changes.at(0).field, kBudget);
        QCOMPARE(changes.at(0).before, QJsonValue(qint64(10'000'000)));
        QCOMPARE(changes.at(0).after, QJsonValue(qint64(12'500'000)));
        QCOMPARE(changes.at(1).adGroupId, QStringLiteral("1002"));
        QCOMPARE(changes.at(1).field, QStringLiteral("status"));
        QCOMPARE(changes.at(1).after, QJsonValue(QStringLiteral("PAUSED")));
        const PendingChange &create = changes.at(2);
        QCOMPARE(create.kind, PendingChange::Kind::Create);
        QCOMPARE(create.createBody.value(QLatin1String("name")).toString(), QStringLiteral("Neue Gruppe"));
        QCOMPARE(create.createBody.value(QLatin1String("campaign_id")).toString(), kSpring);
        QCOMPARE(create.createBody.value(kBudget).toInteger(), qint64(25'000'000));
        QCOMPARE(create.createBody.value(QLatin1String("bid_in_micro_currency")).toInteger(), qint64(1'750'000));
        QCOMPARE(create.createBody.value(QLatin1String("status")).toString(), QStringLiteral("PAUSED"));
    }

    void unicodeTextSheet()
    {
        // UTF-16 with tabs, as "Unicode text"; a start in the zone its header names.
        const SheetImportPlan p = planFixture(QStringLiteral("unicode-text-utf16.txt"));
        QVERIFY(p.warnings().isEmpty());
        QCOMPARE(p.rows().size(), 2);
        QCOMPARE(p.rows().at(0).kind, Kind::Unchanged);
        const SheetImportRow &row = p.rows().at(1);
        QCOMPARE(row.kind, Kind::Update);
        QCOMPARE(row.changes.size(), 2);
        QCOMPARE(row.changes.at(0).adGroupId, QStringLiteral("1003"));
        QCOMPARE(row.changes.at(0).field, QStringLiteral("name"));
        QCOMPARE(row.changes.at(0).after, QJsonValue(QStringLiteral("Été – Ünïcode")));
        QCOMPARE(row.changes.at(1).field, QStringLiteral("start_time"));
        const qint64 start = QDateTime(QDate(2026, 6, 1), QTime(9, 0), QTimeZone("Europe/Berlin")).toSecsSinceEpoch();
        QCOMPARE(row.changes.at(1).after, QJsonValue(start));
        QCOMPARE(p.changes().size(), 2);
    }

    void sheetWithByteOrderMark()
    {
        const SheetImportPlan p = planFixture(QStringLiteral("utf8-bom.csv"));
        QVERIFY(p.warnings().isEmpty());
        QCOMPARE(p.fields().first(), SheetField::Id); // the mark is not part of the first header
        const QList<PendingChange> changes = p.changes();
        QCOMPARE(changes.size(), 2);
        QCOMPARE(changes.at(0).adGroupId, QStringLiteral("1001"));
        QCOMPARE(changes.at(0).field, QStringLiteral("name"));
        QCOMPARE(changes.at(0).after, QJsonValue(QStringLiteral("Boots\nand shoes")));
        QCOMPARE(changes.at(1).adGroupId, QStringLiteral("1002"));
        QCOMPARE(changes.at(1).field, QStringLiteral("status"));
        QCOMPARE(changes.at(1).after, QJsonValue(QStringLiteral("ARCHIVED")));
    }
};

QTEST_GUILESS_MAIN(TestSheetImportPlan)
#include "tst_sheetimportplan.moc"
