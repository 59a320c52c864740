"""Do the words around a lone name say it names a person? A review finding asks someone to look, so a lone first
name, surname or alias, or a near miss of one, is a review only where the unit gives it person context, and a near
miss never where the text's word is an everyday word, a place or a brand ("Brunnen" for a listed Brunner)."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache, lru_cache

import regex

from captionscan.data import (
    EVERYDAY_ZIPF,
    NAME_ZIPF,
    PARTICLES,
    brand_names,
    first_name_word,
    first_names,
    geonames_places,
    in_every_language,
    person_cues,
    person_nouns,
    place_words,
    surnames,
    titles,
    word_anywhere,
    word_lists,
)
from captionscan.records import Entity

# A near miss at least EVERYDAY_ZIPF frequent in German or English is an everyday word, unless it is a common first
# name; German and English words stand in captions of every language, so both count, and the text's own language.
LANGS = ("de", "en")
TOKEN = regex.compile(r"@[\w.]+|[\p{L}\p{M}\p{N}]+|[&+,(]")
# The line up to the name, and after it: a name's context ends at a line break.
LINE_BEFORE = regex.compile(r"(?r)[^\n]*")
LINE_AFTER = regex.compile(r"[^\n]*")
# Characters of the name's line read on each side: a caption's line is shorter, and a text of one long line costs
# no more than one of captions (a line of 240,000 characters with 20,000 lone names had taken four minutes).
LINE_REACH = 1000
# a sentence ended before the name, with a stop or an emoji ("Working bee 🌱 Tariq is bringing"): it opens the next
SENTENCE_BEFORE = regex.compile(r"[.!?…\p{Extended_Pictographic}][^\p{L}\p{N}]*$")
LETTER = regex.compile(r"[\p{L}\p{N}]")


@cache
def _cues() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Words right before a name (titles, kin, prepositions), words anywhere on its line (greetings, thanks,
    wishes), and words that join names in a list (data/rule_words.tsv, data/person_cues.tsv)."""
    rule, cues = word_lists("rule_words.tsv"), word_lists("person_cues.tsv")
    before = frozenset(rule["titles"] + cues["kin"] + cues["prepositions"])
    line = frozenset(rule["edge_words"] + rule["greetings"] + cues["wishes"])
    return before, line, frozenset(rule["list_joiners"] + rule["world_joiners"])


@cache
def brands() -> frozenset[str]:
    """Brands, shops and characters of one word, in lowercase (data/brands.txt)."""
    return frozenset(name for name in brand_names() if " " not in name)


@lru_cache(maxsize=1 << 14)
def ordinary(word: str, near_miss: bool, lang: str = "") -> bool:
    """Is the text's `word` a brand or a place word (for a near miss: any place name's word, an everyday word of
    German or English, or a frequent one of the text's `lang`, a common first name excepted: "Jullie" is no Julien)?
    Then, alone, it says nothing of a person."""
    low = word.casefold()
    if low in brands() or low in place_words():
        return True
    if not near_miss or low in first_names():
        return False
    if low in geonames_places() or any(word_anywhere(low, one, EVERYDAY_ZIPF) for one in LANGS):
        return True
    # in the text's own language wordfreq counts its names as words ("nicolò" 3.8 in Italian): only a word more
    # frequent than names are ("jullie" 5.9 in Dutch)
    return bool(lang) and lang not in LANGS and word_anywhere(low, lang, NAME_ZIPF)


MINUTE = regex.compile(r"[^\S\n]*\(?\d{1,3}(?:\+\d{1,2})?['’′]")  # "12'", "90+3'", "(45')"


def person_context(
    text: str, start: int, end: int, entities: Sequence[Entity], ends_name: bool, first: bool = False
) -> bool:
    """Does the unit say the lone name at `start:end` is a person: the NER's PERSON span over it, a genitive
    (`ends_name`), no other word in the unit, a title, kinship word or preposition right before it ("Oma Gerda",
    "mit Ben"), a greeting or thanks on its line ("Danke Brunner!"), another name, an initial or an @mention beside
    it or in a list with it ("Kasia und Tomasz", "@mia.s & Ben"), a bracket after it that describes the person
    ("Mia (7)"), the minute of a goal after it ("Vandeputte 12'"), or, where it opens its line or sentence, a comma
    or a word of the second person after it that addresses the person ("Emre, du bist...", "Vale sei stupenda",
    "Quelle lumière. Maë, tu rayonnais !") or a verb it is the subject of ("Linh ist ab September wieder da");
    before a `first` name also a possessive ("und ihr Hias")?"""
    if ends_name or any(e.label == "PERSON" and e.start <= start and end <= e.end for e in entities):
        return True
    if not (LETTER.search(text, 0, start) or LETTER.search(text, end)):
        return True  # the name is all the unit says: a comment to or a tag of the person
    if MINUTE.match(text, end):
        return True  # "Doelpunten: Vandeputte 12', Van den Bossche 45'": a scorer, at the minute of the goal
    before_cues, line_cues, joiners = _cues()
    line_before = LINE_BEFORE.match(text, max(0, start - LINE_REACH), start).group()
    before = TOKEN.findall(line_before)
    after = TOKEN.findall(LINE_AFTER.match(text, end, end + LINE_REACH).group())
    if before and before[-1].casefold() in before_cues or line_cues.intersection(map(str.casefold, before + after)):
        return True
    if before and before[-1] in person_nouns():  # a German noun for a person: "mit Betreuerin Aga"
        return True
    if first and before and before[-1].casefold() in person_cues("possessives"):
        return True
    if any(_name_like(*_beside(side, joiners)) for side in (before[::-1], after)):
        return True
    opening = bool(after) and (not before or SENTENCE_BEFORE.search(line_before))  # "… Emre, du bist ...", "Vale sei"
    addressed = opening and (after[0] == "," or after[0].casefold() in in_every_language("second"))
    return bool(after) and after[0] == "(" or addressed or opening and after[0].casefold() in person_cues("doings")


