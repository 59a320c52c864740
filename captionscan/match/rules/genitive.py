"""genitive: a name with a genitive "s" or an apostrophe suffix ("Lena Vogts", "Lena Vogt's", "Jonas'")."""

from __future__ import annotations

from collections.abc import Iterable

from captionscan.match.candidates import Candidate, Run, Unit
from captionscan.match.rules.base import WordRule

# The languages that write a name's genitive with an "s": in French or Spanish text "les pivoines roses" names no
# Rose. A unit of unknown language ("") is taken as one of them. In the others a capitalised name with an "s" still
# counts: a short text's language is a guess ("@lena.vogt Lenas" reads as Spanish), and a missed name costs more.
S_GENITIVE = frozenset({"", "de", "en", "nl", "da", "sv", "nb", "nn", "no", "lb"})


class Genitive(WordRule):
    name = "genitive"
    score = 0.9
    ends_name = True

    def takes(self, run: Run) -> bool:
        return run.genitive

    def candidates(self, unit: Unit) -> Iterable[Candidate]:
        found = super().candidates(unit)
        return found if unit.lang in S_GENITIVE else (c for c in found if unit.text[c.start].isupper())
