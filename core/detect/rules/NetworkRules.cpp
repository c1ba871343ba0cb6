// SPDX-License-Identifier: GPL-3.0-or-later
// Network identifiers: IP addresses.
#include "core/common/Tr.h"
#include "core/detect/rules/RuleFamilies.h"

std::vector<Rule> RuleFamilies::network()
{
    std::vector<Rule> r;
    r.push_back({
        .id = "ipv4",
        .type = EntityType::IpAddress,
        .category = Category::Pii,
        .pattern = R"(\b(?:[0-9]{1,3}\.){3}[0-9]{1,3}(?:/(?:3[0-2]|[12]?[0-9]))?\b)",
        .validator = "ipv4",
        .contextWords = {"ip", "address", "host", "server", "addr"},
        .baseScore = 0.6,
        .reason = SCRIM_TR_NOOP("Rules", "IPv4 address"),
    });
    return r;
}
