"""Find every reference to an opted-out person in a text unit.

The list is compiled once into dictionaries keyed by folded word sequences, so matching costs the
same for 10 or 10,000 people: each run of up to `max_words` words of the text is looked up, never
compared with every person. Near misses use a deletion index (one edit = the two strings share a
one-character deletion), which is also a lookup.
"""

from __future__ import annotations

import hashlib
import hmac
from collections import defaultdict
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass
from itertools import groupby

import regex

from captionscan.gazetteer import EVERYDAY_WORDS, PARTICLES, name_words, surnames
from captionscan.match.normalize import APOSTROPHES, MODES, NAME_GAP, WORD, fold, words
from captionscan.records import Entity, OptoutHit, Person
from captionscan.spans import CoverIndex, SpanIndex

FUZZY_MIN_LETTERS = 5
SCORES = {"exact": 1.0, "handle": 1.0, "folded": 0.95, "genitive": 0.9, "alias": 0.9, "hashtag": 0.9, "fuzzy": 0.8}
PART_FACTOR = 0.6
HANDLE_RUN = regex.compile(r"(?<![A-Za-z0-9_.@#])[A-Za-z0-9_][A-Za-z0-9_.]{1,29}")
HASHTAG_JOINERS = ("und", "and")
# A capitalised word right after a lone first name is most likely another person's surname ("Tom Schulz").
SURNAME_FOLLOWS = regex.compile(r"[^\S\n]+\p{Lu}\p{Ll}")


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


@dataclass(frozen=True)
class Candidate:
    person: int
    start: int
    end: int
    rule: str
    role: str

    @property
    def full(self) -> bool:
        return self.role == "full"


def _is_common(ws: Iterable[str]) -> bool:
    return any(w.casefold() in EVERYDAY_WORDS or fold(w, "e") in EVERYDAY_WORDS for w in ws)


def _surnames(name: list[str], core: list[str]) -> list[tuple[str, ...]]:
    """The surname, and with its particles where it has them: "Hagen", "von der Hagen"."""
    k = len(name) - 1
    while k > 1 and name[k - 1].casefold() in PARTICLES:
        k -= 1
    return [tuple(core[-1:])] + ([tuple(name[k:])] if k < len(name) - 1 else [])


def _variants(person: Person) -> Iterable[tuple[tuple[str, ...], str, bool]]:
    """(words, role, alias) for every way of writing the person."""
    name = words(person.name)
    core = [w for w in name if w.casefold() not in PARTICLES] or name
    yield tuple(name), "full", False
    surnames = _surnames(name, core) if len(core) > 1 else []
    firsts = {tuple(core[:1]), tuple(core[:-1])} if surnames else set()  # "Marie", "Marie Luise"
    for first in firsts:
        yield first, "first", False
        for surname in surnames:
            yield first + surname, "full", False  # "Clara Hagen", "Marie von Hagen"
    for surname in surnames:
        yield surname, "last", False
    for alias in person.aliases:
        raw = tuple(words(alias))
        yield raw, "full" if len(raw) > 1 else "first", True
        for surname in surnames:
            yield raw + surname, "full", True  # "Hannes Weiß", "Max von der Heide"


def _deletions(key: str) -> set[str]:
    return {key[:i] + key[i + 1 :] for i in range(len(key))}


