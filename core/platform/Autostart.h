// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

/**
 * Start at login, the XDG way (Linux desktops): the package installs
 * /etc/xdg/autostart/io.scrim.Scrim.desktop; a user's own entry of the same name in
 * $XDG_CONFIG_HOME/autostart (default ~/.config/autostart) overrides it, with Hidden=true to switch
 * it off. Without the system entry (a build from source), switching on writes a full entry.
 */
namespace Autostart {

inline constexpr const char* kFileName = "io.scrim.Scrim.desktop";

/** The user's entry. */
QString userEntryPath();
/** True when Scrim starts at login for this user. */
bool isEnabled();
/** Switches start at login on or off for this user; `program` is what the entry runs. Returns an
 *  empty string, or why the entry could not be written. */
QString setEnabled(bool enabled, const QString& program);

} // namespace Autostart
