"""Render a stream of UnitReports in the format the user chose: one render step for every command."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import asdict, fields
from typing import IO

import pandas as pd
from rich.console import Console
from rich.table import Table

from captionscan.records import OptoutHit, Source, UnitReport
from captionscan.report.records import unit_record, worth_reporting
from captionscan.scan import Summary

HIT_COLUMNS = [f.name for f in fields(Source)] + [f.name for f in fields(OptoutHit)] + ["suggestion"]


# Line ends that json.dumps leaves raw but str.splitlines() and many readers split on: escaped, a JSON
# line stays one line.
LINE_BREAKS = str.maketrans({c: f"\\u{ord(c):04x}" for c in "\x85\u2028\u2029"})


def json_line(value: object) -> str:
    return json.dumps(value, ensure_ascii=False).translate(LINE_BREAKS) + "\n"


def summary_record(summary: Summary) -> dict:
    return {
        "units": summary.units,
        "units_with_people": summary.units_with_people,
        "hits": sum(summary.hits_per_person.values()),
        "hits_per_person": dict(sorted(summary.hits_per_person.items())),
        "skipped": summary.skipped,
    }


def _json(reports: Iterable[UnitReport], summary: Summary, out: IO) -> None:
    units = [unit_record(r) for r in reports if worth_reporting(r)]
    json.dump({"summary": summary_record(summary), "units": units}, out, ensure_ascii=False, indent=1)
    out.write("\n")


def _jsonl(reports: Iterable[UnitReport], summary: Summary, out: IO) -> None:
    for r in reports:
        if worth_reporting(r):
            out.write(json_line(unit_record(r)))


def hit_rows(reports: Iterable[UnitReport]) -> pd.DataFrame:
    rows = [
        {
            **asdict(r.unit.source),
            **asdict(h),
            "suggestion": r.suggestions[0].text if r.suggestions else "",
        }
        for r in reports
        for h in r.hits
    ]
    return pd.DataFrame(rows, columns=HIT_COLUMNS)


def _csv(reports: Iterable[UnitReport], summary: Summary, out: IO) -> None:
    hit_rows(reports).to_csv(out, index=False)


def _where(r: UnitReport) -> str:
    s = r.unit.source
    inner = f"{s.member}#{s.index}" if s.member is not None else (f"#{s.index}" if s.index is not None else "")
    return f"{s.path}{':' + inner if inner else ''} {s.field}"


def _table(reports: Iterable[UnitReport], summary: Summary, out: IO) -> None:
    console = Console(file=out, width=140 if not out.isatty() else None, highlight=False)
    hits = Table(title="Opt-out hits", show_lines=True)
    for column in ("where", "person", "matched", "rule", "level", "suggestion"):
        hits.add_column(column, overflow="fold")
    for r in reports:
        for h in r.hits:
            hits.add_row(
                _where(r), h.person_id, h.text, h.rule, h.level, r.suggestions[0].text if r.suggestions else ""
            )
    overview = Table(title="Summary", show_header=False)
    record = summary_record(summary)
    for key in ("units", "units_with_people", "hits", "skipped"):
        overview.add_row(key.replace("_", " "), str(record[key]))
    for person, count in record["hits_per_person"].items():
        overview.add_row(f"hits for {person}", str(count))
    console.print(overview)
    if hits.row_count:
        console.print(hits)


WRITERS = {"table": _table, "json": _json, "jsonl": _jsonl, "csv": _csv}


def render(fmt: str, reports: Iterable[UnitReport], summary: Summary, out: IO) -> None:
    WRITERS[fmt](reports, summary, out)
