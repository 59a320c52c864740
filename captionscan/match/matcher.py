"""Find every reference to an opted-out person in a text unit.

The list is compiled once (match/index.py) into dictionaries keyed by folded word sequences, so matching costs the
same for 10 or 10,000 people: each run of up to `max_words` words of the text is looked up, never
compared with every person. Near misses use a deletion index (one edit = the two strings share a
one-character deletion), which is also a lookup.

A key leads to groups: everyone written that way in one role ("Anna" as the first name of 80 listed people is
one group). Matching works on groups, not people, and a span that may be any of several people is one `review`
finding naming them all, so neither the work nor the findings grow with how many listed people share a name.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from itertools import groupby

import regex

from captionscan import caches
from captionscan.data import (
    EVERYDAY_WORDS,
    common_words,
    english_words,
    german_words,
    given_names,
    hashtag_words,
    name_words,
    surnames,
    world_name_words,
)
from captionscan.match.index import FUZZY_MIN_LETTERS, ListIndex, Variant, deletions, is_common
from captionscan.match.normalize import APOSTROPHES, MODES, NAME_GAP, WORD, fold, words
from captionscan.records import Entity, OptoutHit, Person
from captionscan.spans import CoverIndex, SpanIndex

SCORES = {"exact": 1.0, "handle": 1.0, "folded": 0.95, "genitive": 0.9, "alias": 0.9, "hashtag": 0.9, "fuzzy": 0.8}
PART_FACTOR = 0.6
ID_CACHE = 1 << 14  # sorted id tuples of candidate groups kept between texts
WORD_CACHE = 1 << 16  # per-word answers kept between texts (captions reuse a small vocabulary)
HANDLE_RUN = regex.compile(r"(?<![A-Za-z0-9_.@#])[A-Za-z0-9_][A-Za-z0-9_.]{1,29}")
HASHTAG_JOINERS = hashtag_words("joiner")
GLUE_MAX = 60  # a longer hashtag body is searched for full names and bounded parts only: splitting it costs more
WORD_MAX = 24  # letters of the longest word looked up in a hashtag ("hochzeitsfotograf" has 17)
SPLIT_CACHE = 1 << 12  # hashtag bodies whose splits into words are kept between texts
YEAR = regex.compile(r"[\d_]*")  # what may follow the last name of a hashtag: #lenavogt2024
SHORT_NAME = 4  # a shorter first name or surname glued in a hashtag needs words this long beside it (#benfun)
# A capitalised word right after a lone first name is most likely another person's surname ("Tom Schulz").
SURNAME_FOLLOWS = regex.compile(r"[^\S\n]+\p{Lu}\p{Ll}")
# An initial after a name ("Lena V.", "Kenny G") and one before it, read backwards from the name ("A. Vogt"); and
# initials between a first name and a surname ("Lena M. Vogt").
INITIAL_AFTER = regex.compile(r"[^\S\n]+\p{Lu}(?:\.|(?![\p{L}\p{N}]))")
INITIAL_BEFORE = regex.compile(r"(?r)(?<![\p{L}\p{N}])\p{Lu}(?:\.[^\S\n]*|[^\S\n]+)")
INITIALS_BETWEEN = regex.compile(r"(?:[^\S\n]+\p{Lu}\.?)+[^\S\n]+")
# The capitalised words right after a first name, a surname or more first names ("Maren Sofie", "Anna-Lena").
WORDS_AFTER = regex.compile(r"(?:(?:[^\S\n]+|[-‐‑])\p{Lu}[\p{L}\p{M}]+)+")


@dataclass(frozen=True, eq=False)
class Group:
    """The listed people (indices) one key stands for in one role: who a span written so may be. Made once per
    list and shared by the keys that lead to the same people, so groups compare by identity."""

    persons: frozenset[int]
    role: str
    alias: bool
    common: bool

    @property
    def full(self) -> bool:
        return self.role == "full"


@dataclass(frozen=True)
class Candidate:
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


class Matcher:
    """An opt-out list compiled for lookups: the people, compiled with plain keys, or an index compiled with other
    keys (a hashed list's, see match/hashed.py). NOTE: holds names; never log its contents."""

    def __init__(self, optout: Iterable[Person] | ListIndex):
        self.index = optout if isinstance(optout, ListIndex) else ListIndex(optout)
        self.people = self.index.people
        self.by_id = {p.id: p for p in self.people}
        self.k = self.index.key  # the lookup key of a kind of text; bound once, as every word is looked up
        self._compiled = False  # the groups below are made from the index on the first match
        self.word_groups: dict[Hashable, tuple[Group, ...]] = {}
        self.concat_groups: dict[Hashable, tuple[Group, ...]] = {}
        self.handle_groups: dict[Hashable, frozenset[int]] = {}
        self.concat_starts: set[tuple[str, str]] | None = None
        self._ids: dict[frozenset[int], tuple[str, ...]] = {}
        self._runs: dict[tuple[str, bool], int] = {}
        self._near: dict[tuple[str, ...], tuple[Group, ...]] = {}

    def _compile(self) -> None:
        """Each key's variants as groups, one per role; equal groups are one object, so that the keys of one
        name in every folding mode, looked up together, give it once."""
        shared: dict[tuple, Group] = {}

        def grouped(variants: Iterable[Variant]) -> tuple[Group, ...]:
            parts: dict[tuple[str, bool, bool], set[int]] = defaultdict(set)
            for v in variants:
                parts[v.role, v.alias, v.common].add(v.person)
            return tuple(
                shared.setdefault((frozenset(persons), *k), Group(frozenset(persons), *k))
                for k, persons in parts.items()
            )

        self.word_groups = {k: grouped(vs) for k, vs in self.index.by_words.items()}
        self.concat_groups = {k: grouped(vs) for k, vs in self.index.by_concat.items()}
        self.handle_groups = {k: frozenset(persons) for k, persons in self.index.handles.items()}
        # where in a hashtag a listed name can start: its first three letters (a hashed list's keys give no letters,
        # so there every position is tried)
        self.concat_starts = {(kind, body[:3]) for kind, body in self.index.by_concat} if self.index.readable else None
        self._ids, self._runs, self._near = {}, {}, {}
        self._compiled = True

    def ids(self, persons: frozenset[int]) -> tuple[str, ...]:
        """The people's ids, sorted; kept, as the same groups come back text after text."""
        return caches.kept(self._ids, persons, ID_CACHE, lambda: tuple(sorted(self.people[i].id for i in persons)))

    # -- finding candidates ---------------------------------------------------------------------------------

    def _lookup(self, raw: Sequence[str]) -> tuple[list[Group], bool]:
        """The groups written as these words; the flag says whether they are written exactly as listed."""
        found = list(
            dict.fromkeys(
                g
                for mode in MODES
                for g in self.word_groups.get(self.k(mode, " ".join(fold(w, mode) for w in raw)), ())
            )
        )
        return found, bool(found) and self.k("raw", " ".join(raw)) in self.index.spellings

    def _fuzzy(self, raw: Sequence[str]) -> tuple[Group, ...]:
        """One edit away from a variant (kept per run of words between texts)."""
        run = tuple(raw)
        return caches.kept(self._near, run, WORD_CACHE, lambda: tuple(self._near_misses(run)))

    def _near_misses(self, raw: Sequence[str]) -> list[Group]:
        """One edit away from a variant. One edit leaves the other words of a full name intact, so a
        run of several words needs one exact name word; a single word must be capitalised like a name."""
        index, words_plain = self.index, [fold(w, "plain") for w in raw]
        query = " ".join(words_plain)
        if not FUZZY_MIN_LETTERS <= len(query) - query.count(" ") <= index.longest_concat + 1:
            return []
        if not index.readable or not (
            any(self.k("name", w) in index.name_words for w in words_plain) if len(raw) > 1 else raw[0][:1].isupper()
        ):
            return []
        keys = set(index.near.get(query, ())) | {k for d in deletions(query) for k in index.near.get(d, ())}
        keys = {k for k in keys if k[0] == query[0] and k.count(" ") == query.count(" ")}
        return list(dict.fromkeys(g for k in keys for g in self.word_groups.get(self.k("plain", k), ())))

    def _longest_run(self, word: str, names_follow: bool) -> int:
        """`_run_limit`, kept per word between texts."""
        return caches.kept(self._runs, (word, names_follow), WORD_CACHE, lambda: self._run_limit(word, names_follow))

    def _run_limit(self, word: str, names_follow: bool) -> int:
        """How many words a name starting at `word` can have: any number where `word` is a listed first
        word (or its genitive); for a near miss, which keeps the first letter, any number where a name word
        follows, one where `word` is capitalised; none otherwise."""
        forms = (word, word[:-1]) if word[-1:] in ("s", "S") else (word,)
        if any(self.k("first-" + m, fold(f, m)) in self.index.first_words for f in forms for m in MODES):
            return self.index.max_words
        if fold(word, "plain")[:1] not in self.index.initials:
            return 0
        return self.index.max_words if names_follow else 1 if word[:1].isupper() else 0

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
        named = [self.k("name", fold(t, "plain")) in self.index.name_words for t in texts]
        for i in range(len(tokens)):
            longest = self._longest_run(texts[i], any(named[i + 1 : i + self.index.max_words]))
            run: list[str] = []
            named_here = False  # once a full name matched, a longer run is no near miss of one
            for j in range(i, min(i + longest, len(tokens))):
                if j > i and not NAME_GAP.fullmatch(text, tokens[j - 1].end(), tokens[j].start()):
                    break
                run.append(texts[j])
                start, end = tokens[i].start(), tokens[j].end()
                groups, exact = self._lookup(run)
                rule = "exact" if exact else "folded"
                if not groups and len(run[-1]) > 2 and run[-1][-1] in "sS":
                    groups, _ = self._lookup(run[:-1] + [run[-1][:-1]])
                    rule = "genitive"
                if not groups and not named_here:
                    groups, rule = self._fuzzy(run), "fuzzy"
                if not groups:
                    continue
                named_here |= rule != "fuzzy" and any(g.full for g in groups)
                possessive = self._possessive_end(text, start, end)
                if possessive != end and rule != "fuzzy":
                    rule, end = "genitive", possessive
                for g in groups:
                    found.append(
                        Candidate(g.persons, start, end, "alias" if g.alias and rule != "fuzzy" else rule, g.role)
                    )
        return found

    def _hashtag_candidates(self, tag: Entity) -> list[Candidate]:
        """A full name anywhere in a hashtag (#lenavogt, #carla_reinhardt); a first or last name only where the rest
        of the hashtag is joiners, digits or known words (#lenaundtim2023, #teammüller, #lauraswedding2024); an
        everyday word (#sommer, #teamkaiser) only where the unit names that person in full."""
        found: list[Candidate] = []
        starts = self.concat_starts
        for mode in MODES:
            kind = "concat-" + mode
            folded = fold(tag.text[1:], mode)
            for body in {folded, folded.replace("_", "")}:
                for i in range(len(body) - 2):
                    if starts is not None and (kind, body[i : i + 3]) not in starts:
                        continue  # no listed name starts so
                    for j in range(i + 3, min(len(body), i + self.index.longest_concat) + 1):
                        if not (groups := self.concat_groups.get(self.k(kind, body[i:j]))):
                            continue
                        alone = any(not g.full for g in groups) and _alone(body, mode, i, j)  # once for all
                        found += [
                            Candidate(g.persons, tag.start, tag.end, "hashtag", g.role, common=g.common and not g.full)
                            for g in groups
                            if g.full or alone
                        ]
        return found

    def _handle_candidates(self, text: str, entities: Sequence[Entity]) -> list[Candidate]:
        found: list[Candidate] = []
        for e in entities:
            if e.label == "MENTION" and (persons := self.handle_groups.get(self.k("handle", e.text[1:].casefold()))):
                found.append(Candidate(persons, e.start, self._possessive_end(text, e.start, e.end), "handle", "full"))
        for m in HANDLE_RUN.finditer(text):
            run = m.group().rstrip(".")
            if persons := self.handle_groups.get(self.k("handle", run.casefold())):
                found.append(Candidate(persons, m.start(), m.start() + len(run), "handle", "full"))
        return found

    # -- deciding -----------------------------------------------------------------------------------------

    def match(self, text: str, entities: Sequence[Entity] = ()) -> list[OptoutHit]:
        if not self._compiled:
            self._compile()
        masked = [e for e in entities if e.label in ("MENTION", "HASHTAG")]
        candidates = self._word_candidates(text, masked) + self._handle_candidates(text, entities)
        candidates += _across_initials(text, candidates)
        for tag in (e for e in entities if e.label == "HASHTAG"):
            candidates += self._hashtag_candidates(tag)
        confirmed = frozenset().union(*(c.persons for c in candidates if c.full))
        plausible: dict[tuple, bool] = {}  # by span, rule, role and confirmation: the same for everyone sharing a name
        checked: list[Candidate] = []
        for c in dict.fromkeys(candidates):
            if not c.full:
                if confirmed and (named := c.persons & confirmed):
                    # a shared first name belongs to the people this unit names in full: the others are dropped
                    # (were they plausible, so would be the named ones, and those take the span)
                    c = replace(c, persons=named, confirmed=True)
                if c.common and not c.confirmed:
                    continue
                if (k := (c.start, c.end, c.rule, c.role, c.confirmed)) not in plausible:
                    plausible[k] = _plausible_part(text, c, entities, c.confirmed)
                if not plausible[k]:
                    continue
            checked.append(c)
        named_at = {(c.start, c.end) for c in checked if c.full or c.confirmed}
        kept: list[Candidate] = []
        ordered = sorted(checked, key=lambda c: (-(c.end - c.start), c.start))
        for _, same_length in groupby(ordered, key=lambda c: c.end - c.start):
            longer = CoverIndex((k.start, k.end) for k in kept)  # a part inside "Lena Vogt" is no match
            for c in same_length:
                if longer.covers(c.start, c.end):
                    continue
                if not (c.full or c.confirmed) and (c.start, c.end) in named_at:
                    continue  # a shared first name: it belongs to the person this unit names in full
                kept.append(c)
        return self._findings(text, [_with_initials(text, c, entities) for c in kept])

    def _findings(self, text: str, kept: list[Candidate]) -> list[OptoutHit]:
        """A `hit` per person named; a part of a name that may be several people, one `review` per span and rule
        naming them all. A person is named once per span, by the strongest evidence there."""
        at: dict[tuple[int, int], list[Candidate]] = defaultdict(list)
        for c in sorted(kept, key=lambda c: (not c.full, -SCORES[c.rule], c.rule, c.role)):
            at[c.start, c.end].append(c)
        found: list[OptoutHit] = []
        reviews: dict[tuple[int, int, str], frozenset[int]] = {}
        for (start, end), here in at.items():
            claimed: frozenset[int] = frozenset()
            for c in here:
                persons = c.persons - claimed if claimed else c.persons
                if not persons:
                    continue
                if len(here) > 1:
                    claimed |= persons
                if c.full or c.confirmed and c.rule != "fuzzy":
                    score = round(SCORES[c.rule] * (1.0 if c.full else PART_FACTOR), 2)
                    found += [
                        OptoutHit((self.people[p].id,), start, end, text[start:end], c.rule, "hit", score)
                        for p in persons
                    ]
                else:  # a part of a name, and so a review finding
                    k = (start, end, c.rule)
                    reviews[k] = reviews[k] | persons if k in reviews else persons
        for (start, end, rule), persons in reviews.items():
            score = round(SCORES[rule] * PART_FACTOR, 2)
            found.append(OptoutHit(self.ids(persons), start, end, text[start:end], rule, "review", score))
        return sorted(found, key=lambda h: (h.start, h.person_ids, h.rule))


def _plausible_part(text: str, c: Candidate, entities: Sequence[Entity], confirmed: bool) -> bool:
    """A lone first name or surname: not an everyday word, a place or a namesake, unless NER says so.
    Where the unit names the person in full, only NER can make a following capitalised word a surname:
    in German every noun is capitalised ("Danke @lena.vogt! Lena Bilder sind online")."""
    if c.rule == "hashtag":
        return True
    persons = [e for e in entities if e.label == "PERSON" and e.start <= c.start and c.end <= e.end]
    if persons:  # "Lena Berger" is someone else than the listed Lena Vogt, who merely shares a first name
        return not any(_namesake(text, c, e) for e in persons)
    if is_common(words(text[c.start : c.end])):
        return False
    if c.role == "last":  # surnames are often places or, lowercase, plain words
        located = any(e.label == "LOCATION" and e.start <= c.start and c.end <= e.end for e in entities)
        return text[c.start].isupper() and not located
    return (
        confirmed
        or c.rule == "genitive"
        or not SURNAME_FOLLOWS.match(text, c.end)
        or c.role == "first"
        and _first_name_run(text, c)
    )


def _alone(body: str, mode: str, i: int, j: int) -> bool:
    """Does the first name or surname body[i:j] of a hashtag body stand alone: at an edge, beside digits, "_" or a
    joiner (#lenaundtim2023), or, in a body of up to GLUE_MAX letters, glued to known words (`_glued`)?"""
    if _bounded(body, i, True) and _bounded(body, j, False):
        return True
    return len(body) <= GLUE_MAX and _glued(body, mode, i, j)


@lru_cache(maxsize=WORD_CACHE)  # kept between texts, as hashtags recur
def _glued(body: str, mode: str, i: int, j: int) -> bool:
    """Is body[i:j] glued only to known words (#schneiderhochzeit, #teammüller, #lauraswedding2024) where it is not
    beside digits, "_" or a joiner? It must not begin a longer word or first name (#hazelnut, #caroline) nor end a
    first name (#bettina), and not stand after a first name or before a surname: that is a namesake's full name
    (#thomasjaeger, #markusalbrecht)."""
    short = j - i < SHORT_NAME
    heads, tails = _splits(body, mode, SHORT_NAME if short else 3)
    lex = _lexicon(mode)
    left = _bounded(body, i, True) or (
        i in heads
        and not any(lex.first(body[s:j]) or s in heads and lex.first(body[s:i]) for s in range(max(0, i - WORD_MAX), i))
    )
    after = range(j + 1, min(len(body), i + WORD_MAX) + 1)
    surname_after = any(e in tails and lex.surname(body[j:e], ends=bool(YEAR.fullmatch(body, e))) for e in after)
    genitive = body[j : j + 1] == "s" and not short and j + 1 in tails  # #lauraswedding
    return left and (
        _bounded(body, j, False)
        or (j in tails and not surname_after or genitive)
        and not any(body[i:e] in lex.words or lex.first(body[i:e]) for e in after)
    )


@lru_cache(maxsize=SPLIT_CACHE)
def _splits(body: str, mode: str, shortest: int) -> tuple[frozenset[int], frozenset[int]]:
    """The positions k where body[:k], and those where body[k:], are words of at least `shortest` letters (the
    words of name hashtags at any length), digits and "_": at most GLUE_MAX times WORD_MAX look-ups."""
    lex, n = _lexicon(mode), len(body)
    ends = [
        [k + 1]
        if body[k].isdigit() or body[k] == "_"
        else [
            e
            for e in range(k + 2, min(n, k + WORD_MAX) + 1)
            if body[k:e] in _MARKERS or e - k >= shortest and body[k:e] in lex.words
        ]
        for k in range(n)
    ]
    heads, tails = {0}, {n}
    for k in range(n):
        if k in heads:
            heads.update(ends[k])
    for k in reversed(range(n)):
        if any(e in tails for e in ends[k]):
            tails.add(k)
    return frozenset(heads), frozenset(tails)


_MARKERS = frozenset(hashtag_words("prefix") + HASHTAG_JOINERS)  # the words of name hashtags: team, hochzeit, und


class _Folded:
    """Word lists as a hashtag body is folded: an ASCII word is its own folding, so only the others are folded, once
    (not with `fold`'s cache, which they would fill with words no caption holds)."""

    def __init__(self, mode: str, *lists: frozenset[str]):
        self.lists = lists
        self.others = frozenset(fold.__wrapped__(w, mode) for words in lists for w in words if not w.isascii())

    def __contains__(self, word: str) -> bool:
        return word in self.others or any(word in words for words in self.lists)


class _Lexicon:
    """What the words glued to a name in a hashtag are: everyday German and English words, which it may be glued
    to; first names and surnames, which make it a namesake's full name."""

    def __init__(self, mode: str):
        self.words = _Folded(mode, common_words("de"), common_words("en"), german_words(), english_words())
        self.common = _Folded(mode, common_words("de"), common_words("en"))
        self.firsts, self.lasts = _Folded(mode, given_names()), _Folded(mode, surnames())

    def first(self, word: str) -> bool:
        """A first name; the words of name hashtags (love, baby) are none here."""
        return word in self.firsts and word not in _MARKERS

    def surname(self, word: str, ends: bool) -> bool:
        """A surname; one that is a common word too (the surname list is full of them: hoch, day) only where it ends
        the hashtag (#florianrichter), unless it is an everyday name (green)."""
        return (
            word in self.lasts and word not in _MARKERS and (ends or word in EVERYDAY_WORDS or word not in self.common)
        )


@cache
def _lexicon(mode: str) -> _Lexicon:
    return _Lexicon(mode)


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
    candidate, a surname after a first-name candidate? More first names after one are no surname (see
    `_first_name_run`); nor is an initial, which hides the surname ("Lena V.")."""
    if c.role == "first" and _first_name_run(text, c):
        return False
    extra = text[c.end : person.end] if c.role == "first" else text[person.start : c.start]
    return any(w[:1].isupper() and len(w) > 1 for w in words(extra))


def _first_name_run(text: str, c: Candidate) -> bool:
    """Is the first name followed by more first names and no surname? Friends tagged by first name ("Kathrin Maren
    Sofie Carola", "Lena Anna und Tim") are each a lone first name, while "Anna Lena Meyer" is a namesake of a
    listed Anna Becker, with a double first name. A last first name that may be a surname ("Emily Carter and
    James", "Maren Thomas") makes a namesake too: precision over recall."""
    if not (after := WORDS_AFTER.match(text, c.end)):
        return False
    names = words(after.group())
    return all(map(_first_name, names)) and names[-1].casefold() not in surnames()


def _across_initials(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """A first name and a surname of one person with only initials between them are that person's full name
    ("Lena M. Vogt"), found by the weaker of the two rules."""
    firsts = [c for c in candidates if c.role == "first"]
    lasts = [c for c in candidates if c.role == "last"] if firsts else []
    return [
        Candidate(shared, first.start, last.end, min(first.rule, last.rule, key=SCORES.__getitem__), "full")
        for last in lasts
        for first in firsts
        if (shared := first.persons & last.persons)
        and first.end < last.start
        and INITIALS_BETWEEN.fullmatch(text, first.end, last.start)
    ]


def _with_initials(text: str, c: Candidate, entities: Sequence[Entity]) -> Candidate:
    """A name takes the initials beside it that have a period or that its PERSON span holds ("Lena V.", "A. Vogt",
    "Kenny G"), so that a rewrite leaves none. Only a kept candidate grows: grown before, a part would cover a full
    name at its place ("Vogt", a listed one-word name)."""
    start, end = c.start, c.end
    while c.role != "last" and (m := INITIAL_AFTER.match(text, end)) and _taken(m, c, entities):
        end = m.end()
    while c.role != "first" and (m := INITIAL_BEFORE.match(text, 0, start)) and _taken(m, c, entities):
        start = m.start()
    return c if (start, end) == (c.start, c.end) else replace(c, start=start, end=end)


def _taken(initial: regex.Match, c: Candidate, entities: Sequence[Entity]) -> bool:
    """An initial with its period, or one inside the candidate's PERSON span."""
    lo, hi = min(c.start, initial.start()), max(c.end, initial.end())
    return "." in initial.group() or any(e.label == "PERSON" and e.start <= lo and hi <= e.end for e in entities)


def _first_name(word: str) -> bool:
    """A common first name, or one of any country that is no everyday or common word in German or English."""
    low = word.casefold()
    return low in name_words() or low in world_name_words("de") and low in world_name_words("en")
