// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/PolicyStatusWindow.h"

#include <QDateTime>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>

#include <algorithm>

namespace {

QString when(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
}

} // namespace

PolicyStatusWindow::PolicyStatusWindow(QWidget* parent)
    : QWidget(parent)
{
    setWindowTitle(tr("Scrim policy status"));
    setWindowIcon(QIcon(u":/icons/scrim.svg"_qs));
    m_form = new QFormLayout(this);
    setStatus(PolicyStatus{});
    resize(560, 230);
}

void PolicyStatusWindow::setStatus(const PolicyStatus& s)
{
    while (m_form->rowCount() > 0) {
        m_form->removeRow(0);
    }
    const auto row = [this](const QString& label, const QString& text) {
        auto* value = new QLabel(text);
        value->setWordWrap(true);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setObjectName(label);
        m_form->addRow(label, value);
    };
    if (s.builtin) {
        row(tr("Source"), tr("Built-in default policy (no managed configuration on this computer)"));
        row(tr("Signature"), tr("Not needed: the built-in policy is part of Scrim itself"));
        return;
    }
    row(tr("Source"), s.source);
    row(tr("Organisation"), s.org);
    row(tr("Policy"),
        s.serial > 0 ? tr("serial %1, issued %2").arg(s.serial).arg(s.issuedAt)
                     : tr("none received yet; the built-in default policy applies"));
    if (!s.expiresAt.isEmpty()) {
        row(tr("Expires"), s.expired ? tr("%1 (expired; on_expiry: %2)").arg(s.expiresAt, s.onExpiry) : s.expiresAt);
    }
    row(tr("Signature"),
        s.serial > 0 ? tr("verified with a pinned admin key (%1)").arg(s.pinnedKeys.join(u", "_qs))
                     : tr("pinned admin keys: %1").arg(s.pinnedKeys.join(u", "_qs)));
    row(tr("Last fetch"), s.lastFetchMs > 0 ? when(s.lastFetchMs) : tr("never"));
    row(tr("Next fetch"), s.nextFetchMs > 0 ? when(s.nextFetchMs) : tr("at the next start"));
    row(tr("Last problem"), s.lastProblem.isEmpty() ? tr("none") : s.lastProblem);
}

QString PolicyStatusWindow::value(const QString& label) const
{
    const auto* l = findChild<QLabel*>(label);
    return l != nullptr ? l->text() : QString();
}
