"""The `captionscan` command: a thin typer layer that parses options, opens a Session, calls the library and renders.

Exit codes: 0 no opt-out hit, 1 opt-out hits, 2 usage or input error (one line on stderr, no traceback).
"""

from __future__ import annotations

import signal
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from captionscan import __version__
from captionscan.command import (
    AllowOpt,
    AnyLangOpt,
    Command,
    DecisionsOpt,
    FailOnOpt,
    FormatOpt,
    Group,
    KeyFileOpt,
    LangOpt,
    OptoutOpt,
    OutputOpt,
    PathsArg,
    QuietOpt,
    SinceOpt,
    UntilOpt,
    file_option,
    messages,
)
from captionscan.errors import InputError
from captionscan.records import Summary
from captionscan.report import write_report
from captionscan.report.atomic import refuse_overwriting_inputs
from captionscan.report.terminal import found, plural
from captionscan.session import Session
from captionscan.suppress import IGNORE_FILE

app = typer.Typer(
    cls=Group,
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    help="Find opted-out people in Instagram/Facebook exports and draft captions, and rewrite them.",
    epilog="Example: captionscan scan instagram.zip --optout optout.csv -o report.html",
)


def _open(optout: Path | None, key_file: Path | None, inputs: list[Path] | None = None, **options) -> Session:
    """The session of a command: flags over `.captionscan.toml` / `[tool.captionscan]` over defaults, and the
    ignore file, all in the working directory; `inputs`, the files to scan, must not be the session's own alone."""
    from captionscan.parallel import default_processes

    options |= {"key_file": key_file, "settings": Path.cwd(), "ignore": IGNORE_FILE, "warn": messages.warn}
    options |= {day: options[day].date() for day in ("since", "until") if options.get(day)}
    session = messages.blank_with(Session.open(optout, processes=default_processes(), **options))
    session.refuse_own_only(inputs or [])
    return session


@app.command(cls=Command, epilog="Example: captionscan scan instagram.zip --optout optout.csv -o report.html")
def scan(
    paths: PathsArg,
    optout: OptoutOpt = None,
    fmt: FormatOpt = None,
    output: OutputOpt = None,
    lang: LangOpt = None,
    fail_on: FailOnOpt = None,
    allow: AllowOpt = None,
    key_file: KeyFileOpt = None,
    decisions: DecisionsOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    quiet: QuietOpt = False,
) -> None:
    """Scan exports and drafts for opted-out people; report every hit with suggested rewrites."""
    refuse_overwriting_inputs(output, [*paths, optout, key_file, decisions])
    options = {"decisions": decisions, "since": since, "until": until}
    session = _open(optout, key_file, paths, lang=lang, fail_on=fail_on, allow=allow, **options)
    summary = Summary()
    reports = messages.progress(session.scan(paths, summary, messages.note), quiet, session.units_known(paths))
    write_report(fmt, reports, summary, output, decisions=session.decisions, people=session.matcher.by_id)
    if decisions and (unmatched := session.decisions.unmatched(summary.decided)):
        messages.say("warning", f"{decisions}: {unmatched}")
    raise typer.Exit(
        messages.done(f"Wrote {output}" if output else "Scanned", found(summary), session.exit_code(summary))
    )


@app.command(cls=Command, epilog="Example: captionscan redact instagram.zip --optout optout.csv -o rewrites.xlsx")
def redact(
    paths: PathsArg,
    output: Annotated[Path, file_option("--output", "-o", help="rewrites.csv or rewrites.xlsx (atomically).")],
    optout: OptoutOpt = None,
    lang: LangOpt = None,
    allow: AllowOpt = None,
    key_file: KeyFileOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    quiet: QuietOpt = False,
) -> None:
    """One row per unit that names an opted-out person: where it is, its text and the suggested rewrites."""
    from captionscan.report.formats import write_rewrites

    refuse_overwriting_inputs(output, [*paths, optout, key_file])
    session, summary = _open(optout, key_file, paths, lang=lang, allow=allow, since=since, until=until), Summary()
    reports = messages.progress(session.scan(paths, summary, messages.note), quiet, session.units_known(paths))
    write_rewrites(reports, output)
    code = session.exit_code(summary, failing=bool(summary.findings))
    raise typer.Exit(messages.done(f"Wrote {output}", found(summary), code))


CheckFormat = StrEnum("CheckFormat", {"text": "text", "github": "github", "json": "json"})


