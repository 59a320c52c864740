"""Draft captions: a .txt or .md file is one unit; a .jsonl file holds one {"id", "text"} record a line (or a key a
table of posts heads its texts with: "caption")."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from captionscan.encoding import decode_bytes, encoding_notice
from captionscan.errors import DamagedInput, InputError
from captionscan.read.archive import regular_file_size
from captionscan.read.layouts import INVALID_TEXT, valid_text
from captionscan.read.tables import is_post_heading
from captionscan.records import Notice, Skipped, Source, TextUnit

DRAFT_SUFFIXES = {".txt", ".md", ".markdown", ".jsonl"}
BACKUP = ".orig"  # the suffix of the original `check --fix` keeps: "juni.md.orig"


def _read_bytes(path: Path) -> bytes:
    regular_file_size(path, str(path))
    try:
        return path.read_bytes()
    except OSError as exc:
        raise InputError(str(path), f"cannot read file ({exc.strerror})") from None


def read_text_file(path: Path) -> str:
    return decode_bytes(_read_bytes(path), str(path), None)


def read_draft(path: Path) -> Iterator[TextUnit | Skipped | Notice]:
    data, label = _read_bytes(path), str(path)
    yield from encoding_notice(label, "", data)
    try:
        text = decode_bytes(data, label, None)
    except DamagedInput as exc:  # a draft saved in another encoding: the next drafts are still checked, and exit 2
        yield Skipped(label, "", exc.problem)
        return
    if path.suffix.lower() != ".jsonl":
        if valid_text(text):
            yield TextUnit(Source(label, None, None, "text"), text)
        else:
            yield Skipped(label, f"line {text[: text.find(chr(0))].count(chr(10)) + 1}", INVALID_TEXT)
        return
    for index, line in enumerate(text.split("\n")):  # "\n" only: the line numbers --fix writes back to
        if not line.strip():
            continue
        try:
            record = json.loads(line, strict=False)
        except (ValueError, RecursionError) as exc:  # also nesting too deep, numbers of thousands of digits
            problem = exc.msg if isinstance(exc, json.JSONDecodeError) else "JSON too deep or a number too long"
            yield Skipped(label, f"line {index + 1}", f"malformed JSON: {problem}")
            continue
        if not isinstance(record, dict) or (key := text_key(record)) is None:
            yield Skipped(label, f"line {index + 1}", 'expected an object with a "text" string')
            continue
        if not valid_text(record[key]):
            yield Skipped(label, f"line {index + 1}", INVALID_TEXT)
            continue
        record_id = record.get("id")
        yield TextUnit(Source(label, None, index, "text", None if record_id is None else str(record_id)), record[key])


def text_key(record: dict) -> str | None:
    """The key of a .jsonl draft record's text, which `--fix` writes back to: "text", else the first a table of
    posts heads its texts with ("caption", "message": a planner's records, a script's rows)."""
    if isinstance(record.get("text"), str):
        return "text"
    return next((k for k, v in record.items() if isinstance(v, str) and is_post_heading(k)), None)
