"""The `captionscan` command: a thin typer layer that parses options, calls the library and renders.

Exit codes: 0 no opt-out hit, 1 opt-out hits, 2 usage or input error (one line on stderr, no traceback).
"""

from __future__ import annotations

import os
import signal
import sys
import traceback
from collections.abc import Iterable, Iterator
from contextlib import nullcontext
from dataclasses import dataclass, replace
from enum import StrEnum
from fnmatch import fnmatch
from functools import partial, wraps
from itertools import chain
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from captionscan import __version__
from captionscan.check import findings, fix
from captionscan.config import CONFIG_FILE, load_config
from captionscan.encoding import decode_bytes
from captionscan.errors import EXIT_CLEAN, EXIT_HITS, EXIT_IGNORE_UPDATED, EXIT_INPUT_ERROR, InputError, one_line
from captionscan.extract import extract
from captionscan.match import Matcher, load_optout
from captionscan.match.hashed import hash_rows, hashed_matcher, is_hashed, read_key, require_ids
from captionscan.match.optout_list import read_optout
from captionscan.parallel import default_processes, map_batches
from captionscan.read import read_paths
from captionscan.read.drafts import read_text_file
from captionscan.read.lines import texts_of_lines
from captionscan.records import Notice, OptoutHit, Skipped, Summary, UnitReport, Unread
from captionscan.report import BINARY, WRITERS, render, write_atomic
from captionscan.report.formats import json_line, rewrite_rows, write_table
from captionscan.report.stdout import standard_output
from captionscan.scan import BATCH_UNITS, scan_units
from captionscan.suppress import IGNORE_FILE, Suppression, allowed_people, ignore_file_text, read_ignore

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    help="Find opted-out people in Instagram/Facebook exports and draft captions, and rewrite them.",
)
stderr = Console(stderr=True, soft_wrap=True, markup=False, highlight=False, emoji=False)
# NOTE: once the list is loaded, every stderr line is matched against it and names are blanked: a file or
# member name the user chose ("../Lena Vogt/posts_1.json") must not carry a listed name into a log.
_loaded: list[Matcher] = []


def _say(kind: str, message: str) -> None:
    line = one_line(message)
    for matcher in _loaded:
        spans: list[list[int]] = []  # overlapping findings blanked as one, each once
        for start, end in sorted((h.start, h.end) for h in matcher.match(line)):
            if spans and start < spans[-1][1]:
                spans[-1][1] = max(spans[-1][1], end)
            else:
                spans.append([start, end])
        for start, end in reversed(spans):
            line = line[:start] + "[name]" + line[end:]
    stderr.print(f"captionscan: {kind}: {line}")


class Lang(StrEnum):
    auto = "auto"
    de = "de"
    en = "en"


Format = StrEnum("Format", {name: name for name in WRITERS})  # one list of formats: the report writers


class Level(StrEnum):
    hit = "hit"
    review = "review"


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


@dataclass(frozen=True)
class Settings:
    """Flags over `.captionscan.toml` / `[tool.captionscan]` over defaults."""

    matcher: Matcher
    lang: str
    fail_on: str
    suppression: Suppression
    exclude: tuple[str, ...]

    def fails(self, hit: OptoutHit) -> bool:
        return hit.level == "hit" or self.fail_on == "review"

    def included(self, paths: list[Path]) -> list[Path]:
        return [p for p in paths if not any(fnmatch(p.as_posix(), glob) for glob in self.exclude)]

    def scan(self, paths: list[Path], summary: Summary) -> Iterator[UnitReport]:
        items = read_paths(self.included(paths))
        return scan_units(items, self.matcher, self.lang, _warn_note, summary, self.suppression, default_processes())


def _settings(
    optout: Path | None,
    lang: Lang | None,
    fail_on: Level | None,
    allow: list[str] | None,
    key_file: Path | None,
    ignore_file: bool = False,
) -> Settings:
    config = load_config(Path.cwd())
    path = optout or config.optout
    if path is None:
        raise InputError(
            str(config.file or CONFIG_FILE), "no opt-out list: set it here or pass --optout FILE", "key 'optout'"
        )
    if is_hashed(path):
        if (key_file := key_file or config.key_file) is None:
            raise InputError(str(path), "a hashed opt-out list needs its key: pass --key-file FILE")
        matcher = hashed_matcher(path, read_key(key_file))
    else:
        matcher = Matcher(load_optout(path, warn=_warn))
    _loaded[:] = [matcher]
    key, prints = read_ignore(Path(IGNORE_FILE)) if ignore_file else (b"", frozenset())
    allowed = allowed_people(matcher, [*config.allow, *(allow or [])])
    return Settings(
        matcher, lang or config.lang, fail_on or config.fail_on, Suppression(allowed, key, prints), config.exclude
    )


