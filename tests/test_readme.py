"""The README does what it says: every `captionscan` command in its fenced code blocks runs, on a copy of the demo
data, with the exit code the README gives it and no traceback; it stays short; and the links of the README and the
documents it points to lead somewhere.

A command's exit code is the one named in its comment (`... --optout data/demo_optout.csv   # exit code 1`); a
command without one is to end with 0. Commands run as the README shows them, one after another in one folder, as a
reader following it would: `.venv/bin/captionscan` and `.venv\\Scripts\\captionscan` are this environment's
`captionscan`. A file the README says the report page downloads is made the way the page makes it.
"""

from __future__ import annotations

import json
import re
import shlex
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parent.parent
README = PROJECT / "README.md"
DOCUMENTS = [README, PROJECT / "models" / "README.md", *sorted((PROJECT / "docs").glob("*.md"))]
MAX_BYTES = 12_000
CAPTIONSCAN = Path(sys.executable).with_name("captionscan.exe" if sys.platform == "win32" else "captionscan")

FENCE = re.compile(r"^```[^\n]*\n(.*?)^```", re.MULTILINE | re.DOTALL)
COMMENT = re.compile(r"\s#\s(.*)$")  # " # exit code 1": a hashtag (#lenavogt) has no space after its "#"
EXIT_CODE = re.compile(r"\bexit code (\d)\b")
SEPARATORS = {";", "&&", "||", "|"}


def fenced_commands(markdown: str) -> list[tuple[list[str], int]]:
    """(arguments, expected exit code) of every `captionscan` command in the fenced code blocks, in order."""
    found = []
    for block in FENCE.findall(markdown):
        for line in block.splitlines():
            comment = COMMENT.search(line)
            code = line[: comment.start()] if comment else line
            expected = EXIT_CODE.search(comment.group(1)) if comment else None
            # PowerShell's paths: .venv\Scripts\captionscan is .venv/Scripts/captionscan
            lexer = shlex.shlex(code.replace("\\", "/"), posix=True, punctuation_chars=";&|")
            lexer.whitespace_split, lexer.commenters = True, ""
            segment: list[str] = []
            for token in [*lexer, ";"]:
                if token not in SEPARATORS:
                    segment.append(token)
                    continue
                if segment and Path(segment[0]).name in ("captionscan", "captionscan.exe"):
                    found.append((segment[1:], int(expected.group(1)) if expected else 0))
                segment = []
    return found


COMMANDS = fenced_commands(README.read_text(encoding="utf-8"))


def test_the_parser_reads_commands_exit_codes_and_both_systems_paths():
    markdown = (
        "text `captionscan scan not-run.zip`\n```\n"
        "python3 -m venv .venv && .venv/bin/captionscan scan a.zip --optout l.csv   # exit code 1: found\n"
        "py -m venv .venv; .venv\\Scripts\\captionscan check 'my draft.md' #lenavogt\n"
        "id,name\n```\n"
    )
    assert fenced_commands(markdown) == [
        (["scan", "a.zip", "--optout", "l.csv"], 1),
        (["check", "my draft.md", "#lenavogt"], 0),
    ]


def test_the_readme_shows_the_walk_through_commands():
    """So that the run below cannot pass by finding nothing to run."""
    shown = {tuple(args[:2]) for args, _ in COMMANDS}
    assert {("scan", "data/demo_instagram.zip"), ("optout", "check"), ("redact", "data/demo_instagram.zip")} <= shown
    assert any(args[0] == "check" for args, _ in COMMANDS)
    assert any(code == 1 for _, code in COMMANDS)


def provided(name: str) -> str | None:
    """Files a reader gets elsewhere than from a command: the decisions the HTML report's page downloads."""
    if name == "captionscan-decisions.json":
        from captionscan.decisions import Decisions

        return Decisions().to_json()  # as the page writes it, no finding decided yet
    return None


