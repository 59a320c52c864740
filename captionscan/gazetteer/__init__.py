"""Name lists shared by extraction (names inside hashtags), rewriting (gendered roles) and model training.

`first_names.tsv` is the project's own list of common first names (name, gender f/m/u, lang de/en/xx);
`surnames.txt.gz` is the GermaNER surname list (Apache-2.0, see the README's credits); `places.txt` is the
project's own list of countries, regions, waters, mountains and cities (one word of a place name per line,
words that are mostly something else left out). The `faker_*` and `geonames_*` lists are larger and uncurated,
built by `models/training/build_gazetteer.py` from faker's name lists and GeoNames' place names (both MIT
packages; GeoNames data CC-BY 4.0); so are `common_<lang>.txt.gz` and `german_words.txt.gz`, the words of the
training data, and `english_words.txt.gz`, the lowercase words of SCOWL's English word lists (see LICENSE-scowl.txt).
"""

from __future__ import annotations

import gzip
from dataclasses import dataclass
from functools import cache
from importlib import resources

# Words between the parts of a name: "Clara von Hagen", "Marcus van der Berg".
PARTICLES = frozenset("von van de der den del della di da du zu zur vom ten ter le la dos das".split())
# Everyday words and brands that are also first names or surnames: alone, they are no evidence of a person.
EVERYDAY_WORDS = frozenset(
    """januar februar märz april mai juni juli august september oktober november dezember january february march
    may june july october december montag dienstag mittwoch donnerstag freitag samstag sonntag sommer winter herbst
    frühling summer autumn spring rose lilie lily iris jasmin daisy violet poppy holly ivy heather dahlia flora
    hope faith grace joy glory liebe sonne mond stern stein berg see wald bach busch fuchs wolf vogel fischer
    bauer koch weiss weiß schwarz braun klein lang kurz groß gross jung alt neu frank young king white brown green
    black baker cook rich hunter will mark bill pat rob sue art guy dawn eve amber ruby pearl jade crystal paris
    florence sydney austin jordan chelsea brooklyn berlin hagen essen bremen sky river storm rain sunny happy engel
    heide hahn fink strauß strauss blum könig kaiser graf glück frei froh held herz himmel licht morgen abend nacht
    tag wein ernst gut mercedes porsche ferrari tesla chanel dior prada gucci hermes cartier tiffany zara nike adidas
    apple sony canon nikon leica fuji island""".split()
)


@dataclass(frozen=True)
class FirstName:
    name: str
    gender: str  # "f", "m", or "u" when the name is given to both
    lang: str  # "de", "en", or "xx" for names common in neither


@cache
def first_names() -> dict[str, FirstName]:
    """By casefolded name."""
    table = resources.files(__package__).joinpath("first_names.tsv").read_text(encoding="utf-8")
    rows = (FirstName(*line.split("\t")) for line in table.splitlines()[1:] if line.strip())
    return {row.name.casefold(): row for row in rows}


def _words(name: str) -> frozenset[str]:
    raw = resources.files(__package__).joinpath(name).read_bytes()
    return frozenset(gzip.decompress(raw).decode("utf-8").split())


@cache
def surnames() -> frozenset[str]:
    """GermaNER's and faker's, in lowercase as spaCy's `lower_` ("weiß", not "weiss"); many are also everyday words
    (Weiß, Fuchs, Berg), so membership alone proves nothing."""
    return frozenset(w.lower() for w in _words("surnames.txt.gz")) | _words("faker_last_names.txt.gz")


@cache
def given_names() -> frozenset[str]:
    """First names of many countries (faker's and ours) in lowercase, everyday words among them (Rose, Will)."""
    return _words("faker_first_names.txt.gz") | frozenset(first_names())


@cache
def geonames_places() -> frozenset[str]:
    """Words of the names of cities, countries and states in lowercase, many of them everyday words (Nice, Bath)."""
    return _words("geonames_places.txt.gz")


@cache
def places() -> frozenset[str]:
    """Casefolded words of place names."""
    return frozenset(resources.files(__package__).joinpath("places.txt").read_text(encoding="utf-8").casefold().split())


@cache
def common_words(lang: str) -> frozenset[str]:
    """Lowercase words seen at least twice outside names and places in the training corpora of `lang` (de, en):
    a capitalised German noun or an English word in lowercase found there is rarely a name."""
    return _words(f"common_{lang}.txt.gz")


@cache
def german_words() -> frozenset[str]:
    """Lowercase words seen even once outside any entity in the German training data (the files, legal prose in
    full, and the generated captions): nearly five times the common words, so many more of the capitalised nouns
    that are also surnames."""
    return _words("german_words.txt.gz")


@cache
def english_words() -> frozenset[str]:
    """English words in lowercase, inflected forms included ("thumbs", "stabilized"); no names."""
    return _words("english_words.txt.gz")


@cache
def function_or_everyday_words() -> frozenset[str]:
    """Words that alone are no evidence of a name or place: spaCy's German and English stop words and
    EVERYDAY_WORDS."""
    from spacy.lang.de.stop_words import STOP_WORDS as DE
    from spacy.lang.en.stop_words import STOP_WORDS as EN

    return EVERYDAY_WORDS | DE | EN


@cache
def name_words() -> frozenset[str]:
    """First names that, on their own, most likely are one: at least 3 letters, not a word of the above."""
    return frozenset(n for n in first_names() if len(n) >= 3 and n not in function_or_everyday_words())


@cache
def world_name_words(lang: str) -> frozenset[str]:
    """First names of many countries that, on their own, most likely are one in `lang` (de, en): at least 3
    letters, no function or everyday word, particle, or common word of that language's corpora ("Brett")."""
    ruled_out = function_or_everyday_words() | PARTICLES | common_words(lang)
    return frozenset(n for n in given_names() if len(n) >= 3 and n not in ruled_out)


@cache
def place_words() -> frozenset[str]:
    """Place words that are neither first names nor everyday words."""
    return frozenset(p for p in places() if p not in function_or_everyday_words() and p not in first_names())
