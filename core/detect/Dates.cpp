// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/detect/Dates.h"

#include "core/common/Tr.h"
#include "core/detect/Validators.h"
#include "core/detect/validators/CharClass.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <limits>
#include <optional>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace {

using CharClass::isAlpha;
using CharClass::isDigit;
using CharClass::isWordChar;
using Validators::validDayMonth;

// Short enough for std::string's inline buffer: a log may hold a date on every line.
constexpr const char* kReason = SCRIM_TR_NOOP("Rules", "Calendar date");

// English month names; a date writes them in full or as their first three letters ("Sept" too),
// capitalised or in upper case.
constexpr std::array<std::string_view, 12> kEnglishMonths{"january",
                                                          "february",
                                                          "march",
                                                          "april",
                                                          "may",
                                                          "june",
                                                          "july",
                                                          "august",
                                                          "september",
                                                          "october",
                                                          "november",
                                                          "december"};

// German, French and Swedish names as written (German capitalised, French and Swedish lower case),
// only in "12. März 1985" / "7 juillet 1985" / "3 maj 1990": day, name and four-digit year. Each
// spelling once (Swedish shares "mars" with French and several names with German in lower case).
constexpr std::array<std::string_view, 33> kOtherMonths{
    "Januar",  "Februar",  "März",      "April",   "Mai",      "Juni",     "Juli",    "August",   "September",
    "Oktober", "November", "Dezember",  "janvier", "février",  "mars",     "avril",   "mai",      "juin",
    "juillet", "août",     "septembre", "octobre", "novembre", "décembre", "januari", "februari", "april",
    "maj",     "juni",     "juli",      "augusti", "oktober",  "december"};

bool isSep(char c)
{
    return c == '-' || c == '.' || c == '/';
}

// A letter of a word: ASCII, or any byte of a multi-byte UTF-8 character (the month names beyond ASCII).
bool letterByte(char c)
{
    return isAlpha(c) || static_cast<unsigned char>(c) >= 0x80;
}

// The first letters of the English month names, in upper case.
bool isMonthInitial(char c)
{
    switch (c) {
    case 'J':
    case 'F':
    case 'M':
    case 'A':
    case 'S':
    case 'O':
    case 'N':
    case 'D':
        return true;
    default:
        return false;
    }
}

// The longest month name in bytes ("septembre", "SEPTEMBER", "décembre" in UTF-8).
constexpr std::size_t kLongestName = 9;

// Reads a text from one position on; every read is bounds-checked, so a date cut off by the end of
// the text simply does not parse.
class Reader
{
public:
    Reader(std::string_view text, std::size_t pos)
        : m_text(text)
        , m_pos(pos)
    {}

    std::size_t pos() const { return m_pos; }
    void seek(std::size_t pos) { m_pos = pos; }
    char peek(std::size_t ahead = 0) const { return m_pos + ahead < m_text.size() ? m_text[m_pos + ahead] : '\0'; }
    bool take(char c)
    {
        if (peek() != c) {
            return false;
        }
        ++m_pos;
        return true;
    }
    bool take(std::string_view s)
    {
        if (m_text.substr(m_pos, s.size()) != s) {
            return false;
        }
        m_pos += s.size();
        return true;
    }
    /** A run of `minWidth`..`maxWidth` digits (not followed by another digit): its value and width. */
    std::optional<std::pair<int, int>> number(int minWidth, int maxWidth)
    {
        std::int64_t value = 0; // at most ten digits are read (one too many ends the run)
        int width = 0;
        while (isDigit(peek()) && width <= maxWidth) {
            value = value * 10 + (peek() - '0');
            ++width;
            ++m_pos;
        }
        if (width < minWidth || width > maxWidth) {
            return std::nullopt;
        }
        return std::pair{static_cast<int>(value), width};
    }
    /** The run of letters (ASCII or any byte of a multi-byte UTF-8 character) from here; a run
     *  longer than any month's name is read no further than that. */
    std::string_view word()
    {
        const std::size_t b = m_pos;
        while (m_pos < m_text.size() && m_pos - b <= kLongestName && letterByte(m_text[m_pos])) {
            ++m_pos;
        }
        return m_text.substr(b, m_pos - b);
    }
    /** The value ends here: no word character follows, nor a separator and a digit ("1.2.34.5"). */
    bool endsHere() const { return !isWordChar(peek()) && !(isSep(peek()) && isDigit(peek(1))); }

private:
    std::string_view m_text;
    std::size_t m_pos;
};

