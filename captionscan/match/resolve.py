"""From candidates to findings: which candidates name a listed person, and at which level.

A full name (or a handle, a hashtag holding a full name) is a `hit`; a lone first name, surname or alias only
suggests the person and is a `review`, unless the unit names that person in full. A span that may be any of
several people is one `review` naming them all, so neither the work nor the findings grow with how many listed
people share a name.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import replace
from itertools import groupby

import regex

from captionscan import caches
from captionscan.extract.brands import brand_cover, business_cover
from captionscan.match.candidates import Candidate, Unit
from captionscan.match.context import title_gender, titled
from captionscan.match.initials import across_initials, initial_fits, with_initials
from captionscan.match.plausible import JOINERS, in_place_name, plausible_part, surname_as_name, word_opening
from captionscan.match.rules import Rule
from captionscan.records import OptoutHit, Person
from captionscan.spans import CoverIndex

HYPHENED = regex.compile(r"-(?:(?:\p{Ll}{1,3}|['’]t)[^\S\n])*\p{Lu}")  # going on: "Wójcik-Nowak", "Visser-de Jong"
# Between a first name and the surname it shares with the next one: "Lena| und Jonas |Vogt"
COUPLE = regex.compile(rf"[^\S\n]+(?:{JOINERS})[^\S\n]+\p{{Lu}}[\p{{L}}\p{{M}}'’-]*[^\S\n]+", flags=regex.IGNORECASE)
JOINED_BEFORE = regex.compile(rf"[^\S\n]+(?:{JOINERS})[^\S\n]+$", flags=regex.IGNORECASE)  # "Bianca e Luca"
PART_FACTOR = 0.6  # a part of a name scores this share of its rule's score
ID_CACHE = 1 << 14  # sorted id tuples of candidate groups kept between texts


class Resolver:
    """Sets the level of what the rules found, for one list."""

    def __init__(self, people: Sequence[Person], rules: Iterable[Rule]):
        self.people = people
        self.rules = {rule.name: rule for rule in rules}
        self.ids_of: dict[frozenset[int], tuple[str, ...]] = {}

    def score(self, rule: str) -> float:
        return self.rules[rule].score

    def ids(self, persons: frozenset[int]) -> tuple[str, ...]:
        """The people's ids, sorted; kept, as the same groups come back text after text."""
        return caches.kept(self.ids_of, persons, ID_CACHE, lambda: tuple(sorted(self.people[i].id for i in persons)))

    def resolve(self, unit: Unit, candidates: list[Candidate]) -> list[OptoutHit]:
        text, entities = unit.text, unit.entities
        candidates += across_initials(text, [c for c in candidates if self.rules[c.rule].in_words], self.score)
        candidates += _surname_first(text, candidates)
        couples = _couples(text, candidates)
        partners = _partners(text, candidates)
        confirmed = frozenset().union(
            *(c.persons for c in candidates if _names(text, c)), *couples.values()
        ) | _named_apart(text, candidates)
        plausible: dict[tuple, bool] = {}  # by span, rule, role and confirmation: the same for everyone sharing a name
        checked: list[Candidate] = []
        unsure: list[Candidate] = []  # lone names the words around them did not make a person's
        for c in dict.fromkeys(candidates):
            if not c.full and (said := title_gender(text, c.start)):  # "Mrs Kelly" is no listed Patrick Kelly
                if not (persons := frozenset(p for p in c.persons if self.people[p].gender in (None, "n", said))):
                    continue
                c = replace(c, persons=persons)
            if (fits := initial_fits(text, c, self.people)) != c.persons:
                if not fits:
                    continue
                c = replace(c, persons=fits)
            if not c.full and (mates := partners.get((c.start, c.end), frozenset()) & c.persons):
                if not (persons := c.persons - mates):
                    continue  # "Auguri Bianca e Luca" beside a listed Bianca De Luca: the groom, not her surname
                c = replace(c, persons=persons)
            if not c.full and (shared := couples.get((c.start, c.end), frozenset()) & c.persons):
                checked.append(replace(c, persons=shared, confirmed=True))  # a couple's: no namesake's
                continue
            if not c.full:
                if confirmed and (named := c.persons & confirmed):
                    # a shared first name belongs to the people this unit names in full: the others are dropped
                    # (were they plausible, so would be the named ones, and those take the span)
                    c = replace(c, persons=named, confirmed=True)
                if c.common and not c.confirmed:
                    continue
                if (rule := self.rules[c.rule]).in_words:  # a hashtag's rule judged its lone names itself
                    if (k := (c.start, c.end, c.rule, c.role, c.confirmed)) not in plausible:
                        plausible[k] = plausible_part(unit, c, rule.ends_name, not rule.certain)
                    if not plausible[k]:
                        unsure.append(c)
                        continue
            checked.append(c)
        checked += _written_again(unit, checked, unsure)
        named_at = {(c.start, c.end) for c in checked if c.full or c.confirmed}
        kept: list[Candidate] = []
        ordered = sorted(checked, key=lambda c: (-(c.end - c.start), c.start))
        for _, same_length in groupby(ordered, key=lambda c: c.end - c.start):
            longer = CoverIndex((k.start, k.end) for k in kept)  # a part inside "Lena Vogt" is no match
            for c in same_length:
                if longer.covers(c.start, c.end):
                    continue
                if not (c.full or c.confirmed) and (c.start, c.end) in named_at:
                    continue  # a shared first name: it belongs to the person this unit names in full
                kept.append(c)
        return self._findings(text, [with_initials(text, c, entities) for c in kept])

    def _findings(self, text: str, kept: list[Candidate]) -> list[OptoutHit]:
        """A `hit` per person named; a part of a name that may be several people, one `review` per span and rule
        naming them all. A person is named once per span, by the strongest evidence there."""
        at: dict[tuple[int, int], list[Candidate]] = defaultdict(list)
        for c in sorted(kept, key=lambda c: (not c.full, -self.score(c.rule), c.rule, c.role)):
            at[c.start, c.end].append(c)
        found: list[OptoutHit] = []
        reviews: dict[tuple[int, int, str], frozenset[int]] = {}
        for (start, end), here in at.items():
            claimed: frozenset[int] = frozenset()
            for c in here:
                persons = c.persons - claimed if claimed else c.persons
                if not persons:
                    continue
                if len(here) > 1:
                    claimed |= persons
                if _names(text, c) or c.confirmed and self.rules[c.rule].certain:
                    score = round(self.score(c.rule) * (1.0 if c.full else PART_FACTOR), 2)
                    found += [
                        OptoutHit((self.people[p].id,), start, end, text[start:end], c.rule, "hit", score)
                        for p in persons
                    ]
                else:  # a part of a name, and so a review finding
                    k = (start, end, c.rule)
                    reviews[k] = reviews[k] | persons if k in reviews else persons
        for (start, end, rule), persons in reviews.items():
            score = round(self.score(rule) * PART_FACTOR, 2)
            found.append(OptoutHit(self.ids(persons), start, end, text[start:end], rule, "review", score))
        return sorted(found, key=lambda h: (h.start, h.person_ids, h.rule))


