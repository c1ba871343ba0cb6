// SPDX-License-Identifier: GPL-3.0-or-later
// Contact data: e-mail addresses and phone numbers.
#include "core/detect/validators/CharClass.h"
#include "core/detect/validators/ValidatorFamilies.h"

#include <algorithm>
#include <array>
#include <string>
#include <vector>

using namespace CharClass;

namespace {

// ITU-T E.164 country codes that are spare (assigned to no country or service), by their
// first three digits; every other code with its first digit 1-9 is in use (the one-digit codes 1
// and 7, the two-digit ones, and most three-digit ones).
bool spareCountryCode(std::string_view d)
{
    if (d.size() < 3) {
        return false;
    }
    const int cc = (d[0] - '0') * 100 + (d[1] - '0') * 10 + (d[2] - '0');
    const int two = cc / 10;
    if (two == 28 || two == 83 || two == 89) {
        return true; // 280-289, 830-839, 890-899
    }
    static constexpr std::array<int, 49> spare{210, 214, 215, 217, 219, 259, 292, 293, 294, 295, 296, 384, 422,
                                               424, 425, 426, 427, 428, 429, 671, 684, 693, 694, 695, 696, 697,
                                               698, 699, 801, 802, 803, 804, 805, 806, 807, 809, 851, 854, 857,
                                               858, 859, 884, 885, 887, 889, 969, 978, 990, 999};
    return std::find(spare.begin(), spare.end(), cc) != spare.end();
}

// NANP codes of the form N11 (211, 311, … 911) reach services; no area code or exchange has it.
bool nanpServiceCode(std::string_view three)
{
    return three.size() == 3 && three[1] == '1' && three[2] == '1';
}

// `afterPrefix`: the candidate starts after a "00" the caller has checked.
bool e164Check(Candidate& cand, bool afterPrefix = false)
{
    const std::string_view text = cand.text;
    std::size_t& begin = cand.begin;
    std::size_t& end = cand.end;
    // Trim separators the pattern may have taken at the end, and a closing parenthesis that
    // closes nothing inside the number: "(+46 70 123 45 67)" is a number in parentheses.
    const auto trim = [&] {
        while (end > begin && !isDigit(text[end - 1]) && text[end - 1] != ')') {
            --end;
        }
    };
    trim();
    if (end > begin && text[end - 1] == ')'
        && std::count(
               text.begin() + static_cast<std::ptrdiff_t>(begin), text.begin() + static_cast<std::ptrdiff_t>(end), ')')
               > std::count(text.begin() + static_cast<std::ptrdiff_t>(begin),
                            text.begin() + static_cast<std::ptrdiff_t>(end),
                            '(')) {
        --end;
        trim();
    }
    int digits = 0;
    int open = 0;
    for (std::size_t i = begin; i < end; ++i) {
        const char c = text[i];
        if (isDigit(c)) {
            ++digits;
        } else if (c == '(') {
            ++open;
        } else if (c == ')') {
            if (--open < 0) {
                return false;
            }
        }
    }
    // More than 15 digits only for a North American number that ran into a following group.
    const auto firstDigit = std::find_if(text.begin() + static_cast<std::ptrdiff_t>(begin),
                                         text.begin() + static_cast<std::ptrdiff_t>(end),
                                         [](char c) { return isDigit(c); });
    if (open != 0 || digits < 8 || (digits > 15 && *firstDigit != '1')) {
        return false;
    }
    if (!afterPrefix && begin > 0 && isAlnum(text[begin - 1])) {
        return false;
    }
    if (end < text.size() && isDigit(text[end])) {
        return false;
    }
    thread_local std::string d; // kept from call to call: no allocation per candidate
    d.clear();
    for (std::size_t i = begin; i < end; ++i) {
        if (isDigit(text[i])) {
            d.push_back(text[i]);
        }
    }
    if (spareCountryCode(d)) {
        return false;
    }
    if (d.front() == '1') {
        // North America (NANP): ten digits after the 1, area code and exchange starting 2-9.
        // The pattern may have run into a following number ("+1 415 555 2671 12 items").
        while (d.size() > 11) {
            // The last group: digits, or a group in parentheses ("… 2671 (12)").
            std::size_t cut = end;
            if (text[end - 1] == ')') {
                while (cut > begin && text[cut - 1] != '(') {
                    --cut;
                }
                cut = cut > begin ? cut - 1 : begin;
            } else {
                while (cut > begin && isDigit(text[cut - 1])) {
                    --cut;
                }
            }
            const auto groupDigits =
                static_cast<std::size_t>(std::count_if(text.begin() + static_cast<std::ptrdiff_t>(cut),
                                                       text.begin() + static_cast<std::ptrdiff_t>(end),
                                                       [](char c) { return isDigit(c); }));
            if (groupDigits == 0 || cut == begin || groupDigits >= d.size() - 1) {
                return false;
            }
            end = cut;
            trim();
            d.resize(d.size() - groupDigits);
        }
        if (d.size() != 11 || d[1] < '2' || d[4] < '2' || nanpServiceCode(d.substr(1, 3))
            || nanpServiceCode(d.substr(4, 3))) {
            return false;
        }
    } else if (d.size() > 15) {
        return false;
    }
    return true;
}

// National phone numbers (phone-us, phone-national, phone-tr, phone-context). The pattern may run into a
// following number ("0171 1234567 12 items"): trailing groups are dropped until the digit count fits.
bool phoneNationalCheck(Candidate& cand)
{
    const std::string_view text = cand.text;
    std::size_t& begin = cand.begin;
    std::size_t& end = cand.end;
    const auto isSep = [](char c) { return c == ' ' || c == '.' || c == '-' || c == '/'; };
    if (begin > 0) {
        const char p = text[begin - 1];
        if (isAlnum(p) || p == '+' || p == '_' || p == '@'
            || ((isSep(p) || p == ',') && begin > 1 && isDigit(text[begin - 2]))) {
            return false;
        }
    }
    while (end > begin && !isDigit(text[end - 1]) && text[end - 1] != ')') {
        --end;
    }
    const bool trunk = text[begin] == '0' || (text[begin] == '(' && end - begin > 1 && text[begin + 1] == '0');
    const int maxDigits = trunk ? 12 : 15;
    thread_local std::vector<int> groups; // kept from call to call: no allocation per candidate
    for (;;) {
        int digits = 0;
        int open = 0;
        bool separated = false;
        bool balanced = true;
        groups.assign(1, 0);
        for (std::size_t i = begin; i < end; ++i) {
            const char c = text[i];
            if (isDigit(c)) {
                ++digits;
                ++groups.back();
            } else {
                separated = true;
                if (groups.back() != 0) {
                    groups.push_back(0);
                }
                if (c == '(') {
                    ++open;
                } else if (c == ')') {
                    balanced = balanced && --open >= 0;
                }
            }
        }
        if (digits > maxDigits && groups.size() > 1) {
            // Drop the last group and the separators before it.
            while (end > begin && isDigit(text[end - 1])) {
                --end;
            }
            while (end > begin && !isDigit(text[end - 1]) && text[end - 1] != ')') {
                --end;
            }
            continue;
        }
        if (!balanced || open != 0 || digits > maxDigits) {
            return false;
        }
        if (end < text.size()) {
            const char n = text[end];
            if (isDigit(n) || ((isSep(n) || n == ',') && end + 1 < text.size() && isDigit(text[end + 1]) && !trunk)) {
                return false;
            }
            if (isAlpha(n)) {
                return false;
            }
        }
        // A date ("01.02.2023", "03/04/1999", "2024-04-15") is not a phone number.
        if (groups.size() == 3
            && ((groups[0] <= 2 && groups[1] <= 2 && groups[2] == 4)
                || (groups[0] == 4 && groups[1] <= 2 && groups[2] <= 2))) {
            return false;
        }
        // Four or more dot-separated groups are an address or a version ("10.0.12.7"), except the
        // French way of writing a number, five pairs ("06.12.34.56.78").
        const bool frenchPairs =
            groups.size() == 5 && std::all_of(groups.begin(), groups.end(), [](int g) { return g == 2; });
        if (groups.size() >= 4 && !frenchPairs) {
            bool onlyDots = true;
            for (std::size_t i = begin; i < end; ++i) {
                onlyDots = onlyDots && (isDigit(text[i]) || text[i] == '.');
            }
            if (onlyDots) {
                return false;
            }
        }
        if (trunk) {
            if (!separated) {
                return digits >= 10 && digits <= 11;
            }
            return digits >= 9;
        }
        // Written as a NANP number ("(212) 555-0143", "212-555-0143", "1 212 555 0143"): its area
        // code and exchange are never N11, the codes dialled for services (411, 911).
        const bool nanpGroups = (groups.size() == 3 && groups[0] == 3 && groups[1] == 3 && groups[2] == 4)
                                || (groups.size() == 4 && groups[0] == 1 && groups[1] == 3 && groups[2] == 3
                                    && groups[3] == 4 && text[begin] == '1');
        if (nanpGroups) {
            std::size_t i = end;
            std::array<char, 6> code{}; // area code and exchange, the first six of the last ten digits
            for (int k = 0; k < 10 && i > begin;) {
                --i;
                if (isDigit(text[i])) {
                    ++k;
                    if (k > 4) {
                        code[static_cast<std::size_t>(10 - k)] = text[i];
                    }
                }
            }
            const std::string_view c(code.data(), code.size());
            if (nanpServiceCode(c.substr(0, 3)) || nanpServiceCode(c.substr(3, 3))) {
                return false;
            }
        }
        return digits >= 7;
    }
}

// Ofcom's numbers for drama (UK): ten-digit national numbers whose first seven digits are one of
// these, the last three free ("020 7946 0958", "07700 900123", "0113 496 0000").
constexpr std::array<std::string_view, 20> kOfcomDrama{
    "1134960", "1144960", "1154960", "1164960", "1174960", "1184960", "1214960", "1314960", "1414960", "1514960",
    "1614960", "1914980", "2079460", "2896496", "2920180", "1632960", "7700900", "8081570", "9098790", "3069990"};
// The UK area codes of those ranges with the trunk 0 (and London's "0207" as people group it), as
// the first group of a number written nationally: another country's number with the same digits is grouped otherwise (a
// German mobile "0163 2960123", not "01632 960123").
constexpr std::array<std::string_view, 21> kOfcomDramaAreas{"0113", "0114",  "0115",  "0116",  "0117", "0118",  "0121",
                                                            "0131", "0141",  "0151",  "0161",  "0191", "020",   "028",
                                                            "029",  "01632", "07700", "08081", "0909", "03069", "0207"};

bool ofcomDrama(std::string_view nsn)
{
    return nsn.size() == 10 && std::any_of(kOfcomDrama.begin(), kOfcomDrama.end(), [nsn](std::string_view p) {
               return nsn.starts_with(p);
           });
}

// Numbers set aside for fiction and examples are documented test values, reported as such:
// NANP 555-0100 to 555-0199 ("415-555-0132"), and Ofcom's drama ranges in E.164 form (+44) or
// written nationally with the UK area code as the first group.
void markFictionalPhone(Candidate& cand)
{
    const std::string_view v = cand.value();
    std::string digits = digitsIn(v);
    if (v.starts_with("+44") || v.starts_with("0044")) {
        // "+44 (0)20 7946 0321": the trunk 0 written after the country code.
        std::string_view nsn = std::string_view(digits).substr(v.starts_with("+") ? 2 : 4);
        if (nsn.size() == 11 && nsn.front() == '0') {
            nsn.remove_prefix(1);
        }
        cand.testValue = ofcomDrama(nsn);
        return;
    }
    if (v.starts_with("0")) {
        std::size_t group = 0;
        while (group < v.size() && isDigit(v[group])) {
            ++group;
        }
        const std::string_view area = v.substr(0, group);
        cand.testValue = group < v.size()
                         && std::find(kOfcomDramaAreas.begin(), kOfcomDramaAreas.end(), area) != kOfcomDramaAreas.end()
                         && ofcomDrama(std::string_view(digits).substr(1));
        if (cand.testValue) {
            return;
        }
    }
    if (v.starts_with("001")) {
        digits.erase(0, 2);
    }
    if (digits.size() == 11 && digits.front() == '1') {
        digits.erase(0, 1);
    }
    // A NANP area code starts with 2-9; "030 5550123" is a Berlin number.
    cand.testValue =
        digits.size() == 10 && digits.front() >= '2' && digits.front() <= '9' && digits.compare(3, 5, "55501") == 0;
}

bool e164Validator(Candidate& cand)
{
    if (!e164Check(cand)) {
        return false;
    }
    const std::string_view v = cand.value();
    if (v.starts_with("+1") || v.starts_with("+44")) {
        markFictionalPhone(cand);
    }
    return true;
}

// International numbers written with the 00 prefix instead of "+" ("0046 70 123 45 67", "0049 30
// 1234567"), as much of Europe dials them: the checks of E.164 on the digits after 00. Without a
// separator the run is as likely an order or article number, so it needs a context word.
bool intl00Validator(Candidate& cand)
{
    const std::string_view v = cand.value();
    if (!v.starts_with("00") || v.size() < 3 || v[2] < '1' || v[2] > '9') {
        return false;
    }
    // Not a group inside a longer run of digit groups: "DE92 7609 0058 7786 …", "6011 0010 6886 …".
    const std::string_view text = cand.text;
    if (cand.begin >= 2
        && (text[cand.begin - 1] == ' ' || text[cand.begin - 1] == '.' || text[cand.begin - 1] == '-'
            || text[cand.begin - 1] == '/')
        && isDigit(text[cand.begin - 2])) {
        return false;
    }
    Candidate rest{cand.text, cand.begin + 2, cand.end};
    if (!e164Check(rest, true) || (cand.begin > 0 && isAlnum(cand.text[cand.begin - 1]))) {
        return false;
    }
    cand.end = rest.end;
    const std::string_view number = cand.value();
    if (number.find_first_of(" .-()") == std::string_view::npos) {
        cand.scoreDelta -= 0.3;
    }
    if (number.starts_with("001") || number.starts_with("0044")) {
        markFictionalPhone(cand);
    }
    return true;
}

bool phoneNationalValidator(Candidate& cand)
{
    if (!phoneNationalCheck(cand) || Validators::isAmount(cand.text, cand.begin, cand.end)) {
        return false;
    }
    markFictionalPhone(cand);
    return true;
}

bool emailValidator(Candidate& cand)
{
    const std::string_view text = cand.text;
    std::size_t& begin = cand.begin;
    std::size_t& end = cand.end;
    const std::string_view v = text.substr(begin, end - begin);
    const auto at = v.rfind('@');
    if (at == std::string_view::npos || at == 0 || at > 64) {
        return false; // RFC 5321: the local part has at most 64 octets
    }
    const std::string_view local = v.substr(0, at);
    const std::string_view domain = v.substr(at + 1);
    if (local.front() == '.' || local.back() == '.' || local.find("..") != std::string_view::npos
        || domain.size() > 253) {
        return false;
    }
    std::size_t labelStart = 0;
    for (std::size_t i = 0; i <= domain.size(); ++i) {
        if (i == domain.size() || domain[i] == '.') {
            if (i - labelStart > 63) {
                return false;
            }
            labelStart = i + 1;
        }
    }
    const auto dot = domain.rfind('.');
    if (dot == std::string_view::npos) {
        return false;
    }
    std::string tld;
    for (const char c : domain.substr(dot + 1)) {
        tld.push_back(toLower(c));
    }
    // Letters only, or an internationalised TLD in its ASCII (punycode) form.
    if (!tld.starts_with("xn--")) {
        if (tld.size() < 2 || tld.size() > 24) {
            return false;
        }
        for (const char c : tld) {
            if (!isLower(c)) {
                return false;
            }
        }
    }
    // File names that look like addresses ("logo@2x.png") are the common false positive.
    // Extensions only; ".mov" and ".zip" are top-level domains too.
    static constexpr std::array<std::string_view, 21> fileExtensions{
        "png",  "jpg", "jpeg", "gif",  "svg",  "webp", "bmp", "ico",  "css", "js", "json",
        "html", "txt", "yaml", "avif", "heic", "heif", "tif", "tiff", "jxl", "pdf"};
    for (const auto ext : fileExtensions) {
        if (tld == ext) {
            return false;
        }
    }
    // A repository's address: code hosts take pushes as the user "git" ("git@github.com:org/app.git",
    // "ssh://git@gitlab.example.com/group/app.git"), a path follows the host.
    const bool pathAfter = end + 1 < text.size() && (text[end] == ':' || text[end] == '/') && !isSpace(text[end + 1]);
    if (local == "git" && (pathAfter || text.substr(0, begin).ends_with("://"))) {
        return false;
    }
    // Mail headers that carry message identifiers, not mailboxes.
    std::size_t lineStart = begin;
    while (lineStart > 0 && begin - lineStart < 256 && text[lineStart - 1] != '\n') {
        --lineStart;
    }
    const std::string_view line = text.substr(lineStart, begin - lineStart);
    for (const auto header : {std::string_view("message-id:"),
                              std::string_view("in-reply-to:"),
                              std::string_view("references:"),
                              std::string_view("content-id:")}) {
        if (startsWithNoCase(line, header)) {
            return false;
        }
    }
    // Reserved example domains (RFC 2606, RFC 6761) reach no one: a documented test value.
    thread_local std::string lowerDomain; // kept from call to call: no allocation per candidate
    lowerDomain.clear();
    for (const char ch : domain) {
        lowerDomain.push_back(toLower(ch));
    }
    static constexpr std::array<std::string_view, 3> exampleDomains{"example.com", "example.org", "example.net"};
    static constexpr std::array<std::string_view, 4> reservedTlds{"example", "test", "invalid", "localhost"};
    for (const auto d : exampleDomains) {
        if (lowerDomain == d
            || (lowerDomain.size() > d.size() && lowerDomain.ends_with(d)
                && lowerDomain[lowerDomain.size() - d.size() - 1] == '.')) {
            cand.testValue = true;
        }
    }
    for (const auto t : reservedTlds) {
        if (tld == t) {
            cand.testValue = true;
        }
    }
    return true;
}

constexpr std::array<NamedValidator, 4> validators{{
    {"e164", &e164Validator},
    {"phone-00", &intl00Validator},
    {"phone-national", &phoneNationalValidator},
    {"email", &emailValidator},
}};

} // namespace

std::span<const NamedValidator> ValidatorFamilies::contact()
{
    return validators;
}
