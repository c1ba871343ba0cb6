// SPDX-License-Identifier: GPL-3.0-or-later
#include "CorpusGenerator.h"

#include "core/detect/Validators.h"

#include <algorithm>
#include <array>
#include <initializer_list>
#include <limits>

namespace {

// Our own small word lists: generic English words and invented names (no fake-data packages).
constexpr std::array<std::string_view, 160> kWords{
    "the",      "a",         "of",       "and",      "to",       "in",       "for",       "with",      "on",
    "that",     "this",      "we",       "it",       "is",       "was",      "be",        "will",      "can",
    "should",   "not",       "all",      "from",     "by",       "about",    "after",     "before",    "again",
    "team",     "project",   "release",  "meeting",  "report",   "budget",   "customer",  "order",     "invoice",
    "schedule", "review",    "draft",    "summary",  "question", "answer",   "change",    "update",    "issue",
    "ticket",   "service",   "server",   "account",  "payment",  "shipment", "warehouse", "office",    "weekend",
    "morning",  "evening",   "quarter",  "month",    "week",     "today",    "tomorrow",  "yesterday", "plan",
    "idea",     "result",    "number",   "document", "contract", "partner",  "supplier",  "product",   "feature",
    "design",   "test",      "build",    "deploy",   "version",  "backup",   "network",   "storage",   "database",
    "cluster",  "migration", "policy",   "training", "handbook", "workshop", "deadline",  "agenda",    "note",
    "quick",    "simple",    "large",    "small",    "early",    "late",     "final",     "new",       "old",
    "careful",  "clear",     "rough",    "steady",   "busy",     "quiet",    "urgent",    "minor",     "major",
    "check",    "send",      "share",    "prepare",  "finish",   "start",    "confirm",   "approve",   "discuss",
    "move",     "fix",       "write",    "read",     "call",     "book",     "cancel",    "ship",      "measure",
    "garden",   "river",     "bridge",   "village",  "harbour",  "mountain", "forest",    "station",   "library",
    "kitchen",  "window",    "table",    "letter",   "picture",  "story",    "journey",   "market",    "season",
    "coffee",   "lunch",     "weather",  "traffic",  "holiday",  "birthday", "concert",   "museum",    "island",
    "very",     "really",    "probably", "mostly",   "still",    "already",  "almost",
};

// A few non-ASCII words so the corpus exercises UTF-8 (2-, 3- and 4-byte sequences).
constexpr std::array<std::string_view, 10> kUtf8Words{
    "café",
    "naïve",
    "résumé",
    "Zürich",
    "façade",
    "—",
    "€120",
    "Malmö",
    "déjà vu",
    "½",
};

constexpr std::array<std::string_view, 24> kFirstNames{
    "Arlen",  "Brisa",  "Corvin", "Delia",  "Eskil",  "Fenna",  "Galen", "Hollis", "Ilse",  "Joren", "Kesia",  "Lorcan",
    "Mirela", "Nolwen", "Odessa", "Perrin", "Quilla", "Rosmer", "Soren", "Talia",  "Ulric", "Veska", "Wendel", "Ysolde",
};

constexpr std::array<std::string_view, 20> kSurnames{
    "Ashgrove", "Brindle",  "Calloway", "Dunmore",  "Everly",   "Fairwick",   "Gallowmere",
    "Hartwell", "Ingleby",  "Jessop",   "Kinsley",  "Larkspur", "Merrow",     "Northcott",
    "Oakhurst", "Pemberly", "Quenby",   "Rushford", "Stallard", "Thorncroft",
};

constexpr std::array<std::string_view, 9> kDomains{
    "kestrel.dev",
    "bluepine.io",
    "northwind-labs.com",
    "mail.example.org",
    "orchardline.net",
    "fjordmail.se",
    "tallowcorp.co.uk",
    "veloria.de",
    "quillpost.fr",
};

constexpr std::array<std::string_view, 12> kHosts{
    "web-01",
    "web-02",
    "web-03",
    "api-1",
    "api-2",
    "db-primary",
    "db-replica",
    "cache-3",
    "worker-7",
    "lb-02",
    "build-agent-4",
    "queue-1",
};

constexpr std::string_view kMonths[] = {
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
constexpr std::string_view kMonthNames[] = {"January",
                                            "February",
                                            "March",
                                            "April",
                                            "May",
                                            "June",
                                            "July",
                                            "August",
                                            "September",
                                            "October",
                                            "November",
                                            "December"};
constexpr std::string_view kWeekdays[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
constexpr int kDaysInMonth[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}; // 2024 is a leap year

constexpr std::string_view kDigits = "0123456789";
constexpr std::string_view kUpper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
constexpr std::string_view kAlnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
constexpr std::string_view kUpperAlnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
constexpr std::string_view kHex = "0123456789abcdef";
constexpr std::string_view kBase32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

constexpr std::array<std::string_view, kPlantedKindCount> kPlantedNames{
    "email",
    "phone",
    "us-ssn",
    "ipv4",
    "credit-card",
    "iban",
    "aws-key-id",
    "github-token",
    "jwt",
    "private-key",
};
constexpr std::array<std::string_view, kNearMissKindCount> kNearMissNames{
    "number",
    "version",
    "date",
    "order-id",
    "card-like",
    "ssn-like",
    "ip-like",
    "iban-like",
    "placeholder-secret",
    "hex-id",
    "local-phone",
    "message-id",
};

std::string lowerAscii(std::string_view s)
{
    std::string out(s);
    for (char& c : out) {
        if (c >= 'A' && c <= 'Z') {
            c = static_cast<char>(c - 'A' + 'a');
        }
    }
    return out;
}

std::string upperAscii(std::string_view s)
{
    std::string out(s);
    for (char& c : out) {
        if (c >= 'a' && c <= 'z') {
            c = static_cast<char>(c - 'a' + 'A');
        }
    }
    return out;
}

std::string padded(int value, int width)
{
    std::string s = std::to_string(value);
    while (static_cast<int>(s.size()) < width) {
        s.insert(s.begin(), '0');
    }
    return s;
}

std::string base64(std::string_view bytes, bool url, bool pad)
{
    const std::string_view alphabet = url ? "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
                                          : "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    std::size_t i = 0;
    while (i + 3 <= bytes.size()) {
        const auto n = (static_cast<unsigned char>(bytes[i]) << 16) | (static_cast<unsigned char>(bytes[i + 1]) << 8)
                       | static_cast<unsigned char>(bytes[i + 2]);
        out += alphabet[(n >> 18) & 63];
        out += alphabet[(n >> 12) & 63];
        out += alphabet[(n >> 6) & 63];
        out += alphabet[n & 63];
        i += 3;
    }
    const std::size_t rest = bytes.size() - i;
    if (rest > 0) {
        auto n = static_cast<unsigned char>(bytes[i]) << 16;
        if (rest == 2) {
            n |= static_cast<unsigned char>(bytes[i + 1]) << 8;
        }
        out += alphabet[(n >> 18) & 63];
        out += alphabet[(n >> 12) & 63];
        if (rest == 2) {
            out += alphabet[(n >> 6) & 63];
        }
        if (pad) {
            out.append(rest == 1 ? 2 : 1, '=');
        }
    }
    return out;
}

// Luhn check digit for `payload` (the digit that makes payload + digit pass mod 10).
char luhnCheckDigit(std::string_view payload)
{
    std::string candidate(payload);
    candidate.push_back('0');
    for (char d = '0'; d <= '9'; ++d) {
        candidate.back() = d;
        if (Validators::luhn(candidate)) {
            return d;
        }
    }
    return '0';
}

// ISO 7064 mod 97-10 over an IBAN rearranged as BBAN + country + "00"; returns the check digits.
int ibanCheckDigits(std::string_view country, std::string_view bban)
{
    const std::string s = std::string(bban) + std::string(country) + "00";
    int mod = 0;
    for (const char c : s) {
        if (c >= '0' && c <= '9') {
            mod = (mod * 10 + (c - '0')) % 97;
        } else {
            mod = (mod * 100 + (c - 'A' + 10)) % 97;
        }
    }
    return 98 - mod;
}

// Concatenates in order. Generator code builds strings with cat() rather than operator+ whenever
// more than one operand draws random numbers: the operands of + are evaluated in an unspecified
// order, which would make the corpus differ between compilers.
std::string cat(std::initializer_list<std::string_view> parts)
{
    std::string out;
    for (const std::string_view p : parts) {
        out += p;
    }
    return out;
}

std::string groupsOf(std::string_view s, const std::vector<int>& sizes, char sep)
{
    std::string out;
    std::size_t pos = 0;
    for (const int n : sizes) {
        if (pos >= s.size()) {
            break;
        }
        if (!out.empty()) {
            out += sep;
        }
        out += s.substr(pos, static_cast<std::size_t>(n));
        pos += static_cast<std::size_t>(n);
    }
    if (pos < s.size()) {
        out += sep;
        out += s.substr(pos);
    }
    return out;
}

std::string groupsOfFour(std::string_view s)
{
    return groupsOf(s, std::vector<int>((s.size() + 3) / 4, 4), ' ');
}

} // namespace

CorpusGenerator::CorpusGenerator(std::uint64_t seed)
    : m_seed(seed)
    , m_rng(seed)
{}

std::string_view CorpusGenerator::kindName(PlantedKind kind)
{
    return kPlantedNames[static_cast<std::size_t>(kind)];
}

std::string_view CorpusGenerator::kindName(NearMissKind kind)
{
    return kNearMissNames[static_cast<std::size_t>(kind)];
}

// ---- random helpers ----

std::uint64_t CorpusGenerator::below(std::uint64_t n)
{
    // Rejection sampling: unbiased, and defined by mt19937_64 alone.
    constexpr std::uint64_t max = std::numeric_limits<std::uint64_t>::max();
    const std::uint64_t rem = (max % n + 1) % n; // 2^64 mod n
    for (;;) {
        const std::uint64_t r = m_rng();
        if (rem == 0 || r <= max - rem) {
            return r % n;
        }
    }
}

int CorpusGenerator::between(int lo, int hi)
{
    return lo + static_cast<int>(below(static_cast<std::uint64_t>(hi - lo) + 1));
}

bool CorpusGenerator::chance(double p)
{
    return static_cast<double>(m_rng() >> 11) * 0x1.0p-53 < p;
}

std::size_t CorpusGenerator::weighted(const std::vector<int>& weights)
{
    int total = 0;
    for (const int w : weights) {
        total += w;
    }
    int r = static_cast<int>(below(static_cast<std::uint64_t>(total)));
    for (std::size_t i = 0; i < weights.size(); ++i) {
        if (r < weights[i]) {
            return i;
        }
        r -= weights[i];
    }
    return weights.size() - 1;
}

std::string CorpusGenerator::num(int lo, int hi)
{
    return std::to_string(between(lo, hi));
}

std::string CorpusGenerator::digits(int n)
{
    return randomChars(kDigits, n);
}

std::string CorpusGenerator::randomChars(std::string_view alphabet, int n)
{
    std::string s;
    s.reserve(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i) {
        s += alphabet[static_cast<std::size_t>(below(alphabet.size()))];
    }
    return s;
}

// ---- sensitive values ----

std::string CorpusGenerator::makeEmail()
{
    const std::string_view first = pick(kFirstNames);
    const std::string_view last = pick(kSurnames);
    return makeEmail(first, last);
}

std::string CorpusGenerator::makeEmail(std::string_view firstName, std::string_view lastName)
{
    const std::string first = lowerAscii(firstName);
    const std::string last = lowerAscii(lastName);
    std::string local;
    switch (below(6)) {
    case 0:
        local = first + "." + last;
        break;
    case 1:
        local = first.substr(0, 1) + last;
        break;
    case 2:
        local = first + "_" + last + std::to_string(between(1, 99));
        break;
    case 3:
        local = first + std::to_string(between(70, 2005));
        break;
    case 4:
        local = first + "+" + std::string(pick(kWords)); // sub-addressing ("plus tags")
        break;
    default:
        local = last + "." + first.substr(0, 1);
        break;
    }
    return local + "@" + std::string(pick(kDomains));
}

std::string CorpusGenerator::makePhone()
{
    std::string s;
    switch (below(9)) {
    case 0: // US / Canada
        s = cat({"+1 ", num(201, 989), " ", num(200, 999), " ", digits(4)});
        if (chance(0.3)) {
            s = "+1 (" + s.substr(3, 3) + ") " + s.substr(7, 3) + "-" + s.substr(11);
            return s;
        }
        if (chance(0.3)) {
            std::replace(s.begin(), s.end(), ' ', '-');
            return s;
        }
        break;
    case 1: // United Kingdom
        switch (below(5)) {
        case 0: // the trunk prefix in parentheses, as often written in the UK
            s = cat({"+44 (0)20 7", digits(3), " ", digits(4)});
            return s;
        case 1:
        case 2:
            s = cat({"+44 20 7", digits(3), " ", digits(4)});
            break;
        default:
            s = cat({"+44 7", digits(3), " ", digits(6)});
            break;
        }
        break;
    case 2: // Germany
        s = chance(0.5) ? "+49 30 " + digits(8) : cat({"+49 15", digits(1), " ", digits(8)});
        break;
    case 3: // France
        s = cat({"+33 ", num(1, 7), " ", digits(2), " ", digits(2), " ", digits(2), " ", digits(2)});
        break;
    case 4: // Sweden
        s = chance(0.5) ? cat({"+46 8 ", digits(3), " ", digits(3), " ", digits(2)})
                        : cat({"+46 70 ", digits(3), " ", digits(2), " ", digits(2)});
        break;
    case 5: // Australia
        s = chance(0.5) ? cat({"+61 2 ", digits(4), " ", digits(4)})
                        : cat({"+61 4", digits(2), " ", digits(3), " ", digits(3)});
        break;
    case 6: // India
        s = cat({"+91 9", digits(4), " ", digits(5)});
        break;
    case 7: // Japan
        s = cat({"+81 3 ", digits(4), " ", digits(4)});
        break;
    default: // Brazil
        s = cat({"+55 11 9", digits(4), " ", digits(4)});
        break;
    }
    if (chance(0.3)) {
        s.erase(std::remove(s.begin(), s.end(), ' '), s.end());
    }
    return s;
}

std::string CorpusGenerator::makeSsn()
{
    for (;;) {
        int area = between(1, 899);
        if (area == 666) {
            area = 667;
        }
        const int group = between(1, 99);
        const int serial = between(1, 9999);
        const std::string s = padded(area, 3) + padded(group, 2) + padded(serial, 4);
        if (std::count(s.begin(), s.end(), s[0]) == static_cast<std::ptrdiff_t>(s.size())) {
            continue; // "111-11-1111" is a placeholder, never issued
        }
        const char sep = chance(0.15) ? ' ' : '-';
        return s.substr(0, 3) + sep + s.substr(3, 2) + sep + s.substr(5);
    }
}

std::string CorpusGenerator::makeIpv4()
{
    std::string s;
    switch (below(4)) {
    case 0:
        s = cat({"10.", num(0, 255), ".", num(0, 255), ".", num(1, 254)});
        break;
    case 1:
        s = cat({"192.168.", num(0, 255), ".", num(1, 254)});
        break;
    case 2:
        s = cat({"172.", num(16, 31), ".", num(0, 255), ".", num(1, 254)});
        break;
    default: {
        int first = between(1, 223);
        if (first == 10 || first == 127 || first == 172 || first == 192) {
            first = 198;
        }
        s = cat({std::to_string(first), ".", num(0, 255), ".", num(0, 255), ".", num(1, 254)});
        break;
    }
    }
    if (chance(0.08)) {
        s += "/" + std::to_string(pick(std::array<int, 4>{8, 16, 24, 28}));
    }
    return s;
}

std::string CorpusGenerator::makeCard()
{
    // Visa, Mastercard (51-55), Mastercard (2221-2720), Amex, Discover, JCB, Diners.
    const std::size_t issuer = weighted({40, 20, 8, 12, 8, 6, 6});
    std::string prefix;
    int length = 16;
    switch (issuer) {
    case 0:
        prefix = "4";
        break;
    case 1:
        prefix = std::to_string(between(51, 55));
        break;
    case 2:
        prefix = std::to_string(between(2221, 2720));
        break;
    case 3:
        prefix = chance(0.5) ? "34" : "37";
        length = 15;
        break;
    case 4:
        prefix = chance(0.7) ? "6011" : "65";
        break;
    case 5:
        prefix = std::to_string(between(3528, 3589));
        break;
    default:
        prefix = "36";
        length = 14;
        break;
    }
    std::string number = prefix + digits(length - 1 - static_cast<int>(prefix.size()));
    number += luhnCheckDigit(number);
    const std::size_t style = weighted({45, 40, 15}); // compact, spaces, dashes
    if (style == 0) {
        return number;
    }
    const char sep = style == 1 ? ' ' : '-';
    if (length == 15) {
        return groupsOf(number, {4, 6, 5}, sep);
    }
    if (length == 14) {
        return groupsOf(number, {4, 6, 4}, sep);
    }
    return groupsOf(number, {4, 4, 4, 4}, sep);
}

std::string CorpusGenerator::makeIban()
{
    std::string country;
    std::string bban;
    switch (below(8)) {
    case 0:
        country = "DE";
        bban = digits(18);
        break;
    case 1:
        country = "GB";
        bban = cat({randomChars(kUpper, 4), digits(14)});
        break;
    case 2:
        country = "FR";
        bban = cat({digits(10), randomChars(kUpperAlnum, 11), digits(2)});
        break;
    case 3:
        country = "SE";
        bban = digits(20);
        break;
    case 4:
        country = "NL";
        bban = cat({randomChars(kUpper, 4), digits(10)});
        break;
    case 5:
        country = "ES";
        bban = digits(20);
        break;
    case 6:
        country = "IT";
        bban = cat({randomChars(kUpper, 1), digits(10), randomChars(kUpperAlnum, 12)});
        break;
    default:
        country = "CH";
        bban = cat({digits(5), randomChars(kUpperAlnum, 12)});
        break;
    }
    const std::string iban = country + padded(ibanCheckDigits(country, bban), 2) + bban;
    return chance(0.5) ? iban : groupsOfFour(iban);
}

std::string CorpusGenerator::makeAwsKeyId()
{
    const std::string_view prefix = chance(0.8) ? "AKIA" : "ASIA";
    return cat({prefix, randomChars(kBase32, 16)});
}

std::string CorpusGenerator::makeGithubToken()
{
    return "ghp_" + randomChars(kAlnum, 36);
}

std::string CorpusGenerator::makeJwt()
{
    std::string header;
    int sigBytes = 32;
    switch (below(3)) {
    case 0:
        header = R"({"alg":"HS256","typ":"JWT"})";
        break;
    case 1:
        header = R"({"alg":"RS256","typ":"JWT","kid":")" + randomChars(kHex, 8) + R"("})";
        sigBytes = 256;
        break;
    default:
        header = R"({"typ":"JWT","alg":"ES256"})";
        sigBytes = 64;
        break;
    }
    const int iat = 1700000000 + between(0, 20000000);
    std::string payload;
    if (chance(0.5)) {
        payload = cat({R"({"sub":")",
                       digits(10),
                       R"(","name":")",
                       pick(kFirstNames),
                       " ",
                       pick(kSurnames),
                       R"(","iat":)",
                       std::to_string(iat),
                       "}"});
    } else {
        payload = cat({R"({"iss":"https://auth.)",
                       pick(kDomains),
                       R"(","sub":"user_)",
                       num(1000, 99999),
                       R"(","aud":"api","scope":"read write","iat":)",
                       std::to_string(iat),
                       R"(,"exp":)",
                       std::to_string(iat + 3600),
                       "}"});
    }
    std::string sig;
    for (int i = 0; i < sigBytes; ++i) {
        sig += static_cast<char>(below(256));
    }
    return base64(header, true, false) + "." + base64(payload, true, false) + "." + base64(sig, true, false);
}

