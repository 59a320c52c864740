"""The extractor and the opt-out matcher against the independent caption set in Dutch, French, Spanish, Italian and
Polish (data/eval/languages, see its GUIDE.md), on the tune half (even ids, which the rules were written from) and
the test half (odd ids, only ever scored): PERSON overlap precision and recall per language, listed people found at
level hit, false hits, and suggestions that still name a person the scan found as the caption named them.

NOTE: the test half is never printed or looked at, only counted; a failing assertion names no record of it."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
import regex
from test_rewrite_set import _half

import captionscan

SET = Path(__file__).parent.parent / "data" / "eval" / "languages"
LANGS = ("nl", "fr", "es", "it", "pl")
# The figures reached when the rules were last changed, less a small margin for other changes. The bars:
# PERSON overlap precision 0.80 and recall 0.60 (no trained pipeline), listed people at level hit 0.95, at most
# 3 false hits per 150 captions.
PERSON_FLOOR = {"tune": (0.83, 0.72), "test": (0.65, 0.75)}
HIT_RECALL_FLOOR = 0.95
MAX_FALSE_HITS = 3


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _written(name: str, text: str) -> bool:
    """`name` as a whole word in `text`, as the caption wrote it: the annotated mention of a listed person, not a
    word that is also their name ("la première pierre" beside a listed Pierre)."""
    return bool(regex.search(rf"(?<![\w@#]){regex.escape(name)}(?!\w)", text))


@pytest.fixture(scope="module")
def scored() -> dict[str, Counter]:
    session = captionscan.Session.open(SET / "optout.csv")
    records = [json.loads(line) for line in (SET / "languages.jsonl").read_text(encoding="utf-8").splitlines()]
    counts = {half: Counter() for half in PERSON_FLOOR}
    for half, c in counts.items():
        mine = [r for r in records if _half(r) == half]
        for record, report in zip(mine, captionscan.scan_texts([r["text"] for r in mine], session), strict=True):
            lang = record["lang"]
            c[lang, "language"] += report.lang == lang
            gold = [(s, e) for s, e, label in record["entities"] if label == "PERSON"]
            found = [(e.start, e.end) for e in report.entities if e.label == "PERSON"]
            c[lang, "gold"] += len(gold)
            c[lang, "found"] += len(found)
            c[lang, "recalled"] += sum(any(_overlaps(g, f) for f in found) for g in gold)
            c[lang, "right"] += sum(any(_overlaps(f, g) for g in gold) for f in found)
            hits = [h for h in report.hits if h.level == "hit"]
            for start, end, pid in record["listed"]:
                c["listed"] += 1
                c["listed_hit"] += any(_overlaps((start, end), (h.start, h.end)) and pid in h.person_ids for h in hits)
            c["false_hits"] += sum(
                not any(_overlaps((s, e), (h.start, h.end)) and pid in h.person_ids for s, e, pid in record["listed"])
                for h in hits
            )
            named = {p for h in report.hits for p in h.person_ids}
            said = {record["text"][s:e] for s, e, pid in record["listed"] if pid in named}  # as the text wrote them
            c["leaks"] += sum(any(_written(name, s.text) for name in said) for s in report.suggestions)
    return counts


@pytest.mark.parametrize("half", PERSON_FLOOR)
def test_person_precision_and_recall_in_each_language(scored, half):
    c = scored[half]
    shares = {lang: (c[lang, "right"] / c[lang, "found"], c[lang, "recalled"] / c[lang, "gold"]) for lang in LANGS}
    print(half, {lang: f"P {p:.3f} R {r:.3f}" for lang, (p, r) in shares.items()})
    precision, recall = PERSON_FLOOR[half]
    assert all(p >= precision and r >= recall for p, r in shares.values()), shares


@pytest.mark.parametrize("half", PERSON_FLOOR)
def test_each_text_is_taken_for_its_language(scored, half):
    c = scored[half]
    assert all(c[lang, "language"] >= 29 for lang in LANGS), {lang: c[lang, "language"] for lang in LANGS}


@pytest.mark.parametrize("half", PERSON_FLOOR)
def test_listed_people_are_hits_and_few_others_are(scored, half):
    c = scored[half]
    print(half, f"listed at level hit {c['listed_hit']}/{c['listed']}, false hits {c['false_hits']}")
    assert c["listed_hit"] / c["listed"] >= HIT_RECALL_FLOOR
    assert c["false_hits"] <= MAX_FALSE_HITS


def test_suggestions_name_no_person_the_scan_found(scored):
    # At most one on the tune half: "rose et moi ...", a listed Rose in lowercase, which no rule reads as a name.
    # None on the test half (the bar), whose misses are not read: a failure says only that one is back.
    print({half: c["leaks"] for half, c in scored.items()})
    assert scored["tune"]["leaks"] <= 1 and scored["test"]["leaks"] == 0
