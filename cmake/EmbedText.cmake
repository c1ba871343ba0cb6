# SPDX-License-Identifier: GPL-3.0-or-later
# cmake -DIN=file -DOUT=file.cpp -DNAME=function -P EmbedText.cmake
# Writes a C++ source with `std::string_view NAME()` returning the file's exact bytes.
file(READ "${IN}" content)
string(FIND "${content}" ")SCRIMTEXT\"" clash)
if(NOT clash EQUAL -1)
    message(FATAL_ERROR "${IN} contains the raw-string delimiter")
endif()
file(WRITE "${OUT}.tmp" "// Generated from ${IN} by cmake/EmbedText.cmake; do not edit.\n#include <string_view>\n\nstd::string_view ${NAME}();\n\nstd::string_view ${NAME}()\n{\n    static constexpr char text[] = R\"SCRIMTEXT(${content})SCRIMTEXT\";\n    return std::string_view(text, sizeof text - 1);\n}\n")
file(COPY_FILE "${OUT}.tmp" "${OUT}" ONLY_IF_DIFFERENT)
