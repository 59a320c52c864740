"""Initials beside a name: between a first name and a surname they join them ("Lena M. Vogt"), and a name found
takes those beside it ("Lena V.", "A. Vogt", "Kenny G"), so that a rewrite leaves none."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

import regex

from captionscan.data import strip_marks
from captionscan.match.candidates import Candidate
from captionscan.records import Entity, Person

# An initial after a name ("Lena V.", "Kenny G") and one before it, read backwards from the name ("A. Vogt"); and
# initials between a first name and a surname ("Lena M. Vogt").
INITIAL_AFTER = regex.compile(r"[^\S\n]+\p{Lu}(?:\.|(?![\p{L}\p{N}]))")
INITIAL_BEFORE = regex.compile(r"(?r)(?<![\p{L}\p{N}])\p{Lu}(?:\.[^\S\n]*|[^\S\n]+)")
INITIALS_BETWEEN = regex.compile(r"(?:[^\S\n]+\p{Lu}\.?)+[^\S\n]+")
# A name that ends in an initial, and the period after it where the sentence goes on ("– Tom W., London", "to
# Callum F. in Year 4", "Grace A. & Patrick O."): a listed "Tom W." is found as "Tom W". A period before a capital
# or the line's end also ends the sentence, and stays ("We'll miss you, Mrs T. Edinburgh's ...").
ENDS_IN_INITIAL = regex.compile(r"(?<![\p{L}\p{N}.])\p{Lu}(?=\.(?:[^\S\n]*[,;:)]|[^\S\n]+[\p{Ll}\p{N}&+]))")


def across_initials(text: str, parts: Sequence[Candidate], score: Callable[[str], float]) -> list[Candidate]:
    """A first name and a surname of one person with only initials between them are that person's full name
    ("Lena M. Vogt"), found by the weaker of the two rules."""
    firsts = [c for c in parts if c.role == "first"]
    lasts = [c for c in parts if c.role == "last"] if firsts else []
    return [
        Candidate(shared, first.start, last.end, min(first.rule, last.rule, key=score), "full")
        for last in lasts
        for first in firsts
        if (shared := first.persons & last.persons)
        and first.end < last.start
        and INITIALS_BETWEEN.fullmatch(text, first.end, last.start)
    ]


def with_initials(text: str, c: Candidate, entities: Sequence[Entity]) -> Candidate:
    """A name takes the initials beside it that have a period or that its PERSON span holds ("Lena V.", "A. Vogt",
    "Kenny G") and the period of an initial it ends in, so that a rewrite leaves none. Only a kept candidate grows:
    grown before, a part would cover a full name at its place ("Vogt", a listed one-word name)."""
    start, end = c.start, c.end
    if ENDS_IN_INITIAL.match(text, end - 1):
        end += 1
    while c.role != "last" and (m := INITIAL_AFTER.match(text, end)) and _taken(m, c, entities):
        end = m.end()
    while c.role != "first" and (m := INITIAL_BEFORE.match(text, 0, start)) and _taken(m, c, entities):
        start = m.start()
    return c if (start, end) == (c.start, c.end) else replace(c, start=start, end=end)


def _taken(initial: regex.Match, c: Candidate, entities: Sequence[Entity]) -> bool:
    """An initial with its period, or one inside the candidate's PERSON span."""
    lo, hi = min(c.start, initial.start()), max(c.end, initial.end())
    return "." in initial.group() or any(e.label == "PERSON" and e.start <= lo and hi <= e.end for e in entities)


WORD_LETTERS = frozenset("aio")  # capitals that are words alone: "A", "I", "O"


def initial_fits(text: str, c: Candidate, people: Sequence[Person]) -> frozenset[int]:
    """The candidate's people one of whose other name words the initial after a lone name of theirs opens
    ("Olivia W." for Olivia Whitworth); all of them where no initial follows. "Olivia C.", "Lena B." and "Jack T" are
    other children, beside a listed Olivia Whitworth, Lena Fischer and Jack Robinson (in a drama school's, a football
    club's and a primary school's trials)."""
    if c.full or c.role == "last" or not (m := INITIAL_AFTER.match(text, c.end)):
        return c.persons
    letter = _fold(m.group().strip(" .\t"))
    if "." not in m.group() and letter in WORD_LETTERS:
        return c.persons  # "Tom A star", "when Lena I think ...": a word, no initial
    return frozenset(p for p in c.persons if letter in _initials(people[p]))


def _initials(person: Person) -> frozenset[str]:
    """The first letters of every word of a person's name and aliases but the first, folded."""
    words = [w for name in (person.name, *person.aliases) for w in regex.split(r"[\s\-]+", name)[1:] if w]
    return frozenset(_fold(w[:1]) for w in words)


def _fold(letter: str) -> str:
    return strip_marks(letter).casefold()
