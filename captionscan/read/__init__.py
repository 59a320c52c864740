"""Stage 1, read: whatever the user points at -> TextUnit records, and Skipped and Notice notes."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from captionscan.read.drafts import DRAFT_SUFFIXES, read_draft
from captionscan.read.exports import read_export
from captionscan.records import Notice, Skipped, TextUnit


def read_paths(paths: Iterable[Path]) -> Iterator[TextUnit | Skipped | Notice]:
    """Drafts by their suffix; everything else (zip, folder, .json) as a Meta export."""
    for path in paths:
        if path.is_file() and path.suffix.lower() in DRAFT_SUFFIXES:
            yield from read_draft(path)
        else:
            yield from read_export(path)


__all__ = ["read_paths"]
