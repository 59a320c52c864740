"""Hashtags that are or contain a person's name (#lenavogt, #lena_vogt, #lenaundtim2023, #teamlena), or a place.

NER cannot see into a hashtag, so a gazetteer splits it: a common first name, then nothing, a surname or a
joiner and another first name, with an optional year. Such a hashtag is reported as HASHTAG and also as one
PERSON span covering it, so that redaction covers the person either way; a hashtag that is a known place
(#kashmir) is also a LOCATION span.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

import regex

from captionscan.data import (
    EVERYDAY_WORDS,
    common_word,
    first_name_word,
    function_or_everyday_words,
    geonames_places,
    given_names,
    hashtag_words,
    name_words,
    place_words,
    surnames,
    unaccented_first_names,
    world_name_words,
)
from captionscan.records import Entity

PREFIXES = ("", *hashtag_words("prefix"))
JOINERS = ("", *hashtag_words("joiner"), *hashtag_words("letter"))
FAMILY_PREFIXES = hashtag_words("family_prefix")
SUFFIXES = "|".join(hashtag_words("suffix"))
# After the name: a suffix word, maybe after a genitive "s", and a year ("_" is gone from the body by then).
TAIL = regex.compile(rf"(?:s?(?:{SUFFIXES}))?\d*")
TRAILING_TAIL = regex.compile(rf"(?:{SUFFIXES})?\d*$")  # what follows a surname
TRAILING_YEAR = regex.compile(r"\d+$")
CAMEL_CASE = regex.compile(r"(?:\p{Lu}+\p{Ll}+|[\d_])+")  # #AustinMahone, #TeamPhil2024, #RIPJohnnyWinter
WORD = regex.compile(r"\p{Lu}\p{Ll}+")
MIN_LETTERS = 3
MORE_NAMES = 3  # after the first: "annalenaundtim" has three more


@cache
def _longest_name() -> int:
    return max(map(len, name_words()))


def _names_at(body: str, start: int) -> list[int]:
    """Ends of the first names that start at `start`; bounded by the longest name, so a crafted
    megabyte-long hashtag costs no more than a short one."""
    names = name_words()
    stop = min(len(body), start + _longest_name())
    return [end for end in range(start + MIN_LETTERS, stop + 1) if body[start:end] in names]


def _person_rest(body: str, i: int, names_left: int = MORE_NAMES) -> bool:
    """Whether body[i:] completes a name: empty, a surname, or a joiner (maybe none) and another first name
    that is completed in turn (#annalenaundtim: anna, lena, und tim)."""
    rest = body[i:]
    if TAIL.fullmatch(rest):
        return True
    if _surname(TRAILING_TAIL.sub("", rest, count=1)):  # the surname before a suffix or year
        return True
    if not names_left:
        return False
    return any(
        rest.startswith(j) and any(_person_rest(body, end, names_left - 1) for end in _names_at(body, i + len(j)))
        for j in JOINERS
    )


def _surname(core: str) -> bool:
    return len(core) >= MIN_LETTERS and core in surnames() and core not in EVERYDAY_WORDS


def _given_and_surname(body: str, start: int) -> bool:
    """A first name of many countries' lists that is no common German or English word, then a listed surname:
    #olivemoreau, #femkevisser2024."""
    stop = min(len(body), start + _longest_given_name())
    return any(
        body[start:end] in world_name_words("de")
        and body[start:end] in world_name_words("en")
        and _surname(TRAILING_TAIL.sub("", body[end:], count=1))
        for end in range(start + MIN_LETTERS, stop + 1)
    )


def _camel_case_words(tag: str) -> list[str]:
    """The casefolded capitalised words of a tag written in CamelCase (#RIPJohnnyWinter: johnny, winter), else []."""
    return [w.casefold() for w in WORD.findall(tag)] if CAMEL_CASE.fullmatch(tag) else []


@cache
def _longest_given_name() -> int:
    return max(map(len, given_names()))


def _found_at(body: str, part: str, first: int, last: int) -> Iterator[int]:
    """Where `part` starts in `body` between `first` and `last`: str.find skips to each, where trying every position
    had taken a third of the hashtag rules' time."""
    at = body.find(part, first, last + len(part))
    while at != -1:
        yield at
        at = body.find(part, at + 1, last + len(part))


def couple_names(body: str, known: tuple[int, int] = (0, 0)) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """Where in a hashtag body two first names of many countries' lists (given_names, at least 3 letters, no
    everyday word) stand, joined by a joiner, after a prefix and before a year, if they do: a couple's hashtag in
    any language (#sanneenjoost, #kasiailukasz, #bodadelauraypablo, #matrimoniogiuliaeluca2025). The span `known`
    is a name whatever the lists say (a listed person's: "muge" of #mugeenemre). Bounded by the longest name: a
    crafted long hashtag costs no more than a short one."""

    def name(i: int, j: int, word: bool = False) -> bool:
        """A first name; one that is also an everyday word only where `word` allows it."""
        written = body[i:j]  # without its accents too: "#karimetoceane"
        return (i, j) == known or (
            j - i >= MIN_LETTERS
            and (first_name_word(written) or written in unaccented_first_names())
            and (word or written not in EVERYDAY_WORDS)
        )

    end = len(TRAILING_YEAR.sub("", body))  # the second name ends where the year starts
    longest = max(_longest_given_name(), known[1] - known[0])
    for prefix in PREFIXES:
        if not body.startswith(prefix):
            continue
        first = len(prefix)
        for j in JOINERS[1:]:
            for at in _found_at(
                body, j, max(first + MIN_LETTERS, end - len(j) - longest), min(first + longest, end - len(j))
            ):
                one, other = (first, at), (at + len(j), end)
                word = len(j) > 1  # one of the two may be a word too, where a word joins them: #markenlisa
                if name(*one) and name(*other, word) or name(*one, word) and name(*other):
                    return one, other
    return None


def names_a_person(tag: str) -> bool:
    """`tag` without its "#": true for lenavogt, lena_vogt, lenaundtim2023, teamlena, teammüller, lauraswedding;
    false for sommer2023.
    Written in CamelCase, any word of the tag that is a first name will do (#VeronicaMars, #TeamPhil)."""
    body = tag.casefold().replace("_", "")
    if body in EVERYDAY_WORDS:
        return False
    if len(words := _camel_case_words(tag)) > 1:
        return any(w in name_words() or w in world_name_words("de") and w in world_name_words("en") for w in words)
    for prefix in PREFIXES:
        if not body.startswith(prefix):
            continue
        if any(_person_rest(body, end) for end in _names_at(body, len(prefix))):
            return True
        if _given_and_surname(body, len(prefix)):
            return True
    family = (TRAILING_TAIL.sub("", body[len(p) :], count=1) for p in FAMILY_PREFIXES if body.startswith(p))
    return any(map(_surname, family)) or couple_names(body) is not None  # #teammüller, #familiebrandt


def names_a_place(tag: str) -> bool:
    """`tag` without its "#": a known place (kashmir), capitalised words of GeoNames place names, not all of them
    common words (#Gloucester, #NewHaven; not #Summer, #NewMusic), or such a name in lowercase that is no first
    name (#gaza, #galway; not #margaret)."""
    if tag.casefold() in place_words():
        return True
    words = _camel_case_words(tag) or ([tag] if tag.islower() and tag not in given_names() else [])
    return (
        bool(words)
        and all(w in geonames_places() and w not in function_or_everyday_words() for w in words)
        and not all(common_word(w, "en") or common_word(w, "de") for w in words)
    )


def hashtag_entities(hashtags: list[Entity]) -> list[Entity]:
    """A PERSON span over each hashtag that names a person, a LOCATION span over each that is a known place
    (#kashmir, #Gloucester)."""
    found = []
    for t in hashtags:
        if names_a_place(t.text[1:]):  # before people: #frankreich is no Frank
            found.append(Entity(t.start, t.end, "LOCATION", t.text))
        elif names_a_person(t.text[1:]):
            found.append(Entity(t.start, t.end, "PERSON", t.text))
    return found