def output_looks_like(path: Path) -> str | None:
    """What is wrong with a report written with -o, judged by its extension; None when nothing is."""
    if not path.is_file():
        return "was not written"
    data = path.read_bytes()
    if path.suffix == ".html" and b"<html" not in data[:2000].lower():
        return "is no HTML page"
    if path.suffix == ".xlsx" and not zipfile.is_zipfile(path):
        return "is no XLSX workbook"
    if path.suffix == ".json":
        try:
            json.loads(data)
        except ValueError:
            return "is no JSON"
    if path.suffix == ".csv" and b"," not in data.split(b"\n", 1)[0]:
        return "is no CSV"
    return None


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the demo data, where the README's commands run one after another."""
    root = tmp_path_factory.mktemp("readme")
    (root / "data").mkdir()
    for demo in (PROJECT / "data").glob("demo_*"):
        shutil.copy2(demo, root / "data" / demo.name)
    for args, _ in COMMANDS:
        for arg in args:
            if not (root / arg).exists() and (content := provided(Path(arg).name)) is not None:
                (root / arg).write_text(content, encoding="utf-8")
    return root


@pytest.mark.parametrize(("args", "expected"), COMMANDS, ids=[" ".join(args)[:80] for args, _ in COMMANDS])
def test_each_readme_command_ends_as_the_readme_says(folder, args, expected):
    assert CAPTIONSCAN.exists(), f"no captionscan command beside {sys.executable}: install the project"
    run = subprocess.run([CAPTIONSCAN, *args], cwd=folder, capture_output=True, text=True, timeout=600)
    said = f"captionscan {' '.join(args)}\nstdout: {run.stdout[-2000:]}\nstderr: {run.stderr[-2000:]}"
    assert "Traceback" not in run.stdout + run.stderr, said
    assert "internal error" not in run.stderr, said
    assert run.returncode == expected, said
    for flag in ("-o", "--output"):
        if flag in args[:-1]:
            output = folder / args[args.index(flag) + 1]
            assert (problem := output_looks_like(output)) is None, f"{output.name} {problem}\n{said}"


def test_the_readme_is_short():
    size = len(README.read_bytes())
    assert size < MAX_BYTES, f"README.md is {size} bytes; move detail into docs/"


def test_the_readme_test_command_is_what_ci_runs():
    ci = (PROJECT / ".ci" / "run").read_text(encoding="utf-8")
    command = next(line for line in ci.splitlines() if line.startswith("python3 -m venv"))
    assert any(command in block.splitlines() for block in FENCE.findall(README.read_text(encoding="utf-8")))


LINK = re.compile(r"\]\(([^)\s]+)\)")


def anchors(markdown: str) -> set[str]:
    """GitHub's anchors of a document's headings."""
    headings = re.findall(r"^#+ (.+)$", FENCE.sub("", markdown), flags=re.MULTILINE)
    return {re.sub(r"[^\w\- ]", "", h.strip().lower()).replace(" ", "-") for h in headings}


@pytest.mark.parametrize("document", DOCUMENTS, ids=[d.relative_to(PROJECT).as_posix() for d in DOCUMENTS])
def test_links_lead_somewhere(document):
    text = document.read_text(encoding="utf-8")
    broken = []
    for target in LINK.findall(FENCE.sub("", text)):
        if re.match(r"[a-z]+:", target):
            continue  # a web address
        file, _, anchor = target.partition("#")
        path = (document.parent / file).resolve() if file else document
        if not path.exists():
            broken.append(f"{target}: no such file")
        elif anchor and path.suffix == ".md" and anchor not in anchors(path.read_text(encoding="utf-8")):
            broken.append(f"{target}: no such heading")
    assert not broken, f"{document.relative_to(PROJECT)}: " + "; ".join(broken)


def test_the_documents_name_no_path_outside_the_project():
    for document in DOCUMENTS:
        text = document.read_text(encoding="utf-8")
        assert not re.search(r"(?<![\w.])/(?:work|root|home|tmp|Users)/", text), document
