"""What a rule is, and the registry the matcher runs them from.

A rule is one way of writing a listed person (as listed, folded, a genitive, an alias, a handle, a hashtag, a near
miss): it declares its `name`, which every finding carries and reports and ignore files keep, so renaming one breaks
them, and its `score`, and it finds candidates in a unit. Which candidates become findings, and at which level,
the resolver decides (match/resolve.py).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar

from captionscan.match.candidates import Candidate, Run, Unit
from captionscan.match.lookup import Lookup

RULES: dict[str, type[Rule]] = {}  # by name, in the order they run


class Rule:
    """A rule, made once per list from its `Lookup` (and the index it holds) on the first text matched."""

    name: ClassVar[str]
    score: ClassVar[float]  # of a full name found so; a part of a name scores less (resolve.PART_FACTOR)
    # Its candidates are words of the text: a lone one is judged by the words around it (namesakes, places,
    # everyday words), and a first name and a surname with initials between them join. A hashtag judges its own.
    in_words: ClassVar[bool] = True
    # The name ends where it was found (a genitive), so a capitalised word after it is no surname.
    ends_name: ClassVar[bool] = False
    # A part of a name found so is a hit where the unit names the person in full; a near miss stays a review.
    certain: ClassVar[bool] = True

    def __init__(self, lookup: Lookup):
        self.lookup = lookup

    def reach(self, word: str, names_follow: bool) -> int:
        """How many words a run starting at `word` needs for this rule beyond the listed names' own (none); a
        name word among the next words is `names_follow`."""
        return 0

    def candidates(self, unit: Unit) -> Iterable[Candidate]:
        raise NotImplementedError


class WordRule(Rule):
    """A rule that names the groups of the runs it `takes`: their aliases (`alias`), their other variants, or
    both (None)."""

    alias: ClassVar[bool | None] = False

    def takes(self, run: Run) -> bool:
        raise NotImplementedError

    def candidates(self, unit: Unit) -> Iterable[Candidate]:
        for run in unit.runs:
            if self.takes(run):
                for g in run.groups:
                    if self.alias is None or g.alias == self.alias:
                        # an everyday word or a short form as an alias alone names the person only beside their
                        # full name
                        common = g.common and g.alias and not g.full
                        yield Candidate(g.persons, run.start, run.possessive, self.name, g.role, common=common)


def register(rule: type[Rule]) -> type[Rule]:
    """Add `rule` to the rules every Matcher made from now on runs, after those registered before it."""
    name, score = getattr(rule, "name", None), getattr(rule, "score", None)
    if not isinstance(name, str) or not name or not isinstance(score, float) or not 0 < score <= 1:
        raise ValueError(f"{rule.__name__} declares no rule name or no score in (0, 1]")
    if name in RULES:
        raise ValueError(f"a rule named {name!r} is registered already")
    RULES[name] = rule
    return rule
