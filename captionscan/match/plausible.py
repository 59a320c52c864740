"""Is a lone first name or surname the listed person? Not where it is an everyday word, a place or a namesake."""

from __future__ import annotations

from functools import cache, lru_cache

import regex

from captionscan.data import (
    EVERYDAY_ZIPF,
    FUNCTION_ZIPF,
    PARTICLES,
    english_words,
    given_names,
    name_bases,
    name_words,
    noun_articles,
    person_cues,
    salutations,
    surnames,
    titles,
    word_anywhere,
    word_lists,
    world_name_words,
)
from captionscan.extract.brands import brand_cover, business_cover
from captionscan.match.candidates import Candidate, Unit
from captionscan.match.context import LANGS, MINUTE, ordinary, person_context, said_to, titled
from captionscan.match.index import is_common
from captionscan.match.normalize import words
from captionscan.records import Entity

# Spanish "del", "al" (de el, a el) before a first name: the name of a feast, a church or a place, as no person's
# first name takes an article so.
MASCULINE_ARTICLE = regex.compile(r"(?i)(?<!\w)(?:del|al)\s+\Z")
# The word right before a name on its line, with a period of an abbreviation, an elision's apostrophe or a hyphen
# ("St. Anna", "Sant'Anna", "Saint-Jean").
WORD_BEFORE = regex.compile(r"(?r)([\p{L}.]+)(?:[^\S\n]+|['’-])\Z")
# A word opening its sentence with a period and then a number is an abbreviation: "Max. 20 Gäste" (maximal), not
# "Danke Max. 20 Jahre ...".
ABBREVIATION = regex.compile(r"\.[^\S\n]*\d")
OPENS = regex.compile(r"(?r)(?:^|[.!?:\n])[^\p{L}\p{N}]*")  # read backwards from the name: no more than it needs
# Words joining the names of a list ("und", "et", "&"), a comma or slash, and an emoji ("Opa Klaus 👴 Klaus Peters",
# one span to the NER): another person follows.
JOINERS = "|".join(regex.escape(w) for w in word_lists("rule_words.tsv")["world_joiners"] if w != ",")
ANOTHER = regex.compile(
    rf"[,/&+\p{{Extended_Pictographic}}]|(?<!\p{{L}})(?:{JOINERS})(?!\p{{L}})", flags=regex.IGNORECASE
)
# A time right after a word: "Thu 20:00", "Mo 17 Uhr", "Sat, 9am".
SCHEDULED = regex.compile(r"[^\S\n]*,?[^\S\n]*\d{1,2}(?:[:.h]\d{2}|[^\S\n]*(?:uhr|am|pm|h)\b)", flags=regex.IGNORECASE)
NOT_WORDS = regex.compile(r"[@#][\w.]+|https?://\S+|www\.\S+")  # handles, hashtags and links: no one writes these
MAX_WORD = 64  # characters of the word after a name read to tell whether it is a surname
MIN_COINED = 3  # letters of the shortest alias that is a name wherever the text writes it capitalised
# A capitalised word right after a lone first name is most likely another person's surname ("Tom Schulz").
SURNAME_FOLLOWS = regex.compile(r"[^\S\n]+\p{Lu}\p{Ll}")
# The capitalised words right after a first name, a surname or more first names ("Maren Sofie", "Anna-Lena").
WORDS_AFTER = regex.compile(r"(?:(?:[^\S\n]+|[-‐‑])\p{Lu}[\p{L}\p{M}]+)+")


