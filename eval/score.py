#!/usr/bin/env python3
"""Score crosscheck against the evaluation set (eval/FORMAT.md).

    python3 eval/score.py [--bin PATH] [--clusters DIR] [--floors FILE] [--json OUT] [-v]

Two measurements:

* real clusters: `crosscheck check CLUSTER --format json --fail-on never` on
  every cluster with a gold.toml; the findings are expanded into the
  cross-document claim pairs they assert and compared with the gold pairs;
* single-change pairs: for every gold quote that states one exact figure, the
  report is checked together with a copy of itself in which that one figure
  is altered; the one expected finding is a contradiction between the two.

Exit codes: 0 all figures at or above their floors; 1 a micro figure below its
floor (named); 2 a usage error, a broken gold file, a missing binary or a
crosscheck run that produced no report.

Standard library only (python >= 3.11 for tomllib). Every offset is a byte
offset into the file's UTF-8 bytes, as crosscheck's `claims[].span` is.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import tomllib
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DOC_EXTS = (".txt", ".md", ".text")  # what `crosscheck check DIR` reads
FLOOR_KEYS = (
    "real_contradiction_precision",
    "real_contradiction_recall",
    "real_agreement_precision",
    "real_agreement_recall",
    "single_change_precision",
    "single_change_recall",
)


class GoldError(Exception):
    """A gold.toml that cannot be used: names the cluster, item and side."""


class RunError(Exception):
    """crosscheck produced no usable report."""


# --------------------------------------------------------------------------
# Gold: loading and locating the sides
# --------------------------------------------------------------------------

# A place is where a gold side stands in a report: (doc name, start, end),
# byte offsets into the file.
Place = tuple  # (str, int, int)


@dataclass
class Side:
    cluster: str
    section: str  # "agreement" | "contradiction" | "update"
    index: int  # 1-based index of the item within its section
    role: str  # "claims" | "a" | "b" | "earlier" | "later"
    pos: int  # 1-based position within the role's list
    doc: str
    quote: str
    near: str | None
    place: Place | None = None

    def label(self) -> str:
        return f"{self.cluster}: [[{self.section}]] #{self.index} {self.role}[{self.pos}] ({self.doc}: {self.quote!r})"


@dataclass
class Item:
    section: str
    index: int
    what: str
    roles: dict  # role -> list[Side]


@dataclass
class Gold:
    cluster: str
    path: Path  # the cluster directory
    docs: dict  # doc name -> bytes
    items: list  # list[Item]
    warnings: list = field(default_factory=list)

    def sides(self):
        for item in self.items:
            for sides in item.roles.values():
                yield from sides


def find_all(hay: bytes, needle: bytes) -> list[int]:
    """Every start offset of needle in hay, overlapping occurrences included."""
    out, i = [], hay.find(needle)
    while i >= 0:
        out.append(i)
        i = hay.find(needle, i + 1)
    return out


def locate(data: bytes, quote: str, near: str | None) -> tuple[int, int]:
    """The byte range of `quote` in `data`; raises ValueError saying why not."""
    if not quote:
        raise ValueError("quote is empty")
    q = quote.encode("utf-8")
    if near is not None:
        n = near.encode("utf-8")
        hits = find_all(data, n)
        if len(hits) != 1:
            raise ValueError(f"near {near!r} occurs {len(hits)} times in the report (must be exactly once)")
        inner = find_all(n, q)
        if not inner:
            raise ValueError(f"near {near!r} does not contain quote {quote!r}")
        if len(inner) > 1:
            raise ValueError(f"quote {quote!r} occurs {len(inner)} times inside near {near!r} (ambiguous)")
        start = hits[0] + inner[0]
        return start, start + len(q)
    hits = find_all(data, q)
    if not hits:
        raise ValueError(f"quote {quote!r} does not occur in the report")
    if len(hits) > 1:
        raise ValueError(f"quote {quote!r} occurs {len(hits)} times in the report: add near = \"...\"")
    return hits[0], hits[0] + len(q)


SECTIONS = {
    "agreement": ("claims",),
    "contradiction": ("a", "b"),
    "update": ("earlier", "later"),
}
TOP_KEYS = {"cluster", "event", "agreement", "contradiction", "update"}
ITEM_KEYS = {"what", "why", "note"}
SIDE_KEYS = {"doc", "quote", "near"}


def cluster_docs(cdir: Path) -> dict:
    """The reports of a cluster: file name -> bytes."""
    return {p.name: p.read_bytes() for p in sorted(cdir.iterdir()) if p.is_file() and p.suffix in DOC_EXTS}


def load_gold(cdir: Path) -> Gold:
    """Parse and validate cdir/gold.toml; every side gets its place."""
    cname = cdir.name
    gpath = cdir / "gold.toml"
    try:
        raw = tomllib.loads(gpath.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as e:
        raise GoldError(f"{cname}: gold.toml: {e}") from None
    gold = Gold(cname, cdir, cluster_docs(cdir), [])
    unknown = set(raw) - TOP_KEYS
    if unknown:
        raise GoldError(f"{cname}: gold.toml: unknown key(s) {sorted(unknown)}")
    if raw.get("cluster") not in (None, cname):
        gold.warnings.append(f"{cname}: gold.toml says cluster = {raw.get('cluster')!r}, the folder is {cname!r}")
    errors = []
    for section, roles in SECTIONS.items():
        entries = raw.get(section, [])
        if not isinstance(entries, list):
            raise GoldError(f"{cname}: gold.toml: {section} must be an array of tables ([[{section}]])")
        for i, entry in enumerate(entries, 1):
            where = f"{cname}: [[{section}]] #{i}"
            if not isinstance(entry, dict):
                errors.append(f"{where}: not a table")
                continue
            unknown = set(entry) - ITEM_KEYS - set(roles)
            if unknown:
                errors.append(f"{where}: unknown key(s) {sorted(unknown)}")
            item = Item(section, i, str(entry.get("what", "")), {})
            for role in roles:
                lst = entry.get(role)
                if not isinstance(lst, list) or not lst:
                    errors.append(f"{where}: `{role}` must be a non-empty array of {{doc, quote}}")
                    continue
                item.roles[role] = []
                for j, s in enumerate(lst, 1):
                    swhere = f"{where} {role}[{j}]"
                    if not isinstance(s, dict):
                        errors.append(f"{swhere}: not an inline table {{doc, quote}}")
                        continue
                    bad = set(s) - SIDE_KEYS
                    if bad:
                        errors.append(f"{swhere}: unknown key(s) {sorted(bad)}")
                    doc, quote, near = s.get("doc"), s.get("quote"), s.get("near")
                    if not isinstance(doc, str) or not isinstance(quote, str) or (near is not None and not isinstance(near, str)):
                        errors.append(f"{swhere}: doc and quote (and near) must be strings")
                        continue
                    side = Side(cname, section, i, role, j, doc, quote, near)
                    if doc not in gold.docs:
                        errors.append(f"{swhere}: doc {doc!r} is not a report of the cluster")
                    else:
                        try:
                            st, en = locate(gold.docs[doc], quote, near)
                            side.place = (doc, st, en)
                        except ValueError as e:
                            errors.append(f"{swhere}: {doc}: {e}")
                    item.roles[role].append(side)
            if section == "agreement" and item.roles.get("claims"):
                if len({s.doc for s in item.roles["claims"]}) < 2:
                    gold.warnings.append(f"{where}: all claims are in one document, so it adds no pair")
            gold.items.append(item)
    if errors:
        raise GoldError("\n".join(errors))
    return gold


def gold_pairs(gold: Gold) -> dict:
    """Gold pairs per kind: {kind: {pair: [Item, ...]}}, pair = sorted tuple of two places.

    agreement: every cross-document pair of `claims`; contradiction: a x b;
    update: earlier x later; pairs within one document are dropped."""
    out = {"contradiction": {}, "agreement": {}, "update": {}}

    def add(kind, s, t, item):
        if s.place[0] == t.place[0]:
            return
        key = tuple(sorted((s.place, t.place)))
        out[kind].setdefault(key, [])
        if item not in out[kind][key]:
            out[kind][key].append(item)

    for item in gold.items:
        if item.section == "agreement":
            cl = item.roles["claims"]
            for x in range(len(cl)):
                for y in range(x + 1, len(cl)):
                    add("agreement", cl[x], cl[y], item)
        else:
            r1, r2 = SECTIONS[item.section]
            for s in item.roles[r1]:
                for t in item.roles[r2]:
                    add(item.section, s, t, item)
    return out


# --------------------------------------------------------------------------
# The report: claims, mapping, pairs
# --------------------------------------------------------------------------


def run_check(binary: Path, target: Path) -> tuple[dict, list]:
    """Run `crosscheck check TARGET --format json --fail-on never`; (report, warnings)."""
    cmd = [str(binary), "check", str(target), "--format", "json", "--fail-on", "never"]
    try:
        p = subprocess.run(cmd, capture_output=True, text=True, encoding="utf-8")
    except OSError as e:
        raise RunError(f"cannot run {binary}: {e}") from None
    warnings = []
    if p.returncode not in (0, 1, 2):
        raise RunError(f"`{' '.join(cmd)}` exited {p.returncode}:\n{p.stderr.strip()[-2000:]}")
    try:
        report = json.loads(p.stdout)
    except json.JSONDecodeError:
        raise RunError(f"`{' '.join(cmd)}` exited {p.returncode} without a JSON report:\n{p.stderr.strip()[-2000:]}") from None
    if p.returncode == 2:
        probs = report.get("problems") or p.stderr.strip()
        warnings.append(f"crosscheck exited 2 on {target} (skipped files?): {probs}")
    return report, warnings


def doc_ids(report: dict, names) -> dict:
    """Report document id for each cluster file name (by `documents[].id` or the name of `path`)."""
    out = {}
    for d in report.get("documents", []):
        for key in (d.get("id"), Path(d.get("path") or "").name):
            if key in names and key not in out:
                out[key] = d["id"]
    return out


def claim_places(report: dict, places, names) -> dict:
    """claim id -> set of places (of `places`) that its span overlaps, in the same doc."""
    id_of = doc_ids(report, names)
    name_of = {v: k for k, v in id_of.items()}
    by_doc = {}
    for pl in places:
        by_doc.setdefault(pl[0], []).append(pl)
    out = {}
    for c in report.get("claims", []):
        name = name_of.get(c.get("doc"))
        if name is None:
            continue
        st, en = c["span"]["start"], c["span"]["end"]
        hit = {pl for pl in by_doc.get(name, []) if st < pl[2] and pl[1] < en}
        if hit:
            out[c["id"]] = hit
    return out


PRED_KINDS = {
    "contradiction": "contradiction",
    "agreement": "agreement",
    "compatible": "agreement",
    "updated": "updated",
}


def expand_findings(report: dict) -> dict:
    """Asserted cross-document claim pairs per predicted kind.

    {"contradiction"|"agreement"|"updated": {(id, id): [finding, ...]}}, each
    pair a sorted tuple of claim ids. A finding's own `pairs` are used when it
    has them; else a contradiction asserts every cross-document pair of its
    claims whose `display` differs, and the other verdicts every
    cross-document pair. `unverified` asserts nothing."""
    claims = {c["id"]: c for c in report.get("claims", [])}
    out = {"contradiction": {}, "agreement": {}, "updated": {}}
    for f in report.get("findings", []):
        kind = PRED_KINDS.get(f.get("verdict"))
        if kind is None:
            continue
        ids = [i for i in f.get("claims", []) if i in claims]
        if isinstance(f.get("pairs"), list):
            cand = [tuple(p) for p in f["pairs"] if isinstance(p, (list, tuple)) and len(p) == 2 and p[0] in claims and p[1] in claims]
        else:
            cand = [(ids[x], ids[y]) for x in range(len(ids)) for y in range(x + 1, len(ids))]
            if kind == "contradiction":
                cand = [(x, y) for x, y in cand if claims[x].get("display") != claims[y].get("display")]
        for x, y in cand:
            if x == y or claims[x]["doc"] == claims[y]["doc"]:
                continue
            key = tuple(sorted((x, y)))
            lst = out[kind].setdefault(key, [])
            if f not in lst:
                lst.append(f)
    return out


def matches(pair, gpair, cmap) -> bool:
    """A predicted claim pair matches a gold pair of places: one claim on each side."""
    p, q = cmap.get(pair[0], ()), cmap.get(pair[1], ())
    g, h = gpair
    return (g in p and h in q) or (h in p and g in q)


def ratio(num, den):
    return None if den == 0 else num / den


def score_cluster(gold: Gold, report: dict) -> dict:
    """Every figure of one cluster, with the lists behind them (for -v and --json)."""
    gp = gold_pairs(gold)
    places = {s.place for s in gold.sides()}
    cmap = claim_places(report, places, gold.docs)
    pred = expand_findings(report)
    claims = {c["id"]: c for c in report.get("claims", [])}

    def match_set(pairs, gkind):
        """predicted pair -> gold pairs of gkind that it matches."""
        return {pp: [g for g in gp[gkind] if matches(pp, g, cmap)] for pp in pairs}

    res = {"cluster": gold.cluster, "docs": len(gold.docs),
           "gold": {k: len(v) for k, v in gp.items()}}
    fp, fn = {}, {}
    for kind, gkind in (("contradiction", "contradiction"), ("agreement", "agreement")):
        ms = match_set(pred[kind], gkind)
        tp_pred = sum(1 for v in ms.values() if v)
        hit_gold = {g for v in ms.values() for g in v}
        res[kind] = {"tp_pred": tp_pred, "pred": len(ms), "tp_gold": len(hit_gold), "gold": len(gp[gkind]),
                     "precision": ratio(tp_pred, len(ms)), "recall": ratio(len(hit_gold), len(gp[gkind]))}
        fp[kind] = [pp for pp, v in ms.items() if not v]
        fn[kind] = [g for g in gp[gkind] if g not in hit_gold]
    upd = {}
    for kind in ("updated", "contradiction", "agreement"):
        upd[kind] = {g for pp in pred[kind] for g in gp["update"] if matches(pp, g, cmap)}
    n_upd = len(gp["update"])
    res["update"] = {"gold": n_upd, "as_updated": len(upd["updated"]), "as_contradiction": len(upd["contradiction"]),
                     "as_compatible_or_agreement": len(upd["agreement"]),
                     "as_updated_or_compatible": len(upd["updated"] | upd["agreement"]),
                     "recall": ratio(len(upd["updated"]), n_upd),
                     "recall_incl_compatible": ratio(len(upd["updated"] | upd["agreement"]), n_upd)}
    fn["update"] = [g for g in gp["update"] if g not in upd["updated"]]
    # Facts: a gold item is found when at least one of its pairs is (repeated mentions weigh once).
    for kind, hit in (("contradiction", {g for pp in pred["contradiction"] for g in gp["contradiction"] if matches(pp, g, cmap)}),
                      ("agreement", {g for pp in pred["agreement"] for g in gp["agreement"] if matches(pp, g, cmap)}),
                      ("update", upd["updated"])):
        items = {id(it): it for v in gp[kind].values() for it in v}
        found = {id(it) for g in hit for it in gp[kind][g]}
        res[kind]["facts"] = len(items)
        res[kind]["facts_found"] = len(found & set(items))
    res["_detail"] = {"gp": gp, "cmap": cmap, "pred": pred, "claims": claims, "fp": fp, "fn": fn,
                      "upd": upd, "gold": gold}
    return res


# --------------------------------------------------------------------------
# Describing claims and places (for -v)
# --------------------------------------------------------------------------


def place_text(gold_docs, pl) -> str:
    doc, st, en = pl
    return f"{doc}:{pl_line(gold_docs[doc], st)} {gold_docs[doc][st:en].decode('utf-8', 'replace')!r}"


def pl_line(data: bytes, off: int) -> str:
    line = data.count(b"\n", 0, off) + 1
    col = len(data[data.rfind(b"\n", 0, off) + 1:off].decode("utf-8", "replace")) + 1
    return f"{line}:{col}"


def claim_text(c: dict) -> str:
    subj = c.get("subject") or {}
    fa = ".".join(x for x in (subj.get("frame"), subj.get("attribute")) if x) or "-"
    return f"{c['doc']}:{c['span'].get('line')}:{c['span'].get('column')} {c.get('text')!r} = {c.get('display')} [{c.get('kind')} {c.get('qualifier')}, {fa}]"


def item_names(items) -> str:
    return "; ".join(f"[[{it.section}]] #{it.index} {it.what!r}" for it in items)


def describe_pair(res, pp) -> list[str]:
    d = res["_detail"]
    c1, c2 = d["claims"][pp[0]], d["claims"][pp[1]]
    lines = [f"    {claim_text(c1)}", f"  x {claim_text(c2)}"]
    rules = sorted({f.get("rule", "?") for k in d["pred"] for f in d["pred"][k].get(pp, [])})
    # What the gold says of these two claims.
    gold_kinds = [k for k in d["gp"] for g in d["gp"][k] if matches(pp, g, d["cmap"])]
    if gold_kinds:
        why = "gold says: " + ", ".join(sorted(set(gold_kinds)))
    else:
        on = [bool(d["cmap"].get(x)) for x in pp]
        if all(on):
            why = "both claims are on gold sides, but not of one gold pair (different facts)"
        elif any(on):
            why = "one claim is on a gold side, the other on none (not a fact two reports share, per gold)"
        else:
            why = "neither claim is on a gold side"
    lines.append(f"    rule {', '.join(rules)}; {why}")
    return lines


def describe_gold_miss(res, g) -> list[str]:
    d = res["_detail"]
    gold = d["gold"]
    lines = []
    ids = []
    for pl in g:
        cs = [cid for cid, pls in d["cmap"].items() if pl in pls]
        ids.append(cs)
        got = "; ".join(f"{d['claims'][c].get('text')!r} = {d['claims'][c].get('display')}" for c in cs) or "NO CLAIM"
        lines.append(f"{place_text(gold.docs, pl)} [{got}]")
    lines = ["    " + "  x  ".join(lines)]
    verdicts = sorted({k for k in d["pred"] for pp in d["pred"][k] if matches(pp, g, d["cmap"])})
    if not all(ids):
        why = "extraction: a side has no claim"
    elif verdicts:
        why = "predicted as " + ", ".join(verdicts)
    else:
        why = "claims found but no finding pairs them (alignment/rules)"
    lines[0] += f"  -> {why}"
    return lines


# --------------------------------------------------------------------------
# Single-change alterations
# --------------------------------------------------------------------------

EN_MONTHS = ("january february march april may june july august september october november december").split()
EN_MONTH_RE = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
HE_MONTH_RE = r"(?:ינואר|פברואר|מרץ|מרס|אפריל|מאי|יוני|יולי|אוגוסט|ספטמבר|אוקטובר|נובמבר|דצמבר)"
HE_LETTER = "\u05d0-\u05ea"
EN_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
HE_WEEKDAYS = ["שני", "שלישי", "רביעי", "חמישי", "שישי", "שבת", "ראשון"]  # same order as EN_WEEKDAYS

HEDGE_EN = re.compile(
    r"\b(?:about|around|some|nearly|almost|roughly|approximately|approx|over|more\s+than|less\s+than|fewer\s+than"
    r"|at\s+least|at\s+most|up\s+to|under|exceed\w*|surpass\w*|between|upwards\s+of|close\s+to|as\s+many\s+as"
    r"|as\s+much\s+as|or\s+more|or\s+so|plus|near|short\s+of|shy\s+of|in\s+excess\s+of|the\s+region\s+of|circa)\b|\+",
    re.I,
)
# Hebrew hedges: a word may carry a one-letter prefix (ו, ה, ב, ל, מ, ש); the
# bound כ־ / כ- / כ glued to a number.
HEDGE_HE = re.compile(
    rf"(?<![{HE_LETTER}])[והבלמש]?(?:כמעט|לפחות|עד|מעל|פחות|יותר|קרוב\s+ל|כמה)(?![{HE_LETTER}])"
    rf"|(?<![{HE_LETTER}])[וש]?כ[־\-]?(?=\d)"
    rf"|(?<![{HE_LETTER}])[וש]?כ(?:אלף|מאה|מיליון|מיליארד)"
)


def hedged(text: str) -> bool:
    return bool(HEDGE_EN.search(text) or HEDGE_HE.search(text))


def context_hedged(data: bytes, start: int, end: int, duration: bool = False) -> bool:
    """A hedge or bound just outside the quote: "at least |41 workers|", "|41| or more", "כ-|40|".

    Before a duration, "over" is not taken as a bound: "38% over |four years|" spreads, it does not bound."""
    line_start = data.rfind(b"\n", 0, start) + 1
    before = data[max(line_start, start - 40):start].decode("utf-8", "ignore")
    after = data[end:end + 20].decode("utf-8", "ignore").split("\n")[0]
    # The last three words before the quote, and a Hebrew prefix glued to it.
    words = re.findall(r"\S+", before)
    tail = " ".join(words[-3:]) + (" " if before[-1:].isspace() else "")
    pat = HEDGE_EN.pattern.replace(r"|\+", "")
    if duration:
        pat = pat.replace("|over|", "|")
    if re.search(pat + r"\s*$", tail, re.I):
        return True
    if re.search(rf"(?:כמעט|לפחות|עד|מעל|פחות\s+מ|יותר\s+מ|קרוב\s+ל|בין)[־\-\s]*$", tail):
        return True
    if re.search(rf"(?<![{HE_LETTER}])[וש]?כ[־\-]?$", tail) or re.search(r"(?:^|[\s(])[וש]?כ[־\-]$", tail):
        return True
    if re.match(r"\s*(?:\+|or\s+more\b|or\s+so\b|-?plus\b|and\s+(?:more|over)\b|(?:to|and|or|[-–—])\s*\d|ויותר|ומעלה|לפחות)", after, re.I):
        return True
    return False


ONES = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split())}
TENS = {w: 10 * i for i, w in enumerate("_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()) if w != "_"}
NUM_WORD = r"(?:" + "|".join(sorted(list(ONES) + list(TENS) + ["hundred"], key=len, reverse=True)) + r")"
# A run of number words: "seventeen", "twenty-one", "two hundred and forty", "a hundred".
WORDS_RE = re.compile(rf"\b(?:an?\s+(?=hundred\b))?{NUM_WORD}(?:(?:[\s\-]+|\s+and\s+){NUM_WORD})*\b", re.I)
DIGITS_RE = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,]*\d)|(?<![\d.,])\d+(?:\.\d+)?(?![\d])")
MULT = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12, "mn": 10**6, "bn": 10**9,
        "אלף": 10**3, "אלפים": 10**3, "מיליון": 10**6, "מיליארד": 10**9, "טריליון": 10**12}


def words_value(s: str) -> int | None:
    total, cur = 0, 0
    for w in re.findall(r"[a-z]+", s.lower()):
        if w in ("a", "an", "and"):
            if w in ("a", "an"):
                cur = max(cur, 1)
            continue
        if w in ONES:
            cur += ONES[w]
        elif w in TENS:
            cur += TENS[w]
        elif w == "hundred":
            cur = (cur or 1) * 100
        else:
            return None
    return total + cur


@dataclass
class Num:
    start: int  # character offsets in the quote
    end: int
    text: str
    value: Decimal
    is_word: bool
    decimals: int
    commas: bool


def numbers(q: str) -> list[Num]:
    out = []
    for m in DIGITS_RE.finditer(q):
        t = m.group()
        dec = len(t.split(".")[1]) if "." in t else 0
        out.append(Num(m.start(), m.end(), t, Decimal(t.replace(",", "")), False, dec, "," in t))
    for m in WORDS_RE.finditer(q):
        if any(n.start < m.end() and m.start() < n.end for n in out):
            continue
        v = words_value(m.group())
        if v is not None:
            out.append(Num(m.start(), m.end(), m.group(), Decimal(v), True, 0, False))
    return sorted(out, key=lambda n: n.start)


def fmt(v: Decimal, decimals: int, commas: bool) -> str:
    q = Decimal(1).scaleb(-decimals)
    v = v.quantize(q, rounding=ROUND_HALF_UP)
    s = f"{v:,.{decimals}f}" if commas else f"{v:.{decimals}f}"
    return s


def ordinal(n: int) -> str:
    suf = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


def shift_weekday(q: str, delta: int) -> str:
    def en(m):
        w = m.group()
        i = EN_WEEKDAYS.index(w.lower())
        new = EN_WEEKDAYS[(i + delta) % 7]
        return new.capitalize() if w[0].isupper() else new
    q = re.sub(r"\b(?:" + "|".join(EN_WEEKDAYS) + r")\b", en, q, flags=re.I)

    def he(m):
        i = HE_WEEKDAYS.index(m.group(2))
        return m.group(1) + HE_WEEKDAYS[(i + delta) % 7]
    return re.sub(r"(יום\s+)(" + "|".join(HE_WEEKDAYS) + r")(?![" + HE_LETTER + "])", he, q)


ISO_RE = r"(?<![\d.,/])((?:19|20)\d\d)-(0?[1-9]|1[0-2])-(0?[1-9]|[12]\d|3[01])(?![\d])"


def alter_date(q: str):
    """Shift the day of a date by +3 (-3 when the day is above 25); (new quote, None) or (None, reason)."""
    month = re.search(rf"\b{EN_MONTH_RE}(?![a-z])", q, re.I) or re.search(rf"(?<![{HE_LETTER}])[בלהמ]?{HE_MONTH_RE}(?![{HE_LETTER}])", q)
    dmy = re.search(r"(?<![\d.,/])(\d{1,2})([/.\-])(\d{1,2})\2(\d{2}|\d{4})(?![\d/])", q)
    iso = re.search(ISO_RE, q)
    if iso:
        day = int(iso.group(3))
        delta = -3 if day > 25 else 3
        s, e = iso.span(3)
        return shift_weekday(q[:s] + f"{day + delta:02d}" + q[e:], delta), None
    if dmy:
        a, b = int(dmy.group(1)), int(dmy.group(3))
        if a > 12 and b <= 12:
            day_g = 1
        elif b > 12 and a <= 12:
            day_g = 3
        elif a <= 12 and b <= 12:
            day_g = 1  # either reading: keep the new value a valid month too
        else:
            return None, "date: not a d/m/y date"
        day = int(dmy.group(day_g))
        both = a <= 12 and b <= 12
        delta = -3 if day > 25 or (both and day > 9) else 3
        new_day = day + delta
        width = len(dmy.group(day_g))
        new = str(new_day).zfill(width)
        s, e = dmy.span(day_g)
        return shift_weekday(q[:s] + new + q[e:], delta), None
    if not month:
        return None, "date: no month"
    # The day: a 1-2 digit number (optionally ordinal) next to the month name.
    after = re.compile(r"\s*(\d{1,2})(st|nd|rd|th)?(?![\d,]*\d{2}|\d)")
    before = re.compile(r"(\d{1,2})(st|nd|rd|th)?(?:\s+of)?\s*(?:[־\-]?\s*)?$")
    m = after.match(q, month.end())
    if m and not re.match(r"\s*\d{3,}", q[month.end():]):
        s, e, suf = m.start(1), m.end(1), m.group(2)
    else:
        m = before.search(q[:month.start()])
        if not m:
            return None, "date: month without a day"
        s, e, suf = m.start(1), m.end(1), m.group(2)
    day = int(q[s:e])
    if not 1 <= day <= 31:
        return None, "date: day out of range"
    delta = -3 if day > 25 else 3
    new_day = day + delta
    new = ordinal(new_day) if suf else str(new_day)
    e2 = e + (len(suf) if suf else 0)
    return shift_weekday(q[:s] + new + q[e2:], delta), None


CURRENCY_RE = re.compile(
    r"[$€£₪]|\b(?:dollars?|euros?|pounds?|shekels?|nis|usd|ils|eur|gbp|rupees?|rs\.?|inr)\b"
    r"|דולר|אירו|יורו|שקל|ש\"ח|ש״ח|ש''ח",
    re.I,
)
DURATION_RE = re.compile(
    r"^[\s\-־]*(?:(?:minute|hour|day|week|month|year|min|hr|second)s?\b|(?:דקות|דקה|שעות|שעה|ימים|יום|שבועות|שבוע|חודשים|חודש|שנים|שנה|שניות)(?![" + HE_LETTER + "]))",
    re.I,
)


def alter(q: str, data: bytes | None = None, start: int = 0, end: int = 0):
    """Alter the one exact figure of quote `q`.

    Returns (new quote, type, None) or (None, None, reason to skip). With
    `data` and the quote's place, a hedge just outside the quote also skips it."""
    if hedged(q):
        return None, None, "hedged or bound"
    if data is not None:
        first = numbers(q)
        if context_hedged(data, start, end, bool(first and DURATION_RE.match(q[first[0].end:]))):
            return None, None, "hedged or bound"
    is_date = bool(re.search(rf"\b{EN_MONTH_RE}(?![a-z])", q, re.I)
                   or re.search(rf"(?<![{HE_LETTER}])[בלהמ]?{HE_MONTH_RE}(?![{HE_LETTER}])", q)
                   or re.search(r"(?<![\d.,/])\d{1,2}([/.\-])\d{1,2}\1(?:\d{2}|\d{4})(?![\d/])", q)
                   or re.search(ISO_RE, q))
    if is_date:
        new, why = alter_date(q)
        return (new, "date", None) if new else (None, None, why)
    if re.search(r"\b(?:half|halves|quarters?|thirds?|dozens?|score)\b|[½¼¾⅓⅔]|\d/\d|חצי|רבע|שליש", q, re.I):
        return None, None, "fraction or dozen"
    if re.search(r"\d\s*(?:a\.?m\.?|p\.?m\.?|o'clock|hrs\b|GMT|UTC|IST)|\b(?:noon|midnight)\b", q, re.I):
        return None, None, "time of day"
    nums = numbers(q)
    if not nums:
        return None, None, "no number"
    if len(nums) > 1:
        return None, None, "two or more numbers"
    n = nums[0]
    if re.match(r"(?:st|nd|rd|th)\b", q[n.end:]) or re.match(r"\s*[:/]\s*\d", q[n.end:]):
        return None, None, "ordinal or time"
    if re.match(r"'?s\b", q[n.end:]):
        return None, None, "decade or plural of a number"
    rest = q[:n.start] + q[n.end:]
    # A year: four digits 1900-2099 without a comma, not money, a percent or a duration ("end of 2023",
    # "the 2016 contract"); a count in that range is written "2,016" in news.
    if (not n.is_word and n.decimals == 0 and not n.commas and len(n.text) == 4 and 1900 <= n.value <= 2099
            and not CURRENCY_RE.search(q) and not re.match(r"\s*(?:%|percent|per\s+cent|אחוז)", q[n.end:], re.I)
            and not DURATION_RE.match(q[n.end:])
            and not re.match(r"[\s\-]*(?:km|kg|mi|ft|m|t|lb|miles?|feet|foot|meters?|metres?|kilo\w+|tons?|tonnes?|pounds?|square|sq|acres?|hectares?|people|workers|persons)\b", q[n.end:], re.I)):
        return q[:n.start] + str(int(n.value) - 3) + q[n.end:], "year", None

    def put(v: Decimal, decimals=None):
        if n.is_word:
            text = fmt(v, 0 if v == v.to_integral_value() else 1, False)
        else:
            text = fmt(v, n.decimals if decimals is None else decimals, n.commas)
        return q[:n.start] + text + q[n.end:]

    if CURRENCY_RE.search(q):
        return put(n.value * 10, max(0, n.decimals - 1)), "money", None
    if DURATION_RE.match(q[n.end:]):
        return put(n.value * 2), "duration", None
    mult = 1
    m = re.match(r"\s*(" + "|".join(MULT) + r")(?![a-z" + HE_LETTER + "])", q[n.end:], re.I)
    if m:
        mult = MULT[m.group(1).lower()]
    percent = bool(re.match(r"\s*(?:%|percent\b|per\s+cent\b|אחוז)", q[n.end:], re.I))
    if n.value * mult < 10:
        new = n.value * 2
    else:
        new = n.value * Decimal("1.5")
        if percent and new > 100:  # a share cannot pass 100%: halve it instead
            new = n.value / 2
        if n.decimals == 0:
            new = new.quantize(Decimal(1), rounding=ROUND_HALF_UP)
    if new == n.value:
        return None, None, "alteration leaves the value unchanged"
    return put(new), "number", None


