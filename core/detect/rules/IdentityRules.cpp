// SPDX-License-Identifier: GPL-3.0-or-later
// National identifiers, passports, driving licences, company and registration numbers, dates of
// birth (US, UK, Germany, Sweden, France, and the other countries in the benchmark).
#include "core/common/Tr.h"
#include "core/detect/rules/RuleFamilies.h"

namespace {

// Rules on bare digit runs that only count with one of their words nearby: the run alone scores
// kContextOnlyBase, the word adds kContextOnlyBoost, and the minimum is 0.5.
constexpr double kContextOnlyBase = 0.15;
constexpr double kContextOnlyBoost = 0.5;

} // namespace

std::vector<Rule> RuleFamilies::identity()
{
    std::vector<Rule> r;
    // --- United States ---
    r.push_back({
        .id = "us-ssn",
        .type = EntityType::NationalId,
        .category = Category::Pii,
        .pattern = R"(\b(?:[0-9]{3}-[0-9]{2}-[0-9]{4}|[0-9]{3} [0-9]{2} [0-9]{4}|[0-9]{3}\.[0-9]{2}\.[0-9]{4})\b)",
        .validator = "us-ssn",
        .contextWords = {"ssn", "social security", "ss#", "ssa", "tax id", "taxpayer"},
        .baseScore = 0.6,
        .reason = SCRIM_TR_NOOP("Rules", "US Social Security number"),
    });
    r.push_back({
        .id = "us-ssn-unformatted",
        .type = EntityType::NationalId,
        .category = Category::Pii,
        .pattern = R"(\b[0-9]{9}\b)",
        .validator = "us-ssn",
        .contextWords = {"ssn", "social security", "ss#", "ssa"},
        .baseScore = 0.2,
        .contextBoost = 0.45,
        .reason = SCRIM_TR_NOOP("Rules", "Nine-digit number near words such as 'SSN' or 'social security'"),
    });
    r.push_back({
        .id = "us-itin",
        .type = EntityType::NationalId,
        .category = Category::Pii,
        .pattern = R"(\b9[0-9]{2}(?:-[0-9]{2}-| [0-9]{2} )[0-9]{4}\b)",
        .validator = "us-itin",
        .contextWords = {"itin", "taxpayer identification", "tax id", "taxpayer"},
        .baseScore = 0.6,
        .reason = SCRIM_TR_NOOP("Rules", "US Individual Taxpayer Identification Number (ITIN)"),
    });
    r.push_back({
        .id = "us-itin-unformatted",
        .type = EntityType::NationalId,
        .category = Category::Pii,
        .pattern = R"(\b9[0-9]{8}\b)",
        .validator = "us-itin",
        .contextWords = {"itin", "taxpayer identification", "tax id"},
        .baseScore = kContextOnlyBase,
        .contextBoost = kContextOnlyBoost,
        .reason = SCRIM_TR_NOOP("Rules", "Nine-digit ITIN near words such as 'ITIN' or 'tax id'"),
    });
    r.push_back({
        .id = "us-mbi",
        .type = EntityType::NationalId,
        .category = Category::Pii,
        // CMS: C A AN N A AN N A A N N, letters without S, L, O, I, B, Z; dashes after 4 and 7.
        .pattern =
            R"((?i)\b[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9][0-9]-?[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9][0-9]-?[AC-HJKMNP-RT-Y]{2}[0-9]{2}\b)",
        .validator = "us-mbi",
        .contextWords = {"mbi", "medicare", "beneficiary"},
        .baseScore = 0.6,
        .reason = SCRIM_TR_NOOP("Rules", "US Medicare Beneficiary Identifier (MBI)"),
    });
    r.push_back({
        .id = "us-npi",
        .type = EntityType::OtherId,
        .category = Category::Pii,
        .pattern = R"(\b[12][0-9]{3}[ \-]?[0-9]{3}[ \-]?[0-9]{3}\b)",
        .validator = "us-npi",
        .contextWords = {"npi", "national provider", "provider identifier", "provider id", "provider number"},
        .baseScore = kContextOnlyBase,
        .contextBoost = kContextOnlyBoost,
        .reason = SCRIM_TR_NOOP("Rules", "US National Provider Identifier (NPI) near the word 'NPI'"),
    });
    r.push_back({
        .id = "us-dea",
        .type = EntityType::OtherId,
        .category = Category::Pii,
        // Prescribers' DEA registration numbers ("BB1388568"): two letters and seven digits pass
        // the check one time in ten, so the number needs its word.
        .pattern = R"(\b[A-Za-z][A-Za-z9][0-9]{7}\b)",
        .validator = "us-dea",
        // "Certificate number", "registration number" label many codes of this shape (ISO, first
        // aid, vehicle registration), and one in ten passes the check: only DEA's own words count.
        .contextWords = {"dea", "prescriber", "controlled substance", "controlled substances"},
        .baseScore = kContextOnlyBase,
        .contextBoost = kContextOnlyBoost,
        .reason = SCRIM_TR_NOOP("Rules", "US DEA registration number (valid check digit) near the word 'DEA'"),
    });
    r.push_back({
        .id = "us-driver-license",
        .type = EntityType::DriverLicense,
        .category = Category::Pii,
        // The state formats are mostly a letter or two and digits, or digits alone.
        .pattern = R"(\b(?:[A-Za-z]{1,2}[0-9]{5,12}|[0-9]{7,12})\b)",
        .contextWords = {"driver's license",
                         "drivers license",
                         "driver license",
                         "driver licence",
                         "driving license",
                         "dl",
                         "dl#",
                         "dln",
                         "license no",
                         "license number",
                         "license #",
                         "licence number"},
        .baseScore = kContextOnlyBase,
        .contextBoost = kContextOnlyBoost,
        .reason = SCRIM_TR_NOOP("Rules", "Driver's license number near words such as 'driver's license'"),
    });
    // --- Passports (US, UK, DE, FR, SE) ---
    r.push_back({
        .id = "passport-number",
        .type = EntityType::Passport,
        .category = Category::Pii,
        // US: 9 digits or a letter and 8 digits; UK: 9 digits or 2 letters and 7 digits; FR: 2 digits,
        // 2 letters, 5 digits; DE: 9 characters of the machine-readable alphabet; SE: 8 digits. The
        // passports of the other EU and of many non-EU countries that HR and travel data hold use the
        // same shapes, plus 3 letters and 6 digits (ES) and letter, 3 digits, letter, 4 digits (KR).
        .pattern =
            R"(\b(?:[A-Za-z]{1,2}[0-9]{7,8}|[0-9]{8,9}|[0-9]{2}[A-Za-z]{2}[0-9]{5}|[CFGHJKLMNPRTVWXYZ][CFGHJKLMNPRTVWXYZ0-9]{8}|[A-Za-z]{3}[0-9]{6}|[A-Za-z][0-9]{3}[A-Za-z][0-9]{4})\b)",
        .validator = "document-number",
        .contextWords = {"passport",
                         "passports",
                         "passport no",
                         "passport number",
                         "travel document",
                         "pasaporte",
                         "passeports",
                         "reisepass",
                         "reisepassnummer",
                         "passnummer",
                         "pass-nr",
                         "passeport",
                         "pass nr",
                         "passnr"},
        .baseScore = kContextOnlyBase,
        .contextBoost = kContextOnlyBoost,
        .reason = SCRIM_TR_NOOP("Rules", "Passport number near the word 'passport'"),
    });
    // --- United Kingdom ---
    r.push_back({
        .id = "uk-nino",
        .type = EntityType::NationalId,
        .category = Category::Pii,
        .pattern = R"((?i)\b[A-Z]{2} ?[0-9]{2} ?[0-9]{2} ?[0-9]{2} ?[A-D]\b)",
        .validator = "uk-nino",
        .contextWords = {"nino", "national insurance", "ni number", "ni no"},
        .baseScore = 0.6,
        .reason = SCRIM_TR_NOOP("Rules", "UK National Insurance number"),
    });
    r.push_back({
        .id = "uk-nhs",
        .type = EntityType::NationalId,
        .category = Category::Pii,
        // Printed 3-3-4; ten bare digits only count near "NHS".
        .pattern = R"(\b[0-9]{3}[ \-][0-9]{3}[ \-][0-9]{4}\b)",
        .validator = "uk-nhs",
        .contextWords = {"nhs", "nhs number", "nhs no", "health service", "chi number"},
        .baseScore = 0.5,
        .reason = SCRIM_TR_NOOP("Rules", "UK NHS number with a valid mod-11 check digit"),
    });
    r.push_back({
        .id = "uk-nhs-unformatted",
        .type = EntityType::NationalId,
        .category = Category::Pii,
        .pattern = R"(\b[0-9]{10}\b)",
        .validator = "uk-nhs",
        .contextWords = {"nhs", "nhs number", "nhs no", "health service"},
        .baseScore = kContextOnlyBase,
        .contextBoost = kContextOnlyBoost,
        .reason = SCRIM_TR_NOOP("Rules", "Ten-digit NHS number (valid check digit) near the word 'NHS'"),
    });
    r.push_back({
        .id = "uk-driving-licence",
        .type = EntityType::DriverLicense,
        .category = Category::Pii,
        .pattern = R"((?i)\b[A-Z][A-Z9]{4}[0-9]{6}[A-Z9]{2}[0-9][A-Z]{2}\b)",
        .validator = "uk-driving-licence",
        .contextWords = {"licence", "license", "driving", "dvla"},
        .baseScore = 0.7,
        .reason = SCRIM_TR_NOOP("Rules", "UK (DVLA) driving licence number"),
    });
    r.push_back({
        .id = "uk-vehicle-registration",
        .type = EntityType::OtherId,
        .category = Category::Pii,
        .pattern = R"((?i)\b[A-Z]{2}[0-9]{2}[ \-]?[A-Z]{3}\b)",
        .validator = "uk-vehicle-registration",
        .contextWords = {"reg", "registration", "number plate", "plate", "vehicle", "car", "vrm"},
        .baseScore = 0.55,
        .reason = SCRIM_TR_NOOP("Rules", "UK vehicle registration (current format)"),
    });
    // --- Sweden ---
    r.push_back({
        .id = "se-personnummer",
        .type = EntityType::NationalId,
        .category = Category::Pii,
        // Also after a letter ("id code is199003052397"): \b would not hold there.
        .pattern = R"((?:\b|[A-Za-z])((?:1[89]|20)?[0-9]{6}[\-+]?[0-9]{4})\b)",
        .validator = "se-personnummer",
        .contextWords =
            {"personnummer", "pnr", "samordningsnummer", "personal identity", "person number", "personal number"},
        .baseScore = 0.6,
        .reason = SCRIM_TR_NOOP("Rules", "Swedish personnummer or samordningsnummer (valid date and check digit)"),
    });
    r.push_back({
        .id = "se-organisationsnummer",
        .type = EntityType::OtherId,
        .category = Category::Pii,
        .pattern = R"(\b(?:16)?[0-9]{6}-?[0-9]{4}\b)",
        .validator = "se-organisationsnummer",
        .contextWords = {"organisationsnummer",
                         "orgnr",
                         "org.nr",
                         "org nr",
                         "orgnummer",
                         "organisation number",
                         "organization number",
                         "company",
                         "företag",
                         "bolag"},
        .baseScore = 0.6,
        .reason = SCRIM_TR_NOOP("Rules", "Swedish organisationsnummer (company number, valid check digit)"),
    });
    // --- Germany ---
    r.push_back({
        .id = "de-steuer-id",
        .type = EntityType::NationalId,
        .category = Category::Pii,
        .pattern = R"(\b[1-9][0-9](?: ?[0-9]{3}){3}\b)",
        .validator = "de-steuer-id",
        .contextWords = {"steuer-id",
                         "steuerid",
                         "steuer-idnr",
                         "idnr",
                         "identifikationsnummer",
                         "steueridentifikationsnummer",
                         "tin",
                         "tax id"},
        .baseScore = 0.5,
        .reason = SCRIM_TR_NOOP("Rules", "German tax identification number (Steuer-ID, valid check digit)"),
    });
    r.push_back({
        .id = "de-steuernummer",
        .type = EntityType::NationalId,
        .category = Category::Pii,
        .pattern = R"(\b[0-9]{2,3}/[0-9]{3,4}/[0-9]{4,5}\b)",
        .validator = "de-steuernummer",
        .contextWords = {"steuernummer", "st.-nr", "st-nr", "stnr", "st.nr", "steuer-nr", "tax number"},
        .baseScore = 0.5,
        .reason = SCRIM_TR_NOOP("Rules", "German tax number (Steuernummer) in the states' format"),
    });
    r.push_back({
        .id = "de-steuernummer-federal",
        .type = EntityType::NationalId,
        .category = Category::Pii,
        .pattern = R"(\b[0-9]{13}\b)",
        .contextWords = {"steuernummer", "st.-nr", "st-nr", "stnr", "st.nr", "steuer-nr", "tax number"},
        .baseScore = kContextOnlyBase,
        .contextBoost = kContextOnlyBoost,
        .reason = SCRIM_TR_NOOP("Rules", "Thirteen-digit German tax number near the word 'Steuernummer'"),
    });
    r.push_back({
        .id = "de-vat-id",
        .type = EntityType::OtherId,
        .category = Category::Pii,
        .pattern = R"((?i)\bDE[ .\-]?[0-9]{3}[ .\-]?[0-9]{3}[ .\-]?[0-9]{3}\b)",
        .validator = "de-vat",
        .contextWords = {"ust-idnr", "ust-id", "ustid", "vat", "umsatzsteuer"},
        .baseScore = 0.7,
        .reason = SCRIM_TR_NOOP("Rules", "German VAT number (USt-IdNr., valid check digit)"),
    });
    r.push_back({
        .id = "de-health-insurance",
        .type = EntityType::NationalId,
        .category = Category::Pii,
        .pattern = R"((?i)\b[A-Z][0-9]{9}\b)",
        .validator = "de-kvnr",
        .contextWords =
            {"kvnr", "krankenversichertennummer", "versichertennummer", "egk", "krankenkasse", "health insurance"},
        .baseScore = 0.5,
        .reason = SCRIM_TR_NOOP("Rules", "German health insurance number (KVNR, valid check digit)"),
    });
    r.push_back({
        .id = "de-social-security",
        .type = EntityType::NationalId,
        .category = Category::Pii,
        .pattern = R"((?i)\b[0-9]{8}[A-Z][0-9]{3}\b)",
        .validator = "de-rvnr",
        .contextWords = {"rvnr",
                         "rentenversicherungsnummer",
                         "sozialversicherungsnummer",
                         "sv-nummer",
                         "versicherungsnummer",
                         "social security"},
        .baseScore = 0.6,
        .reason = SCRIM_TR_NOOP("Rules", "German pension insurance number (valid birth date and check digit)"),
    });
    r.push_back({
        .id = "de-id-card",
        .type = EntityType::NationalId,
        .category = Category::Pii,
        // Personalausweis: 9 characters of the alphabet without vowels, B, D, Q and S.
        .pattern = R"(\b[CFGHJKLMNPRTVWXYZ][CFGHJKLMNPRTVWXYZ0-9]{8}\b)",
        .validator = "document-number",
        .contextWords = {"personalausweis",
                         "ausweis",
                         "ausweisnummer",
                         "ausweis-nr",
                         "ausweis nr",
                         "personalausweisnummer",
                         "id card",
                         "identity card"},
        .baseScore = kContextOnlyBase,
        .contextBoost = kContextOnlyBoost,
        .reason = SCRIM_TR_NOOP("Rules", "German ID card number near the word 'Personalausweis'"),
    });
    r.push_back({
        .id = "de-driving-licence",
        .type = EntityType::DriverLicense,
        .category = Category::Pii,
        // Authority code and serial (9), check character (digit or X), issue count (0-9, then A-Z).
        .pattern = R"((?i)\b[A-Z0-9]{9}[0-9X][0-9A-Z]\b)",
        .validator = "document-number",
        .contextWords = {"führerschein",
                         "führerscheinnummer",
                         "fuehrerschein",
                         "fahrerlaubnis",
                         "driving licence",
                         "driver's license",
                         "driving license"},
        .baseScore = kContextOnlyBase,
        .contextBoost = kContextOnlyBoost,
        .reason = SCRIM_TR_NOOP("Rules", "German driving licence number near the word 'Führerschein'"),
    });
    r.push_back({
        .id = "de-lanr",
        .type = EntityType::OtherId,
        .category = Category::Pii,
        .pattern = R"(\b[0-9]{9}\b)",
        .validator = "de-lanr",
        .contextWords = {"lanr", "arztnummer", "lebenslange arztnummer"},
        .baseScore = kContextOnlyBase,
        .contextBoost = kContextOnlyBoost,
        .reason = SCRIM_TR_NOOP("Rules", "German physician number (LANR, valid check digit) near 'LANR'"),
    });
    r.push_back({
        .id = "de-handelsregister",
        .type = EntityType::OtherId,
        .category = Category::Pii,
        .pattern = R"((?i)\bHR[AB] ?[0-9]{1,6}\b)",
        .contextWords = {"handelsregister", "amtsgericht", "registergericht"},
        .baseScore = 0.7,
        .reason = SCRIM_TR_NOOP("Rules", "German commercial register number (HRA/HRB)"),
    });
    r.push_back({
        .id = "de-kfz",
        .type = EntityType::OtherId,
        .category = Category::Pii,
        // District (1-3 letters), letters (1-2), number (1-9999), E (electric) or H (historic);
        // written "M-AB 1234" (the usual form), "M-AB-1234" or "M AB 1234".
        .pattern =
            R"(\b(?:[A-Za-z]{1,3}-[A-Za-z]{1,2}[- ][1-9][0-9]{0,3}[EHeh]?|[A-Za-z]{1,3} [A-Za-z]{1,2} [1-9][0-9]{0,3}[EHeh]?)\b)",
        .validator = "de-kfz",
        .contextWords = {"kennzeichen",
                         "kfz",
                         "kfz-kennzeichen",
                         "fahrzeug",
                         "nummernschild",
                         "license plate",
                         "number plate",
                         "plate"},
        .baseScore = 0.45,
        .reason = SCRIM_TR_NOOP("Rules", "German vehicle registration plate"),
    });
    // --- France ---
    r.push_back({
        .id = "fr-nir",
        .type = EntityType::NationalId,
        .category = Category::Pii,
        .pattern = R"((?i)\b[1-478] ?[0-9]{2} ?[0-9]{2} ?(?:[0-9]{2}|2[AB]) ?[0-9]{3} ?[0-9]{3} ?[0-9]{2}\b)",
        .validator = "fr-nir",
        .contextWords = {"nir", "sécurité sociale", "securite sociale", "insee", "carte vitale", "sécu"},
        .baseScore = 0.7,
        .reason = SCRIM_TR_NOOP("Rules", "French social security number (NIR, valid key)"),
    });
    r.push_back({
        .id = "fr-siren",
        .type = EntityType::OtherId,
        .category = Category::Pii,
        .pattern = R"(\b[0-9]{3} ?[0-9]{3} ?[0-9]{3}(?: ?[0-9]{5})?\b)",
        .validator = "fr-siren",
        .contextWords = {"siren", "siret", "rcs"},
        .baseScore = kContextOnlyBase,
        .contextBoost = kContextOnlyBoost,
        .reason = SCRIM_TR_NOOP("Rules", "French company number (SIREN/SIRET) near the word 'SIREN' or 'SIRET'"),
    });
    r.push_back({
        .id = "fr-vat",
        .type = EntityType::OtherId,
        .category = Category::Pii,
        .pattern = R"((?i)\bFR ?[0-9]{2} ?[0-9]{3} ?[0-9]{3} ?[0-9]{3}\b)",
        .validator = "fr-vat",
        .contextWords = {"tva", "vat", "numéro de tva"},
        .baseScore = 0.7,
        .reason = SCRIM_TR_NOOP("Rules", "French VAT number (valid key)"),
    });
    // --- Other countries in the benchmark, where a check digit makes the shape safe ---
    r.push_back({
        .id = "fi-henkilotunnus",
        .type = EntityType::NationalId,
        .category = Category::Pii,
        .pattern = R"((?:\b|[A-Za-z])([0-3][0-9][01][0-9]{3}[\-+A-FU-Ya-fu-y][0-9]{3}[0-9A-Ya-y])\b)",
        .validator = "fi-hetu",
        .contextWords = {"henkilötunnus", "hetu", "personal identity code"},
        .baseScore = 0.6,
        .reason = SCRIM_TR_NOOP("Rules", "Finnish personal identity code (valid date and check character)"),
    });
    r.push_back({
        .id = "es-nif",
        .type = EntityType::NationalId,
        .category = Category::Pii,
        .pattern = R"((?i)\b(?:[0-9]{7,8}|[XYZ][0-9]{7})-?[A-Z]\b)",
        .validator = "es-nif",
        .contextWords = {"dni", "nif", "nie", "documento nacional", "identificación"},
        .baseScore = 0.6,
        .reason = SCRIM_TR_NOOP("Rules", "Spanish DNI/NIF or NIE (valid check letter)"),
    });
    r.push_back({
        .id = "tr-kimlik",
        .type = EntityType::NationalId,
        .category = Category::Pii,
        .pattern = R"(\b[1-9][0-9]{10}\b)",
        .validator = "tr-kimlik",
        .contextWords = {"kimlik", "tckn", "tc kimlik", "turkish id"},
        .baseScore = 0.5,
        .reason = SCRIM_TR_NOOP("Rules", "Turkish identity number (T.C. Kimlik No, valid check digits)"),
    });
    r.push_back({
        .id = "ca-sin",
        .type = EntityType::NationalId,
        .category = Category::Pii,
        .pattern = R"(\b(?:[0-9]{3} [0-9]{3} [0-9]{3}|[0-9]{3}-[0-9]{3}-[0-9]{3}|[0-9]{9})\b)",
        .validator = "ca-sin",
        .contextWords = {"sin", "social insurance", "nas", "assurance sociale"},
        .baseScore = 0.5,
        // One 3-3-3 number in ten passes the Luhn check: order, case and meeting numbers too.
        .negativeWords = {"order",
                          "case",
                          "meeting",
                          "ticket",
                          "reference",
                          "ref",
                          "invoice",
                          "tracking",
                          "booking",
                          "confirmation",
                          "conference",
                          "webinar"},
        .reason = SCRIM_TR_NOOP("Rules", "Canadian Social Insurance Number (valid Luhn checksum)"),
    });
    r.push_back({
        .id = "pl-pesel",
        .type = EntityType::NationalId,
        .category = Category::Pii,
        .pattern = R"(\b[0-9]{2}[0-9]{9}\b)",
        .validator = "pl-pesel",
        .contextWords = {"pesel"},
        .baseScore = 0.5,
        .reason = SCRIM_TR_NOOP("Rules", "Polish PESEL number (valid date and check digit)"),
    });
    r.push_back({
        .id = "za-id",
        .type = EntityType::NationalId,
        .category = Category::Pii,
        .pattern = R"(\b[0-9]{13}\b)",
        .validator = "za-id",
        .contextWords = {"id", "identity number", "south african", "rsa"},
        .baseScore = 0.5,
        .reason = SCRIM_TR_NOOP("Rules", "South African ID number (valid date and Luhn checksum)"),
    });
    r.push_back({
        .id = "sg-nric",
        .type = EntityType::NationalId,
        .category = Category::Pii,
        .pattern = R"((?i)\b[STFGM][0-9]{7}[A-Z]\b)",
        .validator = "sg-nric",
        .contextWords = {"nric", "fin"},
        .baseScore = 0.6,
        .reason = SCRIM_TR_NOOP("Rules", "Singapore NRIC/FIN (valid check letter)"),
    });
    // --- Korea ---
    r.push_back({
        .id = "kr-rrn",
        .type = EntityType::NationalId,
        .category = Category::Pii,
        // YYMMDD, century-and-sex digit 1-4, six digits (the last a check digit before 2020).
        .pattern = R"(\b[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])-?[1-4][0-9]{6}\b)",
        .validator = "kr-rrn",
        .contextWords = {"rrn", "resident registration", "주민등록번호", "주민번호", "korean id"},
        .baseScore = 0.6,
        .reason = SCRIM_TR_NOOP("Rules", "Korean resident registration number (RRN, valid date and check digit)"),
    });
    r.push_back({
        .id = "kr-frn",
        .type = EntityType::NationalId,
        .category = Category::Pii,
        // As the RRN, with century-and-sex digit 5-8.
        .pattern = R"(\b[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])-?[5-8][0-9]{6}\b)",
        .validator = "kr-frn",
        .contextWords = {"frn", "foreigner registration", "alien registration", "registration card", "외국인등록번호"},
        .baseScore = 0.6,
        .reason = SCRIM_TR_NOOP("Rules", "Korean foreigner registration number (valid date and check digit)"),
    });
    r.push_back({
        .id = "kr-brn",
        .type = EntityType::OtherId,
        .category = Category::Pii,
        // Business registration number, printed NNN-NN-NNNNN; ten bare digits only near a word.
        .pattern = R"(\b[0-9]{3}(?:-[0-9]{2}-|[0-9]{2})[0-9]{5}\b)",
        .validator = "kr-brn",
        .contextWords = {"brn", "business registration", "사업자등록번호", "사업자번호"},
        .baseScore = 0.6,
        .reason = SCRIM_TR_NOOP("Rules", "Korean business registration number (valid check digit)"),
    });
    r.push_back({
        .id = "kr-driver-license",
        .type = EntityType::DriverLicense,
        .category = Category::Pii,
        // Region (11-28), year, serial, check digits: printed NN-NN-NNNNNN-NN; twelve bare digits
        // only near a word.
        .pattern = R"(\b(?:1[1-9]|2[0-8])(?:-[0-9]{2}-[0-9]{6}-| [0-9]{2} [0-9]{6} |[0-9]{8})[0-9]{2}\b)",
        .validator = "kr-driver-license",
        .contextWords = {"driver license", "driver's license", "driving licence", "license", "licence", "운전면허"},
        .baseScore = 0.6,
        .reason = SCRIM_TR_NOOP("Rules", "Korean driver's license number"),
    });
    // --- Thailand ---
    r.push_back({
        .id = "th-tnin",
        .type = EntityType::NationalId,
        .category = Category::Pii,
        // Printed 1-2345-67890-12-1; thirteen bare digits only near a word.
        .pattern = R"(\b[1-8](?:[0-9]{12}|-[0-9]{4}-[0-9]{5}-[0-9]{2}-[0-9]| [0-9]{4} [0-9]{5} [0-9]{2} [0-9])\b)",
        .validator = "th-tnin",
        .contextWords = {"thai id",
                         "thai national id",
                         "tnin",
                         "national id",
                         "id card",
                         "citizen id",
                         "เลขประจำตัวประชาชน",
                         "บัตรประชาชน"},
        .baseScore = 0.6,
        .reason = SCRIM_TR_NOOP("Rules", "Thai national ID number (valid province code and check digit)"),
    });
    // --- India ---
    r.push_back({
        .id = "in-aadhaar",
        .type = EntityType::NationalId,
        .category = Category::Pii,
        // Printed NNNN NNNN NNNN; twelve bare digits only near a word.
        .pattern = R"(\b[2-9][0-9]{3}(?:[0-9]{8}| [0-9]{4} [0-9]{4}|-[0-9]{4}-[0-9]{4}|:[0-9]{4}:[0-9]{4})\b)",
        .validator = "in-aadhaar",
        .contextWords = {"aadhaar", "aadhar", "uidai", "आधार"},
        .baseScore = 0.6,
        .reason = SCRIM_TR_NOOP("Rules", "Indian Aadhaar number (valid Verhoeff check digit)"),
    });
    r.push_back({
        .id = "in-pan",
        .type = EntityType::NationalId,
        .category = Category::Pii,
        // Five letters (the fourth the holder type: P, C, H, F, A, T, B, L, J, G), four digits, a letter.
        .pattern = R"(\b[A-Z]{3}[ABCFGHJLPT][A-Z][0-9]{4}[A-Z]\b)",
        .validator = "in-pan",
        .contextWords = {"pan", "permanent account number", "income tax", "pan card", "pan no"},
        .baseScore = 0.55,
        .reason = SCRIM_TR_NOOP("Rules", "Indian Permanent Account Number (PAN)"),
    });
    r.push_back({
        .id = "in-gstin",
        .type = EntityType::OtherId,
        .category = Category::Pii,
        // State code, the holder's PAN, registration count, 'Z', check character.
        .pattern = R"(\b(?:[0-2][0-9]|3[0-8]|97|99)[A-Z]{5}[0-9]{4}[A-Z][1-9A-Z]Z[0-9A-Z]\b)",
        .prefilter = R"([0-9]{2}[A-Z]{5}[0-9])",
        .validator = "in-gstin",
        .contextWords = {"gstin", "gst", "gst number", "gst registration"},
        .baseScore = 0.7,
        .reason = SCRIM_TR_NOOP("Rules", "Indian GST identification number (GSTIN, valid check character)"),
    });
    r.push_back({
        .id = "in-voter-id",
        .type = EntityType::NationalId,
        .category = Category::Pii,
        // EPIC, the voter ID: three letters, seven digits; the shape of reference codes, so only
        // near a word.
        .pattern = R"((?i)\b[A-Z]{3}[0-9]{7}\b)",
        .validator = "in-voter-id",
        .contextWords = {"voter", "voter id", "epic", "electoral", "election card", "vote"},
        .baseScore = kContextOnlyBase,
        .contextBoost = kContextOnlyBoost,
        .reason = SCRIM_TR_NOOP("Rules", "Indian voter ID (EPIC) near the word 'voter'"),
    });
    r.push_back({
        .id = "in-vehicle-registration",
        .type = EntityType::OtherId,
        .category = Category::Pii,
        // State or territory code, district, series, number ("KA 53 ME 3456"); only near a word.
        .pattern = R"((?i)\b[A-Z]{2}[ \-]?[0-9]{1,2}[ \-]?[A-Z]{1,3}[ \-]?[0-9]{4}\b)",
        .validator = "in-vehicle-registration",
        .contextWords = {"registration number", "vehicle", "number plate", "plate", "bike", "car"},
        .baseScore = kContextOnlyBase,
        .contextBoost = kContextOnlyBoost,
        .reason = SCRIM_TR_NOOP("Rules", "Indian vehicle registration number near a word such as 'vehicle'"),
    });
    // --- Italy ---
    r.push_back({
        .id = "it-codice-fiscale",
        .type = EntityType::NationalId,
        .category = Category::Pii,
        // Surname, name, year, month letter, day, cadastral code, check letter; digits may be
        // replaced by L-V (homocodes).
        .pattern = R"((?i)\b[A-Z]{6}[0-9LMNP-V]{2}[ABCDEHLMPRST][0-9LMNP-V]{2}[A-Z][0-9LMNP-V]{3}[A-Z]\b)",
        .prefilter = R"((?i)\b[A-Z]{6}[0-9LMNP-V]{2}[ABCDEHLMPRST][0-9LMNP-V]{2}[A-Z])",
        .validator = "it-codice-fiscale",
        .contextWords = {"codice fiscale", "cod. fisc", "c.f", "cf", "fiscal code", "tax code"},
        .baseScore = 0.7,
        .reason = SCRIM_TR_NOOP("Rules", "Italian fiscal code (codice fiscale, valid check letter)"),
    });
    // --- Australia ---
    r.push_back({
        .id = "au-tfn",
        .type = EntityType::NationalId,
        .category = Category::Pii,
        // Printed 3-3-3; nine bare digits only near a word.
        .pattern = R"(\b[0-9]{3}(?: [0-9]{3} [0-9]{3}|-[0-9]{3}-[0-9]{3}|[0-9]{6})\b)",
        .validator = "au-tfn",
        .contextWords = {"tfn", "tax file number", "tax file no"},
        .baseScore = 0.5,
        .reason = SCRIM_TR_NOOP("Rules", "Australian tax file number (TFN, valid check digit)"),
    });
    r.push_back({
        .id = "au-medicare",
        .type = EntityType::NationalId,
        .category = Category::Pii,
        // Printed 4-5-1 (card number, issue number); ten bare digits only near a word.
        .pattern = R"(\b[2-6][0-9]{3}(?: [0-9]{5} [0-9]|[0-9]{6})\b)",
        .validator = "au-medicare",
        .contextWords = {"medicare", "medicare card", "medicare number", "medicare no"},
        .baseScore = 0.5,
        .reason = SCRIM_TR_NOOP("Rules", "Australian Medicare card number (valid check digit)"),
    });
    r.push_back({
        .id = "au-abn",
        .type = EntityType::OtherId,
        .category = Category::Pii,
        // Printed 2-3-3-3; eleven bare digits only near a word.
        .pattern = R"(\b[1-9][0-9](?: [0-9]{3} [0-9]{3} [0-9]{3}|[0-9]{9})\b)",
        .validator = "au-abn",
        .contextWords = {"abn", "australian business number", "business number"},
        .baseScore = 0.6,
        .reason = SCRIM_TR_NOOP("Rules", "Australian Business Number (ABN, valid mod-89 check)"),
    });
    r.push_back({
        .id = "au-acn",
        .type = EntityType::OtherId,
        .category = Category::Pii,
        // Only near a word: see the validator.
        .pattern = R"(\b[0-9]{3}(?: [0-9]{3} [0-9]{3}|[0-9]{6})\b)",
        .validator = "au-acn",
        .contextWords = {"acn", "arbn", "australian company number", "company number"},
        .baseScore = kContextOnlyBase,
        .contextBoost = kContextOnlyBoost,
        .reason = SCRIM_TR_NOOP("Rules", "Australian Company Number (ACN, valid check digit) near the word 'ACN'"),
    });
    // --- Nigeria ---
    r.push_back({
        .id = "ng-nin",
        .type = EntityType::NationalId,
        .category = Category::Pii,
        .pattern = R"(\b[0-9]{11}\b)",
        .validator = "ng-nin",
        .contextWords = {"nin", "national identification number", "national identity number", "nimc"},
        .baseScore = kContextOnlyBase,
        .contextBoost = kContextOnlyBoost,
        .reason = SCRIM_TR_NOOP("Rules", "Nigerian National Identification Number (NIN) near the word 'NIN'"),
    });
    r.push_back({
        .id = "ng-vehicle-registration",
        .type = EntityType::OtherId,
        .category = Category::Pii,
        // Local government code, number, series ("APP-456CV"); only near a word.
        .pattern = R"((?i)\b[A-Z]{3}[ \-]?[0-9]{3}[A-Z]{2}\b)",
        .contextWords = {"plate", "plates", "plate number", "number plate", "vehicle", "registration"},
        .baseScore = kContextOnlyBase,
        .contextBoost = kContextOnlyBoost,
        .reason = SCRIM_TR_NOOP("Rules", "Nigerian vehicle registration near a word such as 'plate'"),
    });
    // --- Turkey ---
    r.push_back({
        .id = "tr-license-plate",
        .type = EntityType::OtherId,
        .category = Category::Pii,
        // Province (01-81), one to three letters, two to four digits ("34 ABC 1234"); only near a
        // word.
        .pattern = R"((?i)\b(?:0[1-9]|[1-7][0-9]|8[01]) ?[A-Z]{1,3} ?[0-9]{2,4}\b)",
        .contextWords = {"plaka",
                         "plakası",
                         "plakasi",
                         "plaka numarası",
                         "araç",
                         "license plate",
                         "plate",
                         "plates",
                         "number plate"},
        .baseScore = kContextOnlyBase,
        .contextBoost = kContextOnlyBoost,
        .reason = SCRIM_TR_NOOP("Rules", "Turkish licence plate near a word such as 'plaka'"),
    });
    // --- Singapore ---
    r.push_back({
        .id = "sg-uen",
        .type = EntityType::OtherId,
        .category = Category::Pii,
        // Businesses NNNNNNNNC, local companies YYYYNNNNNC, other entities TYYPQNNNNC.
        .pattern = R"(\b(?:[0-9]{8}|(?:18|19|20)[0-9]{7}|[RST][0-9]{2}[A-Z]{2}[0-9]{4})[A-Z]\b)",
        .validator = "sg-uen",
        .contextWords = {"uen", "unique entity number", "acra", "business registration"},
        .baseScore = 0.5,
        .reason = SCRIM_TR_NOOP("Rules", "Singapore Unique Entity Number (UEN, valid check letter)"),
    });
    // --- Dates of birth ---
    r.push_back({
        .id = "date-of-birth",
        .type = EntityType::DateOfBirth,
        .category = Category::Pii,
        // Month names in English, German, French and Swedish ("7 juillet 1985", "12. Mai 1967"), and
        // English ordinals ("21st June 1990", "the 21st of June 1990", "June 21st, 1990").
        .pattern =
            R"(\b(?:[0-3]?[0-9][./\-][01]?[0-9][./\-](?:19|20)?[0-9]{2}|(?:19|20)[0-9]{2}-[01][0-9]-[0-3][0-9]|[0-3]?[0-9](?:st|nd|rd|th)?\.?(?: of)? (?i:jan|feb|f[ée]v|m[äa]r|apr|avr|ma[yij]|jun|jui|jul|aug|ao[uû]|sep|o[ck]t|nov|d[eé][cz])[a-zß-öø-ÿ]*\.?,? (?:19|20)[0-9]{2}|(?i:jan|feb|f[ée]v|m[äa]r|apr|avr|ma[yij]|jun|jui|jul|aug|ao[uû]|sep|o[ck]t|nov|d[eé][cz])[a-zß-öø-ÿ]* [0-3]?[0-9](?:st|nd|rd|th)?,? (?:19|20)[0-9]{2})\b)",
        .validator = "birth-date",
        .contextWords = {"dob",
                         "d.o.b",
                         "date of birth",
                         "birth date",
                         "birthdate",
                         "born",
                         "birthday",
                         "geburtsdatum",
                         "geboren",
                         "geb",
                         "födelsedatum",
                         "född",
                         "date de naissance",
                         "né le",
                         "née le"},
        .baseScore = 0.1,
        .contextBoost = 0.55,
        .reason = SCRIM_TR_NOOP("Rules", "Date next to words such as 'date of birth' or 'born'"),
    });
    return r;
}
