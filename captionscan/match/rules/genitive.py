"""genitive: a name or alias with a genitive "s" or an apostrophe suffix ("Lena Vogts", "Lena Vogt's", "Jonas'",
"Hannes' Konzert")."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

import regex

from captionscan.data import COMMON_ZIPF, EVERYDAY_ZIPF, FUNCTION_ZIPF, given_names, person_cues, word_anywhere
from captionscan.match.candidates import Candidate, Run, Unit
from captionscan.match.rules.base import WordRule

# Languages that write a genitive with a bare "s" ("Annas Hochzeit", "Jans fiets", "Annas bröllop"); in the others a
# name with an "s" is a plural or another word ("Mariage au Domaine des Fontaines" beside a listed Fontaine), unless
# the unit names the person ("@lena.vogt Lenas": a short text's language is a guess). "": a text whose language no
# one told, as a matcher used on its own has it.
BARE_S = frozenset({"", "de", "en", "nl", "lb", "da", "sv", "no", "nb"})
COUNTED = regex.compile(r"(?r)(?:^|[^\p{L}\p{N}])([\p{L}]+|\d+)[^\S\n]+\Z")  # the word before a name: "two Sarahs"


class Genitive(WordRule):
    name = "genitive"
    score = 0.9
    ends_name = True
    alias = None

    def takes(self, run: Run) -> bool:
        return run.genitive

    def candidates(self, unit: Unit) -> Iterable[Candidate]:
        for c in super().candidates(unit):
            written = unit.text[c.start : c.end]
            # a lowercase name with its "s" that is an everyday word of the language is that word: "mais" is no
            # genitive of a listed Mai, "violettes" none of Violette, English "roses" none of Rose
            if written[:1].islower() and word_anywhere(written, unit.lang, EVERYDAY_ZIPF):
                continue
            bare = written[-1:] in "sS" and written[-2:-1] not in "'’"
            if bare and word_anywhere(written, unit.lang, COMMON_ZIPF):
                continue  # a common word capitalised too: "Roses everywhere 🌹" are flowers, no genitive of Rose
            n = COUNTED.search(unit.text, max(0, c.start - 16), c.start) if bare else None
            if n:
                if n.group(1).isdigit() or n.group(1).casefold() in person_cues("counts"):
                    continue  # "the two Sarahs", "die beiden Annas": a plural
            word = n.group(1).casefold() if n else ""
            if c.role == "first" and n and n.group(1)[:1].isupper() and word in given_names():
                if not word_anywhere(word, unit.lang or "en", FUNCTION_ZIPF):  # "An Lenas Geburtstag": a word
                    continue  # after a first name, a surname: "Bram Wouters" is no genitive of a listed Wouter
            if bare and unit.lang not in BARE_S:
                c = replace(c, common=True)  # the person's only where the unit names them: a language is a guess
            yield c
