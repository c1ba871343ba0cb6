// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/common/Utf8.h"
#include "core/detect/RuleSet.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

/**
 * Scans a byte stream of any length in bounded memory: bytes are fed in pieces of any size, and
 * scanned in chunks that overlap by the rule set's longest span, so a value that straddles a
 * chunk boundary is reported exactly once. Also validates the UTF-8 and locates findings and
 * invalid bytes by line and column.
 *
 * Not thread-safe (one stream, one thread); the RuleSet it holds may be shared.
 */
class StreamScanner
{
public:
    struct Located
    {
        Finding finding;                       // start/end are absolute byte offsets in the stream
        Utf8::PositionTracker::Position begin; // line, column (code points, 1-based), code point offset
        std::uint64_t codePointEnd = 0;
        std::uint64_t endLine = 1;
        std::uint64_t endColumn = 1; // column just after the last character
    };
    /** Receives each finding in stream order; `value` is valid only during the call. */
    using Sink = std::function<void(const Located& located, std::string_view value)>;

    struct InvalidByte
    {
        std::uint64_t offset = 0;
        std::uint64_t line = 1;
        std::uint64_t column = 1;
    };

    explicit StreamScanner(std::shared_ptr<const RuleSet> rules, std::size_t chunkSize = 1 << 20);
    /** The text kept before and read after each chunk: what `rules` need around a range to find
     *  there what one scan of the whole text finds (RuleSet::scanRange). */
    static std::size_t overlapFor(const RuleSet& rules) { return rules.maxSpan() + 1024; }

    /**
     * More findings beside the rules' (a policy's hashed dictionaries, dates): called with the same
     * window of text as the rules, it appends findings that start in [ownBegin, ownEnd) of `text`.
     * `header` is what the rules were given as the table header (RuleSet::scanRange): nullopt
     * while `text` starts the stream, else the stream's first line if it is a table's header and
     * an empty view if it is not.
     */
    using Extra = std::function<void(std::string_view text,
                                     std::size_t ownBegin,
                                     std::size_t ownEnd,
                                     std::optional<std::string_view> header,
                                     std::vector<Finding>& out)>;
    void setExtra(Extra extra) { m_extra = std::move(extra); }

    /** Adds bytes; scans what can be scanned. On error the stream is dead (later calls fail). */
    Result<void> feed(std::string_view bytes, const Sink& sink);
    /** Scans the rest. Call once, after the last feed(). */
    Result<void> finish(const Sink& sink);

    std::uint64_t bytesSeen() const { return m_bufAbs + m_buf.size(); }
    std::uint64_t invalidByteCount() const { return m_invalidCount; }
    /** The first few invalid bytes, located (up to kMaxInvalidReported). */
    const std::vector<InvalidByte>& invalidBytes() const { return m_invalidLocated; }
    static constexpr std::size_t kMaxInvalidReported = 20;

private:
    Result<void> process(std::size_t ownEnd, const Sink& sink);
    void advanceTo(std::uint64_t absolute);

    std::shared_ptr<const RuleSet> m_rules;
    std::size_t m_chunk;
    std::size_t m_overlap;
    std::string m_buf;
    std::uint64_t m_bufAbs = 0; // absolute offset of m_buf[0]
    Extra m_extra;
    std::size_t m_ownBegin = 0;   // first byte (relative to m_buf) not yet scanned
    std::uint64_t m_maxEnd = 0;   // end of the furthest finding reported so far
    std::uint64_t m_trackAbs = 0; // absolute offset the position tracker has reached
    Utf8::PositionTracker m_tracker;
    Utf8::Validator m_validator;
    std::uint64_t m_invalidCount = 0;
    std::vector<std::uint64_t> m_invalidPending;
    std::vector<InvalidByte> m_invalidLocated;
    std::vector<Finding> m_scratch;
    // The stream's table header (RuleSet::tableHeaderLine of its start), kept for the chunks that
    // no longer hold it; set at the first chunk.
    std::string m_header;
    bool m_failed = false;
};
