"""The opt-out list compiled into lookup tables, under one key function, and those tables as rows.

Every lookup key is made by the index's key function: `plain_key` keeps the folded text, so that near misses can
be found; a keyed hash (match/hashed.py) keeps nothing of it, so that the rows can be shared without revealing
who is on the list. The rules read the tables; the rows, whose format this module alone knows, are how a hashed
list is written and read back.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

import regex

from captionscan.data import (
    EVERYDAY_WORDS,
    PARTICLES,
    geonames_places,
    given_names,
    short_forms,
    titles,
    untitled,
)
from captionscan.data import surnames as known_surnames
from captionscan.match.normalize import MODES, fold, words
from captionscan.records import Person

ROW_COLUMNS = ["kind", "key", "person_id", "role", "alias", "exact", "common", "gender", "value", "relation"]
OLDER_ROW_COLUMNS = ROW_COLUMNS[:-1]  # a hashed list made before lists had relations: read, without them
META = ("max_words", "longest_concat")  # the sizes a matcher needs and the keys do not tell

KeyFunction = Callable[[str, str], Hashable]


def plain_key(kind: str, text: str) -> Hashable:
    """The lookup key that keeps the text: near misses and where names start in a hashtag need its letters."""
    return kind, text


@dataclass(frozen=True)
class Variant:
    """One way of writing a person: `full` names identify them; a `first` name or `last` name only suggests.
    `exact` is the lookup key of the words as listed, `common` marks an everyday word ("Sommer")."""

    person: int
    role: str  # full, first, last
    alias: bool
    exact: Hashable
    common: bool

    @property
    def full(self) -> bool:
        return self.role == "full"


def is_common(ws: Iterable[str]) -> bool:
    return any(w.casefold() in EVERYDAY_WORDS or fold(w, "e") in EVERYDAY_WORDS for w in ws)


def _surnames(name: list[str], core: list[str], particles: frozenset[str]) -> list[tuple[str, ...]]:
    """The surname, and with its particles where it has them, written out, abbreviated and joined: "Hagen", "von
    der Hagen", "v. d. Hagen", "vd Hagen", "DeLuca", "Damico"."""
    k = len(name) - 1
    while k > 1 and name[k - 1].casefold() in particles:
        k -= 1
    if k == len(name) - 1:
        return [tuple(core[-1:])]
    abbreviated = tuple(w[0] for w in name[k:-1]) + tuple(name[-1:])  # "v. Berg", "v. d. Heide"
    joined = ("".join(w[0] for w in name[k:-1]), *name[-1:])  # "vd Linden", as Dutch writes it
    return [tuple(core[-1:]), tuple(name[k:]), abbreviated, joined, ("".join(name[k:]),)]


def _elided(listed: str, name: list[str]) -> frozenset[str]:
    """The one-letter particles the listed name writes with an apostrophe: "D" of "Niccolò D'Amico", which people
    also write joined ("Damico"), "t" of "Sven van 't Hof"."""
    return frozenset(w.casefold() for w in name[1:-1] if len(w) == 1 and regex.search(rf"\b{w}['’]|['’]{w}\b", listed))


def _units(name: Sequence[str], particles: frozenset[str]) -> tuple[list[tuple[str, ...]], bool]:
    """The words of a name, each with the particles before it ("de la" "Cruz"); and whether particles end it."""
    units: list[tuple[str, ...]] = []
    pending: list[str] = []
    for word in name:
        pending.append(word)
        if word.casefold() not in particles:
            units.append(tuple(pending))
            pending = []
    return units, bool(pending)


