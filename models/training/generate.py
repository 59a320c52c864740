"""Generate caption-style NER training data (German and English).

The shared corpora are news, tweets and legal prose; captions look different: lowercase names, names
glued to emojis, hashtags and line breaks, "Danke an ...", "with ...", genitives, typos. This generator fills
caption and comment templates with first names from ``captionscan/data/first_names.tsv``, surnames
from the shared gazetteer and places from ``places.tsv`` or built like real German and English place names.
Every name is fictional by construction (a random first name with a random surname). @handles and hashtags
stay unlabelled, as the extractor finds them by rule. Negative templates (greetings, months, seasons,
capitalised German nouns, brands, words that are also surnames) teach what is *not* a name.

Output: the shared corpora's JSONL shape, ``{"text", "entities", "lang", "source"}``.
"""

from __future__ import annotations

import csv
import json
import random
import re
from dataclasses import dataclass
from pathlib import Path

from captionscan.data import first_names

HERE = Path(__file__).parent

EMOJIS = [
    "😍",
    "✨",
    "❤️",
    "🥰",
    "📸",
    "💍",
    "🌊",
    "☀️",
    "🎉",
    "🙏",
    "😂",
    "🏔️",
    "🌸",
    "💛",
    "🍂",
    "🥂",
    "🔥",
    "👏",
    "🙌",
    "😊",
]

