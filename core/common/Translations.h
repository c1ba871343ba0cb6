// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QString>

class QCoreApplication;

namespace Translations {

/**
 * Installs Scrim's translator for the user's UI languages (falls back to the English source
 * strings) and Qt's own. Call once, after the application object exists.
 */
void install(QCoreApplication& app);

/**
 * The message of a core Error for a user: translated when the core marked it with
 * SCRIM_TR_NOOP("CoreErrors", ...), else as written (rule errors that name a rule, for admins).
 */
QString errorMessage(const Error& error);

} // namespace Translations
