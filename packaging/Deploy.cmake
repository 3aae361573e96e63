# Windows and macOS: the executable as a GUI application with its icon, installed together with
# the Qt libraries and plugins it needs (windeployqt / macdeployqt, through Qt's deploy script).
# Not built on the Debian build machine: docs/PACKAGING.md says what was and was not tried.
if(WIN32)
    # The .rc gives the .exe its icon in Explorer and the taskbar.
    configure_file(${CMAKE_CURRENT_LIST_DIR}/windows/scim-console.rc.in
                   ${CMAKE_CURRENT_BINARY_DIR}/generated/scim-console.rc @ONLY)
    target_sources(scim-console PRIVATE ${CMAKE_CURRENT_BINARY_DIR}/generated/scim-console.rc)
    # The command line front end writes to the console it was started from: a console-subsystem
    # executable keeps stdout and stdin working; WIN32_EXECUTABLE would detach them.
    set_target_properties(scim-console PROPERTIES WIN32_EXECUTABLE OFF)
elseif(APPLE)
    set_source_files_properties(${icons}/scim-console.icns PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
    target_sources(scim-console PRIVATE ${icons}/scim-console.icns)
    set_target_properties(scim-console PROPERTIES
        MACOSX_BUNDLE ON
        MACOSX_BUNDLE_INFO_PLIST ${CMAKE_CURRENT_LIST_DIR}/macos/Info.plist.in
        MACOSX_BUNDLE_GUI_IDENTIFIER ${SCIM_APP_ID}
        MACOSX_BUNDLE_BUNDLE_NAME "SCIM Setup Console"
        MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
        MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
        MACOSX_BUNDLE_ICON_FILE scim-console.icns)
endif()

install(TARGETS scim-console BUNDLE DESTINATION . RUNTIME DESTINATION bin)
# The core and sandbox plug-ins beside the executable, where they are looked for first
# (common/pluginloader.cpp). Qt's deploy script follows the executable's own libraries only: Qt
# Network, QtKeychain and QCoro, which only the core links, must be deployed beside it too
# (docs/PACKAGING.md).
if(APPLE)
    install(TARGETS scim-console-core scim-console-sandbox LIBRARY DESTINATION scim-console.app/Contents/MacOS)
else()
    install(TARGETS scim-console-core scim-console-sandbox LIBRARY DESTINATION bin)
endif()
qt_generate_deploy_app_script(TARGET scim-console OUTPUT_SCRIPT deploy_script NO_UNSUPPORTED_PLATFORM_ERROR)
install(SCRIPT ${deploy_script})