bool yearOk(int value, int width)
{
    return width != 4 || (value >= 1900 && value <= 2099);
}

// "May", "MAY", "Sept", "September", "SEPTEMBER": the month (1-12) or 0.
int englishMonth(std::string_view w)
{
    if (w.size() < 3 || !CharClass::isUpper(w[0])) {
        return 0;
    }
    const bool upper = w.size() > 1 && CharClass::isUpper(w[1]);
    std::array<char, 12> lower{};
    if (w.size() > lower.size()) {
        return 0;
    }
    for (std::size_t i = 0; i < w.size(); ++i) {
        // Capitalised ("March") or all upper case ("MARCH"), nothing in between ("MArch").
        if (i > 0 && (upper ? !CharClass::isUpper(w[i]) : !CharClass::isLower(w[i]))) {
            return 0;
        }
        lower[i] = CharClass::toLower(w[i]);
    }
    const std::string_view l(lower.data(), w.size());
    for (std::size_t m = 0; m < kEnglishMonths.size(); ++m) {
        const std::string_view full = kEnglishMonths[m];
        if (l == full || l == full.substr(0, 3) || (m == 8 && l == "sept")) {
            return static_cast<int>(m) + 1;
        }
    }
    return 0;
}

bool otherMonth(std::string_view w)
{
    return std::find(kOtherMonths.begin(), kOtherMonths.end(), w) != kOtherMonths.end();
}

// The ordinal suffix of `day` ("1st", "2nd", "3rd", "11th", "22nd"), taken when it is there.
void takeOrdinal(Reader& r, int day)
{
    const int last = day % 10;
    const bool teen = day / 10 == 1;
    const std::string_view suffix =
        teen || last == 0 || last > 3 ? "th" : (last == 1 ? "st" : (last == 2 ? "nd" : "rd"));
    if (r.peek() == suffix[0] && r.peek(1) == suffix[1]) {
        r.seek(r.pos() + 2);
    }
}

// "T14:30", "T14:30:00Z", " 09:15:30.500-07:00" after an ISO date: the end of the time, or nullopt.
std::optional<std::size_t> isoTime(Reader r)
{
    if (!r.take('T') && !r.take(' ')) {
        return std::nullopt;
    }
    const auto h = r.number(2, 2);
    if (!h || h->first > 23 || !r.take(':')) {
        return std::nullopt;
    }
    const auto m = r.number(2, 2);
    if (!m || m->first > 59) {
        return std::nullopt;
    }
    if (r.peek() == ':' && isDigit(r.peek(1))) {
        r.take(':');
        const auto s = r.number(2, 2);
        if (!s || s->first > 60) {
            return std::nullopt;
        }
        if ((r.peek() == '.' || r.peek() == ',') && isDigit(r.peek(1))) {
            r.seek(r.pos() + 1);
            if (!r.number(1, 9)) {
                return std::nullopt;
            }
        }
    }
    const std::size_t beforeZone = r.pos();
    if (r.take('Z')) {
        return r.pos();
    }
    if (r.peek() == '+' || r.peek() == '-') {
        r.seek(r.pos() + 1);
        const auto zh = r.number(2, 2);
        if (zh && zh->first <= 23) {
            r.take(':');
            const auto zm = r.number(2, 2);
            if (zm && zm->first <= 59) {
                return r.pos();
            }
        }
    }
    return beforeZone;
}

