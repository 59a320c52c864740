"""Read the opt-out list (CSV, XLSX or JSON) into Person records.

NOTE: error messages name the file, row and column, never a value from the list.
"""

from __future__ import annotations

import csv
import io
import json
import zipfile
from collections.abc import Callable
from pathlib import Path

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
MAX_LIST_BYTES = 64 << 20
HANDLE = regex.compile(r"[A-Za-z0-9_.]{1,30}")


ROW = "__row__"  # the row number a person sees: the CSV line, the spreadsheet row, the list position
Table = tuple[list[str], list[dict[str, object]]]  # the header; one dict per person: column -> cell, and ROW
XLSX_MAX_ROWS, XLSX_MAX_COLUMNS = 200_000, 256
XLSX_MAX_PART_BYTES, XLSX_MAX_RATIO = 64 << 20, 100
ZIP_MAGIC = b"PK\x03\x04"


def _text_of_csv(path: Path, data: bytes, notes: list[str]) -> str:
    """Decode by BOM or as UTF-8; UTF-16 without a BOM by its zero bytes; else cp1252 or Latin-1."""
    if encoding := unusual_encoding(data):  # Excel's "Unicode text" is UTF-16 with a byte-order mark
        notes.append(f"{path}: read with encoding {encoding} (byte-order mark)")
    try:
        return decode_bytes(data, str(path), None)
    except DamagedInput:
        pass
    head = data[:1000]
    if head.count(0) > len(head) // 4:
        for codec in ("utf-16-le", "utf-16-be"):
            if _decodes(data, codec) and "name" in data.decode(codec).split("\n", 1)[0].casefold():
                notes.append(f"{path}: read with encoding {codec.upper()} (no byte-order mark)")
                return data.decode(codec)
    codec = "cp1252" if _decodes(data, "cp1252") else "latin-1"  # a legacy Windows export
    notes.append(f"{path}: not UTF-8; read with encoding {codec} (Windows-1252/Latin-1)")
    return data.decode(codec)


def _rows_from_csv(path: Path, notes: list[str]) -> Table:
    """With the csv module, not pandas: a cold `check` should not pay for importing pandas."""
    text = _text_of_csv(path, path.read_bytes(), notes)
    sep = max(",;\t", key=text.split("\n", 1)[0].count)  # spreadsheets in German locales write ";"
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=sep)
    try:
        header = next(reader, None)
        if not header or not any(h.strip() for h in header):
            raise csv.Error("no columns in the first line")
        rows = []
        for cells in reader:
            if len(cells) > len(header):
                raise csv.Error(f"expected {len(header)} fields in line {reader.line_num}, saw {len(cells)}")
            if any(c.strip() for c in cells):
                rows.append({**dict(zip(header, cells, strict=False)), ROW: reader.line_num})
    except csv.Error as exc:
        raise InputError(str(path), f"not a readable CSV file ({exc})") from None
    return header, rows


def _decodes(data: bytes, codec: str) -> bool:
    try:
        data.decode(codec)
    except UnicodeDecodeError:
        return False
    return True


def _check_xlsx_parts(path: Path) -> None:
    """An XLSX file is a zip: refuse a part that inflates too far before openpyxl reads it."""
    try:
        with zipfile.ZipFile(path) as z:
            infos = z.infolist()
    except (zipfile.BadZipFile, OSError) as exc:
        raise InputError(str(path), f"not a readable XLSX file ({exc})") from None
    for info in infos:
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > XLSX_MAX_PART_BYTES or ratio > XLSX_MAX_RATIO:
            raise InputError(str(path), "spreadsheet part too large or compressed implausibly", info.filename)


def _rows_from_xlsx(path: Path) -> Table:
    """The first sheet, from the first row with a "name" cell (a title may stand above it), empty rows left out."""
    import openpyxl  # only for spreadsheets: a cold `check` on a CSV list does without it

    _check_xlsx_parts(path)
    try:
        book = openpyxl.load_workbook(io.BytesIO(path.read_bytes()), read_only=True, data_only=True)  # any name
        sheet = book.worksheets[0]
        if (sheet.max_row or 0) > XLSX_MAX_ROWS or (sheet.max_column or 0) > XLSX_MAX_COLUMNS:
            raise InputError(str(path), f"spreadsheet larger than {XLSX_MAX_ROWS} rows or {XLSX_MAX_COLUMNS} columns")
        rows = [
            ["" if v is None else str(v) for v in row]
            for row in sheet.iter_rows(values_only=True, max_col=XLSX_MAX_COLUMNS)
        ]
        book.close()
    except InputError:
        raise
    except Exception as exc:  # noqa: BLE001  (openpyxl raises many unrelated types for broken files)
        raise InputError(str(path), f"not a readable XLSX file ({type(exc).__name__})") from None
    for number, cells in enumerate(rows, start=1):
        if "name" in (c.strip().casefold() for c in cells):
            header = [c.strip() for c in cells]
            body = [(n, r) for n, r in enumerate(rows[number:], start=number + 1) if any(c.strip() for c in r)]
            named = [i for i, h in enumerate(header) if h]  # columns without a heading hold nothing we read
            return header, [{**{header[i]: r[i] if i < len(r) else "" for i in named}, ROW: n} for n, r in body]
    return [], []


