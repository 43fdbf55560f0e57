#include "sandbox/adgroupvalidator.h"

#include "sandbox/datastore.h"
#include "sandbox/jsonbody.h"
#include "sandbox/queryparams.h"
#include "sandbox/specenums.h"
#include "sandbox/summarystatus.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>

#include <cmath>

namespace pinstripe::sandbox {

namespace {

QString s(const char *text)
{
    return QString::fromLatin1(text);
}

bool isInteger(const QJsonValue &v)
{
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    return std::isfinite(d) && std::floor(d) == d && std::fabs(d) < 9007199254740992.0;
}

bool isDigits(const QString &text)
{
    return QueryParams::isValidId(text);
}

// The fields a client may send; anything else in an item is ignored (Pinterest ignores unknowns).
const QStringList &writableFields()
{
    static const QStringList fields = {
        s("name"), s("status"), s("campaign_id"), s("billable_event"), s("budget_type"), s("bid_strategy_type"),
        s("pacing_delivery_type"), s("placement_group"), s("promotion_application_level"),
        s("bid_in_micro_currency"), s("budget_in_micro_currency"), s("start_time"), s("end_time"),
        s("lifetime_frequency_cap"), s("auto_targeting_enabled"), s("is_creative_optimization"), s("promotion_id"),
        s("targeting_template_ids"), s("bid_multiplier"), s("tracking_urls"), s("optimization_goal_metadata"),
        s("targeting_spec")};
    return fields;
}

QString enumProblem(const QJsonObject &item, const char *key, const QStringList &allowed, bool nullable)
{
    const QString k = QLatin1String(key);
    if (!item.contains(k))
        return {};
    const QJsonValue v = item.value(k);
    if (v.isNull() && nullable)
        return {};
    if (!v.isString() || !allowed.contains(v.toString()))
        return QStringLiteral("%1 must be one of %2").arg(k, allowed.join(QLatin1String(", ")));
    return {};
}

QString stringArrayProblem(const QString &key, const QJsonValue &v, const QStringList &allowed,
                           const QRegularExpression &pattern = {})
{
    if (v.isNull() || v.isUndefined())
        return {};
    if (!v.isArray())
        return QStringLiteral("targeting_spec.%1 must be an array, but it is %2").arg(key, jsonbody::kindOf(v));
    const QJsonArray a = v.toArray();
    for (const QJsonValue &e : a) {
        if (!e.isString())
            return QStringLiteral("targeting_spec.%1 must contain strings").arg(key);
        if (!allowed.isEmpty() && !allowed.contains(e.toString()))
            return QStringLiteral("targeting_spec.%1 value '%2' is not one of %3")
                .arg(key, e.toString(), allowed.join(QLatin1String(", ")));
        if (!pattern.pattern().isEmpty() && !pattern.match(e.toString()).hasMatch())
            return QStringLiteral("targeting_spec.%1 value '%2' is not valid").arg(key, e.toString());
    }
    return {};
}

} // namespace

AdGroupValidator::AdGroupValidator(const AccountRecord &account, qint64 now)
    : m_account(account)
    , m_now(now)
{
}

AdGroupValidator::Outcome AdGroupValidator::failure(int code, const QString &message)
{
    Outcome o;
    o.code = code;
    o.message = message;
    return o;
}

QString AdGroupValidator::checkTargetingSpec(const QJsonValue &value)
{
    if (!value.isObject())
        return QStringLiteral("targeting_spec must be an object, but it is %1").arg(jsonbody::kindOf(value));
    const QJsonObject t = value.toObject();
    static const QRegularExpression digits(s("^\\d+$"));
    static const QRegularExpression locale(s("^[a-z]{2}(-[A-Z]{2})?$"));
    QString p;
    if (!(p = stringArrayProblem(s("GENDER"), t.value(QLatin1String("GENDER")), specenums::genders())).isEmpty()
        || !(p = stringArrayProblem(s("APPTYPE"), t.value(QLatin1String("APPTYPE")), specenums::appTypes())).isEmpty()
        || !(p = stringArrayProblem(s("AGE_BUCKET"), t.value(QLatin1String("AGE_BUCKET")), specenums::ageBuckets())).isEmpty()
        || !(p = stringArrayProblem(s("INTEREST"), t.value(QLatin1String("INTEREST")), {}, digits)).isEmpty()
        || !(p = stringArrayProblem(s("AUDIENCE_INCLUDE"), t.value(QLatin1String("AUDIENCE_INCLUDE")), {}, digits)).isEmpty()
        || !(p = stringArrayProblem(s("AUDIENCE_EXCLUDE"), t.value(QLatin1String("AUDIENCE_EXCLUDE")), {}, digits)).isEmpty()
        || !(p = stringArrayProblem(s("LOCALE"), t.value(QLatin1String("LOCALE")), {}, locale)).isEmpty()
        || !(p = stringArrayProblem(s("TARGETING_STRATEGY"), t.value(QLatin1String("TARGETING_STRATEGY")),
                                    specenums::targetingStrategies())).isEmpty()
        || !(p = stringArrayProblem(s("LOCATION"), t.value(QLatin1String("LOCATION")), {})).isEmpty()
        || !(p = stringArrayProblem(s("GEO"), t.value(QLatin1String("GEO")), {})).isEmpty())
        return p;
    if (t.contains(QLatin1String("INTEREST")) && t.value(QLatin1String("INTEREST")).isNull())
        return s("targeting_spec.INTEREST cannot be null");

    const QJsonArray locations = t.value(QLatin1String("LOCATION")).toArray();
    for (const QJsonValue &l : locations) {
        const QString code = l.toString();
        if (!specenums::countries().contains(code) && !(isDigits(code) && code.size() == 3))
            return QStringLiteral("targeting_spec.LOCATION value '%1' is neither a country code nor a DMA code").arg(code);
    }
    const QJsonArray geos = t.value(QLatin1String("GEO")).toArray();
    for (const QJsonValue &g : geos) {
        const QString code = g.toString();
        if (code.size() < 4 || !specenums::countries().contains(code.left(2))
            || (code.at(2) != QLatin1Char('-') && code.at(2) != QLatin1Char(':')))
            return QStringLiteral("targeting_spec.GEO value '%1' is not a region (BE-VOV) or postal code (US:94107)")
                .arg(code);
    }
    if (!t.isEmpty() && locations.isEmpty() && geos.isEmpty())
        return s("targeting_spec needs at least one of LOCATION or GEO");

    const bool hasMin = t.contains(QLatin1String("MINIMUM_AGE"));
    const bool hasMax = t.contains(QLatin1String("MAXIMUM_AGE"));
    if (hasMin != hasMax)
        return s("targeting_spec.MINIMUM_AGE and MAXIMUM_AGE must be sent together");
    if (hasMin) {
        if (t.contains(QLatin1String("AGE_BUCKET")) && !t.value(QLatin1String("AGE_BUCKET")).isNull())
            return s("targeting_spec.AGE_BUCKET cannot be combined with MINIMUM_AGE/MAXIMUM_AGE");
        const QJsonValue minV = t.value(QLatin1String("MINIMUM_AGE"));
        const QJsonValue maxV = t.value(QLatin1String("MAXIMUM_AGE"));
        if (!minV.isString() || !maxV.isString())
            return s("targeting_spec.MINIMUM_AGE and MAXIMUM_AGE must be strings such as \"18\" and \"65+\"");
        const QString maxText = maxV.toString();
        bool okMin = false;
        bool okMax = false;
        const int min = minV.toString().toInt(&okMin);
        const int max = maxText == QLatin1String("65+") ? 65 : maxText.toInt(&okMax);
        if (maxText == QLatin1String("65+"))
            okMax = true;
        if (!okMin || !isDigits(minV.toString()) || min < 18 || min > 65)
            return s("targeting_spec.MINIMUM_AGE must be a whole number from \"18\" to \"65\"");
        if (!okMax || max < 18 || max > 65)
            return s("targeting_spec.MAXIMUM_AGE must be from \"18\" to \"65\" or \"65+\"");
        if (min > max)
            return s("targeting_spec.MINIMUM_AGE must not be above MAXIMUM_AGE");
    }
    const QJsonValue retargeting = t.value(QLatin1String("SHOPPING_RETARGETING"));
    if (!retargeting.isUndefined() && !retargeting.isNull()) {
        if (!retargeting.isArray())
            return s("targeting_spec.SHOPPING_RETARGETING must be an array of objects");
        const QJsonArray rules = retargeting.toArray();
        for (const QJsonValue &r : rules) {
            const QJsonObject o = r.toObject();
            if (!r.isObject() || !isInteger(o.value(QLatin1String("lookback_window")))
                || !isInteger(o.value(QLatin1String("exclusion_window")))
                || !o.value(QLatin1String("tag_types")).isArray())
                return s("targeting_spec.SHOPPING_RETARGETING items need integer lookback_window and "
                         "exclusion_window and an integer array tag_types");
        }
    }
    return {};
}

QString AdGroupValidator::checkTrackingUrls(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return {};
    if (!value.isObject())
        return QStringLiteral("tracking_urls must be an object, but it is %1").arg(jsonbody::kindOf(value));
    const QJsonObject urls = value.toObject();
    for (auto it = urls.begin(); it != urls.end(); ++it) {
        if (!specenums::trackingUrlEvents().contains(it.key()))
            return QStringLiteral("tracking_urls key '%1' is not one of %2")
                .arg(it.key(), specenums::trackingUrlEvents().join(QLatin1String(", ")));
        if (!it.value().isArray())
            return QStringLiteral("tracking_urls.%1 must be an array of URLs, but it is %2")
                .arg(it.key(), jsonbody::kindOf(it.value()));
        const QJsonArray list = it.value().toArray();
        if (list.size() > 3)
            return QStringLiteral("tracking_urls.%1 has %2 URLs; at most 3 per event").arg(it.key()).arg(list.size());
        for (const QJsonValue &u : list) {
            const QUrl url(u.toString());
            if (!u.isString() || u.toString().size() > 2000 || !url.isValid()
                || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
                return QStringLiteral("tracking_urls.%1 entries must be http(s) URLs of at most 2000 characters")
                    .arg(it.key());
        }
    }
    return {};
}

QString AdGroupValidator::checkFields(const QJsonObject &item, bool create) const
{
    if (create) {
        for (const char *required : {"name", "campaign_id", "billable_event"}) {
            if (!item.contains(QLatin1String(required)))
                return QStringLiteral("%1 is required").arg(QLatin1String(required));
        }
    }
    if (item.contains(QLatin1String("name"))
        && (!item.value(QLatin1String("name")).isString() || item.value(QLatin1String("name")).toString().trimmed().isEmpty()))
        return s("name must be a non-empty string");
    if (item.contains(QLatin1String("campaign_id"))) {
        static const QRegularExpression pattern(s("^[C]?\\d+$"));
        const QJsonValue v = item.value(QLatin1String("campaign_id"));
        if (!v.isString() || !pattern.match(v.toString()).hasMatch() || v.toString().size() > 19)
            return s("campaign_id must match ^[C]?\\d+$");
    }
    QString p;
    if (!(p = enumProblem(item, "status", specenums::entityStatuses(), false)).isEmpty()
        || !(p = enumProblem(item, "billable_event", specenums::actionTypes(), false)).isEmpty()
        || !(p = enumProblem(item, "budget_type", specenums::budgetTypes(), false)).isEmpty()
        || !(p = enumProblem(item, "bid_strategy_type", specenums::bidStrategyTypes(), true)).isEmpty()
        || !(p = enumProblem(item, "pacing_delivery_type", specenums::pacingDeliveryTypes(), false)).isEmpty()
        || !(p = enumProblem(item, "placement_group", specenums::placementGroups(), false)).isEmpty()
        || !(p = enumProblem(item, "promotion_application_level",
                             {s("NONE"), s("ITEM"), s("AD_GROUP")}, true)).isEmpty())
        return p;
    for (const char *key : {"bid_in_micro_currency", "budget_in_micro_currency", "start_time", "end_time"}) {
        const QJsonValue v = item.value(QLatin1String(key));
        if (!v.isUndefined() && !v.isNull() && (!isInteger(v) || v.toDouble() < 0))
            return QStringLiteral("%1 must be a non-negative integer or null").arg(QLatin1String(key));
    }
    if (item.contains(QLatin1String("lifetime_frequency_cap"))) {
        const QJsonValue v = item.value(QLatin1String("lifetime_frequency_cap"));
        if (!isInteger(v) || v.toDouble() < 1)
            return s("lifetime_frequency_cap must be a positive integer");
    }
    for (const char *key : {"auto_targeting_enabled", "is_creative_optimization"}) {
        const QJsonValue v = item.value(QLatin1String(key));
        const bool nullable = !(create && qstrcmp(key, "auto_targeting_enabled") == 0);
        if (!v.isUndefined() && !v.isBool() && !(v.isNull() && nullable))
            return QStringLiteral("%1 must be true or false").arg(QLatin1String(key));
    }
    if (item.contains(QLatin1String("promotion_id"))) {
        const QJsonValue v = item.value(QLatin1String("promotion_id"));
        if (!v.isNull() && (!v.isString() || !isDigits(v.toString())))
            return s("promotion_id must match ^\\d+$ or be null");
    }
    if (item.contains(QLatin1String("targeting_template_ids"))) {
        const QJsonValue v = item.value(QLatin1String("targeting_template_ids"));
        if (!v.isNull()) {
            const QJsonArray a = v.toArray();
            if (!v.isArray() || a.size() > 1 || (a.size() == 1 && !isDigits(a.at(0).toString())))
                return s("targeting_template_ids takes at most one id matching ^\\d+$");
        }
    }
    if (item.contains(QLatin1String("bid_multiplier"))) {
        const QJsonValue v = item.value(QLatin1String("bid_multiplier"));
        if (!v.isDouble() || v.toDouble() < 0 || v.toDouble() > 10)
            return s("bid_multiplier must be a number from 0 to 10");
    }
    if (item.contains(QLatin1String("optimization_goal_metadata"))) {
        const QJsonValue v = item.value(QLatin1String("optimization_goal_metadata"));
        if (!v.isNull() && !v.isObject())
            return QStringLiteral("optimization_goal_metadata must be an object or null, but it is %1")
                .arg(jsonbody::kindOf(v));
    }
    if (!(p = checkTrackingUrls(item.value(QLatin1String("tracking_urls")))).isEmpty())
        return p;
    if (item.contains(QLatin1String("targeting_spec"))) {
        if (!(p = checkTargetingSpec(item.value(QLatin1String("targeting_spec")))).isEmpty())
            return p;
    }
    return {};
}

QString AdGroupValidator::checkRules(const QJsonObject &g, const QJsonObject *before, const QJsonObject &campaign,
                                     bool create) const
{
    auto text = [&g](const char *key) { return g.value(QLatin1String(key)).toString(); };
    auto present = [&g](const char *key) {
        const QJsonValue v = g.value(QLatin1String(key));
        return !v.isUndefined() && !v.isNull();
    };
    const QString objective = campaign.value(QLatin1String("objective_type")).toString();
    const bool cbo = campaign.value(QLatin1String("is_campaign_budget_optimization")).toBool();
    const QString budgetType = text("budget_type");
    const QString billable = text("billable_event");
    const QString strategy = text("bid_strategy_type");

    if (budgetType == QLatin1String("LIFETIME") && !present("end_time"))
        return s("budget_type LIFETIME requires end_time");
    if (present("start_time") && present("end_time")
        && g.value(QLatin1String("end_time")).toDouble() <= g.value(QLatin1String("start_time")).toDouble())
        return s("end_time must be after start_time");
    if (before && before->value(QLatin1String("status")).toString() != QLatin1String("DRAFT")) {
        if (billable != before->value(QLatin1String("billable_event")).toString())
            return s("billable_event can only be changed on DRAFT ad groups");
        if (budgetType != before->value(QLatin1String("budget_type")).toString())
            return s("budget_type can only be changed on DRAFT ad groups");
    }
    if (present("lifetime_frequency_cap")) {
        if (!present("end_time"))
            return s("lifetime_frequency_cap requires end_time");
        if (billable != QLatin1String("IMPRESSION"))
            return s("lifetime_frequency_cap is only allowed with billable_event IMPRESSION");
    }
    const bool needsBid = (objective == QLatin1String("AWARENESS") && billable == QLatin1String("IMPRESSION"))
        || ((objective == QLatin1String("CONSIDERATION") || objective == QLatin1String("CATALOG_SALES"))
            && billable == QLatin1String("CLICKTHROUGH"));
    if (needsBid && strategy != QLatin1String("AUTOMATIC_BID") && !present("bid_in_micro_currency"))
        return QStringLiteral("bid_in_micro_currency is required for %1 campaigns billed on %2 unless "
                              "bid_strategy_type is AUTOMATIC_BID").arg(objective, billable);
    if (objective == QLatin1String("VIDEO_COMPLETION") && present("bid_strategy_type")
        && strategy != QLatin1String("AUTOMATIC_BID"))
        return s("VIDEO_COMPLETION campaigns only support bid_strategy_type AUTOMATIC_BID");
    if (g.value(QLatin1String("bid_multiplier")).toDouble() > 0 && strategy != QLatin1String("AUTOMATIC_BID"))
        return s("bid_multiplier needs bid_strategy_type AUTOMATIC_BID");
    if (cbo) {
        if (budgetType != QLatin1String("CBO_ADGROUP"))
            return s("ad groups of campaign budget optimization (CBO) campaigns must use budget_type CBO_ADGROUP");
        if (text("pacing_delivery_type") == QLatin1String("ACCELERATED"))
            return s("CBO campaigns only allow pacing_delivery_type STANDARD");
        if (create && DataStore::adGroupCount(m_account, campaign.value(QLatin1String("id")).toString()) >= 70)
            return s("a CBO campaign can have at most 70 ad groups");
    } else {
        if (budgetType == QLatin1String("CBO_ADGROUP"))
            return s("budget_type CBO_ADGROUP is only allowed in CBO campaigns");
        if (!present("budget_in_micro_currency") || g.value(QLatin1String("budget_in_micro_currency")).toDouble() <= 0)
            return s("budget_in_micro_currency is required for ad groups of non-CBO campaigns");
    }
    if (create && objective == QLatin1String("WEB_CONVERSION") && !present("optimization_goal_metadata"))
        return s("optimization_goal_metadata is required for WEB_CONVERSION campaigns");
    return {};
}

AdGroupValidator::Outcome AdGroupValidator::create(const QJsonValue &value) const
{
    if (!value.isObject())
        return failure(InvalidParameter, QStringLiteral("each ad group must be a JSON object, but this one is %1")
                                             .arg(jsonbody::kindOf(value)));
    const QJsonObject item = value.toObject();
    if (const QString p = checkFields(item, true); !p.isEmpty())
        return failure(InvalidParameter, p);
    QString campaignId = item.value(QLatin1String("campaign_id")).toString();
    if (campaignId.startsWith(QLatin1Char('C')))
        campaignId.remove(0, 1);
    const CampaignRecord *campaign = DataStore::campaign(m_account, campaignId);
    if (!campaign)
        return failure(NotFound, QStringLiteral("Campaign %1 not found in ad account %2.").arg(campaignId, m_account.id));

    const bool cbo = campaign->object.value(QLatin1String("is_campaign_budget_optimization")).toBool();
    QJsonObject g{
        {s("ad_account_id"), m_account.id},
        {s("type"), s("adgroup")},
        {s("status"), s("ACTIVE")},
        {s("budget_type"), cbo ? s("CBO_ADGROUP") : s("DAILY")},
        {s("pacing_delivery_type"), s("STANDARD")},
        {s("placement_group"), s("ALL")},
        {s("auto_targeting_enabled"), true},
        {s("is_creative_optimization"), false},
        {s("bid_strategy_type"), QJsonValue()},
        {s("bid_in_micro_currency"), QJsonValue()},
        {s("bid_multiplier"), QJsonValue()},
        {s("budget_in_micro_currency"), QJsonValue()},
        {s("start_time"), QJsonValue()},
        {s("end_time"), QJsonValue()},
        {s("tracking_urls"), QJsonValue()},
        {s("targeting_template_ids"), QJsonValue()},
        {s("promotion_id"), QJsonValue()},
        {s("promotion_application_level"), QJsonValue()},
        {s("conversion_learning_mode_type"), QJsonValue()},
        {s("targeting_spec"), QJsonObject()},
        {s("created_time"), m_now},
        {s("updated_time"), m_now},
    };
    for (const QString &field : writableFields()) {
        if (item.contains(field))
            g.insert(field, item.value(field));
    }
    g.insert(s("campaign_id"), campaignId);
    if (g.value(QLatin1String("optimization_goal_metadata")).isNull())
        g.remove(s("optimization_goal_metadata")); // omitted rather than null: see examples/README.md
    if (const QString p = checkRules(g, nullptr, campaign->object, true); !p.isEmpty())
        return failure(InvalidParameter, p);
    g.insert(s("summary_status"), summaryStatus(g, m_now));
    Outcome o;
    o.adGroup = g;
    return o;
}

AdGroupValidator::Outcome AdGroupValidator::update(const QJsonValue &value) const
{
    if (!value.isObject())
        return failure(InvalidParameter, QStringLiteral("each ad group must be a JSON object, but this one is %1")
                                             .arg(jsonbody::kindOf(value)));
    const QJsonObject item = value.toObject();
    const QJsonValue idValue = item.value(QLatin1String("id"));
    if (idValue.isUndefined())
        return failure(InvalidParameter, s("id is required"));
    if (!idValue.isString() || !isDigits(idValue.toString()))
        return failure(InvalidParameter, s("id must match ^\\d+$"));
    const AdGroupRecord *record = DataStore::adGroup(m_account, idValue.toString());
    if (!record)
        return failure(NotFound, QStringLiteral("Ad group %1 not found in ad account %2.")
                                     .arg(idValue.toString(), m_account.id));
    if (const QString p = checkFields(item, false); !p.isEmpty())
        return failure(InvalidParameter, p);
    const QJsonObject before = record->object();
    if (item.contains(QLatin1String("campaign_id"))) {
        QString campaignId = item.value(QLatin1String("campaign_id")).toString();
        if (campaignId.startsWith(QLatin1Char('C')))
            campaignId.remove(0, 1);
        if (campaignId != record->campaignId)
            return failure(InvalidParameter, s("campaign_id of an existing ad group cannot be changed"));
    }
    QJsonObject g = before;
    for (const QString &field : writableFields()) {
        if (field != QLatin1String("campaign_id") && item.contains(field))
            g.insert(field, item.value(field));
    }
    if (g.value(QLatin1String("optimization_goal_metadata")).isNull())
        g.remove(s("optimization_goal_metadata"));
    const CampaignRecord *campaign = DataStore::campaign(m_account, record->campaignId);
    const QJsonObject campaignObject = campaign ? campaign->object : QJsonObject();
    if (const QString p = checkRules(g, &before, campaignObject, false); !p.isEmpty())
        return failure(InvalidParameter, p);
    // updated_time moves forward even for two updates within the same second.
    const qint64 previous = qint64(before.value(QLatin1String("updated_time")).toDouble());
    g.insert(s("updated_time"), qMax(m_now, previous + 1));
    g.insert(s("summary_status"), summaryStatus(g, m_now));
    Outcome o;
    o.adGroup = g;
    return o;
}

} // namespace pinstripe::sandbox