// A date that starts with digits at `b`: its end, or nullopt.
std::optional<std::size_t> fromDigits(std::string_view text, std::size_t b)
{
    Reader r(text, b);
    const auto first = r.number(1, 4);
    if (!first) {
        return std::nullopt;
    }
    const char sep = r.peek();
    if (first->second == 4) {
        // Year first: ISO 8601 "2024-03-15" (with a time), "2024/3/15", "2024.03.15".
        if (!yearOk(first->first, 4) || !isSep(sep)) {
            return std::nullopt;
        }
        r.take(sep);
        const int width = sep == '-' ? 2 : 1;
        const auto month = r.number(width, 2);
        if (!month || !r.take(sep)) {
            return std::nullopt;
        }
        const auto day = r.number(width, 2);
        if (!day || !validDayMonth(day->first, month->first, first->first)) {
            return std::nullopt;
        }
        if (sep == '-') {
            if (const auto t = isoTime(r); t && Reader(text, *t).endsHere()) {
                return *t;
            }
        }
        return r.endsHere() ? std::optional{r.pos()} : std::nullopt;
    }
    if (first->second > 2) {
        return std::nullopt;
    }
    if (isSep(sep) && isDigit(r.peek(1))) {
        // "5/20/2021", "21.5.21", "05-21-21": day and month in either order, a two- or four-digit year.
        r.take(sep);
        const auto second = r.number(1, 2);
        if (!second || !r.take(sep)) {
            return std::nullopt;
        }
        const auto year = r.number(2, 4);
        if (!year || year->second == 3 || !yearOk(year->first, year->second) || !r.endsHere()) {
            return std::nullopt;
        }
        const int y = year->second == 4 ? year->first : 0;
        // Dots are written day first (DE, SE, …); month first with dots is a version number
        // ("lodash 4.17.21"), so only the day-first reading counts there.
        const bool valid = validDayMonth(first->first, second->first, y)
                           || (sep != '.' && validDayMonth(second->first, first->first, y));
        return valid ? std::optional{r.pos()} : std::nullopt;
    }
    // Day, then a month's name: "21-May", "1st of May, 2021", "5-MAY-2021", "12. März 1985".
    if (first->first < 1 || first->first > 31 || !(sep == ' ' || sep == '-' || sep == '.' || isAlpha(sep))) {
        return std::nullopt;
    }
    const std::size_t afterDay = r.pos();
    takeOrdinal(r, first->first);
    const bool ordinal = r.pos() != afterDay;
    if (!(r.take(" of ") || r.take(' ') || r.take('-') || (!ordinal && r.take(". ")))) {
        return std::nullopt;
    }
    const std::size_t nameAt = r.pos();
    const std::string_view name = r.word();
    if (englishMonth(name) != 0) {
        const std::size_t afterName = r.pos();
        if (r.take(", ") || r.take(',') || r.take(' ') || r.take('-')) {
            const auto year = r.number(2, 4);
            if (year && year->second != 3 && yearOk(year->first, year->second) && r.endsHere()) {
                return r.pos();
            }
        }
        r.seek(afterName);
        return r.endsHere() ? std::optional{r.pos()} : std::nullopt;
    }
    r.seek(nameAt);
    if (otherMonth(r.word()) && r.take(' ')) {
        const auto year = r.number(4, 4);
        if (year && yearOk(year->first, 4) && r.endsHere()) {
            return r.pos();
        }
    }
    return std::nullopt;
}

