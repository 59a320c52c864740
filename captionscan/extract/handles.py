"""A name that a handle of the same text spells out: "@summerhayes.studio ... Summer, you captured every tear!".

Captions tag a person and then address or name them by first name, and that first name is often also a word
("Summer", "Will", "Iris", "Mai") that no other rule may take for a name alone. The handle says it is one here.
Like mentions, this runs outside spaCy, on the text and its handles.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

import regex

from captionscan.data import given_names, surnames
from captionscan.records import Entity
from captionscan.spans import SpanIndex

SEGMENTS = regex.compile(r"[._\d]+")
# A capitalised word (or one in capitals), with a genitive ending: "Summer", "Iris'", "Grace's".
NAME = regex.compile(r"(?<![\p{L}\p{N}@#_.])(\p{Lu}[\p{L}\p{M}]{2,})(?:['’]s?)?(?![\p{L}\p{N}])")
MIN_LETTERS = 3
MIN_SURNAME = 4  # a glued surname after the first name ("summerhayes"): shorter tails are words ("annabel")


@lru_cache(maxsize=1 << 14)  # a handle comes back post after post
def spelled_names(handle: str) -> frozenset[str]:
    """The names a handle begins with: a known first name alone in its first segment ("iris.verbeek") or glued to
    a surname ("willcarterphoto"), or any word in a first segment before a surname ("mai.nguyen")."""
    segments = [s for s in SEGMENTS.split(handle.casefold()) if s]
    if not segments:
        return frozenset()
    first = segments[0]
    names = set()
    if len(first) >= MIN_LETTERS and (first in given_names() or len(segments) > 1 and segments[1] in surnames()):
        names.add(first)
    for k in range(MIN_LETTERS, len(first) - MIN_SURNAME + 1):  # a handle has at most 30 characters
        rest = first[k:]
        if first[:k] in given_names() and any(rest[:n] in surnames() for n in range(MIN_SURNAME, len(rest) + 1)):
            names.add(first[:k])
    return frozenset(names)


def handle_names(text: str, mentions: Sequence[Entity], taken: SpanIndex) -> list[Entity]:
    """PERSON spans of the capitalised words a mention of the text spells out, where `taken` (the spans found so
    far) has none."""
    names = frozenset().union(*(spelled_names(m.text[1:]) for m in mentions))
    if not names:
        return []
    return [
        Entity(m.start(), m.end(), "PERSON", m.group())
        for m in NAME.finditer(text)
        if m.group(1).casefold() in names and not taken.overlaps(m.start(), m.end())
    ]
