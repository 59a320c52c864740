"""Hostile and broken inputs: each ends in a clear one-line error or a warning, nothing is lost or leaked."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import openpyxl
import pandas as pd
import pytest
import regex
from conftest import PEOPLE, meta_json
from hypothesis import given, settings
from hypothesis import strategies as st
from test_cli import DEMO, OPTOUT, assert_input_error
from typer.testing import CliRunner

from captionscan.cli import app, messages
from captionscan.extract import extract
from captionscan.extract.rules import rule_entities
from captionscan.match import Matcher, load_optout
from captionscan.records import Person, Source, TextUnit
from captionscan.scan import scan_units

POSTS = "your_instagram_activity/media/posts_1.json"


def scan(*args) -> object:
    return CliRunner().invoke(app, ["scan", *map(str, args)])


def report_of(tmp_path: Path, *inputs, optout=OPTOUT):
    """Exit code, stderr lines but the last one of a finished run (what it wrote and found), and the JSON report (None
    when none was written)."""
    out = tmp_path / "report.json"
    result = scan(*inputs, "--optout", optout, "--format", "json", "-o", out, "-q")
    lines = [line for line in result.stderr.splitlines() if not line.startswith(f"Wrote {out}: ")]
    return result, lines, json.loads(out.read_text()) if out.exists() else None


def hit_people(report: dict) -> set[str]:
    return {p for u in report["units"] for h in u["optout_hits"] if h["level"] == "hit" for p in h["person_ids"]}


# -- archives ------------------------------------------------------------------------------------------------


def test_a_compression_bomb_refuses_the_archive(tmp_path):
    bomb = tmp_path / "export.zip"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(POSTS, b"[" + b" " * (20 << 20) + b"]")  # 20 MiB of spaces: about 1000:1
    result, _, report = report_of(tmp_path, bomb)
    assert_input_error(result, str(bomb))
    assert "compression ratio" in result.stderr and report is None


def test_a_member_that_inflates_beyond_its_header_refuses_the_archive(tmp_path, monkeypatch):
    monkeypatch.setattr("captionscan.read.archive.MAX_MEMBER_BYTES", 1000)
    archive = tmp_path / "export.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_STORED) as z:
        z.writestr(POSTS, meta_json([{"title": "x" * 2000}]))
    data = archive.read_bytes().replace((2014).to_bytes(4, "little"), (900).to_bytes(4, "little"))  # lie
    archive.write_bytes(data)
    assert_input_error(report_of(tmp_path, archive)[0], str(archive))


def test_a_realistic_ratio_is_accepted(tmp_path, make_zip):
    posts = [
        {"title": f"Sommer am See mit Lena Vogt, Bild {i}", "creation_timestamp": 1716000000 + i} for i in range(3000)
    ]
    archive = make_zip({POSTS: meta_json(posts)})
    result, _, report = report_of(tmp_path, archive)
    assert result.exit_code == 1 and report["summary"]["units"] == 3000


def test_a_symlink_member_refuses_the_archive(tmp_path):
    archive = tmp_path / "export.zip"
    with zipfile.ZipFile(archive, "w") as z:
        info = zipfile.ZipInfo(POSTS)
        info.external_attr = 0o120777 << 16
        z.writestr(info, "/etc/passwd")
    assert_input_error(report_of(tmp_path, archive)[0], str(archive))


@pytest.mark.parametrize("name", ["C:/Users/x/posts_1.json", "a/../../posts_1.json"])
def test_unsafe_names_refuse_the_archive(tmp_path, make_zip, name):
    archive = make_zip({name: b"[]"})
    result, _, report = report_of(tmp_path, archive)
    assert_input_error(result, str(archive))
    assert report is None and sorted(p.name for p in tmp_path.iterdir()) == ["export.zip"]


def test_a_renamed_file_that_is_no_zip(tmp_path):
    fake = tmp_path / "export.zip"
    fake.write_text("<html>not a zip</html>")
    assert_input_error(report_of(tmp_path, fake)[0], str(fake))


# -- JSON ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"", "empty JSON file"),
        (b'[{"title": "Sommer mit Lena Vo', "line 1: JSON ends early after line 1 (a truncated file?)"),
        (b'[{"title": "a"},\n {"title": "b"} {"title": "c"}]', "line 2: malformed JSON at column 17"),
        (b'"just a string"', "unexpected JSON shape: expected an Instagram, Threads or Facebook export file"),
        (b"\xff\xfe\x00", "not valid UTF-16 text"),
    ],
)
def test_a_broken_export_file_is_refused(tmp_path, content, problem):
    path = tmp_path / "posts_1.json"
    path.write_bytes(content)
    result, lines, report = report_of(tmp_path, path)
    assert_input_error(result, str(path))
    assert problem in lines[0] and report is None


@pytest.mark.parametrize("encoding", ["utf-16", "utf-32"])
def test_utf16_and_utf32_with_a_bom_are_decoded_and_said(tmp_path, encoding):
    path = tmp_path / "posts_1.json"
    path.write_bytes(json.dumps([{"title": "Hochzeit von Jonas Müller"}], ensure_ascii=False).encode(encoding))
    result, lines, report = report_of(tmp_path, path)
    assert result.exit_code == 1 and hit_people(report) == {"optout-002"}
    assert lines == [f"captionscan: note: {path}: decoded as {encoding.upper()} (byte-order mark)"]  # named once


@pytest.mark.parametrize("bad", ['"kaputt \\u0000 mit Lena Vogt"', '"kaputt \\ud800 mit Lena Vogt"', '"roh \x00 NUL"'])
def test_nul_and_lone_surrogates_skip_the_record_and_exit_2(tmp_path, make_zip, bad):
    content = f'[{{"title": {bad}}}, {{"title": "mit Jonas Müller"}}]'.encode()
    archive = make_zip({POSTS: content})
    result, lines, report = report_of(tmp_path, archive)
    assert result.exit_code == 2
    assert lines == [
        f"captionscan: warning: {archive}: {POSTS}, record 0: text holds a NUL character, bytes that are not "
        "UTF-8, or a lone surrogate; skipped"
    ]
    assert report["summary"]["skipped"] == 1 and hit_people(report) == {"optout-002"}


def test_a_huge_caption_is_processed_and_reports_exactly_its_people(tmp_path):
    text = (
        "Hochzeit von Lena Vogt! " + "Sommer am See mit Freunden und Familie 😍 #love\n" * 6000 + "Danke @jonas_mueller"
    )
    path = tmp_path / "posts_1.json"
    path.write_bytes(meta_json([{"title": text}]))
    result, _, report = report_of(tmp_path, path)
    assert result.exit_code == 1 and hit_people(report) == {"optout-001", "optout-002"}
    assert not any("Lena Vogt" in s["text"] for s in report["units"][0]["suggestions"])


def test_a_caption_of_many_handles_and_names_costs_seconds():
    # every handle is checked against every capitalised word only through a set of the names the handles spell
    text = " ".join(f"@summer{i}.smith Summer Will" for i in range(30_000))
    started = time.perf_counter()
    ((_, entities),) = extract([text], "en")
    assert time.perf_counter() - started < 20
    assert sum(e.label == "PERSON" and e.text == "Summer" for e in entities) == 30_000


def test_a_line_of_many_lone_names_costs_seconds():
    """Each lone name reads only the stretch of its line around it: 20,000 of them on one line took four minutes
    when each read the whole line."""
    matcher = Matcher([Person("p1", "Anna Schmidt")])
    text = "Danke Anna! " * 20_000
    started = time.perf_counter()
    found = matcher.match(text, [])
    assert time.perf_counter() - started < 30
    assert len(found) == 20_000 and {h.level for h in found} == {"review"}


# -- opt-out lists --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "warning"),
    [
        ("name\nJonas Müller\n".encode(), None),
        ("\ufeffname\nJonas Müller\n".encode(), None),
        ("name\nJonas Müller\n".encode("cp1252"), "not UTF-8; read with encoding cp1252"),
        ("name\tid\nJonas Müller\t7\n".encode("utf-16"), "read with encoding UTF-16 (byte-order mark)"),
        ("name\nJonas MÃ¼ller\n".encode(), None),  # mojibake kept from an export: repaired, never matched as is
    ],
)
def test_opt_out_list_encodings(tmp_path, data, warning):
    path = tmp_path / "l.csv"
    path.write_bytes(data)
    warnings: list[str] = []
    (person,) = load_optout(path, warnings.append)
    assert person.name == "Jonas Müller"
    assert warnings == (
        [f"{path}: {warning}" + (" (Windows-1252/Latin-1)" if "cp1252" in warning else "")] if warning else []
    )


def test_a_latin1_list_warns_on_stderr_and_finds_the_person(tmp_path):
    path = tmp_path / "l.csv"
    path.write_bytes("id,name\np2,Jonas Müller\n".encode("latin-1"))
    result, lines, report = report_of(tmp_path, *DEMO, optout=path)
    assert result.exit_code == 1 and "encoding" in lines[0] and "Müller" not in lines[0]
    assert hit_people(report) == {"p2"}


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("id,vorname\n1,Lena\n", "missing required column 'name'"),
        ("id,name\n1,Lena Vogt\n1,Jonas Müller\n", "row 3: duplicate id"),
        ("id,name\n", "the opt-out list is empty"),
        ("", "not a readable CSV file"),
        # a quote never closed had swallowed the rest of the list into one field: people lost without a word
        ('id,name\n1,Jonas Müller\n2,"Lena Vogt\n3,Ben Kraus\n', 'a quote (") opened in line 3 is never closed'),
    ],
)
def test_a_bad_opt_out_list_is_refused_without_naming_anyone(tmp_path, content, problem):
    path = tmp_path / "l.csv"
    path.write_text(content, encoding="utf-8")
    result, lines, report = report_of(tmp_path, *DEMO, optout=path)
    assert_input_error(result, str(path))
    assert problem in lines[0] and "Lena" not in lines[0] and report is None


# -- properties -----------------------------------------------------------------------------------------------

NAMES = [p.name for p in PEOPLE]


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.sampled_from(NAMES + ["@lena.vogt", "#lenavogt", "Lenas", "und", "mit", "am See", ",", "\n", "Ben"]),
        min_size=1,
        max_size=10,
    ),
)
def test_suggestions_never_contain_a_redacted_name(matcher, pieces):
    text = " ".join(pieces)
    (report,) = scan_units([TextUnit(Source("t", None, None, "text"), text)], matcher)
    redacted = {p for h in report.hits for p in h.person_ids}
    people = {p.id: p for p in PEOPLE}
    for s in report.suggestions:
        assert not {p for h in matcher.match(s.text, rule_entities(s.text)) for p in h.person_ids} & redacted
        for needle in {h.text for h in report.hits} | {people[i].name for i in redacted}:
            assert not regex.search(rf"(?<!\w){regex.escape(needle)}(?!\w)", s.text, flags=regex.I), (s, needle)


def test_a_scan_makes_no_network_connection(tmp_path, monkeypatch):
    attempts: list = []
    monkeypatch.setattr(socket.socket, "connect", lambda self, *a: attempts.append(a))
    monkeypatch.setattr(socket, "create_connection", lambda *a, **k: attempts.append(a))
    result, _, report = report_of(tmp_path, *DEMO)
    assert result.exit_code == 1 and report["summary"]["units"] == 37
    assert attempts == []


# -- found by an independent hostile-input run ------------------------------------------------------------------


def test_a_symlink_in_an_export_folder_is_refused(tmp_path):
    folder = tmp_path / "export"
    (folder / "content").mkdir(parents=True)
    (folder / "content" / "posts_2.json").symlink_to("/etc/hostname")
    result, _, report = report_of(tmp_path, folder)
    assert_input_error(result, str(folder))
    assert "symbolic link" in result.stderr and report is None


def test_a_fifo_is_refused_without_waiting(tmp_path):
    fifo = tmp_path / "export.zip"
    os.mkfifo(fifo)
    result, _, report = report_of(tmp_path, fifo)
    assert_input_error(result, str(fifo))
    assert "not a regular file" in result.stderr


@pytest.mark.parametrize("target", ["input", "optout"])
def test_the_output_never_overwrites_an_input(tmp_path, target):
    export = tmp_path / "posts_1.json"
    export.write_bytes(meta_json([{"title": "mit Lena Vogt"}]))
    optout = tmp_path / "optout.csv"
    optout.write_text(Path(OPTOUT).read_text(encoding="utf-8"), encoding="utf-8")
    out = export if target == "input" else optout
    before = out.read_bytes()
    result = scan(export, "--optout", optout, "--format", "json", "-o", out)
    assert_input_error(result, str(out))
    assert out.read_bytes() == before


def test_messages_stay_one_line_and_name_nobody(tmp_path, make_zip):
    archive = make_zip({"../Lena Vogt/posts_1.json": b"[]"})
    result = scan(archive, "--optout", OPTOUT)
    assert_input_error(result, str(archive))
    assert "Lena" not in result.stderr and "[name]" in result.stderr
    damaged = make_zip({"a\nfake/posts_2.json": b""}, name="damaged.zip")
    lines = scan(damaged, "--optout", OPTOUT, "-q").stderr.splitlines()
    assert len(lines) == 2 and "a\\nfake/posts_2.json: empty JSON file; skipped" in lines[0]
    assert lines[1] == "Scanned: no findings in 0 units; 1 part skipped (see the warnings)."


@pytest.mark.parametrize(
    ("draft", "blanked"),
    [
        ("jonas_mueller.md", "[name].md"),  # a listed handle
        ("vogt.md", "[name].md"),  # a surname alone, lowercase
        ("hannes_weiss_notizen.md", "[name]_[name]_notizen.md"),  # an alias and a surname with "ss" for "ß"
        ("mueller-vogt.txt", "[name]-[name].txt"),  # umlaut written out
    ],
)
def test_a_missing_file_named_after_listed_people_is_blanked(tmp_path, draft, blanked):
    result = CliRunner().invoke(app, ["check", str(tmp_path / draft), "--optout", OPTOUT])
    assert result.exit_code == 2
    assert f"{blanked}: no such file or folder" in result.stderr
    assert not any(word in result.stderr.lower() for word in ("vogt", "mueller", "weiss", "hannes"))


@pytest.mark.parametrize("command", [["check", "draft.md", "--optout"], ["optout", "check"]])
def test_the_list_s_own_file_name_is_blanked_in_its_notes(tmp_path, monkeypatch, command):
    """A list saved under a listed person's name: its reader's notes name the file."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(messages, "sessions", [])  # no session of an earlier run to blank with
    Path("Lena Vogt.csv").write_text("Name;Rolle\nLena Vogt;Nachbarin\nJonas Müller;Kunde\n", encoding="utf-8")
    Path("draft.md").write_text("Sommer am See\n", encoding="utf-8")
    result = CliRunner().invoke(app, [*command, "Lena Vogt.csv"])
    assert "[name].csv: column 'Rolle' holds a value in row 2" in result.stderr
    assert "Vogt" not in result.stderr and "Nachbarin" not in result.stderr


