// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <string_view>

/**
 * The lower-case particles before a surname ("Daan de Vries", "Ursula von der Leyen"). The
 * person-name rule's pattern and prefilter take them (rules/PersonRules.cpp), and
 * Validators::mayHoldPersonName relies on that list being exactly this one.
 */
inline constexpr std::array<std::string_view, 19> kNameParticles{"van",
                                                                 "von",
                                                                 "de",
                                                                 "der",
                                                                 "den",
                                                                 "da",
                                                                 "di",
                                                                 "du",
                                                                 "del",
                                                                 "della",
                                                                 "la",
                                                                 "le",
                                                                 "ten",
                                                                 "ter",
                                                                 "af",
                                                                 "av",
                                                                 "zu",
                                                                 "dos",
                                                                 "das"};
