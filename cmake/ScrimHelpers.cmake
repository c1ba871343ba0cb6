# SPDX-License-Identifier: GPL-3.0-or-later
# Warnings, hardening and sanitizers for every Scrim target, and the one function that adds a test.

add_library(scrim_options INTERFACE)
target_compile_options(scrim_options INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual
    -Wformat=2 -Wimplicit-fallthrough -Wmissing-declarations
    # GCC 12 warns about omitted members even in designated initializers (the rule tables use them).
    -Wno-missing-field-initializers)
if(SCRIM_WERROR)
    target_compile_options(scrim_options INTERFACE -Werror)
endif()
# GCC 12 at -O2/-O3 reports std::string concatenation as overlapping memcpy (GCC bug 105329).
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    target_compile_options(scrim_options INTERFACE -Wno-restrict)
endif()
target_compile_definitions(scrim_options INTERFACE
    QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING QT_NO_FOREACH
    $<$<NOT:$<CONFIG:Debug>>:_FORTIFY_SOURCE=2>)
target_compile_options(scrim_options INTERFACE -fstack-protector-strong)
if(SCRIM_SANITIZE)
    target_compile_options(scrim_options INTERFACE
        -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
    target_link_options(scrim_options INTERFACE -fsanitize=address,undefined)
endif()

# scrim_add_test(NAME TestFoo SOURCES a.cpp LIBS lib... [GUI] [ENV K=V...])
# One executable per test; GUI tests run offscreen unless they set QT_QPA_PLATFORM themselves.
function(scrim_add_test)
    cmake_parse_arguments(T "GUI" "NAME" "SOURCES;LIBS;ENV" ${ARGN})
    add_executable(${T_NAME} ${T_SOURCES})
    target_link_libraries(${T_NAME} PRIVATE ${T_LIBS} Qt6::Test scrim_options)
    target_include_directories(${T_NAME} PRIVATE ${PROJECT_SOURCE_DIR})
    add_test(NAME ${T_NAME} COMMAND ${T_NAME})
    set(env "LC_ALL=C.UTF-8" "SCRIM_LOG_LEVEL=debug"
        "SCRIM_SOURCE_DIR=${PROJECT_SOURCE_DIR}"
        "SCRIM_BIN_DIR=${CMAKE_BINARY_DIR}/bin"
        "ASAN_OPTIONS=detect_leaks=1:abort_on_error=0"
        "LSAN_OPTIONS=suppressions=${PROJECT_SOURCE_DIR}/tests/lsan.supp:print_suppressions=0"
        "UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1")
    if(NOT T_GUI)
        list(APPEND env "QT_QPA_PLATFORM=offscreen")
    endif()
    list(APPEND env ${T_ENV})
    set_tests_properties(${T_NAME} PROPERTIES ENVIRONMENT "${env}" TIMEOUT 600)
endfunction()
