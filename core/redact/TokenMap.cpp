// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/redact/TokenMap.h"

#include "core/common/Crypto.h"
#include "core/detect/validators/CharClass.h"

#include <algorithm>

namespace {

std::string valueKey(EntryKind kind, std::string_view normKey)
{
    std::string k(1, static_cast<char>('0' + static_cast<int>(kind)));
    k += normKey;
    return k;
}

} // namespace

std::string normaliseValue(EntityType type, std::string_view value)
{
    std::string out;
    out.reserve(value.size());
    switch (type) {
    case EntityType::Email:
        for (const char c : value) {
            out.push_back(CharClass::toLower(c));
        }
        return out;
    case EntityType::CreditCard:
    case EntityType::Iban:
    case EntityType::Phone:
    case EntityType::BankAccount:
    case EntityType::NationalId:
    case EntityType::Passport:
    case EntityType::DriverLicense:
    case EntityType::MacAddress:
        for (const char c : value) {
            if (!CharClass::isSpace(c) && c != '-' && c != '.' && c != '(' && c != ')' && c != ':') {
                out.push_back(CharClass::toUpper(c));
            }
        }
        return out;
    case EntityType::Secret:
        // A key is case-sensitive and its bytes are the value.
        return std::string(value);
    default:
        break;
    }
    bool space = false;
    for (const char c : value) {
        if (CharClass::isSpace(c)) {
            space = !out.empty();
            continue;
        }
        if (space) {
            out.push_back(' ');
            space = false;
        }
        out.push_back(CharClass::toLower(c));
    }
    return out;
}

TokenMap::TokenMap(std::string hmacKey)
    : m_key(std::move(hmacKey))
{}

TokenMap::~TokenMap()
{
    for (auto& e : m_entries) {
        Crypto::wipe(e.original);
    }
    Crypto::wipe(m_key);
}

std::string TokenMap::keyFor(EntityType type, std::string_view value) const
{
    std::string data(entityTypeName(type));
    data.push_back('\0');
    data += normaliseValue(type, value);
    std::string k = Crypto::hmacSha256Hex(m_key, data, 32);
    Crypto::wipe(data);
    return k;
}

const VaultEntry* TokenMap::findValue(std::string_view normKey, EntryKind kind) const
{
    const auto it = m_byValue.find(valueKey(kind, normKey));
    return it == m_byValue.end() ? nullptr : &m_entries[it->second];
}

const VaultEntry* TokenMap::findToken(std::string_view tokenKey) const
{
    const auto it = m_byToken.find(std::string(tokenKey));
    return it == m_byToken.end() ? nullptr : &m_entries[it->second];
}

std::vector<const VaultEntry*> TokenMap::surrogates() const
{
    std::vector<const VaultEntry*> out;
    for (const auto& e : m_entries) {
        if (e.kind == EntryKind::Surrogate) {
            out.push_back(&e);
        }
    }
    return out;
}

std::uint32_t TokenMap::nextNumber(std::string_view label) const
{
    const auto it = m_maxNumber.find(std::string(label));
    return it == m_maxNumber.end() ? 1 : it->second + 1;
}

void TokenMap::index(std::size_t i)
{
    const VaultEntry& e = m_entries[i];
    if (e.kind == EntryKind::Token || e.kind == EntryKind::Surrogate) {
        m_byValue.emplace(valueKey(e.kind, e.normKey), i);
    }
    if (e.kind != EntryKind::Surrogate) {
        m_byToken.emplace(e.text, i);
        auto& max = m_maxNumber[e.label];
        if (e.number > max) {
            max = e.number;
        }
    }
}

const VaultEntry& TokenMap::add(VaultEntry entry)
{
    m_entries.push_back(std::move(entry));
    index(m_entries.size() - 1);
    return m_entries.back();
}

void TokenMap::load(VaultEntry entry)
{
    // Loaded entries come before any new one.
    add(std::move(entry));
    m_saved = m_entries.size();
}

void TokenMap::rollback(std::size_t count)
{
    count = std::max(count, m_saved);
    if (count >= m_entries.size()) {
        return;
    }
    for (std::size_t i = count; i < m_entries.size(); ++i) {
        Crypto::wipe(m_entries[i].original);
    }
    m_entries.resize(count);
    m_byValue.clear();
    m_byToken.clear();
    m_maxNumber.clear();
    for (std::size_t i = 0; i < m_entries.size(); ++i) {
        index(i);
    }
}
