"""Brands, shops, works and characters named like people ("Albert Heijn", "Marks & Spencer", "Harry Potter",
"Sinterklaas"), and businesses named by a word such as "Bäckerei" or "Kapsalon" before a name ("Bäckerei Müller") or
"Builders" or "GmbH" after one ("Davies Builders", "Patel's Pharmacy"):
the models and name rules take their words for a person's, the evaluation guide does not. A PERSON span that lies
within one, as the text writes it, is dropped; a longer one stays ("Coco Chanel"). The opt-out matcher takes no
lone name inside one for a person either.
"""

from __future__ import annotations

from functools import cache, lru_cache

import regex

from captionscan.data import PARTICLES, brand_names, given_names, shop_ends, shop_words
from captionscan.spans import CoverIndex


@cache
def _pattern() -> regex.Pattern:
    # A brand of one word that is also a first name ("Penny", "Valentino") may be a person: left to the models.
    names = [n for n in brand_names() if " " in n or n not in given_names()]
    names.sort(key=len, reverse=True)  # the longest first: "marks & spencer" before "marks"
    alternatives = "|".join(regex.escape(n).replace(r"\ ", r"\s+") for n in names)
    return regex.compile(rf"(?<![\p{{L}}\p{{N}}@#])(?:{alternatives})(?:['’]s?)?(?![\p{{L}}\p{{N}}])", regex.IGNORECASE)


WORD = regex.compile(r"\p{L}+")


@cache
def _brand_openings() -> frozenset[str]:
    """The first word of each brand the pattern knows: most texts have none, and then the pattern need not run (it
    took a sixth of the time of merging the rules' spans with the models')."""
    return frozenset(WORD.search(n.casefold()).group() for n in brand_names())


@lru_cache(maxsize=256)
def _words(text: str) -> frozenset[str]:
    return frozenset(WORD.findall(text.casefold()))


@cache
def _shops() -> frozenset[str]:
    return frozenset(shop_words())


@cache
def _shop_pattern() -> regex.Pattern:
    """A word that opens a business's name, then its name: a capitalised word or two, after a particle maybe."""
    words = "|".join(map(regex.escape, sorted(shop_words(), key=len, reverse=True)))
    name = r"\p{Lu}[\p{L}\p{M}'’-]*"
    return regex.compile(
        rf"(?<![\p{{L}}\p{{N}}@#])(?i:{words})[^\S\n]+(?:(?i:da|di|del|de|van|von|chez)[^\S\n]+)?{name}(?:[^\S\n]+{name})?"
    )


@cache
def _ends() -> frozenset[str]:
    return frozenset(shop_ends())


@cache
def _end_pattern() -> regex.Pattern:
    """A capitalised name, maybe after its particles and in the genitive, then a capitalised word that closes a
    business's name: "Patel's Pharmacy", "Van den Broeck Catering" (not "Tom sports a new look")."""
    words = "|".join(map(regex.escape, sorted(shop_ends(), key=len, reverse=True)))
    particles = "|".join(map(regex.escape, sorted(PARTICLES, key=len, reverse=True)))
    return regex.compile(
        rf"(?<![\p{{L}}\p{{N}}@#])(?:(?i:{particles})[^\S\n]+)*\p{{Lu}}[\p{{L}}\p{{M}}-]*(?:['’]s?)?[^\S\n]+"
        rf"(?=\p{{Lu}})(?i:{words})(?![\p{{L}}\p{{N}}])"
    )


@lru_cache(maxsize=256)  # extraction, the matcher's lone names and the check of rewrites ask of one text in turn
def brand_cover(text: str) -> CoverIndex:
    """The spans of the text that name a brand, shop, work or character, or a business ("Bäckerei Müller")."""
    named = () if _brand_openings().isdisjoint(_words(text)) else _pattern().finditer(text)
    return CoverIndex([*((m.start(), m.end()) for m in named), *_businesses(text)])


def business_cover(text: str) -> CoverIndex:
    """The spans of the text that name a business by a shop's word ("Autohaus Berger", "Patel's Pharmacy"): one
    whoever else the text names, where a brand that is a surname ("bei Lidl" after "Lisa Lidl") may be the person."""
    return CoverIndex(_businesses(text))


@lru_cache(maxsize=256)  # both covers ask for a text's businesses, and the matcher asks once per lone name
def _businesses(text: str) -> tuple[tuple[int, int], ...]:
    found = []
    words = _words(text)
    if not _shops().isdisjoint(words):  # a quarter of the pattern's time where none is
        found += _shop_pattern().finditer(text)
    if not _ends().isdisjoint(words):
        found += _end_pattern().finditer(text)
    return tuple((m.start(), m.end()) for m in found)