std::string CorpusGenerator::makePrivateKey()
{
    const std::size_t type = weighted({35, 35, 15, 15});
    const std::string_view label = type == 0   ? "RSA PRIVATE KEY"
                                   : type == 1 ? "PRIVATE KEY"
                                   : type == 2 ? "EC PRIVATE KEY"
                                               : "OPENSSH PRIVATE KEY";
    const int lines = between(18, 24);
    const std::size_t lineLength = type == 3 ? 70 : 64;
    // Random key material, base64 like the real thing; ~lines * lineLength characters.
    std::string raw = type == 3 ? std::string("openssh-key-v1", 14) + '\0' : std::string();
    while (raw.size() * 4 / 3 < static_cast<std::size_t>(lines - 1) * lineLength + lineLength / 2) {
        raw += static_cast<char>(below(256));
    }
    const std::string body = base64(raw, false, true);
    std::string s = "-----BEGIN " + std::string(label) + "-----\n";
    for (std::size_t pos = 0; pos < body.size(); pos += lineLength) {
        s += body.substr(pos, lineLength);
        s += '\n';
    }
    s += "-----END " + std::string(label) + "-----";
    return s;
}

std::string CorpusGenerator::makeValue(PlantedKind kind)
{
    switch (kind) {
    case PlantedKind::Email:
        return makeEmail();
    case PlantedKind::Phone:
        return makePhone();
    case PlantedKind::UsSsn:
        return makeSsn();
    case PlantedKind::Ipv4:
        return makeIpv4();
    case PlantedKind::CreditCard:
        return makeCard();
    case PlantedKind::Iban:
        return makeIban();
    case PlantedKind::AwsKeyId:
        return makeAwsKeyId();
    case PlantedKind::GithubToken:
        return makeGithubToken();
    case PlantedKind::Jwt:
        return makeJwt();
    case PlantedKind::PrivateKey:
        return makePrivateKey();
    }
    return {};
}

