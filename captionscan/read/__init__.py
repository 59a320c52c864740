"""Stage 1, read: whatever the user points at -> TextUnit records, and Skipped and Notice notes."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from captionscan.errors import InputError
from captionscan.read.drafts import BACKUP, DRAFT_SUFFIXES, read_draft, read_text_file
from captionscan.read.exports import read_export
from captionscan.read.tables import TABLE_SUFFIXES, read_table
from captionscan.records import LeftOut, Notice, Skipped, TextUnit


def read_paths(paths: Iterable[Path]) -> Iterator[TextUnit | Skipped | Notice]:
    """Drafts by their suffix, a folder of drafts as its drafts, a table of posts (.csv, .xlsx) by its suffix;
    everything else (zip, folder, .json) as a Meta export. The original `check --fix` kept of a draft (FILE.orig)
    is passed over with a note: `check drafts/*` after a fix names them too."""
    paths = list(paths)
    for path in paths:
        if path.is_file() and _original(path):
            yield LeftOut(str(path), "", "left out: the original check --fix kept")
        elif path.is_file() and path.suffix.lower() in DRAFT_SUFFIXES:
            yield from read_draft(path)
        elif path.is_file() and path.suffix.lower() in TABLE_SUFFIXES:  # named alone: a folder's may be the list
            yield from read_table(path)
        elif path.is_dir() and (drafts := _drafts_in(path)):
            yield from read_paths(drafts)
        else:
            yield from read_export(path, alone=len(paths) == 1)


def folders_opened(paths: Iterable[Path], refuse_empty: bool = False) -> list[Path]:
    """The paths, each folder of drafts replaced by its drafts, sorted (hidden ones left out, the originals --fix
    kept in, which `read_paths` passes over with a note), as `read_paths` reads them; an export's folder stays, and
    so does one with neither, for `read_paths` to refuse as no export, unless `refuse_empty`."""
    found: list[Path] = []
    for path in paths:
        drafts = _drafts_in(path) if path.is_dir() else None
        if drafts == [] and refuse_empty:
            raise InputError(str(path), "holds no draft (.txt, .md, .jsonl) and no export; pass drafts or an export")
        found += drafts or [path]
    return found


def drafts_of(paths: Iterable[Path]) -> list[Path]:
    """The drafts `check` reads: `check posts/` checks every draft of a folder of drafts, and a folder with none
    is refused as such."""
    return folders_opened(paths, refuse_empty=True)


def _drafts_in(folder: Path) -> list[Path] | None:
    """The drafts in a folder and its subfolders, sorted, hidden ones left out; None where it holds export JSON,
    said at the first JSON file: every folder `scan` is given is asked, an export's with its thousands of photos."""
    drafts = []
    for f in folder.rglob("*"):
        if not f.is_file() or any(p.startswith(".") for p in f.relative_to(folder).parts):
            continue
        if f.suffix.lower() == ".json":
            return None
        if f.suffix.lower() in DRAFT_SUFFIXES or _original(f):
            drafts.append(f)
    return sorted(drafts)


def _original(path: Path) -> bool:
    """Is this the original `check --fix` kept of a draft ("juni.md.orig")?"""
    return path.suffix == BACKUP and Path(path.stem).suffix.lower() in DRAFT_SUFFIXES


def count_units(paths: Iterable[Path]) -> int | None:
    """How many units `read_paths` gives, where that is known before reading: a .txt or .md draft is one, a .jsonl
    draft one a line that is not blank. None where an export is among them: its units are known once it is read."""
    total = 0
    for path in paths:
        if path.is_file() and _original(path):
            continue
        if not path.is_file() or path.suffix.lower() not in DRAFT_SUFFIXES:
            return None
        jsonl = path.suffix.lower() == ".jsonl"
        total += sum(1 for line in read_text_file(path).split("\n") if line.strip()) if jsonl else 1
    return total


__all__ = ["count_units", "drafts_of", "read_paths"]
