#pragma once

#include <QLocale>
#include <QStringList>

class QCoreApplication;

namespace pinstripe {

/**
 * Installs the translators for @p locale on @p app: Pinstripe's own catalogue (embedded at
 * :/i18n) and Qt's qtbase catalogue from the Qt installation (or next to the executable on
 * Windows/macOS deployments). Returns the catalogues that were found and installed, by file
 * name, so callers and tests can tell a missing language from a loaded one.
 */
QStringList installTranslations(QCoreApplication *app, const QLocale &locale);

} // namespace pinstripe