// ---- near-misses ----

std::string CorpusGenerator::makeNearMiss(NearMissKind kind)
{
    switch (kind) {
    case NearMissKind::Number:
        switch (below(6)) {
        case 0:
            return std::to_string(between(2, 999));
        case 1:
            return cat({num(1, 99), ",", padded(between(0, 999), 3)});
        case 2:
            return cat({"$", num(1, 99), ",", padded(between(0, 999), 3), ".", digits(2)});
        case 3:
            return cat({num(0, 99), ".", digits(between(1, 4))});
        case 4: // Unix time in milliseconds
            return "17" + digits(11);
        default:
            return std::to_string(between(1, 99)) + "%";
        }
    case NearMissKind::Version:
        switch (below(4)) {
        case 0: // five parts: not an IPv4 address
            return cat({num(0, 12), ".", num(0, 20), ".", num(0, 9), ".", num(0, 30), ".", num(0, 200)});
        case 1:
            return cat({"v", num(0, 9), ".", num(0, 30), ".", num(0, 9)});
        case 2:
            return cat({"v", num(1, 9), ".", num(0, 9), ".", num(0, 9), ".", num(0, 99)});
        default:
            return cat({num(1, 4), ".", num(0, 30), ".", num(0, 20)});
        }
    case NearMissKind::Date: {
        const int month = between(1, 12);
        const int day = between(1, 28);
        switch (below(4)) {
        case 0:
            return "2024-" + padded(month, 2) + "-" + padded(day, 2);
        case 1:
            return padded(day, 2) + "/" + padded(month, 2) + "/2024";
        case 2:
            return std::string(kMonthNames[month - 1]) + " " + std::to_string(day) + ", 2024";
        default:
            return cat({"2024-",
                        padded(month, 2),
                        "-",
                        padded(day, 2),
                        "T",
                        padded(between(0, 23), 2),
                        ":",
                        padded(between(0, 59), 2),
                        ":",
                        padded(between(0, 59), 2),
                        "Z"});
        }
    }
    case NearMissKind::OrderId:
        switch (below(4)) {
        case 0:
            return "ORD-2024-" + digits(6);
        case 1:
            return "INV-" + digits(5);
        case 2:
            return "#" + randomChars(kUpperAlnum, 6);
        default:
            return cat({num(1, 9), digits(9)}); // ten-digit order number
        }
    case NearMissKind::CardLike: {
        std::string number;
        int length = 16;
        switch (below(5)) {
        case 0:
            number = "4";
            break;
        case 1:
            number = std::to_string(between(51, 55));
            break;
        case 2:
            number = chance(0.5) ? "34" : "37";
            length = 15;
            break;
        case 3:
            number = "6011";
            break;
        default:
            number = std::to_string(between(3528, 3589));
            break;
        }
        number += digits(length - 1 - static_cast<int>(number.size()));
        const char good = luhnCheckDigit(number);
        number += static_cast<char>('0' + (good - '0' + between(1, 9)) % 10); // any digit but the right one
        return chance(0.5) ? number : groupsOfFour(number);
    }
    case NearMissKind::SsnLike: {
        std::string area = padded(between(1, 899), 3);
        std::string group = padded(between(1, 99), 2);
        std::string serial = padded(between(1, 9999), 4);
        switch (below(4)) {
        case 0:
            area = "000";
            break;
        case 1:
            area = chance(0.5) ? "666" : std::to_string(between(900, 999));
            break;
        case 2:
            group = "00";
            break;
        default:
            serial = "0000";
            break;
        }
        return area + "-" + group + "-" + serial;
    }
    case NearMissKind::IpLike:
        switch (below(3)) {
        case 0:
            return cat({num(256, 999), ".", num(0, 255), ".", num(0, 255), ".", num(0, 255)});
        case 1:
            return cat({num(1, 223), ".", num(0, 255), ".", num(0, 255), ".", num(256, 999)});
        default: // an OID
            return cat({"1.3.6.1.4.1.", num(1, 60000), ".", num(1, 20)});
        }
    case NearMissKind::IbanLike: {
        const std::string bban = digits(18);
        const int good = ibanCheckDigits("DE", bban);
        int bad = good;
        while (bad == good) {
            bad = between(2, 98);
        }
        const std::string iban = "DE" + padded(bad, 2) + bban;
        return chance(0.5) ? iban : groupsOfFour(iban);
    }
    case NearMissKind::PlaceholderSecret:
        switch (below(6)) {
        case 0:
            return "AKIAIOSFODNN7EXAMPLE";
        case 1:
            return "ghp_" + std::string(36, 'x');
        case 2:
            return "ghp_123456789012345678901234567890123456";
        case 3:
            return "<your-github-token>";
        case 4:
            return "ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX";
        default:
            return "AKIA" + std::string(16, 'X');
        }
    case NearMissKind::HexId:
        if (chance(0.5)) {
            return randomChars(kHex, 40);
        }
        return cat({randomChars(kHex, 8),
                    "-",
                    randomChars(kHex, 4),
                    "-4",
                    randomChars(kHex, 3),
                    "-",
                    randomChars("89ab", 1),
                    randomChars(kHex, 3),
                    "-",
                    randomChars(kHex, 12)});
    case NearMissKind::LocalPhone:
        switch (below(4)) {
        case 0:
            return cat({"(555) 01", digits(1), "-", digits(4)});
        case 1:
            return "555-01" + digits(2);
        case 2:
            return "ext. " + digits(4);
        default:
            return cat({"0151 ", digits(4), " ", digits(4)});
        }
    case NearMissKind::MessageId:
        return cat({"<2024", digits(10), ".", digits(4), "@mail.", pick(kDomains), ">"});
    }
    return {};
}

