// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/platform/Autostart.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace {

// The entries the desktop reads before the user's own, in $XDG_CONFIG_DIRS (default /etc/xdg).
bool systemEntryExists()
{
    QString dirs = qEnvironmentVariable("XDG_CONFIG_DIRS");
    if (dirs.isEmpty()) {
        dirs = u"/etc/xdg"_qs;
    }
    for (const QString& d : dirs.split(u':', Qt::SkipEmptyParts)) {
        if (QFile::exists(d + u"/autostart/"_qs + QString::fromLatin1(Autostart::kFileName))) {
            return true;
        }
    }
    return false;
}

} // namespace

QString Autostart::userEntryPath()
{
    QString config = qEnvironmentVariable("XDG_CONFIG_HOME");
    if (config.isEmpty()) {
        config = QDir::homePath() + u"/.config"_qs;
    }
    return config + u"/autostart/"_qs + QString::fromLatin1(kFileName);
}

bool Autostart::isEnabled()
{
    QFile user(userEntryPath());
    if (!user.open(QIODevice::ReadOnly)) {
        return systemEntryExists();
    }
    const QByteArray text = user.readAll();
    return !text.contains("\nHidden=true") && !text.contains("\nX-GNOME-Autostart-enabled=false");
}

QString Autostart::setEnabled(bool enabled, const QString& program)
{
    const QString path = userEntryPath();
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        return QFileInfo(path).absolutePath();
    }
    if (enabled && systemEntryExists()) {
        // The system entry does it; the user's override would only hide it.
        if (QFile::exists(path) && !QFile::remove(path)) {
            return path;
        }
        return QString();
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return path;
    }
    // The desktop entry spec quotes arguments with spaces and escapes quotes and backslashes in them.
    QString exec = program;
    if (exec.contains(u' ') || exec.contains(u'"') || exec.contains(u'\\')) {
        exec.replace(u"\\"_qs, u"\\\\"_qs).replace(u"\""_qs, u"\\\""_qs);
        exec = u'"' + exec + u'"';
    }
    QByteArray entry = "[Desktop Entry]\nType=Application\nName=Scrim\nExec=" + exec.toUtf8()
                       + "\nIcon=scrim\nTerminal=false\nNoDisplay=true\nX-GNOME-Autostart-enabled=true\n";
    if (!enabled) {
        entry += "Hidden=true\n";
    }
    file.write(entry);
    return file.commit() ? QString() : path;
}