def _two_surnames(
    name: list[str], particles: frozenset[str], listed: str, given: int = 0
) -> tuple[tuple[str, ...], ...] | None:
    """The given names and the two surnames of a name that has two, as Spanish names do ("Dolores | Sánchez | Ruiz",
    "María del Carmen | López | Vidal", "Álvaro | de la Cruz | Herrera", "Manuela | Jiménez | de los Santos"), each
    surname with its particles: the one before the last has particles, is a surname and no first name, or a hyphen
    joins the two in the `listed` name ("Zofia Dąbrowska-Piątek"); not two first names ("Marie Luise Brandt",
    "Juan Pablo Ortega"). Where the list says that the first `given` words are the given names, the rest is two
    surnames if it is two words with their particles ("Ignacio | Santos | Gil", though Santos is a first name too).
    None for a name of one surname."""
    if given:
        rest, open_end = _units(name[given:], particles)
        for k in range(len(rest) - 1, 0, -1):  # "Martín-Sanz | Gómez": a hyphen joins one surname's words
            if len(rest) > 2 and f"{rest[k - 1][-1]}-{rest[k][0]}" in listed:  # (one of two: "Dąbrowska-Piątek")
                rest[k - 1 : k + 1] = [rest[k - 1] + rest[k]]
        return (tuple(name[:given]), *rest) if len(rest) == 2 and not open_end else None
    units, pending = _units(name, particles)
    if len(units) > 1 and units[0][0].casefold() in MARIA and len(units[1]) > 1:
        units[:2] = [units[0] + units[1]]  # "María del Carmen", "María de los Ángeles": one given name
    if pending or len(units) < 3:
        return None
    first, second = units[-2], units[-1]
    low = first[-1].casefold()
    if len(first) > 1 or low in known_surnames() and low not in given_names() or f"{first[-1]}-{second[-1]}" in listed:
        return tuple(w for unit in units[:-2] for w in unit), first, second
    return None


class Spelling(NamedTuple):
    """One way of writing a person: its words, role and whether it is an alias; `common` where it names the person
    only beside their full name, whatever the words (None: where they are an everyday word)."""

    words: tuple[str, ...]
    role: str
    alias: bool
    common: bool | None = None


def _variants(person: Person) -> Iterable[Spelling]:
    """Every way of writing the person."""
    written = words(person.name)
    name = untitled(written, person.name)
    # Catalan joins two surnames with "i" ("Jordi Puig i Serra"), and writes the first alone as Spanish does
    name = [w for k, w in enumerate(name) if w != "i" or not 1 < k < len(name) - 1 or not name[k + 1][:1].isupper()]
    listed_given = _given_words(person.given, name)
    # as listed, "Dr. Yasmin Haddad" too; a name of one everyday word ("Summer", "Rose") names no one alone
    yield Spelling(tuple(written), "first" if len(written) == 1 and is_common(written) else "full", False)
    if len(name) < len(written):
        yield Spelling(tuple(name), "last" if len(name) == 1 else "full", False)  # "Prof. Degenhardt": a surname
    particles = PARTICLES | _elided(person.name, name)
    core = [w for w in name if w.casefold() not in particles] or name
    surnames = _surnames(name, core, particles) if len(core) > 1 else []
    firsts = {tuple(core[:1]), tuple(core[:-1])} if surnames else set()  # "Marie", "Marie Luise"
    if listed_given and surnames:  # as the list gives them: "María del Mar", not "María Mar"
        firsts = {tuple(name[:1]), tuple(name[:listed_given])}
    if surnames and len(core) > 2 and core[1].casefold() in given_names():
        firsts.add(tuple(core[1:2]))  # a second given name people go by: "Sophie Hartmann" for Lea Sophie Hartmann
    if two := _two_surnames(name, particles, person.name, listed_given):  # "Dolores Sánchez", "Lola Sánchez Ruiz"
        given, first, second = two
        firsts, surnames = {given[:1], given}, [*surnames, first, first + second]
    for first in firsts:
        yield Spelling(first, "first", False)
        for surname in surnames:
            yield Spelling(first + surname, "full", False)  # "Clara Hagen", "Marie von Hagen"
    if len(surnames) > 1:  # a surname with particles first, as Belgian captions write it: "Van de Velde Griet"
        yield Spelling(max(surnames, key=len) + tuple(core[:1]), "full", False)  # (for every name: compiling took 1.7x)
    particled = len(name) > 1 and name[-2].casefold() in particles
    for surname in surnames:
        # alone, the "Luca" of "De Luca" is a first name, "Santos" a town: theirs only beside their full name
        if particled and surname == tuple(core[-1:]) and _name_or_place(surname[0]):
            yield Spelling(surname, "last", True, common=True)
        else:
            yield Spelling(surname, "last", False)
    listed = {alias.casefold() for alias in person.aliases}
    called = sorted(_called(person, core) - listed) if surnames else []  # "Hannes" of @hannes.brandt
    for alias in [*person.aliases, *called]:
        raw = tuple(words(alias))
        yield Spelling(raw, "full" if len(raw) > 1 else "first", True)
        for surname in surnames:
            yield Spelling(raw + surname, "full", True)  # "Hannes Weiß", "Max von der Heide"
    # a short form of the first name names the person with the surname ("Steffi Krüger" for a listed Stefanie
    # Krüger); alone, as it is as often a word or someone else ("max 8 people"), only where the unit names the person
    # in full ("Kasieńka ... Katarzyna Nowak, jesteś cudowna!")
    for form in _short_forms(name, core[0], listed_given) if surnames else ():
        if form not in listed and form not in called:
            yield Spelling((form,), "first", True, common=True)
            for surname in surnames:
                yield Spelling((form, *surname), "full", True)


