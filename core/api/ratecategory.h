#pragma once

#include <QString>

namespace pinstripe {

/**
 * Pinterest's rate-limit categories (`x-ratelimit-category` in the API description).
 * Calls in one category share one budget.
 */
enum class RateCategory {
    AdsRead,      ///< ads_read: lists, gets, bid floors, audience sizing
    AdsWrite,     ///< ads_write: ad group create and update
    AdsAnalytics, ///< ads_analytics: analytics and targeting analytics
};

/** "ads_read", "ads_write", "ads_analytics". */
QString rateCategoryName(RateCategory category);

} // namespace pinstripe