class Matcher:
    """An opt-out list compiled for lookups. NOTE: holds names; never log its contents.

    With a `key`, every lookup key is an HMAC of the folded text instead of the text: `rows()` then
    gives a list that can be shared without revealing who is on it (see match/hashed.py).
    """

    def __init__(self, people: Sequence[Person], key: bytes | None = None):
        self.people = list(people)
        self.by_id = {p.id: p for p in self.people}
        self.key = key
        # key -> variants, as a dict used as an ordered set: a first name shared by hundreds of listed people
        # costs a hash per person, not a comparison with every variant found so far
        self.by_words: dict[Hashable, dict[Variant, None]] = defaultdict(dict)
        self.by_concat: dict[Hashable, dict[Variant, None]] = defaultdict(dict)
        self.near: dict[str, set[str]] = defaultdict(set)  # plain lists only: a near miss needs the letters
        self.initials: set[str] = set()  # first letters of near-miss keys: a near miss keeps the first letter
        self.handles: dict[Hashable, list[int]] = defaultdict(list)
        self.name_words: set[Hashable] = set()  # every word of every variant: anchors for near misses
        self.first_words: set[Hashable] = set()  # the first word of every variant
        self.max_words = 1
        self.longest_concat = 0  # bounds the hashtag substrings worth looking up
        for i, person in enumerate(self.people):
            for handle in person.handles:
                self.handles[self.k("handle", handle)].append(i)
            for raw, role, alias in _variants(person):
                if raw:
                    self._add_variant(i, raw, role, alias)

    def k(self, kind: str, text: str) -> Hashable:
        """The lookup key of `text`: the text itself, or with a key its HMAC."""
        if self.key is None:
            return kind, text
        return hmac.new(self.key, f"{kind}\0{text}".encode(), hashlib.sha256).hexdigest()

    def _add_variant(self, person: int, raw: tuple[str, ...], role: str, alias: bool) -> None:
        variant = Variant(person, role, alias, self.k("raw", " ".join(raw)), _is_common(raw))
        self.max_words = max(self.max_words, len(raw))
        for mode in MODES:
            key = " ".join(fold(w, mode) for w in raw)
            self._add(self.by_words, self.k(mode, key), variant)
            self._add(self.by_concat, self.k("concat-" + mode, key.replace(" ", "")), variant)
            self.longest_concat = max(self.longest_concat, len(key) - key.count(" "))
            self.first_words.add(self.k("first-" + mode, fold(raw[0], mode)))
        self.name_words.update(self.k("name", fold(w, "plain")) for w in raw)
        plain = " ".join(fold(w, "plain") for w in raw)
        if self.key is None and len(plain.replace(" ", "")) >= FUZZY_MIN_LETTERS:
            self.initials.add(plain[0])
            for deleted in _deletions(plain) | {plain}:
                self.near[deleted].add(plain)

    @staticmethod
    def _add(index: dict[Hashable, dict[Variant, None]], key: Hashable, variant: Variant) -> None:
        index[key][variant] = None

    # -- finding candidates ---------------------------------------------------------------------------------

    def _lookup(self, raw: Sequence[str]) -> tuple[list[Variant], bool]:
        """Variants written as these words; the flag says whether any is an exact spelling."""
        found = list(
            dict.fromkeys(
                v for mode in MODES for v in self.by_words.get(self.k(mode, " ".join(fold(w, mode) for w in raw)), ())
            )
        )
        exact = self.k("raw", " ".join(raw)) if found else None
        return found, any(v.exact == exact for v in found)

    def _fuzzy(self, raw: Sequence[str]) -> list[Variant]:
        """One edit away from a variant. One edit leaves the other words of a full name intact, so a
        run of several words needs one exact name word; a single word must be capitalised like a name."""
        words_plain = [fold(w, "plain") for w in raw]
        query = " ".join(words_plain)
        if not FUZZY_MIN_LETTERS <= len(query) - query.count(" ") <= self.longest_concat + 1:
            return []
        if self.key is not None or not (
            any(self.k("name", w) in self.name_words for w in words_plain) if len(raw) > 1 else raw[0][:1].isupper()
        ):
            return []
        keys = set(self.near.get(query, ())) | {k for d in _deletions(query) for k in self.near.get(d, ())}
        keys = {k for k in keys if k[0] == query[0] and k.count(" ") == query.count(" ")}
        return [v for k in keys for v in self.by_words.get(self.k("plain", k), [])]

    def _longest_run(self, word: str, names_follow: bool) -> int:
        """How many words a name starting at `word` can have: any number where `word` is a listed first
        word (or its genitive); for a near miss, which keeps the first letter, any number where a name word
        follows, one where `word` is capitalised; none otherwise."""
        forms = (word, word[:-1]) if word[-1:] in ("s", "S") else (word,)
        if any(self.k("first-" + m, fold(f, m)) in self.first_words for f in forms for m in MODES):
            return self.max_words
        if fold(word, "plain")[:1] not in self.initials:
            return 0
        return self.max_words if names_follow else 1 if word[:1].isupper() else 0

    @staticmethod
    def _possessive_end(text: str, start: int, end: int) -> int:
        """End of a possessive suffix after a name: "Anna's", "Tom’s", "Jonas'"; else `end`.
        An apostrophe that closes a quote opened before the name ('Jonas') is no genitive."""
        if end < len(text) and text[end] in APOSTROPHES and not (start and text[start - 1] in APOSTROPHES):
            if text[end + 1 : end + 2] in ("s", "S") and not text[end + 2 : end + 3].isalnum():
                return end + 2
            if text[end - 1 : end].casefold() in ("s", "x", "z", "ß"):
                return end + 1
        return end

    def _word_candidates(self, text: str, masked: list[Entity]) -> list[Candidate]:
        masked_spans = SpanIndex(masked)
        tokens = [m for m in WORD.finditer(text) if not masked_spans.covers(m.start())]
        found: list[Candidate] = []
        texts = [t.group() for t in tokens]
        named = [self.k("name", fold(t, "plain")) in self.name_words for t in texts]
        for i in range(len(tokens)):
            longest = self._longest_run(texts[i], any(named[i + 1 : i + self.max_words]))
            run: list[str] = []
            named_here = False  # once a full name matched, a longer run is no near miss of one
            for j in range(i, min(i + longest, len(tokens))):
                if j > i and not NAME_GAP.fullmatch(text, tokens[j - 1].end(), tokens[j].start()):
                    break
                run.append(texts[j])
                start, end = tokens[i].start(), tokens[j].end()
                variants, exact = self._lookup(run)
                rule = "exact" if exact else "folded"
                if not variants and len(run[-1]) > 2 and run[-1][-1] in "sS":
                    variants, _ = self._lookup(run[:-1] + [run[-1][:-1]])
                    rule = "genitive"
                if not variants and not named_here:
                    variants, rule = self._fuzzy(run), "fuzzy"
                if not variants:
                    continue
                named_here |= rule != "fuzzy" and any(v.full for v in variants)
                possessive = self._possessive_end(text, start, end)
                if possessive != end and rule != "fuzzy":
                    rule, end = "genitive", possessive
                for v in variants:
                    found.append(
                        Candidate(v.person, start, end, "alias" if v.alias and rule != "fuzzy" else rule, v.role)
                    )
        return found

    def _hashtag_candidates(self, tag: Entity) -> list[Candidate]:
        """A full name anywhere in a hashtag (#lenavogt, #carla_reinhardt); a first or last name only as the
        whole hashtag or between joiners (#lenaundtim2023), and never an everyday word (#sommer)."""
        found: list[Candidate] = []
        for mode in MODES:
            folded = fold(tag.text[1:], mode)
            for body in {folded, folded.replace("_", "")}:
                for i in range(len(body)):
                    for j in range(i + 3, min(len(body), i + self.longest_concat) + 1):
                        if not (variants := self.by_concat.get(self.k("concat-" + mode, body[i:j]))):
                            continue
                        bounded = _bounded(body, i, True) and _bounded(body, j, False)  # once for all who match
                        found += [
                            Candidate(v.person, tag.start, tag.end, "hashtag", v.role)
                            for v in variants
                            if v.full or bounded and not v.common
                        ]
        return found

    def _handle_candidates(self, text: str, entities: Sequence[Entity]) -> list[Candidate]:
        found: list[Candidate] = []
        for e in entities:
            if e.label == "MENTION":
                for person in self.handles.get(self.k("handle", e.text[1:].casefold()), []):
                    found.append(
                        Candidate(person, e.start, self._possessive_end(text, e.start, e.end), "handle", "full")
                    )
        for m in HANDLE_RUN.finditer(text):
            run = m.group().rstrip(".")
            for person in self.handles.get(self.k("handle", run.casefold()), []):
                found.append(Candidate(person, m.start(), m.start() + len(run), "handle", "full"))
        return found

    # -- deciding -----------------------------------------------------------------------------------------

    def match(self, text: str, entities: Sequence[Entity] = ()) -> list[OptoutHit]:
        masked = [e for e in entities if e.label in ("MENTION", "HASHTAG")]
        candidates = self._word_candidates(text, masked) + self._handle_candidates(text, entities)
        for tag in (e for e in entities if e.label == "HASHTAG"):
            candidates += self._hashtag_candidates(tag)
        confirmed = {c.person for c in candidates if c.full}
        plausible: dict[tuple, bool] = {}  # by span, rule, role and confirmation: the same for everyone sharing a name
        for c in candidates:
            if not c.full and (k := (c.start, c.end, c.rule, c.role, c.person in confirmed)) not in plausible:
                plausible[k] = _plausible_part(text, c, entities, k[-1])
        candidates = [
            c for c in candidates if c.full or plausible[c.start, c.end, c.rule, c.role, c.person in confirmed]
        ]
        persons_at: dict[tuple[int, int], set[int]] = defaultdict(set)
        for c in candidates:
            persons_at[c.start, c.end].add(c.person)
        kept: list[Candidate] = []
        ordered = sorted(set(candidates), key=lambda c: (-(c.end - c.start), not c.full, c.start, c.person))
        for _, same_length in groupby(ordered, key=lambda c: c.end - c.start):
            longer = CoverIndex((k.start, k.end) for k in kept)  # a part inside "Lena Vogt" is no match
            for c in same_length:
                if longer.covers(c.start, c.end):
                    continue
                if not c.full and c.person not in confirmed and persons_at[c.start, c.end] & confirmed:
                    continue  # a shared first name: it belongs to the person this unit names in full
                kept.append(c)
        kept = list({(k.start, k.end, k.person): k for k in kept}.values())  # one hit per span and person
        return [self._hit(text, c, confirmed) for c in sorted(kept, key=lambda c: (c.start, c.person))]

    def _hit(self, text: str, c: Candidate, confirmed: set[int]) -> OptoutHit:
        level = "hit" if c.full or c.person in confirmed and c.rule != "fuzzy" else "review"
        score = SCORES[c.rule] * (1.0 if c.full else PART_FACTOR)
        return OptoutHit(
            self.people[c.person].id, c.start, c.end, text[c.start : c.end], c.rule, level, round(score, 2)
        )


