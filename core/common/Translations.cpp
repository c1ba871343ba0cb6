// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Translations {

void install(QCoreApplication& app)
{
    const QLocale locale;
    auto* own = new QTranslator(&app);
    // English is the source language, but its plural forms ("1 finding", "2 findings") live in
    // scrim_en: it is the fallback for locales without a translation, "C" included.
    if (own->load(locale, u"scrim"_qs, u"_"_qs, u":/i18n"_qs) || own->load(u":/i18n/scrim_en.qm"_qs)) {
        QCoreApplication::installTranslator(own);
    } else {
        delete own;
    }
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, u"qtbase"_qs, u"_"_qs, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    } else {
        delete qt;
    }
}

QString errorMessage(const Error& error)
{
    return QCoreApplication::translate("CoreErrors", error.message.c_str());
}

} // namespace Translations
