"""The first suggestion against the independent rewrite set (data/eval/rewrites, see its GUIDE.md): the share an
editor would publish, on the tune half (even ids, which the rules were written from) and the test half (odd ids,
which are only ever scored), and that no suggestion names a redacted person the scan found.

NOTE: the test half is never printed or looked at, only counted; a failing assertion names no record of it."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

import captionscan

SET = Path(__file__).parent.parent / "data" / "eval" / "rewrites"
# The shares reached when the rules were last changed, less a small margin for other changes in matching.
FLOOR = {"tune": 0.63, "test": 0.43}


def _checker():
    spec = importlib.util.spec_from_file_location("check_set", SET / "check_set.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _half(record: dict) -> str:
    return "tune" if int(record["id"].rsplit("-", 1)[1]) % 2 == 0 else "test"


@pytest.fixture(scope="module")
def scored():
    """Per half: publishable first suggestions, records, and suggestions naming a person the scan redacted."""
    check = _checker()
    people = check.load_optout(str(SET / "optout.csv"))
    session = captionscan.Session.open(SET / "optout.csv")
    records = [json.loads(line) for line in (SET / "rewrites.jsonl").read_text(encoding="utf-8").splitlines()]
    counts = {half: {"good": 0, "all": 0, "leaks": 0} for half in FLOOR}
    for record in records:
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
        half = counts[_half(record)]
        half["good"] += good
        half["all"] += 1
        half["leaks"] += len(leaks)
    return counts


def test_the_share_of_publishable_first_suggestions_on_each_half(scored):
    shares = {half: c["good"] / c["all"] for half, c in scored.items()}
    print(", ".join(f"{half}: {c['good']}/{c['all']} = {shares[half]:.3f}" for half, c in scored.items()))
    for half, floor in FLOOR.items():
        assert shares[half] >= floor, f"{half} half: {shares[half]:.3f} < {floor}"


def test_no_suggestion_names_a_redacted_person(scored):
    assert {half: c["leaks"] for half, c in scored.items()} == dict.fromkeys(FLOOR, 0)
