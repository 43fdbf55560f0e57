# Installers with CPack: a .deb on Debian/Ubuntu, NSIS/WiX on Windows, a DragNDrop .dmg on
# macOS. See packaging/README.md for how to build each one.
include(InstallRequiredSystemLibraries)

set(CPACK_PACKAGE_NAME "pinstripe")
set(CPACK_PACKAGE_VENDOR "The Pinstripe developers")
set(CPACK_PACKAGE_CONTACT "The Pinstripe developers <hello@pinstripe.app>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION_FILE "${PROJECT_SOURCE_DIR}/packaging/description.txt")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Pinstripe")
set(CPACK_PACKAGE_EXECUTABLES "pinstripe" "Pinstripe")
set(CPACK_PACKAGE_ICON "${PROJECT_SOURCE_DIR}/resources/icons/hicolor/256x256/apps/${PINSTRIPE_APP_ID}.png")
set(CPACK_STRIP_FILES ON)

# Debian: shlibdeps finds the Qt libraries actually linked; the rest is loaded at run time.
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libqt6sql6-sqlite, qt6-qpa-plugins, libqt6svg6, libsecret-1-0, iso-codes, libxlsxwriter4")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager, qt6-translations-l10n")

# Windows: NSIS by default, WiX when asked for (cpack -G WIX).
set(CPACK_NSIS_DISPLAY_NAME "Pinstripe")
set(CPACK_NSIS_PACKAGE_NAME "Pinstripe")
set(CPACK_NSIS_MUI_ICON "${PROJECT_SOURCE_DIR}/packaging/windows/pinstripe.ico")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\pinstripe.exe")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_WIX_UPGRADE_GUID "6F1C8C3E-2B5D-4F0A-9A51-3E7C2D8B4A10")
set(CPACK_WIX_PRODUCT_ICON "${PROJECT_SOURCE_DIR}/packaging/windows/pinstripe.ico")

# macOS: a drag-and-drop disk image holding Pinstripe.app.
set(CPACK_DMG_VOLUME_NAME "Pinstripe")

if(WIN32)
    set(CPACK_GENERATOR "NSIS")
elseif(APPLE)
    set(CPACK_GENERATOR "DragNDrop")
else()
    set(CPACK_GENERATOR "DEB")
endif()

# On Windows and macOS the installer must carry Qt itself: Qt's deploy tooling
# (windeployqt / macdeployqt, wrapped by qt_generate_deploy_app_script) copies the Qt
# libraries and plugins next to the executable at install time.
if((WIN32 OR APPLE) AND COMMAND qt_generate_deploy_app_script)
    qt_generate_deploy_app_script(
        TARGET pinstripe
        OUTPUT_SCRIPT pinstripe_deploy_script
        NO_UNSUPPORTED_PLATFORM_ERROR)
    install(SCRIPT "${pinstripe_deploy_script}")
endif()

include(CPack)
