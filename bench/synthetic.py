"""A reproducible synthetic Instagram export: N captions in German and English, ~24 words each.

Fictional people from first names x surnames; the same seed gives the same bytes. Captions name people in full,
by first name, by @-handle and by hashtag, like a studio's posts; some name nobody.
"""

from __future__ import annotations

import csv
import json
import random
import zipfile
from pathlib import Path

FIRST = (
    "Anna Lena Mia Emma Hannah Sophie Marie Lea Laura Julia Sarah Katharina Johanna Clara Greta Frieda Ida Lina Paula "
    "Marlene Theresa Franziska Verena Jana Miriam Nele Jule Carolin Stefanie Sabine Jürgen Jonas Lukas Leon Felix Paul "
    "Maximilian Tim Ben Niklas Moritz Jakob Florian Tobias Matthias Sebastian Johannes Andreas Stefan Thomas Michael "
    "Markus Fabian Simon Elias Emil Anton Jörg Björn Sören Till Malte Emily Olivia Ava Chloe Lily Ella Amelia "
    "Charlotte Jessica Megan Rachel Hayley Zoe Natalie Kate Lucy Freya James Oliver Jack Harry George Noah Ethan "
    "Liam Mason Ryan Connor Tyler Dylan Nathan Aaron Owen Callum Josh Sam Charlie Luca Amir Priya Aisha Zeynep"
).split()
LAST = (
    "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch Richter Klein Wolf "
    "Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange Schmitt Werner Krause Meier Lehmann "
    "Schmid Schulze Maier Köhler Herrmann König Walter Mayer Huber Kaiser Fuchs Peters Lang Scholz Möller Weiß Jung "
    "Hahn Schubert Vogel Friedrich Keller Günther Frank Berger Winkler Roth Beck Lorenz Baumann Franke Albrecht "
    "Schuster Simon Ludwig Böhm Winter Kraus Martin Schumacher Krämer Vogt Stein Jäger Otto Sommer Groß Seidel "
    "Heinrich Brandt Haas Schreiber Graf Dietrich Ziegler Kuhn Kühn Pohl Engel Horn Busch Bergmann Thomas Voigt "
    "Sauer Arnold Wolff Pfeiffer Smith Jones Taylor Brown Williams Wilson Johnson Davies Robinson Wright Thompson "
    "Evans Walker Roberts Green Hall Wood Jackson Clarke Patel Khan Lewis James Phillips Mason Mitchell Rose Davis"
).split()
PLACES = (
    "Tegernsee|Schliersee|Chiemsee|München|Berlin|Hamburg|Köln|Leipzig|Dresden|Heidelberg|Freiburg|Sylt|Rügen|"
    "Garmisch|Bodensee|London|Brighton|Edinburgh|Cornwall|Lake Como|Amsterdam|Vienna|Salzburg|Paris|Lisbon"
).split("|")
GERMAN = {
    "open": [
        "Was für ein wunderschöner Tag",
        "Endlich sind die Bilder online",
        "Danke für diesen magischen Abend",
        "Unser Shooting im Herbst",
        "So viel Liebe an einem Tag",
        "Heute war ein ganz besonderer Tag",
    ],
    "with": ["mit {name}", "mit {first} und {first2}", "mit {handle}", "mit {name} und {handle}", "mit der Familie"],
    "where": ["am {place}", "in {place}", "bei {place}", "rund um {place}"],
    "close": [
        "Danke an alle, die dabei waren und mit uns gefeiert haben",
        "Wir freuen uns schon auf das nächste Jahr und viele weitere Abenteuer",
        "Die ganze Galerie gibt es ab morgen im Blog, schaut gern vorbei",
        "Es war kalt, es war windig, und trotzdem haben alle gestrahlt",
        "Vielen Dank für euer Vertrauen und die schöne gemeinsame Zeit",
    ],
    "tags": ["#hochzeit #liebe", "#familienshooting #herbst", "#{tagname} #hochzeitsfotograf", "#sommer #bayern", ""],
}
ENGLISH = {
    "open": [
        "What an amazing weekend",
        "Finally the photos are online",
        "Thank you for this magical evening",
        "Our autumn session",
        "So much love in one day",
        "Today was a very special day",
    ],
    "with": [
        "with {name}",
        "with {first} and {first2}",
        "with {handle}",
        "with {name} and {handle}",
        "with the family",
    ],
    "where": ["at {place}", "in {place}", "near {place}", "around {place}"],
    "close": [
        "Thank you all for coming and celebrating with us",
        "We can't wait for next year and many more adventures together",
        "The full gallery goes up on the blog tomorrow, have a look",
        "It was cold and windy and still everyone was smiling all day",
        "Thanks so much for your trust and the lovely time together",
    ],
    "tags": ["#wedding #love", "#familyshoot #autumn", "#{tagname} #weddingphotographer", "#summer #goldenhour", ""],
}
EMOJI = ["💍", "✨", "🥂", "🍂", "☀️", "📸", "❤️", ""]
T0 = 1546300800  # 2019-01-01
NAMED, LISTED_NAMED = 300, 30  # the captions name 300 people; every opt-out list holds 30 of them


