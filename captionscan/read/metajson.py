"""Parse Meta's export JSON and undo its mojibake (see captionscan.encoding.repair).

An archive member that is a JSON array (posts_1.json, comments, ...) is parsed one element at a time as its bytes
arrive, so memory holds a chunk and a record, not the file: a 100,000-post posts_1.json is 35 MiB of bytes but
several hundred MiB as Python objects.
"""

# Why the standard json module and not ijson (3.6, C backend yajl2_c), measured on this module's test cases and a
# 100,000-post posts_1.json (32.8 MiB); speed decides nothing (ijson.items 0.21 s, json 0.23 s):
# - ijson.items keeps the path of every open container, so its memory grows with the square of the depth: 10,000
#   levels took 250 MB, 30,000 ran out of 2 GB, a crafted file's 100,000 got the process killed. Bounding the
#   depth on ijson.basic_parse events in Python costs 1.09 s instead of 0.21 s.
# - A lone surrogate escape ("\ud800") comes back as "?", a caption silently changed; a raw control character or a
#   stray invalid UTF-8 byte fails the whole member, where here only the record holding it is skipped.
# - Its errors name no line or column, which the one-line message names.

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from captionscan.encoding import bom_codec, repair
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
JSON_SPACE = " \t\n\r"
DECODER = json.JSONDecoder(strict=False)  # raw control characters: judged per record
NOT_SPACE = re.compile(r"[^ \t\n\r]")
STRAY = re.compile("[\udc80-\udcff]")  # an invalid byte, decoded with surrogateescape


def load(data: bytes, path: str, where: str | None) -> Any:
    """Parse one export JSON file, repaired; malformed JSON is a DamagedInput naming line and column."""
    return _Text(iter([data]), path, where).whole()


@dataclass(frozen=True)
class Records:
    """The elements of a top-level JSON array, parsed and repaired as they are read."""

    items: Iterator[Any]


def stream(chunks: Iterable[bytes], path: str, where: str | None) -> Any:
    """A file's top-level array as Records, anything else (an object wrapping the list) parsed whole. A damaged
    file is a DamagedInput, raised when the parser gets there: the records before it have been yielded."""
    text = _Text(iter(chunks), path, where)
    start = text.skip_space(0)
    if start is not None and text.buf[start] == "[":
        return Records(text.elements(start + 1))
    return text.whole()


