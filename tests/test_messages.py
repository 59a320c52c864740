"""What a photographer reads: help without programmers' type markers, outputs in the format their name asks for,
and for each common mistake one line naming the real problem and the fix (exit code 2, no traceback)."""

from __future__ import annotations

import errno
import json
import zipfile
from pathlib import Path

import openpyxl
import pytest
import regex
from typer.testing import CliRunner

from captionscan.cli import app
from captionscan.errors import described

DATA = Path(__file__).parent.parent / "data"
EXPORT = str(DATA / "demo_instagram.zip")
OPTOUT = str(DATA / "demo_optout.csv")
COMMANDS = [[], ["scan"], ["redact"], ["check"], ["extract"], ["evaluate"], ["optout"], ["optout", "hash"]]
COMMANDS += [["optout", "check"]]


@pytest.fixture
def run():
    runner = CliRunner()
    return lambda *args, **kw: runner.invoke(app, [str(a) for a in args], **kw)


@pytest.fixture
def draft(tmp_path: Path) -> Path:
    path = tmp_path / "draft.md"
    path.write_text("Hochzeit am See mit Lena Vogt 💍\n", encoding="utf-8")
    return path


def one_error_line(result) -> str:
    """The one line on standard error of a refused run: exit code 2, no traceback, nothing else."""
    assert result.exit_code == 2, result.output
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("captionscan: error: "), result.stderr
    assert "Traceback" not in result.output
    return lines[0]


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_help_shows_no_type_markers_and_an_example(run, command):
    result = run(*command, "--help")
    assert result.exit_code == 0, result.output
    text = result.stdout
    assert not regex.search(r"<\w+|list\[|\{\w+\}", text), text  # <bool>, <path>, <list[Path]>, {paths}...
    assert not regex.search(r"\w \.(?!\w)", text), text  # a full stop after a space: help text rich ate
    if command != ["optout"]:
        assert regex.search(r"Example: captionscan \w", text), text
    if command == ["scan"]:
        assert "PATHS..." in text and "--optout" in text and "FILE" in text and "CODE" in text


@pytest.mark.parametrize(
    ("args", "meant"),
    [(["scan", EXPORT, "-optout", OPTOUT], "--optout"), (["check", "x.md", "-fix"], "--fix"), (["-version"], None)],
)
def test_a_single_dash_long_option_asks_for_two(run, args, meant):
    line = one_error_line(run(*args))
    meant = meant or args[0].replace("-", "--", 1)
    assert line == f"captionscan: error: {meant[1:]}: one dash reads it as short options; did you mean {meant}?"


@pytest.mark.parametrize(
    "args",
    [
        ["scan", EXPORT, "--optout", OPTOUT, "--optout", OPTOUT],
        ["check", "x.md", "--optout=a.csv", "--optout", OPTOUT],
        ["scan", EXPORT, "--optout", OPTOUT, "-o", "a.json", "--output", "b.json"],
    ],
)
def test_an_option_given_twice_is_refused_as_one_would_go_unread(run, args):
    """A second list was dropped without a word: click reads the last."""
    name = "--output" if "-o" in args else "--optout"
    assert one_error_line(run(*args)) == f"captionscan: error: {name} given 2 times, but only one is read: give it once"


@pytest.mark.parametrize(
    ("args", "line"),
    [
        (["scan", EXPORT, "--since", "01.05.2025"], "--since: '01.05.2025' is no date: write it as YYYY-MM-DD"),
        (["scan", EXPORT, "--bogus"], "No such option: --bogus; see captionscan scan --help"),
        (["scan", EXPORT, "--format", "pdf"], "--format: 'pdf' is not one of 'table'"),
        (["check", "x.md", "--lang", "xy"], "--lang: 'xy' is no language code"),
        (["scan"], "Missing argument 'PATHS'; see captionscan scan --help"),
        (["scna"], "No such command 'scna'. Did you mean 'scan'? See captionscan --help"),
        (["optout", "chek"], "No such command 'chek'. Did you mean 'check'? See captionscan optout --help"),
    ],
)
def test_a_mistyped_option_or_command_is_one_line_not_a_usage_box(run, args, line):
    assert one_error_line(run(*args)).startswith(f"captionscan: error: {line}")


