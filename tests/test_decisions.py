"""Decisions made in the report stick: `scan --decisions` leaves out exactly the decided findings and counts them,
an edited caption is checked afresh, the file names nobody; `--since` / `--until` scan one stretch of dated posts."""

from __future__ import annotations

import csv
import json
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from typer.testing import CliRunner

from captionscan import Session
from captionscan.cli import app
from captionscan.decisions import Decisions, read_decisions
from captionscan.errors import InputError
from captionscan.records import Summary

DATA = Path(__file__).parent.parent / "data"
DEMO = [DATA / "demo_instagram.zip", DATA / "demo_facebook.zip"]
OPTOUT = DATA / "demo_optout.csv"


@pytest.fixture(scope="module")
def session() -> Session:
    return Session.open(OPTOUT)


@pytest.fixture(scope="module")
def found(session) -> list:
    return [r for r in session.scan(DEMO) if r.hits]


def _decide(session: Session, reports, every: int) -> Decisions:
    """Decisions on every `every`-th finding, of each kind in turn, with the session's key (as the page makes them)."""
    pairs = [(r.unit, h) for r in reports for h in r.hits][::every]
    kinds = ("fixed", "keep", "not_this_person")
    marks = {session.decisions.fingerprint(u, h): kinds[i % 3] for i, (u, h) in enumerate(pairs)}
    return replace(session.decisions, marks=marks)


def _findings(reports) -> set[tuple]:
    s = ((r.unit.source, h) for r in reports for h in r.hits)
    return {(source.location, source.index, source.field, h.start, h.person_ids) for source, h in s}


def test_decided_findings_leave_the_next_scan_and_are_counted(tmp_path, session, found):
    decisions = _decide(session, found, every=3)
    path = tmp_path / "captionscan-decisions.json"
    path.write_text(decisions.to_json(), encoding="utf-8")
    summary = Summary()
    again = list(Session.open(OPTOUT, decisions=path).scan(DEMO, summary))
    decided = {
        (r.unit.source.location, r.unit.source.index, r.unit.source.field, h.start, h.person_ids)
        for r in found
        for h in r.hits
        if decisions.fingerprint(r.unit, h) in decisions.marks
    }
    assert len(decided) == len(decisions.marks) >= 3
    assert _findings(again) == _findings(found) - decided
    assert summary.decided == len(decided)
    assert summary.hits == sum(len(r.hits) for r in found) - len(decided)
    args = ["scan", *map(str, DEMO), "--optout", str(OPTOUT), "--decisions", str(path), "--format", "json", "-q"]
    assert json.loads(CliRunner().invoke(app, args).stdout)["summary"]["decided"] == len(decided)


def test_an_edited_caption_is_checked_afresh(tmp_path, session, found):
    decisions = _decide(session, found, every=1)
    units = [r.unit for r in found]
    edited = [replace(u, text=u.text + " 📷") for u in units]
    decided = Session.open(OPTOUT)
    decided = replace(decided, suppression=replace(decided.suppression, decisions=decisions))
    assert not any(r.hits for r in decided.scan_texts(units))
    assert _findings(decided.scan_texts(edited)) == _findings(found)


def test_the_file_names_nobody(session, found):
    text = _decide(session, found, every=1).to_json()
    with OPTOUT.open(encoding="utf-8") as f:
        listed = [value for row in csv.DictReader(f) for key, value in row.items() if key != "id" and value]
    words = {w.strip("@").lower() for value in listed for w in value.split() if len(w) > 2}
    caption_words = {w.lower() for r in found for w in r.unit.text.split() if len(w) > 3}
    assert words and caption_words
    assert not [w for w in words | caption_words if w in text.lower()]
    assert set(json.loads(text)) == {"format", "version", "key", "decisions"}


