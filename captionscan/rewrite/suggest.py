"""Rewrite a unit so that no opted-out person is named, in ways that still read well.

Strategies, best first: `remove` drops the names with the words that only served them ("mit",
"und", a comma) and tidies what is left; `role` puts a neutral role word in the right grammatical
form; `placeholder` writes "[Person 1]", the same number for the same person. Line breaks are
kept, so a line number in the original still points at the same line.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType

import regex

from captionscan import caches
from captionscan.records import OptoutHit, Person, Suggestion
from captionscan.rewrite.grammar import ARTICLES, GRAMMARS, LOCATIVES, Grammar, article, gender_of, place_parents

PIECE = regex.compile(r"\n|[^\S\n]+|[@#]?[\p{L}\p{M}\p{N}_'’.-]*[\p{L}\p{M}\p{N}_]|[\p{L}\p{M}\p{N}]+\.|\S")


@dataclass
class Piece:
    text: str
    persons: tuple[str, ...] = ()  # set on a redacted name: who it is, or may be
    genitive: bool = False
    removed: bool = False
    original: str = field(init=False)

    def __post_init__(self) -> None:
        self.original = self.text  # its line breaks stay when the piece is removed or replaced

    def rendered(self) -> str:
        """The piece as the rewrite leaves it, with the line breaks it stood across (a name broken across lines)."""
        kept = "" if self.removed else self.text
        return kept + "\n" * (self.original.count("\n") - kept.count("\n"))

    @property
    def genitive_suffix(self) -> str:
        """The possessive ending as written: "'s" (Anna's), "'" (Jonas'), or "s" (Annas)."""
        if not self.genitive:
            return ""
        return "'s" if self.text[-2:-1] in "'’" else "'" if self.text[-1] in "'’" else "s"

    @property
    def is_name(self) -> bool:
        return bool(self.persons)

    @property
    def is_space(self) -> bool:
        return not self.text.strip()


def _possessive(hit: OptoutHit) -> bool:
    return hit.rule == "genitive" or hit.text[-2:-1] in ("'", "’") and hit.text[-1:] in ("s", "S")


def _pieces(text: str, hits: Sequence[OptoutHit]) -> list[Piece]:
    spans: list[list] = []
    for h in sorted(hits, key=lambda h: (h.start, -h.end)):
        if spans and h.start < spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], h.end)
            spans[-1][2] += h.person_ids
            spans[-1][3] |= _possessive(h)
        else:
            spans.append([h.start, h.end, h.person_ids, _possessive(h)])
    pieces: list[Piece] = []
    pos = 0
    for start, end, persons, genitive in spans:
        pieces += [Piece(m.group()) for m in PIECE.finditer(text[pos:start])]
        pieces.append(Piece(text[start:end], tuple(dict.fromkeys(persons)), genitive))
        pos = end
    pieces += [Piece(m.group()) for m in PIECE.finditer(text[pos:])]
    return pieces


def _neighbour(pieces: list[Piece], i: int, step: int) -> int | None:
    """The next piece that is not white space, within the line."""
    j = i + step
    while 0 <= j < len(pieces) and pieces[j].is_space and pieces[j].text != "\n":
        j += step
    return j if 0 <= j < len(pieces) and pieces[j].text != "\n" else None


def _groups(pieces: list[Piece], grammar: Grammar) -> list[list[int]]:
    """Runs of names joined only by connectors: "@x und Anna" is one group of two."""
    groups: list[list[int]] = []
    i = 0
    while i < len(pieces):
        if pieces[i].is_name:
            group, j = [i], i
            while True:
                c = _neighbour(pieces, j, 1)
                n = _neighbour(pieces, c, 1) if c is not None else None
                if (
                    c is None
                    or n is None
                    or pieces[c].text.casefold() not in grammar.connectors
                    or not pieces[n].is_name
                ):
                    break
                group.append(n)
                j = n
            groups.append(group)
            i = group[-1] + 1
        else:
            i += 1
    return groups


def _lead(pieces: list[Piece], first: int, words: frozenset[str]) -> int | None:
    k = _neighbour(pieces, first, -1)
    return k if k is not None and pieces[k].text.casefold() in words else None


def _possessed(pieces: list[Piece], group: list[int]) -> int | None:
    """The noun after a possessive name ("Lenas Hochzeit", "Anna's wedding"), if any."""
    nxt = _neighbour(pieces, group[-1], 1)
    if pieces[group[-1]].genitive and nxt is not None and pieces[nxt].text[:1].isalpha():
        return nxt
    return None


