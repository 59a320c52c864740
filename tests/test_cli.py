"""The command line: exit codes, output contracts, and one-line errors without tracebacks."""

from __future__ import annotations

import csv
import io
import json
import os
import stat
import subprocess
import sys
import zipfile
from pathlib import Path

import pandas as pd
import pytest
import regex
from conftest import meta_json
from rich.console import Console
from typer.testing import CliRunner

from captionscan.cli import app

DATA = Path(__file__).parent.parent / "data"
DEMO = [str(DATA / "demo_instagram.zip"), str(DATA / "demo_facebook.zip")]
OPTOUT = str(DATA / "demo_optout.csv")


@pytest.fixture
def run():
    runner = CliRunner()
    return lambda *args, **kw: runner.invoke(app, [str(a) for a in args], **kw)


def assert_input_error(result, path: str) -> None:
    """Exit 2, exactly one line on stderr naming the file, no traceback."""
    assert result.exit_code == 2, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("captionscan: error: ") and path in lines[0], result.stderr
    assert "Traceback" not in result.stderr + result.stdout


def test_scan_json_report_contract(run):
    result = run("scan", *DEMO, "--optout", OPTOUT, "--format", "json", "-q")
    assert result.exit_code == 1
    report = json.loads(result.stdout)
    assert report["summary"]["units"] == 37 and report["summary"]["skipped"] == 0
    unit = next(u for u in report["units"] if u["optout_hits"])
    assert set(unit) == {"source", "text", "lang", "entities", "optout_hits", "suggestions", "gps"}
    first_post = next(u for u in report["units"] if u["source"]["member"].endswith("posts_1.json"))
    assert unit["gps"] is None and first_post["gps"] == [47.71, 11.76]  # the first post's EXIF
    assert set(unit["source"]) == {"path", "member", "index", "field", "id", "timestamp", "line"}
    assert set(unit["optout_hits"][0]) == {"person_ids", "start", "end", "text", "rule", "level", "score"}
    assert set(unit["suggestions"][0]) == {"strategy", "text", "safe", "action"}
    assert unit["source"]["path"] == DEMO[0]


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "table"])
def test_scan_other_formats_to_a_file(run, tmp_path, fmt):
    out = tmp_path / f"report.{fmt}"
    result = run("scan", *DEMO, "--optout", OPTOUT, "--format", fmt, "--output", out)
    assert result.exit_code == 1 and result.stdout == ""
    text = out.read_text(encoding="utf-8")
    if fmt == "jsonl":
        assert all(json.loads(line)["source"]["path"] in DEMO for line in text.splitlines())
    elif fmt == "csv":
        assert text.startswith(
            "\ufeffpath,member,index,field,id,timestamp,line,person_ids,start,end,text,rule,level,score"
        )
        assert len(pd.read_csv(out)) == 23
    else:
        assert "findings for optout-001" in text and "Opt-out findings" in text
    assert [p.name for p in tmp_path.iterdir()] == [out.name]  # no temporary file left behind


def test_scan_without_hits_exits_0(run, tmp_path):
    draft = tmp_path / "d.txt"
    draft.write_text("Herbst am Schliersee mit Ben 🍂", encoding="utf-8")
    assert run("scan", draft, "--optout", OPTOUT, "-q").exit_code == 0


def test_corrupt_zip(run, tmp_path):
    bad = tmp_path / "export.zip"
    bad.write_bytes(b"PK\x03\x04garbage")
    out = tmp_path / "report.json"
    assert_input_error(run("scan", bad, "--optout", OPTOUT, "--format", "json", "-o", out), str(bad))
    assert not out.exists() and [p.name for p in tmp_path.iterdir()] == ["export.zip"]


def test_unexpected_json_shape(run, tmp_path):
    bad = tmp_path / "posts_1.json"
    bad.write_text('{"something": "else"}')
    assert_input_error(run("scan", bad, "--optout", OPTOUT), str(bad))


def test_optout_list_without_name_column(run, tmp_path):
    bad = tmp_path / "optout.csv"
    bad.write_text("id,vorname\n1,Lena\n")
    result = run("scan", *DEMO, "--optout", bad)
    assert_input_error(result, str(bad))
    assert "'name'" in result.stderr


