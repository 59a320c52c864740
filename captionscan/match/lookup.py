"""The list's names by their words, as groups of people, and the runs of a text's words that may be those names.

Every run is looked up by key, never compared with every person, so that the work per text does not grow with the
list. The rules read the runs (match/rules/); this module finds them once per text.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence

import regex

from captionscan.match.candidates import Group, Run
from captionscan.match.index import ListIndex, Variant
from captionscan.match.normalize import APOSTROPHES, MODES, UMLAUT_WRITTEN_OUT, WORD, fold, joined
from captionscan.records import Entity
from captionscan.spans import SpanIndex

Reach = Callable[[str, bool], int]  # how many words a name starting at a word may have, given a name word follows
# A nickname between a first name and a surname, in brackets or quotes: 'Maximilian "Maxi" Fuchs', 'Charlotte (Lotti)
# Weber' are the full name.
INSERT_OPENS = frozenset("(\"“„«'‘")
INSERT_CLOSES = frozenset(")\"”“»'’")
# a word in those brackets or quotes between two words: most texts have none ("Anna's" is no quote)
NICKNAMED = regex.compile(
    rf"\s[{regex.escape(''.join(INSERT_OPENS))}][\p{{L}}\p{{M}}-]+[{regex.escape(''.join(INSERT_CLOSES))}]\s"
)


def grouped(table: Mapping[Hashable, Iterable[Variant]]) -> dict[Hashable, tuple[Group, ...]]:
    """Each key's variants as groups, one per role; equal groups are one object, so that the keys of one name in
    every folding mode, looked up together, give it once."""
    shared: dict[tuple, Group] = {}

    def groups(variants: Iterable[Variant]) -> tuple[Group, ...]:
        parts: dict[tuple[str, bool, bool], set[int]] = defaultdict(set)
        for v in variants:
            parts[v.role, v.alias, v.common].add(v.person)
        return tuple(
            shared.setdefault((frozenset(persons), *k), Group(frozenset(persons), *k)) for k, persons in parts.items()
        )

    return {k: groups(vs) for k, vs in table.items()}


def possessive_end(text: str, start: int, end: int) -> int:
    """End of a possessive suffix after a name: "Anna's", "Tom’s", "Jonas'"; else `end`.
    An apostrophe that closes a quote opened before the name ('Jonas') is no genitive."""
    if end < len(text) and text[end] in APOSTROPHES and not (start and text[start - 1] in APOSTROPHES):
        if text[end + 1 : end + 2] in ("s", "S") and not text[end + 2 : end + 3].isalnum():
            return end + 2
        if text[end - 1 : end].lower() in ("s", "x", "z", "ß"):  # casefold makes "ß" "ss"
            return end + 1
    return end


class Lookup:
    """The index's names by their words, as groups, under the index's key function."""

    def __init__(self, index: ListIndex):
        self.index = index
        self.key = index.key  # bound once, as every word is looked up
        self.groups = grouped(index.by_words)

    def by_key(self, mode: str, folded: str) -> tuple[Group, ...]:
        return self.groups.get(self.key(mode, folded), ())

    def is_name_word(self, word: str) -> bool:
        """Is `word` a word of a listed name (any role)?"""
        return self.key("name", fold(word, "plain")) in self.index.name_words

    def names_word(self, word: str) -> bool:
        """Is `word` a word of a listed name, also with an umlaut written out ("krueger" for "Krüger")?"""
        return self.is_name_word(word) or self.is_name_word(UMLAUT_WRITTEN_OUT.sub(lambda m: m.group()[0], word))

    def written(self, raw: Sequence[str]) -> tuple[tuple[Group, ...], bool]:
        """The groups written as these words; the flag says whether they are written exactly as listed."""
        groups, key = self.groups, self.key  # inlined: every run of every text is looked up here
        keys = [key(m, " ".join([fold(w, m) for w in raw])) for m in MODES]
        found = tuple(dict.fromkeys(g for k in keys for g in groups.get(k, ())))
        return found, bool(found) and self.key("raw", " ".join(raw)) in self.index.spellings

    def listed_reach(self, word: str) -> int:
        """How many words a listed name starting at `word` can have: any number where `word` (or it without a
        genitive "s") is the first word of a listed name, none otherwise."""
        forms = (word, word[:-1]) if word[-1:] in ("s", "S") else (word,)
        first = any(self.key("first-" + m, fold(f, m)) in self.index.first_words for f in forms for m in MODES)
        return self.index.max_words if first else 0

    def runs(self, text: str, entities: Sequence[Entity], reach: Reach) -> tuple[Run, ...]:
        """Every run of words outside mentions and hashtags, up to the `reach` of its first word, joined by what
        may stand between the words of one name, with what the list knows of it."""
        masked = SpanIndex(e for e in entities if e.label in ("MENTION", "HASHTAG"))
        tokens = [m for m in WORD.finditer(text) if not masked.covers(m.start())]
        texts = [t.group() for t in tokens]
        key, name_words = self.key, self.index.name_words  # `is_name_word`, inlined: it runs for every word
        named = [key("name", fold(t, "plain")) in name_words for t in texts]
        found: list[Run] = []
        nicknames = NICKNAMED.search(text) is not None
        for i in range(len(tokens)):
            longest = reach(texts[i], any(named[i + 1 : i + self.index.max_words]))
            after_name = False  # once a full name matched, a longer run is no near miss of one
            for j in range(i, min(i + longest, len(tokens))):
                if j > i and not joined(text, tokens[j - 1], tokens[j]):
                    break
                raw = texts[i : j + 1]
                start, end = tokens[i].start(), tokens[j].end()
                written, spelled = self.written(raw)
                stripped: tuple[Group, ...] = ()
                if not written and len(raw[-1]) > 2 and raw[-1][-1] in "sS":
                    stripped, _ = self.written(raw[:-1] + [raw[-1][:-1]])
                groups = written or stripped
                possessive = possessive_end(text, start, end) if groups else end
                found.append(Run(start, end, tuple(raw), written, spelled, stripped, possessive, after_name))
                after_name |= any(g.full for g in groups)
            if nicknames and (nicknamed := self._nicknamed(text, tokens, texts, i)) is not None:
                found.append(nicknamed)
        return tuple(found)

    def _nicknamed(self, text: str, tokens: Sequence, texts: Sequence[str], i: int) -> Run | None:
        """The full name around a nickname in brackets or quotes after token i, if the list has it."""
        if i + 2 >= len(tokens) or text[tokens[i].end() : tokens[i + 1].start()].strip() not in INSERT_OPENS:
            return None  # most words: a space follows
        close = text[tokens[i + 1].end() : tokens[i + 2].start()]
        if close.strip() not in INSERT_CLOSES or not close[-1:].isspace():
            return None
        raw = [texts[i], texts[i + 2]]
        written, spelled = self.written(raw)
        if not any(g.full for g in written):
            return None
        start, end = tokens[i].start(), tokens[i + 2].end()
        return Run(start, end, tuple(raw), written, spelled, (), possessive_end(text, start, end), False)
