# CPack: one configuration, a generator per platform. `cpack -G DEB` (scripts/package) on Linux,
# NSIS on Windows, DragNDrop on macOS.
set(CPACK_PACKAGE_NAME scim-console)
set(CPACK_PACKAGE_VENDOR "The SCIM Setup Console authors")
set(CPACK_PACKAGE_CONTACT "${SCIM_MAINTAINER}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${SCIM_HOMEPAGE}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "SCIM Setup Console")
set(CPACK_PACKAGE_EXECUTABLES scim-console "SCIM Setup Console")
set(CPACK_PACKAGE_ICON "${CMAKE_CURRENT_LIST_DIR}/icons/scim-console.svg")
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/build/;/\\\\.git/;/node_modules/")

# Debian: the synopsis is CPACK_PACKAGE_DESCRIPTION_SUMMARY; this is the long description.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "SCIM Setup Console takes an administrator from wanting SCIM provisioning to an
identity provider that provisions users correctly. It prepares the setup
request for the SCIM service provider, keeps the endpoint and token it receives
in the system keychain, verifies the token and the endpoint's TLS as Microsoft
Entra ID and Okta judge them, and replays a synthetic pilot user's whole life
exactly as the identity provider would send it, then cleans up after itself.
.
The same checks run from the command line for scripts and CI, with JSON, HTML,
PDF and JUnit reports; an embedded sandbox SCIM tenant lets anyone try
everything offline.")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_SECTION admin)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${SCIM_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${SCIM_HOMEPAGE}")
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
# dpkg-shlibdeps finds the linked libraries; what Qt loads at run time it cannot see: the SVG icon
# engine for the status icons (libqt6svg6); Qt's own German and French strings, Wayland, and a
# Secret Service for the keychain are recommended (QtKeychain's own recommendation).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager, qt6-translations-l10n, qt6-wayland")

# Windows: an NSIS installer with a Start menu entry (WiX would need a licence file to show).
set(CPACK_NSIS_PACKAGE_NAME "SCIM Setup Console")
set(CPACK_NSIS_DISPLAY_NAME "SCIM Setup Console")
set(CPACK_NSIS_MUI_ICON "${CMAKE_CURRENT_LIST_DIR}/icons/scim-console.ico")
set(CPACK_NSIS_MUI_UNIICON "${CMAKE_CURRENT_LIST_DIR}/icons/scim-console.ico")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\scim-console.exe")
set(CPACK_NSIS_URL_INFO_ABOUT "${SCIM_HOMEPAGE}")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)

# macOS: a disk image holding the bundle.
set(CPACK_DMG_VOLUME_NAME "SCIM Setup Console")

if(WIN32)
    set(CPACK_GENERATOR NSIS)
elseif(APPLE)
    set(CPACK_GENERATOR DragNDrop)
else()
    set(CPACK_GENERATOR DEB)
endif()
include(CPack)
