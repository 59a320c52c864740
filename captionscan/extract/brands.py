"""Brands, shops, works and characters named like people ("Albert Heijn", "Marks & Spencer", "Harry Potter",
"Sinterklaas"): the models and name rules take their words for a person's, the evaluation guide does not. A PERSON
span that lies within one, as the text writes it, is dropped; a longer one stays ("Coco Chanel").
"""

from __future__ import annotations

from functools import cache

import regex

from captionscan.data import brand_names, given_names
from captionscan.spans import CoverIndex


@cache
def _pattern() -> regex.Pattern:
    # A brand of one word that is also a first name ("Penny", "Valentino") may be a person: left to the models.
    names = [n for n in brand_names() if " " in n or n not in given_names()]
    names.sort(key=len, reverse=True)  # the longest first: "marks & spencer" before "marks"
    alternatives = "|".join(regex.escape(n).replace(r"\ ", r"\s+") for n in names)
    return regex.compile(rf"(?<![\p{{L}}\p{{N}}@#])(?:{alternatives})(?:['’]s?)?(?![\p{{L}}\p{{N}}])", regex.IGNORECASE)


def brand_cover(text: str) -> CoverIndex:
    """The spans of the text that name a brand, shop, work or character."""
    return CoverIndex((m.start(), m.end()) for m in _pattern().finditer(text))
