// SPDX-License-Identifier: GPL-3.0-or-later
// Identity, phone and bank-account rules (US, UK, DE, SE, FR, and KR, TH, IN, IT, AU, NG, SG). Every value below is
// made up; the check digits were computed for these tests (the computation is noted next to each group).
#include "core/detect/RuleSet.h"
#include "core/detect/Validators.h"

#include <QTest>

#include <string>

namespace {

bool ownType(EntityType t)
{
    switch (t) {
    case EntityType::NationalId:
    case EntityType::Phone:
    case EntityType::Passport:
    case EntityType::DriverLicense:
    case EntityType::BankAccount:
    case EntityType::DateOfBirth:
    case EntityType::OtherId:
        return true;
    default:
        return false;
    }
}

// "rule-id=value" per finding of the types these rules produce, in order (other families' findings,
// such as a PERSON in the same sentence, are left to their own tests).
QStringList describe(std::string_view text, const std::vector<Finding>& findings)
{
    QStringList out;
    for (const auto& f : findings) {
        if (ownType(f.type)) {
            out << QString::fromStdString(f.ruleId + "=" + std::string(text.substr(f.start, f.length())));
        }
    }
    return out;
}

} // namespace

class TestIdentityRules : public QObject
{
    Q_OBJECT

private:
    std::shared_ptr<const RuleSet> m_rules;

