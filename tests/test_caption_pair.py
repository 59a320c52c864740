"""The second pair of caption sets (Dutch, French, German, English and mixed): `data/eval/tune/more.jsonl`, which
rules may be written from, and `data/eval/test/more_test.jsonl`, written afterwards and only ever counted. Each has
its own opt-out list. Scored as models/README.md reports them: listed people found at level hit, false hits,
suggestions that still name a found person as the caption wrote them, PERSON redaction recall and overlap precision.

NOTE: the test set is never printed or looked at, only counted; a failing assertion names no record of it."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
import regex

import captionscan
from captionscan.evaluate import evaluate

EVAL = Path(__file__).parent.parent / "data" / "eval"
SETS = {
    "tune": (EVAL / "tune" / "more.jsonl", EVAL / "tune" / "more_optout.csv"),
    "test": (EVAL / "test" / "more_test.jsonl", EVAL / "test" / "more_test_optout.csv"),
}
# The figures reached when the rules were last changed, less a small margin for other changes.
HIT_FLOOR = {"tune": 0.97, "test": 0.96}
MAX_FALSE_HITS = {"tune": 1, "test": 8}
MAX_LEAKS = {"tune": 1, "test": 2}
PERSON_FLOOR = {"tune": (0.82, 0.75), "test": (0.80, 0.73)}  # redaction recall, overlap precision


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


@pytest.fixture(scope="module")
def scored() -> dict[str, Counter]:
    counts = {}
    for half, (records_path, optout) in SETS.items():
        records = [json.loads(line) for line in records_path.read_text(encoding="utf-8").splitlines()]
        session = captionscan.Session.open(optout)
        c = Counter()
        for record, report in zip(records, captionscan.scan_texts([r["text"] for r in records], session), strict=True):
            listed = record["listed"]
            hits = [h for h in report.hits if h.level == "hit"]
            c["listed"] += len(listed)
            c["hit"] += sum(
                any(_overlaps((s, e), (h.start, h.end)) and pid in h.person_ids for h in hits) for s, e, pid in listed
            )
            c["false_hits"] += sum(
                not any(_overlaps((s, e), (h.start, h.end)) and pid in h.person_ids for s, e, pid in listed)
                for h in hits
            )
            named = {p for h in report.hits for p in h.person_ids}
            said = {record["text"][s:e] for s, e, pid in listed if pid in named}
            c["leaks"] += sum(
                any(regex.search(rf"(?<![\w@#]){regex.escape(n)}(?!\w)", s.text) for n in said)
                for s in report.suggestions
            )
        counts[half] = c
    return counts


@pytest.mark.parametrize("half", SETS)
def test_listed_people_are_hits_with_few_false_hits_and_leaks(scored, half):
    c = scored[half]
    print(half, f"hits {c['hit']}/{c['listed']}, false hits {c['false_hits']}, leaks {c['leaks']}")
    assert c["hit"] / c["listed"] >= HIT_FLOOR[half]
    assert c["false_hits"] <= MAX_FALSE_HITS[half]
    assert c["leaks"] <= MAX_LEAKS[half]


@pytest.mark.parametrize("half", SETS)
def test_people_are_found_as_the_model_readme_says(half):
    report = evaluate(SETS[half][0]).as_dict()
    recall, precision = report["redaction_recall"], report["overlap"]["PERSON"]["p"]
    print(half, f"PERSON redaction recall {recall:.3f}, overlap precision {precision:.3f}")
    assert recall >= PERSON_FLOOR[half][0] and precision >= PERSON_FLOOR[half][1]
