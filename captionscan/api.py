"""The library API: the CLI's pipeline (scan_units) for texts and DataFrames, in a notebook or a Dask/Spark worker."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from captionscan.match import Matcher, load_optout
from captionscan.records import OptoutHit, Source, TextUnit, UnitReport
from captionscan.report.records import HIT_COLUMNS, hit_rows
from captionscan.scan import scan_units

if TYPE_CHECKING:
    import pandas as pd

TEXTS = "<texts>"  # the path of units made from texts; `index` is the text's position
FRAME_COLUMNS = [c for c in HIT_COLUMNS if c not in Source.__dataclass_fields__]


def matcher_of(optout: Matcher | str | os.PathLike) -> Matcher:
    """A compiled list as it is, or a list file (CSV, XLSX, JSON) loaded; compile once and pass the Matcher
    where many calls share a list (a Dask graph carries it once)."""
    return optout if isinstance(optout, Matcher) else Matcher(load_optout(Path(optout)))


def scan_texts(
    texts: Iterable[str], optout: Matcher | str | os.PathLike, lang: str = "auto", processes: int = 1
) -> Iterator[UnitReport]:
    """One report per text, in order, with entities, opt-out hits and suggestions, as `captionscan scan` finds
    them. Texts are read lazily; `processes` > 1 runs long inputs in that many worker processes."""
    units = (TextUnit(Source(TEXTS, None, i, "text"), _text(t)) for i, t in enumerate(texts))
    return scan_units(units, matcher_of(optout), lang, processes=processes)


def _text(value: object) -> str:
    if not isinstance(value, str):
        raise TypeError(f"scan_texts takes strings, not {type(value).__name__}")
    return value


def scan_frame(
    frame: pd.DataFrame, optout: Matcher | str | os.PathLike, column: str = "text", lang: str = "auto"
) -> pd.DataFrame:
    """One row per opt-out hit in `frame[column]`, indexed by the row it was found in (join it back with
    `frame.join(hits)`): person_ids (the candidates, `;`-joined: one id for a hit), start, end, text, rule, level,
    score and the first suggestion. Runs in this process, so that Dask's `map_partitions` or Spark's `mapInPandas`
    decide where."""
    hits = hit_rows(scan_texts(frame[column], optout, lang))
    hits.index = frame.index[hits["index"].to_numpy(dtype=int)]
    return hits[FRAME_COLUMNS].astype({f: t for f, t in OptoutHit.__annotations__.items() if t in ("int", "float")})
