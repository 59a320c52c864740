"""The records the matcher's parts pass on: what a text's words may be (runs), and who a span may name (candidates)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from captionscan.records import Entity


@dataclass(frozen=True, eq=False)
class Group:
    """The listed people (indices) one key stands for in one role: who a span written so may be. Made once per
    list and shared by the keys that lead to the same people, so groups compare by identity."""

    persons: frozenset[int]
    role: str  # full, first, last
    alias: bool
    common: bool  # an everyday word ("Sommer")

    @property
    def full(self) -> bool:
        return self.role == "full"


@dataclass(frozen=True)
class Candidate:
    """A span that may name the people in `persons`, found by the rule `rule`."""

    persons: frozenset[int]
    start: int
    end: int
    rule: str
    role: str
    confirmed: bool = False  # a part of a name, narrowed to the people the unit names in full
    common: bool = False  # an everyday word in a hashtag (#teamkaiser): a finding only where the unit confirms it

    @property
    def full(self) -> bool:
        return self.role == "full"


class Run(NamedTuple):  # a tuple, not a dataclass: every text makes several, and a tuple is made fastest
    """A run of words that may be a listed name, and how the list knows it: the groups written so (`written`, and
    `spelled` where the words are exactly as listed), else those written so but for a genitive "s" (`stripped`).
    `possessive` is where the name ends with an apostrophe suffix after it ("Vogt's"); `after_name` says whether
    a shorter run from the same word is a full name already."""

    start: int
    end: int
    words: tuple[str, ...]
    written: tuple[Group, ...]
    spelled: bool
    stripped: tuple[Group, ...]
    possessive: int
    after_name: bool

    @property
    def groups(self) -> tuple[Group, ...]:
        return self.written or self.stripped

    @property
    def genitive(self) -> bool:
        return bool(self.stripped) or self.possessive != self.end


@dataclass(frozen=True)
class Unit:
    """One text as every rule sees it: its entities and the runs of its words that may be names, found once."""

    text: str
    entities: tuple[Entity, ...]
    runs: tuple[Run, ...]
    # The entities are the NER's: a lone name is judged by the words around it. Without them (a message to blank,
    # a name to allow) nothing tells a person from a word, and every lone name counts.
    judged: bool = True
    lang: str = ""  # its language, where known: some rules hold in one language only (a declined name)
