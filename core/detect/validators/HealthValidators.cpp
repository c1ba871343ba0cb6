// SPDX-License-Identifier: GPL-3.0-or-later
// Health terms from the word lists: conditions and medications.
#include "core/detect/validators/CharClass.h"
#include "core/detect/validators/ValidatorFamilies.h"

#include <array>
#include <string>

using namespace CharClass;

namespace {

// Whether the character that ends just before `at` (or starts at `at`, when `before` is false) is a
// letter or digit. Beyond ASCII every character counts as a letter except the spaces, quotes,
// dashes and ellipsis that stand around words: RE2's \b sees only ASCII, so "épilepsie" and
// "obésité" get their word edges checked here.
bool wordCharAround(std::string_view text, std::size_t at, bool before)
{
    if (before ? at == 0 : at >= text.size()) {
        return false;
    }
    std::size_t start = before ? at - 1 : at;
    if (before) {
        while (start > 0 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) {
            --start;
        }
    }
    const auto lead = static_cast<unsigned char>(text[start]);
    if (lead < 0x80) {
        return isAlnum(static_cast<char>(lead)) || lead == '_';
    }
    std::size_t len = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
    const std::string_view ch = text.substr(start, len);
    static constexpr std::array<std::string_view, 12> notLetters{"\u00A0",
                                                                 "\u00AB",
                                                                 "\u00BB",
                                                                 "\u2013",
                                                                 "\u2014",
                                                                 "\u2018",
                                                                 "\u2019",
                                                                 "\u201C",
                                                                 "\u201D",
                                                                 "\u2026",
                                                                 "\u202F",
                                                                 "\u00B7"};
    for (const auto n : notLetters) {
        if (ch == n) {
            return false;
        }
    }
    return true;
}

// Terms that are health data in a patient's note and everyday words elsewhere: a lizard (Waran),
// a weather system (dépression), "c'est de la démence", a key opinion leader (KOL), Sweden's aid
// agency (SIDA), a video codec (H.264/AVC). They count next to a health word only.
constexpr std::array<std::string_view, 8> kAmbiguous{
    "waran", "rheuma", "dépression", "démence", "migräne", "kol", "sida", "avc"};

// A term from the medical word lists, standing as a word of its own.
bool medicalTermValidator(Candidate& cand)
{
    if (wordCharAround(cand.text, cand.begin, true) || wordCharAround(cand.text, cand.end, false)) {
        return false;
    }
    const std::string v = lowerAscii(cand.value());
    for (const auto a : kAmbiguous) {
        // ASCII letters folded ("Waran", "KOL"), with an inflected ending ("dépressions",
        // "Waranen"); an all-capital "DÉPRESSION" is taken as a heading.
        if (v.starts_with(a) && v.size() <= a.size() + 4) {
            cand.scoreDelta -= 0.35;
            break;
        }
    }
    return true;
}

constexpr std::array<NamedValidator, 1> validators{{
    {"medical-term", &medicalTermValidator},
}};

} // namespace

std::span<const NamedValidator> ValidatorFamilies::health()
{
    return validators;
}
