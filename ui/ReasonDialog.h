// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QPlainTextEdit;

/**
 * Asks why the original of a blocked clipboard text is needed. OK stays disabled until the reason has
 * `minChars` characters. The caller records the reason (redacted) and releases the original.
 */
class ReasonDialog : public QDialog
{
    Q_OBJECT

public:
    ReasonDialog(const QString& destination, int minChars, QWidget* parent = nullptr);

    QString reason() const;
    QPlainTextEdit* editor() const { return m_edit; }
    QDialogButtonBox* buttons() const { return m_buttons; }

private:
    QPlainTextEdit* m_edit = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    int m_minChars;
};
