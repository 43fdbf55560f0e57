#pragma once

// The members of each model as the 5.23 spec defines them, for the random round-trip tests.
// Written from the spec independently of the model code, so a member the model forgets to read
// or write shows up as a round-trip mismatch (it would otherwise pass through unknownFields,
// which the member-level checks in tst_modelroundtrip also rule out).

#include "modeltestsupport.h"

namespace pinstripe::test {

inline Member m(const char *key, Type type, std::function<Schema()> nested = {})
{
    return Member{QString::fromLatin1(key), type, std::move(nested)};
}

inline Schema trackingUrlsSchema()
{
    return {m("impression", Type::StringList), m("click", Type::StringList),
            m("engagement", Type::StringList), m("buyable_button", Type::StringList),
            m("audience_verification", Type::StringList)};
}

inline Schema shoppingRetargetingSchema()
{
    return {m("lookback_window", Type::Int), m("exclusion_window", Type::Int),
            m("tag_types", Type::IntList)};
}

inline Schema targetingSpecSchema()
{
    return {m("AGE_BUCKET", Type::StringList), m("APPTYPE", Type::StringList),
            m("AUDIENCE_EXCLUDE", Type::StringList), m("AUDIENCE_INCLUDE", Type::StringList),
            m("GENDER", Type::StringList), m("GEO", Type::StringList),
            m("INTEREST", Type::StringList), m("LOCALE", Type::StringList),
            m("LOCATION", Type::StringList), m("TARGETING_STRATEGY", Type::StringList),
            m("MINIMUM_AGE", Type::String), m("MAXIMUM_AGE", Type::String),
            m("SHOPPING_RETARGETING", Type::ObjectList, shoppingRetargetingSchema)};
}

inline Schema optimizationGoalMetadataSchema()
{
    const auto windows = [] {
        return Schema{m("click_window_days", Type::Int), m("engagement_window_days", Type::Int),
                      m("view_window_days", Type::Int)};
    };
    const auto conversion = [windows] {
        return Schema{m("attribution_windows", Type::Object, windows),
                      m("conversion_event", Type::String), m("conversion_tag_id", Type::Id),
                      m("cpa_goal_value_in_micro_currency", Type::Id),
                      m("is_roas_optimized", Type::Bool), m("learning_mode_type", Type::String),
                      m("reporting_event", Type::String)};
    };
    const auto frequency = [] {
        return Schema{m("frequency", Type::Int), m("timerange", Type::String)};
    };
    const auto scrollup = [] {
        return Schema{m("scrollup_goal_value_in_micro_currency", Type::Id)};
    };
    return {m("conversion_tag_v3_goal_metadata", Type::Object, conversion),
            m("frequency_goal_metadata", Type::Object, frequency),
            m("scrollup_goal_metadata", Type::Object, scrollup)};
}

inline Schema adGroupSchema()
{
    return {m("id", Type::Id), m("ad_account_id", Type::Id), m("campaign_id", Type::Id),
            m("name", Type::String), m("status", Type::String),
            m("summary_status", Type::String), m("budget_in_micro_currency", Type::Integer),
            m("bid_in_micro_currency", Type::Integer), m("bid_multiplier", Type::Double),
            m("budget_type", Type::String), m("start_time", Type::Integer),
            m("end_time", Type::Integer),
            m("targeting_spec", Type::Object, targetingSpecSchema),
            m("lifetime_frequency_cap", Type::Integer),
            m("tracking_urls", Type::Object, trackingUrlsSchema),
            m("auto_targeting_enabled", Type::Bool), m("placement_group", Type::String),
            m("pacing_delivery_type", Type::String), m("billable_event", Type::String),
            m("bid_strategy_type", Type::String),
            m("optimization_goal_metadata", Type::Object, optimizationGoalMetadataSchema),
            m("conversion_learning_mode_type", Type::String),
            m("is_creative_optimization", Type::Bool), m("promotion_id", Type::Id),
            m("promotion_application_level", Type::String),
            m("targeting_template_ids", Type::StringList), m("created_time", Type::Integer),
            m("updated_time", Type::Integer), m("type", Type::String),
            m("feed_profile_id", Type::Id), m("dca_assets", Type::Any)};
}

inline Schema adAccountSchema()
{
    const auto owner = [] { return Schema{m("id", Type::Id), m("username", Type::String)}; };
    return {m("id", Type::Id), m("name", Type::String), m("country", Type::String),
            m("currency", Type::Currency), m("owner", Type::Object, owner),
            m("permissions", Type::StringList), m("created_time", Type::Integer),
            m("updated_time", Type::Integer)};
}

inline Schema campaignSchema()
{
    const auto bidOptions = [] {
        return Schema{m("app_type_multipliers", Type::Any), m("audience_multipliers", Type::Any),
                      m("placement_multipliers", Type::Any)};
    };
    return {m("id", Type::Id), m("ad_account_id", Type::Id), m("name", Type::String),
            m("status", Type::String), m("daily_spend_cap", Type::Integer),
            m("lifetime_spend_cap", Type::Integer), m("start_time", Type::Integer),
            m("end_time", Type::Integer), m("is_automated_campaign", Type::Bool),
            m("is_flexible_daily_budgets", Type::Bool), m("order_line_id", Type::Id),
            m("tracking_urls", Type::Object, trackingUrlsSchema),
            m("bid_options", Type::Object, bidOptions), m("created_time", Type::Integer),
            m("is_campaign_budget_optimization", Type::Bool),
            m("is_performance_plus", Type::Bool), m("objective_type", Type::String),
            m("summary_status", Type::String), m("type", Type::String),
            m("updated_time", Type::Integer)};
}

inline Schema bidFloorSpecSchema()
{
    return {m("billable_event", Type::String), m("countries", Type::StringList),
            m("creative_type", Type::String), m("currency", Type::Currency),
            m("objective_type", Type::String),
            m("optimization_goal_metadata", Type::Object, optimizationGoalMetadataSchema)};
}

inline Schema bidFloorRequestSchema()
{
    return {m("bid_floor_specs", Type::ObjectList, bidFloorSpecSchema),
            m("targeting_spec", Type::Object, targetingSpecSchema)};
}

inline Schema bidFloorSchema()
{
    return {m("bid_floors", Type::Int64List), m("type", Type::String)};
}

inline Schema audienceSizingRequestSchema()
{
    const auto keyword = [] {
        return Schema{m("match_type", Type::String), m("value", Type::String)};
    };
    return {m("auto_targeting_enabled", Type::Bool), m("creative_types", Type::StringList),
            m("keywords", Type::ObjectList, keyword), m("placement_group", Type::String),
            m("product_group_ids", Type::StringList),
            m("targeting_spec", Type::Object, targetingSpecSchema)};
}

inline Schema audienceSizingSchema()
{
    return {m("audience_size_lower_bound", Type::Double),
            m("audience_size_upper_bound", Type::Double)};
}

inline Schema apiExceptionSchema()
{
    return {m("code", Type::Integer), m("message", Type::String)};
}

inline Schema batchResultSchema()
{
    const auto item = [] {
        return Schema{m("data", Type::Object, adGroupSchema),
                      m("exceptions", Type::ObjectList, apiExceptionSchema)};
    };
    return {m("items", Type::ObjectList, item)};
}

} // namespace pinstripe::test
