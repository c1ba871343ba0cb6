// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/policy/Policy.h"

#include <QString>

#include <array>
#include <optional>

/**
 * What a user may set for themselves (the Settings window): the anonymize operator per category,
 * whether notices that need no decision are shown, and the language. Kept in `settings.ini` in the
 * data folder; it holds no sensitive value. Where the managed configuration says users may not
 * change settings, the operators are not applied (the policy's stand) and the window shows them
 * read-only. Any thread, but one writer at a time.
 */
struct UserSettings
{
    /** Per category (index = Category): the operator the user chose; nullopt keeps the policy's. */
    std::array<std::optional<Operator>, 6> operators{};
    /** Notices for warnings and automatic anonymization; notices that ask for a decision always show. */
    bool notices = true;
    /** "" follows the system; otherwise "en", "de", "sv" or "fr" (takes effect at the next start). */
    QString language;

    /** `<data dir>/settings.ini`. */
    static QString defaultPath();
    /** Reads `path`; a missing or unreadable file gives the defaults, unknown values are ignored. */
    static UserSettings load(const QString& path);
    /** Writes `path`; false when it cannot be written. */
    bool save(const QString& path) const;

    /** `policy` with the user's operators for every destination, when `allowed`; else `policy` as is. */
    Policy applyTo(const Policy& policy, bool allowed) const;

    bool operator==(const UserSettings&) const = default;
};