def test_short_options_and_values_after_a_double_dash_stay_as_they_are(run, tmp_path, draft):
    out = tmp_path / "r.json"
    assert run("scan", draft, "--optout", OPTOUT, "-q", "-o", out).exit_code == 1
    assert json.loads(out.read_text(encoding="utf-8"))["summary"]["hits"] == 1


@pytest.mark.parametrize(
    ("name", "fmt", "starts"),
    [
        ("report.html", None, "<!doctype html>"),
        ("report.HTM", None, "<!doctype html>"),
        ("report.json", None, '{\n "summary"'),
        ("report.csv", None, "\ufeffpath,member"),
        ("report.sarif", None, '{\n "$schema"'),
        ("report.txt", None, "Summary"),
        ("report.txt", "JSON", '{\n "summary"'),  # --format wins, in any case
        ("report.html", "Csv", "\ufeffpath,member"),
    ],
)
def test_the_output_format_follows_the_file_name_unless_format_says_otherwise(run, tmp_path, draft, name, fmt, starts):
    out = tmp_path / name
    result = run("scan", draft, "--optout", OPTOUT, "-o", out, *(["--format", fmt] if fmt else []))
    assert result.exit_code == 1, result.output
    assert out.read_text(encoding="utf-8").lstrip().startswith(starts)


def test_xlsx_by_its_name(run, tmp_path, draft):
    out = tmp_path / "report.xlsx"
    assert run("scan", draft, "--optout", OPTOUT, "-o", out).exit_code == 1
    assert out.read_bytes().startswith(b"PK")


def test_an_output_name_no_format_has_is_refused(run, tmp_path, draft):
    out = tmp_path / "report.pdf"
    line = one_error_line(run("scan", draft, "--optout", OPTOUT, "-o", out))
    assert line.startswith(f"captionscan: error: {out}: no report format has this extension: name the file .json")
    assert line.endswith("or pass --format") and not out.exists()


@pytest.mark.parametrize(
    ("command", "fmt", "starts"), [("scan", "HTML", "<!doctype html>"), ("check", "GitHub", "::error")]
)
def test_format_is_case_insensitive(run, draft, command, fmt, starts):
    result = run(command, draft, "--optout", OPTOUT, "--format", fmt, *(["-q"] if command == "scan" else []))
    assert result.exit_code == 1, result.output
    assert result.stdout.startswith(starts)


def test_no_opt_out_list_given_says_how_to_give_one(run, tmp_path, monkeypatch, draft):
    monkeypatch.chdir(tmp_path)  # no .captionscan.toml here, which the message must not blame
    line = one_error_line(run("scan", draft))
    assert line == "captionscan: error: no opt-out list given: pass --optout FILE or set optout in .captionscan.toml"
    (tmp_path / ".captionscan.toml").write_text('lang = "de"\n', encoding="utf-8")
    line = one_error_line(run("check", draft))
    assert line == (
        f"captionscan: error: {tmp_path / '.captionscan.toml'}: key 'optout': no opt-out list: set it here or pass "
        "--optout FILE"
    )


def office_file(path: Path, folder: str) -> Path:
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr(f"{folder}/document.xml", "<document/>")
    return path


