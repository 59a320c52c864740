"""Language tables for rewrites: the words around a name, and neutral role words in the right form.

Role words are deliberately generic ("ein lieber Mensch", "a friend"): a rewrite must never
invent a realistic name, which could belong to a real person.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache, cached_property
from itertools import takewhile

import regex

from captionscan.data import (
    COMMON_ZIPF,
    english_words,
    first_name_word,
    first_names,
    genders_anywhere,
    name_gender,
    noun_articles,
    person_nouns,
    rows,
    word_anywhere,
    word_lists,
    zipf_table,
)
from captionscan.extract.language import ABSENT_ZIPF
from captionscan.records import Person

SUBJECT_PRONOUNS = {
    "de": {"f": "sie", "m": "er"},
    "en": {"f": "she", "m": "he"},
    "fr": {"f": "elle", "m": "il"},
    "nl": {"f": "zij", "m": "hij"},
}
# Languages whose verb says who did it: a named subject goes without a pronoun ("La Sra. Herrera nos ha traído
# churros" -> "Nos ha traído churros"), whatever the person's gender.
PRO_DROP = ("es", "it", "pl", "pt")
# The pronoun of a named object, by case: "Wir haben Frau Doğan eine Torte gebacken" -> "Wir haben ihr ...".
OBJECT_PRONOUNS = {
    "de": {"acc": {"f": "sie", "m": "ihn"}, "dat": {"f": "ihr", "m": "ihm"}},
    "en": {"acc": {"f": "her", "m": "him"}, "dat": {"f": "her", "m": "him"}},
}
OBJECT_WORDS = frozenset(w for cases in OBJECT_PRONOUNS.values() for forms in cases.values() for w in forms.values())
# The grammar of German and English role words is written out below; other languages' come from role_words.tsv.
WRITTEN_OUT = ("de", "en")
CONTRACTION = regex.compile(r"['’](?:s|re|ll|d)$")  # "she's", "they're", "he'll": the pronoun is the word before
# Everyone a group of names stood for, where all of them go, by case: "Anna und Ben tanzen" -> "Die beiden
# tanzen", "Glückwunsch an Anna und Ben" -> "Glückwunsch an die beiden", "Wir danken den beiden".
ALL_OF = {
    "de": {
        2: {"nom": "die beiden", "acc": "die beiden", "dat": "den beiden"},
        3: {"nom": "die drei", "acc": "die drei", "dat": "den dreien"},
        4: {"nom": "die vier", "acc": "die vier", "dat": "den vieren"},
    },
    **{
        lang: {n: dict.fromkeys(("nom", "acc", "dat"), f"{article} {word}") for n, word in words.items()}
        for lang, article, words in (
            ("en", "these", {2: "two", 3: "three"}),
            ("nl", "die", {2: "twee", 3: "drie"}),
            ("sv", "de", {2: "två", 3: "tre"}),
            ("da", "de", {2: "to", 3: "tre"}),
        )
    },
    # "Degli amici si sono detti sì" said some friends married: "the two" are the ones named. A preposition before
    # them merges ("ai due", "dei due").
    **{
        lang: {n: dict.fromkeys(("nom", "acc", "dat", "gen"), f"{article} {word}") for n, word in words.items()}
        for lang, article, words in (
            ("it", "i", {2: "due", 3: "tre"}),
            ("es", "los", {2: "dos", 3: "tres"}),
            ("pt", "os", {2: "dois", 3: "três"}),
        )
    },
}
NUMBERS = {"de": {2: "zwei", 3: "drei", 4: "vier"}, "en": {2: "two", 3: "three", 4: "four"}}
GERMAN_ONE = {
    "f": {"nom": "eine Freundin", "acc": "eine Freundin", "dat": "einer Freundin", "gen": "einer Freundin"},
    "m": {"nom": "ein Freund", "acc": "einen Freund", "dat": "einem Freund", "gen": "eines Freundes"},
    None: {
        "nom": "ein lieber Mensch",
        "acc": "einen lieben Menschen",
        "dat": "einem lieben Menschen",
        "gen": "eines lieben Menschen",
    },
}


# A title that says what the person is stands for them once the name goes ("Prof. Friedrich Hoffmann" -> "Ein
# Professor"), by language, gender and case; where the gender is unknown, the plain role word is used.
TITLE_ROLES = {
    "prof": {
        "de": {
            "f": {
                "nom": "eine Professorin",
                "acc": "eine Professorin",
                "dat": "einer Professorin",
                "gen": "einer Professorin",
            },
            "m": {
                "nom": "ein Professor",
                "acc": "einen Professor",
                "dat": "einem Professor",
                "gen": "eines Professors",
            },
        },
        "en": dict.fromkeys(("f", "m", ""), dict.fromkeys(("nom", "acc", "dat"), "a professor")),
    },
    # a Polish priest ("Ks. Piotr udzielał ślubu" -> "Ksiądz udzielał ślubu"), in every case
    "ks": {
        "pl": dict.fromkeys(
            ("f", "m", ""),
            {
                "nom": "ksiądz",
                "acc": "księdza",
                "dat": "księdzu",
                "gen": "księdza",
                "ins": "księdzem",
                "loc": "księdzu",
            },
        )
    },
}
# A family named by its surname is the family, whoever is listed: "Familie Pohl sagt Danke" -> "Die Familie sagt
# Danke", not "Er sagt Danke".
FAMILY_TITLES = (("de", "familie"), ("de", "fam"), ("en", "family"), ("nl", "familie"), ("nl", "fam"))
FAMILY_TITLES += (("fr", "famille"), ("es", "familia"), ("it", "famiglia"), ("pt", "família"))
FAMILY_TITLES += (("sv", "familjen"), ("da", "familien"))  # the article is the noun's ending
FAMILY = {
    "de": {"nom": "die Familie", "acc": "die Familie", "dat": "der Familie", "gen": "der Familie"},
    "en": dict.fromkeys(("nom", "acc", "dat"), "the family"),
    "nl": dict.fromkeys(("nom", "acc", "dat"), "de familie"),
    "fr": dict.fromkeys(("nom", "acc", "dat"), "la famille"),
    "es": dict.fromkeys(("nom", "acc", "dat"), "la familia"),
    "it": dict.fromkeys(("nom", "acc", "dat"), "la famiglia"),
    "pt": dict.fromkeys(("nom", "acc", "dat"), "a família"),
    "sv": dict.fromkeys(("nom", "acc", "dat"), "familjen"),
    "da": dict.fromkeys(("nom", "acc", "dat"), "familien"),
}
# French: the family by the article it took the place of ("aux Martin" -> "à la famille").
FRENCH_FAMILY = {"les": "la famille", "aux": "à la famille", "des": "de la famille"}
for _lang, _title in FAMILY_TITLES:  # German and Dutch both write "Familie"
    TITLE_ROLES.setdefault(_title, {})[_lang] = dict.fromkeys(("f", "m", ""), FAMILY[_lang])


def title_role(titles: Sequence[str], lang: str, gender: str | None, case: str) -> str | None:
    """The role word a title before the name gives ("ein Professor"), None where none does."""
    for title in titles:
        forms = TITLE_ROLES.get(title.casefold().rstrip("."), {}).get(lang, {}).get(gender or "", {})
        if case in forms:
            return forms[case]
    return None


CASES = ("nom", "acc", "dat", "gen")  # the order of a role noun's forms in context_roles.tsv


@dataclass(frozen=True)
class _ContextRole:
    topic: str  # "wedding", "school", "team" (a wider one's without its "*")
    wider: bool  # told only where no other topic is ("team*")
    beside: frozenset[str]  # one must be part of the name or stand beside it: a title, a couple's "&"; empty: any
    cues: frozenset[str]  # casefolded words, hashtags without "#"
    marks: tuple[str, ...]  # emoji, found anywhere in a piece
    forms: dict[str, dict[str, str]]  # gender -> case -> role noun
    couple: dict[str, str]  # case -> the noun of the two people of a couple, where the topic has one


@cache
def _context_roles() -> dict[str, tuple[_ContextRole, ...]]:
    found: dict[str, list[_ContextRole]] = {}
    for lang, topic, beside, cues, *forms in rows("context_roles.tsv"):
        words, couple = cues.split(), forms[2] if len(forms) > 2 else ""
        found.setdefault(lang, []).append(
            _ContextRole(
                topic.rstrip("*"),
                topic.endswith("*"),
                frozenset() if beside == "-" else frozenset(beside.split()),
                frozenset(w for w in words if any(c.isalnum() for c in w)),
                tuple(w for w in words if not any(c.isalnum() for c in w)),
                {
                    g: dict(zip(CASES, f.split("|"), strict=True))
                    for g, f in zip(("f", "m"), forms[:2], strict=True)
                    if f != "-"
                },
                dict(zip(CASES, couple.split("|"), strict=True)) if couple else {},
            )
        )
    return {lang: tuple(roles) for lang, roles in found.items()}


def context_couple(lang: str, words: Sequence[str], near: Sequence[str], case: str) -> str | None:
    """The noun the caption's own words tell for the two people of a couple ("the couple", "gli sposi"), where
    one topic alone is told and its word beside stands in or beside the names (the couple's "&"); else None."""
    return topic.couple.get(case) if (topic := _told(lang, words, near)) else None


def context_role(lang: str, words: Sequence[str], near: Sequence[str], gender: str | None, case: str) -> str | None:
    """The role noun the caption's own words tell for one person of known gender (context_roles.tsv: "die Braut"
    of a couple in a wedding's caption, "eine Lehrerin" for "Frau Demirci" in a school's), None where no topic or
    more than one is told: a wrong role says something false, "a friend" only something vague. `near` is the
    name's pieces, its titles included, and the pieces right before and after it."""
    if gender not in ("f", "m") or not (topic := _told(lang, words, near)):
        return None
    return topic.forms.get(gender, {}).get(case)


def cued(lang: str, words: Sequence[str], topic: str) -> bool:
    """Do the caption's words hold a cue of `topic` (context_roles.tsv), wherever the names stand?"""
    return any(r.topic == topic for r in _cued(lang, words))


def _cued(lang: str, words: Sequence[str]) -> list[_ContextRole]:
    """The topics whose cues the caption's words hold: a word (a hashtag without its "#") or an emoji."""
    folded = {w.casefold().lstrip("#") for w in words}
    return [r for r in _context_roles().get(lang, ()) if r.cues & folded or any(m in w for m in r.marks for w in words)]


def _told(lang: str, words: Sequence[str], near: Sequence[str]) -> _ContextRole | None:
    """The one topic the caption's words tell, where a word it lists beside stands in or beside the names; a wider
    topic where no other is, or where the other's word beside is not there ("Frau Arslan" in a dental practice's
    post: a colleague, not the dentist, whom "Dr." tells)."""
    told = _cued(lang, words)
    beside = {t.casefold().rstrip(".") for t in near}
    for kind in ([r for r in told if not r.wider], [r for r in told if r.wider]):
        if len(kind) > 1:
            return None  # two topics: a wrong role says something false
        if kind and (not kind[0].beside or beside & kind[0].beside):
            return kind[0]
    return None


def gender_of(person: Person | None, lang: str = "") -> str | None:
    """The gender the list gives, else the one a common first name suggests in the text's language (`name_gender`);
    None when neither is known."""
    if person is None:
        return None
    if person.gender in ("f", "m"):
        return person.gender
    if person.gender:  # listed, but neither: stay neutral
        return None
    return name_gender(person.name, lang)


def noun_gender(person: Person | None, lang: str = "") -> str | None:
    """The gender a role noun takes ("ein Kunde", "eine Freundin"): `gender_of`, else, for a name too rare for the
    common names' list, the one faker's locales that have it agree on ("Urs", "Sandro", "Lotte"). A noun in the
    wrong gender is a slip a reader forgives; "ein lieber Mensch" for a farmer or a regular read as unnatural to
    editors. Pronouns keep `gender_of`: a "he" with no one before it says more than a noun does."""
    if person is None:
        return None
    if (gender := gender_of(person, lang)) is not None or person.gender:
        return gender
    first = person.name.split()[0].split("-")[0].casefold() if person.name.split() else ""
    if first in first_names():
        return None  # a common name worn by either: neutral
    said = genders_anywhere().get(first, frozenset())
    return next(iter(said)) if len(said) == 1 else None


PLURALS = (("innen", "in"), ("en", ""), ("n", ""))  # German plural endings of nouns for people, and what stays
PLURAL_STEM = 6  # letters a plural's stem needs


@cache
def _person_noun(word: str) -> bool:
    """A German noun for a person, told by its pair of a man's and a woman's form in Wiktionary's nouns
    ("Bergführer" and "Bergführerin", "Hüttenwirtin" and "Hüttenwirt"), the word's or its compound's last part's
    ("Vereinsmeisterin": "Meisterin" and "Meister"). Role nouns beyond the listed ones: the trials' captions name
    people after roles no list foresees."""
    nouns = person_nouns()
    low = word.casefold()
    # "Doktoranden", "Kolleginnen"; not from a short stem, whose pair may be two words ("Riesen Dank": "Ries")
    plural = [word[: -len(e)] + kept for e, kept in PLURALS if low.endswith(e) and len(word) - len(e) >= PLURAL_STEM]
    return any(w[k].upper() + w[k + 1 :] in nouns for w in (word, *plural) for k in range(len(w) - 3))


@cache
def _endings(words: frozenset[str]) -> tuple[str, ...]:
    """A word list as `str.endswith` takes it, made once: role nouns are looked up for every word beside a name."""
    return tuple(words)


@dataclass(frozen=True)
class Grammar:
    connectors: frozenset[str]  # join names: "Anna und Ben", "Anna, Ben"
    leads: frozenset[str]  # introduce names and go with them: "mit Anna", "Danke an Anna", "Liebe Anna"
    together_words: frozenset[str]  # before a lead, go with it: "zusammen mit Anna"
    never_last: frozenset[str]  # prepositions that never end a sentence: "Inscriptions auprès."
    with_words: frozenset[str]  # after a name, before a pronoun of its own: "Lena mit ihrer Mama"
    as_words: frozenset[str]  # after a name, say what the person is: "mit Piotrek als zweitem Fotografen"
    origin_words: frozenset[str]  # after a name, say where the person is from: "mit Daniel aus London"
    agent_leads: frozenset[str]  # after a participle, say who did it: "led by Frank"
    participles: frozenset[str]  # participles that do not end in "-ed": "led", "taught"
    seek_words: frozenset[str]  # in a question, make a name in it the thing to find: "Can you spot Luca?"
    guess_words: frozenset[str]  # in a question before a name, make it the riddle's answer: "Guess who? ... Matty"
    who_words: frozenset[str]  # with a guess word, the riddle asks for a person: "Guess who's back?"
    credits: frozenset[str]  # what a line credits the name at its end for: "Shot by Nils", "Fotos von Lena"
    credit_leads: frozenset[str]  # between a credit and the name: "by", "von", "door", "par"
    salutations: frozenset[str]  # leads that make no sense before a role word: "Liebe Anna" -> not "Liebe eine ..."
    addresses: frozenset[str]  # words that address the person named next: "Danke Anna!", "Happy Birthday Anna"
    praise: frozenset[str]  # praise said to the person named after it, alone: "Trop belle Chiara!", "Great job Mo"
    praise_nouns: frozenset[str]  # "job", "travail": praise too, but nouns that end a phrase ("if you get the job,")
    dative: frozenset[str]  # prepositions by the case they take: the case of a role word after them
    accusative: frozenset[str]
    genitive: frozenset[str]
    instrumental: frozenset[str]
    locative: frozenset[str]
    other_prepositions: frozenset[str]  # the rest, which no name needs to follow: "at", "op", "sur"
    titles: frozenset[str]  # go with the name: "Prof. Lena Vogt", "Familie Schröder"
    female_titles: frozenset[str]  # tell the gender the list may not: "Frau", "Mrs", "Mevrouw"
    male_titles: frozenset[str]
    academic_titles: frozenset[str]  # "Dr.", "Prof.": with the courtesy titles, no friend's name
    title_articles: frozenset[str]  # an article before a title, which goes with it: "La Sra. Herrera", "Il Dott. Greco"
    possessors: frozenset[str]  # after one person's name, whose the next noun is: "Jantje zijn verjaardag"
    name_articles: frozenset[str]  # an article before a first name, which goes with it: "Der Jürgen", "la Giulia"
    fond_titles: frozenset[str]  # a fond word opening a name, which goes with it: "Little Oisín"
    roles: frozenset[str]  # role nouns that stay as the role word: "Oma Gerda" -> "Oma"
    determiners: frozenset[str]  # before a noun that a name stands after: "Unsere Nachbarin Aylin"
    kin: frozenset[str]  # role nouns used like names, without an article: "Oma wird 90"
    family_words: frozenset[str]  # say whose they are: "Declan's mum" -> "His mum"
    indefinites: frozenset[str]  # never right after a determiner: "Meine eine Freundin"
    wrong_pairs: frozenset[str]  # "a+b": two words never side by side, as a role word may leave them: "de des amis"
    person_word: frozenset[str]  # the word of a placeholder: "[Person 1]", "[Personne 1]"
    ones: frozenset[str]  # "one of our experts", "einer unserer Trainer"
    relatives: frozenset[str]  # a name they follow is needed: "Anna, who ..."
    second: frozenset[str]  # after a name opening a sentence, show it is addressed: "Tim du bist der Beste"
    address_before: frozenset[str]  # take no object: a name after one that ends its clause is addressed ("as always")
    ranks: frozenset[str]  # after a name opening a line, rank it against another: "Annika vor Franziska", needed
    everyone: frozenset[str]  # a name joined to them keeps its lead: "to Lena and everyone" -> "to everyone"
    follow_verbs: frozenset[str]  # "Folgt ihm auf @x", "Go follow @x": the clause goes with the handle
    clitics: frozenset[str]  # object pronouns before a verb: "Vi ringrazio" has its object, "Ringrazio." not
    thanked: frozenset[str]  # pronouns that address the name after them after thanks alone: "Dank je Lotte"

    @cached_property
    def stopped(self) -> frozenset[str]:
        """Words a sentence's full stop is set apart from, where the name after them went: a preposition, "und"
        or a fond adjective ("auprès.", "und.", "bravissima.")."""
        return self.dangling | self.fond

    @cached_property
    def apposition_openers(self) -> frozenset[str]:
        """Words that open an apposition saying who a person is: "unsere Jugendleiterin", "one of our experts"."""
        return (self.determiners | self.indefinites | self.ones) - ARTICLES

    @cached_property
    def prepositions(self) -> frozenset[str]:
        """Words after a name that no verb is: "Danke 🙏 @lena für alles"."""
        return self.leads | self.dative | self.accusative | self.other_prepositions

    @cached_property
    def dangling(self) -> frozenset[str]:
        """Words a rewrite must not leave with nothing after them ("Danke an für"); an address may end its clause:
        "grazie a" leads, "Grazie, ..." thanks."""
        return (self.prepositions | self.connectors | DANGLING_ARTICLES | self.never_last) - self.addresses

    @cached_property
    def joining(self) -> frozenset[str]:
        """Connectors that are words or "and" signs, not list commas or slashes."""
        return self.connectors - {",", "&", "+", "/"}

    @cached_property
    def openers(self) -> frozenset[str]:
        """Leads and addresses: a list joined right after one has lost its first member ("Danke und Tim")."""
        return self.leads | self.addresses

    @cached_property
    def every_preposition(self) -> frozenset[str]:
        """Prepositions of every case: "durch", "na", "w" open no verb."""
        return self.prepositions | self.genitive | self.instrumental | self.locative

    @cached_property
    def articles(self) -> frozenset[str]:
        """Words that open a noun phrase: "und das ganze Team", "and our crew"."""
        return self.determiners | self.indefinites

    f: frozenset[str]  # pronouns that refer back to a woman named before, and to a man
    m: frozenset[str]
    self: frozenset[str]  # first-person words a list may hold beside a name
    plural: frozenset[str]  # "their", "hun", "leur": a list left with one member has nothing they refer to
    interjections: frozenset[str]  # "Haha Basti, ...": the name after one is addressed
    fond: frozenset[str]  # "little Rose": left before a role word or nothing, broken
    praising: frozenset[str]  # English: "our amazing Lena" -> "our amazing friend"
    receiving: frozenset[str]  # "goes to Lena": the lead's phrase is needed
    presenting: frozenset[str]  # "Das ist Dilek": "Das ist 👋" presents no one, broken
    function: frozenset[str]  # the language's everyday words: a capitalised one opens a sentence
    subjects: frozenset[str]  # German: where none comes before a name after a verb, the name is the subject
    subject_articles: frozenset[str]  # German: a noun with one before the verb is the subject ("Die Kinder haben")
    dative_verbs: frozenset[str]  # German: verbs whose object is in the dative ("Wir danken Jonas")
    copulas: frozenset[str]  # German: verbs after which a name says what the subject is, in the nominative
    object_pronouns: frozenset[str]  # German: between a verb and its subject after it ("zeigen euch Elif und Josi")
    object_articles: frozenset[str]  # German: a name before an object of these is the dative object ("ihr eine Torte")
    comparisons: frozenset[str]  # German: "als", "wie": what follows is no object of the verb
    time_nouns: frozenset[str]  # German: "die ganze Zeit", "den Tag": when, not what
    role_endings: frozenset[str]  # Polish: the case endings a role noun takes ("trenerowi", "z trenerem")
    not_verbs: frozenset[str]  # lowercase words after a name that start a phrase, not a verb: "Anna beim Grillen"
    compound_heads: frozenset[str]  # German role nouns that end compounds: "Hochzeitsfotografin", "Co-Trainer"
    couples: frozenset[str]  # role nouns of two: "Brautpaar Lena & Tim" names both
    adjective_endings: frozenset[str]  # German: a lowercase word with one after an article is no noun
    plural_verbs: frozenset[str]  # "are", "sind": after a surname with a plain "s", the family ("Thorntons are ...")
    subordinators: frozenset[str]  # "that", "dass": a name right after one opens its clause as its subject
    clause_joiners: frozenset[str]  # "and", "aber", ",": a name after one, its verb after it, is that clause's subject

    def is_role(self, word: str) -> bool:
        """A role noun of the caption ("Oma", "coach"), also declined where the language declines them, and in
        German also as the head of a compound ("Hochzeitsfotografin", "Co-Trainer")."""
        low = word.casefold()
        if low in self.roles or any(low.endswith(e) and low[: -len(e)] in self.roles for e in self.role_endings):
            return True
        if low.endswith(_endings(self.compound_heads)):
            return True
        # a lowercase English word before a name is no German noun: "to photograph Lena"
        german = word[:1].isupper() or low not in english_words()
        # nor a first name ("Roman Weber", "Christin Vogt")
        return bool(self.compound_heads) and german and not first_name_word(low) and _person_noun(word)

    def adjective(self, word: str) -> bool:
        """A German adjective: a lowercase word with an adjective's ending, where nouns are written capitalised."""
        return word.islower() and word.endswith(tuple(self.adjective_endings))

    def fond_adjective(self, word: str) -> bool:
        """A German adjective of fondness, which becomes the noun where the name after it goes ("die Kleine")."""
        return word in self.fond and self.adjective(word)

    def placeholder(self, number: int) -> str:
        """The label of the `number`th person a unit names, in the language's word ("Person" where it has none)."""
        return f"[{next(iter(self.person_word), 'Person')} {number}]"

    def subject(self, lang: str, gender: str | None) -> str | None:
        """The pronoun that can open a sentence in a named person's place ("Sie sagt ja"), "" where the language
        drops it, None where the gender is unknown."""
        return "" if lang in PRO_DROP else SUBJECT_PRONOUNS.get(lang, {}).get(gender)

    @property
    def object_words(self) -> frozenset[str]:
        """The object pronouns ("ihr", "her" among them, possessives too): "We gave her a standing ovation" is whole."""
        return OBJECT_WORDS

    def object_pronoun(self, lang: str, gender: str | None, case: str) -> str | None:
        """The pronoun of a named object in `case` ("ihr", "him"), None where the gender is unknown."""
        return OBJECT_PRONOUNS.get(lang, {}).get(case, {}).get(gender)

    def formal(self, words: Sequence[str]) -> bool:
        """Is a name written with a courtesy or academic title ("Frau Arslan", "Mr Penhaligon", "Dr. Albrecht")?
        Such a person is no friend of the caption's: a pronoun takes their place where one fits."""
        return any(self.title_gender(w) is not None or self.title_word(w, self.academic_titles) for w in words)

    def title_gender(self, word: str) -> str | None:
        """The gender a courtesy title tells ("Frau", "Mrs", "Frl" of "Frl."), None for any other word: a title is
        capitalised ("miss" is a verb)."""
        return (
            "f"
            if self.title_word(word, self.female_titles)
            else "m"
            if self.title_word(word, self.male_titles)
            else None
        )

    @staticmethod
    def title_word(word: str, titles: frozenset[str]) -> bool:
        low = word.casefold()
        return word[:1].isupper() and (low in titles or low + "." in titles)

    def refers_back(self, words: Sequence[str], gender: str | None) -> bool:
        """True when one of `words` is a pronoun that may refer to a person of this gender; where it is unknown, also
        a plural one ("Shoutout to Alex ... Go check out their work!"); also contracted ("She's been painting")."""
        pronouns = self.f if gender == "f" else self.m if gender == "m" else self.f | self.m | self.plural
        return any(CONTRACTION.sub("", w.casefold()) in pronouns for w in words)

    def role(self, lang: str, genders: Sequence[str | None], case: str) -> str | None:
        """A role phrase for people of these genders ("f", "m", None: unknown) in grammatical `case`
        (nom, acc, dat, gen; ins, loc in Polish): gendered where every gender is known, neutral otherwise; None
        in a language without role words."""
        if lang not in WRITTEN_OUT:
            return listed_role(lang, genders, case)
        count = len(genders)
        many = NUMBERS[lang].get(count, "mehrere" if lang == "de" else "several")
        if lang == "en":
            phrase = "a friend" if count == 1 else f"{many} friends"
            return phrase + ("'s" if case == "gen" and count == 1 else "'" if case == "gen" else "")
        known = None not in genders
        if count == 1:
            forms = GERMAN_ONE.get(genders[0], GERMAN_ONE[None])
            return forms[case]
        dative = case in ("dat", "gen")  # the genitive plural is "von" + dative: "von zwei Freunden"
        if known and set(genders) == {"f"}:
            noun = f"{many} Freundinnen"
        elif known:
            noun = f"{many} Freunden" if dative else f"{many} Freunde"
        else:
            noun = f"{many} befreundeten Personen" if dative else f"{many} befreundete Personen"
        return f"von {noun}" if case == "gen" else noun

    def case_after(self, word: str | None) -> str:
        w = (word or "").casefold()
        cases = (
            ("dat", self.dative),
            ("acc", self.accusative),
            ("gen", self.genitive),
            ("ins", self.instrumental),
            ("loc", self.locative),
        )
        return next((case for case, words in cases if w in words), "nom")

    def object_case(self, before: Sequence[str], after: Sequence[str] = ()) -> str:
        """The case of a name after a verb, from the words of its clause before it and after it (casefolded,
        nearest first): in German the nominative unless a subject or a plural imperative comes first ("Gestern war
        Jonas bei uns"; "Folgt Jonas"), the dative after a verb that takes it ("Wir danken Jonas") or before an
        object of its own ("Wir haben Frau Doğan zum Jubiläum eine Torte gebacken"); else the accusative."""
        # the verb is the name's own, not one before an "und" or "oder": "Schreibt Noah oder ruft Daniel an"
        own_verb = list(takewhile(lambda w: w not in self.object_ends, before))
        imperative = bool(own_verb) and self.imperative(own_verb[-1])  # "Folgt Lena", "Fragt einfach Peppe"
        if (
            self.subjects
            and not imperative
            and not any(w in self.subjects for w in before)
            and not self._noun_before(before)
        ):
            return "nom"
        if own_verb[:1] and own_verb[0] in self.copulas:
            return "nom"  # what the subject is: "Hi, ich bin Jan" -> "ich bin ein Mitarbeiter", not "einen"
        own = list(takewhile(lambda w: w not in self.object_ends, after))  # not past "und", "als": another phrase
        second = any(
            w in self.object_articles
            and (k == 0 or own[k - 1] not in self.place_words)
            and (k + 1 == len(own) or own[k + 1] not in self.time_nouns)  # "die ganze Zeit": when, no object
            and (k + 2 >= len(own) or own[k + 2] not in self.time_nouns)
            for k, w in enumerate(own)
        )
        return "dat" if second or any(w in self.dative_verbs for w in own_verb) else "acc"

    def imperative(self, word: str) -> bool:
        """German: is the casefolded word a verb's plural imperative ("folgt", "besucht", "meldet", "feiert"), as
        its infinitive tells, and no noun ("Markt")? Its clause has a subject, the people it speaks to."""
        if not self.subjects or len(word) < 4 or not word.endswith("t") or word.capitalize() in noun_articles():
            return False
        if word in self.every_preposition or word in self.function:  # "mit", "nicht": the infinitive test takes them
            return False
        return any(
            word_anywhere(stem, "de", COMMON_ZIPF) for stem in (word[:-1] + "en", word[:-2] + "en", word[:-1] + "n")
        )

    def _noun_before(self, before: Sequence[str]) -> bool:
        """Does a noun with its article stand before the verb, outside a prepositional phrase: the clause's subject
        ("Die Kinder der 2a haben Frau Demirci ... gebastelt"), not "Nach der Trauung hat Jonas ..."?"""
        return any(  # right before the verb, an article is a pronoun, the object: "das sagt Carlos"
            w in self.subject_articles and (k + 1 == len(before) or before[k + 1] not in self.place_words)
            for k, w in enumerate(before[2:], 2)
        )

    @cached_property
    def object_ends(self) -> frozenset[str]:
        """Words after which an article opens no object of the name's clause: "und die Kinder", "als die Leiterin"."""
        return self.connectors | self.comparisons

    @cached_property
    def place_words(self) -> frozenset[str]:
        """Prepositions, whose article is no object's: "in den Ruhestand"."""
        return self.prepositions | LOCATIVES


def language(words: Sequence[str], lang: str) -> str:
    """The language to rewrite in: `lang`, unless it is German or English and the text's everyday words are
    clearly the other's (a caption mixing both: "Bride-to-be Lena beim Junggesellinnenabschied")."""
    if lang not in WRITTEN_OUT:
        return lang
    counts = {k: sum(w.casefold() in grammar_of(k).function for w in words) for k in WRITTEN_OUT}
    other = "en" if lang == "de" else "de"
    return other if counts[other] > counts[lang] else lang


def words_language(words: str, lang: str, guess: Callable[[str], str]) -> str:
    """The language the model surely `guess`es for the words around the names, where their everyday words and
    prepositions say so more than those of the unit's language `lang` do ("Danke an" beside three Spanish names);
    else `lang`: a few words alone fool the model ("PROFICIAT EN" reads as Spanish). A few words are in the
    language with role words whose words they are most plainly (`short_language`). The model is asked only where
    some language's words could say more than `lang`'s (a third of the rewrites' time went to asking it)."""
    found = [w.casefold() for w in regex.findall(r"\w+", words)]

    def said(code: str) -> int:
        grammar = grammar_of(code)
        return sum(w in grammar.function or w in grammar.leads for w in found)

    here, chosen = said(lang), lang
    if any(said(code) > here for code in _worded_languages() if code != lang):
        guessed = guess(words)
        chosen = guessed if guessed and guessed != lang and said(guessed) > here else lang
    return short_language(found, chosen)


@cache
def _worded_languages() -> frozenset[str]:
    """The languages rewrite_words.tsv lists words of: in any other, no word is a function word or a lead."""
    return frozenset(key.split(".", 1)[0] for key in word_lists("rewrite_words.tsv") if "." in key)


# A text of at most SHORT_WORDS words besides the names is in the language with role words whose words they are,
# by wordfreq, where their Zipf frequencies there sum to SHORT_LEAD more than in the language chosen: "Proficiat
# [names] en!" is Dutch, "Trop belle [handle] !" French. Measured on the eval sets' texts with their people left out:
# tune 1 more right ("..., du Legende" German), none less; held out 1 more right, none less.
SHORT_WORDS = 6
SHORT_LEAD = 1.5


def short_language(words: Sequence[str], lang: str) -> str:
    """The language of a few casefolded `words` (see SHORT_WORDS), else `lang`; a text in a language without
    role words ("Parabéns ao [name]!" in Portuguese) stays in it where its words are that language's."""
    if not words or len(words) > SHORT_WORDS:
        return lang
    score = {code: sum(zipf_table(code).get(w, ABSENT_ZIPF) for w in words) for code in {*_role_languages(), lang}}
    best = max(score, key=score.__getitem__)
    return best if score[best] - score[lang] >= SHORT_LEAD else lang


@cache
def _role_languages() -> tuple[str, ...]:
    return tuple(dict.fromkeys([*WRITTEN_OUT, *(lang for lang, *_ in rows("role_words.tsv"))]))


LEAD_LISTS = ("leads", "dative", "accusative")


@cache
def lead_language(word: str, kinds: Sequence[str] = LEAD_LISTS, among: Sequence[str] = WRITTEN_OUT) -> str | None:
    """The one language of `among` (German and English, and the text's own) that has `word` as a lead or
    preposition ("an", "zu": German; "to", "with": English), or in the lists `kinds` of rewrite_words.tsv, None
    where several or none have it ("x" is every language's)."""
    lists = word_lists("rewrite_words.tsv")
    folded = word.casefold()
    langs = [k for k in dict.fromkeys(among) if any(folded in lists.get(f"{k}.{name}", ()) for name in kinds)]
    return langs[0] if len(langs) == 1 else None


def listed_role(lang: str, genders: Sequence[str | None], case: str) -> str | None:
    """The role word of role_words.tsv: a friend, or a neutral word where a gender is unknown."""
    table = _role_words()
    gender = genders[0] if len(set(genders)) == 1 and genders[0] in ("f", "m") else "u"
    one, several = table.get((lang, gender, case)) or table.get((lang, gender, "*")) or (None, None)
    return one if len(genders) == 1 else several


def relation_role(lang: str, relation: str | None, gender: str | None, case: str) -> str | None:
    """The role word relation_roles.tsv gives one person of the relation the list tells ("eine Kundin", "a team
    member"); None where it has none in this language, gender and case, and "a friend" stays."""
    return _relation_roles().get((lang, relation or "", gender if gender in ("f", "m") else "u"), {}).get(case)


def _cases(lang: str) -> tuple[str, ...]:
    """The cases of a relation's forms in relation_roles.tsv and relation_plurals.tsv: Polish has two more, the
    ones a declined name's ending tells."""
    return (*CASES, "ins", "loc") if lang == "pl" else CASES


@cache
def _relation_roles() -> dict[tuple[str, str, str], dict[str, str]]:
    return {
        (lang, relation, gender): dict(zip(_cases(lang), forms.split("|"), strict=True))
        for lang, relation, *all_forms in rows("relation_roles.tsv")
        for gender, forms in zip(("f", "m", "u"), all_forms, strict=True)
        if forms != "-"
    }


def relation_plural(lang: str, relation: str | None, genders: Sequence[str | None], case: str) -> str | None:
    """The role word relation_plurals.tsv gives several people of one relation ("zwei Mitarbeiterinnen", "two
    clients"); None where it has none in this language."""
    forms = _relation_plurals().get((lang, relation or ""))
    if forms is None:
        return None
    gender = "f" if set(genders) == {"f"} else "m" if None not in genders else "u"
    nouns = forms.get(gender) or forms["m"]
    if lang not in NUMBERS:  # Polish: the plural noun alone, in its case, as "przyjaciele" is
        return nouns.get(case)
    many = NUMBERS[lang].get(len(genders), "mehrere" if lang == "de" else "several")
    return f"von {many} {nouns['dat']}" if lang == "de" and case == "gen" else f"{many} {nouns[case]}"


@cache
def _relation_plurals() -> dict[tuple[str, str], dict[str, dict[str, str]]]:
    return {
        (lang, relation): {
            gender: dict(zip(_cases(lang), forms.split("|"), strict=True))
            for gender, forms in zip(("f", "m", "u"), all_forms, strict=True)
            if forms != "-"
        }
        for lang, relation, *all_forms in rows("relation_plurals.tsv")
    }


@cache
def _role_words() -> dict[tuple[str, str, str], tuple[str, str]]:
    return {(lang, gender, case): (one, several) for lang, gender, case, one, several in rows("role_words.tsv")}


@cache
def grammar_of(lang: str) -> Grammar:
    """The words around names in `lang`: empty lists for a language rewrite_words.tsv does not know, where
    names are then removed or replaced, not given role words."""
    words = word_lists("rewrite_words.tsv")

    def listed(name: str) -> frozenset[str]:
        if name == "adjective_endings":  # the extraction rules' list, German's alone
            return frozenset(word_lists("rule_words.tsv")[name] if lang == "de" else ())
        langs = MIXED if lang in MIXED and name in MIXED_LISTS else [lang]
        return frozenset(w for k in langs for w in words.get(f"{k}.{name}", ()))

    return Grammar(*(listed(name) for name in Grammar.__dataclass_fields__))


# Captions mix German and English: the words that introduce a name count in either ("Congrats an @jana", "Liebe
# Sabine, thank you").
MIXED = ["de", "en"]
MIXED_LISTS = frozenset(
    {
        "leads",
        "credits",
        "credit_leads",
        "agent_leads",  # an English participle in a German caption: "gemacht, supervised by Nadi" keeps its agent
        "participles",
        "second",
        "everyone",
        "follow_verbs",  # "Go follow @lena für ihre Kurse"
        "not_verbs",
        "interjections",
        "salutations",
        "connectors",
        "addresses",
        "praise",
        "praise_nouns",
        "roles",  # "Pfarrerin Johanna Seitz led the ceremony", "Unsere Braut Siobhan wollte ... – nailed it!"
        "compound_heads",
    }
    | {
        "titles",
        "female_titles",
        "male_titles",
        "academic_titles",
    }  # "Mrs Vogt war unsere Lehrerin", "Thanks to Frau Vogt"
)


MIN_HEAD = 4  # letters of the shortest last part of a compound that tells its article ("Haus", not "Ei")
# German nouns take their article from the ending ("die Hochzeit einer ..."); else they go without one.
ARTICLE_BY_ENDING = tuple((tuple(word_lists("rewrite_words.tsv")[f"de.{art}"]), art) for art in ("die", "das", "der"))


@cache
def _listed_nouns() -> tuple[tuple[tuple[str, ...], str], ...]:
    """The endings of ARTICLE_BY_ENDING that are nouns themselves ("foto", "hochzeit"; not "chen", "um")."""
    known = noun_articles()
    return tuple((tuple(e for e in ends if e.capitalize() in known), art) for ends, art in ARTICLE_BY_ENDING)


def article(lang: str, noun: str) -> str | None:
    """The definite article that replaces a possessive name: "Lenas Hochzeit" -> "die Hochzeit", by Wiktionary's
    German nouns where they have the noun ("Kuchen": der, though "-chen" makes nouns neuter) or a compound's last
    part ("Lastenrad-Rahmen": der, "Kabinenansprachen": die), else by the noun's ending."""
    if lang == "en":
        return "the"
    if lang != "de":
        return None
    if not noun[:1].isupper():  # German nouns are capitalised: "first goal", "engagement shoot" are English
        return None
    known = noun_articles()
    if art := known.get(noun.capitalize()):
        return art
    n = noun.casefold()
    # the list's nouns first ("Teamfoto": das, whatever Wiktionary says of "Foto"), then a compound's last part
    # before the list's endings ("Kabinenansprachen": die, "Probenraum": der, though "-chen" and "-um" are das)
    if art := next((art for ends, art in _listed_nouns() if n.endswith(ends)), None):
        return art
    if art := head_article(noun):
        return art
    return next((art for ends, art in ARTICLE_BY_ENDING if n.endswith(ends)), None)


def head_article(noun: str) -> str | None:
    """The article Wiktionary's German nouns give a compound's last part of MIN_HEAD letters or more
    ("Kabinenansprachen": die, of "Ansprachen"; "Familienshooting": das, of "Shooting")."""
    known = noun_articles()
    heads = (noun[i:].capitalize() for i in range(1, max(1, len(noun) - MIN_HEAD + 1)))
    return next((known[head] for head in heads if head in known), None)


# Where a place stands after "am", "auf", "at" ..., its generalisation stands after "in": "auf der Zugspitze".
LOCATIVES = frozenset(word_lists("rewrite_words.tsv")["place_prepositions"])
DIRECTIONS = frozenset(word_lists("rewrite_words.tsv")["place_directions"])
PLACE_ENDS = frozenset(word_lists("rule_words.tsv")["street_words"])  # "Ballynahinch Castle", "Kelly Park"
ARTICLES = frozenset(word_lists("rewrite_words.tsv")["place_articles"])
DANGLING_ARTICLES = frozenset(word_lists("rewrite_words.tsv")["dangling_articles"])
REPLIES = frozenset(word_lists("rewrite_words.tsv")["replies"])
CREDIT_MARKS = frozenset(word_lists("rewrite_words.tsv")["credit_marks"])
RANK_MARKS = frozenset(word_lists("rewrite_words.tsv")["rank_marks"])
FAMILY_ARTICLES = frozenset(word_lists("rewrite_words.tsv")["family_articles"])
PLAIN_FAMILY_ARTICLES = frozenset(word_lists("rewrite_words.tsv")["plain_family_articles"])


@cache
def place_parents() -> dict[tuple[str, ...], dict[str, str]]:
    """Known places and the wider area each lies in, by language: venue -> city -> region -> country."""
    return {tuple(place.split()): {"de": de, "en": en} for place, de, en in rows("places.tsv")}


@cache
def place_starts() -> frozenset[str]:
    """The first words of known places: where no word is one, no place needs looking up."""
    return frozenset(words[0] for words in place_parents())
