// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ReasonDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

ReasonDialog::ReasonDialog(const QString& destination, int minChars, QWidget* parent)
    : QDialog(parent)
    , m_minChars(minChars)
{
    setWindowTitle(tr("Reason for the original text"));
    auto* layout = new QVBoxLayout(this);
    auto* why = new QLabel(destination.isEmpty()
                               ? tr("Your organisation asks for a reason before the original text goes back on the "
                                    "clipboard. The reason is recorded in the audit log; sensitive values in it are "
                                    "removed first.")
                               : tr("Your organisation asks for a reason before the original text can go to %1. The "
                                    "reason is recorded in the audit log; sensitive values in it are removed first.")
                                     .arg(destination));
    why->setWordWrap(true);
    layout->addWidget(why);
    m_edit = new QPlainTextEdit();
    m_edit->setPlaceholderText(tr("Why is the original needed? (at least %n character(s))", nullptr, minChars));
    layout->addWidget(m_edit);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Restore the original"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_edit, &QPlainTextEdit::textChanged, this, [this] {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(reason().size() >= m_minChars);
    });
    layout->addWidget(m_buttons);
    // Enter writes a new line; Ctrl+Enter sends, as in chat and mail programs.
    m_edit->setTabChangesFocus(true);
    auto* send = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(send, &QShortcut::activated, this, [this] {
        if (m_buttons->button(QDialogButtonBox::Ok)->isEnabled()) {
            accept();
        }
    });
    resize(440, 240);
}

QString ReasonDialog::reason() const
{
    return m_edit->toPlainText().simplified();
}