WHAT_TO_PASS = "pass the export's .zip or folder, or a draft .txt/.md/.jsonl"
KINDS = {
    "IMG_0042.JPG": (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", "a JPEG image"),
    "photo.png": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "a PNG image"),
    "IMG_0043.HEIC": (b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00", "a HEIC image"),
    "contract.pdf": (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "a PDF document"),
    "list.xls": (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(8), "an old Office file (.doc, .xls, .ppt)"),
}


@pytest.mark.parametrize("name", [*KINDS, "captions.docx"])
def test_a_photo_pdf_or_word_file_given_as_an_export_is_named_as_what_it_is(run, tmp_path, name):
    path = tmp_path / name
    if name.endswith(".docx"):
        what = "a Word document"
        office_file(path, "word")
    else:
        data, what = KINDS[name]
        path.write_bytes(data + bytes(64))
    line = one_error_line(run("scan", path, "--optout", OPTOUT))
    assert line == f"captionscan: error: {path}: {what}, not an export: {WHAT_TO_PASS}"


@pytest.mark.parametrize("name", ["caption.rtf", "caption.html"])
def test_a_file_neither_draft_nor_export_is_named_so(run, tmp_path, name):
    path = tmp_path / name
    path.write_text("{\\rtf1 Danke Lena Vogt}" if name.endswith(".rtf") else "<p>Danke Lena Vogt</p>")
    line = one_error_line(run("check", path, "--optout", OPTOUT))
    assert line == f"captionscan: error: {path}: neither a draft nor export JSON: {WHAT_TO_PASS}"


def test_an_export_zip_under_another_name_is_still_read(run, tmp_path):
    renamed = tmp_path / "instagram-export.download"
    renamed.write_bytes(Path(EXPORT).read_bytes())
    assert run("scan", renamed, "--optout", OPTOUT, "--format", "json", "-q").exit_code == 1


@pytest.mark.parametrize(("name", "what"), [("export.zip", "a zip archive"), ("notes.docx", "a Word document")])
def test_a_zip_given_as_the_list_is_named_as_what_it_is(run, tmp_path, draft, name, what):
    path = tmp_path / name
    if name == "export.zip":
        path.write_bytes(Path(EXPORT).read_bytes())
    else:
        office_file(path, "word")
    line = one_error_line(run("check", draft, "--optout", path))
    assert line == f"captionscan: error: {path}: {what}, not a list: pass a .csv, .xlsx, .txt or .json list"


def test_an_xlsx_list_under_any_name_is_still_read(run, tmp_path, draft):
    import pandas as pd

    listed = tmp_path / "optout.download"
    pd.DataFrame({"id": ["p1"], "name": ["Lena Vogt"]}).to_excel(listed, engine="openpyxl", index=False)
    assert run("check", draft, "--optout", listed).exit_code == 1


def test_an_os_error_without_a_file_is_its_reason_alone():
    assert described(BrokenPipeError(errno.EPIPE, "Broken pipe")) == ("error", "Broken pipe")
    assert described(FileNotFoundError(errno.ENOENT, "No such file or directory", "a.zip"))[1] == (
        "a.zip: No such file or directory"
    )
    locked = described(PermissionError(errno.EACCES, "Permission denied", "optout.xlsx"))[1]
    assert locked == (
        "optout.xlsx: Permission denied; close it in the program that has it open (Excel locks open files) or allow "
        "yourself to read it"
    )


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("prénom,nmo\nHélène,Garnier\n".encode(), "column 'nmo' is not read: did you mean 'nom'? rename it"),
        (
            "prénom,nom\nH?l?ne,Garnier\nMarie,Martin\n".encode("cp1252").replace(b"\xe9", b"?"),
            "a '?' stands in a heading for letters its code page lost: save it as CSV UTF-8",
        ),
    ],
)
def test_a_list_heading_mistake_is_one_line_with_its_fix(run, tmp_path, content, problem):
    """A swapped pair of letters is a typo to name; a heading whose accent became '?' is no typo: every name lost
    its letters too, and the file needs saving again, not a new heading."""
    path = tmp_path / "optout.csv"
    path.write_bytes(content)
    assert one_error_line(run("optout", "check", path)) == f"captionscan: error: {path}: {problem}"


