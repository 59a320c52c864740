"""hashtag: a listed name glued into a hashtag (#lenavogt, #carla_reinhardt, #lenaundtim2023, #teammüller), or a
listed full name an @handle the list does not hold spells (@marco_distefano, @giulia.deluca)."""

from __future__ import annotations

from collections.abc import Iterable

from captionscan import caches
from captionscan.match.candidates import Candidate, Group, Unit
from captionscan.match.glued import alone
from captionscan.match.lookup import Lookup, grouped
from captionscan.match.normalize import MODES, fold
from captionscan.match.rules.base import Rule

TAG_CACHE = 1 << 14  # hashtags recur from caption to caption, and in each suggestion checked again


class Hashtag(Rule):
    """A full name anywhere in a hashtag; a first or last name only where the rest of the hashtag is joiners, digits
    or known words (match/glued.py); an everyday word (#sommer, #teamkaiser) only where the unit names that person
    in full. A handle counts only where it spells a full name: "@marco" may be any Marco's."""

    name = "hashtag"
    score = 0.9
    in_words = False

    def __init__(self, lookup: Lookup):
        super().__init__(lookup)
        self.groups = grouped(lookup.index.by_concat)
        # where in a hashtag a listed name can start: its first three letters (a hashed list's keys give no letters,
        # so there every position is tried)
        index = lookup.index
        self.starts = {(kind, body[:3]) for kind, body in index.texts(index.by_concat)} if index.readable else None
        self.found: dict[tuple[str, bool], tuple[Group, ...]] = {}  # the groups each hashtag names, kept

    def candidates(self, unit: Unit) -> Iterable[Candidate]:
        for e in unit.entities:
            if e.label in ("HASHTAG", "MENTION"):
                for g in self._groups(e.text[1:], full_only=e.label == "MENTION"):
                    yield Candidate(g.persons, e.start, e.end, self.name, g.role, common=g.common and not g.full)

    def _groups(self, tag: str, full_only: bool) -> tuple[Group, ...]:
        """The groups a hashtag's body (or a mention's, which names a full name only) names, kept per body."""
        tag = tag.replace(".", "_") if full_only else tag
        return caches.kept(self.found, (tag, full_only), TAG_CACHE, lambda: tuple(self._in_tag(tag, full_only)))

    def _in_tag(self, tag: str, full_only: bool) -> Iterable[Group]:
        """The groups of the people a hashtag body names, in the order found (a group may come more than once)."""
        longest, key = self.lookup.index.longest_concat, self.lookup.key
        for mode in MODES:
            kind = "concat-" + mode
            folded = fold(tag, mode)
            for body in {folded, folded.replace("_", "")}:
                parts = {}  # the lone names a hashtag body starts or ends with, by where they end or start
                for i in range(len(body) - 2):
                    if self.starts is not None and (kind, body[i : i + 3]) not in self.starts:
                        continue  # no listed name starts so
                    for j in range(i + 3, min(len(body), i + longest) + 1):
                        if not (groups := self.groups.get(key(kind, body[i:j]))):
                            continue
                        if full_only:  # a handle: a full name only, no lone names or couples to weigh
                            yield from (g for g in groups if g.full)
                            continue
                        lone = any(not g.full for g in groups) and alone(body, mode, i, j)  # once for all
                        yield from (g for g in groups if g.full or lone)
                        if not lone and (i == 0 or j == len(body)):
                            parts[("start", j) if i == 0 else ("end", i)] = [g for g in groups if g.role == "last"]
                for (edge, at), groups in parts.items():  # two listed surnames that make up the whole body: a
                    if edge == "start" and groups and (other := parts.get(("end", at))):  # couple's, "#delucadistefano"
                        yield from [*groups, *other]
