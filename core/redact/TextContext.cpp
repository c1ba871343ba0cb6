// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/redact/TextContext.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>
#include <array>
#include <cstring>

namespace {

bool isFenceLine(std::string_view line)
{
    std::size_t i = 0;
    while (i < line.size() && i < 3 && line[i] == ' ') {
        ++i;
    }
    const auto rest = line.substr(i);
    return rest.starts_with("```") || rest.starts_with("~~~");
}

// The fence line's info string names a language whose single-quoted strings double the quote.
bool doublesQuotes(std::string_view fenceLine)
{
    std::size_t i = fenceLine.find_first_not_of(" ");
    if (i == std::string_view::npos) {
        return false;
    }
    const char mark = fenceLine[i];
    while (i < fenceLine.size() && fenceLine[i] == mark) {
        ++i;
    }
    std::string lang;
    while (i < fenceLine.size() && fenceLine[i] == ' ') {
        ++i;
    }
    while (i < fenceLine.size() && fenceLine[i] != ' ' && fenceLine[i] != '{' && fenceLine[i] != '\r') {
        const char c = fenceLine[i++];
        lang.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
    }
    return lang == "yaml" || lang == "yml" || lang == "sql" || lang == "mysql" || lang == "postgresql" || lang == "psql"
           || lang == "sqlite" || lang == "plsql" || lang == "tsql";
}

// True when the quote at `q` opens a raw string: r"…", R"…", rb'…', br'…', rf"…", @"…".
bool rawPrefix(std::string_view text, std::size_t q)
{
    const auto word = [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    };
    std::size_t i = q;
    std::size_t letters = 0;
    bool raw = false;
    while (i > 0 && letters < 2) {
        const char c = text[i - 1];
        if (c == 'r' || c == 'R') {
            raw = true;
        } else if (c == '@' && letters == 0) {
            return i < 2 || !word(text[i - 2]);
        } else if (c != 'b' && c != 'B' && c != 'f' && c != 'F') {
            break;
        }
        --i;
        ++letters;
    }
    return raw && letters > 0 && (i == 0 || !word(text[i - 1]));
}

// True when the letters right before the quote at `q` are a string prefix (r, b, f, u and pairs of
// them, as in Python), not the end of a word ("don't").
bool stringPrefix(std::string_view text, std::size_t q)
{
    std::size_t i = q;
    std::size_t letters = 0;
    while (i > 0 && letters < 3) {
        const char c = static_cast<char>(text[i - 1] | 0x20);
        if (c != 'r' && c != 'b' && c != 'f' && c != 'u') {
            break;
        }
        --i;
        ++letters;
    }
    if (letters == 0 || letters > 2) {
        return false;
    }
    const char before = i > 0 ? text[i - 1] : ' ';
    return !((before >= 'a' && before <= 'z') || (before >= 'A' && before <= 'Z') || (before >= '0' && before <= '9')
             || before == '_');
}

void appendUtf8(std::string& out, std::uint32_t cp)
{
    if (cp < 0x80) {
        out.push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
}

bool hex4(std::string_view s, std::size_t at, std::uint32_t& v)
{
    if (at + 4 > s.size()) {
        return false;
    }
    v = 0;
    for (std::size_t i = at; i < at + 4; ++i) {
        const char c = s[i];
        v <<= 4;
        if (c >= '0' && c <= '9') {
            v |= static_cast<std::uint32_t>(c - '0');
        } else if (c >= 'a' && c <= 'f') {
            v |= static_cast<std::uint32_t>(c - 'a' + 10);
        } else if (c >= 'A' && c <= 'F') {
            v |= static_cast<std::uint32_t>(c - 'A' + 10);
        } else {
            return false;
        }
    }
    return true;
}

} // namespace

namespace {

// The bytes outside a string that the scanner below acts on.
constexpr auto kSyntaxByte = [] {
    std::array<bool, 256> t{};
    for (const char c : {'\n', '`', '"', '\''}) {
        t[static_cast<unsigned char>(c)] = true;
    }
    return t;
}();

} // namespace

LiteralContext ContextScanner::at(std::string_view text, std::size_t pos)
{
    const auto fenceCheck = [&] {
        if (!m_fenceKnown) {
            m_lineIsFence = isFenceLine(text.substr(m_lineStart, std::min<std::size_t>(6, text.size() - m_lineStart)));
            m_fenceKnown = m_cursor > m_lineStart + 5 || text.size() >= m_lineStart + 6;
        }
    };
    const std::size_t limit = std::min(pos, text.size());
    while (m_cursor < limit) {
        fenceCheck();
        // Skip the bytes that change nothing: all but the line break on a fence line; in a string
        // (after no backslash) all but the line break, a backslash and its quote; elsewhere all
        // but the line break, the backtick and the quotes.
        if (m_lineIsFence) {
            const void* nl = std::memchr(text.data() + m_cursor, '\n', limit - m_cursor);
            m_cursor = nl ? static_cast<std::size_t>(static_cast<const char*>(nl) - text.data()) : limit;
        } else if (m_quote != 0) {
            if (!m_escape) {
                while (m_cursor < limit && text[m_cursor] != '\n' && text[m_cursor] != '\\'
                       && text[m_cursor] != m_quote) {
                    ++m_cursor;
                }
            }
        } else {
            while (m_cursor < limit && !kSyntaxByte[static_cast<unsigned char>(text[m_cursor])]) {
                ++m_cursor;
            }
        }
        if (m_cursor >= limit) {
            break;
        }
        const char c = text[m_cursor++];
        if (c == '\n') {
            if (m_lineIsFence) {
                m_inFence = !m_inFence;
                // The fence's language decides how single-quoted strings escape: SQL and YAML double the quote.
                m_doubledQuotes = m_inFence && doublesQuotes(text.substr(m_lineStart, m_cursor - 1 - m_lineStart));
            }
            m_lineStart = m_cursor;
            m_fenceKnown = false;
            m_lineIsFence = false;
            m_inInline = false;
            m_quote = 0;
            m_escape = false;
            m_raw = false;
            continue;
        }
        if (m_lineIsFence) {
            continue;
        }
        const bool code = m_wholeIsCode || m_inFence || m_inInline;
        if (m_quote != 0) {
            const bool doubled = m_quote == '\'' && m_doubledQuotes;
            if (m_escape) {
                m_escape = false;
            } else if (c == '\\' && !m_raw && !doubled) {
                m_escape = true;
            } else if (c == m_quote) {
                if (doubled && m_cursor < text.size() && text[m_cursor] == '\'') {
                    ++m_cursor; // '' inside '…' is one quote
                } else {
                    m_quote = 0;
                    m_raw = false;
                }
            }
            continue;
        }
        if (c == '`' && !m_inFence && !m_wholeIsCode) {
            m_inInline = !m_inInline;
            continue;
        }
        if (code && (c == '"' || c == '\'')) {
            // An apostrophe right after a letter ("don't") opens nothing.
            if (c == '\'' && m_cursor >= 2 && !stringPrefix(text, m_cursor - 1)) {
                const unsigned char prev = static_cast<unsigned char>(text[m_cursor - 2]);
                if ((prev >= 'A' && prev <= 'Z') || (prev >= 'a' && prev <= 'z') || prev >= 0x80) {
                    continue;
                }
            }
            m_quote = c;
            // r"…", R'…', rb"…", @"…": raw strings, where a backslash is just a backslash.
            m_raw = m_cursor >= 2 && rawPrefix(text, m_cursor - 1);
        }
    }
    fenceCheck();
    if (m_lineIsFence || m_quote == 0) {
        return m_wholeIsCode && !m_lineIsFence ? LiteralContext::JsonBare : LiteralContext::Plain;
    }
    if (m_raw) {
        return LiteralContext::Plain;
    }
    if (m_quote == '\'') {
        return m_doubledQuotes ? LiteralContext::SingleQuotedDoubled : LiteralContext::SingleQuoted;
    }
    return LiteralContext::DoubleQuoted;
}

namespace TextContext {

bool isJsonDocument(std::string_view text)
{
    const std::size_t i = text.find_first_not_of(" \t\r\n");
    if (i == std::string_view::npos || (text[i] != '{' && text[i] != '[')) {
        return false;
    }
    // Whole-text JSON only: the parser stops at the first error, so prose that happens to start
    // with a bracket costs little.
    QJsonParseError error;
    QJsonDocument::fromJson(QByteArray::fromRawData(text.data(), static_cast<qsizetype>(text.size())), &error);
    return error.error == QJsonParseError::NoError;
}

bool linkTargetAt(std::string_view text, std::size_t pos)
{
    if (pos >= text.size() || text[pos] != '(') {
        return false;
    }
    const auto rest = text.substr(pos + 1, 8);
    for (const std::string_view t : {"http://", "https://", "mailto:", "tel:", "#", "/", "./"}) {
        if (rest.starts_with(t)) {
            return true;
        }
    }
    return false;
}

std::string decode(std::string_view raw, LiteralContext ctx)
{
    if (ctx == LiteralContext::Plain || ctx == LiteralContext::JsonBare) {
        return std::string(raw);
    }
    if (ctx == LiteralContext::SingleQuotedDoubled) {
        std::string out;
        for (std::size_t i = 0; i < raw.size(); ++i) {
            out.push_back(raw[i]);
            if (raw[i] == '\'' && i + 1 < raw.size() && raw[i + 1] == '\'') {
                ++i;
            }
        }
        return out;
    }
    std::string out;
    out.reserve(raw.size());
    for (std::size_t i = 0; i < raw.size(); ++i) {
        const char c = raw[i];
        if (c != '\\' || i + 1 >= raw.size()) {
            out.push_back(c);
            continue;
        }
        const char e = raw[++i];
        switch (e) {
        case '"':
        case '\\':
        case '/':
        case '\'':
            out.push_back(e);
            break;
        case 'n':
            out.push_back('\n');
            break;
        case 'r':
            out.push_back('\r');
            break;
        case 't':
            out.push_back('\t');
            break;
        case 'b':
            out.push_back('\b');
            break;
        case 'f':
            out.push_back('\f');
            break;
        case 'u': {
            std::uint32_t cp = 0;
            if (!hex4(raw, i + 1, cp)) {
                out.push_back('\\');
                out.push_back('u');
                break;
            }
            i += 4;
            std::uint32_t lo = 0;
            if (cp >= 0xD800 && cp <= 0xDBFF && i + 6 < raw.size() && raw[i + 1] == '\\' && raw[i + 2] == 'u'
                && hex4(raw, i + 3, lo) && lo >= 0xDC00 && lo <= 0xDFFF) {
                cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                i += 6;
            } else if (cp >= 0xD800 && cp <= 0xDFFF) {
                cp = 0xFFFD;
            }
            appendUtf8(out, cp);
            break;
        }
        default:
            out.push_back('\\');
            out.push_back(e);
            break;
        }
    }
    return out;
}

std::string encode(std::string_view value, LiteralContext ctx)
{
    if (ctx == LiteralContext::Plain || ctx == LiteralContext::JsonBare) {
        return std::string(value);
    }
    if (ctx == LiteralContext::SingleQuotedDoubled) {
        std::string out;
        for (const char c : value) {
            out.push_back(c);
            if (c == '\'') {
                out.push_back('\'');
            }
        }
        return out;
    }
    const char quote = ctx == LiteralContext::DoubleQuoted ? '"' : '\'';
    std::string out;
    out.reserve(value.size() + 8);
    for (const char c : value) {
        const auto u = static_cast<unsigned char>(c);
        if (c == quote || c == '\\') {
            out.push_back('\\');
            out.push_back(c);
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\r') {
            out += "\\r";
        } else if (c == '\t') {
            out += "\\t";
        } else if (u < 0x20) {
            static constexpr char digits[] = "0123456789abcdef";
            out += "\\u00";
            out.push_back(digits[u >> 4]);
            out.push_back(digits[u & 0x0F]);
        } else {
            out.push_back(c);
        }
    }
    return out;
}

std::string convert(std::string_view raw, LiteralContext from, LiteralContext to)
{
    const auto plain = [](LiteralContext c) { return c == LiteralContext::Plain || c == LiteralContext::JsonBare; };
    if (from == to || (plain(from) && plain(to))) {
        return std::string(raw);
    }
    return encode(decode(raw, from), to);
}

} // namespace TextContext
