// SPDX-License-Identifier: GPL-3.0-or-later
// Shared helpers for the peer runners: command line, JSONL I/O, UTF-16 -> code point
// offsets, replace-chain span tracking, line-block chunking and the throughput loop.
//
// Every runner calls runPeer({...}) with:
//   name, version          reported in the throughput line
//   detect(text)           async; returns [{type, start, end}] with JS (UTF-16) offsets
//   scan(text)             async; one user-level call on a block of text (this is what
//                          throughput times); returns a result
//   count(result, text)    optional; number of findings in a scan result, evaluated after
//                          the timer stops (default: the result is that number)
//   chunkBytes             default for throughput: 0 = the whole file in one call;
//                          N = line blocks of at most ~N UTF-8 bytes (--chunk-kb overrides)
import fs from "node:fs";
import { performance } from "node:perf_hooks";

/** Version of an installed package, read from bench/compare/node_modules/NAME/package.json
 *  (not every package exports its package.json). */
export function pkgVersion(name) {
  const p = new URL(`../node_modules/${name}/package.json`, import.meta.url);
  return JSON.parse(fs.readFileSync(p, "utf8")).version;
}

// ---------------------------------------------------------------- JSONL

export function readJsonl(path) {
  return fs
    .readFileSync(path, "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l));
}

// ---------------------------------------------------------------- offsets

/** Returns f(utf16Index) -> code point index for `text`. */
export function codePointMapper(text) {
  if (!/[\uD800-\uDFFF]/.test(text)) return (i) => i;
  const cp = new Int32Array(text.length + 1);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    cp[i] = n;
    const c = text.charCodeAt(i);
    // a high surrogate followed by a low surrogate is one code point: the low half
    // gets the same index as the high half, the next unit starts the next code point
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        cp[i + 1] = n;
        i++;
      }
    }
    n++;
  }
  cp[text.length] = n;
  return (i) => cp[i];
}

/** UTF-16 spans -> code point spans, empty spans dropped, duplicates removed. */
export function toCodePoints(text, spans) {
  const f = codePointMapper(text);
  const seen = new Set();
  const out = [];
  for (const s of spans) {
    const start = f(s.start);
    // an end that falls between the two halves of a pair is rounded up
    const end = s.end > 0 && s.end < text.length && f(s.end) === f(s.end - 1) ? f(s.end) + 1 : f(s.end);
    if (!(end > start)) continue;
    const key = `${s.type}\u0000${start}\u0000${end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ type: s.type, start, end });
  }
  out.sort((a, b) => a.start - b.start || a.end - b.end || (a.type < b.type ? -1 : 1));
  return out;
}

// ---------------------------------------------------------------- replace chains

/**
 * Span recovery for libraries that only return redacted text and build it by a
 * chain of `text = text.replace(regex, PLACEHOLDER)` steps (redact-pii, @redactpii/node).
 *
 * Each character of the current text remembers which original range it stands for.
 * step(matches, type, placeholder) replaces the given [start, end) ranges (offsets in
 * the *current* text, the exact ranges String.prototype.replace would replace) by the
 * placeholder. A range that covers (part of) an earlier placeholder takes over that
 * placeholder's whole original range. spans() returns one span per placeholder that
 * is visible in the final text, in original UTF-16 offsets.
 */
export class ReplaceTracker {
  constructor(text) {
    this.text = text;
    this.os = Array.from({ length: text.length }, (_, i) => i); // original start
    this.oe = Array.from({ length: text.length }, (_, i) => i + 1); // original end
    this.ph = new Array(text.length).fill(-1); // placeholder id, -1 = literal
    this.types = [];
  }

  step(matches, type, placeholder) {
    if (matches.length === 0) return this.text;
    let out = "";
    const os = [], oe = [], ph = [];
    let pos = 0;
    for (const [a, b] of matches) {
      for (let i = pos; i < a; i++) {
        os.push(this.os[i]); oe.push(this.oe[i]); ph.push(this.ph[i]);
      }
      out += this.text.slice(pos, a);
      let s = Infinity, e = -Infinity;
      for (let i = a; i < b; i++) {
        s = Math.min(s, this.os[i]);
        e = Math.max(e, this.oe[i]);
      }
      if (b === a) { // zero-length match: nothing of the original is covered
        s = a < this.text.length ? this.os[a] : this.text.length ? this.oe[this.text.length - 1] : 0;
        e = s;
      }
      const id = this.types.length;
      this.types.push({ type, s, e });
      for (let k = 0; k < placeholder.length; k++) { os.push(s); oe.push(e); ph.push(id); }
      out += placeholder;
      pos = b;
    }
    for (let i = pos; i < this.text.length; i++) {
      os.push(this.os[i]); oe.push(this.oe[i]); ph.push(this.ph[i]);
    }
    out += this.text.slice(pos);
    this.text = out;
    this.os = os; this.oe = oe; this.ph = ph;
    return out;
  }

  spans() {
    const ids = new Set(this.ph.filter((x) => x >= 0));
    return [...ids]
      .map((id) => this.types[id])
      .filter((t) => t.e > t.s)
      .map((t) => ({ type: t.type, start: t.s, end: t.e }));
  }
}

/** Ranges String.prototype.replace(regex, ...) replaces (regex cloned: no lastIndex state). */
export function regexRanges(regex, text) {
  const re = new RegExp(regex.source, regex.flags.includes("g") ? regex.flags : regex.flags + "g");
  return [...text.matchAll(re)].map((m) => [m.index, m.index + m[0].length]);
}

/**
 * Ranges of `before` that were replaced by `placeholder` to give `after`, for a
 * replacement step whose internals are not visible. `after` is split at the
 * placeholder; the literal pieces must appear in `before` in order, each replaced
 * range non-empty. The earliest position for each piece is taken (the last piece
 * must be a suffix). Returns null if `after` cannot be explained this way.
 */
export function alignPlaceholder(before, after, placeholder) {
  if (before === after) return [];
  if (before.includes(placeholder)) return null; // ambiguous, caller decides
  const lits = after.split(placeholder);
  if (!before.startsWith(lits[0])) return null;
  const ranges = [];
  let pos = lits[0].length;
  for (let i = 1; i < lits.length; i++) {
    const last = i === lits.length - 1;
    const j = last ? before.length - lits[i].length : before.indexOf(lits[i], pos + 1);
    if (j < pos + 1 || (last && !before.endsWith(lits[i]))) return null;
    ranges.push([pos, j]);
    pos = j + lits[i].length;
  }
  return ranges;
}

// ---------------------------------------------------------------- chunking

/** Cut text into blocks of whole lines, each at most ~maxBytes UTF-8 bytes
 *  (a single longer line becomes its own block). */
export function lineBlocks(text, maxBytes) {
  const blocks = [];
  let cur = [];
  let curBytes = 0;
  const lines = text.split(/(?<=\n)/);
  for (const line of lines) {
    const b = Buffer.byteLength(line, "utf8");
    if (curBytes + b > maxBytes && cur.length) {
      blocks.push(cur.join(""));
      cur = [];
      curBytes = 0;
    }
    cur.push(line);
    curBytes += b;
  }
  if (cur.length) blocks.push(cur.join(""));
  return blocks;
}

// ---------------------------------------------------------------- CLI

function usage(name) {
  process.stderr.write(
    `usage: node peers/${name}.mjs predict IN.jsonl OUT.jsonl\n` +
      `       node peers/${name}.mjs throughput FILE [--runs N] [--chunk-kb K]\n` +
      `  --runs N      timed passes over the file (default 5)\n` +
      `  --chunk-kb K  feed line blocks of ~K KiB (0 = whole file in one call);\n` +
      `                default: the runner's own choice (see the comment at its top)\n`
  );
  process.exit(2);
}