def _warn(message: str) -> None:
    _say("warning", message)


def _warn_note(item: Skipped | Notice) -> None:
    if isinstance(item, Skipped):
        _warn(f"{item.path}: {item.where}: {item.problem}; skipped")
    elif isinstance(item, Unread):  # its message names the member
        _say("note", f"{item.path}: {item.message}")
    else:
        _say("note", f"{item.path}: {item.where}: {item.message}")


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
        except InputError as exc:
            _say("error", exc.message)
        except OSError as exc:
            _say("error", f"{exc.filename or ''}: {exc.strerror or exc}")
        except Exception as exc:  # noqa: BLE001  (a crash must not exit 1, which means "hits found")
            # NOTE: the type and place only: an exception's message may quote a caption or a listed name.
            frame = traceback.extract_tb(exc.__traceback__)[-1]
            where = f"{Path(frame.filename).name}:{frame.lineno}"
            _say("internal error", f"{type(exc).__name__} in {where}; please report it")
        raise typer.Exit(EXIT_INPUT_ERROR)

    return wrapper


def _with_progress(reports: Iterable[UnitReport], show: bool) -> Iterator[UnitReport]:
    """A units and units/s counter on stderr, only for a person watching a terminal."""
    columns = (
        SpinnerColumn(),
        TextColumn("scanning"),
        MofNCompleteColumn(),
        TextColumn("{task.speed} units/s"),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=stderr, transient=True) if show else nullcontext() as progress:
        task = progress.add_task("scan", total=None) if show else None
        for report in reports:
            if show:
                progress.advance(task)
            yield report


def _not_an_input(output: Path | None, inputs: list[Path | None]) -> None:
    """Refuse an output that would overwrite an input of the same run (an export, the list, a key)."""
    if output is None or not output.exists():
        return
    for path in filter(None, inputs):
        if path.exists() and os.path.samefile(output, path):
            raise InputError(str(output), "is an input of this run; name another file for the output")


def _exit_code(summary: Summary, failing: bool) -> int:
    if summary.skipped:
        return EXIT_INPUT_ERROR  # a partly read input must not pass for a clean run
    return EXIT_HITS if failing else EXIT_CLEAN


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
    _not_an_input(output, [*paths, optout, key_file])
    settings = _settings(optout, lang, fail_on, allow, key_file)
    summary = Summary()
    reports = settings.scan(paths, summary)
    failing = False

    def tracked() -> Iterator[UnitReport]:
        nonlocal failing
        for r in _with_progress(reports, stderr.is_terminal and not quiet):
            failing |= any(settings.fails(h) for h in r.hits)
            yield r

    if output is None:
        if fmt.value in BINARY:
            raise InputError("<stdout>", f"--format {fmt.value} writes a file: pass --output FILE")
        # A reader that closed the pipe ends the report early; the exit code is still this run's.
        with standard_output() as out:
            render(fmt.value, tracked(), summary, out)
    else:
        write_atomic(output, lambda f: render(fmt.value, tracked(), summary, f), binary=fmt.value in BINARY)
    raise typer.Exit(_exit_code(summary, failing))


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
    _not_an_input(output, [*paths, optout, key_file])
    settings = _settings(optout, lang, None, allow, key_file)
    summary = Summary()
    reports = settings.scan(paths, summary)
    xlsx = output.suffix.lower() == ".xlsx"
    write_atomic(output, lambda f: write_table(rewrite_rows(reports), f, xlsx, "rewrites"), binary=xlsx)
    raise typer.Exit(_exit_code(summary, bool(summary.findings)))


class CheckFormat(StrEnum):
    text = "text"
    github = "github"


