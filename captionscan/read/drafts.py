"""Draft captions: a .txt or .md file is one unit; a .jsonl file holds one {"id", "text"} record a line."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from captionscan.errors import InputError
from captionscan.read.layouts import valid_text
from captionscan.read.metajson import decode_bytes
from captionscan.records import Skipped, Source, TextUnit

DRAFT_SUFFIXES = {".txt", ".md", ".markdown", ".jsonl"}


def read_text_file(path: Path) -> str:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(str(path), f"cannot read file ({exc.strerror})") from None
    return decode_bytes(data, str(path), None)


def read_draft(path: Path) -> Iterator[TextUnit | Skipped]:
    text = read_text_file(path)
    label = str(path)
    if path.suffix.lower() != ".jsonl":
        yield TextUnit(Source(label, None, None, "text"), text)
        return
    for index, line in enumerate(text.split("\n")):  # "\n" only: the line numbers --fix writes back to
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Skipped(label, f"line {index + 1}", f"malformed JSON: {exc.msg}")
            continue
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            yield Skipped(label, f"line {index + 1}", 'expected an object with a "text" string')
            continue
        if not valid_text(record["text"]):
            yield Skipped(label, f"line {index + 1}", "text holds invalid Unicode (a lone surrogate)")
            continue
        record_id = record.get("id")
        yield TextUnit(
            Source(label, None, index, "text", None if record_id is None else str(record_id)), record["text"]
        )
