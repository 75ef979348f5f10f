#!/usr/bin/env python3
"""Self-test of eval/score.py on a tiny synthetic cluster, without the Rust binary.

    python3 eval/test_score.py        (or: python3 -m unittest eval/test_score.py)

The real report is replaced by a FAKE one: a dict in the shape of crosscheck's
JSON report (report-schema v1), with spans computed from the synthetic texts.
The end-to-end tests run score.py's main() against a fake `crosscheck`
(a small python script) so that the table, the floors and the exit codes are
checked too.
"""

import io
import json
import os
import sys
import tempfile
import textwrap
import unittest
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import score  # noqa: E402

DOC_A = (
    "Rescue ends after 17 days\n"
    "\n"
    "All 41 workers were freed after 17 days underground. The contract was worth $68.7 billion.\n"
    "\n"
    "The collapse happened on November 12, 2023. About 40 people watched, and 3 people died.\n"
)
# 02-b.txt: "41 workers" twice (needs `near`), a Hebrew-free English text with a multi-byte dash
# before the figures so that byte and character offsets differ.
DOC_B = (
    "Workers out \u2014 a long wait\n"
    "\n"
    "The 40 workers left the tunnel after 17 days. Officials said 41 workers had been counted at first.\n"
    "\n"
    "The firm paid $69 billion. By Friday 5 people had died; later 41 workers were thanked.\n"
)
GOLD = textwrap.dedent(
    """\
    cluster = "test-cluster"
    event = "a synthetic event"

    [[agreement]]
    what = "length of the wait"
    claims = [
      { doc = "01-a.txt", quote = "17 days", near = "freed after 17 days" },
      { doc = "02-b.txt", quote = "17 days" },
    ]

    [[contradiction]]
    what = "workers trapped"
    a = [ { doc = "01-a.txt", quote = "41 workers" } ]
    b = [ { doc = "02-b.txt", quote = "40 workers" } ]
    why = "same men"

    [[update]]
    what = "people killed"
    earlier = [ { doc = "01-a.txt", quote = "3 people died" } ]
    later = [ { doc = "02-b.txt", quote = "5 people" } ]
    """
)
META = 'source = "{src}"\npublished = 2023-11-1{n}\nlang = "en"\n'


def build_cluster(root: Path, gold: str = GOLD) -> Path:
    c = root / "test-cluster"
    c.mkdir(parents=True)
    (c / "01-a.txt").write_text(DOC_A, encoding="utf-8")
    (c / "02-b.txt").write_text(DOC_B, encoding="utf-8")
    (c / "01-a.meta.toml").write_text(META.format(src="A", n=3), encoding="utf-8")
    (c / "02-b.meta.toml").write_text(META.format(src="B", n=4), encoding="utf-8")
    (c / "gold.toml").write_text(gold, encoding="utf-8")
    return c


def claim(doc, text, cid, display, near=None, kind="count"):
    """A claim of the fake report, its span located by bytes like crosscheck's."""
    data = (DOC_A if doc == "01-a.txt" else DOC_B).encode("utf-8")
    base = 0
    if near:
        base = data.index(near.encode("utf-8"))
    st = data.index(text.encode("utf-8"), base)
    return {"id": f"{doc}#{cid}", "doc": doc, "span": {"start": st, "end": st + len(text.encode("utf-8")), "line": 1, "column": 1},
            "text": text, "kind": kind, "display": display, "qualifier": "exact", "subject": {"frame": "x", "attribute": "y"}}


