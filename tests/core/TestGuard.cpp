// SPDX-License-Identifier: GPL-3.0-or-later
// The decision engine (findings + destination + policy → verdict), its rate alerts, and the AI-app
// classifier that tells the destination from a window's title and class.
#include "core/detect/RuleSet.h"
#include "core/guard/Guard.h"
#include "core/platform/AiAppClassifier.h"
#include "core/redact/Anonymizer.h"
#include "tests/core/RuleTestSupport.h"

#include <QTest>

#include <limits>

Q_DECLARE_METATYPE(Destination)
Q_DECLARE_METATYPE(PolicyAction)

namespace {

using RuleTestSupport::finding;

Policy parsed(const std::string& text)
{
    std::vector<PolicyDiagnostic> d;
    auto p = Policy::parse(text, d);
    if (!p) {
        qFatal("test policy does not parse");
    }
    return p.value();
}

} // namespace

class TestGuard : public QObject
{
    Q_OBJECT

private slots:
    // The built-in default policy's table (DESIGN.md), category by destination.
    void defaultPolicyTable_data()
    {
        QTest::addColumn<int>("category");
        QTest::addColumn<Destination>("destination");
        QTest::addColumn<PolicyAction>("action");
        const auto row = [](const char* name, Category c, Destination d, PolicyAction a) {
            QTest::newRow(name) << static_cast<int>(c) << d << a;
        };
        row("secret/other", Category::Secret, Destination::Other, PolicyAction::Warn);
        row("secret/approved", Category::Secret, Destination::ApprovedAi, PolicyAction::Anonymize);
        row("secret/unapproved", Category::Secret, Destination::UnapprovedAi, PolicyAction::Anonymize);
        row("pci/other", Category::Pci, Destination::Other, PolicyAction::Warn);
        row("pci/unapproved", Category::Pci, Destination::UnapprovedAi, PolicyAction::Anonymize);
        row("phi/other", Category::Phi, Destination::Other, PolicyAction::Allow);
        row("phi/approved", Category::Phi, Destination::ApprovedAi, PolicyAction::Warn);
        row("phi/unapproved", Category::Phi, Destination::UnapprovedAi, PolicyAction::Anonymize);
        row("pii/other", Category::Pii, Destination::Other, PolicyAction::Allow);
        row("pii/unapproved", Category::Pii, Destination::UnapprovedAi, PolicyAction::Warn);
        row("confidential/approved", Category::Confidential, Destination::ApprovedAi, PolicyAction::Warn);
        row("injection/unapproved", Category::Injection, Destination::UnapprovedAi, PolicyAction::Warn);
    }
    void defaultPolicyTable()
    {
        QFETCH(int, category);
        QFETCH(Destination, destination);
        QFETCH(PolicyAction, action);
        const std::vector<Finding> fs{finding(static_cast<Category>(category), EntityType::Secret, 0, 4)};
        const Verdict v = Guard::decide(fs, {destination, {}, false}, Policy::builtinDefault());
        QCOMPARE(v.action, action);
        QCOMPARE(v.acted.size(), action == PolicyAction::Allow ? 0u : 1u);
        QVERIFY(v.flagged());
        QCOMPARE(v.replacesClipboard(), action == PolicyAction::Anonymize);
    }

    // The strictest category decides; a replacing verdict replaces every acted finding, also those
    // that alone would only warn, and leaves Allow categories alone.
    void strictestCategoryWins()
    {
        const std::vector<Finding> fs{finding(Category::Pii, EntityType::Person, 0, 4),
                                      finding(Category::Pci, EntityType::CreditCard, 10, 26),
                                      finding(Category::Phi, EntityType::Medical, 30, 40)};
        const Verdict toAi = Guard::decide(fs, {Destination::UnapprovedAi, "ChatGPT", false}, Policy::builtinDefault());
        QCOMPARE(toAi.action, PolicyAction::Anonymize);
        QCOMPARE(toAi.acted.size(), 3u);
        const Verdict toApproved =
            Guard::decide(fs, {Destination::ApprovedAi, "Copilot", false}, Policy::builtinDefault());
        QCOMPARE(toApproved.action, PolicyAction::Anonymize);
        const Verdict toOther = Guard::decide(fs, {Destination::Other, {}, false}, Policy::builtinDefault());
        QCOMPARE(toOther.action, PolicyAction::Warn);
        QCOMPARE(toOther.acted.size(), 1u); // PII and PHI are "tray state only" towards other apps
        QCOMPARE(toOther.acted.front().category, Category::Pci);
        QCOMPARE(toOther.allFindings, 3u);
        const Verdict none = Guard::decide({}, {Destination::UnapprovedAi, "ChatGPT", false}, Policy::builtinDefault());
        QCOMPARE(none.action, PolicyAction::Allow);
        QVERIFY(!none.flagged());
    }

