"""What a file is by its first bytes (data/file_kinds.tsv): a photo, a PDF or a Word file given where an export or
an opt-out list belongs is named as what it is, instead of failing as malformed JSON or a broken spreadsheet."""

from __future__ import annotations

import zipfile
from functools import cache
from pathlib import Path
from typing import NamedTuple

from captionscan.data import rows

ZIP_MAGIC = b"PK\x03\x04"


class Kind(NamedTuple):
    name: str  # "jpeg", "docx", "zip"
    what: str  # "a JPEG image", for a message


ZIP = Kind("zip", "a zip archive")
CUT_SHORT = Kind("cut short", "a zip archive cut short or damaged")  # an XLSX or an export half downloaded


@cache
def _signatures() -> tuple[list[tuple[int, bytes, Kind]], list[tuple[str, Kind]]]:
    """(offset, bytes, kind) of files known by their first bytes, and (folder, kind) of zip-based office files."""
    magic, folders = [], []
    for name, where, sign, what in rows("file_kinds.tsv"):
        if where == "zip":
            folders.append((sign, Kind(name, what)))
        else:
            magic.append((int(where), bytes.fromhex(sign), Kind(name, what)))
    return magic, folders


def file_kind(path: Path) -> Kind | None:
    """The kind of a binary file captionscan knows (an image, a video, a PDF, an office file, any other zip archive);
    None for anything else, text and JSON among them."""
    with open(path, "rb") as f:
        head = f.read(16)
    magic, folders = _signatures()
    for offset, sign, kind in magic:
        if head[offset : offset + len(sign)] == sign:
            return kind
    if not head.startswith(ZIP_MAGIC):
        return None
    try:
        with zipfile.ZipFile(path) as z:
            names = z.namelist()
    except (zipfile.BadZipFile, OSError):
        return CUT_SHORT
    return next((kind for folder, kind in folders if any(n.startswith(folder) for n in names)), ZIP)