@pytest.mark.parametrize("name", ["Lena Vogt", "Lena"])
def test_a_name_two_listed_people_share_is_blanked_once(tmp_path, make_zip, name):
    optout = tmp_path / "twins.csv"
    optout.write_text("id,name\na,Lena Vogt\nb,Lena Vogt\nc,Lena Berger\n", encoding="utf-8")
    archive = make_zip({f"../{name}/posts_1.json": b"[]"})
    result = scan(archive, "--optout", optout)
    assert_input_error(result, str(archive))
    assert "Lena" not in result.stderr and "../[name]/posts_1.json" in result.stderr


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
        (b'[{"title": "x", "n": ' + b"9" * 5000 + b"}]", "unreadable JSON value"),
    ],
)
def test_crafted_json_is_a_damaged_member(tmp_path, content, problem):
    folder = tmp_path / "export"
    (folder / "content").mkdir(parents=True)
    (folder / "content" / "posts_1.json").write_bytes(content)
    (folder / "content" / "posts_2.json").write_bytes(meta_json([{"title": "mit Jonas Müller"}]))
    result, lines, report = report_of(tmp_path, folder)
    assert result.exit_code == 2 and problem in lines[0] and hit_people(report) == {"optout-002"}


def test_stray_invalid_bytes_skip_only_their_record(tmp_path):
    path = tmp_path / "posts_1.json"
    path.write_bytes(b'[{"title": "kaputt \xed\xa0\xbd"}, {"title": "mit Jonas M\\u00c3\\u00bcller"}]')
    result, lines, report = report_of(tmp_path, path)
    assert result.exit_code == 2 and "record 0" in lines[0] and hit_people(report) == {"optout-002"}