// A date that starts with an English month name at `b`: "May 1st", "May 1st, 1977", "May-21", "March 2024".
std::optional<std::size_t> fromMonth(std::string_view text, std::size_t b)
{
    Reader r(text, b);
    if (englishMonth(r.word()) == 0) {
        return std::nullopt;
    }
    r.take('.');
    const bool dash = r.take('-');
    if (!dash && !r.take(' ')) {
        return std::nullopt;
    }
    const auto n = r.number(1, 4);
    if (!n || n->second == 3) {
        return std::nullopt;
    }
    if (n->second == 4) {
        return yearOk(n->first, 4) && r.endsHere() ? std::optional{r.pos()} : std::nullopt;
    }
    // One or two digits: a day ("May 21"), or a two-digit year after a dash ("Dec-85").
    const bool day = n->first >= 1 && n->first <= 31;
    if (!day && !(dash && n->second == 2)) {
        return std::nullopt;
    }
    if (day) {
        takeOrdinal(r, n->first);
    }
    const std::size_t afterDay = r.pos();
    if (day && (r.take(", ") || r.take(' '))) {
        const auto year = r.number(4, 4);
        if (year && yearOk(year->first, 4) && r.endsHere()) {
            return r.pos();
        }
    }
    r.seek(afterDay);
    return r.endsHere() ? std::optional{r.pos()} : std::nullopt;
}

// The most bytes between a month name's first letter and the digits after it ("SEPTEMBER. 1").
constexpr std::size_t kMonthReach = 12;

// How far before a piece's start the scan looks for a place to resume from.
constexpr std::size_t kResumeReach = 256;

// The first digit at or after `i` (before `end`), or `end`.
std::size_t nextDigit(std::string_view text, std::size_t i, std::size_t end)
{
#if defined(__SSE2__)
    const __m128i zero = _mm_set1_epi8('0');
    const __m128i nine = _mm_set1_epi8(9);
    for (; i + 16 <= end; i += 16) {
        const __m128i d = _mm_sub_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i)), zero);
        const auto mask = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_min_epu8(d, nine), d)));
        if (mask != 0) {
            return i + static_cast<std::size_t>(std::countr_zero(mask));
        }
    }
#endif
    while (i < end && !isDigit(text[i])) {
        ++i;
    }
    return i;
}

// True when the two bytes before `p` are an escape for white space written out ("\n", "\t", "\r"
// after an odd number of backslashes), which the rule engine reads as blanks too.
bool escapeBefore(std::string_view text, std::size_t p)
{
    if (p < 2 || (text[p - 1] != 'n' && text[p - 1] != 't' && text[p - 1] != 'r')) {
        return false;
    }
    std::size_t run = 0;
    for (std::size_t k = p - 1; k > 0 && text[k - 1] == '\\'; --k) {
        ++run;
    }
    return run % 2 == 1;
}

// A value may start at `p`: no word character glued to it before (an escape counts as a blank).
bool startsWord(std::string_view text, std::size_t p)
{
    return p == 0 || !isWordChar(text[p - 1]) || escapeBefore(text, p);
}

// Where a month's name starts that a date may begin with, when the digits at `i` follow it as in
// "May 1st", "Dec. 2024" or "May-21"; else `i`.
std::size_t monthBefore(std::string_view text, std::size_t i)
{
    if (i < 4 || (text[i - 1] != ' ' && text[i - 1] != '-')) {
        return i;
    }
    std::size_t wordEnd = i - 1;
    if (text[wordEnd - 1] == '.') {
        --wordEnd;
    }
    std::size_t w = wordEnd;
    while (w > 0 && wordEnd - w <= kLongestName && isAlpha(text[w - 1]) && !escapeBefore(text, w)) {
        --w;
    }
    const std::size_t len = wordEnd - w;
    if (len < 3 || len > kLongestName || !isMonthInitial(text[w]) || !startsWord(text, w)) {
        return i;
    }
    return w;
}

// A byte a date can hold: digits, letters (and the bytes of the month names beyond ASCII), and
// ' ', ',', '.', ':', '/', '+', '-'.
bool dateByte(char c)
{
    return isWordChar(c) || static_cast<unsigned char>(c) >= 0x80 || c == ' ' || c == ',' || c == '.' || c == ':'
           || c == '/' || c == '+' || c == '-';
}

