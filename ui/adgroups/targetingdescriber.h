#pragma once

#include "core/model/targetingspec.h"

#include <QCoreApplication>
#include <QStringList>

namespace pinstripe {

/**
 * Puts an ad group's targeting spec into words, one sentence per kind of restriction:
 * "Ages 25 to 54.", "Women.", "Locations: United States, Germany.", "Languages: English.".
 * Places (PlaceNames) and languages are named, not coded; interests are shown as given (names when the
 * list was fetched with translate_interests_to_names). Used by the details panel and reusable
 * wherever a targeting spec is summarised.
 */
class TargetingDescriber final
{
    Q_DECLARE_TR_FUNCTIONS(TargetingDescriber)

public:
    /** The sentences describing @p spec; an empty spec gives one sentence saying it targets everyone. */
    static QStringList describe(const TargetingSpec &spec);

    /** "18 to 34", "65 and over", "up to 24"; empty when no age limit is set. */
    static QString ageRange(const TargetingSpec &spec);
    /** A LOCATION value in words (PlaceNames::location): "DE" → "Germany", "501" → "New York, NY (501)". */
    static QString locationName(const QString &code);
    /** A GEO value in words (PlaceNames::geo): "US-94107" → "Postal code 94107, United States", "US-CA" → "California, United States". */
    static QString geoName(const QString &code);
    /** An ISO 639-1 code by its language's name: "de" → "German". */
    static QString languageName(const QString &code);
    static QString genderName(const QString &gender);
    static QString appTypeName(const QString &appType);
};

} // namespace pinstripe
