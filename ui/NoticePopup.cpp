// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/NoticePopup.h"

#include <QEnterEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

NoticePopup::NoticePopup(QWidget* parent)
    : QFrame(parent,
             Qt::Tool | Qt::FramelessWindowHint | Qt::WindowStaysOnTopHint | Qt::WindowDoesNotAcceptFocus
                 | Qt::X11BypassWindowManagerHint)
{
    setObjectName(u"scrimNotice"_qs);
    setAttribute(Qt::WA_ShowWithoutActivating);
    setFocusPolicy(Qt::NoFocus);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setWindowTitle(tr("Scrim notice"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(kMargin, kMargin, kMargin, kMargin);
    auto* top = new QHBoxLayout();
    m_title = new QLabel();
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setWordWrap(true);
    top->addWidget(m_title, 1);
    auto* close = new QToolButton();
    close->setAutoRaise(true);
    close->setFocusPolicy(Qt::NoFocus);
    close->setText(u"\u00d7"_qs);
    close->setToolTip(tr("Close"));
    close->setAccessibleName(tr("Close"));
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    top->addWidget(close, 0, Qt::AlignTop);
    layout->addLayout(top);
    m_text = new QLabel();
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    layout->addWidget(m_text);
    m_buttons = new QHBoxLayout();
    m_buttons->setSpacing(kButtonSpacing);
    m_buttons->addStretch(1);
    layout->addLayout(m_buttons);
    // Room for three buttons side by side.
    setFixedWidth(3 * kButtonWidth + 2 * kButtonSpacing + 2 * kMargin + 20);
    m_hideTimer.setSingleShot(true);
    m_hideTimer.setInterval(kShowMs);
    connect(&m_hideTimer, &QTimer::timeout, this, &QWidget::hide);
}

QString NoticePopup::actionLabel(GuardNotice::Action action)
{
    switch (action) {
    case GuardNotice::Action::AnonymizeCopy:
        return tr("Anonymize copy");
    case GuardNotice::Action::Review:
        return tr("Review");
    case GuardNotice::Action::Ignore:
        return tr("Ignore");
    case GuardNotice::Action::GiveReason:
        return tr("Give a reason…");
    case GuardNotice::Action::Undo:
        return tr("Undo");
    }
    return QString();
}

void NoticePopup::present(const GuardNotice& notice)
{
    m_title->setText(notice.title);
    m_text->setText(notice.text);
    while (m_buttons->count() > 1) {
        QLayoutItem* item = m_buttons->takeAt(1);
        delete item->widget();
        delete item;
    }
    for (const GuardNotice::Action action : notice.actions) {
        auto* b = new QPushButton(actionLabel(action));
        b->setFocusPolicy(Qt::NoFocus);
        b->setMinimumSize(kButtonWidth, kButtonHeight);
        b->setProperty("noticeAction", static_cast<int>(action));
        connect(b, &QPushButton::clicked, this, [this, action] {
            hide();
            emit actionChosen(action);
        });
        m_buttons->addWidget(b);
    }
    // The wrapped text needs its height at the fixed width. The layout caches heights per width, and
    // the width never changes, so the cache of the previous notice must go first.
    layout()->invalidate();
    setFixedHeight(layout()->totalHeightForWidth(width()));
    place();
    show();
    raise();
    m_hideTimer.start();
}

QPushButton* NoticePopup::button(GuardNotice::Action action) const
{
    for (int i = 0; i < m_buttons->count(); ++i) {
        auto* b = qobject_cast<QPushButton*>(m_buttons->itemAt(i)->widget());
        if (b != nullptr && b->property("noticeAction").toInt() == static_cast<int>(action)) {
            return b;
        }
    }
    return nullptr;
}

QString NoticePopup::title() const
{
    return m_title->text();
}

QString NoticePopup::text() const
{
    return m_text->text();
}

void NoticePopup::place()
{
    const QScreen* screen = QGuiApplication::primaryScreen();
    if (screen == nullptr) {
        return;
    }
    const QRect area = screen->availableGeometry();
    const int margin = 12;
    move(area.right() - width() - margin, area.top() + margin + 24);
}

void NoticePopup::enterEvent(QEnterEvent* event)
{
    m_hideTimer.stop(); // reading takes the time it takes
    QFrame::enterEvent(event);
}

void NoticePopup::leaveEvent(QEvent* event)
{
    m_hideTimer.start();
    QFrame::leaveEvent(event);
}
