"""Find every reference to an opted-out person in a text unit.

The list is compiled once (match/index.py) into tables keyed by folded word sequences, so matching costs the same
for 10 or 10,000 people: each run of up to `max_words` words of the text is looked up (match/lookup.py), never
compared with every person. Each registered rule (match/rules/) finds candidates in those runs, the mentions or the
hashtags, and the resolver (match/resolve.py) sets their levels.

A key leads to groups: everyone written that way in one role ("Anna" as the first name of 80 listed people is
one group). Matching works on groups, not people, so the work does not grow with how many share a name.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Sequence
from dataclasses import replace

import regex

from captionscan import caches
from captionscan.match.candidates import Unit
from captionscan.match.index import ListIndex
from captionscan.match.lookup import Lookup
from captionscan.match.resolve import Resolver
from captionscan.match.rules import RULES, Rule
from captionscan.records import Entity, OptoutHit, Person

REACH_CACHE = 1 << 16  # per-word answers kept between texts (captions reuse a small vocabulary)


NAME_WORD = regex.compile(r"[\p{L}\p{M}]{3,}")  # shorter words of names are particles ("de", "zu")


class Matcher:
    """An opt-out list compiled for lookups: the people, compiled with plain keys, or an index compiled with other
    keys (a hashed list's, see match/hashed.py). NOTE: holds names; never log its contents."""

    def __init__(self, optout: Iterable[Person] | ListIndex):
        self.index = optout if isinstance(optout, ListIndex) else ListIndex(optout)
        self.people = self.index.people
        self.by_id = {p.id: p for p in self.people}
        self._compiled = False  # the rules and tables below are made from the index on the first match
        self.lookup = Lookup(ListIndex())
        self.rules: tuple[Rule, ...] = ()
        self.resolver = Resolver(self.people, ())
        self.reaches: dict[tuple[str, bool], int] = {}

    def _compile(self) -> None:
        """The registered rules, made for this list."""
        self.lookup = Lookup(self.index)
        self.rules = tuple(rule(self.lookup) for rule in RULES.values())
        self.resolver = Resolver(self.people, self.rules)
        self.reaches = {}
        self._compiled = True

    def _reach(self, word: str, names_follow: bool) -> int:
        """How many words a name starting at `word` can have, for the listed names or any rule; kept per word."""
        return caches.kept(
            self.reaches,
            (word, names_follow),
            REACH_CACHE,
            lambda: self.lookup.listed_reach(word) or max(r.reach(word, names_follow) for r in self.rules),
        )

    def with_relation(self, relation: str) -> Matcher:
        """The matcher whose people the list gives no relation have `relation`, the settings' default (a club's
        list is of members); the index is shared, only the people's records differ."""
        index = copy.copy(self.index)
        index.people = [p if p.relation else replace(p, relation=relation) for p in self.people]
        return Matcher(index)

    def blanked(self, message: str) -> str:
        """The message with every reference to a listed person replaced by "[name]": a file name the user chose
        ("../Lena Vogt/posts_1.json", "steffi_krueger.txt", the list's own) must not carry a listed name into a
        log. Beyond what matching finds, every word of a listed name goes, alone and in any spelling of its umlauts."""
        found = [(h.start, h.end) for h in self.match(message)]
        found += [(w.start(), w.end()) for w in NAME_WORD.finditer(message) if self.lookup.names_word(w.group())]
        spans: list[list[int]] = []  # overlapping findings blanked as one, each once
        for start, end in sorted(found):
            if spans and start < spans[-1][1]:
                spans[-1][1] = max(spans[-1][1], end)
            else:
                spans.append([start, end])
        for start, end in reversed(spans):
            message = message[:start] + "[name]" + message[end:]
        return message

    def match(self, text: str, entities: Sequence[Entity] | None = None, lang: str = "") -> list[OptoutHit]:
        """The findings in `text`, whose `entities` the NER found; with none given (not even an empty list), every
        lone name is a finding, whatever the words around it (see `Unit.judged`). `lang`, the text's language,
        lets a rule of one language run (a declined Polish name)."""
        if not self._compiled:
            self._compile()
        found = () if entities is None else tuple(entities)
        runs = self.lookup.runs(text, found, self._reach)
        unit = Unit(text, found, runs, judged=entities is not None, lang=lang)
        return self.resolver.resolve(unit, [c for rule in self.rules for c in rule.candidates(unit)])
