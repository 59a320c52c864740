"""Language tables for rewrites: the words around a name, and neutral role words in the right form.

Role words are deliberately generic ("eine befreundete Person", "a friend"): a rewrite must never
invent a realistic name, which could belong to a real person.
"""

from __future__ import annotations

from dataclasses import dataclass

NUMBERS = {"de": {2: "zwei", 3: "drei", 4: "vier"}, "en": {2: "two", 3: "three", 4: "four"}}


@dataclass(frozen=True)
class Grammar:
    connectors: frozenset[str]  # join names: "Anna und Ben", "Anna, Ben"
    leads: frozenset[str]  # introduce names and go with them: "mit Anna", "Danke an Anna", "Liebe Anna"
    salutations: frozenset[str]  # leads that make no sense before a role word: "Liebe Anna" -> not "Liebe eine ..."
    addresses: frozenset[str]  # words that address the person named next: "Danke Anna!", "Happy Birthday Anna"
    dative: frozenset[str]
    accusative: frozenset[str]

    def role(self, lang: str, count: int, case: str) -> str:
        """A neutral role phrase for `count` people in grammatical `case` (nom, acc, dat, gen)."""
        many = NUMBERS[lang].get(count, "mehrere" if lang == "de" else "several")
        if lang == "en":
            phrase = "a friend" if count == 1 else f"{many} friends"
            return phrase + ("'s" if case == "gen" and count == 1 else "'" if case == "gen" else "")
        if count == 1:
            return "einer befreundeten Person" if case in ("dat", "gen") else "eine befreundete Person"
        if case == "gen":
            return f"von {many} befreundeten Personen"
        return f"{many} befreundeten Personen" if case == "dat" else f"{many} befreundete Personen"

    def case_after(self, word: str | None) -> str:
        w = (word or "").casefold()
        return "dat" if w in self.dative else "acc" if w in self.accusative else "nom"


GRAMMARS = {
    "de": Grammar(
        connectors=frozenset({"und", "&", "+", ",", "x", "sowie", "oder", "/"}),
        leads=frozenset({"mit", "von", "bei", "für", "an", "zu", "dank", "samt", "feat", "feat.", "ft", "ft."}),
        salutations=frozenset({"liebe", "lieber", "liebes", "hallo", "hey", "hi"}),
        addresses=frozenset(
            {"danke", "dankeschön", "glückwunsch", "gratuliere", "birthday", "geburtstag", "prost", ","}
        ),
        dative=frozenset({"mit", "von", "bei", "zu", "aus", "nach", "seit", "dank", "samt", "gegenüber"}),
        accusative=frozenset({"für", "an", "durch", "gegen", "ohne", "um"}),
    ),
    "en": Grammar(
        connectors=frozenset({"and", "&", "+", ",", "x", "or", "/"}),
        leads=frozenset({"with", "by", "to", "from", "featuring", "feat", "feat.", "ft", "ft."}),
        salutations=frozenset({"dear", "hey", "hi", "hello"}),
        addresses=frozenset({"thanks", "thank", "congrats", "congratulations", "birthday", "cheers", ","}),
        dative=frozenset(),
        accusative=frozenset(),
    ),
}

# German nouns take their article from the ending often enough to write "die Hochzeit einer ...";
# where the ending says nothing, the noun goes without an article, which captions allow.
ARTICLE_BY_ENDING = (
    (
        (
            "ung",
            "heit",
            "keit",
            "schaft",
            "zeit",
            "tion",
            "sion",
            "tät",
            "ei",
            "ie",
            "ik",
            "nis",
            "feier",
            "party",
            "reise",
            "hochzeit",
        ),
        "die",
    ),
    (("chen", "lein", "um", "ment", "shooting", "fest", "jubiläum"), "das"),
    (("tag", "abend", "ling", "ismus", "geburtstag", "urlaub", "besuch"), "der"),
)


def article(lang: str, noun: str) -> str | None:
    """The definite article that replaces a possessive name: "Lenas Hochzeit" -> "die Hochzeit"."""
    if lang == "en":
        return "the"
    n = noun.casefold()
    return next((art for endings, art in ARTICLE_BY_ENDING if n.endswith(endings)), None)
