// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Paths {

/**
 * The folder for Scrim's own files (logs, later the encrypted store): $SCRIM_DATA_DIR when set,
 * else the platform's per-user application data folder. Created with mode 0700 when missing;
 * returns an empty string when it cannot be created.
 */
QString dataDir();

} // namespace Paths