def test_a_caption_cut_inside_an_emoji_is_still_repaired(tmp_path):
    path = tmp_path / "posts_1.json"
    path.write_bytes(b'[{"title": "mit Jonas M\\u00c3\\u00bcller \\u00f0\\u009f\\u0098"}]')
    assert hit_people(report_of(tmp_path, path)[2]) == {"optout-002"}


def test_a_nul_in_a_text_draft_is_skipped(tmp_path):
    draft = tmp_path / "d.txt"
    draft.write_bytes(b"Zeile eins\nmit Lena Vogt \x00\n")
    result, lines, report = report_of(tmp_path, draft)
    assert result.exit_code == 2 and lines[0].startswith(f"captionscan: warning: {draft}: line 2:")


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        ("name\nJonas Müller\n".encode("utf-16-le"), None),  # UTF-16 without a byte-order mark
        (b"name\nLena\x00 Vogt\n", "row 2: column 'name' holds a NUL character"),
    ],
)
def test_opt_out_list_oddities(tmp_path, data, problem):
    path = tmp_path / "l.csv"
    path.write_bytes(data)
    result, lines, report = report_of(tmp_path, *DEMO, optout=path)
    if problem:
        assert_input_error(result, str(path))
        assert problem in lines[0] and "Lena" not in lines[0]
    else:
        assert result.exit_code == 1 and lines == [
            f"captionscan: warning: {path}: read with encoding UTF-16-LE (no byte-order mark)"
        ]


