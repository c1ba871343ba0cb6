// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/redact/Surrogates.h"

#include "core/detect/Dictionaries.h"
#include "core/detect/StreetWords.h"
#include "core/detect/Validators.h"
#include "core/detect/validators/CharClass.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <iterator>
#include <optional>
#include <vector>

namespace {

using CharClass::isDigit;
using CharClass::isLower;
using CharClass::isUpper;

int uniform(std::mt19937_64& rng, int lo, int hi)
{
    return std::uniform_int_distribution<int>(lo, hi)(rng);
}

char randomDigit(std::mt19937_64& rng)
{
    return static_cast<char>('0' + uniform(rng, 0, 9));
}

// Letters and digits replaced by random ones of the same class; everything else that is safe kept.
std::string shapeOf(std::string_view v, std::mt19937_64& rng, std::size_t keepPrefix = 0)
{
    std::string out;
    out.reserve(v.size());
    for (std::size_t i = 0; i < v.size(); ++i) {
        const char c = v[i];
        if (i < keepPrefix) {
            out.push_back(c);
        } else if (isDigit(c)) {
            out.push_back(randomDigit(rng));
        } else if (isUpper(c)) {
            out.push_back(static_cast<char>('A' + uniform(rng, 0, 25)));
        } else if (isLower(c)) {
            out.push_back(static_cast<char>('a' + uniform(rng, 0, 25)));
        } else if (c == '"' || c == '\\' || c == ',' || c == '\'' || c == '[' || c == ']' || c == '{' || c == '}'
                   || static_cast<unsigned char>(c) < 0x20 || static_cast<unsigned char>(c) >= 0x80) {
            // Unsafe or non-ASCII: a letter keeps the length close and the text valid.
            if (static_cast<unsigned char>(c) >= 0x80 && (static_cast<unsigned char>(c) & 0xC0) == 0x80) {
                continue;
            }
            out.push_back(c == '\n' ? '\n' : static_cast<char>('a' + uniform(rng, 0, 25)));
        } else {
            out.push_back(c);
        }
    }
    return out;
}

// Writes `digits` into the layout of `original`: its digits replaced in order, other characters kept.
std::string relayout(std::string_view original, const std::string& digits)
{
    std::string out;
    std::size_t d = 0;
    for (const char c : original) {
        if (isDigit(c) && d < digits.size()) {
            out.push_back(digits[d++]);
        } else if (!isDigit(c)) {
            out.push_back(c);
        }
    }
    return out;
}

std::string digitsOf(std::string_view v)
{
    std::string d;
    for (const char c : v) {
        if (isDigit(c)) {
            d.push_back(c);
        }
    }
    return d;
}

char luhnCheckDigit(const std::string& payload)
{
    for (char c = '0'; c <= '9'; ++c) {
        if (Validators::luhn(payload + c)) {
            return c;
        }
    }
    return '0';
}

std::string card(std::string_view original, std::mt19937_64& rng)
{
    const std::string d = digitsOf(original);
    // Prefixes of the networks' published test numbers, by brand of the original.
    std::string prefix = "400000";
    if (d.starts_with("34") || d.starts_with("37")) {
        prefix = "378282";
    } else if (d.size() >= 2 && d[0] == '5' && d[1] >= '1' && d[1] <= '5') {
        prefix = "555555";
    } else if (d.starts_with("2")) {
        prefix = "222300";
    } else if (d.starts_with("6011") || d.starts_with("64") || d.starts_with("65")) {
        prefix = "601111";
    } else if (d.starts_with("35")) {
        prefix = "353011";
    } else if (d.starts_with("36") || d.starts_with("38") || d.starts_with("30")) {
        prefix = "305693";
    } else if (d.starts_with("62")) {
        prefix = "620000";
    } else if (d.starts_with("50") || d.starts_with("56") || d.starts_with("57") || d.starts_with("58")
               || d.starts_with("6")) {
        prefix = "601111";
    }
    const std::size_t n = d.size() < 12 ? 16 : d.size();
    std::string payload = prefix.substr(0, std::min(prefix.size(), n - 1));
    while (payload.size() < n - 1) {
        payload.push_back(randomDigit(rng));
    }
    payload.push_back(luhnCheckDigit(payload));
    return d.size() < 12 ? payload : relayout(original, payload);
}

// A Swedish personnummer stays one: another date that exists (the day plus 60 when the original is
// a samordningsnummer), three other digits and the Luhn digit, in the original's layout (century,
// separator). Random digits would give months such as 62, which no reader takes for a person.
std::optional<std::string> personnummer(std::string_view original, std::mt19937_64& rng)
{
    const ValidatorFn valid = Validators::byName("se-personnummer");
    Candidate cand{original, 0, original.size()};
    if (valid == nullptr || !valid(cand) || cand.begin != 0 || cand.end != original.size()) {
        return std::nullopt;
    }
    const std::string d = digitsOf(original);
    const std::size_t y = d.size() - 10; // where YYMMDD starts
    const bool coordination = d[y + 4] >= '6';
    const auto two = [](int v) {
        return std::string{static_cast<char>('0' + v / 10), static_cast<char>('0' + v % 10)};
    };
    std::string payload =
        two(uniform(rng, 0, 99)) + two(uniform(rng, 1, 12)) + two(uniform(rng, 1, 28) + (coordination ? 60 : 0));
    for (int i = 0; i < 3; ++i) {
        payload.push_back(randomDigit(rng));
    }
    payload.push_back(luhnCheckDigit(payload));
    return relayout(original, d.substr(0, y) + payload);
}

std::string iban(std::string_view original, std::mt19937_64& rng)
{
    std::string compact;
    for (const char c : original) {
        if (isDigit(c) || isUpper(c) || isLower(c)) {
            compact.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
        }
    }
    if (compact.size() < 5) {
        return shapeOf(original, rng);
    }
    std::string bban = shapeOf(compact.substr(4), rng);
    // Check digits per ISO 7064 mod 97-10: move country + "00" to the end, letters as 10..35.
    const std::string rearranged = bban + compact.substr(0, 2) + "00";
    int mod = 0;
    for (const char c : rearranged) {
        if (isDigit(c)) {
            mod = (mod * 10 + (c - '0')) % 97;
        } else {
            mod = (mod * 100 + (c - 'A' + 10)) % 97;
        }
    }
    const int check = 98 - mod;
    std::string full = compact.substr(0, 2);
    full.push_back(static_cast<char>('0' + check / 10));
    full.push_back(static_cast<char>('0' + check % 10));
    full += bban;
    // Back into the original's spacing.
    std::string out;
    std::size_t k = 0;
    for (const char c : original) {
        if ((isDigit(c) || isUpper(c) || isLower(c)) && k < full.size()) {
            out.push_back(full[k++]);
        } else if (!(isDigit(c) || isUpper(c) || isLower(c))) {
            out.push_back(c == ' ' || c == '-' ? c : ' ');
        }
    }
    return out;
}

std::string capitalised(std::string_view word, bool allUpper)
{
    std::string out(word);
    for (std::size_t i = 0; i < out.size(); ++i) {
        if (allUpper || i == 0) {
            out[i] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[i])));
        }
    }
    return out;
}