def plausible_part(unit: Unit, c: Candidate, ends_name: bool, near_miss: bool) -> bool:
    """A lone first name or surname: not an everyday word, a place or a namesake, unless NER says so; unless the
    unit names the person in full (`c.confirmed`), no brand or place and, where the unit is `judged`, said to be a
    person by the words around it (match/context.py); and a `near_miss`, a name one edit away, never a brand, place
    or everyday word.
    Where the unit names the person in full, or the rule ends the name (`ends_name`: a genitive),
    only NER can make a following capitalised word a surname: in German every noun is capitalised ("Danke
    @lena.vogt! Lena Bilder sind online")."""
    text, entities = unit.text, unit.entities
    if in_place_name(text, c, unit.lang):
        return False
    if c.role == "first" and (before := WORD_BEFORE.search(text, max(0, c.start - 12), c.start)):
        if before.group(1).casefold() in person_cues("feasts"):
            return False  # "Joyeux Noël", whoever the unit names: a feast
        if before.group(1).casefold() in _pets():
            return False  # "Kater Felix (14) sucht ein Zuhause", "our dog Max": a pet's name, as the extractor has it
    if text[c.start : c.end].casefold() in person_cues("weekdays") and SCHEDULED.match(text, c.end):
        return False  # "Thu 20:00 Salsa Improvers" beside a listed Thu Pham: a schedule's weekday
    if c.role == "first" and word_opening(text, c):
        return False  # "Mark your calendars", "Beat the Monday blues": a verb or a noun, whoever the unit names
    opening = c.role == "last" and OPENS.match(text, 0, c.start)
    if opening and word_anywhere(text[c.start : c.end], unit.lang, FUNCTION_ZIPF):
        return False  # "Meer informatie volgt" beside a listed Sjoerd van der Meer: a sentence's first word
    if opening and unit.lang == "de" and _adjective_before_noun(text, c):
        return False  # "Lange Nacht der Yoga-Studios" beside "Johanna Langes Klangschalen": an adjective
    # "voor je lieve woorden": a word of the text's language, not Lieve Peeters; and where the unit names the person
    # in full, a function word: "Hassan Al-Amin has been", not the "Has" his list calls him ("françois", "mai" stay)
    # ... unless a surname the unit writes capitalised: "Un petit bonnet ... Bienvenue à Lucas Bonnet" knits a hat
    lowercase = text[c.start].islower()
    worded = lowercase and c.role == "last" and _capitalised_elsewhere(text, c)
    zipf = FUNCTION_ZIPF if c.confirmed and not worded else EVERYDAY_ZIPF
    if lowercase and word_anywhere(text[c.start : c.end], unit.lang, zipf) and not _lowercase_name(unit, c):
        return False
    if not c.confirmed and COMPOUND_BEFORE.search(text, max(0, c.start - 2), c.start):
        return False  # "TSV Blau-Weiß", "Rot-Weiß Essen": the end of a compound, not Dr. Sabine Weiß
    if not c.confirmed and _place_word_after(text, c.end):
        return False  # "Flights from Shannon Airport", "Kelly Park": a place's name
    if not c.confirmed and unit.lang == "en" and c.rule != "genitive" and THE_BEFORE.search(text, 0, c.start):
        if c.role != "last" or not _family_beside(text, c):
            return False  # "over the Shannon": English takes no article before a name; "the Schmitz family" is one
    if c.role == "first" and not c.confirmed and _greets_another(text, c, unit.lang):
        return False  # "Lieve allemaal", "Lieve Fenna": the greeting, not Lieve Peeters
    scorer = c.role == "last" and not near_miss and MINUTE.match(text, c.end) is not None  # "Tore: Wolf 67'"
    # a surname its title or a scorer's minute says is one, though a town or a word: "Sig.ra Colombo"
    said_surname = scorer or c.role == "last" and not near_miss and titled(text, c.start)
    if (near_miss or not c.confirmed) and not said_surname and ordinary(text[c.start : c.end], near_miss, unit.lang):
        return False
    if not c.confirmed and ABBREVIATION.match(text, c.end) and OPENS.match(text, 0, c.start):
        return False
    if (brand_cover if not c.confirmed else business_cover)(text).covers(c.start, c.end):
        return False  # "das Autohaus Schneider", "Pizzeria da Giulia": a business's name, whoever the unit names
    particled = c.role == "last" and len(words(text[c.start : c.end])) > 1  # "Van den Bossche stond te blinken"
    judged = unit.judged and not particled and not _coined(unit, c)
    if (
        not c.confirmed
        and judged
        and not said_surname  # a title is a person's context: "Obfrau Mag.a Hofbauer"
        and not _lowercase_nickname(unit, c)
        and not person_context(text, c.start, c.end, entities, ends_name, c.role == "first")
    ):
        return False
    if c.role == "first" and not c.confirmed and _namesake_elsewhere(text, c, unit.lang):
        return False  # "Margaux Dubois, notre nouvelle assistante ... Bienvenue Margaux": hers, not a listed Margaux's
    if c.role == "last" and _first_name_of_another(text, c):
        return False  # "Luca Fontana" is no Giulia De Luca, listed or named in the same unit
    if c.role == "last" and unit.lang not in CAPITALISED_NOUNS and PARTICLED_AFTER.match(text, c.end):
        return False  # "en Medina del Campo": a place's or another's longer name (German: "Müller von der Feuerwehr")
    persons = [e for e in entities if e.label == "PERSON" and e.start <= c.start and c.end <= e.end]
    if ends_name and text[c.start : c.end].casefold() not in given_names():
        persons = []  # "Kathis Junggesellinnenabschied" is a genitive, whatever NER says; "Jonas Müller" is a name
    if persons:  # "Lena Berger" is someone else than the listed Lena Vogt, who merely shares a first name
        return not any(_namesake(text, c, e, unit.lang) for e in persons)
    # a first name that is a word ("Will", "Summer") is the person where the unit names them in full or by handle
    # and so is a surname with its particles ("Van den Berg maakt de 2-1" after "Pieter van den Berg") or an
    # addressed one ("Koch, du bist die Beste", "Rose, you smashed it" after "Lena Koch", "Emily Rose")
    named_in_full = c.confirmed and (
        text[c.start].isupper() and (c.role != "last" or surname_as_name(text, c, unit.lang)) or particled
    )
    core_words = [w for w in words(text[c.start : c.end]) if w.casefold() not in PARTICLES]  # "van Dijk": no van
    if is_common(core_words) and not named_in_full and not (said_surname or c.role == "last" and _lineup(text, c)):
        return False
    if c.role == "last":  # surnames are often places or, lowercase, plain words ("La rosa" for a listed La Rosa)
        located = any(e.label == "LOCATION" and e.start <= c.start and c.end <= e.end for e in entities)
        core = next(iter(core_words), "")
        # a particle is written in lowercase in Dutch and German ("Aanvoerder K. van Dijk"); in Romance languages it
        # is as often a preposition ("el pueblo de Lucía" is no listed De Luca's)
        particle = text[c.start].islower() and unit.lang in LOWERCASE_PARTICLES and not near_miss
        # a surname the NER took for a place is the person's where a list or a scorer's minute says so, or, where the
        # unit names the person in full, a family word ("the Thornton family", "familie van den Berg")
        said = scorer or _lineup(text, c) or c.confirmed and _family_beside(text, c)
        return (text[c.start].isupper() or particle) and core[:1].isupper() and (not located or said)
    return (
        c.confirmed
        or ends_name
        or not SURNAME_FOLLOWS.match(text, c.end)
        or c.role == "first"
        and _first_name_run(text, c.end)
    )