def test_xlsx_rows_as_excel_shows_them_and_under_another_name(tmp_path):
    path = tmp_path / "l.csv"  # an XLSX saved with the wrong extension
    frame = pd.DataFrame([["Liste", ""], ["id", "name"], ["1", "Lena Vogt"], ["", ""], ["1", "Jonas Müller"]])
    frame.to_excel(path, header=False, index=False, engine="openpyxl")
    result = scan(*DEMO, "--optout", path)
    assert_input_error(result, str(path))
    assert "row 5: duplicate id (also in row 3)" in result.stderr


def test_an_xlsx_with_only_a_header_is_empty(tmp_path):
    path = tmp_path / "l.xlsx"
    pd.DataFrame([["id", "name"]]).to_excel(path, header=False, index=False)
    assert "the opt-out list is empty" in scan(*DEMO, "--optout", path).stderr


def test_an_xlsx_claiming_a_million_rows_is_refused_quickly(tmp_path):
    path = tmp_path / "l.xlsx"
    book = openpyxl.Workbook()
    book.active["A1"], book.active["B1"], book.active["B2"] = "id", "name", "Lena Vogt"
    book.active["XFD1048576"] = "x"
    book.save(path)
    result = scan(*DEMO, "--optout", path)
    assert_input_error(result, str(path))
    assert "spreadsheet larger than" in result.stderr


