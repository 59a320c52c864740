"""A unit's text as pieces (words, spaces, punctuation, and each redacted name as one piece) that a rewrite
marks removed or replaces, so that the text around them stays exactly as written."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import regex

from captionscan.data import (
    EVERYDAY_ZIPF,
    PARTICLES,
    english_words,
    given_names,
    name_bases,
    noun_articles,
    person_cues,
    surnames,
    word_anywhere,
    word_lists,
)
from captionscan.match.normalize import MODES, fold
from captionscan.records import OptoutHit
from captionscan.rewrite.grammar import FAMILY_ARTICLES, FAMILY_TITLES, Grammar
from captionscan.rewrite.tidy import DROPPED

# An emoji's variation selector or joiner is a piece of its own, though a mark: "Lottie❤️you" is no word "️you". A
# score or a time is one piece: "Petersen mit dem 1:0, ..." had gone up to its colon, leaving ":0".
PIECE = regex.compile(
    r"\n|[^\S\n]+|[\uFE0F\u200D]|\p{N}+(?::\p{N}+)+(?![\p{L}\p{N}])"
    r"|[@#]?[\p{L}\p{M}\p{N}_'’.-]*[\p{L}\p{M}\p{N}_]|[\p{L}\p{M}\p{N}]+\.|\S"
)


@dataclass
class Piece:
    text: str
    persons: tuple[str, ...] = ()  # set on a redacted name: who it is, or may be
    genitive: bool = False
    declined: bool = False  # written in another case than listed ("z Kasią"): a role word takes that case
    removed: bool = False
    original: str = field(init=False)

    def __post_init__(self) -> None:
        self.original = self.text  # its line breaks stay when the piece is removed or replaced

    def copy(self) -> Piece:
        """An untouched copy, for another strategy's pass over the same pieces."""
        return Piece(self.original, self.persons, self.genitive, self.declined)

    def rendered(self) -> str:
        """The piece as the rewrite leaves it, with the line breaks it stood across (a name broken across lines);
        a removed or replaced piece leaves a mark where it was, for `tidy` to close up and capitalise after."""
        if not self.removed and self.text is self.original:
            return self.text
        kept = "" if self.removed else self.text
        mark = DROPPED if self.removed or self.text != self.original else ""
        return mark + kept + "\n" * (self.original.count("\n") - kept.count("\n"))

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


# A web address, or a domain, a name may stand in: it goes whole with the name.
LINK = regex.compile(r"(?:https?://)?(?:[\p{L}\p{N}-]+\.)+\p{L}{2,}(?:/[^\s]*[^\s.,!?;:)])?")
MAX_LINK = 200  # characters around a name a web address it stands in may reach
# A surname joined to a matched name by a hyphen: the rest of a double-barrelled name ("Krüger" "-Hahn").
DOUBLE_BARRELLED = regex.compile(r"(?:-(?:(?:\p{Ll}{1,3}|['’]t)[^\S\n])*\p{Lu}[\p{L}\p{M}]+)+")  # "-de Jong"
# An English "'s" that is "has" or "is", not a genitive (the words after it: data/rewrite_words.tsv).
_WORDS = word_lists("rewrite_words.tsv")
_AFTER_CONTRACTION, _OBJECTS = ("|".join(_WORDS[key]) for key in ("en.contracted_before", "en.participle_objects"))
CONTRACTED = regex.compile(rf"['’]s[^\S\n]+(?:{_AFTER_CONTRACTION}|\p{{Ll}}+ed[^\S\n]+(?:{_OBJECTS}))\b")
# Markdown's emphasis inside a name's span: the markers right before and after it go with it.
EMPHASIS_MARKS = "*_"
EMPHASIS = regex.compile(r"[*_]")


def _possessive(hit: OptoutHit) -> bool:
    return hit.rule == "genitive" or hit.text[-2:-1] in ("'", "’") and hit.text[-1:] in ("s", "S")


