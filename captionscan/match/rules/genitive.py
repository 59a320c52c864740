"""genitive: a name with a genitive "s" or an apostrophe suffix ("Lena Vogts", "Lena Vogt's", "Jonas'")."""

from __future__ import annotations

from collections.abc import Iterable

from captionscan.match.candidates import Candidate, Run, Unit
from captionscan.match.rules.base import WordRule

# The languages that write a name's genitive with an "s": in French or Spanish text "les pivoines roses" names no
# Rose. A unit of unknown language ("") is taken as one of them.
S_GENITIVE = frozenset({"", "de", "en", "nl", "da", "sv", "nb", "nn", "no", "lb"})


class Genitive(WordRule):
    name = "genitive"
    score = 0.9
    ends_name = True

    def takes(self, run: Run) -> bool:
        return run.genitive

    def candidates(self, unit: Unit) -> Iterable[Candidate]:
        return super().candidates(unit) if unit.lang in S_GENITIVE else ()
