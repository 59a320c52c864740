"""Draft captions: a .txt or .md file is one unit, or a Markdown file with a heading over each post a unit a post;
a .jsonl file holds one {"id", "text"} record a line (or a key a table of posts heads its texts with: "caption")."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import regex

from captionscan.encoding import decode_bytes, encoding_notice
from captionscan.errors import DamagedInput, InputError
from captionscan.read.archive import regular_file_size
from captionscan.read.layouts import INVALID_TEXT, valid_text
from captionscan.read.tables import is_post_heading
from captionscan.records import Notice, Skipped, Source, TextUnit

DRAFT_SUFFIXES = {".txt", ".md", ".markdown", ".jsonl"}
MARKDOWN = frozenset({".md", ".markdown"})
BACKUP = ".orig"  # the suffix of the original `check --fix` keeps: "juni.md.orig"
HEADING = regex.compile(r" {0,3}(#{1,6})(?:[ \t]|$)")  # CommonMark's ATX heading: "## Sa 7.06 – Geburtstag"
FENCE = regex.compile(r" {0,3}(`{3,}|~{3,})")  # a code block's fence, inside which "#" heads nothing


def posts(text: str) -> list[tuple[int, int, str]]:
    """A Markdown draft's posts, where a heading stands over each: the line (from 1), character and text at which
    each part starts, cut before every heading of the deepest level that heads two or more parts with titles of
    their own (not a post's "### Hashtags"), or of a higher one (a month's title over a week's posts); the whole
    text as one part where no level heads two, or where an allow marker speaks for the whole draft. Front matter
    and code blocks head nothing. A planner writes a month's posts into one file: read as one caption, one post's
    full name made another's "#mazur" a hit. The parts hold the text whole, blank lines and all, so that `check
    --fix` puts the file back together."""
    from captionscan.read.markup import FRONT_MATTER
    from captionscan.suppress import MARKER  # here: the suppression module reads the matcher, which reads lists

    lines = text.split("\n")  # "\n" only, as a finding's line is counted
    lines = [line + "\n" for line in lines[:-1]] + ([lines[-1]] if lines[-1] else [])
    front = FRONT_MATTER.match(text)
    skip = text.count("\n", 0, front.end()) if front else 0
    levels: list[int | None] = []
    titles: dict[int, list[str]] = {}  # by level, the headings' lines
    fence = ""
    for number, line in enumerate(lines):
        if opened := FENCE.match(line):
            mark = opened.group(1)
            fence = "" if fence and mark.startswith(fence) else fence or mark
        heading = None if fence or number < skip else HEADING.match(line)
        levels.append(len(heading.group(1)) if heading else None)
        if heading:
            titles.setdefault(len(heading.group(1)), []).append(line.strip())
    # the deepest level of two headings or more, of titles of their own: "### Text", "### Hashtags" under each
    # post are its parts
    cut = max((level for level, seen in titles.items() if len(seen) > 1 and len(set(seen)) == len(seen)), default=None)
    if cut is None or MARKER.search(text):
        return [(1, 0, text)]
    parts, start, offset = [], 0, 0
    for number, level in enumerate(levels):
        if level is not None and level <= cut and number > start:
            parts.append((start + 1, offset, "".join(lines[start:number])))
            offset += len(parts[-1][2])
            start = number
    parts.append((start + 1, offset, "".join(lines[start:])))
    return parts


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
        if not valid_text(text):
            yield Skipped(label, f"line {text[: text.find(chr(0))].count(chr(10)) + 1}", INVALID_TEXT)
            return
        parts = posts(text) if path.suffix.lower() in MARKDOWN else [(1, 0, text)]
        if len(parts) == 1:
            yield TextUnit(Source(label, None, None, "text"), text)
            return
        for line, _, part in parts:
            if part.strip():
                yield TextUnit(Source(label, None, None, "text", line=line), part.rstrip())
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