# Slots: {P} person (maybe lowercase, misspelt or glued to an emoji), {F} first and last name, {G} person in
# the genitive, {L} place with its preposition, {N} bare place, {H} @handle, {T} hashtag, {E} emoji,
# {W} a capitalised word that is not a name here, {S} a surname alone.
SLOT = re.compile(r"(\{[PFGLNHTEWS]\})")
TEMPLATES = {
    "de": [
        "Traumhafte Hochzeit von {P} und {P} {L} {E}",
        "{G} Hochzeit {L} war ein Traum {E}",
        "Danke an {P} für die tollen Bilder! {E}",
        "Danke {P} für den schönen Tag {E}",
        "danke an {P} und {P} {E}{E}",
        "mit {P} {L} {E}",
        "Shooting mit {F} {L}\n📸 {H}",
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
        "{P} x {P} {E}",
        "Outfit: {H}\nFotos: {F}",
        "Familienshooting {L} mit {G} Familie {E}",
        "Hochzeitsfotos von {F} und {F} {E}\nLocation: {N}",
        "Heute {L} mit {P}. Danke für den tollen Tag!",
        "Ein Jahr verheiratet: {P} und {P} {E}",
        "Fotos: {F} | Styling: {F} | Ort: {N}",
        "Brautpaar {P} & {P} {E} {T}",
        "{P} hat heute Geburtstag {E} wir feiern {L}",
        "Wochenende {L} mit {P} und den Kids {E}",
        "Gruß an {P} {E}",
        "Mit dabei: {F}, {F} und {F}",
        "{N} {E} {T}",
        "{N}, ich komme wieder {E}",
        "Unterwegs zwischen {N} und {N} {E}",
        "Ausblick vom Balkon {L} {E}",
        "Team {P} {E}{E}",
        "Vielen Dank an {H} und {P} für die Organisation {E}",
        "{P} du bist die Beste {E}",
        "Schöne Grüße von {P} und {P} aus {N} {E}",
        "Kaffee {L} mit {P} ☕",
        # news and comment style: surnames alone, titles, ages, quotes
        "„Wir sind sehr zufrieden“ , sagte {F} am Montag .",
        "Trainer {S} war nach dem Spiel enttäuscht .",
        "Bürgermeister {F} ( 54 ) eröffnete das Fest in {N} .",
        "{F} wurde 1954 in {N} geboren und studierte in {N} .",
        "Laut {S} soll das Projekt bis 2025 fertig sein .",
        "Die Ausstellung zeigt Werke von {F} und {F} .",
        "Nach Angaben von {S} kam es in {N} zu Verzögerungen .",
        "Herr {S} und Frau {S} wohnen seit Jahren in {N} .",
        "{F} ( SPD ) kritisierte den Vorschlag scharf .",
        "Im Finale traf {S} auf {F} .",
        "Ich finde {S} hat recht , {P} nicht",
        "Dr. {S} leitet die Klinik in {N} seit 2010 .",
    ],
    "en": [
        "Dream wedding of {P} and {P} {L} {E}",
        "{G} wedding {L} was magic {E}",
        "Thanks {P} for the amazing photos! {E}",
        "Huge thanks to {P} for a great day {E}",
        "thank u {P} and {P} {E}{E}",
        "with {P} {L} {E}",
        "Shoot with {F} {L}\n📸 {H}",
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
        "{P} x {P} {E}",
        "Outfit: {H}\nPhotos: {F}",
        "Family session {L} with the {P} family {E}",
        "Wedding photos of {F} and {F} {E}\nVenue: {N}",
        "Today {L} with {P}. Thanks for the lovely day!",
        "One year married: {P} and {P} {E}",
        "Photo: {F} | Styling: {F} | Location: {N}",
        "Mr & Mrs {P} {E} {T}",
        "{P} is turning 30 today {E} party {L}",
        "Weekend {L} with {P} and the kids {E}",
        "shoutout to {P} {E}",
        "Featuring {F}, {F} and {F}",
        "{N} {E} {T}",
        "{N}, I'll be back {E}",
        "Road trip from {N} to {N} {E}",
        "View from our balcony {L} {E}",
        "Team {P} {E}{E}",
        "Big thanks to {H} and {P} for organising {E}",
        "{P} you're the best {E}",
        "Greetings from {P} and {P} in {N} {E}",
        "lol {P} this is so you {E}",
        "Brunch {L} with {P} 🥞",
        # news and comment style: surnames alone, titles, ages, quotes
        '" We are very happy , " {F} said on Monday .',
        "Coach {S} was disappointed after the game .",
        "Mayor {F} , 54 , opened the festival in {N} .",
        "{F} was born in {N} in 1954 and studied in {N} .",
        "According to {S} , the project will be finished by 2025 .",
        "The exhibition shows works by {F} and {F} .",
        "Mr {S} and Mrs {S} have lived in {N} for years .",
        "{S} beat {F} in the final .",
        "I think {S} is right and {P} is wrong",
        "{F} is trending again lol",
        "Dr. {S} has run the clinic in {N} since 2010 .",
        "RT {H} : {F} just announced a tour in {N}",
    ],
}
NEGATIVES = {
    "de": [
        "Guten Morgen {L}! Kaffee und Sonne {E}",
        "Grüße {L}! {E}",
        "Sommer {L} {E} {T}",
        "Die Haare sitzen {E} Danke für die tolle Beratung",
        "Frohe Weihnachten {L} {E}",
        "Im Mai geht's weiter, bis bald {E}",
        "Herbstspaziergang {L} {E} {T}",
        "Neue Bilder sind online {E} Link in Bio",
        "Danke für eure Nachrichten {E}",
        "Winterzauber {L} {E}",
        "Frühling {L}, endlich {E}",
        "Danke {E} Die {W} war wunderschön",
        "Hallo ihr Lieben! Heute gibt's {W} und Kuchen {E}",
        "Liebe Grüße und ein schönes Wochenende {E}",
        "{W} {E} {T}",
        "Die {W} im Juni, das {W} im Juli {E}",
        "Neues {W} von {W} {E} #werbung",
        "Sonntag, Sonne, {W} {E}",
        "Mein {W} für den Sommer {E} Anzeige: {H}",
        "Gewinnspiel! Markiert eure Freunde {E}",
        "Schönen Montag euch allen {E}",
        "Fuchs, Wolf und Bär im {W} {E}",
        "Ostern {L} {E}",
        "Silvester {L} {E}{E}",
    ],
    "en": [
        "Good morning {L}! Coffee and sunshine {E}",
        "Greetings {L}! {E}",
        "Summer {L} {E} {T}",
        "Merry Christmas {L} {E}",
        "See you in May {E}",
        "Autumn walk {L} {E} {T}",
        "New pictures are online {E} link in bio",
        "Thanks for all your messages {E}",
        "Spring {L}, finally {E}",
        "Rose and lily bouquet for the bride {E}",
        "Happy Monday everyone {E}",
        "Giveaway! Tag your friends {E}",
        "New {W} from {W} {E} #ad",
        "Sunday, sunshine and {W} {E}",
        "Thank You {E} Best Day Ever",
        "Hope and Faith, always {E}",
        "Golden hour {L} {E} {T}",
        "Happy New Year {E}{E}",
        "Easter brunch {L} {E}",
        "OMG this {W} {E}",
    ],
}
# Capitalised words that are not names in the negative templates: German nouns, brands, and everyday
# words that are also surnames or first names elsewhere.
WORDS = {
    "de": [
        "Torte",
        "Deko",
        "Hochzeit",
        "Kirche",
        "Brautstrauß",
        "Kleid",
        "Sonne",
        "Liebe",
        "Freude",
        "Musik",
        "Weiß",
        "Fuchs",
        "Engel",
        "Winter",
        "Sommer",
        "Mai",
        "Rose",
        "Sonnenblume",
        "Nike",
        "Zara",
        "Ikea",
        "Haare",
        "Danke",
        "Wald",
        "Berg",
        "Kaffee",
        "Kuchen",
        "Strand",
        "Party",
        "Feier",
        "Gold",
        "Braun",
    ],
    "en": [
        "Cake",
        "Dress",
        "Church",
        "Bouquet",
        "Love",
        "Music",
        "Rose",
        "Lily",
        "Summer",
        "Grace",
        "Hope",
        "Nike",
        "Zara",
        "Apple",
        "Starbucks",
        "Gold",
        "Brown",
        "White",
        "Joy",
        "Sunny",
        "Autumn",
        "Daisy",
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
    "#tbt",
    "#weekend",
]
PLACE_SUFFIXES = {
    "de": ["hausen", "dorf", "heim", "ingen", "berg", "feld", "stadt", "bach", "au", "burg", "kirchen"],
    "en": ["ton", "ville", "field", "bury", "ford", "wood", " Bay", " Beach", " Springs"],
}


@dataclass(frozen=True)
class Tables:
    first_names: dict[str, list[str]]
    surnames: list[str]
    places: dict[str, list[tuple[str, str]]]


def load_tables(surnames_path: Path) -> Tables:
    first: dict[str, list[str]] = {"de": [], "en": [], "xx": []}
    for row in first_names().values():
        first[row.lang].append(row.name)
    places: dict[str, list[tuple[str, str]]] = {"de": [], "en": []}
    with open(HERE / "places.tsv", encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            places[row["lang"]].append((row["name"], row["prep_de"]))
    surnames = [
        s for s in surnames_path.read_text(encoding="utf-8").split() if re.fullmatch(r"[A-ZÄÖÜ][a-zäöüß]{2,}", s)
    ]
    return Tables(first, surnames, places)


def _first(rng: random.Random, tables: Tables, lang: str) -> str:
    roll = rng.random()
    pool = lang if roll < 0.65 else ("xx" if roll < 0.85 else ("de" if lang == "en" else "en"))
    return rng.choice(tables.first_names[pool])


def _typo(rng: random.Random, word: str) -> str:
    i = rng.randrange(1, len(word))
    return word[:i] + word[i - 1] + word[i:] if rng.random() < 0.5 else word[:i] + word[i + 1 :]


def _person(rng: random.Random, tables: Tables, lang: str, full: bool = False) -> str:
    name = _first(rng, tables, lang)
    if full or rng.random() < 0.4:
        name = f"{name} {rng.choice(tables.surnames)}"
    if rng.random() < 0.05:
        name = _typo(rng, name)
    return name.lower() if rng.random() < 0.25 else name


def _genitive(name: str, lang: str) -> tuple[str, int]:
    """The genitive form and the length of the part labelled PERSON (German labels the whole token)."""
    if lang == "en":
        return name + "'s", len(name)
    if name[-1] in "sßxz":
        return name + "'", len(name)
    return name + "s", len(name) + 1


def _place_name(rng: random.Random, tables: Tables, lang: str) -> tuple[str, str]:
    """(German preposition, place): a known place, or one built from a surname like real place names."""
    if rng.random() < 0.5:
        name, prep_de = rng.choice(
            tables.places[lang] if rng.random() < 0.85 else tables.places["de" if lang == "en" else "en"]
        )
        return prep_de, name
    stem = rng.choice(tables.surnames)
    if lang == "de" and rng.random() < 0.2:
        return "am", f"{stem}see"
    return "in", stem + rng.choice(PLACE_SUFFIXES[lang])


def generate_record(rng: random.Random, tables: Tables, lang: str) -> dict:
    pool = NEGATIVES[lang] if rng.random() < 0.2 else TEMPLATES[lang]
    template = rng.choice(pool)
    if rng.random() < 0.15:  # a second paragraph, as captions have
        template += rng.choice(["\n", "\n\n", " "]) + rng.choice(TEMPLATES[lang] + NEGATIVES[lang])
    if rng.random() < 0.3:
        template += "\n" + " ".join(["{T}"] * rng.randint(1, 5))
    lowercase = rng.random() < 0.08  # some people write everything in lowercase
    text = ""
    entities: list[list] = []

    def add(piece: str, label: str | None = None, labelled: int | None = None) -> None:
        nonlocal text
        if label:
            entities.append([len(text), len(text) + (labelled or len(piece)), label])
        text += piece

    for piece in SLOT.split(template):
        slot = piece[1:-1] if SLOT.fullmatch(piece) else None
        if slot in ("P", "F"):
            add(_person(rng, tables, lang, full=slot == "F"), "PERSON")
            if rng.random() < 0.08:
                add(rng.choice(EMOJIS))  # glued: "Lena😍"
        elif slot == "S":
            add(rng.choice(tables.surnames), "PERSON")
        elif slot == "G":
            form, labelled = _genitive(_person(rng, tables, lang), lang)
            add(form, "PERSON", labelled)
        elif slot in ("L", "N"):
            prep_de, name = _place_name(rng, tables, lang)
            if slot == "L":
                add(f"{prep_de} " if lang == "de" else rng.choice(["in ", "at ", "in "]))
            add(name.lower() if rng.random() < 0.15 else name, "LOCATION")
        elif slot == "H":
            add(
                "@"
                + _first(rng, tables, lang).lower()
                + rng.choice([".", "_", ""])
                + rng.choice(["studio", "photo", "", "x"])
            )
        elif slot == "T":
            add(rng.choice(HASHTAGS))
        elif slot == "E":
            add(rng.choice(EMOJIS))
        elif slot == "W":
            add(rng.choice(WORDS[lang]))
        else:
            add(piece)
    if lowercase and len(text.lower()) == len(text):  # "İ" lowercases to two characters
        text = text.lower()
    return {"text": text, "entities": entities, "lang": lang, "source": "generated"}


def generate(lang: str, n: int, seed: int, surnames_path: Path) -> list[dict]:
    rng = random.Random(f"{seed}-{lang}")
    tables = load_tables(surnames_path)
    return [generate_record(rng, tables, lang) for _ in range(n)]


if __name__ == "__main__":
    import sys

    for rec in generate(sys.argv[1], int(sys.argv[2]), 0, Path(sys.argv[3])):
        print(json.dumps(rec, ensure_ascii=False))
