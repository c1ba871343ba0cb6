// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>

/** ASCII character tests shared by the validators, the anonymizer and the policy (RE2 patterns are ASCII-bound too). */
namespace CharClass {

inline bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}
inline bool isUpper(char c)
{
    return c >= 'A' && c <= 'Z';
}
inline bool isLower(char c)
{
    return c >= 'a' && c <= 'z';
}
inline bool isAlpha(char c)
{
    return isUpper(c) || isLower(c);
}
inline bool isAlnum(char c)
{
    return isDigit(c) || isAlpha(c);
}
inline char toUpper(char c)
{
    return isLower(c) ? static_cast<char>(c - 'a' + 'A') : c;
}
inline char toLower(char c)
{
    return isUpper(c) ? static_cast<char>(c - 'A' + 'a') : c;
}
/** A word character as RE2's \w and \b see it: ASCII letters, digits and '_'. */
inline bool isWordChar(char c)
{
    return isAlnum(c) || c == '_';
}
inline bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}
/** `s` with ASCII letters in lower case (other bytes as they are). */
inline std::string lowerAscii(std::string_view s)
{
    std::string out(s);
    for (auto& c : out) {
        c = toLower(c);
    }
    return out;
}
/** The number formed by the first `n` digits of `digits` (ASCII digits only). */
inline int prefixNumber(std::string_view digits, std::size_t n)
{
    int v = 0;
    for (std::size_t i = 0; i < n && i < digits.size(); ++i) {
        v = v * 10 + (digits[i] - '0');
    }
    return v;
}
/** True when every character equals the first (placeholders such as "0000…" or "xxxx…"). */
inline bool allSame(std::string_view s)
{
    for (const char c : s) {
        if (c != s.front()) {
            return false;
        }
    }
    return true;
}
/** The ASCII digits of `s`, separators and everything else skipped. */
inline std::string digitsIn(std::string_view s)
{
    std::string d;
    for (const char c : s) {
        if (isDigit(c)) {
            d.push_back(c);
        }
    }
    return d;
}
/** Case-insensitive prefix test; `prefix` must be lower case. */
inline bool startsWithNoCase(std::string_view s, std::string_view prefix)
{
    if (s.size() < prefix.size()) {
        return false;
    }
    for (std::size_t i = 0; i < prefix.size(); ++i) {
        if (toLower(s[i]) != prefix[i]) {
            return false;
        }
    }
    return true;
}

} // namespace CharClass
