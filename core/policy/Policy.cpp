// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/policy/Policy.h"

#include "core/common/Crypto.h"
#include "core/common/Tr.h"
#include "core/detect/Validators.h"
#include "core/policy/DictionaryIndex.h"

#include <QDateTime>

#include <re2/re2.h>

#include <algorithm>
#include <cmath>
#include <unordered_set>

std::string_view defaultPolicyText(); // generated from resources/default-policy.json

namespace {

constexpr std::array<std::string_view, 3> kDestinations{"other", "approved_ai", "unapproved_ai"};
constexpr std::int64_t kRegexBudget = 8ll << 20; // per custom pattern

/** Walks a parsed document and collects every problem with its position. */
class Checker
{
public:
    Checker(std::string_view text, std::vector<PolicyDiagnostic>& out)
        : m_text(text)
        , m_out(out)
    {}

    void add(std::size_t offset, std::string message, std::vector<std::string> args, std::string fix)
    {
        m_out.push_back(
            PolicyDiagnostic{Json::positionOf(m_text, offset), std::move(message), std::move(args), std::move(fix)});
    }

    // Reports members of `obj` that are not in `known`.
    void onlyKnown(const Json::Value& obj, std::initializer_list<std::string_view> known)
    {
        for (std::size_t i = 0; i < obj.members.size(); ++i) {
            const std::string& key = obj.members[i].first;
            if (std::find(known.begin(), known.end(), key) == known.end()) {
                add(obj.keyOffsets[i],
                    SCRIM_TR_NOOP("PolicyLint", "unknown field \"%1\""),
                    {key},
                    SCRIM_TR_NOOP("PolicyLint",
                                  "Remove it or correct its spelling (see resources/policy.schema.json)."));
            }
        }
    }

    bool wantKind(const Json::Value& v, Json::Value::Kind kind, std::string_view what)
    {
        if (v.kind == kind) {
            return true;
        }
        add(v.offset,
            SCRIM_TR_NOOP("PolicyLint", "%1 must be %2, not %3"),
            {std::string(what), std::string(Json::Value{kind}.kindName()), std::string(v.kindName())},
            SCRIM_TR_NOOP("PolicyLint", "Write the value in the form the schema gives."));
        return false;
    }

    bool integer(const Json::Value& v, std::string_view what, std::int64_t lo, std::int64_t hi, std::int64_t& out)
    {
        if (!wantKind(v, Json::Value::Kind::Number, what)) {
            return false;
        }
        if (!v.integer || v.number < static_cast<double>(lo) || v.number > static_cast<double>(hi)) {
            add(v.offset,
                SCRIM_TR_NOOP("PolicyLint", "%1 must be a whole number from %2 to %3"),
                {std::string(what), std::to_string(lo), std::to_string(hi)},
                SCRIM_TR_NOOP("PolicyLint", "Use a whole number in that range."));
            return false;
        }
        out = static_cast<std::int64_t>(v.number);
        return true;
    }

    bool integer(const Json::Value& v, std::string_view what, int lo, int hi, int& out)
    {
        std::int64_t x = 0;
        if (!integer(v, what, static_cast<std::int64_t>(lo), static_cast<std::int64_t>(hi), x)) {
            return false;
        }
        out = static_cast<int>(x);
        return true;
    }

    bool boolean(const Json::Value& v, std::string_view what, bool& out)
    {
        if (!wantKind(v, Json::Value::Kind::Bool, what)) {
            return false;
        }
        out = v.boolean;
        return true;
    }

    bool string(const Json::Value& v, std::string_view what, std::string& out, bool nonEmpty = true)
    {
        if (!wantKind(v, Json::Value::Kind::String, what)) {
            return false;
        }
        if (nonEmpty && v.string.empty()) {
            add(v.offset,
                SCRIM_TR_NOOP("PolicyLint", "%1 must not be empty"),
                {std::string(what)},
                SCRIM_TR_NOOP("PolicyLint", "Give it a value."));
            return false;
        }
        out = v.string;
        return true;
    }

