// SPDX-License-Identifier: GPL-3.0-or-later
// Street addresses (US, UK, DE, SE, FR), UK postcodes and labelled postal codes: true positives,
// lookalikes, and the same digits with and without their label.
#include "tests/core/RuleTestSupport.h"

class TestLocationRules : public QObject
{
    Q_OBJECT

private slots:
    void rules_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        // Typed all in lower case (chat): only next to an address word, and only with street types
        // that are not everyday words.
        QTest::newRow("lower case with zip")
            << u"please ship to 42 baker street, springfield il 62704"_qs
            << QStringList{u"street-address-lowercase=42 baker street, springfield il 62704"_qs};
        QTest::newRow("lower case with uk postcode")
            << u"my address is 221b baker street london nw1 6xe"_qs
            << QStringList{u"street-address-lowercase=221b baker street london nw1 6xe"_qs};
        QTest::newRow("lower case german")
            << u"meine adresse: hauptstra\u00dfe 5, 10115 berlin"_qs
            << QStringList{u"street-address-lowercase=hauptstra\u00dfe 5, 10115 berlin"_qs};
        QTest::newRow("lower case at the start of a later line")
            << u"notes\n42 baker street, springfield il 62704, my address"_qs
            << QStringList{u"street-address-lowercase=42 baker street, springfield il 62704"_qs};
        QTest::newRow("lower case swedish")
            << u"min adress \u00e4r storgatan 1, 111 22 stockholm"_qs
            << QStringList{u"street-address-lowercase=storgatan 1, 111 22 stockholm"_qs};
        QTest::newRow("lower case french")
            << u"livraison au 12 rue de la paix, 75002 paris"_qs
            << QStringList{u"street-address-lowercase=12 rue de la paix, 75002 paris"_qs};
        QTest::newRow("lower case german adjective")
            << u"lieferadresse: berliner stra\u00dfe 12"_qs
            << QStringList{u"street-address-lowercase=berliner stra\u00dfe 12"_qs};
        QTest::newRow("lower case: article before") << u"ich wohne in der hauptstra\u00dfe 5"_qs
                                                    << QStringList{u"street-address-lowercase=hauptstra\u00dfe 5"_qs};
        QTest::newRow("german street with particles")
            << u"Adresse: Werner-von-Siemens-Stra\u00dfe 1, 80333 M\u00fcnchen"_qs
            << QStringList{u"street-address-de=Werner-von-Siemens-Stra\u00dfe 1, 80333 M\u00fcnchen"_qs};
        QTest::newRow("swedish flat number")
            << u"Adress: Vasav\u00e4gen 4, lgh 1102, 181 42 Liding\u00f6"_qs
            << QStringList{u"street-address-se=Vasav\u00e4gen 4, lgh 1102, 181 42 Liding\u00f6"_qs};
        QTest::newRow("moved to") << u"He moved to 14 Elm St. last week."_qs
                                  << QStringList{u"street-address-en=14 Elm St"_qs};
        QTest::newRow("lower case: no address word") << u"we met at 42 baker street yesterday"_qs << QStringList{};
        QTest::newRow("lower case: an everyday word as street type")
            << u"the address field takes 42 characters on the way"_qs << QStringList{};
        QTest::newRow("lower case: drive is a verb") << u"address it later, I drive 3 hours home"_qs << QStringList{};
        // English-language street lines
        QTest::newRow("us street") << u"Ship it to 1600 Pennsylvania Avenue today."_qs
                                   << QStringList{u"street-address-en=1600 Pennsylvania Avenue"_qs};
        QTest::newRow("us full line") << u"Address: 742 Evergreen Terrace, Springfield, OR 97403."_qs
                                      << QStringList{
                                             u"street-address-en=742 Evergreen Terrace, Springfield, OR 97403"_qs};
        QTest::newRow("us abbreviation and unit") << u"He lives at 55 W. Lakeview Rd., Apt 4B near the park"_qs
                                                  << QStringList{u"street-address-en=55 W. Lakeview Rd., Apt 4B"_qs};
        QTest::newRow("us ordinal street")
            << u"office on 350 5th Avenue, New York, NY 10118-0001"_qs
            << QStringList{u"street-address-en=350 5th Avenue, New York, NY 10118-0001"_qs};
        QTest::newRow("uk street with postcode")
            << u"221B Baker Street, London NW1 6XE"_qs
            << QStringList{u"street-address-en=221B Baker Street, London NW1 6XE"_qs};
        QTest::newRow("uk close") << u"Flat at 14 Rosemary Close, Leeds"_qs
                                  << QStringList{u"street-address-en=14 Rosemary Close, Leeds"_qs};
        QTest::newRow("us, line break after")
            << u"742 Evergreen Terrace, Springfield, OR 97403\nthanks"_qs
            << QStringList{u"street-address-en=742 Evergreen Terrace, Springfield, OR 97403"_qs};
        QTest::newRow("en: no street type") << u"We sold 300 Blue Widgets yesterday."_qs << QStringList{};
        QTest::newRow("us shipping label in capitals")
            << u"SHIP TO: JOHN DOE, 500 MAIN STREET, DALLAS, TX 75201"_qs
            << QStringList{u"street-address-en=500 MAIN STREET, DALLAS, TX 75201"_qs};
        QTest::newRow("en: log line in capitals") << u"INFO 200 UPLOAD DRIVE complete"_qs << QStringList{};
        QTest::newRow("en: a number before a street type is not enough")
            << u"Case 12 Supreme Court ruling"_qs << QStringList{};
        QTest::newRow("en: chapter title") << u"Chapter 3 Main Street opens the book"_qs << QStringList{};
        QTest::newRow("en: product") << u"Fixed 3 Google Drive sync bugs"_qs << QStringList{};
        QTest::newRow("en: Mc and O' names") << u"ship to 88 McArthur Blvd or 14 O'Connell Street, Dublin"_qs
                                             << QStringList{u"street-address-en=88 McArthur Blvd"_qs,
                                                            u"street-address-en=14 O'Connell Street, Dublin"_qs};
        QTest::newRow("en: state spelled out")
            << u"1420 Birch Road, Columbus, Ohio 43215"_qs
            << QStringList{u"street-address-en=1420 Birch Road, Columbus, Ohio 43215"_qs};
        QTest::newRow("en: lower-case words") << u"take 3 main roads"_qs << QStringList{};
        // German
        QTest::newRow("de compound") << u"Ich wohne in der Hauptstraße 5."_qs
                                     << QStringList{u"street-address-de=Hauptstraße 5"_qs};
        QTest::newRow("de with city") << u"Anschrift: Berliner Straße 12a, 10115 Berlin"_qs
                                      << QStringList{u"street-address-de=Berliner Straße 12a, 10115 Berlin"_qs};
        QTest::newRow("de with city, line break after")
            << u"Anschrift: Berliner Straße 12a, 10115 Berlin\nTel. folgt"_qs
            << QStringList{u"street-address-de=Berliner Straße 12a, 10115 Berlin"_qs};
        QTest::newRow("de am weg range, postcode on the next line")
            << u"Am Lindenweg 3-5\n10115 Berlin"_qs << QStringList{u"street-address-de=Am Lindenweg 3-5"_qs};
        QTest::newRow("de: compound words") << u"Arbeitsplatz 2 Monitore, Parkplatz 12"_qs << QStringList{};
        QTest::newRow("de: lower-case street") << u"die hauptstraße 5"_qs << QStringList{};
        QTest::newRow("de: spring is not a street") << u"Spring 2024 release"_qs << QStringList{};
        // Swedish
        QTest::newRow("se street") << u"Jag bor på Drottninggatan 53"_qs
                                   << QStringList{u"street-address-se=Drottninggatan 53"_qs};
        QTest::newRow("se with postnummer") << u"Storgatan 1 B, 111 51 Stockholm"_qs
                                            << QStringList{u"street-address-se=Storgatan 1 B, 111 51 Stockholm"_qs};
        QTest::newRow("se, line break after") << u"Jag bor på Drottninggatan 53\r\nHälsningar"_qs
                                              << QStringList{u"street-address-se=Drottninggatan 53"_qs};
        QTest::newRow("se two-word street")
            << u"Jag bor på Sankt Eriksgatan 46"_qs << QStringList{u"street-address-se=Sankt Eriksgatan 46"_qs};
        QTest::newRow("se: trail and days") << u"Kungsleden 5 dagar"_qs << QStringList{};
        QTest::newRow("se: lower-case word") << u"gatan 5 var stängd"_qs << QStringList{};
        // French
        QTest::newRow("fr rue") << u"Livraison au 12 rue de la Paix, 75002 Paris."_qs
                                << QStringList{u"street-address-fr=12 rue de la Paix, 75002 Paris"_qs};
        QTest::newRow("fr bis avenue") << u"Adresse : 8 bis, avenue des Champs-Élysées"_qs
                                       << QStringList{u"street-address-fr=8 bis, avenue des Champs-Élysées"_qs};
        QTest::newRow("fr, line break after") << u"12 rue de la Paix, 75002 Paris\nmerci"_qs
                                              << QStringList{u"street-address-fr=12 rue de la Paix, 75002 Paris"_qs};
        QTest::newRow("fr particle inside the name")
            << u"1 place du Général de Gaulle, 59000 Lille"_qs
            << QStringList{u"street-address-fr=1 place du Général de Gaulle, 59000 Lille"_qs};
        QTest::newRow("fr: course") << u"2 cours de Python"_qs << QStringList{};
        QTest::newRow("fr: no name after the type") << u"il y a 3 rues ici"_qs << QStringList{};
        // UK postcodes
        QTest::newRow("postcode") << u"My address is SW1A 1AA in London"_qs << QStringList{u"uk-postcode=SW1A 1AA"_qs};
        QTest::newRow("postcode single-letter area")
            << u"Office M1 1AA (England) and EC1A 1BB, London"_qs
            << QStringList{u"uk-postcode=M1 1AA"_qs, u"uk-postcode=EC1A 1BB"_qs};
        QTest::newRow("postcode historic") << u"Post code GIR 0AA"_qs << QStringList{u"uk-postcode=GIR 0AA"_qs};
        QTest::newRow("postcode: part number") << u"Order the M2 8AB bracket"_qs << QStringList{};
        QTest::newRow("postcode unspaced with context")
            << u"postcode EC1A1BB"_qs << QStringList{u"uk-postcode=EC1A1BB"_qs};
        QTest::newRow("postcode: unspaced alone") << u"part EC1A1BB"_qs << QStringList{};
        QTest::newRow("postcode: unknown area") << u"QQ1 1AA"_qs << QStringList{};
        QTest::newRow("postcode: inward letter C") << u"SW1A 1CA"_qs << QStringList{};
        // Postal codes with their label
        QTest::newRow("plz") << u"PLZ: 10115"_qs << QStringList{u"postal-code-context=10115"_qs};
        QTest::newRow("zip plus four") << u"zip code 94105-1804"_qs
                                       << QStringList{u"postal-code-context=94105-1804"_qs};
        QTest::newRow("postnummer") << u"postnummer 114 55"_qs << QStringList{u"postal-code-context=114 55"_qs};
        QTest::newRow("code postal") << u"code postal 69001"_qs << QStringList{u"postal-code-context=69001"_qs};
        QTest::newRow("zip code of the IRS") << u"ZIP code 00501"_qs << QStringList{u"postal-code-context=00501"_qs};
        QTest::newRow("no code starts 000") << u"PLZ 00000, ZIP 00499"_qs << QStringList{};
        QTest::newRow("zip as a verb") << u"zip the 12345 files"_qs << QStringList{};
        QTest::newRow("five digits alone") << u"order 10115 shipped"_qs << QStringList{};
    }
    void rules()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(RuleTestSupport::scanDescribed(text), expected);
    }
};

QTEST_GUILESS_MAIN(TestLocationRules)
#include "TestLocationRules.moc"
