// SPDX-License-Identifier: GPL-3.0-or-later
// Peer: openredaction (MIT; the package re-exports @openredaction/core). Default
// configuration: `new OpenRedaction()` as in the README quick start: all 570+ built-in
// patterns, context analysis, false-positive filter, confidence threshold 0.5 and the
// built-in context rules, no preset, no NER (that needs the optional `compromise` package
// and `enableNER: true`; the README does not enable it).
//
// Spans: detect() returns `detections` with `position: [start, end]` in JS string (UTF-16)
// offsets of the input and `type` = the pattern name (EMAIL, PHONE_UK, SSN, ...). These are
// used directly; the redacted text is not needed.
//
// throughput: detect() per line block of ~64 KB. detect() rejects inputs over
// maxInputSize (default 10 MiB, which a 10 MB file is at the edge of), stops each pattern
// after 10,000 matches per call, and the library points to batch/streaming use for large
// documents, so a user would feed it pieces. findings = detections summed over blocks.
import { OpenRedaction } from "openredaction";
import { runPeer, pkgVersion } from "./common.mjs";

const redactor = new OpenRedaction();

await runPeer({
  name: "openredaction",
  version: pkgVersion("openredaction"),
  chunkBytes: 64 * 1024,
  detect: async (text) => {
    const r = await redactor.detect(text);
    return r.detections.map((d) => ({ type: d.type, start: d.position[0], end: d.position[1] }));
  },
  scan: async (text) => (await redactor.detect(text)).detections.length,
});
