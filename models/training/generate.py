"""Generate caption-style NER training data (German and English).

The shared corpora are news, tweets and legal prose; captions look different: lowercase names,
names next to emojis and hashtags, line breaks, "Danke an ...", genitives. This generator fills
caption templates with first names from ``captionscan/rewrite/first_names.tsv``, surnames from the shared gazetteer
and places from ``places.tsv``. Every name is fictional by construction (a random first name
with a random surname); @handles and hashtags stay unlabelled, as the extractor finds them by rule.

Output: the shared corpora's JSONL shape, ``{"text", "entities", "lang", "source"}``.
"""

from __future__ import annotations

import csv
import json
import random
import re
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).parent
FIRST_NAMES = HERE.parent.parent / "captionscan" / "rewrite" / "first_names.tsv"  # shared with the rewrites

EMOJIS = ["😍", "✨", "❤️", "🥰", "📸", "💍", "🌊", "☀️", "🎉", "🙏", "😂", "🏔️", "🌸", "💛", "🍂", "🥂"]

# Slots: {P} person, {G} person in the genitive, {L} place, {H} @handle, {T} hashtag, {E} emoji.
TEMPLATES = {
    "de": [
        "Traumhafte Hochzeit von {P} und {P} {L} {E}",
        "{G} Hochzeit {L} war ein Traum {E}",
        "Danke an {P} für die tollen Bilder! {E}",
        "Danke {P} für den schönen Tag {E}",
        "mit {P} {L} {E}",
        "Shooting mit {P} {L}\n📸 {H}",
        "Happy Birthday {P}!! {E}{E}",
        "Alles Gute zum Geburtstag, {P} {E}",
        "Gestern mit {P} und {P} {L} unterwegs",
        "{P} und ich {L} {E} {T}",
        "Wunderschönes Paarshooting mit {P} & {P} {L} {T} {T}",
        "Endlich wieder {L}! Mit {P} {E}",
        "{G} Geburtstag gefeiert {E} {T}",
        "Was für ein Abend mit {P}, {P} und {P} {E}",
        "Auf {P}! {E}",
        "Kleine Pause {L} mit {P}\n{T} {T}",
        "Liebe {P}, danke für alles {E}",
        "{P} {E}",
        "Outfit: {H}\nFotos: {P}",
        "Familienshooting {L} mit {G} Familie {E}",
        "Hochzeitsfotos von {P} und {P} {E}\nLocation: {L}",
        "Heute {L} mit {P}. Danke für den tollen Tag!",
        "Ein Jahr verheiratet: {P} und {P} {E}",
        "Grüße {L}! {E}",
        "Sommer {L} {E} {T}",
        "Die Haare sitzen {E} Danke für die tolle Beratung",
        "Frohe Weihnachten {L} {E}",
        "Im Mai geht's weiter, bis bald {E}",
        "Herbstspaziergang {L} {E} {T}",
        "Guten Morgen {L}! Kaffee und Sonne {E}",
        "Neue Bilder sind online {E} Link in Bio",
        "Danke für eure Nachrichten {E}",
        "Winterzauber {L} {E}",
        "Frühling {L}, endlich {E}",
    ],
    "en": [
        "Dream wedding of {P} and {P} {L} {E}",
        "{G} wedding {L} was magic {E}",
        "Thanks {P} for the amazing photos! {E}",
        "Huge thanks to {P} for a great day {E}",
        "with {P} {L} {E}",
        "Shoot with {P} {L}\n📸 {H}",
        "Happy birthday {P}!! {E}{E}",
        "Yesterday with {P} and {P} {L}",
        "{P} and me {L} {E} {T}",
        "Engagement session with {P} & {P} {L} {T} {T}",
        "Finally back {L}! With {P} {E}",
        "Celebrating {G} birthday {E} {T}",
        "What a night with {P}, {P} and {P} {E}",
        "Cheers to {P}! {E}",
        "Coffee break {L} with {P}\n{T} {T}",
        "Dear {P}, thank you for everything {E}",
        "{P} {E}",
        "Outfit: {H}\nPhotos: {P}",
        "Family session {L} with the {P} family {E}",
        "Wedding photos of {P} and {P} {E}\nVenue: {L}",
        "Today {L} with {P}. Thanks for the lovely day!",
        "One year married: {P} and {P} {E}",
        "Greetings {L}! {E}",
        "Summer {L} {E} {T}",
        "Merry Christmas {L} {E}",
        "See you in May {E}",
        "Autumn walk {L} {E} {T}",
        "Good morning {L}! Coffee and sunshine {E}",
        "New pictures are online {E} link in bio",
        "Thanks for all your messages {E}",
        "Spring {L}, finally {E}",
        "Rose and lily bouquet for the bride {E}",
    ],
}