// A name from the census lists that carries no apostrophe, space or hyphen (safe everywhere).
std::string_view pick(std::span<const std::string_view> list, std::mt19937_64& rng)
{
    for (int tries = 0; tries < 16; ++tries) {
        const auto w = list[static_cast<std::size_t>(uniform(rng, 0, static_cast<int>(list.size()) - 1))];
        bool ok = w.size() >= 3;
        for (const char c : w) {
            ok = ok && isLower(c);
        }
        if (ok) {
            return w;
        }
    }
    return list.front();
}

enum class Gender
{
    Unknown,
    Female,
    Male
};

// A word as titles are compared: lower case, without dots ("Mrs." as "mrs").
std::string titleForm(std::string_view w)
{
    std::string l;
    for (const char c : w) {
        if (c != '.') {
            l.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
        }
    }
    return l;
}

// The gender a title gives ("Mrs", "Frau", "Mme" / "Mr", "Herr", "M."); Unknown for "Dr", "Prof"
// and anything else. Case and a trailing dot do not matter.
Gender titleGender(std::string_view w)
{
    const std::string l = titleForm(w);
    static constexpr std::string_view female[] = {
        "mrs", "ms", "miss", "frau", "fru", "mme", "mlle", "madame", "mademoiselle", "lady", "dame"};
    static constexpr std::string_view male[] = {"mr", "herr", "m", "monsieur", "sir", "lord"};
    if (std::find(std::begin(female), std::end(female), l) != std::end(female)) {
        return Gender::Female;
    }
    if (std::find(std::begin(male), std::end(male), l) != std::end(male)) {
        return Gender::Male;
    }
    return Gender::Unknown;
}