    void blockAndJustifyOutrankAnonymize()
    {
        Policy p = parsed(R"({"schema_version": 1, "serial": 2, "issued_at": "2026-11-27T00:00:00Z", "org": "acme",
            "categories": {"SECRET": {"unapproved_ai": {"action": "block", "operator": "redact"}},
                           "PII": {"unapproved_ai": {"action": "justify", "operator": "mask"}}}})");
        const std::vector<Finding> pii{finding(Category::Pii, EntityType::Email, 0, 4)};
        const std::vector<Finding> both{finding(Category::Pii, EntityType::Email, 0, 4),
                                        finding(Category::Secret, EntityType::Secret, 5, 9),
                                        finding(Category::Pci, EntityType::CreditCard, 10, 26)};
        const Verdict j = Guard::decide(pii, {Destination::UnapprovedAi, "ChatGPT", false}, p);
        QCOMPARE(j.action, PolicyAction::Justify);
        QVERIFY(j.replacesClipboard());
        QVERIFY(j.needsJustification());
        const Verdict b = Guard::decide(both, {Destination::UnapprovedAi, "ChatGPT", false}, p);
        QCOMPARE(b.action, PolicyAction::Block);
        QVERIFY(b.needsJustification());
        // The operators of that destination go to the anonymizer.
        const Anonymizer::Options o = Guard::anonymizerOptions(b, "k", 1);
        QCOMPARE(o.perCategory[static_cast<int>(Category::Secret)], Operator::Redact);
        QCOMPARE(o.perCategory[static_cast<int>(Category::Pii)], Operator::Mask);
        QCOMPARE(o.perCategory[static_cast<int>(Category::Pci)], Operator::Token);
        // Towards other apps the same policy still only warns (the built-in values it did not change).
        QCOMPARE(Guard::decide(both, {Destination::Other, {}, false}, p).action, PolicyAction::Warn);
    }

    // on_expiry=strict: an expired policy anonymizes everything sensitive, everywhere.
    void strictExpiryAnonymizesEverything()
    {
        const std::vector<Finding> fs{finding(Category::Pii, EntityType::Person, 0, 4)};
        QCOMPARE(Guard::decide(fs, {Destination::Other, {}, false}, Policy::builtinDefault()).action,
                 PolicyAction::Allow);
        const Verdict v = Guard::decide(fs, {Destination::Other, {}, true}, Policy::builtinDefault());
        QCOMPARE(v.action, PolicyAction::Anonymize);
        QCOMPARE(v.acted.size(), 1u);
        // When a policy is strict: only after its expiry, and only with on_expiry=strict.
        Policy p = parsed(R"({"schema_version": 1, "serial": 2, "issued_at": "2026-11-01T00:00:00Z", "org": "acme",
            "expires_at": "2026-12-01T00:00:00Z", "on_expiry": "strict"})");
        const std::int64_t dec1 = 1764547200000; // 2025-12-01 is before; 2026-12-01T00:00:00Z below
        const std::int64_t expiry = dec1 + std::int64_t{365} * 24 * 3600 * 1000;
        QVERIFY(!p.strictAt(expiry - 1));
        QVERIFY(p.strictAt(expiry));
        p.onExpiry = "keep_last";
        QVERIFY(p.expiredAt(expiry));
        QVERIFY(!p.strictAt(expiry));
        QVERIFY(!Policy::builtinDefault().strictAt(std::numeric_limits<std::int64_t>::max()));
    }

    // Real text through the real rules and the anonymizer with the verdict's options.
    void verdictAnonymizesRealText()
    {
        auto rules = RuleSet::builtin();
        QVERIFY(rules);
        const std::string text = "Card 4556 7375 8689 9855 for Dr. Maria Lindqvist, key AKIAQ3EGRJ7NZW5XK2TB.";
        auto found = rules.value()->scan(text);
        QVERIFY(found);
        const Verdict v =
            Guard::decide(found.value(), {Destination::UnapprovedAi, "ChatGPT", false}, Policy::builtinDefault());
        QCOMPARE(v.action, PolicyAction::Anonymize);
        TokenMap map(std::string(32, 'k'));
        auto r = Anonymizer(Guard::anonymizerOptions(v, "k", 1)).anonymize(text, v.acted, map);
        QVERIFY(r);
        QVERIFY2(r->text.find("4556") == std::string::npos, r->text.c_str());
        QVERIFY2(r->text.find("AKIA") == std::string::npos, r->text.c_str());
        QVERIFY2(r->text.find("Lindqvist") == std::string::npos, r->text.c_str());
    }

    void alertsFireOncePerWindow()
    {
        GuardAlerts a;
        const std::int64_t hour = 3600 * 1000;
        for (int i = 0; i < 3; ++i) {
            QVERIFY(!a.flagged(i * 1000, 3));
        }
        QVERIFY(a.flagged(4000, 3));  // the fourth in an hour crosses the threshold
        QVERIFY(!a.flagged(5000, 3)); // and is reported once
        // Two hours later the window is empty again; a new burst alerts again.
        for (int i = 0; i < 3; ++i) {
            QVERIFY(!a.flagged(2 * hour + i, 3));
        }
        QVERIFY(a.flagged(2 * hour + 10, 3));
        // Overrides count per day.
        for (int i = 0; i < 2; ++i) {
            QVERIFY(!a.overridden(i * hour, 2));
        }
        QVERIFY(a.overridden(5 * hour, 2));
        QVERIFY(!a.overridden(25 * hour, 2)); // the first ones fell out of the window
        // 0 switches an alert off.
        GuardAlerts off;
        for (int i = 0; i < 50; ++i) {
            QVERIFY(!off.flagged(i, 0));
        }
    }

    void classifierMatchesWholeWords_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("className");
        QTest::addColumn<Destination>("destination");
        QTest::addColumn<QString>("app");
        const auto o = Destination::Other;
        const auto u = Destination::UnapprovedAi;
        QTest::newRow("firefox em dash") << u"ChatGPT — Mozilla Firefox"_qs << u"firefox"_qs << u << u"ChatGPT"_qs;
        QTest::newRow("chrome, page first")
            << u"New chat - ChatGPT - Google Chrome"_qs << u"Google-chrome"_qs << u << u"ChatGPT"_qs;
        QTest::newRow("lower case") << u"claude - chromium"_qs << u"Chromium"_qs << u << u"Claude"_qs;
        QTest::newRow("host in title") << u"chat.deepseek.com/a/chat - Brave"_qs << u"Brave-browser"_qs << u
                                       << u"DeepSeek"_qs;
        QTest::newRow("two words") << u"Le Chat - Mistral AI — Firefox"_qs << u"firefox"_qs << u << u"Le Chat"_qs;
        QTest::newRow("longer word") << u"ChatGPTools — Firefox"_qs << u"firefox"_qs << o << QString();
        QTest::newRow("inside a word") << u"Unclaudeable.txt - gedit"_qs << u"Gedit"_qs << o << QString();
        QTest::newRow("accented neighbour") << u"Claudé - notes"_qs << u"Gedit"_qs << o << QString();
        QTest::newRow("ordinary") << u"Inbox - Thunderbird"_qs << u"thunderbird"_qs << o << QString();
        QTest::newRow("empty") << QString() << QString() << o << QString();
        QTest::newRow("desktop app by class")
            << u"Some window"_qs << u"ChatGPT-Desktop"_qs << Destination::ApprovedAi << u"ChatGPT Desktop"_qs;
    }
    void classifierMatchesWholeWords()
    {
        QFETCH(QString, title);
        QFETCH(QString, className);
        QFETCH(Destination, destination);
        QFETCH(QString, app);
        std::vector<PolicyAiApp> apps = Policy::builtinDefault().aiApps;
        PolicyAiApp desktop;
        desktop.name = "ChatGPT Desktop";
        desktop.approved = true;
        desktop.windowClasses = {"chatgpt-desktop"};
        apps.insert(apps.begin(), desktop);
        const AiAppClassifier c(apps);
        WindowInfo w;
        w.title = title.toStdString();
        w.className = className.toStdString();
        const auto r = c.classify(w);
        QCOMPARE(r.destination, destination);
        QCOMPARE(QString::fromStdString(r.appName), app);
    }
};

QTEST_GUILESS_MAIN(TestGuard)
#include "TestGuard.moc"