    bool strings(const Json::Value& v, std::string_view what, std::vector<std::string>& out)
    {
        if (!wantKind(v, Json::Value::Kind::Array, what)) {
            return false;
        }
        out.clear();
        bool ok = true;
        for (const auto& item : v.items) {
            std::string s;
            if (string(item, what, s)) {
                out.push_back(std::move(s));
            } else {
                ok = false;
            }
        }
        return ok;
    }

    bool timestamp(const Json::Value& v, std::string_view what, std::string& out)
    {
        if (!string(v, what, out)) {
            return false;
        }
        const QDateTime t = QDateTime::fromString(QString::fromStdString(out), Qt::ISODate);
        if (!t.isValid() || t.timeSpec() != Qt::UTC) {
            add(v.offset,
                SCRIM_TR_NOOP("PolicyLint", "%1 must be a UTC time such as 2026-11-27T09:00:00Z"),
                {std::string(what)},
                SCRIM_TR_NOOP("PolicyLint", "Write the time in ISO 8601 with a Z at the end."));
            return false;
        }
        return true;
    }

    bool regex(const Json::Value& v, std::string_view owner, std::string& out)
    {
        if (!string(v, "pattern", out)) {
            return false;
        }
        RE2::Options o;
        o.set_log_errors(false);
        o.set_max_mem(kRegexBudget);
        const RE2 re(out, o);
        if (!re.ok()) {
            add(v.offset,
                SCRIM_TR_NOOP("PolicyLint", "the pattern of %1 does not compile: %2"),
                {std::string(owner), re.error()},
                SCRIM_TR_NOOP(
                    "PolicyLint",
                    "Use RE2 syntax: no look-around, no back-references (https://github.com/google/re2/wiki/Syntax)."));
            return false;
        }
        return true;
    }

private:
    std::string_view m_text;
    std::vector<PolicyDiagnostic>& m_out;
};

bool isHex(std::string_view s, bool lowerOnly)
{
    return std::all_of(s.begin(), s.end(), [lowerOnly](char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (!lowerOnly && c >= 'A' && c <= 'F');
    });
}

void readCategories(Checker& ck, const Json::Value& v, Policy& p)
{
    if (!ck.wantKind(v, Json::Value::Kind::Object, "categories")) {
        return;
    }
    for (std::size_t i = 0; i < v.members.size(); ++i) {
        const auto& [name, dests] = v.members[i];
        const auto cat = categoryFromName(name);
        if (!cat) {
            ck.add(v.keyOffsets[i],
                   SCRIM_TR_NOOP("PolicyLint", "unknown category \"%1\""),
                   {name},
                   SCRIM_TR_NOOP("PolicyLint", "Use one of SECRET, PCI, PHI, PII, CONFIDENTIAL, INJECTION."));
            continue;
        }
        if (!ck.wantKind(dests, Json::Value::Kind::Object, name)) {
            continue;
        }
        ck.onlyKnown(dests, {"other", "approved_ai", "unapproved_ai"});
        for (std::size_t d = 0; d < kDestinations.size(); ++d) {
            const Json::Value* h = dests.member(kDestinations[d]);
            if (h == nullptr || !ck.wantKind(*h, Json::Value::Kind::Object, kDestinations[d])) {
                continue;
            }
            ck.onlyKnown(*h, {"action", "operator"});
            CategoryHandling& out = p.handling[static_cast<std::size_t>(*cat)][d];
            if (const Json::Value* a = h->member("action")) {
                std::string s;
                if (ck.string(*a, "action", s)) {
                    if (const auto act = policyActionFromName(s)) {
                        out.action = *act;
                    } else {
                        ck.add(a->offset,
                               SCRIM_TR_NOOP("PolicyLint", "unknown action \"%1\""),
                               {s},
                               SCRIM_TR_NOOP("PolicyLint", "Use one of allow, warn, anonymize, block, justify."));
                    }
                }
            }
            if (const Json::Value* o = h->member("operator")) {
                std::string s;
                if (ck.string(*o, "operator", s)) {
                    if (const auto op = operatorFromName(s)) {
                        out.op = *op;
                    } else {
                        ck.add(o->offset,
                               SCRIM_TR_NOOP("PolicyLint", "unknown operator \"%1\""),
                               {s},
                               SCRIM_TR_NOOP("PolicyLint", "Use one of token, surrogate, mask, redact, hash."));
                    }
                }
            }
        }
    }
}

void readCustomRules(Checker& ck, const Json::Value& v, Policy& p)
{
    if (!ck.wantKind(v, Json::Value::Kind::Array, "custom_rules")) {
        return;
    }
    p.customRules.clear();
    std::unordered_set<std::string> ids;
    for (const auto& r : v.items) {
        if (!ck.wantKind(r, Json::Value::Kind::Object, "a custom rule")) {
            continue;
        }
        ck.onlyKnown(r, {"id", "pattern", "type", "category", "validator", "context_words", "min_score"});
        PolicyCustomRule rule;
        const Json::Value* id = r.member("id");
        if (id == nullptr) {
            ck.add(r.offset,
                   SCRIM_TR_NOOP("PolicyLint", "a custom rule has no \"id\""),
                   {},
                   SCRIM_TR_NOOP("PolicyLint", "Give every custom rule a unique id, such as \"project-codes\"."));
            continue;
        }
        if (!ck.string(*id, "id", rule.id)) {
            continue;
        }
        if (!ids.insert(rule.id).second) {
            ck.add(id->offset,
                   SCRIM_TR_NOOP("PolicyLint", "custom rule id \"%1\" is used twice"),
                   {rule.id},
                   SCRIM_TR_NOOP("PolicyLint", "Give every custom rule a unique id."));
        }
        const std::string owner = "custom rule \"" + rule.id + "\"";
        if (const Json::Value* pat = r.member("pattern")) {
            ck.regex(*pat, owner, rule.pattern);
        } else {
            ck.add(r.offset,
                   SCRIM_TR_NOOP("PolicyLint", "%1 has no \"pattern\""),
                   {owner},
                   SCRIM_TR_NOOP("PolicyLint", "Add an RE2 pattern."));
        }
        if (const Json::Value* t = r.member("type")) {
            std::string s;
            if (ck.string(*t, "type", s)) {
                if (const auto type = entityTypeFromName(s)) {
                    rule.type = *type;
                } else {
                    ck.add(t->offset,
                           SCRIM_TR_NOOP("PolicyLint", "unknown type \"%1\" in %2"),
                           {s, owner},
                           SCRIM_TR_NOOP("PolicyLint",
                                         "Use a type of the benchmark vocabulary, e.g. OTHER_ID or ORG_CONFIDENTIAL."));
                }
            }
        }
        if (const Json::Value* c = r.member("category")) {
            std::string s;
            if (ck.string(*c, "category", s)) {
                if (const auto cat = categoryFromName(s)) {
                    rule.category = *cat;
                } else {
                    ck.add(c->offset,
                           SCRIM_TR_NOOP("PolicyLint", "unknown category \"%1\""),
                           {s},
                           SCRIM_TR_NOOP("PolicyLint", "Use one of SECRET, PCI, PHI, PII, CONFIDENTIAL, INJECTION."));
                }
            }
        }
        if (const Json::Value* val = r.member("validator"); val != nullptr && val->kind != Json::Value::Kind::Null) {
            if (ck.string(*val, "validator", rule.validator) && Validators::byName(rule.validator) == nullptr) {
                ck.add(
                    val->offset,
                    SCRIM_TR_NOOP("PolicyLint", "unknown validator \"%1\" in %2"),
                    {rule.validator, owner},
                    SCRIM_TR_NOOP("PolicyLint", "Use null or a validator that scrim-cli rules --format json lists."));
            }
        }
        if (const Json::Value* w = r.member("context_words")) {
            ck.strings(*w, "context_words", rule.contextWords);
        }
        if (const Json::Value* m = r.member("min_score")) {
            if (ck.wantKind(*m, Json::Value::Kind::Number, "min_score")) {
                if (m->number < 0.0 || m->number > 1.0) {
                    ck.add(m->offset,
                           SCRIM_TR_NOOP("PolicyLint", "min_score must be from 0 to 1"),
                           {},
                           SCRIM_TR_NOOP("PolicyLint", "0.5 is a sensible start."));
                } else {
                    rule.minScore = m->number;
                }
            }
        }
        p.customRules.push_back(std::move(rule));
    }
}

void readDictionaries(Checker& ck, const Json::Value& v, Policy& p)
{
    if (!ck.wantKind(v, Json::Value::Kind::Array, "dictionaries")) {
        return;
    }
    p.dictionaries.clear();
    for (const auto& d : v.items) {
        if (!ck.wantKind(d, Json::Value::Kind::Object, "a dictionary")) {
            continue;
        }
        ck.onlyKnown(d, {"name", "category", "salt", "max_words", "terms"});
        PolicyDictionary dict;
        if (const Json::Value* n = d.member("name")) {
            ck.string(*n, "name", dict.name);
        }
        if (const Json::Value* c = d.member("category")) {
            std::string s;
            if (ck.string(*c, "category", s)) {
                if (const auto cat = categoryFromName(s)) {
                    dict.category = *cat;
                } else {
                    ck.add(c->offset,
                           SCRIM_TR_NOOP("PolicyLint", "unknown category \"%1\""),
                           {s},
                           SCRIM_TR_NOOP("PolicyLint", "Use one of SECRET, PCI, PHI, PII, CONFIDENTIAL, INJECTION."));
                }
            }
        }
        const Json::Value* salt = d.member("salt");
        if (salt == nullptr || !ck.string(*salt, "salt", dict.saltHex) || dict.saltHex.size() < 32
            || !isHex(dict.saltHex, true)) {
            ck.add(
                salt != nullptr ? salt->offset : d.offset,
                SCRIM_TR_NOOP("PolicyLint", "dictionary \"%1\" needs a salt of at least 32 lower-case hex characters"),
                {dict.name},
                SCRIM_TR_NOOP("PolicyLint", "scrim-cli policy hash-terms writes a fresh salt with the hashes."));
        }
        if (const Json::Value* m = d.member("max_words")) {
            ck.integer(*m, "max_words", 1, 8, dict.maxWords);
        }
        if (const Json::Value* t = d.member("terms")) {
            if (ck.wantKind(*t, Json::Value::Kind::Array, "terms")) {
                for (const auto& h : t->items) {
                    if (h.kind != Json::Value::Kind::String || h.string.size() != 64 || !isHex(h.string, true)) {
                        ck.add(h.offset,
                               SCRIM_TR_NOOP("PolicyLint", "an entry of dictionary \"%1\" is not a hash"),
                               {dict.name},
                               SCRIM_TR_NOOP("PolicyLint",
                                             "Terms are stored as salted SHA-256 hashes, never as text: turn the plain "
                                             "list into hashes with scrim-cli policy hash-terms."));
                        continue;
                    }
                    dict.hashes.push_back(h.string);
                }
            }
        }
        dict.index = DictionaryIndex::build(dict);
        p.dictionaries.push_back(std::move(dict));
    }
}

void readAiApps(Checker& ck, const Json::Value& v, Policy& p)
{
    if (!ck.wantKind(v, Json::Value::Kind::Array, "ai_apps")) {
        return;
    }
    p.aiApps.clear();
    for (const auto& a : v.items) {
        if (!ck.wantKind(a, Json::Value::Kind::Object, "an AI application")) {
            continue;
        }
        ck.onlyKnown(a, {"name", "approved", "window_titles", "window_classes", "url_hosts"});
        PolicyAiApp app;
        if (const Json::Value* n = a.member("name")) {
            ck.string(*n, "name", app.name);
        }
        if (const Json::Value* b = a.member("approved")) {
            ck.boolean(*b, "approved", app.approved);
        }
        if (const Json::Value* t = a.member("window_titles")) {
            ck.strings(*t, "window_titles", app.windowTitles);
        }
        if (const Json::Value* c = a.member("window_classes")) {
            ck.strings(*c, "window_classes", app.windowClasses);
        }
        if (const Json::Value* h = a.member("url_hosts")) {
            if (ck.strings(*h, "url_hosts", app.urlHosts)) {
                for (std::size_t i = 0; i < app.urlHosts.size(); ++i) {
                    const std::string& host = app.urlHosts[i];
                    const bool ok =
                        !host.empty()
                        && host.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789.-") == std::string::npos;
                    if (!ok) {
                        ck.add(h->items[i].offset,
                               SCRIM_TR_NOOP("PolicyLint", "\"%1\" is not a host name"),
                               {host},
                               SCRIM_TR_NOOP("PolicyLint",
                                             "Give the host only, in lower case: chat.example.com (no "
                                             "scheme, path or port)."));
                    }
                }
            }
        }
        p.aiApps.push_back(std::move(app));
    }
}

std::string jsonString(std::string_view s)
{
    std::string out = "\"";
    for (const char c : s) {
        if (c == '"' || c == '\\') {
            out.push_back('\\');
            out.push_back(c);
        } else if (static_cast<unsigned char>(c) < 0x20) {
            static constexpr char hex[] = "0123456789abcdef";
            out += "\\u00";
            out.push_back(hex[(c >> 4) & 0xF]);
            out.push_back(hex[c & 0xF]);
        } else {
            out.push_back(c);
        }
    }
    return out + "\"";
}

std::string jsonStrings(const std::vector<std::string>& v)
{
    std::string out = "[";
    for (std::size_t i = 0; i < v.size(); ++i) {
        out += (i ? ", " : "") + jsonString(v[i]);
    }
    return out + "]";
}

} // namespace

