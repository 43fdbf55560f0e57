#pragma once

#include <QList>
#include <QString>

namespace pinstripe {

/** One US Nielsen Designated Market Area: its three-digit code and its market's name. */
struct DmaMarket
{
    QString code; ///< "807"
    QString name; ///< "San Francisco–Oakland–San Jose, CA"
};

/**
 * The 210 US Nielsen DMAs (metro areas), the US values of Pinterest's LOCATION targeting
 * besides country codes, with their market names as people write them: cities joined by en
 * dashes, then the state ("Boston, MA–Manchester, NH", "Washington, DC (Hagerstown, MD)").
 *
 * The names are proper names and are not translated.
 */
class DmaMarkets final
{
public:
    /** The market name of the DMA @p code ("501" → "New York, NY"); empty when the code is not a DMA. */
    static QString name(const QString &code);
    /** Whether @p code is one of the DMAs. */
    static bool contains(const QString &code);
    /** Every DMA, in code order. */
    static QList<DmaMarket> all();
};

} // namespace pinstripe