// ---- output ----

void CorpusGenerator::put(std::string_view s)
{
    m_corpus.text += s;
}

void CorpusGenerator::plant(PlantedKind kind, std::string_view value)
{
    const std::size_t begin = m_corpus.text.size();
    m_corpus.text += value;
    m_corpus.planted.push_back({kind, begin, m_corpus.text.size()});
    ++m_corpus.plantedCounts[static_cast<std::size_t>(kind)];
}

void CorpusGenerator::nearMiss(NearMissKind kind)
{
    nearMiss(kind, makeNearMiss(kind));
}

void CorpusGenerator::nearMiss(NearMissKind kind, std::string_view value)
{
    const std::size_t begin = m_corpus.text.size();
    m_corpus.text += value;
    m_corpus.nearMisses.push_back({kind, begin, m_corpus.text.size()});
    ++m_corpus.nearMissCounts[static_cast<std::size_t>(kind)];
}

void CorpusGenerator::endLine()
{
    m_corpus.text += '\n';
}

bool CorpusGenerator::sensitiveLine()
{
    return chance(m_lineRate);
}

PlantedKind CorpusGenerator::pickKind(Style style)
{
    // Email, Phone, UsSsn, Ipv4, CreditCard, Iban, AwsKeyId, GithubToken, Jwt.
    static const std::vector<int> prose{24, 18, 10, 6, 12, 12, 2, 2, 2};
    static const std::vector<int> chat{18, 14, 6, 10, 10, 8, 8, 10, 8};
    static const std::vector<int> mail{20, 20, 8, 4, 12, 14, 4, 4, 4};
    static const std::vector<int> csv{30, 22, 12, 6, 14, 16, 0, 0, 0};
    static const std::vector<int> log{8, 2, 0, 60, 2, 0, 6, 6, 16};
    static const std::vector<int> code{10, 2, 0, 24, 2, 2, 22, 22, 16};
    switch (style) {
    case Style::Prose:
        return static_cast<PlantedKind>(weighted(prose));
    case Style::Chat:
        return static_cast<PlantedKind>(weighted(chat));
    case Style::Mail:
        return static_cast<PlantedKind>(weighted(mail));
    case Style::Csv:
        return static_cast<PlantedKind>(weighted(csv));
    case Style::Log:
        return static_cast<PlantedKind>(weighted(log));
    case Style::Code:
        return static_cast<PlantedKind>(weighted(code));
    }
    return PlantedKind::Email;
}