def said_to(text: str, start: int) -> bool:
    """Does nothing but a sentence's end, a comma, or a greeting or thanks on its line stand before a name ("Koch!",
    "Danke, Koch!", "Danke Koch!"); not another word ("endlich Sommer!", beside a listed Lukas Sommer)?"""
    line_before = LINE_BEFORE.match(text, max(0, start - LINE_REACH), start).group()
    if not LETTER.search(line_before) or SENTENCE_BEFORE.search(line_before) or line_before.rstrip().endswith(","):
        return True
    return bool(_cues()[1].intersection(map(str.casefold, TOKEN.findall(line_before))))


def _initial(token: str) -> bool:
    """One capital letter: an initial ("A. Vogt"), not the Czech or Slovak "a" of a list."""
    return len(token) == 1 and token.isupper()


def _beside(tokens: Sequence[str], joiners: frozenset[str]) -> tuple[str, bool]:
    """The word next to a name (`tokens` run away from it), or the next one past a joiner of a list, and whether
    it is in a list with the name."""
    listed = bool(tokens) and tokens[0].casefold() in joiners and not _initial(tokens[0])
    tokens = tokens[1:] if listed else tokens
    return (tokens[0] if tokens else ""), listed


def _name_like(token: str, listed: bool) -> bool:
    """An @mention, an initial ("A. Vogt"), or a capitalised first name; in a list ("Kessler und Fulde") also a
    surname (beside a name, a capitalised German noun may be taken for one) or the writer ("Vanderstraeten en ik")."""
    if token.startswith("@") or _initial(token):
        return True
    low = token.casefold()
    if listed and low in in_every_language("self"):
        return True
    return token[:1].isupper() and (first_name_word(low) or listed and low in surnames())


TITLE_REACH = 40  # characters before a surname that may hold its title and particles ("Herr von der")


@cache
def _title_genders() -> dict[str, str]:
    """The gender each language's courtesy titles tell (rewrite_words.tsv): "Mrs", "Frau", "Pani" f; "Mr", "Pan" m."""
    found: dict[str, str] = {}
    for key, words in word_lists("rewrite_words.tsv").items():
        if key.endswith((".female_titles", ".male_titles")):
            gender = "f" if key.endswith(".female_titles") else "m"
            for word in words:
                found.setdefault(word.casefold().rstrip("."), gender)
    return found


def title_gender(text: str, start: int) -> str | None:
    """The gender the courtesy title right before the name at `start` tells ("Mrs Kelly": f), if one does; none for
    a couple's titles ("Mr. and Mrs. Okafor", "Herr und Frau Petersen")."""
    before = [w.casefold().rstrip(".") for w in text[max(0, start - TITLE_REACH) : start].rsplit("\n", 1)[-1].split()]
    if not before or not text[start - 1 : start].isspace():
        return None
    genders, joiners = _title_genders(), _cues()[2]
    if len(before) > 2 and before[-2] in joiners and before[-3] in genders:
        return None
    return genders.get(before[-1])


def titled(text: str, start: int) -> bool:
    """Does a title stand right before the surname at `start` on its line, particles between them allowed ("Mme
    Blanc", "Herr von Stetten"), or an academic title with its period ("Frau Mag. Holzer", "Dipl.-Ing. Berger"; not
    the verb of "ich mag Holzer")? Only the few characters before it are read: a long text costs no more."""
    line = text[max(0, start - TITLE_REACH) : start].rsplit("\n", 1)[-1]
    if not line[-1:].isspace():
        return False
    for word in reversed(line.split()):
        low = word.casefold().rstrip(".")
        if low not in PARTICLES:
            return low in titles() or word.endswith(".") and word.casefold() in in_every_language("academic_titles")
    return False
