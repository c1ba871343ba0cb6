// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <random>
#include <string>
#include <string_view>
#include <vector>

/** Sensitive values the generator plants; each kind is meant for one built-in rule. */
enum class PlantedKind
{
    Email,
    Phone,
    UsSsn,
    Ipv4,
    CreditCard,
    Iban,
    AwsKeyId,
    GithubToken,
    Jwt,
    PrivateKey,
};
inline constexpr std::size_t kPlantedKindCount = 10;

/** Look-alikes the generator plants that no rule should flag (or that are borderline, see MessageId). */
enum class NearMissKind
{
    Number,            // "42", "1,284", "$12,480.00", millisecond timestamps
    Version,           // "1.2.3.4.5", "v2.14.0", "v1.4.2.0"
    Date,              // "2024-03-12", "12/03/2024", "2024-03-12T10:42:07Z"
    OrderId,           // "ORD-2024-004512", "INV-88213", 10-digit order numbers
    CardLike,          // 13-19 digits with a known issuer prefix and a wrong Luhn digit
    SsnLike,           // ddd-dd-dddd with area 000/666/9xx, group 00 or serial 0000
    IpLike,            // dotted quads with an octet above 255, OIDs
    IbanLike,          // IBAN layout with wrong check digits
    PlaceholderSecret, // AKIAIOSFODNN7EXAMPLE, ghp_xxxx..., "<your-token-here>"
    HexId,             // git hashes, UUIDs
    LocalPhone,        // "(555) 013-4427", "ext. 4412": no country code
    MessageId,         // "<20240312.4821@mail.example>": looks like an address, identifies a message
};
inline constexpr std::size_t kNearMissKindCount = 12;

/** A planted value: its kind and byte span [begin, end) in Corpus::text. */
struct PlantedValue
{
    PlantedKind kind = PlantedKind::Email;
    std::size_t begin = 0;
    std::size_t end = 0;
};

/** A planted look-alike: its kind and byte span [begin, end) in Corpus::text. */
struct NearMiss
{
    NearMissKind kind = NearMissKind::Number;
    std::size_t begin = 0;
    std::size_t end = 0;
};

/** A generated corpus and what was planted in it (spans sorted by begin). */
struct Corpus
{
    std::string text;
    std::size_t lines = 0;
    /** Lines on which at least one planted value begins. */
    std::size_t linesWithPlanted = 0;
    std::array<std::size_t, kPlantedKindCount> plantedCounts{};
    std::vector<PlantedValue> planted;
    std::array<std::size_t, kNearMissKindCount> nearMissCounts{};
    std::vector<NearMiss> nearMisses;
};

/**
 * Generates a mixed, English-like UTF-8 corpus for benchmarking the detectors: prose paragraphs,
 * chat lines, e-mails with headers, CSV rows, log lines and source/config snippets, with sensitive
 * values planted on about 2-3% of the lines and plenty of near-misses.
 *
 * Deterministic: the same seed and size give the same corpus on every platform, compiler and
 * standard library (std::mt19937_64 is fully specified; the distributions are our own, not
 * std::uniform_*; random draws are never unsequenced operands of one expression).
 * All values are invented here (no fake-data packages): card numbers carry a real issuer prefix and
 * a computed Luhn digit, IBANs computed mod-97 check digits, SSNs a valid area/group/serial.
 *
 * Not thread-safe; use one generator per thread.
 */
class CorpusGenerator
{
public:
    explicit CorpusGenerator(std::uint64_t seed);

    /**
     * Returns a corpus of exactly `bytes` bytes (at least 64) that ends with a newline. Each call
     * restarts from the seed, so calls with the same size return the same corpus.
     */
    Corpus generate(std::size_t bytes);

    /** "email", "phone", ... (stable; used in reports and JSON). */
    static std::string_view kindName(PlantedKind kind);
    /** "number", "version", ... (stable; used in reports and JSON). */
    static std::string_view kindName(NearMissKind kind);

private:
    enum class Style
    {
        Prose,
        Chat,
        Mail,
        Csv,
        Log,
        Code,
    };

    // Random helpers. std::uniform_*_distribution differ between standard libraries; these do not.
    std::uint64_t below(std::uint64_t n);
    int between(int lo, int hi);
    bool chance(double p);
    std::size_t weighted(const std::vector<int>& weights);
    template <typename Container>
    const auto& pick(const Container& items)
    {
        return items[static_cast<std::size_t>(below(items.size()))];
    }
    std::string num(int lo, int hi);
    std::string digits(int n);
    std::string randomChars(std::string_view alphabet, int n);

    // Value makers (they return the value; plant() and nearMiss() write and record it).
    std::string makeEmail();
    std::string makeEmail(std::string_view firstName, std::string_view lastName);
    std::string makePhone();
    std::string makeSsn();
    std::string makeIpv4();
    std::string makeCard();
    std::string makeIban();
    std::string makeAwsKeyId();
    std::string makeGithubToken();
    std::string makeJwt();
    std::string makePrivateKey();
    std::string makeValue(PlantedKind kind);
    std::string makeNearMiss(NearMissKind kind);

    // Output.
    void put(std::string_view s);
    void plant(PlantedKind kind, std::string_view value);
    void nearMiss(NearMissKind kind);
    void nearMiss(NearMissKind kind, std::string_view value);
    void endLine();
    bool sensitiveLine();
    PlantedKind pickKind(Style style);
    void plantPhrase(Style style);
    void plantPhrase(Style style, PlantedKind kind);
    NearMissKind pickNearMissKind(Style style);
    void words(int n);
    void sentence();
    std::string handle();
    std::string timeOfDay();
    std::string isoDate();
    std::string identifier();

    // Blocks; each ends with a newline.
    void proseBlock();
    void chatPrefix(std::string_view time, std::string_view who);
    void chatBlock();
    void mailBlock();
    void csvBlock();
    void logBlock();
    void codeBlock();
    void cppSnippet();
    void pythonSnippet();
    void jsonSnippet();
    void yamlSnippet();
    void configValueLine(Style style,
                         std::string_view indent,
                         std::string_view keyPrefix,
                         std::string_view assign,
                         std::string_view quote,
                         std::string_view suffix);

    std::uint64_t m_seed;
    std::mt19937_64 m_rng;
    Corpus m_corpus;
    double m_lineRate = 0.022;
    double m_nearMissRate = 0.08;
    int m_day = 0;
    int m_seconds = 0;
};
