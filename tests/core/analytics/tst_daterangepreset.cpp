// Date presets on a pinned day, Pinterest's window rules and the previous period.
#include "tests/ui/englishtexts.h"
#include "core/analytics/daterangepreset.h"

#include <QTest>

using namespace pinstripe;
using Preset = DateRangePreset::Preset;

class TestDateRangePreset : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void presetsOnAPinnedDay_data();
    void presetsOnAPinnedDay();
    void everyPresetPassesTheWindowRules();
    void windowRulesInPlainWords_data();
    void windowRulesInPlainWords();
    void previousPeriodHasTheSameLength();
    void keysRoundTrip();
    void beyondTheApiWindow();
};

namespace {
const QDate kToday(2026, 3, 15); // a Sunday in March (February has 28 days in 2026)
}

void TestDateRangePreset::presetsOnAPinnedDay_data()
{
    QTest::addColumn<int>("preset");
    QTest::addColumn<QDate>("start");
    QTest::addColumn<QDate>("end");
    QTest::newRow("yesterday") << int(Preset::Yesterday) << QDate(2026, 3, 14) << QDate(2026, 3, 14);
    QTest::newRow("last 7") << int(Preset::Last7Days) << QDate(2026, 3, 8) << QDate(2026, 3, 14);
    QTest::newRow("last 14") << int(Preset::Last14Days) << QDate(2026, 3, 1) << QDate(2026, 3, 14);
    QTest::newRow("last 30") << int(Preset::Last30Days) << QDate(2026, 2, 13) << QDate(2026, 3, 14);
    QTest::newRow("last 90") << int(Preset::Last90Days) << QDate(2025, 12, 15) << QDate(2026, 3, 14);
    QTest::newRow("this month") << int(Preset::ThisMonth) << QDate(2026, 3, 1) << QDate(2026, 3, 15);
    QTest::newRow("last month") << int(Preset::LastMonth) << QDate(2026, 2, 1) << QDate(2026, 2, 28);
}

void TestDateRangePreset::presetsOnAPinnedDay()
{
    QFETCH(int, preset);
    QFETCH(QDate, start);
    QFETCH(QDate, end);
    const DateRange range = DateRangePreset::range(Preset(preset), kToday);
    QCOMPARE(range.start, start);
    QCOMPARE(range.end, end);
    QVERIFY(range.isValid());
}

void TestDateRangePreset::everyPresetPassesTheWindowRules()
{
    // On every day of a year, including January (last month in another year) and the 1st.
    for (QDate today(2026, 1, 1); today.year() == 2026; today = today.addDays(1)) {
        for (Preset preset : DateRangePreset::all()) {
            if (preset == Preset::Custom) {
                QVERIFY(!DateRangePreset::range(preset, today).isValid());
                continue;
            }
            const DateRange range = DateRangePreset::range(preset, today);
            QVERIFY2(DateRangePreset::check(range, QStringLiteral("DAY"), today).isEmpty(),
                     qPrintable(DateRangePreset::key(preset) + QLatin1Char(' ') + today.toString(Qt::ISODate)));
        }
    }
    QCOMPARE(DateRangePreset::range(Preset::Last7Days, kToday).days(), 7);
    QCOMPARE(DateRangePreset::range(Preset::Last90Days, kToday).days(), 90);
    QCOMPARE(DateRangePreset::range(Preset::LastMonth, QDate(2026, 1, 10)),
             (DateRange{QDate(2025, 12, 1), QDate(2025, 12, 31)}));
}

void TestDateRangePreset::windowRulesInPlainWords_data()
{
    QTest::addColumn<QDate>("start");
    QTest::addColumn<QDate>("end");
    QTest::addColumn<QString>("granularity");
    QTest::addColumn<QString>("expected"); // a part of the message; empty = accepted
    QTest::newRow("90 days back is fine") << kToday.addDays(-90) << kToday << "DAY" << "";
    QTest::newRow("91 days back") << kToday.addDays(-91) << kToday.addDays(-80) << "DAY" << "90 days";
    QTest::newRow("span of 91") << kToday.addDays(-90) << kToday.addDays(1) << "DAY" << "at most 90 days";
    QTest::newRow("end before start") << kToday << kToday.addDays(-1) << "DAY" << "before the start date";
    QTest::newRow("hour 8 days back is fine") << kToday.addDays(-8) << kToday.addDays(-6) << "HOUR" << "";
    QTest::newRow("hour 9 days back") << kToday.addDays(-9) << kToday.addDays(-8) << "HOUR" << "Hourly data goes back";
    QTest::newRow("hour span over 3") << kToday.addDays(-6) << kToday.addDays(-2) << "HOUR" << "hourly report can span";
    QTest::newRow("no dates") << QDate() << QDate() << "DAY" << "Choose a start";
}

void TestDateRangePreset::windowRulesInPlainWords()
{
    QFETCH(QDate, start);
    QFETCH(QDate, end);
    QFETCH(QString, granularity);
    QFETCH(QString, expected);
    const QString problem = DateRangePreset::check({start, end}, granularity, kToday);
    if (expected.isEmpty())
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    else
        QVERIFY2(problem.contains(expected), qPrintable(problem));
}

void TestDateRangePreset::previousPeriodHasTheSameLength()
{
    const DateRange week = DateRangePreset::range(Preset::Last7Days, kToday);
    const DateRange before = DateRangePreset::previousPeriod(week);
    QCOMPARE(before.start, QDate(2026, 3, 1));
    QCOMPARE(before.end, QDate(2026, 3, 7));
    QCOMPARE(before.days(), week.days());
    const DateRange lastMonth = DateRangePreset::range(Preset::LastMonth, kToday); // 28 days of February
    QCOMPARE(DateRangePreset::previousPeriod(lastMonth), (DateRange{QDate(2026, 1, 4), QDate(2026, 1, 31)}));
    QVERIFY(!DateRangePreset::previousPeriod({}).isValid());
}

void TestDateRangePreset::keysRoundTrip()
{
    for (Preset preset : DateRangePreset::all()) {
        QCOMPARE(DateRangePreset::fromKey(DateRangePreset::key(preset)), preset);
        QVERIFY(!DateRangePreset::label(preset).isEmpty());
    }
    QCOMPARE(DateRangePreset::fromKey(QStringLiteral("nonsense"), Preset::Yesterday), Preset::Yesterday);
}

void TestDateRangePreset::beyondTheApiWindow()
{
    QVERIFY(!DateRangePreset::isBeyondApiWindow({kToday.addDays(-90), kToday.addDays(-1)}, kToday));
    QVERIFY(DateRangePreset::isBeyondApiWindow({kToday.addDays(-120), kToday.addDays(-100)}, kToday));
    // The previous period of the longest preset is already out of the API's reach.
    const DateRange before = DateRangePreset::previousPeriod(DateRangePreset::range(Preset::Last90Days, kToday));
    QVERIFY(DateRangePreset::isBeyondApiWindow(before, kToday));
}

void TestDateRangePreset::initTestCase()
{
    pinstripe::testing::useEnglishTexts(); // "3 days", as main() shows it
}

QTEST_GUILESS_MAIN(TestDateRangePreset)
#include "tst_daterangepreset.moc"