def sidecar(p: Path) -> Path:
    return p.with_suffix(".meta.toml")


@dataclass
class Change:
    cluster: str
    doc: str
    place: Place
    quote: str  # the text at place
    new: str
    type: str


def plan_changes(gold: Gold):
    """The single-change pairs of a cluster: (list[Change], list[(place, quote, reason)] skipped)."""
    seen, changes, skipped = set(), [], []
    for s in gold.sides():
        if s.place in seen:
            continue
        seen.add(s.place)
        data = gold.docs[s.doc]
        q = data[s.place[1]:s.place[2]].decode("utf-8")
        new, typ, why = alter(q, data, s.place[1], s.place[2])
        if new is None:
            skipped.append((s.place, q, why))
        else:
            changes.append(Change(gold.cluster, s.doc, s.place, q, new, typ))
    changes.sort(key=lambda c: c.place)
    skipped.sort(key=lambda x: x[0])
    return changes, skipped


def make_pair_dir(gold: Gold, ch: Change, tmp: Path) -> tuple[str, str, Place]:
    """Write orig-NAME and changed-NAME (with sidecars) into tmp; (orig name, changed name, altered place)."""
    data = gold.docs[ch.doc]
    _, st, en = ch.place
    newb = ch.new.encode("utf-8")
    changed = data[:st] + newb + data[en:]
    on, cn = f"orig-{ch.doc}", f"changed-{ch.doc}"
    (tmp / on).write_bytes(data)
    (tmp / cn).write_bytes(changed)
    sc = sidecar(gold.path / ch.doc)
    if sc.exists():
        shutil.copyfile(sc, sidecar(tmp / on))
        shutil.copyfile(sc, sidecar(tmp / cn))
    return on, cn, (cn, st, st + len(newb))