// The gender of the title that ends `before` ("Dear Mrs ", "Herr"), if any.
Gender genderBefore(std::string_view before)
{
    std::size_t end = before.size();
    while (end > 0 && (before[end - 1] == ' ' || before[end - 1] == '\t')) {
        --end;
    }
    std::size_t begin = end;
    while (begin > 0 && (isUpper(before[begin - 1]) || isLower(before[begin - 1]) || before[begin - 1] == '.')) {
        --begin;
    }
    return titleGender(before.substr(begin, end - begin));
}

bool isHonorific(std::string_view w)
{
    const std::string l = titleForm(w);
    return l == "mr" || l == "mrs" || l == "ms" || l == "miss" || l == "dr" || l == "prof" || l == "sir" || l == "herr"
           || l == "frau" || l == "mme" || l == "mlle" || l == "m";
}

std::span<const std::string_view> firstNames(Gender gender)
{
    switch (gender) {
    case Gender::Female:
        return Dictionaries::surrogateFemaleNames();
    case Gender::Male:
        return Dictionaries::surrogateMaleNames();
    case Gender::Unknown:
        break;
    }
    return Dictionaries::firstNames();
}

std::string person(std::string_view original, std::mt19937_64& rng, Gender gender)
{
    std::vector<std::string_view> words;
    std::size_t i = 0;
    while (i < original.size()) {
        while (i < original.size() && (original[i] == ' ' || original[i] == '\t' || original[i] == '\n')) {
            ++i;
        }
        const std::size_t s = i;
        while (i < original.size() && original[i] != ' ' && original[i] != '\t' && original[i] != '\n') {
            ++i;
        }
        if (i > s) {
            words.push_back(original.substr(s, i - s));
        }
    }
    bool allUpper = true;
    bool anyLetter = false;
    for (const char c : original) {
        if (isLower(c)) {
            allUpper = false;
        }
        anyLetter = anyLetter || isUpper(c) || isLower(c);
    }
    allUpper = allUpper && anyLetter;
    std::string out;
    std::size_t nameWords = 0;
    for (const auto w : words) {
        nameWords += isHonorific(w) ? 0 : 1;
    }
    std::size_t seen = 0;
    for (const auto w : words) {
        if (!out.empty()) {
            out.push_back(' ');
        }
        if (isHonorific(w)) {
            out += w;
            if (const Gender g = titleGender(w); g != Gender::Unknown) {
                gender = g;
            }
            continue;
        }
        ++seen;
        // The last word is a surname when there are two or more; a single word is a first name.
        const bool last = nameWords >= 2 && seen == nameWords;
        out += capitalised(pick(last ? Dictionaries::surnames() : firstNames(gender), rng), allUpper);
    }
    return out.empty() ? capitalised(pick(firstNames(gender), rng), false) : out;
}

