"""Export members that no layout reads: say when one holds text Meta may train on, pass the rest over.

Meta adds files and changes layouts; a member that holds prose and is read by no layout would otherwise be a blind
spot nobody sees. Likes, ads, settings and private messages (`not_public.txt`) are passed over without a word.
"""

from __future__ import annotations

import codecs
import json
from collections.abc import Iterator
from functools import cache
from pathlib import PurePosixPath

import regex

from captionscan.data import lines
from captionscan.encoding import repair

PROSE_WORDS = 10  # a caption-like string: ten words or more
JSON_STRING = regex.compile(r'"(?:[^"\\]|\\.)*"')
# A word of prose: letters, with an apostrophe or hyphen inside and punctuation after; "Gecko)" or "x64" of a
# browser's user agent is none.
WORD = regex.compile(r"(?<!\S)\p{L}[\p{L}\p{M}'’-]*[,.!?:;]?(?!\S)")
PAGE_NUMBER = regex.compile(r"_\d+$")


@cache
def _not_public() -> frozenset[str]:
    return frozenset(lines("not_public.txt"))


def passed_over(member: str) -> bool:
    """Not JSON, or a member known to hold no public text (likes, ads, settings, messages)."""
    path = PurePosixPath(member)
    if path.suffix.lower() != ".json":
        return True
    parts = [*path.parent.parts, PAGE_NUMBER.sub("", path.stem)]
    return not _not_public().isdisjoint(part.casefold() for part in parts)


def _is_prose(literal: str) -> bool:
    if len(literal) < 2 * PROSE_WORDS:
        return False
    try:
        text = json.loads(literal, strict=False)
    except ValueError:
        return False
    return len(WORD.findall(repair(text))) >= PROSE_WORDS


def holds_prose(chunks: Iterator[bytes]) -> bool:
    """Whether any JSON string in the bytes has ten words or more; reads only as far as the first one. Strings are
    found in order from the start, and JSON has no quote outside strings, so each match is a whole string."""
    decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
    rest = ""
    for chunk in chunks:
        text = rest + decoder.decode(chunk)
        end = 0
        for match in JSON_STRING.finditer(text):
            if _is_prose(match.group()):
                return True
            end = match.end()
        quote = text.find('"', end)
        rest = text[quote:] if quote >= 0 else ""  # an unfinished string goes on in the next chunk
    return False
