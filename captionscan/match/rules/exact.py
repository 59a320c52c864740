"""exact: a name written as listed ("Lena Vogt", also across a line break)."""

from __future__ import annotations

from captionscan.match.candidates import Run
from captionscan.match.rules.base import WordRule


class Exact(WordRule):
    name = "exact"
    score = 1.0

    def takes(self, run: Run) -> bool:
        return run.spelled and not run.genitive
