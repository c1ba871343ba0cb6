// SPDX-License-Identifier: GPL-3.0-or-later
// Peer: @redactpii/node (MIT). Default configuration: `new Redactor()`, i.e. the five
// built-in rules CREDIT_CARD, EMAIL, NAME, PHONE, SSN in normal (non-aggressive) mode,
// no API key (no dashboard calls).
//
// Spans: the library only returns redacted text. Redactor.redact() applies its rules one
// after the other as `text = text.replace(rule.pattern, TOKEN)`. predict replays exactly
// that chain on the library's own rule objects (redactor.activeRules) with a
// ReplaceTracker (common.mjs), which records which original range each inserted token
// stands for, and checks that the replayed text equals redactor.redact(text)
// character for character (a mismatch aborts). Types are the library's token names
// (CREDIT_CARD_NUMBER, EMAIL_ADDRESS, PERSON_NAME, PHONE_NUMBER, US_SOCIAL_SECURITY_NUMBER).
// Note: the NAME rule replaces its whole match, greeting included ("Hi David Johnson"
// -> "PERSON_NAME"), so PERSON spans start at the greeting.
//
// throughput: redactor.redact() on the whole file in one call (no documented size
// limit); findings = number of replacement tokens in the output minus those already
// present in the input (counted outside the timed region).
import { Redactor } from "@redactpii/node";
import { runPeer, pkgVersion, ReplaceTracker, regexRanges } from "./common.mjs";

const redactor = new Redactor();
const TOKEN = { CREDIT_CARD: "CREDIT_CARD_NUMBER", EMAIL: "EMAIL_ADDRESS" }; // else token = rule name
const tokenOf = (rule) => TOKEN[rule.name] ?? rule.name;
const TOKENS = [...new Set(redactor.activeRules.map(tokenOf))];

function detect(text) {
  const expected = redactor.redact(text);
  const tr = new ReplaceTracker(text);
  for (const rule of redactor.activeRules) {
    const tok = tokenOf(rule);
    tr.step(regexRanges(rule.pattern, tr.text), tok, tok);
  }
  if (tr.text !== expected) throw new Error(`replay differs from Redactor.redact() for: ${JSON.stringify(text)}`);
  return tr.spans();
}

const count = (s) => TOKENS.reduce((n, t) => n + s.split(t).length - 1, 0);
await runPeer({
  name: "@redactpii/node",
  version: pkgVersion("@redactpii/node"),
  chunkBytes: 0,
  detect: async (t) => detect(t),
  scan: async (t) => redactor.redact(t),
  count: (out, input) => count(out) - count(input),
});
