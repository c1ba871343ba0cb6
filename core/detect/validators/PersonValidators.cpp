// SPDX-License-Identifier: GPL-3.0-or-later
// Names of people: dictionary and context checks on capitalised-word candidates.
#include "core/detect/Dictionaries.h"
#include "core/detect/NameParticles.h"
#include "core/detect/StreetWords.h"
#include "core/detect/validators/CharClass.h"
#include "core/detect/validators/ValidatorFamilies.h"

#include <algorithm>
#include <array>
#include <span>
#include <string>
#include <vector>

using namespace CharClass;

namespace {

struct Token
{
    std::size_t begin;
    std::size_t end;
    std::string lower;
};

// The ASCII form of the Latin-1 letter U+00C0..U+00FF whose UTF-8 second byte is `b` (after 0xC3).
std::string_view foldLatin1(unsigned char b)
{
    static constexpr std::string_view table[64] = {
        "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i",  "i",  // C0-CF
        "d", "n", "o", "o", "o", "o", "o",  "",  "o", "u", "u", "u", "u", "y", "th", "ss", // D0-DF
        "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i",  "i",  // E0-EF
        "d", "n", "o", "o", "o", "o", "o",  "",  "o", "u", "u", "u", "u", "y", "th", "y"}; // F0-FF
    return b >= 0x80 && b <= 0xBF ? table[b - 0x80] : std::string_view{};
}

// The ASCII form of the Latin Extended-A letter U+0100..U+017F (Polish, Czech, Turkish, Baltic,
// Hungarian: "Łukasz", "Wiśniewski", "Yılmaz", "Dvořák"), from its lead byte 0xC4 or 0xC5 and
// the byte after it.
std::string_view foldLatinExtendedA(unsigned char lead, unsigned char b)
{
    static constexpr std::string_view table[128] = {
        "a", "a", "a",  "a",  "a", "a", "c", "c", "c", "c", "c", "c", "c", "c", "d", "d",  // 0100-010F
        "d", "d", "e",  "e",  "e", "e", "e", "e", "e", "e", "e", "e", "g", "g", "g", "g",  // 0110-011F
        "g", "g", "g",  "g",  "h", "h", "h", "h", "i", "i", "i", "i", "i", "i", "i", "i",  // 0120-012F
        "i", "i", "ij", "ij", "j", "j", "k", "k", "k", "l", "l", "l", "l", "l", "l", "l",  // 0130-013F
        "l", "l", "l",  "n",  "n", "n", "n", "n", "n", "n", "n", "n", "o", "o", "o", "o",  // 0140-014F
        "o", "o", "oe", "oe", "r", "r", "r", "r", "r", "r", "s", "s", "s", "s", "s", "s",  // 0150-015F
        "s", "s", "t",  "t",  "t", "t", "t", "t", "u", "u", "u", "u", "u", "u", "u", "u",  // 0160-016F
        "u", "u", "u",  "u",  "w", "w", "y", "y", "y", "z", "z", "z", "z", "z", "z", "s"}; // 0170-017F
    if (b < 0x80 || b > 0xBF || (lead != 0xC4 && lead != 0xC5)) {
        return {};
    }
    return table[(lead == 0xC5 ? 64 : 0) + (b - 0x80)];
}

// The ASCII form of a Vietnamese letter: Ơ ơ Ư ư (U+01A0, U+01A1, U+01AF, U+01B0, after lead byte
// 0xC6) and the tone-marked vowels of Latin Extended Additional, U+1EA0..U+1EF9 (after 0xE1 0xBA or
// 0xE1 0xBB: "Nguyễn Thị Ánh"), which run A, E, I, O, U, Y in blocks. Empty for anything else.
std::string_view foldVietnamese(std::string_view bytes)
{
    const auto b = [&](std::size_t i) { return static_cast<unsigned char>(bytes[i]); };
    if (bytes.size() == 2 && b(0) == 0xC6) {
        return (b(1) == 0xA0 || b(1) == 0xA1) ? "o" : (b(1) == 0xAF || b(1) == 0xB0) ? "u" : "";
    }
    if (bytes.size() != 3 || b(0) != 0xE1 || (b(1) != 0xBA && b(1) != 0xBB) || b(2) < 0x80 || b(2) > 0xBF) {
        return {};
    }
    const unsigned cp = 0x1000u | ((b(1) & 0x3Fu) << 6) | (b(2) & 0x3Fu);
    if (cp < 0x1EA0 || cp > 0x1EF9) {
        return {};
    }
    const unsigned at = cp - 0x1EA0;
    return at < 0x18 ? "a" : at < 0x28 ? "e" : at < 0x2C ? "i" : at < 0x44 ? "o" : at < 0x52 ? "u" : "y";
}

// A word list the validators ask, hashed once (Dictionaries::Index).
template <std::span<const std::string_view> (*List)()>
const Dictionaries::Index& hashed()
{
    static const Dictionaries::Index index(List());
    return index;
}

// A known first name or surname; a hyphenated name ("mary-jane") counts when a part is known.
bool known(const Dictionaries::Index& list, const std::string& word)
{
    if (list.contains(word)) {
        return true;
    }
    std::size_t start = 0;
    while (start < word.size()) {
        const std::size_t dash = word.find('-', start);
        const std::size_t end = dash == std::string::npos ? word.size() : dash;
        if (end > start && end - start < word.size()
            && list.contains(std::string_view(word).substr(start, end - start))) {
            return true;
        }
        start = end + 1;
    }
    return false;
}

// A surname by its shape, whatever the lists hold: an Irish or Scottish prefix before a capital
// ("O'Neill", "D'Angelo", "McAllister", "MacLeod"), or the Arabic article joined by a hyphen
// ("Al-Sayed", "El-Masry"); a word that is in the surname list once its apostrophe is dropped
// ("O'Brien": the census writes OBRIEN) counts as known too.
bool surnameShape(std::string_view word, const Dictionaries::Index& surnames)
{
    const auto capitalAt = [&](std::size_t i) {
        return i + 2 < word.size() && isUpper(word[i]) && isLower(word[i + 1]);
    };
    if ((word.starts_with("O'") || word.starts_with("D'")) && capitalAt(2)) {
        return true;
    }
    if ((word.starts_with("Mc") && capitalAt(2)) || (word.starts_with("Mac") && capitalAt(3))) {
        return true;
    }
    if ((word.starts_with("Al-") || word.starts_with("El-")) && capitalAt(3)) {
        return true;
    }
    if (const auto apostrophe = word.find('\''); apostrophe != std::string_view::npos) {
        thread_local std::string folded;
        folded.clear();
        for (const char c : word) {
            if (c != '\'') {
                folded.push_back(toLower(c));
            }
        }
        return surnames.contains(folded);
    }
    return false;
}

// The words of text[begin, end), into `out` (cleared first). Callers keep `out` from call to call
// (thread_local), so a scan allocates no token lists.
void tokens(std::string_view text, std::size_t begin, std::size_t end, std::vector<Token>& out)
{
    out.clear();
    std::size_t i = begin;
    while (i < end) {
        while (i < end && (text[i] == ' ' || text[i] == '\t')) {
            ++i;
        }
        const std::size_t s = i;
        while (i < end && text[i] != ' ' && text[i] != '\t') {
            ++i;
        }
        if (i > s) {
            Token t{s, i, {}};
            for (std::size_t k = s; k < i; ++k) {
                const auto c = static_cast<unsigned char>(text[k]);
                if (c == 0xC3 && k + 1 < i) {
                    // Latin-1 letters folded to ASCII, so "José García" meets the census lists.
                    t.lower += foldLatin1(static_cast<unsigned char>(text[++k]));
                    continue;
                }
                if ((c == 0xC4 || c == 0xC5) && k + 1 < i) {
                    t.lower += foldLatinExtendedA(c, static_cast<unsigned char>(text[++k]));
                    continue;
                }
                if (c == 0xC6 && k + 1 < i) {
                    if (const auto folded = foldVietnamese(text.substr(k, 2)); !folded.empty()) {
                        t.lower += folded;
                        ++k;
                        continue;
                    }
                }
                if (c == 0xE1 && k + 2 < i) {
                    if (const auto folded = foldVietnamese(text.substr(k, 3)); !folded.empty()) {
                        t.lower += folded;
                        k += 2;
                        continue;
                    }
                }
                t.lower.push_back(toLower(text[k]));
            }
            out.push_back(std::move(t));
        }
    }
}

bool isInitial(const Token& t)
{
    return t.lower.size() == 2 && t.lower[1] == '.';
}

// Capitalised words that end a name: places, organisations, calendar words.
bool notNameWord(std::string_view w)
{
    static constexpr std::string_view words[] = {
        "street",
        "st",
        // German streets named after people, the type a capitalised word ("Konrad Adenauer Platz";
        // tokens are folded, "Straße" as "strasse").
        "strasse",
        "platz",
        "allee",
        "avenue",
        "ave",
        "road",
        "rd",
        "lane",
        "drive",
        "boulevard",
        "way",
        "court",
        "place",
        "square",
        "park",
        "city",
        "county",
        "inc",
        "ltd",
        "llc",
        "corp",
        "gmbh",
        "ab",
        "sa",
        "company",
        "group",
        "team",
        "department",
        "university",
        "college",
        "school",
        "hospital",
        "clinic",
        "bank",
        "hotel",
        // Places, organisations and things named after a person ("Elizabeth Line", "Hans Böckler
        // Stiftung", "Rana Plaza", "Pascal Case").
        "line",
        "plaza",
        "hills",
        "code",
        "case",
        "stiftung",
        "fonds",
        "foundation",
        "institut",
        "institute",
        "museum",
        "airport",
        "station",
        "stadium",
        "arena",
        "saint",
        "santa",
        "project",
        "office",
        "center",
        "centre",
        "services",
        "systems",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "july",
        "september",
        "october",
        "november",
        "december",
        "the",
        "and",
        "for",
        "of",
        "report",
        "mr",
        "mrs",
        "ms",
        "miss",
        "dr",
        "prof",
        "herr",
        "frau",
        "fru",
        "mme",
        "mlle",
        // Teams and departments that sign e-mails ("Kind regards, Customer Service"); tokens are
        // compared with Latin-1 letters folded to ASCII ("Kundtjänst" as "kundtjanst").
        "service",
        "support",
        "customer",
        "customers",
        "accounts",
        "payable",
        "receivable",
        "sales",
        "marketing",
        "finance",
        "hr",
        "it",
        "legal",
        "operations",
        "automation",
        "admin",
        "administration",
        "helpdesk",
        "desk",
        "management",
        "board",
        "committee",
        "staff",
        "crew",
        "family",
        "bot",
        "notifications",
        "newsletter",
        "noreply",
        "ihr",
        "ihre",
        "euer",
        "your",
        "kundendienst",
        "kundenservice",
        "buchhaltung",
        "personalabteilung",
        "vertrieb",
        "kundtjanst",
        "kundservice",
        "ekonomi",
        "ekonomiavdelningen",
        "supporten",
        "equipe",
        "direction",
        "comptabilite"};
    // Hashed once: each of a candidate's several questions reads a slot or two, not the list.
    static const Dictionaries::Index index(words);
    return index.contains(w);
}

// Whether the words right before `at` greet or label a person: "Dear", "Hi", "Hej", "Liebe",
// "Cher" before it, or any word with a colon ("Customer:", "From:", "Patient:").
bool greetedOrLabelled(std::string_view text, std::size_t at)
{
    std::size_t end = at;
    while (end > 0 && (text[end - 1] == ' ' || text[end - 1] == '\t')) {
        --end;
    }
    if (end > 0 && text[end - 1] == ':') {
        return end > 1 && isAlpha(text[end - 2]);
    }
    std::size_t begin = end;
    while (begin > 0 && (isAlpha(text[begin - 1]) || static_cast<unsigned char>(text[begin - 1]) >= 0x80)) {
        --begin;
    }
    static constexpr std::string_view greetings[] = {"dear",
                                                     "hi",
                                                     "hello",
                                                     "hey",
                                                     "hej",
                                                     "hallo",
                                                     "liebe",
                                                     "lieber",
                                                     "cher",
                                                     "ch\xc3\xa8re",
                                                     "bonjour",
                                                     "k\xc3\xa4ra",
                                                     "b\xc3\xa4sta"};
    const std::string word = lowerAscii(text.substr(begin, end - begin));
    return std::find(std::begin(greetings), std::end(greetings), word) != std::end(greetings);
}

// A brand, firm, venue or character named after a person ("Calvin Klein", "Morgan Stanley") among
// the words of `name`, not right after a greeting or a label ("Dear John Lewis", "Customer: John
// Lewis" are people); a "from" or "and" in the sentence does not make it a person.
bool brandNotLabelled(std::span<const Token> name, std::string_view text)
{
    for (std::size_t i = 0; i + 1 < name.size(); ++i) {
        if (hashed<&Dictionaries::nameBrands>().contains(name[i].lower + ' ' + name[i + 1].lower)) {
            return !greetedOrLabelled(text, name.front().begin);
        }
    }
    return false;
}

// Two or three capitalised words: starts at the first known first name, ends before a word that
// names a place or organisation; a first name that is also an English word ("May", "Will") needs
// a known surname after it.
bool personNameValidator(Candidate& cand)
{
    thread_local std::vector<Token> toks;
    tokens(cand.text, cand.begin, cand.end, toks);
    // Vietnamese names: surname, the middle name Văn (men) or Thị (women), given name ("Nguyen Van
    // Minh", "Tran Thi Huong"); the given name need not be in the lists, the surname must. The
    // candidate holds three words at most, so a given name after it is read from the text.
    if (toks.size() >= 2 && (toks.back().lower == "van" || toks.back().lower == "thi")) {
        std::size_t b = toks.back().end;
        if (b + 1 < cand.text.size() && cand.text[b] == ' ' && isUpper(cand.text[b + 1])) {
            std::size_t e = b + 2;
            while (e < cand.text.size() && isLower(cand.text[e])) {
                ++e;
            }
            thread_local std::vector<Token> more;
            tokens(cand.text, b + 1, e, more);
            toks.insert(toks.end(), more.begin(), more.end());
        }
    }
    for (std::size_t i = 0; i + 2 < toks.size(); ++i) {
        if ((toks[i + 1].lower == "van" || toks[i + 1].lower == "thi")
            && known(hashed<&Dictionaries::surnames>(), toks[i].lower) && !notNameWord(toks[i].lower)
            && !notNameWord(toks[i + 2].lower)) {
            cand.begin = toks[i].begin;
            cand.end = toks[i + 2].end;
            cand.scoreDelta += 0.2;
            return true;
        }
    }
    std::size_t first = 0;
    while (first < toks.size() && !known(hashed<&Dictionaries::firstNames>(), toks[first].lower)) {
        ++first;
    }
    // "Park" is a place word, and the third most common Korean surname: next to a Korean given name
    // written with its hyphen ("Min-jun Park", "Park Seo-yeon") it is a surname.
    const auto koreanPark = [&](std::size_t park, std::size_t given) {
        return park < toks.size() && given < toks.size() && toks[park].lower == "park"
               && toks[given].lower.find('-') != std::string::npos;
    };
    thread_local std::vector<Token> name;
    name.clear();
    for (std::size_t i = first; i < toks.size(); ++i) {
        if (notNameWord(toks[i].lower) && !(i == first + 1 && koreanPark(i, first))) {
            break;
        }
        name.push_back(toks[i]);
    }
    std::size_t words = 0;
    for (const auto& t : name) {
        words += isInitial(t) ? 0 : 1;
    }
    // Surname first, as Chinese, Korean, Japanese and Vietnamese names are written ("Zhang Wei",
    // "Sato Takumi"): a known surname right before a given name that ends the candidate.
    bool surnameFirst = false;
    if (words == 1 && first > 0 && first + 1 == toks.size()
        && ((!notNameWord(toks[first - 1].lower) && known(hashed<&Dictionaries::surnames>(), toks[first - 1].lower))
            || koreanPark(first - 1, first))) {
        name.insert(name.begin(), toks[first - 1]);
        words = 2;
        surnameFirst = true;
    }
    if (words < 2 || isInitial(name.back())) {
        return false;
    }
    // Korean names, surname first, the given name two syllables joined by a hyphen ("Kim Min-jun",
    // "Lee Seo-yeon"): the surname is the first word.
    const auto syllablePair = [](const std::string& w) {
        const std::size_t dash = w.find('-');
        if (dash == std::string::npos || w.find('-', dash + 1) != std::string::npos) {
            return false;
        }
        const std::size_t second = w.size() - dash - 1;
        return dash >= 2 && dash <= 4 && second >= 2 && second <= 4
               && std::all_of(w.begin(), w.end(), [](char c) { return c == '-' || isLower(c); });
    };
    const bool koreanOrder = !surnameFirst && name.size() == 2 && syllablePair(name.back().lower)
                             && known(hashed<&Dictionaries::surnames>(), name.front().lower);
    const Token& surname = surnameFirst ? name.front() : name.back();
    const bool knownSurname = koreanOrder || known(hashed<&Dictionaries::surnames>(), surname.lower)
                              || (name.size() >= 2
                                  && surnameShape(cand.text.substr(surname.begin, surname.end - surname.begin),
                                                  hashed<&Dictionaries::surnames>()));
    if (!surnameFirst && hashed<&Dictionaries::nameStopwords>().contains(name.front().lower) && !knownSurname) {
        return false;
    }
    // A street named after a person, its Swedish type written apart in lower case ("Olof Palmes
    // gata", "Karl XII:s torget"): the street words the address rules know.
    std::size_t next = name.back().end;
    while (next < cand.text.size() && cand.text[next] == ' ') {
        ++next;
    }
    std::size_t wordEnd = next;
    while (wordEnd < cand.text.size()
           && (isAlpha(cand.text[wordEnd]) || (static_cast<unsigned char>(cand.text[wordEnd]) >= 0x80))) {
        ++wordEnd;
    }
    if (StreetWords::contains(StreetWords::kSwedishSuffixes, lowerAscii(cand.text.substr(next, wordEnd - next)))) {
        return false;
    }
    cand.begin = name.front().begin;
    cand.end = name.back().end;
    if (knownSurname) {
        cand.scoreDelta += 0.2;
    }
    return !brandNotLabelled(name, cand.text);
}

// A name in capitals ("ERIK JOHANSSON", "ANNA-LENA SVENSSON"): the longest run of its words
// that starts with a known first name (not an everyday word: "MAY", "WILL") and ends with a known
// surname; a brand named after a person ("CALVIN KLEIN") only after a greeting or a label.
bool personNameCapsValidator(Candidate& cand)
{
    thread_local std::vector<Token> toks;
    tokens(cand.text, cand.begin, cand.end, toks);
    for (std::size_t first = 0; first + 1 < toks.size(); ++first) {
        const std::string& given = toks[first].lower;
        if (!known(hashed<&Dictionaries::firstNames>(), given) || hashed<&Dictionaries::nameStopwords>().contains(given)
            || notNameWord(given)) {
            continue;
        }
        for (std::size_t last = toks.size() - 1; last > first; --last) {
            bool inner = true;
            for (std::size_t k = first + 1; k < last; ++k) {
                inner = inner
                        && (known(hashed<&Dictionaries::firstNames>(), toks[k].lower)
                            || known(hashed<&Dictionaries::surnames>(), toks[k].lower));
            }
            if (!inner || notNameWord(toks[last].lower)
                || !known(hashed<&Dictionaries::surnames>(), toks[last].lower)) {
                continue;
            }
            if (brandNotLabelled(std::span(toks).subspan(first, last - first + 1), cand.text)) {
                return false;
            }
            cand.begin = toks[first].begin;
            cand.end = toks[last].end;
            cand.scoreDelta += 0.2;
            return true;
        }
    }
    return false;
}

bool personAfterTitleValidator(Candidate& cand)
{
    thread_local std::vector<Token> toks;
    thread_local std::vector<Token> name;
    tokens(cand.text, cand.begin, cand.end, toks);
    name.clear();
    for (const auto& t : toks) {
        if (notNameWord(t.lower)) {
            break;
        }
        name.push_back(t);
    }
    if (name.empty()) {
        return false;
    }
    cand.begin = name.front().begin;
    cand.end = name.back().end;
    return true;
}

// A name given after "my name is", "call me", "ich heiße", …: not a pronoun or a word that merely
// follows the phrase ("Ich heiße Sie willkommen", "call me back", "call me Maybe"), not cut from a
// longer word ("call me ChatGPT"); after "call me" only a known first name counts.
bool personIntroducedValidator(Candidate& cand)
{
    static constexpr std::string_view notNames[] = {
        "sie",      "ihnen", "ihren", "ihre",  "ihr",   "euch",    "dich",   "mich", "uns",      "du",
        "er",       "es",    "back",  "later", "maybe", "if",      "when",   "now",  "tomorrow", "today",
        "tonight",  "again", "sir",   "madam", "any",   "anytime", "please", "asap", "first",    "soon",
        "whenever", "crazy", "old",   "vous",  "nous",  "dig",     "mig",    "oss",  "ni"};
    if (cand.end < cand.text.size() && isAlpha(cand.text[cand.end])) {
        return false;
    }
    thread_local std::vector<Token> toks;
    tokens(cand.text, cand.begin, cand.end, toks);
    if (toks.empty()) {
        return false;
    }
    for (const auto& t : toks) {
        for (const auto w : notNames) {
            if (t.lower == w) {
                return false;
            }
        }
    }
    const std::size_t lb = cand.begin > 24 ? cand.begin - 24 : 0;
    const std::string phrase = lowerAscii(cand.text.substr(lb, cand.begin - lb));
    if (phrase.find("call me") != std::string::npos
        && !known(hashed<&Dictionaries::firstNames>(), toks.front().lower)) {
        return false;
    }
    return personAfterTitleValidator(cand);
}

// The line above must end in a sign-off ("Regards," "Mit freundlichen Grüßen").
bool personSignatureValidator(Candidate& cand)
{
    const std::string_view text = cand.text;
    // A signature is a short line under a short line; never walk far back (a huge line would make
    // that walk, repeated per candidate, quadratic).
    constexpr std::size_t maxLine = 256;
    std::size_t lineStart = cand.begin;
    while (lineStart > 0 && cand.begin - lineStart < maxLine && text[lineStart - 1] != '\n') {
        --lineStart;
    }
    if (lineStart == 0 || text[lineStart - 1] != '\n') {
        return false;
    }
    // The previous non-empty line.
    std::size_t prevEnd = lineStart - 1;
    std::size_t prevStart = prevEnd;
    for (int guard = 0; guard < 3; ++guard) {
        prevStart = prevEnd;
        while (prevStart > 0 && prevEnd - prevStart < maxLine && text[prevStart - 1] != '\n') {
            --prevStart;
        }
        std::string_view line = text.substr(prevStart, prevEnd - prevStart);
        while (!line.empty() && (line.back() == ' ' || line.back() == '\r' || line.back() == '\t')) {
            line.remove_suffix(1);
        }
        if (!line.empty() || prevStart == 0) {
            break;
        }
        prevEnd = prevStart - 1;
    }
    thread_local std::string line; // kept from call to call: no allocation per candidate
    line.clear();
    for (std::size_t i = prevStart; i < prevEnd && line.size() < 80; ++i) {
        line.push_back(toLower(text[i]));
    }
    while (!line.empty()
           && (line.back() == ' ' || line.back() == '\r' || line.back() == ',' || line.back() == '!'
               || line.back() == '.' || line.back() == '-')) {
        line.pop_back();
    }
    static constexpr std::array<std::string_view, 22> signOffs{
        "regards",      "sincerely",    "thanks",      "thank you",   "cheers",      "best",     "best wishes", "yours",
        "respectfully", "yours truly",  "warmly",      "mvh",         "hälsningar",  "hälsning", "grüßen",      "grüße",
        "gruß",         "cordialement", "bien à vous", "amicalement", "salutations", "take care"};
    bool signOff = false;
    for (const auto s : signOffs) {
        if (line.size() >= s.size() && line.compare(line.size() - s.size(), s.size(), s) == 0) {
            signOff = true;
        }
    }
    if (!signOff) {
        return false;
    }
    thread_local std::vector<Token> toks;
    tokens(text, cand.begin, cand.end, toks);
    for (const auto& t : toks) {
        if (notNameWord(t.lower)) {
            return false;
        }
    }
    if (!toks.empty() && known(hashed<&Dictionaries::firstNames>(), toks.front().lower)) {
        cand.scoreDelta += 0.1;
    }
    return true;
}

// The byte length of the letter of [A-Za-zÀ-ÖØ-öø-ÿĀ-žƠơƯưẠ-ỹ] (the person-name patterns' letters)
// that starts at t[i] and ends before `end`, or 0; `capital` tells whether it is one of the
// patterns' capitals [A-ZÀ-ÖØ-ÞĀ-žƠơƯưẠ-ỹ] (the classes beyond Latin-1 hold both cases).
std::size_t nameLetter(std::string_view t, std::size_t i, std::size_t end, bool& capital)
{
    const auto b = [&](std::size_t k) { return static_cast<unsigned char>(t[k]); };
    const unsigned char c = b(i);
    if (c < 0x80) {
        capital = c >= 'A' && c <= 'Z';
        return capital || (c >= 'a' && c <= 'z') ? 1 : 0;
    }
    if (i + 1 >= end) {
        return 0;
    }
    const unsigned char d = b(i + 1);
    capital = true;
    if (c == 0xC3) {
        capital = d <= 0x9E;
        return d >= 0x80 && d <= 0xBF && d != 0x97 && d != 0xB7 ? 2 : 0; // not × and ÷
    }
    if (c == 0xC4 || c == 0xC5) {
        return d >= 0x80 && d <= (c == 0xC4 ? 0xBF : 0xBE) ? 2 : 0; // Ā-ž
    }
    if (c == 0xC6) {
        return d == 0xA0 || d == 0xA1 || d == 0xAF || d == 0xB0 ? 2 : 0; // Ơ ơ Ư ư
    }
    if (c == 0xE1 && i + 2 < end) {
        const unsigned char e = b(i + 2);
        return (d == 0xBA && e >= 0xA0 && e <= 0xBF) || (d == 0xBB && e >= 0x80 && e <= 0xB9) ? 3 : 0; // Ạ-ỹ
    }
    return 0;
}

constexpr std::array<NamedValidator, 5> validators{{
    {"person-name", &personNameValidator},
    {"person-name-caps", &personNameCapsValidator},
    {"person-after-title", &personAfterTitleValidator},
    {"person-introduced", &personIntroducedValidator},
    {"person-signature", &personSignatureValidator},
}};

} // namespace