std::string_view policyActionName(PolicyAction a)
{
    switch (a) {
    case PolicyAction::Allow:
        return "allow";
    case PolicyAction::Warn:
        return "warn";
    case PolicyAction::Anonymize:
        return "anonymize";
    case PolicyAction::Block:
        return "block";
    case PolicyAction::Justify:
        return "justify";
    }
    return "allow";
}

std::optional<PolicyAction> policyActionFromName(std::string_view name)
{
    for (const auto a : {PolicyAction::Allow,
                         PolicyAction::Warn,
                         PolicyAction::Anonymize,
                         PolicyAction::Block,
                         PolicyAction::Justify}) {
        if (policyActionName(a) == name) {
            return a;
        }
    }
    return std::nullopt;
}

std::string_view destinationName(Destination d)
{
    return kDestinations[static_cast<std::size_t>(d)];
}

std::string_view Policy::builtinDefaultText()
{
    return defaultPolicyText();
}

const Policy& Policy::builtinDefault()
{
    static const Policy p = [] {
        std::vector<PolicyDiagnostic> diags;
        auto r = parse(defaultPolicyText(), diags, Policy{});
        // The built-in policy is checked by a test; should it ever fail, the compiled-in defaults
        // of the Policy struct (the same table) still protect.
        return r ? r.value() : Policy{};
    }();
    return p;
}

