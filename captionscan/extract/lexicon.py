"""What the rule components know of a single word: first name, surname, place, title, common word.

The big gazetteers (first names, surnames, GeoNames places, dictionaries, wordfreq's common words) are read from
`captionscan.data`, not saved with each pipeline: the opt-out matcher reads the same sets, so one process loads them
once; a pipeline's own copies would load surnames alone a second time (0.6 s of a cold `check`, measured). The rules'
small lists (`rule_words.tsv`: titles, locatives, street words...) are saved with each component.
"""

from __future__ import annotations

from collections.abc import Mapping

from captionscan.data import (
    EVERYDAY_WORDS,
    EVERYDAY_ZIPF,
    NAME_ZIPF,
    PARTICLES,
    common_word,
    english_words,
    first_name_word,
    first_names,
    function_or_everyday_words,
    function_words,
    geonames_places,
    german_words,
    given_names,
    name_bases,
    name_words,
    noun_articles,
    person_cues,
    person_nouns,
    place_words,
    places,
    prepositions,
    surnames,
    word_anywhere,
    world_first_names,
    world_name_words,
)

# A German noun shorter than this may be a nickname too ("Jas", in the third tune caption set); without the bound,
# redaction recall fell where the rule was not written from (WNUT dev 0.726 -> 0.721, the second test set 0.869 ->
# 0.867).
NOUN_LETTERS = 5

# The lists of rule_words.tsv each rule component saves and reads.
WORD_LISTS = "rule_words.tsv"


def capitalised(token) -> bool:
    text = token.text  # spaCy decodes it from its string store at each reading
    return text[:1].isupper() and not text.isupper() and text.replace("-", "").isalpha()


def has_letter_or_digit(token) -> bool:
    return any(c.isalnum() for c in token.text)


def _german_word(low: str) -> bool:
    """A German word ("Strom") or an English one ("Room", "Beck")."""
    return low.casefold() in german_words() or low in english_words()


PLAIN_SETS = (
    "titles honorifics greetings speech family_articles lowercase_words connectors pairing name_cues list_joiners "
    "locatives "
    "place_prefixes place_codes code_cues street_words street_surnames street_abbreviations german_articles "
    "clause_marks place_in pets world_titles world_joiners world_locatives place_heads dutch_articles"
).split()


def _known_first_name(low: str) -> bool:
    """A first name of the multi-country list or a short form of one, at least 3 letters, no everyday word or place."""
    return len(low) >= 3 and first_name_word(low) and _no_word_or_place(low)


def _no_word_or_place(low: str) -> bool:
    return low not in EVERYDAY_WORDS and low not in places()


# The rules by which a capitalised word that is no first name is a name, in the order they are tried; each is a
# Lexicon method of that name.
CONTEXT_RULES = ("genitive", "family", "speaker", "role", "unknown_english", "name_word", "surname_by_context")