@app.command()
@reports_exit_code
def check(
    files: Annotated[list[Path], typer.Argument(readable=False, help="Draft captions (.txt, .md, .jsonl) or exports.")],
    optout: OptoutOpt = None,
    apply_fix: Annotated[bool, typer.Option("--fix", help="Write the first suggestion into each draft.")] = False,
    update_ignore: Annotated[
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
    settings = _settings(optout, lang, fail_on, allow, key_file, ignore_file=True)
    if update_ignore:  # every current hit goes into the new file, those ignored so far included
        settings = replace(settings, suppression=replace(settings.suppression, fingerprints=frozenset()))
    summary, failing, prints = Summary(), False, set()
    for path in files:
        reports = [r for r in settings.scan([path], summary) if r.hits]
        prints |= {settings.suppression.fingerprint(r.unit, h) for r in reports for h in r.hits}
        if update_ignore:
            continue
        for finding in findings(reports):
            typer.echo(finding.github() if fmt == CheckFormat.github else finding.format())
            failing |= settings.fails(finding.hit)
        if apply_fix and fix(path, reports):
            typer.echo(f"{path}: fixed")
    if update_ignore:  # files not checked in this run (pre-commit passes only staged ones) keep their lines
        ignore = Path(IGNORE_FILE)
        checked = {settings.suppression.file_tag(str(path)) for path in files}
        kept = {p for p in read_ignore(ignore)[1] if p.split(":")[0] not in checked}
        new = ignore_file_text(settings.suppression.key, prints | kept)
        changed = not ignore.is_file() or ignore.read_text(encoding="utf-8") != new
        if changed:
            write_atomic(ignore, lambda f: f.write(new))
        raise typer.Exit(EXIT_INPUT_ERROR if summary.skipped else EXIT_IGNORE_UPDATED if changed else EXIT_CLEAN)
    raise typer.Exit(_exit_code(summary, failing))


@app.command("extract")
@reports_exit_code
def extract_cmd(
    file: Annotated[str, typer.Argument(help="JSONL with a 'text' field per line, or plain text; '-' for stdin.")],
    lang: Annotated[Lang, typer.Option("--lang", help="Language of the texts; auto decides per text unit.")] = (
        Lang.auto
    ),
) -> None:
    """Print one JSON line per input line: the text, its language and its entities."""
    if file == "-":
        content = decode_bytes(sys.stdin.buffer.read(), "<stdin>", None)
    else:
        content = read_text_file(Path(file))
    texts = texts_of_lines(content)
    batches = (texts[i : i + BATCH_UNITS] for i in range(0, len(texts), BATCH_UNITS))
    results = chain.from_iterable(map_batches(partial(extract, lang=lang.value), batches, default_processes()))
    for text, (text_lang, entities) in zip(texts, results, strict=True):
        record = {
            "text": text,
            "lang": text_lang,
            "entities": [{"start": e.start, "end": e.end, "label": e.label, "text": e.text} for e in entities],
        }
        sys.stdout.write(json_line(record))


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
) -> None:
    """Score the extractor on annotated texts: exact and overlap precision/recall/F1, and redaction recall."""
    from rich.table import Table

    from captionscan.evaluate import TABLE_COLUMNS, evaluate, table_rows

    results = {str(path): evaluate(path, lang.value).as_dict() for path in gold}
    if fmt is EvalFormat.json:
        sys.stdout.write(json_line(results))
        return
    table = Table(title="Extractor against gold annotations")
    for column in ("gold file", *TABLE_COLUMNS):
        table.add_column(column, overflow="fold")
    for name, result in results.items():
        for row in table_rows(result):
            table.add_row(name, *row)
    Console(highlight=False, width=None if sys.stdout.isatty() else 140).print(table)


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
    _not_an_input(output, [optout, key_file])
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
    from rich.table import Table
    from rich.text import Text

    if is_hashed(optout):
        raise InputError(str(optout), "is a hashed list: check the plain list it was made from")
    _, reading = read_optout(optout, warn=_warn)
    table = Table("column", "read as")
    for heading, role in reading.columns:
        table.add_row(Text(heading), role)  # Text: a heading's brackets are not rich markup
    console = Console(highlight=False, width=None if sys.stdout.isatty() else 120)
    console.print(table)
    counts = (
        (reading.people, "person", "people"),
        (reading.handles, "handle", "handles"),
        (reading.aliases, "alias", "aliases"),
    )
    console.print(Text(", ".join(f"{n} {one if n == 1 else many}" for n, one, many in counts)))


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