std::span<const NamedValidator> ValidatorFamilies::person()
{
    return validators;
}

// Sound for the built-in person-name and person-name-caps patterns only (RuleSet checks the
// pattern). Each word the validators read is a run of the patterns' letters, '-', '\'' and '.'
// between spaces, with no such letter right before or after it; the first-name lists hold
// [a-z]+ only, so a word is a known first name (whole, or a part between hyphens) only if one of
// its maximal letter runs, folded, is one. Such a run starts with a capital, follows a '-', or is
// a particle (van, de, del, della, ...: lower case in the patterns, some of them first names too);
// "van" and "thi" also start the Vietnamese reading, which needs no first name.
bool Validators::mayHoldPersonName(std::string_view text, std::size_t begin, std::size_t end)
{
    end = std::min(end, text.size());
    thread_local std::vector<Token> toks;
    std::size_t i = begin;
    while (i < end) {
        bool capital = false;
        std::size_t n = nameLetter(text, i, end, capital);
        if (n == 0) {
            ++i;
            continue;
        }
        const std::size_t start = i;
        const bool first = capital || (start > begin && text[start - 1] == '-');
        i += n;
        while (i < end && (n = nameLetter(text, i, end, capital)) != 0) {
            i += n;
        }
        const std::string_view run = text.substr(start, i - start);
        if (!first && std::find(kNameParticles.begin(), kNameParticles.end(), run) == kNameParticles.end()) {
            continue;
        }
        tokens(text, start, i, toks);
        const std::string& w = toks.front().lower;
        if (w == "van" || w == "thi" || hashed<&Dictionaries::firstNames>().contains(w)) {
            return true;
        }
    }
    return false;
}