    QStringList scan(const QString& text)
    {
        const QByteArray utf8 = text.toUtf8();
        const std::string_view t(utf8.constData(), static_cast<std::size_t>(utf8.size()));
        auto r = m_rules->scan(t);
        if (!r) {
            qFatal("scan failed: %s", r.error().message.c_str());
        }
        return describe(t, r.value());
    }

private slots:
    void initTestCase()
    {
        auto r = RuleSet::builtin();
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().message.c_str());
        m_rules = r.value();
    }

    void rules_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");

        // The product's own example: "account" makes the digits an account number, not a phone.
        QTest::newRow("account, not phone")
            << u"John Smith's account 123-456-7890 needs review for high blood pressure medication"_qs
            << QStringList{u"bank-account-context=123-456-7890"_qs};
        QTest::newRow("acct with a phone-shaped number")
            << u"acct 415-555-0132 closed"_qs << QStringList{u"bank-account-context=415-555-0132"_qs};
        QTest::newRow("same digits as a phone")
            << u"call 415-555-0132 today"_qs << QStringList{u"phone-us=415-555-0132"_qs};
        // A negative word labels the value next to it, not one further away.
        QTest::newRow("german plate, usual form") << u"Kennzeichen M-AB 1234"_qs << QStringList{u"de-kfz=M-AB 1234"_qs};
        QTest::newRow("german plate form without a word") << u"see RFC-AB 1234"_qs << QStringList{};
        QTest::newRow("birth date in french")
            << u"n\u00e9 le 7 juillet 1985"_qs << QStringList{u"date-of-birth=7 juillet 1985"_qs};
        QTest::newRow("birth date in german")
            << u"geboren am 12. Mai 1967"_qs << QStringList{u"date-of-birth=12. Mai 1967"_qs};
        QTest::newRow("birth date in swedish")
            << u"f\u00f6dd 4 maj 1979"_qs << QStringList{u"date-of-birth=4 maj 1979"_qs};
        QTest::newRow("birth date with an ordinal")
            << u"DOB: 21st June 1990"_qs << QStringList{u"date-of-birth=21st June 1990"_qs};
        QTest::newRow("birth date: the ordinal of the month")
            << u"born on the 21st of June 1990"_qs << QStringList{u"date-of-birth=21st of June 1990"_qs};
        QTest::newRow("birth date: month first with an ordinal")
            << u"Date of birth: June 21st, 1990"_qs << QStringList{u"date-of-birth=June 21st, 1990"_qs};
        QTest::newRow("a french date that is no birth date") << u"r\u00e9union le 7 juillet 2024"_qs << QStringList{};
        QTest::newRow("routing next to account")
            << u"Direct deposit: routing 021000021, account 4829103377"_qs
            << QStringList{u"aba-routing=021000021"_qs, u"bank-account-context=4829103377"_qs};
        QTest::newRow("luhn-valid order number is no SIN") << u"Your order number is 552-100-554."_qs << QStringList{};
        QTest::newRow("meeting id is no SIN") << u"Zoom meeting ID 712 033 448"_qs << QStringList{};
        QTest::newRow("case number is no SIN") << u"Case 130-572-217 escalated"_qs << QStringList{};
        QTest::newRow("order labels the number") << u"Order 415-382-7719 shipped"_qs << QStringList{};
        QTest::newRow("german order number") << u"Bestellnummer 0301234567"_qs << QStringList{};
        QTest::newRow("swedish order number") << u"Ordernummer 0701234567"_qs << QStringList{};
        QTest::newRow("french reference") << u"r\u00e9f\u00e9rence 046-454-286"_qs << QStringList{};
        QTest::newRow("german phone still found")
            << u"Telefon 030 1234567"_qs << QStringList{u"phone-national=030 1234567"_qs};
        QTest::newRow("order further on does not")
            << u"Customer (415-382-7719) says her order never arrived."_qs << QStringList{u"phone-us=415-382-7719"_qs};
        QTest::newRow("order earlier in the sentence does not")
            << u"Order problem: please call the customer on 415-382-7719."_qs
            << QStringList{u"phone-us=415-382-7719"_qs};
        // A leading + makes digits an international phone number, whatever words are near.
        QTest::newRow("international phone near account")
            << u"Maria (+46 70 123 45 67). Her account IBAN is elsewhere"_qs
            << QStringList{u"phone-e164=+46 70 123 45 67"_qs};
        QTest::newRow("account number after a plus sign elsewhere")
            << u"account +1: 12345678"_qs << QStringList{u"bank-account-context=12345678"_qs};

        // US SSN: dashes, spaces, dots; area 666/9xx and group 00 never issued.
        QTest::newRow("ssn dots") << u"ssn 536.22.1234"_qs << QStringList{u"us-ssn=536.22.1234"_qs};
        QTest::newRow("ssn: mixed separators") << u"536-22.1234"_qs << QStringList{};
        QTest::newRow("ssn: group 00") << u"536 00 1234"_qs << QStringList{};
        // ITIN: 9XX, middle group 50-65, 70-88, 90-92, 94-99.
        QTest::newRow("itin") << u"ITIN 912-78-4455"_qs << QStringList{u"us-itin=912-78-4455"_qs};
        QTest::newRow("itin: group 89") << u"ITIN 912-89-4455"_qs << QStringList{};
        QTest::newRow("itin unformatted with context")
            << u"my itin is 912784455"_qs << QStringList{u"us-itin-unformatted=912784455"_qs};
        QTest::newRow("itin: unformatted without context") << u"ref 912784455"_qs << QStringList{};
        // MBI (CMS format; letters S, L, O, I, B, Z never used).
        QTest::newRow("mbi") << u"Medicare 7QR2-WX4-HK61"_qs << QStringList{u"us-mbi=7QR2-WX4-HK61"_qs};
        QTest::newRow("mbi compact with context") << u"MBI 7QR2WX4HK61"_qs << QStringList{u"us-mbi=7QR2WX4HK61"_qs};
        QTest::newRow("mbi: letter S") << u"7SR2-WX4-HK61"_qs << QStringList{};
        QTest::newRow("mbi: compact without context") << u"7QR2WX4HK61"_qs << QStringList{};
        // NPI: Luhn over 80840 + the ten digits (1742958634: 80840174295863 + 4).
        QTest::newRow("npi with context") << u"NPI 1742958634"_qs << QStringList{u"us-npi=1742958634"_qs};
        QTest::newRow("npi: bad check") << u"NPI 1742958635"_qs << QStringList{};
        QTest::newRow("npi: no context") << u"1742958634"_qs << QStringList{};
        // DEA: (1 + 8 + 5) + 2 * (3 + 8 + 6) = 48, check digit 8.
        QTest::newRow("dea with context") << u"DEA# BB1388568 on file"_qs << QStringList{u"us-dea=BB1388568"_qs};
        QTest::newRow("dea, second character 9") << u"prescriber K92993548"_qs << QStringList{u"us-dea=K92993548"_qs};
        QTest::newRow("dea: bad check") << u"DEA BB1388567"_qs << QStringList{};
        QTest::newRow("dea: no context") << u"ref BB1388568"_qs << QStringList{};
        QTest::newRow("dea: a certificate number") << u"ISO 9001 certificate number: BB1388568"_qs << QStringList{};
        // Passports and driver's licences need their word.
        QTest::newRow("us passport") << u"passport no. 548213907"_qs << QStringList{u"passport-number=548213907"_qs};
        QTest::newRow("uk passport new format")
            << u"Passport: PX4827163"_qs << QStringList{u"passport-number=PX4827163"_qs};
        QTest::newRow("fr passport") << u"passeport 18KD47219"_qs << QStringList{u"passport-number=18KD47219"_qs};
        QTest::newRow("passport: no context") << u"code PX4827163"_qs << QStringList{};
        QTest::newRow("es passport, Spanish word after it")
            << u"XDK482913 es mi número de pasaporte"_qs << QStringList{u"passport-number=XDK482913"_qs};
        QTest::newRow("kr passport") << u"Korean passport: M482K7193"_qs
                                     << QStringList{u"passport-number=M482K7193"_qs};
        QTest::newRow("two passports") << u"Passports: PX4827163 and QT7716204"_qs
                                       << QStringList{u"passport-number=PX4827163"_qs, u"passport-number=QT7716204"_qs};
        QTest::newRow("travel document") << u"travel document A48271639"_qs
                                         << QStringList{u"passport-number=A48271639"_qs};
        QTest::newRow("passport: es shape without context") << u"ref XDK482913"_qs << QStringList{};
        QTest::newRow("passport: boarding pass") << u"Boarding pass ABC123456"_qs << QStringList{};
        QTest::newRow("passport: tests pass") << u"All tests pass. Closing INC123456."_qs << QStringList{};
        QTest::newRow("us driver license")
            << u"driver's license D4827163"_qs << QStringList{u"us-driver-license=D4827163"_qs};
        QTest::newRow("driver license: no context") << u"part D4827163"_qs << QStringList{};

        // UK NINO: prefixes D, F, I, Q, U, V and BG, GB, NK, KN, NT, TN, ZZ are never issued.
        QTest::newRow("nino") << u"NI number JG 10 37 46 C"_qs << QStringList{u"uk-nino=JG 10 37 46 C"_qs};
        QTest::newRow("nino compact lower") << u"jg103746c"_qs << QStringList{u"uk-nino=jg103746c"_qs};
        QTest::newRow("nino: prefix GB") << u"GB 10 37 46 C"_qs << QStringList{};
        QTest::newRow("nino: first letter D") << u"DA 10 37 46 C"_qs << QStringList{};
        QTest::newRow("nino: suffix E") << u"JG 10 37 46 E"_qs << QStringList{};
        // NHS: weights 10..2, check 11 - sum mod 11 (943 476 591 -> 9).
        QTest::newRow("nhs") << u"NHS number 943 476 5919"_qs << QStringList{u"uk-nhs=943 476 5919"_qs};
        QTest::newRow("nhs: bad check") << u"NHS number 943 476 5918"_qs << QStringList{};
        QTest::newRow("nhs compact with context")
            << u"NHS: 9434765919"_qs << QStringList{u"uk-nhs-unformatted=9434765919"_qs};
        QTest::newRow("nhs: compact without context") << u"9434765919"_qs << QStringList{};
        // DVLA licence: surname, decade, month (+50), day, year, initials, digit, check letters.
        QTest::newRow("uk driving licence")
            << u"licence WALKE753128PJ9XK"_qs << QStringList{u"uk-driving-licence=WALKE753128PJ9XK"_qs};
        QTest::newRow("uk driving licence: month 13") << u"WALKE713128PJ9XK"_qs << QStringList{};
        QTest::newRow("uk driving licence: day 32") << u"WALKE701328PJ9XK"_qs << QStringList{};
        // Vehicle registration (since 2001): age identifier 02-29 / 51-79, no I or Q.
        QTest::newRow("uk reg") << u"reg KT68 WPN"_qs << QStringList{u"uk-vehicle-registration=KT68 WPN"_qs};
        QTest::newRow("uk reg: age 00") << u"KT00 WPN"_qs << QStringList{};
        QTest::newRow("uk reg: letter I") << u"KT68 WIN"_qs << QStringList{};
        // Sort code and account number.
        QTest::newRow("sort code") << u"sort code 20-45-77, account 41928376"_qs
                                   << QStringList{u"uk-sort-code=20-45-77"_qs, u"bank-account-context=41928376"_qs};
        QTest::newRow("sort code: no context") << u"score 20-45-77"_qs << QStringList{};

        // Swedish personnummer: Luhn over YYMMDDNNNC (811218-987 -> 6); samordningsnummer day + 60.
        QTest::newRow("personnummer") << u"pnr 811218-9876"_qs << QStringList{u"se-personnummer=811218-9876"_qs};
        QTest::newRow("personnummer 12 digits")
            << u"19811218-9876"_qs << QStringList{u"se-personnummer=19811218-9876"_qs};
        QTest::newRow("personnummer plus (over 100)")
            << u"811218+9876"_qs << QStringList{u"se-personnummer=811218+9876"_qs};
        QTest::newRow("personnummer compact 12")
            << u"198507099862"_qs << QStringList{u"se-personnummer=198507099862"_qs};
        QTest::newRow("samordningsnummer") << u"701063-2342"_qs << QStringList{u"se-personnummer=701063-2342"_qs};
        QTest::newRow("personnummer with century on a leap day")
            << u"20000229-1235"_qs << QStringList{u"se-personnummer=20000229-1235"_qs};
        QTest::newRow("personnummer with century: 29 february 1901") << u"19010229-1234"_qs << QStringList{};
        QTest::newRow("personnummer: bad check") << u"811218-9875"_qs << QStringList{};
        QTest::newRow("personnummer: month 13") << u"811318-9876"_qs << QStringList{};
        QTest::newRow("personnummer glued to a letter")
            << u"id:198507099862."_qs << QStringList{u"se-personnummer=198507099862"_qs};
        // Organisationsnummer: third digit >= 2, Luhn (556614-309 -> 4).
        QTest::newRow("orgnr") << u"556614-3094"_qs << QStringList{u"se-organisationsnummer=556614-3094"_qs};
        QTest::newRow("orgnr compact with context")
            << u"orgnr 5566143094"_qs << QStringList{u"se-organisationsnummer=5566143094"_qs};
        QTest::newRow("orgnr: compact without context") << u"5566143094"_qs << QStringList{};
        QTest::newRow("orgnr: bad check") << u"556614-3095"_qs << QStringList{};

        // Steuer-ID: one digit repeated in the first ten, ISO 7064 MOD 11,10 (8609574271 -> 9).
        QTest::newRow("steuer-id") << u"Steuer-ID 86095742719"_qs << QStringList{u"de-steuer-id=86095742719"_qs};
        QTest::newRow("steuer-id grouped") << u"86 095 742 719"_qs << QStringList{u"de-steuer-id=86 095 742 719"_qs};
        QTest::newRow("steuer-id: bad check") << u"86095742718"_qs << QStringList{};
        QTest::newRow("steuer-id: no repeated digit") << u"12345678903"_qs << QStringList{};
        QTest::newRow("steuernummer") << u"St.-Nr. 181/815/08155"_qs
                                      << QStringList{u"de-steuernummer=181/815/08155"_qs};
        QTest::newRow("steuernummer: path") << u"/api/181/815/08155"_qs << QStringList{};
        QTest::newRow("steuernummer federal with context")
            << u"Steuernummer 2181081508155"_qs << QStringList{u"de-steuernummer-federal=2181081508155"_qs};
        // USt-IdNr.: DE + 9 digits, ISO 7064 MOD 11,10 (28147603 -> 1).
        QTest::newRow("de vat") << u"USt-IdNr. DE281476031"_qs << QStringList{u"de-vat-id=DE281476031"_qs};
        QTest::newRow("de vat grouped") << u"DE 281 476 031"_qs << QStringList{u"de-vat-id=DE 281 476 031"_qs};
        QTest::newRow("de vat: bad check") << u"DE281476032"_qs << QStringList{};
        // KVNR: letter as 01-26, weights 1,2,..., digit sums (K 03151497 -> 4).
        QTest::newRow("kvnr") << u"KVNR K031514974"_qs << QStringList{u"de-health-insurance=K031514974"_qs};
        QTest::newRow("kvnr: bad check") << u"K031514975"_qs << QStringList{};
        // Rentenversicherungsnummer: area, DDMMYY, initial, serial, check (65170839 J 00 -> 3).
        QTest::newRow("rvnr") << u"RVNR 65170839J003"_qs << QStringList{u"de-social-security=65170839J003"_qs};
        QTest::newRow("rvnr: bad check") << u"65170839J004"_qs << QStringList{};
        QTest::newRow("rvnr: month 13") << u"65171339J003"_qs << QStringList{};
        // LANR: weights 4,9,... (482913 -> 2), specialty 21; only with its word.
        QTest::newRow("lanr") << u"LANR 482913221"_qs << QStringList{u"de-lanr=482913221"_qs};
        QTest::newRow("lanr: bad check") << u"LANR 482913321"_qs << QStringList{};
        QTest::newRow("handelsregister") << u"Amtsgericht Köln HRB 48213"_qs
                                         << QStringList{u"de-handelsregister=HRB 48213"_qs};
        QTest::newRow("handelsregister: HRC") << u"HRC 48213"_qs << QStringList{};
        QTest::newRow("kfz dashes") << u"K-LM-4821"_qs << QStringList{u"de-kfz=K-LM-4821"_qs};
        QTest::newRow("kfz spaces with context") << u"Kennzeichen K LM 4821"_qs << QStringList{u"de-kfz=K LM 4821"_qs};
        QTest::newRow("kfz: capitals in prose") << u"TOTAL DUE ON 15"_qs << QStringList{};
        QTest::newRow("personalausweis") << u"Personalausweis: T7KM9R2F4"_qs << QStringList{u"de-id-card=T7KM9R2F4"_qs};
        QTest::newRow("personalausweis: no context") << u"T7KM9R2F4"_qs << QStringList{};
        QTest::newRow("fuehrerschein") << u"Führerschein B072RRE2I55"_qs
                                       << QStringList{u"de-driving-licence=B072RRE2I55"_qs};

        // French NIR: key 97 - (13 digits mod 97); Corsica 2A/2B count as 19/18.
        QTest::newRow("nir") << u"sécurité sociale 1 84 07 76 451 089 63"_qs
                             << QStringList{u"fr-nir=1 84 07 76 451 089 63"_qs};
        QTest::newRow("nir compact") << u"184077645108963"_qs << QStringList{u"fr-nir=184077645108963"_qs};
        // One compact NIR in ten that starts with 1 passes Luhn as a 15-digit UATP card number;
        // labelled, it is the NIR.
        QTest::newRow("nir labelled, a card's shape")
            << u"NIR: 107095600244067"_qs << QStringList{u"fr-nir=107095600244067"_qs};
        QTest::newRow("nir after s\u00e9curit\u00e9 sociale, a card's shape")
            << u"num\u00e9ro de s\u00e9curit\u00e9 sociale 107095600244067"_qs
            << QStringList{u"fr-nir=107095600244067"_qs};
        QTest::newRow("nir corsica") << u"187072A00400808"_qs << QStringList{u"fr-nir=187072A00400808"_qs};
        QTest::newRow("nir: bad key") << u"184077645108964"_qs << QStringList{};
        // SIREN/SIRET: Luhn (73282932 -> 0); VAT key (12 + 3 * (SIREN mod 97)) mod 97.
        QTest::newRow("siren") << u"SIREN 732 829 320"_qs << QStringList{u"fr-siren=732 829 320"_qs};
        QTest::newRow("siret") << u"SIRET 73282932000017"_qs << QStringList{u"fr-siren=73282932000017"_qs};
        QTest::newRow("siren: no context") << u"732829320"_qs << QStringList{};
        QTest::newRow("fr vat") << u"TVA FR44732829320"_qs << QStringList{u"fr-vat=FR44732829320"_qs};
        QTest::newRow("fr vat: bad key") << u"FR45732829320"_qs << QStringList{};

        // ABA routing: prefix 00-12/21-32/61-72/80, weights 3,7,1 (02600959 -> 3).
        QTest::newRow("aba grouped") << u"0260-0959-3"_qs << QStringList{u"aba-routing=0260-0959-3"_qs};
        QTest::newRow("aba with context") << u"routing number 026009593"_qs << QStringList{u"aba-routing=026009593"_qs};
        QTest::newRow("aba: bare") << u"026009593"_qs << QStringList{};
        QTest::newRow("aba: bad check") << u"routing 026009594"_qs << QStringList{};

        // Phones, national formats.
        QTest::newRow("us phone parens") << u"(415) 555-0132"_qs << QStringList{u"phone-us=(415) 555-0132"_qs};
        QTest::newRow("us phone with 1") << u"1-415-555-0132"_qs << QStringList{u"phone-us=1-415-555-0132"_qs};
        QTest::newRow("us phone: exchange 0xx") << u"415-055-0132"_qs << QStringList{};
        QTest::newRow("us phone: area code N11") << u"call (911) 555-2368"_qs << QStringList{};
        QTest::newRow("us phone: exchange N11") << u"call 212-411-2369"_qs << QStringList{};
        QTest::newRow("us phone: E.164, area code N11") << u"call +1 411 555 2368"_qs << QStringList{};
        QTest::newRow("us phone: 1 and area code N11") << u"call 1 611 555 2368"_qs << QStringList{};
        QTest::newRow("us phone: area code with 1 in the middle")
            << u"call (312) 515-2368"_qs << QStringList{u"phone-us=(312) 515-2368"_qs};
        QTest::newRow("uk landline") << u"020 7946 0958"_qs << QStringList{u"phone-national=020 7946 0958"_qs};
        QTest::newRow("uk mobile") << u"07700 900123"_qs << QStringList{u"phone-national=07700 900123"_qs};
        QTest::newRow("de with slash") << u"Tel. 030/12345678"_qs << QStringList{u"phone-national=030/12345678"_qs};
        QTest::newRow("de area in brackets")
            << u"(089) 1234 5678"_qs << QStringList{u"phone-national=(089) 1234 5678"_qs};
        QTest::newRow("se mobile") << u"070-123 45 67"_qs << QStringList{u"phone-national=070-123 45 67"_qs};
        QTest::newRow("fr dots") << u"06.12.34.56.78"_qs << QStringList{u"phone-national=06.12.34.56.78"_qs};
        QTest::newRow("fr spaces") << u"01 42 68 53 00"_qs << QStringList{u"phone-national=01 42 68 53 00"_qs};
        // Singapore: weights 2,7,6,5,4,3,2 and the series' offset (T, G: 4; M: 3); check letters
        // from JZIHGFEDCBA (S, T), XWUTRQPNMLK (F, G) and XWUTRQPNJLK (M, issued since 2022).
        QTest::newRow("sg nric S") << u"NRIC S1234567D"_qs << QStringList{u"sg-nric=S1234567D"_qs};
        QTest::newRow("sg nric T") << u"NRIC T1234567J"_qs << QStringList{u"sg-nric=T1234567J"_qs};
        QTest::newRow("sg fin F") << u"FIN F1234567N"_qs << QStringList{u"sg-nric=F1234567N"_qs};
        QTest::newRow("sg fin G") << u"FIN G1234567X"_qs << QStringList{u"sg-nric=G1234567X"_qs};
        QTest::newRow("sg fin M") << u"FIN M1234567K"_qs << QStringList{u"sg-nric=M1234567K"_qs};
        QTest::newRow("sg fin M, remainder 3") << u"FIN M4332674T"_qs << QStringList{u"sg-nric=M4332674T"_qs};
        QTest::newRow("sg nric: wrong check letter") << u"NRIC S1234567A"_qs << QStringList{};
        QTest::newRow("sg fin M: the table read backwards") << u"FIN M1234567X"_qs << QStringList{};
        QTest::newRow("sg fin M: the F/G table's M") << u"FIN M4332674N"_qs << QStringList{};
        // Turkey: 3-3-2-2 without the trunk 0, spaces or hyphens throughout.
        QTest::newRow("tr mobile") << u"532 123 45 67"_qs << QStringList{u"phone-tr=532 123 45 67"_qs};
        QTest::newRow("tr istanbul, hyphens") << u"Ara: 212-555-12-34"_qs << QStringList{u"phone-tr=212-555-12-34"_qs};
        QTest::newRow("tr with trunk 0 stays national")
            << u"0532 123 45 67"_qs << QStringList{u"phone-national=0532 123 45 67"_qs};
        QTest::newRow("tr with +90 stays e164")
            << u"+90 532 123 45 67"_qs << QStringList{u"phone-e164=+90 532 123 45 67"_qs};
        QTest::newRow("tr: mixed separators") << u"532 123-45-67"_qs << QStringList{};
        QTest::newRow("tr: no such mobile code") << u"572 123 45 67"_qs << QStringList{};
        QTest::newRow("tr: area code 1xx") << u"total 123 456 78 90"_qs << QStringList{};
        QTest::newRow("tr: dots are a version or an address") << u"build 507.123.87.47"_qs << QStringList{};
        QTest::newRow("tr: four sizes in a row") << u"<svg viewBox=\"256 128 32 32\">"_qs << QStringList{};
        QTest::newRow("tr: no mobile code, spaces") << u"Mem: 512 256 12 34"_qs << QStringList{};
        QTest::newRow("tr: area code with spaces needs a phone word") << u"bbox 320 240 64 48"_qs << QStringList{};
        QTest::newRow("tr: a group of a longer number") << u"ref 1 532 123 45 67"_qs << QStringList{};
        QTest::newRow("phone: a date") << u"01.02.2023"_qs << QStringList{};
        QTest::newRow("phone: an isbn-10") << u"ISBN 0-306-40615-2"_qs << QStringList{};
        QTest::newRow("phone: followed by a count")
            << u"ring 0171 1234567 12 times"_qs << QStringList{u"phone-national=0171 1234567"_qs};
        QTest::newRow("phone with context, no format")
            << u"mobile: 4155550132"_qs << QStringList{u"phone-context=4155550132"_qs};
        QTest::newRow("an amount next to 'mobile' is no phone") << u"Mobile: 1 250 000 users"_qs << QStringList{};
        QTest::newRow("an amount in kronor next to 'telefon'")
            << u"Försäljning via telefon: 3 120 500 kr"_qs << QStringList{};
        QTest::newRow("an amount after a currency sign next to 'phone'")
            << u"Phone sales: \u20ac 1 250 000"_qs << QStringList{};
        QTest::newRow("a ticket number next to a phone")
            << u"Mobile 0171 1234567, Ticket 2025-0311-88420"_qs << QStringList{u"phone-national=0171 1234567"_qs};
        QTest::newRow("a mobile number after 'ticket' is still one")
            << u"see the ticket: 0151 8612 6593"_qs << QStringList{u"phone-national=0151 8612 6593"_qs};
        QTest::newRow("a phone number before a street named St.")
            << u"mobile: 4155550132 St. Pauli office"_qs << QStringList{u"phone-context=4155550132"_qs};
        QTest::newRow("an amount next to 'konto'") << u"Konto 3001: Erlöse 1 250 000 kr"_qs << QStringList{};
        QTest::newRow("an aws account") << u"AWS account 123456789012"_qs << QStringList{};
        QTest::newRow("a general ledger account") << u"GL account 400100"_qs << QStringList{};
        QTest::newRow("phone e164 in parentheses")
            << u"Johan (+44 20 7946 0958) called"_qs << QStringList{u"phone-e164=+44 20 7946 0958"_qs};
        QTest::newRow("phone e164 with an area code in parentheses, in parentheses")
            << u"(+1 (415) 555-0132)"_qs << QStringList{u"phone-e164=+1 (415) 555-0132"_qs};
        // The international form with 00 for "+", as much of Europe writes it.
        QTest::newRow("00 prefix, swedish mobile")
            << u"Nå mig på 0046 70 123 45 67 idag"_qs << QStringList{u"phone-international-00=0046 70 123 45 67"_qs};
        QTest::newRow("00 prefix, berlin")
            << u"Büro 0049 30 1234567."_qs << QStringList{u"phone-international-00=0049 30 1234567"_qs};
        QTest::newRow("00 prefix, compact, no context") << u"Artikel 00493012345678 lieferbar"_qs << QStringList{};
        QTest::newRow("00 prefix, compact, with context")
            << u"Telefon: 00493012345678"_qs << QStringList{u"phone-international-00=00493012345678"_qs};
        QTest::newRow("00 prefix, too short") << u"code 0049 123"_qs << QStringList{};
        QTest::newRow("00 prefix: a group of a longer number") << u"ref 6011 0010 6886 8791"_qs << QStringList{};
        QTest::newRow("phone e164 not doubled")
            << u"+1 415 555 0132"_qs << QStringList{u"phone-e164=+1 415 555 0132"_qs};

        // Other countries with check digits.
        // Finnish HETU: DDMMYYNNN mod 31 (170383274 -> M).
        QTest::newRow("fi hetu") << u"170383-274M"_qs << QStringList{u"fi-henkilotunnus=170383-274M"_qs};
        QTest::newRow("fi hetu 2000s") << u"240612A153B"_qs << QStringList{u"fi-henkilotunnus=240612A153B"_qs};
        QTest::newRow("fi hetu: bad check") << u"170383-274N"_qs << QStringList{};
        QTest::newRow("fi hetu: lower case inside a hash")
            << u"commit 4be1f0c9e2d7a6b5c4f050115b0030 fixed it"_qs << QStringList{};
        QTest::newRow("fi hetu in lower case")
            << u"hetu 220914v5637"_qs << QStringList{u"fi-henkilotunnus=220914v5637"_qs};
        // 29 February only in a leap year, where the number gives the century (reviewed values).
        QTest::newRow("fi hetu on a leap day") << u"290200A1239"_qs << QStringList{u"fi-henkilotunnus=290200A1239"_qs};
        QTest::newRow("fi hetu: 29 february 1901") << u"290201-123J"_qs << QStringList{};
        QTest::newRow("fi hetu: slash") << u"170383/274M"_qs << QStringList{};
        // Spanish DNI / NIE: number mod 23 in "TRWAGMYFPDXBNJZSQVHLCKE".
        QTest::newRow("es dni") << u"DNI 47382916H"_qs << QStringList{u"es-nif=47382916H"_qs};
        QTest::newRow("es nie") << u"Y4728193-M"_qs << QStringList{u"es-nif=Y4728193-M"_qs};
        QTest::newRow("es dni: bad letter") << u"47382916J"_qs << QStringList{};
        // Turkish Kimlik: two check digits (284719365 -> 5, 0).
        QTest::newRow("tr kimlik") << u"TCKN 28471936550"_qs << QStringList{u"tr-kimlik=28471936550"_qs};
        QTest::newRow("tr kimlik: bad check") << u"28471936552"_qs << QStringList{};
        // Canadian SIN: Luhn (27183945 -> 8); grouped alone, bare only with context.
        QTest::newRow("ca sin") << u"271 839 458"_qs << QStringList{u"ca-sin=271 839 458"_qs};
        QTest::newRow("ca sin: bare without context") << u"271839458"_qs << QStringList{};
        QTest::newRow("ca sin: bad check") << u"271 839 459"_qs << QStringList{};
        // PESEL: weights 1,3,7,9 (8512170293 -> 4); ZA ID: date and Luhn (850417512308 -> 5).
        QTest::newRow("pl pesel") << u"PESEL 85121702934"_qs << QStringList{u"pl-pesel=85121702934"_qs};
        QTest::newRow("pl pesel on a leap day (2000)")
            << u"PESEL 00222912349"_qs << QStringList{u"pl-pesel=00222912349"_qs};
        QTest::newRow("pl pesel on a leap day (1996)")
            << u"PESEL 96022912346"_qs << QStringList{u"pl-pesel=96022912346"_qs};
        QTest::newRow("pl pesel: 29 february 1997") << u"PESEL 97022912343"_qs << QStringList{};
        QTest::newRow("pl pesel: 29 february 2097") << u"PESEL 97222912349"_qs << QStringList{};
        QTest::newRow("za id") << u"8504175123085"_qs << QStringList{u"za-id=8504175123085"_qs};
        QTest::newRow("za id: bad check") << u"8504175123086"_qs << QStringList{};

        // Korean RRN / FRN: weights 2,3,4,5,6,7,8,9,2,3,4,5; check (11 - sum mod 11) mod 10 (850723-104215
        // -> 4), for the FRN (13 - sum mod 11) mod 10 (880412-573019 -> 6).
        QTest::newRow("kr rrn") << u"850723-1042154"_qs << QStringList{u"kr-rrn=850723-1042154"_qs};
        QTest::newRow("kr rrn compact") << u"8507231042154"_qs << QStringList{u"kr-rrn=8507231042154"_qs};
        QTest::newRow("kr rrn: bad check") << u"850723-1042150"_qs << QStringList{};
        QTest::newRow("kr rrn: bad check with context")
            << u"RRN 850723-1042150"_qs << QStringList{u"kr-rrn=850723-1042150"_qs};
        QTest::newRow("kr rrn since 2020 (random digits)")
            << u"210315-3482710"_qs << QStringList{u"kr-rrn=210315-3482710"_qs};
        QTest::newRow("kr rrn: month 13") << u"851323-1042154"_qs << QStringList{};
        // Born in a year still to come (2099: century digit 3), with a valid check digit or none.
        QTest::newRow("kr rrn: born in a year to come") << u"RRN 991231-3123455"_qs << QStringList{};
        QTest::newRow("kr rrn: a year to come, random digits") << u"ref 991231-3123456"_qs << QStringList{};
        QTest::newRow("kr rrn on a leap day") << u"RRN 000229-3123454"_qs << QStringList{u"kr-rrn=000229-3123454"_qs};
        QTest::newRow("kr rrn: 29 february 2001") << u"RRN 010229-3123451"_qs << QStringList{};
        QTest::newRow("kr frn") << u"880412-5730196"_qs << QStringList{u"kr-frn=880412-5730196"_qs};
        QTest::newRow("kr frn: rrn check digit") << u"880412-5730194"_qs << QStringList{};
        // Thai ID: province 10-96 (not 28, 29, ...), weights 13..2 (110170012345 -> 6).
        QTest::newRow("th tnin grouped") << u"1-1017-00123-45-6"_qs << QStringList{u"th-tnin=1-1017-00123-45-6"_qs};
        QTest::newRow("th tnin spaced") << u"3 5024 00788 12 0"_qs << QStringList{u"th-tnin=3 5024 00788 12 0"_qs};
        QTest::newRow("th tnin bare with context")
            << u"Thai ID 1101700123456"_qs << QStringList{u"th-tnin=1101700123456"_qs};
        QTest::newRow("th tnin: bare without context") << u"1101700123456"_qs << QStringList{};
        QTest::newRow("th tnin: bad check") << u"1-1017-00123-45-7"_qs << QStringList{};
        QTest::newRow("th tnin: province 29") << u"1-2917-00123-45-6"_qs << QStringList{};
        // Aadhaar: first digit 2-9, Verhoeff (46829175302 -> 4).
        QTest::newRow("aadhaar") << u"4682 9175 3024"_qs << QStringList{u"in-aadhaar=4682 9175 3024"_qs};
        QTest::newRow("aadhaar dashes") << u"4682-9175-3024"_qs << QStringList{u"in-aadhaar=4682-9175-3024"_qs};
        QTest::newRow("aadhaar bare with context")
            << u"Aadhaar: 274839105621"_qs << QStringList{u"in-aadhaar=274839105621"_qs};
        QTest::newRow("aadhaar: bare without context") << u"274839105621"_qs << QStringList{};
        QTest::newRow("aadhaar: bad check") << u"4682 9175 3025"_qs << QStringList{};
        // Numbers whose check digit depends on the fifth row of Verhoeff's permutation table
        // (9 4 5 3 1 2 6 8 7 0): found with it, and not with 6 and 8 swapped.
        QTest::newRow("aadhaar, fifth permutation row")
            << u"Aadhaar: 4991 1866 5246, 5557 5918 3623"_qs
            << QStringList{u"in-aadhaar=4991 1866 5246"_qs, u"in-aadhaar=5557 5918 3623"_qs};
        QTest::newRow("aadhaar: check digit of a wrong permutation row")
            << u"Aadhaar: 4086 8288 9093, 5549 3066 6836"_qs << QStringList{};
        QTest::newRow("aadhaar: inside a longer group") << u"4682 9175 3024 7781"_qs << QStringList{};
        // PAN: holder type P, C, H, F, A, T, B, L, J, G as the fourth letter.
        QTest::newRow("pan") << u"PAN BNZPK4821M"_qs << QStringList{u"in-pan=BNZPK4821M"_qs};
        QTest::newRow("pan: holder type N") << u"BNZNK4821M"_qs << QStringList{};
        QTest::newRow("pan: serial 0000") << u"BNZPK0000M"_qs << QStringList{};
        QTest::newRow("pan: lower case") << u"bnzpk4821m"_qs << QStringList{};
        // GSTIN: Luhn mod 36 (29BNZPK4821M1Z -> 2).
        QTest::newRow("gstin") << u"GSTIN 29BNZPK4821M1Z2"_qs << QStringList{u"in-gstin=29BNZPK4821M1Z2"_qs};
        QTest::newRow("gstin: bad check") << u"29BNZPK4821M1Z3"_qs << QStringList{};
        QTest::newRow("gstin: state 45") << u"45BNZPK4821M1Z2"_qs << QStringList{};
        // Codice fiscale: odd/even tables, sum mod 26 (BNCLCU90A41F205 -> Z; homocode F20R -> U).
        QTest::newRow("codice fiscale") << u"CF: BNCLCU90A41F205Z"_qs
                                        << QStringList{u"it-codice-fiscale=BNCLCU90A41F205Z"_qs};
        QTest::newRow("codice fiscale homocode")
            << u"BNCLCU90A41F20RU"_qs << QStringList{u"it-codice-fiscale=BNCLCU90A41F20RU"_qs};
        QTest::newRow("codice fiscale: bad check") << u"BNCLCU90A41F205Y"_qs << QStringList{};
        QTest::newRow("codice fiscale: day 35") << u"BNCLCU90A35F205Z"_qs << QStringList{};
        // Australia. TFN: weights 1,4,3,7,5,8,6,9,10, mod 11 (48271635 -> 9); Medicare: weights 1,3,7,9
        // (34817265 -> 0), issue number; ABN: mod 89; ACN: weights 8..1 (00412837 -> 6).
        QTest::newRow("au tfn") << u"482 716 359"_qs << QStringList{u"au-tfn=482 716 359"_qs};
        QTest::newRow("au tfn bare with context") << u"TFN 482716359"_qs << QStringList{u"au-tfn=482716359"_qs};
        QTest::newRow("au tfn: bare without context") << u"482716359"_qs << QStringList{};
        QTest::newRow("au tfn: bad check") << u"482 716 358"_qs << QStringList{};
        QTest::newRow("au medicare") << u"3481 72650 1"_qs << QStringList{u"au-medicare=3481 72650 1"_qs};
        QTest::newRow("au medicare bare with context")
            << u"Medicare card 3481726501"_qs << QStringList{u"au-medicare=3481726501"_qs};
        QTest::newRow("au medicare: bad check") << u"3481 72651 1"_qs << QStringList{};
        QTest::newRow("au abn") << u"62 181 234 504"_qs << QStringList{u"au-abn=62 181 234 504"_qs};
        QTest::newRow("au abn bare with context") << u"ABN 62181234536"_qs << QStringList{u"au-abn=62181234536"_qs};
        QTest::newRow("au abn: bad check") << u"62 181 234 505"_qs << QStringList{};
        QTest::newRow("au acn with context") << u"ACN 004 128 376"_qs << QStringList{u"au-acn=004 128 376"_qs};
        QTest::newRow("au acn: no context") << u"004128376"_qs << QStringList{};
        QTest::newRow("au acn: bad check") << u"ACN 004 128 377"_qs << QStringList{};
        // Nigerian NIN: eleven digits, only with its word.
        QTest::newRow("ng nin") << u"NIN: 58201937465"_qs << QStringList{u"ng-nin=58201937465"_qs};
        QTest::newRow("ng nin: no context") << u"58201937465"_qs << QStringList{};
        // Korean business registration number: printed 3-2-5 alone, ten bare digits with the word.
        QTest::newRow("kr brn") << u"사업자 220-81-62517"_qs << QStringList{u"kr-brn=220-81-62517"_qs};
        QTest::newRow("kr brn bare with context") << u"BRN 3146209873"_qs << QStringList{u"kr-brn=3146209873"_qs};
        QTest::newRow("kr brn: bare, no context") << u"ref 3146209873"_qs << QStringList{};
        QTest::newRow("kr brn: bad check") << u"220-81-62518"_qs << QStringList{};
        // Korean driver's license: region 11-28; printed with separators alone.
        QTest::newRow("kr driver license")
            << u"면허 12-19-402718-31"_qs << QStringList{u"kr-driver-license=12-19-402718-31"_qs};
        QTest::newRow("kr driver license spaced")
            << u"license 25 07 118204 62"_qs << QStringList{u"kr-driver-license=25 07 118204 62"_qs};
        QTest::newRow("kr driver license: region 99") << u"99-19-402718-31"_qs << QStringList{};
        QTest::newRow("kr driver license: bare, no context") << u"121940271831"_qs << QStringList{};
        // Indian voter ID and vehicle registration, Nigerian and Turkish plates: only with a word.
        QTest::newRow("in voter id") << u"Voter ID: RTK4410293"_qs << QStringList{u"in-voter-id=RTK4410293"_qs};
        QTest::newRow("in voter id: no context") << u"order RTK4410293 shipped"_qs << QStringList{};
        QTest::newRow("in vehicle") << u"vehicle MH 12 DE 1433 parked"_qs
                                    << QStringList{u"in-vehicle-registration=MH 12 DE 1433"_qs};
        QTest::newRow("in vehicle: no state") << u"vehicle QQ12DE1433"_qs << QStringList{};
        QTest::newRow("in vehicle: no context") << u"part MH12DE1433"_qs << QStringList{};
        QTest::newRow("ng plate") << u"plate number LND-512KJ"_qs
                                  << QStringList{u"ng-vehicle-registration=LND-512KJ"_qs};
        QTest::newRow("ng plate: no context") << u"ticket LND-512KJ"_qs << QStringList{};
        QTest::newRow("tr plate") << u"Araç plakası 06 BK 4127"_qs << QStringList{u"tr-license-plate=06 BK 4127"_qs};
        QTest::newRow("tr plate: province 82") << u"plaka 82 BK 4127"_qs << QStringList{};
        QTest::newRow("tr plate: no context") << u"build 34 AB 12 released"_qs << QStringList{};
        // Singapore UEN: businesses (4729158 0 -> X), local companies (201584210 -> N), others
        // (T19LL0480 -> D).
        QTest::newRow("sg uen business") << u"UEN 47291580X"_qs << QStringList{u"sg-uen=47291580X"_qs};
        QTest::newRow("sg uen local company") << u"201584210N"_qs << QStringList{u"sg-uen=201584210N"_qs};
        QTest::newRow("sg uen other") << u"T19LL0480D"_qs << QStringList{u"sg-uen=T19LL0480D"_qs};
        QTest::newRow("sg uen: bad check") << u"47291580M"_qs << QStringList{};
        QTest::newRow("sg uen: entity type ZZ") << u"T19ZZ0480D"_qs << QStringList{};

        // Dates of birth need their word.
        QTest::newRow("dob") << u"DOB: 14/03/1985"_qs << QStringList{u"date-of-birth=14/03/1985"_qs};
        QTest::newRow("dob us order") << u"date of birth 03/14/1985"_qs << QStringList{u"date-of-birth=03/14/1985"_qs};
        QTest::newRow("dob iso") << u"born 1985-03-14"_qs << QStringList{u"date-of-birth=1985-03-14"_qs};
        QTest::newRow("dob month name") << u"born on March 14, 1985"_qs
                                        << QStringList{u"date-of-birth=March 14, 1985"_qs};
        QTest::newRow("geburtsdatum") << u"Geburtsdatum: 14.03.1985"_qs << QStringList{u"date-of-birth=14.03.1985"_qs};
        QTest::newRow("date: no context") << u"invoice dated 14/03/1985"_qs << QStringList{};
        QTest::newRow("dob: impossible date") << u"DOB 31/02/1985"_qs << QStringList{};
    }
    void fictionalPhoneNumbers_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("testValue");
        QTest::newRow("us 555-01xx") << u"call 415-555-0132 today"_qs << true;
        QTest::newRow("e164 555-01xx") << u"+1 415 555 0100"_qs << true;
        QTest::newRow("us 555 outside the range") << u"call 415-555-0299"_qs << false;
        QTest::newRow("berlin number with 555 01") << u"Telefon 030 5550123"_qs << false;
        // Ofcom's drama ranges (UK).
        QTest::newRow("ofcom london") << u"call +44 20 7946 0958 today"_qs << true;
        QTest::newRow("ofcom london, national") << u"call 020 7946 0958 today"_qs << true;
        QTest::newRow("ofcom mobile") << u"mobile 07700 900123"_qs << true;
        QTest::newRow("ofcom leeds") << u"Tel: 0113 496 0000"_qs << true;
        QTest::newRow("ofcom, trunk 0 after +44") << u"call +44 (0)20 7946 0321"_qs << true;
        QTest::newRow("ofcom, london grouped 0207") << u"call 0207 946 0000"_qs << true;
        QTest::newRow("ofcom, 0044") << u"call 0044 20 7946 0999 now"_qs << true;
        QTest::newRow("00 prefix, real london number") << u"call 0044 20 7123 4567 now"_qs << false;
        QTest::newRow("london outside the range") << u"call +44 20 7946 1958 today"_qs << false;
        QTest::newRow("german mobile with the same digits") << u"Handy 0163 2960123"_qs << false;
    }

    void fictionalPhoneNumbers()
    {
        // NANP 555-0100..0199 and Ofcom's drama ranges are set aside for fiction: reported as
        // documented test values.
        QFETCH(QString, text);
        QFETCH(bool, testValue);
        const QByteArray utf8 = text.toUtf8();
        auto found = m_rules->scan(std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size())));
        QVERIFY(found.ok());
        QCOMPARE(found.value().size(), std::size_t{1});
        QCOMPARE(found.value().front().testValue, testValue);
    }

    void rules()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(scan(text), expected);
    }

    void validators_data()
    {
        QTest::addColumn<QString>("validator");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("valid");
        QTest::newRow("nhs") << u"uk-nhs"_qs << u"4857773457"_qs << true;
        QTest::newRow("nhs check 10 never issued") << u"uk-nhs"_qs << u"1234567890"_qs << false;
        QTest::newRow("personnummer") << u"se-personnummer"_qs << u"8507099862"_qs << true;
        QTest::newRow("personnummer century 17") << u"se-personnummer"_qs << u"178507099862"_qs << false;
        QTest::newRow("samordningsnummer") << u"se-personnummer"_qs << u"4607812346"_qs << true;
        QTest::newRow("orgnr is not a personnummer") << u"se-personnummer"_qs << u"5566143094"_qs << false;
        QTest::newRow("personnummer is not an orgnr") << u"se-organisationsnummer"_qs << u"8507099862"_qs << false;
        QTest::newRow("orgnr 16 prefix") << u"se-organisationsnummer"_qs << u"165566143094"_qs << true;
        QTest::newRow("steuer-id triple") << u"de-steuer-id"_qs << u"47198263545"_qs << true;
        QTest::newRow("steuer-id leading zero") << u"de-steuer-id"_qs << u"06095742719"_qs << false;
        QTest::newRow("steuer-id three in a row") << u"de-steuer-id"_qs << u"11123456780"_qs << false;
        QTest::newRow("kvnr") << u"de-kvnr"_qs << u"P467091225"_qs << true;
        QTest::newRow("rvnr") << u"de-rvnr"_qs << u"12280271M049"_qs << true;
        QTest::newRow("lanr") << u"de-lanr"_qs << u"730516201"_qs << true;
        QTest::newRow("nir") << u"fr-nir"_qs << u"293109901234579"_qs << true;
        QTest::newRow("nir sex 5") << u"fr-nir"_qs << u"593109901234579"_qs << false;
        QTest::newRow("aba") << u"aba-routing"_qs << u"311074039"_qs << true;
        QTest::newRow("aba prefix 42") << u"aba-routing"_qs << u"421042111"_qs << false;
        QTest::newRow("npi") << u"us-npi"_qs << u"2503817464"_qs << true;
        QTest::newRow("npi prefix 3") << u"us-npi"_qs << u"3503817464"_qs << false;
        QTest::newRow("dea") << u"us-dea"_qs << u"GL0285191"_qs << true;
        QTest::newRow("dea type letter I") << u"us-dea"_qs << u"IL0285191"_qs << false;
        QTest::newRow("itin group 93") << u"us-itin"_qs << u"912934455"_qs << false;
        QTest::newRow("kr rrn is not an frn") << u"kr-frn"_qs << u"8507231042154"_qs << false;
        QTest::newRow("kr frn is not an rrn") << u"kr-rrn"_qs << u"8804125730196"_qs << false;
        QTest::newRow("aadhaar first digit 1") << u"in-aadhaar"_qs << u"1682 9175 3024"_qs << false;
        QTest::newRow("aadhaar all same") << u"in-aadhaar"_qs << u"2222 2222 2222"_qs << false;
        QTest::newRow("tnin category 9") << u"th-tnin"_qs << u"9-1017-00123-45-6"_qs << false;
        QTest::newRow("tfn all zero") << u"au-tfn"_qs << u"000 000 000"_qs << false;
        QTest::newRow("medicare first digit 7") << u"au-medicare"_qs << u"7481 72650 1"_qs << false;
        QTest::newRow("abn first digit 0") << u"au-abn"_qs << u"02 181 234 504"_qs << false;
        QTest::newRow("acn") << u"au-acn"_qs << u"615294730"_qs << true;
        QTest::newRow("uen other I not in the alphabet") << u"sg-uen"_qs << u"T19LI0480D"_qs << false;
        QTest::newRow("gstin lower case") << u"in-gstin"_qs << u"29bnzpk4821m1z2"_qs << false;
        QTest::newRow("codice fiscale all letters") << u"it-codice-fiscale"_qs << u"BNCLCUVMALMFNLRR"_qs << false;
    }
    void validators()
    {
        QFETCH(QString, validator);
        QFETCH(QString, value);
        QFETCH(bool, valid);
        const ValidatorFn fn = Validators::byName(validator.toStdString());
        QVERIFY(fn != nullptr);
        const std::string v = value.toStdString();
        Candidate c{v, 0, v.size()};
        QCOMPARE(fn(c), valid);
    }
};

QTEST_GUILESS_MAIN(TestIdentityRules)
#include "TestIdentityRules.moc"
