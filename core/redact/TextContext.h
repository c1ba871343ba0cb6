// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

/**
 * Where in a text a value sits, as far as escaping is concerned. A value taken out of a JSON string
 * is stored as its raw bytes together with the context it came from; put back into the same kind of
 * context it goes back byte for byte, put into another it is decoded and re-encoded for its new
 * place (a PEM key restored into a JSON string gets its line breaks as \n, so the JSON still parses).
 */
enum class LiteralContext : std::uint8_t
{
    Plain = 0,        ///< prose, or code outside any string literal
    DoubleQuoted = 1, ///< inside "..." in code or JSON: backslash escapes as in JSON
    SingleQuoted = 2, ///< inside '...' in code: \' and \\ escaped
    /** Bare in a JSON document (a number such as an account number): the anonymizer writes the
     *  token as a JSON string ("[ACCOUNT_1]") so the document still parses, and restore takes
     *  the quotes away again. */
    JsonBare = 3,
    /** Inside '...' in a SQL or YAML code block: a quote is written twice, a backslash is itself. */
    SingleQuotedDoubled = 4,
};

/**
 * Walks a text forward and says, for increasing positions, which LiteralContext applies there.
 * String literals count only in code: inside a fenced block (``` or ~~~), inside `inline code`, or
 * anywhere in a JSON document (isJsonDocument). Raw strings (r"…", @"…") escape nothing; in a block
 * marked sql or yaml, single-quoted strings double the quote. Strings are tracked per line (JSON strings cannot
 * span lines), so a stray quote costs at most the rest of its line.
 *
 * The text may grow between calls (the anonymizer asks about the end of its output as it writes
 * it), as long as what was already walked stays the same. Positions must not decrease; the whole
 * walk is linear in the text.
 */
class ContextScanner
{
public:
    explicit ContextScanner(bool jsonDocument)
        : m_wholeIsCode(jsonDocument)
    {}
    LiteralContext at(std::string_view text, std::size_t pos);

private:
    bool m_wholeIsCode = false;
    bool m_inFence = false;
    std::size_t m_lineStart = 0;
    std::size_t m_cursor = 0;
    bool m_lineIsFence = false;
    bool m_fenceKnown = false;
    bool m_inInline = false;
    char m_quote = 0;
    bool m_escape = false;
    bool m_raw = false;
    bool m_doubledQuotes = false;
};

namespace TextContext {

/**
 * True when the whole of `text` is one valid JSON object or array. (An answer with JSON in a fenced
 * block is prose with code in it; "[PERSON_1] called" is prose.)
 */
bool isJsonDocument(std::string_view text);

/**
 * True when `text` at `pos` holds "(" and a link target (http://, https://, mailto:, tel:, #, /, ./):
 * a bracketed token right before it reads as the text of a markdown link.
 */
bool linkTargetAt(std::string_view text, std::size_t pos);

/** Decodes the escapes of `ctx` in `raw` (\" \\ \/ \n \r \t \b \f \uXXXX incl. surrogate pairs, \'). */
std::string decode(std::string_view raw, LiteralContext ctx);
/** Encodes `value` for `ctx`: quotes, backslashes and control characters escaped. */
std::string encode(std::string_view value, LiteralContext ctx);
/** `raw`, taken from context `from`, as it must be written into context `to`. */
std::string convert(std::string_view raw, LiteralContext from, LiteralContext to);

} // namespace TextContext