export async function runPeer(peer) {
  const [cmd, ...args] = process.argv.slice(2);
  if (cmd === "predict" && args.length === 2) return predict(peer, args[0], args[1]);
  if (cmd === "throughput" && args.length >= 1) {
    const opt = (flag, dflt) => {
      const i = args.indexOf(flag);
      return i >= 0 ? parseInt(args[i + 1], 10) : dflt;
    };
    const runs = opt("--runs", 5);
    const chunkKb = opt("--chunk-kb", -1); // -1 = the runner's default
    if (!(runs >= 1) || Number.isNaN(chunkKb)) usage(peer.name);
    const chunkBytes = chunkKb >= 0 ? chunkKb * 1024 : peer.chunkBytes;
    return throughput(peer, args[0], runs, chunkBytes);
  }
  usage(peer.name);
}

async function predict(peer, inPath, outPath) {
  const recs = readJsonl(inPath);
  const out = fs.openSync(outPath, "w");
  let n = 0;
  for (const r of recs) {
    const spans = await peer.detect(r.text);
    n += spans.length;
    fs.writeSync(out, JSON.stringify({ id: r.id, entities: toCodePoints(r.text, spans) }) + "\n");
  }
  fs.closeSync(out);
  process.stderr.write(`${peer.name}: ${recs.length} records, ${n} findings -> ${outPath}\n`);
}

async function throughput(peer, path, runs, chunkBytes) {
  const buf = fs.readFileSync(path);
  const text = buf.toString("utf8");
  const blocks = chunkBytes ? lineBlocks(text, chunkBytes) : [text];
  const runsMs = [];
  let findings = 0;
  const count = peer.count ?? ((res) => res);
  for (let r = 0; r < runs; r++) {
    const results = new Array(blocks.length);
    const t0 = performance.now();
    for (let i = 0; i < blocks.length; i++) results[i] = await peer.scan(blocks[i]);
    runsMs.push(Math.round((performance.now() - t0) * 10) / 10);
    findings = 0;
    for (let i = 0; i < blocks.length; i++) findings += count(results[i], blocks[i]);
  }
  const sorted = [...runsMs].sort((a, b) => a - b);
  const median = sorted.length % 2 ? sorted[(sorted.length - 1) / 2]
    : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
  const line = {
    tool: peer.name,
    version: peer.version,
    bytes: buf.length,
    chunks: blocks.length,
    runs_ms: runsMs,
    median_ms: median,
    mb_per_s: Math.round((buf.length / 1e6 / (median / 1000)) * 1000) / 1000,
    peak_rss_mb: Math.round((process.resourceUsage().maxRSS / 1024) * 10) / 10,
    findings,
  };
  process.stdout.write(JSON.stringify(line) + "\n");
}
