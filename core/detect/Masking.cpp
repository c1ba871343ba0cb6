// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/detect/Masking.h"

#include <algorithm>

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isContinuation(char c)
{
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

// Every character becomes '*' except ASCII punctuation and spaces kept for shape, and the
// last `keepDigits` digits.
std::string keepLastDigits(std::string_view v, int keepDigits)
{
    int digits = static_cast<int>(std::count_if(v.begin(), v.end(), isDigit));
    std::string out;
    for (const char c : v) {
        if (isContinuation(c)) {
            continue;
        }
        if (isDigit(c)) {
            out.push_back(digits-- <= keepDigits ? c : '*');
        } else if (c == ' ' || c == '-' || c == '.' || c == '(' || c == ')' || c == '+' || c == '/' || c == ':') {
            out.push_back(c);
        } else {
            out.push_back('*');
        }
    }
    return out;
}

std::string stars(std::size_t n)
{
    return std::string(std::min<std::size_t>(n, 12), '*');
}

} // namespace

namespace Masking {

std::string forDisplay(EntityType type, std::string_view v)
{
    switch (type) {
    case EntityType::CreditCard:
    case EntityType::BankAccount:
        return keepLastDigits(v, 4);
    case EntityType::NationalId:
    case EntityType::Phone:
        return keepLastDigits(v, 2);
    case EntityType::Iban: {
        std::string out(v.substr(0, 2));
        out += keepLastDigits(v.substr(std::min<std::size_t>(2, v.size())), 0);
        // Show the last two characters, as banks do on statements.
        if (out.size() >= 2 && v.size() >= 2) {
            out.replace(out.size() - 2, 2, v.substr(v.size() - 2));
        }
        return out;
    }
    case EntityType::Email: {
        const auto at = v.rfind('@');
        const auto dot = v.rfind('.');
        if (at == std::string_view::npos || dot == std::string_view::npos || dot < at || at == 0) {
            return stars(v.size());
        }
        std::string out;
        out.push_back(v[0]);
        out += "***@***";
        out += v.substr(dot);
        return out;
    }
    case EntityType::IpAddress: {
        const auto dot = v.find('.');
        return dot == std::string_view::npos ? stars(v.size()) : std::string(v.substr(0, dot)) + ".*.*.*";
    }
    case EntityType::Secret: {
        // The provider prefix tells which key it is ("AKIA", "ghp_", "-----BEGIN ..."), never more.
        if (v.starts_with("-----BEGIN")) {
            const auto e = v.find("-----", 10);
            return std::string(v.substr(0, e == std::string_view::npos ? 10 : e + 5)) + " [...]";
        }
        const std::size_t keep = v.size() >= 16 ? 4 : 0;
        std::string out(v.substr(0, keep));
        out += "…(" + std::to_string(v.size()) + " chars)";
        return out;
    }
    default:
        break;
    }
    std::size_t cps = 0;
    for (const char c : v) {
        cps += !isContinuation(c);
    }
    if (cps <= 4) {
        return stars(cps);
    }
    std::string out(1, isContinuation(v[1]) || static_cast<unsigned char>(v[0]) >= 0x80 ? '*' : v[0]);
    return out + stars(cps - 1);
}

} // namespace Masking
