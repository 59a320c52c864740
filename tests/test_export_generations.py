"""Every export generation and app: each listed person in each text field is reported where it was written.

The archives come from Meta's documented export layouts (tests/build_exports.py), not from captionscan's readers,
so a missing finding here means a reader does not read that field (or puts it at another member, index or field).
`test_unit_texts_name_exactly_the_expected_people` checks the same texts without any reader, so a failure in the
archive tests cannot come from the matcher.
"""

from __future__ import annotations

import json
import zipfile
from collections import Counter
from pathlib import Path

import pytest
from build_exports import ARCHIVE_NAMES, build_all
from typer.testing import CliRunner

import captionscan
from captionscan.cli import app
from captionscan.match import Matcher, load_optout

Key = tuple[str, int | None, str, str]  # member, index, field, person


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict:
    return build_all(tmp_path_factory.mktemp("exports"))


@pytest.fixture(scope="session")
def reports(built: dict, tmp_path_factory: pytest.TempPathFactory):
    """One `captionscan scan --format jsonl` per archive, run once per session and cached."""
    cache: dict[str, list[dict]] = {}
    outdir = tmp_path_factory.mktemp("reports")

    def report(name: str) -> list[dict]:
        if name not in cache:
            out = outdir / f"{name}.jsonl"
            archive = built["archives"][name]["path"]
            args = ["scan", str(archive), "--optout", str(built["optout"]), "--format", "jsonl", "-o", str(out), "-q"]
            result = CliRunner().invoke(app, args)
            # 0: no hit, 1: hits, 2: part of the input skipped (still reported); anything else is a crash.
            assert result.exit_code in (0, 1, 2) and out.exists(), (result.exit_code, result.output, result.exception)
            cache[name] = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines() if line]
        return cache[name]

    return report


def found_hits(units: list[dict]) -> list[tuple[Key, str | None]]:
    """(member, index, field, person) and the unit's id for every `hit` in a report."""
    return [
        ((u["source"]["member"], u["source"]["index"], u["source"]["field"], hit["person_ids"][0]), u["source"]["id"])
        for u in units
        for hit in u["optout_hits"]
        if hit["level"] == "hit"
    ]


def missed(expected: list, units: list[dict]) -> list:
    """Expected findings with no matching hit; where a finding carries an id (media.json), the id must match too."""
    hits = found_hits(units)
    keys, with_id = {k for k, _ in hits}, set(hits)
    return [
        f
        for f in expected
        if ((f.member, f.index, f.field, f.person), f.id) not in with_id
        and (f.id is not None or (f.member, f.index, f.field, f.person) not in keys)
    ]


@pytest.mark.parametrize("name", ARCHIVE_NAMES)
def test_every_listed_person_in_every_field_is_reported(built, reports, name):
    """Every (member, index, field, person) the archive's texts name is a hit at exactly that place."""
    expected = built["archives"][name]["findings"]
    misses = missed(expected, reports(name))
    assert not misses, f"{name}: {len(misses)} of {len(expected)} missed: " + "; ".join(
        f"{f.member} [{f.index}] {f.field} {f.person}" for f in misses
    )


@pytest.mark.parametrize("name", ARCHIVE_NAMES)
def test_no_hit_where_nobody_listed_was_named(built, reports, name):
    """A hit outside the expected places is a misread field, a wrong index, or a namesake taken for the person."""
    expected = {(f.member, f.index, f.field, f.person) for f in built["archives"][name]["findings"]}
    extra = sorted({key for key, _ in found_hits(reports(name)) if key not in expected}, key=str)
    assert not extra, f"{name}: unexpected hits {extra}"


def test_recall_over_all_archives(built, reports):
    """Overall recall of the expected findings, so one unread field in one generation shows as a number."""
    total, misses = 0, Counter()
    for name in ARCHIVE_NAMES:
        expected = built["archives"][name]["findings"]
        total += len(expected)
        for f in missed(expected, reports(name)):
            misses[(name, f.field)] += 1
    recall = 1 - sum(misses.values()) / total
    assert recall >= 0.99, f"recall {recall:.3f} over {total} findings; missed per (archive, field): {dict(misses)}"


def test_unit_texts_name_exactly_the_expected_people(built):
    """The fixture texts themselves, without a reader: each names as hits exactly the people its template names."""
    matcher = Matcher(load_optout(Path(built["optout"])))
    texts = [pair for a in built["archives"].values() for pair in a["texts"]]
    wrong = [
        (text, people, sorted({h.person_ids[0] for h in report.hits if h.level == "hit"}))
        for (text, people), report in zip(texts, captionscan.scan_texts([t for t, _ in texts], matcher), strict=True)
        if sorted(people) != sorted({h.person_ids[0] for h in report.hits if h.level == "hit"})
    ]
    assert not wrong, wrong


def test_archives_are_written_with_meta_mojibake(built):
    """Non-ASCII text must arrive as one \\u00XX escape per UTF-8 byte, as Meta writes it, or no repair is tested."""
    with zipfile.ZipFile(built["archives"]["instagram_2020"]["path"]) as z:
        raw = z.read("media.json").decode("ascii")
    assert "K\\u00c3\\u00bcrschner" in raw and "\\u00f0\\u009f\\u008e\\u0089" in raw
