// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <spdlog/logger.h>

#include <memory>
#include <string>
#include <string_view>

/**
 * Diagnostics logging (spdlog). One file per process, `<data dir>/logs/<process>.log`, rotating
 * (3 files of 1 MiB); level from SCRIM_LOG_LEVEL (trace, debug, info, warn, error, off; default
 * info). Qt's own messages are routed in. The audit log, not this, is the record of what happened.
 *
 * Never log content: no clipboard text, no matched values, no anonymized output, no keys. Log
 * formats, sizes, rule ids, counts and timings.
 */
namespace Log {

/**
 * Sets logging up for this process; call once, after QCoreApplication exists. Never throws.
 * Returns an empty string, or a sentence explaining why no log file could be written (logging
 * then goes nowhere, and the program goes on).
 */
std::string init(std::string_view processName);

/** The logger of one subsystem: "detect", "clipboard", "policy", "store", "audit", "net", "cli", "ui". */
std::shared_ptr<spdlog::logger> get(std::string_view subsystem);

/** The log file in use, empty when none. */
std::string filePath();

} // namespace Log
