"""genitive: a name with a genitive "s" or an apostrophe suffix ("Lena Vogts", "Lena Vogt's", "Jonas'")."""

from __future__ import annotations

from captionscan.match.candidates import Run
from captionscan.match.rules.base import WordRule


class Genitive(WordRule):
    name = "genitive"
    score = 0.9
    ends_name = True

    def takes(self, run: Run) -> bool:
        return run.genitive