// A street address: house numbers and postal codes become other digits, street and town names
// other names (census surnames: "Miller Street", "Millerstraße"), and the street type ("Street",
// "rue", "…straße", "…gatan") and state or country codes stay, so the text still reads as an address.
std::string address(std::string_view original, std::mt19937_64& rng)
{
    // Kept as they are: unit words and the small words of German and French street names.
    static constexpr std::string_view kKeep[] = {"Apt", "Suite", "Unit", "Flat", "de",  "la", "du",
                                                 "des", "le",    "les",  "bis",  "ter", "Am", "An",
                                                 "der", "Im",    "In",   "Auf",  "Zum", "Zur"};
    std::string out;
    std::size_t i = 0;
    while (i < original.size()) {
        const std::size_t s = i;
        while (i < original.size() && original[i] != ' ' && original[i] != ',') {
            ++i;
        }
        const std::string_view w = original.substr(s, i - s);
        const bool anyDigit = std::any_of(w.begin(), w.end(), [](char c) { return isDigit(c); });
        const bool upperCode = w.size() == 2 && isUpper(w[0]) && isUpper(w[1]);
        const auto isType = [](std::string_view x) {
            return StreetWords::contains(StreetWords::kEnglish, x) || StreetWords::contains(StreetWords::kFrench, x)
                   || StreetWords::contains(StreetWords::kGermanWords, x) || StreetWords::contains(kKeep, x);
        };
        std::string_view suffix;
        for (const auto list : {std::span<const std::string_view>(StreetWords::kGermanSuffixes),
                                std::span<const std::string_view>(StreetWords::kSwedishSuffixes)}) {
            for (const auto suf : list) {
                if (suffix.empty() && w.size() > suf.size() && w.ends_with(suf)) {
                    suffix = suf;
                }
            }
        }
        const auto dash = w.rfind('-');
        if (w.empty() || isType(w) || upperCode || (w.size() <= 3 && w.back() == '.')) {
            out += w; // street types, state codes, abbreviations ("N.", "av.")
        } else if (anyDigit) {
            // House numbers ("221B"), postal codes, UK postcode halves, ordinals ("5th").
            std::size_t n = 0;
            while (n < w.size() && isDigit(w[n])) {
                ++n;
            }
            const std::string_view tail = w.substr(n);
            const bool ordinal = n > 0 && (tail == "st" || tail == "nd" || tail == "rd" || tail == "th");
            std::string part = shapeOf(ordinal ? w.substr(0, n) : w, rng);
            if (!part.empty() && part.front() == '0' && w.front() != '0') {
                part.front() = static_cast<char>('1' + rng() % 9); // no house number 07
            }
            if (ordinal) {
                const int v = std::atoi(part.c_str());
                const int t = v % 100;
                part += (t >= 11 && t <= 13) ? "th"
                        : v % 10 == 1        ? "st"
                        : v % 10 == 2        ? "nd"
                        : v % 10 == 3        ? "rd"
                                             : "th";
            }
            out += part;
        } else if (dash != std::string_view::npos && isType(w.substr(dash + 1))) {
            out += capitalised(pick(Dictionaries::surnames(), rng), false); // "Konrad-Adenauer-Straße"
            out += w.substr(dash);
        } else if (!suffix.empty()) {
            out += capitalised(pick(Dictionaries::surnames(), rng), false);
            out += suffix;
        } else if (isUpper(w.front()) || w.size() > 3) {
            out += capitalised(pick(Dictionaries::surnames(), rng), false);
        } else {
            out += w; // "de", "l'", small words
        }
        if (i < original.size()) {
            // A comma would end a CSV field where the surrogate is written: the parts stay apart by spaces.
            if (original[i] == ' ' && !out.empty() && out.back() != ' ') {
                out.push_back(' ');
            } else if (original[i] == ',' && !out.empty() && out.back() != ' ') {
                out.push_back(' ');
            }
            ++i;
        }
    }
    while (!out.empty() && out.back() == ' ') {
        out.pop_back();
    }
    return out;
}

std::string email(std::mt19937_64& rng)
{
    std::string out(pick(Dictionaries::firstNames(), rng));
    out.push_back('.');
    out += pick(Dictionaries::surnames(), rng);
    out += "@example.org";
    return out;
}

