"""Tables as a spreadsheet holds them (.csv, .tsv, .xlsx): the opt-out list, and tables of posts, where each cell of
a column of post texts (a planner's caption, first comment, alt text) is a unit; a JSON list of post records is
read as such a table.

Read with the csv module and openpyxl, not pandas: a cold `check` should not pay for importing pandas, and
the csv reader gives each row's line, which a finding names."""

from __future__ import annotations

import csv
import io
import json
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
HEADER_SEARCH_ROWS = 20  # the rows of another sheet looked at for a list's header (a title may stand above it)
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


def _sheet_rows(sheet, max_row: int | None = None) -> list[list[str]]:
    """A worksheet's cells as text, row by row ("" for an empty cell), up to `max_row`."""
    return [
        ["" if v is None else str(v) for v in row]
        for row in sheet.iter_rows(values_only=True, max_row=max_row, max_col=XLSX_MAX_COLUMNS)
    ]


def rows_from_xlsx(path: Path, header_index: HeaderIndex, headed_elsewhere: HeaderIndex | None = None) -> Table:
    """The first sheet, from the row `header_index` finds (a title may stand above it), empty rows left out. Where
    `headed_elsewhere` finds a header in the first rows of another sheet too, that sheet's people would go unread:
    an error naming it (a Kita's children on one sheet, its staff on another)."""
    import openpyxl  # only for spreadsheets: a cold `check` on a CSV list does without it

    check_xlsx_parts(path)
    try:
        book = openpyxl.load_workbook(io.BytesIO(path.read_bytes()), read_only=True, data_only=True)  # any name
        sheet = book.worksheets[0]
        if (sheet.max_row or 0) > XLSX_MAX_ROWS or (sheet.max_column or 0) > XLSX_MAX_COLUMNS:
            raise InputError(str(path), f"spreadsheet larger than {XLSX_MAX_ROWS} rows or {XLSX_MAX_COLUMNS} columns")
        rows = _sheet_rows(sheet)
        for other in book.worksheets[1:] if headed_elsewhere else ():
            number = book.sheetnames.index(other.title) + 1  # its tab's place: a chart sheet is no worksheet
            if headed_elsewhere(_sheet_rows(other, HEADER_SEARCH_ROWS)) is not None:
                raise InputError(
                    str(path),
                    f"sheet {number} is a list too, but only the first sheet is read: put everyone on the first "
                    "sheet",  # by its place, not its title, which may be a name
                )
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


@cache
def list_name_headings() -> frozenset[str]:
    """Headings of an opt-out list's names (columns.tsv), as compared: a table of posts headed so is the list,
    given in the posts' place."""
    words = rows("columns.tsv")
    return frozenset(heading_key(w[2]) for w in words if w[0] == "column" and w[1] in ("name", "first", "last"))


def _known_heading(heading: str) -> bool:
    """A heading of post texts, or of the names of an opt-out list given in the posts' place, whose separator is
    that of its header, not of a title above it."""
    return is_post_heading(heading) or heading_key(heading) in list_name_headings()


def _post_header(first: Sequence[Sequence[str]]) -> int | None:
    """The first of the first rows with a heading of post texts ("Caption", "Beitragstext", "first_comment"); in a
    table without one, the first row of two cells or more, the header below a title, for the error to list."""
    first = first[:SEPARATOR_LINES]
    posts = next((k for k, cells in enumerate(first) if any(map(is_post_heading, cells))), None)
    return posts if posts is not None else next((k for k, cells in enumerate(first) if sum(map(bool, cells)) > 1), None)


def no_post_texts(path: str, headings: Sequence[str], column: str = "column") -> InputError:
    """The error for a table (or JSON records) without post texts, listing its headings; the opt-out list given as
    posts, as its name headings tell, is said to be one."""
    found = ", ".join(f"'{h}'" for h in headings if h.strip()) or "none"
    fix = f"name the captions' {column} 'caption' or 'text'"
    if any(heading_key(h) in list_name_headings() for h in headings):
        return InputError(
            path, f"looks like an opt-out list (its headings: {found}), not posts: give it with --optout, or {fix}"
        )
    return InputError(path, f"no {column} of post texts (its headings: {found}): {fix}")


