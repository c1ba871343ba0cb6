// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/Paths.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace Paths {

QString dataDir()
{
    QString dir = qEnvironmentVariable("SCRIM_DATA_DIR");
    if (dir.isEmpty()) {
        dir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    }
    if (dir.isEmpty()) {
        return {};
    }
    QDir d(dir);
    if (!d.exists()) {
        if (!d.mkpath(u"."_qs)) {
            return {};
        }
        QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    return d.absolutePath();
}

} // namespace Paths
