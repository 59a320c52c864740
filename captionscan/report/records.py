"""The unit record of the json/jsonl reports: the contract other tools build on."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, fields
from typing import TYPE_CHECKING

from captionscan.records import OptoutHit, Source, UnitReport

if TYPE_CHECKING:
    import pandas as pd

HIT_COLUMNS = [f.name for f in fields(Source)] + [f.name for f in fields(OptoutHit)] + ["suggestion"]


def unit_record(report: UnitReport) -> dict:
    return {
        "source": asdict(report.unit.source),
        "text": report.unit.text,
        "lang": report.lang,
        "entities": [asdict(e) for e in report.entities],
        "optout_hits": [asdict(h) for h in report.hits],
        "suggestions": [asdict(s) for s in report.suggestions],
        "gps": list(report.unit.gps) if report.unit.gps else None,  # say so: a photo's position names a place too
    }


def worth_reporting(report: UnitReport) -> bool:
    """Units with an entity or a hit; the rest would only repeat the input."""
    return bool(report.entities or report.hits)


def hit_rows(reports: Iterable[UnitReport]) -> pd.DataFrame:
    """One row per hit: where, what and the first suggestion (csv, xlsx and `scan_frame`)."""
    import pandas as pd  # only where a table is asked for: a cold `check` does without it

    rows = [{**asdict(r.unit.source), **asdict(h), "suggestion": r.best_rewrite} for r in reports for h in r.hits]
    return pd.DataFrame(rows, columns=HIT_COLUMNS)