// The last place at or before `begin` from which a scan decides as one from the start of the text
// does: after a byte no date holds, or at a word no date holds (letters that are not a month's name,
// "of", or a day's ordinal). Dates are found from left to right and may not overlap, so where one
// began can depend on the one before; no date reaches across such a place. Looks back at most
// kResumeReach bytes.
std::size_t resumePoint(std::string_view text, std::size_t begin)
{
    const std::size_t floor = begin > kResumeReach ? begin - kResumeReach : 0;
    std::size_t p = begin;
    while (p > floor) {
        const char c = text[p - 1];
        if (!dateByte(c)) {
            return p;
        }
        if (!letterByte(c)) {
            --p;
            continue;
        }
        std::size_t w = p - 1;
        while (w > floor && letterByte(text[w - 1])) {
            --w;
        }
        std::size_t e = p;
        while (e < text.size() && e - w <= kLongestName && letterByte(text[e])) {
            ++e;
        }
        const std::string_view word = text.substr(w, e - w);
        const bool ordinal = word.size() == 2 && w > 0 && isDigit(text[w - 1]);
        if (w > floor && word.size() >= 2 && word != "of" && !ordinal && englishMonth(word) == 0 && !otherMonth(word)) {
            return w; // no date ends glued to a letter, and none holds this word
        }
        p = w;
    }
    return floor;
}

} // namespace