def people(n: int) -> list[tuple[str, str]]:
    """n distinct fictional (first, last) names; the first n of a longer call are the same."""
    pairs = [(f, s) for s in LAST for f in FIRST]
    random.Random(7).shuffle(pairs)
    if n > len(pairs):
        raise ValueError(f"at most {len(pairs)} fictional people")
    return pairs[:n]


def handle(first: str, last: str) -> str:
    table = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "ae", "Ö": "oe", "Ü": "ue"})
    return f"{first}.{last}".translate(table).lower()


def captions(n: int, seed: int = 1) -> list[str]:
    """n captions, half German and half English, naming the first NAMED people."""
    rng = random.Random(seed)
    named = people(NAMED)
    out = []
    for _ in range(n):
        words = GERMAN if rng.random() < 0.5 else ENGLISH
        (first, last), (first2, _) = rng.choice(named), rng.choice(named)
        slots = {
            "name": f"{first} {last}",
            "first": first,
            "first2": first2,
            "handle": "@" + handle(first, last),
            "place": rng.choice(PLACES),
            "tagname": handle(first, last).replace(".", ""),
        }
        parts = [rng.choice(words["open"])]
        if rng.random() < 0.7:
            parts.append(rng.choice(words["with"]))
        parts.append(rng.choice(words["where"]) + f" {rng.choice(EMOJI)}".rstrip() + ".")
        parts.append(rng.choice(words["close"]) + rng.choice(["!", ".", " 🙏"]))
        parts.append(rng.choice(words["tags"]))
        out.append(" ".join(p for p in parts if p).format(**slots).strip())
    return out


def meta_json(value: object) -> bytes:
    """JSON as Meta writes it: indented, every UTF-8 byte of a non-ASCII character as its own \\u00XX escape."""
    text = json.dumps(value, ensure_ascii=False, indent=2)
    return "".join(c if ord(c) < 128 else "".join(f"\\u{b:04x}" for b in c.encode()) for c in text).encode()


def post(i: int, caption: str) -> dict:
    ts = T0 + i * 1800
    media = {
        "uri": f"media/posts/{2019 + i // 20000}{1 + i % 12:02d}/{17840000000000000 + i}.jpg",
        "creation_timestamp": ts,
        "title": caption,
    }
    return {"media": [media]}


def write_export(path: Path, texts: list[str]) -> int:
    """An Instagram export zip with one posts_1.json; returns the size of that member in bytes."""
    data = meta_json([post(i, t) for i, t in enumerate(texts)])
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("your_instagram_activity/media/posts_1.json", data)
    return len(data)


def write_optout(path: Path, n: int, named: int = LISTED_NAMED) -> None:
    """n people with their handles: the same `named` of the people the captions name head every list (30 name one
    caption in twenty; all 300 about half), the rest are named nowhere, so that a longer list finds the same people
    and costs only its length."""
    listed = people(NAMED + n)
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["id", "name", "handles"])
        for i, (first, last) in enumerate(listed[:named] + listed[NAMED : NAMED + n - named]):
            w.writerow([f"p{i:05d}", f"{first} {last}", handle(first, last)])


def write_jsonl(path: Path, texts: list[str]) -> None:
    with path.open("w", encoding="utf-8") as f:
        for t in texts:
            f.write(json.dumps({"text": t}, ensure_ascii=False) + "\n")
