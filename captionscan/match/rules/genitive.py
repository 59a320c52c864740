"""genitive: a name with a genitive "s" or an apostrophe suffix ("Lena Vogts", "Lena Vogt's", "Jonas'")."""

from __future__ import annotations

from collections.abc import Iterable

from captionscan.data import word_anywhere
from captionscan.match.candidates import Candidate, Run, Unit
from captionscan.match.rules.base import WordRule

# A lowercase name with an "s" that is a word of the text's language this often (wordfreq) is that word: French
# "mais" is no genitive of a listed Mai, "violettes" none of Violette, English "roses" none of Rose.
PLAIN_WORD_ZIPF = 3.0


class Genitive(WordRule):
    name = "genitive"
    score = 0.9
    ends_name = True

    def takes(self, run: Run) -> bool:
        return run.genitive

    def candidates(self, unit: Unit) -> Iterable[Candidate]:
        for c in super().candidates(unit):
            written = unit.text[c.start : c.end]
            if not (written[:1].islower() and word_anywhere(written, unit.lang, PLAIN_WORD_ZIPF)):
                yield c
