#pragma once

#include <QString>

namespace pinstripe {

/**
 * Places of Pinterest's targeting in people's words, the one place that names them for the
 * breakdowns, the details panel, the targeting editors and the change list:
 *
 * - a country code (COUNTRY, LOCATION): "DE" → "Germany";
 * - a US Nielsen DMA code (LOCATION): "501" → "New York, NY (501)" (DmaMarkets);
 * - an ISO 3166-2 region (GEO, REGION): "US-CA" → "California, United States" (IsoRegions);
 * - a postal code (GEO): "US-94107" or "US:94107" → "Postal code 94107, United States".
 *
 * A code with no known name keeps the code in the words ("Metro area 999", "ZZ, United
 * States"), so nothing is hidden; a value of none of these shapes is returned as given.
 */
class PlaceNames final
{
public:
    /** A two-letter country code by its name ("US" → "United States"); the code itself when unknown. */
    static QString country(const QString &code);
    /**
     * A LOCATION value: a country by name, or a US DMA by its market name and code
     * ("501" → "New York, NY (501)"); a number that is not a DMA as "Metro area 999".
     */
    static QString location(const QString &code);
    /**
     * A region code "CC-SUB" by the subdivision's name and country ("US-CA" → "California,
     * United States"); a subdivision iso-codes does not know keeps its code ("ZZ, United States").
     */
    static QString region(const QString &code);
    /** A postal code "CC-CODE" or "CC:CODE" with its country ("US-94107" → "Postal code 94107, United States"). */
    static QString postal(const QString &code);
    /**
     * A GEO value, a region or a postal code: one written with ':' or with more than three
     * characters after the dash is a postal code (ISO 3166-2 subdivisions have one to three).
     */
    static QString geo(const QString &code);
    /** Whether the GEO value @p code is a postal code rather than a region (see geo()). */
    static bool isPostalCode(const QString &code);
};

} // namespace pinstripe