void CorpusGenerator::plantPhrase(Style style)
{
    plantPhrase(style, pickKind(style));
}

void CorpusGenerator::plantPhrase(Style style, PlantedKind kind)
{
    // A lead-in a person would write (often one of the rule's context words), sometimes none.
    static const std::array<std::vector<std::string_view>, kPlantedKindCount> leadIns{{
        {"write to ", "email ", "contact: ", "reach me at ", "cc ", "from "},
        {"call ", "phone ", "mobile: ", "on ", "tel. ", "whatsapp "},
        {"SSN ", "ssn: ", "social security number ", "SSN is "},
        {"from ", "host ", "server ", "ip ", "at "},
        {"card ", "card number ", "paid with ", "visa ", "cc "},
        {"IBAN ", "iban: ", "to account ", "transfer to "},
        {"aws key ", "access key id ", "AWS_ACCESS_KEY_ID=", "key id "},
        {"token ", "github token ", "GITHUB_TOKEN=", "pat "},
        {"Bearer ", "token ", "jwt ", "Authorization: Bearer "},
        {""},
    }};
    if (style == Style::Csv) {
        plant(kind, makeValue(kind));
        return;
    }
    if (kind == PlantedKind::GithubToken && chance(0.15)) {
        // A token in a clone URL, as pasted from a terminal.
        put("git clone https://");
        plant(kind, makeValue(kind));
        put(cat({"@github.com/", lowerAscii(identifier()), "/", lowerAscii(identifier()), ".git"}));
        return;
    }
    if (!chance(0.35)) {
        put(pick(leadIns[static_cast<std::size_t>(kind)]));
    }
    plant(kind, makeValue(kind));
    if (kind == PlantedKind::CreditCard && chance(0.25)) {
        // The expiry typed right after the number, with or without a word in between.
        const std::string_view sep = chance(0.5) ? " exp " : " ";
        put(cat({sep, padded(between(1, 12), 2), "/", num(25, 31)}));
    }
}

NearMissKind CorpusGenerator::pickNearMissKind(Style style)
{
    // Number, Version, Date, OrderId, CardLike, SsnLike, IpLike, IbanLike, PlaceholderSecret, HexId, LocalPhone.
    static const std::vector<int> text{16, 8, 14, 14, 6, 5, 3, 4, 2, 4, 10};
    static const std::vector<int> tech{10, 18, 6, 6, 3, 2, 10, 2, 8, 20, 2};
    const bool technical = style == Style::Log || style == Style::Code;
    return static_cast<NearMissKind>(weighted(technical ? tech : text));
}

void CorpusGenerator::words(int n)
{
    for (int i = 0; i < n; ++i) {
        if (i > 0) {
            put(" ");
        }
        put(chance(0.004) ? pick(kUtf8Words) : pick(kWords));
    }
}

