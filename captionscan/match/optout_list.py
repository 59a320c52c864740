"""Read the opt-out list (CSV, XLSX or JSON) with pandas into Person records.

NOTE: error messages name the file, row and column, never a value from the list.
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from pathlib import Path

import pandas as pd
import regex

from captionscan.encoding import decode_bytes, repair, unusual_encoding
from captionscan.errors import DamagedInput, InputError
from captionscan.records import Person

COLUMNS = ("id", "name", "aliases", "handles", "gender")
GENDERS = {
    "f": "f",
    "w": "f",
    "female": "f",
    "weiblich": "f",
    "m": "m",
    "male": "m",
    "männlich": "m",
    "d": "n",
    "x": "n",
    "n": "n",
    "divers": "n",
    "diverse": "n",
    "nonbinary": "n",
    "non-binary": "n",
}
SEPARATOR = "|"
HANDLE = regex.compile(r"[A-Za-z0-9_.]{1,30}")


def _frame_from_csv(path: Path, warn: Callable[[str], None]) -> tuple[pd.DataFrame, int]:
    data = path.read_bytes()
    if encoding := unusual_encoding(data):  # Excel's "Unicode text" is UTF-16 with a byte-order mark
        warn(f"{path}: read with encoding {encoding} (byte-order mark)")
    try:
        text = decode_bytes(data, str(path), None)
    except DamagedInput:  # not UTF-8: a legacy Windows export; cp1252 where it decodes, else Latin-1
        codec = "cp1252" if _decodes(data, "cp1252") else "latin-1"
        text = data.decode(codec)
        warn(f"{path}: not UTF-8; read with encoding {codec} (Windows-1252/Latin-1)")
    header = text.split("\n", 1)[0]
    sep = max(",;\t", key=header.count)  # spreadsheets in German locales write ";"
    try:
        frame = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False, sep=sep)
    except (pd.errors.ParserError, pd.errors.EmptyDataError, ValueError) as exc:
        raise InputError(str(path), f"not a readable CSV file ({str(exc).splitlines()[0]})") from None
    return frame, 2  # data row i is line i + 2: line 1 is the header


def _decodes(data: bytes, codec: str) -> bool:
    try:
        data.decode(codec)
    except UnicodeDecodeError:
        return False
    return True


def _frame_from_xlsx(path: Path) -> tuple[pd.DataFrame, int]:
    try:
        raw = pd.read_excel(path, dtype=str, header=None, keep_default_na=False)
    except Exception as exc:  # noqa: BLE001  (openpyxl raises many unrelated types for broken files)
        raise InputError(str(path), f"not a readable XLSX file ({type(exc).__name__})") from None
    # The header is the first row that has a "name" cell; spreadsheets often carry a title above it.
    for row in range(len(raw)):
        cells = [str(c).strip().casefold() for c in raw.iloc[row]]
        if "name" in cells:
            frame = raw.iloc[row + 1 :].copy()
            frame.columns = [str(c).strip() for c in raw.iloc[row]]
            frame = frame[[any(str(v).strip() for v in r) for r in frame.itertuples(index=False)]]
            return frame.reset_index(drop=True), row + 2
    return pd.DataFrame(columns=[str(c) for c in raw.iloc[0]] if len(raw) else []), 2


def _frame_from_json(path: Path) -> tuple[pd.DataFrame, int]:
    try:
        value = json.loads(path.read_bytes().decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(str(path), f"not a readable JSON file ({exc})") from None
    records = value.get("people") if isinstance(value, dict) else value
    if not isinstance(records, list) or not all(isinstance(r, dict) for r in records):
        raise InputError(str(path), 'expected a JSON list of people, or {"people": [...]}')
    cells = [
        {k: SEPARATOR.join(map(str, v)) if isinstance(v, list) else "" if v is None else str(v) for k, v in r.items()}
        for r in records
    ]
    return pd.DataFrame(cells, dtype=str).fillna(""), 1  # "row" = 1-based position in the list


def _split(cell: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in cell.split(SEPARATOR) if part.strip())


def load_optout(path: Path, warn: Callable[[str], None] = lambda _: None) -> list[Person]:
    if not path.is_file():
        raise InputError(str(path), "opt-out list not found")
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        frame, first_row = _frame_from_xlsx(path)
    elif suffix == ".json":
        frame, first_row = _frame_from_json(path)
    elif suffix in (".csv", ".tsv", ".txt"):
        frame, first_row = _frame_from_csv(path, warn)
    else:
        raise InputError(str(path), "unsupported opt-out list format (use .csv, .xlsx or .json)")
    frame.columns = [str(c).strip().casefold() for c in frame.columns]
    if "name" not in frame.columns:
        raise InputError(str(path), "missing required column 'name'")
    people: list[Person] = []
    seen: dict[str, int] = {}
    for i, row in enumerate(frame.to_dict("records")):
        where = f"row {i + first_row}"
        # NOTE: repair() undoes mojibake a spreadsheet kept from an export ("MÃ¼ller"): never match on it
        cells = {col: " ".join(repair(str(row.get(col, ""))).split()) for col in COLUMNS}
        if not cells["name"]:
            raise InputError(str(path), "column 'name' is empty", where)
        handles = tuple(h.lstrip("@").casefold() for h in _split(cells["handles"]))
        if any(not HANDLE.fullmatch(h) for h in handles):
            raise InputError(str(path), "column 'handles' holds something that is not an Instagram handle", where)
        person_id = cells["id"] or cells["name"]
        if person_id in seen:
            raise InputError(str(path), f"duplicate id (also in row {seen[person_id] + first_row})", where)
        seen[person_id] = i
        aliases = tuple(" ".join(a.split()) for a in _split(cells["aliases"]))
        gender = cells["gender"].casefold()
        if gender and gender not in GENDERS:
            raise InputError(str(path), "column 'gender' should be f, m or d (or empty)", where)
        people.append(Person(person_id, cells["name"], aliases, handles, GENDERS.get(gender)))
    if not people:
        raise InputError(str(path), "the opt-out list is empty; an empty list would let everything pass")
    return people
