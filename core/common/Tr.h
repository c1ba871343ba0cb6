// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

/**
 * Marks an English string in code that cannot call tr() (core/detect links no Qt) for
 * translation. lupdate is told to treat it like QT_TRANSLATE_NOOP (see translations/CMakeLists.txt);
 * front ends translate with QCoreApplication::translate(context, text).
 */
#define SCRIM_TR_NOOP(context, text) text
