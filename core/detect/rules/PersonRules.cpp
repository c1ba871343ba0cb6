// SPDX-License-Identifier: GPL-3.0-or-later
// Names of people, without a model: name dictionaries, titles, greetings and signatures.
#include "core/common/Tr.h"
#include "core/detect/NameParticles.h"
#include "core/detect/rules/RuleFamilies.h"

std::vector<Rule> RuleFamilies::person()
{
    // "van|von|de|…" (NameParticles.h).
    std::string particles;
    for (const std::string_view p : kNameParticles) {
        particles += (particles.empty() ? "" : "|") + std::string(p);
    }
    const std::vector<std::string> nameContext{"dear",
                                               "mr",
                                               "mrs",
                                               "ms",
                                               "dr",
                                               "patient",
                                               "name",
                                               "regards",
                                               "sincerely",
                                               "signed",
                                               "contact",
                                               "customer",
                                               "client",
                                               "employee",
                                               "hello",
                                               "hi",
                                               "from",
                                               "cc",
                                               "manager",
                                               "colleague",
                                               "applicant",
                                               "tenant",
                                               "member",
                                               "user",
                                               // Mail headers and addressing ("To: X", "An: X",
                                               // "send it to X"): with contextWordsLabel they count
                                               // only right before the name.
                                               "to",
                                               "bcc",
                                               "attn",
                                               "an",
                                               "von",
                                               "till",
                                               "från",
                                               "à",
                                               // German, Swedish, French.
                                               "mitarbeiter",
                                               "mitarbeiterin",
                                               "kunde",
                                               "kundin",
                                               "patientin",
                                               "bewerber",
                                               "bewerberin",
                                               "anställd",
                                               "medarbetare",
                                               "kund",
                                               "sökande",
                                               "patienten",
                                               "employé",
                                               "employée",
                                               "salarié",
                                               "salariée",
                                               "candidat",
                                               "candidate",
                                               "locataire",
                                               "madame",
                                               "monsieur"};
    std::vector<Rule> r;
    r.push_back({
        .id = "person-name",
        .type = EntityType::Person,
        .category = Category::Pii,
        // Two or three capitalised words, with lower-case particles before a surname ("Daan de
        // Vries", "Ursula von der Leyen") and a Korean given name's second syllable after the
        // surname ("Park Seo-yeon"; a longer "-based" is not part of a name) (letters of any script: "José García",
        // "Zoë Müller", a hyphenated "Mary-Jane", a Korean "Ji-hoon"); the validator wants a known first name (1990 US
        // Census lists, accents folded) and scores a known surname higher. Each word runs to its last letter, so a name
        // is never cut before an accented one.
        .pattern =
            R"((?m)(?:^|[^A-Za-zÀ-ÖØ-öø-ÿĀ-žƠơƯưẠ-ỹ0-9_])([A-ZÀ-ÖØ-ÞĀ-žƠơƯưẠ-ỹ][a-zß-öø-ÿĀ-žƠơƯưẠ-ỹ]{1,20}(?:-[A-Za-zÀ-ÖØ-öø-ÿĀ-žƠơƯưẠ-ỹ][a-zß-öø-ÿĀ-žƠơƯưẠ-ỹ]{1,20})?(?: [A-ZÀ-ÖØ-ÞĀ-žƠơƯưẠ-ỹ]\.)?(?: (?:(?:)"
            + particles
            + R"() ){0,2}(?:O'|D'|Mc|Mac)?[A-ZÀ-ÖØ-ÞĀ-žƠơƯưẠ-ỹ][a-zß-öø-ÿĀ-žƠơƯưẠ-ỹ]{1,25}(?:-[A-ZÀ-ÖØ-ÞĀ-žƠơƯưẠ-ỹ][a-zß-öø-ÿĀ-žƠơƯưẠ-ỹ]{1,25}|-[a-z]{2,4})?){1,2})(?:[^A-Za-zÀ-ÖØ-öø-ÿĀ-žƠơƯưẠ-ỹ]|$))",
        // The prefilter keeps to Latin-1, Latin Extended-A and the Vietnamese letters (the latter
        // two in either case, as whole ranges are cheaper): wider Unicode classes in the shared Set
        // multiply its DFA.
        .prefilter =
            R"([A-ZÀ-ÖØ-ÞĀ-žƠơƯưẠ-ỹ][a-zß-öø-ÿĀ-žƠơƯưẠ-ỹ]+(?:-[A-Za-zÀ-ÖØ-öø-ÿĀ-žƠơƯưẠ-ỹ][a-zß-öø-ÿĀ-žƠơƯưẠ-ỹ]+)? (?:[A-ZÀ-ÖØ-Þ]\. )?(?:(?:)"
            + particles + R"() ){0,2}(?:O'|D'|Mc|Mac)?[A-ZÀ-ÖØ-ÞĀ-žƠơƯưẠ-ỹ])",
        .validator = "person-name",
        .contextWords = nameContext,
        .baseScore = 0.45,
        .contextWordsLabel = true,
        .reason = SCRIM_TR_NOOP("Rules", "Name of a person"),
    });
    r.push_back({
        .id = "person-name-caps",
        .type = EntityType::Person,
        .category = Category::Pii,
        // A name in capitals, as forms, labels and exports write it ("NAME: ERIK JOHANSSON"): two
        // to four capitalised words, of which the validator wants a known first name followed by
        // a known surname (capitals hold too many acronyms and headings to go on the shape alone).
        .pattern =
            R"((?m)(?:^|[^A-Za-zÀ-ÖØ-öø-ÿĀ-žƠơƯưẠ-ỹ0-9_])([A-ZÀ-ÖØ-ÞĀ-žƠơƯưẠ-ỹ]{2,20}(?:-[A-ZÀ-ÖØ-ÞĀ-žƠơƯưẠ-ỹ]{2,20})?(?: [A-ZÀ-ÖØ-ÞĀ-žƠơƯưẠ-ỹ]{2,25}(?:-[A-ZÀ-ÖØ-ÞĀ-žƠơƯưẠ-ỹ]{2,25})?){1,3})(?:[^A-Za-zÀ-ÖØ-öø-ÿĀ-žƠơƯưẠ-ỹ0-9_]|$))",
        .prefilter = R"([A-ZÀ-ÖØ-ÞĀ-žƠơƯưẠ-ỹ]{2}[A-ZÀ-ÖØ-ÞĀ-žƠơƯưẠ-ỹ\-]* [A-ZÀ-ÖØ-ÞĀ-žƠơƯưẠ-ỹ]{2})",
        .validator = "person-name-caps",
        .contextWords = nameContext,
        .baseScore = 0.45,
        .contextWordsLabel = true,
        .reason = SCRIM_TR_NOOP("Rules", "Name of a person, in capitals"),
    });
    r.push_back({
        .id = "person-after-title",
        .type = EntityType::Person,
        .category = Category::Pii,
        .pattern =
            R"(\b(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Herr|Frau|Fru|Mme|Mlle)\.?|M\.|Madame|Monsieur|Mademoiselle))"
            R"((?:[ \t]+(?:(?:Dr|Prof)\.?|(?:med|dent|phil|jur)\.))*[ \t]+([A-ZÀ-ÖØ-ÞĀ-žƠơƯưẠ-ỹ][A-Za-zÀ-ÖØ-öø-ÿĀ-žƠơƯưẠ-ỹ'\-]{1,25}(?:[ \t]+[A-ZÀ-ÖØ-ÞĀ-žƠơƯưẠ-ỹ][A-Za-zÀ-ÖØ-öø-ÿĀ-žƠơƯưẠ-ỹ'\-]{1,25})?))",
        .prefilter =
            R"(\b(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Herr|Frau|Fru|Mme|Mlle)\.?|M\.|Madame|Monsieur|Mademoiselle)[ \t]+[A-ZÀ-ÖØ-ÞĀ-žƠơƯưẠ-ỹ])",
        .validator = "person-after-title",
        .contextWords = nameContext,
        .baseScore = 0.7,
        .reason = SCRIM_TR_NOOP("Rules", "Name after a title (Mr, Dr, …)"),
    });
    r.push_back({
        .id = "person-introduced",
        .type = EntityType::Person,
        .category = Category::Pii,
        // "My name is Dan", "call me Jane Doe", "ich heiße …", "je m'appelle …", "jag heter …": a name
        // a person gives, with or without a title (which stays out of the value).
        .pattern =
            R"((?i:\b(?:my name is|my name's|call me|ich heiße|ich heisse|mein name ist|je m'appelle|je m’appelle|jag heter|mitt namn är))[ \t]+(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Herr|Frau|Mme|Mlle)\.?[ \t]+)?([A-ZÀ-ÖØ-ÞĀ-žƠơƯưẠ-ỹ][a-zß-öø-ÿĀ-žƠơƯưẠ-ỹ'\-]{1,25}(?:[ \t]+[A-ZÀ-ÖØ-ÞĀ-žƠơƯưẠ-ỹ][a-zß-öø-ÿĀ-žƠơƯưẠ-ỹ'\-]{1,25})?))",
        .prefilter = R"((?i:my name|call me|ich hei|mein name|m'appelle|m’appelle|jag heter|mitt namn))",
        .validator = "person-introduced",
        .baseScore = 0.75,
        .reason = SCRIM_TR_NOOP("Rules", "Name a person gives (\"my name is …\")"),
    });
    r.push_back({
        .id = "person-signature",
        .type = EntityType::Person,
        .category = Category::Pii,
        // A line holding only a name, right under a sign-off ("Regards,").
        .pattern =
            R"((?m)^[ \t]*([A-ZÀ-ÖØ-ÞĀ-žƠơƯưẠ-ỹ][a-zß-öø-ÿĀ-žƠơƯưẠ-ỹ]+(?:[ \t]+[A-ZÀ-ÖØ-ÞĀ-žƠơƯưẠ-ỹ][A-Za-zÀ-ÖØ-öø-ÿĀ-žƠơƯưẠ-ỹ'\-]+){0,2})[ \t]*$)",
        .prefilter =
            R"((?m)^[ \t]*[A-ZÀ-ÖØ-ÞĀ-žƠơƯưẠ-ỹ][a-zß-öø-ÿĀ-žƠơƯưẠ-ỹ]+(?:[ \t]+[A-ZÀ-ÖØ-ÞĀ-žƠơƯưẠ-ỹ][A-Za-zÀ-ÖØ-öø-ÿĀ-žƠơƯưẠ-ỹ'\-]+){0,2}[ \t]*$)",
        .validator = "person-signature",
        .baseScore = 0.75,
        .reason = SCRIM_TR_NOOP("Rules", "Name under a sign-off"),
    });
    return r;
}