@app.command(cls=Command, epilog="Example: captionscan check drafts/*.md --optout optout.csv --fix")
def check(
    files: Annotated[list[Path], typer.Argument(readable=False, help="Draft captions (.txt, .md, .jsonl) or exports.")],
    optout: OptoutOpt = None,
    apply_fix: Annotated[bool, typer.Option("--fix", help="Write the safe first suggestions into drafts.")] = False,
    diff: Annotated[bool, typer.Option("--diff", help="Show the diff --fix would write; write nothing.")] = False,
    no_backup: Annotated[bool, typer.Option("--no-backup", help="With --fix: keep no FILE.orig at all.")] = False,
    update: Annotated[
        bool, typer.Option("--update-ignore", help=f"Record every current hit in {IGNORE_FILE}; exit 3 if it changed.")
    ] = False,
    fmt: Annotated[
        CheckFormat,
        typer.Option("--format", case_sensitive=False, help="Plain lines, GitHub annotations or JSON Lines."),
    ] = CheckFormat.text,
    lang: LangOpt = None,
    fail_on: FailOnOpt = None,
    allow: AllowOpt = None,
    key_file: KeyFileOpt = None,
) -> None:
    """Pre-commit style check: `path:line:col: reason -> suggestion` per hit; exit 1 on hits."""
    from captionscan.check import Fix, Output, check_files, update_ignore

    session, summary = _open(optout, key_file, lang=lang, fail_on=fail_on, allow=allow), Summary()
    mode, out = Fix.asked(apply_fix, diff), Output(fmt.value, typer.echo)
    if update:
        code, did = update_ignore(session, files, messages.note, summary)
    else:
        code, did = check_files(session, files, mode, out, messages.note, summary, not no_backup)
    raise typer.Exit(messages.done(did, found(summary), code))


@app.command("extract", cls=Command, epilog="Example: captionscan extract captions.txt")
def extract_cmd(
    file: Annotated[str, typer.Argument(help="JSONL with a 'text' field per line, or plain text; '-' for stdin.")],
    lang: AnyLangOpt = "auto",
) -> None:
    """Print one JSON line per input line: the text, its language and its entities."""
    from captionscan.api import extract_lines

    sys.stdout.writelines(extract_lines(file, lang))


EvalFormat = StrEnum("EvalFormat", {"table": "table", "json": "json"})


@app.command("evaluate", cls=Command, epilog="Example: captionscan evaluate gold.jsonl --lang de")
def evaluate_cmd(
    gold: Annotated[
        list[Path],
        typer.Argument(help="JSONL gold files: a {text, entities} record a line, an entity as start, end, label."),
    ],
    lang: AnyLangOpt = "auto",
    fmt: Annotated[
        EvalFormat, typer.Option("--format", case_sensitive=False, help="Report format.")
    ] = EvalFormat.table,
    by_rule: Annotated[bool, typer.Option("--by-rule", help="What each rule component adds and costs.")] = False,
) -> None:
    """Score the extractor on annotated texts: exact and overlap precision/recall/F1, and redaction recall."""
    from captionscan.evaluate import report, report_table
    from captionscan.report.formats import json_line
    from captionscan.report.terminal import print_table

    results = {str(path): report(path, lang, by_rule) for path in gold}
    if fmt is EvalFormat.json:
        sys.stdout.write(json_line(results))
        return
    print_table("Extractor against gold annotations", *report_table(results))


optout_app = typer.Typer(cls=Group, help="Work with opt-out lists.", no_args_is_help=True)
app.add_typer(optout_app, name="optout")


@optout_app.command(
    "hash", cls=Command, epilog="Example: captionscan optout hash optout.csv --key-file list.key -o hashed.csv"
)
def optout_hash(
    optout: Annotated[
        Path,
        typer.Argument(help="The opt-out list (CSV, XLSX or JSON, with an id column).", readable=False, metavar="LIST"),
    ],
    key_file: Annotated[Path, file_option("--key-file", help="The key; a new random key is made if it is missing.")],
    output: Annotated[Path, file_option("--output", "-o", help="The hashed list to share (CSV).")],
) -> None:
    """Write keyed hashes of the list's name variants and handles: a list to share that names nobody."""
    from captionscan.match.hashed import write_hashed_list

    refuse_overwriting_inputs(output, [optout, key_file])
    people, new_key = write_hashed_list(optout, key_file, output, warn=messages.warn)
    if new_key:
        messages.say("note", f"{key_file}: new key written; share it only with whoever gets the list")
    messages.done(f"Wrote {output}", f"the hashed names and handles of {plural(people, 'person', 'people')}")


@optout_app.command("check", cls=Command, epilog="Example: captionscan optout check optout.xlsx")
def optout_check(
    optout: Annotated[
        Path, typer.Argument(readable=False, metavar="LIST", help="The opt-out list (CSV, XLSX or JSON).")
    ],
) -> None:
    """Show how each column of the list is read and how many people, handles and aliases it gives; names nobody."""
    from captionscan.match.hashed import is_hashed
    from captionscan.match.optout_list import read_optout
    from captionscan.report.terminal import print_list_reading

    if is_hashed(optout):
        raise InputError(str(optout), "is a hashed list: check the plain list it was made from")
    print_list_reading(read_optout(optout, warn=messages.warn)[1])


def _version(value: bool) -> None:
    if value:
        typer.echo(f"captionscan {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = False,
) -> None:
    """captionscan: keep people who said no out of public posts."""


def main() -> None:
    # A CI timeout sends SIGTERM: exit through Python so that no temporary output is left behind.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(128 + signal.SIGTERM))
    app()
