#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Scores predictions against a labelled corpus with the labels we dispute set aside.

    bench/score_disputed.py GOLD PRED [--disputes FILE] [--scorer score.py] [score.py options]
    bench/score_disputed.py GOLD --write-gold OUT [--disputes FILE]

bench/label-disputes.jsonl lists, one per line, the labelled spans we believe are wrong and the
values a corpus leaves unlabelled that we report on purpose; docs/detection-notes-*.md give the
reasons at length. Each disputed span becomes optional ("don't care" in FORMAT.md): missing it
costs nothing, and a prediction that touches it is neither a hit nor a false positive. Nothing
is relabelled to what Scrim reports, so a dispute can lower a score as well as raise it.

The figure this prints is the second one README shows; the first is score.py on the corpus as
given. A dispute whose text no longer matches its record stops the run (the corpus changed).
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_DISPUTES = os.path.join(HERE, "label-disputes.jsonl")
KINDS = {
    "value": "the labelled value is not a real one: its check digit or format fails, or it is a typed placeholder",
    "span": "the labelled span is not the value (cut short, or with quotes, a title or a blank)",
    "unlabelled": "a value the corpus leaves unlabelled that is sensitive by the product's rules",
}


def die(msg):
    sys.stderr.write("score_disputed.py: " + msg + "\n")
    sys.exit(2)


def load_jsonl(path, what):
    try:
        with open(path, encoding="utf-8") as fh:
            rows = []
            for n, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    rows.append(json.loads(line))
                except json.JSONDecodeError as e:
                    die("%s:%d: invalid JSON in the %s (%s)" % (path, n, what, e))
            return rows
    except OSError as e:
        die("cannot read the %s %s: %s" % (what, path, e))


def source_of(record_id):
    return record_id.split(":", 1)[0]


def adjust(gold, disputes, disputes_path):
    """Returns the gold records with the disputes applied and how many applied. Disputes for
    another corpus (another id prefix) are skipped; one for this corpus must match a record."""
    by_id = {r["id"]: r for r in gold}
    sources = {source_of(r["id"]) for r in gold}
    applied = 0
    for n, d in enumerate(disputes, 1):
        where = "%s:%d (%s)" % (disputes_path, n, d.get("id", "?"))
        for field in ("id", "type", "start", "end", "text", "dispute", "why"):
            if field not in d:
                die("%s: the dispute has no %r" % (where, field))
        if d["dispute"] not in KINDS:
            die("%s: unknown dispute %r (one of %s)" % (where, d["dispute"], ", ".join(KINDS)))
        if source_of(d["id"]) not in sources:
            continue
        record = by_id.get(d["id"])
        if record is None:
            die("%s: no record with this id in the corpus" % where)
        if record["text"][d["start"]:d["end"]] != d["text"]:
            die("%s: the record's text at %d-%d is not the disputed text; the corpus changed, "
                "update %s" % (where, d["start"], d["end"], disputes_path))
        note = "disputed (%s): %s" % (d["dispute"], d["why"])
        if d["dispute"] == "unlabelled":
            if any(e["start"] < d["end"] and d["start"] < e["end"] for e in record.get("entities", [])):
                die("%s: the corpus labels this span; dispute the label instead" % where)
            record.setdefault("entities", []).append(
                {"type": d["type"], "start": d["start"], "end": d["end"], "optional": True, "note": note})
        else:
            match = [e for e in record.get("entities", [])
                     if e["start"] == d["start"] and e["end"] == d["end"] and e["type"] == d["type"]]
            if not match:
                die("%s: no %s label at %d-%d in the record" % (where, d["type"], d["start"], d["end"]))
            for e in match:
                e["optional"] = True
                e["note"] = note
        applied += 1
    return gold, applied


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gold")
    ap.add_argument("pred", nargs="?")
    ap.add_argument("--disputes", default=DEFAULT_DISPUTES)
    ap.add_argument("--scorer", help="score.py (default: the one beside GOLD)")
    ap.add_argument("--write-gold", metavar="OUT", help="write the adjusted corpus to OUT and stop")
    args, rest = ap.parse_known_args()
    if args.pred is None and rest and not rest[0].startswith("-"):
        args.pred = rest.pop(0)  # PRED after an option: argparse leaves it with the unknown ones

    gold = load_jsonl(args.gold, "corpus")
    disputes = load_jsonl(args.disputes, "disputes")
    gold, applied = adjust(gold, disputes, args.disputes)

    def write(path):
        with open(path, "w", encoding="utf-8") as fh:
            for r in gold:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")

    if args.write_gold:
        write(args.write_gold)
        print("%d disputed labels set aside in %s" % (applied, args.write_gold))
        return 0
    if not args.pred:
        die("give the predictions (PRED) to score, or --write-gold OUT")
    scorer = args.scorer or os.path.join(os.path.dirname(os.path.abspath(args.gold)), "score.py")
    if not os.path.isfile(scorer):
        die("no scorer at %s; give --scorer" % scorer)
    with tempfile.TemporaryDirectory(prefix="scrim-disputed-") as tmp:
        adjusted = os.path.join(tmp, "gold.jsonl")
        write(adjusted)
        shown = os.path.relpath(args.disputes, os.path.dirname(HERE)) if args.disputes == DEFAULT_DISPUTES else args.disputes
        print("%d disputed labels set aside (%s); the scorer's output on the rest:" % (applied, shown))
        sys.stdout.flush()
        return subprocess.call([sys.executable, scorer, adjusted, args.pred] + rest)


if __name__ == "__main__":
    sys.exit(main())
