// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ClipboardWriter.h"

#include "core/log/Log.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>
#include <QTimer>

#include <chrono>

void ClipboardWriter::write(const QString& text, const QString& html, bool holdsOriginals)
{
    auto* mime = new QMimeData();
    mime->setText(text);
    if (!html.isEmpty()) {
        mime->setHtml(html);
    }
    mime->setData(QString::fromLatin1(kOwnerFormat), holdsOriginals ? kHoldsOriginals : QByteArrayLiteral("1"));
    if (holdsOriginals) {
        // Clipboard managers and histories skip content marked like a password manager's.
        mime->setData(u"x-kde-passwordManagerHint"_qs, QByteArrayLiteral("secret"));
    }
    QGuiApplication::clipboard()->setMimeData(mime);
}

void ClipboardWriter::writeRestored(const QString& text, int clearSeconds, QObject* context)
{
    write(text, QString(), true);
    if (clearSeconds <= 0) {
        return;
    }
    // The originals do not stay on the clipboard longer than the policy allows.
    QTimer::singleShot(std::chrono::seconds(clearSeconds), context, [text] {
        if (holds(text)) {
            QGuiApplication::clipboard()->clear();
            Log::get("ui")->info("restored text cleared from the clipboard");
        }
    });
}

bool ClipboardWriter::holds(const QString& text)
{
    const QMimeData* mime = QGuiApplication::clipboard()->mimeData();
    return mime != nullptr && mime->hasFormat(QString::fromLatin1(kOwnerFormat)) && mime->text() == text;
}
