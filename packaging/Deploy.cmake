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
# (common/pluginloader.cpp).
if(APPLE)
    set(plugin_destination scim-console.app/Contents/MacOS)
    set(deployed_executable scim-console.app)
    set(qt_conf "") # macdeployqt writes its own
else()
    set(plugin_destination bin)
    set(deployed_executable bin/$<TARGET_FILE_NAME:scim-console>)
    set(qt_conf GENERATE_QT_CONF)
endif()
install(TARGETS scim-console-core scim-console-sandbox LIBRARY DESTINATION ${plugin_destination})
# Qt's deploy tool (windeployqt, macdeployqt) for the executable and both plug-ins: Qt Network,
# QtKeychain, QCoro and Qt HttpServer are linked by the plug-ins only, so following the
# executable alone (qt_generate_deploy_app_script) would leave them out. The paths are relative
# to the install prefix, where the tool runs and where GENERATE_QT_CONF expects them.
set(deploy_script ${CMAKE_CURRENT_BINARY_DIR}/deploy-scim-console.cmake)
file(GENERATE OUTPUT ${deploy_script} CONTENT "
include(\"${QT_DEPLOY_SUPPORT}\")
qt6_deploy_runtime_dependencies(
    EXECUTABLE \"${deployed_executable}\"
    ADDITIONAL_MODULES \"${plugin_destination}/$<TARGET_FILE_NAME:scim-console-core>\"
                       \"${plugin_destination}/$<TARGET_FILE_NAME:scim-console-sandbox>\"
    ${qt_conf})
")
install(SCRIPT ${deploy_script})