def score_change(report: dict, orig_place: Place, changed_place: Place, names) -> dict:
    """TP when a predicted contradiction pair joins the original and the altered figure; every other one is an FP."""
    cmap = claim_places(report, [orig_place, changed_place], names)
    pred = expand_findings(report)["contradiction"]
    claims = {c["id"]: c for c in report.get("claims", [])}
    tp = [pp for pp in pred if matches(pp, (orig_place, changed_place), cmap)]
    fp = [pp for pp in pred if pp not in tp]
    # What happened to the expected pair, for -v.
    at_o = [c for c, pls in cmap.items() if orig_place in pls]
    at_c = [c for c, pls in cmap.items() if changed_place in pls]
    status = "found"
    if not tp:
        if not at_o or not at_c:
            status = "no claim at the " + ("original" if not at_o else "altered") + " figure"
        else:
            others = [k for k, v in expand_findings(report).items() if any(matches(pp, (orig_place, changed_place), cmap) for pp in v)]
            status = ("predicted as " + ", ".join(others)) if others else "claims found but not paired"
    return {"tp": bool(tp), "tp_pred": len(tp), "fp": [[claim_text(claims[a]), claim_text(claims[b]),
            ", ".join(sorted({f.get("rule", "?") for f in pred[(a, b)]}))] for a, b in fp],
            "status": status,
            "orig_claims": [claim_text(claims[c]) for c in at_o], "changed_claims": [claim_text(claims[c]) for c in at_c]}


