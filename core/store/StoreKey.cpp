// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/StoreKey.h"

#include <openssl/crypto.h>
#include <openssl/rand.h>

#include <algorithm>
#include <sys/mman.h>
#include <utility>

StoreKey::StoreKey()
{
    // Keep the key out of swap where the OS lets us; failure (RLIMIT_MEMLOCK) is not fatal.
    m_locked = ::mlock(m_bytes.data(), m_bytes.size()) == 0;
}

StoreKey::~StoreKey()
{
    wipe();
    if (m_locked) {
        ::munlock(m_bytes.data(), m_bytes.size());
    }
}

StoreKey::StoreKey(StoreKey&& other) noexcept
    : StoreKey()
{
    *this = std::move(other);
}

StoreKey& StoreKey::operator=(StoreKey&& other) noexcept
{
    if (this != &other) {
        m_bytes = other.m_bytes;
        m_valid = other.m_valid;
        other.wipe();
    }
    return *this;
}

StoreKey StoreKey::generate()
{
    StoreKey key;
    if (RAND_bytes(key.m_bytes.data(), static_cast<int>(key.m_bytes.size())) == 1) {
        key.m_valid = true;
    } else {
        key.wipe();
    }
    return key;
}

StoreKey StoreKey::fromBytes(std::span<const std::uint8_t> bytes)
{
    StoreKey key;
    if (bytes.size() != Size) {
        return key;
    }
    std::copy(bytes.begin(), bytes.end(), key.m_bytes.begin());
    key.m_valid = true;
    return key;
}

void StoreKey::wipe() noexcept
{
    OPENSSL_cleanse(m_bytes.data(), m_bytes.size());
    m_valid = false;
}
