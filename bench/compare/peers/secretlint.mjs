// SPDX-License-Identifier: GPL-3.0-or-later
// Peer: secretlint (MIT) with @secretlint/secretlint-rule-preset-recommend, run through
// @secretlint/core's lintSource() -- the same call the CLI makes for
//   echo "$TEXT" | secretlint --stdinFileName=input.txt
// with a .secretlintrc.json of {"rules":[{"id":"@secretlint/secretlint-rule-preset-recommend"}]}
// (the preset README's configuration, no rule options). Version 12.0.0 is the last
// release that supports Node.js 20 (13.x requires Node >= 22).
// The content is given the file name "input.txt": the texts are pasted snippets with no
// file name. Rules that only look at particular files (GCP service-account keys in *.json
// / *.p12, npm tokens in package.json / .npmrc) therefore stay silent, as they would
// for the CLI on a .txt file.
//
// Spans: each reported message has `range: [start, end]` in JS string (UTF-16) offsets of
// the content; used directly. Type = "<rule short name>:<messageId>", e.g.
// "aws:AWSSecretAccessKey" (rule id without the "@secretlint/secretlint-rule-" prefix).
//
// throughput: lintSource() on the whole 10 MB file as one source (secretlint lints whole
// files; it has no size limit). findings = number of messages.
import { lintSource } from "@secretlint/core";
import { creator as preset } from "@secretlint/secretlint-rule-preset-recommend";
import { runPeer, pkgVersion } from "./common.mjs";

const config = { rules: [{ id: "@secretlint/secretlint-rule-preset-recommend", rule: preset }] };
const lint = (content) =>
  lintSource({ source: { filePath: "input.txt", content, ext: ".txt", contentType: "text" }, options: { config } });
const shortRule = (id) => id.replace(/^@secretlint\/secretlint-rule-/, "");

await runPeer({
  name: "secretlint",
  version: `${pkgVersion("@secretlint/core")} (preset-recommend ${pkgVersion("@secretlint/secretlint-rule-preset-recommend")})`,
  chunkBytes: 0,
  detect: async (text) =>
    (await lint(text)).messages.map((m) => ({ type: `${shortRule(m.ruleId)}:${m.messageId}`, start: m.range[0], end: m.range[1] })),
  scan: async (text) => (await lint(text)).messages.length,
});