def test_sigterm_leaves_no_temporary_output(tmp_path):
    out = tmp_path / "report.json"
    command = Path(sys.executable).parent / "captionscan"
    proc = subprocess.Popen(
        [command, "scan", *DEMO, "--optout", OPTOUT, "--format", "json", "-o", out],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    time.sleep(1.0)
    proc.send_signal(signal.SIGTERM)
    proc.wait(timeout=60)
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


@pytest.mark.parametrize("line", ["[" * 100_000 + "]" * 100_000, '{"id": "x", "n": ' + "9" * 5000 + "}"])
def test_a_crafted_jsonl_line_is_skipped(tmp_path, line):
    drafts = tmp_path / "d.jsonl"
    drafts.write_text(line + '\n{"id": "b", "text": "mit Jonas Müller"}\n', encoding="utf-8")
    result, lines, report = report_of(tmp_path, drafts)
    assert result.exit_code == 2 and lines[0].startswith(f"captionscan: warning: {drafts}: line 1: malformed JSON")
    assert hit_people(report) == {"optout-002"}


def test_an_opt_out_json_with_a_huge_number_is_refused(tmp_path):
    path = tmp_path / "l.json"
    path.write_text('[{"id": 1' + "0" * 5000 + ', "name": "Jonas Müller"}]', encoding="utf-8")
    result = scan(*DEMO, "--optout", path)
    assert_input_error(result, str(path))
    assert "Jonas" not in result.stderr


def test_a_bomb_in_a_zip_inside_the_archive_refuses_it(tmp_path):
    inner = tmp_path / "inner.zip"
    with zipfile.ZipFile(inner, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(POSTS, b"[" + b" " * (20 << 20) + b"]")
    wrapper = tmp_path / "wrapper.zip"
    with zipfile.ZipFile(wrapper, "w", zipfile.ZIP_STORED) as z:
        z.write(inner, "inner.zip")
    result, _, report = report_of(tmp_path, wrapper)
    assert_input_error(result, str(wrapper))
    assert f"inner.zip/{POSTS}: archive member has an implausible compression ratio" in result.stderr
    assert report is None