def run_change(binary: Path, gold: Gold, ch: Change) -> dict:
    with tempfile.TemporaryDirectory(prefix="crosscheck-sc-") as td:
        tmp = Path(td)
        on, cn, cplace = make_pair_dir(gold, ch, tmp)
        report, warnings = run_check(binary, tmp)
        oplace = (on, ch.place[1], ch.place[2])
        r = score_change(report, oplace, cplace, {on, cn})
        r["warnings"] = warnings
        return r


# --------------------------------------------------------------------------
# Printing
# --------------------------------------------------------------------------


def f3(x) -> str:
    return "    -" if x is None else f"{x:5.3f}"


def pr(num, den) -> str:
    return f"{f3(ratio(num, den))} {num:>3}/{den:<3}"


def print_real_table(rows, micro, out):
    w = max([len(r["cluster"]) for r in rows] + [22])
    head = f"{'cluster':<{w}} {'docs':>4}  {'gold C/A/U':>10}  {'contra P':>13} {'contra R':>13}  {'agree P':>13} {'agree R':>13}  {'update R':>13} {'U as C':>6}"
    print(head, file=out)
    print("-" * len(head), file=out)
    for r in rows + [micro]:
        if r is micro:
            print("-" * len(head), file=out)
        g = r["gold"]
        c, a, u = r["contradiction"], r["agreement"], r["update"]
        gtxt = f"{g['contradiction']}/{g['agreement']}/{g['update']}"
        print(f"{r['cluster']:<{w}} {r['docs']:>4}  {gtxt:>10}  {pr(c['tp_pred'], c['pred'])} {pr(c['tp_gold'], c['gold'])}  "
              f"{pr(a['tp_pred'], a['pred'])} {pr(a['tp_gold'], a['gold'])}  {pr(u['as_updated'], u['gold'])} {u['as_contradiction']:>6}", file=out)


