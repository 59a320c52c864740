"""Render a stream of UnitReports in the format the user chose: one render step for every command."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import asdict, fields
from pathlib import Path
from typing import IO, TYPE_CHECKING

import regex

from captionscan.decisions import Decisions
from captionscan.errors import InputError
from captionscan.records import STRATEGIES, Entity, Person, Source, Summary, UnitReport
from captionscan.report.atomic import write_atomic
from captionscan.report.html import write_html
from captionscan.report.records import hit_rows, unit_record, worth_reporting
from captionscan.report.sarif import write_sarif
from captionscan.report.stdout import standard_output

if TYPE_CHECKING:  # pandas, openpyxl and rich load only for the formats that use them: a cold `check` needs none
    import pandas as pd

# Characters json.dumps leaves raw that break a JSON line: line ends that str.splitlines() and many
# readers split on, and lone surrogates, which no UTF-8 stream can carry. Escaped, they stay valid JSON.
UNSAFE_IN_JSON_LINE = regex.compile(r"[\x85\u2028\u2029\ud800-\udfff]")
DIGITS = regex.compile(r"(\d+)")  # a run of digits in an id, split off to compare as a number


def json_line(value: object) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return UNSAFE_IN_JSON_LINE.sub(lambda m: f"\\u{ord(m.group()):04x}", text) + "\n"


def entity_line(text: str, lang: str, entities: Iterable[Entity]) -> str:
    """A JSON line of `captionscan extract`: the text, its language and its entities."""
    spans = [{"start": e.start, "end": e.end, "label": e.label, "text": e.text} for e in entities]
    return json_line({"text": text, "lang": lang, "entities": spans})


def _in_order(person_id: str) -> tuple:
    """Ids as a person reads them: "2" before "10", "optout-2" before "optout-10"."""
    return tuple((0, int(part), "") if part.isdigit() else (1, 0, part) for part in DIGITS.split(person_id))


# The table's words for what the summary counts: a unit may name people and no one listed, and "hits" counts
# every level.
SUMMARY_ROWS = {
    "units_with_people": "units naming anyone (listed or not)",
    "units_with_findings": "units with findings",
    "hits": "findings (hit or review)",
}


def summary_record(summary: Summary) -> dict:
    return {
        "units": summary.units,
        "units_with_people": summary.units_with_people,
        "units_with_findings": summary.units_with_findings,
        "hits": summary.hits,
        "decided": summary.decided,
        "hits_per_person": dict(sorted(summary.hits_per_person.items(), key=lambda item: _in_order(item[0]))),
        "skipped": summary.skipped,
        "unread_members": summary.unread_members,
    }


def _json(reports: Iterable[UnitReport], summary: Summary, out: IO) -> None:
    units = [unit_record(r) for r in reports if worth_reporting(r)]
    json.dump({"summary": summary_record(summary), "units": units}, out, ensure_ascii=False, indent=1)
    out.write("\n")


def _jsonl(reports: Iterable[UnitReport], summary: Summary, out: IO) -> None:
    for r in reports:
        if worth_reporting(r):
            out.write(json_line(unit_record(r)))


def rewrite_rows(reports: Iterable[UnitReport]) -> pd.DataFrame:
    """One row per unit with hits, for someone editing posts by hand: where, the text, the suggestions."""
    rows = [
        {
            **asdict(r.unit.source),
            "original": r.unit.text,
            "people": "|".join(dict.fromkeys(p for h in r.hits for p in h.person_ids)),
            "levels": "|".join(dict.fromkeys(h.level for h in r.hits)),
            **dict.fromkeys(STRATEGIES, ""),  # a strategy with nothing to offer leaves its cell empty
            **{s.strategy: s.text for s in reversed(r.suggestions)},  # a strategy's first, ranked, suggestion
            "first": r.suggestions[0].strategy if r.suggestions else "",  # what `check --fix` would write
            "safe": "|".join(dict.fromkeys(s.strategy for s in r.suggestions if s.safe)),  # to post as they are
            "action": r.suggestions[0].action if r.suggestions else "",  # where no rewrite will do
        }
        for r in reports
        if r.hits
    ]
    columns = [f.name for f in fields(Source)] + [
        "original",
        "people",
        "levels",
        *STRATEGIES,
        "first",
        "safe",
        "action",
    ]
    import pandas as pd

    return pd.DataFrame(rows, columns=columns)


def _csv(reports: Iterable[UnitReport], summary: Summary, out: IO) -> None:
    write_table(hit_rows(reports), out, xlsx=False, sheet="hits")


def write_table(frame: pd.DataFrame, out: IO, xlsx: bool, sheet: str) -> None:
    """CSV with a byte-order mark (else Excel on Windows reads UTF-8 as its legacy code page), or XLSX with the
    control characters a cell cannot hold written as escapes ("\\x0c"). Record indices stay whole numbers where
    some are missing (an album's own text has no index), not "3.0"; timestamps are ISO 8601 dates in UTC, not
    seconds since 1970."""
    if "index" in frame.columns:
        frame = frame.astype({"index": "Int64"})
    if "timestamp" in frame.columns:
        import pandas as pd

        dates = pd.to_datetime(frame["timestamp"].astype("Int64"), unit="s", utc=True)
        frame = frame.assign(timestamp=dates.dt.strftime("%Y-%m-%dT%H:%M:%SZ"))  # an undated unit's cell stays empty
    if not xlsx:
        out.write("\ufeff")
        frame.to_csv(out, index=False)
        return
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    safe = frame.map(
        lambda v: ILLEGAL_CHARACTERS_RE.sub(lambda m: repr(m.group())[1:-1], v) if isinstance(v, str) else v
    )
    import pandas as pd

    with pd.ExcelWriter(out, engine="openpyxl") as writer:
        safe.to_excel(writer, index=False, sheet_name=sheet)
        _laid_out(writer.sheets[sheet], safe)


MAX_COLUMN_WIDTH = 60  # characters: a caption's cell wraps rather than run over the screen


def _laid_out(ws, frame: pd.DataFrame) -> None:
    """As a user sets a sheet up to work through it: the header row frozen and filtered, each column as wide as its
    longest line (up to MAX_COLUMN_WIDTH), long texts wrapped."""
    import pandas as pd
    from openpyxl.styles import Alignment
    from openpyxl.utils import get_column_letter

    ws.freeze_panes = "A2"
    ws.auto_filter.ref = ws.dimensions
    wrap = Alignment(wrap_text=True, vertical="top")
    for k, column in enumerate(frame.columns, start=1):
        cells = (str(v) for v in frame[column] if isinstance(v, str) or pd.notna(v))
        longest = max((len(line) for cell in cells for line in cell.split("\n")), default=0)
        width = min(max(longest, len(str(column))) + 2, MAX_COLUMN_WIDTH)
        ws.column_dimensions[get_column_letter(k)].width = width
        if width == MAX_COLUMN_WIDTH:
            for (cell,) in ws.iter_rows(min_row=2, min_col=k, max_col=k):
                cell.alignment = wrap


def _xlsx(reports: Iterable[UnitReport], summary: Summary, out: IO) -> None:
    write_table(hit_rows(reports), out, xlsx=True, sheet="hits")


def _where(r: UnitReport) -> str:
    index = "" if r.unit.source.index is None else f"#{r.unit.source.index}"
    return f"{r.unit.source.location}{index} {r.unit.source.field}"


TABLE_WIDTH = 80  # a table in a file or a pipe: what a terminal window or an editor shows without wrapping


def _table(reports: Iterable[UnitReport], summary: Summary, out: IO) -> None:
    """The summary and a row per finding, as wide as the terminal, or TABLE_WIDTH columns in a file or a pipe: a
    cell wraps (a path folds) rather than run past the edge, and its text is never read as markup ("[Person 1]")."""
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    console = Console(file=out, width=None if out.isatty() else TABLE_WIDTH, highlight=False)
    hits = Table(title="Opt-out findings", show_lines=True)
    for column, ratio in (("where", 3), ("found", 2), ("suggestion", 3)):
        hits.add_column(column, overflow="fold", ratio=ratio)
    for r in reports:
        for h in r.hits:
            found = f"{h.text}\n{', '.join(h.person_ids)}\n{h.level} ({h.rule})"
            hits.add_row(*map(Text, (_where(r), found, r.advice)))
    overview = Table(title="Summary", show_header=False)
    record = summary_record(summary)
    for key in ("units", "units_with_people", "units_with_findings", "hits", "skipped", "unread_members"):
        overview.add_row(SUMMARY_ROWS.get(key, key.replace("_", " ")), str(record[key]))
    for person, count in record["hits_per_person"].items():
        overview.add_row(f"findings for {person}", str(count))
    console.print(overview)
    if hits.row_count:
        console.print(hits)


WRITERS = {
    "table": _table,
    "json": _json,
    "jsonl": _jsonl,
    "csv": _csv,
    "xlsx": _xlsx,
    "sarif": write_sarif,
    "html": write_html,
}
BINARY = {"xlsx"}  # written to a file only
# The format an output file's extension asks for: each format's own name, and these.
EXTENSIONS = {**{f".{name}": name for name in WRITERS if name != "table"}, ".htm": "html", ".txt": "table"}


def output_format(fmt: str | None, output: Path | None) -> str:
    """The format named (--format), else the one the output file's extension asks for, else the table. An extension
    no format has is refused: a table written into "report.pdf" would open as nothing."""
    if fmt or output is None or not output.suffix:
        return fmt or "table"
    if output.suffix.lower() not in EXTENSIONS:
        names = ", ".join(EXTENSIONS)
        raise InputError(str(output), f"no report format has this extension: name the file {names}; or pass --format")
    return EXTENSIONS[output.suffix.lower()]


def render(fmt: str, reports: Iterable[UnitReport], summary: Summary, out: IO, **page) -> None:
    """`page`: what the HTML page alone takes, the scan's decisions and the listed people (see write_html)."""
    if fmt == "html":
        write_html(reports, summary, out, **page)
    else:
        WRITERS[fmt](reports, summary, out)


def write_report(
    fmt: str | None,
    reports: Iterable[UnitReport],
    summary: Summary,
    output: Path | None,
    *,
    decisions: Decisions | None = None,
    people: Mapping[str, Person] | None = None,
) -> None:
    """The report in `fmt` (see output_format) to `output` atomically, or to standard output where there is none (a
    reader that closes the pipe ends the report early). An HTML page offers `decisions` for the next scan and names
    `people`, the opt-out list by id."""
    fmt = output_format(fmt, output)
    page = {"decisions": decisions, "people": people}
    if output is not None:
        write_atomic(output, lambda f: render(fmt, reports, summary, f, **page), binary=fmt in BINARY)
    elif fmt in BINARY:
        raise InputError("<stdout>", f"--format {fmt} writes a file: pass --output FILE")
    else:
        with standard_output() as out:
            render(fmt, reports, summary, out, **page)


def write_rewrites(reports: Iterable[UnitReport], output: Path) -> None:
    """`redact`'s table of rewrites: XLSX or CSV by the output's name (see output_format), CSV where it has no
    extension (/dev/stdout)."""
    fmt = output_format(None, output)
    if fmt not in ("csv", "xlsx", "table"):
        raise InputError(str(output), "redact writes a table of rewrites: name the file .csv or .xlsx")
    xlsx = fmt == "xlsx"
    write_atomic(output, lambda f: write_table(rewrite_rows(reports), f, xlsx, "rewrites"), binary=xlsx)
