"""Input of `captionscan extract`: JSONL with a "text" field per line, or plain text, one text a line."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from captionscan.encoding import decode_bytes
from captionscan.read.drafts import read_text_file


def _text_field(line: str) -> str | None:
    try:
        value = json.loads(line)
    except (ValueError, RecursionError):  # not a record: the line is taken as plain text
        return None
    return value["text"] if isinstance(value, dict) and isinstance(value.get("text"), str) else None


def texts_of_lines(content: str) -> list[str]:
    """Exactly one text per input line, in order. JSONL when the first non-blank line is a record."""
    lines = content.split("\n")
    if lines and lines[-1] == "":
        lines.pop()  # the newline that ends the last line does not start another
    lines = [line.removesuffix("\r") for line in lines]
    first = next((line for line in lines if line.strip()), "")
    if _text_field(first) is None:
        return lines
    return [text if (text := _text_field(line)) is not None else line for line in lines]


def texts_of_file(file: str) -> list[str]:
    """The texts of a file, or of standard input for "-", one per line (see `texts_of_lines`)."""
    if file == "-":
        return texts_of_lines(decode_bytes(sys.stdin.buffer.read(), "<stdin>", None))
    return texts_of_lines(read_text_file(Path(file)))
