#pragma once

#include <QLocale>
#include <QString>

namespace pinstripe {

/**
 * Names of ISO 3166-2 subdivisions (regions, states, provinces: "US-CA" → "California",
 * "BE-VOV" → "Oost-Vlaanderen"), the region values of Pinterest's GEO targeting.
 *
 * The names come from the system's iso-codes data (`iso-codes/json/iso_3166-2.json` in a
 * generic data location, which Debian's `iso-codes` package installs), read once on first use
 * from any thread. They are translated into the language of a QLocale with iso-codes' own
 * gettext catalogue (`locale/<language>/LC_MESSAGES/iso_3166-2.mo`) when one is installed.
 * Without the data file every name is empty and callers fall back to the code.
 */
class IsoRegions final
{
public:
    /**
     * The name of subdivision @p code (case-insensitive, "US-CA"), in the language of
     * @p locale when iso-codes has a translation into it, else as iso-codes writes it.
     * Empty when the code is unknown or the iso-codes data is not installed.
     */
    static QString name(const QString &code, const QLocale &locale = QLocale());
    /** The name as iso-codes writes it, untranslated; empty when unknown. */
    static QString originalName(const QString &code);
    /** Whether the iso-codes subdivision data was found. */
    static bool isAvailable();
    /** Where the data was read from; empty when it was not found. */
    static QString dataFile();
};

} // namespace pinstripe
