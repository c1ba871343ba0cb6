// SPDX-License-Identifier: GPL-3.0-or-later
// Secrets: provider keys and tokens, JWTs, private key blocks, credentials in assignments and URLs.
#include "core/detect/validators/CharClass.h"
#include "core/detect/validators/ValidatorFamilies.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <span>
#include <string>
#include <vector>

using namespace CharClass;

namespace {

// ---------------------------------------------------------------------------------------------
// Shared checks. None of them keeps or reports the value; they only answer yes or no.

// Entropy (bits per character) a random-looking value of this length should reach. Short values
// cannot reach high figures even when random; long ones made of one alphabet run (digits only) stay
// near log2(10) = 3.3 and are caught by the top step.
double entropyNeeded(std::size_t n)
{
    if (n < 20) {
        return 2.7;
    }
    return n < 40 ? 3.3 : 3.5;
}

bool containsNoCase(std::string_view hay, std::string_view needle)
{
    if (needle.size() > hay.size()) {
        return false;
    }
    for (std::size_t i = 0; i + needle.size() <= hay.size(); ++i) {
        if (startsWithNoCase(hay.substr(i), needle)) {
            return true;
        }
    }
    return false;
}

std::size_t longestRun(std::string_view v)
{
    std::size_t best = 0;
    std::size_t run = 0;
    for (std::size_t i = 0; i < v.size(); ++i) {
        run = (i > 0 && v[i] == v[i - 1]) ? run + 1 : 1;
        best = std::max(best, run);
    }
    return best;
}

// "123456", "abcdef", "ABCDEF": typed by people filling in an example, not drawn by a generator.
bool hasAscendingRun(std::string_view v, std::size_t length)
{
    std::size_t run = 1;
    for (std::size_t i = 1; i < v.size(); ++i) {
        const bool next = isAlnum(v[i]) && v[i] == v[i - 1] + 1;
        run = next ? run + 1 : 1;
        if (run >= length) {
            return true;
        }
    }
    return false;
}

// Markers of a value someone is meant to fill in: "xxxx", "****", "<your-token>", "${VAR}", ...
bool hasPlaceholderMarks(std::string_view v)
{
    static constexpr std::array<std::string_view, 12> marks{
        "xxxx",
        "****",
        "....",
        "<",
        ">",
        "${",
        "{{",
        "%s",
        "your",
        "here",
        "redacted",
        "placeholder",
    };
    for (const auto m : marks) {
        if (containsNoCase(v, m)) {
            return true;
        }
    }
    const std::size_t run = longestRun(v);
    return run >= 6 && run * 4 >= v.size();
}

// The same four characters three times or more ("1234-1234-1234", "ABCD-ABCD-ABCD"): typed, not
// generated. Only for values whose format has no structure of its own (encoded JSON repeats).
bool hasRepeatedChunk(std::string_view v)
{
    // In one pass: per chunk, the occurrences taken greedily from the first, each after the end of
    // the one before (the most that do not overlap). A table of the chunks seen, open addressing.
    constexpr std::size_t chunk = 4;
    if (v.size() < 3 * chunk) {
        return false;
    }
    struct Seen
    {
        std::uint32_t key = 0;
        std::uint32_t count = 0; // 0: free
        std::size_t last = 0;
    };
    std::size_t capacity = 64;
    while (capacity < 2 * v.size()) {
        capacity *= 2;
    }
    thread_local std::vector<Seen> table; // kept from call to call: no allocation per candidate
    table.assign(capacity, Seen{});
    std::size_t alnumRun = 0; // alphanumeric characters ending at j + chunk - 1
    for (std::size_t j = 0; j + chunk <= v.size(); ++j) {
        if (j == 0) {
            for (std::size_t k = 0; k + 1 < chunk; ++k) {
                alnumRun = isAlnum(v[k]) ? alnumRun + 1 : 0;
            }
        }
        alnumRun = isAlnum(v[j + chunk - 1]) ? alnumRun + 1 : 0;
        if (alnumRun < chunk) {
            continue;
        }
        std::uint32_t key = 0;
        std::memcpy(&key, v.data() + j, chunk);
        std::size_t at = (key * 2654435761u) & (capacity - 1);
        while (table[at].count != 0 && table[at].key != key) {
            at = (at + 1) & (capacity - 1);
        }
        Seen& e = table[at];
        if (e.count == 0) {
            e = {key, 1, j};
        } else if (j >= e.last + chunk) {
            e.last = j;
            if (++e.count >= 3) {
                return true;
            }
        }
    }
    return false;
}

// "id-Gost28147-89-None-KeyMeshing", "SalesResults-v1-final": words joined by separators.
bool isWordSlug(std::string_view v)
{
    int segments = 0;
    int wordSegments = 0;
    std::size_t from = 0;
    while (from <= v.size()) {
        std::size_t to = from;
        while (to < v.size() && v[to] != '-' && v[to] != '_' && v[to] != '.') {
            ++to;
        }
        const std::string_view seg = v.substr(from, to - from);
        if (!seg.empty()) {
            ++segments;
            bool letters = seg.size() >= 3;
            for (const char c : seg) {
                letters &= isAlpha(c);
            }
            wordSegments += letters ? 1 : 0;
        }
        from = to + 1;
    }
    return segments >= 3 && wordSegments >= 2;
}

int charClasses(std::string_view v)
{
    bool upper = false;
    bool lower = false;
    bool digit = false;
    bool other = false;
    for (const char c : v) {
        upper |= isUpper(c);
        lower |= isLower(c);
        digit |= isDigit(c);
        other |= !isAlnum(c);
    }
    return int(upper) + int(lower) + int(digit) + int(other);
}

bool hasUpper(std::string_view v)
{
    for (const char c : v) {
        if (isUpper(c)) {
            return true;
        }
    }
    return false;
}

bool hasLower(std::string_view v)
{
    for (const char c : v) {
        if (isLower(c)) {
            return true;
        }
    }
    return false;
}

bool hasDigit(std::string_view v)
{
    for (const char c : v) {
        if (isDigit(c)) {
            return true;
        }
    }
    return false;
}

// The common core of every token check: a value with a provider prefix is a key unless it is
// visibly a placeholder or too regular to have come from a random generator.
bool randomEnough(std::string_view v)
{
    return !hasPlaceholderMarks(v) && Validators::shannonEntropy(v) >= entropyNeeded(v.size());
}

// Documentation values ("…EXAMPLE", AWS's and Amazon Bedrock's style) are reported as test values.
bool isDocumentedExample(std::string_view v)
{
    // Besides AWS's "…EXAMPLE" keys, values that providers and tools print in their documentation
    // and samples, which open nothing: Stripe's documentation test keys, jwt.io's sample token,
    // the Azure storage emulator's well-known account key.
    static constexpr std::array<std::string_view, 4> published{
        "sk_test_4eC39HqLyjWDarjtT1zdp7dc",
        "sk_test_BQokikJOvBiI2HlWgH4olfQ2",
        "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9."
        "eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ."
        "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
        "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==",
    };
    return v.find("EXAMPLE") != std::string_view::npos
           || std::find(published.begin(), published.end(), v) != published.end();
}

// Words that stand for a password in examples, not for one.
bool isPlaceholderWord(std::string_view v)
{
    static constexpr std::array<std::string_view, 24> words{
        "pass",  "password", "passwd",  "pwd",      "secret",   "token", "test",     "testing",
        "admin", "root",     "user",    "username", "changeme", "none",  "null",     "true",
        "false", "empty",    "example", "sample",   "default",  "dummy", "required", "mypassword",
    };
    for (const auto w : words) {
        if (v.size() == w.size() && startsWithNoCase(v, w)) {
            return true;
        }
    }
    return false;
}

// A reference to a value kept elsewhere: $VAR, ${VAR}, $(cmd), {{ tmpl }}, %VAR%, <fill-in>, [FILL].
bool isReference(std::string_view v)
{
    if (v.empty()) {
        return true;
    }
    const char c = v.front();
    if (c == '$' || c == '%' || c == '<' || c == '[' || c == '@') {
        return true;
    }
    for (std::size_t i = 0; i + 1 < v.size(); ++i) {
        const char a = v[i];
        const char b = v[i + 1];
        if ((a == '$' && (b == '{' || b == '(')) || (a == '{' && b == '{')) {
            return true;
        }
        if (a == '$' && (isAlpha(b) || b == '_')) {
            // A variable's name after "$": in capitals ("$DB_PASS", "$HOME") or in lower case
            // ("$pass"). Mixed case or letters with digits are a password's characters
            // ("Xk9$mQ2!vLp7").
            std::size_t j = i + 1;
            bool upper = false;
            bool lower = false;
            bool digit = false;
            while (j < v.size() && (isAlnum(v[j]) || v[j] == '_')) {
                upper = upper || isUpper(v[j]);
                lower = lower || isLower(v[j]);
                digit = digit || isDigit(v[j]);
                ++j;
            }
            if (!(upper && lower) && !(lower && digit)) {
                return true;
            }
        }
    }
    return v.find('<') != std::string_view::npos || v.find('>') != std::string_view::npos;
}

// A password someone could really use: long enough, not a stand-in word, not a reference, and not
// one character class repeated.
bool plausiblePassword(std::string_view v)
{
    if (v.size() < 6 || isReference(v) || isPlaceholderWord(v) || hasPlaceholderMarks(v) || allSame(v)) {
        return false;
    }
    return charClasses(v) >= 2 && Validators::shannonEntropy(v) >= 2.0;
}

std::string_view stripQuotes(std::string_view v)
{
    while (!v.empty() && (v.front() == '"' || v.front() == '\'')) {
        v.remove_prefix(1);
    }
    while (!v.empty() && (v.back() == '"' || v.back() == '\'')) {
        v.remove_suffix(1);
    }
    return v;
}

// ---------------------------------------------------------------------------------------------
// Validators.

bool awsKeyIdValidator(Candidate& cand)
{
    const std::string_view v = cand.value();
    // AWS's documentation keys end in EXAMPLE: reported as test values, so a policy can choose.
    if (v.size() >= 7 && v.substr(v.size() - 7) == "EXAMPLE") {
        cand.testValue = true;
        return true;
    }
    // "AKIAXXXXXXXXXXXXXXXX" and the like are placeholders, not keys. Sixteen random base32
    // characters carry about 3.5 bits each.
    return Validators::shannonEntropy(v.substr(4)) >= 2.5;
}

bool randomTokenValidator(Candidate& cand)
{
    // The payload after the prefix must look random: placeholders ("ghp_xxxx…", "…1234567890")
    // have low entropy. A random base62 string of 30+ characters has well over 4 bits each;
    // ten digits repeated have 3.3.
    std::string_view v = cand.value();
    const auto us = v.rfind('_');
    if (us != std::string_view::npos) {
        v = v.substr(us + 1);
    }
    const double needed = v.size() >= 30 ? 4.0 : 3.0;
    return v.size() >= 16 && Validators::shannonEntropy(v) >= needed;
}

// A token whose prefix names the provider: the prefix is the evidence, the rest must not be a
// placeholder. Documentation examples are kept as test values.
bool providerTokenValidator(Candidate& cand)
{
    const std::string_view v = cand.value();
    if (isDocumentedExample(v)) {
        cand.testValue = true;
        return true;
    }
    if (!randomEnough(v)) {
        return false;
    }
    // "sbp_0123456789abcdef…", "…abc123xyz-456def789…": filler typed for documentation or a test,
    // not a generated token. Reported as a test value (a low score), as documented examples are.
    cand.testValue = hasAscendingRun(v, 6);
    return true;
}

std::string_view identifierBefore(std::string_view text, std::size_t valueBegin);
bool nameSaysNotSecret(std::string_view identifier, std::vector<std::string>& words);

// A value found only through a keyword ("snyk_token = …"): the value is all the evidence there
// is, so values typed by a person ("12345678-ABCD-…") are rejected as well. This alone is the
// check for a credential that is called an id (Sumo Logic's access ID, half of its key pair).
bool keywordIdValidator(Candidate& cand)
{
    const std::string_view v = cand.value();
    if (isDocumentedExample(v)) {
        cand.testValue = true;
        return true;
    }
    if (hasPlaceholderMarks(v)) {
        return false;
    }
    // Filler typed in the format a provider documents ("12345678-ABCD-ABCD-ABCD-1234567890AB"):
    // no credential, but not silently dropped either; reported as a test value (a low score).
    if (hasAscendingRun(v, 6) || hasRepeatedChunk(v)) {
        cand.testValue = true;
        return true;
    }
    return randomEnough(v);
}

bool keywordTokenValidator(Candidate& cand)
{
    // The keyword may start a longer name; one that ends in what it names (HEROKU_APP_ID,
    // SNYK_ORG_ID, SONAR_COMMIT_SHA) names no secret.
    thread_local std::vector<std::string> words;
    return !nameSaysNotSecret(identifierBefore(cand.text, cand.begin), words) && keywordIdValidator(cand);
}

// "BuildFrameBufferForDisplay", "GetUniformFloat32InRange": words in CamelCase, a name in code.
// Most of it (60 %) is in words (a capital and three lower-case letters or more, or four lower-case
// letters), the words hold vowels as words do (30 %, against 19 % for random letters) and no two
// capitals stand side by side. Simulated on random tokens of upper, lower case and digits, about
// one in 50,000 of 36 characters passes all three, one in 3,500 of 24.
bool isCamelCaseWords(std::string_view v)
{
    std::size_t inWords = 0;
    std::size_t vowels = 0;
    std::size_t i = 0;
    while (i < v.size()) {
        if (i > 0 && isUpper(v[i]) && isUpper(v[i - 1])) {
            return false;
        }
        const std::size_t upper = isUpper(v[i]) ? 1 : 0;
        std::size_t j = i + upper;
        while (j < v.size() && isLower(v[j])) {
            ++j;
        }
        if (j - i - upper >= 3 && j - i >= 4) {
            inWords += j - i;
            for (std::size_t k = i; k < j; ++k) {
                const char c = toLower(v[k]);
                vowels += (c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y') ? 1 : 0;
            }
            i = j;
        } else {
            ++i;
        }
    }
    return inWords * 10 >= v.size() * 6 && vowels * 10 >= inWords * 3;
}

// Generated from a mixed-case alphabet (Hugging Face): one-case runs are words or placeholders,
// and words in CamelCase a function's name ("nfb_BuildFrameBufferForDisplayController").
bool mixedCaseTokenValidator(Candidate& cand)
{
    const std::string_view v = cand.value();
    return hasUpper(v.substr(3)) && hasLower(v.substr(3)) && randomEnough(v) && !hasAscendingRun(v, 6)
           && !isCamelCaseWords(v);
}

// Generated from upper, lower case and digits (Vault service tokens "s.…"): code such as
// "s.AcceptanceTimeoutSeconds" has no digits, and "rnd_GetUniformFloat32InRange" is words.
bool mixedAlnumTokenValidator(Candidate& cand)
{
    const std::string_view v = cand.value();
    return hasUpper(v) && hasLower(v) && hasDigit(v) && randomEnough(v) && !isCamelCaseWords(v);
}

bool jwtValidator(Candidate& cand)
{
    const std::string_view v = cand.value();
    const auto dot1 = v.find('.');
    if (dot1 == std::string_view::npos) {
        return false;
    }
    const auto dot2 = v.find('.', dot1 + 1);
    if (dot2 == std::string_view::npos) {
        return false;
    }
    thread_local std::string header; // kept from call to call: no allocation per candidate
    thread_local std::string payload;
    const WipeOnReturn wipeHeader(header);
    const WipeOnReturn wipePayload(payload);
    if (!Validators::base64Decode(v.substr(0, dot1), header)
        || !Validators::base64Decode(v.substr(dot1 + 1, dot2 - dot1 - 1), payload)) {
        return false;
    }
    if (!(header.starts_with('{') && payload.starts_with('{')
          && (header.find("\"alg\"") != std::string::npos || header.find("\"typ\"") != std::string::npos))) {
        return false;
    }
    cand.testValue = isDocumentedExample(v);
    return true;
}

bool pemValidator(Candidate& cand)
{
    // Skip the header line, then require a key body: enough base64 that is not a placeholder.
    const std::string_view v = cand.value();
    const auto headerEnd = v.find("-----", 5);
    if (headerEnd == std::string_view::npos) {
        return false;
    }
    thread_local std::string body; // kept from call to call: no allocation per candidate
    body.clear();
    const WipeOnReturn wipeBody(body);
    for (std::size_t i = headerEnd + 5; i < v.size(); ++i) {
        const char c = v[i];
        if (c == '-' && v.substr(i).starts_with("-----END")) {
            break;
        }
        // "\n" written as two characters inside a JSON string is not key material.
        if (c == '\\' && i + 1 < v.size() && v[i + 1] == 'n') {
            ++i;
            continue;
        }
        if (isAlnum(c) || c == '+' || c == '/') {
            body.push_back(c);
        }
    }
    return body.size() >= 64 && Validators::shannonEntropy(body) >= 4.0;
}

// Where a line of a multi-line value ends: at a line break, or at two spaces, which is how a "\n"
// escape inside a JSON string reaches the validators (RuleSet blanks line escapes).
std::size_t multiLineBreak(std::string_view v, std::size_t from, bool blankBreaks = true)
{
    for (std::size_t i = from; i < v.size(); ++i) {
        if (v[i] == '\n' || v[i] == '\r' || (blankBreaks && v[i] == ' ' && i + 1 < v.size() && v[i + 1] == ' ')) {
            return i;
        }
    }
    return v.size();
}

// Where the next line of a multi-line value starts after a break at `at`.
std::size_t multiLineNext(std::string_view v, std::size_t at)
{
    while (at < v.size() && (v[at] == '\n' || v[at] == '\r' || v[at] == ' ' || v[at] == '\t')) {
        ++at;
    }
    return at;
}

// A PEM block encoded in base64 once more: decoded, a header in it must name a private key (a
// certificate is public; a bundle may hold a certificate first) and the block must pass the PEM
// check itself. The value ends with the line that holds the block's END line: the pattern takes
// every following line of base64 shape ("Thanks", "PASSWORD="), which belongs to no key.
bool base64PemValidator(Candidate& cand)
{
    thread_local std::string encoded; // kept from call to call: no allocation per candidate
    thread_local std::string decoded;
    thread_local std::vector<std::size_t> offsets; // of each encoded character in the value
    const WipeOnReturn wipeEncoded(encoded);
    const WipeOnReturn wipeDecoded(decoded);
    encoded.clear();
    offsets.clear();
    const std::string_view v = cand.value();
    for (std::size_t i = 0; i < v.size(); ++i) {
        const char c = v[i];
        if (c != '\r' && c != '\n' && c != ' ' && c != '\t') {
            encoded.push_back(c);
            offsets.push_back(i);
        }
    }
    if (!Validators::base64Decode(encoded, decoded)) {
        return false;
    }
    std::size_t keyBegin = std::string::npos;
    for (std::size_t at = decoded.find("-----BEGIN "); at != std::string::npos;
         at = decoded.find("-----BEGIN ", at + 11)) {
        const auto headerEnd = decoded.find("-----", at + 11);
        if (headerEnd == std::string::npos) {
            break;
        }
        const std::string_view header = std::string_view(decoded).substr(at, headerEnd - at);
        if (header.ends_with("PRIVATE KEY") || header.ends_with("PRIVATE KEY BLOCK")) {
            keyBegin = at;
            break;
        }
    }
    if (keyBegin == std::string::npos) {
        return false;
    }
    std::size_t keyEnd = decoded.size();
    if (const auto endLine = decoded.find("-----END ", keyBegin); endLine != std::string::npos) {
        if (const auto dashes = decoded.find("-----", endLine + 9); dashes != std::string::npos) {
            keyEnd = dashes + 5;
            // The base64 characters that carry those bytes, then the rest of their line.
            const std::size_t chars = std::min(encoded.size(), (keyEnd + 2) / 3 * 4);
            const std::size_t last = offsets[chars - 1];
            cand.end = cand.begin + multiLineBreak(v, last + 1);
        }
    }
    Candidate inner{decoded, keyBegin, keyEnd};
    return pemValidator(inner);
}

// A PuTTY key file (.ppk): a header line, then lines that are key-file fields or base64. The value
// ends with the last such line (a key whose MAC line is missing must not take the text after it,
// nor the next key); the base64 lines after "Private-Lines: N" are the key (encrypted or not) and
// must be enough varied base64 not to be a placeholder (an Ed25519 key is 48 characters).
bool puttyKeyValidator(Candidate& cand)
{
    static constexpr std::array<std::string_view, 11> fields{"Encryption:",
                                                             "Comment:",
                                                             "Public-Lines:",
                                                             "Private-Lines:",
                                                             "Private-MAC:",
                                                             "Private-Hash:",
                                                             "Key-Derivation:",
                                                             "Argon2-Memory:",
                                                             "Argon2-Parallelism:",
                                                             "Argon2-Passes:",
                                                             "Argon2-Salt:"};
    const std::string_view v = cand.value();
    // Two blanks stand for a line break only where the value has no line break at all (a JSON
    // string's "\n" escapes): a comment may hold two blanks.
    const bool blankBreaks = v.find('\n') == std::string_view::npos;
    thread_local std::string body; // kept from call to call: no allocation per candidate
    body.clear();
    const WipeOnReturn wipeBody(body);
    bool inPrivate = false;
    bool sawPrivate = false;
    std::size_t kept = multiLineBreak(v, 0, blankBreaks); // the header line
    for (std::size_t at = multiLineNext(v, kept); at < v.size();) {
        const std::size_t lineEnd = multiLineBreak(v, at, blankBreaks);
        std::string_view line = v.substr(at, lineEnd - at);
        // Quoted in an e-mail: "> " before each line.
        while (line.starts_with('>')) {
            line.remove_prefix(1);
            while (line.starts_with(' ')) {
                line.remove_prefix(1);
            }
        }
        const bool field =
            std::any_of(fields.begin(), fields.end(), [&](std::string_view f) { return line.starts_with(f); });
        const bool base64 = !line.empty() && std::all_of(line.begin(), line.end(), [](char c) {
            return isAlnum(c) || c == '+' || c == '/' || c == '=';
        });
        if (!field && !base64) {
            break;
        }
        if (field) {
            inPrivate = line.starts_with("Private-Lines:");
            sawPrivate = sawPrivate || inPrivate;
        } else if (inPrivate) {
            body.append(line);
        }
        kept = lineEnd;
        if (line.starts_with("Private-MAC:") || line.starts_with("Private-Hash:")) {
            break;
        }
        at = multiLineNext(v, lineEnd);
    }
    // Accepted or not, the value ends here: an anchor after it (a key after a header quoted in
    // prose) is tried on its own.
    cand.end = cand.begin + kept;
    return sawPrivate && body.size() >= 40 && Validators::shannonEntropy(body) >= 4.0;
}

// age (age-encryption.org) secret keys are Bech32 strings: the checksum tells a key from a
// string of the right shape.
bool bech32Valid(std::string_view s)
{
    static constexpr std::string_view charset = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
    const auto sep = s.rfind('1');
    if (sep == std::string_view::npos || sep == 0 || sep + 7 > s.size()) {
        return false;
    }
    std::uint32_t chk = 1;
    const auto polymod = [&chk](std::uint32_t value) {
        static constexpr std::array<std::uint32_t, 5> gen{0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3};
        const std::uint32_t top = chk >> 25;
        chk = ((chk & 0x1ffffff) << 5) ^ value;
        for (int i = 0; i < 5; ++i) {
            if ((top >> i) & 1) {
                chk ^= gen[static_cast<std::size_t>(i)];
            }
        }
    };
    for (std::size_t i = 0; i < sep; ++i) {
        polymod(static_cast<unsigned char>(toLower(s[i])) >> 5);
    }
    polymod(0);
    for (std::size_t i = 0; i < sep; ++i) {
        polymod(static_cast<unsigned char>(toLower(s[i])) & 31);
    }
    for (std::size_t i = sep + 1; i < s.size(); ++i) {
        const auto pos = charset.find(toLower(s[i]));
        if (pos == std::string_view::npos) {
            return false;
        }
        polymod(static_cast<std::uint32_t>(pos));
    }
    return chk == 1;
}

bool ageKeyValidator(Candidate& cand)
{
    return bech32Valid(cand.value());
}

// Amazon Bedrock short-term keys are "bedrock-api-key-" + base64 of a presigned request to the
// Bedrock endpoint; long-term keys are "ABSK" + base64 of "BedrockAPIKey-…".
bool bedrockKeyValidator(Candidate& cand)
{
    const std::string_view v = cand.value();
    if (isDocumentedExample(v)) {
        cand.testValue = true;
        return true;
    }
    const bool shortTerm = v.starts_with("bedrock-api-key-");
    const std::string_view b64 = v.substr(shortTerm ? 16 : 4);
    thread_local std::string decoded; // kept from call to call: no allocation per candidate
    const WipeOnReturn wipeDecoded(decoded);
    // Decode a whole number of 4-character groups: the tail may be cut.
    if (!Validators::base64Decode(b64.substr(0, b64.size() / 4 * 4), decoded)) {
        return false;
    }
    return decoded.starts_with(shortTerm ? "bedrock.amazonaws.com" : "BedrockAPIKey-");
}

// Slack tokens: "xox?-" then dash-separated parts; numeric parts are a version digit or a
// workspace/user id of five or more digits; the last part is the random secret.
bool slackTokenValidator(Candidate& cand)
{
    const std::string_view v = cand.value();
    std::vector<std::string_view> parts;
    std::size_t from = 0;
    while (from <= v.size()) {
        const auto dash = v.find('-', from);
        const std::size_t to = dash == std::string_view::npos ? v.size() : dash;
        parts.push_back(v.substr(from, to - from));
        if (dash == std::string_view::npos) {
            break;
        }
        from = dash + 1;
    }
    if (parts.size() < 3) {
        return false;
    }
    const std::string_view last = parts.back();
    if (last.size() < 8 || hasPlaceholderMarks(last) || allSame(last)) {
        return false;
    }
    // Configuration tokens (xoxe) carry a long encoded body.
    if (v.starts_with("xoxe") && v.size() < 100 && parts.size() < 5) {
        return false;
    }
    for (std::size_t i = 1; i + 1 < parts.size(); ++i) {
        const std::string_view p = parts[i];
        bool digits = !p.empty();
        for (const char c : p) {
            digits &= isDigit(c);
        }
        if (i == 1 && !digits) {
            return false; // a version digit or an id comes first
        }
        if (digits && p.size() > 1 && p.size() < 5) {
            return false; // "xoxp-1234-1234-…"
        }
    }
    return Validators::shannonEntropy(last) >= 2.5;
}

// The identifier left of an assignment, read backwards from the value: `api_token = "…"`,
// `"client_secret": "…"`, `GetEnv("api_token", "…")`.
std::string_view identifierBefore(std::string_view text, std::size_t valueBegin)
{
    std::size_t i = valueBegin;
    std::size_t skipped = 0;
    while (i > 0 && skipped < 12) {
        const char c = text[i - 1];
        if (c == ' ' || c == '\t' || c == '"' || c == '\'' || c == '`' || c == ':' || c == '=' || c == '?' || c == '>'
            || c == ',' || c == ']') {
            --i;
            ++skipped;
            continue;
        }
        break;
    }
    const std::size_t end = i;
    while (i > 0 && end - i < 80) {
        const char c = text[i - 1];
        if (isAlnum(c) || c == '_' || c == '-' || c == '.') {
            --i;
            continue;
        }
        break;
    }
    return text.substr(i, end - i);
}

// Splits an identifier into lower-case words: camelCase, snake_case, kebab-case, dotted. Into
// `words` (cleared first), which the caller keeps from call to call.
void identifierWords(std::string_view id, std::vector<std::string>& words)
{
    words.clear();
    std::string cur;
    for (std::size_t i = 0; i < id.size(); ++i) {
        const char c = id[i];
        if (!isAlpha(c)) {
            if (!cur.empty()) {
                words.push_back(cur);
                cur.clear();
            }
            continue;
        }
        if (isUpper(c) && !cur.empty() && i > 0 && isLower(id[i - 1])) {
            words.push_back(cur);
            cur.clear();
        }
        cur.push_back(toLower(c));
    }
    if (!cur.empty()) {
        words.push_back(cur);
    }
}

bool inList(std::string_view w, std::span<const std::string_view> list)
{
    for (const auto l : list) {
        if (w == l) {
            return true;
        }
    }
    return false;
}

// Names that hold something else than the secret itself, or a secret meant to be public.
constexpr std::array<std::string_view, 71> notSecretLast{
    "id",
    "ids",
    "name",
    "names",
    "url",
    "uri",
    "urls",
    "endpoint",
    "file",
    "files",
    "path",
    "dir",
    "size",
    "length",
    "len",
    "type",
    "types",
    "format",
    "version",
    "count",
    "num",
    "index",
    "idx",
    "prefix",
    "suffix",
    "field",
    "header",
    "param",
    "mode",
    "alias",
    "ref",
    "label",
    "expiry",
    "expires",
    "ttl",
    "timeout",
    "enabled",
    "required",
    "env",
    "var",
    "policy",
    "provider",
    "store",
    "region",
    "column",
    "table",
    "algorithm",
    "alg",
    "method",
    "pattern",
    "hint",
    "template",
    "location",
    "str",
    "chars",
    "arn",
    // what a commit, a hash or a record is called (SONAR_COMMIT_SHA, sonar.scm.revision, snyk_org)
    "sha",
    "commit",
    "revision",
    "rev",
    "guid",
    "hash",
    "fingerprint",
    "digest",
    "checksum",
    "org",
    "project",
    "channel",
    "form",
    "team",
    "account",
};
constexpr std::array<std::string_view, 11> notSecretAny{
    "public",
    "pub",
    "csrf",
    "xsrf",
    "primary",
    "foreign",
    "sort",
    "partition",
    "cache",
    "idempotency",
    "publishable", // Stripe's pk_live_: public by design
};

// Whether an assignment's name says its value is something else than a secret: an id, a hash, a
// commit, or a key meant to be public (HEROKU_APP_ID, sonar.scm.revision, STRIPE_PUBLISHABLE_KEY).
bool nameSaysNotSecret(std::string_view identifier, std::vector<std::string>& words)
{
    identifierWords(identifier, words);
    if (words.empty()) {
        return false;
    }
    if (inList(words.back(), notSecretLast)) {
        return true;
    }
    return std::any_of(words.begin(), words.end(), [](const std::string& w) { return inList(w, notSecretAny); });
}

enum class SecretKind
{
    None,
    Token,
    Password,
};

// What an assignment's name says about its value.
SecretKind secretKindOf(std::string_view identifier)
{
    static constexpr std::array<std::string_view, 10> passwordWords{
        "password",
        "passwords",
        "passwd",
        "pwd",
        "passphrase",
        "pass",
        "dbpassword",
        "dbpass",
        "userpassword",
        "adminpassword",
    };
    static constexpr std::array<std::string_view, 32> tokenWords{
        "key",           "keys",         "token",           "tokens",       "secret",
        "secrets",       "credential",   "credentials",     "creds",        "auth",
        "apikey",        "accesskey",    "secretkey",       "privatekey",   "clientsecret",
        "apitoken",      "accesstoken",  "authtoken",       "refreshtoken", "bearertoken",
        "apisecret",     "appsecret",    "appkey",          "masterkey",    "signingkey",
        "encryptionkey", "sessiontoken", "secretaccesskey", "authkey",      "webhooksecret",
        "privatetoken",  "deploytoken",
    };
    thread_local std::vector<std::string> words; // kept from call to call: no allocation per candidate
    if (nameSaysNotSecret(identifier, words) || words.empty()) {
        return SecretKind::None;
    }
    SecretKind kind = SecretKind::None;
    for (const auto& w : words) {
        // One word in capitals ("PGPASSWORD", "SMTPPASSWORD") ends in what it names.
        if (inList(w, passwordWords) || w.ends_with("password") || w.ends_with("passwd")) {
            kind = SecretKind::Password;
        } else if (kind == SecretKind::None && inList(w, tokenWords)) {
            kind = SecretKind::Token;
        }
    }
    return kind;
}

// "Foo.Bar", "X25519.KeyPair", "kVK_Return.u16": a reference to code, not a value.
bool isDottedIdentifier(std::string_view v)
{
    if (v.find('.') == std::string_view::npos) {
        return false;
    }
    bool segmentStart = true;
    for (const char c : v) {
        if (c == '.') {
            segmentStart = true;
            continue;
        }
        if (segmentStart && !isAlpha(c) && c != '_') {
            return false;
        }
        if (!isAlnum(c) && c != '_') {
            return false;
        }
        segmentStart = false;
    }
    return true;
}

// `password = "…"`, `api_token: …`, `"client_secret": "…"`: the name says it is a secret, the
// value must look like one.
bool assignedSecretValidator(Candidate& cand)
{
    const std::string_view raw = cand.value();
    // In a query string ("…?token=abc&page=2": the name follows "?" or "&", the value "=") the
    // value ends before the next "&name="; elsewhere "&" may be part of a password.
    const std::string_view name = identifierBefore(cand.text, cand.begin);
    const auto nameStart = static_cast<std::size_t>(name.data() - cand.text.data());
    const bool inQuery = !name.empty() && nameStart > 0 && nameStart + name.size() + 1 == cand.begin
                         && cand.text[cand.begin - 1] == '='
                         && (cand.text[nameStart - 1] == '?' || cand.text[nameStart - 1] == '&');
    for (std::size_t amp = inQuery ? raw.find('&') : std::string_view::npos; amp != std::string_view::npos;
         amp = raw.find('&', amp + 1)) {
        std::size_t i = amp + 1;
        while (i < raw.size() && (isAlnum(raw[i]) || raw[i] == '_' || raw[i] == '-' || raw[i] == '.')) {
            ++i;
        }
        if (i > amp + 1 && i < raw.size() && raw[i] == '=') {
            cand.end = cand.begin + amp;
            break;
        }
    }
    // An elided value ("ops_eyJzaW...", "sk-…") is a redacted display, not the secret. Session
    // tokens and keys in base64 run to hundreds of characters; beyond 4 KiB a value is data.
    const std::string_view cut = cand.value();
    if (cut.size() > 4096 || cut.find("...") != std::string_view::npos
        || cut.find("\xE2\x80\xA6") != std::string_view::npos) {
        return false;
    }
    // Trailing punctuation is the statement's, not the value's.
    while (cand.end > cand.begin && (cand.text[cand.end - 1] == '.' || cand.text[cand.end - 1] == ':')) {
        --cand.end;
    }
    const std::string_view v = cand.value();
    // `password = getPassword()`: a call, not a value.
    if (cand.end < cand.text.size() && cand.text[cand.end] == '(') {
        return false;
    }
    const SecretKind kind = secretKindOf(name);
    if (kind == SecretKind::None) {
        return false;
    }
    if (kind == SecretKind::Password) {
        if (!plausiblePassword(v) || v.size() < 8 || v.find("://") != std::string_view::npos) {
            return false;
        }
        cand.scoreDelta = 0.1;
        return true;
    }
    if (v.size() < 20 || isReference(v) || v.find("://") != std::string_view::npos || v.starts_with('/')
        || v.starts_with("./") || v.starts_with("~/") || isDottedIdentifier(v)) {
        return false;
    }
    if (isDocumentedExample(v)) {
        cand.testValue = true;
        return true;
    }
    // An SSH public key (authorized_keys, known_hosts, "ssh_key:"): base64 of its type's name,
    // length first. Public by design; a private key comes as a PEM block.
    static constexpr std::array<std::string_view, 9> sshPublic{"AAAAHHNzaC1yc2EtY2VydC12MDFA",
                                                               "AAAAIHNzaC1lZDI1NTE5LWNlcnQtdjAx",
                                                               "AAAAKGVjZHNhLXNoYTItbmlzdHA",
                                                               "AAAAB3NzaC1yc2E",
                                                               "AAAAB3NzaC1kc3M",
                                                               "AAAAC3NzaC1lZDI1NTE5",
                                                               "AAAAE2VjZHNhLXNoYTItbmlzdHA",
                                                               "AAAAGnNrLXNzaC1lZDI1NTE5",
                                                               "AAAAInNrLWVjZHNhLXNoYTItbmlzdHA"};
    if (std::any_of(sshPublic.begin(), sshPublic.end(), [&](std::string_view p) { return v.starts_with(p); })) {
        return false;
    }
    if (!randomEnough(v) || hasAscendingRun(v, 6) || hasRepeatedChunk(v) || isWordSlug(v)) {
        return false;
    }
    int classes = int(hasUpper(v)) + int(hasLower(v)) + int(hasDigit(v));
    return classes >= 2;
}

// A password after its label in prose. Trailing sentence punctuation is not part of it; a value
// without a digit or a symbol is a word ("required", "incorrect", "expired"), and masks and
// placeholders ("********", "<password>", "${PASSWORD}", "%s") are not passwords.
bool passwordInTextValidator(Candidate& cand)
{
    while (cand.end > cand.begin) {
        const char c = cand.text[cand.end - 1];
        if (c != '.' && c != ',' && c != ';' && c != ')' && c != '"' && c != '\'') {
            break;
        }
        --cand.end;
    }
    const std::string_view v = cand.value();
    if (v.size() < 4) {
        return false;
    }
    const char first = v.front();
    if (first == '<' || first == '{' || first == '$' || first == '%' || first == '[' || first == '(') {
        return false;
    }
    // Code, not a value: a call or an index ("getPassword()", "os.environ[...]"), or a dotted
    // name ("config.password", "self.pw").
    if (v.find_first_of("([{") != std::string_view::npos || isDottedIdentifier(v)) {
        return false;
    }
    if (std::all_of(v.begin(), v.end(), [&](char c) { return c == v.front(); })) {
        return false; // "********", "xxxx"
    }
    const bool digit = std::any_of(v.begin(), v.end(), [](char c) { return c >= '0' && c <= '9'; });
    const bool symbol = std::any_of(v.begin(), v.end(), [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return u < 0x80 && !std::isalnum(u);
    });
    if (!digit && !symbol) {
        return false;
    }
    // Times, dates and plain numbers after "pass" ("pass 10:30", "pass: 2024-05-01") are not
    // passwords; a password of digits alone only after an unmistakable label.
    const bool onlyDigitsAndSeparators = std::all_of(v.begin(), v.end(), [](char c) {
        return (c >= '0' && c <= '9') || c == ':' || c == '-' || c == '/' || c == '.';
    });
    if (onlyDigitsAndSeparators) {
        const std::string_view label = cand.text.substr(0, cand.begin);
        const auto tail = label.substr(label.size() - std::min<std::size_t>(label.size(), 24));
        std::string lower(tail);
        std::transform(lower.begin(), lower.end(), lower.begin(), [](char c) {
            return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
        });
        if (lower.find("password") == std::string::npos && lower.find("passwort") == std::string::npos
            && lower.find("kennwort") == std::string::npos && lower.find("passe") == std::string::npos
            && lower.find("senord") == std::string::npos) {
            return false;
        }
    }
    return true;
}

// In a URL or a user:password pair the structure is evidence enough for a one-class password
// of eight or more characters ("sunshine1" is weak, but real).
bool plausibleUserInfoPassword(std::string_view v)
{
    if (plausiblePassword(v)) {
        return true;
    }
    return v.size() >= 8 && !isReference(v) && !isPlaceholderWord(v) && !hasPlaceholderMarks(v) && !allSame(v);
}

// `scheme://user:password@host`: the password must be a real one, not a stand-in.
bool userInfoHasPassword(std::string_view userInfo)
{
    const auto colon = userInfo.find(':');
    if (colon == std::string_view::npos) {
        return false;
    }
    const std::string_view user = userInfo.substr(0, colon);
    const std::string_view pass = userInfo.substr(colon + 1);
    return pass != user && plausibleUserInfoPassword(pass);
}

// A database or service URL with a password: the whole URL is reported (it is the credential).
bool urlCredentialsValidator(Candidate& cand)
{
    // A URL in prose ends before closing punctuation.
    while (cand.end > cand.begin) {
        const char c = cand.text[cand.end - 1];
        if (c == '.' || c == ',' || c == ')' || c == ']' || c == '}' || c == ';' || c == '>') {
            --cand.end;
            continue;
        }
        break;
    }
    const std::string_view v = cand.value();
    const auto scheme = v.find("://");
    const auto at = v.find('@', scheme == std::string_view::npos ? 0 : scheme + 3);
    if (scheme == std::string_view::npos || at == std::string_view::npos) {
        return false;
    }
    const std::string_view userInfo = v.substr(scheme + 3, at - scheme - 3);
    if (!userInfoHasPassword(userInfo)) {
        return false;
    }
    // Redis documents "foobared" as the password of its sample configuration (redis.conf's
    // requirepass): a test value, reported with a low score.
    cand.testValue = userInfo.ends_with(":foobared");
    return true;
}

// "user:password" on its own (http URLs, Bundler's BUNDLE_<HOST> variables).
bool userPasswordValidator(Candidate& cand)
{
    return userInfoHasPassword(cand.value());
}

// `curl -u user:password` / `--user`: only for curl (possibly continued over lines ending in a
// backslash); the password, or the user when the password is empty (API keys as user names).
bool curlUserValidator(Candidate& cand)
{
    const std::string_view text = cand.text;
    // The command starts on this line or on one above it that ends in a continuation backslash.
    // Look back at most a few KiB: a search to the start of a huge line for every candidate would
    // make the scan quadratic.
    constexpr std::size_t lookBack = 4096;
    const std::size_t floor = cand.begin > lookBack ? cand.begin - lookBack : 0;
    const auto boundedRfind = [&](std::size_t before) {
        const auto at = text.substr(floor, before - floor).rfind('\n');
        return at == std::string_view::npos ? std::string_view::npos : floor + at;
    };
    const auto nl = cand.begin == 0 ? std::string_view::npos : boundedRfind(cand.begin);
    std::size_t lineStart = nl == std::string_view::npos ? floor : nl + 1;
    for (int n = 0; n < 8 && lineStart >= 2; ++n) {
        std::size_t p = lineStart - 1; // the '\n' that ends the previous line
        if (p > 0 && text[p - 1] == '\r') {
            --p;
        }
        if (p <= floor || text[p - 1] != '\\') {
            break;
        }
        const auto prevNl = boundedRfind(p);
        lineStart = prevNl == std::string_view::npos ? floor : prevNl + 1;
    }
    const std::string_view command = text.substr(lineStart, cand.begin - lineStart);
    bool isCurl = false;
    for (auto pos = command.find("curl"); pos != std::string_view::npos; pos = command.find("curl", pos + 1)) {
        if ((pos == 0 || !isAlnum(command[pos - 1])) && (pos + 4 == command.size() || !isAlnum(command[pos + 4]))) {
            isCurl = true;
            break;
        }
    }
    if (!isCurl) {
        return false;
    }
    std::string joined;
    for (const char c : cand.value()) {
        if (c != '"' && c != '\'') {
            joined.push_back(c);
        }
    }
    const auto colon = joined.find(':');
    if (colon == std::string::npos) {
        return false; // curl asks for the password
    }
    const std::string_view user = std::string_view(joined).substr(0, colon);
    const std::string_view pass = std::string_view(joined).substr(colon + 1);
    if (pass.empty()) {
        return plausiblePassword(user); // an API key given as the user name
    }
    return (user.empty() || !isReference(user)) && plausibleUserInfoPassword(pass);
}

// A .netrc password: the entry is the evidence, but "password reset" is a sentence. In double
// quotes (curl reads them so), the password is what stands between them.
bool netrcPasswordValidator(Candidate& cand)
{
    const std::string_view v = cand.value();
    if (v.size() >= 3 && v.front() == '"' && v.back() == '"') {
        ++cand.begin;
        --cand.end;
    }
    return plausiblePassword(cand.value());
}

// A secret as an XML element's text: a password someone could use, not a placeholder or a
// reference ("${db.password}").
bool elementSecretValidator(Candidate& cand)
{
    return plausiblePassword(cand.value());
}

// The credential in an HTTP authorization header. With the Basic scheme it is base64 of
// "user:password"; with the others an opaque token.
bool httpAuthValidator(Candidate& cand)
{
    const std::string_view text = cand.text;
    const std::string_view v = cand.value();
    std::size_t i = cand.begin;
    while (i > 0 && (text[i - 1] == ' ' || text[i - 1] == '\t')) {
        --i;
    }
    const bool basic = i >= 5 && startsWithNoCase(text.substr(i - 5, 5), "basic");
    if (isReference(v) || hasPlaceholderMarks(v)) {
        return false;
    }
    if (isDocumentedExample(v)) {
        cand.testValue = true; // jwt.io's sample token after "Bearer"
        return true;
    }
    if (basic) {
        thread_local std::string decoded; // kept from call to call: no allocation per candidate
        const WipeOnReturn wipeDecoded(decoded);
        if (v.size() < 8 || !Validators::base64Decode(v, decoded) || decoded.find(':') == std::string::npos) {
            return false;
        }
        std::size_t printable = 0;
        for (const char c : decoded) {
            printable += (c >= 0x20 && c < 0x7f) ? 1 : 0;
        }
        return printable * 10 >= decoded.size() * 9;
    }
    static constexpr std::array<std::string_view, 8> schemes{
        "bearer",
        "basic",
        "token",
        "digest",
        "negotiate",
        "api-token",
        "apikey",
        "key",
    };
    for (const auto s : schemes) {
        if (v.size() == s.size() && startsWithNoCase(v, s)) {
            return false;
        }
    }
    return v.size() >= 8 && int(hasUpper(v)) + int(hasLower(v)) + int(hasDigit(v)) >= 2
           && Validators::shannonEntropy(v) >= entropyNeeded(v.size()) && !hasAscendingRun(v, 6);
}

// A connection string with a password (ADO.NET / ODBC "Server=…;Password=…", Azure
// "…AccountKey=…"): reported whole, unless the secret in it is a placeholder.
bool connectionStringValidator(Candidate& cand)
{
    while (cand.end > cand.begin && cand.text[cand.end - 1] == ';') {
        --cand.end;
    }
    const std::string_view v = cand.value();
    static constexpr std::array<std::string_view, 5> keys{
        "password=", "pwd=", "accountkey=", "sharedaccesskey=", "sharedaccesssignature="};
    for (const auto k : keys) {
        for (std::size_t i = 0; i + k.size() <= v.size(); ++i) {
            if (!startsWithNoCase(v.substr(i), k) || (i > 0 && isAlpha(v[i - 1]))) {
                continue;
            }
            std::string_view secret = v.substr(i + k.size());
            const auto semi = secret.find(';');
            if (semi != std::string_view::npos) {
                secret = secret.substr(0, semi);
            }
            secret = stripQuotes(secret);
            if (k == "sharedaccesssignature=") {
                // A SAS ("sv=…&sig=…"): its secret is the signature, URL-encoded base64.
                std::size_t at = std::string_view::npos;
                for (std::size_t j = 0; j + 4 <= secret.size(); ++j) {
                    if (startsWithNoCase(secret.substr(j), "sig=") && (j == 0 || secret[j - 1] == '&')) {
                        at = j + 4;
                        break;
                    }
                }
                if (at == std::string_view::npos) {
                    return false;
                }
                const std::string_view sig = secret.substr(at, secret.find('&', at) - at);
                return sig.size() >= 20 && !hasPlaceholderMarks(sig) && randomEnough(sig);
            }
            if (k == "accountkey=" || k == "sharedaccesskey=") {
                return isDocumentedExample(secret) ? (cand.testValue = true) : randomEnough(secret);
            }
            return plausiblePassword(secret);
        }
    }
    return false;
}

// CRC-32 as zlib computes it (reflected, polynomial 0xEDB88320), bit by bit: only run on candidates.
std::uint32_t crc32(std::string_view s)
{
    std::uint32_t crc = 0xFFFFFFFFu;
    for (const char ch : s) {
        crc ^= static_cast<unsigned char>(ch);
        for (int k = 0; k < 8; ++k) {
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
        }
    }
    return ~crc;
}

// Vercel's tokens end in the CRC-32 of the 50 characters after the prefix, in base 62 (digits,
// upper, lower case), six characters with leading zeros.
bool vercelTokenValidator(Candidate& cand)
{
    const std::string_view v = cand.value();
    if (v.size() != 60) {
        return false;
    }
    static constexpr std::string_view digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    std::uint32_t n = crc32(v.substr(4, 50));
    std::array<char, 6> check{};
    for (std::size_t i = check.size(); i-- > 0;) {
        check[i] = digits[n % 62];
        n /= 62;
    }
    if (n != 0 || v.substr(54) != std::string_view(check.data(), check.size()) || !randomEnough(v.substr(4, 50))) {
        return false;
    }
    // A checksum computed over filler ("abcdefgh…"): a test value.
    cand.testValue = hasAscendingRun(v.substr(4, 50), 6);
    return true;
}

// A Discord bot token's first part is the bot's user id (a snowflake: 17 to 20 digits) in base64.
bool discordBotTokenValidator(Candidate& cand)
{
    const std::string_view v = cand.value();
    const auto dot1 = v.find('.');
    const auto dot2 = v.rfind('.');
    if (dot1 == std::string_view::npos || dot2 == dot1) {
        return false;
    }
    thread_local std::string id; // kept from call to call: no allocation per candidate
    const WipeOnReturn wipeId(id);
    if (!Validators::base64Decode(v.substr(0, dot1), id) || id.size() < 17 || id.size() > 20 || id.front() == '0'
        || !std::all_of(id.begin(), id.end(), isDigit)) {
        return false;
    }
    const std::string_view hmac = v.substr(dot2 + 1);
    if (!randomEnough(hmac)) {
        return false;
    }
    // Filler typed into the shape ("…0123456789"): reported as a test value.
    cand.testValue = hasAscendingRun(hmac, 6);
    return true;
}

constexpr std::array<NamedValidator, 25> validators{{
    {"vercel-token", &vercelTokenValidator},
    {"discord-bot-token", &discordBotTokenValidator},
    {"aws-key-id", &awsKeyIdValidator},
    {"random-token", &randomTokenValidator},
    {"provider-token", &providerTokenValidator},
    {"keyword-token", &keywordTokenValidator},
    {"keyword-id", &keywordIdValidator},
    {"mixed-case-token", &mixedCaseTokenValidator},
    {"mixed-alnum-token", &mixedAlnumTokenValidator},
    {"jwt", &jwtValidator},
    {"pem-block", &pemValidator},
    {"putty-key", &puttyKeyValidator},
    {"base64-pem", &base64PemValidator},
    {"age-key", &ageKeyValidator},
    {"bedrock-key", &bedrockKeyValidator},
    {"slack-token", &slackTokenValidator},
    {"assigned-secret", &assignedSecretValidator},
    {"password-in-text", &passwordInTextValidator},
    {"url-credentials", &urlCredentialsValidator},
    {"user-password", &userPasswordValidator},
    {"curl-user", &curlUserValidator},
    {"http-auth", &httpAuthValidator},
    {"netrc-password", &netrcPasswordValidator},
    {"element-secret", &elementSecretValidator},
    {"connection-string", &connectionStringValidator},
}};

} // namespace

namespace Validators {

double shannonEntropy(std::string_view s)
{
    if (s.empty()) {
        return 0.0;
    }
    std::array<int, 256> counts{};
    for (const char c : s) {
        ++counts[static_cast<unsigned char>(c)];
    }
    double h = 0.0;
    const double n = static_cast<double>(s.size());
    for (const int c : counts) {
        if (c > 0) {
            const double p = c / n;
            h -= p * std::log2(p);
        }
    }
    return h;
}

bool base64Decode(std::string_view in, std::string& out)
{
    out.clear();
    std::uint32_t acc = 0;
    int bits = 0;
    for (const char c : in) {
        int v;
        if (isUpper(c)) {
            v = c - 'A';
        } else if (isLower(c)) {
            v = c - 'a' + 26;
        } else if (isDigit(c)) {
            v = c - '0' + 52;
        } else if (c == '+' || c == '-') {
            v = 62;
        } else if (c == '/' || c == '_') {
            v = 63;
        } else if (c == '=') {
            break;
        } else {
            return false;
        }
        acc = (acc << 6) | static_cast<std::uint32_t>(v);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out.push_back(static_cast<char>((acc >> bits) & 0xFF));
        }
    }
    return true;
}

} // namespace Validators

std::span<const NamedValidator> ValidatorFamilies::secret()
{
    return validators;
}
