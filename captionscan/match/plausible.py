"""Is a lone first name or surname the listed person? Not where it is an everyday word, a place or a namesake."""

from __future__ import annotations

from collections.abc import Sequence

import regex

from captionscan.data import name_words, surnames, world_name_words
from captionscan.match.candidates import Candidate
from captionscan.match.index import is_common
from captionscan.match.normalize import words
from captionscan.records import Entity

# A capitalised word right after a lone first name is most likely another person's surname ("Tom Schulz").
SURNAME_FOLLOWS = regex.compile(r"[^\S\n]+\p{Lu}\p{Ll}")
# The capitalised words right after a first name, a surname or more first names ("Maren Sofie", "Anna-Lena").
WORDS_AFTER = regex.compile(r"(?:(?:[^\S\n]+|[-‐‑])\p{Lu}[\p{L}\p{M}]+)+")


def plausible_part(text: str, c: Candidate, entities: Sequence[Entity], ends_name: bool) -> bool:
    """A lone first name or surname: not an everyday word, a place or a namesake, unless NER says so.
    Where the unit names the person in full (`c.confirmed`), or the rule ends the name (`ends_name`: a genitive),
    only NER can make a following capitalised word a surname: in German every noun is capitalised ("Danke
    @lena.vogt! Lena Bilder sind online")."""
    persons = [e for e in entities if e.label == "PERSON" and e.start <= c.start and c.end <= e.end]
    if persons:  # "Lena Berger" is someone else than the listed Lena Vogt, who merely shares a first name
        return not any(_namesake(text, c, e) for e in persons)
    if is_common(words(text[c.start : c.end])):
        return False
    if c.role == "last":  # surnames are often places or, lowercase, plain words
        located = any(e.label == "LOCATION" and e.start <= c.start and c.end <= e.end for e in entities)
        return text[c.start].isupper() and not located
    return (
        c.confirmed
        or ends_name
        or not SURNAME_FOLLOWS.match(text, c.end)
        or c.role == "first"
        and _first_name_run(text, c)
    )


def _namesake(text: str, c: Candidate, person: Entity) -> bool:
    """Does the PERSON span add a capitalised name to the candidate: a first name before a surname
    candidate, a surname after a first-name candidate? More first names after one are no surname (see
    `_first_name_run`); nor is an initial, which hides the surname ("Lena V.")."""
    if c.role == "first" and _first_name_run(text, c):
        return False
    extra = text[c.end : person.end] if c.role == "first" else text[person.start : c.start]
    return any(w[:1].isupper() and len(w) > 1 for w in words(extra))


def _first_name_run(text: str, c: Candidate) -> bool:
    """Is the first name followed by more first names and no surname? Friends tagged by first name ("Kathrin Maren
    Sofie Carola", "Lena Anna und Tim") are each a lone first name, while "Anna Lena Meyer" is a namesake of a
    listed Anna Becker, with a double first name. A last first name that may be a surname ("Emily Carter and
    James", "Maren Thomas") makes a namesake too: precision over recall."""
    if not (after := WORDS_AFTER.match(text, c.end)):
        return False
    names = words(after.group())
    return all(map(_first_name, names)) and names[-1].casefold() not in surnames()


def _first_name(word: str) -> bool:
    """A common first name, or one of any country that is no everyday or common word in German or English."""
    low = word.casefold()
    return low in name_words() or low in world_name_words("de") and low in world_name_words("en")
