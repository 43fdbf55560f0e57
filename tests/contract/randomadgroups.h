#pragma once

// Random ad groups as Pinterest might return them (with arbitrary nulls and absent members) and
// random valid values for every member a person can edit, from one seeded generator so that a
// failure can be replayed. Used by tst_requestbodies.

#include "core/model/adgroup.h"
#include "core/model/campaign.h"
#include "core/model/enums.h"

#include <QJsonArray>
#include <QRandomGenerator>

namespace pinstripe::testing {

using namespace Qt::StringLiterals;

class RandomAdGroups
{
public:
    explicit RandomAdGroups(quint32 seed)
        : m_random(seed)
    {
    }

    QRandomGenerator &random() { return m_random; }
    int between(int low, int high) { return int(m_random.bounded(low, high + 1)); }
    bool chance(int percent) { return between(1, 100) <= percent; }

    template<typename List>
    auto pick(const List &list) -> std::decay_t<decltype(list.at(0))>
    {
        return list.at(m_random.bounded(int(list.size())));
    }

    /** 1–@p most distinct entries of @p list. */
    QStringList some(const QStringList &list, int most)
    {
        QStringList out;
        const int count = between(1, qMin(most, int(list.size())));
        while (out.size() < count) {
            const QString value = pick(list);
            if (!out.contains(value))
                out << value;
        }
        return out;
    }

    QString digits(int length)
    {
        QString out = QString::number(between(1, 9));
        while (out.size() < length)
            out += QChar(u'0' + between(0, 9));
        return out;
    }

    /** A name a person might type: letters, digits, punctuation, umlauts, quotes, emoji; 1–255 characters. */
    QString name()
    {
        static const QStringList pieces{u"Spring"_s, u"Sale"_s, u"Herbst"_s, u"Größe"_s, u"\"Best\""_s,
                                        u"été"_s,    u"#1"_s,   u"🎉"_s,    u"a/b"_s,    u"50%"_s,
                                        u"東京"_s,   u"\\"_s,   u"  "_s,    u"&"_s,      u"<i>"_s};
        QString out;
        const int words = chance(3) ? 80 : between(1, 6);
        for (int i = 0; i < words; ++i)
            out += pick(pieces) + u' ';
        out = out.trimmed().left(240);
        return out.isEmpty() ? u"x"_s : out;
    }

