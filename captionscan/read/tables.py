"""Tables as a spreadsheet holds them (.csv, .tsv, .xlsx): the opt-out list, and tables of posts, where each cell of
a column of post texts (a planner's caption, first comment, alt text) is a unit.

Read with the csv module and openpyxl, not pandas: a cold `check` should not pay for importing pandas, and
the csv reader gives each row's line, which a finding names."""

from __future__ import annotations

import csv
import io
import unicodedata
import zipfile
from collections.abc import Callable, Iterator, Sequence
from functools import cache
from pathlib import Path

import regex

from captionscan.data import rows
from captionscan.encoding import decode_bytes, legacy_encoding, unusual_encoding
from captionscan.errors import DamagedInput, InputError
from captionscan.read.archive import regular_file_size
from captionscan.read.layouts import INVALID_TEXT, valid_text
from captionscan.records import Notice, Skipped, Source, TextUnit

ROW = "__row__"  # the row number a person sees: the CSV line, the spreadsheet row, the list position
Table = tuple[list[str], list[dict[str, object]]]  # the header; one dict per row: column -> cell, and ROW
HeaderIndex = Callable[[Sequence[Sequence[str]]], int | None]  # which of the first rows is the header
XLSX_MAX_ROWS, XLSX_MAX_COLUMNS = 200_000, 256
XLSX_MAX_PART_BYTES, XLSX_MAX_RATIO = 64 << 20, 100
TABLE_SUFFIXES = {".csv", ".tsv", ".xlsx", ".xlsm"}
CELLS = regex.compile(r"[,;\t]")  # the separators a CSV header may use
SEPARATOR_LINES = 10  # lines read to tell the separator: a title or empty rows may come first
BRACKETED_END = regex.compile(r"\s*\([^()]*\)\s*$")
FOLD = str.maketrans({"ł": "l", "ø": "o", "đ": "d"})  # letters NFKD does not take apart


def heading_key(text: str) -> str:
    """A heading or value as compared: 'Vollständiger_Name' = 'vollstandigername', 'Geslacht (M/V)' = 'geslacht'
    (what brackets after it say is no part of it); '@' stays '@'."""
    text = BRACKETED_END.sub("", text) or text
    folded = unicodedata.normalize("NFKD", text.casefold().translate(FOLD))
    return "".join(c for c in folded if c.isalnum()) or text.strip()


def csv_text(path: Path, data: bytes, notes: list[str], is_heading: Callable[[str], bool]) -> str:
    """Decode by BOM or as UTF-8; UTF-16 without a BOM by its zero bytes and a heading in its first line; else by
    the code page of its letters, as a legacy Windows export needs."""
    if encoding := unusual_encoding(data):  # Excel's "Unicode text" is UTF-16 with a byte-order mark
        notes.append(f"{path}: read with encoding {encoding} (byte-order mark)")
    try:
        return decode_bytes(data, str(path), None)
    except DamagedInput:
        pass
    head = data[:1000]
    if head.count(0) > len(head) // 4:
        for codec in ("utf-16-le", "utf-16-be"):
            if _decodes(data, codec) and any(map(is_heading, CELLS.split(data.decode(codec).split("\n", 1)[0]))):
                notes.append(f"{path}: read with encoding {codec.upper()} (no byte-order mark)")
                return data.decode(codec)
    codec = legacy_encoding(data)
    kind = "Windows-1252/Latin-1" if codec in ("cp1252", "latin-1") else "guessed from its letters"
    notes.append(f"{path}: not UTF-8; read with encoding {codec} ({kind})")
    return data.decode(codec)


def _decodes(data: bytes, codec: str) -> bool:
    try:
        data.decode(codec)
    except UnicodeDecodeError:
        return False
    return True


