// SPDX-License-Identifier: GPL-3.0-or-later
// Network identifiers: IPv4 and IPv6 addresses, MAC addresses, URLs and domain names.
#include "core/detect/validators/CharClass.h"
#include "core/detect/validators/ValidatorFamilies.h"

#include <algorithm>
#include <array>
#include <string>
#include <vector>

using namespace CharClass;

namespace {

bool ipv4Validator(Candidate& cand)
{
    const std::string_view text = cand.text;
    std::size_t& begin = cand.begin;
    std::size_t& end = cand.end;
    // Part of a longer dotted run (a version number "1.2.3.4.5", an OID) is not an address.
    if (begin > 0 && (isDigit(text[begin - 1]) || (text[begin - 1] == '.' && begin > 1 && isDigit(text[begin - 2])))) {
        return false;
    }
    if (end < text.size() && text[end] == '.' && end + 1 < text.size() && isDigit(text[end + 1])) {
        return false;
    }
    int octets = 0;
    std::array<int, 4> octet{};
    std::size_t i = begin;
    while (i < end && octets < 4) {
        const std::size_t start = i;
        int v = 0;
        while (i < end && isDigit(text[i])) {
            v = v * 10 + (text[i] - '0');
            ++i;
        }
        const std::size_t len = i - start;
        if (len == 0 || len > 3 || v > 255 || (len > 1 && text[start] == '0')) {
            return false;
        }
        octet[static_cast<std::size_t>(octets)] = v;
        ++octets;
        if (octets < 4) {
            if (i >= end || text[i] != '.') {
                return false;
            }
            ++i;
        }
    }
    if (octets != 4) {
        return false;
    }
    // Addresses that name no one: the documentation ranges (RFC 5737), loopback, "any" and
    // broadcast. Reported as test values, so a policy can choose.
    const bool documentation = (octet[0] == 192 && octet[1] == 0 && octet[2] == 2)
                               || (octet[0] == 198 && octet[1] == 51 && octet[2] == 100)
                               || (octet[0] == 203 && octet[1] == 0 && octet[2] == 113);
    const bool special =
        octet[0] == 127 || octet == std::array<int, 4>{0, 0, 0, 0} || octet == std::array<int, 4>{255, 255, 255, 255};
    cand.testValue = documentation || special;
    return true;
}

bool isHex(char c)
{
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// Four dotted decimal octets, each 0..255 without leading zeros.
bool dottedQuad(std::string_view s)
{
    int octets = 0;
    std::size_t i = 0;
    while (i <= s.size()) {
        const std::size_t start = i;
        int v = 0;
        while (i < s.size() && isDigit(s[i])) {
            v = v * 10 + (s[i] - '0');
            ++i;
        }
        const std::size_t len = i - start;
        if (len == 0 || len > 3 || v > 255 || (len > 1 && s[start] == '0')) {
            return false;
        }
        ++octets;
        if (i == s.size()) {
            break;
        }
        if (s[i] != '.') {
            return false;
        }
        ++i;
    }
    return octets == 4;
}

// RFC 4291 text forms: eight groups of 1-4 hex digits, one "::" for a run of zero groups, an
// optional dotted IPv4 tail (two groups) and an optional zone ("%eth0"). Times ("12:30:45"),
// MAC addresses and C++ scopes ("Face::Bad", no digit) are not addresses.
bool ipv6Validator(Candidate& cand)
{
    const std::string_view text = cand.text;
    const std::size_t begin = cand.begin;
    // An address that ends in "::" after more groups ("2a00:1450:4001::") is matched up to its
    // last hex digit (the pattern's alternative for it comes later): the "::" is taken here.
    if (const std::size_t e = cand.end; e + 1 < text.size() && text[e] == ':' && text[e + 1] == ':'
                                        && (e + 2 == text.size() || (!isHex(text[e + 2]) && text[e + 2] != ':'))) {
        cand.end = e + 2;
    }
    const std::size_t end = cand.end;
    if (begin > 0
        && (isAlnum(text[begin - 1]) || text[begin - 1] == ':' || text[begin - 1] == '.' || text[begin - 1] == '_')) {
        return false;
    }
    // A colon after the address ends it where no hex digit or colon follows ("from
    // 2001:4860::8888: timeout"); otherwise the groups go on past what an address holds.
    const bool colonGoesOn = end < text.size() && text[end] == ':' && end + 1 < text.size()
                             && (isHex(text[end + 1]) || text[end + 1] == ':');
    if (end < text.size() && (isAlnum(text[end]) || text[end] == '_' || colonGoesOn)) {
        return false;
    }
    std::string_view v = text.substr(begin, end - begin);
    // A network prefix ("2001:db8::/32", "::/0"): 0 to 128 bits, and the address part may then end
    // in "::" or be "::" alone (the default route). After a prefix length that cannot be one
    // ("/9999") the address is still an address, reported without it.
    bool prefix = false;
    if (const auto slash = v.find('/'); slash != std::string_view::npos) {
        const std::string_view bits = v.substr(slash + 1);
        int n = 0;
        for (const char c : bits) {
            n = isDigit(c) && n <= 128 ? n * 10 + (c - '0') : 1000;
        }
        v = v.substr(0, slash);
        if (bits.empty() || (bits.size() > 1 && bits[0] == '0') || n > 128) {
            if (v.size() <= 2) {
                return false; // "::/999" is no address
            }
            cand.end = begin + slash;
        } else {
            prefix = true;
        }
    }
    const auto pct = v.find('%');
    if (pct != std::string_view::npos) {
        if (pct + 1 == v.size()) {
            return false;
        }
        v = v.substr(0, pct);
    }
    bool anyDigit = false;
    int groups = 0;
    bool compressed = false;
    std::size_t i = 0;
    if (v.starts_with("::")) {
        compressed = true;
        i = 2;
    }
    while (i < v.size()) {
        std::size_t j = i;
        while (j < v.size() && isHex(v[j])) {
            anyDigit = anyDigit || isDigit(v[j]);
            ++j;
        }
        if (j < v.size() && v[j] == '.') {
            // IPv4 tail: the rest of the string.
            if (!dottedQuad(v.substr(i))) {
                return false;
            }
            anyDigit = true;
            groups += 2;
            i = v.size();
            break;
        }
        if (j == i || j - i > 4) {
            return false;
        }
        ++groups;
        if (j == v.size()) {
            i = j;
            break;
        }
        if (v[j] != ':') {
            return false;
        }
        if (j + 1 < v.size() && v[j + 1] == ':') {
            if (compressed) {
                return false; // "::" twice
            }
            compressed = true;
            i = j + 2;
            if (i == v.size()) {
                break;
            }
        } else {
            i = j + 1;
            if (i == v.size()) {
                return false; // trailing single ':'
            }
        }
    }
    if (!anyDigit && !(prefix && v == "::")) {
        return false;
    }
    // Ending in "::" without a prefix ("fe80::", "2a00:1450:4001::"): a hex letter among at
    // least four hex digits, or three groups, so that "1::", a C++ scope "a1::", a slice
    // "[1024::]" or a time "12:30::" is not taken for one.
    if (!prefix && v.size() > 2 && v.ends_with("::")) {
        const auto hex = std::count_if(v.begin(), v.end(), [](char c) { return isHex(c); });
        const bool letter = std::any_of(v.begin(), v.end(), [](char c) { return isHex(c) && !isDigit(c); });
        if (hex < 4 || (!letter && groups < 3)) {
            return false;
        }
    }
    if (compressed ? groups > 7 : groups != 8) {
        return false;
    }
    // 2001:db8::/32 is for documentation (RFC 3849), as 192.0.2.0/24 is for IPv4: a test value.
    const std::string lower = lowerAscii(v.substr(0, std::min<std::size_t>(v.size(), 10)));
    cand.testValue = lower.starts_with("2001:db8:") || lower.starts_with("2001:0db8:");
    return true;
}

// Six octets written 00:1A:.. or 00-1A-.. (one separator throughout) or Cisco's 0012.3456.789A.
// The broadcast and all-zero addresses identify no device.
bool macValidator(Candidate& cand)
{
    const std::string_view v = cand.value();
    std::string hex;
    for (const char c : v) {
        if (isHex(c)) {
            hex.push_back(toLower(c));
        }
    }
    if (hex.size() != 12) {
        return false;
    }
    if (hex == "ffffffffffff" || hex == "000000000000") {
        return false;
    }
    const std::string_view text = cand.text;
    if (cand.begin > 0
        && (isAlnum(text[cand.begin - 1]) || text[cand.begin - 1] == ':' || text[cand.begin - 1] == '-')) {
        return false;
    }
    const bool glued = cand.end < text.size()
                       && (isAlnum(text[cand.end])
                           || ((text[cand.end] == ':' || text[cand.end] == '-') && cand.end + 1 < text.size()
                               && isHex(text[cand.end + 1])));
    if (glued) {
        return false;
    }
    // 00-00-5E-00-53-00 to -FF is the documentation range (RFC 7042): a documented test value.
    cand.testValue = hex.starts_with("00005e0053");
    return true;
}

// Trims what the URL pattern takes but prose adds: closing punctuation, an unbalanced ")".
// A host needs a dot and a top-level domain of letters ("http://microsoft" is not a URL).
bool urlValidator(Candidate& cand)
{
    const std::string_view text = cand.text;
    std::size_t& end = cand.end;
    // Quotation marks, brackets and punctuation beyond ASCII end a URL written in prose
    // ("“https://acme.com”", "「https://例え.jp」と"), as does a no-break space.
    static constexpr std::array<std::string_view, 16> closers{"\u201C",
                                                              "\u201D",
                                                              "\u2018",
                                                              "\u2019",
                                                              "\u00AB",
                                                              "\u00BB",
                                                              "\u300C",
                                                              "\u300D",
                                                              "\u300E",
                                                              "\u300F",
                                                              "\uFF08",
                                                              "\uFF09",
                                                              "\u3001",
                                                              "\u3002",
                                                              "\uFF0C",
                                                              "\u00A0"};
    for (const auto closer : closers) {
        const auto at = text.substr(cand.begin, end - cand.begin).find(closer);
        if (at != std::string_view::npos) {
            end = cand.begin + at;
        }
    }
    for (;;) {
        if (end <= cand.begin) {
            return false;
        }
        const char last = text[end - 1];
        if (last == '.' || last == ',' || last == ';' || last == ':' || last == '!' || last == '?' || last == '\''
            || last == '"') {
            --end;
            continue;
        }
        if (last == ')' || last == ']' || last == '}') {
            const char open = last == ')' ? '(' : (last == ']' ? '[' : '{');
            const std::string_view v = text.substr(cand.begin, end - cand.begin);
            if (std::count(v.begin(), v.end(), open) < std::count(v.begin(), v.end(), last)) {
                --end;
                continue;
            }
        }
        break;
    }
    std::string_view v = text.substr(cand.begin, end - cand.begin);
    const auto scheme = v.find("://");
    std::string_view rest = scheme == std::string_view::npos ? v : v.substr(scheme + 3);
    const auto at = rest.find('@');
    const auto slash = rest.find_first_of("/?#");
    if (at != std::string_view::npos && (slash == std::string_view::npos || at < slash)) {
        rest = rest.substr(at + 1);
    }
    std::string_view host = rest.substr(0, rest.find_first_of(":/?#"));
    if (host.ends_with('.')) {
        host.remove_suffix(1);
    }
    // Without a scheme, "www." must be followed by a name and a top-level domain.
    if (scheme == std::string_view::npos && std::count(host.begin(), host.end(), '.') < 2) {
        return false;
    }
    const auto dot = host.rfind('.');
    if (dot == std::string_view::npos || host.size() - dot - 1 < 2) {
        return false;
    }
    // A top-level domain is letters, also beyond ASCII ("пример.рф"), or punycode ("xn--p1ai").
    const std::string_view tld = host.substr(dot + 1);
    if (tld.size() > 4 && startsWithNoCase(tld, "xn--")) {
        return true;
    }
    for (const char c : tld) {
        if (!isAlpha(c) && static_cast<unsigned char>(c) < 0x80) {
            return std::all_of(host.begin(), host.end(), [](char h) { return isDigit(h) || h == '.'; });
        }
    }
    return true;
}

// Whether the character that ends right before `at` is a letter or number beyond ASCII (UTF-8),
// as far as a byte-level check tells.
bool letterOrNumberBefore(std::string_view text, std::size_t at)
{
    if (at == 0 || static_cast<unsigned char>(text[at - 1]) < 0x80) {
        return false;
    }
    std::size_t lead = at - 1;
    while (lead > 0 && at - lead < 4 && (static_cast<unsigned char>(text[lead]) & 0xC0) == 0x80) {
        --lead;
    }
    const auto b0 = static_cast<unsigned char>(text[lead]);
    const std::size_t n = at - lead;
    char32_t cp = 0;
    if (n == 2 && (b0 & 0xE0) == 0xC0) {
        cp = b0 & 0x1F;
    } else if (n == 3 && (b0 & 0xF0) == 0xE0) {
        cp = b0 & 0x0F;
    } else if (n == 4 && (b0 & 0xF8) == 0xF0) {
        cp = b0 & 0x07;
    } else {
        return true; // not well-formed: assume it goes on the word, as before
    }
    for (std::size_t k = lead + 1; k < at; ++k) {
        cp = (cp << 6) | (static_cast<unsigned char>(text[k]) & 0x3F);
    }
    // Spaces, quotes, dashes and other punctuation end a word; anything else beyond ASCII is
    // taken for a letter (the scripts' letters, which the rule does not read).
    const bool punctuation = (cp >= 0xA0 && cp <= 0xBF) || cp == 0xD7 || cp == 0xF7 || (cp >= 0x2000 && cp <= 0x206F)
                             || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFE30 && cp <= 0xFE4F)
                             || (cp >= 0xFF00 && cp <= 0xFF0F) || (cp >= 0xFF1A && cp <= 0xFF20);
    return !punctuation;
}

// A bare domain ("microsoft.com") standing on its own: not the host part of an e-mail address or
// URL (those have rules of their own) and not a file name inside a path.
bool domainValidator(Candidate& cand)
{
    const std::string_view text = cand.text;
    if (cand.begin > 0) {
        const char before = text[cand.begin - 1];
        // A letter or number beyond ASCII before it: the domain's first label goes on in letters
        // the rule does not read ("münchen.de"); reporting "nchen.de" would leave the rest in
        // clear. Quotes, dashes and spaces beyond ASCII ("“acme.com”") end a word as a blank does.
        if (before == '@' || before == '.' || before == '/' || before == '-' || before == '_' || isAlnum(before)
            || letterOrNumberBefore(text, cand.begin)) {
            return false;
        }
    }
    if (cand.end < text.size()) {
        const char after = text[cand.end];
        if (after == '@' || after == '-' || after == '_' || isAlnum(after)
            || (after == '.' && cand.end + 1 < text.size() && isAlnum(text[cand.end + 1]))) {
            return false;
        }
    }
    return true;
}

constexpr std::array<NamedValidator, 5> validators{{
    {"ipv4", &ipv4Validator},
    {"ipv6", &ipv6Validator},
    {"mac", &macValidator},
    {"url", &urlValidator},
    {"domain", &domainValidator},
}};

} // namespace

std::span<const NamedValidator> ValidatorFamilies::network()
{
    return validators;
}