Result<Policy> Policy::parse(std::string_view text, std::vector<PolicyDiagnostic>& diagnostics)
{
    return parse(text, diagnostics, builtinDefault());
}

Result<Policy> Policy::parse(std::string_view text, std::vector<PolicyDiagnostic>& diagnostics, const Policy& base)
{
    const std::size_t before = diagnostics.size();
    Json::Value doc;
    Json::ParseError err;
    if (!Json::parse(text, doc, err)) {
        diagnostics.push_back(PolicyDiagnostic{err.pos,
                                               SCRIM_TR_NOOP("PolicyLint", "not valid JSON: %1"),
                                               {err.message},
                                               SCRIM_TR_NOOP("PolicyLint", "Fix the JSON syntax at this place.")});
        return Error{ErrorCode::InvalidData, SCRIM_TR_NOOP("CoreErrors", "The policy is not valid JSON.")};
    }
    Checker ck(text, diagnostics);
    Policy p = base;
    if (!ck.wantKind(doc, Json::Value::Kind::Object, "the policy")) {
        return Error{ErrorCode::InvalidData,
                     SCRIM_TR_NOOP("CoreErrors", "The policy has errors; see its lint report.")};
    }
    ck.onlyKnown(doc, {"schema_version",  "serial",         "issued_at",     "expires_at",   "org",
                       "on_expiry",       "categories",     "custom_rules",  "dictionaries", "allowlist",
                       "ai_apps",         "retention_days", "vault",         "alerts",       "clipboard",
                       "refresh_minutes", "user_may_pause", "user_may_quit", "$schema",      "description",
                       "test_values"});
    const Json::Value* sv = doc.member("schema_version");
    if (sv == nullptr) {
        ck.add(doc.offset,
               SCRIM_TR_NOOP("PolicyLint", "\"schema_version\" is missing"),
               {},
               SCRIM_TR_NOOP("PolicyLint", "Add \"schema_version\": 1."));
    } else if (ck.integer(*sv, "schema_version", 1, 1000, p.schemaVersion) && p.schemaVersion != kSchemaVersion) {
        ck.add(sv->offset,
               SCRIM_TR_NOOP("PolicyLint", "schema version %1 is not known to this Scrim (it knows %2)"),
               {std::to_string(p.schemaVersion), std::to_string(kSchemaVersion)},
               SCRIM_TR_NOOP("PolicyLint", "Write the policy for schema version 1, or update Scrim first."));
    }
    for (const char* required : {"serial", "issued_at", "org"}) {
        if (doc.member(required) == nullptr) {
            ck.add(doc.offset,
                   SCRIM_TR_NOOP("PolicyLint", "\"%1\" is missing"),
                   {required},
                   SCRIM_TR_NOOP("PolicyLint", "Every policy states its serial, issued_at and org."));
        }
    }
    if (const Json::Value* v = doc.member("serial")) {
        ck.integer(*v, "serial", std::int64_t{1}, std::int64_t{9'007'199'254'740'991}, p.serial);
    }
    if (const Json::Value* v = doc.member("issued_at")) {
        ck.timestamp(*v, "issued_at", p.issuedAt);
    }
    if (const Json::Value* v = doc.member("expires_at")) {
        if (v->kind == Json::Value::Kind::Null) {
            p.expiresAt.clear();
        } else if (ck.timestamp(*v, "expires_at", p.expiresAt) && !p.issuedAt.empty()
                   && QDateTime::fromString(QString::fromStdString(p.expiresAt), Qt::ISODate)
                          <= QDateTime::fromString(QString::fromStdString(p.issuedAt), Qt::ISODate)) {
            ck.add(v->offset,
                   SCRIM_TR_NOOP("PolicyLint", "expires_at is not after issued_at"),
                   {},
                   SCRIM_TR_NOOP("PolicyLint", "Set an expiry after the issue time, or null for none."));
        }
    }
    if (const Json::Value* v = doc.member("org")) {
        ck.string(*v, "org", p.org);
    }
    if (const Json::Value* v = doc.member("on_expiry")) {
        std::string s;
        if (ck.string(*v, "on_expiry", s)) {
            if (s == "keep_last" || s == "strict") {
                p.onExpiry = s;
            } else {
                ck.add(v->offset,
                       SCRIM_TR_NOOP("PolicyLint", "unknown on_expiry \"%1\""),
                       {s},
                       SCRIM_TR_NOOP("PolicyLint", "Use keep_last or strict."));
            }
        }
    }
    if (const Json::Value* v = doc.member("test_values")) {
        std::string s;
        if (ck.string(*v, "test_values", s)) {
            if (s == "flag" || s == "ignore") {
                p.testValues = s;
            } else {
                ck.add(v->offset,
                       SCRIM_TR_NOOP("PolicyLint", "unknown test_values \"%1\""),
                       {s},
                       SCRIM_TR_NOOP("PolicyLint", "Use flag or ignore."));
            }
        }
    }
    if (const Json::Value* v = doc.member("categories")) {
        readCategories(ck, *v, p);
    }
    if (const Json::Value* v = doc.member("custom_rules")) {
        readCustomRules(ck, *v, p);
    }
    if (const Json::Value* v = doc.member("dictionaries")) {
        readDictionaries(ck, *v, p);
    }
    if (const Json::Value* v = doc.member("allowlist");
        v != nullptr && ck.wantKind(*v, Json::Value::Kind::Object, "allowlist")) {
        ck.onlyKnown(*v, {"values", "patterns"});
        if (const Json::Value* vals = v->member("values")) {
            ck.strings(*vals, "values", p.allowValues);
        }
        if (const Json::Value* pats = v->member("patterns");
            pats != nullptr && ck.wantKind(*pats, Json::Value::Kind::Array, "patterns")) {
            p.allowPatterns.clear();
            for (const auto& item : pats->items) {
                std::string s;
                if (ck.regex(item, "an allowlist pattern", s)) {
                    p.allowPatterns.push_back(std::move(s));
                }
            }
        }
    }
    if (const Json::Value* v = doc.member("ai_apps")) {
        readAiApps(ck, *v, p);
    }
    if (const Json::Value* v = doc.member("retention_days")) {
        ck.integer(*v, "retention_days", 1, 3650, p.retentionDays);
    }
    if (const Json::Value* v = doc.member("vault");
        v != nullptr && ck.wantKind(*v, Json::Value::Kind::Object, "vault")) {
        ck.onlyKnown(*v, {"ttl_hours", "memory_only"});
        if (const Json::Value* t = v->member("ttl_hours")) {
            ck.integer(*t, "ttl_hours", 1, 720, p.vaultTtlHours);
        }
        if (const Json::Value* m = v->member("memory_only")) {
            ck.boolean(*m, "memory_only", p.vaultMemoryOnly);
        }
    }
    if (const Json::Value* v = doc.member("alerts");
        v != nullptr && ck.wantKind(*v, Json::Value::Kind::Object, "alerts")) {
        ck.onlyKnown(*v, {"flagged_per_hour", "overrides_per_day"});
        if (const Json::Value* a = v->member("flagged_per_hour")) {
            ck.integer(*a, "flagged_per_hour", 0, 100000, p.alertFlaggedPerHour);
        }
        if (const Json::Value* a = v->member("overrides_per_day")) {
            ck.integer(*a, "overrides_per_day", 0, 100000, p.alertOverridesPerDay);
        }
    }
    if (const Json::Value* v = doc.member("clipboard");
        v != nullptr && ck.wantKind(*v, Json::Value::Kind::Object, "clipboard")) {
        ck.onlyKnown(*v, {"max_scan_kib", "clear_restored_seconds"});
        if (const Json::Value* m = v->member("max_scan_kib")) {
            ck.integer(*m, "max_scan_kib", 16, 65536, p.clipboardMaxScanKib);
        }
        if (const Json::Value* c = v->member("clear_restored_seconds")) {
            ck.integer(*c, "clear_restored_seconds", 0, 86400, p.clearRestoredSeconds);
        }
    }
    if (const Json::Value* v = doc.member("refresh_minutes")) {
        ck.integer(*v, "refresh_minutes", 5, 10080, p.refreshMinutes);
    }
    if (const Json::Value* v = doc.member("user_may_pause")) {
        ck.boolean(*v, "user_may_pause", p.userMayPause);
    }
    if (const Json::Value* v = doc.member("user_may_quit")) {
        ck.boolean(*v, "user_may_quit", p.userMayQuit);
    }
    if (diagnostics.size() > before) {
        return Error{ErrorCode::InvalidData,
                     SCRIM_TR_NOOP("CoreErrors", "The policy has errors; see its lint report.")};
    }
    return p;
}

std::string Policy::toJson() const
{
    std::string j = "{\n";
    j += "  \"schema_version\": " + std::to_string(schemaVersion) + ",\n";
    j += "  \"serial\": " + std::to_string(serial) + ",\n";
    j += "  \"issued_at\": " + jsonString(issuedAt) + ",\n";
    j += "  \"expires_at\": " + (expiresAt.empty() ? std::string("null") : jsonString(expiresAt)) + ",\n";
    j += "  \"org\": " + jsonString(org) + ",\n";
    j += "  \"on_expiry\": " + jsonString(onExpiry) + ",\n";
    j += "  \"test_values\": " + jsonString(testValues) + ",\n";
    j += "  \"categories\": {\n";
    for (int c = 0; c < 6; ++c) {
        const auto cat = static_cast<Category>(c);
        j += "    " + jsonString(categoryName(cat)) + ": {";
        for (std::size_t d = 0; d < 3; ++d) {
            const auto& h = handling[static_cast<std::size_t>(c)][d];
            j += std::string(d ? ", " : "") + jsonString(kDestinations[d]) + ": {\"action\": "
                 + jsonString(policyActionName(h.action)) + ", \"operator\": " + jsonString(operatorName(h.op)) + "}";
        }
        j += std::string("}") + (c < 5 ? "," : "") + "\n";
    }
    j += "  },\n  \"custom_rules\": [";
    for (std::size_t i = 0; i < customRules.size(); ++i) {
        const auto& r = customRules[i];
        j += std::string(i ? "," : "") + "\n    {\"id\": " + jsonString(r.id)
             + ", \"pattern\": " + jsonString(r.pattern) + ", \"type\": " + jsonString(entityTypeName(r.type))
             + ", \"category\": " + jsonString(categoryName(r.category)) + ", \"validator\": "
             + (r.validator.empty() ? std::string("null") : jsonString(r.validator)) + ", \"context_words\": "
             + jsonStrings(r.contextWords) + ", \"min_score\": " + std::to_string(r.minScore) + "}";
    }
    j += customRules.empty() ? "],\n" : "\n  ],\n";
    j += "  \"dictionaries\": [";
    for (std::size_t i = 0; i < dictionaries.size(); ++i) {
        const auto& d = dictionaries[i];
        j += std::string(i ? "," : "") + "\n    {\"name\": " + jsonString(d.name)
             + ", \"category\": " + jsonString(categoryName(d.category)) + ", \"salt\": " + jsonString(d.saltHex)
             + ", \"max_words\": " + std::to_string(d.maxWords) + ", \"terms\": " + jsonStrings(d.hashes) + "}";
    }
    j += dictionaries.empty() ? "],\n" : "\n  ],\n";
    j += "  \"allowlist\": {\"values\": " + jsonStrings(allowValues) + ", \"patterns\": " + jsonStrings(allowPatterns)
         + "},\n";
    j += "  \"ai_apps\": [";
    for (std::size_t i = 0; i < aiApps.size(); ++i) {
        const auto& a = aiApps[i];
        j += std::string(i ? "," : "") + "\n    {\"name\": " + jsonString(a.name) + ", \"approved\": "
             + (a.approved ? "true" : "false") + ", \"window_titles\": " + jsonStrings(a.windowTitles)
             + ", \"window_classes\": " + jsonStrings(a.windowClasses) + ", \"url_hosts\": " + jsonStrings(a.urlHosts)
             + "}";
    }
    j += aiApps.empty() ? "],\n" : "\n  ],\n";
    j += "  \"retention_days\": " + std::to_string(retentionDays) + ",\n";
    j += "  \"vault\": {\"ttl_hours\": " + std::to_string(vaultTtlHours)
         + ", \"memory_only\": " + (vaultMemoryOnly ? "true" : "false") + "},\n";
    j += "  \"alerts\": {\"flagged_per_hour\": " + std::to_string(alertFlaggedPerHour)
         + ", \"overrides_per_day\": " + std::to_string(alertOverridesPerDay) + "},\n";
    j += "  \"clipboard\": {\"max_scan_kib\": " + std::to_string(clipboardMaxScanKib)
         + ", \"clear_restored_seconds\": " + std::to_string(clearRestoredSeconds) + "},\n";
    j += "  \"refresh_minutes\": " + std::to_string(refreshMinutes) + ",\n";
    j += std::string("  \"user_may_pause\": ") + (userMayPause ? "true" : "false") + ",\n";
    j += std::string("  \"user_may_quit\": ") + (userMayQuit ? "true" : "false") + "\n}\n";
    return j;
}

namespace PolicyTerms {

std::string normalise(std::string_view term)
{
    std::string out;
    bool gap = false;
    for (const char c : term) {
        const auto u = static_cast<unsigned char>(c);
        const bool word = u >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        if (!word) {
            gap = !out.empty();
            continue;
        }
        if (gap) {
            out.push_back(' ');
            gap = false;
        }
        out.push_back((c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c);
    }
    return out;
}

std::string hash(std::string_view saltHex, std::string_view term)
{
    std::string salt;
    if (!Crypto::fromHex(saltHex, salt)) {
        salt.assign(saltHex);
    }
    return Crypto::sha256Hex(salt, normalise(term));
}

} // namespace PolicyTerms

bool Policy::expiredAt(std::int64_t nowMs) const
{
    return !expiresAt.empty()
           && QDateTime::fromString(QString::fromStdString(expiresAt), Qt::ISODate).toMSecsSinceEpoch() <= nowMs;
}
