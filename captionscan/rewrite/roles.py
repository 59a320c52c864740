"""The role a group of names plays in its sentence, told by rules over the words around it (no parser): what a
rewrite may do with it. Subjects and objects need a word in their place; prepositional phrases, vocatives,
appositions and credits can go; a list closes up around its other members."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import regex

from captionscan.data import english_words, first_name_word, in_every_language, noun_articles, word_lists
from captionscan.rewrite.grammar import (
    ARTICLES,
    CREDIT_MARKS,
    FAMILY_ARTICLES,
    LOCATIVES,
    PLACE_ENDS,
    PLAIN_FAMILY_ARTICLES,
    RANK_MARKS,
    REPLIES,
    Grammar,
    head_article,
    lead_language,
)
from captionscan.rewrite.pieces import FAMILY_WORDS, Piece, bracket_end, neighbour
from captionscan.rewrite.tidy import QUOTE_MARKS

SENTENCE_ENDS = frozenset(".!?:–—-|•")
CLAUSE_ENDS = SENTENCE_ENDS | {",", ";"}
GLUED = regex.compile(r"[\p{So}\p{Sk}\p{Extended_Pictographic}\uFE0F\u200D]+")  # an emoji with no space before it
MAX_ITEM_WORDS = 3
EXCLAIMED = frozenset({"!", "!!", "!!!"})
DASHES = frozenset("–—-")  # between a name and its result in a list: "Klara Weiß – Distinction"
QUOTES = QUOTE_MARKS | frozenset("'‹›()[]")  # a line a quotation or a bracket opens is no roster's
MINUTE_MARKS = frozenset("'’′")  # after a number, a goal's minute: "Yılmaz 12'"
COUNT = regex.compile(r"\d{1,2}")  # goals, points, a shirt's number after a name in a list
# "14 Uhr", "14:30", "2pm"; not "9 am Klavier"
TIME = regex.compile(
    r"\b\d{1,2}(?:[:.]\d{2})?\s*(?:uhr|h)\b|\b\d{1,2}:\d{2}\b|\b\d{1,2}\s*[ap]\.?m\b\.?(?!\s*\p{L})", regex.I
)
MAX_ADJECTIVES = 2  # between an article and the noun a name stands after: "Unsere liebe neue Kollegin Jule"


@dataclass
class Role:
    kind: str  # hashtag, repeated, alone, titled, genitive, shared_genitive, vocative, apposition, list,
    # prepositional, subject, object, start, other
    with_name: list[int] = field(default_factory=list)  # pieces that go with the name: its lead, commas, brackets
    lead: int | None = None  # the preposition before it, the role noun a titled name stands after, or the other
    # owner of a shared genitive
    noun: int | None = None  # what a genitive name possesses
    referred: bool = False  # a pronoun later in the text may refer to the person
    relative: bool = False  # a relative clause follows the name: "Dr. Solberg, die nach Oslo geht"
    needed: bool = False  # the sentence needs a word in the name's place
    article_at: int | None = None  # an English role noun opening the sentence without its article
    span: tuple[int, int] = (0, 0)  # a list's first and last piece
    kept: list[tuple[int, int]] = field(default_factory=list)  # a list's other members, first and last piece
    gone: list[list[int]] = field(default_factory=list)  # a list's redacted members (groups)
    conjunction: str | None = None  # the word before a list's last member: "und", "and", "&"
    again: bool = False  # the text named the person before: a pronoun may stand for them
    owner: list[int] = field(default_factory=list)  # a possessive before the name, which goes in every strategy


# German finite verbs of a third person: "ist", "steht", "erzielte", and those without a "t" ("wird", "kann")
FINITE = regex.compile(r"te?$|^(?:wird|kann|muss|will|soll|darf|mag)$")
ADJECTIVE = regex.compile(r"(?:e|en|er|es|em)$")  # German adjective endings: "die schöne Torte"
AGE_WORDS = frozenset(word_lists("rewrite_words.tsv")["age_words"])


def _text(pieces: Sequence[Piece], i: int | None) -> str:
    return pieces[i].original.casefold() if i is not None else ""


def starts_sentence(pieces: Sequence[Piece], prev: int | None) -> bool:
    """No word before on the line, or a sentence end, a colon or an emoji; also after a quotation mark that opens
    a sentence so (' ⭐⭐⭐⭐⭐ "A client was nervous', not '"a client'), after one that closes a quotation only where
    a sentence ended in it ('„Fermentieren für Einsteiger“ mit Dr. Vogt im Hinterzimmer' -> '... Einsteiger“ im')."""
    if prev is None:
        return True
    t = pieces[prev].text
    if t and all(c in QUOTE_MARKS for c in t):  # an opening mark has a space before it; a closing one ends words
        before = neighbour(pieces, prev, -1)
        if prev == 0 or not pieces[prev - 1].text.strip():
            return starts_sentence(pieces, before)
        return before is not None and pieces[before].text[-1:] in ".!?"  # '„... gemacht.“ Das Double-Double
    return t in SENTENCE_ENDS or not any(c.isalnum() or c in ",;&+/()'’\"" for c in t)


def _word(pieces: Sequence[Piece], i: int | None, grammar: Grammar) -> bool:
    """A word that can be (part of) a list member other than a redacted name: capitalised, a handle, or "ich",
    "I"."""
    if i is None or pieces[i].is_name:
        return False
    t = pieces[i].text
    folded = t.casefold()
    if folded in grammar.self or t[:1] == "@" and len(t) > 1:
        return True
    return (
        t[:1].isupper()
        and t[:1].isalpha()
        and folded not in grammar.leads | grammar.titles | grammar.roles | grammar.function | grammar.connectors
    )


def _thanked_again(
    pieces: Sequence[Piece], joiner: int | None, nxt: int | None, named: Sequence[list[int]], grammar: Grammar
) -> bool:
    """Is the name the second of a thanks in two parallel phrases ("Danke Lukas fürs Organisieren und Nadine fürs
    Backen", "Thanks Tom for the cake and Mia for the flowers")? An "and" before it, a preposition after it, and
    earlier in the sentence a word of thanks right before another name that the same preposition follows: the
    thanks address both, and both go."""
    word = _text(pieces, nxt)
    if _text(pieces, joiner) not in grammar.connectors - {","} or not (word.isalpha() and word.islower()):
        return False
    for group in named:
        first = group[0]
        if first >= (joiner or 0):
            break
        thanks, after = neighbour(pieces, first, -1), neighbour(pieces, _last(pieces, group), 1)
        if _text(pieces, thanks) in grammar.leads:
            thanks = neighbour(pieces, thanks, -1)  # "Danke an Lukas fürs ..."
        if _text(pieces, thanks) in grammar.addresses - {","} and _text(pieces, after) == word:  # no line-up's comma
            return not any(pieces[i].text in SENTENCE_ENDS for i in range(after, joiner))
    return False


def _shared_owner(pieces: Sequence[Piece], joiner: int | None, grammar: Grammar) -> bool:
    """Does piece `joiner` join a genitive name to one other owner, a word of a name ("Archie and Kim's"), not to
    the writer ("Me and Kim's") nor to the last of a longer list ("Finn, Paula und Tims")?"""
    owner = neighbour(pieces, joiner, -1)
    if _text(pieces, joiner) not in grammar.connectors - {","} or not _word(pieces, owner, grammar):
        return False
    if owner is not None and grammar.subjects and _german_compound(pieces[owner].text):
        return False  # German capitalises nouns: "Jonas' Familienshooting und Toms Babybauch" shares no owner
    before = neighbour(pieces, owner, -1)
    return _text(pieces, owner) not in grammar.self and _text(pieces, before) not in grammar.connectors


def _minute_end(pieces: Sequence[Piece], i: int | None) -> int | None:
    """The last piece of a goal's minute from piece i on ("12'", "90+2'"), else None."""
    if i is None or not COUNT.fullmatch(pieces[i].text):
        return None
    j = i + 2 if pieces[i + 1 : i + 2] and pieces[i + 1].text == "+" and pieces[i + 2 : i + 3] else i
    if j > i and not pieces[j].text.isdigit():
        return None
    return j + 1 if j + 1 < len(pieces) and pieces[j + 1].text in MINUTE_MARKS else None


def _exclamation(pieces: Sequence[Piece], nxt: int | None, grammar: Grammar) -> int | None:
    """The exclamation mark that ends the name's sentence, right after it or after a phrase that a preposition
    opens ("James from Dublin!"), else None."""
    i, words = nxt, 0
    if _text(pieces, i) not in grammar.prepositions and _text(pieces, i) not in EXCLAIMED:
        return None
    while i is not None and words <= MAX_ITEM_WORDS and not pieces[i].is_name:
        if pieces[i].text in EXCLAIMED:
            return i
        if pieces[i].text in SENTENCE_ENDS or pieces[i].text == ",":
            return None
        i, words = neighbour(pieces, i, 1), words + 1
    return None


def _headline(pieces: Sequence[Piece], colon: int, mark: int, grammar: Grammar) -> bool:
    """Do two words or more open the sentence before this colon, a headline that presents the name after it ("Neu
    im Team: Fran! 👋 Sie ...", "Welcome to the team: Tom! He ..."), and the post goes on after the name's
    exclamation mark? Not a label of one word ("Gewinnerin: Mia!"), nor one that needs the name ("Darf ich
    vorstellen:", "Say hello to:"), nor a post that only presents the person ("... Jule! 👋 #neuimteam")."""
    last = _text(pieces, neighbour(pieces, colon, -1))
    if last in grammar.presenting | grammar.prepositions or not any(p.text[:1].isalpha() for p in pieces[mark + 1 :]):
        return False
    words, i = 0, neighbour(pieces, colon, -1)
    while i is not None and not starts_sentence(pieces, i):
        words += pieces[i].text[:1].isalpha()
        i = neighbour(pieces, i, -1)
    return words + (i is not None and pieces[i].text[:1].isalpha()) >= 2


def _joined_phrase(pieces: Sequence[Piece], joiner: int | None, grammar: Grammar) -> bool:
    """Does a connector after the name join a noun phrase with its article or possessive to it ("an Lena und das
    ganze Team", "to Yusi and his coach"), or everyone ("to Coach Nolan and everyone on the bank"), which keeps the
    lead once the name and the connector go?"""
    after = _text(pieces, neighbour(pieces, joiner, 1))
    joined = grammar.articles | grammar.determiners | grammar.everyone
    return _text(pieces, joiner) in grammar.connectors - {","} and after in joined


def _in_sentence(pieces: Sequence[Piece], i: int | None, step: int, word: str) -> bool:
    """Does casefolded `word` stand after piece i (`step` 1) or before it (-1), up to its sentence's or line's end?"""
    j = neighbour(pieces, i, step)
    while j is not None and pieces[j].text not in SENTENCE_ENDS and "\n" not in pieces[j].text:
        if _text(pieces, j) == word:
            return True
        j = neighbour(pieces, j, step)
    return False


def _dashed_item_end(pieces: Sequence[Piece], dash: int | None) -> int | None:
    """The last word of what a dash after a name gives it, where a list pairs names and results so ("Klara Weiß –
    Distinction, Paulina – Merit"): the words up to the comma or the sentence's end, where every item of the list
    has one dash (a line-up's "Schumacher – Berisha, Wittkowski, Lange – Reuter" has items without one)."""
    if dash is None or pieces[dash].text not in DASHES:
        return None
    end, i, words = None, neighbour(pieces, dash, 1), 0
    while i is not None and pieces[i].text != "," and pieces[i].text not in SENTENCE_ENDS:
        if pieces[i].is_name or words == MAX_ITEM_WORDS:
            return None
        end, i, words = i, neighbour(pieces, i, 1), words + 1
    return end if end is not None and _dashed_list(pieces, dash) else None


def _dashed_list(pieces: Sequence[Piece], dash: int) -> bool:
    """Has every comma-separated item of the line's sentence around this dash, two or more, one dash between
    words?"""
    ends = SENTENCE_ENDS - DASHES
    first = last = dash
    while first > 0 and pieces[first - 1].text not in ends and "\n" not in pieces[first - 1].text:
        first -= 1
    while last + 1 < len(pieces) and pieces[last + 1].text not in ends and "\n" not in pieces[last + 1].text:
        last += 1
    items: list[list[str]] = [[]]
    for p in pieces[first : last + 1]:
        if p.text == ",":
            items.append([])
        elif not p.is_space:
            items[-1].append(p.text)
    return len(items) > 1 and all(
        sum(t in DASHES for t in item) == 1 and item[0] not in DASHES and item[-1] not in DASHES for item in items
    )


def _last(pieces: Sequence[Piece], group: list[int]) -> int:
    """The last piece of a name with the bracket after it ("Daniel (lighting)", "Merel (7)"), the count a list gives
    it ("Goals: Jake Hill 2, Hughes") or the emoji glued to it ("Annina🌷 e Sofia 🌿"): they go with the name; a
    bracket with a time is the event's ("(Mo, 14 Uhr)")."""
    opening = neighbour(pieces, group[-1], 1)
    close = bracket_end(pieces, opening)
    timed = close is not None and TIME.search("".join(p.text for p in pieces[opening:close]))
    last = close if close is not None and not timed else group[-1]
    after = neighbour(pieces, opening, 1)
    if close is None and COUNT.fullmatch(_text(pieces, opening)) and (after is None or _text(pieces, after) == ","):
        last = opening
    elif close is None and (minute := _minute_end(pieces, opening)) is not None:
        last = minute  # "Tore: Yılmaz 12', Nowak 67'": the minute of the goal
    elif close is None and (result := _dashed_item_end(pieces, opening)) is not None:
        last = result  # "Klara Weiß – Distinction, Paulina – Merit": the name's result
    while last + 1 < len(pieces) and GLUED.fullmatch(pieces[last + 1].text):
        last += 1
    return last


def _surname_role(pieces: Sequence[Piece], ends: list[int], j: int, step: int) -> bool:
    """A capitalised word after a first name is its surname, though a role noun ("Marta König", "Jan Koch")."""
    return step > 0 and len(ends) == 1 and capitalised(pieces, j) and first_name_word(pieces[ends[0]].text.casefold())


def _item(pieces: Sequence[Piece], i: int, step: int, grammar: Grammar) -> tuple[int, int] | None:
    """A kept list member starting at piece i, read in direction `step`: up to three capitalised words and a
    bracket after them ("Rosa (styling)")."""
    if step < 0 and pieces[i].text == ")":
        while i is not None and pieces[i].text != "(":
            i = neighbour(pieces, i, -1)
        i = neighbour(pieces, i, -1)
        end_bracket = True
    else:
        end_bracket = False
    # a title or a role noun opens one: "Mit Herr Nowak und Frau Demir", "mit Yusuf, Finn und Trainer Marco Rossi"
    titled = (
        step > 0
        and _text(pieces, i) in grammar.titles | grammar.roles
        and _word(pieces, neighbour(pieces, i, 1), grammar)
    )
    # "com o Chico, a Carol e o Diogo": an article before a first name opens its member, read either way
    articled = step > 0 and _text(pieces, i) in grammar.name_articles and _first_named(pieces, neighbour(pieces, i, 1))
    if not (_word(pieces, i, grammar) or titled or articled):  # "Mit Herr Nowak und Frau Demir": a title opens one
        return None
    if (
        step < 0
        and _first_named(pieces, i)
        and _text(pieces, article := neighbour(pieces, i, -1)) in grammar.name_articles
    ):
        return (article, i)
    if pieces[i].text.casefold() in grammar.self:
        return (i, i)
    ends = [i, neighbour(pieces, i, 1)] if titled or articled else [i]
    for _ in range(MAX_ITEM_WORDS - 1):
        j = neighbour(pieces, ends[-1], step)
        if (
            j is None
            or not (_word(pieces, j, grammar) or _surname_role(pieces, ends, j, step))
            or abs(j - ends[-1]) != 2
        ):
            break
        ends.append(j)
    first, last = min(ends), max(ends)
    if step > 0 or end_bracket:
        last = bracket_end(pieces, neighbour(pieces, last, 1)) or last
    after = neighbour(pieces, last, 1)
    if step > 0 and _text(pieces, after) in grammar.every_preposition and _named(pieces, neighbour(pieces, after, 1)):
        return None  # a clause of its own: "Gold für Stefan und Maria, Silber für Björn"
    if pieces[max(ends)].text.casefold() in PLACE_ENDS:
        return None  # a place after the names: "Aoife & Pádraig, Ballynahinch Castle"
    return first, last


def _first_named(pieces: Sequence[Piece], i: int | None) -> bool:
    """Is piece i a capitalised first name ("Carol", "Chico")?"""
    return capitalised(pieces, i) and first_name_word(pieces[i].text.casefold())


def _named(pieces: Sequence[Piece], i: int | None) -> bool:
    return i is not None and pieces[i].is_name


def _list(pieces: Sequence[Piece], group: list[int], named: list[list[int]], grammar: Grammar, role: Role) -> bool:
    """Fill in `role` as a list when the group is joined to other members by connectors; True if it is. The last
    item of a line-up is none ("Korbi an den Drums und Vali am Mikro": not "Drums und Vali")."""
    joiner = neighbour(pieces, group[0], -1)
    first = _item_before(pieces, joiner, grammar)
    if (
        first is not None
        and pieces[first].is_name
        and _parallel_after(pieces, joiner, neighbour(pieces, _last(pieces, group), 1), grammar)
    ):
        return False
    members: list[tuple[int, int, list[int] | None]] = [(group[0], _last(pieces, group), group)]
    conjunction = None
    for step in (1, -1):
        while True:
            edge = members[-1][1] if step > 0 else members[0][0]
            c = neighbour(pieces, edge, step)
            n = neighbour(pieces, c, step)
            if c is None or n is None or _text(pieces, c) not in grammar.connectors:
                break
            slash = _text(pieces, c) == "/"
            if slash and step < 0 and _text(pieces, neighbour(pieces, members[0][0], -1)) == ":":
                break  # "Foto: Lena / Video: Tom": labelled credits, no list
            if pieces[n].is_name:
                found = next((g for g in named if n in g), None)
                if found is None:
                    break
                item = (found[0], _last(pieces, found), found)
            elif (kept := _item(pieces, n, step, grammar)) is not None:
                item = (kept[0], kept[1], None)
            else:
                break
            if slash and step > 0 and _text(pieces, neighbour(pieces, item[1], 1)) == ":":
                break  # "... / Video: Tom": a label, no member
            if _text(pieces, c) != "," and (step > 0 or conjunction is None):
                conjunction = pieces[c].text if step > 0 or conjunction is None else conjunction
            members = [*members, item] if step > 0 else [item, *members]
    inside = {i for a, b, g in members if g is None for i in range(a, b + 1)}
    words = [i for i in range(members[0][0], members[-1][1] + 1) if i not in inside and not pieces[i].is_space]
    joins = [pieces[i].text for i in words if _text(pieces, i) in grammar.connectors - {","}]
    conjunction = joins[-1] if joins else conjunction
    kept = [(a, b) for a, b, g in members if g is None]
    if not kept or not joins and len(members) < 3:  # "Glückwunsch, Lena!" is no list
        return False
    prev, nxt = neighbour(pieces, members[0][0], -1), neighbour(pieces, members[-1][1], 1)
    while nxt is not None and pieces[nxt].is_name:  # a kept member's surname, a couple's: "Lena und Jonas Vogt"
        nxt = neighbour(pieces, nxt, 1)
    # "bindet live Brautsträuße und Vanessa schminkt euch": a German noun and a name before a verb are two clauses,
    # the name the subject of its own ("der Wahnsinn und Steff hat uns ..." -> "und ein Mitarbeiter hat uns ...")
    before = len(kept) == 1 and kept[0][0] < group[0]  # "Noemi und Flocke haben ...": one subject of two
    if grammar.subjects and before and _noun_not_name(pieces, kept[0]) and _verb_after(pieces, nxt, grammar):
        return False
    role.kind, role.span, role.kept, role.conjunction = "list", (members[0][0], members[-1][1]), kept, conjunction
    role.gone = [g for _, _, g in members if g is not None]
    role.lead = prev if _text(pieces, prev) in grammar.leads else None
    # the list opens its sentence or a clause ("..., und Tim und X zeigen")
    opens = starts_sentence(pieces, prev) or _text(pieces, prev) in grammar.clause_joiners
    subject = opens and likely_verb(pieces, nxt, grammar) or _inverted_list(pieces, members[0][0], prev, grammar)
    selfish = all(pieces[a].text.casefold() in grammar.self for a, _ in kept)  # "Lena und ich", not "Tim und ich"
    referred = _plural_after(pieces, nxt, grammar)
    # "Brandon & Kayla's elopement" -> "Kayla's elopement": the kept last member owns what follows, alone; else
    # "Congrats to a friend and Sarah on ..."
    owned = len(members) == 2 and members[-1][2] is None and pieces[members[-1][0]].text.endswith(("'s", "’s"))
    role.needed = not owned and (selfish or (subject or referred) and len(kept) == 1)
    return True


def _fronted(pieces: Sequence[Piece], lead: int | None, nxt: int | None, grammar: Grammar) -> bool:
    """Does the phrase the `lead` opens open its sentence, before the verb ("Dank Dr. Weiß konnten wir ...",
    "Dzięki Łukaszowi mamy ...") or before a comma and the rest of it ("Grâce à Gaëlle, les photos ...")? Without it
    the sentence would start with the verb, or the comma follow nothing."""
    if _text(pieces, nxt) == "," and _main_clause(pieces, lead, grammar):
        return True  # not after thanks: "Grazie Marco, i tuoi fiori ..." -> "Grazie, i tuoi fiori ..."
    before = neighbour(pieces, lead, -1)
    if _text(pieces, before) in grammar.together_words:  # "Zusammen mit @sophie.backt gibt's ..."
        before = neighbour(pieces, before, -1)
    return (
        starts_sentence(pieces, before)
        and likely_verb(pieces, nxt, grammar)
        and _text(pieces, nxt) not in grammar.every_preposition
    )


def _phrase_opens(pieces: Sequence[Piece], lead: int | None, grammar: Grammar) -> bool:
    """Does the phrase of the lead open its sentence, the lead alone ("Avec Léa, ...") or after another that makes
    one preposition with it ("Grâce à Léa, ...")?"""
    before = neighbour(pieces, lead, -1)
    if starts_sentence(pieces, before):
        return True
    return _text(pieces, before) in grammar.leads and starts_sentence(pieces, neighbour(pieces, before, -1))


def _plural_after(pieces: Sequence[Piece], i: int | None, grammar: Grammar) -> bool:
    """Does a pronoun of the third person plural ("their", "hun") stand between piece `i` and its sentence's end?"""
    for p in pieces[i:] if i is not None else ():
        if p.text in SENTENCE_ENDS or "\n" in p.text:
            return False
        if p.text.casefold() in grammar.plural:
            return True
    return False


def _relative(words: Sequence[str], grammar: Grammar) -> bool:
    """Do the words after a name open a relative clause? A word that is also an article does only where no noun
    follows it, also after an adjective: ", die heute in der Reha sind", not ", die (schöne) Torte war super"."""
    if not words or words[0].casefold() not in grammar.relatives:
        return False
    if words[0].casefold() not in ARTICLES:
        return True
    noun = len(words) > 1 and words[1][:1].isupper()
    described = (  # an adjective, not the article of the clause's object: ", der die Tombola organisiert hat",
        # ", die unserem Kinderchor Noten spendiert hat"
        len(words) > 2
        and words[1].casefold() not in ARTICLES | grammar.determiners
        and ADJECTIVE.search(words[1]) is not None
        and words[2][:1].isupper()
    )
    return not (noun or described)


def _from_somewhere(pieces: Sequence[Piece], i: int | None, grammar: Grammar) -> bool:
    """Does a phrase of a preposition and capitalised words, an article between them or not, lead from piece `i`
    to a verb or to "and" and a pronoun that refers back ("Lena aus Köln hat uns besucht", "Frau Hoffmann aus dem
    Seniorenheim hat ...", "Tom from Leeds brought ...", "Priya at @brow.studio is ...", "Lena aus Köln und ihr
    Mann haben ...")? Then the name before it is the verb's subject: without it the sentence would have none."""
    if _text(pieces, i) not in grammar.prepositions | grammar.not_verbs - grammar.connectors:
        return False
    j = neighbour(pieces, i, 1)
    if _text(pieces, j) in grammar.articles | grammar.determiners:
        j = neighbour(pieces, j, 1)
    words = 0
    while (
        words < MAX_ITEM_WORDS
        and (capitalised(pieces, j) or _class_name(pieces, j) or _text(pieces, j)[:1] == "@")
        and not pieces[j].is_name
    ):
        j, words = neighbour(pieces, j, 1), words + 1
        if _text(pieces, j) in grammar.not_verbs - grammar.connectors and capitalised(pieces, neighbour(pieces, j, 1)):
            j = neighbour(pieces, j, 1)  # a name's "of": "from the University of Bristol gave ..."
    return words > 0 and (likely_verb(pieces, j, grammar) or _with_own(pieces, j, grammar))  # "und ihr Mann"


SCHOOL_CLASS = regex.compile(r"\d{1,2}\p{L}")  # "aus der 4a", "from 10C"


def _class_name(pieces: Sequence[Piece], i: int | None) -> bool:
    return i is not None and SCHOOL_CLASS.fullmatch(pieces[i].text) is not None


def likely_verb(pieces: Sequence[Piece], i: int | None, grammar: Grammar) -> bool:
    """A lowercase word that is no preposition or article: likely the verb after a subject ("Anna beim Grillen",
    "Anna at the lake" have none; French "Anna a marqué" has one)."""
    if i is None:
        return False
    t = pieces[i].text
    if t in ("'s", "’s"):  # "has" or "is" after a name that kept it (`pieces.CONTRACTED`): "Sandro's been coming"
        return True
    t = t[:-2] if t[-2:] in ("'s", "’s") else t  # German's verb with its "es": "Mit Lena gibt's Eis"
    return t[:1].islower() and t.isalpha() and t.casefold() not in grammar.not_verbs | LOCATIVES | ARTICLES


def clause_words(pieces: Sequence[Piece], i: int, step: int) -> list[str]:
    """The casefolded words of piece i's clause before it (`step` -1) or after it (1), nearest first; after it, an
    ordinal's period ends none ("zum 25. Jubiläum")."""
    words: list[str] = []
    j = neighbour(pieces, i, step)
    while j is not None and (
        pieces[j].text not in CLAUSE_ENDS or step > 0 and pieces[j].text == "." and words and words[-1].isdigit()
    ):
        words.append(pieces[j].text.casefold())
        j = neighbour(pieces, j, step)
    return words


def _inverted(pieces: Sequence[Piece], group: list[int], verb: int | None, grammar: Grammar) -> bool:
    """German: is the name right after its finite verb (FINITE: "ist", "erzielte", "wird") the subject, as nothing
    in its clause before that verb is ("Nach seiner Pause ist Oliver zurück", "Den Ehrentreffer erzielte Julia"; not
    "Wir gratulieren Julia")?"""
    if not _german_verb(pieces, verb, grammar) or not FINITE.search(pieces[verb].text):
        return False
    return grammar.object_case(clause_words(pieces, group[0], -1), clause_words(pieces, group[-1], 1)) == "nom"


def _german_verb(pieces: Sequence[Piece], i: int | None, grammar: Grammar) -> bool:
    """German (a grammar that knows its subjects): is piece i likely a verb, no preposition nor lead ("mit")?"""
    return bool(grammar.subjects) and _verb_after(pieces, i, grammar) and _text(pieces, i) not in grammar.leads


def _german_compound(word: str) -> bool:
    """Is the word a German noun by itself or by its last part, as Wiktionary has them ("Familienshooting": a
    "Shooting"), and no first name?"""
    if first_name_word(word.casefold()):
        return False
    return word in noun_articles() or head_article(word) is not None


def _noun_not_name(pieces: Sequence[Piece], item: tuple[int, int]) -> bool:
    """Is a list's kept item one word that German knows as a noun and no first name ("Brautsträuße")?"""
    word = pieces[item[0]].text
    return item[0] == item[1] and word in noun_articles() and not first_name_word(word.casefold())


def _inverted_list(pieces: Sequence[Piece], first: int, verb: int | None, grammar: Grammar) -> bool:
    """German: does a list stand right after its verb, or its object's pronoun, with no subject before it, as the
    subject ("Heute zeigen Tim und Lena eine Showeinlage", "Am Samstag zeigen euch Elif und Josi, wie ...")?"""
    if _text(pieces, verb) in grammar.object_pronouns:
        verb = neighbour(pieces, verb, -1)
    if not _german_verb(pieces, verb, grammar):
        return False
    if _text(pieces, neighbour(pieces, verb, -1)) in grammar.determiners:
        return False  # "ihre großen Brüder Mats und Ben": an adjective
    return grammar.object_case(clause_words(pieces, first, -1)) == "nom"


def _verb_after(pieces: Sequence[Piece], nxt: int | None, grammar: Grammar) -> bool:
    """Is the word after a name likely its verb, and no preposition ("Anna kommt", not "Anna über ...")?"""
    return likely_verb(pieces, nxt, grammar) and _text(pieces, nxt) not in grammar.prepositions


def role_of(
    pieces: Sequence[Piece],
    group: list[int],
    named: list[list[int]],
    grammar: Grammar,
    seen: set,
    genders: Sequence[str | None],
) -> Role:
    """The role of a group of names (piece indices) among all `named` groups; `seen` holds the persons named
    before."""
    persons = {pieces[i].persons for i in group if pieces[i].is_name}
    role = Role("other")
    if all(pieces[i].text.startswith("#") for i in group if pieces[i].is_name) and not _hashtag_led(
        pieces, group, grammar
    ):
        role.kind = "hashtag"
        return role
    later = [p.text for p in pieces[group[-1] + 1 :] if not p.is_space]
    # "Anna, who ...", also after a bracket: "Artie (82 years young!) who said ..."
    after = bracket_end(pieces, neighbour(pieces, group[-1], 1)) or group[-1]
    relative = _relative([p.text for p in pieces[after + 1 :] if not p.is_space and p.text != ","][:3], grammar)
    plural = len(genders) > 1 and _plural_after(pieces, group[-1] + 1, grammar)  # "Anna and Tom on their ..."
    role.referred = relative or plural or any(grammar.refers_back(later, g) for g in genders or [None])
    role.relative = relative
    last = _last(pieces, group)
    end = last if last > group[-1] else None
    prev, nxt = neighbour(pieces, group[0], -1), neighbour(pieces, last, 1)
    possessor = pieces[group[-1]].genitive and _possessed(pieces, nxt)
    if (names_only := _bracket_of_names(pieces, prev, grammar)) is not None:
        role.kind, role.with_name = "alone", [*role.with_name, *names_only]  # "Onze U16 (Elif, Şule) wordt derde"
        return role
    if _text(pieces, nxt) in FAMILY_WORDS and _text(pieces, prev) in grammar.determiners | ARTICLES:
        role.kind = "alone"  # "to the Schmitz family" -> "to the family": the family word says who without the name
        return role
    if (item := _credit_item(pieces, prev, nxt, grammar)) is not None:
        role.kind, role.with_name = "alone", [*role.with_name, *item]  # "Credits: Fotos Sophie Brandt, Kleid von ..."
        return role
    if (line := _roster_line(pieces, group[0], nxt, grammar)) is not None:
        role.kind, role.with_name = "alone", [*role.with_name, *line]  # "• Gareth Pryce for running the tombola"
        return role
    partner = [neighbour(pieces, nxt, 1)]
    if _text(pieces, prev) in grammar.couples and _text(pieces, nxt) in grammar.connectors - {","}:
        while len(partner) < MAX_ITEM_WORDS and capitalised(pieces, after := neighbour(pieces, partner[-1], 1)):
            partner.append(after)  # "Jonas Müller"
        if capitalised(pieces, partner[0]):  # "Das Brautpaar Lena & Tim hat ..." -> "Das Brautpaar hat ...": both
            role.kind, role.lead, role.with_name = "titled", prev, [*role.with_name, nxt, *partner]
            return role
    if _thanked_again(pieces, prev, nxt, named, grammar):
        role.kind = "vocative"  # "Danke Lukas fürs Organisieren und Nadine fürs Backen" -> "... und fürs Backen"
        return role
    # "Paula und Krzysieks Sohn Leo": no member; "Trainer Becker und Co-Trainer Lukas" keeps its title, no member
    titled = prev is not None and not pieces[prev].is_name and grammar.is_role(pieces[prev].text)
    if not possessor and not titled and _list(pieces, group, named, grammar, role):
        return role
    if end is not None:
        role.with_name += list(range(group[-1] + 1, end + 1))
    if _text(pieces, prev) in PLAIN_FAMILY_ARTICLES:  # "Les Le Goff ont fêté", "aux Martin": French families
        role.kind, role.lead = "family", prev
        return role
    for _ in range(2):  # "für unsere Lena", "per la nostra Giulia": the possessive says whose, and goes with her
        if prev is None or pieces[prev].is_name or _text(pieces, prev) not in grammar.determiners - ARTICLES:
            break
        role.owner.append(prev)
        prev = neighbour(pieces, prev, -1)
    if not role.owner and _heads_phrase(pieces, prev, grammar):
        role.kind, role.lead = "titled", prev  # "to our volunteer coordinator Jen", "by the incredibly talented @x"
        return role
    before = _text(pieces, prev)
    start = starts_sentence(pieces, prev)
    # Dutch "je", "u" address the name after them only after thanks: "Dank je Lotte", not "Heb je Lotte gezien?"
    thanked = before in grammar.thanked and _text(pieces, neighbour(pieces, prev, -1)) in grammar.addresses
    # "zeigen euch Elif und Josi, wie ...": after a verb, "euch" is its object, and the names after it its subject
    objected = (
        before in grammar.object_pronouns
        and _german_verb(pieces, neighbour(pieces, prev, -1), grammar)
        and not grammar.subjects & set(clause_words(pieces, prev, -1))  # "Wir danken euch Elif": thanked
    )
    addressed = (before in grammar.addresses or thanked) and not objected
    if pieces[group[-1]].genitive_suffix == "s" and before.casefold() in FAMILY_ARTICLES:
        role.kind, role.lead = "family", prev  # "The Ashworths are expecting", "mit den Müllers": no genitive
        return role
    if pieces[group[-1]].genitive_suffix == "s" and _text(pieces, nxt) in grammar.plural_verbs:
        role.kind = "family"  # "Thorntons are a rare breed": the family, no genitive
        return role
    if possessor:
        if _text(pieces, nxt) in grammar.roles and _word(pieces, neighbour(pieces, nxt, 1), grammar):
            role.kind, role.with_name = "alone", [*role.with_name, nxt]  # "Annas Tochter Mia" -> "Mia"
            return role
        if _shared_owner(pieces, prev, grammar):
            # "Archie and Kim's engagement party" -> "Archie's engagement party": the other owner takes the genitive
            role.kind, role.lead, role.with_name = (
                "shared_genitive",
                neighbour(pieces, prev, -1),
                [*role.with_name, prev],
            )
            return role
        role.kind, role.noun = "genitive", nxt
        if prev is not None and grammar.is_role(before):
            role.kind, role.lead = "titled", prev
            role.article_at = _opening_role(pieces, prev, grammar)
        return role
    role.again = persons <= seen
    # an account to reach goes with its preposition: "Termine über @emre.ink", "Book with her at @priya.studio or
    # through our site"; not a list of handles, which are people ("Proost op @sanne en @joost")
    after = neighbour(pieces, nxt, 1)
    listed = _text(pieces, nxt) in grammar.connectors and after is not None and pieces[after].is_name
    handles = all(pieces[i].text[:1] == "@" for i in group)
    if handles and (clause := _follow_clause(pieces, group, grammar)):
        role.kind, role.with_name = "alone", [*role.with_name, *clause]  # "Go follow @imogen for her next adventure"
        return role
    if handles and len(persons) == 1 and not listed and before in grammar.every_preposition - grammar.leads:
        role.kind, role.with_name = "alone", [*role.with_name, prev]
        if _text(pieces, nxt) in grammar.connectors - {","} and _text(pieces, after) in grammar.every_preposition:
            role.with_name.append(nxt)  # "Anmeldung über @chiara.yoga oder auf unserer Website": one way is left
        return role
    if role.again and not start and before in grammar.leads and _lead_again(pieces, prev, grammar):
        role.kind, role.lead, role.needed = "prepositional", prev, True  # "Merci à Camille pour ... et à ses témoins"
        return role  # keeps its phrase, parallel to the next: "Merci à la mariée pour sa confiance et à ses témoins"
    clause = before in grammar.subordinators and nxt is not None and pieces[nxt].text[:1].islower()
    # a clause after "and", "but" or a comma whose verb follows the name: "..., and Rin was right", "but Jamie got us
    # lost": a person named before is its subject, which stays
    joined = before in grammar.clause_joiners and _text(pieces, nxt) not in grammar.second
    if role.again and not start and joined and _verb_after(pieces, nxt, grammar):
        role.kind, role.needed = "subject", True
        return role
    if role.again and not start and not clause and _inverted(pieces, group, prev, grammar):
        role.kind, role.needed = "subject", True  # "Nach der Pause ist Oliver zurück" -> "ist er zurück"
        return role
    if role.again and not start and not clause:  # "..., dass Alex ab Montag leitet": its clause's subject stays
        role.kind = "repeated"
        if before in grammar.prepositions - grammar.leads and nxt is not None and pieces[nxt].text[:1].isalpha():
            role.kind, role.lead, role.needed = "prepositional", prev, True  # "Ohne Olga wären ...": "Ohne sie"
        elif before in grammar.leads and _joined_phrase(pieces, nxt, grammar):
            role.with_name.append(nxt)  # "Huge respect to Yusi and his coach" -> "Huge respect to his coach"
        elif before in grammar.salutations:
            role.with_name += _greeting(pieces, prev, nxt, grammar)  # "Alles Gute, lieber Dieter!" goes
        elif before in grammar.leads - grammar.addresses:
            # "mit" goes, "e" before "do Gonçalo" too; "Grazie Beppe!" thanks
            role.with_name += [prev, *_joiner_before(pieces, prev, grammar)]
        elif _between_commas(pieces, prev, nxt, grammar):
            role.with_name += [prev, nxt]  # addressed again: "Gracias, Bego, por confiar" -> "Gracias por confiar"
        return role
    if grammar.is_role(before) or _determined(pieces, prev, grammar):
        role.kind, role.lead = "titled", prev
        # "Coach Karim, thank you" -> "Coach, thank you": addressed, no article; but a list goes on after the comma
        if _text(pieces, nxt) != "," or _list_after(pieces, nxt, grammar):  # "Coach Karim, the players and ..."
            role.article_at = _opening_role(pieces, prev, grammar)
        if role.article_at is None and grammar.is_role(before):
            role.article_at = _clause_role(pieces, prev, nxt, grammar)
    elif before in grammar.leads and not pieces[prev].is_name and _fronted(pieces, prev, nxt, grammar):
        role.kind, role.lead, role.needed = "prepositional", prev, True  # "Dzięki Łukaszowi mamy": thanks to him
    elif before in grammar.salutations:
        role.kind = "vocative"  # "Ciao Giulia! Sei ..." -> "Sei ...": a greeting that was its own sentence goes whole
        role.with_name += _greeting(pieces, prev, nxt, grammar)
    elif before == ":" and (mark := _exclamation(pieces, nxt, grammar)) and _headline(pieces, prev, mark, grammar):
        # "Neu im Team: Fran! 👋" -> "Neu im Team! 👋", "Our guest: James from Dublin!" -> "Our guest from Dublin!"
        role.kind, role.with_name = "alone", [*role.with_name, prev]
    elif start and (ends := _exclaimed(pieces, nxt)):
        role.kind, role.with_name = "vocative", [*role.with_name, *ends]  # "Zosiu! Dziękuję ...": the call goes
    elif segment := _parallel_after(pieces, prev, nxt, grammar):
        role.kind, role.with_name = "alone", [*role.with_name, prev, *segment]  # "Sam on fiddle, Patrick on bodhrán"
    elif before == "," and _text(pieces, nxt) == "," and _speaks_to(pieces, neighbour(pieces, nxt, 1), grammar):
        role.kind, role.with_name = "vocative", [*role.with_name, prev]  # "Thanks for everything, Lena, you made our
        # day" -> "Thanks for everything, you made our day": a clause to the person follows, its comma stays
    elif (
        before in grammar.connectors - {","}
        and starts_sentence(pieces, neighbour(pieces, prev, -1))
        and _text(pieces, nxt) == ","
        and _speaks_to(pieces, neighbour(pieces, nxt, 1), grammar)
    ):
        role.kind, role.with_name = "vocative", [*role.with_name, nxt]  # "Und Tom, dein Freestyle ..." -> "Und dein"
    elif before == "," and _text(pieces, nxt) == ",":
        role.kind, role.with_name = "apposition", [*role.with_name, prev, nxt]
        role.article_at = _opening_role(pieces, prev, grammar)
    elif clause:
        role.kind, role.needed = "subject", True  # "announce that Mrs Patel has been appointed", "dass Frau Berger im"
    elif before == "," and likely_verb(pieces, nxt, grammar) and not _addressed(pieces, prev, nxt, grammar):
        role.kind, role.needed = "subject", True  # "..., Herr Lüders spielt um 11", "This term, Mr Janssen started"
    elif addressed and _with_own(pieces, nxt, grammar):
        role.kind = "object"  # thanked with their own: "Dziękujemy Łukaszowi i jego żonie" -> "... przyjacielowi i ..."
    elif addressed and before != "," and starts_sentence(pieces, neighbour(pieces, prev, -1)):
        role.kind = "vocative"  # "Grazie João, i tuoi fiori ..." -> "Grazie, i tuoi fiori ...": no apposition
    elif (
        not relative  # ", die als Ballorganisatorin alles im Griff hat" says what she does: no apposition
        and (closing := apposed(pieces, nxt, grammar, before)) is not None
        and (closing or not _main_clause(pieces, prev, grammar))
    ):
        role.kind, role.with_name = "vocative", [*role.with_name, nxt, *closing]
        said = _text(pieces, opener := neighbour(pieces, nxt, 1))
        # "Tom, uncle of the bride, gave a speech" -> "The uncle of the bride gave ...", "Meet Tom, uncle of the
        # bride" -> "Meet the uncle of the bride" (a German noun, capitalised, would need its case)
        inside = not start and pieces[opener].text.islower()
        if (start and closing or inside) and grammar.is_role(said) and said not in grammar.kin:
            role.article_at = opener
    elif before in grammar.interjections and (_text(pieces, nxt) in (",", *grammar.second) or handles):
        role.kind = "vocative"  # "Haha Basti, nächstes Mal ..." -> "Haha, nächstes Mal ...": the laugh stays; "omg
        # selin ur dress" -> "omg ur dress", "Omg @chiamaka.o das ist so schön" -> "Omg das ist so schön"
    elif addressed:
        role.kind = "vocative"
        if _between_commas(pieces, prev, nxt, grammar):
            role.with_name += [prev, nxt]  # "Thank you, Fritz, for everything!" -> "Thank you for everything!"
        elif before == ",":
            role.with_name.append(prev)
    elif _after_imperative(pieces, group, grammar):
        role.kind, role.needed = "object", True  # "Folgt Lena für mehr Rezepte" -> "Folgt einer Freundin für ..."
    elif before in grammar.leads:
        role.kind, role.lead = "prepositional", prev
        joined = _text(pieces, nxt) in grammar.connectors - {","}  # "und", "and", "&" after the name
        after = _text(pieces, other := neighbour(pieces, nxt, 1))
        # "oder direkt an der Theke": a word of the other phrase before its preposition
        adverb = (
            after.isalpha() and after.islower() and _text(pieces, neighbour(pieces, other, 1)) in grammar.prepositions
        )
        credit: list[int] = []
        alternative = False  # another phrase after "oder" says as much: "Bitte bei Lena oder im Büro melden"
        if _joined_phrase(pieces, nxt, grammar):
            role.with_name.append(nxt)  # "Danke an Lena und das ganze Team" -> "Danke an das ganze Team"
        elif (
            joined and (after in grammar.prepositions or adverb) and not (credit := _credit(pieces, prev, nxt, grammar))
        ):
            role.with_name += [prev, nxt]  # "Grazie a Niccolò e a Nico per ..." -> "Grazie per ...", "oder per DM"
            alternative = True
        else:
            credit = credit or _credit(pieces, prev, nxt, grammar)  # once: the test above may have found it
            role.with_name += credit or [prev, *_joiner_before(pieces, prev, grammar, nxt)]
        together = neighbour(pieces, prev, -1)
        if _text(pieces, together) in grammar.together_words:  # "Workshop, zusammen mit Jonas" -> "Workshop"
            role.with_name.append(together)
        described = _text(pieces, nxt) in grammar.as_words  # "mit Piotrek als zweitem Fotografen": who is
        described = described or not credit and _participle_after(pieces, nxt, grammar)  # "à Josué, touché au genou"
        # "Workshop mit Daniel aus London", "PB für Elif (24:51)", "induction led by Frank": the words after the
        # name, or the participle before it, say something of the person
        described = described or not credit and _said_of(pieces, prev, nxt, grammar)
        described = described or _line_up(pieces, nxt, grammar)  # "with Aoife on fiddle and Mick on the box"
        # "jugarán con Daniel de capitán": a preposition and a role word say what the person is there
        described = (
            described
            or _text(pieces, nxt) in grammar.leads
            and grammar.is_role(_text(pieces, neighbour(pieces, nxt, 1)))
        )
        fronted = _fronted(pieces, prev, nxt, grammar)
        # "The award goes to Lena"; "C'est avec Joris que j'ai ...", "This is for Lena": the sentence presents it
        verb = _text(pieces, neighbour(pieces, prev, -1))
        received = (verb in grammar.receiving or verb in grammar.presenting) and not alternative
        parallel = _lead_again(pieces, prev, grammar) or _lead_before(pieces, prev, nxt, grammar)
        headless = verb in grammar.articles  # "el de Hugo es mejor": the article's noun is the person's
        role.needed = role.referred or described or fronted or received or parallel or headless
    elif start and relative and (_closed(pieces, nxt) or before == ":"):  # "Customer of the week: Charlotte, who"
        role.kind, role.needed = "subject", True  # "Tom Harris, who shot ..., is back" -> "A friend, who shot ..."
    elif start and _text(pieces, nxt) == "," and _aged(pieces, nxt):
        role.kind, role.needed = "subject", True  # "Klaus Peters, 84, kommt jeden Freitag": an age, no address
    elif start and _text(pieces, nxt) == ",":
        role.kind, role.with_name = "vocative", [*role.with_name, nxt]
    elif start and _speaks_to(pieces, nxt, grammar):
        role.kind = "vocative"  # "Tim du bist der Beste" -> "Du bist der Beste", "@james we can't wait!"
    elif start and handles and (_text(pieces, nxt) in REPLIES or _to_you(pieces, nxt, grammar)):
        role.kind = "vocative"  # a reply to the handle: "@lena.vogt danke dir", "@noah so proud of you"
    elif start and (
        _with_own(pieces, nxt, grammar)
        or _text(pieces, nxt) in grammar.connectors - {","}
        and _text(pieces, neighbour(pieces, nxt, 1)) in grammar.articles
        or before == ":"
        and _text(pieces, nxt) in grammar.with_words
    ):
        role.kind, role.needed = "start", True  # "Frau Demirci und die Klasse 7c haben ...": the verb's number;
        # "Joanna i jej mama": whose mother; "1. Platz: Felix mit SolarSwap": who, not "1. Platz: Mit SolarSwap"
    elif start and len(persons) == 1 and _text(pieces, nxt) in grammar.possessors:
        role.kind = "start"  # "Jantje Smit zijn eerste verjaardag" -> "Zijn eerste verjaardag": no verb, whose
    elif start and (_verb_after(pieces, nxt, grammar) or _from_somewhere(pieces, nxt, grammar)):
        role.kind, role.needed = "subject", True
    elif start and not _thanking(pieces, group[0], grammar) and (segment := _parallel_segment(pieces, nxt, grammar)):
        role.kind, role.with_name = "alone", [*role.with_name, *segment]  # "Kim am Schlagzeug, Ole am Bass"
    elif (
        start
        and (len(persons) > 1 or role.referred or _text(pieces, nxt) in grammar.ranks)
        and _text(pieces, nxt) in grammar.prepositions | grammar.ranks
    ):
        role.kind, role.needed = "start", True  # "Ali und Elif beim Eröffnungstanz" -> "Die beiden beim ...": a
        # couple's phrase says something of them, and one person's where a pronoun refers back ("Coach B with the
        # pep talk ⚾️ Whatever he said worked"); else it goes with the name ("Am Schlagzeug 🥁")
    elif start:
        role.kind = "alone" if _tags_only(pieces, nxt) else "start"  # "@nour.almasri #streetart": a tag line
        if nxt is None and before in CREDIT_MARKS:
            role.with_name.append(prev)  # "... Blumen Maier. 📸 @lena": the camera credits no one once she goes
    elif _praised(pieces, prev, nxt, grammar):
        role.kind = "vocative"  # "Trop belle Chiara! 😍" -> "Trop belle! 😍", "Merci beaucoup Maëlle !" -> "Merci
        # beaucoup !": praise or thanks said to the person, not a verb's object ("Magnifique travail une amie")
    elif likely_verb(pieces, prev, grammar) and pieces[prev].text[:1].islower() and _as_who(pieces, nxt, grammar):
        role.kind, role.with_name = "alone", [*role.with_name, nxt]  # "welcome Deepa as our new Head of Data" ->
        # "welcome our new Head of Data": the phrase that says who the person is takes the name's place
    elif _said_to_after_you(pieces, group[0], nxt, grammar) or _said_at_end(pieces, prev, nxt, grammar):
        role.kind = "vocative"  # "Miss you already Grace!!", "Thank you for coming Lena 💚": said to the person
    elif (
        likely_verb(pieces, prev, grammar)
        and pieces[prev].text[:1].islower()
        and not _noun_before(pieces, prev, grammar)
    ):
        role.kind, role.needed = "object", True
    elif (
        not before.endswith(("'", "’"))
        and (not starts_sentence(pieces, neighbour(pieces, prev, -1)) or _heading_noun(pieces, prev, len(persons)))
        and (
            nxt is None
            or pieces[nxt].text in SENTENCE_ENDS
            or GLUED.match(pieces[nxt].text)
            or _tags_only(pieces, nxt)
            or _year_ends(pieces, nxt)
        )
    ):
        role.kind = "alone"  # "Tolle Fotos @bea 💕": a tag after the words ("Meet Lena!", "d'Élodie 💍" are theirs);
        # a couple after the one word that heads the line: "Hochzeit Lena & Tim 💍", "# Casamento Inês & Gonçalo"
    return role


ADDRESS_ENDS = SENTENCE_ENDS - {"?"}  # what may follow a name said to the person: no question ("Can you spot Lena?")


def _ends_here(pieces: Sequence[Piece], nxt: int | None, ends: frozenset[str] = ADDRESS_ENDS) -> bool:
    """Does the name end its sentence, or what `ends` marks: the text's end, one of `ends` or an emoji after it?"""
    return nxt is None or pieces[nxt].text in ends or GLUED.match(pieces[nxt].text) is not None


def _said_to_after_you(pieces: Sequence[Piece], first: int, nxt: int | None, grammar: Grammar) -> bool:
    """Does the name end its sentence ("!", an emoji, the text's end; no question), after "you" as a verb's object
    in its clause ("Miss you already Grace!!", "Wir vermissen dich schon, Lena!")? Then it is said to the person,
    and no object: "You should meet Lena!" has "you" as its subject."""
    if not _ends_here(pieces, nxt):
        return False
    words = clause_words(pieces, first, -1)  # nearest first
    return any(w in grammar.second and k + 1 < len(words) for k, w in enumerate(words))


def _said_at_end(pieces: Sequence[Piece], prev: int | None, nxt: int | None, grammar: Grammar) -> bool:
    """Does the name end its clause (a comma, a sentence's end, an emoji or tags after it; no question) after a
    word that takes no object ("Gorgeous voice as always Becca 😍", "Love this Becca"), or after a noun ("Thank you
    for a brilliant workshop Jonny, the kids ...", "Those pirouettes Priya 🔥")? Then it is said to the person:
    a role word there ("as always a friend") had been marked safe, in a drama school's trial."""
    ends = _ends_here(pieces, nxt, ADDRESS_ENDS | {","}) or _tags_only(pieces, nxt)
    if prev is None or not ends or not pieces[prev].text[:1].islower():
        return False
    if _text(pieces, prev) in grammar.address_before:
        return True
    if grammar.adjective(pieces[prev].text):
        return False  # German writes its nouns capitalised: "eine sehr ehrgeizige Carla, die ..." needs its noun
    if _noun_before(pieces, prev, grammar):
        return True
    opening = neighbour(pieces, prev, -1)  # a noun after the demonstrative that opens the sentence: "Those pirouettes"
    return (
        _text(pieces, opening) in grammar.address_before
        and starts_sentence(pieces, neighbour(pieces, opening, -1))
        and _text(pieces, prev) not in grammar.presenting
    )


def _noun_before(pieces: Sequence[Piece], prev: int | None, grammar: Grammar) -> bool:
    """Is the lowercase word before the name a noun, as an article, and words of praise or none, come before it
    ("Dank je wel voor de mooie foto's Gert!", "Merci pour les belles photos Lena !"), or it and a word of praise
    after it ("por las fotos preciosas Lena")? A noun takes no object: the name after it is said to the person, not
    "voor de mooie foto's een vriend"."""
    if _text(pieces, prev) in grammar.praise:
        prev = neighbour(pieces, prev, -1)
        if not likely_verb(pieces, prev, grammar):
            return False
    i = neighbour(pieces, prev, -1)
    while _text(pieces, i) in grammar.praise:
        i = neighbour(pieces, i, -1)
    # a phrase inside the sentence: an opening "Das ist Lena" has a pronoun and its verb
    return _text(pieces, i) in grammar.articles | grammar.determiners and not starts_sentence(
        pieces, neighbour(pieces, i, -1)
    )


def _hashtag_led(pieces: Sequence[Piece], group: list[int], grammar: Grammar) -> bool:
    """Does a preposition that leads a name stand before the hashtag, and no other hashtag after it ("Merci à
    #hugolambertdj pour l'ambiance")? Then it is a name in the sentence: its preposition goes with it."""
    after = neighbour(pieces, group[-1], 1)
    return _text(pieces, neighbour(pieces, group[0], -1)) in grammar.leads and _text(pieces, after)[:1] != "#"


def _year_ends(pieces: Sequence[Piece], i: int) -> bool:
    """Does a number end the line or sentence at piece i: an album's or a heading's year ("Hochzeit Anna & Tim
    2023")?"""
    after = neighbour(pieces, i, 1)
    return pieces[i].text.isdigit() and (after is None or pieces[after].text in SENTENCE_ENDS)


def _heading_noun(pieces: Sequence[Piece], prev: int | None, people: int) -> bool:
    """Does the one word heading the line before the name name what the line is about: a couple's ("Hochzeit Lena
    & Tim"), or one person's or family's where it is a German noun ("# Hochzeit Petersen", "Taufe Müller 🕊"; had
    been "Hochzeit ein Freund"), not an English verb ("Meet Lena!")?"""
    if prev is None or not capitalised(pieces, prev):
        return False
    return people > 1 or pieces[prev].text in noun_articles()


def _to_you(pieces: Sequence[Piece], i: int | None, grammar: Grammar) -> bool:
    """Do the next few words of the sentence from piece i speak to someone ("so proud of you", "so schön, danke
    dir")? After a handle that opens the text, they speak to its owner: a reply, not a subject."""
    for _ in range(MAX_ITEM_WORDS * 2):
        if i is None or pieces[i].text in SENTENCE_ENDS:
            return False
        if _text(pieces, i) in grammar.second:
            return True
        i = neighbour(pieces, i, 1)
    return False


def _possessed(pieces: Sequence[Piece], i: int | None) -> bool:
    """Does piece i open what a genitive name possesses: a word, or a number before one ("Oliver's 40th birthday",
    "Mias 6. Geburtstag"; not "for Bobby's 40th", whose number is the thing)?"""
    if i is None or not pieces[i].text[:1].isalnum():
        return False
    if pieces[i].text[:1].isalpha():
        return True
    j = neighbour(pieces, i, 1)
    j = neighbour(pieces, j, 1) if _text(pieces, j) == "." else j
    return j is not None and pieces[j].text[:1].isalpha()


def _closed(pieces: Sequence[Piece], comma: int | None) -> bool:
    """Does a comma after the name close again before its sentence ends, with more words after: a relative clause
    between the subject and its verb ("Tom, who shot ..., is back"; not "Nico, che concerto!")?"""
    j = neighbour(pieces, comma, 1)
    while j is not None and pieces[j].text not in SENTENCE_ENDS:
        if pieces[j].text == ",":
            after = neighbour(pieces, j, 1)
            return after is not None and pieces[after].text[:1].isalpha()
        j = neighbour(pieces, j, 1)
    return False


def capitalised(pieces: Sequence[Piece], i: int | None) -> bool:
    return i is not None and pieces[i].text[:1].isupper() and pieces[i].text.isalpha()


PRAISE_WORDS = 3  # words of praise or thanks before the name, from its sentence's start: "Merci beaucoup", "Great job"


def _praised(pieces: Sequence[Piece], prev: int | None, nxt: int | None, grammar: Grammar) -> bool:
    """Do only words of praise or thanks open the sentence before the name, which ends its clause ("Trop belle
    Chiara! 😍", "Great job Marine, as always")?"""
    ends = nxt is None or _text(pieces, nxt) in (*SENTENCE_ENDS, ",") or GLUED.match(pieces[nxt].text)
    said, i = [], prev
    while ends and i is not None and len(said) < PRAISE_WORDS:
        said.append(_text(pieces, i))
        if starts_sentence(pieces, before := neighbour(pieces, i, -1)):
            return all(w in grammar.praise or w in grammar.praise_nouns or w in grammar.addresses for w in said)
        i = before
    return False


def _exclaimed(pieces: Sequence[Piece], i: int | None) -> list[int]:
    """The exclamation marks from piece i on, where a name alone makes its sentence ("Lena! Danke ..."), and the
    text goes on after them; else none."""
    marks = []
    while i is not None and pieces[i].text in ("!", "!!", "!!!"):
        marks.append(i)
        i = neighbour(pieces, i, 1)
    return marks if i is not None and pieces[i].text[:1].isalpha() else []


def _with_own(pieces: Sequence[Piece], nxt: int | None, grammar: Grammar) -> bool:
    """Do an "and" or a "with" and a pronoun that refers back follow the name ("Joanna i jej mama", "Lena and her
    mum", "Lena mit ihrer Mama")? Then the name is needed: the pronoun says whose."""
    after = _text(pieces, neighbour(pieces, nxt, 1))
    joined = _text(pieces, nxt) in grammar.connectors - {","} | grammar.with_words
    return joined and grammar.refers_back([after], None)


def _tags_only(pieces: Sequence[Piece], i: int | None) -> bool:
    """Is the rest of the line from piece i on nothing but hashtags or handles, emoji and punctuation between them
    ("@nour.almasri #streetart #mural"), or nothing at all?"""
    tags = i is None
    for p in pieces[i:] if i is not None else ():
        if p.is_space and "\n" in p.text:
            break
        if any(c.isalnum() for c in p.text):
            if p.text[:1] not in "#@":
                return False
            tags = True
    return tags


def _credit(pieces: Sequence[Piece], lead: int, nxt: int | None, grammar: Grammar) -> list[int]:
    """The credit a name ends its line or its item of a list of credits with, from the line's start or the emoji or
    comma before it to the lead ("Shot by", "Haare & Make-up by", "Fotos von"): it goes with the name, and the
    comma after it. Empty where the line goes on after the name, or the word before the lead credits nothing
    ("Grüße von Lena" stays "Grüße"); but a label of a word or two that opens its line or sentence credits with an
    agent's "by" whatever it is ("Kitchen by @eoin", "... nailed it! Choreo by Cari 🤍"), where no title says who
    the person is ("Lecture by Prof. Lena Vogt" -> "Lecture by a professor")."""
    credit = _text(pieces, neighbour(pieces, lead, -1))
    if _text(pieces, lead) not in grammar.credit_leads:
        return []
    agent = _text(pieces, lead) in grammar.agent_leads  # "by": whatever the label, the name made it
    listed = (agent or credit in grammar.credits) and _credit_after(pieces, nxt, lead, grammar)  # "Choreo by Lucía
    # and costumes by ...": one credit of a list of them, not the caption itself
    if credit not in grammar.credits and not (
        agent and (listed or _label(pieces, lead)) and not _titled(pieces, neighbour(pieces, lead, 1), grammar)
    ):
        return []
    comma = _text(pieces, nxt) == "," or listed  # one credit of several: "Hair & make-up by Sophie Krüger, flowers by"
    j = None if comma else nxt
    while j is not None:
        if any(c.isalnum() for c in pieces[j].text) and pieces[j].text[:1] not in "#@":
            return []
        j = neighbour(pieces, j, 1)
    found = [lead]
    while (j := neighbour(pieces, found[-1], -1)) is not None and (
        any(c.isalnum() for c in pieces[j].text) or pieces[j].text in "&+/-"
    ):
        found.append(j)
    if sum(any(c.isalnum() for c in pieces[i].text) for i in found[1:]) > MAX_ITEM_WORDS:
        return []  # a sentence, no credit: "Thanks for the lovely cake by Greta" -> "Thanks for the lovely cake"
    return [*found, nxt] if comma else found


def _credit_after(pieces: Sequence[Piece], joiner: int | None, lead: int, grammar: Grammar) -> bool:
    """Does an "and" after the name join another credit with the same lead ("and costumes by @taller_lola", "e
    costumi di @sartoria")?"""
    if _text(pieces, joiner) not in grammar.connectors - {","}:
        return False
    j = joiner
    for _ in range(MAX_ITEM_WORDS + 1):
        j = neighbour(pieces, j, 1)
        if j is None or not any(c.isalnum() for c in pieces[j].text) or pieces[j].is_name:
            return False
        if _text(pieces, j) == _text(pieces, lead):
            return (k := neighbour(pieces, j, 1)) is not None and any(c.isalnum() for c in pieces[k].text)
    return False


def _label(pieces: Sequence[Piece], lead: int) -> bool:
    """Do at most two words stand between the lead and the start of its line or sentence (not a comma: "Pottery
    night, hosted by Greta" says what the night was), and other words elsewhere in the text? A label alone with
    its hashtags is the caption ("Bridal glow by @vanessa 💄" -> "Bridal glow 💄"), not its credit."""
    j, opened = neighbour(pieces, lead, -1), None
    for _ in range(2):
        if j is None or not pieces[j].text.isalpha():
            return False
        opened, j = j, neighbour(pieces, j, -1)
        if (
            j is None
            or pieces[j].text in SENTENCE_ENDS
            or not any(c.isalnum() or c in ",;&+/()'’\"" for c in pieces[j].text)
        ):
            break
    else:
        return False
    end = lead
    while end < len(pieces) and pieces[end].text != "\n":
        end += 1
    return any(_plain_word(p) for p in (*pieces[:opened], *pieces[end:]))


def _plain_word(piece: Piece) -> bool:
    return not piece.is_name and piece.text[:1] not in "#@" and any(c.isalnum() for c in piece.text)


def _titled(pieces: Sequence[Piece], name: int | None, grammar: Grammar) -> bool:
    """Does the name piece open with a title ("Prof. Lena Vogt": the title went into its piece)?"""
    words = pieces[name].original.split(maxsplit=1) if name is not None else []
    return bool(words) and (words[0].casefold() in grammar.titles or words[0].casefold().rstrip(".") in grammar.titles)


def _roster_line(pieces: Sequence[Piece], first: int, nxt: int | None, grammar: Grammar) -> list[int] | None:
    """The whole line a name heads in a roster: lines that each open with a bullet or an emoji, or with nothing,
    then a name and what it did or got ("• Gareth Pryce for running the tombola", "🔥 Olu – ran it in costume",
    "Linh – Nail Art Queen"). The line is about the person, and goes with them: left headless ("• for running the
    tombola") it reads as the line before's, or as no one's. None where no line beside it is shaped alike."""
    start, end = _line_span(pieces, first)
    marked = _opening(pieces, start, first)
    if marked is None or not _roster_separator(pieces, nxt, grammar, marked):
        return None
    lines = [_line_span(pieces, start - 2), _line_span(pieces, end + 1)] if start else [_line_span(pieces, end + 1)]
    if not any(_roster_shaped(pieces, *span, marked, grammar) for span in lines if span[0] < span[1]):
        return None
    if nxt is not None and any(pieces[i].is_name for i in range(nxt, end)):
        return None  # "Maria Kowalski – unsere Schneidermeisterin. Maria hat ...": a text of its own, not an item
    return [i for i in range(start, end) if not pieces[i].is_space]


def _line_span(pieces: Sequence[Piece], i: int) -> tuple[int, int]:
    """The first piece of piece i's line and the line break that ends it (or the end)."""
    if not 0 <= i < len(pieces) or pieces[i].text == "\n":
        return (i, i)
    start, end = i, i
    while start > 0 and pieces[start - 1].text != "\n":
        start -= 1
    while end < len(pieces) and pieces[end].text != "\n":
        end += 1
    return start, end


def _opening(pieces: Sequence[Piece], start: int, word: int) -> bool | None:
    """What opens a line up to its first word: True for a mark (a bullet, an emoji), False for nothing, None for
    anything else (a ranking's "1." or "🥇" goes on to name its place; a quotation's mark opens a quotation)."""
    marks = [p.text for p in pieces[start:word] if not p.is_space]
    if not marks:
        return False
    if len(marks) > 2 or RANK_MARKS.intersection(marks) or any(c.isalnum() or c in QUOTES for m in marks for c in m):
        return None
    return True


def _roster_separator(pieces: Sequence[Piece], nxt: int | None, grammar: Grammar, marked: bool) -> bool:
    """Does the line go on after its name as a roster's item does: a dash, and after a mark also a colon, a comma,
    a bracket or a preposition ("• Raj, for finally finishing", "• Merle für die Moderation")? Unmarked, a colon
    labels ("Coach Reto: «...»", "Nächstes Spiel: Samstag")."""
    after = _text(pieces, nxt)
    return after in DASHES or marked and (after in (":", ",", "(") or after in grammar.prepositions)


def _roster_shaped(pieces: Sequence[Piece], start: int, end: int, marked: bool, grammar: Grammar) -> bool:
    """Is this line a roster's item of the same shape: the same kind of opening, then a capitalised word or a
    handle within the first words, and the separator after it?"""
    words = [i for i in range(start, end) if not pieces[i].is_space]
    heads = [i for i in words if any(c.isalnum() for c in pieces[i].text)]
    if not heads or _opening(pieces, start, heads[0]) is not marked:
        return False
    head = pieces[heads[0]].text
    if not (head[:1].isupper() or head[:1] == "@" or pieces[heads[0]].is_name):
        return False
    after = heads[0]
    for _ in range(MAX_ITEM_WORDS):
        after = neighbour(pieces, after, 1)
        if after is None:
            return False
        if _roster_separator(pieces, after, grammar, marked):
            return True
        if not (pieces[after].text[:1].isupper() or pieces[after].text in ("&", "+") or pieces[after].is_name):
            return False
    return False


def _credit_item(pieces: Sequence[Piece], prev: int | None, nxt: int | None, grammar: Grammar) -> list[int] | None:
    """The credit words of an item of credits that a name ends, and the comma after it: the item goes whole
    ("Credits: Fotos Sophie Brandt, Hair & Make-up Hannah Schulz, Kleid von ..." -> "Credits: Kleid von ...").
    None where no credit word stands right before the name, other words lead up to it ("Tolle Fotos Sophie") or
    the item goes on after the name."""
    if _text(pieces, prev) not in grammar.credits:
        return None
    if nxt is not None and (any(c.isalnum() for c in pieces[nxt].text) or pieces[nxt].text in "(&+/-–"):
        return None
    item, j = [prev], neighbour(pieces, prev, -1)
    while j is not None and (_text(pieces, j) in grammar.credits or pieces[j].text in ("&", "+", "/")):
        item.append(j)
        j = neighbour(pieces, j, -1)
    if j is not None and any(c.isalnum() for c in pieces[j].text):
        return None
    return [*item, nxt] if _text(pieces, nxt) == "," else item


def apposed(pieces: Sequence[Piece], comma: int | None, grammar: Grammar, lead: str = "") -> list[int] | None:
    """Where a name is followed by an apposition that says who the person is ("Resi, unsere Jugendleiterin, im
    neuen Dirndl", "Meet Resi, one of our experts"), the apposition takes the name's place: the name goes with the
    comma after it, and the comma closing the apposition, if one does before more of the sentence. None where no
    such apposition follows; else the closing comma, if any. `lead` is the word before the name."""
    opener = neighbour(pieces, comma, 1)
    said = _text(pieces, opener)
    # "Tom, uncle of the bride, ...": a role noun opens one too, and an article or a genitive before one ("Dr.
    # Meyer, die Mama der Braut, hatte ...", "Mrs Yılmaz, Lea's teacher, organised ..."); an article alone may be a
    # relative pronoun ("Lena, die uns ..."), and one of another language than the lead is in another case
    # ("Shoutout to Herr Kraemer, der beste Sportlehrer")
    opens = said in grammar.apposition_openers or grammar.is_role(said) or _role_after(pieces, opener, grammar, lead)
    if _text(pieces, comma) != "," or not opens or _named(pieces, opener):
        return None  # nor does another name, a role noun though its surname be ("Lena, Jonas Müller hält ...")
    if grammar.refers_back([said], None):
        return None  # "avec Élodie, son mari et leurs enfants": her husband is another member, no apposition
    j = opener
    for _ in range(MAX_ITEM_WORDS + 2):
        j = neighbour(pieces, j, 1)
        if j is not None and pieces[j].is_name:
            return None  # another person's item: "di @x, i fiori di @y"
        if j is None or pieces[j].text in SENTENCE_ENDS:
            return []
        if pieces[j].text == ",":
            after = neighbour(pieces, j, 1)
            said, then = _text(pieces, after), neighbour(pieces, after, 1)
            # a relative clause keeps its comma: "an den stolzesten Brautvater, den wir je ..."
            pronoun = said in ARTICLES and then is not None and pieces[then].text.islower()
            relative = said in grammar.relatives or pronoun
            return [j] if after is not None and pieces[after].text not in SENTENCE_ENDS and not relative else []
    return []


def _bracket_of_names(pieces: Sequence[Piece], opening: int | None, grammar: Grammar) -> list[int] | None:
    """The brackets and list joiners of a bracket that holds nothing but redacted names ("Onze U16 (Elif, Şule en
    Sarah) wordt derde"), which go with them; None where it holds anything else."""
    close = bracket_end(pieces, opening)
    if opening is None or close is None or (k := neighbour(pieces, opening, -1)) is not None and pieces[k].is_name:
        return None  # a handle in brackets after the person's name is the label's to treat: "Lena (@lena.v)"
    inside = [k for k in range(opening + 1, close) if not pieces[k].is_space]
    if not all(pieces[k].is_name or pieces[k].text.casefold() in grammar.connectors for k in inside):
        return None
    return [opening, close, *(k for k in inside if not pieces[k].is_name)]


def _said_of(pieces: Sequence[Piece], lead: int, nxt: int | None, grammar: Grammar) -> bool:
    """Do the words around a name in a phrase say something of the person: where they come from after it ("aus
    London", "vom Elternverein"), a figure in brackets after it ("(24:51)"), or a participle before its agent's
    lead that would be left at its phrase's end ("led by Frank.")?"""
    after = _text(pieces, nxt)
    if after in grammar.origin_words:
        return True
    if after == "(" and any(c.isdigit() for c in _text(pieces, neighbour(pieces, nxt, 1))):
        return True
    verb = _text(pieces, neighbour(pieces, lead, -1))
    participle = verb.endswith("ed") or verb in grammar.participles  # "hosted", "led"
    # where more words follow the name, the participle has them: "Power Flow hosted by Ethan every Thursday"
    ends = nxt is None or not pieces[nxt].text[:1].isalnum()
    return _text(pieces, lead) in grammar.agent_leads and verb.isalpha() and participle and ends


def _participle_after(pieces: Sequence[Piece], comma: int | None, grammar: Grammar) -> bool:
    """Does a comma after the name open words that describe the person ("Bon rétablissement à Josué, touché au
    genou", "Félicitations à Elif et Şule, sélectionnées pour ...")? A lowercase word that is none of the words a
    clause or phrase opens with; without the person they would describe no one."""
    word = _text(pieces, opener := neighbour(pieces, comma, 1))
    closed = grammar.function | grammar.determiners | grammar.prepositions | grammar.connectors | grammar.relatives
    return (
        _text(pieces, comma) == ","
        and opener is not None
        and pieces[opener].text.isalpha()
        and pieces[opener].text.islower()
        and word not in closed | grammar.second | grammar.plural | grammar.self
    )


def _follow_clause(pieces: Sequence[Piece], group: list[int], grammar: Grammar) -> list[int]:
    """The clause around a handle that asks readers to follow it ("Folgt ihm auf @david.krenn", "Go follow
    @imogen for her next adventure 🌿", "Wer @mehmet.bakes noch nicht folgt – unbedingt nachholen."), up to its
    sentence's end or its bracket's, where it names no one else and not the account ("Follow us and @x"): it asks
    nothing once the handle goes ("Folgt ihm", "Go follow for her next adventure"). Empty where there is none."""
    before: list[int] = []
    i: int | None = group[0]
    while (i := neighbour(pieces, i, -1)) is not None and pieces[i].text != "(" and not starts_sentence(pieces, i):
        before.append(i)  # back to its sentence's start, an emoji's or a bracket's
    after: list[int] = []
    i = group[-1]
    while (i := neighbour(pieces, i, 1)) is not None and pieces[i].text not in (".", "!", "?", ")"):
        after.append(i)
    words = [_text(pieces, k) for k in (*before, *after)]
    others = any(pieces[k].is_name and k not in group for k in (*before, *after))
    if others or not grammar.follow_verbs.intersection(words) or grammar.self.intersection(words):
        return []
    opening = neighbour(pieces, before[-1] if before else group[0], -1)
    if _text(pieces, opening) in DASHES:  # "... friend — follow his work at @mo." -> "... friend."
        return [opening, *before, *range(group[0], group[-1] + 1), *after]
    end = [i] if i is not None and pieces[i].text != ")" else []  # its sentence's mark goes with it, a bracket stays
    return [*before, *range(group[0], group[-1] + 1), *after, *end]


def _greeting(pieces: Sequence[Piece], prev: int, nxt: int | None, grammar: Grammar) -> list[int]:
    """What goes with a name a greeting word leads ("liebe", "Ciao"): the word, the comma or the mark after the
    name where the greeting was its own sentence ("Ciao Giulia! Sei ..." -> "Sei ..."), and the comma before it
    where the sentence goes on with a preposition or "and" ("Danke, liebe Renate, für 40 Jahre" -> "Danke für 40
    Jahre"; but "Danke für alles, liebe Conny, du wirst ..." -> "Danke für alles, du wirst ..."), whether or not
    the caption named the person before."""
    opens = starts_sentence(pieces, neighbour(pieces, prev, -1))
    whole = _text(pieces, nxt) == "," or _text(pieces, nxt) in ("!", ".") and opens
    comma = neighbour(pieces, prev, -1)
    goes_on = _text(pieces, neighbour(pieces, nxt, 1)) in grammar.prepositions | grammar.connectors - {","}
    between = _text(pieces, nxt) == "," and _text(pieces, comma) == "," and goes_on
    return [prev, *([nxt] if whole else []), *([comma] if between else [])]


def _joiner_before(pieces: Sequence[Piece], lead: int, grammar: Grammar, nxt: int | None = None) -> list[int]:
    """The "und", "et", "e" before a lead, which goes with its phrase: "... assistante et à Manu pour le coup de
    main" -> "... assistante pour le coup de main"; not after a comma, where it joins a phrase of its own ("to Emre
    for the baklava, and to Hannah for staying" -> "..., and for staying"), nor where the phrase before it has a
    word like the one after the name (`nxt`), as two parallel thanks do ("an Herrn Aydın für den Punsch und an Frau
    Novák für die Laternen" -> "... für den Punsch und für die Laternen")."""
    joiner = neighbour(pieces, lead, -1)
    if joiner is None or _text(pieces, joiner) not in grammar.joining:
        return []
    if _text(pieces, neighbour(pieces, joiner, -1)) == ",":
        return []
    after = _text(pieces, nxt)
    return [] if after.isalpha() and after.islower() and _in_sentence(pieces, joiner, -1, after) else [joiner]


def _main_clause(pieces: Sequence[Piece], lead: int | None, grammar: Grammar) -> bool:
    """After a phrase that opens its sentence, what follows the comma is the sentence itself, no apposition:
    "Grâce à Gaëlle, les photos sont sublimes"; with a comma after it, it is one: "Con Federico, il nostro capo,
    abbiamo ..."."""
    said = _text(pieces, lead)
    return lead is not None and said in grammar.leads - grammar.addresses and _phrase_opens(pieces, lead, grammar)


def _parallel_segment(pieces: Sequence[Piece], nxt: int | None, grammar: Grammar) -> list[int]:
    """The words after a name up to a comma, where the next segment repeats their shape with another name ("Kim am
    Schlagzeug, Ole am Bass", "Kim on drums, Ole on bass", "Lena beim Shooting, Fatma im Henna-Look"): the name's
    item of a list, to go whole with its comma."""
    segment, i = [], nxt
    while i is not None and pieces[i].text != "," and len(segment) < MAX_ITEM_WORDS + 2:
        if pieces[i].text in SENTENCE_ENDS or pieces[i].is_name:
            return []
        segment.append(i)
        i = neighbour(pieces, i, 1)
    other = neighbour(pieces, i, 1)
    if (
        not segment
        or _text(pieces, i) != ","
        or other is None
        or not (_word(pieces, other, grammar) or pieces[other].is_name)
    ):
        return []  # an item ends at its comma: "Merle und Fiete aus der 10b haben mit ihrem Projekt zur ..." is none
    then = neighbour(pieces, other, 1)  # past the other name's words: "Fiona on fiddle, Patrick Doherty on bodhrán"
    while (
        then is not None and then - other <= MAX_ITEM_WORDS * 2 and (pieces[then].is_name or capitalised(pieces, then))
    ):
        then = neighbour(pieces, then, 1)
    first, again = _text(pieces, segment[0]), _text(pieces, then)
    # the same word, or two prepositions: "Lena beim Babybauch-Shooting, Fatma im Henna-Look"
    same = again == first or first in grammar.prepositions and again in grammar.prepositions
    return [*segment, i] if same else []


def _heads_phrase(pieces: Sequence[Piece], i: int | None, grammar: Grammar) -> bool:
    """Is piece i the last of one to three lowercase words after a preposition and a determiner ("to our volunteer
    coordinator", "für die süße", "by the incredibly talented")? Then the name after it ends that noun phrase: a
    noun there stays for the person, an adjective takes the role noun, and no "a friend" follows a determiner.
    English and German only, whose adjectives the lists know: other languages put verbs there too ("en la barra
    manda Jose", "in de laatste minuut scoorde Joep")."""
    if not (grammar.praising or grammar.adjective_endings):
        return False
    others = grammar.every_preposition | grammar.function | grammar.connectors | grammar.second
    for _ in range(3):
        if i is None or not pieces[i].text.isalpha() or not pieces[i].text.islower() or _text(pieces, i) in others:
            return False
        i = neighbour(pieces, i, -1)
        if _text(pieces, i) in grammar.determiners | ARTICLES:
            return _text(pieces, neighbour(pieces, i, -1)) in grammar.every_preposition
    return False


def _thanking(pieces: Sequence[Piece], name: int | None, grammar: Grammar) -> bool:
    """Does a word of thanks come just before the first name of a sequence ("Cheers to Aroha for the coffee, Rangi
    for the trailer", "danken wir Ursula für die Tombola")? Then each name's phrase says what the thanks are for,
    and stays: no line-up's item."""
    i = name
    for _ in range(3):  # no further than its sentence, which an emoji may end: "... back room 🎻 Rory on fiddle"
        if (i := neighbour(pieces, i, -1)) is None or not any(c.isalnum() for c in pieces[i].text):
            return False
        if _text(pieces, i) in grammar.addresses:
            return True
    return False


def _parallel_after(pieces: Sequence[Piece], comma: int | None, nxt: int | None, grammar: Grammar) -> list[int]:
    """The words after a name up to the next comma, "and" or sentence end, where they open with a preposition and
    the comma or "and" before the name closes another's words of that shape ("Sam Brown on fiddle, Patrick on bodhrán
    and guests", "Sam on vocals and Carla on drums"): the name's item of a list, to go whole with its joiner."""
    if _text(pieces, comma) not in grammar.connectors or _text(pieces, nxt) not in grammar.prepositions:
        return []
    segment, _ = _item_words(pieces, nxt, grammar)
    first = _item_before(pieces, comma, grammar)
    while first is not None and (earlier := _item_before(pieces, neighbour(pieces, first, -1), grammar)) is not None:
        first = earlier  # back to the line-up's first item
    return segment if first is not None and not _thanking(pieces, first, grammar) else []


def _line_up(pieces: Sequence[Piece], nxt: int | None, grammar: Grammar) -> bool:
    """Do the words after a name open with a preposition up to a comma or "and", after which another name has
    words that open with the same ("with Aoife Brennan on fiddle and Mick Hynes on the box")? Then the name is
    the first item of a line-up, and its phrase is needed: "with a friend on fiddle and Mick Hynes on the box"."""
    if _text(pieces, nxt) not in grammar.prepositions:
        return False
    segment, i = _item_words(pieces, nxt, grammar)
    if i is not None and len(segment) <= MAX_ITEM_WORDS + 2 and _text(pieces, i) not in grammar.connectors:
        return False  # the sentence or another name ends the words before a comma or "and" does
    j, named = neighbour(pieces, i, 1), 0
    while j is not None and named < MAX_ITEM_WORDS and (pieces[j].is_name or capitalised(pieces, j)):
        j, named = neighbour(pieces, j, 1), named + 1
    return i is not None and named > 0 and _text(pieces, j) == _text(pieces, nxt)


def _item_words(pieces: Sequence[Piece], nxt: int, grammar: Grammar) -> tuple[list[int], int | None]:
    """The words of a line-up's item after its name, from `nxt` up to the comma, "and", sentence end or name that
    ends them (at most MAX_ITEM_WORDS + 3), and the piece after them (None at the line's end)."""
    segment, i = [], nxt
    while i is not None and len(segment) <= MAX_ITEM_WORDS + 2:
        if pieces[i].text in SENTENCE_ENDS or _text(pieces, i) in grammar.connectors or pieces[i].is_name:
            break
        segment.append(i)
        i = neighbour(pieces, i, 1)
    return segment, i


def _item_before(pieces: Sequence[Piece], joiner: int | None, grammar: Grammar) -> int | None:
    """The name before a comma or "and" whose words up to it open with a preposition ("Brown on fiddle,", "Felix
    an den Drums,"), else None."""
    if _text(pieces, joiner) not in grammar.connectors:
        return None
    j = joiner
    for _ in range(MAX_ITEM_WORDS + 3):
        if (j := neighbour(pieces, j, -1)) is None or pieces[j].text in SENTENCE_ENDS:
            return None
        named = pieces[j].is_name or capitalised(pieces, j)
        if named and _text(pieces, neighbour(pieces, j, 1)) in grammar.prepositions:
            return j
    return None


def _lead_again(pieces: Sequence[Piece], lead: int, grammar: Grammar) -> bool:
    """Does the lead come again after "and" in the sentence, before a word that stays ("Props to @x for the
    styling and to Grace for the hair")? Then the two phrases are parallel and the first keeps its place, with a
    role word; where a redacted name follows the second lead too, both go ("Grazie a X e a Y per la serata")."""
    word, i = pieces[lead].text.casefold(), lead
    while (i := neighbour(pieces, i, 1)) is not None and pieces[i].text not in SENTENCE_ENDS:
        j = neighbour(pieces, i, 1)
        if pieces[i].text.casefold() in grammar.connectors - {","} and j is not None and _text(pieces, j) == word:
            k = neighbour(pieces, j, 1)  # a genitive's phrase stays: "und an Julias Mama für den Kuchen"
            return k is not None and (not pieces[k].is_name or pieces[k].genitive)
    return False


def _lead_before(pieces: Sequence[Piece], lead: int, nxt: int | None, grammar: Grammar) -> bool:
    """Does the lead follow "and" and the same lead earlier in the sentence, with the name's phrase going on after
    it as the earlier one did ("Danke an DJ Pablo für die Musik und an Marco für die Fotos")? Then it keeps its
    place, with a role word: "und an einen Freund für die Fotos", not "für die Musik für die Fotos"."""
    joiner = neighbour(pieces, lead, -1)
    if _text(pieces, joiner) not in grammar.connectors - {","} or _text(pieces, nxt) not in grammar.prepositions:
        return False
    word, after, i, own = _text(pieces, lead), _text(pieces, nxt), joiner, False
    while (i := neighbour(pieces, i, -1)) is not None and pieces[i].text not in SENTENCE_ENDS:
        # "für die Musik": the first phrase has its own, also contracted ("für den Plan und an Matze fürs Fahren")
        own = own or _same_preposition(_text(pieces, i), after)
        if _text(pieces, i) == word:  # where it has not, the rest can be the first phrase's ("a tutto il team per")
            return own and (k := neighbour(pieces, i, 1)) is not None and not pieces[k].is_name  # that phrase stays
    return False


def _same_preposition(one: str, other: str) -> bool:
    """The same preposition, or one and its contraction with an article ("für", "fürs"; "in", "ins")."""
    return (
        one == other
        or len(one) > 1
        and len(other) > 1
        and abs(len(one) - len(other)) == 1
        and (one.startswith(other) or other.startswith(one))
    )


def _as_who(pieces: Sequence[Piece], nxt: int | None, grammar: Grammar) -> bool:
    """Does an "as" after the name open a phrase with its own determiner that says who the person is ("as our new
    Head of Data", "als unsere neue Trainerin", "as a new member")?"""
    opener = neighbour(pieces, nxt, 1)
    return _text(pieces, nxt) in grammar.as_words and _text(pieces, opener) in grammar.determiners | grammar.indefinites


def _after_imperative(pieces: Sequence[Piece], group: list[int], grammar: Grammar) -> bool:
    """German: does the name's sentence open with a plural imperative, a word or two before it and no subject
    ("Folgt Lena", "Fragt einfach Peppe"; not the question "Kennt ihr Lena?")? The name is its object."""
    words = clause_words(pieces, group[0], -1)
    if not 1 <= len(words) <= 3 or not grammar.imperative(words[-1]):
        return False
    if grammar.subjects.intersection(words) or grammar.every_preposition.intersection(words):
        return False  # "Kennt ihr Lena?"; "Organisiert von Frau Jensen", a participle: its preposition's case
    first = group[0]
    for _ in words:
        first = neighbour(pieces, first, -1)
    asked = next((p.text for p in pieces[group[-1] + 1 :] if p.text in SENTENCE_ENDS), "") == "?"
    return not asked and starts_sentence(pieces, neighbour(pieces, first, -1))


def _speaks_to(pieces: Sequence[Piece], i: int | None, grammar: Grammar) -> bool:
    """Does piece i open words spoken to the person, or by the writer ("Tim du bist", "@james we can't wait",
    after a comma "Lena, you made our day", "Tom, dein Freestyle"), and no apposition ("Tom, our coach, ...")?"""
    word = _text(pieces, i)
    return word in grammar.second or word in in_every_language("self_subjects")


def _addressed(pieces: Sequence[Piece], comma: int, nxt: int | None, grammar: Grammar) -> bool:
    """Is a name after a comma addressed: after a greeting or thanks ("Happy birthday, Lena love you"), or before
    a second-person word ("Danke, Lena du bist toll")?"""
    greeting = _text(pieces, neighbour(pieces, comma, -1)) in grammar.addresses | grammar.salutations
    return greeting or _text(pieces, nxt) in grammar.second


def _determined(pieces: Sequence[Piece], i: int | None, grammar: Grammar) -> bool:
    """A noun after a possessive or article, in German also after adjectives: "Unsere Nachbarin", "our planner",
    "Unsere neue Physiotherapeutin"."""
    if i is None or not pieces[i].text[:1].isalpha() or pieces[i].is_name or _text(pieces, i) in grammar.function:
        return False  # "Das ist Wasti": a verb, no noun after its article
    before = neighbour(pieces, i, -1)
    for _ in range(MAX_ADJECTIVES if pieces[i].text[:1].isupper() else 0):
        if (
            before is None
            or _text(pieces, before) in grammar.determiners
            or not _modifier(pieces[before].text, grammar)
        ):
            break  # "unserer" ends as adjectives do
        before = neighbour(pieces, before, -1)
    lower = pieces[i].text[:1].islower() and not grammar.adjective(pieces[i].text)  # "die kleine Hannah" stays
    if grammar.subjects and lower and _text(pieces, before) in ARTICLES:
        return False  # "das sagt Carlos": a German noun after its article is capitalised, this is a verb
    return _text(pieces, before) in grammar.determiners


def _modifier(word: str, grammar: Grammar) -> bool:
    """A word before the noun a name stands after: an adjective, or in German an English word that a compound of
    the two languages opens ("unsere Second Shooterin", "unser Senior Designer"), capitalised as the noun is."""
    english = bool(grammar.subjects) and word[:1].isupper() and word.casefold() in english_words()
    return grammar.adjective(word) or english and word not in noun_articles()


def _role_after(pieces: Sequence[Piece], opener: int | None, grammar: Grammar, lead: str) -> bool:
    """Does an article of the lead's language, or a genitive, open a phrase with a role noun ("die Mama der Braut",
    "Lea's teacher")?"""
    said = _text(pieces, opener)
    if said in ARTICLES:
        led = lead_language(lead)
        if led is not None and led != ("en" if said == "the" else "de"):
            return False
    elif not said.endswith(("'s", "’s")):
        return False
    words = [opener]
    while len(words) <= MAX_ITEM_WORDS and (j := neighbour(pieces, words[-1], 1)) is not None:
        words.append(j)
    for j in words[1:]:  # the role noun, after lowercase words only: "der wieder 200 Berliner gespendet hat" is none
        if grammar.is_role(_text(pieces, j)):
            return True
        if not pieces[j].text.isalpha() or not pieces[j].text.islower():
            return False
    return False


def _between_commas(pieces: Sequence[Piece], prev: int | None, nxt: int | None, grammar: Grammar) -> bool:
    """Is the name addressed between two commas before a preposition ("Thank you, Fritz, for everything")? Both
    commas go with it."""
    return (
        _text(pieces, prev) == ","
        and _text(pieces, nxt) == ","
        and _text(pieces, neighbour(pieces, nxt, 1)) in grammar.prepositions
    )


def _list_after(pieces: Sequence[Piece], comma: int, grammar: Grammar) -> bool:
    """Does a list of noun phrases go on after the comma: an article after it and a connector before the sentence
    ends ("Pastor Brandt, the bridesmaids and the whole family")?"""
    first = neighbour(pieces, comma, 1)
    if first is None or pieces[first].text.casefold() not in ARTICLES:
        return False
    j = first
    while (j := neighbour(pieces, j, 1)) is not None and pieces[j].text not in SENTENCE_ENDS:
        if pieces[j].text.casefold() in grammar.connectors - {","}:
            return True
    return False


def _aged(pieces: Sequence[Piece], comma: int) -> bool:
    """Does an age stand between the comma after the name and the next, alone or in a phrase of up to three words
    ("Klaus Peters, 84, kommt", "La Sra. Ruiz, con 72 años, ha bailado", "Margaret, aged 90, still bakes")?"""
    j, words = comma, []
    for _ in range(4):
        j = neighbour(pieces, j, 1)
        if j is None or not pieces[j].text.isalnum():
            closed = j is not None and pieces[j].text == "," and any(w.isdigit() for w in words)
            return closed and (len(words) == 1 or not AGE_WORDS.isdisjoint(words))
        words.append(_text(pieces, j))
    return False


def _clause_role(pieces: Sequence[Piece], i: int, nxt: int | None, grammar: Grammar) -> int | None:
    """The role noun (with a word before it: "guest artist") that opens a clause after a comma or a connector,
    before the name and its verb: once the name goes it takes its article (", Pastor Coordes hält die Andacht" ->
    ", der Pastor hält ...", "Tim and conductor Gerrit will be there" -> "Tim and the conductor will be there")."""
    j, k = i, neighbour(pieces, i, -1)
    words_before = grammar.connectors | grammar.function | grammar.determiners | grammar.subordinators
    if (
        k is not None
        and pieces[k].text[:1].isalpha()
        and not pieces[k].is_name
        and _text(pieces, k) not in words_before
    ):
        j, k = k, neighbour(pieces, k, -1)
    if _text(pieces, k) not in grammar.connectors or _text(pieces, i) in grammar.kin:
        return None  # not after a connector: "and her husband Tom hosted" has its article
    return j if _verb_after(pieces, nxt, grammar) else None


def _names_before(pieces: Sequence[Piece], k: int, grammar: Grammar) -> bool:
    """Does a capitalised word that is no role noun stand right before piece `k` (a name: "Trainer Jan Nowak und")?"""
    before = neighbour(pieces, k, -1)
    return capitalised(pieces, before) and not grammar.is_role(pieces[before].text)


def _opening_role(pieces: Sequence[Piece], i: int, grammar: Grammar) -> int | None:
    """The role noun that opens the sentence without an article ("Mother of the bride", "Trainer"): once the
    name after it goes, it reads as "The mother of the bride", "Der Trainer". Kinship words go without one ("Oma
    wird 90")."""
    j = i
    while (k := neighbour(pieces, j, -1)) is not None and not starts_sentence(pieces, k):
        named = _text(pieces, k) in grammar.connectors and _names_before(pieces, k, grammar)
        if pieces[k].is_name or pieces[k].text == "," or named:
            # "Trainerin Diallo und Betreuerin Steffi", "Trainer Jan Nowak und Betreuer Y sind ...", "Vorsitzende X
            # begrüßt alle, Kassenwart Y stellt ...": the opening role noun is another name's ("Trainer und
            # Betreuer Y" is one person's two)
            return None
        j = k
    t = pieces[j].text.casefold()
    if not grammar.is_role(t) or t in grammar.kin or not pieces[j].text[:1].isupper():
        return None
    return j