def _drop(pieces: list[Piece], group: list[int]) -> None:
    for i in range(group[0], group[-1] + 1):
        pieces[i].removed = not pieces[i].is_space


def _remove(pieces: list[Piece], grammar: Grammar, lang: str) -> list[Piece]:
    """Drop every name, the connectors between them, and a lead word left with nothing to lead."""
    for group in _groups(pieces, grammar):
        _drop(pieces, group)
        if (noun := _possessed(pieces, group)) is not None:
            art = article(lang, pieces[noun].text)
            pieces[noun].text = f"{art} {pieces[noun].text}" if art else pieces[noun].text
            continue
        left, right = _neighbour(pieces, group[0], -1), _neighbour(pieces, group[-1], 1)
        joined_left = left is not None and pieces[left].text.casefold() in grammar.connectors
        joined_right = right is not None and pieces[right].text.casefold() in grammar.connectors
        if joined_left and pieces[left].text != ",":
            pieces[left].removed = True  # "Ben und Anna" -> "Ben"
            kept = _neighbour(pieces, left, -1)
            comma = _neighbour(pieces, kept, -1) if kept is not None else None
            if comma is not None and pieces[comma].text == ",":
                pieces[comma].text = " " + pieces[left].text  # "Ben, Tim und Anna" -> "Ben und Tim"
        elif joined_right and _neighbour(pieces, right, 1) is not None and pieces[right].text != ",":
            pieces[right].removed = True  # "Anna und Ben" -> "Ben"
        elif joined_left:
            pieces[left].removed = True  # "Ben, Anna" -> "Ben"
        elif (lead := _lead(pieces, group[0], grammar.leads | grammar.salutations)) is not None:
            pieces[lead].removed = True  # "mit Anna am See" -> "am See"
    return pieces


def _role(pieces: list[Piece], grammar: Grammar, lang: str, people: Mapping[str, Person]) -> list[Piece]:
    """Replace each group of names by a role phrase; hashtags, salutations and addressed names just go."""
    seen: set[tuple[str, ...]] = set()
    for group in _groups(pieces, grammar):
        _drop(pieces, group)
        persons = {pieces[i].persons for i in group}
        repeated = persons <= seen  # "Lenas Hochzeit mit @lena.vogt": one role word per person is enough
        seen |= persons
        if repeated and (lead := _lead(pieces, group[0], grammar.leads)) is not None:
            pieces[lead].removed = True
        if repeated or all(pieces[i].text.startswith("#") for i in group):
            continue
        if (salutation := _lead(pieces, group[0], grammar.salutations)) is not None:
            pieces[salutation].removed = True
            continue
        if _lead(pieces, group[0], grammar.addresses) is not None:
            continue
        lead = _lead(pieces, group[0], grammar.leads)
        genders = [_gender(ids, people) for ids in persons]
        noun = _possessed(pieces, group)
        if noun is not None and lang == "de":  # "Lenas Hochzeit" -> "die Hochzeit einer befreundeten Person"
            art = article(lang, pieces[noun].text)
            pieces[noun].text = f"{art + ' ' if art else ''}{pieces[noun].text} {grammar.role(lang, genders, 'gen')}"
        else:
            case = "gen" if noun is not None else grammar.case_after(pieces[lead].text if lead is not None else None)
            pieces[group[0]].text, pieces[group[0]].removed = grammar.role(lang, genders, case), False
    return pieces


class _Genders:
    """The gender of whoever a name is: the one its candidates share, None (a neutral word) where they differ.
    Kept for the people mapping last asked about (a scan asks about one), so that a lone "Anna" costs one look
    at every listed Anna per scan, not per unit."""

    LIMIT = 1 << 14

    def __init__(self) -> None:
        self.people: Mapping[str, Person] | None = None  # held, so that its id is not reused while kept
        self.known: dict[tuple[str, ...], str | None] = {}

    def __call__(self, ids: tuple[str, ...], people: Mapping[str, Person]) -> str | None:
        if len(ids) == 1:
            return gender_of(people.get(ids[0]))
        if people is not self.people:
            self.people, self.known = people, {}
        return caches.kept(self.known, ids, self.LIMIT, lambda: _shared_gender(ids, people))


def _shared_gender(ids: tuple[str, ...], people: Mapping[str, Person]) -> str | None:
    genders = {gender_of(people.get(i)) for i in ids}
    return genders.pop() if len(genders) == 1 else None


_gender = _Genders()


