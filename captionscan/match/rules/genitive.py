"""genitive: a name or alias with a genitive "s" or an apostrophe suffix ("Lena Vogts", "Lena Vogt's", "Jonas'",
"Hannes' Konzert")."""

from __future__ import annotations

from collections.abc import Iterable

from captionscan.data import EVERYDAY_ZIPF, word_anywhere
from captionscan.match.candidates import Candidate, Run, Unit
from captionscan.match.rules.base import WordRule


class Genitive(WordRule):
    name = "genitive"
    score = 0.9
    ends_name = True
    alias = None

    def takes(self, run: Run) -> bool:
        return run.genitive

    def candidates(self, unit: Unit) -> Iterable[Candidate]:
        for c in super().candidates(unit):
            written = unit.text[c.start : c.end]
            # a lowercase name with its "s" that is an everyday word of the language is that word: "mais" is no
            # genitive of a listed Mai, "violettes" none of Violette, English "roses" none of Rose
            if not (written[:1].islower() and word_anywhere(written, unit.lang, EVERYDAY_ZIPF)):
                yield c
