// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

/**
 * Word lists compiled into the binary from the text files in resources/dictionaries (sources and licences in
 * resources/dictionaries/SOURCES.md). Entries are lower case and sorted; multi-word entries are
 * separated by single spaces. The arrays live for the whole program.
 */
namespace Dictionaries {
std::span<const std::string_view> firstNames();
std::span<const std::string_view> surnames();
std::span<const std::string_view> nameStopwords();
/** Brands, companies, venues and characters named after people ("calvin klein"), folded to ASCII. */
std::span<const std::string_view> nameBrands();
std::span<const std::string_view> medicalConditions();
/** German, French and Swedish conditions: matched with their languages' inflected endings. */
std::span<const std::string_view> medicalConditionsIntl();
std::span<const std::string_view> medications();
/** First names by gender, only for surrogates after a gendered title ("Mrs", "Herr"). */
std::span<const std::string_view> surrogateFemaleNames();
std::span<const std::string_view> surrogateMaleNames();

/** Binary search in one of the sorted lists; `word` must be lower case. */
inline bool contains(std::span<const std::string_view> list, std::string_view word)
{
    std::size_t lo = 0;
    std::size_t hi = list.size();
    while (lo < hi) {
        const std::size_t mid = (lo + hi) / 2;
        if (list[mid] < word) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    return lo < list.size() && list[lo] == word;
}

/**
 * The same question as contains(), answered from a hash table built once from the list: one or two
 * slots read instead of a dozen string compares spread over the list (the person-name validator
 * asks several words of each capitalised pair it sees). The list must outlive the index.
 */
class Index
{
public:
    explicit Index(std::span<const std::string_view> list);
    bool contains(std::string_view word) const;

private:
    static std::uint32_t hash(std::string_view word);
    std::span<const std::string_view> m_list;
    // Open addressing, linear probing; a slot holds (hash << 32) | (entry + 1), 0 when empty.
    std::vector<std::uint64_t> m_slots;
    std::size_t m_mask = 0;
};
} // namespace Dictionaries
