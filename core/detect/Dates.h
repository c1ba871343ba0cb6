// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/detect/Finding.h"
#include "core/detect/Rule.h"

#include <cstddef>
#include <functional>
#include <string_view>
#include <vector>

/**
 * Dates other than dates of birth (those are the "date-of-birth" rule's, next to "born" and the like).
 *
 * A date alone identifies no one: a log's timestamps, a meeting, a release. Next to a name, a contact
 * or a patient's data it is personal data, and one of the identifiers HIPAA's Safe Harbor method
 * removes (admission, discharge and visit dates). So Scrim treats dates as companions:
 *
 * - RuleSet::scan and scanStoppable (of a rule set with Options::companionDates: the built-in one and
 *   a policy's) add the dates that stand less than kCompanionReach bytes (about three lines) from a
 *   value linked to a person (`anchors`), so the guard, the paste box and
 *   anonymize replace a patient note's dates together with the name they belong to, and a log's
 *   timestamps count only on the lines that name someone;
 * - `scrim-cli scan` lists the same (a stream read in chunks looks across their edges for such
 *   values), or every date with `--all-dates`; its exit status never counts them.
 *
 * What is a date here: day, month and year in either order with '/', '-' or '.' ("5/20/2021",
 * "21.5.21"); ISO 8601 with an optional time and zone ("2024-03-15T14:30:00.123Z"); year first with
 * '/' or '.'; English month names (capitalised or upper case: "may" is a verb) with a day, a year or
 * both ("May 1st, 1977", "5-MAY-2021", "21-May", "May-2021"); German, French and Swedish month names
 * with day and year ("12. März 1985", "7 juillet 1985"). Day and month must exist (either order for
 * numbers), a four-digit year lies in 1900–2099, a time in range. A bare month or year is not a date,
 * nor are digits glued to more digits ("1.2.34.5", "10.1.1.10").
 *
 * Hand-written rather than an RE2 pattern: a log has a date on every line, and the rule engine's cost
 * per finding (and an RE2 pass of its own) would double the time of a scan for values that are only
 * kept beside personal data. The parser reads at most 48 bytes from each run of digits, so it is
 * linear in the text.
 *
 * JSON and log escapes (`\n`, `\t`, `\r` written out) count as the white space they stand for, as
 * they do for the rule engine: "Smith\n03/14/2024" holds a date.
 */
namespace Dates {

/** The rule id dates are reported with. */
inline constexpr std::string_view kRuleId = "date";
/** Their score: low, as the value says little alone. */
inline constexpr double kScore = 0.3;

/** The finder described as a rule, for listings (`scrim-cli rules`); it has no pattern and is never compiled. */
Rule listing();

/**
 * Appends the dates that start in [begin, end) of `text`, in order, reading beyond `end` to finish
 * one. Pieces that split a text find what one call over all of it finds (StreamScanner's chunks):
 * the scan resumes from the last byte before `begin` that no date can hold (a line break, a quote, a
 * word that is not a month's name), looking back up to 256 bytes (a bound of its own, unrelated to
 * kCompanionReach). Only a text that has no such byte in the 256 before a split ("1 May 1 May 1 May
 * …") may be read differently on either side of it.
 */
void find(std::string_view text, std::size_t begin, std::size_t end, std::vector<Finding>& out);

/** True for a finding of the date finder (by its rule id: a policy's own rule may also report DATE). */
bool isDate(const Finding& finding);

/**
 * True when a finding makes the dates of its text personal: a value linked to a person (a name, a
 * contact, an ID, an account or card number, health data). Not a date, not a documented test value,
 * and not an IP or MAC address or a URL: a server log's timestamps next to its hosts' addresses say
 * nothing about anyone.
 */
bool anchors(const Finding& finding);

/**
 * Merges `dates` (in start order) into `findings` (in start order), leaving out each date that
 * overlaps a finding; the result stays in start order.
 */
void merge(std::vector<Finding>& findings, std::vector<Finding> dates);

/** A date is an anchor's companion when fewer than this many bytes lie between them (about three lines). */
inline constexpr std::size_t kCompanionReach = 256;
/** The longest date read: "2024-06-05T09:15:30.123456789+07:00" has 35 bytes, "1st of SEPTEMBER,
 *  2021" 22 (a month's name in UTF-8 at most 9). */
inline constexpr std::size_t kLongestDate = 48;

/**
 * Keeps of `dates` (in start order) those with fewer than kCompanionReach bytes between them and a
 * finding in `findings` (in start order) that `isAnchor` accepts.
 */
void keepCompanions(const std::vector<Finding>& findings,
                    std::vector<Finding>& dates,
                    const std::function<bool(const Finding&)>& isAnchor = anchors);

/**
 * Appends the dates that start in [begin, end) of `text` and stand near an anchor among `findings`
 * (in start order), as find() and keepCompanions() would, reading only the stretches around the
 * anchors: a log's timestamps far from anyone's name are never parsed.
 */
void findCompanions(std::string_view text,
                    std::size_t begin,
                    std::size_t end,
                    const std::vector<Finding>& findings,
                    std::vector<Finding>& out,
                    const std::function<bool(const Finding&)>& isAnchor = anchors);

/** Adds the text's dates that stand near an anchor among `findings` (in start order) and overlap none of them. */
void addCompanions(std::string_view text, std::vector<Finding>& findings);

} // namespace Dates