void CorpusGenerator::sentence()
{
    std::string first(pick(kWords));
    if (chance(0.15)) {
        first = std::string(pick(kFirstNames));
    } else {
        first[0] = static_cast<char>(first[0] - 'a' + 'A');
    }
    put(first);
    put(" ");
    words(between(4, 14));
    put(pick(std::array<std::string_view, 6>{".", ".", ".", ".", "?", "!"}));
}

std::string CorpusGenerator::handle()
{
    std::string h = lowerAscii(pick(kFirstNames));
    if (chance(0.3)) {
        h += std::to_string(between(1, 99));
    }
    return h;
}

std::string CorpusGenerator::timeOfDay()
{
    m_seconds += between(1, 180);
    if (m_seconds >= 86400) {
        m_seconds -= 86400;
        m_day = (m_day + 1) % 366;
    }
    return padded(m_seconds / 3600, 2) + ":" + padded(m_seconds / 60 % 60, 2) + ":" + padded(m_seconds % 60, 2);
}

std::string CorpusGenerator::isoDate()
{
    int month = 0;
    int day = m_day;
    while (day >= kDaysInMonth[month]) {
        day -= kDaysInMonth[month];
        ++month;
    }
    return "2024-" + padded(month + 1, 2) + "-" + padded(day + 1, 2);
}

std::string CorpusGenerator::identifier()
{
    std::string id(pick(kWords));
    if (id.size() < 3) {
        id = "value";
    }
    std::string second(pick(kWords));
    if (second.size() >= 3) {
        second[0] = static_cast<char>(second[0] - 'a' + 'A');
        id += second;
    }
    return id;
}

// ---- blocks ----

void CorpusGenerator::proseBlock()
{
    // Paragraphs wrapped at about 76 columns, or (as pasted from a chat box) one long line.
    const bool wrap = chance(0.6);
    const int sentences = between(2, 7);
    std::size_t lineStart = m_corpus.text.size();
    for (int i = 0; i < sentences; ++i) {
        if (i > 0) {
            if (wrap && m_corpus.text.size() - lineStart > 70) {
                endLine();
                lineStart = m_corpus.text.size();
            } else {
                put(" ");
            }
        }
        if (chance(m_lineRate * 0.7)) {
            std::string first(pick(kFirstNames));
            put(first);
            put(" ");
            words(between(2, 6));
            put(" ");
            plantPhrase(Style::Prose);
            put(pick(std::array<std::string_view, 4>{".", " today.", ", thanks.", " if needed."}));
        } else if (chance(m_nearMissRate * 0.7)) {
            sentence();
            m_corpus.text.pop_back();
            put(" ");
            nearMiss(pickNearMissKind(Style::Prose));
            put(".");
        } else {
            sentence();
        }
    }
    endLine();
    endLine();
}

void CorpusGenerator::chatPrefix(std::string_view time, std::string_view who)
{
    // Appended piecewise: GCC 12 reports a bogus -Wrestrict for "[" + std::string&& at -O3.
    put("[");
    put(time.substr(0, 5));
    put("] ");
    put(who);
    put(": ");
}

void CorpusGenerator::chatBlock()
{
    const int lines = between(3, 14);
    std::vector<std::string> people;
    const int speakers = between(2, 4);
    for (int i = 0; i < speakers; ++i) {
        people.push_back(handle());
    }
    for (int i = 0; i < lines; ++i) {
        const std::string t = timeOfDay();
        chatPrefix(t, pick(people));
        if (sensitiveLine()) {
            words(between(1, 5));
            put(" ");
            plantPhrase(Style::Chat);
            if (chance(0.5)) {
                put(" ");
                words(between(1, 4));
            }
        } else if (chance(m_nearMissRate)) {
            words(between(1, 6));
            put(" ");
            nearMiss(pickNearMissKind(Style::Chat));
        } else {
            words(between(2, 16));
            if (chance(0.1)) {
                put(pick(std::array<std::string_view, 4>{" 👍", " 🙂", " :)", " ok?"}));
            }
        }
        endLine();
        if (chance(0.002)) {
            chatPrefix(t, pick(people));
            put("here is the key, do not share it");
            endLine();
            plant(PlantedKind::PrivateKey, makePrivateKey());
            endLine();
        }
    }
    endLine();
}

void CorpusGenerator::mailBlock()
{
    const std::string_view fromFirst = pick(kFirstNames);
    const std::string_view fromLast = pick(kSurnames);
    const std::string_view toFirst = pick(kFirstNames);
    const std::string_view toLast = pick(kSurnames);
    const std::string from = std::string(fromFirst) + " " + std::string(fromLast);
    put("From: " + from + " <");
    plant(PlantedKind::Email, makeEmail(fromFirst, fromLast));
    put(">");
    endLine();
    put("To: " + std::string(toFirst) + " " + std::string(toLast) + " <");
    plant(PlantedKind::Email, makeEmail(toFirst, toLast));
    put(">");
    endLine();
    if (chance(0.2)) {
        put("Cc: ");
        plant(PlantedKind::Email, makeEmail());
        endLine();
    }
    const int dow = between(0, 6);
    put(cat({"Date: ",
             kWeekdays[dow],
             ", ",
             num(1, 28),
             " ",
             kMonths[below(12)],
             " 2024 ",
             timeOfDay(),
             " +0",
             num(0, 2),
             "00"}));
    endLine();
    put(chance(0.4) ? "Subject: Re: " : "Subject: ");
    words(between(2, 7));
    endLine();
    put("Message-ID: ");
    nearMiss(NearMissKind::MessageId);
    endLine();
    endLine();
    put("Hi " + std::string(toFirst) + ",");
    endLine();
    endLine();
    const int lines = between(2, 8);
    for (int i = 0; i < lines; ++i) {
        if (sensitiveLine()) {
            words(between(3, 8));
            put(" ");
            plantPhrase(Style::Mail);
            put(".");
        } else if (chance(m_nearMissRate)) {
            words(between(3, 8));
            put(" ");
            nearMiss(pickNearMissKind(Style::Mail));
            put(".");
        } else {
            sentence();
        }
        endLine();
    }
    if (chance(0.004)) {
        put("The deploy key is below.");
        endLine();
        plant(PlantedKind::PrivateKey, makePrivateKey());
        endLine();
    }
    endLine();
    put("Best,");
    endLine();
    put(from);
    endLine();
    if (chance(0.05)) {
        put("Mobile: ");
        plant(PlantedKind::Phone, makePhone());
        endLine();
    }
    endLine();
}

