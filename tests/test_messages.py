"""What a photographer reads: help without programmers' type markers, outputs in the format their name asks for,
and for each common mistake one line naming the real problem and the fix (exit code 2, no traceback)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import regex
from typer.testing import CliRunner

from captionscan.cli import app

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
        assert "PATHS..." in text and "--optout" in text and "FILE" in text and "auto|de|en" in text


@pytest.mark.parametrize(
    ("args", "meant"),
    [(["scan", EXPORT, "-optout", OPTOUT], "--optout"), (["check", "x.md", "-fix"], "--fix"), (["-version"], None)],
)
def test_a_single_dash_long_option_asks_for_two(run, args, meant):
    line = one_error_line(run(*args))
    meant = meant or args[0].replace("-", "--", 1)
    assert line == f"captionscan: error: {meant[1:]}: one dash reads it as short options; did you mean {meant}?"


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