def _written_again(unit: Unit, checked: Sequence[Candidate], unsure: Sequence[Candidate]) -> list[Candidate]:
    """The lone names a unit writes again as it wrote one that names the person: the same person's ("met Jantje en
    zijn opa. Jantje vond de eendjes het leukst"), but for one inside a longer person's name (someone else's), a
    place's ("Jean ... à Saint-Jean") or a brand's ("avec Hugo ... pas Hugo Boss")."""
    text, entities = unit.text, unit.entities
    named = {(text[c.start : c.end], c.persons) for c in checked if not c.full}
    return [
        c
        for c in unsure
        if (text[c.start : c.end], c.persons) in named
        and not in_place_name(text, c, unit.lang)
        # a brand's ("Hugo Boss"), not a business named after the person ("Anna Brunner und der Bäckerei Brunner")
        and not (brand_cover(text).covers(c.start, c.end) and not business_cover(text).covers(c.start, c.end))
        and not (c.role == "last" and not surname_as_name(text, c, unit.lang))  # "ein Winter-Märchen", "Winter kommt"
        and not (c.role == "first" and word_opening(text, c))  # "Mark your calendars! Mark Fenwick plays ..."
        and not any(
            e.label == "PERSON" and e.start <= c.start and c.end <= e.end and e.end - e.start > c.end - c.start
            for e in entities
        )
    ]


