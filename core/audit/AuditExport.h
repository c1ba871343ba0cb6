// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/audit/AuditEvent.h"

#include <QString>

/**
 * The audit log's export formats, shared by `scrim-cli log export` and the Activity window: CSV
 * (one header line, then a line per event, text fields quoted) and JSON Lines (one object per
 * event). Both hold exactly the event's fields, which never include a sensitive value.
 */
namespace AuditExport {

enum class Format
{
    Jsonl,
    Csv,
};

/** The first line of a CSV export (with its newline); empty for JSON Lines. */
QString header(Format format);
/** One event as a line (with its newline). */
QString line(const AuditEvent& event, Format format);

} // namespace AuditExport
