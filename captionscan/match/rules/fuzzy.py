"""fuzzy: a name one edit away from a listed one ("Lena Vgot", "Jonas Müler"), of FUZZY_MIN_LETTERS letters or more.

Two strings one edit apart share a one-letter deletion (or one is the other's), so a near miss is a handful of
look-ups in a table of every listed name's deletions, whatever the list's length. Measured against the
alternatives on the benchmark's names (600 queries; 10,000 people have about 10,100 names of five letters or more):
this table takes 4-8 µs per look-up at 30 and at 10,000 people; rapidfuzz (`process.extract`, OSA distance)
compares the query with every name, 1.3-1.4 ms per look-up at 10,000 people, 280 times its cost at 30;
symspellpy's index is the same idea at 5-8 µs, but it keeps only names within one OSA edit and so loses some that
share a deletion (13 of the 600: "Mrkus Voigt" for a listed Markus Vogt). Neither can take keyed hashes; nor can
this table, which needs the letters: a hashed list finds no near misses.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from functools import cache, partial

import regex

from captionscan import caches
from captionscan.data import FUNCTION_ZIPF, PARTICLES, function_words, given_names, word_anywhere, word_lists
from captionscan.match.candidates import Candidate, Group, Unit
from captionscan.match.lookup import Lookup
from captionscan.match.normalize import fold
from captionscan.match.rules.base import Rule

FUZZY_MIN_LETTERS = 5
DOUBLED = regex.compile(r"(.)\1")  # a doubled letter, which spellings of one name differ by ("Ana", "Anna")
NEAR_CACHE = 1 << 16  # near misses of runs of words kept between texts (captions reuse a small vocabulary)


def deletions(key: str) -> set[str]:
    """The strings one deletion away: two strings one edit apart share one of them (or are one)."""
    return {key[:i] + key[i + 1 :] for i in range(len(key))}


class Fuzzy(Rule):
    name = "fuzzy"
    score = 0.8
    certain = False

    def __init__(self, lookup: Lookup):
        super().__init__(lookup)
        self.near: dict[str, set[str]] = defaultdict(set)  # a deletion -> the names that have it
        self.initials: set[str] = set()  # first letters of the names: a near miss keeps the first letter
        for kind, plain in lookup.index.texts(lookup.index.by_words):
            if kind == "plain" and len(plain.replace(" ", "")) >= FUZZY_MIN_LETTERS:
                self.initials.add(plain[0])
                for deleted in deletions(plain) | {plain}:
                    self.near[deleted].add(plain)
        self.found: dict[tuple[str, ...], tuple[Group, ...]] = {}

    def reach(self, word: str, names_follow: bool) -> int:
        """A near miss keeps the first letter: any number of words where a name word follows, one where `word` is
        capitalised."""
        if fold(word, "plain")[:1] not in self.initials:
            return 0
        return self.lookup.index.max_words if names_follow else 1 if word[:1].isupper() else 0

    def candidates(self, unit: Unit) -> Iterable[Candidate]:
        for run in unit.runs:
            if not run.groups and not run.after_name:
                groups = caches.kept(self.found, run.words, NEAR_CACHE, partial(self._near_misses, run.words))
                if groups and len(run.words) > 1 and self._function_word(run.words, unit.lang):
                    continue  # "le marchand de fruits" for a listed Léa Marchand: an article and a noun, no typo
                yield from (Candidate(g.persons, run.start, run.end, self.name, g.role) for g in groups)

    def _function_word(self, raw: Sequence[str], lang: str) -> bool:
        """Is one of the words a function word of the text's language that no listed name has?"""
        return any(word_anywhere(w, lang, FUNCTION_ZIPF) and not self.lookup.is_name_word(w) for w in raw)

    def _near_misses(self, raw: Sequence[str]) -> tuple[Group, ...]:
        """One edit away from a variant. One edit leaves the other words of a full name intact, so a
        run of several words needs one exact name word; a single word must be capitalised like a name."""
        query = " ".join(fold(w, "plain") for w in raw)
        if not FUZZY_MIN_LETTERS <= len(query) - query.count(" ") <= self.lookup.index.longest_concat + 1:
            return ()
        if not self.near or not (any(map(self.lookup.is_name_word, raw)) if len(raw) > 1 else raw[0][:1].isupper()):
            return ()
        keys = set(self.near.get(query, ())) | {k for d in deletions(query) for k in self.near.get(d, ())}
        keys = {k for k in keys if k[0] == query[0] and k.count(" ") == query.count(" ") and not _other(query, k)}
        return tuple(dict.fromkeys(g for k in keys for g in self.lookup.by_key("plain", k)))


def _other(query: str, key: str) -> bool:
    """Does the query name someone else than the key: another particle (`_particle`), or, a word alone, a first name
    of its own, not the key's spelled otherwise ("Lucas" for a listed Lucía; "Nicolò" for a listed Niccolò is his
    name with a letter not doubled)?"""
    if _particle(query, key) or _joined(query, key):
        return True
    if " " in query or query not in _folded_first_names() or key not in _folded_first_names():
        return False
    return DOUBLED.sub(r"\1", query) != DOUBLED.sub(r"\1", key)


@cache
def _folded_first_names() -> frozenset[str]:
    return frozenset(fold(name, "plain") for name in given_names())


def _joined(query: str, key: str) -> bool:
    """Is the one edit between them a word that joins names or another function word ("Yasmina et" for a listed
    Yasmina El Amrani, "Hias über" for Hias Huber): the name and "and" before another one, or a preposition after
    it, not a typo?"""
    return any(a != b and a in _joining_words() for a, b in zip(query.split(), key.split(), strict=True))


@cache
def _joining_words() -> frozenset[str]:
    """The words that join names in the EU's languages and the German and English function words, folded."""
    words = {w for w in word_lists("rule_words.tsv")["world_joiners"] if w.isalpha()} | function_words()
    return frozenset(fold(w, "plain") for w in words)


def _particle(query: str, key: str) -> bool:
    """Is the one edit between them a particle for another ("Lisa van den Berg" for a listed Lisa van der Berg):
    another family's name, not a typo?"""
    return any(a != b and a in PARTICLES and b in PARTICLES for a, b in zip(query.split(), key.split(), strict=True))