GERMAN_ADJECTIVE = regex.compile(r"\p{Lu}\p{Ll}+(?:e|en|er|es)")


def _adjective_before_noun(text: str, c: Candidate) -> bool:
    """Is the German surname an adjective's form that is a German word, before a noun ("Lange Nacht", "Neue Kurse")?"""
    word = text[c.start : c.end]
    after = NEXT_CAPITALISED.match(text, c.end)
    return (
        GERMAN_ADJECTIVE.fullmatch(word) is not None
        and word_anywhere(word, "de", EVERYDAY_ZIPF)
        and after is not None
        and after.group(1) in noun_articles()
    )


WORD_AFTER = regex.compile(r"[^\S\n]+([\p{L}.]+)")


def _capitalised_elsewhere(text: str, c: Candidate) -> bool:
    """Does the unit write the lowercase word at `c` capitalised, as a name, somewhere else?"""
    word = text[c.start : c.end]
    return any(
        m.start() != c.start for m in regex.finditer(rf"(?<!\p{{L}}){regex.escape(word.capitalize())}(?!\p{{L}})", text)
    )


def _lowercase_name(unit: Unit, c: Candidate) -> bool:
    """In a text written all in lowercase, a name the extractor takes for a person is one, though wordfreq counts
    first names as words ("mit jana im biergarten", "happy birthday tom"); where the writer capitalises, a
    lowercase word is a word ("voor je lieve woorden")."""
    return _all_lowercase(unit.text) and any(
        e.label == "PERSON" and e.start <= c.start and c.end <= e.end for e in unit.entities
    )