def fake_report():
    claims = [
        claim("01-a.txt", "17 days", 1, "17 d", near="freed after"),      # gold agreement side
        claim("01-a.txt", "41 workers", 2, "41"),                          # gold contradiction a
        claim("01-a.txt", "$68.7 billion", 3, "$68.7 billion", kind="money"),
        claim("01-a.txt", "3", 4, "3", near="and 3 people"),               # gold update earlier (partial overlap)
        claim("02-b.txt", "17 days", 1, "17 d"),
        claim("02-b.txt", "40 workers", 2, "40"),                          # gold contradiction b
        claim("02-b.txt", "41 workers", 3, "41", near="said 41"),
        claim("02-b.txt", "$69 billion", 4, "$69 billion", kind="money"),
        claim("02-b.txt", "5 people", 5, "5"),                             # gold update later
        claim("01-a.txt", "17 days", 5, "17 d"),                           # the headline's "17 days": no gold side
    ]

    def f(verdict, ids, rule="r", **extra):
        return {"id": f"{rule}/{len(ids)}", "rule": rule, "verdict": verdict, "claims": ids, **extra}

    findings = [
        # 41 vs 40 (a TP), with 02-b#3 "41" equal in display to 01-a#2 (same side: no pair) and in the
        # same doc as 02-b#2 (no pair): expands to the single pair 01-a#2 x 02-b#2.
        f("contradiction", ["01-a.txt#2", "02-b.txt#2", "02-b.txt#3"], rule="casualties"),
        # money: a contradiction the gold does not list (FP).
        f("contradiction", ["01-a.txt#3", "02-b.txt#4"], rule="deal-value"),
        # agreement on 17 days: 01-a#1 x 02-b#1 (TP), 01-a#5 x 02-b#1 (FP: the headline has no gold side),
        # 01-a#1 x 01-a#5 (same doc: dropped).
        f("agreement", ["01-a.txt#1", "02-b.txt#1", "01-a.txt#5"], rule="event-duration"),
        # the same agreement pair again, as compatible: deduplicated.
        f("compatible", ["02-b.txt#1", "01-a.txt#1"], rule="event-duration"),
        # the update, and a finding whose own `pairs` restrict what it asserts.
        f("updated", ["01-a.txt#4", "02-b.txt#5"], rule="casualties"),
        f("compatible", ["01-a.txt#2", "02-b.txt#3", "02-b.txt#2"], rule="casualties", pairs=[["01-a.txt#2", "02-b.txt#3"]]),
        f("unverified", ["01-a.txt#3"], rule="unverified"),
    ]
    return {
        "schema": "crosscheck/report/v1",
        "documents": [{"id": "01-a.txt", "path": "x/01-a.txt"}, {"id": "02-b.txt", "path": "x/02-b.txt"}],
        "claims": claims,
        "findings": findings,
    }


class Locate(unittest.TestCase):
    def test_byte_offsets_after_multibyte_text(self):
        data = DOC_B.encode("utf-8")
        st, en = score.locate(data, "40 workers", None)
        self.assertEqual(data[st:en], b"40 workers")
        # The em dash is 3 bytes: the byte offset is 2 more than the character offset.
        self.assertEqual(st, DOC_B.index("40 workers") + 2)

    def test_near(self):
        data = DOC_A.encode("utf-8")
        st, en = score.locate(data, "17 days", "freed after 17 days")
        self.assertEqual(st, data.index(b"freed after 17 days") + len(b"freed after "))
        self.assertEqual(en - st, 7)

    def test_errors(self):
        data = DOC_A.encode("utf-8")
        with self.assertRaisesRegex(ValueError, "occurs 2 times"):
            score.locate(data, "17 days", None)
        with self.assertRaisesRegex(ValueError, "does not occur"):
            score.locate(data, "42 workers", None)
        with self.assertRaisesRegex(ValueError, "near .* occurs 0 times"):
            score.locate(data, "17 days", "after 17 days above")
        with self.assertRaisesRegex(ValueError, "does not contain"):
            score.locate(data, "18 days", "freed after 17 days")


