// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/ClipboardGuard.h"

#include <QFrame>
#include <QTimer>

class QLabel;
class QHBoxLayout;

/**
 * A notice with buttons, in a corner of the screen. It never takes the keyboard focus: it must not
 * pull the focus away from the AI tool the user is about to paste into (the guard follows the
 * focus). Tray balloons cannot carry buttons everywhere, hence this window. Hides itself after
 * kShowMs unless the pointer rests on it. GUI thread.
 */
class NoticePopup : public QFrame
{
    Q_OBJECT

public:
    static constexpr int kShowMs = 20000;
    /** The layout, fixed so that scripts (the end-to-end test) can find a button: buttons sit at the
     *  bottom right, the last offered rightmost, at least this wide and high, this far apart. */
    static constexpr int kMargin = 12;
    static constexpr int kButtonWidth = 140;
    static constexpr int kButtonHeight = 30;
    static constexpr int kButtonSpacing = 8;

    explicit NoticePopup(QWidget* parent = nullptr);

    /** Replaces what is shown with `notice` and shows it. */
    void present(const GuardNotice& notice);
    /** The button of `action`, null when the current notice does not offer it (for tests). */
    class QPushButton* button(GuardNotice::Action action) const;
    QString title() const;
    QString text() const;

    static QString actionLabel(GuardNotice::Action action);

signals:
    void actionChosen(GuardNotice::Action action);

protected:
    void enterEvent(QEnterEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    void place();

    QLabel* m_title = nullptr;
    QLabel* m_text = nullptr;
    QHBoxLayout* m_buttons = nullptr;
    QTimer m_hideTimer;
};
