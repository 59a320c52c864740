"""The `captionscan` command: a thin typer layer that parses options, opens a Session, calls the library and renders.

Exit codes: 0 no opt-out hit, 1 opt-out hits, 2 usage or input error (one line on stderr, no traceback).
"""

from __future__ import annotations

import signal
import sys
from enum import StrEnum
from functools import wraps
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from captionscan import __version__
from captionscan.config import LANGS, LEVELS
from captionscan.errors import EXIT_INPUT_ERROR, InputError, described, one_line
from captionscan.records import Notice, Skipped, Summary, said
from captionscan.report import WRITERS, write_atomic, write_report
from captionscan.report.atomic import refuse_overwriting_inputs
from captionscan.report.stdout import standard_output
from captionscan.session import Session
from captionscan.suppress import IGNORE_FILE

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    help="Find opted-out people in Instagram/Facebook exports and draft captions, and rewrite them.",
)
stderr = Console(stderr=True, soft_wrap=True, markup=False, highlight=False, emoji=False)
# NOTE: once the list is loaded, every stderr line is blanked of listed names (Session.blank).
_opened: list[Session] = []


def _say(kind: str, message: str) -> None:
    line = one_line(message)
    for session in _opened:
        line = session.blank(line)
    stderr.print(f"captionscan: {kind}: {line}")


# One list of each: the languages and levels settings accept, the report writers' formats.
Lang = StrEnum("Lang", {name: name for name in LANGS})
Level = StrEnum("Level", {name: name for name in LEVELS})
Format = StrEnum("Format", {name: name for name in WRITERS})


OptoutOpt = Annotated[
    Path | None,
    typer.Option(
        "--optout", readable=False, help="Opt-out list: CSV, XLSX or JSON (see 'optout check') [default: from config]."
    ),
]
LangOpt = Annotated[Lang | None, typer.Option("--lang", help="Language of the texts; auto decides per text unit.")]
FailOnOpt = Annotated[Level | None, typer.Option("--fail-on", help="Exit 1 from this level on [default: hit].")]
PathsArg = Annotated[
    list[Path], typer.Argument(readable=False, help="Export .zip, extracted folder, export .json, or drafts.")
]
KeyFileOpt = Annotated[
    Path | None, typer.Option("--key-file", readable=False, help="Key of a hashed opt-out list [default: from config].")
]
AllowOpt = Annotated[list[str] | None, typer.Option("--allow", help="A name or handle that may appear (repeatable).")]


def _open(
    optout: Path | None,
    lang: Lang | None,
    fail_on: Level | None,
    allow: list[str] | None,
    key_file: Path | None,
) -> Session:
    """The session of a command: flags over `.captionscan.toml` / `[tool.captionscan]` over defaults, and the
    ignore file, all in the working directory."""
    from captionscan.parallel import default_processes

    session = Session.open(
        optout,
        key_file=key_file,
        settings=Path.cwd(),
        allow=allow or (),
        ignore=IGNORE_FILE,
        lang=lang,
        fail_on=fail_on,
        processes=default_processes(),
        warn=_warn,
    )
    _opened[:] = [session]
    return session


def _warn(message: str) -> None:
    _say("warning", message)


def _warn_note(item: Skipped | Notice) -> None:
    _say(*said(item))


def reports_exit_code(func):
    """Map InputError and unreadable files to one stderr line and exit code 2. Standard output is named in its
    errors; a reader that closed it (`| head`) ends the command quietly, with exit code 0."""

    @wraps(func)
    def wrapper(*args, **kwargs):
        try:
            with standard_output():
                return func(*args, **kwargs)
            return None  # standard_output() ended a command whose reader had gone
        except typer.Exit:
            raise
        except Exception as exc:  # noqa: BLE001  (a crash must not exit 1, which means "hits found")
            _say(*described(exc))
        raise typer.Exit(EXIT_INPUT_ERROR)

    return wrapper


@app.command()
@reports_exit_code
def scan(
    paths: PathsArg,
    optout: OptoutOpt = None,
    fmt: Annotated[Format, typer.Option("--format", help="Report format.")] = Format.table,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", readable=False, help="Write the report here (atomically).")
    ] = None,
    lang: LangOpt = None,
    fail_on: FailOnOpt = None,
    allow: AllowOpt = None,
    key_file: KeyFileOpt = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
) -> None:
    """Scan exports and drafts for opted-out people; report every hit with suggested rewrites."""
    from captionscan.report.terminal import with_progress

    refuse_overwriting_inputs(output, [*paths, optout, key_file])
    session = _open(optout, lang, fail_on, allow, key_file)
    summary = Summary()
    reports = with_progress(session.scan(paths, summary, _warn_note), stderr, stderr.is_terminal and not quiet)
    write_report(fmt.value, reports, summary, output)
    raise typer.Exit(session.exit_code(summary))


@app.command()
@reports_exit_code
def redact(
    paths: PathsArg,
    output: Annotated[
        Path, typer.Option("--output", "-o", readable=False, help="rewrites.csv or rewrites.xlsx (atomically).")
    ],
    optout: OptoutOpt = None,
    lang: LangOpt = None,
    allow: AllowOpt = None,
    key_file: KeyFileOpt = None,
) -> None:
    """One row per unit that names an opted-out person: where it is, its text and the suggested rewrites."""
    from captionscan.report.formats import write_rewrites

    refuse_overwriting_inputs(output, [*paths, optout, key_file])
    session, summary = _open(optout, lang, None, allow, key_file), Summary()
    reports = session.scan(paths, summary, _warn_note)
    write_rewrites(reports, output)
    raise typer.Exit(session.exit_code(summary, failing=bool(summary.findings)))