def _generalise(pieces: list[Piece], lang: str) -> bool:
    """Known places one level wider ("am Tegernsee" -> "in Oberbayern"); True when any was."""
    parents, changed = place_parents(), False
    words = [i for i, p in enumerate(pieces) if not p.is_space and not p.removed]
    for k, first in enumerate(words):
        for n in (3, 2, 1):
            run = words[k : k + n]
            between = all(pieces[j].text == " " for a, b in zip(run, run[1:], strict=False) for j in range(a + 1, b))
            parent = parents.get(tuple(pieces[i].text for i in run)) if len(run) == n and between else None
            if parent is None or pieces[first].removed:
                continue
            for j in range(first + 1, run[-1] + 1):
                pieces[j].removed = True
            pieces[first].text, changed = parent[lang], True
            lead = _neighbour(pieces, first, -1)
            article = lead if lead is not None and pieces[lead].text.casefold() in ARTICLES else None
            lead = _neighbour(pieces, article, -1) if article is not None else lead
            if lead is not None and pieces[lead].text.casefold() in LOCATIVES:
                pieces[lead].text = "In" if pieces[lead].text[0].isupper() else "in"
                if article is not None:
                    pieces[article].removed = True
            break
    return changed


def _label(pieces: list[Piece], label: Callable[[tuple[str, ...], int], str]) -> list[Piece]:
    """Each name replaced by a label for its person (numbered in order of appearance), possessive kept."""
    numbers: dict[tuple[str, ...], int] = {}
    for p in pieces:
        if p.is_name:
            p.text = label(p.persons, numbers.setdefault(p.persons, len(numbers) + 1)) + p.genitive_suffix
    return pieces


def _initials(people: Mapping[str, Person]) -> Callable[[tuple[str, ...], int], str]:
    def label(persons: tuple[str, ...], number: int) -> str:
        person = people.get(persons[0])
        letters = [w[0] + "." for w in person.name.replace("-", " ").split() if w[0].isupper()] if person else []
        return " ".join(letters) if len(persons) == 1 and letters else f"[Person {number}]"

    return label


# Tidying a line a rewrite changed, in order: what a removed word leaves behind.
TIDY = (
    (regex.compile(r"^[\s,;:&+/]+"), ""),  # a connector or comma now opening the line
    (regex.compile(r"\(\s*\)"), ""),  # emptied brackets
    (regex.compile(r"\s{2,}"), " "),  # the spaces on both sides of a removed word
    (regex.compile(r"\s+([,.!?;:)])"), r"\1"),  # space before punctuation
    (regex.compile(r",(\s*[,.!?])"), r"\1"),  # a comma before other punctuation
    (regex.compile(r"[\s,]+$"), ""),  # a trailing comma
)


def _tidy(line: str, old: str) -> str:
    """Tidy a changed line, keeping its indentation, line end and sentence-initial capital."""
    body = line.strip()
    for pattern, replacement in TIDY:
        body = pattern.sub(replacement, body)
    if body and old.strip()[:1].isupper() and body[0].islower():
        body = body[0].upper() + body[1:]
    indent = old[: len(old) - len(old.lstrip())]
    return (indent + body if body else "") + ("\r" if old.endswith("\r") else "")


def _join(pieces: list[Piece], original: str) -> str:
    """The rewritten text; lines the rewrite did not touch stay exactly as they were."""
    lines = "".join(p.rendered() for p in pieces).split("\n")
    old_lines = original.split("\n")
    return "\n".join(line if line == old else _tidy(line, old) for line, old in zip(lines, old_lines, strict=True))


def suggest(
    text: str, hits: Sequence[OptoutHit], lang: str, people: Mapping[str, Person] = MappingProxyType({})
) -> tuple[Suggestion, ...]:
    """Suggestions for one unit, best first; empty when nothing is to be redacted. `people` (by id) gives
    genders for role words and initials; without it role words are neutral and initials placeholders."""
    if not hits:
        return ()
    grammar = GRAMMARS.get(lang, GRAMMARS["en"])
    removed = _remove(_pieces(text, hits), grammar, lang)
    remove = Suggestion("remove", _join(removed, text))
    # `place` goes on from the removed text: the same pieces, with known places widened
    place = (Suggestion("place", _join(removed, text)),) if _generalise(removed, "de" if lang == "de" else "en") else ()
    return (
        remove,
        Suggestion("role", _join(_role(_pieces(text, hits), grammar, lang, people), text)),
        Suggestion("placeholder", _join(_label(_pieces(text, hits), lambda _, n: f"[Person {n}]"), text)),
        Suggestion("initials", _join(_label(_pieces(text, hits), _initials(people)), text)),
        *place,
    )
