#include "core/analytics/metriccatalog.h"

#include <QCoreApplication>

namespace pinstripe {

namespace {

// A class, not a free function, so that lupdate files these messages under
// the context they are looked up in.
struct MetricText
{
    Q_DECLARE_TR_FUNCTIONS(pinstripe::MetricCatalog)
};

QList<MetricInfo> buildMetrics()
{
    using G = MetricInfo::Group;
    auto m = [](const char *column, const char *label, G group) {
        const QString name = QLatin1String(column);
        return MetricInfo{name, MetricText::tr(label), AnalyticsColumn::kind(name), group, label};
    };
    QList<MetricInfo> out{
        m("IMPRESSION_1", QT_TRANSLATE_NOOP("pinstripe::MetricCatalog", "Impressions (paid)"), G::Delivery),
        m("TOTAL_IMPRESSION", QT_TRANSLATE_NOOP("pinstripe::MetricCatalog", "Impressions (paid and earned)"), G::Delivery),
        m("CLICKTHROUGH_1", QT_TRANSLATE_NOOP("pinstripe::MetricCatalog", "Pin clicks (paid)"), G::Delivery),
        m("TOTAL_CLICKTHROUGH", QT_TRANSLATE_NOOP("pinstripe::MetricCatalog", "Pin clicks (paid and earned)"), G::Delivery),
        m("OUTBOUND_CLICK_1", QT_TRANSLATE_NOOP("pinstripe::MetricCatalog", "Outbound clicks (paid)"), G::Delivery),
        m("CTR", QT_TRANSLATE_NOOP("pinstripe::MetricCatalog", "CTR (paid)"), G::Delivery),
        m("OUTBOUND_CTR_1", QT_TRANSLATE_NOOP("pinstripe::MetricCatalog", "Outbound CTR (paid)"), G::Delivery),
        m("TOTAL_ENGAGEMENT", QT_TRANSLATE_NOOP("pinstripe::MetricCatalog", "Engagements"), G::Engagement),
        m("ENGAGEMENT_1", QT_TRANSLATE_NOOP("pinstripe::MetricCatalog", "Engagements (paid)"), G::Engagement),
        m("ENGAGEMENT_RATE", QT_TRANSLATE_NOOP("pinstripe::MetricCatalog", "Engagement rate (paid)"), G::Engagement),
        m("REPIN_1", QT_TRANSLATE_NOOP("pinstripe::MetricCatalog", "Saves (paid)"), G::Engagement),
        m("REPIN_RATE", QT_TRANSLATE_NOOP("pinstripe::MetricCatalog", "Save rate (paid)"), G::Engagement),
        m("TOTAL_WEB_SESSIONS", QT_TRANSLATE_NOOP("pinstripe::MetricCatalog", "Web sessions"), G::Engagement),
        m("SPEND_IN_MICRO_DOLLAR", QT_TRANSLATE_NOOP("pinstripe::MetricCatalog", "Spend"), G::Cost),
        m("CPC_IN_MICRO_DOLLAR", QT_TRANSLATE_NOOP("pinstripe::MetricCatalog", "CPC (paid)"), G::Cost),
        m("ECPC_IN_MICRO_DOLLAR", QT_TRANSLATE_NOOP("pinstripe::MetricCatalog", "Effective CPC"), G::Cost),
        m("CPM_IN_MICRO_DOLLAR", QT_TRANSLATE_NOOP("pinstripe::MetricCatalog", "CPM (paid)"), G::Cost),
        m("ECPM_IN_MICRO_DOLLAR", QT_TRANSLATE_NOOP("pinstripe::MetricCatalog", "Effective CPM"), G::Cost),
        m("TOTAL_CONVERSIONS", QT_TRANSLATE_NOOP("pinstripe::MetricCatalog", "Conversions"), G::Conversions),
        m("TOTAL_CHECKOUT", QT_TRANSLATE_NOOP("pinstripe::MetricCatalog", "Checkouts"), G::Conversions),
        m("TOTAL_CHECKOUT_VALUE_IN_MICRO_DOLLAR", QT_TRANSLATE_NOOP("pinstripe::MetricCatalog", "Checkout value"), G::Conversions),
        m("TOTAL_PAGE_VISIT", QT_TRANSLATE_NOOP("pinstripe::MetricCatalog", "Page visits"), G::Conversions),
        m("TOTAL_SIGNUP", QT_TRANSLATE_NOOP("pinstripe::MetricCatalog", "Sign-ups"), G::Conversions),
        m("TOTAL_LEAD", QT_TRANSLATE_NOOP("pinstripe::MetricCatalog", "Leads"), G::Conversions),
        m("CHECKOUT_ROAS", QT_TRANSLATE_NOOP("pinstripe::MetricCatalog", "ROAS (checkout)"), G::Conversions),
        m("TOTAL_CHECKOUT_CONVERSION_RATE", QT_TRANSLATE_NOOP("pinstripe::MetricCatalog", "Checkout conversion rate"), G::Conversions),
        m("TOTAL_VIDEO_3SEC_VIEWS", QT_TRANSLATE_NOOP("pinstripe::MetricCatalog", "Video views (3 s)"), G::Video),
        m("TOTAL_VIDEO_MRC_VIEWS", QT_TRANSLATE_NOOP("pinstripe::MetricCatalog", "Video views (MRC)"), G::Video),
        m("TOTAL_VIDEO_P100_COMPLETE", QT_TRANSLATE_NOOP("pinstripe::MetricCatalog", "Videos watched to the end"), G::Video),
        m("PAID_VIDEO_VIEWABLE_RATE", QT_TRANSLATE_NOOP("pinstripe::MetricCatalog", "Video viewable rate (paid)"), G::Video),
    };
    return out;
}

} // namespace

const QList<MetricInfo> &MetricCatalog::metrics()
{
    static const QList<MetricInfo> list = buildMetrics();
    return list;
}

QList<MetricInfo::Group> MetricCatalog::groups()
{
    using G = MetricInfo::Group;
    return {G::Delivery, G::Engagement, G::Cost, G::Conversions, G::Video};
}

QString MetricCatalog::groupLabel(MetricInfo::Group group)
{
    switch (group) {
    case MetricInfo::Group::Delivery:
        return MetricText::tr("Delivery");
    case MetricInfo::Group::Engagement:
        return MetricText::tr("Engagement");
    case MetricInfo::Group::Cost:
        return MetricText::tr("Cost");
    case MetricInfo::Group::Conversions:
        return MetricText::tr("Conversions");
    case MetricInfo::Group::Video:
        return MetricText::tr("Video");
    }
    return {};
}

QList<MetricInfo> MetricCatalog::metricsIn(MetricInfo::Group group)
{
    QList<MetricInfo> out;
    for (const MetricInfo &info : metrics()) {
        if (info.group == group)
            out << info;
    }
    return out;
}

std::optional<MetricInfo> MetricCatalog::find(const QString &column)
{
    for (const MetricInfo &info : metrics()) {
        if (info.column == column)
            return info;
    }
    return std::nullopt;
}

QString MetricCatalog::label(const QString &column)
{
    const auto info = find(column);
    return info ? MetricText::tr(info->labelSource) : column;
}

bool MetricCatalog::isAdditive(const QString &column)
{
    // Averaged costs (CPC, CPM) are MicroMoney too, but they do not add up.
    if (column.contains(QLatin1String("CPC")) || column.contains(QLatin1String("CPM"))
        || column.contains(QLatin1String("COST_PER")))
        return false;
    const auto kind = AnalyticsColumn::kind(column);
    return kind == AnalyticsColumn::Kind::Count || kind == AnalyticsColumn::Kind::MicroMoney;
}

bool MetricCatalog::isMoney(const QString &column)
{
    const auto kind = AnalyticsColumn::kind(column);
    return kind == AnalyticsColumn::Kind::MicroMoney || kind == AnalyticsColumn::Kind::MajorMoney;
}

std::optional<qint64> MetricCatalog::integerValue(const AnalyticsRow &row, const QString &column,
                                                  const Currency &currency)
{
    if (!isAdditive(column) || !row.contains(column))
        return std::nullopt;
    if (isMoney(column)) {
        const auto money = row.money(column, currency);
        return money ? std::optional<qint64>(money->micros()) : std::nullopt;
    }
    if (!row.number(column))
        return std::nullopt;
    return row.count(column);
}

std::optional<double> MetricCatalog::chartValue(const AnalyticsRow &row, const QString &column,
                                                const Currency &currency)
{
    if (!row.contains(column))
        return std::nullopt;
    if (isMoney(column)) {
        const auto money = row.money(column, currency);
        if (!money)
            return std::nullopt;
        // Only for plotting: amounts are kept and summed as integer micros everywhere else.
        return double(money->micros()) / double(Money::kMicrosPerUnit);
    }
    if (AnalyticsColumn::kind(column) == AnalyticsColumn::Kind::Count) {
        if (!row.number(column))
            return std::nullopt;
        return double(row.count(column));
    }
    return row.number(column);
}

QString MetricCatalog::formatRate(double fraction, const QLocale &locale)
{
    return locale.toString(fraction * 100.0, 'f', 2) + QStringLiteral(" %");
}

QString MetricCatalog::formatInteger(qint64 value, const QString &column, const Currency &currency,
                                     const QLocale &locale)
{
    if (isMoney(column))
        return Money(value, currency).roundedToMinorUnit().format(locale);
    return locale.toString(value);
}

QString MetricCatalog::format(const AnalyticsRow &row, const QString &column, const Currency &currency,
                              const QLocale &locale)
{
    static const QString dash = QStringLiteral("—");
    if (!row.contains(column))
        return dash;
    switch (AnalyticsColumn::kind(column)) {
    case AnalyticsColumn::Kind::MicroMoney:
    case AnalyticsColumn::Kind::MajorMoney: {
        const auto money = row.money(column, currency);
        return money ? money->roundedToMinorUnit().format(locale) : dash;
    }
    case AnalyticsColumn::Kind::Count:
        return row.number(column) ? locale.toString(row.count(column)) : dash;
    case AnalyticsColumn::Kind::Rate: {
        const auto value = row.number(column);
        return value ? formatRate(*value, locale) : dash;
    }
    case AnalyticsColumn::Kind::Ratio: {
        const auto value = row.number(column);
        return value ? locale.toString(*value, 'f', 2) + QStringLiteral("×") : dash;
    }
    case AnalyticsColumn::Kind::Attribute:
    case AnalyticsColumn::Kind::Other:
        break;
    }
    const QJsonValue value = row.value(column);
    return value.isString() ? value.toString() : (value.isDouble() ? locale.toString(value.toDouble()) : dash);
}

} // namespace pinstripe