std::string phone(std::string_view original, std::mt19937_64& rng)
{
    const std::string d = digitsOf(original);
    std::string nd;
    const bool plusOne = original.find('+') != std::string_view::npos && d.size() == 11 && d[0] == '1';
    if (d.size() == 10 || plusOne) {
        // North American numbering: keep the area code, 555-01xx is reserved for fiction.
        const std::size_t a = plusOne ? 1 : 0;
        nd = d.substr(0, a + 3) + "55501";
        nd.push_back(randomDigit(rng));
        nd.push_back(randomDigit(rng));
    } else {
        const std::size_t keep = std::min<std::size_t>(3, d.size());
        nd = d.substr(0, keep);
        while (nd.size() < d.size()) {
            nd.push_back(randomDigit(rng));
        }
    }
    return relayout(original, nd);
}

std::string ip(std::string_view original, std::mt19937_64& rng)
{
    if (original.find(':') != std::string_view::npos) {
        static constexpr char hex[] = "0123456789abcdef";
        std::string out = "2001:db8::";
        for (int k = 0; k < 4; ++k) {
            out.push_back(hex[uniform(rng, 0, 15)]);
        }
        return out;
    }
    static constexpr std::string_view nets[] = {"192.0.2.", "198.51.100.", "203.0.113."};
    return std::string(nets[uniform(rng, 0, 2)]) + std::to_string(uniform(rng, 1, 254));
}

std::string mac(std::string_view original, std::mt19937_64& rng)
{
    const char sep = original.find('-') != std::string_view::npos ? '-' : ':';
    static constexpr char hex[] = "0123456789ABCDEF";
    std::string out = "00";
    for (const char* part : {"00", "5E", "00", "53"}) {
        out.push_back(sep);
        out += part;
    }
    out.push_back(sep);
    out.push_back(hex[uniform(rng, 0, 15)]);
    out.push_back(hex[uniform(rng, 0, 15)]);
    return out;
}

std::string date(std::string_view original, std::mt19937_64& rng)
{
    std::string out;
    std::size_t i = 0;
    int group = 0;
    while (i < original.size()) {
        if (!isDigit(original[i])) {
            out.push_back(original[i] == '"' || original[i] == '\\' || original[i] == ',' ? ' ' : original[i]);
            ++i;
            continue;
        }
        std::size_t j = i;
        while (j < original.size() && isDigit(original[j])) {
            ++j;
        }
        const std::size_t len = j - i;
        int v = 0;
        if (len == 4) {
            v = uniform(rng, 1950, 2005);
        } else if (group == 1 || (len <= 2 && std::stoi(std::string(original.substr(i, len))) <= 12 && group == 0)) {
            v = uniform(rng, 1, 12);
        } else {
            v = uniform(rng, 1, 28);
        }
        std::string s = std::to_string(v);
        while (s.size() < len) {
            s.insert(s.begin(), '0');
        }
        out += s;
        ++group;
        i = j;
    }
    return out;
}

std::string secret(std::string_view original, std::mt19937_64& rng)
{
    if (original.starts_with("-----BEGIN")) {
        const auto e = original.find("-----", 10);
        return shapeOf(original, rng, e == std::string_view::npos ? 10 : e + 5);
    }
    // A connection URL: scheme, port, path and the host's last label keep their shape so the answer
    // still reads as the same kind of connection; user, password and the rest of the host (which
    // name people and internal systems) are drawn anew.
    const auto scheme = original.find("://");
    const auto at = original.rfind('@');
    if (scheme != std::string_view::npos && at != std::string_view::npos && at > scheme) {
        const std::string_view rest = original.substr(at + 1);
        const auto hostEnd = std::min(rest.find_first_of(":/?#"), rest.size());
        const std::string_view host = rest.substr(0, hostEnd);
        const auto lastDot = host.rfind('.');
        std::string newHost = lastDot == std::string_view::npos
                                  ? shapeOf(host, rng)
                                  : shapeOf(host.substr(0, lastDot), rng) + std::string(host.substr(lastDot));
        return std::string(original.substr(0, scheme + 3)) + shapeOf(original.substr(scheme + 3, at - scheme - 3), rng)
               + "@" + newHost + std::string(rest.substr(hostEnd));
    }
    // A key=value connection string ("Server=…;User ID=…;Password=…"): the keys stay, so the answer
    // still reads as the same kind of connection string; every value is drawn anew.
    if (original.find(';') != std::string_view::npos && original.find('=') != std::string_view::npos) {
        std::string out;
        std::size_t from = 0;
        while (from <= original.size()) {
            const std::size_t end = std::min(original.find(';', from), original.size());
            const std::string_view part = original.substr(from, end - from);
            const auto eq = part.find('=');
            out += eq == std::string_view::npos
                       ? shapeOf(part, rng)
                       : std::string(part.substr(0, eq + 1)) + shapeOf(part.substr(eq + 1), rng);
            if (end == original.size()) {
                break;
            }
            out += ';';
            from = end + 1;
        }
        return out;
    }
    // Keep a provider prefix ("ghp_", "sk-proj-", "xoxb-", "AKIA") so the answer still says which key it was.
    std::size_t keep = 0;
    const std::size_t sep = original.substr(0, 12).find_last_of("_-");
    if (sep != std::string_view::npos) {
        keep = sep + 1;
    } else if (original.starts_with("AKIA") || original.starts_with("ASIA") || original.starts_with("AIza")) {
        keep = 4;
    }
    return shapeOf(original, rng, keep);
}

