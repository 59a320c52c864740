"""alias: a listed alias, alone or with the surname ("Hannes", "Hannes Weiß"), in any spelling; its genitive is
the genitive rule's."""

from __future__ import annotations

from captionscan.match.candidates import Run
from captionscan.match.rules.base import WordRule


class Alias(WordRule):
    name = "alias"
    score = 0.9
    alias = True

    def takes(self, run: Run) -> bool:
        return bool(run.groups) and not run.genitive