def _names(text: str, c: Candidate) -> bool:
    """Does a full name name the person: not where the text goes on with another surname after a hyphen ("Tomasz
    Wójcik-Nowak" is not, or not surely, a listed Tomasz Wójcik)?"""
    return c.full and not HYPHENED.match(text, c.end)


def _named_apart(text: str, candidates: Sequence[Candidate]) -> frozenset[int]:
    """The people a unit names by first name and, elsewhere, by title and surname ("Violette ... Mme Blanc",
    "Coach Perrin ... Guillaume"): the title makes the surname the person's, the first name makes it theirs."""
    firsts = frozenset().union(*(c.persons for c in candidates if c.role == "first"))
    if not firsts:
        return firsts
    lasts = frozenset().union(*(c.persons for c in candidates if c.role == "last" and titled(text, c.start)))
    return firsts & lasts


def _partners(text: str, candidates: Sequence[Candidate]) -> dict[tuple[int, int], frozenset[int]]:
    """By span, the people a lone surname or alias cannot be, as it follows their own first name and "and": one
    person's first name and surname are not joined so ("Bianca e Luca" is a couple, whatever Bianca's surname)."""
    firsts: dict[int, frozenset[int]] = {}
    for c in candidates:
        if c.role == "first" and not c.full:
            firsts[c.end] = firsts.get(c.end, frozenset()) | c.persons
    found: dict[tuple[int, int], frozenset[int]] = {}
    for c in candidates:
        if c.role != "first" and not c.full and (gap := JOINED_BEFORE.search(text, max(0, c.start - 12), c.start)):
            if people := firsts.get(gap.start(), frozenset()) & c.persons:
                found[c.start, c.end] = found.get((c.start, c.end), frozenset()) | people
    return found


SURNAME_GAP = regex.compile(r"[^\S\n]*,?[^\S\n]+")  # "Nowak Kasia", "Müller, Jürgen"
NAME_BEFORE = regex.compile(r"\p{Lu}[\p{L}'’-]*[^\S\n]+$")  # a capitalised word right before: a given name's place


def _surname_first(text: str, candidates: Sequence[Candidate]) -> list[Candidate]:
    """A person's surname right before their own first name, as club rosters, school lists and honours write them
    ("Tore: Nowak Kasia", "Müller, Jürgen (25 Jahre)"): their full name; not after a title, which makes the
    surname a person of its own ("Frau Nowak, Kasia und Tom"), nor after a capitalised word, which makes it the end
    of a full name ("Anna Nowak, Kasia and Tom")."""
    firsts: dict[int, list[Candidate]] = {}
    for c in candidates:
        if c.role == "first" and not c.common and text[c.start].isupper():  # "Harrison will miss": a verb
            firsts.setdefault(c.start, []).append(c)
    found: list[Candidate] = []
    fulls = CoverIndex((c.start, c.end) for c in candidates if c.full)
    for last in (c for c in candidates if c.role == "last" and firsts and not c.common and not titled(text, c.start)):
        if fulls.covers(last.start, last.end) or NAME_BEFORE.search(text, max(0, last.start - 40), last.start):
            continue  # the end of a full name, listed or not: "Lena Vogt, Lena und Jonas", "Anna Nowak, Kasia"
        if gap := SURNAME_GAP.match(text, last.end):
            for first in firsts.get(gap.end(), ()):
                if shared := last.persons & first.persons:
                    found.append(Candidate(shared, last.start, first.end, last.rule, "full"))
    return found


def _couples(text: str, candidates: Sequence[Candidate]) -> dict[tuple[int, int], frozenset[int]]:
    """A couple's first name and the surname it shares with the next one ("Lena und Jonas Vogt", "Kees en Mien van
    Dijk"), by span: both name the person, though the surname also ends the other's name."""
    found: dict[tuple[int, int], frozenset[int]] = {}
    lasts: dict[int, list[Candidate]] = {}
    for c in candidates:
        if c.role == "last":
            lasts.setdefault(c.start, []).append(c)
    # Where the surname can start is read off the text once per first name: a line of 20,000 names took
    # half a minute when every first name was tried against every surname.
    for first in (c for c in candidates if c.role == "first" and lasts):
        if gap := COUPLE.match(text, first.end):
            for last in lasts.get(gap.end(), ()):
                if shared := first.persons & last.persons:
                    for span in ((first.start, first.end), (last.start, last.end)):
                        found[span] = found.get(span, frozenset()) | shared
    return found
