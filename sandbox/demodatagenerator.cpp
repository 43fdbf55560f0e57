#include "sandbox/demodatagenerator.h"

#include "sandbox/catalog.h"
#include "sandbox/currencyrules.h"
#include "sandbox/datastore.h"
#include "sandbox/specenums.h"
#include "sandbox/summarystatus.h"

#include <QHash>
#include <QJsonArray>

namespace pinstripe::sandbox {

namespace {

constexpr qint64 hour = 3600;
constexpr qint64 day = 24 * hour;

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

} // namespace

DemoDataGenerator::DemoDataGenerator(const SandboxOptions &options, qint64 nowSeconds)
    : m_options(options)
    , m_now(nowSeconds - nowSeconds % hour)
    , m_random(options.seed)
{
}

QList<DemoDataGenerator::AccountProfile> DemoDataGenerator::profiles()
{
    auto l = [](std::initializer_list<const char *> items) {
        QStringList out;
        for (const char *i : items)
            out << QString::fromUtf8(i);
        return out;
    };
    return {
        {QStringLiteral("Northwind Home & Garden"), QStringLiteral("USD"), QStringLiteral("US"),
         QStringLiteral("northwindhome"), l({"OWNER"}),
         l({"Patio Furniture", "Indoor Plants", "Kitchen Remodel", "Cozy Bedroom", "Holiday Decor",
            "Outdoor Lighting", "Bathroom Refresh", "Small Space Living"})},
        {QStringLiteral("Maison Lumière Paris"), QStringLiteral("EUR"), QStringLiteral("FR"),
         QStringLiteral("maisonlumiere"), l({"ADMIN", "CAMPAIGN_MANAGER"}),
         l({"Lampes Design", "Salon Scandinave", "Cadeaux de Noël", "Terrasse d'été", "Cuisine Bistro",
            "Chambre Bohème"})},
        {QStringLiteral("Sakura Kitchenware"), QStringLiteral("JPY"), QStringLiteral("JP"),
         QStringLiteral("sakurakitchen"), l({"CAMPAIGN_MANAGER", "ANALYST"}),
         l({"Bento Boxes", "Cast Iron Teapots", "Knife Sets", "Ceramic Bowls", "Rice Cookers", "Matcha Tools"})},
        {QStringLiteral("Thistle & Thread"), QStringLiteral("GBP"), QStringLiteral("GB"),
         QStringLiteral("thistlethread"), l({"OWNER"}),
         l({"Tweed Jackets", "Wool Scarves", "Knitting Kits", "Tartan Throws"})},
        {QStringLiteral("Maple Trail Outfitters"), QStringLiteral("CAD"), QStringLiteral("CA"),
         QStringLiteral("mapletrail"), l({"ADMIN"}),
         l({"Hiking Boots", "Camping Gear", "Rain Shells", "Trail Snacks"})},
        {QStringLiteral("Coral Coast Swim"), QStringLiteral("AUD"), QStringLiteral("AU"),
         QStringLiteral("coralcoastswim"), l({"OWNER", "FINANCE_MANAGER"}),
         l({"Swimwear", "Beach Towels", "Sun Hats", "Surf Ponchos"})},
    };
}

QStringList DemoDataGenerator::subset(const QStringList &all, double keep)
{
    QStringList out;
    for (const QString &s : all) {
        if (chance(keep))
            out << s;
    }
    if (out.isEmpty())
        out << pick(all);
    return out;
}

void DemoDataGenerator::populate(DataStore &store)
{
    const QList<AccountProfile> known = profiles();
    const int accountCount = qMax(3, m_options.adAccounts);
    QList<AccountRecord *> accounts;
    QList<AccountProfile> accountProfiles;
    for (int i = 0; i < accountCount; ++i) {
        AccountProfile p = known.at(i % known.size());
        if (i >= known.size())
            p.name += QStringLiteral(" %1").arg(i / known.size() + 1);
        accountProfiles << p;
        accounts << &store.putAccount(makeAccount(i, p));
    }

    // Campaigns go round the accounts; ad groups go round the campaigns, so every account
    // gets a share of every kind.
    const int campaignCount = qMax(1, m_options.campaigns);
    QList<QPair<int, QJsonObject>> campaigns;
    for (int j = 0; j < campaignCount; ++j) {
        const int a = j % accountCount;
        const QJsonObject c = makeCampaign(j, *accounts.at(a), accountProfiles.at(a));
        store.putCampaign(*accounts[a], c);
        campaigns.append({a, c});
    }

    qint64 nextId = 2680060704000;
    for (int i = 0; i < m_options.adGroups; ++i) {
        const auto &[a, campaign] = campaigns.at(i % campaigns.size());
        nextId += 1 + below(9);
        store.putAdGroup(*accounts[a],
                         makeAdGroup(i, nextId, *accounts.at(a), accountProfiles.at(a), campaign));
    }

    // A large first account: more ad groups round its own campaigns, until it lists as many
    // as asked for by default (ACTIVE and PAUSED).
    if (m_options.bigAccountAdGroups <= 0)
        return;
    const auto listed = [](const QString &status) {
        return status == QLatin1String("ACTIVE") || status == QLatin1String("PAUSED");
    };
    AccountRecord &big = *accounts.first();
    int shown = 0;
    for (const auto &[key, g] : big.adGroups)
        shown += listed(g.status) ? 1 : 0;
    QList<QJsonObject> own;
    for (const auto &[a, campaign] : std::as_const(campaigns)) {
        if (a == 0)
            own << campaign;
    }
    // Bounded: campaigns that are all drafts would never give a listed ad group.
    const qint64 end = m_options.adGroups + 20LL * m_options.bigAccountAdGroups;
    for (qint64 i = m_options.adGroups; shown < m_options.bigAccountAdGroups && i < end; ++i) {
        const QJsonObject &campaign = own.at(i % own.size());
        nextId += 1 + below(9);
        const QJsonObject g = makeAdGroup(static_cast<int>(i), nextId, big, accountProfiles.first(), campaign);
        shown += listed(g.value(QLatin1String("status")).toString()) ? 1 : 0;
        store.putAdGroup(big, g);
    }
}

QJsonObject DemoDataGenerator::makeAccount(int index, const AccountProfile &p)
{
    const qint64 created = m_now - (400 + 97 * index) * day;
    return QJsonObject{
        {QStringLiteral("id"), QString::number(549755885175LL + 1000LL * index)},
        {QStringLiteral("name"), p.name},
        {QStringLiteral("currency"), p.currency},
        {QStringLiteral("country"), p.country},
        {QStringLiteral("owner"), QJsonObject{{QStringLiteral("id"), QString::number(1099511627776LL + 17LL * index)},
                                              {QStringLiteral("username"), p.ownerName}}},
        {QStringLiteral("permissions"), toArray(p.permissions)},
        {QStringLiteral("created_time"), created},
        {QStringLiteral("updated_time"), created + 30 * day},
    };
}

QJsonObject DemoDataGenerator::makeCampaign(int index, const AccountRecord &account, const AccountProfile &p)
{
    static const char *const objectives[] = {"AWARENESS", "CONSIDERATION", "WEB_CONVERSION", "CATALOG_SALES",
                                             "VIDEO_COMPLETION", "CONSIDERATION", "WEB_CONVERSION", "AWARENESS",
                                             "CATALOG_SALES", "CONSIDERATION"};
    static const char *const seasons[] = {"Spring", "Summer", "Back to School", "Holiday", "Evergreen", "New Year"};
    const QString objective = QLatin1String(objectives[index % 10]);
    const bool cbo = index % 4 == 2;
    QString status = QStringLiteral("ACTIVE");
    if (index % 10 == 3)
        status = QStringLiteral("PAUSED");
    else if (index % 10 == 7)
        status = QStringLiteral("ARCHIVED");
    else if (index % 10 == 9)
        status = QStringLiteral("DRAFT");

    const qint64 start = m_now - (60 + below(90)) * day;
    const qint64 created = start - (1 + below(10)) * day;
    const QString theme = p.themes.at(index % p.themes.size());
    QString objectiveLabel = objective.toLower().replace(QLatin1Char('_'), QLatin1Char(' '));
    objectiveLabel[0] = objectiveLabel[0].toUpper();
    QJsonObject c{
        {QStringLiteral("id"), QString::number(626736533506LL + 113LL * index)},
        {QStringLiteral("ad_account_id"), account.id},
        {QStringLiteral("name"), QStringLiteral("%1 %2 – %3").arg(QLatin1String(seasons[index % 6]), theme, objectiveLabel)},
        {QStringLiteral("status"), status},
        {QStringLiteral("objective_type"), objective},
        {QStringLiteral("type"), QStringLiteral("campaign")},
        {QStringLiteral("created_time"), created},
        {QStringLiteral("updated_time"), created + below(20) * day},
        {QStringLiteral("start_time"), start},
        {QStringLiteral("end_time"), index % 3 == 1 ? QJsonValue(start + 240 * day) : QJsonValue()},
        {QStringLiteral("is_campaign_budget_optimization"), cbo},
        {QStringLiteral("is_flexible_daily_budgets"), cbo && index % 8 == 2},
        {QStringLiteral("is_automated_campaign"), false},
        {QStringLiteral("is_performance_plus"), false},
        {QStringLiteral("order_line_id"), QJsonValue()},
        {QStringLiteral("tracking_urls"), QJsonValue()},
        {QStringLiteral("daily_spend_cap"),
         cbo ? QJsonValue(currencyrules::fromUsdMicros(account.currency, (200 + below(800)) * 1e6, 100)) : QJsonValue()},
        {QStringLiteral("lifetime_spend_cap"), QJsonValue()},
    };
    c.insert(QStringLiteral("summary_status"), summaryStatus(c, m_now));
    return c;
}

QJsonObject DemoDataGenerator::makeTargeting(const AccountRecord &account, const QString &objective,
                                             const QString &placement)
{
    Q_UNUSED(placement)
    QJsonObject t;
    const QString country = account.country;
    if (country == QLatin1String("US") && chance(0.3)) {
        QStringList dmas;
        for (const auto &d : catalog::usDmas()) {
            if (chance(0.3))
                dmas << d.first;
        }
        t.insert(QStringLiteral("LOCATION"), toArray(dmas.isEmpty() ? QStringList{QStringLiteral("501")} : dmas));
    } else if (chance(0.15)) {
        t.insert(QStringLiteral("GEO"), toArray(subset(catalog::regionsOf(country), 0.5)));
    } else {
        QStringList countries{country};
        if (country == QLatin1String("FR") && chance(0.4))
            countries << QStringLiteral("BE");
        if (country == QLatin1String("US") && chance(0.3))
            countries << QStringLiteral("CA");
        t.insert(QStringLiteral("LOCATION"), toArray(countries));
    }
    t.insert(QStringLiteral("LOCALE"), toArray({catalog::localeOf(country)}));
    if (chance(0.6))
        t.insert(QStringLiteral("GENDER"), toArray(subset(specenums::genders(), 0.6)));
    if (chance(0.2)) {
        t.insert(QStringLiteral("AGE_BUCKET"), toArray(subset({QStringLiteral("18-24"), QStringLiteral("25-34"),
                                                               QStringLiteral("35-44"), QStringLiteral("45-49"),
                                                               QStringLiteral("50-54"), QStringLiteral("55-64"),
                                                               QStringLiteral("65+")}, 0.5)));
    } else if (chance(0.85)) {
        static const int mins[] = {18, 21, 25, 30, 35};
        static const char *const maxes[] = {"34", "44", "54", "64", "65+"};
        const int min = mins[below(5)];
        QString max;
        do {
            max = QLatin1String(maxes[below(5)]);
        } while (max != QLatin1String("65+") && max.toInt() <= min);
        t.insert(QStringLiteral("MINIMUM_AGE"), QString::number(min));
        t.insert(QStringLiteral("MAXIMUM_AGE"), max);
    }
    if (chance(0.5))
        t.insert(QStringLiteral("APPTYPE"), toArray(subset(specenums::appTypes(), 0.6)));
    QStringList interestIds;
    for (const auto &i : catalog::interests()) {
        if (chance(0.12))
            interestIds << i.id;
    }
    if (!interestIds.isEmpty())
        t.insert(QStringLiteral("INTEREST"), toArray(interestIds));
    if (chance(0.3))
        t.insert(QStringLiteral("AUDIENCE_INCLUDE"), toArray({QString::number(2542620905473LL + below(40))}));
    if (chance(0.25))
        t.insert(QStringLiteral("AUDIENCE_EXCLUDE"), toArray({QString::number(2542620906000LL + below(40))}));
    if (objective == QLatin1String("CATALOG_SALES")) {
        // The exclusion window is always shorter than the lookback window, as the editor requires.
        const int lookback = pick(QList<int>{7, 14, 30, 60});
        QList<int> exclusions;
        for (int days : {0, 3, 7, 14}) {
            if (days < lookback)
                exclusions << days;
        }
        t.insert(QStringLiteral("SHOPPING_RETARGETING"),
                 QJsonArray{QJsonObject{{QStringLiteral("lookback_window"), lookback},
                                        {QStringLiteral("exclusion_window"), pick(exclusions)},
                                        {QStringLiteral("tag_types"), QJsonArray{0, 6}}}});
    }
    t.insert(QStringLiteral("TARGETING_STRATEGY"),
             toArray({objective == QLatin1String("CATALOG_SALES") ? QStringLiteral("RECONNECT_WITH_USERS")
                                                                   : pick(specenums::targetingStrategies())}));
    return t;
}

QJsonObject DemoDataGenerator::makeAdGroup(int index, qint64 id, const AccountRecord &account,
                                           const AccountProfile &p, const QJsonObject &campaign)
{
    static const char *const audiences[] = {"Women 25-44", "Parents", "Homeowners", "DIY Enthusiasts",
                                            "Newlyweds", "Site Visitors", "Lookalike 3%", "Broad",
                                            "Gen Z Trendsetters", "Gift Shoppers"};
    const QString objective = campaign.value(QLatin1String("objective_type")).toString();
    const bool cbo = campaign.value(QLatin1String("is_campaign_budget_optimization")).toBool();
    const QString currency = account.currency;
    const QString campaignStatus = campaign.value(QLatin1String("status")).toString();

    QString status;
    if (campaignStatus == QLatin1String("DRAFT")) {
        status = chance(0.8) ? QStringLiteral("DRAFT") : QStringLiteral("DELETED_DRAFT");
    } else if (campaignStatus == QLatin1String("ARCHIVED")) {
        status = chance(0.7) ? QStringLiteral("ARCHIVED") : QStringLiteral("PAUSED");
    } else {
        const double r = uniform();
        status = r < 0.58 ? QStringLiteral("ACTIVE")
               : r < 0.80 ? QStringLiteral("PAUSED")
               : r < 0.92 ? QStringLiteral("ARCHIVED")
               : r < 0.98 ? QStringLiteral("DRAFT")
                          : QStringLiteral("DELETED_DRAFT");
    }

    QString placement = QStringLiteral("ALL");
    const double pr = uniform();
    if (pr < 0.2)
        placement = QStringLiteral("SEARCH");
    else if (pr < 0.35)
        placement = QStringLiteral("BROWSE");
    static const QHash<QString, QString> placementLabel = {{QStringLiteral("ALL"), QStringLiteral("All Placements")},
                                                           {QStringLiteral("SEARCH"), QStringLiteral("Search")},
                                                           {QStringLiteral("BROWSE"), QStringLiteral("Browse")}};
    const QString theme = p.themes.at(index % p.themes.size());
    QString name = QStringLiteral("%1 | %2 | %3").arg(theme, QLatin1String(audiences[(index / 3) % 10]),
                                                      placementLabel.value(placement));
    const int round = index / (int(p.themes.size()) * 10);
    if (round > 0)
        name += QStringLiteral(" v%1").arg(round + 1);

    // Billable event and bidding follow the campaign objective, as Pinterest requires.
    QString billable = QStringLiteral("CLICKTHROUGH");
    QString strategy = QStringLiteral("AUTOMATIC_BID");
    double bidUsd = 0;
    if (objective == QLatin1String("AWARENESS")) {
        billable = QStringLiteral("IMPRESSION");
        strategy = chance(0.7) ? QStringLiteral("MAX_BID") : QStringLiteral("AUTOMATIC_BID");
        bidUsd = 2.0 + uniform() * 10.0; // CPM
    } else if (objective == QLatin1String("CONSIDERATION") || objective == QLatin1String("CATALOG_SALES")) {
        const double r = uniform();
        strategy = r < 0.5 ? QStringLiteral("MAX_BID") : r < 0.75 ? QStringLiteral("TARGET_AVG")
                                                                   : QStringLiteral("AUTOMATIC_BID");
        bidUsd = 0.4 + uniform() * 2.4; // CPC
    } else if (objective == QLatin1String("WEB_CONVERSION")) {
        billable = QStringLiteral("IMPRESSION");
        strategy = chance(0.6) ? QStringLiteral("AUTOMATIC_BID") : QStringLiteral("TARGET_AVG");
        bidUsd = 8.0 + uniform() * 30.0; // target CPA
    } else if (objective == QLatin1String("VIDEO_COMPLETION")) {
        billable = QStringLiteral("VIDEO_V_50_MRC");
    }
    const QJsonValue bid = strategy == QLatin1String("AUTOMATIC_BID")
        ? QJsonValue()
        : QJsonValue(currencyrules::fromUsdMicros(currency, bidUsd * 1e6, 1));

    const qint64 campaignStart = qint64(campaign.value(QLatin1String("start_time")).toDouble());
    qint64 start = campaignStart + below(20) * day + below(24) * hour;
    if (chance(0.05))
        start = m_now + (1 + below(20)) * day; // scheduled for later
    QJsonValue end;
    QString budgetType = QStringLiteral("DAILY");
    QJsonValue budget;
    if (cbo) {
        budgetType = QStringLiteral("CBO_ADGROUP");
    } else if (chance(0.25)) {
        budgetType = QStringLiteral("LIFETIME");
        end = start + (30 + below(90)) * day;
        budget = currencyrules::fromUsdMicros(currency, (1000 + below(19000)) * 1e6, 100);
    } else {
        budget = currencyrules::fromUsdMicros(currency, (20 + below(480)) * 1e6, 100);
        if (chance(0.35))
            end = start + (30 + below(150)) * day;
    }
    const qint64 created = qMin(start, m_now) - (1 + below(72)) * hour;
    const qint64 updated = qMin(m_now, created + below(40) * day);

    QJsonObject g{
        {QStringLiteral("id"), QString::number(id)},
        {QStringLiteral("ad_account_id"), account.id},
        {QStringLiteral("campaign_id"), campaign.value(QLatin1String("id"))},
        {QStringLiteral("name"), name},
        {QStringLiteral("type"), QStringLiteral("adgroup")},
        {QStringLiteral("status"), status},
        {QStringLiteral("billable_event"), billable},
        {QStringLiteral("bid_strategy_type"), strategy},
        {QStringLiteral("bid_in_micro_currency"), bid},
        {QStringLiteral("bid_multiplier"), QJsonValue()},
        {QStringLiteral("budget_type"), budgetType},
        {QStringLiteral("budget_in_micro_currency"), budget},
        {QStringLiteral("pacing_delivery_type"),
         !cbo && chance(0.1) ? QStringLiteral("ACCELERATED") : QStringLiteral("STANDARD")},
        {QStringLiteral("placement_group"), placement},
        {QStringLiteral("start_time"), start},
        {QStringLiteral("end_time"), end},
        {QStringLiteral("targeting_spec"), makeTargeting(account, objective, placement)},
        {QStringLiteral("auto_targeting_enabled"), chance(0.4)},
        {QStringLiteral("targeting_template_ids"), QJsonValue()},
        {QStringLiteral("conversion_learning_mode_type"), QJsonValue()},
        {QStringLiteral("is_creative_optimization"), objective == QLatin1String("CATALOG_SALES") && chance(0.5)},
        {QStringLiteral("promotion_id"), QJsonValue()},
        {QStringLiteral("promotion_application_level"), QJsonValue()},
        {QStringLiteral("created_time"), created},
        {QStringLiteral("updated_time"), updated},
    };
    if (billable == QLatin1String("IMPRESSION") && !end.isNull() && chance(0.5))
        g.insert(QStringLiteral("lifetime_frequency_cap"), pick(QList<int>{3, 5, 10, 20, 50}));
    if (chance(0.45)) {
        QJsonObject urls{{QStringLiteral("impression"),
                          QJsonArray{QStringLiteral("https://ad.doubleclick.net/ddm/trackimp/N%1;dc_trk_aid=%2")
                                         .arg(below(90000) + 10000)
                                         .arg(id)}}};
        if (chance(0.6))
            urls.insert(QStringLiteral("click"),
                        QJsonArray{QStringLiteral("https://track.example-analytics.com/c?ag=%1&src=pinterest").arg(id)});
        g.insert(QStringLiteral("tracking_urls"), urls);
    } else {
        g.insert(QStringLiteral("tracking_urls"), QJsonValue());
    }
    if (objective == QLatin1String("WEB_CONVERSION")) {
        static const char *const events[] = {"CHECKOUT", "SIGNUP", "LEAD", "PAGE_VISIT", "ADD_TO_CART"};
        const QString event = QLatin1String(events[below(5)]);
        QJsonObject conversion{
            {QStringLiteral("attribution_windows"), QJsonObject{{QStringLiteral("click_window_days"), 30},
                                                                {QStringLiteral("engagement_window_days"), 30},
                                                                {QStringLiteral("view_window_days"), 1}}},
            {QStringLiteral("conversion_event"), event},
            {QStringLiteral("conversion_tag_id"), QString::number(2612345678901LL + account.key % 1000)},
            {QStringLiteral("cpa_goal_value_in_micro_currency"),
             QString::number(currencyrules::fromUsdMicros(currency, (10 + below(40)) * 1e6, 100))},
            {QStringLiteral("is_roas_optimized"), event == QLatin1String("CHECKOUT") && strategy == QLatin1String("AUTOMATIC_BID")},
            {QStringLiteral("learning_mode_type"), chance(0.3) ? QStringLiteral("ACTIVE") : QStringLiteral("NOT_ACTIVE")},
            {QStringLiteral("reporting_event"), event},
        };
        g.insert(QStringLiteral("optimization_goal_metadata"),
                 QJsonObject{{QStringLiteral("conversion_tag_v3_goal_metadata"), conversion}});
        g.insert(QStringLiteral("conversion_learning_mode_type"), conversion.value(QLatin1String("learning_mode_type")));
    }
    g.insert(QStringLiteral("summary_status"), summaryStatus(g, m_now));
    return g;
}

} // namespace pinstripe::sandbox
