"""The first suggestion against the independent rewrite sets (see data/eval/rewrites/GUIDE.md): the share that
matches an editor's rewrite, on the first set's tune half (even ids, which the rules were written from) and test
half (odd ids, which are only ever scored), on the second and third tune sets (data/eval/tune/rewrites_more.jsonl,
rewrites_third.jsonl) and the second to fourth test sets (data/eval/test/rewrites_test2.jsonl to rewrites_test4.jsonl),
and that no suggestion names a redacted person the scan found.

NOTE: the test half and the test set are never printed or looked at, only counted; a failing assertion names no
record of them."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

import captionscan

EVAL = Path(__file__).parent.parent / "data" / "eval"
SET = EVAL / "rewrites"
# Each set's records and opt-out list, and which of its records it holds (the first set is split in halves).
SETS = {
    "tune": (SET / "rewrites.jsonl", SET / "optout.csv", "tune"),
    "test": (SET / "rewrites.jsonl", SET / "optout.csv", "test"),
    "more": (EVAL / "tune" / "rewrites_more.jsonl", EVAL / "tune" / "rewrites_more_optout.csv", None),
    "test2": (EVAL / "test" / "rewrites_test2.jsonl", EVAL / "test" / "rewrites_test2_optout.csv", None),
    "third": (EVAL / "tune" / "rewrites_third.jsonl", EVAL / "tune" / "rewrites_third_optout.csv", None),
    "test3": (EVAL / "test" / "rewrites_test3.jsonl", EVAL / "test" / "rewrites_test3_optout.csv", None),
    "test4": (EVAL / "test" / "rewrites_test4.jsonl", EVAL / "test" / "rewrites_test4_optout.csv", None),
}
# The shares reached when the rules were last changed, less a small margin for other changes in matching.
FLOOR = {"tune": 0.68, "test": 0.59, "more": 0.69, "test2": 0.57, "third": 0.56, "test3": 0.43, "test4": 0.55}
# Suggestions that still name a redacted person the scan found, by the set's checker: on the third test set, one
# suggestion keeps a first name or surname (counted, never read; three before the line-up and account rules). Equal,
# so that a fix or a new leak updates this line.
KNOWN_LEAKS = {"test3": 1}


def _checker():
    spec = importlib.util.spec_from_file_location("check_set", SET / "check_set.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _half(record: dict) -> str:
    return "tune" if int(record["id"].rsplit("-", 1)[1]) % 2 == 0 else "test"


@pytest.fixture(scope="module")
def scored():
    """Per set: first suggestions matching an editor's, records, and suggestions naming a person the scan
    redacted."""
    check = _checker()
    counts = {name: {"good": 0, "all": 0, "leaks": 0} for name in SETS}
    for name, (path, optout, half) in SETS.items():
        people = check.load_optout(str(optout))
        session = captionscan.Session.open(optout)
        records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
        for record in (r for r in records if half is None or _half(r) == half):
            lang = "auto" if record["lang"] == "mixed" else record["lang"]
            (report,) = captionscan.scan_texts([record["text"]], session, lang=lang)
            first = report.best_rewrite
            if record["nothing_left"]:
                good = not first
            else:
                good = check.normalise(first) in {check.normalise(r) for r in record["rewrites"]}
            found = {p for h in report.hits for p in h.person_ids} & set(record["redact"])
            leaks = [
                s
                for s in report.suggestions
                for p in (people[i] for i in found)
                if check.word_hits(s.text, p["parts"])
                or check.handle_hits(s.text, p["handles"])
                or any(check.hashtag_names_person(tag, p["parts"]) for tag in check.hashtags(s.text))
            ]
            counts[name]["good"] += good
            counts[name]["all"] += 1
            counts[name]["leaks"] += len(leaks)
    return counts


def test_the_share_of_first_suggestions_an_editor_wrote_on_each_set(scored):
    shares = {half: c["good"] / c["all"] for half, c in scored.items()}
    print(", ".join(f"{half}: {c['good']}/{c['all']} = {shares[half]:.3f}" for half, c in scored.items()))
    for half, floor in FLOOR.items():
        assert shares[half] >= floor, f"{half} half: {shares[half]:.3f} < {floor}"


def test_no_suggestion_names_a_redacted_person(scored):
    assert {name: c["leaks"] for name, c in scored.items()} == {**dict.fromkeys(SETS, 0), **KNOWN_LEAKS}
