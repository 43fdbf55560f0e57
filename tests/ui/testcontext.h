// The application context as main() builds it, with its databases in a test's own folder.
#pragma once

#include "core/app/appcontext.h"

#include <QString>

namespace pinstripe::testing {

/** Context options for a test: databases under @p dataDirectory, a keychain service of its own. */
inline AppContext::Options contextOptions(const QString &dataDirectory)
{
    AppContext::Options options;
    options.dataDirectory = dataDirectory;
    options.keychainService = QStringLiteral("PinstripeTest");
    return options;
}

} // namespace pinstripe::testing