class _Text:
    """The decoded text of a byte stream from the record being parsed on (`keep`), with the line and column of
    any position for messages. Reading a chunk forgets the text before `keep` and shifts positions by as much."""

    def __init__(self, chunks: Iterator[bytes], path: str, where: str | None):
        self.chunks, self.path, self.where = chunks, path, where
        first = b""
        while len(first) < 4 and (chunk := next(chunks, None)) is not None:  # the longest byte-order mark
            first += chunk
        self.encoding = bom_codec(first)
        errors = "surrogateescape" if self.encoding == "utf-8" else "strict"  # stray bytes: judged per record
        self.decoder = codecs.getincrementaldecoder(self.encoding)(errors=errors)
        self.pending: list[bytes] = [first]
        self.buf, self.keep, self.eof, self.bytes_read, self.stray, self.first_stray = "", 0, False, 0, 0, 0
        self.lines_before, self.column_before = 0, 0  # of the text forgotten before `buf`
        self.more()

    def more(self) -> int | None:
        """Append the next chunk's text to `buf`, forgetting the text before `keep`: by how much positions
        shift, or None at the end of the bytes."""
        if self.eof:
            return None
        chunk = self.pending.pop() if self.pending else next(self.chunks, None)
        self.eof = chunk is None
        start = self.bytes_read - len(self.decoder.getstate()[0])  # of the text decoded now: held bytes come first
        try:
            text = self.decoder.decode(chunk or b"", final=self.eof)
        except UnicodeDecodeError as exc:
            raise self._not_text(self.bytes_read + exc.start) from None
        if self.encoding == "utf-8" and (stray := STRAY.findall(text)):
            if not self.stray:  # the message names the first invalid byte, as a whole decode does
                self.first_stray = start + len(text[: STRAY.search(text).start()].encode(errors="surrogateescape"))
            self.stray += len(stray)
            if self.stray > MAX_STRAY_BYTES:
                raise self._not_text(self.first_stray)
        self.bytes_read += len(chunk or b"")
        shift, done = self.keep, self.buf[: self.keep]
        if newlines := done.count("\n"):
            self.lines_before, self.column_before = self.lines_before + newlines, len(done) - done.rfind("\n") - 1
        else:
            self.column_before += len(done)
        self.buf, self.keep = self.buf[shift:] + text, 0
        return shift

    def _not_text(self, byte: int) -> DamagedInput:
        return DamagedInput(self.path, f"not valid {self.encoding.upper()} text (byte {byte})", self.where)

    def skip_space(self, pos: int) -> int | None:
        """The position of the next character that is no JSON white space, reading on as needed; None at the end."""
        while (found := NOT_SPACE.search(self.buf, pos)) is None:
            if (shift := self.more()) is None:
                return None
            pos -= shift
        return found.start()

    def whole(self) -> Any:
        while self.more() is not None:
            pass
        if not self.buf.strip():
            raise DamagedInput(self.path, "empty JSON file", self.where)
        try:
            return _repair_all(DECODER.decode(self.buf))
        except (json.JSONDecodeError, RecursionError, ValueError) as exc:
            raise self._damaged(exc) from None

    def elements(self, pos: int) -> Iterator[Any]:
        """The array's elements from `pos` (after "["); the array must be the whole file."""
        first = True
        while True:
            self.keep = pos
            if (pos := self.skip_space(pos)) is None:
                raise self._damaged(json.JSONDecodeError("Unexpected end", self.buf, len(self.buf)))
            if self.buf[pos] == "]":
                if (end := self.skip_space(pos + 1)) is not None:
                    raise self._damaged(json.JSONDecodeError("Extra data", self.buf, end))
                return
            if not first:
                if self.buf[pos] != ",":
                    raise self._damaged(json.JSONDecodeError("Expecting ',' delimiter", self.buf, pos))
                if (pos := self.skip_space(pos + 1)) is None:
                    raise self._damaged(json.JSONDecodeError("Unexpected end", self.buf, len(self.buf)))
            self.keep = pos
            value, pos = self._value(pos)
            yield _repair_all(value)
            first = False

    def _value(self, pos: int) -> tuple[Any, int]:
        """The JSON value at `pos` and its end. A value that fails or ends with the text read so far may go on in
        the next chunk: read on until the text from `pos` has doubled, so a long record is parsed a few times,
        not once per chunk."""
        while True:
            try:
                value, end = DECODER.raw_decode(self.buf, pos)
                if end < len(self.buf) or self.eof:
                    return value, end
            except json.JSONDecodeError as exc:
                if self.eof:
                    raise self._damaged(exc) from None
            except (RecursionError, ValueError) as exc:
                raise self._damaged(exc) from None
            target = 2 * (len(self.buf) - pos)
            while len(self.buf) - pos < target and (shift := self.more()) is not None:
                pos -= shift

    def _damaged(self, exc: Exception) -> DamagedInput:
        """Say where, as for the whole file: a truncation by the file's last line, else line and column."""
        if isinstance(exc, RecursionError):
            return DamagedInput(self.path, "JSON nested too deeply for an export", self.where)
        if not isinstance(exc, json.JSONDecodeError):  # e.g. an integer of thousands of digits
            return DamagedInput(self.path, f"unreadable JSON value ({str(exc).split(';')[0]})", self.where)
        text = self.buf
        if exc.msg.startswith(("Unterminated string", "Unexpected end")) or exc.pos >= len(text.rstrip()):
            line = self.lines_before + text.rstrip().count("\n") + 1  # at the end of the file: its last line
            problem = f"JSON ends early after line {line} (a truncated file?)"
        else:
            line = self.lines_before + text.count("\n", 0, exc.pos) + 1
            newline = text.rfind("\n", 0, exc.pos)
            column = exc.pos - newline if newline >= 0 else self.column_before + exc.pos + 1
            problem = f"malformed JSON at column {column}: {exc.msg}"
        return DamagedInput(self.path, problem, f"{self.where}, line {line}" if self.where else f"line {line}")
