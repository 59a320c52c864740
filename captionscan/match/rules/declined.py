"""declined: a name in another grammatical case, in a language that declines names ("z Anną Kowalską", "dla Kasi",
"u Tomka" for a listed Anna Kowalska, Kasia, Tomek in Polish). A full name so is a hit; a part of one a review,
unless the unit names the person in full, as for every rule. A full name declined so is found in a text taken for
another language too: a short Polish caption reads as French or English often enough ("Na obozie z Tomkiem
Kowalskim"), and both words declined are no chance."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from itertools import product

import regex

from captionscan.data import inflections, name_bases
from captionscan.match.candidates import Candidate, Unit
from captionscan.match.normalize import WORD, joined
from captionscan.match.rules.base import Rule

MAX_WORDS = 3  # a first name and a surname, maybe of two parts: "Anną Kowalską", "Zosi Dąbrowskiej-Piątek"
CAPITALISED = regex.compile(r"(?<![@#\w])\p{Lu}[\p{L}\p{M}]+")


@cache
def _declined_look() -> regex.Pattern:
    """A capitalised word with an ending only a declined name has ("Tomkiem", "Kowalskiej", "Anną"): in a text
    taken for a language that does not decline, the rule reads on only where one stands (a third of matching's
    time on the benchmark's German and English captions otherwise)."""
    ends = {end for rows in inflections().values() for end, _, _ in rows if len(end) > 2 or not end.isascii()}
    return regex.compile(rf"\p{{Lu}}[\p{{L}}\p{{M}}]*(?:{'|'.join(sorted(ends, key=len, reverse=True))})\b")


class Declined(Rule):
    name = "declined"
    score = 0.85

    def candidates(self, unit: Unit) -> Iterable[Candidate]:
        declining = unit.lang in inflections()
        listed = self.lookup.is_name_word
        text = unit.text
        if declining:
            tokens = [m for m in WORD.finditer(text) if text[m.start() - 1 : m.start()] not in ("@", "#")]
            forms = [[t.group(), *name_bases(t.group().lower(), unit.lang)] for t in tokens]
        else:  # capitalised words whose base is a word of the list: the cost stays where a listed name may be
            if not _declined_look().search(text):
                return
            tokens = list(CAPITALISED.finditer(text))
            forms = [
                [t.group(), *(b for lang in inflections() for b in name_bases(t.group().lower(), lang) if listed(b))]
                for t in tokens
            ]
        for i in range(len(tokens)):
            for j in range(min(i + MAX_WORDS, len(tokens)) - 1, i - 1 if declining else i, -1):  # the longest first
                if any(not joined(text, tokens[k], tokens[k + 1]) for k in range(i, j)):
                    continue
                options = forms[i : j + 1]
                if all(len(f) == 1 for f in options):
                    continue
                written = tuple(t.group() for t in tokens[i : j + 1])
                for words in product(*options):
                    if words == written:
                        continue  # as written: the other rules look at that
                    groups, _ = self.lookup.written(list(words))
                    for g in groups:
                        if declining or g.role == "full":
                            yield Candidate(g.persons, tokens[i].start(), tokens[j].end(), self.name, g.role)
