// SPDX-License-Identifier: GPL-3.0-or-later
// Health data (PHI): conditions, medications, medical record numbers, diagnosis codes.
#include "core/common/Tr.h"
#include "core/detect/Dictionaries.h"
#include "core/detect/rules/RuleFamilies.h"
#include "core/detect/validators/CharClass.h"

#include <re2/re2.h>

#include <algorithm>
#include <iterator>
#include <string>

namespace {

// Short entries are abbreviations (ADHD, ALS, COPD, HIV, PTSD) whose lower-case forms are words
// ("als" is German for "than", "aids" an English verb); they match in capitals only. The short
// entries that are ordinary words match in any case.
constexpr std::string_view kShortWords[] = {"acne", "gout"};
constexpr std::size_t kAbbreviationMax = 4;

// Plural and definite endings of German, French and Swedish ("astman", "hjärtinfarkten",
// "Depressionen", "obésités"; "-nen" for the German plural of "-in": "Diabetikerinnen"),
// longest first: RE2's alternation takes the first that fits.
constexpr std::string_view kInflections = "(?:erna|arna|orna|nen|en|et|er|ar|or|na|n|e|s|t|x)?";

// The second parts of a German compound that keep it about a person's health (see compoundPattern).
constexpr std::string_view kCompoundHeads = "(?:vorsorge|früherkennung|risiko|therapie|behandlung|diagnose|"
                                            "verdacht|symptome|anfall|anfälle|schub|erkrankung)";

// One case-insensitive alternation of word lists, longest entries first so "type 2 diabetes"
// wins over "diabetes" (RE2 alternation is leftmost-first). Entries of `inflected` may carry one
// of kInflections.
std::string wordListPattern(std::span<const std::string_view> words, std::span<const std::string_view> inflected = {})
{
    std::vector<std::pair<std::string_view, bool>> sorted;
    for (const auto w : words) {
        sorted.emplace_back(w, false);
    }
    for (const auto w : inflected) {
        sorted.emplace_back(w, true);
    }
    std::stable_sort(
        sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
    // An entry that starts or ends with a letter beyond ASCII ("épilepsie", "obésité") gets no \b
    // on that side, and the medical-term validator checks the word edges of every match.
    std::string p = R"((?i)(?:)";
    bool first = true;
    for (const auto& [w, inflects] : sorted) {
        if (!first) {
            p += '|';
        }
        first = false;
        p += CharClass::isWordChar(w.front()) ? R"(\b)" : "";
        // Spaces in multi-word terms match any run of blanks (a line-wrapped term still counts).
        std::string quoted = RE2::QuoteMeta(re2::StringPiece(w.data(), w.size()));
        std::string flexible;
        for (std::size_t i = 0; i < quoted.size(); ++i) {
            if (quoted[i] == '\\' && i + 1 < quoted.size() && quoted[i + 1] == ' ') {
                flexible += R"([ \t]+)";
                ++i;
            } else {
                flexible += quoted[i];
            }
        }
        const bool abbreviation =
            w.size() <= kAbbreviationMax
            && std::find(std::begin(kShortWords), std::end(kShortWords), w) == std::end(kShortWords);
        if (abbreviation) {
            std::string upper(flexible);
            for (auto& c : upper) {
                c = (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
            }
            p += "(?-i:" + upper + ")";
        } else {
            p += flexible + std::string(inflects ? kInflections : "");
        }
        p += CharClass::isWordChar(w.back()) ? R"(\b)" : "";
    }
    p += ")";
    return p;
}

// German writes a condition and what is done about it as one word ("Brustkrebsvorsorge",
// "Depressionsbehandlung", "Darmkrebsrisiko", "Epilepsieanfall"): one of the international terms,
// a linking s, n, en or e, and a second part that keeps the compound about a person's health. The
// terms are one alternation and the second parts one group after it, so the pattern stays small.
std::string compoundPattern(std::span<const std::string_view> words)
{
    std::vector<std::string_view> sorted(words.begin(), words.end());
    std::stable_sort(sorted.begin(), sorted.end(), [](auto a, auto b) { return a.size() > b.size(); });
    std::string p = R"((?i)(?:)";
    bool first = true;
    for (const auto w : sorted) {
        if (w.size() <= kAbbreviationMax || w.find(' ') != std::string_view::npos) {
            continue; // abbreviations and phrases are not the first part of a compound
        }
        p += first ? "" : "|";
        first = false;
        p += CharClass::isWordChar(w.front()) ? R"(\b)" : "";
        p += RE2::QuoteMeta(re2::StringPiece(w.data(), w.size()));
    }
    p += ")(?:s|n|en|e)?" + std::string(kCompoundHeads) + R"(\b)";
    return p;
}

// English, German, French and Swedish.
const std::vector<std::string> healthContext{
    "patient",        "diagnosed",    "diagnosis",  "dx",        "history of",  "suffers",     "suffering",
    "treated",        "treatment",    "prescribed", "symptoms",  "medication",  "chronic",     "mrn",
    "clinic",         "hospital",     "doctor",     "physician", "therapy",     "condition",   "patientin",
    "diagnostiziert", "behandlung",   "arzt",       "ärztin",    "klinik",      "krankenhaus", "verschrieben",
    "patiente",       "diagnostiqué", "traitement", "médecin",   "hôpital",     "ordonnance",  "patienten",
    "diagnostiserad", "behandling",   "läkare",     "sjukhus",   "vårdcentral", "leidet",      "erkrankt",
    "diagnose",       "souffre",      "atteint",    "atteinte",  "diagnostic",  "lider",       "diagnos"};

} // namespace

std::vector<Rule> RuleFamilies::health()
{
    std::vector<Rule> r;
    r.push_back({
        .id = "medical-condition",
        .type = EntityType::Medical,
        .category = Category::Phi,
        .pattern = wordListPattern(Dictionaries::medicalConditions(), Dictionaries::medicalConditionsIntl()),
        .validator = "medical-term",
        .contextWords = healthContext,
        .baseScore = 0.6,
        .reason = SCRIM_TR_NOOP("Rules", "Medical condition or diagnosis"),
    });
    r.push_back({
        .id = "medical-condition-compound",
        .type = EntityType::Medical,
        .category = Category::Phi,
        .pattern = compoundPattern(Dictionaries::medicalConditionsIntl()),
        // A second part glued to a letter (any a term of the lists may end in, é too): lines where
        // "Diagnose" or "Therapie" stands alone ask nothing more.
        .prefilter = "(?i)[a-zß-ÿ]" + std::string(kCompoundHeads),
        .validator = "medical-term",
        .contextWords = healthContext,
        .baseScore = 0.6,
        .reason = SCRIM_TR_NOOP("Rules", "Medical condition or diagnosis"),
    });
    r.push_back({
        .id = "medication",
        .type = EntityType::Medical,
        .category = Category::Phi,
        .pattern = wordListPattern(Dictionaries::medications()),
        .validator = "medical-term",
        .contextWords = healthContext,
        .baseScore = 0.6,
        .reason = SCRIM_TR_NOOP("Rules", "Medication name"),
    });
    r.push_back({
        .id = "medical-record-number",
        .type = EntityType::Medical,
        .category = Category::Phi,
        .pattern =
            R"((?i:\bmrn|\bmedical record(?: number| no\.?| #)?|\bpatient (?:id|number|no\.?)|\bchart (?:number|no\.?))[ \t]*[:#]?[ \t]*([A-Za-z]{0,3}-?[0-9][0-9\-]{3,13}[0-9])\b)",
        .contextWords = healthContext,
        .baseScore = 0.85,
        .reason = SCRIM_TR_NOOP("Rules", "Medical record number"),
    });
    r.push_back({
        .id = "icd10-code",
        .type = EntityType::Medical,
        .category = Category::Phi,
        // Diagnosis codes look like many product codes, so they count only next to their words.
        .pattern = R"(\b[A-TV-Z][0-9][0-9AB](?:\.[0-9A-TV-Z]{1,4})?\b)",
        .contextWords =
            {"icd", "icd-10", "icd10", "diagnosis", "dx", "diagnosed", "code", "diagnose", "diagnos", "diagnostic"},
        .baseScore = 0.2,
        .contextBoost = 0.5,
        .reason = SCRIM_TR_NOOP("Rules", "ICD-10 diagnosis code next to diagnosis words"),
    });
    return r;
}
