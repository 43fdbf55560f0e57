#pragma once

#include <QString>

namespace pinstripe::enumtext {

/**
 * An API enum value for people: "MAX_BID" → "Max bid", "CLICKTHROUGH" → "Clickthrough".
 * Unknown values are shown the same way rather than hidden.
 */
QString humanize(const QString &value);

} // namespace pinstripe::enumtext
