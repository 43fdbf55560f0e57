#include "core/analytics/daterangepreset.h"

#include "core/api/analyticsquery.h"

#include <QCoreApplication>

namespace pinstripe {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("pinstripe::DateRangePreset", text);
}

struct PresetInfo
{
    DateRangePreset::Preset preset;
    const char *key;
};

constexpr PresetInfo kPresets[] = {
    {DateRangePreset::Preset::Yesterday, "yesterday"},
    {DateRangePreset::Preset::Last7Days, "last7days"},
    {DateRangePreset::Preset::Last14Days, "last14days"},
    {DateRangePreset::Preset::Last30Days, "last30days"},
    {DateRangePreset::Preset::Last90Days, "last90days"},
    {DateRangePreset::Preset::ThisMonth, "thismonth"},
    {DateRangePreset::Preset::LastMonth, "lastmonth"},
    {DateRangePreset::Preset::Custom, "custom"},
};

} // namespace

QList<DateRangePreset::Preset> DateRangePreset::all()
{
    QList<Preset> out;
    for (const PresetInfo &info : kPresets)
        out << info.preset;
    return out;
}

QString DateRangePreset::label(Preset preset)
{
    switch (preset) {
    case Preset::Yesterday:
        return tr("Yesterday");
    case Preset::Last7Days:
        return tr("Last 7 days");
    case Preset::Last14Days:
        return tr("Last 14 days");
    case Preset::Last30Days:
        return tr("Last 30 days");
    case Preset::Last90Days:
        return tr("Last 90 days");
    case Preset::ThisMonth:
        return tr("This month");
    case Preset::LastMonth:
        return tr("Last month");
    case Preset::Custom:
        return tr("Custom range");
    }
    return {};
}

QString DateRangePreset::key(Preset preset)
{
    for (const PresetInfo &info : kPresets) {
        if (info.preset == preset)
            return QLatin1String(info.key);
    }
    return {};
}

DateRangePreset::Preset DateRangePreset::fromKey(const QString &key, Preset fallback)
{
    for (const PresetInfo &info : kPresets) {
        if (key == QLatin1String(info.key))
            return info.preset;
    }
    return fallback;
}

DateRange DateRangePreset::range(Preset preset, const QDate &today)
{
    const QDate yesterday = today.addDays(-1);
    auto lastDays = [&](int n) { return DateRange{today.addDays(-n), yesterday}; };
    switch (preset) {
    case Preset::Yesterday:
        return {yesterday, yesterday};
    case Preset::Last7Days:
        return lastDays(7);
    case Preset::Last14Days:
        return lastDays(14);
    case Preset::Last30Days:
        return lastDays(30);
    case Preset::Last90Days:
        // Today minus 90 is the earliest day Pinterest serves, so this is the longest range.
        return lastDays(90);
    case Preset::ThisMonth:
        // Includes today: on the 1st there is no complete day of this month yet.
        return {QDate(today.year(), today.month(), 1), today};
    case Preset::LastMonth: {
        const QDate first = QDate(today.year(), today.month(), 1).addMonths(-1);
        return {first, first.addMonths(1).addDays(-1)};
    }
    case Preset::Custom:
        break;
    }
    return {};
}

DateRange DateRangePreset::previousPeriod(const DateRange &range)
{
    if (!range.isValid())
        return {};
    const QDate end = range.start.addDays(-1);
    return {end.addDays(-(range.days() - 1)), end};
}

QString DateRangePreset::check(const DateRange &range, const QString &granularity, const QDate &todayUtc)
{
    return AnalyticsQuery::checkDateWindow(range.start, range.end, granularity, todayUtc);
}

bool DateRangePreset::isBeyondApiWindow(const DateRange &range, const QDate &todayUtc)
{
    return range.start.isValid() && range.start < todayUtc.addDays(-AnalyticsQuery::kMaxDaysBack);
}

} // namespace pinstripe