def pieces_of(text: str, hits: Sequence[OptoutHit], grammar: Grammar) -> list[Piece]:
    """The text's pieces, each hit one name piece; titles before a name and hashtags built on a matched name
    count as part of it."""
    spans: list[list] = []
    for h in sorted(hits, key=lambda h: (h.start, -h.end)):
        if spans and h.start < spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], h.end)
            spans[-1][2] += h.person_ids
            spans[-1][3] |= _possessive(h)
            spans[-1][4] |= h.rule == "declined"
        else:
            spans.append([h.start, h.end, h.person_ids, _possessive(h), h.rule == "declined"])
    pieces: list[Piece] = []
    pos = 0
    for start, end, persons, genitive, declined in spans:
        if genitive and CONTRACTED.match(text, end - 2):
            end, genitive = end - 2, False  # "Sandro's been coming": "has", no genitive; the "'s" stays
        if text[start] not in "@#" and (joined := DOUBLE_BARRELLED.match(text, end)):
            end = joined.end()  # "Sophie Krüger-Hahn" goes whole, not leaving "Hahn"
        inside = EMPHASIS.search(text, start, end)  # "**Lena** Hansen", "Lena **Hansen**", "_Merle Thiessen_"
        wrapped = start and end < len(text) and text[start - 1] == text[end] and text[end] in EMPHASIS_MARKS
        if text[start] not in "@#" and (inside or wrapped):  # a handle's or hashtag's "_" is its own
            while start > 0 and text[start - 1] in EMPHASIS_MARKS:  # the markers go with the name
                start -= 1
            while end < len(text) and text[end] in EMPHASIS_MARKS:
                end += 1
        for link in LINK.finditer(text, max(0, start - MAX_LINK), min(len(text), end + MAX_LINK)):
            if link.start() <= start and end <= link.end():
                start, end = link.span()  # "anna-schmidt.de", "www.annaschmidt.com/about" go whole, not leaving "De"
        pieces += [Piece(m.group()) for m in PIECE.finditer(text[pos:start])]
        pieces.append(Piece(text[start:end], tuple(dict.fromkeys(persons)), genitive, declined))
        pos = end
    pieces += [Piece(m.group()) for m in PIECE.finditer(text[pos:])]
    absorb_titles(pieces, grammar)
    _name_hashtags(pieces, hits)
    return pieces


MIN_TAG_PART = 4  # shorter name parts ("Tim", "Ali") are inside too many ordinary hashtags
ADJECTIVAL_SURNAMES = tuple(_WORDS["pl.adjectival_surnames"])
NOT_ALNUM = regex.compile(r"[^\p{L}\p{N}]")
NAME_PARTS = regex.compile(r"[\s._'’-]+")


def _dictionary_word(body: str) -> bool:
    """A German noun of the dictionary or an everyday word of German or English ("sommerfest", "rosegarden")."""
    return body.capitalize() in noun_articles() or any(
        word_anywhere(body, lang, EVERYDAY_ZIPF) for lang in ("de", "en")
    )


def _trade_word(part: str) -> bool:
    """A part of a handle that names a trade, no person ("@vanessa.muc.makeup", "@lena.photo"): a hashtag with it
    ("#bridalmakeup") is no hashtag of the person's."""
    folded = part.casefold()
    return _dictionary_word(folded) and folded not in given_names() and folded not in surnames()


def _folded(text: str, mode: str = "plain") -> str:
    """Letters and digits only, casefolded, without accents ("Zieliński" -> "zielinski"; "Müller" -> "muller", or
    in mode "e" "mueller")."""
    return NOT_ALNUM.sub("", fold(text, mode))


def _tag_parts(name: str) -> set[str]:
    """How a hashtag may write a part of a matched name: with or without its accents, and a Polish adjectival
    surname, in whichever case the text has it, by the stem all its forms share ("Zieliński", "Zielińskim":
    "#zielinscy2024", "#slubzielinskich")."""
    found = {_folded(name, mode) for mode in MODES}
    for form in (name, *name_bases(name.casefold(), "pl")):
        found |= {part[:-2] for mode in MODES if (part := _folded(form, mode)).endswith(ADJECTIVAL_SURNAMES)}
    return {part for part in found if len(part) >= MIN_TAG_PART}


def _name_hashtags(pieces: list[Piece], hits: Sequence[OptoutHit]) -> None:
    """A hashtag built on a matched name goes with it: "#lenaundtim2023", "#teamcharlotte", "#beckerwedding",
    "#zielinscy2024"; not one that is a word of its own ("#sommerfest" beside a listed Julia Sommer, "#vogtland").
    Where the matcher takes such a hashtag for the person, it is a name itself and goes as one."""
    parts = {
        tag: h.person_ids
        for h in hits
        for name_part in NAME_PARTS.split(h.text.lstrip("@#"))
        if not (h.text.startswith("@") and _trade_word(name_part))
        for tag in _tag_parts(name_part)
    }
    for p in pieces:
        if p.text.startswith("#") and not p.is_name:
            bodies = {_folded(p.text, mode) for mode in MODES}
            named = (
                ids
                for part, ids in parts.items()
                for body in bodies
                if part in body and (part == body or not _dictionary_word(body))
            )
            p.persons = next(named, ())