def _lowercase_nickname(unit: Unit, c: Candidate) -> bool:
    """In a text written all in lowercase, is the first name or alias no word of its language nor of English
    ("donie what a dancer", "shiv ye looked unreal")? Capitals, which give the words around a name their say,
    tell nothing there, and the NER rarely marks a lowercase name."""
    word = unit.text[c.start : c.end]
    return (
        c.role == "first"
        and word.islower()
        and _all_lowercase(unit.text)
        and not word_anywhere(word, unit.lang, EVERYDAY_ZIPF)
        and not word_anywhere(word, "en", EVERYDAY_ZIPF)
    )


def _all_lowercase(text: str) -> bool:
    """Is the text written in lowercase, but for a first letter a phone may capitalise?"""
    letters = [ch for ch in NOT_WORDS.sub(" ", text) if ch.isalpha()]
    return not any(ch.isupper() for ch in letters[1:])


@cache
def _noun_leads(lang: str) -> frozenset[str]:
    """Words of `lang` before a noun: articles and determiners ("der Koch", "im Winter", "the rose", "una Ferrari")."""
    rewrite = word_lists("rewrite_words.tsv")
    german = word_lists("rule_words.tsv")["german_articles"] if lang == "de" else ()
    return frozenset((*german, *rewrite.get(f"{lang}.determiners", ()), *rewrite.get(f"{lang}.indefinites", ())))


# After a name it addresses: "!", "?" or a comma and a lowercase word ("Koch, du bist ..."; not "Winter, Schnee").
ADDRESSED = regex.compile(r"[!?]|,[^\S\n]*\p{Ll}")


def surname_as_name(text: str, c: Candidate, lang: str) -> bool:
    """Is a capitalised surname that is also a word a name here: addressed, after no article ("Danke, Koch!", "Koch,
    du bist ..."; not "der Koch", "Winter kommt", "Winter, Schnee, Glühwein"), where nothing but thanks, a greeting
    or a sentence's end stands before it on its line ("Danke Koch!"; not "endlich Sommer!", "endlich Sommer, endlich
    kurze Hose!")?"""
    return not _noun_led(text, c, lang) and ADDRESSED.match(text, c.end) is not None and said_to(text, c.start)


def _noun_led(text: str, c: Candidate, lang: str) -> bool:
    """Does the word stand as a noun: after an article or determiner, or first in a compound ("Winter-Märchen")?"""
    before = WORD_BEFORE.search(text, max(0, c.start - 20), c.start)
    compound = text[c.end : c.end + 1] in ("-", "‑")
    return compound or before is not None and before.group(1).casefold() in _noun_leads(lang)


def _family_beside(text: str, c: Candidate) -> bool:
    """Is a family word right before or after the surname ("Familie Böhm", "the Thornton family")?"""
    before = WORD_BEFORE.search(text, max(0, c.start - 12), c.start)
    after = WORD_AFTER.match(text, c.end, c.end + 12)
    return any(m is not None and m.group(1).casefold().rstrip(".") in person_cues("families") for m in (before, after))


CAPITALISED_NOUNS = ("de", "lb")  # languages that capitalise every noun, so that a particle may be a preposition
LOWERCASE_PARTICLES = ("nl", "de")  # languages whose captions write a surname's particle in lowercase
LINEUP_ITEMS = regex.compile(r"[^,;/–—\n]+")  # a line's items: "Bauer – Wolf, Müller, Brandl"
BRACKETS = regex.compile(r"\([^)]*\)")
MIN_LINEUP = 3  # other surnames that are no everyday words in a line that makes a surname that is one a person's


def _lineup(text: str, c: Candidate) -> bool:
    """Is the surname an item of a line of surnames, as a team's line-up or a list of scorers writes it ("Bauer –
    Wolf, Müller, Brandl, Kraus, Hofmann")? There "Bauer" and "Wolf" are players, though everyday words."""
    start = text.rfind("\n", 0, c.start) + 1
    end = text.find("\n", c.end) % (len(text) + 1)
    items = [
        (m.start() + start, BRACKETS.sub("", m.group()).split(":")[-1].strip())
        for m in LINEUP_ITEMS.finditer(text[start:end])
    ]
    own = [item for at, item in items if at <= c.start and item == text[c.start : c.end]]
    others = [item.split() for at, item in items if item and item != text[c.start : c.end]]
    surnames_there = sum(
        len(item) <= 3 and item[-1][:1].isupper() and item[-1].casefold() in surnames() and not is_common(item[-1:])
        for item in others
    )
    return bool(own) and surnames_there >= MIN_LINEUP