def test_optout_check_says_what_it_read_of_a_club_list_and_names_no_one(run, tmp_path):
    """Headings merged over a second row, a "Name" column with surnames first in some cells, and a column of the
    parents who objected for their children: read so, said so, and no listed name is printed."""
    merged = tmp_path / "merged.xlsx"
    book = openpyxl.Workbook()
    for cells in [["Name", None, "Kind von"], ["Vorname", "Nachname", None], ["Kasia", "Nowak", "Agnieszka Nowak"]]:
        book.active.append(cells)
    book.active.merge_cells("A1:B1")
    book.active.merge_cells("C1:C2")
    book.save(merged)
    names = tmp_path / "names.csv"
    names.write_text('Name\n"Nowak, Kasia"\nTomasz Wiśniewski\nJürgen Müller\n', encoding="utf-8")
    result = run("optout", "check", merged)
    assert result.exit_code == 0, result.output
    assert "Vorname + Nachname" in result.stdout and "1 person" in result.stdout
    assert result.stderr == (
        f"captionscan: warning: {merged}: column 'Kind von' holds other people's names, which are not searched: give "
        "anyone of them who objected too a row of their own\n"
    )
    result = run("optout", "check", names)
    assert result.exit_code == 0, result.output
    assert "1 of 3 written 'Surname, Given names', read so" in " ".join(result.stdout.split())
    for name in ("Kasia", "Nowak", "Agnieszka", "Tomasz", "Müller"):
        assert name not in result.output


# -- every run ends with one line: what it wrote and what it found --------------------------------------------------


def last_line(result) -> str:
    line = result.stderr.splitlines()[-1]
    assert "Lena" not in result.stderr and "Vogt" not in result.stderr, result.stderr
    return line


def test_a_scan_to_a_file_says_what_it_wrote_and_found(run, tmp_path):
    out = tmp_path / "Lena Vogt report.html"  # a listed name in a file name the user chose is blanked
    result = run("scan", EXPORT, "--optout", OPTOUT, "-o", out)
    assert result.exit_code == 1 and result.stdout == ""
    report = json.loads(run("scan", EXPORT, "--optout", OPTOUT, "--format", "json", "-q").stdout)
    levels = [h["level"] for u in report["units"] for h in u["optout_hits"]]
    with_findings = sum(bool(u["optout_hits"]) for u in report["units"])
    assert last_line(result) == (
        f"Wrote {tmp_path / '[name] report.html'}: {len(levels)} findings ({levels.count('hit')} hit, "
        f"{levels.count('review')} review) in {with_findings} of {report['summary']['units']} units."
    )


@pytest.mark.parametrize(
    ("args", "what"),
    [
        (["scan", "{draft}", "--optout", OPTOUT, "--format", "json", "-q"], "Scanned"),
        (["redact", "{draft}", "--optout", OPTOUT, "-o", "{tmp}/rewrites.xlsx"], "Wrote {tmp}/rewrites.xlsx"),
        (["check", "{draft}", "--optout", OPTOUT], "Checked 1 file"),
        (["check", "{draft}", "--optout", OPTOUT, "--fix", "--no-backup"], "Checked 1 file, fixed 1"),
        (["check", "{draft}", "--optout", OPTOUT, "--update-ignore"], "Wrote .captionscanignore"),
    ],
)
def test_every_run_ends_with_what_it_did_and_found(run, tmp_path, monkeypatch, draft, args, what):
    monkeypatch.chdir(tmp_path)
    result = run(*(a.format(draft=draft, tmp=tmp_path) for a in args))
    assert result.exit_code in (1, 3), result.output
    assert last_line(result) == f"{what.format(tmp=tmp_path)}: 1 finding (1 hit, 0 review) in 1 of 1 unit."


def test_a_clean_run_and_a_skipped_part_say_so(run, tmp_path, make_zip):
    clean = tmp_path / "clean.md"
    clean.write_text("Herbst am Schliersee 🍂\n", encoding="utf-8")
    assert last_line(run("check", clean, "--optout", OPTOUT)) == "Checked 1 file: no findings in 1 unit."
    archive = make_zip({"content/posts_1.json": b"[{", "content/posts_2.json": b'[{"title": "Herbst"}]'})
    result = run("scan", archive, "--optout", OPTOUT, "-o", tmp_path / "r.json")
    assert result.exit_code == 2
    assert last_line(result) == (
        f"Wrote {tmp_path / 'r.json'}: no findings in 1 unit; 1 part skipped (see the warnings)."
    )