def neighbour(pieces: Sequence[Piece], i: int | None, step: int) -> int | None:
    """The next piece that is not white space, within the line."""
    if i is None:
        return None
    j, end = i + step, len(pieces)
    while 0 <= j < end and not pieces[j].text.strip() and pieces[j].text != "\n":  # `is_space`, inlined: it runs
        j += step  # for every word beside every name
    return j if 0 <= j < end and pieces[j].text != "\n" else None


def kept_before(pieces: Sequence[Piece], i: int) -> int | None:
    """The piece before piece i on its line that an edit has not removed."""
    j = neighbour(pieces, i, -1)
    while j is not None and pieces[j].removed:
        j = neighbour(pieces, j, -1)
    return j


def _word_before(pieces: Sequence[Piece], i: int) -> int | None:
    """The piece that starts the word before piece i on its line: "Dr" of "Dr" "." (two pieces)."""
    j = neighbour(pieces, i, -1)
    if j is not None and pieces[j].text == "." and j > 0 and not pieces[j - 1].is_space:
        return j - 1
    return j


def _word(pieces: Sequence[Piece], i: int) -> str:
    return "".join(p.text for p in pieces[i : i + 2] if p.text in (pieces[i].text, ".")).casefold().rstrip(".")


FAMILY_WORDS = frozenset(word for _, word in FAMILY_TITLES)


def absorb_titles(pieces: list[Piece], grammar: Grammar) -> None:
    """Titles and particles go with the name they stand before: "Prof. Lena Vogt", "Frau Dr. Lorenz", "Mr. and Mrs.
    X", "Herrn v. Berg"; after a possessive or article a title is a role noun and stays ("Meine Frau Lena" -> "Meine
    Frau"), but for the article Italian, Spanish and French write before a title, which goes with it ("La Sra.
    Herrera", "le Dr Mercier"); a family's stays ("à la famille Lefèvre" -> "à la famille")."""
    titles = frozenset(t.rstrip(".") for t in grammar.titles)
    # a title the list writes only with its period needs it: "Mag. Pichler", but "Ich mag Andi"
    dotted = titles - grammar.titles
    for i in range(len(pieces) - 1, -1, -1):
        if not pieces[i].is_name:
            continue
        first = i
        while (j := _word_before(pieces, first)) is not None and not pieces[j].is_name:
            word = _word(pieces, j)
            before = _word(pieces, k) if (k := _word_before(pieces, j)) is not None else ""
            article = before in grammar.title_articles and word not in FAMILY_WORDS  # "à la famille" stays
            # after a determiner and an adjective, a family word is a noun: "die ganze Familie Böhm" (a title with an
            # adjective may still go with the name)
            adjective = (
                word in FAMILY_WORDS
                and k is not None
                and pieces[k].text.islower()
                and _determiner_before(pieces, k, grammar)
            )
            determined = (before in grammar.determiners or adjective) and not article
            # a title in lowercase where it is no English word ("beste mevrouw De Vries"; "We miss Jonas")
            period = j + 1 < len(pieces) and pieces[j + 1].text == "."
            lowercase_ok = pieces[j].text[:1].isupper() or word not in english_words()
            if word in titles and (period or word not in dotted) and not determined and lowercase_ok:
                start = k if article and k is not None else j
            elif word in PARTICLES and (k := _title_before_particles(pieces, j, titles)) is not None:
                start = k  # "Herrn von Berg", "Herrn v. d. Heide"; not "Boda de Marco"
            elif word in grammar.connectors and word != "," and (k := _word_before(pieces, j)) is not None:
                if _word(pieces, k) not in titles:
                    break
                start = k
            else:
                break
            for k in range(start, first):
                pieces[k].persons = pieces[i].persons
            first = start
        j = _word_before(pieces, first) if first == i else None  # no title went with the name
        if j is not None and j > 0 and pieces[j].text in "'’" and pieces[j - 1].text.casefold() == "d":
            j, word = j - 1, "d'"  # "a d'Vreni": the "d'" of Swiss and Bavarian is "die"
        else:
            word = _word(pieces, j) if j is not None else ""
        # a comma before the article makes it a relative pronoun, but after an interjection ("Mei, der Sepp war da")
        comma = j is not None and (k := _word_before(pieces, j)) is not None and pieces[k].text == ","
        comma = comma and not ((h := _word_before(pieces, k)) is not None and _word(pieces, h) in grammar.interjections)
        if (
            j is not None
            and word in grammar.name_articles
            and _first_name(pieces[i].text, word)
            and not comma
            and not _conjunction(pieces, j, i)
        ):
            for k in range(j, i):  # "Der Jürgen war nicht zu halten", "con la Giulia", "da Sepp"; not a relative
                pieces[k].persons = pieces[i].persons  # pronoun: "Restaurants, die Matteo nicht mal anschauen würde"
        elif word in grammar.fond_titles:
            owner = _word_before(pieces, j)  # "my little Oisín": the little one stays with its owner
            if owner is None or _word(pieces, owner) not in grammar.determiners:
                pieces[j].persons = pieces[i].persons  # "Little Oisín's first shoot" -> "The first shoot"


