// SPDX-License-Identifier: GPL-3.0-or-later
// Platforms without an implementation yet (Windows and macOS come with their own folders).
#include "core/platform/ActiveWindow.h"

std::unique_ptr<ActiveWindowSource> ActiveWindowSource::create()
{
    return std::make_unique<FixedActiveWindow>("this platform does not tell Scrim which window has the focus yet");
}
