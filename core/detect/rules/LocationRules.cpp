// SPDX-License-Identifier: GPL-3.0-or-later
// Where people live: street addresses (US, UK, Germany, Sweden, France), UK postcodes, and postal
// codes next to their label. A city name alone is not reported: it identifies nobody.
#include "core/common/Tr.h"
#include "core/detect/StreetWords.h"
#include "core/detect/rules/RuleFamilies.h"

#include <re2/re2.h>

#include <algorithm>
#include <string>
#include <vector>

namespace {

// An address shape alone scores this: a street-type word after a number is also a chapter ("3
// Main Street"), a product ("4 Cloud Drive") or a German compound ("Parkplatz 12"). A word such
// as "address" nearby, or a postal code in or right after the value (street-address validator),
// makes it one.
constexpr double kAddressBase = 0.35;

// Words that make an address-shaped run more likely to be one, in the five languages.
const std::vector<std::string>& addressWords()
{
    static const std::vector<std::string> words{
        "address",   "addr",     "street",        "lives",      "live",     "living",    "located",
        "ship",      "shipping", "deliver",       "delivery",   "mail to",  "resides",   "home",
        "visit",     "adresse",  "anschrift",     "wohnt",      "wohnhaft", "wohnort",   "lieferadresse",
        "adress",    "bor",      "bostadsadress", "gatuadress", "domicile", "demeure",   "habite",
        "livraison", "wohne",    "ship to",       "send to",    "moved to", "moving to", "relocated to"};
    return words;
}

// An upper-case initial of Latin-1 and Latin Extended-A, then lower-case letters: a word of a
// street or town name ("Baker", "Élysées", "McArthur", "O'Connell").
constexpr const char* kCapWord = R"((?:Mc|Mac|O'|O’|D')?[A-ZÀ-ÖØ-ÞĀ-ž][a-zß-öø-ÿĀ-ž'’]+)";
// A UK postcode: outward code (area, district) and inward code (sector, unit letters without C I K M O V).
constexpr const char* kUkPostcode = R"((?:[A-Z]{1,2}[0-9][A-Z0-9]?|GIR) ?[0-9][ABD-HJLNP-UW-Z]{2})";

// The words of `list` as an RE2 alternation (no group around it).
std::string alternation(std::span<const std::string_view> list)
{
    std::string out;
    for (const auto w : list) {
        out += (out.empty() ? "" : "|") + RE2::QuoteMeta(re2::StringPiece(w.data(), w.size()));
    }
    return out;
}

// The English street types as written ("Street") or in capitals ("STREET"), not in lower case:
// "the way", "a row", "close" are words.
std::string englishTypes()
{
    std::string upper = alternation(StreetWords::kEnglish);
    for (auto& c : upper) {
        c = (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
    }
    return alternation(StreetWords::kEnglish) + "|" + upper;
}

std::string englishStreet()
{
    // A name word as written on letters ("Baker", "McArthur") or on shipping labels ("BAKER").
    const std::string cap = std::string("(?:") + kCapWord + R"(|[A-Z][A-Z'’]+))";
    // House number (221, 221B, 12-14), optional direction, one to four name words (or an ordinal,
    // "5th"), a street type; then optionally a unit, and ", Town" with a US state (code
    // or name) and ZIP code or a UK postcode. The value runs through the postcode when it is on the
    // same line.
    return R"(\b([1-9][0-9]{0,5}(?:-[1-9][0-9]{0,5})?[A-Za-z]?,? (?:(?:[NSEW]\.?|North|South|East|West) )?(?:)" + cap
           + R"(|[1-9][0-9]{0,2}(?:st|nd|rd|th|ST|ND|RD|TH))(?: )" + cap + R"(){0,3} (?:)" + englishTypes()
           + R"()\.?(?: (?:NE|NW|SE|SW|N|S|E|W)\b)?(?:,? (?i:Apt|Apartment|Suite|Ste|Unit|Flat|Floor|Fl|#)\.? ?#?[0-9][0-9A-Za-z\-]{0,5})?(?:, )"
           + cap + R"((?: )" + cap
           + R"(){0,2}(?:,? [A-Z]{2} [0-9]{5}(?:-[0-9]{4})?|,? [A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)? [0-9]{5}(?:-[0-9]{4})?|,? )"
           + kUkPostcode + R"()?)?)\b)";
}

// Addresses typed all in lower case, as in chat ("ship to 42 baker street, springfield il 62704",
// "meine adresse: hauptstraße 5", "12 rue de la paix"): the same shapes as the rules above, with
// lower-case words. Street types in lower case are also ordinary words ("the way", "a close
// call"), so the rule needs an address word nearby.
std::string lowerCaseStreet()
{
    const std::string word = R"([a-zß-öø-ÿ][a-zß-öø-ÿ'’]*)";
    // Only the English street types that are not everyday words ("the way", "a close call",
    // "drive", "place", "court", "row" and "walk" are).
    static constexpr std::string_view kLowerEnglish[] = {"street",
                                                         "st",
                                                         "avenue",
                                                         "ave",
                                                         "road",
                                                         "rd",
                                                         "boulevard",
                                                         "blvd",
                                                         "lane",
                                                         "ln",
                                                         "highway",
                                                         "hwy",
                                                         "parkway",
                                                         "pkwy"};
    const std::string en =
        R"([1-9][0-9]{0,4}[a-z]? (?:)" + word + R"( ){1,3}(?:)" + alternation(kLowerEnglish)
        + R"()\.?(?:,? (?:[a-z]+ ){0,2}(?:[a-z]{2} )?[0-9]{5}(?:-[0-9]{4})?|,? (?:[a-z]+ ){0,2}[a-z]{1,2}[0-9][a-z0-9]? ?[0-9][abd-hjlnp-uw-z]{2})?)";
    // "hauptstraße 5", or an adjective before the word: "berliner straße 12".
    const std::string de = R"((?:[a-zß-öø-ÿ]+er (?:)" + alternation(StreetWords::kGermanSuffixes)
                           + R"()|[a-zß-öø-ÿ]+(?:)" + alternation(StreetWords::kGermanSuffixes)
                           + R"()) [1-9][0-9]{0,3}[a-z]?(?:, ?[0-9]{5} )" + word + ")?";
    const std::string se = R"([a-zß-öø-ÿ]+(?:)" + alternation(StreetWords::kSwedishSuffixes)
                           + R"() [1-9][0-9]{0,3}(?:, ?[1-9][0-9]{2} ?[0-9]{2} )" + word + ")?";
    const std::string fr = R"([1-9][0-9]{0,3}(?: ?(?:bis|ter))?,? (?:)" + alternation(StreetWords::kFrench)
                           + R"() (?:(?:de la|de l'|de l’|du|des|de|d'|d’|la|le|les) ?)?)" + word + R"((?:-)" + word
                           + R"()*(?:, ?[0-9]{5} )" + word + R"((?:-)" + word + ")*)?";
    // Not \b before the value: RE2's \b sees a word start after "ä" ("är storgatan 1"). A line's
    // start, not only the text's: the line break before a line is outside its window.
    return R"((?:(?m:^)|[^0-9A-Za-zß-öø-ÿ])()" + en + "|" + de + "|" + se + "|" + fr
           + R"()(?:[^0-9A-Za-zß-öø-ÿ]|(?m:$)))";
}

// Words that introduce an address, for addresses in lower case. Narrower than addressWords():
// "home", "visit" or "ship" alone stand next to many lower-case phrases that end in "road" or
// "lane" ("the road home"), and every line with one would be read again.
std::vector<std::string> lowerCaseAddressWords()
{
    return {"address",    "addr",       "ship to",  "shipping address", "deliver to",    "delivery address",
            "send to",    "mail to",    "moved to", "live at",          "lives at",      "living at",
            "resides at", "located at", "adresse",  "anschrift",        "lieferadresse", "wohnhaft",
            "wohne in",   "wohnt in",   "adress",   "bostadsadress",    "gatuadress",    "bor på",
            "domicile",   "demeure",    "habite",   "livraison"};
}

} // namespace

std::vector<Rule> RuleFamilies::location()
{
    std::vector<Rule> r;
    r.push_back({
        .id = "street-address-en",
        .type = EntityType::Address,
        .category = Category::Pii,
        .pattern = englishStreet(),
        // A capitalised word before a street type word. (Not "a house number, then anything, then
        // a street type": a ".*" in a prefilter keeps a DFA thread alive to the end of every line
        // with a number in it.)
        .prefilter = std::string(R"([A-Za-z'’] (?:)") + englishTypes() + R"()\b)",
        .validator = "street-address",
        .contextWords = addressWords(),
        .baseScore = kAddressBase,
        .reason = SCRIM_TR_NOOP("Rules", "Street address (house number, street name and type)"),
    });
    r.push_back({
        .id = "street-address-de",
        .type = EntityType::Address,
        .category = Category::Pii,
        // "Hauptstraße 5", "Berliner Straße 12a", "Am Lindenweg 3-5", then ", 10115 Berlin".
        .pattern = std::string(R"(\b((?:Am |An der |Im |In der |Auf der |Zum |Zur )?)")
                   + kCapWord
                   // Hyphenated names keep their particles: "Werner-von-Siemens-Straße".
                   + R"((?:-(?:[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+|von|van|vom|der|den|de|am|an|im|zu|zum|zur|auf))*(?:)"
                   + alternation(StreetWords::kGermanSuffixes) + R"(|(?: |-)(?:)"
                   + alternation(StreetWords::kGermanWords)
                   + R"()) [1-9][0-9]{0,3} ?[a-zA-Z]?(?:-[1-9][0-9]{0,3})?(?:, ?[0-9]{5} )" + kCapWord
                   + R"((?:[ \-](?:an der |am )?)" + kCapWord + R"()?)?)(?:[^0-9A-Za-zß-öø-ÿ]|(?m:$)))",
        .prefilter = "(?i:" + alternation(StreetWords::kGermanSuffixes) + ") [1-9]",
        .validator = "street-address",
        .contextWords = addressWords(),
        .baseScore = kAddressBase,
        .reason = SCRIM_TR_NOOP("Rules", "Street address (German format)"),
    });
    r.push_back({
        .id = "street-address-se",
        .type = EntityType::Address,
        .category = Category::Pii,
        // "Drottninggatan 53", "Sankt Eriksgatan 46", "Storgatan 1 B, 111 51 Stockholm".
        .pattern =
            std::string(R"(\b((?:)") + kCapWord + R"( )?)" + kCapWord + "(?:"
            + alternation(StreetWords::kSwedishSuffixes)
            // A flat number ("lgh 1102") may stand between the street and the postal code.
            + R"() [1-9][0-9]{0,3}(?: ?[A-Za-z]\b)?(?:,? (?:lgh|Lgh|LGH)\.? ?[0-9]{4})?(?:, ?[1-9][0-9]{2} ?[0-9]{2} )"
            + kCapWord + R"()?)(?:[^0-9A-Za-zß-öø-ÿ]|(?m:$)))",
        .prefilter = "(?:" + alternation(StreetWords::kSwedishSuffixes) + ") [1-9]",
        .validator = "street-address",
        .contextWords = addressWords(),
        .baseScore = kAddressBase,
        .reason = SCRIM_TR_NOOP("Rules", "Street address (Swedish format)"),
    });
    r.push_back({
        .id = "street-address-fr",
        .type = EntityType::Address,
        .category = Category::Pii,
        // "12 rue de la Paix", "8 bis, avenue des Champs-Élysées, 75008 Paris".
        .pattern = std::string(R"(\b([1-9][0-9]{0,3}(?: ?(?:bis|ter))?,? (?i:)" + alternation(StreetWords::kFrench)
                               + R"() (?:(?:de la|de l'|du|des|de|d'|la|le|les) ?)?)")
                   + kCapWord + R"((?:-[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)*(?: (?:(?:de|du|des|la|le|d')[ ]?)?)" + kCapWord
                   + R"((?:-[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)*){0,3}(?:, ?[0-9]{5} )" + kCapWord + R"((?:[ \-])" + kCapWord
                   + R"(){0,2})?)(?:[^0-9A-Za-zß-öø-ÿ]|(?m:$)))",
        .prefilter = R"([0-9](?: ?(?:bis|ter))?,? (?i:)" + alternation(StreetWords::kFrench) + ") ",
        .validator = "street-address",
        .contextWords = addressWords(),
        .baseScore = kAddressBase,
        .reason = SCRIM_TR_NOOP("Rules", "Street address (French format)"),
    });
    r.push_back({
        .id = "street-address-lowercase",
        .type = EntityType::Address,
        .category = Category::Pii,
        .pattern = lowerCaseStreet(),
        .validator = "street-address",
        .contextWords = lowerCaseAddressWords(),
        .baseScore = 0.15,
        .reason = SCRIM_TR_NOOP("Rules", "Street address in lower case, next to a word such as 'address' or 'ship to'"),
    });
    r.push_back({
        .id = "uk-postcode",
        .type = EntityType::Location,
        .category = Category::Pii,
        .pattern = std::string(R"(\b()") + kUkPostcode + R"()\b)",
        .prefilter = R"([A-Z][0-9][A-Z0-9]? ?[0-9][A-Z][A-Z]|GIR ?0AA)",
        .validator = "uk-postcode",
        // Alone, "M2 8AB" is as often a part or ticket number: a postcode needs its word, an
        // address or a UK place name nearby.
        .contextWords = {"postcode",
                         "post code",
                         "postal code",
                         "address",
                         "london",
                         "uk",
                         "united kingdom",
                         "england",
                         "scotland",
                         "wales",
                         "northern ireland"},
        .baseScore = 0.45,
        .reason = SCRIM_TR_NOOP("Rules", "UK postcode"),
    });
    r.push_back({
        .id = "postal-code-context",
        .type = EntityType::Location,
        .category = Category::Pii,
        // German, French and US five-digit codes (US ZIP+4 too) and Swedish "123 45", only next to
        // their label: five digits alone are far more often something else. No code of those
        // countries starts with 000 to 004 (the lowest are US ZIP codes from 00501).
        .pattern = R"(\b((?:0[1-9][0-9]{3}|[1-9][0-9]{4}|00[5-9][0-9]{2})(?:-[0-9]{4})?|[1-9][0-9]{2} [0-9]{2})\b)",
        .contextWords = {"plz",
                         "postleitzahl",
                         "zip code",
                         "zipcode",
                         "postal code",
                         "postcode",
                         "code postal",
                         "postnummer",
                         "postnr"},
        .baseScore = 0.15,
        .contextBoost = 0.5,
        .reason = SCRIM_TR_NOOP("Rules", "Postal code next to a word such as 'ZIP' or 'PLZ'"),
    });
    return r;
}
