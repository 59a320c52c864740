"""The unit record of the json/jsonl reports (the contract other tools build on), and the hit rows of csv, xlsx
and `scan_frame`. A finding's candidates are `person_ids`: a list in JSON, one `;`-joined cell in a table."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import fields
from typing import TYPE_CHECKING

from captionscan.records import OptoutHit, Source, UnitReport

if TYPE_CHECKING:
    import pandas as pd

HIT_COLUMNS = [f.name for f in fields(Source)] + [f.name for f in fields(OptoutHit)] + ["suggestion", "safe"]
ID_SEPARATOR = ";"


def names(hit: OptoutHit) -> str:
    """Who a finding is about, for a message: "names opted-out person 'p1'" ("may name" for a review), or where
    it may be any of several (a lone "Anna" several listed Annas share) or several of them (a couple's
    "#kasiaitomek"), "may name one or more of the opted-out people 'p1', 'p2'"."""
    quoted = ", ".join(f"'{p}'" for p in hit.person_ids)
    if len(hit.person_ids) == 1:  # a review is a part of a name, which may be someone else's
        return f"{'names' if hit.level == 'hit' else 'may name'} opted-out person {quoted}"
    return f"may name one or more of the opted-out people {quoted}"


def _fields(record: object) -> dict:
    """A flat record's fields as a new dict, in their order: `asdict` without its deep copy of every value."""
    return dict(vars(record))


def unit_record(report: UnitReport) -> dict:
    return {
        "source": _fields(report.unit.source),
        "text": report.unit.text,
        "lang": report.lang,
        "entities": [_fields(e) for e in report.entities],
        "optout_hits": [{**_fields(h), "person_ids": list(h.person_ids)} for h in report.hits],
        "suggestions": [_fields(s) for s in report.suggestions],
        "gps": list(report.unit.gps) if report.unit.gps else None,  # say so: a photo's position names a place too
    }


def worth_reporting(report: UnitReport) -> bool:
    """Units with an entity or a hit; the rest would only repeat the input."""
    return bool(report.entities or report.hits)


def hit_rows(reports: Iterable[UnitReport]) -> pd.DataFrame:
    """One row per hit: where, what and the first suggestion (csv, xlsx and `scan_frame`)."""
    import pandas as pd  # only where a table is asked for: a cold `check` does without it

    rows = [_hit_row(r, h) for r in reports for h in r.hits]
    return pd.DataFrame(rows, columns=HIT_COLUMNS)


def _hit_row(r: UnitReport, h: OptoutHit) -> dict:
    ids = ID_SEPARATOR.join(h.person_ids)
    first = r.suggestions[0] if r.suggestions else None
    safe = first is not None and first.safe and not first.action  # what `check --fix` would write
    return {**_fields(r.unit.source), **_fields(h), "person_ids": ids, "suggestion": r.advice, "safe": safe}