std::string url(std::string_view original, std::mt19937_64& rng)
{
    const auto scheme = original.find("://");
    if (scheme == std::string_view::npos) {
        return shapeOf(original, rng);
    }
    return std::string(original.substr(0, scheme + 3)) + "example.com/" + shapeOf("abcdefgh", rng);
}

std::string makeRaw(
    EntityType type, std::string_view label, std::string_view original, std::mt19937_64& rng, std::string_view before)
{
    switch (type) {
    case EntityType::CreditCard:
        return card(original, rng);
    case EntityType::Iban:
        return iban(original, rng);
    case EntityType::Person:
        return person(original, rng, genderBefore(before));
    case EntityType::Email:
        return email(rng);
    case EntityType::Address:
        return address(original, rng);
    case EntityType::Phone:
        return phone(original, rng);
    case EntityType::IpAddress:
        return ip(original, rng);
    case EntityType::MacAddress:
        return mac(original, rng);
    case EntityType::Date:
    case EntityType::DateOfBirth:
        return date(original, rng);
    case EntityType::Secret:
        return secret(original, rng);
    case EntityType::Url:
        return url(original, rng);
    case EntityType::Medical:
        if (label == "MEDICATION") {
            return std::string(pick(Dictionaries::medications(), rng));
        }
        if (label == "CONDITION") {
            return std::string(pick(Dictionaries::medicalConditions(), rng));
        }
        return shapeOf(original, rng);
    case EntityType::NationalId: {
        if (auto p = personnummer(original, rng)) {
            return *p;
        }
        const std::string d = digitsOf(original);
        if (d.size() == 9 && (original.size() == 9 || (original.size() == 11 && original[3] == '-'))) {
            std::string nd = "9";
            while (nd.size() < 9) {
                nd.push_back(randomDigit(rng));
            }
            return relayout(original, nd);
        }
        return shapeOf(original, rng);
    }
    default:
        return shapeOf(original, rng);
    }
}

// Whatever a generator kept from the original: no character that could end a string, a field or a
// token where the surrogate is written.
std::string sanitized(std::string s, std::mt19937_64& rng)
{
    for (auto& c : s) {
        if (c == '"' || c == '\\' || c == ',' || c == '\'' || c == '[' || c == ']' || c == '{' || c == '}' || c == '`'
            || c == '~' || c == '#' || (static_cast<unsigned char>(c) < 0x20 && c != '\n')) {
            c = static_cast<char>('a' + uniform(rng, 0, 25));
        }
    }
    return s;
}

} // namespace

namespace Surrogates {

std::string
make(EntityType type, std::string_view label, std::string_view original, std::mt19937_64& rng, std::string_view before)
{
    return sanitized(makeRaw(type, label, original, rng, before), rng);
}

} // namespace Surrogates
