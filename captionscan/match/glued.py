"""Does a first name or surname stand alone in a hashtag body, glued only to joiners, digits or known words?

"#lenaundtim2023", "#teammüller" and "#lauraswedding2024" name a Lena, a Müller and a Laura; "#benefit", "#hazelnut"
and "#thomasjaeger" name no Ben, no Hazel and no listed Jäger. Every answer is a look-up in word lists that do not
depend on the opt-out list, kept between texts as hashtags recur.
"""

from __future__ import annotations

from functools import cache, lru_cache

import regex

from captionscan.data import (
    EVERYDAY_WORDS,
    common_words,
    english_words,
    german_words,
    given_names,
    hashtag_words,
    surnames,
)
from captionscan.extract.hashtags import couple_names
from captionscan.match.normalize import fold

HASHTAG_JOINERS = hashtag_words("joiner")
GLUE_MAX = 60  # a longer hashtag body is searched for full names and bounded parts only: splitting it costs more
WORD_MAX = 24  # letters of the longest word looked up in a hashtag ("hochzeitsfotograf" has 17)
GLUE_CACHE = 1 << 16  # answers kept between texts
SPLIT_CACHE = 1 << 12  # hashtag bodies whose splits into words are kept between texts
YEAR = regex.compile(r"[\d_]*")  # what may follow the last name of a hashtag: #lenavogt2024
SHORT_NAME = 4  # a shorter first name or surname glued in a hashtag needs words this long beside it (#benfun)


def alone(body: str, mode: str, i: int, j: int) -> bool:
    """Does the first name or surname body[i:j] of a hashtag body stand alone: at an edge, beside digits, "_" or a
    joiner (#lenaundtim2023), or, in a body of up to GLUE_MAX letters, glued to known words (`_glued`)?"""
    if _bounded(body, i, True) and _bounded(body, j, False) or (i, j) in (couple_names(body, (i, j)) or ()):
        return True  # a couple's hashtag: #sanneenjoost, #kasiailukasz
    return len(body) <= GLUE_MAX and _glued(body, mode, i, j)


@lru_cache(maxsize=GLUE_CACHE)
def _glued(body: str, mode: str, i: int, j: int) -> bool:
    """Is body[i:j] glued only to known words (#schneiderhochzeit, #teammüller, #lauraswedding2024) where it is not
    beside digits, "_" or a joiner? It must not begin a longer word or first name (#hazelnut, #caroline) nor end a
    first name (#bettina) nor, if short, a word (#bakesale for an "Ale"), and not stand after a first name or
    before a surname: that is a namesake's full name (#thomasjaeger, #markusalbrecht)."""
    short = j - i < SHORT_NAME
    heads, tails = _splits(body, mode, SHORT_NAME if short else 3)
    lex = _lexicon(mode)
    left = _bounded(body, i, True) or (
        i in heads
        and not any(
            lex.first(body[s:j]) or s in heads and lex.first(body[s:i]) or short and body[s:j] in lex.words
            for s in range(max(0, i - WORD_MAX), i)
        )
    )
    after = range(j + 1, min(len(body), i + WORD_MAX) + 1)
    surname_after = any(e in tails and lex.surname(body[j:e], ends=bool(YEAR.fullmatch(body, e))) for e in after)
    genitive = body[j : j + 1] == "s" and not short and j + 1 in tails  # #lauraswedding
    return left and (
        _bounded(body, j, False)
        or (j in tails and not surname_after or genitive)
        and not any(body[i:e] in lex.words or lex.first(body[i:e]) for e in after)
    )


@lru_cache(maxsize=SPLIT_CACHE)
def _splits(body: str, mode: str, shortest: int) -> tuple[frozenset[int], frozenset[int]]:
    """The positions k where body[:k], and those where body[k:], are words of at least `shortest` letters (the
    words of name hashtags at any length), digits and "_": at most GLUE_MAX times WORD_MAX look-ups."""
    lex, n = _lexicon(mode), len(body)
    ends = [
        [k + 1]
        if body[k].isdigit() or body[k] == "_"
        else [
            e
            for e in range(k + 2, min(n, k + WORD_MAX) + 1)
            if body[k:e] in _MARKERS or e - k >= shortest and body[k:e] in lex.words
        ]
        for k in range(n)
    ]
    heads, tails = {0}, {n}
    for k in range(n):
        if k in heads:
            heads.update(ends[k])
    for k in reversed(range(n)):
        if any(e in tails for e in ends[k]):
            tails.add(k)
    return frozenset(heads), frozenset(tails)


_MARKERS = frozenset(hashtag_words("prefix") + HASHTAG_JOINERS)  # the words of name hashtags: team, hochzeit, und


class _Folded:
    """Word lists as a hashtag body is folded: an ASCII word is its own folding, so only the others are folded, once
    (not with `fold`'s cache, which they would fill with words no caption holds)."""

    def __init__(self, mode: str, *lists: frozenset[str]):
        self.lists = lists
        self.others = frozenset(fold.__wrapped__(w, mode) for words in lists for w in words if not w.isascii())

    def __contains__(self, word: str) -> bool:
        return word in self.others or any(word in words for words in self.lists)


class _Lexicon:
    """What the words glued to a name in a hashtag are: everyday German and English words, which it may be glued
    to; first names and surnames, which make it a namesake's full name."""

    def __init__(self, mode: str):
        self.words = _Folded(mode, common_words("de"), common_words("en"), german_words(), english_words())
        self.common = _Folded(mode, common_words("de"), common_words("en"))
        self.firsts, self.lasts = _Folded(mode, given_names()), _Folded(mode, surnames())

    def first(self, word: str) -> bool:
        """A first name; the words of name hashtags (love, baby) are none here."""
        return word in self.firsts and word not in _MARKERS

    def surname(self, word: str, ends: bool) -> bool:
        """A surname; one that is a common word too (the surname list is full of them: hoch, day) only where it ends
        the hashtag (#florianrichter), unless it is an everyday name (green)."""
        return (
            word in self.lasts and word not in _MARKERS and (ends or word in EVERYDAY_WORDS or word not in self.common)
        )


@cache
def _lexicon(mode: str) -> _Lexicon:
    return _Lexicon(mode)


def _bounded(folded: str, pos: int, left: bool) -> bool:
    """Is `pos` an edge of the hashtag body, or next to a digit or a joiner ("und", "and", ...)?"""
    if pos in (0, len(folded)):
        return True
    neighbour = folded[pos - 1] if left else folded[pos]
    if neighbour.isdigit() or neighbour == "_":
        return True
    return any(folded.endswith(j, 0, pos) if left else folded.startswith(j, pos) for j in HASHTAG_JOINERS)