def micro_real(rows) -> dict:
    def s(path):
        return sum(r[path[0]][path[1]] for r in rows)
    m = {"cluster": "micro (all clusters)", "docs": sum(r["docs"] for r in rows),
         "gold": {k: sum(r["gold"][k] for r in rows) for k in ("contradiction", "agreement", "update")}}
    for k in ("contradiction", "agreement"):
        tp_pred, pred, tp_gold, gold = (s((k, x)) for x in ("tp_pred", "pred", "tp_gold", "gold"))
        m[k] = {"tp_pred": tp_pred, "pred": pred, "tp_gold": tp_gold, "gold": gold,
                "precision": ratio(tp_pred, pred), "recall": ratio(tp_gold, gold)}
    u = {x: s(("update", x)) for x in ("gold", "as_updated", "as_contradiction", "as_compatible_or_agreement", "as_updated_or_compatible")}
    u["recall"] = ratio(u["as_updated"], u["gold"])
    u["recall_incl_compatible"] = ratio(u["as_updated_or_compatible"], u["gold"])
    for k in ("contradiction", "agreement"):
        m[k]["facts"] = s((k, "facts"))
        m[k]["facts_found"] = s((k, "facts_found"))
    u["facts"] = s(("update", "facts"))
    u["facts_found"] = s(("update", "facts_found"))
    m["update"] = u
    return m


