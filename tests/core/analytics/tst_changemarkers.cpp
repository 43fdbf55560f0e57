// Which posted changes a performance chart marks, and how they share markers: per UTC day at DAY
// (per hour, week from Monday, month at the other granularities); only applied changes of the
// charted ad groups within the range.
#include "core/analytics/changemarkers.h"

#include <QJsonObject>
#include <QTest>

using namespace pinstripe;

namespace {

const QString kAccount = QStringLiteral("549755885175");
const QString kSofas = QStringLiteral("2680059592705");
const QString kLamps = QStringLiteral("2680059592706");
const QString kOther = QStringLiteral("2680059592799");

qint64 g_sequence = 0;

JournalEntry entry(const QString &adGroupId, const QDateTime &postedAt, bool succeeded = true,
                   const QString &field = QStringLiteral("budget_in_micro_currency"))
{
    JournalEntry e;
    e.sequence = ++g_sequence;
    e.postedAt = postedAt;
    e.change = PendingChange::update(kAccount, adGroupId, QStringLiteral("Ad group ") + adGroupId, field, 50000000, 60000000,
                                     1764000000 + e.sequence);
    e.succeeded = succeeded;
    e.message = succeeded ? QString() : QStringLiteral("Pinterest: invalid budget");
    return e;
}

QDateTime utc(int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, minute), Qt::UTC);
}

QList<qint64> sequences(const ChangeMarkerGroup &group)
{
    QList<qint64> out;
    for (const JournalEntry &e : group.entries)
        out << e.sequence;
    return out;
}

} // namespace

class TestChangeMarkers : public QObject
{
    Q_OBJECT

private slots:
    void sameDayGroupedOtherDaysApart();
    void leavesOutWhatTheChartDoesNotShow();
    void createsOfChartedAdGroupsAreMarked();
    void daysAreUtcDays();
    void hoursWeeksAndMonths();
    void emptyWithoutRangeOrAdGroups();
};

void TestChangeMarkers::sameDayGroupedOtherDaysApart()
{
    const DateRange range{QDate(2026, 11, 20), QDate(2026, 11, 26)};
    const JournalEntry morning = entry(kSofas, utc(11, 22, 9, 15));
    const JournalEntry evening = entry(kLamps, utc(11, 22, 18, 40));
    const JournalEntry nextDay = entry(kSofas, utc(11, 23, 0, 5));
    const JournalEntry lastDay = entry(kSofas, utc(11, 26, 23, 59));
    // The journal comes newest first; the groups are in time order, their changes oldest first.
    const QList<ChangeMarkerGroup> groups = ChangeMarkers::group({lastDay, nextDay, evening, morning}, {kSofas, kLamps}, range,
                                                                 QStringLiteral("DAY"));
    QCOMPARE(groups.size(), 3);
    QCOMPARE(groups.at(0).at, utc(11, 22, 0));
    QCOMPARE(sequences(groups.at(0)), (QList<qint64>{morning.sequence, evening.sequence}));
    QCOMPARE(groups.at(1).at, utc(11, 23, 0));
    QCOMPARE(sequences(groups.at(1)), QList<qint64>{nextDay.sequence});
    QCOMPARE(groups.at(2).at, utc(11, 26, 0));
    QCOMPARE(sequences(groups.at(2)), QList<qint64>{lastDay.sequence});
    QCOMPARE(groups.at(0).entries.at(1).change.adGroupName, QStringLiteral("Ad group ") + kLamps);
}

void TestChangeMarkers::leavesOutWhatTheChartDoesNotShow()
{
    const DateRange range{QDate(2026, 11, 20), QDate(2026, 11, 26)};
    const JournalEntry kept = entry(kSofas, utc(11, 24, 12));
    const QList<JournalEntry> journal{
        entry(kSofas, utc(11, 19, 23, 59)),         // the day before the range
        entry(kSofas, utc(11, 27, 0, 0)),           // the day after it
        entry(kOther, utc(11, 24, 12)),             // an ad group not on the chart
        entry(kSofas, utc(11, 24, 13), false),      // refused by Pinterest: nothing changed
        entry(kSofas, QDateTime()),                 // no time known
        kept,
    };
    const QList<ChangeMarkerGroup> groups = ChangeMarkers::group(journal, {kSofas, kLamps}, range, QStringLiteral("DAY"));
    QCOMPARE(groups.size(), 1);
    QCOMPARE(sequences(groups.constFirst()), QList<qint64>{kept.sequence});
    QCOMPARE(groups.constFirst().at, utc(11, 24, 0));
    // The first and the last day of the range are in it.
    QVERIFY(ChangeMarkers::isMarked(entry(kSofas, utc(11, 20, 0, 0)), {kSofas}, range));
    QVERIFY(ChangeMarkers::isMarked(entry(kSofas, utc(11, 26, 23, 59)), {kSofas}, range));
}

void TestChangeMarkers::createsOfChartedAdGroupsAreMarked()
{
    const DateRange range{QDate(2026, 11, 20), QDate(2026, 11, 26)};
    JournalEntry created;
    created.sequence = ++g_sequence;
    created.postedAt = utc(11, 21, 10);
    created.succeeded = true;
    const QJsonObject body{{QStringLiteral("name"), QStringLiteral("Winter rugs")},
                           {QStringLiteral("campaign_id"), QStringLiteral("626736533506")}};
    created.change = PendingChange::create(kAccount, body);
    QVERIFY(!ChangeMarkers::isMarked(created, {kSofas}, range)); // not yet given its id
    created.change.adGroupId = kSofas;                          // as the poster journals it
    const QList<ChangeMarkerGroup> groups = ChangeMarkers::group({created}, {kSofas}, range, QStringLiteral("DAY"));
    QCOMPARE(groups.size(), 1);
    QCOMPARE(groups.constFirst().entries.constFirst().change.kind, PendingChange::Kind::Create);
}

