#include "sandbox/analyticscolumns.h"

#include <QHash>
#include <QJsonValue>

#include <cmath>
#include <functional>

namespace pinstripe::sandbox {

namespace {

using M = Metric;
using Getter = std::function<QJsonValue(const MetricCounts &)>;

QJsonValue ratio(double numerator, double denominator, double scale = 1.0, int decimals = 6)
{
    if (denominator <= 0)
        return QJsonValue(QJsonValue::Undefined);
    const double p = std::pow(10.0, decimals);
    return std::round(numerator / denominator * scale * p) / p;
}

qint64 totalConversions(const MetricCounts &c)
{
    return c[M::PageVisit] + c[M::AddToCart] + c[M::Checkout] + c[M::Signup] + c[M::Lead] + c[M::Custom];
}

const QHash<QString, Getter> &getters()
{
    static const QHash<QString, Getter> table = [] {
        QHash<QString, Getter> t;
        auto count = [&t](const char *name, M m) {
            t.insert(QLatin1String(name), [m](const MetricCounts &c) { return QJsonValue(c[m]); });
        };
        auto sum2 = [&t](const char *name, M a, M b) {
            t.insert(QLatin1String(name), [a, b](const MetricCounts &c) { return QJsonValue(c[a] + c[b]); });
        };
        count("SPEND_IN_MICRO_DOLLAR", M::SpendMicros);
        t.insert(QStringLiteral("SPEND_IN_DOLLAR"),
                 [](const MetricCounts &c) { return QJsonValue(double(c[M::SpendMicros]) / 1e6); });
        count("PAID_IMPRESSION", M::Impression1);
        count("IMPRESSION_1", M::Impression1);
        count("IMPRESSION_1_GROSS", M::Impression1);
        count("IMPRESSION_2", M::Impression2);
        sum2("TOTAL_IMPRESSION", M::Impression1, M::Impression2);
        count("CLICKTHROUGH_1", M::Click1);
        count("CLICKTHROUGH_1_GROSS", M::Click1);
        count("CLICKTHROUGH_2", M::Click2);
        sum2("TOTAL_CLICKTHROUGH", M::Click1, M::Click2);
        count("OUTBOUND_CLICK_1", M::Outbound1);
        count("OUTBOUND_CLICK_2", M::Outbound2);
        count("ENGAGEMENT_1", M::Engagement1);
        count("ENGAGEMENT_2", M::Engagement2);
        sum2("TOTAL_ENGAGEMENT", M::Engagement1, M::Engagement2);
        count("REPIN_1", M::Repin1);
        count("REPIN_2", M::Repin2);
        count("WEB_SESSIONS_1", M::WebSessions1);
        count("WEB_SESSIONS_2", M::WebSessions2);
        sum2("TOTAL_WEB_SESSIONS", M::WebSessions1, M::WebSessions2);
        t.insert(QStringLiteral("CTR"), [](const MetricCounts &c) { return ratio(c[M::Click1], c[M::Impression1]); });
        t.insert(QStringLiteral("CTR_2"), [](const MetricCounts &c) { return ratio(c[M::Click2], c[M::Impression2]); });
        t.insert(QStringLiteral("ECTR"), [](const MetricCounts &c) {
            return ratio(c[M::Click1] + c[M::Click2], c[M::Impression1] + c[M::Impression2]);
        });
        t.insert(QStringLiteral("OUTBOUND_CTR_1"),
                 [](const MetricCounts &c) { return ratio(c[M::Outbound1], c[M::Impression1]); });
        t.insert(QStringLiteral("CPC_IN_MICRO_DOLLAR"),
                 [](const MetricCounts &c) { return ratio(c[M::SpendMicros], c[M::Click1], 1, 2); });
        t.insert(QStringLiteral("ECPC_IN_MICRO_DOLLAR"), [](const MetricCounts &c) {
            return ratio(c[M::SpendMicros], c[M::Click1] + c[M::Click2], 1, 2);
        });
        t.insert(QStringLiteral("ECPC_IN_DOLLAR"), [](const MetricCounts &c) {
            return ratio(c[M::SpendMicros], c[M::Click1] + c[M::Click2], 1e-6, 4);
        });
        t.insert(QStringLiteral("CPM_IN_MICRO_DOLLAR"),
                 [](const MetricCounts &c) { return ratio(c[M::SpendMicros], c[M::Impression1], 1000, 2); });
        t.insert(QStringLiteral("CPM_IN_DOLLAR"),
                 [](const MetricCounts &c) { return ratio(c[M::SpendMicros], c[M::Impression1], 1000e-6, 4); });
        t.insert(QStringLiteral("ECPM_IN_MICRO_DOLLAR"), [](const MetricCounts &c) {
            return ratio(c[M::SpendMicros], c[M::Impression1] + c[M::Impression2], 1000, 2);
        });
        t.insert(QStringLiteral("ECPE_IN_DOLLAR"), [](const MetricCounts &c) {
            return ratio(c[M::SpendMicros], c[M::Engagement1] + c[M::Engagement2], 1e-6, 4);
        });
        t.insert(QStringLiteral("ENGAGEMENT_RATE"),
                 [](const MetricCounts &c) { return ratio(c[M::Engagement1], c[M::Impression1]); });
        t.insert(QStringLiteral("EENGAGEMENT_RATE"), [](const MetricCounts &c) {
            return ratio(c[M::Engagement1] + c[M::Engagement2], c[M::Impression1] + c[M::Impression2]);
        });
        t.insert(QStringLiteral("REPIN_RATE"), [](const MetricCounts &c) { return ratio(c[M::Repin1], c[M::Impression1]); });
        t.insert(QStringLiteral("TOTAL_REPIN_RATE"), [](const MetricCounts &c) {
            return ratio(c[M::Repin1] + c[M::Repin2], c[M::Impression1] + c[M::Impression2]);
        });
        // Video
        count("VIDEO_3SEC_VIEWS_1", M::Video3s1);
        count("VIDEO_3SEC_VIEWS_2", M::Video3s2);
        sum2("TOTAL_VIDEO_3SEC_VIEWS", M::Video3s1, M::Video3s2);
        count("VIDEO_MRC_VIEWS_1", M::VideoMrc1);
        count("VIDEO_MRC_VIEWS_2", M::VideoMrc2);
        sum2("TOTAL_VIDEO_MRC_VIEWS", M::VideoMrc1, M::VideoMrc2);
        count("TOTAL_VIDEO_P0_COMBINED", M::VideoP0);
        count("TOTAL_VIDEO_P25_COMBINED", M::VideoP25);
        count("TOTAL_VIDEO_P50_COMBINED", M::VideoP50);
        count("TOTAL_VIDEO_P75_COMBINED", M::VideoP75);
        count("TOTAL_VIDEO_P95_COMBINED", M::VideoP95);
        count("TOTAL_VIDEO_P100_COMPLETE", M::VideoP100);
        t.insert(QStringLiteral("PAID_VIDEO_VIEWABLE_RATE"),
                 [](const MetricCounts &c) { return ratio(c[M::VideoMrc1], c[M::Impression1]); });
        t.insert(QStringLiteral("ECPV_IN_DOLLAR"),
                 [](const MetricCounts &c) { return ratio(c[M::SpendMicros], c[M::Video3s1], 1e-6, 4); });
        t.insert(QStringLiteral("ECPCV_IN_DOLLAR"),
                 [](const MetricCounts &c) { return ratio(c[M::SpendMicros], c[M::VideoP100], 1e-6, 4); });
        // Conversions
        t.insert(QStringLiteral("TOTAL_CONVERSIONS"), [](const MetricCounts &c) { return QJsonValue(totalConversions(c)); });
        count("TOTAL_PAGE_VISIT", M::PageVisit);
        count("TOTAL_SIGNUP", M::Signup);
        count("TOTAL_CHECKOUT", M::Checkout);
        count("TOTAL_WEB_CHECKOUT", M::Checkout);
        count("TOTAL_LEAD", M::Lead);
        count("LEADS", M::Lead);
        count("TOTAL_CUSTOM", M::Custom);
        count("TOTAL_CHECKOUT_VALUE_IN_MICRO_DOLLAR", M::CheckoutValueMicros);
        count("TOTAL_WEB_CHECKOUT_VALUE_IN_MICRO_DOLLAR", M::CheckoutValueMicros);
        count("TOTAL_SIGNUP_VALUE_IN_MICRO_DOLLAR", M::SignupValueMicros);
        count("TOTAL_CUSTOM_VALUE_IN_MICRO_DOLLAR", M::CustomValueMicros);
        t.insert(QStringLiteral("CHECKOUT_ROAS"),
                 [](const MetricCounts &c) { return ratio(c[M::CheckoutValueMicros], c[M::SpendMicros], 1, 4); });
        t.insert(QStringLiteral("WEB_CHECKOUT_ROAS"),
                 [](const MetricCounts &c) { return ratio(c[M::CheckoutValueMicros], c[M::SpendMicros], 1, 4); });
        t.insert(QStringLiteral("CUSTOM_ROAS"),
                 [](const MetricCounts &c) { return ratio(c[M::CustomValueMicros], c[M::SpendMicros], 1, 4); });
        t.insert(QStringLiteral("WEB_CHECKOUT_COST_PER_ACTION"),
                 [](const MetricCounts &c) { return ratio(c[M::SpendMicros], c[M::Checkout], 1e-6, 4); });
        t.insert(QStringLiteral("PAGE_VISIT_COST_PER_ACTION"),
                 [](const MetricCounts &c) { return ratio(c[M::SpendMicros], c[M::PageVisit], 1e-6, 4); });
        t.insert(QStringLiteral("COST_PER_LEAD"),
                 [](const MetricCounts &c) { return ratio(c[M::SpendMicros], c[M::Lead], 1e-6, 4); });
        t.insert(QStringLiteral("TOTAL_CHECKOUT_CONVERSION_RATE"),
                 [](const MetricCounts &c) { return ratio(c[M::Checkout], c[M::Click1] + c[M::Click2]); });
        t.insert(QStringLiteral("TOTAL_PAGE_VISIT_CONVERSION_RATE"),
                 [](const MetricCounts &c) { return ratio(c[M::PageVisit], c[M::Click1] + c[M::Click2]); });
        t.insert(QStringLiteral("TOTAL_SIGNUP_CONVERSION_RATE"),
                 [](const MetricCounts &c) { return ratio(c[M::Signup], c[M::Click1] + c[M::Click2]); });
        t.insert(QStringLiteral("TOTAL_LEAD_CONVERSION_RATE"),
                 [](const MetricCounts &c) { return ratio(c[M::Lead], c[M::Click1] + c[M::Click2]); });
        t.insert(QStringLiteral("TOTAL_ADD_TO_CART_CONVERSION_RATE"),
                 [](const MetricCounts &c) { return ratio(c[M::AddToCart], c[M::Click1] + c[M::Click2]); });
        return t;
    }();
    return table;
}

QJsonValue attribute(const QString &column, const RowAttributes &a)
{
    auto g = [&a](const char *key) { return a.adGroup.value(QLatin1String(key)); };
    auto c = [&a](const char *key) { return a.campaign.value(QLatin1String(key)); };
    if (column == QLatin1String("AD_GROUP_ID"))
        return g("id");
    if (column == QLatin1String("AD_GROUP_NAME"))
        return g("name");
    if (column == QLatin1String("AD_GROUP_ENTITY_STATUS"))
        return g("status");
    if (column == QLatin1String("AD_GROUP_BUDGET_TYPE"))
        return g("budget_type");
    if (column == QLatin1String("AD_GROUP_BID_MULTIPLIER"))
        return g("bid_multiplier").isNull() ? QJsonValue(QJsonValue::Undefined) : g("bid_multiplier");
    if (column == QLatin1String("AD_GROUP_BUDGET_IN_LOCAL_CURRENCY")) {
        const QJsonValue b = g("budget_in_micro_currency");
        return b.isDouble() ? QJsonValue(b.toDouble() / 1e6) : QJsonValue(QJsonValue::Undefined);
    }
    if (column == QLatin1String("AD_GROUP_OPTIMIZATION"))
        return g("billable_event");
    if (column == QLatin1String("CAMPAIGN_ID"))
        return g("campaign_id");
    if (column == QLatin1String("CAMPAIGN_NAME"))
        return c("name");
    if (column == QLatin1String("CAMPAIGN_ENTITY_STATUS"))
        return c("status");
    if (column == QLatin1String("CAMPAIGN_OBJECTIVE_TYPE"))
        return c("objective_type");
    if (column == QLatin1String("CAMPAIGN_BUDGET_OPTIMIZATION"))
        return c("is_campaign_budget_optimization");
    if (column == QLatin1String("CAMPAIGN_DAILY_SPEND_CAP"))
        return c("daily_spend_cap").isNull() ? QJsonValue(QJsonValue::Undefined) : c("daily_spend_cap");
    if (column == QLatin1String("CAMPAIGN_LIFETIME_SPEND_CAP"))
        return c("lifetime_spend_cap").isNull() ? QJsonValue(QJsonValue::Undefined) : c("lifetime_spend_cap");
    if (column == QLatin1String("AD_ACCOUNT_ID") || column == QLatin1String("ADVERTISER_ID"))
        return a.accountId;
    return QJsonValue(QJsonValue::Undefined);
}

} // namespace

bool AnalyticsColumns::isConversionColumn(const QString &column)
{
    static const char *const markers[] = {"CONVERSION", "CHECKOUT", "SIGNUP", "LEAD", "PAGE_VISIT", "CUSTOM",
                                          "ROAS", "ADD_TO_CART", "COST_PER_ACTION", "WISHLIST", "SUBSCRIBE"};
    for (const char *m : markers) {
        if (column.contains(QLatin1String(m)))
            return true;
    }
    return false;
}

void AnalyticsColumns::fill(QJsonObject &row, const QStringList &columns, const MetricCounts &counts,
                            const RowAttributes *attributes, bool hourly)
{
    for (const QString &column : columns) {
        if (row.contains(column) || (hourly && isConversionColumn(column)))
            continue;
        QJsonValue value(QJsonValue::Undefined);
        const auto it = getters().constFind(column);
        if (it != getters().cend())
            value = (*it)(counts);
        else if (attributes)
            value = attribute(column, *attributes);
        if (!value.isUndefined())
            row.insert(column, value);
    }
}

} // namespace pinstripe::sandbox