def _rows_from_json(path: Path) -> Table:
    try:
        value = json.loads(path.read_bytes().decode("utf-8-sig"))
    except (ValueError, RecursionError) as exc:  # bad bytes, bad JSON, too deep, a number too long
        raise InputError(str(path), f"not a readable JSON file ({type(exc).__name__})") from None
    records = value.get("people") if isinstance(value, dict) else value
    if not isinstance(records, list) or not all(isinstance(r, dict) for r in records):
        raise InputError(str(path), 'expected a JSON list of people, or {"people": [...]}')
    header = list(dict.fromkeys(k for r in records for k in r))
    return header, [
        {
            **{
                k: SEPARATOR.join(map(str, v)) if isinstance(v, list) else "" if v is None else str(v)
                for k, v in r.items()
            },
            ROW: n,  # the position in the list
        }
        for n, r in enumerate(records, start=1)
    ]


def _split(cell: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in cell.split(SEPARATOR) if part.strip())


def load_optout(path: Path, warn: Callable[[str], None] = lambda _: None) -> list[Person]:
    """The people on the list. Notes on its encoding are given only once the list proved readable."""
    if not path.is_file():
        raise InputError(str(path), "opt-out list not found")
    if path.stat().st_size > MAX_LIST_BYTES:
        raise InputError(str(path), f"opt-out list larger than {MAX_LIST_BYTES >> 20} MiB")
    notes: list[str] = []
    suffix = path.suffix.lower()
    with open(path, "rb") as f:
        is_zip = f.read(4) == ZIP_MAGIC
    if suffix in (".xlsx", ".xlsm") or is_zip:  # also an XLSX saved under another name
        header, rows = _rows_from_xlsx(path)
    elif suffix == ".json":
        header, rows = _rows_from_json(path)
    elif suffix in (".csv", ".tsv", ".txt"):
        header, rows = _rows_from_csv(path, notes)
    else:
        raise InputError(str(path), "unsupported opt-out list format (use .csv, .xlsx or .json)")
    if "name" not in (str(h).strip().casefold() for h in header):
        raise InputError(str(path), "missing required column 'name'")
    rows = [{k if k == ROW else str(k).strip().casefold(): v for k, v in row.items()} for row in rows]
    people: list[Person] = []
    seen: dict[str, int] = {}
    for row in rows:
        where = f"row {row[ROW]}"
        # NOTE: repair() undoes mojibake a spreadsheet kept from an export ("MÃ¼ller"): never match on it
        cells = {col: " ".join(repair(str(row.get(col, ""))).split()) for col in COLUMNS}
        for col, cell in cells.items():
            if "\x00" in cell:
                raise InputError(str(path), f"column '{col}' holds a NUL character", where)
        if not cells["name"]:
            raise InputError(str(path), "column 'name' is empty", where)
        handles = tuple(h.lstrip("@").casefold() for h in _split(cells["handles"]))
        if any(not HANDLE.fullmatch(h) for h in handles):
            raise InputError(str(path), "column 'handles' holds something that is not an Instagram handle", where)
        person_id = cells["id"] or cells["name"]
        if person_id in seen:
            raise InputError(str(path), f"duplicate id (also in row {seen[person_id]})", where)
        seen[person_id] = row[ROW]
        aliases = tuple(" ".join(a.split()) for a in _split(cells["aliases"]))
        gender = cells["gender"].casefold()
        if gender and gender not in GENDERS:
            raise InputError(str(path), "column 'gender' should be f, m or d (or empty)", where)
        people.append(Person(person_id, cells["name"], aliases, handles, GENDERS.get(gender)))
    if not people:
        raise InputError(str(path), "the opt-out list is empty; an empty list would let everything pass")
    for note in notes:
        warn(note)
    return people