def test_hashing_a_list_says_what_it_wrote(run, tmp_path):
    out = tmp_path / "hashed.csv"
    result = run("optout", "hash", OPTOUT, "--key-file", tmp_path / "list.key", "-o", out)
    assert result.exit_code == 0, result.output
    assert last_line(result) == f"Wrote {out}: the hashed names and handles of 5 people."


# -- progress -----------------------------------------------------------------------------------------------------


class Clock:
    def __init__(self):
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


@pytest.mark.parametrize(
    ("total", "steps", "shown"),
    [
        (3000, [(0, 0)], "0 of 3,000 units"),
        (3000, [(512, 0.5)], "512 of 3,000 units"),  # under a second: no rate yet, not a batch's burst
        (3000, [(512, 2), (512, 2)], "1,024 of 3,000 units, 256 units/s, 0:08 left"),
        (None, [(512, 2), (512, 2)], "1,024 units, 256 units/s"),
        (None, [(3, 2)], "3 units, 1.5 units/s"),
        (100_000, [(7, 3)], "7 of 100,000 units, 2.3 units/s, 11:54:14 left"),
    ],
)
def test_progress_shows_units_total_rate_and_time_left_readably(total, steps, shown):
    from rich.progress import Progress

    from captionscan.report.progress import UnitsColumn

    clock = Clock()
    progress = Progress(get_time=clock)
    task = progress.add_task("scanning", total=total)
    for units, seconds in steps:
        clock.now += seconds
        progress.advance(task, units)
    assert UnitsColumn().render(progress.tasks[0]).plain == shown


def test_progress_says_loading_models_until_the_first_unit(monkeypatch):
    import io
    import time

    from rich.console import Console

    from captionscan.report.terminal import Messages

    def reports():
        time.sleep(0.5)  # the models load for the first batch
        for report in range(3):
            time.sleep(0.6)  # the rate shows from the first second of scanning
            yield report

    messages = Messages()
    messages.console = Console(file=io.StringIO(), force_terminal=True, width=80)
    assert list(messages.progress(reports(), total=3)) == [0, 1, 2]
    shown = messages.console.file.getvalue()
    assert shown.index("loading models") < shown.index("scanning") and "of 3 units" in shown
    assert regex.search(r"[123] of 3 units, \d\.\d units/s, 0:0\d left", shown), shown
    assert "None" not in shown


def test_the_total_is_known_for_drafts_and_not_for_exports(tmp_path):
    from captionscan.read import count_units

    (tmp_path / "a.md").write_text("eins", encoding="utf-8")
    (tmp_path / "b.jsonl").write_text('{"text": "zwei"}\n\n{"text": "drei"}\n', encoding="utf-8")
    drafts = [tmp_path / "a.md", tmp_path / "b.jsonl"]
    assert count_units(drafts) == 3
    assert count_units([*drafts, Path(EXPORT)]) is None


def test_a_draft_not_in_utf8_says_how_to_save_it_and_the_next_drafts_are_checked(run, tmp_path):
    """A draft saved in a legacy encoding is skipped with the fix, exit 2; the drafts after it are still checked (a
    user's folder had stopped at it, and the draft after it, which named a listed person, went unreported)."""
    draft = tmp_path / "entwurf.txt"
    draft.write_bytes("Grüße an Lena Vogt".encode("cp1252"))
    (tmp_path / "zweiter.txt").write_text("Danke an Jonas Müller!", encoding="utf-8")
    result = run("check", draft, tmp_path / "zweiter.txt", "--optout", OPTOUT)
    assert result.exit_code == 2 and "Traceback" not in result.output
    fix = "save it as UTF-8 (in an editor: Save as, encoding UTF-8)"
    assert f"captionscan: warning: {draft}: not valid UTF-8 text (byte 2): {fix}; skipped" in result.stderr
    assert "zweiter.txt:1:10: hit:" in result.stdout