TYPES = ("date", "year", "money", "duration", "number")


def sc_summary(results) -> dict:
    """results: list of (Change, result). Totals, by type."""
    out = {"pairs": len(results), "tp": sum(r["tp"] for _, r in results),
           "tp_pred": sum(r["tp_pred"] for _, r in results), "fp": sum(len(r["fp"]) for _, r in results)}
    out["recall"] = ratio(out["tp"], out["pairs"])
    out["precision"] = ratio(out["tp_pred"], out["tp_pred"] + out["fp"])
    out["by_type"] = {}
    for t in TYPES:
        rs = [r for c, r in results if c.type == t]
        if rs:
            out["by_type"][t] = {"pairs": len(rs), "tp": sum(r["tp"] for r in rs), "recall": ratio(sum(r["tp"] for r in rs), len(rs))}
    return out


def print_sc_table(per, total, out):
    w = max([len(n) for n, _ in per] + [22])
    head = f"{'cluster':<{w}} {'pairs':>5}  {'date':>4} {'year':>4} {'money':>5} {'dur':>4} {'num':>4} {'skip':>4}  {'recall':>13}  {'precision':>13}"
    print(head, file=out)
    print("-" * len(head), file=out)
    for name, s in per + [("total", total)]:
        if name == "total":
            print("-" * len(head), file=out)
        bt = s["by_type"]
        cnt = [bt.get(t, {}).get("pairs", 0) for t in TYPES]
        print(f"{name:<{w}} {s['pairs']:>5}  {cnt[0]:>4} {cnt[1]:>4} {cnt[2]:>5} {cnt[3]:>4} {cnt[4]:>4} {s['skipped']:>4}  "
              f"{pr(s['tp'], s['pairs'])}  {pr(s['tp_pred'], s['tp_pred'] + s['fp'])}", file=out)
    parts = [f"{t} {v['tp']}/{v['pairs']} ({f3(v['recall']).strip()})" for t, v in total["by_type"].items()]
    print("recall by type: " + (", ".join(parts) if parts else "-"), file=out)


