"""The library API beside the CLI: scan_texts, scan_frame, and scan_frame through Dask finding the CLI's hits."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

import captionscan
from captionscan import scan
from captionscan.cli import app
from captionscan.errors import InputError
from captionscan.match import Matcher, load_optout
from captionscan.read import read_paths
from captionscan.records import TextUnit

DATA = Path(__file__).parent.parent / "data"
DEMO = [DATA / "demo_instagram.zip", DATA / "demo_facebook.zip"]
OPTOUT = DATA / "demo_optout.csv"
TEXTS = ["Hochzeit mit Lena Vogt am Tegernsee", "Nichts zu sehen hier", "Lenas Hochzeit", "Danke @lena.vogt!"]


def demo_units() -> list[TextUnit]:
    return [u for u in read_paths(DEMO) if isinstance(u, TextUnit)]


def cli_hits() -> set[tuple]:
    """(member, index, field, person_ids, start, end, rule, level) of every hit `captionscan scan` reports, the ids
    `;`-joined as in a frame."""
    result = CliRunner().invoke(app, ["scan", *map(str, DEMO), "--optout", str(OPTOUT), "--format", "jsonl", "-q"])
    assert result.exit_code == 1, result.output
    units = [json.loads(line) for line in result.stdout.splitlines()]
    return {
        (u["source"]["member"], u["source"]["index"], u["source"]["field"], ";".join(h["person_ids"]))
        + tuple(h[k] for k in HIT_KEYS[1:])
        for u in units
        for h in u["optout_hits"]
    }


HIT_KEYS = ("person_ids", "start", "end", "rule", "level")


@pytest.mark.parametrize("optout", [OPTOUT, str(OPTOUT), Matcher(load_optout(OPTOUT))], ids=["path", "str", "matcher"])
def test_scan_texts_gives_one_report_per_text_in_order(optout):
    reports = list(captionscan.scan_texts(iter(TEXTS), optout))
    assert [r.unit.text for r in reports] == TEXTS
    assert [r.unit.source.index for r in reports] == [0, 1, 2, 3]
    assert [{(h.person_ids, h.level) for h in r.hits} for r in reports] == [
        {(("optout-001",), "hit")},
        set(),
        {(("optout-001",), "review")},
        {(("optout-001",), "hit")},
    ]
    assert reports[0].best_rewrite == "Hochzeit am Tegernsee"


def test_scan_texts_refuses_what_is_no_text():
    with pytest.raises(TypeError, match="strings"):
        list(captionscan.scan_texts(["ok", None], OPTOUT))


def test_scan_frame_indexes_hits_by_their_row():
    frame = pd.DataFrame({"caption": TEXTS, "post": list("abcd")}, index=[10, 11, 12, 13])
    hits = captionscan.scan_frame(frame, OPTOUT, column="caption")
    columns = ["person_ids", "start", "end", "text", "rule", "level", "score", "suggestion", "safe"]
    assert list(hits.columns) == columns
    assert list(hits.index) == [10, 12, 13]
    assert list(frame.join(hits, how="inner")["post"]) == ["a", "c", "d"]
    assert hits.loc[10, "text"] == "Lena Vogt" and hits.loc[10, "suggestion"] == "Hochzeit am Tegernsee"
    assert hits.loc[10, "safe"]  # what `check --fix` would write
    assert hits["start"].dtype == "int64" and hits["score"].dtype == "float64"


def test_scan_frame_reads_an_empty_cell_as_an_empty_text():
    """A scheduled post without text yet: pandas reads the cell as NaN."""
    frame = pd.DataFrame({"text": ["Hochzeit von Lena Vogt", None, float("nan")]})
    assert list(captionscan.scan_frame(frame, OPTOUT).index) == [0]


def test_a_session_without_warn_warns_as_python_does(tmp_path):
    """At the caller's line, as a library's warnings point: not at captionscan's own code."""
    path = tmp_path / "l.csv"
    path.write_text("name,Klasse\nLena Vogt,x\n", encoding="utf-8")
    with pytest.warns(UserWarning, match="column 'Klasse' is not used") as caught:
        captionscan.Session.open(path)
    assert caught[0].filename == __file__


def test_a_session_takes_days_as_dates_or_iso_strings_and_says_what_else_is_wrong():
    assert captionscan.Session.open(OPTOUT, since="2025-06-01").since == date(2025, 6, 1)
    with pytest.raises(InputError, match=r"since: '01\.06\.2025' is no date: write it as YYYY-MM-DD"):
        captionscan.Session.open(OPTOUT, since="01.06.2025")