def test_missing_input(run, tmp_path):
    assert_input_error(run("scan", tmp_path / "nope.zip", "--optout", OPTOUT), str(tmp_path / "nope.zip"))


def test_damaged_member_is_skipped_with_a_warning_and_exit_2(run, make_zip, tmp_path):
    archive = make_zip({"content/posts_1.json": b"[{", "content/posts_2.json": meta_json([{"title": "mit Lena Vogt"}])})
    out = tmp_path / "r.json"
    result = run("scan", archive, "--optout", OPTOUT, "--format", "json", "-o", out)
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        f"captionscan: warning: {archive}: content/posts_1.json, line 1: JSON ends early after line 1 "
        "(a truncated file?); skipped",
        f"Wrote {out}: 1 finding (1 hit, 0 review) in 1 of 1 unit; 1 part skipped (see the warnings).",
    ]
    report = json.loads(out.read_text())
    assert report["summary"]["skipped"] == 1 and report["summary"]["hits_per_person"] == {"optout-001": 1}


EXTRACT_INPUT = [
    "Hochzeit von Lena Vogt am Tegernsee 💍 @studio.sonne #hochzeit",
    "",
    "Golden hour in London with @jack_p and Emily #goldenhour",
    "😍😍😍",
    "mit lena am see\u2028und weiter",
]


@pytest.mark.parametrize("as_jsonl", [False, True])
def test_extract_keeps_its_contract(run, as_jsonl):
    lines = [json.dumps({"text": t, "id": i}) for i, t in enumerate(EXTRACT_INPUT)] if as_jsonl else EXTRACT_INPUT
    result = run("extract", "-", input="\n".join(lines) + "\n")
    assert result.exit_code == 0
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["text"] for o in out] == EXTRACT_INPUT
    for o in out:
        assert set(o) == {"text", "lang", "entities"} and o["lang"] in ("de", "en")
        for e in o["entities"]:
            assert o["text"][e["start"] : e["end"]] == e["text"]
    labels = {(e["label"], e["text"]) for e in out[0]["entities"]}
    assert {("MENTION", "@studio.sonne"), ("HASHTAG", "#hochzeit")} <= labels
    assert out[0]["lang"] == "de" and out[2]["lang"] == "en"
    assert ("MENTION", "@jack_p") in {(e["label"], e["text"]) for e in out[2]["entities"]}


def test_check_reports_line_and_column_and_fix_keeps_the_rest(run, tmp_path):
    draft = tmp_path / "x.md"
    draft.write_text("# Entwurf\n\nTraumhochzeit am Tegernsee mit Lena Vogt 💍\n#hochzeit\n", encoding="utf-8")
    result = run("check", draft, "--optout", OPTOUT)
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        f"{draft}:3:32: hit: names opted-out person 'optout-001' (rule: exact) -> Traumhochzeit am Tegernsee 💍"
    ]
    result = run("check", draft, "--optout", OPTOUT, "--fix")
    assert result.exit_code == 1
    assert draft.read_text(encoding="utf-8") == "# Entwurf\n\nTraumhochzeit am Tegernsee 💍\n#hochzeit\n"
    assert run("check", draft, "--optout", OPTOUT).exit_code == 0


def test_check_jsonl_drafts_point_at_the_record_line(run, tmp_path):
    drafts = tmp_path / "drafts.jsonl"
    drafts.write_text('{"id": "a", "text": "Sommer am See"}\n{"id": "b", "text": "Danke @lena.vogt!"}\n')
    result = run("check", drafts, "--optout", OPTOUT, "--fix")
    assert (
        result.stdout.splitlines()[0]
        == f"{drafts}:2:7: hit: names opted-out person 'optout-001' (rule: handle) -> Danke!"
    )
    assert [json.loads(line) for line in drafts.read_text().splitlines()] == [
        {"id": "a", "text": "Sommer am See"},
        {"id": "b", "text": "Danke!"},
    ]


def test_review_only_does_not_fail_and_is_not_fixed(run, tmp_path):
    draft = tmp_path / "x.txt"
    draft.write_text("Danke Jonas!", encoding="utf-8")
    result = run("check", draft, "--optout", OPTOUT, "--fix")
    assert result.exit_code == 0 and "review:" in result.stdout
    assert draft.read_text(encoding="utf-8") == "Danke Jonas!"