class Lexicon:
    """Word tests over the rule word lists `words` (list name -> words, as `rule_words.tsv` holds them)."""

    def __init__(self, words: Mapping[str, tuple[str, ...]]) -> None:
        self.words = dict(words)
        for name in PLAIN_SETS:  # the lists used as they are, as sets of words
            setattr(self, name, frozenset(words[name]))
        self.role_endings = tuple(words["role_endings"])
        self.adjective_endings = tuple(words["adjective_endings"])
        self.place_endings = tuple(words["place_endings"])
        self.not_name_edges = self.titles | frozenset(words["edge_words"]) | frozenset(words["exclamations"])
        self.inner_particles = PARTICLES | frozenset(words["inner_particles"])
        self.name_particles = PARTICLES - frozenset(words["article_particles"])
        self.place_cues = self.locatives | frozenset(words["place_cues"])

    def surname_like(self, token) -> bool:
        """A listed surname, capitalised: in German every noun is capitalised, and "Lena Bilder" made one span
        would read as a namesake of a listed Lena to the matcher."""
        low = token.lower_
        return capitalised(token) and low in surnames() and low not in EVERYDAY_WORDS and not token.is_stop

    def lowercase_name_surname(self, doc, i: int) -> bool:
        """After a first name in lowercase, token i is its surname where it is a listed one in lowercase that is no
        common word of the text's language, English word or German noun: "lena vogt", "tim schulz"."""
        if i >= len(doc):
            return False
        token = doc[i]
        return (
            self.lowercase_surname(token, token.lang_)
            and not self.common(token)
            and not token.is_stop
            and token.lower_ not in english_words()
            and token.lower_ not in german_words()
        )

    def name_like(self, token) -> bool:
        """A capitalised word that is no common or everyday word and no place: where the context says so, a name."""
        return (
            capitalised(token)
            and len(token) >= 2
            and not self.common(token)
            and token.lower_ not in function_or_everyday_words()
            and not self.place_word(token)
        )

    def unlisted_surname(self, token) -> bool:
        """After a first name, a name-like word that is no first name is most likely a surname ("Morgan
        Schneiderlin", "Neil Armstrong")."""
        return self.name_like(token) and token.lower_ not in name_words()

    def first_name(self, token) -> bool:
        """A common first name, also a double one ("Marie-Luise", "Hans-Peter"), that is not also a place."""
        low = token.lower_
        known = (
            low in name_words()
            or "-" in low
            and all(p in first_names() for p in low.split("-"))
            or self.foreign_name(token)
        )
        return known and low not in place_words() and low not in self.titles  # "nana", "papa"

    def not_name_edge(self, token) -> bool:
        """A title, greeting or thanks at a person's span's edge ("Opa Heinz", "Danke Lena"), or in German a title's
        genitive ("Omas 90. Geburtstag")."""
        low = token.lower_
        return low in self.not_name_edges or token.lang_ == "de" and low.endswith("s") and low[:-1] in self.titles

    def foreign_name(self, token) -> bool:
        """A first name of another country ("Tiana", "conor"): the list is long and uncurated, so the name must be
        no common word of the language, and in German, where nouns are capitalised too, neither a place
        ("Bergen") nor lowercase ("reine")."""
        low = token.lower_
        german = token.lang_ == "de"
        return low in world_name_words(token.lang_) and not (
            german and (low in geonames_places() or not capitalised(token))
        )

    def name_anywhere(self, token, lang: str) -> bool:
        """A first name of the multi-country list, capitalised, that is no common word of `lang` (wordfreq counts
        names too: "piotr" is at 4.7 in Polish, "lieve", Dutch for dear, at 4.9) nor an everyday word or place;
        in lowercase only a name of the curated list; capitalised also one of the wider world list ("Marloes")."""
        low, capital = token.lower_, capitalised(token)
        return (
            (capital or token.text.isupper() or low in first_names())
            and (_known_first_name(low) or capital and self.world_name(token, lang))
            and not word_anywhere(low, lang, NAME_ZIPF)
        )

    def world_name(self, token, lang: str) -> bool:
        """A first name of the wider world list only where nothing says place: no preposition of place before it,
        no place of the gazetteers ("ad Amalfi", "en Marbella")."""
        low, before = token.lower_, token.doc[token.i - 1].lower_ if token.i else ""
        return (
            low in world_first_names()
            and low not in self.not_name_edges  # "Amai, wat een feest", "Mabrouk!": the wider list has them as names
            and _no_word_or_place(low)
            and before not in self.world_locatives
            and not self.place_anywhere(token, lang, located=True)
        )

    def surname_anywhere(self, token, lang: str, titled: bool = False) -> bool:
        """A capitalised word that is no common word of `lang` nor an everyday word or place: after a first name
        or a title, a surname; right after a title a place's name too ("Sig.ra Colombo", "Mme Paris"). Names are
        frequent words to wordfreq (Rossi 4.7 in Italian, García 4.8 in Spanish), so the bound is that of first
        names."""
        low = token.lower_
        return (
            (capitalised(token) or token.text.isupper() and len(low) > 1)
            and low not in EVERYDAY_WORDS
            and (titled or low not in places())
            and not word_anywhere(low, lang, NAME_ZIPF)
        )

    def given_name(self, token) -> bool:
        """A first name of the multi-country list, also one that is a word ("Pierre", "Mark", "Rosa"), but no
        everyday word or place."""
        return _known_first_name(token.lower_) and token.lower_ not in PARTICLES

    def place_anywhere(self, token, lang: str, located: bool = False) -> bool:
        """A capitalised word of a listed place, or of a GeoNames place that is no first name and, unless it is
        `located` (after "in", "w", "à"...: "in Utrecht"), no common word of `lang`; also declined ("w Krakowie")."""
        low = token.lower_
        if not capitalised(token) or len(low) < 3 or low in EVERYDAY_WORDS:
            return False
        if low in place_words():
            return True
        known = low in geonames_places() or any(b in geonames_places() for b in name_bases(low, lang))  # "Krakowie"
        return known and low not in given_names() and (located or not word_anywhere(low, lang, NAME_ZIPF))

    def lowercase_surname(self, token, lang: str) -> bool:
        """A listed surname in lowercase that is no word of `lang` ("esposito", "lewandowska")."""
        low = token.lower_
        return (
            token.is_lower
            and low in surnames()
            and low not in EVERYDAY_WORDS
            and not word_anywhere(low, lang, NAME_ZIPF)
        )

    def inflected(self, token, lang: str) -> bool:
        """A first name or its short form in another case, in a language that declines names ("Kasią", "Tomka",
        "Zuziu" in Polish); a common word so only after a preposition, where a capital says name ("z Mają": "mają"
        is "they have")."""
        doc, i = token.doc, token.i
        after_preposition = i > 0 and doc[i - 1].is_lower and doc[i - 1].lower_ in prepositions(lang)
        return (
            capitalised(token)
            and (after_preposition or not word_anywhere(token.lower_, lang, NAME_ZIPF))
            and any(self.declinable(base) for base in name_bases(token.lower_, lang))
        )

    @staticmethod
    def declinable(base: str) -> bool:
        """A first name, or a short form of four letters or more, that a declined word may be a form of: "zuzia",
        not "fer" ("Ferie", the holidays)."""
        return (base in given_names() or len(base) > 3 and first_name_word(base)) and base not in EVERYDAY_WORDS

    def street(self, token, span) -> bool:
        """A street or building word that may end `span`; in a person's span, not one right after a first name,
        which is then a surname ("Michael Bay", "Anna Platz"), nor a common surname ("Jimin Park")."""
        if token.lower_ not in self.street_words:
            return False
        return span.label_ != "PERSON" or (
            token.lower_ not in self.street_surnames and not self.first_name(token.doc[token.i - 1])
        )

    def not_lowercase(self, token) -> bool:
        """A word after a person's span makes it a place only when capitalised or an abbreviation: "Mia school
        today" is about Mia, "Elkington ave" is a street."""
        return token.text[:1].isupper() or token.lower_ in self.street_abbreviations

    def words_no_place(self, span) -> bool:
        """An English LOCATION span of dictionary words that are no place ("Groggily", "Award Winners"): the English
        model takes many a capitalised word at the start of a tweet for a place."""
        return all(self.english_no_place(t) and not t.is_upper and t.lower_ in english_words() for t in span)

    def names_no_place(self, span) -> bool:
        """An English LOCATION span of listed first names or surnames that are no place ("Cowell", "Mauro
        Ranallo"): the English model takes unknown capitalised words for places; after "at", "in", "near"... it
        stays a place."""
        doc = span.doc
        before = doc[span.start - 1].lower_ if span.start > 0 else ""
        if before in self.place_cues:
            return False
        return all(
            self.english_no_place(t)
            and capitalised(t)
            and (t.lower_ in surnames() or t.lower_ in given_names() or before in self.greetings)
            for t in span
        )

    def english_no_place(self, token) -> bool:
        """A word of English text that neither GeoNames nor the project's place list knows."""
        return token.lang_ == "en" and token.lower_ not in geonames_places() and token.lower_ not in place_words()

    def looks_like_people(self, span) -> bool:
        """First names and connectors, maybe after titles and before one surname, listed or name-like, with its
        particles ("Svenja", "Fiona and Callum", "Grandma Rosa", "Elif Aksoy", "Hugo Naphtali", "Louis van Gaal"):
        people, whatever the model called them."""
        words = [t for t in span if t.lower_ not in self.connectors]
        while words and words[0].lower_ in self.titles:
            words = words[1:]
        if (
            len(words) > 1
            and (self.surname_like(words[-1]) or self.unlisted_surname(words[-1]))
            and not self.place_word(words[-1])
        ):
            words = words[:-1]
            while len(words) > 1 and words[-1].lower_ in PARTICLES:
                words = words[:-1]
        return bool(words) and all(self.first_name(t) for t in words)

    def titles_before(self, doc, i: int) -> set[str]:
        """The titles right before token i ("Frau Dr. Albers": both "frau" and "dr."), if it can be a name."""
        j = i - 1
        while (
            j >= 0
            and doc[j].lower_ in self.titles
            and (doc[j].is_title or doc[j].is_lower or doc[j].text.endswith("."))
        ):
            j -= 1
        if j < i - 1 and (doc[i - 1].is_lower or capitalised(doc[i])):
            return {t.lower_ for t in doc[j + 1 : i]}
        return set()

    def genitive(self, token) -> bool:
        """German genitive of a first name: "Jakobs Abschiedsfeier", "Kerstins 40."."""
        low = token.lower_
        return (
            capitalised(token)
            and low.endswith("s")
            and low[:-1] in name_words()
            and low not in function_or_everyday_words()
        )

    def shouted(self, token) -> bool:
        """A word in capitals among words in capitals ("HAPPY BIRTHDAY LENA"); alone among lowercase words, a word
        in capitals is more often an acronym ("the NICU team")."""
        if not (token.is_upper and len(token) >= 4):
            return False
        doc = token.doc
        near = [t for t in doc[max(0, token.i - 2) : token.i + 3] if t.is_alpha and t.i != token.i]
        return bool(near) and all(t.is_upper for t in near)

    def family(self, token) -> bool:
        """A family by its name in the plural: "the Patels", "den Nguyens", "The Hendersons'"."""
        low = token.lower_
        return (
            capitalised(token)
            and low.endswith("s")
            and token.i > 0
            and token.doc[token.i - 1].lower_ in self.family_articles
            and low[:-1] in surnames()
            and not common_word(low, token.lang_)
            and not common_word(low[:-1], token.lang_)
            and low[:-1] not in function_or_everyday_words()
        )

    def speaker(self, token) -> bool:
        """The one quoted at the end of a sentence: ", so Barth .", "betonte Thierse .", "said Jones."."""
        doc = token.doc
        i = token.i
        return (
            i > 0
            and doc[i - 1].lower_ in self.speech
            and (i + 1 == len(doc) or doc[i + 1].is_punct)
            and self.name_like(token)
        )

    def role(self, token) -> bool:
        """German news names people by role: the compound gives it away where the titles cannot list every one."""
        doc = token.doc
        i = token.i
        return (
            i > 0
            and doc[i - 1].lower_.endswith(self.role_endings)
            and doc[i - 1].text[:1].isupper()
            and self.name_like(token)
        )

    def unknown_english(self, token) -> bool:
        """In English text, where nouns are lowercase, a capitalised word that no English dictionary knows is most
        likely a name ("Muselk", "Trifonov"); brands come along ("Subaru"), as the price of recall. A German noun or
        another German word that is no surname is none: captions mix the languages ("the most beautiful Scheune",
        "Danke für alles"); wordfreq counts German surnames as words ("Bruckner", "Merkel"). Nor is a German place
        named by its last part ("from the Theresienwiese"), which the place rule takes."""
        low = token.lower_
        return (
            token.lang_ == "en"
            and self.name_like(token)
            and low not in english_words()
            and low not in given_names()
            and token.text not in noun_articles()
            and (low in surnames() or not word_anywhere(low, "de", EVERYDAY_ZIPF))
            and not self.place_compound(token)
        )

    def named_by_context(self, token) -> str:
        """The rule by which a capitalised word that is no first name is a name, by what stands around it or by
        being no word at all; "" if none."""
        low = token.lower_
        if not capitalised(token) or low in self.not_name_edges:  # most tokens leave here; "Mubarak" of "Eid Mubarak"
            return ""
        titles = self.titles_before(token.doc, token.i)
        if (
            # after "Frau", "Herr", "Mrs" an everyday word is a surname too ("Frau Sommer"), a role noun is none
            # ("Frau Doktor")
            (
                titles & self.honorifics
                and low not in function_words()
                and token.text not in person_nouns()
                or titles
                and low in surnames()
                and low not in function_or_everyday_words()
            )
            and low not in self.titles
            and not self.place_word(token)
        ):
            return "title"
        return next((rule for rule in CONTEXT_RULES if getattr(self, rule)(token)), "")

    def name_word(self, token) -> bool:
        """In English text, where nouns are lowercase, a first name that is also an everyday word is a name where it
        is capitalised after a lowercase word inside its sentence ("and Holly refusing", "for Hope's bouquet", "our
        bride Grace fixed"), but a month, a word after an article or a word of time ("this Summer", "in May"), a
        place or part of a longer name ("Rose Garden") is none."""
        doc, i, low = token.doc, token.i, token.lower_
        return (
            token.lang_ == "en"
            and token.is_title
            and low in EVERYDAY_WORDS
            and low in given_names()
            and low not in person_cues("months")
            and i > 0
            and doc[i - 1].is_lower
            and doc[i - 1].is_alpha
            and doc[i - 1].lower_ not in person_cues("word_before")
            and not (i + 1 < len(doc) and doc[i + 1].is_title)
            and not self.place_word(token)
        )

    def surname_by_context(self, token) -> bool:
        """A capitalised listed surname before no capitalised word is a name even where it is also a word, if the
        words around it say so: in English, where nouns are lowercase, after a lowercase word ("talking about Trump
        using", "the Coen brothers"), unless it is the plural of an everyday word ("the Browns played"); in German,
        where they are not, first in a clause or after no article or adjective ("sagt Eymer der Zeitung", "Zöllner
        will"), also in the genitive before a noun ("bei Wulffs Hochzeitsfeier"), and only if no German or English
        text uses it as a word."""
        doc, i, low = token.doc, token.i, token.lower_
        if not self.name_like(token):  # greetings and exclamations never reach here: named_by_context passed them over
            return False
        noun_next = i + 1 < len(doc) and doc[i + 1].text[:1].isupper()
        if token.lang_ == "de":
            listed = self.surname_genitive(low) if noun_next else low in surnames()
            return listed and self.bare(token) and not _german_word(low)
        return (
            not noun_next
            and low in surnames()
            and self.english_no_place(token)
            and i > 0
            and doc[i - 1].is_lower
            and low.removesuffix("s") not in function_or_everyday_words()
        )

    def bare(self, token) -> bool:
        """A German word first in its clause, or after a lowercase word that is no article and does not end like an
        inflected adjective: where a German noun mostly has one of these before it, a name has none. A word in "-te"
        is taken for a verb ("sagte"), unless in "-ste" ("die schönste Braut"); a quote or bracket opens no clause
        ("die „Braut“")."""
        if token.i == 0:
            return True
        before = token.doc[token.i - 1]
        low = before.lower_
        adjective = low.endswith(self.adjective_endings) and not (low.endswith("te") and not low.endswith("ste"))
        return low in self.clause_marks or before.is_lower and low not in self.german_articles and not adjective

    def surname_genitive(self, low: str) -> bool:
        """A listed surname and "s" ("Wulffs"), the surname no word, everyday word or place ("Bremens")."""
        stem = low[:-1]
        return (
            low.endswith("s")
            and stem in surnames()
            and not _german_word(stem)
            and stem not in places()
            and stem not in function_or_everyday_words()
        )

    def place_word(self, token) -> bool:
        """A known place, also in the German genitive ("Ungarns"), capitalised or in capitals ("MINSK"); or, after
        "in", "nach", "von", "from"..., a GeoNames place word that is no common word, first name or surname ("in
        Völklingen")."""
        low = token.lower_
        known = low in place_words() or low.endswith("s") and low[:-1] in place_words() and low not in surnames()
        return (
            known
            and (capitalised(token) or token.is_upper and len(token) >= 4)
            or self.placed(token)
            or self.place_code(token)
        )

    def place_compound(self, token) -> int:
        """How many tokens from `token` on name a German place that no list has, by its last part: a compound that
        ends in a place's word ("Glockenbachviertel", "Theresienwiese", "Karl-Marx-Allee"), or a place's adjective
        before one ("Strausberger Platz"); 0 where the compound or adjective is a word of Wiktionary's nouns
        ("Arbeitsplatz", "Kindergarten"), a common word ("Berliner") or a surname ("Baumgarten")."""
        low = token.lower_
        if len(low) < 6 or not capitalised(token):
            return 0
        doc, nxt = token.doc, token.i + 1
        if low.endswith(self.place_endings):
            size = 1
        elif low.endswith("er") and nxt < len(doc) and doc[nxt].lower_ in self.place_endings:
            size = 2
        else:
            return 0
        # the endings before the noun table: a cold `check` of a text without them need not read it (0.2 s)
        return size if self.unknown_word(token) else 0

    def unknown_word(self, token) -> bool:
        """No noun of Wiktionary's German, common word, English word or surname."""
        text, low = token.text, token.lower_
        return (
            text not in noun_articles()
            and not common_word(low, "de")
            and low not in english_words()
            and low not in surnames()
        )

    def place_code(self, token) -> bool:
        """In English text, a place code after "in", "from", "at" or "near", not in a line in capitals ("THANK YOU
        FROM ALL OF US"), or after a place and a comma ("Glenwood Springs , CO", not "Love you , MA")."""
        doc, i = token.doc, token.i
        if token.text not in self.place_codes or token.lang_ != "en" or i == 0:
            return False
        before = doc[i - 1]
        after_place = before.text == "," and i > 1 and doc[i - 2].ent_type_ == "LOCATION"
        return before.text in self.code_cues or after_place

    def pet(self, token) -> bool:
        """A name after an animal's word is a pet's: "mit Hund Bruno", "our dog Max"."""
        return token.i > 0 and token.doc[token.i - 1].lower_ in self.pets

    def town_not_name(self, token) -> bool:
        """A town that is also a first name, right after "in" ("Golden hour in Charlotte", "every trail in
        Washington"), unless a genitive or a surname follows ("in Charlotte's arms", "in Michael Jacksons Video")."""
        doc, i = token.doc, token.i
        return (
            i > 0
            and doc[i - 1].lower_ in self.place_in
            and capitalised(token)
            and len(token) >= 4
            and token.lower_ in geonames_places()
            and token.lower_ in given_names()
            and not (i + 1 < len(doc) and (doc[i + 1].lower_ in ("'s", "’s") or doc[i + 1].text[:1].isupper()))
        )

    def placed(self, token) -> bool:
        low = token.lower_
        return self.town_not_name(token) or (
            low in geonames_places()
            and len(low) >= 4
            and token.i > 0
            and token.doc[token.i - 1].lower_ in self.locatives
            and capitalised(token)
            and not common_word(low, token.lang_)
            and low not in given_names()
            and low not in surnames()
            and low not in function_or_everyday_words()
        )

    def only_places(self, span) -> bool:
        """A span of known places alone ("Somalia") or a German place by its last part ("Reschenpass", "Strausberger
        Platz"): a place, whatever the model called it, unless a word is also a surname or first name."""
        return self.place_compound(span[0]) == len(span) or all(
            self.place_word(t) and t.lower_ not in surnames() and t.lower_ not in first_names() for t in span
        )

    def plain_noun(self, span) -> bool:
        """A German span of one noun of Wiktionary's ("Brautstrauß", "Rente", "Abi-Feier": its last part), which no
        place list knows ("Halle" is one): an everyday word, not a place, when the model takes it for one."""
        if len(span) != 1 or span[0].lang_ != "de":
            return False
        low, last = span[0].lower_, span[0].text.rsplit("-", 1)[-1]
        if low in place_words() or low in geonames_places():
            return False  # before the noun table: a cold `check` of a text with a known place need not read it
        nouns = noun_articles()
        return last in nouns or last.lower() in nouns

    def common(self, token) -> bool:
        return common_word(token.lower_, token.lang_)

    def common_not_name(self, token) -> bool:
        low = token.lower_
        return self.common(token) and low not in given_names() and low not in surnames()

    def noun_not_name(self, token) -> bool:
        """A German noun as written ("Sommersprossen", "Hefezopf", Wiktionary's table) that no list has as a first
        name or surname ("Mann", "Rose" and "Weber" are names too), of NOUN_LETTERS or more."""
        low = token.lower_
        return (
            len(low) >= NOUN_LETTERS
            and low not in given_names()
            and low not in surnames()
            and token.text in noun_articles()
        )

    def not_in_german_name(self, token) -> bool:
        """German writes every word of a name capitalised but its particles: a number or another lowercase word
        ends a name ("Brigitte Weigl" "20 Pullover", "Percy Heath" "gestrichene Bass")."""
        return token.like_num or token.is_lower and token.lower_ not in self.inner_particles
