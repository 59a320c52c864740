"""folded: a name in other case, accents or umlaut spellings ("LENA VOGT", "Jonas Mueller", "Weiss")."""

from __future__ import annotations

from captionscan.match.candidates import Run
from captionscan.match.rules.base import WordRule


class Folded(WordRule):
    name = "folded"
    score = 0.95

    def takes(self, run: Run) -> bool:
        return bool(run.written) and not run.spelled and not run.genitive