def rows_from_csv(path: Path, notes: list[str], is_heading: Callable[[str], bool], header_index: HeaderIndex) -> Table:
    """As in a spreadsheet, the header is the row `header_index` finds: empty rows and a title may stand above it
    (Google Sheets); the separator is the one of the first line with a heading."""
    text = csv_text(path, path.read_bytes(), notes, is_heading)
    lines_ = [line for line in text.split("\n", SEPARATOR_LINES)[:SEPARATOR_LINES] if line.strip()]
    first = next((line for line in lines_ if any(is_heading(h) for h in CELLS.split(line))), "")
    heading_line = first or next(iter(lines_), "")
    # on a tie, not the comma: a heading may hold one ("Name, Vorname;Instagram"), German locales write ";"; where
    # the heading line holds none, the comma, as a list of one column may still hold "Jansen, Pieter"
    sep = max(",;\t", key=lambda c: (heading_line.count(c), (c != ",") == bool(heading_line.count(c))))
    # strict: a quote never closed is an error, not one last field that swallows the rest of the table
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=sep, strict=True)
    line = 1  # where the row being read starts
    try:
        found = []
        for cells in reader:
            if any(c.strip() for c in cells):
                found.append((line, reader.line_num, cells))
            line = reader.line_num + 1
    except csv.Error as exc:
        if "unexpected end of data" in str(exc):
            exc = f'a quote (") opened in line {line} is never closed: close or remove it'
        raise InputError(str(path), f"not a readable CSV file ({exc})") from None
    if not found:
        raise InputError(str(path), "not a readable CSV file (no columns in it)")
    at = header_index([cells for *_, cells in found])
    at = 0 if at is None else at
    header = found[at][2]
    for _, end, cells in found[at + 1 :]:
        if len(cells) > len(header):
            problem = f"expected {len(header)} fields in line {end}, saw {len(cells)}"
            raise InputError(str(path), f"not a readable CSV file ({problem})")
    return header, [{**dict(zip(header, cells, strict=False)), ROW: start} for start, _, cells in found[at + 1 :]]


def check_xlsx_parts(path: Path) -> None:
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


def rows_from_xlsx(path: Path, header_index: HeaderIndex) -> Table:
    """The first sheet, from the row `header_index` finds (a title may stand above it), empty rows left out."""
    import openpyxl  # only for spreadsheets: a cold `check` on a CSV list does without it

    check_xlsx_parts(path)
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
    if (at := header_index(rows)) is None:
        return [], []
    header = [c.strip() for c in rows[at]]
    body = [(n, r) for n, r in enumerate(rows[at + 1 :], start=at + 2) if any(c.strip() for c in r)]
    named = [i for i, h in enumerate(header) if h]  # columns without a heading hold nothing we read
    return header, [{**{header[i]: r[i] if i < len(r) else "" for i in named}, ROW: n} for n, r in body]


@cache
def post_headings() -> dict[str, str]:
    """Headings of a table of posts (post_columns.tsv), as compared -> the kind of column: text, or id."""
    return {heading_key(word): kind for kind, word in rows("post_columns.tsv")}


def is_post_heading(heading: str) -> bool:
    """Does the heading (or a JSON record's key) head post texts: "Caption", "Beitragstext", "first_comment"?"""
    return post_headings().get(heading_key(heading)) == "text"


def _post_header(first: Sequence[Sequence[str]]) -> int | None:
    """The first of the first rows with a heading of post texts ("Caption", "Beitragstext", "first_comment")."""
    return next((k for k, cells in enumerate(first[:SEPARATOR_LINES]) if any(map(is_post_heading, cells))), None)


def read_table(path: Path) -> Iterator[TextUnit | Skipped | Notice]:
    """A table of posts, as a planner exports it or a spreadsheet holds it: each filled cell of a column of post
    texts is a unit, named by the row a person sees (the CSV line, the spreadsheet row, as `check` gives a draft's
    line) and by its column, after the row's own id where the table has an id column ("12:first_comment")."""
    regular_file_size(path, str(path))  # a device or an oversized file is refused, as a draft is
    notes: list[str] = []
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        header, records = rows_from_xlsx(path, _post_header)
    else:
        header, records = rows_from_csv(path, notes, is_post_heading, _post_header)
    yield from (Notice(str(path), "", note.removeprefix(f"{path}: ")) for note in notes)
    texts = [h for h in header if is_post_heading(h)]
    if not texts:
        found = ", ".join(f"'{h}'" for h in header if h.strip()) or "none"
        raise InputError(
            str(path), f"no column of post texts (its headings: {found}): name the captions' column 'caption' or 'text'"
        )
    ids = [h for h in header if post_headings().get(heading_key(h)) == "id"]
    label = str(path)
    for row in records:
        line = int(row[ROW])  # type: ignore[call-overload]
        own = str(row.get(ids[0], "")).strip() if ids else ""
        for column in texts:
            text = str(row.get(column, ""))
            if not text.strip():
                continue
            if not valid_text(text):
                yield Skipped(label, f"line {line}, column '{column}'", INVALID_TEXT)
                continue
            yield TextUnit(Source(label, None, line - 1, "text", f"{own}:{column}" if own else column), text)