class GoldValidation(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.root = Path(self.tmp.name)

    def tearDown(self):
        self.tmp.cleanup()

    def test_valid_gold_and_pairs(self):
        g = score.load_gold(build_cluster(self.root))
        self.assertEqual(len(g.items), 3)
        gp = score.gold_pairs(g)
        self.assertEqual({k: len(v) for k, v in gp.items()}, {"contradiction": 1, "agreement": 1, "update": 1})
        (pair,) = gp["contradiction"]
        a = DOC_A.encode().index(b"41 workers")
        self.assertIn(("01-a.txt", a, a + 10), pair)

    def test_broken_sides_are_named(self):
        bad = GOLD.replace('quote = "40 workers"', 'quote = "40 men"').replace(
            '{ doc = "01-a.txt", quote = "17 days", near = "freed after 17 days" }', '{ doc = "01-a.txt", quote = "17 days" }'
        ).replace('doc = "02-b.txt", quote = "5 people"', 'doc = "03-c.txt", quote = "5 people"')
        with self.assertRaises(score.GoldError) as cm:
            score.load_gold(build_cluster(self.root, bad))
        msg = str(cm.exception)
        self.assertIn("test-cluster: [[contradiction]] #1 b[1]: 02-b.txt: quote '40 men' does not occur", msg)
        self.assertIn("test-cluster: [[agreement]] #1 claims[1]: 01-a.txt: quote '17 days' occurs 2 times", msg)
        self.assertIn("test-cluster: [[update]] #1 later[1]: doc '03-c.txt' is not a report of the cluster", msg)

    def test_unknown_side_key(self):
        bad = GOLD.replace('quote = "40 workers" }', 'quote = "40 workers", nera = "x" }')
        with self.assertRaisesRegex(score.GoldError, r"\[\[contradiction\]\] #1 b\[1\]: unknown key"):
            score.load_gold(build_cluster(self.root, bad))


class Scoring(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.gold = score.load_gold(build_cluster(Path(self.tmp.name)))

    def tearDown(self):
        self.tmp.cleanup()

    def test_expansion(self):
        pred = score.expand_findings(fake_report())
        self.assertEqual(sorted(pred["contradiction"]), [("01-a.txt#2", "02-b.txt#2"), ("01-a.txt#3", "02-b.txt#4")])
        self.assertEqual(sorted(pred["agreement"]), [("01-a.txt#1", "02-b.txt#1"), ("01-a.txt#2", "02-b.txt#3"), ("01-a.txt#5", "02-b.txt#1")])
        self.assertEqual(sorted(pred["updated"]), [("01-a.txt#4", "02-b.txt#5")])
        # The deduplicated agreement pair keeps both findings.
        self.assertEqual([f["verdict"] for f in pred["agreement"][("01-a.txt#1", "02-b.txt#1")]], ["agreement", "compatible"])

    def test_contradiction_with_explicit_pairs(self):
        r = fake_report()
        r["findings"] = [{"rule": "x", "verdict": "contradiction", "claims": ["01-a.txt#2", "02-b.txt#2", "02-b.txt#3"],
                          "pairs": [["02-b.txt#3", "01-a.txt#2"]]}]
        self.assertEqual(list(score.expand_findings(r)["contradiction"]), [("01-a.txt#2", "02-b.txt#3")])

    def test_claim_mapping(self):
        places = {s.place for s in self.gold.sides()}
        cmap = score.claim_places(fake_report(), places, self.gold.docs)
        self.assertEqual(sorted(cmap), ["01-a.txt#1", "01-a.txt#2", "01-a.txt#4", "02-b.txt#1", "02-b.txt#2", "02-b.txt#5"])
        # "3" overlaps the gold quote "3 people died" without covering it.
        (pl,) = cmap["01-a.txt#4"]
        self.assertEqual(self.gold.docs["01-a.txt"][pl[1]:pl[2]], b"3 people died")

    def test_touching_spans_do_not_overlap(self):
        rep = fake_report()
        rep["claims"] = [claim("01-a.txt", "All ", 9, "x"), claim("01-a.txt", " were", 8, "x"), claim("01-a.txt", "All 4", 7, "x")]
        places = {s.place for s in self.gold.sides()}
        self.assertEqual(sorted(score.claim_places(rep, places, self.gold.docs)), ["01-a.txt#7"])

    def test_figures(self):
        r = score.score_cluster(self.gold, fake_report())
        self.assertEqual(r["gold"], {"contradiction": 1, "agreement": 1, "update": 1})
        c, a, u = r["contradiction"], r["agreement"], r["update"]
        self.assertEqual((c["tp_pred"], c["pred"], c["tp_gold"], c["gold"]), (1, 2, 1, 1))
        self.assertEqual((c["precision"], c["recall"]), (0.5, 1.0))
        self.assertEqual((a["tp_pred"], a["pred"], a["tp_gold"], a["gold"]), (1, 3, 1, 1))
        self.assertAlmostEqual(a["precision"], 1 / 3)
        self.assertEqual(a["recall"], 1.0)
        self.assertEqual((u["as_updated"], u["as_contradiction"], u["gold"], u["recall"]), (1, 0, 1, 1.0))
        # The compatible "41 x 41" pair has one claim on a gold side (contradiction a) and one on none.
        self.assertEqual(u["as_compatible_or_agreement"], 0)

    def test_update_reported_as_contradiction(self):
        rep = fake_report()
        for f in rep["findings"]:
            if f["verdict"] == "updated":
                f["verdict"] = "contradiction"
        r = score.score_cluster(self.gold, rep)
        self.assertEqual((r["update"]["as_updated"], r["update"]["as_contradiction"]), (0, 1))
        self.assertEqual((r["contradiction"]["tp_pred"], r["contradiction"]["pred"]), (1, 3))

    def test_table_and_micro(self):
        r = score.score_cluster(self.gold, fake_report())
        micro = score.micro_real([r, r])
        self.assertEqual((micro["contradiction"]["tp_pred"], micro["contradiction"]["pred"]), (2, 4))
        self.assertEqual(micro["contradiction"]["precision"], 0.5)
        buf = io.StringIO()
        score.print_real_table([r], score.micro_real([r]), buf)
        lines = buf.getvalue().splitlines()
        row = next(line for line in lines if line.startswith("test-cluster"))
        self.assertEqual(row.split(), ["test-cluster", "2", "1/1/1", "0.500", "1/2", "1.000", "1/1", "0.333", "1/3", "1.000", "1/1", "1.000", "1/1", "0"])

    def test_verbose_descriptions(self):
        r = score.score_cluster(self.gold, fake_report())
        (fp,) = r["_detail"]["fp"]["contradiction"]
        text = "\n".join(score.describe_pair(r, fp))
        self.assertIn("'$68.7 billion'", text)
        self.assertIn("neither claim is on a gold side", text)


class Alterations(unittest.TestCase):
    CASES = [
        ("41 workers", "62 workers", "number"),
        ("$68.7 billion", "$687 billion", "money"),
        ("November 12, 2023", "November 15, 2023", "date"),
        ("17 days", "34 days", "duration"),
        ("seventeen days", "34 days", "duration"),
        ("7-hour", "14-hour", "duration"),
        ("November 28", "November 25", "date"),
        ("Tuesday, November 14", "Friday, November 17", "date"),
        ("12 בנובמבר 2023", "15 בנובמבר 2023", "date"),
        ("28/11/2023", "25/11/2023", "date"),
        ("2019", "2016", "year"),
        ("in 2019", "in 2016", "year"),
        ("$1,200", "$12,000", "money"),
        ("₪5 מיליון", "₪50 מיליון", "money"),
        ("5 million shekels", "50 million shekels", "money"),
        ("1,200 people", "1,800 people", "number"),
        ("12.5%", "18.8%", "number"),
        ("4.5%", "9.0%", "number"),
        ("five workers", "10 workers", "number"),
        ("two hundred people", "300 people", "number"),
        ("1.2 million people", "1.8 million people", "number"),
        ("41 פועלים", "62 פועלים", "number"),
        ("17 ימים", "34 ימים", "duration"),
        ("60 metres", "90 metres", "number"),
        ("end of 2023", "end of 2020", "year"),
        ("95 percent", "48 percent", "number"),
        ("Friday, Oct. 13", "Monday, Oct. 16", "date"),
        ("2023-11-28", "2023-11-25", "date"),
        ("$119,309", "$1,193,090", "money"),
    ]
    SKIPS = [
        ("about 40", "hedged or bound"),
        ("at least 41 workers", "hedged or bound"),
        ("more than 100", "hedged or bound"),
        ("exceeding 5%", "hedged or bound"),
        ("40+", "hedged or bound"),
        ("כ-40 פועלים", "hedged or bound"),
        ("לפחות 40", "hedged or bound"),
        ("5 to 7 people", "two or more numbers"),
        ("November 2023", "date: month without a day"),
        ("four-and-a-half-kilometer-long tunnel", "fraction or dozen"),
        ("around 4 am", "hedged or bound"),
        ("4 am", "time of day"),
        ("Sunday", "no number"),
        ("1990s", "decade or plural of a number"),
        ("near two-year", "hedged or bound"),
        ("just short of four minutes", "hedged or bound"),
    ]

    def test_alterations(self):
        for q, new, typ in self.CASES:
            with self.subTest(q=q):
                self.assertEqual(score.alter(q), (new, typ, None))

    def test_skips(self):
        for q, why in self.SKIPS:
            with self.subTest(q=q):
                self.assertEqual(score.alter(q), (None, None, why))

    def test_hedge_outside_the_quote(self):
        data = "They said at least 41 workers were inside, and 12 more.".encode()
        st = data.index(b"41 workers")
        self.assertEqual(score.alter("41 workers", data, st, st + 10)[2], "hedged or bound")
        st = data.index(b"12")
        self.assertEqual(score.alter("12", data, st, st + 2), ("18", "number", None))
        # "over" before a duration spreads, it does not bound; before a count it bounds.
        d = b"a 38% raise over four years, over 40 people"
        st = d.index(b"four")
        self.assertEqual(score.alter("four years", d, st, st + 10), ("8 years", "duration", None))
        st = d.index(b"40")
        self.assertEqual(score.alter("40 people", d, st, st + 9)[2], "hedged or bound")
        he = "נלכדו כ-40 פועלים".encode()
        st = he.index("40".encode())
        self.assertEqual(score.alter("40 פועלים", he, st, len(he))[2], "hedged or bound")


class SingleChange(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.gold = score.load_gold(build_cluster(Path(self.tmp.name)))

    def tearDown(self):
        self.tmp.cleanup()

    def test_plan(self):
        changes, skipped = score.plan_changes(self.gold)
        got = [(c.doc, c.quote, c.new, c.type) for c in changes]
        self.assertEqual(got, [
            ("01-a.txt", "41 workers", "62 workers", "number"),
            ("01-a.txt", "17 days", "34 days", "duration"),
            ("01-a.txt", "3 people died", "6 people died", "number"),
            ("02-b.txt", "40 workers", "60 workers", "number"),
            ("02-b.txt", "17 days", "34 days", "duration"),
            ("02-b.txt", "5 people", "10 people", "number"),
        ])
        self.assertEqual(skipped, [])

    def test_pair_dir_and_score(self):
        changes, _ = score.plan_changes(self.gold)
        ch = changes[1]  # 01-a.txt "17 days" -> "34 days" (after "freed after")
        with tempfile.TemporaryDirectory() as td:
            tmp = Path(td)
            on, cn, cplace = score.make_pair_dir(self.gold, ch, tmp)
            self.assertEqual(sorted(os.listdir(tmp)), ["changed-01-a.meta.toml", "changed-01-a.txt", "orig-01-a.meta.toml", "orig-01-a.txt"])
            self.assertEqual((tmp / "orig-01-a.meta.toml").read_text(), (tmp / "changed-01-a.meta.toml").read_text())
            changed = (tmp / cn).read_bytes()
            self.assertEqual(changed[cplace[1]:cplace[2]], b"34 days")
            self.assertEqual(changed.replace(b"34 days", b"17 days"), (tmp / on).read_bytes())
        o_st = ch.place[1]

        def c(doc, st, text, i, disp):
            return {"id": f"{doc}#{i}", "doc": doc, "span": {"start": st, "end": st + len(text), "line": 1, "column": 1},
                    "text": text, "display": disp, "kind": "duration", "qualifier": "exact"}
        head = DOC_A.encode().index(b"17 days")
        rep = {"documents": [{"id": on, "path": on}, {"id": cn, "path": cn}],
               "claims": [c(on, o_st, "17 days", 1, "17 d"), c(cn, o_st, "34 days", 1, "34 d"),
                          c(on, head, "17 days", 2, "17 d"), c(cn, head, "17 days", 2, "17 d")],
               "findings": [{"rule": "d", "verdict": "contradiction", "claims": [f"{on}#1", f"{cn}#1"]},
                            {"rule": "d", "verdict": "contradiction", "claims": [f"{on}#2", f"{cn}#1"]},
                            {"rule": "d", "verdict": "agreement", "claims": [f"{on}#2", f"{cn}#2"]}]}
        r = score.score_change(rep, (on, o_st, o_st + 7), cplace, {on, cn})
        self.assertEqual((r["tp"], r["tp_pred"], len(r["fp"])), (True, 1, 1))
        rep["findings"] = rep["findings"][1:]
        r = score.score_change(rep, (on, o_st, o_st + 7), cplace, {on, cn})
        self.assertEqual((r["tp"], len(r["fp"])), (False, 1))


FAKE_BIN = r'''#!/usr/bin/env python3
# A fake crosscheck: `check DIR --format json --fail-on never`.
import json, os, re, sys
d = sys.argv[2]
if os.path.basename(d) == "test-cluster":
    print(open(os.environ["FAKE_REPORT"]).read())
    sys.exit(1)
# A single-change pair: one claim per digit run; the runs at the same index of
# orig-* and changed-* contradict when their texts differ.
names = sorted(n for n in os.listdir(d) if n.endswith(".txt"))
docs, claims, findings = [], [], []
runs = {}
for n in names:
    docs.append({"id": n, "path": os.path.join(d, n)})
    data = open(os.path.join(d, n), "rb").read()
    runs[n] = []
    for i, m in enumerate(re.finditer(rb"\d+(?:[.,]\d+)*", data)):
        cid = f"{n}#{i}"
        claims.append({"id": cid, "doc": n, "span": {"start": m.start(), "end": m.end(), "line": 1, "column": 1},
                       "text": m.group().decode(), "display": m.group().decode(), "kind": "number", "qualifier": "exact"})
        runs[n].append((cid, m.group()))
o, c = names[1], names[0]   # changed-* sorts before orig-*
for (x, tx), (y, ty) in zip(runs[o], runs[c]):
    if tx != ty:
        findings.append({"rule": "fake", "verdict": "contradiction", "claims": [x, y]})
print(json.dumps({"schema": "crosscheck/report/v1", "documents": docs, "claims": claims, "findings": findings}))
'''


class EndToEnd(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        root = Path(self.tmp.name)
        self.clusters = root / "clusters"
        build_cluster(self.clusters)
        self.bin = root / "crosscheck"
        self.bin.write_text(FAKE_BIN)
        self.bin.chmod(0o755)
        rep = root / "report.json"
        rep.write_text(json.dumps(fake_report()))
        os.environ["FAKE_REPORT"] = str(rep)
        self.root = root

    def tearDown(self):
        self.tmp.cleanup()

    def run_main(self, *args):
        out, err = io.StringIO(), io.StringIO()
        with redirect_stdout(out), redirect_stderr(err):
            rc = score.main(["--bin", str(self.bin), "--clusters", str(self.clusters), *args])
        return rc, out.getvalue(), err.getvalue()

    def test_missing_binary(self):
        out, err = io.StringIO(), io.StringIO()
        with redirect_stdout(out), redirect_stderr(err):
            rc = score.main(["--bin", str(self.root / "nope"), "--clusters", str(self.clusters)])
        self.assertEqual(rc, 2)
        self.assertIn("cargo build --release", err.getvalue())

    def test_run_json_and_floors(self):
        floors = self.root / "floors.toml"
        floors.write_text("real_contradiction_precision = 0.4\nsingle_change_recall = 1.0\n")
        js = self.root / "out.json"
        rc, out, err = self.run_main("--floors", str(floors), "--json", str(js), "-v", "-j", "2")
        self.assertEqual(rc, 0, err)
        res = json.loads(js.read_text())
        f = res["figures"]
        self.assertEqual(f["real_contradiction_precision"], 0.5)
        self.assertEqual(f["real_contradiction_recall"], 1.0)
        self.assertAlmostEqual(f["real_agreement_precision"], 1 / 3)
        self.assertEqual(f["single_change_recall"], 1.0)
        self.assertEqual(f["single_change_precision"], 1.0)
        self.assertEqual(res["single_change"]["total"]["pairs"], 6)
        self.assertEqual(res["single_change"]["total"]["by_type"]["duration"]["pairs"], 2)
        self.assertIn("FP contradiction:", out)
        total = next(line for line in out.splitlines() if line.startswith("total"))
        self.assertEqual(total.split(), ["total", "6", "0", "0", "0", "2", "4", "0", "1.000", "6/6", "1.000", "6/6"])

    def test_below_floor_exits_1(self):
        floors = self.root / "floors.toml"
        floors.write_text("real_contradiction_precision = 0.6\n")
        rc, out, err = self.run_main("--floors", str(floors), "--no-single")
        self.assertEqual(rc, 1)
        self.assertIn("real_contradiction_precision = 0.500 is below its floor 0.600", err)

    def test_broken_gold_exits_2(self):
        g = self.clusters / "test-cluster" / "gold.toml"
        g.write_text(GOLD.replace('"40 workers"', '"39 workers"'))
        rc, out, err = self.run_main()
        self.assertEqual(rc, 2)
        self.assertIn("test-cluster: [[contradiction]] #1 b[1]", err)


if __name__ == "__main__":
    unittest.main()
