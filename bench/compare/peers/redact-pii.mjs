// SPDX-License-Identifier: GPL-3.0-or-later
// Peer: redact-pii (MIT). Default configuration: `new SyncRedactor()` (the README's
// simple example): all built-in regex rules plus the name redactor, no Google DLP
// (DLP is a paid cloud service and needs credentials; it is not used).
//
// Spans: the library only returns redacted text. SyncRedactor.redact() runs a fixed
// chain of child redactors (redactor.childRedactors), each rewriting the text of the
// previous one. predict replays that chain on the library's own child objects with a
// ReplaceTracker (common.mjs) that records which original range each inserted token
// stands for:
//  * SimpleRegexpRedactor (CREDIT_CARD_NUMBER, STREET_ADDRESS, ZIPCODE, PHONE_NUMBER,
//    IP_ADDRESS, US_SOCIAL_SECURITY_NUMBER, EMAIL_ADDRESS, USERNAME, PASSWORD,
//    CREDENTIALS, DIGITS, URL): does `text.replace(regex, TOKEN)`; the replaced ranges
//    are the regex's matchAll ranges on the current text (exact).
//  * NameRedactor (PERSON_NAME): its internals are a loop of slices; the step's input and
//    output (from the library) are aligned: the output is split at "PERSON_NAME", the
//    literal pieces are located in the input in order (earliest position; last piece a
//    suffix), the gaps are the replaced names (alignPlaceholder in common.mjs).
// After each step the replayed text must equal child.redact(input) exactly, and at the
// end it must equal redactor.redact(text) (a mismatch aborts).
// A later rule can swallow an earlier token (e.g. "PHONE_NUMBER" inside a URL); the
// span then covers both original ranges and takes the later type, as in the output.
//
// throughput: redactor.redact() on the whole file in one call (no documented size limit;
// 10 MB in one call works; peak RSS ~0.7 GB). findings = tokens in the output minus those
// already in the input (counted outside the timed region).
import redactPii from "redact-pii";
import { runPeer, pkgVersion, ReplaceTracker, regexRanges, alignPlaceholder } from "./common.mjs";

const redactor = new redactPii.SyncRedactor();
const children = redactor.childRedactors;
const TOKENS = [...new Set(children.map((c) => c.replaceWith))];

function detect(text) {
  const tr = new ReplaceTracker(text);
  for (const child of children) {
    const before = tr.text;
    const after = child.redact(before);
    let ranges;
    if (child.regexpMatcher) ranges = regexRanges(child.regexpMatcher, before);
    else {
      ranges = alignPlaceholder(before, after, child.replaceWith);
      if (ranges === null) throw new Error(`cannot align ${child.replaceWith} step for: ${JSON.stringify(text)}`);
    }
    if (tr.step(ranges, child.replaceWith, child.replaceWith) !== after)
      throw new Error(`replay of ${child.replaceWith} differs for: ${JSON.stringify(text)}`);
  }
  if (tr.text !== redactor.redact(text)) throw new Error(`replay differs for: ${JSON.stringify(text)}`);
  return tr.spans();
}

const count = (s) => TOKENS.reduce((n, t) => n + s.split(t).length - 1, 0);
await runPeer({
  name: "redact-pii",
  version: pkgVersion("redact-pii"),
  chunkBytes: 0,
  detect: async (t) => detect(t),
  scan: async (t) => redactor.redact(t),
  count: (out, input) => count(out) - count(input),
});