# A particle and a capitalised word after a surname: it goes on, as a place's name or another person's
PARTICLED_AFTER = regex.compile(
    rf"[^\S\n]+(?:(?:{'|'.join(regex.escape(p) for p in sorted(PARTICLES) if p.isalpha())})[^\S\n]+)+\p{{Lu}}"
)
THE_BEFORE = regex.compile(r"(?<![\p{L}])[Tt]he[^\S\n]+\Z")
NEXT_CAPITALISED = regex.compile(r"[^\S\n]+(\p{Lu}\p{Ll}+)")


@cache
def _street_words() -> frozenset[str]:
    return frozenset(word_lists("rule_words.tsv")["street_words"])


def _place_word_after(text: str, end: int) -> bool:
    """Does a capitalised place word follow ("Shannon Airport", "Galway Bay", "Kelly Park")?"""
    after = NEXT_CAPITALISED.match(text, end)
    return after is not None and after.group(1).casefold() in _street_words()


COMPOUND_BEFORE = regex.compile(r"\p{L}-\Z")  # a word and a hyphen right before a name
NEXT_WORD = regex.compile(r"[^\S\n]+[\p{L}@]")


def _greets_another(text: str, c: Candidate, lang: str) -> bool:
    """Is the first name a greeting of the text's language with a word after it ("Lieve allemaal", "Lieve Fenna")?"""
    return text[c.start : c.end].casefold() in salutations(lang) and bool(NEXT_WORD.match(text, c.end))


def in_place_name(text: str, c: Candidate, lang: str) -> bool:
    """Is the first name part of a feast's, church's, square's or town's name: after a saint's word ("San Marco a
    Venezia", "Sankt Anna", "la cathédrale Saint-Jean") or, in Spanish, a masculine article ("la parroquia del
    Carmen", "vamos al Rocío")?"""
    if c.role != "first":
        return False
    return (
        _after_saint(text, c.start)
        or lang == "es"
        and bool(MASCULINE_ARTICLE.search(text, max(0, c.start - 8), c.start))
    )


def _after_saint(text: str, start: int) -> bool:
    """Does a saint's word ("San", "St.", "Sankt", "Sant'") stand right before the first name at `start`?"""
    before = WORD_BEFORE.search(text, max(0, start - 12), start)
    return before is not None and before.group(1).casefold() in _place_prefixes()


@cache
def _place_prefixes() -> frozenset[str]:
    return frozenset(word_lists("rule_words.tsv")["place_prefixes"])


def _namesake_elsewhere(text: str, c: Candidate, lang: str) -> bool:
    """Does the unit name someone else of this first name in full elsewhere ("Margaux Dubois ... Margaux"), also in
    another case ("Kasia Wróbel, nasza absolwentka ... Kasiu, powodzenia!")?"""
    written = text[c.start : c.end]
    forms = [written, *(base.capitalize() for base in name_bases(written.casefold(), lang))]
    return any(at != c.start for form in forms for at in _full_names(text, form))


NEXT_WORD = regex.compile(r"[^\S\n]+(\p{Ll}+)\b")


def word_opening(text: str, c: Candidate) -> bool:
    """Does an English dictionary word open its sentence before an article, a possessive or "of" ("Mark your
    calendars", "Jack of all trades"), or a modal verb before its subject ("Can you guess ...", "Will you marry
    me?")? A name there would need a verb after it ("Mark is back")."""
    word = text[c.start : c.end]
    if not word[:1].isupper() or word.casefold() not in english_words() or not OPENS.match(text, 0, c.start):
        return False
    after = NEXT_WORD.match(text, c.end)
    if after is None:
        return False
    modal = word.casefold() in person_cues("modals") and after.group(1) in person_cues("modal_subjects")
    return modal or after.group(1) in person_cues("word_openers")


@cache
def _pets() -> frozenset[str]:
    return frozenset(word_lists("rule_words.tsv")["pets"])


