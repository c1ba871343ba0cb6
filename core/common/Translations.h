// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QCoreApplication;

namespace Translations {

/**
 * Installs Scrim's translator for the user's UI languages (falls back to the English source
 * strings) and Qt's own. Call once, after the application object exists.
 */
void install(QCoreApplication& app);

} // namespace Translations