def _plausible_part(text: str, c: Candidate, entities: Sequence[Entity], confirmed: bool) -> bool:
    """A lone first name or surname: not an everyday word, a place or a namesake, unless NER says so.
    Where the unit names the person in full, only NER can make a following capitalised word a surname:
    in German every noun is capitalised ("Danke @lena.vogt! Lena Bilder sind online")."""
    if c.rule == "hashtag":
        return True
    persons = [e for e in entities if e.label == "PERSON" and e.start <= c.start and c.end <= e.end]
    if persons:  # "Lena Berger" is someone else than the listed Lena Vogt, who merely shares a first name
        return not any(_namesake(text, c, e) for e in persons)
    if _is_common(words(text[c.start : c.end])):
        return False
    if c.role == "last":  # surnames are often places or, lowercase, plain words
        located = any(e.label == "LOCATION" and e.start <= c.start and c.end <= e.end for e in entities)
        return text[c.start].isupper() and not located
    return confirmed or c.rule == "genitive" or not SURNAME_FOLLOWS.match(text, c.end)


def _bounded(folded: str, pos: int, left: bool) -> bool:
    """Is `pos` an edge of the hashtag body, or next to a digit or a joiner ("und", "and", ...)?"""
    if pos in (0, len(folded)):
        return True
    neighbour = folded[pos - 1] if left else folded[pos]
    if neighbour.isdigit() or neighbour == "_":
        return True
    return any(folded.endswith(j, 0, pos) if left else folded.startswith(j, pos) for j in HASHTAG_JOINERS)


def _namesake(text: str, c: Candidate, person: Entity) -> bool:
    """Does the PERSON span add a capitalised name to the candidate: a first name before a surname
    candidate, a surname after a first-name candidate? Another first name after one is no surname: "Lena Anna"
    may be two people, one of them the listed Lena."""
    extra = text[c.end : person.end] if c.role == "first" else text[person.start : c.start]
    return any(w[:1].isupper() and not (c.role == "first" and _first_name_only(w)) for w in words(extra))


def _first_name_only(word: str) -> bool:
    low = word.lower()
    return low in name_words() and low not in surnames()