namespace Dates {

void find(std::string_view text, std::size_t begin, std::size_t end, std::vector<Finding>& out)
{
    end = std::min(end, text.size());
    // A date that starts before `begin` may cover the first bytes after it ("5-MAY-2021" split
    // after "5-"): dates are read from the last place before `begin` where one call over the whole
    // text would decide the same way, and those before `begin` only say where the next may start.
    std::size_t i = resumePoint(text, begin);
    while (i > 0 && i < end && isDigit(text[i - 1])) {
        ++i; // the middle of a digit run (only where no place to resume was in reach)
    }
    // Every date has digits: the scan jumps from one run of digits to the next, and looks at the
    // word before a run for a month's name ("May 1st", "Dec-85"). A date that starts with a name
    // before `end` may have its digits after it, so runs are read that far beyond `end`.
    const std::size_t digitsEnd = std::min(text.size(), end + kMonthReach);
    std::size_t free = i; // where the next date may start: after the last one
    for (i = nextDigit(text, i, digitsEnd); i < digitsEnd; i = nextDigit(text, i, digitsEnd)) {
        std::size_t runEnd = i + 1;
        while (runEnd < text.size() && isDigit(text[runEnd])) {
            ++runEnd;
        }
        // A day, a month or a year has 1, 2 or 4 digits, and in a date something follows them.
        const std::size_t runLen = runEnd - i;
        const char next = runEnd < text.size() ? text[runEnd] : '\0';
        const bool part = runLen <= 2 || runLen == 4; // a day, a month or a year; it may end a date ("May 21")
        const bool shaped = part && (isSep(next) || next == ' ' || isAlpha(next));
        std::size_t start = i;
        std::optional<std::size_t> e;
        if (const std::size_t m = part ? monthBefore(text, i) : i; m != i && m >= free && m < end) {
            e = fromMonth(text, m);
            start = m;
        }
        const bool wordStart = startsWord(text, i);
        const bool glued = i > 1 && isSep(text[i - 1]) && isDigit(text[i - 2]); // "1.2.34": part of something longer
        if (!e && i < end && shaped && wordStart && !glued) {
            e = fromDigits(text, i);
            start = i;
        }
        if (!e) {
            i = runEnd;
            continue;
        }
        i = *e;
        free = *e;
        if (start < begin) {
            continue;
        }
        Finding f;
        f.type = EntityType::Date;
        f.category = Category::Pii;
        f.ruleId = kRuleId;
        f.start = start;
        f.end = *e;
        f.score = kScore;
        f.reason = kReason;
        f.ruleIndex = std::numeric_limits<std::uint32_t>::max();
        out.push_back(std::move(f));
    }
}

Rule listing()
{
    Rule r;
    r.id = kRuleId;
    r.type = EntityType::Date;
    r.category = Category::Pii;
    r.baseScore = kScore;
    r.minScore = kScore;
    r.reason = kReason;
    return r;
}

bool isDate(const Finding& f)
{
    return f.ruleId == kRuleId;
}

bool anchors(const Finding& f)
{
    if (isDate(f) || f.testValue) {
        return false;
    }
    switch (f.type) {
    case EntityType::Date:
    case EntityType::Url:
    case EntityType::IpAddress:
    case EntityType::MacAddress:
        return false;
    default:
        return f.category == Category::Pii || f.category == Category::Phi || f.category == Category::Pci;
    }
}

void merge(std::vector<Finding>& findings, std::vector<Finding> dates)
{
    if (dates.empty()) {
        return;
    }
    std::vector<Finding> out;
    out.reserve(findings.size() + dates.size());
    std::size_t k = 0;
    std::size_t reach = 0; // the furthest end of the findings so far
    for (Finding& d : dates) {
        while (k < findings.size() && findings[k].start < d.end) {
            reach = std::max(reach, findings[k].end);
            out.push_back(std::move(findings[k++]));
        }
        // Findings are sorted by start: an overlapping one starts before d ends and reaches past its start.
        if (reach > d.start) {
            continue;
        }
        out.push_back(std::move(d));
    }
    while (k < findings.size()) {
        out.push_back(std::move(findings[k++]));
    }
    findings = std::move(out); // in start order: each date went in after every finding that starts before it
}

void keepCompanions(const std::vector<Finding>& findings,
                    std::vector<Finding>& dates,
                    const std::function<bool(const Finding&)>& isAnchor)
{
    // The anchors in start order, and the furthest end among each prefix of them: a date has an
    // anchor near it when one of those that start before its end plus the reach ends after its
    // start minus the reach.
    std::vector<std::size_t> starts;
    std::vector<std::size_t> reach;
    for (const Finding& f : findings) {
        if (isAnchor(f)) {
            starts.push_back(f.start);
            reach.push_back(std::max(reach.empty() ? 0 : reach.back(), f.end));
        }
    }
    std::erase_if(dates, [&](const Finding& d) {
        const auto k = std::lower_bound(starts.begin(), starts.end(), d.end + kCompanionReach) - starts.begin();
        return k == 0 || reach[static_cast<std::size_t>(k - 1)] + kCompanionReach <= d.start;
    });
}

void findCompanions(std::string_view text,
                    std::size_t begin,
                    std::size_t end,
                    const std::vector<Finding>& findings,
                    std::vector<Finding>& out,
                    const std::function<bool(const Finding&)>& isAnchor)
{
    end = std::min(end, text.size());
    // The stretches where a companion can start: from the reach plus the longest date before an
    // anchor to the reach after it, joined where they meet, within [begin, end).
    std::vector<Finding> dates;
    std::size_t from = 0;
    std::size_t to = 0;
    const auto flush = [&] {
        if (from < to) {
            find(text, from, to, dates);
        }
    };
    for (const Finding& f : findings) {
        if (!isAnchor(f)) {
            continue;
        }
        const std::size_t b =
            std::max(begin, f.start > kCompanionReach + kLongestDate ? f.start - kCompanionReach - kLongestDate : 0);
        const std::size_t e = std::min(end, f.end + kCompanionReach);
        if (b >= e) {
            continue;
        }
        if (b > to) {
            flush();
            from = b;
        }
        to = std::max(to, e);
    }
    flush();
    keepCompanions(findings, dates, isAnchor);
    for (Finding& d : dates) {
        out.push_back(std::move(d));
    }
}

void addCompanions(std::string_view text, std::vector<Finding>& findings)
{
    std::vector<Finding> dates;
    findCompanions(text, 0, text.size(), findings, dates);
    merge(findings, std::move(dates));
}

} // namespace Dates
