// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/policy/Json.h"

#include "core/common/Utf8.h"

#include <charconv>
#include <cmath>
#include <cstdlib>
#include <unordered_set>

namespace Json {

const Value* Value::member(std::string_view key) const
{
    for (const auto& [k, v] : members) {
        if (k == key) {
            return &v;
        }
    }
    return nullptr;
}

std::string_view Value::kindName() const
{
    switch (kind) {
    case Kind::Null:
        return "null";
    case Kind::Bool:
        return "a boolean";
    case Kind::Number:
        return "a number";
    case Kind::String:
        return "a string";
    case Kind::Array:
        return "an array";
    case Kind::Object:
        return "an object";
    }
    return "a value";
}

namespace {

class Reader
{
public:
    Reader(std::string_view text, const Options& options, ParseError& error)
        : m_text(text)
        , m_options(options)
        , m_error(error)
    {}

    bool document(Value& out)
    {
        skipSpace();
        if (!value(out, 0)) {
            return false;
        }
        skipSpace();
        if (m_pos < m_text.size()) {
            return fail("unexpected text after the end of the document");
        }
        return true;
    }

private:
    bool fail(std::string message)
    {
        m_error.pos = positionOf(m_text, m_pos);
        m_error.message = std::move(message);
        return false;
    }

    void skipSpace()
    {
        while (m_pos < m_text.size()) {
            const char c = m_text[m_pos];
            if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
                return;
            }
            ++m_pos;
        }
    }

    bool literal(std::string_view word)
    {
        if (m_text.substr(m_pos, word.size()) != word) {
            return fail("unexpected character; expected a value");
        }
        m_pos += word.size();
        return true;
    }

    bool value(Value& out, std::size_t depth)
    {
        if (depth > m_options.maxDepth) {
            return fail("nesting deeper than " + std::to_string(m_options.maxDepth) + " levels");
        }
        out.offset = m_pos;
        if (m_pos >= m_text.size()) {
            return fail("unexpected end of input");
        }
        const char c = m_text[m_pos];
        switch (c) {
        case '{':
            return object(out, depth);
        case '[':
            return array(out, depth);
        case '"':
            out.kind = Value::Kind::String;
            return string(out.string);
        case 't':
            out.kind = Value::Kind::Bool;
            out.boolean = true;
            return literal("true");
        case 'f':
            out.kind = Value::Kind::Bool;
            out.boolean = false;
            return literal("false");
        case 'n':
            out.kind = Value::Kind::Null;
            return literal("null");
        default:
            if (c == '-' || (c >= '0' && c <= '9')) {
                return number(out);
            }
            return fail("unexpected character; expected a value");
        }
    }

    bool number(Value& out)
    {
        const std::size_t start = m_pos;
        if (m_text[m_pos] == '-') {
            ++m_pos;
        }
        const auto digits = [&] {
            const std::size_t s = m_pos;
            while (m_pos < m_text.size() && m_text[m_pos] >= '0' && m_text[m_pos] <= '9') {
                ++m_pos;
            }
            return m_pos - s;
        };
        const std::size_t intStart = m_pos;
        if (digits() == 0) {
            return fail("a number needs digits");
        }
        if (m_text[intStart] == '0' && m_pos - intStart > 1) {
            return fail("a number must not start with 0");
        }
        bool integer = true;
        if (m_pos < m_text.size() && m_text[m_pos] == '.') {
            ++m_pos;
            integer = false;
            if (digits() == 0) {
                return fail("a number needs digits after the decimal point");
            }
        }
        if (m_pos < m_text.size() && (m_text[m_pos] == 'e' || m_text[m_pos] == 'E')) {
            ++m_pos;
            integer = false;
            if (m_pos < m_text.size() && (m_text[m_pos] == '+' || m_text[m_pos] == '-')) {
                ++m_pos;
            }
            if (digits() == 0) {
                return fail("a number needs digits in its exponent");
            }
        }
        out.kind = Value::Kind::Number;
        out.string.assign(m_text.substr(start, m_pos - start));
        out.integer = integer;
        out.number = std::strtod(out.string.c_str(), nullptr);
        if (!std::isfinite(out.number)) {
            return fail("number out of range");
        }
        return true;
    }

    static void appendUtf8(std::string& out, std::uint32_t cp)
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

    bool hex4(std::uint32_t& v)
    {
        if (m_pos + 4 > m_text.size()) {
            return fail("unfinished \\u escape");
        }
        v = 0;
        for (int i = 0; i < 4; ++i) {
            const char c = m_text[m_pos++];
            v <<= 4;
            if (c >= '0' && c <= '9') {
                v |= static_cast<std::uint32_t>(c - '0');
            } else if (c >= 'a' && c <= 'f') {
                v |= static_cast<std::uint32_t>(c - 'a' + 10);
            } else if (c >= 'A' && c <= 'F') {
                v |= static_cast<std::uint32_t>(c - 'A' + 10);
            } else {
                return fail("invalid \\u escape");
            }
        }
        return true;
    }

