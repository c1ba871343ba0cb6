// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

/**
 * A strict JSON reader for signed policy files: every value knows its line and column, so the
 * linter can point at it. Stricter than Qt's parser on purpose: duplicate keys are an error (Qt
 * silently keeps the last one, which would let a second "action" slip past a reviewer), nesting is
 * limited, text must be valid UTF-8, numbers must be finite. Linear in the input; no exceptions.
 */
namespace Json {

struct Position
{
    std::size_t line = 1;   ///< 1-based
    std::size_t column = 1; ///< 1-based, in code points
};

struct Value
{
    enum class Kind
    {
        Null,
        Bool,
        Number,
        String,
        Array,
        Object,
    };
    Kind kind = Kind::Null;
    std::size_t offset = 0; ///< byte offset of the value in the document (positionOf gives line:column)
    bool boolean = false;
    double number = 0.0;
    bool integer = false; ///< the number was written without fraction or exponent
    std::string string;   ///< the decoded string, or the number as written
    std::vector<Value> items;
    /** Object members in document order, each with the position of its key. */
    std::vector<std::pair<std::string, Value>> members;
    std::vector<std::size_t> keyOffsets;

    const Value* member(std::string_view key) const;
    std::string_view kindName() const;
};

/** Line and column (code points) of a byte offset; linear in the offset, for diagnostics only. */
Position positionOf(std::string_view text, std::size_t offset);

struct ParseError
{
    Position pos;
    std::string message; ///< English; "duplicate key \"action\"", "unexpected end of input", …
};

struct Options
{
    std::size_t maxDepth = 32;
    std::size_t maxBytes = 1u << 20;
};

/** Parses one JSON document (an object or array, or any value) followed only by white space. */
bool parse(std::string_view text, Value& out, ParseError& error, const Options& options = {});

} // namespace Json
