#pragma once

#include "core/appinfo_generated.h"

#include <QString>

namespace pinstripe::appinfo {

/** Human-readable application name, also the QSettings application name. */
inline QString applicationName() { return QStringLiteral("Pinstripe"); }
/** QSettings organization name: keeps settings under one vendor folder on every platform. */
inline QString organizationName() { return QStringLiteral("Pinstripe"); }
/** Organization domain, used by macOS for the settings file name. */
inline QString organizationDomain() { return QStringLiteral("pinstripe.app"); }
/** Version from the top-level CMakeLists.txt. */
inline QString version() { return QStringLiteral(PINSTRIPE_VERSION_STRING); }
/** Reverse-DNS id shared by the desktop file, the AppStream metainfo and the icon. */
inline QString appId() { return QStringLiteral(PINSTRIPE_APP_ID_STRING); }

} // namespace pinstripe::appinfo