    bool string(std::string& out)
    {
        ++m_pos; // the opening quote
        out.clear();
        while (true) {
            if (m_pos >= m_text.size()) {
                return fail("unterminated string");
            }
            const char c = m_text[m_pos];
            if (c == '"') {
                ++m_pos;
                return true;
            }
            if (static_cast<unsigned char>(c) < 0x20) {
                return fail("control character in a string (write it as an escape)");
            }
            if (c != '\\') {
                out.push_back(c);
                ++m_pos;
                continue;
            }
            if (++m_pos >= m_text.size()) {
                return fail("unterminated string");
            }
            const char e = m_text[m_pos++];
            switch (e) {
            case '"':
            case '\\':
            case '/':
                out.push_back(e);
                break;
            case 'b':
                out.push_back('\b');
                break;
            case 'f':
                out.push_back('\f');
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
            case 'u': {
                std::uint32_t cp = 0;
                if (!hex4(cp)) {
                    return false;
                }
                if (cp >= 0xD800 && cp <= 0xDBFF) {
                    std::uint32_t lo = 0;
                    if (m_text.substr(m_pos, 2) != "\\u" || (m_pos += 2, !hex4(lo)) || lo < 0xDC00 || lo > 0xDFFF) {
                        return fail("unpaired surrogate in a \\u escape");
                    }
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
                    return fail("unpaired surrogate in a \\u escape");
                }
                appendUtf8(out, cp);
                break;
            }
            default:
                return fail("invalid escape in a string");
            }
        }
    }

    bool array(Value& out, std::size_t depth)
    {
        out.kind = Value::Kind::Array;
        ++m_pos;
        skipSpace();
        if (m_pos < m_text.size() && m_text[m_pos] == ']') {
            ++m_pos;
            return true;
        }
        while (true) {
            skipSpace();
            Value item;
            if (!value(item, depth + 1)) {
                return false;
            }
            out.items.push_back(std::move(item));
            skipSpace();
            if (m_pos >= m_text.size()) {
                return fail("unterminated array: expected ',' or ']'");
            }
            if (m_text[m_pos] == ',') {
                ++m_pos;
                continue;
            }
            if (m_text[m_pos] == ']') {
                ++m_pos;
                return true;
            }
            return fail("expected ',' or ']' in an array");
        }
    }

    bool object(Value& out, std::size_t depth)
    {
        out.kind = Value::Kind::Object;
        ++m_pos;
        skipSpace();
        if (m_pos < m_text.size() && m_text[m_pos] == '}') {
            ++m_pos;
            return true;
        }
        std::unordered_set<std::string> keys;
        while (true) {
            skipSpace();
            if (m_pos >= m_text.size() || m_text[m_pos] != '"') {
                return fail("expected a key in double quotes");
            }
            const std::size_t keyPos = m_pos;
            std::string key;
            if (!string(key)) {
                return false;
            }
            if (!keys.insert(key).second) {
                m_error.pos = positionOf(m_text, keyPos);
                m_error.message = "duplicate key \"" + key + "\"";
                return false;
            }
            skipSpace();
            if (m_pos >= m_text.size() || m_text[m_pos] != ':') {
                return fail("expected ':' after a key");
            }
            ++m_pos;
            skipSpace();
            Value v;
            if (!value(v, depth + 1)) {
                return false;
            }
            out.members.emplace_back(std::move(key), std::move(v));
            out.keyOffsets.push_back(keyPos);
            skipSpace();
            if (m_pos >= m_text.size()) {
                return fail("unterminated object: expected ',' or '}'");
            }
            if (m_text[m_pos] == ',') {
                ++m_pos;
                continue;
            }
            if (m_text[m_pos] == '}') {
                ++m_pos;
                return true;
            }
            return fail("expected ',' or '}' in an object");
        }
    }

    std::string_view m_text;
    const Options& m_options;
    ParseError& m_error;
    std::size_t m_pos = 0;
};

} // namespace

Position positionOf(std::string_view text, std::size_t offset)
{
    Utf8::PositionTracker t;
    t.advance(text.substr(0, std::min(offset, text.size())));
    return {static_cast<std::size_t>(t.position().line), static_cast<std::size_t>(t.position().column)};
}

bool parse(std::string_view text, Value& out, ParseError& error, const Options& options)
{
    if (text.size() > options.maxBytes) {
        error.pos = {};
        error.message = "larger than " + std::to_string(options.maxBytes) + " bytes";
        return false;
    }
    // Invalid UTF-8 anywhere is refused before parsing, with its position.
    std::uint64_t firstInvalid = text.size();
    Utf8::Validator v;
    v.feed(text, [&](std::uint64_t off) { firstInvalid = std::min<std::uint64_t>(firstInvalid, off); });
    v.finish([&](std::uint64_t off) { firstInvalid = std::min<std::uint64_t>(firstInvalid, off); });
    if (firstInvalid < text.size()) {
        error.pos = positionOf(text, static_cast<std::size_t>(firstInvalid));
        error.message = "bytes that are not valid UTF-8";
        return false;
    }
    out = Value{};
    return Reader(text, options, error).document(out);
}

} // namespace Json
