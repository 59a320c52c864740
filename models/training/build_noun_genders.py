"""Rebuild the German nouns' articles from german-nouns (Wiktionary's German nouns, CC BY-SA 4.0):
``python models/training/build_noun_genders.py``.

Needs the `train` extra. Writes `captionscan/data/german_nouns.tsv.gz`, one ``noun<TAB>article`` a line (der, die,
das; "die" for a plural form), which rewrites read where a removed genitive leaves a noun whose ending does not tell
its article ("Emres Laden" -> "Der Laden"), and `german_person_nouns.txt.gz`, the nouns for people among them. The
tables are committed, so captionscan needs no package at run time:
german-nouns reads its 20 MB CSV in about two seconds, a cold `check` in about one and a half.
"""

from __future__ import annotations

import csv
import gzip
from collections import defaultdict
from importlib.resources import files
from pathlib import Path

import regex

from captionscan.data import surnames

OUT = Path(__file__).resolve().parents[2] / "captionscan" / "data" / "german_nouns.tsv.gz"
PERSONS = OUT.with_name("german_person_nouns.txt.gz")
ARTICLE = {"m": "der", "f": "die", "n": "das"}
NOT_NOUNS = ("Toponym", "Vorname", "Nachname", "Eigenname", "Abkürzung", "Wortverbindung")


def articles(rows: list[dict[str, str]]) -> dict[str, str]:
    """Each nominative form's article: a singular form's gender where the nouns it can be agree, those with a plural
    first ("Laden": the shop, not the loading); a form that is only ever plural takes "die" ("Jungs")."""
    singular: dict[str, dict[str, bool]] = defaultdict(dict)  # form -> gender -> has a plural
    plural: set[str] = set()
    for row in rows:
        if any(kind in row["pos"] for kind in NOT_NOUNS):
            continue
        genders = {row[k] for k in row if k.startswith("genus") and row[k] in ARTICLE}
        plurals = {v for k, v in row.items() if k.startswith("nominativ plural") and v}
        plural.update(plurals)
        if len(genders) != 1:
            continue
        (gender,) = genders
        for k, form in row.items():
            if k.startswith("nominativ singular") and form:
                singular[form][gender] = singular[form].get(gender, False) or bool(plurals)
    found = {}
    for form, genders in singular.items():
        counted = [g for g, has_plural in genders.items() if has_plural] or list(genders)
        if len(counted) == 1:
            found[form] = ARTICLE[counted[0]]
    found.update((form, "die") for form in plural - singular.keys())
    return found


# the last vowel a woman's form umlauts: "Anwalt", "Bauer", "Arzt"
UMLAUT = regex.compile(r"(?i)(au|[aou])(?=[^aeiouäöü]*(?:e[^aeiouäöü]*)?$)")
UMLAUTS = {"au": "äu", "a": "ä", "o": "ö", "u": "ü", "Au": "Äu", "A": "Ä", "O": "Ö", "U": "Ü"}


def person_nouns(nouns: set[str] | dict[str, str]) -> list[str]:
    """The nouns for people, told by their pair of a man's and a woman's form ("Bergführer" and "Bergführerin",
    "Wirt" and "Wirtin", with the umlaut: "Anwalt" and "Anwältin", "Bauer" and "Bäuerin"); rewrites read them where
    a role noun no list has stands before a name. A set of their own: loading all the nouns costs a cold `check`
    0.19 s, these 8,000 a few milliseconds."""
    found = set()
    for noun in nouns:
        if len(noun) <= 3:
            continue
        if noun + "in" in nouns:
            found.add((noun, noun + "in"))
        # an umlaut pair whose man's form is a surname is most often an animal's ("Wolf", "Fuchs", "Hund")
        umlauted = UMLAUT.sub(lambda m: UMLAUTS[m.group(1)], noun, count=1)
        if umlauted != noun and umlauted + "in" in nouns and noun.casefold() not in surnames():
            found.add((noun, umlauted + "in"))
    return sorted(form for pair in found for form in pair)


def main() -> None:
    with (files("german_nouns") / "nouns.csv").open(encoding="utf-8", newline="") as f:
        table = articles(list(csv.DictReader(f)))
    body = "".join(f"{noun}\t{art}\n" for noun, art in sorted(table.items()) if " " not in noun)
    OUT.write_bytes(gzip.compress(body.encode("utf-8"), mtime=0))
    print(f"{len(table)} nouns -> {OUT.name} ({OUT.stat().st_size // 1024} KiB)")
    persons = person_nouns({noun for noun in table if " " not in noun})
    PERSONS.write_bytes(gzip.compress("".join(f"{noun}\n" for noun in persons).encode("utf-8"), mtime=0))
    print(f"{len(persons)} nouns for people -> {PERSONS.name}")


if __name__ == "__main__":
    main()