class CheckFormat(StrEnum):
    text = "text"
    github = "github"


@app.command()
@reports_exit_code
def check(
    files: Annotated[list[Path], typer.Argument(readable=False, help="Draft captions (.txt, .md, .jsonl) or exports.")],
    optout: OptoutOpt = None,
    apply_fix: Annotated[bool, typer.Option("--fix", help="Write the first suggestion into each draft.")] = False,
    update: Annotated[
        bool, typer.Option("--update-ignore", help=f"Record every current hit in {IGNORE_FILE}; exit 3 if it changed.")
    ] = False,
    fmt: Annotated[CheckFormat, typer.Option("--format", help="text: path:line:col; github: annotations.")] = (
        CheckFormat.text
    ),
    lang: LangOpt = None,
    fail_on: FailOnOpt = None,
    allow: AllowOpt = None,
    key_file: KeyFileOpt = None,
) -> None:
    """Pre-commit style check: `path:line:col: reason -> suggestion` per hit; exit 1 on hits."""
    from captionscan.check import check_files, update_ignore

    session = _open(optout, lang, fail_on, allow, key_file)
    if update:
        raise typer.Exit(update_ignore(session, files, _warn_note))
    github = fmt == CheckFormat.github
    raise typer.Exit(check_files(session, files, apply_fix, github, typer.echo, _warn_note))


@app.command("extract")
@reports_exit_code
def extract_cmd(
    file: Annotated[str, typer.Argument(help="JSONL with a 'text' field per line, or plain text; '-' for stdin.")],
    lang: Annotated[Lang, typer.Option("--lang", help="Language of the texts; auto decides per text unit.")] = (
        Lang.auto
    ),
) -> None:
    """Print one JSON line per input line: the text, its language and its entities."""
    from captionscan.api import extract_texts
    from captionscan.parallel import default_processes
    from captionscan.read.lines import texts_of_file
    from captionscan.report.formats import entity_line

    texts = texts_of_file(file)
    for text, (text_lang, entities) in zip(texts, extract_texts(texts, lang.value, default_processes()), strict=True):
        sys.stdout.write(entity_line(text, text_lang, entities))


class EvalFormat(StrEnum):
    table = "table"
    json = "json"


@app.command("evaluate")
@reports_exit_code
def evaluate_cmd(
    gold: Annotated[list[Path], typer.Argument(help="JSONL gold files: {text, entities: [[start, end, label]]}.")],
    lang: Annotated[Lang, typer.Option("--lang", help="Language of the texts; auto takes each record's 'lang'.")] = (
        Lang.auto
    ),
    fmt: Annotated[EvalFormat, typer.Option("--format", help="Report format.")] = EvalFormat.table,
    by_rule: Annotated[bool, typer.Option("--by-rule", help="What each rule component adds and costs.")] = False,
) -> None:
    """Score the extractor on annotated texts: exact and overlap precision/recall/F1, and redaction recall."""
    from captionscan.evaluate import report, report_table
    from captionscan.report.formats import json_line
    from captionscan.report.terminal import print_table

    results = {str(path): report(path, lang.value, by_rule) for path in gold}
    if fmt is EvalFormat.json:
        sys.stdout.write(json_line(results))
        return
    print_table("Extractor against gold annotations", *report_table(results))


optout_app = typer.Typer(help="Work with opt-out lists.", no_args_is_help=True)
app.add_typer(optout_app, name="optout")


@optout_app.command("hash")
@reports_exit_code
def optout_hash(
    optout: Annotated[
        Path, typer.Argument(readable=False, help="The opt-out list (CSV, XLSX or JSON, with an id column).")
    ],
    key_file: Annotated[
        Path, typer.Option("--key-file", readable=False, help="The key; a new random key is made if it is missing.")
    ],
    output: Annotated[Path, typer.Option("--output", "-o", readable=False, help="The hashed list to share (CSV).")],
) -> None:
    """Write keyed hashes of the list's name variants and handles: a list to share that names nobody."""
    from captionscan.match import load_optout
    from captionscan.match.hashed import hash_rows, read_key, require_ids

    refuse_overwriting_inputs(output, [optout, key_file])
    people = load_optout(optout, warn=_warn)
    try:
        require_ids(people)
    except ValueError as exc:
        raise InputError(str(optout), str(exc), "column 'id'") from None
    existed = key_file.exists()
    rows = hash_rows(people, read_key(key_file, create=True))
    if not existed:
        _say("note", f"{key_file}: new key written; share it only with whoever gets the list")
    write_atomic(output, lambda f: rows.to_csv(f, index=False))


@optout_app.command("check")
@reports_exit_code
def optout_check(
    optout: Annotated[Path, typer.Argument(readable=False, help="The opt-out list (CSV, XLSX or JSON).")],
) -> None:
    """Show how each column of the list is read and how many people, handles and aliases it gives; names nobody."""
    from captionscan.match.hashed import is_hashed
    from captionscan.match.optout_list import read_optout
    from captionscan.report.terminal import print_list_reading

    if is_hashed(optout):
        raise InputError(str(optout), "is a hashed list: check the plain list it was made from")
    print_list_reading(read_optout(optout, warn=_warn)[1])


def _version(value: bool) -> None:
    if value:
        typer.echo(f"captionscan {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True)] = False,
) -> None:
    """captionscan: keep people who said no out of public posts."""


def main() -> None:
    # A CI timeout sends SIGTERM: exit through Python so that no temporary output is left behind.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(128 + signal.SIGTERM))
    app()
