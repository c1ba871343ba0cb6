// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/detect/StreamScanner.h"

#include "core/common/Tr.h"

#include <algorithm>

StreamScanner::StreamScanner(std::shared_ptr<const RuleSet> rules, std::size_t chunkSize)
    : m_rules(std::move(rules))
    , m_chunk(std::max<std::size_t>(chunkSize, 1))
    , m_overlap(overlapFor(*m_rules))
{}

Result<void> StreamScanner::feed(std::string_view bytes, const Sink& sink)
{
    if (m_failed) {
        return Error{ErrorCode::Internal, SCRIM_TR_NOOP("CoreErrors", "The scan already failed; start a new one.")};
    }
    m_validator.feed(bytes, [this](std::uint64_t off) {
        if (m_invalidCount++ < kMaxInvalidReported) {
            m_invalidPending.push_back(off);
        }
    });
    m_buf.append(bytes);
    // Scan once a full chunk plus the look-ahead that values crossing its end need is there.
    while (m_buf.size() - m_ownBegin >= m_chunk + m_overlap) {
        auto r = process(m_ownBegin + m_chunk, sink);
        if (!r) {
            m_failed = true;
            return r;
        }
    }
    return {};
}

Result<void> StreamScanner::finish(const Sink& sink)
{
    if (m_failed) {
        return Error{ErrorCode::Internal, SCRIM_TR_NOOP("CoreErrors", "The scan already failed; start a new one.")};
    }
    m_validator.finish([this](std::uint64_t off) {
        if (m_invalidCount++ < kMaxInvalidReported) {
            m_invalidPending.push_back(off);
        }
    });
    auto r = process(m_buf.size(), sink);
    if (!r) {
        m_failed = true;
        return r;
    }
    advanceTo(m_bufAbs + m_buf.size());
    return {};
}

void StreamScanner::advanceTo(std::uint64_t absolute)
{
    // Locates pending invalid bytes on the way; they arrive in order.
    while (m_trackAbs < absolute) {
        std::uint64_t stop = absolute;
        const bool invalidFirst = !m_invalidPending.empty() && m_invalidPending.front() < absolute;
        if (invalidFirst) {
            stop = std::max(m_invalidPending.front(), m_trackAbs);
        }
        m_tracker.advance(std::string_view(m_buf).substr(static_cast<std::size_t>(m_trackAbs - m_bufAbs),
                                                         static_cast<std::size_t>(stop - m_trackAbs)));
        m_trackAbs = stop;
        if (invalidFirst) {
            const auto p = m_tracker.position();
            m_invalidLocated.push_back({m_invalidPending.front(), p.line, p.column});
            m_invalidPending.erase(m_invalidPending.begin());
        }
    }
}

Result<void> StreamScanner::process(std::size_t ownEnd, const Sink& sink)
{
    m_scratch.clear();
    // A table's header is the stream's first line: once the buffer has moved past it, the rules
    // are given it, so that no line of the buffer is taken for one.
    if (m_bufAbs == 0 && m_ownBegin == 0) {
        m_header.assign(RuleSet::tableHeaderLine(m_buf));
    }
    const std::optional<std::string_view> header =
        m_bufAbs == 0 ? std::nullopt : std::optional<std::string_view>(m_header);
    auto r = m_rules->scanRange(m_buf, m_ownBegin, ownEnd, m_scratch, header);
    if (!r) {
        return r;
    }
    if (m_extra) {
        const std::size_t before = m_scratch.size();
        m_extra(m_buf, m_ownBegin, ownEnd, header, m_scratch);
        const auto byStart = [](const Finding& a, const Finding& b) { return a.start < b.start; };
        if (m_scratch.size() != before && !std::is_sorted(m_scratch.begin(), m_scratch.end(), byStart)) {
            std::stable_sort(m_scratch.begin(), m_scratch.end(), byStart); // an extra that appended out of order
        }
    }
    for (auto& f : m_scratch) {
        const std::uint64_t absStart = m_bufAbs + f.start;
        const std::uint64_t absEnd = m_bufAbs + f.end;
        if (absEnd <= m_maxEnd) {
            continue; // inside a finding reported from the previous chunk
        }
        m_maxEnd = absEnd;
        advanceTo(absStart);
        Located loc;
        loc.begin = m_tracker.position();
        const std::string_view value = std::string_view(m_buf).substr(f.start, f.end - f.start);
        Utf8::PositionTracker valueTracker;
        valueTracker.advance(value);
        const auto vp = valueTracker.position();
        loc.codePointEnd = loc.begin.codePoint + vp.codePoint;
        loc.endLine = loc.begin.line + vp.line - 1;
        loc.endColumn = vp.line == 1 ? loc.begin.column + vp.column - 1 : vp.column;
        f.start = static_cast<std::size_t>(absStart);
        f.end = static_cast<std::size_t>(absEnd);
        loc.finding = std::move(f);
        sink(loc, value);
    }
    advanceTo(m_bufAbs + ownEnd);
    m_ownBegin = ownEnd;
    // Keep the overlap before the next chunk as context; drop the rest.
    const std::size_t keepFrom = m_ownBegin > m_overlap ? m_ownBegin - m_overlap : 0;
    if (keepFrom > 0) {
        m_buf.erase(0, keepFrom);
        m_bufAbs += keepFrom;
        m_ownBegin -= keepFrom;
    }
    return {};
}