void TestChangeMarkers::daysAreUtcDays()
{
    const DateRange range{QDate(2026, 11, 20), QDate(2026, 11, 26)};
    // 23:30 on the 21st in UTC+10 is 13:30 UTC on the 21st; 08:00 on the 22nd there is 22:00 UTC on the 21st.
    const QDateTime eastA(QDate(2026, 11, 21), QTime(23, 30), Qt::OffsetFromUTC, 10 * 3600);
    const QDateTime eastB(QDate(2026, 11, 22), QTime(8, 0), Qt::OffsetFromUTC, 10 * 3600);
    const QList<ChangeMarkerGroup> groups = ChangeMarkers::group({entry(kSofas, eastA), entry(kSofas, eastB)}, {kSofas}, range,
                                                                 QStringLiteral("DAY"));
    QCOMPARE(groups.size(), 1);
    QCOMPARE(groups.constFirst().at, utc(11, 21, 0));
    QCOMPARE(groups.constFirst().entries.size(), 2);
    // The range's first day starts at midnight UTC: 09:00 on the 20th in UTC+10 is still the 19th.
    QVERIFY(!ChangeMarkers::isMarked(entry(kSofas, QDateTime(QDate(2026, 11, 20), QTime(9, 0),
                                                             Qt::OffsetFromUTC, 10 * 3600)),
                                     {kSofas}, range));
}

void TestChangeMarkers::hoursWeeksAndMonths()
{
    // Hours: 14:05 and 14:55 share the 14:00 point, 15:01 has its own.
    const DateRange days{QDate(2026, 11, 24), QDate(2026, 11, 25)};
    const QList<JournalEntry> hourly{entry(kSofas, utc(11, 24, 14, 5)), entry(kSofas, utc(11, 24, 14, 55)),
                                     entry(kSofas, utc(11, 24, 15, 1))};
    QList<ChangeMarkerGroup> groups = ChangeMarkers::group(hourly, {kSofas}, days, QStringLiteral("HOUR"));
    QCOMPARE(groups.size(), 2);
    QCOMPARE(groups.at(0).at, utc(11, 24, 14));
    QCOMPARE(groups.at(0).entries.size(), 2);
    QCOMPARE(groups.at(1).at, utc(11, 24, 15));

    // Weeks run from Monday; the first starts on the range's first day (Thursday 5 Nov 2026).
    const DateRange month{QDate(2026, 11, 5), QDate(2026, 11, 30)};
    QCOMPARE(QDate(2026, 11, 9).dayOfWeek(), 1);
    const QList<JournalEntry> weekly{entry(kSofas, utc(11, 6, 10)), entry(kSofas, utc(11, 8, 23)),  // first (partial) week
                                     entry(kSofas, utc(11, 9, 0)), entry(kSofas, utc(11, 15, 22)),  // Mon 9 – Sun 15
                                     entry(kSofas, utc(11, 16, 1))};
    groups = ChangeMarkers::group(weekly, {kSofas}, month, QStringLiteral("WEEK"));
    QCOMPARE(groups.size(), 3);
    QCOMPARE(groups.at(0).at, utc(11, 5, 0));
    QCOMPARE(groups.at(0).entries.size(), 2);
    QCOMPARE(groups.at(1).at, utc(11, 9, 0));
    QCOMPARE(groups.at(1).entries.size(), 2);
    QCOMPARE(groups.at(2).at, utc(11, 16, 0));

    // Months: the first starts on the range's first day, the next on the 1st.
    const DateRange twoMonths{QDate(2026, 10, 20), QDate(2026, 11, 30)};
    groups = ChangeMarkers::group({entry(kSofas, utc(10, 25, 10)), entry(kSofas, utc(10, 31, 23, 59)), entry(kSofas, utc(11, 1, 0))},
                                  {kSofas}, twoMonths, QStringLiteral("MONTH"));
    QCOMPARE(groups.size(), 2);
    QCOMPARE(groups.at(0).at, QDateTime(QDate(2026, 10, 20), QTime(0, 0), Qt::UTC));
    QCOMPARE(groups.at(0).entries.size(), 2);
    QCOMPARE(groups.at(1).at, utc(11, 1, 0));
}

void TestChangeMarkers::emptyWithoutRangeOrAdGroups()
{
    const QList<JournalEntry> journal{entry(kSofas, utc(11, 22, 9))};
    QVERIFY(ChangeMarkers::group(journal, {}, {QDate(2026, 11, 20), QDate(2026, 11, 26)}, QStringLiteral("DAY")).isEmpty());
    QVERIFY(ChangeMarkers::group(journal, {kSofas}, DateRange(), QStringLiteral("DAY")).isEmpty());
    QVERIFY(ChangeMarkers::group({}, {kSofas}, {QDate(2026, 11, 20), QDate(2026, 11, 26)}, QStringLiteral("DAY")).isEmpty());
}

QTEST_GUILESS_MAIN(TestChangeMarkers)
#include "tst_changemarkers.moc"