    /** Whole minor units of 1 to 100,000 currency units, in micros. */
    qint64 moneyMicros() { return qint64(between(1, 10'000'000)) * 10'000; }

    /** A bid of 0.01 to 1,000.00 in whole cents, in micros. */
    qint64 bidMicros() { return qint64(between(1, 100'000)) * 10'000; }

    qint64 time() { return 1'790'000'000 + qint64(between(0, 40'000'000)); }

    TargetingSpec targetingSpec()
    {
        TargetingSpec spec;
        if (chance(30))
            spec.ageBucket = some(enums::ageBuckets(), 3);
        if (chance(30))
            spec.appType = some(enums::appTypes(), 3);
        if (chance(15))
            spec.audienceInclude = QStringList{digits(13)};
        if (chance(15))
            spec.audienceExclude = QStringList{digits(13), digits(12)};
        if (chance(40))
            spec.gender = some(enums::genders(), 2);
        if (chance(20))
            spec.geo = some({u"US-94107"_s, u"BE-VOV"_s, u"DE-BY"_s, u"FR-75"_s}, 2);
        if (chance(35))
            spec.interest = QStringList{digits(15), digits(16)};
        if (chance(40))
            spec.locale = some({u"en"_s, u"de"_s, u"fr"_s, u"es"_s}, 3);
        if (chance(70))
            spec.location = chance(20) ? QStringList{u"807"_s, u"501"_s} : some(enums::countries(), 4);
        if (chance(40))
            spec.targetingStrategy = QStringList{pick(enums::targetingStrategies())};
        // Age buckets or a minimum and maximum age, never both (the builder offers one or the other).
        if (!spec.ageBucket.hasValue() && chance(25)) {
            const int low = between(18, 40);
            spec.minimumAge = QString::number(low);
            spec.maximumAge = chance(30) ? u"65+"_s : QString::number(between(low, 64));
        }
        if (chance(10)) {
            ShoppingRetargeting retargeting;
            retargeting.lookbackWindow = between(1, 180);
            retargeting.exclusionWindow = between(1, 30);
            retargeting.tagTypes = QList<int>{0, 6};
            spec.shoppingRetargeting = QList<ShoppingRetargeting>{retargeting};
        }
        return spec;
    }

    TrackingUrls trackingUrls()
    {
        TrackingUrls urls;
        const auto some = [this] {
            QStringList list;
            for (int i = between(1, 3); i > 0; --i)
                list << u"https://track.example/%1?p=%2"_s.arg(digits(4), digits(3));
            return list;
        };
        if (chance(60))
            urls.impression = some();
        if (chance(60))
            urls.click = some();
        if (chance(30))
            urls.engagement = some();
        if (chance(20))
            urls.buyableButton = some();
        if (chance(20))
            urls.audienceVerification = some();
        return urls;
    }

    OptimizationGoalMetadata optimizationGoal()
    {
        OptimizationGoalMetadata goal;
        switch (between(0, 2)) {
        case 0: {
            ConversionTagGoalMetadata tag;
            AttributionWindows windows;
            windows.clickWindowDays = pick(QList<int>{1, 7, 30, 60});
            windows.engagementWindowDays = pick(QList<int>{1, 7, 30, 60});
            windows.viewWindowDays = pick(QList<int>{1, 7, 30, 60});
            tag.attributionWindows = windows;
            tag.conversionEvent = pick(enums::conversionEvents());
            tag.conversionTagId = digits(13);
            tag.cpaGoalValueInMicroCurrency = QString::number(moneyMicros());
            tag.isRoasOptimized = tag.conversionEvent.value() == u"CHECKOUT" && chance(50);
            tag.learningModeType = pick(QStringList{u"NOT_ACTIVE"_s, u"ACTIVE"_s});
            goal.conversionTagV3GoalMetadata = tag;
            break;
        }
        case 1: {
            FrequencyGoalMetadata frequency;
            frequency.frequency = between(2, 20);
            frequency.timerange = pick(enums::frequencyTimeranges());
            goal.frequencyGoalMetadata = frequency;
            break;
        }
        default: {
            ScrollupGoalMetadata scrollup;
            scrollup.scrollupGoalValueInMicroCurrency = QString::number(moneyMicros());
            goal.scrollupGoalMetadata = scrollup;
        }
        }
        return goal;
    }

    /**
     * Sets @p field to a value, null or absent: @p valuePercent of the time a value, the rest
     * split between null and absent.
     */
    template<typename T, typename Make>
    void fill(Field<T> &field, int valuePercent, Make make)
    {
        if (chance(valuePercent))
            field.set(make());
        else if (chance(50))
            field.setNull();
        else
            field.clear();
    }

    /**
     * @p value with some of its members null, as an answer of Pinterest may have them (the age
     * range is left whole: Pinterest keeps its two ends together).
     */
    template<typename T>
    T withNulls(const T &value)
    {
        if (!chance(25))
            return value;
        static const QStringList targetingKeys{
            u"AGE_BUCKET"_s, u"APPTYPE"_s, u"AUDIENCE_EXCLUDE"_s, u"AUDIENCE_INCLUDE"_s, u"GENDER"_s,
            u"GEO"_s, u"INTEREST"_s, u"LOCALE"_s, u"LOCATION"_s,
            u"SHOPPING_RETARGETING"_s, u"TARGETING_STRATEGY"_s};
        static const QStringList trackingKeys{u"impression"_s, u"click"_s, u"engagement"_s, u"buyable_button"_s,
                                              u"audience_verification"_s};
        const QStringList &keys = std::is_same_v<T, TargetingSpec> ? targetingKeys : trackingKeys;
        QJsonObject json = value.toJson();
        for (int i = between(1, 3); i > 0; --i)
            json.insert(pick(keys), QJsonValue::Null);
        return T::fromJson(json);
    }

    /** An ad group of @p campaign as Pinterest might return it: any member may be null or absent. */
    AdGroup serverAdGroup(const Campaign &campaign)
    {
        AdGroup a;
        a.id = digits(18);
        a.adAccountId = campaign.adAccountId.valueOr({});
        a.campaignId = campaign.id.valueOr({});
        fill(a.name, 95, [this] { return name(); });
        fill(a.status, 90, [this] { return pick(enums::entityStatuses()); });
        fill(a.summaryStatus, 80, [this] { return pick(enums::adGroupSummaryStatuses()); });
        fill(a.budgetInMicroCurrency, 70, [this] { return moneyMicros(); });
        fill(a.bidInMicroCurrency, 60, [this] { return bidMicros(); });
        fill(a.bidMultiplier, 30, [this] { return between(1, 100) / 10.0; });
        fill(a.budgetType, 85, [this] { return pick(enums::budgetTypes()); });
        fill(a.startTime, 70, [this] { return time(); });
        fill(a.endTime, 50, [this] { return time() + 50'000'000; });
        fill(a.targetingSpec, 85, [this] { return withNulls(targetingSpec()); });
        fill(a.lifetimeFrequencyCap, 40, [this] { return qint64(between(1, 100)); });
        fill(a.trackingUrls, 40, [this] { return withNulls(trackingUrls()); });
        fill(a.autoTargetingEnabled, 50, [this] { return chance(50); });
        fill(a.placementGroup, 80, [this] { return pick(enums::placementGroupTypes()); });
        fill(a.pacingDeliveryType, 80, [this] { return pick(enums::pacingDeliveryTypes()); });
        fill(a.billableEvent, 90, [this] { return pick(enums::actionTypes()); });
        fill(a.bidStrategyType, 60, [this] { return pick(enums::bidStrategyTypes()); });
        fill(a.optimizationGoalMetadata, 30, [this] { return optimizationGoal(); });
        fill(a.conversionLearningModeType, 30, [this] { return pick(enums::conversionLearningModeTypes()); });
        fill(a.isCreativeOptimization, 40, [this] { return chance(50); });
        fill(a.promotionId, 15, [this] { return digits(12); });
        fill(a.promotionApplicationLevel, 15, [this] { return pick(enums::promotionApplicationLevels()); });
        fill(a.targetingTemplateIds, 15, [this] { return QStringList{digits(14)}; });
        fill(a.createdTime, 90, [this] { return time() - 60'000'000; });
        fill(a.updatedTime, 90, [this] { return time() - 30'000'000; });
        fill(a.type, 90, [] { return u"adgroup"_s; });
        fill(a.feedProfileId, 30, [this] { return digits(15); });
        fill(a.dcaAssets, 10, [] { return QJsonValue(QJsonObject{{u"pin_id"_s, u"1"_s}}); });
        // Pinterest's own ad groups are consistent where its rules tie members together.
        settle(a, nullptr, &campaign, false);
        return a;
    }

    /** The writable members a person can change in the editor, by wire name. */
    static const QStringList &editableMembers()
    {
        static const QStringList members{
            u"name"_s, u"status"_s, u"budget_in_micro_currency"_s, u"bid_in_micro_currency"_s,
            u"bid_multiplier"_s, u"budget_type"_s, u"start_time"_s, u"end_time"_s, u"targeting_spec"_s,
            u"lifetime_frequency_cap"_s, u"tracking_urls"_s, u"auto_targeting_enabled"_s,
            u"placement_group"_s, u"pacing_delivery_type"_s, u"billable_event"_s, u"bid_strategy_type"_s,
            u"optimization_goal_metadata"_s, u"is_creative_optimization"_s, u"promotion_id"_s,
            u"promotion_application_level"_s, u"targeting_template_ids"_s, u"campaign_id"_s};
        return members;
    }

    /** Gives @p member of @p a a new valid value, or clears it (@p clear), as the editor would. */
    void edit(AdGroup &a, const QString &member, bool clear, const QList<Campaign> &campaigns)
    {
        const auto apply = [&](auto &field, auto make) {
            if (!clear)
                field.set(make());
            else if (chance(50))
                field.setNull();
            else
                field.clear();
        };
        if (member == u"name")
            apply(a.name, [this] { return name(); });
        else if (member == u"status")
            apply(a.status, [this] { return pick(editableStatuses()); });
        else if (member == u"budget_in_micro_currency")
            apply(a.budgetInMicroCurrency, [this] { return moneyMicros(); });
        else if (member == u"bid_in_micro_currency")
            apply(a.bidInMicroCurrency, [this] { return bidMicros(); });
        else if (member == u"bid_multiplier")
            apply(a.bidMultiplier, [this] { return between(1, 100) / 10.0; });
        else if (member == u"budget_type")
            apply(a.budgetType, [this] { return pick(enums::budgetTypes()); });
        else if (member == u"start_time")
            apply(a.startTime, [this] { return time(); });
        else if (member == u"end_time")
            apply(a.endTime, [this] { return time() + 50'000'000; });
        else if (member == u"targeting_spec")
            apply(a.targetingSpec, [this] { return targetingSpec(); });
        else if (member == u"lifetime_frequency_cap")
            apply(a.lifetimeFrequencyCap, [this] { return qint64(between(1, 100)); });
        else if (member == u"tracking_urls")
            apply(a.trackingUrls, [this] { return trackingUrls(); });
        else if (member == u"auto_targeting_enabled")
            apply(a.autoTargetingEnabled, [this] { return chance(50); });
        else if (member == u"placement_group")
            apply(a.placementGroup, [this] { return pick(enums::placementGroupTypes()); });
        else if (member == u"pacing_delivery_type")
            apply(a.pacingDeliveryType, [this] { return pick(enums::pacingDeliveryTypes()); });
        else if (member == u"billable_event")
            apply(a.billableEvent, [this] { return pick(enums::actionTypes()); });
        else if (member == u"bid_strategy_type")
            apply(a.bidStrategyType, [this] { return pick(enums::bidStrategyTypes()); });
        else if (member == u"optimization_goal_metadata")
            apply(a.optimizationGoalMetadata, [this] { return optimizationGoal(); });
        else if (member == u"is_creative_optimization")
            apply(a.isCreativeOptimization, [this] { return chance(50); });
        else if (member == u"promotion_id")
            apply(a.promotionId, [this] { return digits(12); });
        else if (member == u"promotion_application_level")
            apply(a.promotionApplicationLevel, [this] { return pick(enums::promotionApplicationLevels()); });
        else if (member == u"targeting_template_ids")
            apply(a.targetingTemplateIds, [this] { return QStringList{digits(14)}; });
        else if (member == u"campaign_id")
            apply(a.campaignId, [&] { return pick(campaigns).id.valueOr({}); });
        else
            qFatal("no editor for %s", qPrintable(member));
    }

    static QStringList editableStatuses()
    {
        return {u"ACTIVE"_s, u"PAUSED"_s, u"ARCHIVED"_s, u"DRAFT"_s};
    }

    /**
     * What a person does when the editor names a problem: the members that depend on each other
     * (budget type and campaign, bid and bid strategy, frequency cap and billable event, end
     * time) made to agree, members that only a draft may change set back, and (with
     * @p fillRequired, for a new ad group) the members a create needs filled in. Members that
     * depend on nothing keep whatever they hold, nulls included.
     */
    void settle(AdGroup &a, const AdGroup *before, const Campaign *campaign, bool fillRequired)
    {
        const bool cbo = campaign && campaign->isCampaignBudgetOptimization.valueOr(false);
        if (fillRequired) {
            if (!a.name.hasValue())
                a.name = name();
            if (!a.status.hasValue())
                a.status = u"ACTIVE"_s;
            if (!a.billableEvent.hasValue())
                a.billableEvent = u"IMPRESSION"_s;
            if (!a.placementGroup.hasValue())
                a.placementGroup = u"ALL"_s;
            if (!a.pacingDeliveryType.hasValue())
                a.pacingDeliveryType = u"STANDARD"_s;
            if (a.autoTargetingEnabled.isNull())
                a.autoTargetingEnabled = true;
            if (a.lifetimeFrequencyCap.isNull())
                a.lifetimeFrequencyCap.clear();
        }
        if (before) {
            if (!a.name.hasValue())
                a.name = before->name;
            if (!a.campaignId.hasValue())
                a.campaignId = before->campaignId;
            if (before->status.valueOr({}) != u"DRAFT") {
                a.budgetType = before->budgetType;
                a.billableEvent = before->billableEvent;
            }
        }
        if (!before || before->status.valueOr({}) == u"DRAFT") {
            if (cbo)
                a.budgetType = u"CBO_ADGROUP"_s;
            else if (a.budgetType.valueOr(u"CBO_ADGROUP"_s) == u"CBO_ADGROUP")
                a.budgetType = u"DAILY"_s;
        }
        if (cbo)
            a.pacingDeliveryType = u"STANDARD"_s;
        else if (!a.budgetInMicroCurrency.hasValue())
            a.budgetInMicroCurrency = moneyMicros();
        if (a.budgetType.valueOr({}) == u"LIFETIME" || a.lifetimeFrequencyCap.hasValue()) {
            if (!a.endTime.hasValue())
                a.endTime = time() + 50'000'000;
        }
        if (a.lifetimeFrequencyCap.hasValue() && a.billableEvent.valueOr({}) != u"IMPRESSION") {
            if (before && before->lifetimeFrequencyCap.hasValue())
                a.billableEvent = u"IMPRESSION"_s; // only reached for a draft: its event may change
            else
                a.lifetimeFrequencyCap.clear();
        }
        const auto goal = a.optimizationGoalMetadata.valueOr({}).conversionTagV3GoalMetadata.valueOr({});
        if (a.bidMultiplier.hasValue() || goal.isRoasOptimized.valueOr(false))
            a.bidStrategyType = u"AUTOMATIC_BID"_s;
        if (!a.bidInMicroCurrency.hasValue() && a.bidStrategyType.valueOr({}) != u"AUTOMATIC_BID")
            a.bidInMicroCurrency = bidMicros();
        if (campaign && campaign->objectiveType.valueOr({}).contains(u"CONVERSION")
            && !a.optimizationGoalMetadata.hasValue()) {
            OptimizationGoalMetadata conversion;
            ConversionTagGoalMetadata tag;
            tag.conversionEvent = u"PAGE_VISIT"_s;
            tag.conversionTagId = digits(13);
            conversion.conversionTagV3GoalMetadata = tag;
            a.optimizationGoalMetadata = conversion;
        }
    }

    Campaign campaign(const QString &adAccountId)
    {
        Campaign c;
        c.id = digits(18);
        c.adAccountId = adAccountId;
        c.name = name();
        c.status = u"ACTIVE"_s;
        c.objectiveType = pick(enums::objectiveTypes());
        c.isCampaignBudgetOptimization = chance(20);
        if (chance(50))
            c.dailySpendCap = moneyMicros();
        return c;
    }

private:
    QRandomGenerator m_random;
};

} // namespace pinstripe::testing