def test_installed_command_prints_no_traceback(tmp_path):
    bad = tmp_path / "export.zip"
    bad.write_bytes(b"not a zip")
    command = Path(sys.executable).parent / "captionscan"
    result = subprocess.run([command, "scan", bad, "--optout", OPTOUT], capture_output=True, text=True, timeout=120)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and str(bad) in result.stderr and "Traceback" not in result.stderr


def test_the_parent_process_leaves_spacy_to_its_workers():
    """With workers running NER, the CLI's own process only reads and writes: importing spaCy there would delay
    every scan by its import time."""
    code = "import sys, captionscan.cli; print('spacy' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.stdout.strip() == "False"


def test_extraction_imports_no_download_code_and_keeps_spacy_info(tmp_path):
    """Loading a pipeline leaves out spaCy's command line and its model downloader (httpx), a fifth of spaCy's
    import time in every cold `check` and worker; `spacy.info` and `spacy.cli` still work when asked for."""
    code = (
        "import sys; from captionscan.api import extract_texts; list(extract_texts(['Danke Lena Vogt']));"
        "print(sorted(m for m in ('spacy', 'spacy.cli', 'httpx', 'weasel') if m in sys.modules));"
        "import spacy, spacy.cli; print(spacy.info()['spacy_version'] == spacy.__version__, callable(spacy.cli.info))"
    )
    # from outside the source tree, so that the installed package (with its models) is the one imported
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert result.stdout.splitlines() == ["['spacy']", "True True"], result.stderr


def test_a_cold_check_of_a_german_draft_reads_no_noun_table(tmp_path):
    """Wiktionary's German nouns take 0.2 s to read: a draft with no word that needs them (a place-like compound, a
    one-word person) never reads them, as the bench's cold `check` shows."""
    code = (
        "from captionscan.api import extract_texts; from captionscan.data import noun_articles;"
        "list(extract_texts(['Traumhochzeit mit Lena Vogt am Tegernsee 💍']));"
        "print(noun_articles.cache_info().currsize)"
    )
    # from outside the source tree, so that the installed package (with its models) is the one imported
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert result.stdout.strip() == "0", result.stderr


def test_outputs_get_ordinary_file_modes(run, tmp_path):
    out, draft = tmp_path / "r.json", tmp_path / "d.txt"
    draft.write_text("mit Lena Vogt am See", encoding="utf-8")
    draft.chmod(0o640)
    old = os.umask(0o022)
    try:
        run("scan", *DEMO, "--optout", OPTOUT, "--format", "json", "-o", out)
        run("check", draft, "--optout", OPTOUT, "--fix")
    finally:
        os.umask(old)
    assert stat.S_IMODE(out.stat().st_mode) == 0o644
    assert stat.S_IMODE(draft.stat().st_mode) == 0o640 and draft.read_text(encoding="utf-8") == "Am See"


def test_output_into_a_folder_is_refused(run, tmp_path):
    assert_input_error(run("scan", *DEMO, "--optout", OPTOUT, "-o", tmp_path), str(tmp_path))
    assert list(tmp_path.iterdir()) == []


def test_a_crash_exits_2_with_one_line_that_quotes_no_text(run, monkeypatch):
    def crash(*args, **kwargs):
        raise ValueError("Lena Vogt")

    monkeypatch.setattr("captionscan.session.scan_units", crash)
    result = run("scan", *DEMO, "--optout", OPTOUT)
    assert result.exit_code == 2
    (line,) = result.stderr.splitlines()
    assert line.startswith("captionscan: internal error: ValueError in test_cli.py:") and line.endswith("report it")
    assert "Lena" not in result.stderr


def test_check_on_an_export_file_points_at_the_line_in_the_caption(run, tmp_path):
    export = tmp_path / "posts_1.json"
    export.write_bytes(meta_json([{"title": "eins"}, {"title": "zwei"}, {"title": "Sommer\nmit Lena Vogt"}]))
    result = run("check", export, "--optout", OPTOUT)
    assert result.stdout.startswith(f"{export}#2:2:5: hit:")  # the third post, its caption's second line