void CorpusGenerator::csvBlock()
{
    const std::size_t table = below(3);
    const int rows = between(4, 20);
    if (table == 0) {
        put("id,first_name,last_name,city,signup_date,plan,monthly_fee,contact");
        endLine();
        for (int i = 0; i < rows; ++i) {
            put(cat({"C-",
                     padded(between(1, 99999), 5),
                     ",",
                     pick(kFirstNames),
                     ",",
                     pick(kSurnames),
                     ",",
                     pick(kWords),
                     "ton,",
                     isoDate(),
                     ",",
                     pick(std::array<std::string_view, 3>{"basic", "team", "enterprise"}),
                     ",",
                     num(5, 900),
                     ".",
                     digits(2),
                     ","}));
            if (sensitiveLine()) {
                plantPhrase(Style::Csv);
            } else if (chance(0.3)) {
                put("n/a");
            }
            endLine();
        }
    } else if (table == 1) {
        put("order_id,date,sku,qty,unit_price,total,status,payment_ref");
        endLine();
        for (int i = 0; i < rows; ++i) {
            nearMiss(NearMissKind::OrderId, "ORD-2024-" + digits(6));
            const int qty = between(1, 12);
            const int cents = between(199, 99999);
            put(cat({",", isoDate(), ",SKU-", randomChars(kUpperAlnum, 5), ","}));
            put(std::to_string(qty) + "," + std::to_string(cents / 100) + "." + padded(cents % 100, 2) + ","
                + std::to_string(cents * qty / 100) + "." + padded(cents * qty % 100, 2) + ","
                + std::string(pick(std::array<std::string_view, 4>{"paid", "shipped", "open", "refunded"})) + ",");
            if (sensitiveLine()) {
                const PlantedKind kind = chance(0.6) ? PlantedKind::CreditCard : PlantedKind::Iban;
                plant(kind, makeValue(kind));
            } else if (chance(0.5)) {
                nearMiss(NearMissKind::OrderId, "PAY-" + digits(8));
            }
            endLine();
        }
    } else {
        put("date,host,requests,errors,p95_ms,version");
        endLine();
        for (int i = 0; i < rows; ++i) {
            put(isoDate() + ",");
            if (sensitiveLine()) {
                plant(PlantedKind::Ipv4, makeIpv4());
            } else {
                put(pick(kHosts));
            }
            put(cat({",", num(100, 999999), ",", num(0, 999), ",", num(3, 2000), ","}));
            nearMiss(NearMissKind::Version);
            endLine();
        }
    }
    endLine();
}

void CorpusGenerator::logBlock()
{
    static constexpr std::array<std::string_view, 5> levels{"DEBUG", "INFO ", "INFO ", "WARN ", "ERROR"};
    static constexpr std::array<std::string_view, 8> messages{
        "request completed",
        "cache miss",
        "retrying upstream call",
        "job finished",
        "connection reset",
        "slow query detected",
        "config reloaded",
        "user session started",
    };
    const bool syslog = chance(0.3);
    const std::string host(pick(kHosts));
    const int lines = between(5, 30);
    for (int i = 0; i < lines; ++i) {
        const std::string t = timeOfDay();
        if (syslog) {
            const std::string date = isoDate();
            put(std::string(kMonths[std::stoi(date.substr(5, 2)) - 1]) + " " + date.substr(8, 2) + " " + t + " " + host
                + " sshd[" + std::to_string(between(300, 65000)) + "]: ");
            if (sensitiveLine()) {
                put(chance(0.5) ? "Accepted publickey for deploy from "
                                : "Failed password for invalid user admin from ");
                plant(PlantedKind::Ipv4, makeIpv4());
                put(" port " + std::to_string(between(1024, 65535)) + " ssh2");
            } else {
                put(pick(std::array<std::string_view, 4>{"pam_unix(sshd:session): session closed for user deploy",
                                                         "Received disconnect: 11: disconnected by user",
                                                         "Disconnected from user deploy",
                                                         "Server listening on :: port 22."}));
            }
        } else {
            put(cat({isoDate(),
                     "T",
                     t,
                     ".",
                     digits(3),
                     "Z ",
                     pick(levels),
                     " [worker-",
                     num(1, 16),
                     "] ",
                     pick(messages)}));
            put(cat({" dur=", num(0, 900), ".", digits(1), "ms"}));
            if (sensitiveLine()) {
                const PlantedKind kind = pickKind(Style::Log);
                static constexpr std::array<std::string_view, kPlantedKindCount> keys{" user=",
                                                                                      " caller=",
                                                                                      " ssn=",
                                                                                      " client=",
                                                                                      " card=",
                                                                                      " iban=",
                                                                                      " key_id=",
                                                                                      " token=",
                                                                                      " auth=Bearer ",
                                                                                      " key="};
                put(keys[static_cast<std::size_t>(kind)]);
                plant(kind, makeValue(kind));
            } else if (chance(m_nearMissRate * 2)) {
                const NearMissKind kind = pickNearMissKind(Style::Log);
                put(pick(std::array<std::string_view, 4>{" ref=", " id=", " build=", " value="}));
                nearMiss(kind);
            }
        }
        endLine();
    }
    endLine();
}

void CorpusGenerator::configValueLine(Style style,
                                      std::string_view indent,
                                      std::string_view keyPrefix,
                                      std::string_view assign,
                                      std::string_view quote,
                                      std::string_view suffix)
{
    static constexpr std::array<std::string_view, kPlantedKindCount> keys{
        "owner_email",
        "support_phone",
        "test_ssn",
        "db_host",
        "test_card",
        "payout_iban",
        "aws_access_key_id",
        "github_token",
        "auth_token",
        "tls_key",
    };
    const PlantedKind kind = pickKind(style);
    std::string key(keys[static_cast<std::size_t>(kind)]);
    if (keyPrefix == "UPPER") {
        key = upperAscii(key);
    } else {
        key = std::string(keyPrefix) + key;
    }
    put(indent);
    put(key);
    put(assign);
    put(quote);
    plant(kind, makeValue(kind));
    put(quote);
    put(suffix);
    endLine();
}

void CorpusGenerator::cppSnippet()
{
    const std::string ns = lowerAscii(identifier());
    const std::string fn = identifier();
    put("#include <string>\n#include <vector>\n\nnamespace " + ns + " {\n\n");
    if (sensitiveLine()) {
        configValueLine(Style::Code, "", "const char* k_", " = ", "\"", ";");
        endLine();
    }
    put("int " + fn + "(const std::vector<int>& values)\n{\n    int total = 0;\n    for (int v : values) {\n");
    put(cat({"        if (v > ", num(0, 500), ") {\n            total += v * ", num(2, 9), ";\n        }\n    }\n"}));
    if (chance(m_nearMissRate * 3)) {
        put("    // ");
        words(between(2, 6));
        put(" ");
        nearMiss(pickNearMissKind(Style::Code));
        endLine();
    }
    put("    return total;\n}\n\n} // namespace " + ns + "\n");
}