def test_scan_frame_without_the_text_column_says_which_to_pass():
    with pytest.raises(InputError, match="no column 'text' \\(it has 'caption'\\): pass the texts' column as column="):
        captionscan.scan_frame(pd.DataFrame({"caption": ["Lena Vogt"]}), OPTOUT)


def test_scan_frame_of_a_frame_without_hits_is_empty_with_the_same_columns_and_types():
    hits = captionscan.scan_frame(pd.DataFrame({"text": ["Nichts hier"]}), OPTOUT)
    found = captionscan.scan_frame(pd.DataFrame({"text": TEXTS}), OPTOUT)
    assert hits.empty and list(hits.columns) == list(found.columns)
    assert dict(hits.dtypes) == dict(found.dtypes)  # Dask's meta: "safe" is bool on both


def test_scan_frame_takes_a_series_a_number_in_a_text_column_and_refuses_a_column_of_numbers():
    posts = pd.DataFrame({"caption": ["Danke Lena Vogt!", 2024, None], "likes": [3, 4, 5]})
    assert list(captionscan.scan_frame(posts["caption"], OPTOUT)["text"]) == ["Lena Vogt"]
    assert list(captionscan.scan_frame(posts, OPTOUT, column="caption").index) == [0]
    with pytest.raises(InputError, match="column 'likes' holds no texts .*: pass the texts' column as column="):
        captionscan.scan_frame(posts, OPTOUT, column="likes")


def test_worker_processes_give_the_same_reports_in_order(monkeypatch):
    monkeypatch.setattr(scan, "BATCH_UNITS", 4)  # the demo's 37 units in 10 batches: enough to start workers
    units = demo_units()
    matcher = Matcher(load_optout(OPTOUT))
    assert list(scan.scan_units(units, matcher, processes=2)) == list(scan.scan_units(units, matcher))


def test_scan_frame_through_dask_finds_exactly_the_cli_hits():
    import dask.dataframe as dd  # in the test extra, so that CI runs this rather than skipping it

    units = demo_units()
    frame = pd.DataFrame(
        {
            "member": [u.source.member for u in units],
            "index": pd.Series([u.source.index for u in units], dtype=object),  # an album's own text has none
            "field": [u.source.field for u in units],
            "text": [u.text for u in units],
        }
    )
    parts = dd.from_pandas(frame, npartitions=3)
    matcher = Matcher(load_optout(OPTOUT))
    meta = captionscan.scan_frame(frame.iloc[:0], matcher)
    hits = parts.map_partitions(captionscan.scan_frame, matcher, meta=meta).compute(scheduler="processes")
    found = frame.drop(columns="text").join(hits, how="inner")
    assert parts.npartitions == 3
    assert {tuple(row) for row in found[["member", "index", "field", *HIT_KEYS]].itertuples(index=False)} == cli_hits()


DASK_THREADS = """
import sys
import dask.dataframe as dd, pandas as pd, captionscan
session = captionscan.Session.open(sys.argv[1])
frame = pd.DataFrame({"text": ["Hochzeit mit Lena Vogt", "Danke @lena.vogt!", "Nichts", "Lenas Hochzeit"] * 4})
parts = dd.from_pandas(frame, npartitions=4)
meta = captionscan.scan_frame(frame.iloc[:0], session)
print(len(parts.map_partitions(captionscan.scan_frame, session, meta=meta).compute(scheduler="threads")))
"""


def test_scan_frame_through_dask_threads_loads_spacy_once(tmp_path):
    """Dask's default scheduler scans partitions in threads at once: spaCy's first import in each of them had failed
    half-way ("partially initialized module 'spacy.language'"). A fresh process, so that spaCy is not imported yet,
    run outside the source tree, so that it imports the installed package with its models."""
    run = subprocess.run(
        [sys.executable, "-c", DASK_THREADS, str(OPTOUT)], cwd=tmp_path, capture_output=True, text=True, timeout=300
    )
    assert (run.returncode, run.stdout) == (0, "12\n"), run.stderr[-2000:]


def test_the_lazy_api_is_listed_and_a_list_of_columns_is_refused_in_one_line():
    assert {"Session", "scan_frame", "scan_texts"} <= set(dir(captionscan))
    with pytest.raises(InputError, match="no column name: scan one column a call"):
        captionscan.scan_frame(pd.DataFrame({"copy": ["Danke Lena Vogt"]}), OPTOUT, column=["copy"])
