// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <span>

/**
 * The 256-bit raw key of the encrypted store. The bytes live in one fixed buffer that is locked
 * into memory where the OS allows it and wiped when the key is destroyed or moved from. A key is
 * never logged, printed, formatted into SQL or written anywhere but the keychain or the key file.
 * Not copyable; move only. Any thread may use a key it owns.
 */
class StoreKey
{
public:
    static constexpr std::size_t Size = 32;

    /** An all-zero key; valid() is false. */
    StoreKey();
    ~StoreKey();
    StoreKey(StoreKey&& other) noexcept;
    StoreKey& operator=(StoreKey&& other) noexcept;
    StoreKey(const StoreKey&) = delete;
    StoreKey& operator=(const StoreKey&) = delete;

    /** 256 bits from OpenSSL's RAND_bytes; an invalid key when the generator fails. */
    static StoreKey generate();
    /** A key from exactly Size bytes; an invalid key for any other length. */
    static StoreKey fromBytes(std::span<const std::uint8_t> bytes);

    bool valid() const { return m_valid; }
    std::span<const std::uint8_t, Size> bytes() const { return m_bytes; }

private:
    void wipe() noexcept;

    std::array<std::uint8_t, Size> m_bytes{};
    bool m_valid = false;
    bool m_locked = false;
};