def _conjunction(pieces: Sequence[Piece], j: int, i: int) -> bool:
    """Is the "da" at piece j before the name at piece i German "since", not Bavarian "der"? It is where it opens
    its sentence and no verb of what people are or do follows the name ("Da Anna krank war, ..."; "Da Basti war
    heiser" is Bavarian)."""
    if _word(pieces, j) != "da" or ((k := neighbour(pieces, j, -1)) is not None and pieces[k].text not in ".!?…"):
        return False
    after = neighbour(pieces, i, 1)
    return after is None or pieces[after].text.casefold() not in person_cues("doings")


def _determiner_before(pieces: Sequence[Piece], i: int, grammar: Grammar) -> bool:
    return (j := _word_before(pieces, i)) is not None and _word(pieces, j) in grammar.determiners


def _first_name(text: str, article: str) -> bool:
    """Does the name's text open with a first name ("Jürgen", "Giulia Rossi"), or end with one where Bavarian and
    Austrian captions put the surname first ("der Kerscher Sepp"), or is it one word of letters as a short form is
    ("da Luki", "dem Hias"), not a family's after a plural's article ("die Müllers", "den Meiers")?"""
    words = text.split()
    return bool(words) and (
        words[0].casefold() in given_names()
        or len(words) > 1
        and words[-1].casefold() in given_names()
        or len(words) == 1
        and text.isalpha()  # not a product's name: "den Lena-Chai"
        and not (text.endswith("s") and article in FAMILY_ARTICLES)
    )


def _title_before_particles(pieces: Sequence[Piece], j: int, titles: frozenset[str]) -> int | None:
    """The title before the particles that end at piece j, if one stands there."""
    k: int | None = j
    while k is not None and _word(pieces, k) in PARTICLES:
        k = _word_before(pieces, k)
    return k if k is not None and _word(pieces, k) in titles else None


def groups(pieces: Sequence[Piece], grammar: Grammar) -> list[list[int]]:
    """Runs of names joined only by connectors, each maybe with a bracket after it: "@x und Anna" is one group of
    two, and so is "Karin (Vorsitzende) und Jürgen (Kassenwart)"."""
    found: list[list[int]] = []
    i = 0
    while i < len(pieces):
        if pieces[i].is_name:
            group, j = [i], i
            while True:
                c = neighbour(pieces, j, 1)
                if c is not None and pieces[c].is_name:  # the pieces of one name: "Mrs." "Okafor"
                    group.append(c)
                    j = c
                    continue
                if (close := bracket_end(pieces, c)) is not None:
                    c = neighbour(pieces, close, 1)
                n = neighbour(pieces, c, 1)
                if c is None or n is None or pieces[c].text.casefold() not in grammar.connectors:
                    break
                if not pieces[n].is_name or pieces[c].text == "," and _opens_clause(pieces, n, grammar):
                    break
                group.append(n)
                j = n
            found.append(group)
            i = group[-1] + 1
        else:
            i += 1
    return found


def _opens_clause(pieces: Sequence[Piece], i: int, grammar: Grammar) -> bool:
    """Does the name at piece i, after a comma, go on with a lowercase word that neither joins nor leads another
    name: its verb ("Zwei Tore von Noah K., Emmi hält alles!")? Then it opens a clause of its own, no member of
    the names before."""
    while (j := neighbour(pieces, i, 1)) is not None and pieces[j].is_name:
        i = j
    t = pieces[j].text if j is not None else ""
    return t.isalpha() and t.islower() and t not in grammar.connectors | grammar.leads | grammar.every_preposition


def bracket_end(pieces: Sequence[Piece], i: int | None) -> int | None:
    """The closing bracket of a bracket opening at piece i, on its line."""
    if i is None or pieces[i].text != "(":
        return None
    for k in range(i + 1, len(pieces)):
        if pieces[k].text in (")", "\n"):
            return k if pieces[k].text == ")" else None
    return None


def drop(pieces: list[Piece], start: int, end: int) -> None:
    for i in range(start, end + 1):
        pieces[i].removed = not pieces[i].is_space
