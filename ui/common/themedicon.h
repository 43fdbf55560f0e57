#pragma once

#include <QIcon>
#include <QString>

namespace pinstripe {

/**
 * The icon named @p name in the freedesktop naming scheme ("view-refresh", "edit-find" …) from
 * the desktop's icon theme, so the app looks at home; where the theme has none (no theme at all,
 * on Windows and macOS, or a sparse one), the bundled scalable copy from the Tango theme, which
 * stays crisp at any scale. Empty for a name that is neither in the theme nor bundled.
 */
QIcon themedIcon(const QString &name);

/** True when a scalable copy of @p name ships inside the app. */
bool hasBundledIcon(const QString &name);

} // namespace pinstripe
