"""handle: a listed handle, as an @-mention, written without "@" ("@lena.vogt's", "instagram.com/lena.vogt") or as a
hashtag ("#dannyoc")."""

from __future__ import annotations

from collections.abc import Iterable

import regex

from captionscan.match.candidates import Candidate, Unit
from captionscan.match.lookup import Lookup, possessive_end
from captionscan.match.rules.base import Rule

HANDLE_RUN = regex.compile(r"(?<![A-Za-z0-9_.@#])[A-Za-z0-9_][A-Za-z0-9_.]{1,29}")


class Handle(Rule):
    name = "handle"
    score = 1.0

    def __init__(self, lookup: Lookup):
        super().__init__(lookup)
        self.persons = {k: frozenset(persons) for k, persons in lookup.index.handles.items()}

    def candidates(self, unit: Unit) -> Iterable[Candidate]:
        text, persons_of, key = unit.text, self.persons.get, self.lookup.key  # bound once: every word is a run
        for e in unit.entities:
            if e.label in ("MENTION", "HASHTAG") and (persons := persons_of(key("handle", e.text[1:].casefold()))):
                yield Candidate(persons, e.start, possessive_end(text, e.start, e.end), self.name, "full")
        for m in HANDLE_RUN.finditer(text):
            run = m.group().rstrip(".")
            if persons := persons_of(key("handle", run.casefold())):
                yield Candidate(persons, m.start(), m.start() + len(run), self.name, "full")
