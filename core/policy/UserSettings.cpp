// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/policy/UserSettings.h"

#include "core/common/Paths.h"

#include <QFile>
#include <QSettings>

namespace {

const QStringList kLanguages{u"en"_qs, u"de"_qs, u"sv"_qs, u"fr"_qs};

QString key(Category c)
{
    const std::string_view name = categoryName(c);
    return u"operators/"_qs + QString::fromLatin1(name.data(), static_cast<qsizetype>(name.size()));
}

} // namespace

QString UserSettings::defaultPath()
{
    return Paths::dataDir() + u"/settings.ini"_qs;
}

UserSettings UserSettings::load(const QString& path)
{
    UserSettings s;
    if (!QFile::exists(path)) {
        return s;
    }
    QSettings ini(path, QSettings::IniFormat);
    for (std::size_t c = 0; c < s.operators.size(); ++c) {
        const QString v = ini.value(key(static_cast<Category>(c))).toString();
        s.operators[c] = operatorFromName(v.toStdString());
    }
    s.notices = ini.value(u"notices"_qs, true).toBool();
    const QString lang = ini.value(u"language"_qs).toString();
    s.language = kLanguages.contains(lang) ? lang : QString();
    return s;
}

bool UserSettings::save(const QString& path) const
{
    QSettings ini(path, QSettings::IniFormat);
    for (std::size_t c = 0; c < operators.size(); ++c) {
        if (operators[c]) {
            const std::string_view name = operatorName(*operators[c]);
            ini.setValue(key(static_cast<Category>(c)),
                         QString::fromLatin1(name.data(), static_cast<qsizetype>(name.size())));
        } else {
            ini.remove(key(static_cast<Category>(c)));
        }
    }
    ini.setValue(u"notices"_qs, notices);
    ini.setValue(u"language"_qs, language);
    ini.sync();
    return ini.status() == QSettings::NoError;
}

Policy UserSettings::applyTo(const Policy& policy, bool allowed) const
{
    Policy p = policy;
    if (!allowed) {
        return p;
    }
    for (std::size_t c = 0; c < operators.size(); ++c) {
        if (!operators[c]) {
            continue;
        }
        for (auto& handling : p.handling[c]) {
            handling.op = *operators[c];
        }
    }
    return p;
}
