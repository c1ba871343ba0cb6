// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

class QObject;

/**
 * Scrim's writes to the clipboard, in one place: every write carries the own-owner format (so the
 * guard does not scan it again), and texts holding originals also carry the password-manager hint
 * (so clipboard histories do not keep them). GUI thread.
 */
namespace ClipboardWriter {

/** The clipboard format that marks Scrim's own writes. */
inline constexpr const char* kOwnerFormat = "application/x-scrim-owner";

/** The owner format's value on texts that hold originals (a restored answer): the clipboard guard scans
 *  those like any copy. Anonymized copies carry "1" and are not scanned again. */
inline const QByteArray kHoldsOriginals = QByteArrayLiteral("originals");

/** Puts `text` (and `html` when not empty) on the clipboard, marked as Scrim's own. */
void write(const QString& text, const QString& html, bool holdsOriginals);

/**
 * Puts a restored text (originals in it) on the clipboard, and clears the clipboard after
 * `clearSeconds` if it still holds that text (0: never). The timer lives as long as `context`.
 */
void writeRestored(const QString& text, int clearSeconds, QObject* context);

/** True when the clipboard holds `text` written by Scrim. */
bool holds(const QString& text);

} // namespace ClipboardWriter
