#pragma once

#include "sandbox/httpmessage.h"

namespace pinstripe::sandbox {

/**
 * GET /resources/targeting/{targeting_type}: the targeting options with their names, from the
 * same catalogue that names interests in `translate_interests_to_names` lists, so the two agree.
 * INTEREST and LOCATION (US DMAs) are served; the other types give an empty list.
 */
class ResourcesApi final
{
public:
    HttpResponse targetingOptions(const QString &targetingType) const;
};

} // namespace pinstripe::sandbox