def _given_words(listed: str, name: Sequence[str]) -> int:
    """How many words of `name` are the given names the list has in a column of their own; 0 where it has none
    or the name does not start with them."""
    given = [w.casefold() for w in words(listed)]
    return len(given) if given and [w.casefold() for w in name[: len(given)]] == given else 0


def _short_forms(name: Sequence[str], first: str, given: int) -> tuple[str, ...]:
    """The short forms of the first name and of the given names together ("Maite" of "María Teresa", "Juanma" of
    "Juan Manuel"; the first two or three words where the list does not say where the given names end)."""
    forms = short_forms()
    heads = [name[:given]] if given else [name[:2], name[:3]]
    keys = [first.casefold(), *(" ".join(head).casefold() for head in heads if len(head) > 1)]
    return tuple(dict.fromkeys(form for key in keys for form in forms.get(key, ())))


def _name_or_place(word: str) -> bool:
    low = word.casefold()
    return low in given_names() or low in geonames_places()


MARIA = frozenset({"maría", "maria"})


HANDLE_PARTS = regex.compile(r"[._]+")
MIN_CALLED = 3  # letters of a name a handle spells before the surname


def _called(person: Person, core: list[str]) -> set[str]:
    """What the person's own handles say they are called, where that is not their first name: the part before
    the surname ("hannes" of @hannes.brandt for Johannes Brandt, "chris" of @chris_dunn_films, "max" of
    @maxmueller). A title there is no name ("dr" of @dr.haddad), nor is an everyday word unless it is a first name
    too ("studio" of @studio.vogt is not; "will" of @will.smith is).
    On the second rewrite tune set, which it was not written from: listed people found 159 -> 226 of 242."""
    first, last = core[0].casefold(), fold(core[-1], "e").casefold()
    found = set()
    for handle in person.handles:
        parts = [p for p in HANDLE_PARTS.split(handle.lstrip("@").casefold()) if p]
        if not parts:
            continue
        at = next((k for k in range(1, len(parts)) if fold(parts[k], "e") == last), 0)  # "chris_dunn_films"
        head = parts[at - 1] if at else ""
        if not at and (joined := fold(parts[0], "e")).endswith(last):  # written together: "maxmueller"
            head = joined[: -len(last)]
            head = first if head == fold(first, "e") else head  # "juergenmueller": Jürgen's own first name
        if len(head) >= MIN_CALLED and head.isalpha() and head != first:
            if head not in titles() and (head not in EVERYDAY_WORDS or head in given_names()):
                found.add(head)
    return found


