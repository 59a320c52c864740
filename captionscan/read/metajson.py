"""Parse Meta's export JSON and undo its mojibake (see captionscan.encoding.repair)."""

from __future__ import annotations

import json
from typing import Any

from captionscan.encoding import decode_bytes, repair
from captionscan.errors import DamagedInput


def _repair_all(value: Any) -> Any:
    if isinstance(value, str):
        return repair(value, cut_off=3)  # Meta cuts long texts inside a character: up to 3 bytes of it
    if isinstance(value, list):
        return [_repair_all(v) for v in value]
    if isinstance(value, dict):
        return {repair(k): _repair_all(v) for k, v in value.items()}
    return value


# Up to this many invalid UTF-8 bytes skip the records holding them; more refuse the file as not UTF-8.
MAX_STRAY_BYTES = 16


def load(data: bytes, path: str, where: str | None) -> Any:
    """Parse one export JSON file, repaired; malformed JSON is a DamagedInput naming line and column."""
    text = decode_bytes(data, path, where, stray_bytes=MAX_STRAY_BYTES)
    if not text.strip():
        raise DamagedInput(path, "empty JSON file", where)
    try:
        return _repair_all(json.loads(text, strict=False))  # raw control characters: judged per record
    except json.JSONDecodeError as exc:
        if exc.msg.startswith("Unterminated string") or exc.pos >= len(text.rstrip()):
            lines = text.rstrip().count("\n") + 1
            problem, line = f"JSON ends early after line {lines} (a truncated file?)", lines
        else:
            problem, line = f"malformed JSON at column {exc.colno}: {exc.msg}", exc.lineno
        raise DamagedInput(path, problem, f"{where}, line {line}" if where else f"line {line}") from None
    except RecursionError:
        raise DamagedInput(path, "JSON nested too deeply for an export", where) from None
    except ValueError as exc:  # e.g. an integer of thousands of digits
        raise DamagedInput(path, f"unreadable JSON value ({str(exc).split(';')[0]})", where) from None