def read_table(path: Path) -> Iterator[TextUnit | Skipped | Notice]:
    """A table of posts, as a planner exports it or a spreadsheet holds it: each filled cell of a column of post
    texts is a unit, named by the row a person sees (the CSV line, the spreadsheet row, as `check` gives a draft's
    line) and by its column, after the row's own id where the table has an id column ("12:first_comment")."""
    regular_file_size(path, str(path))  # a device or an oversized file is refused, as a draft is
    notes: list[str] = []
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        header, records = rows_from_xlsx(path, _post_header)
    else:
        header, records = rows_from_csv(path, notes, _known_heading, _post_header)
    yield from (Notice(str(path), "", note.removeprefix(f"{path}: ")) for note in notes)
    if not any(map(is_post_heading, header)):
        raise no_post_texts(str(path), header)
    for heading in _prose_unread(header, records):
        yield Notice(str(path), "", f"column '{heading}' holds sentences but is not read: head it 'caption' or 'text'")
    yield from post_units(str(path), header, records)


PROSE_WORDS = 3  # words in a cell from which it reads as a sentence, not a date, a name or a status


def _prose_unread(header: Sequence[str], records: Sequence[dict[str, object]]) -> list[str]:
    """The columns of no known heading whose filled cells are mostly sentences ("primer_comentario"): a post's text
    under a heading the table reader does not know, which would go unscanned without a word."""
    known = post_headings()
    found = []
    for heading in header:
        if not heading.strip() or heading_key(heading) in known:
            continue
        cells = [cell for r in records if (cell := str(r.get(heading, ""))).strip()]
        if cells and sum(len(c.split()) >= PROSE_WORDS for c in cells) * 2 > len(cells):
            found.append(heading)
    return found


def json_posts(label: str, value: object) -> list[TextUnit | Skipped] | None:
    """A JSON list of records with a key of post texts (a planner's or a script's export: `[{"caption": ...}]`) read
    as a table: its keys are the headings, its records the rows, numbered from 1 as an opt-out list's JSON records
    are; None for any other JSON. A value that is no string is read as its JSON text, so that a name in it is not
    passed over; a record that is no object is skipped and said."""
    if not isinstance(value, list) or not any(isinstance(r, dict) and any(map(is_post_heading, r)) for r in value):
        return None
    header = list(dict.fromkeys(k for r in value if isinstance(r, dict) for k in r))
    found: list[TextUnit | Skipped] = []
    for n, record in enumerate(value, start=1):
        if not isinstance(record, dict):
            found.append(Skipped(label, f"row {n}", "expected an object with a key of post texts ('caption', 'text')"))
            continue
        cells = {
            k: v if isinstance(v, str) else "" if v is None else json.dumps(v, ensure_ascii=False)
            for k, v in record.items()
        }
        found += post_units(label, header, [{**cells, ROW: n}], lines=False)
    return found


def post_units(
    label: str, header: list[str], records: list[dict[str, object]], lines: bool = True
) -> Iterator[TextUnit | Skipped]:
    """Each filled cell of the table's columns of post texts as a unit, named by its row and column. Where the rows
    are no lines of the file (`lines`: JSON records), a unit is a record's field, as an export's post is."""
    texts = [h for h in header if is_post_heading(h)]
    ids = [h for h in header if post_headings().get(heading_key(h)) == "id"]
    for record in records:
        line = int(record[ROW])  # type: ignore[call-overload]
        own = str(record.get(ids[0], "")).strip() if ids else ""
        for heading in texts:
            text = str(record.get(heading, ""))
            if not text.strip():
                continue
            if not valid_text(text):
                where = f"line {line}, column '{heading}'" if lines else f"row {line}, key '{heading}'"
                yield Skipped(label, where, INVALID_TEXT)
                continue
            name = f"{own}:{heading}" if own else heading
            yield TextUnit(Source(label, None, line - 1, "text" if lines else heading, name), text)