def test_a_huge_caption_is_processed_with_valid_offsets(run):
    text = "Sommer am See mit Freunden. " * 5000 + "Danke an @lena.vogt und Julia Schneider aus Berlin!"
    result = run("extract", "-", input=json.dumps({"text": text}) + "\n" + "#" + "lena" * 2000 + "\n")
    assert result.exit_code == 0
    first, second = (json.loads(line) for line in result.stdout.splitlines())
    assert first["text"] == text and ("MENTION", "@lena.vogt") in {(e["label"], e["text"]) for e in first["entities"]}
    assert all(text[e["start"] : e["end"]] == e["text"] for e in first["entities"])
    assert [e["label"] for e in second["entities"]] == ["HASHTAG"]


def test_progress_shows_on_a_terminal_and_not_otherwise(run, monkeypatch):
    quiet = run("scan", *DEMO, "--optout", OPTOUT, "--format", "json")
    assert [line.split(":")[0] for line in quiet.stderr.splitlines()] == ["Scanned"]  # not a terminal: no progress
    terminal = Console(file=io.StringIO(), force_terminal=True, width=100)
    monkeypatch.setattr("captionscan.cli.messages.console", terminal)
    run("scan", *DEMO, "--optout", OPTOUT, "--format", "json")
    shown = terminal.file.getvalue()
    assert "loading models" in shown and "scanning" in shown and " 37 units" in shown  # exports: no total
    terminal.file.truncate(0)
    terminal.file.seek(0)
    run("scan", *DEMO, "--optout", OPTOUT, "--format", "json", "-q")
    assert terminal.file.getvalue().startswith("Scanned: ") and "units/s" not in terminal.file.getvalue()


def test_an_unknown_text_member_is_one_note_and_counted(run, tmp_path, optout_csv):
    archive = tmp_path / "export.zip"
    prose = "Ein langer Text über die Hochzeit von Lena und Jonas am Tegernsee im Sommer"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("your_instagram_activity/media/posts_1.json", '[{"title": "Hallo"}]')
        z.writestr("your_instagram_activity/new/notes.json", json.dumps({"notes": [prose]}))
    result = run("scan", archive, "--optout", optout_csv, "--format", "json", "-q")
    assert result.exit_code == 0, result.output
    member = "your_instagram_activity/new/notes.json"
    assert result.stderr == (
        f"captionscan: note: {archive}: not read: {member} holds text in a layout captionscan does not know\n"
        "Scanned: no findings in 1 unit; 1 export file not read.\n"
    )
    assert json.loads(result.stdout)["summary"]["unread_members"] == 1
    html = tmp_path / "report.html"
    assert run("scan", archive, "--optout", optout_csv, "-o", html, "-q").exit_code == 0
    assert f"1 file not read, in a layout captionscan does not know: {member}." in html.read_text(encoding="utf-8")


@pytest.mark.parametrize("command", ["scan", "redact"])
def test_csv_for_excel_has_a_byte_order_mark_whole_indices_and_iso_dates(run, tmp_path, command):
    out = tmp_path / "out.csv"
    assert run(command, *DEMO, "--optout", OPTOUT, "-o", out).exit_code == 1
    assert out.read_bytes().startswith(b"\xef\xbb\xbfpath,member,index,field,id,timestamp,")
    rows = list(csv.DictReader(out.open(encoding="utf-8-sig")))
    assert "" in {r["index"] for r in rows}  # the album's own description has no record index
    assert all(regex.fullmatch(r"\d*", r["index"]) for r in rows)
    dates = {r["timestamp"] for r in rows}
    assert "" in dates  # an undated unit (the profile's bio)
    assert all(regex.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", d) for d in dates - {""}), dates
    assert "2024-05-18T02:40:00Z" in dates  # the first post, 1716000000 seconds after 1970 (UTC)


def test_scan_and_redact_both_take_quiet(run, tmp_path):
    """The commands that show a progress bar both take -q, as scripts run them."""
    draft = tmp_path / "x.txt"
    draft.write_text("Kaffee mit Lena Vogt", encoding="utf-8")
    for command, out in (("scan", "r.json"), ("redact", "r.csv")):
        result = run(command, draft, "--optout", OPTOUT, "-o", tmp_path / out, "-q")
        assert result.exit_code == 1 and (tmp_path / out).exists()