def strip_detail(obj):
    if isinstance(obj, dict):
        return {k: strip_detail(v) for k, v in obj.items() if not k.startswith("_")}
    if isinstance(obj, list):
        return [strip_detail(v) for v in obj]
    return obj


# --------------------------------------------------------------------------
# Main
# --------------------------------------------------------------------------


def load_floors(path: Path) -> dict:
    if not path.exists():
        return {k: 0.0 for k in FLOOR_KEYS}
    raw = tomllib.loads(path.read_text(encoding="utf-8"))
    bad = set(raw) - set(FLOOR_KEYS)
    if bad:
        raise GoldError(f"{path}: unknown floor key(s) {sorted(bad)}; known: {', '.join(FLOOR_KEYS)}")
    return {k: float(raw.get(k, 0.0)) for k in FLOOR_KEYS}


def check_floors(figures: dict, floors: dict) -> list[str]:
    """Names of micro figures below their floor (an undefined figure counts as 0)."""
    below = []
    for k in floors:
        v = figures.get(k)
        if floors.get(k, 0.0) > 0 and (v is None or v < floors[k] - 1e-12):
            below.append(f"{k} = {'undefined' if v is None else f'{v:.3f}'} is below its floor {floors[k]:.3f}")
    return below


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="Score crosscheck against eval/clusters (see eval/README.md).")
    ap.add_argument("--bin", type=Path, default=REPO / "target" / "release" / "crosscheck", help="the crosscheck binary (default: target/release/crosscheck)")
    ap.add_argument("--clusters", type=Path, default=REPO / "eval" / "clusters", help="the folder of clusters (default: eval/clusters)")
    ap.add_argument("--floors", type=Path, default=REPO / "eval" / "floors.toml", help="the floors (default: eval/floors.toml)")
    ap.add_argument("--json", type=Path, metavar="OUT", help="write every figure as JSON to OUT")
    ap.add_argument("--only", action="append", metavar="SLUG", help="score only this cluster (repeatable)")
    ap.add_argument("--validate", action="store_true", help="only check that every gold side resolves (no binary needed)")
    ap.add_argument("--no-single", action="store_true", help="skip the single-change pairs")
    ap.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 2, help="parallel crosscheck runs for single-change pairs")
    ap.add_argument("-v", "--verbose", action="store_true", help="list every false positive and false negative")
    a = ap.parse_args(argv)
    out = sys.stdout

    def err(msg):
        print(f"error: {msg}", file=sys.stderr)

    binary = a.bin if a.bin.is_absolute() else Path.cwd() / a.bin
    try:
        floors = load_floors(a.floors)
    except (GoldError, tomllib.TOMLDecodeError, ValueError) as e:
        err(f"floors: {e}")
        return 2
    if not a.clusters.is_dir():
        err(f"no clusters folder at {a.clusters}")
        return 2
    cdirs = sorted(p for p in a.clusters.iterdir() if p.is_dir())
    if a.only:
        cdirs = [p for p in cdirs if p.name in a.only]
        missing = set(a.only) - {p.name for p in cdirs}
        if missing:
            err(f"no such cluster(s): {', '.join(sorted(missing))}")
            return 2

    # 1. Validation: every gold side resolves.
    golds, errors = [], []
    for cd in cdirs:
        if not (cd / "gold.toml").exists():
            print(f"warning: {cd.name}: no gold.toml, cluster skipped", file=sys.stderr)
            continue
        try:
            g = load_gold(cd)
        except GoldError as e:
            errors.append(str(e))
            continue
        for w in g.warnings:
            print(f"warning: {w}", file=sys.stderr)
        golds.append(g)
    if errors:
        err("broken gold:\n" + "\n".join("  " + line for e in errors for line in e.splitlines()))
        return 2
    if not golds:
        err(f"no cluster with a gold.toml under {a.clusters}")
        return 2
    if a.validate:
        n = sum(1 for g in golds for _ in g.sides())
        print(f"gold ok: {len(golds)} cluster(s), {n} sides resolved", file=out)
        return 0
    if not binary.is_file():
        err(f"crosscheck binary not found at {binary}\n       run `cargo build --release` (or `eval/run`, which builds first), or pass --bin PATH")
        return 2

    # 2. Real clusters.
    rows = []
    for g in golds:
        try:
            report, warnings = run_check(binary, g.path)
        except RunError as e:
            err(f"{g.cluster}: {e}")
            return 2
        for w in warnings:
            print(f"warning: {g.cluster}: {w}", file=sys.stderr)
        rows.append(score_cluster(g, report))
    micro = micro_real(rows)
    print("Real clusters: predicted pairs vs gold pairs (P = precision, R = recall, as figure and count)\n", file=out)
    print_real_table(rows, micro, out)
    print("(gold C/A/U: gold contradiction/agreement/update pairs; update R: gold updates reported as `updated`; "
          "U as C: gold updates reported as a contradiction, an error)", file=out)
    print(f"facts (gold items with at least one pair found): contradiction {micro['contradiction']['facts_found']}/{micro['contradiction']['facts']}, "
          f"agreement {micro['agreement']['facts_found']}/{micro['agreement']['facts']}, update {micro['update']['facts_found']}/{micro['update']['facts']}; "
          f"updates reported as compatible/agreement: {micro['update']['as_compatible_or_agreement']}/{micro['update']['gold']}", file=out)
    if a.verbose:
        for r in rows:
            d = r["_detail"]
            print(f"\n== {r['cluster']}", file=out)
            for kind in ("contradiction", "agreement"):
                for pp in sorted(d["fp"][kind]):
                    print(f"  FP {kind}:", file=out)
                    print("\n".join(describe_pair(r, pp)), file=out)
                for gpair in sorted(d["fn"][kind]):
                    print(f"  FN {kind}: {item_names(d['gp'][kind][gpair])}", file=out)
                    print("\n".join(describe_gold_miss(r, gpair)), file=out)
            for gpair in sorted(d["fn"]["update"]):
                print(f"  FN update: {item_names(d['gp']['update'][gpair])}", file=out)
                print("\n".join(describe_gold_miss(r, gpair)), file=out)

    figures = {
        "real_contradiction_precision": micro["contradiction"]["precision"],
        "real_contradiction_recall": micro["contradiction"]["recall"],
        "real_agreement_precision": micro["agreement"]["precision"],
        "real_agreement_recall": micro["agreement"]["recall"],
        "real_update_recall": micro["update"]["recall"],
        "single_change_precision": None,
        "single_change_recall": None,
    }
    result = {"clusters": strip_detail(rows), "micro": micro, "figures": figures, "floors": floors}

    # 3. Single-change pairs.
    if not a.no_single:
        plans = [(g, *plan_changes(g)) for g in golds]
        jobs = [(g, ch) for g, chs, _ in plans for ch in chs]
        try:
            with ThreadPoolExecutor(max_workers=max(1, a.jobs)) as ex:
                done = list(ex.map(lambda j: run_change(binary, j[0], j[1]), jobs))
        except RunError as e:
            err(f"single-change run: {e}")
            return 2
        by_cluster = {}
        for (g, ch), r in zip(jobs, done):
            for w in r["warnings"]:
                print(f"warning: {g.cluster}: {w}", file=sys.stderr)
            by_cluster.setdefault(g.cluster, []).append((ch, r))
        per = []
        for g, chs, skipped in plans:
            s = sc_summary(by_cluster.get(g.cluster, []))
            s["skipped"] = len(skipped)
            per.append((g.cluster, s))
        allres = [x for g in golds for x in by_cluster.get(g.cluster, [])]
        total = sc_summary(allres)
        total["skipped"] = sum(s["skipped"] for _, s in per)
        print("\nSingle-change pairs: each report checked with a copy of itself in which one gold figure is altered\n", file=out)
        print_sc_table(per, total, out)
        if a.verbose:
            for g, chs, skipped in plans:
                res = by_cluster.get(g.cluster, [])
                print(f"\n== {g.cluster}", file=out)
                fps = {}
                for ch, r in res:
                    for x, y, rule in r["fp"]:
                        fps.setdefault((x, y, rule), []).append(ch)
                for ch, r in res:
                    if not r["tp"]:
                        print(f"  MISS {ch.type}: {ch.doc}:{pl_line(g.docs[ch.doc], ch.place[1])} {ch.quote!r} -> {ch.new!r}: {r['status']}", file=out)
                        for c in r["orig_claims"]:
                            print(f"      original: {c}", file=out)
                        for c in r["changed_claims"]:
                            print(f"      altered:  {c}", file=out)
                for (x, y, rule), chs in fps.items():
                    alts = "; ".join(f"{c.doc} {c.quote!r} -> {c.new!r}" for c in chs[:3]) + (f"; ... ({len(chs)} in all)" if len(chs) > 3 else "")
                    print(f"  FP contradiction, rule {rule}, in {len(chs)} run(s) ({alts}):\n    {x}\n  x {y}", file=out)
                for pl, q, why in skipped:
                    print(f"  skipped: {pl[0]}:{pl_line(g.docs[pl[0]], pl[1])} {q!r}: {why}", file=out)
        figures["single_change_precision"] = total["precision"]
        figures["single_change_recall"] = total["recall"]
        result["single_change"] = {
            "clusters": {name: s for name, s in per},
            "total": total,
            "pairs": [{"cluster": ch.cluster, "doc": ch.doc, "start": ch.place[1], "end": ch.place[2], "quote": ch.quote,
                       "new": ch.new, "type": ch.type, **{k: v for k, v in r.items() if k != "warnings"}} for ch, r in allres],
            "skipped": [{"cluster": g.cluster, "doc": pl[0], "start": pl[1], "end": pl[2], "quote": q, "reason": why}
                        for g, _, sk in plans for pl, q, why in sk],
        }

    print("\nMicro figures (floors in " + str(a.floors.name) + "):", file=out)
    for k, v in figures.items():
        fl = floors.get(k)
        print(f"  {k:<30} {f3(v)}" + (f"   floor {fl:.3f}" if fl is not None else ""), file=out)
    checked = {k: v for k, v in floors.items() if not (a.no_single and k.startswith("single_"))}
    below = check_floors(figures, checked)
    result["below_floor"] = below
    if a.json:
        a.json.write_text(json.dumps(result, indent=2, ensure_ascii=False, default=str) + "\n", encoding="utf-8")
    if below:
        for b in below:
            print(f"FAIL: {b}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
