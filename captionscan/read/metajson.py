"""Parse Meta's export JSON and undo its mojibake.

Meta writes each UTF-8 byte of a non-ASCII character as its own ``\\u00XX`` escape, so "ü" arrives as
"Ã¼". Repairing per string after parsing is safe: a string that holds a character above U+00FF, or
whose bytes are not valid UTF-8, was not mangled and is kept as it is.
"""

from __future__ import annotations

import codecs
import json
from collections.abc import Iterator
from typing import Any

from captionscan.errors import DamagedInput
from captionscan.records import Notice

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def repair(text: str) -> str:
    if text.isascii():
        return text
    try:
        return text.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return text


def _repair_all(value: Any) -> Any:
    if isinstance(value, str):
        return repair(value)
    if isinstance(value, list):
        return [_repair_all(v) for v in value]
    if isinstance(value, dict):
        return {repair(k): _repair_all(v) for k, v in value.items()}
    return value


def unusual_encoding(data: bytes) -> str | None:
    """UTF-16 or UTF-32 where a byte-order mark says so: worth a notice, as Meta and editors write UTF-8."""
    encoding = next((enc for bom, enc in _BOMS if data.startswith(bom)), "utf-8")
    return None if encoding.startswith("utf-8") else encoding.upper()


def encoding_notice(path: str, where: str, data: bytes) -> Iterator[Notice]:
    if encoding := unusual_encoding(data):
        yield Notice(path, where, f"decoded as {encoding} (byte-order mark)")


def decode_bytes(data: bytes, path: str, where: str | None) -> str:
    """Decode by BOM, else as UTF-8; the file and member are named when that fails."""
    encoding = next((enc for bom, enc in _BOMS if data.startswith(bom)), "utf-8")
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise DamagedInput(path, f"not valid {encoding.upper()} text (byte {exc.start})", where) from None


def load(data: bytes, path: str, where: str | None) -> Any:
    """Parse one export JSON file, repaired; malformed JSON is an InputError naming line and column."""
    text = decode_bytes(data, path, where)
    if not text.strip():
        raise DamagedInput(path, "empty JSON file", where)
    try:
        value = json.loads(text, strict=False)  # raw control characters: the record is judged, not the file
    except json.JSONDecodeError as exc:
        loc = f"{where}, line {exc.lineno}" if where else f"line {exc.lineno}"
        raise DamagedInput(path, f"malformed JSON at column {exc.colno}: {exc.msg}", loc) from None
    return _repair_all(value)
