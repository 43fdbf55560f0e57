#pragma once

#include <QString>

namespace pinstripe {

/**
 * Targeting breakdown values in words for people: "android_mobile" → "Android phone",
 * "US" → "United States" (the country's name from QLocale), "25-34" → "25–34",
 * "female" → "Women", "25-34|male" → "Men 25–34"; places as PlaceNames words them
 * ("501" → "New York, NY (501)", "US-CA" → "California, United States").
 *
 * Values with no known wording (keywords, interests, audiences) are returned as sent; the
 * codes themselves stay available for exports meant for tools.
 */
class TargetingValueNames
{
public:
    /** @p value of the targeting type @p type (TargetingBreakdown::types()) in words. */
    static QString label(const QString &type, const QString &value);

    /** "18-24" → "18–24", "65+" → "65 and over". */
    static QString ageBucket(const QString &bucket);
    /** "female" → "Women", "male" → "Men", "unknown" → "Gender unknown". */
    static QString gender(const QString &gender);
    /** "android_mobile" → "Android phone", "web" → "Desktop web", … */
    static QString appType(const QString &appType);
    /** A two-letter country code by its name; the code itself when unknown (PlaceNames::country). */
    static QString country(const QString &code);
};

} // namespace pinstripe
