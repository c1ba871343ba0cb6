// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/detect/InterleavedStreams.h"

#include <algorithm>

namespace InterleavedStreams {

Parts split(std::string_view text, std::size_t begin, std::size_t end)
{
    Parts parts;
    parts.from[0] = begin;
    parts.from[kStreams] = end;
    for (std::size_t k = 1; k < kStreams; ++k) {
        std::size_t at = std::max(parts.from[k - 1], begin + (end - begin) * k / kStreams);
        while (at > begin && at < end && text[at - 1] != '\n') {
            ++at;
        }
        parts.from[k] = at;
    }
    parts.common = parts.from[1] - parts.from[0];
    for (std::size_t k = 1; k < kStreams; ++k) {
        parts.common = std::min(parts.common, parts.from[k + 1] - parts.from[k]);
    }
    return parts;
}

// On its own, so that nothing in it calls out and its states, pointers and offsets all stay in
// registers (GCC had spilled them around the calls that report hits).
[[gnu::noinline]] const unsigned char* advance(const std::uint32_t* delta,
                                               const unsigned char* cls,
                                               const unsigned char* p,
                                               const unsigned char* stop,
                                               const Parts& parts,
                                               std::size_t (&state)[kStreams])
{
    static_assert(kStreams == 4);
    const std::size_t o1 = parts.from[1] - parts.from[0];
    const std::size_t o2 = parts.from[2] - parts.from[0];
    const std::size_t o3 = parts.from[3] - parts.from[0];
    std::size_t s0 = state[0];
    std::size_t s1 = state[1];
    std::size_t s2 = state[2];
    std::size_t s3 = state[3];
    do {
        s0 = loadEntry(delta[s0 + cls[p[0]]]);
        s1 = loadEntry(delta[s1 + cls[p[o1]]]);
        s2 = loadEntry(delta[s2 + cls[p[o2]]]);
        s3 = loadEntry(delta[s3 + cls[p[o3]]]);
        ++p;
    } while (((s0 | s1 | s2 | s3) & kStop) == 0 && p != stop);
    state[0] = s0;
    state[1] = s1;
    state[2] = s2;
    state[3] = s3;
    return p;
}

} // namespace InterleavedStreams
