// SPDX-License-Identifier: GPL-3.0-or-later
// Network identifiers: IPv4 and IPv6 addresses, MAC addresses, URLs and domain names.
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
        .prefilter = R"(\b[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9])",
        .validator = "ipv4",
        .contextWords = {"ip", "address", "host", "server", "addr"},
        .baseScore = 0.6,
        // A dotted quad right after these words is a version ("App version 4.2.10.3").
        .negativeWords = {"version", "ver", "release", "build", "firmware", "patch", "sdk"},
        .reason = SCRIM_TR_NOOP("Rules", "IPv4 address"),
    });
    r.push_back({
        .id = "ipv6",
        .type = EntityType::IpAddress,
        .category = Category::Pii,
        // Candidates start with a hex group and a colon (or "::") and end in a hex digit, or in
        // "::" before a network prefix ("2001:db8::/32", "::/0", "fe80::%eth0/64") or alone
        // ("fe80::", "2a00:1450:4001::"); the validator parses them (RFC 4291 forms, IPv4 tail,
        // zone, prefix length).
        .pattern =
            R"((?:[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{1,4})*)?::(?:%[0-9A-Za-z_\-]{1,32})?/[0-9]{1,5}\b|(?:[0-9A-Fa-f]{1,4}:|::)[0-9A-Fa-f:.]*[0-9A-Fa-f](?:%[0-9A-Za-z_\-]{1,32})?(?:/[0-9]{1,3}\b)?|)"
            R"([0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{1,4})*::(?:%[0-9A-Za-z_\-]{1,32})?)",
        // A valid address either holds "::" next to a group or has 8 groups; a time
        // ("12:30:45") has neither.
        .prefilter = R"(::[0-9A-Fa-f/]|[0-9A-Fa-f]::|(?:[0-9A-Fa-f]{1,4}:){3})",
        .validator = "ipv6",
        .contextWords = {"ip", "ipv6", "address", "host", "server", "addr"},
        .baseScore = 0.6,
        .reason = SCRIM_TR_NOOP("Rules", "IPv6 address"),
    });
    r.push_back({
        .id = "mac-address",
        .type = EntityType::MacAddress,
        .category = Category::Pii,
        .pattern =
            R"(\b(?:[0-9A-Fa-f]{2}(?::[0-9A-Fa-f]{2}){5}|[0-9A-Fa-f]{2}(?:-[0-9A-Fa-f]{2}){5}|[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4})\b)",
        .prefilter =
            R"([0-9A-Fa-f]{2}[:\-][0-9A-Fa-f]{2}[:\-][0-9A-Fa-f]{2}[:\-][0-9A-Fa-f]{2}|[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.)",
        .validator = "mac",
        .contextWords = {"mac", "hardware", "ethernet", "wifi", "wlan", "physical", "device", "bssid"},
        .baseScore = 0.6,
        .reason = SCRIM_TR_NOOP("Rules", "MAC address"),
    });
    r.push_back({
        .id = "url",
        .type = EntityType::Url,
        .category = Category::Pii,
        // Schemes and "www" in any case ("HTTPS://ACME.COM").
        // A URL ends at a blank, a quote or a bracket, also one beyond ASCII ("“https://…”",
        // "「https://…」と", a no-break space), so the next URL on the line is a match of its own.
        .pattern = R"((?:\b(?i:https?|ftp)://|\b(?i:www)\.)[^\s<>"'`“”‘’«»「」『』（）、。，\x{00A0}]+)",
        .prefilter = R"(://|(?i:www)\.)",
        .validator = "url",
        .contextWords = {"url", "link", "website", "site", "page"},
        .baseScore = 0.5,
        .minScore = 0.4,
        .reason = SCRIM_TR_NOOP("Rules", "Web address (URL)"),
    });
    r.push_back({
        .id = "domain-name",
        .type = EntityType::Url,
        .category = Category::Pii,
        // Bare domains only under common top-level domains: "setup.py" or "index.js" are files.
        .pattern =
            R"(\b(?:[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?\.)+(?:com|org|net|edu|gov|mil|int|io|co|ai|app|dev|info|biz|eu|us|uk|de|se|fr|ca|au|nl|ch|at|be|es|it|no|dk|fi|ie|il|in|jp|cn|ru|br|pl|cz|nz|za)\b)",
        .prefilter =
            R"(\.(?:com|org|net|edu|gov|mil|int|io|co|ai|app|dev|info|biz|eu|us|uk|de|se|fr|ca|au|nl|ch|at|be|es|it|no|dk|fi|ie|il|in|jp|cn|ru|br|pl|cz|nz|za)\b)",
        .validator = "domain",
        .contextWords = {"domain", "domains", "site", "website", "visit", "url"},
        .baseScore = 0.4,
        .minScore = 0.4,
        .reason = SCRIM_TR_NOOP("Rules", "Domain name"),
    });
    return r;
}
