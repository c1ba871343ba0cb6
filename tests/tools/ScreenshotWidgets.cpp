// SPDX-License-Identifier: GPL-3.0-or-later
// Renders Scrim's windows with realistic content to PNG files for docs/ (scripts/screenshots.sh runs
// it under Xvfb). The widgets are the app's own classes, filled the way the app fills them; the
// values are made up for the pictures.
#include "core/audit/AuditLog.h"
#include "core/common/Translations.h"
#include "core/detect/RuleSet.h"
#include "core/redact/Vault.h"
#include "core/store/Store.h"
#include "ui/ActivityWindow.h"
#include "ui/NoticePopup.h"
#include "ui/PasteBox.h"
#include "ui/PolicyStatusWindow.h"
#include "ui/ReasonDialog.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTreeWidget>

#include <cstdio>

namespace {

bool save(QWidget* w, const QString& dir, const QString& name)
{
    w->show();
    QApplication::processEvents();
    const bool ok = w->grab().save(QDir(dir).filePath(name));
    std::printf("%s %s\n", ok ? "wrote" : "FAILED", qPrintable(QDir(dir).filePath(name)));
    return ok;
}

void waitUntil(const std::function<bool()>& done)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < 30000) {
        QApplication::processEvents(QEventLoop::AllEvents, 20);
    }
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    Translations::install(app); // English plural forms, or the language of the session
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QDir::currentPath();
    auto rules = RuleSet::builtin();
    if (!rules) {
        return 2;
    }
    QTemporaryDir dir;
    Store::Options o;
    o.dataDir = dir.path();
    o.key.dataDir = dir.path();
    o.key.useKeychain = false;
    auto store = Store::open(o);
    if (!store) {
        return 2;
    }
    auto log = AuditLog::open(store.value());
    if (!log) {
        return 2;
    }
    MemoryVault vault(TokenVault::Options{});
    bool ok = true;

    // The paste-box: highlights and the findings list.
    PasteBox box(rules.value());
    box.setVault(&vault);
    box.setAuditLog(&log.value());
    box.resize(1000, 460);
    box.editor()->setPlainText(
        u"Hi team,\n\nplease refund card 4556 7375 8689 9855 for Maria Lindqvist (maria.lindqvist@gmail.com, "
        "+46 70 123 45 67). Her account IBAN is SE45 5000 0000 0583 9825 7466.\n\nThe deploy script still has "
        "AKIAQ3EGRJ7NZW5XK2TB in it; rotate it before Friday.\n\nThis note is CONFIDENTIAL.\n\nThanks,\nJohan"_qs);
    waitUntil([&] { return box.idle() && !box.findings().empty(); });
    if (QTreeWidgetItem* phone = box.findingsList()->topLevelItem(3)) {
        phone->setCheckState(0, Qt::Unchecked); // one value kept, to show how that looks
    }
    ok = save(&box, out, u"paste-box.png"_qs) && ok;

    // The Restore tab with an answer that brought a new address and an unknown token.
    (void)box.anonymizedText();
    box.tabs()->setCurrentIndex(1);
    box.answerEditor()->setPlainText(
        u"Done: card [CARD_1] is refunded and I wrote to [EMAIL_1]. I also copied jane.roe@gmail.com, and "
        "[PERSON_4] will rotate [SECRET_1] on Friday."_qs);
    QElapsedTimer t;
    t.start();
    waitUntil([&] { return !box.restoreReport().isEmpty(); });
    ok = save(&box, out, u"paste-box-restore.png"_qs) && ok;

    // Notices as the clipboard guard raises them.
    NoticePopup warn;
    warn.present({QApplication::translate("ClipboardGuard", "Sensitive text on the clipboard"),
                  QApplication::translate("ClipboardGuard",
                                          "The clipboard holds %1, and %2 has the focus. Anonymize it before you "
                                          "paste it there.")
                      .arg(u"1 payment detail, 1 personal detail"_qs, u"ChatGPT"_qs),
                  {GuardNotice::Action::AnonymizeCopy, GuardNotice::Action::Review, GuardNotice::Action::Ignore}});
    ok = save(&warn, out, u"notice-warn.png"_qs) && ok;
    NoticePopup swapped;
    swapped.present(
        {QApplication::translate("ClipboardGuard", "Clipboard anonymized for %1").arg(u"ChatGPT"_qs),
         QApplication::translate("ClipboardGuard",
                                 "While %1 has the focus, the clipboard holds an anonymized copy (%2 replaced). The "
                                 "original comes back when you switch to another window. To put the values back into "
                                 "the answer, copy it and choose Restore from clipboard.")
             .arg(u"ChatGPT"_qs, u"1 secret, 1 payment detail"_qs),
         {GuardNotice::Action::Undo}});
    ok = save(&swapped, out, u"notice-anonymized.png"_qs) && ok;
    ReasonDialog reason(u"ChatGPT"_qs, 10);
    reason.editor()->setPlainText(u"The vendor's support asked for the exact key id to find the failing requests."_qs);
    ok = save(&reason, out, u"reason-dialog.png"_qs) && ok;

    // Activity: a day's worth of events.
    const std::int64_t now = QDateTime::currentMSecsSinceEpoch();
    const auto add = [&](AuditEventType type,
                         const char* action,
                         const char* cats,
                         const char* rules_,
                         const char* dest,
                         bool approved,
                         const char* preview,
                         std::int64_t ago) {
        AuditEvent e;
        e.type = type;
        e.action = action;
        e.categories = cats;
        e.ruleIds = rules_;
        e.destApp = dest;
        e.destIsApprovedAi = approved;
        e.preview = preview;
        e.timeMs = now - ago * 60000;
        (void)log->append(e);
    };
    add(AuditEventType::ClipboardFlagged,
        "warn",
        "PCI:1,PII:1",
        "credit-card,email",
        "",
        false,
        "[CREDIT_CARD] [EMAIL]",
        300);
    add(AuditEventType::AnonymizedCopy,
        "anonymize",
        "PCI:1,PII:1",
        "credit-card,email",
        "ChatGPT",
        false,
        "[CREDIT_CARD] [EMAIL]",
        298);
    add(AuditEventType::ClipboardFlagged, "warn", "SECRET:1", "aws-access-key-id", "", false, "[SECRET]", 120);
    add(AuditEventType::Blocked, "block", "SECRET:1", "aws-access-key-id", "Claude", false, "[SECRET]", 119);
    add(AuditEventType::Overridden,
        "justify",
        "SECRET:1",
        "aws-access-key-id",
        "Claude",
        false,
        "reason: vendor support needs the key id, key [REDACTED] is rotated tonight",
        118);
    add(AuditEventType::ClipboardFlagged,
        "warn",
        "PII:2",
        "person,email",
        "Microsoft Copilot",
        true,
        "[PERSON] [EMAIL]",
        30);
    add(AuditEventType::Restored, "restore", "", "", "", false, "2 restored, 0 unknown, 0 expired, 0 unexpected", 25);
    ActivityWindow activity(&log.value());
    activity.resize(1000, 360);
    ok = save(&activity, out, u"activity.png"_qs) && ok;

    PolicyStatusWindow policy;
    PolicyStatus s;
    s.builtin = false;
    s.source = u"https://policy.acme.example/scrim/policy.json"_qs;
    s.org = u"acme"_qs;
    s.serial = 7;
    s.issuedAt = u"2026-11-20T08:00:00Z"_qs;
    s.expiresAt = u"2027-05-20T08:00:00Z"_qs;
    s.pinnedKeys = {u"3f9a2c1e0b7d4a58"_qs};
    s.lastFetchMs = now - 20 * 60000;
    s.nextFetchMs = now + 40 * 60000;
    policy.setStatus(s);
    ok = save(&policy, out, u"policy-status.png"_qs) && ok;
    return ok ? 0 : 1;
}
