// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>
#include <span>
#include <string>
#include <string_view>

/**
 * The words that make a street: the address rules (LocationRules) match them, and the address
 * surrogates (Surrogates) keep them, so both know the same streets.
 */
namespace StreetWords {

/** English street types as written; the rules also accept them in capitals. */
inline constexpr std::string_view kEnglish[] = {
    "Street",  "St",    "Avenue", "Ave",     "Road",  "Rd",     "Boulevard", "Blvd",  "Lane",
    "Ln",      "Drive", "Dr",     "Court",   "Ct",    "Place",  "Pl",        "Way",   "Terrace",
    "Parkway", "Pkwy",  "Circle", "Highway", "Hwy",   "Square", "Sq",        "Close", "Crescent",
    "Gardens", "Grove", "Mews",   "Row",     "Trail", "Trl",    "Walk",      "Hill",  "Parade"};
/** German street names end in these ("Hauptstraße") ... */
inline constexpr std::string_view kGermanSuffixes[] = {"straße",
                                                       "strasse",
                                                       "str.",
                                                       "weg",
                                                       "gasse",
                                                       "platz",
                                                       "allee",
                                                       "damm",
                                                       "ufer",
                                                       "chaussee",
                                                       "steig",
                                                       "pfad",
                                                       "markt"};
/** ... or have them as a word of their own ("Berliner Straße"). */
inline constexpr std::string_view kGermanWords[] = {
    "Straße", "Strasse", "Str.", "Weg", "Gasse", "Platz", "Allee", "Damm", "Ufer", "Chaussee", "Markt"};
/** Swedish street names end in these ("Drottninggatan"). */
inline constexpr std::string_view kSwedishSuffixes[] = {
    "gatan", "vägen", "väg", "gata", "gränd", "gränden", "stigen", "torget", "backen", "allén", "leden"};
/** French street types come before the name ("rue de la Paix"). */
inline constexpr std::string_view kFrench[] = {"rue",
                                               "avenue",
                                               "av.",
                                               "boulevard",
                                               "bd",
                                               "place",
                                               "allée",
                                               "impasse",
                                               "chemin",
                                               "quai",
                                               "route",
                                               "cours",
                                               "passage"};

inline bool contains(std::span<const std::string_view> list, std::string_view word)
{
    return std::find(list.begin(), list.end(), word) != list.end();
}

} // namespace StreetWords
