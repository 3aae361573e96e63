# Settings every target of the project shares: strict warnings, Qt's safety defines, sanitizers.
add_library(scim_settings INTERFACE)
target_compile_options(scim_settings INTERFACE -Wall -Wextra -Wpedantic -Werror -Wshadow
                                               -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
                                               -Woverloaded-virtual -Wnull-dereference)
# GCC 12 at -O3 takes a std::optional<QString> inside a std::variant for maybe uninitialized (a
# false positive of its inliner with -O3): only in optimised builds, only on GCC.
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    target_compile_options(scim_settings INTERFACE $<$<CONFIG:Release>:-Wno-maybe-uninitialized>)
endif()
target_compile_definitions(scim_settings INTERFACE
    QT_NO_CAST_TO_ASCII QT_NO_CAST_FROM_BYTEARRAY QT_NO_URL_CAST_FROM_STRING QT_USE_QSTRINGBUILDER
    QT_NO_FOREACH QT_NO_KEYWORDS
    SCIM_CONSOLE_VERSION="${PROJECT_VERSION}")
if(SCIM_SANITIZE)
    target_compile_options(scim_settings INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer
                                                   -fno-sanitize-recover=undefined)
    target_link_options(scim_settings INTERFACE -fsanitize=address,undefined)
endif()

# scim_add_library(NAME SOURCES… [DEPENDS …]): one static library per src/ folder. A library
# exposes only its own folder: its include directory holds one link, <folder> → src/<folder>, so
# "engine/run/run.h" resolves for the engine and for what links it, and "app/…" does not. The
# layer rule itself (who may link whom) is in DEPENDS and checked by tests/lint/check-layers.sh.
function(scim_add_library name)
    cmake_parse_arguments(arg "" "" "SOURCES;DEPENDS" ${ARGN})
    add_library(${name} STATIC ${arg_SOURCES})
    get_filename_component(folder "${CMAKE_CURRENT_SOURCE_DIR}" NAME)
    set(interface "${CMAKE_BINARY_DIR}/interface/${folder}")
    file(MAKE_DIRECTORY "${interface}")
    file(CREATE_LINK "${CMAKE_CURRENT_SOURCE_DIR}" "${interface}/${folder}" SYMBOLIC)
    target_include_directories(${name} PUBLIC "${interface}")
    target_link_libraries(${name} PUBLIC scim_settings ${arg_DEPENDS})
    # Every library's sources feed the translation catalogue (Qt 6.4 scans only what it is given).
    foreach(src IN LISTS arg_SOURCES)
        get_filename_component(abs "${src}" ABSOLUTE)
        set_property(GLOBAL APPEND PROPERTY SCIM_TRANSLATABLE_SOURCES "${abs}")
    endforeach()
endfunction()

# scim_add_plugin(NAME SOURCES… LINKS…): a plug-in the executable loads with common::loadPlugin():
# beside the executable in the build tree, installed below <libdir>/scim-console/plugins
# (packaging/CMakeLists.txt). What it links stays inside: no symbol of the static libraries is
# exported, so its copies of them never meet the executable's, and nothing is left undefined.
function(scim_add_plugin name)
    cmake_parse_arguments(arg "" "" "SOURCES;LINKS" ${ARGN})
    include(GNUInstallDirs)
    add_library(${name} MODULE ${arg_SOURCES})
    target_link_libraries(${name} PRIVATE ${arg_LINKS})
    set_target_properties(${name} PROPERTIES
        PREFIX ""
        LIBRARY_OUTPUT_DIRECTORY ${PROJECT_BINARY_DIR}/src
        CXX_VISIBILITY_PRESET hidden
        VISIBILITY_INLINES_HIDDEN ON
        SCIM_INSTALL_DIR ${CMAKE_INSTALL_LIBDIR}/scim-console/plugins)
    target_link_options(${name} PRIVATE LINKER:--exclude-libs,ALL LINKER:--no-undefined)
endfunction()
