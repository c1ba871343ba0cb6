#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Tests bench/score_disputed.py on small corpora of its own, and that the committed dispute list
is well formed (the labelled corpora themselves live outside the repository)."""
import json
import os
import subprocess
import sys
import tempfile
import unittest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SCRIPT = os.path.join(ROOT, "bench", "score_disputed.py")
DISPUTES = os.path.join(ROOT, "bench", "label-disputes.jsonl")

GOLD = [
    {"id": "c:1", "text": "Steuer-ID 12345678903", "entities": [
        {"type": "NATIONAL_ID", "start": 10, "end": 21}]},
    {"id": "c:2", "text": "call 0917123456", "entities": [], "scope": ["PHONE"]},
    {"id": "c:3", "text": "Mr. May and Zoë", "entities": [
        {"type": "PERSON", "start": 0, "end": 7}, {"type": "PERSON", "start": 12, "end": 15}]},
]
DISPUTES_OK = [
    {"id": "c:1", "type": "NATIONAL_ID", "start": 10, "end": 21, "text": "12345678903",
     "dispute": "value", "why": "ten different digits"},
    {"id": "c:2", "type": "PHONE", "start": 5, "end": 15, "text": "0917123456",
     "dispute": "unlabelled", "why": "a French number"},
    {"id": "c:3", "type": "PERSON", "start": 0, "end": 7, "text": "Mr. May",
     "dispute": "span", "why": "the title is not the name"},
    {"id": "other:9", "type": "SECRET", "start": 0, "end": 1, "text": "x",
     "dispute": "value", "why": "another corpus's record: skipped"},
]


def write_jsonl(path, rows):
    with open(path, "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


def read_jsonl(path):
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


class ScoreDisputed(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.dir = self.tmp.name
        self.gold = os.path.join(self.dir, "gold.jsonl")
        write_jsonl(self.gold, GOLD)

    def tearDown(self):
        self.tmp.cleanup()

    def run_script(self, disputes, *args):
        path = os.path.join(self.dir, "disputes.jsonl")
        write_jsonl(path, disputes)
        return subprocess.run([sys.executable, SCRIPT, self.gold, "--disputes", path, *args],
                              capture_output=True, text=True)

    def adjusted(self, disputes):
        out = os.path.join(self.dir, "adjusted.jsonl")
        r = self.run_script(disputes, "--write-gold", out)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn("3 disputed labels set aside", r.stdout)
        return {rec["id"]: rec for rec in read_jsonl(out)}

    def test_disputed_labels_become_optional_and_nothing_else_changes(self):
        got = self.adjusted(DISPUTES_OK)
        tax = got["c:1"]["entities"]
        self.assertEqual(len(tax), 1)
        self.assertTrue(tax[0]["optional"])
        self.assertIn("ten different digits", tax[0]["note"])
        # An unlabelled value is added as optional, never as a required label.
        phone = got["c:2"]["entities"]
        self.assertEqual([(e["type"], e["start"], e["end"], e["optional"]) for e in phone],
                         [("PHONE", 5, 15, True)])
        # Only the disputed span of a record changes; the other label stays required.
        person = got["c:3"]["entities"]
        self.assertTrue(person[0]["optional"])
        self.assertNotIn("optional", person[1])
        self.assertEqual(got["c:3"]["text"], "Mr. May and Zoë")

    def test_a_dispute_that_no_longer_matches_its_record_stops_the_run(self):
        moved = dict(DISPUTES_OK[0], start=11, end=22)
        r = self.run_script([moved], "--write-gold", os.path.join(self.dir, "o.jsonl"))
        self.assertEqual(r.returncode, 2)
        self.assertIn("the corpus changed", r.stderr)
        self.assertFalse(os.path.exists(os.path.join(self.dir, "o.jsonl")))

    def test_unknown_ids_labels_and_kinds_are_refused(self):
        cases = [
            (dict(DISPUTES_OK[0], id="c:7"), "no record with this id"),
            (dict(DISPUTES_OK[0], type="PASSPORT"), "no PASSPORT label"),
            (dict(DISPUTES_OK[0], dispute="wrong"), "unknown dispute"),
            (dict(DISPUTES_OK[0], dispute="unlabelled"), "dispute the label instead"),
            ({k: v for k, v in DISPUTES_OK[0].items() if k != "why"}, "has no 'why'"),
        ]
        for dispute, message in cases:
            r = self.run_script([dispute], "--write-gold", os.path.join(self.dir, "o.jsonl"))
            self.assertEqual(r.returncode, 2, message)
            self.assertIn(message, r.stderr)

    def test_the_scorer_gets_the_adjusted_corpus_and_the_remaining_options(self):
        scorer = os.path.join(self.dir, "fake_score.py")
        with open(scorer, "w", encoding="utf-8") as fh:
            fh.write("import json, sys\n"
                     "rows = [json.loads(l) for l in open(sys.argv[1], encoding='utf-8')]\n"
                     "optional = sum(1 for r in rows for e in r['entities'] if e.get('optional'))\n"
                     "print('args', sys.argv[2:], 'optional', optional)\n")
        pred = os.path.join(self.dir, "pred.jsonl")
        write_jsonl(pred, [])
        r = self.run_script(DISPUTES_OK, pred, "--scorer", scorer, "--exclude-types", "DATE")
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn("args ['%s', '--exclude-types', 'DATE'] optional 3" % pred, r.stdout)

    def test_the_committed_dispute_list_is_well_formed(self):
        rows = read_jsonl(DISPUTES)
        self.assertGreater(len(rows), 0)
        seen = set()
        for d in rows:
            self.assertEqual(d["end"] - d["start"], len(d["text"]), d["id"])
            self.assertIn(d["dispute"], ("value", "span", "unlabelled"), d["id"])
            self.assertTrue(d["why"].strip(), d["id"])
            self.assertTrue(os.path.isfile(os.path.join(ROOT, d["doc"])), d["doc"])
            key = (d["id"], d["start"], d["end"])
            self.assertNotIn(key, seen)
            seen.add(key)


if __name__ == "__main__":
    unittest.main()
