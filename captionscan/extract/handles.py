"""A name that a handle of the same text spells out: "@summerhayes.studio ... Summer, you captured every tear!".

Captions tag a person and then address or name them by first name, and that first name is often also a word
("Summer", "Will", "Iris", "Mai") that no other rule may take for a name alone. The handle says it is one here.
Like mentions, this runs outside spaCy, on the text and its handles.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from captionscan.data import given_names, surnames
from captionscan.records import Entity

SEGMENTS = regex.compile(r"[._\d]+")
# A capitalised word (or one in capitals), with a genitive ending: "Summer", "Iris'", "Grace's".
NAME = regex.compile(r"(?<![\p{L}\p{N}@#_.])(\p{Lu}[\p{L}\p{M}]{2,})(?:['’]s?)?(?![\p{L}\p{N}])")
MIN_SURNAME = 4  # a glued surname after the first name ("summerhayes"): shorter tails are words ("annabel")


def _spelled(word: str, handle: str) -> bool:
    """Does the handle begin with `word` as a name: a known first name alone in its first segment ("iris.verbeek")
    or glued to a surname ("willcarterphoto"), or any word in a first segment before a surname ("mai.nguyen")?"""
    segments = [s for s in SEGMENTS.split(handle.casefold()) if s]
    if not segments or not segments[0].startswith(word):
        return False
    rest = segments[0][len(word) :]
    if not rest:
        return word in given_names() or len(segments) > 1 and segments[1] in surnames()
    return word in given_names() and any(rest[:k] in surnames() for k in range(MIN_SURNAME, len(rest) + 1))


def handle_names(text: str, mentions: Sequence[Entity], taken) -> list[Entity]:
    """PERSON spans of the capitalised words a mention of the text spells out, where `taken` (a SpanIndex of the
    spans found so far) has none."""
    handles = [m.text[1:] for m in mentions]
    if not handles:
        return []
    return [
        Entity(m.start(), m.end(), "PERSON", m.group())
        for m in NAME.finditer(text)
        if not taken.overlaps(m.start(), m.end()) and any(_spelled(m.group(1).casefold(), h) for h in handles)
    ]