HASHTAGS = [
    "#hochzeit",
    "#wedding",
    "#love",
    "#photography",
    "#fotografie",
    "#weddingday",
    "#sommer",
    "#bayern",
    "#travel",
    "#instagood",
    "#hochzeitsfotograf",
    "#bride",
    "#family",
    "#goldenhour",
]


@dataclass(frozen=True)
class Tables:
    first_names: dict[str, list[str]]
    surnames: list[str]
    places: dict[str, list[tuple[str, str]]]


def load_tables(surnames_path: Path) -> Tables:
    first: dict[str, list[str]] = {"de": [], "en": []}
    with open(FIRST_NAMES, encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            first[row["lang"]].append(row["name"])
    places: dict[str, list[tuple[str, str]]] = {"de": [], "en": []}
    with open(HERE / "places.tsv", encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            places[row["lang"]].append((row["name"], row["prep_de"]))
    surnames = [
        s for s in surnames_path.read_text(encoding="utf-8").split() if re.fullmatch(r"[A-ZÄÖÜ][a-zäöüß]{2,}", s)
    ]
    return Tables(first, surnames, places)


def _person(rng: random.Random, tables: Tables, lang: str) -> str:
    pool = tables.first_names[lang] if rng.random() < 0.8 else tables.first_names["de" if lang == "en" else "en"]
    name = rng.choice(pool)
    if rng.random() < 0.45:
        name = f"{name} {rng.choice(tables.surnames)}"
    roll = rng.random()
    if roll < 0.25:
        name = name.lower()
    return name


def _genitive(name: str, lang: str) -> tuple[str, int]:
    """Return the genitive form and the length of the part labelled PERSON."""
    if lang == "en":
        return name + "'s", len(name)
    if name[-1] in "sßxz":
        return name + "'", len(name)
    return name + "s", len(name) + 1


def _place(rng: random.Random, tables: Tables, lang: str) -> tuple[str, str]:
    name, prep_de = rng.choice(
        tables.places[lang] if rng.random() < 0.8 else tables.places["de" if lang == "en" else "en"]
    )
    if lang == "de":
        return f"{prep_de} ", name
    return rng.choice(["in ", "at ", "in "]), name


def generate_record(rng: random.Random, tables: Tables, lang: str) -> dict:
    template = rng.choice(TEMPLATES[lang])
    text = ""
    entities: list[list] = []
    for piece in re.split(r"(\{[PGLHTE]\})", template):
        slot = piece[1:-1] if re.fullmatch(r"\{[PGLHTE]\}", piece) else None
        if slot == "P":
            name = _person(rng, tables, lang)
            entities.append([len(text), len(text) + len(name), "PERSON"])
            text += name
        elif slot == "G":
            form, labelled = _genitive(_person(rng, tables, lang), lang)
            entities.append([len(text), len(text) + labelled, "PERSON"])
            text += form
        elif slot == "L":
            prep, name = _place(rng, tables, lang)
            text += prep
            entities.append([len(text), len(text) + len(name), "LOCATION"])
            text += name
        elif slot == "H":
            text += "@" + rng.choice(tables.first_names[lang]).lower() + rng.choice([".", "_", ""]) + "studio"
        elif slot == "T":
            text += rng.choice(HASHTAGS)
        elif slot == "E":
            text += rng.choice(EMOJIS)
        else:
            text += piece
    return {"text": text, "entities": entities, "lang": lang, "source": "generated"}


def generate(lang: str, n: int, seed: int, surnames_path: Path) -> list[dict]:
    rng = random.Random(f"{seed}-{lang}")
    tables = load_tables(surnames_path)
    return [generate_record(rng, tables, lang) for _ in range(n)]


if __name__ == "__main__":
    import sys

    for rec in generate(sys.argv[1], int(sys.argv[2]), 0, Path(sys.argv[3])):
        print(json.dumps(rec, ensure_ascii=False))