def test_the_settings_name_the_decisions_file(tmp_path, session, found, monkeypatch):
    (tmp_path / "captionscan-decisions.json").write_text(_decide(session, found, every=2).to_json(), encoding="utf-8")
    (tmp_path / ".captionscan.toml").write_text(
        f'optout = "{OPTOUT.as_posix()}"\ndecisions = "captionscan-decisions.json"\n', encoding="utf-8"
    )
    summary = Summary()
    list(Session.open(settings=tmp_path).scan(DEMO, summary))
    assert summary.decided == len(_decide(session, found, every=2).marks)


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (None, "no such decisions file"),
        ("{not json", "not a decisions file (not JSON)"),
        ('{"format": "something else"}', "not a decisions file"),
        ('{"format": "captionscan decisions", "key": "00", "decisions": {}}', "has no valid 'key'"),
        ('{"format": "captionscan decisions", "key": "' + "0" * 64 + '", "decisions": {"ab": "keep"}}', "must map"),
        (
            '{"format": "captionscan decisions", "key": "' + "0" * 64 + '", "decisions": {"' + "a" * 32 + '": "ok"}}',
            "must map",
        ),
    ],
)
def test_a_bad_decisions_file_is_one_line_naming_the_fix(tmp_path, content, problem):
    path = tmp_path / "captionscan-decisions.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError) as error:
        read_decisions(path)
    assert problem in str(error.value) and str(path) in str(error.value) and "\n" not in str(error.value)
    result = CliRunner().invoke(app, ["scan", str(DEMO[0]), "--optout", str(OPTOUT), "--decisions", str(path)])
    assert result.exit_code == 2 and problem in result.output and "Traceback" not in result.output


def _day(report) -> date | None:
    ts = report.unit.source.timestamp
    return None if ts is None else datetime.fromtimestamp(ts, UTC).date()


def test_since_and_until_scan_one_stretch_of_dated_posts(session, found):
    since, until = date(2024, 5, 20), date(2024, 5, 29)
    window = list(replace(session, since=since, until=until).scan(DEMO))
    days = {_day(r) for r in window}
    assert None in days  # the undated bio is always scanned
    assert {d for d in days if d} and all(since <= d <= until for d in days if d)
    expected = {
        (r.unit.source.location, r.unit.source.field, r.unit.source.index)
        for r in found
        if _day(r) is None or since <= _day(r) <= until
    }
    assert {(r.unit.source.location, r.unit.source.field, r.unit.source.index) for r in window if r.hits} == expected
    assert len(expected) < len(found)


def test_the_cli_takes_days_and_refuses_a_reversed_stretch(tmp_path):
    base = ["scan", *map(str, DEMO), "--optout", str(OPTOUT), "--format", "json", "-q"]
    whole = CliRunner().invoke(app, base)
    june = CliRunner().invoke(app, [*base, "--since", "2024-06-01", "--until", "2024-06-30"])
    assert whole.exit_code == june.exit_code == 1
    assert json.loads(whole.stdout)["summary"]["decided"] == 0
    assert 0 < june.output.count('"person_ids"') < whole.output.count('"person_ids"')
    reversed_ = CliRunner().invoke(app, [*base, "--since", "2024-06-30", "--until", "2024-06-01"])
    assert reversed_.exit_code == 2 and "swap the dates" in reversed_.output
    bad = CliRunner().invoke(app, [*base, "--since", "1.6.2024"])
    assert bad.exit_code == 2


def test_a_decisions_file_of_another_report_is_warned_about(tmp_path, session, found):
    """Decisions made on another export's report match nothing here: the run says so rather than look clean."""
    other = replace(Decisions(), marks={"0" * 32: "keep", "1" * 32: "fixed"})
    path = tmp_path / "captionscan-decisions.json"
    path.write_text(other.to_json(), encoding="utf-8")
    result = CliRunner().invoke(app, ["scan", *map(str, DEMO), "--optout", str(OPTOUT), "--decisions", str(path), "-q"])
    assert result.exit_code == 1
    assert f"captionscan: warning: {path}: none of its 2 decisions is on a finding of this run" in result.stderr
    mine = _decide(session, found, every=3)
    path.write_text(mine.to_json(), encoding="utf-8")
    result = CliRunner().invoke(app, ["scan", *map(str, DEMO), "--optout", str(OPTOUT), "--decisions", str(path), "-q"])
    assert "none of its" not in result.stderr