def _coined(unit: Unit, c: Candidate) -> bool:
    """Is the candidate a listed alias no language has as a word, capitalised ("Korbi hält den Elfmeter", "Luki und
    Seli checken die Props")? The list gives it as this person's name, and the text writes it as a name: no words
    around it need say so. A short one ("Mo", "Ro") may be an abbreviation ("Mo & Mi, 15:30")."""
    word = unit.text[c.start : c.end]
    return (
        c.rule == "alias"
        and len(word) >= MIN_COINED
        and word[:1].isupper()
        and not any(word_anywhere(word, lang, EVERYDAY_ZIPF) for lang in {*LANGS, unit.lang} if lang)
    )


def _first_name_of_another(text: str, c: Candidate) -> bool:
    """Is a lone surname that is also a first name here a first name, before another surname ("Luca Fontana" for
    the "Luca" of a listed De Luca)?"""
    name = text[c.start : c.end]
    return name.casefold() in given_names() and c.start in _full_names(text, name)


@lru_cache(maxsize=256)
def _full_names(text: str, name: str) -> tuple[int, ...]:
    """Where the first name `name` stands before a surname in `text`: not before an everyday word ("Lena Bilder
    sind online") or more first names (`_first_name_run`). Once per text and name: a long text with the name a
    thousand times is read once, not once for each."""
    found = []
    for m in regex.finditer(rf"(?<![\p{{L}}\p{{M}}]){regex.escape(name)}(?![\p{{L}}\p{{M}}])", text):
        if not SURNAME_FOLLOWS.match(text, m.end()):
            continue
        following = words(text[m.end() : m.end() + MAX_WORD])[0].casefold()
        everyday = following not in surnames() and any(word_anywhere(following, lang, EVERYDAY_ZIPF) for lang in LANGS)
        if not everyday and not _first_name_run(text, m.end()) and not brand_cover(text).covers(m.start(), m.end()):
            found.append(m.start())  # "Hugo Boss" is a brand, no namesake of the "Hugo" elsewhere in the text
    return tuple(found)


def _namesake(text: str, c: Candidate, person: Entity, lang: str) -> bool:
    """Does the PERSON span add a capitalised name to the candidate: a first name before a surname
    candidate, a surname after a first-name candidate? More first names after one are no surname (see
    `_first_name_run`); nor is an initial, which hides the surname ("Lena V.")."""
    if c.role == "first" and _first_name_run(text, c.end):
        return False
    if c.role == "first":  # up to another person joined on: "💍Jürgen&Annika💍", one span to the NER; the
        # surname stands next, after its particles: a span the NER ran on over other words ("Cori fürs Leiten")
        after = [w for w in words(ANOTHER.split(text[c.end : person.end], 1)[0]) if w.casefold() not in PARTICLES]
        return bool(after) and after[0][:1].isupper() and len(after[0]) > 1
    # before a surname, a title or a German noun that is no first name is a role: "Hausmeister Schäfer"; a word
    # of the language opening the sentence is none either: "Buts de Lambert"
    before = words(text[person.start : c.start])
    opening = OPENS.match(text, 0, person.start) is not None
    return any(
        w[:1].isupper() and len(w) > 1 and not _role(w) and not (k == 0 and opening and _plain_word(w, lang))
        for k, w in enumerate(before)
    )


def _plain_word(word: str, lang: str) -> bool:
    low = word.casefold()
    return word_anywhere(low, lang, EVERYDAY_ZIPF) and low not in given_names()


def _first_name_run(text: str, end: int) -> bool:
    """Is the first name ending at `end` followed by more first names and no surname? Friends tagged by first name
    ("Kathrin Maren Sofie Carola", "Lena Anna und Tim") are each a lone first name, while "Anna Lena Meyer" is a
    namesake of a listed Anna Becker, with a double first name. A last first name that may be a surname ("Emily
    Carter and James", "Maren Thomas") makes a namesake too: precision over recall."""
    if not (after := WORDS_AFTER.match(text, end)):
        return False
    names = words(after.group())
    return all(map(_first_name, names)) and names[-1].casefold() not in surnames()


def _first_name(word: str) -> bool:
    """A common first name, or one of any country that is no everyday or common word in German or English."""
    low = word.casefold()
    return low in name_words() or low in world_name_words("de") and low in world_name_words("en")


def _role(word: str) -> bool:
    """A title or a German noun that no list has as a first name ("Frau", "Hausmeister", "Referendarin")."""
    low = word.casefold()
    return low in titles() or low not in given_names() and word in noun_articles()  # the big table last
