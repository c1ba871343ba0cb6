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

// On its own, so that nothing in it calls out and its states and pointers stay in registers (GCC
// had spilled them around the calls that report hits).
[[gnu::noinline]] const unsigned char* advance(const std::uint32_t* delta,
                                               const unsigned char* cls,
                                               const unsigned char* p,
                                               const unsigned char* stop,
                                               const Parts& parts,
                                               std::size_t (&state)[kStreams])
{
    static_assert(kStreams == 8);
    // Eight states, the table, the classes and two pointers fill the registers; the offsets of
    // the other parts are read from memory at each step (volatile: the compiler would otherwise
    // keep them in registers and move the states to memory, onto the chain from byte to byte).
    // The states are 32-bit for the same reason: as 64-bit values GCC 12 spills some of them.
    volatile std::size_t offset[kStreams];
    for (std::size_t k = 0; k < kStreams; ++k) {
        offset[k] = parts.from[k] - parts.from[0];
    }
    auto s0 = static_cast<std::uint32_t>(state[0]);
    auto s1 = static_cast<std::uint32_t>(state[1]);
    auto s2 = static_cast<std::uint32_t>(state[2]);
    auto s3 = static_cast<std::uint32_t>(state[3]);
    auto s4 = static_cast<std::uint32_t>(state[4]);
    auto s5 = static_cast<std::uint32_t>(state[5]);
    auto s6 = static_cast<std::uint32_t>(state[6]);
    auto s7 = static_cast<std::uint32_t>(state[7]);
    do {
        s0 = loadEntry(delta[s0 + cls[p[0]]]);
        s1 = loadEntry(delta[s1 + cls[p[offset[1]]]]);
        s2 = loadEntry(delta[s2 + cls[p[offset[2]]]]);
        s3 = loadEntry(delta[s3 + cls[p[offset[3]]]]);
        s4 = loadEntry(delta[s4 + cls[p[offset[4]]]]);
        s5 = loadEntry(delta[s5 + cls[p[offset[5]]]]);
        s6 = loadEntry(delta[s6 + cls[p[offset[6]]]]);
        s7 = loadEntry(delta[s7 + cls[p[offset[7]]]]);
        ++p;
    } while (((s0 | s1 | s2 | s3 | s4 | s5 | s6 | s7) & kStop) == 0 && p != stop);
    state[0] = s0;
    state[1] = s1;
    state[2] = s2;
    state[3] = s3;
    state[4] = s4;
    state[5] = s5;
    state[6] = s6;
    state[7] = s7;
    return p;
}

} // namespace InterleavedStreams
