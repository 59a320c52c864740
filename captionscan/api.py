"""The library API: the CLI's scan for texts and DataFrames, in a notebook or a Dask/Spark worker, through the same
Session as the CLI (hashed lists, allow lists and markers, the ignore file and settings included)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import fields, replace
from functools import partial
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING

from captionscan.errors import InputError
from captionscan.extract import extract
from captionscan.match import Matcher
from captionscan.parallel import map_batches
from captionscan.read import read_paths
from captionscan.records import Entity, OptoutHit, Source, TextUnit, UnitReport
from captionscan.report.records import HIT_COLUMNS, hit_rows
from captionscan.scan import BATCH_UNITS
from captionscan.session import PathLike, Session

if TYPE_CHECKING:
    import pandas as pd

SOURCE_COLUMNS = [f.name for f in fields(Source)]
FRAME_COLUMNS = [c for c in HIT_COLUMNS if c not in SOURCE_COLUMNS]


def session_of(optout: Session | Matcher | PathLike, lang: str | None = None, processes: int | None = None) -> Session:
    """A session as it is, or one opened on a list file (CSV, XLSX, JSON) or a compiled Matcher; open a Session
    once (`Session.open(list, key_file=..., settings=..., allow=..., ignore=...)`) and pass it where many calls
    share a list (a Dask graph carries it once). `lang` and `processes`, where given, override the session's."""
    session = optout if isinstance(optout, Session) else Session.open(optout)
    overrides = {k: v for k, v in (("lang", lang), ("processes", processes)) if v is not None}
    return replace(session, **overrides) if overrides else session


def scan_texts(
    texts: Iterable[str | TextUnit],
    optout: Session | Matcher | PathLike,
    lang: str | None = None,
    processes: int | None = None,
) -> Iterator[UnitReport]:
    """One report per text, in order, with entities, opt-out hits and suggestions, as `captionscan scan` finds
    them. Texts are read lazily; `processes` > 1 runs long inputs in that many worker processes. TextUnits (from
    `read_units`) keep where they came from, which the ignore file's fingerprints are bound to."""
    return session_of(optout, lang, processes).scan_texts(texts)


def read_units(paths: Iterable[PathLike]) -> Iterator[TextUnit]:
    """The text units of exports, folders and drafts, as `captionscan scan` reads them; unreadable parts are
    left out (the CLI names them)."""
    return (u for u in read_paths(map(Path, paths)) if isinstance(u, TextUnit))


def read_frame(paths: Iterable[PathLike]) -> pd.DataFrame:
    """The text units of exports, folders and drafts as a DataFrame: where each came from (path, member, index,
    field, id, timestamp), its text and gps; `scan_frame` scans it as the CLI scans the files."""
    import pandas as pd

    units = list(read_units(paths))
    rows = [{**u.source.__dict__, "text": u.text, "gps": u.gps} for u in units]
    return pd.DataFrame(rows, columns=[*SOURCE_COLUMNS, "text", "gps"]).astype({"index": object, "timestamp": object})


def scan_frame(
    frame: pd.DataFrame | pd.Series,
    optout: Session | Matcher | PathLike,
    column: str = "text",
    lang: str | None = None,
) -> pd.DataFrame:
    """One row per opt-out hit in `frame[column]` (or in a Series; an empty cell is an empty text, a number in a text
    column its digits), indexed by the row it was found in (join it back with `frame.join(hits)`): person_ids (the
    candidates, `;`-joined: one id for a hit), start, end, text, rule, level, score, the first suggestion and whether
    it is safe to post (what `check --fix` writes). Runs in this process, so that Dask's `map_partitions` or Spark's
    `mapInPandas` decide where; an empty frame gives the columns' types, as Dask's `meta` needs them."""
    import pandas as pd

    if not isinstance(column, str):  # a list of columns: one at a time, each its own hits
        raise InputError("frame", f"column={column!r} is no column name: scan one column a call, column='caption'")
    if isinstance(frame, pd.Series):
        frame = frame.to_frame(column)
    if column not in frame.columns:
        columns = ", ".join(map(repr, frame.columns[:8]))
        raise InputError("frame", f"no column {column!r} (it has {columns}): pass the texts' column as column=...")
    cells = frame[column]
    if cells.notna().any() and not cells.map(lambda v: isinstance(v, str)).any():
        raise InputError(
            "frame", f"column {column!r} holds no texts ({cells.dtype}): pass the texts' column as column=..."
        )
    texts = cells.map(lambda v: v if isinstance(v, str) else "" if pd.isna(v) else str(v))
    if set(SOURCE_COLUMNS) <= set(frame.columns):  # a frame of read_frame: each text where it came from
        sources = frame[SOURCE_COLUMNS].astype(object).where(frame[SOURCE_COLUMNS].notna(), None)
        gps = frame["gps"] if "gps" in frame.columns else [None] * len(frame)
        texts = (
            TextUnit(Source(*where), text, position)
            for where, text, position in zip(sources.itertuples(index=False), texts, gps, strict=True)
        )
    reports = list(scan_texts(texts, optout, lang, processes=1))
    hits = hit_rows(reports)
    hits.index = frame.index[[row for row, r in enumerate(reports) for _ in r.hits]]
    # the same types with hits and without, as Dask's `meta` needs (pandas gives an empty column "object")
    types = {f: t for f, t in OptoutHit.__annotations__.items() if t in ("int", "float")}
    return hits[FRAME_COLUMNS].astype({c: "str" for c in FRAME_COLUMNS} | types | {"safe": "bool"})


def extract_texts(texts: list[str], lang: str = "auto", processes: int = 1) -> Iterator[tuple[str, tuple[Entity, ...]]]:
    """(language, entities) per text, in order, as `captionscan extract` prints them: no list needed."""
    batches = (texts[i : i + BATCH_UNITS] for i in range(0, len(texts), BATCH_UNITS))
    return chain.from_iterable(map_batches(partial(extract, lang=lang), batches, processes))


def extract_lines(file: str, lang: str = "auto") -> Iterator[str]:
    """`captionscan extract`: a JSON line with the language and entities of each line of `file` ("-": standard
    input), in order, NER in worker processes where the input is long enough to pay for them."""
    from captionscan.parallel import default_processes
    from captionscan.read.lines import texts_of_file
    from captionscan.report.formats import entity_line

    texts = texts_of_file(file)
    for text, (text_lang, entities) in zip(texts, extract_texts(texts, lang, default_processes()), strict=True):
        yield entity_line(text, text_lang, entities)
