// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/detect/RuleSet.h"

#include <QStringList>
#include <QTest>

#include <memory>
#include <string_view>

/** Shared by the rule-family tests: the built-in rules once, and findings as "rule=value" lines. */
namespace RuleTestSupport {

inline std::shared_ptr<const RuleSet> builtinRules()
{
    static std::shared_ptr<const RuleSet> rules = [] {
        auto r = RuleSet::builtin();
        if (!r) {
            qFatal("built-in rules do not compile: %s", r.error().message.c_str());
        }
        return r.value();
    }();
    return rules;
}

/** Scans `text` with the built-in rules; each finding as "rule-id=value". */
inline QStringList scanDescribed(const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    const std::string_view t(utf8.constData(), static_cast<std::size_t>(utf8.size()));
    auto found = builtinRules()->scan(t);
    if (!found) {
        qFatal("scan failed: %s", found.error().message.c_str());
    }
    QStringList out;
    for (const auto& f : found.value()) {
        out << QString::fromStdString(f.ruleId) + u'=' + QString::fromUtf8(t.substr(f.start, f.length()));
    }
    return out;
}

/** A finding made by hand, for tests of what consumes findings (the guard, the date merge). */
inline Finding finding(Category category, EntityType type, std::size_t start, std::size_t end)
{
    Finding f;
    f.category = category;
    f.type = type;
    f.start = start;
    f.end = end;
    f.ruleId = "test";
    f.score = 0.9;
    return f;
}

} // namespace RuleTestSupport
