"""Parse Meta's export JSON and undo its mojibake (see captionscan.encoding.repair)."""

from __future__ import annotations

import json
from typing import Any

from captionscan.encoding import decode_bytes, repair
from captionscan.errors import DamagedInput


def _repair_all(value: Any) -> Any:
    if isinstance(value, str):
        return repair(value)
    if isinstance(value, list):
        return [_repair_all(v) for v in value]
    if isinstance(value, dict):
        return {repair(k): _repair_all(v) for k, v in value.items()}
    return value


def load(data: bytes, path: str, where: str | None) -> Any:
    """Parse one export JSON file, repaired; malformed JSON is an InputError naming line and column."""
    text = decode_bytes(data, path, where)
    if not text.strip():
        raise DamagedInput(path, "empty JSON file", where)
    try:
        value = json.loads(text, strict=False)  # raw control characters: the record is judged, not the file
    except json.JSONDecodeError as exc:
        if exc.msg.startswith("Unterminated string") or exc.pos >= len(text.rstrip()):
            lines = text.rstrip().count("\n") + 1
            problem, line = f"JSON ends early after line {lines} (a truncated file?)", lines
        else:
            problem, line = f"malformed JSON at column {exc.colno}: {exc.msg}", exc.lineno
        raise DamagedInput(path, problem, f"{where}, line {line}" if where else f"line {line}") from None
    return _repair_all(value)