class ListIndex:
    """The people and their lookup tables, every key made by `key`. NOTE: with plain keys it holds names; never
    log its contents."""

    def __init__(self, people: Iterable[Person] = (), key: KeyFunction = plain_key):
        self.key = key
        self.people: list[Person] = []
        # key -> variants, as a dict used as an ordered set: a first name shared by hundreds of listed people
        # costs a hash per person, not a comparison with every variant found so far
        self.by_words: dict[Hashable, dict[Variant, None]] = defaultdict(dict)
        self.by_concat: dict[Hashable, dict[Variant, None]] = defaultdict(dict)
        self.handles: dict[Hashable, list[int]] = defaultdict(list)
        self.name_words: set[Hashable] = set()  # every word of every variant: anchors for near misses
        self.first_words: set[Hashable] = set()  # the first word of every variant
        self.spellings: set[Hashable] = set()  # the `exact` key of every variant: the words as listed
        self.max_words = 1
        self.longest_concat = 0  # bounds the hashtag substrings worth looking up
        for person in people:
            i = len(self.people)
            self.people.append(person)
            for handle in person.handles:
                self.handles[self.key("handle", handle)].append(i)
            for spelling in _variants(person):
                if spelling.words:
                    self._add_variant(i, *spelling)
                    if spelling.words[0].casefold() in MARIA:  # "Mª José Benítez", as Spanish captions write it
                        self._add_variant(i, ("Mª", *spelling.words[1:]), *spelling[1:])

    @property
    def readable(self) -> bool:
        """Do the keys keep the text (and so allow near misses)?"""
        return self.key is plain_key

    def _add_variant(self, person: int, raw: tuple[str, ...], role: str, alias: bool, common: bool | None) -> None:
        common = is_common(raw) if common is None else common
        variant = Variant(person, role, alias, self.key("raw", " ".join(raw)), common)
        self.max_words = max(self.max_words, len(raw))
        for mode in MODES:
            key = " ".join(fold(w, mode) for w in raw)
            self._add(self.by_words, self.key(mode, key), variant)
            self._add(self.by_concat, self.key("concat-" + mode, key.replace(" ", "")), variant)
            self.longest_concat = max(self.longest_concat, len(key) - key.count(" "))
            self.first_words.add(self.key("first-" + mode, fold(raw[0], mode)))
        self.name_words.update(self.key("name", fold(w, "plain")) for w in raw)

    def texts(self, table: dict[Hashable, dict[Variant, None]]) -> Iterable[tuple[str, str]]:
        """(kind, text) of every key of `table` (`by_words` or `by_concat`), where the keys keep the text; none where
        they do not: near misses and where names start in a hashtag need the letters."""
        return iter(table) if self.readable else iter(())  # plain keys are (kind, text)

    def _add(self, index: dict[Hashable, dict[Variant, None]], key: Hashable, variant: Variant) -> None:
        index[key][variant] = None
        self.spellings.add(variant.exact)

    def rows(self) -> list[dict[str, str]]:
        """The tables as rows of ROW_COLUMNS: everything a matcher needs but the people's names (rows carry ids,
        genders and relations) and so near misses, which need the letters."""
        rows = [{"kind": "meta", "key": name, "value": str(getattr(self, name))} for name in META]
        for kind, index in (("words", self.by_words), ("concat", self.by_concat)):
            for k, variants in index.items():
                for v in variants:
                    person = self.people[v.person]
                    rows.append(
                        {
                            "kind": kind,
                            "key": k,
                            "person_id": person.id,
                            "role": v.role,
                            "alias": str(int(v.alias)),
                            "exact": v.exact,
                            "common": str(int(v.common)),
                            "gender": person.gender or "",
                            "relation": person.relation or "",
                        }
                    )
        rows += [{"kind": "first", "key": k} for k in sorted(self.first_words)]
        rows += [{"kind": "name", "key": k} for k in sorted(self.name_words)]
        rows += [
            {"kind": "handle", "key": k, "person_id": self.people[i].id} for k, ids in self.handles.items() for i in ids
        ]
        return rows

    @classmethod
    def from_rows(cls, rows: Iterable[dict[str, str]], key: KeyFunction) -> ListIndex:
        """The index `rows()` gave, its people known by id, gender and relation only; rows of other kinds are
        skipped."""
        index = cls(key=key)
        people: dict[str, int] = {}
        sizes: dict[str, int] = {}

        def person(row: dict[str, str]) -> int:
            if row["person_id"] not in people:
                people[row["person_id"]] = len(index.people)
                relation = row.get("relation") or None
                index.people.append(Person(row["person_id"], "", gender=row["gender"] or None, relation=relation))
            return people[row["person_id"]]

        for row in rows:
            kind, k = row["kind"], row["key"]
            if kind in ("words", "concat"):
                variant = Variant(person(row), row["role"], row["alias"] == "1", row["exact"], row["common"] == "1")
                index._add(index.by_words if kind == "words" else index.by_concat, k, variant)
            elif kind == "first":
                index.first_words.add(k)
            elif kind == "name":
                index.name_words.add(k)
            elif kind == "handle":
                index.handles[k].append(person(row))
            elif kind == "meta" and k in META and row["value"].isdigit():
                sizes[k] = int(row["value"])
        index.max_words = sizes.get("max_words", index.max_words)
        index.longest_concat = sizes.get("longest_concat", index.longest_concat)
        return index
