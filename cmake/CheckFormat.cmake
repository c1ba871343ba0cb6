# SPDX-License-Identifier: GPL-3.0-or-later
# cmake -DCLANG_FORMAT=... -DROOT=... -P CheckFormat.cmake: fails when a C++ file differs from .clang-format.
file(GLOB_RECURSE files
    "${ROOT}/core/*.h" "${ROOT}/core/*.cpp" "${ROOT}/app/*.h" "${ROOT}/app/*.cpp"
    "${ROOT}/ui/*.h" "${ROOT}/ui/*.cpp" "${ROOT}/tests/*.h" "${ROOT}/tests/*.cpp"
    "${ROOT}/bench/*.h" "${ROOT}/bench/*.cpp")
execute_process(COMMAND ${CLANG_FORMAT} --dry-run --Werror --style=file ${files}
    RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "Formatting differs from .clang-format (fix: clang-format -i FILES):\n${err}")
endif()
list(LENGTH files n)
message(STATUS "${n} files formatted as .clang-format says")
