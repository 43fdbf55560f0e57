#pragma once
// Ad groups and campaigns shared by the editor tests.

#include "core/model/adgroup.h"
#include "core/model/campaign.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace editortest {

inline const QString kAccount = QStringLiteral("549755885175");
inline const QString kCampaign = QStringLiteral("626736533506");
inline const QString kCboCampaign = QStringLiteral("626736533507");

inline QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

inline QList<pinstripe::Campaign> campaigns()
{
    return {pinstripe::Campaign::fromJson(json(R"({"id":"626736533506","name":"Spring","objective_type":"AWARENESS",)"
                                               R"("is_campaign_budget_optimization":false})")),
            pinstripe::Campaign::fromJson(json(R"({"id":"626736533507","name":"Summer","objective_type":"CONSIDERATION",)"
                                               R"("is_campaign_budget_optimization":true})"))};
}

/** An ACTIVE ad group with a daily budget of 10.00 and a maximum bid of 2.00 (account currency). */
inline pinstripe::AdGroup activeAdGroup(const QString &id = QStringLiteral("2680060704746"),
                                        const QString &name = QStringLiteral("Spring sale"), qint64 budget = 10'000'000)
{
    pinstripe::AdGroup adGroup = pinstripe::AdGroup::fromJson(json(
        R"({"ad_account_id":"549755885175","campaign_id":"626736533506","status":"ACTIVE","budget_type":"DAILY",)"
        R"("bid_in_micro_currency":2000000,"bid_strategy_type":"MAX_BID","billable_event":"IMPRESSION",)"
        R"("start_time":1700000000,"end_time":null,"placement_group":"ALL","pacing_delivery_type":"STANDARD",)"
        R"("auto_targeting_enabled":true,"targeting_spec":{"LOCATION":["US"],"GENDER":["female"]},)"
        R"("tracking_urls":null,"promotion_id":null,"summary_status":"RUNNING","type":"adgroup",)"
        R"("created_time":1699990000,"updated_time":1700000100,"feed_profile_id":"0","dca_assets":null})"));
    adGroup.id = id;
    adGroup.name = name;
    adGroup.budgetInMicroCurrency = budget;
    return adGroup;
}

} // namespace editortest
