"""One Session behind every way in: the CLI, Session.scan, scan_texts, scan_frame and scan_frame through Dask find
the same people on the demo archives and a draft, with a hashed list, the settings file's allow list, an allow
marker in the draft and an ignore file."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

import captionscan
from captionscan.cli import app
from captionscan.session import Session
from captionscan.suppress import IGNORE_FILE

DATA = Path(__file__).parent.parent / "data"
DRAFT = (
    "<!-- captionscan: allow Jonas Müller -->\n"
    "Hochzeit von Jonas Müller und Lena Vogt am Tegernsee 💍\n"
    "Danke @clara.vh und Mia Kowalski fürs Helfen!\n"
)
HIT = ("location", "person_ids", "start", "end", "rule", "level")


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    """A working directory as a studio keeps it: the exports, a draft, a hashed list and its key named in the
    settings with an allow list, and an ignore file holding some of the findings."""
    work = tmp_path_factory.mktemp("studio")
    for name in ("demo_instagram.zip", "demo_facebook.zip"):
        shutil.copy(DATA / name, work / name)
    (work / "draft.md").write_text(DRAFT, encoding="utf-8")
    with _cwd(work):
        hashed = CliRunner().invoke(
            app, ["optout", "hash", str(DATA / "demo_optout.csv"), "--key-file", "list.key", "-o", "list.csv"]
        )
        assert hashed.exit_code == 0, hashed.output
        (work / ".captionscan.toml").write_text(
            'optout = "list.csv"\nkey_file = "list.key"\nallow = ["@mia.k_photo"]\n', encoding="utf-8"
        )
        updated = CliRunner().invoke(app, ["check", "demo_facebook.zip", "--update-ignore"])
        assert updated.exit_code == 3, updated.output
    return work


class _cwd:
    def __init__(self, path: Path):
        self.path, self.old = path, Path.cwd()

    def __enter__(self):
        os.chdir(self.path)

    def __exit__(self, *_):
        os.chdir(self.old)


INPUTS = ["demo_instagram.zip", "demo_facebook.zip", "draft.md"]


def _hit(location: str, hit: dict) -> tuple:
    return (location, ";".join(hit["person_ids"]), hit["start"], hit["end"], hit["rule"], hit["level"])


def _found(reports) -> set[tuple]:
    return {_hit(r.unit.source.location, {**h.__dict__, "person_ids": h.person_ids}) for r in reports for h in r.hits}


@pytest.fixture(scope="module")
def cli_findings(folder) -> set[tuple]:
    with _cwd(folder):
        result = CliRunner().invoke(app, ["scan", *INPUTS, "--format", "jsonl", "-q"])
    assert result.exit_code == 1, result.output
    units = [json.loads(line) for line in result.stdout.splitlines()]
    found = set()
    for u in units:
        source = u["source"]
        location = source["path"] if source["member"] is None else f"{source['path']}:{source['member']}"
        found |= {_hit(location, h) for h in u["optout_hits"]}
    return found


@pytest.fixture(scope="module")
def session(folder) -> Session:
    with _cwd(folder):  # the exports are named relative to the folder, as on the command line
        return Session.open(settings=folder, ignore=folder / IGNORE_FILE)


def test_the_setup_leaves_some_findings_out_for_each_reason(folder, cli_findings, session):
    """Otherwise the comparisons below could not tell a session that ignores allow lists or the ignore file."""
    plain = Session.open(DATA / "demo_optout.csv")
    with _cwd(folder):
        everything = _found(plain.scan(INPUTS))
    left_out = everything - cli_findings
    assert {f for f in left_out if f[0] == "draft.md"} >= {
        f for f in everything if f[0] == "draft.md" and f[1] in ("optout-002", "optout-005")
    }  # the marker's Jonas Müller and the settings' @mia.k_photo
    assert any(f[0].startswith("demo_facebook.zip") for f in left_out)  # the ignore file's findings
    assert any(f[0].startswith("demo_instagram.zip") and f[1] == "optout-005" for f in left_out)  # allowed anywhere
    kept = {f for f in everything if f[0].startswith("demo_instagram.zip") and f[1] != "optout-005"}
    assert {f for f in kept if f[4] != "fuzzy"} <= cli_findings  # nothing else goes, but near misses (plain only)
    assert any(f[0] == "draft.md" and f[1] == "optout-001" for f in cli_findings)
    assert all(f[1] != "optout-005" for f in cli_findings)


def test_session_scan_finds_what_the_cli_finds(folder, cli_findings, session):
    with _cwd(folder):
        assert _found(session.scan(INPUTS)) == cli_findings


def test_scan_texts_of_the_read_units_finds_what_the_cli_finds(folder, cli_findings, session):
    with _cwd(folder):
        units = list(captionscan.read_units(INPUTS))
    assert _found(captionscan.scan_texts(units, session)) == cli_findings


def _frame_findings(frame, hits) -> set[tuple]:
    joined = frame.drop(columns=["text", "gps"]).join(hits, how="inner")
    return {
        _hit(
            f"{row.path}:{row.member}" if isinstance(row.member, str) else row.path,
            {"person_ids": row.person_ids.split(";"), "start": row.start, "end": row.end, "rule": row.rule}
            | {"level": row.level},
        )
        for row in joined.itertuples(index=False)
    }


def test_scan_frame_finds_what_the_cli_finds(folder, cli_findings, session):
    with _cwd(folder):
        frame = captionscan.read_frame(INPUTS)
    assert _frame_findings(frame, captionscan.scan_frame(frame, session)) == cli_findings


def test_scan_frame_through_dask_finds_what_the_cli_finds(folder, cli_findings, session):
    import dask.dataframe as dd  # in the test extra, so that CI runs this rather than skipping it

    with _cwd(folder):
        frame = captionscan.read_frame(INPUTS)
    parts = dd.from_pandas(frame, npartitions=3)
    meta = captionscan.scan_frame(frame.iloc[:0], session)
    hits = parts.map_partitions(captionscan.scan_frame, session, meta=meta).compute(scheduler="processes")
    assert parts.npartitions == 3
    assert _frame_findings(frame, hits) == cli_findings