void CorpusGenerator::pythonSnippet()
{
    const std::string fn = lowerAscii(identifier());
    put("import json\nimport os\n");
    if (sensitiveLine()) {
        endLine();
        configValueLine(Style::Code, "", "UPPER", " = ", "\"", "");
    }
    put("\n\ndef load_" + fn + "(path, limit=" + std::to_string(between(1, 1000)) + "):\n    \"\"\"");
    sentence();
    put("\"\"\"\n    with open(path, encoding=\"utf-8\") as fh:\n        data = json.load(fh)\n");
    if (chance(m_nearMissRate * 3)) {
        put("    # ");
        words(between(2, 6));
        put(" ");
        nearMiss(pickNearMissKind(Style::Code));
        endLine();
    }
    put(cat({"    return [item for item in data if item.get(\"", pick(kWords), "\") != ", num(0, 99), "][:limit]\n"}));
}

void CorpusGenerator::jsonSnippet()
{
    put("{\n  \"name\": \"" + lowerAscii(identifier()) + "\",\n  \"version\": \"");
    nearMiss(NearMissKind::Version);
    put(cat({"\",\n  \"enabled\": ",
             chance(0.5) ? "true" : "false",
             ",\n  \"timeout_ms\": ",
             num(100, 30000),
             ",\n  \"created\": \"",
             isoDate(),
             "\",\n"}));
    if (sensitiveLine()) {
        configValueLine(Style::Code, "  ", "\"", "\": ", "\"", ",");
    }
    put(cat({"  \"tags\": [\"", pick(kWords), "\", \"", pick(kWords), "\"]\n}\n"}));
}

void CorpusGenerator::yamlSnippet()
{
    put(cat({"service:\n  name: ",
             lowerAscii(identifier()),
             "\n  replicas: ",
             num(1, 12),
             "\n  image: registry.kestrel.dev/",
             lowerAscii(identifier()),
             ":"}));
    nearMiss(NearMissKind::Version);
    put("\n  env:\n    LOG_LEVEL: " + std::string(pick(std::array<std::string_view, 3>{"info", "debug", "warn"}))
        + "\n");
    if (sensitiveLine()) {
        configValueLine(Style::Code, "    ", "UPPER", ": ", "", "");
    }
    put("    REGION: eu-north-1\n");
    if (chance(0.01)) {
        // A key pasted into a config as a block scalar, indented like the rest.
        put("  tls_key: |\n");
        std::string key = makePrivateKey();
        std::string indented = "    ";
        for (const char c : key) {
            indented += c;
            if (c == '\n') {
                indented += "    ";
            }
        }
        put("    ");
        plant(PlantedKind::PrivateKey, indented.substr(4));
        endLine();
    }
}

void CorpusGenerator::codeBlock()
{
    const bool fenced = chance(0.5);
    const std::size_t lang = weighted({30, 30, 20, 20});
    if (fenced) {
        static constexpr std::array<std::string_view, 4> fences{"```cpp\n", "```python\n", "```json\n", "```yaml\n"};
        put(fences[lang]);
    }
    switch (lang) {
    case 0:
        cppSnippet();
        break;
    case 1:
        pythonSnippet();
        break;
    case 2:
        jsonSnippet();
        break;
    default:
        yamlSnippet();
        break;
    }
    if (fenced) {
        put("```\n");
    }
    endLine();
}

// ---- driver ----

Corpus CorpusGenerator::generate(std::size_t bytes)
{
    bytes = std::max<std::size_t>(bytes, 64);
    m_rng.seed(m_seed);
    m_corpus = Corpus{};
    m_corpus.text.reserve(bytes + 64 * 1024);
    m_day = 0;
    m_seconds = 8 * 3600;

    while (m_corpus.text.size() < bytes) {
        switch (weighted({27, 21, 5, 10, 20, 17})) {
        case 0:
            proseBlock();
            break;
        case 1:
            chatBlock();
            break;
        case 2:
            mailBlock();
            break;
        case 3:
            csvBlock();
            break;
        case 4:
            logBlock();
            break;
        default:
            codeBlock();
            break;
        }
    }

    // Cut at a line end at or before `bytes` that no planted span straddles, then pad with plain
    // words to exactly `bytes`.
    std::string& text = m_corpus.text;
    const auto lineStart = [&text](std::size_t pos) {
        const std::size_t nl = pos == 0 ? std::string::npos : text.rfind('\n', pos - 1);
        return nl == std::string::npos ? std::size_t{0} : nl + 1;
    };
    std::size_t cut = lineStart(bytes);
    // Spans do not overlap and are sorted by begin, so their ends are sorted too.
    for (auto it = m_corpus.planted.rbegin(); it != m_corpus.planted.rend() && it->end > cut; ++it) {
        if (it->begin < cut) {
            cut = lineStart(it->begin); // a PEM block spans lines
        }
    }
    text.resize(cut);
    while (!m_corpus.planted.empty() && m_corpus.planted.back().end > cut) {
        --m_corpus.plantedCounts[static_cast<std::size_t>(m_corpus.planted.back().kind)];
        m_corpus.planted.pop_back();
    }
    while (!m_corpus.nearMisses.empty() && m_corpus.nearMisses.back().end > cut) {
        --m_corpus.nearMissCounts[static_cast<std::size_t>(m_corpus.nearMisses.back().kind)];
        m_corpus.nearMisses.pop_back();
    }
    if (text.size() < bytes) {
        std::string filler;
        while (filler.size() + 1 < bytes - text.size()) {
            filler += pick(kWords);
            filler += ' ';
        }
        filler.resize(bytes - text.size() - 1);
        text += filler;
        text += '\n';
    }

    std::size_t line = 0;
    std::size_t pos = 0;
    std::size_t lastPlantedLine = std::numeric_limits<std::size_t>::max();
    for (const PlantedValue& p : m_corpus.planted) {
        line += static_cast<std::size_t>(std::count(text.begin() + static_cast<std::ptrdiff_t>(pos),
                                                    text.begin() + static_cast<std::ptrdiff_t>(p.begin),
                                                    '\n'));
        pos = p.begin;
        if (line != lastPlantedLine) {
            ++m_corpus.linesWithPlanted;
            lastPlantedLine = line;
        }
    }
    m_corpus.lines = static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
    return std::move(m_corpus);
}
