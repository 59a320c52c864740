"""Folding that makes the spellings people use for one name compare equal.

Two keys per string, because German spells umlauts two ways: with "e" (Müller -> mueller, which also
matches "Mueller") and without (Müller -> muller, which matches "Muller"). Comparing like with like
keeps "Michael" apart from "Michal", which a single key that drops every "e" after a vowel would merge.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

import regex

from captionscan.data import strip_marks

UMLAUT_E = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue"})
UMLAUT_WRITTEN_OUT = regex.compile(r"(?i)[aou]e")  # "ue" for "ü": what UMLAUT_E makes, read back
# Letters that Unicode does not decompose into a base letter and a mark.
UNDECOMPOSABLE = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ð": "d", "ı": "i", "æ": "ae", "œ": "oe", "þ": "th"})
APOSTROPHES = "'’ʼ`´‘"
WORD = regex.compile(r"[\p{L}\p{M}\p{N}]+")
# What may stand between the words of one name: white space (line breaks, no-break spaces, and the
# invisible characters people put in captions: zero-width space, soft hyphen, Braille blank U+2800),
# a hyphen or dash, as in "Marie-Luise" or a name broken across a line, or an apostrophe (O'Brien, van 't Hof).
SPACE = r"[\s\u200b\u200c\u200d\u2060\ufeff\u00ad\u2800]"
# "van ’t Hof", "D' Amico", and Markdown's emphasis of one word: "**Lena** Hansen"
NAME_GAP = regex.compile(
    rf"{SPACE}+|{SPACE}*[-‐‑‒–—]{SPACE}*|{SPACE}?['’]{SPACE}?|[*_]{{1,3}}{SPACE}+|{SPACE}+[*_]{{1,3}}"
)
# After a one-letter word, its period too: an abbreviated particle ("Maximilian v. Berg", "Jan v. d. Heide").
ABBREVIATED_GAP = regex.compile(rf"\.{SPACE}*")
MODES = ("e", "plain")


@lru_cache(maxsize=1 << 16)  # captions reuse a small vocabulary; folding is the matcher's hot spot
def fold(s: str, mode: str) -> str:
    s = unicodedata.normalize("NFC", s).casefold()  # casefold also turns ß into ss
    if mode == "e":
        s = s.translate(UMLAUT_E)
    return strip_marks(s).translate(UNDECOMPOSABLE)


def joined(text: str, before: regex.Match, after: regex.Match) -> bool:
    """May the words matched as `before` and `after` be two words of one name, by what stands between them?"""
    if NAME_GAP.fullmatch(text, before.end(), after.start()):
        return True
    return len(before.group()) == 1 and bool(ABBREVIATED_GAP.fullmatch(text, before.end(), after.start()))


def words(s: str) -> list[str]:
    return WORD.findall(s)
