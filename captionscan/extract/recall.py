"""Recall rules after the statistical NER: gazetteer first names and places the model missed.

The small pipelines miss many names they never saw, and for privacy a missed name costs more than a false
alarm. Measured on the dev sets, these rules raise recall at little cost in precision:
- a capitalised first name from the gazetteer followed by a listed surname ("Marco Vieira", "Anna von
  Brandt") is one PERSON span, which absorbs PERSON spans the model found inside it; a PERSON span ending in a
  first name takes the next capitalised word that is no common word, place or first name ("Neil Armstrong",
  "Morgan Schneiderlin"), and one starting after a first name takes that name ("Franz Josef Jung");
- a first name alone ("Danke Lena", "mit lena") is PERSON where no other entity claims it (a span of first
  names alone the model called a place is people too: "Svenja", "Fiona and Callum"), unless it is an
  everyday or function word ("Grace", "will"), or, written in lowercase, an English or German word ("drew");
  the first names of other countries count too ("Tiana", "conor"), unless they are common words in the training
  corpora ("Brett") or, in German text, places or written in lowercase ("Bergen", "reine"); in capitals, a first
  name counts among other words in capitals ("ALLES GUTE LENA");
- a capitalised word of a known place name ("Kopenhagen", "Lissabon", "MINSK", "Ungarns"), or of a GeoNames
  place name after "in", "nach", "von", "from"... ("in Völklingen"), is LOCATION where no entity claims it, unless
  it is also a first name or an everyday word, and so is a US state's or a country's code after these or a comma
  ("from SC", "Glenwood Springs , CO"); a PERSON span of such words alone ("Somalia") is a place;
- in English text, where nouns are lowercase, a capitalised word that no English dictionary (SCOWL) knows is PERSON
  ("Muselk"), and so is a listed surname between lowercase words ("talking about Trump using"); a LOCATION span of
  listed names that are no place is PERSON ("Cowell"), unless "at", "in"... come before it or a greeting does
  ("thank you Stephi"), and one of dictionary words that are no place is dropped ("Groggily");
- a LOCATION or PERSON span takes a street or building word after it and is a place ("Undercliff Ave", "Kansas
  City", "Harrison High School"), as is a PERSON span that ends in one ("Cottonpet road"); after a person's span
  the word must not be lowercase ("Mia school today"), and not right after a first name ("Michael Bay");
- a word after a title ("Frau Dr. Albers", "Tante Ingrid", "uncle rob") or a role noun ("CSU-Politiker
  Straubinger"), one quoted at the end of a sentence (", so Barth ."), the genitive of a first name
  ("Jakobs Abschiedsfeier"), a family in the plural ("the Patels", "den Nguyens") and an everyday word that is also
  a first name next to a person ("Joy and Ben") are PERSON; so, in German, is a listed surname that no German or
  English text uses as a word, first in a clause or after no article or adjective ("sagt Eymer der Zeitung"), or in
  the genitive before a noun ("bei Wulffs Hochzeitsfeier");
- the model's spans lose emoji and punctuation at their edges, titles and greetings in front of a name, and
  common words after one ("Lena Bilder"); in German also common words and role nouns in front ("Tochter Murchad")
  and all from a number or a lowercase word that is no particle on ("Brigitte Weigl 20 Pullover"); a PERSON span
  over a list of people is split ("Justin , Alex"), and one takes a regnal number after it ("Elisabeth II.") and,
  ending in a first name, an initial ("Anna K.", "Kenny G"), and one an initial with its period before it ("A. Beck");
- PERSON spans with nothing but particles or a hyphen between them are one name ("Clara" "von" "Stein").
"""

from __future__ import annotations

from itertools import pairwise

import regex
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from captionscan.data import (
    EVERYDAY_WORDS,
    PARTICLES,
    common_words,
    english_words,
    first_names,
    function_or_everyday_words,
    geonames_places,
    german_words,
    given_names,
    name_words,
    place_words,
    places,
    surnames,
    world_name_words,
)

# First names that, in lowercase, are more often a word than a name.
LOWERCASE_WORDS = frozenset(
    """drew miles chase hunter mason carter jack frank bob rob pat sue art guy bill will mark dean rich sandy till
    kai ole malte lasse mats ernst lotta maxi gabriel angel""".split()
)
CONNECTORS = frozenset("and und & , + x".split())
PAIRING = frozenset("and und &".split())  # "Joy and Ben": a word that may be a name, next to one
LIST_JOINERS = PAIRING | {","}  # "Justin , Alex": not "x", which ends "Malcolm X"
# Words before a place name: "in Völklingen", "der Polizeichef von Kandahar", "from Leeds".
LOCATIVES = frozenset("in nach aus bei von über zur stadt from to".split())
PLACE_CUES = LOCATIVES | frozenset("at of near around".split())
PLACE_PREFIXES = frozenset("st st. sankt san santa saint sainte bad".split())  # "St. Moritz", "Santa Monica"
# Words before a name that say it is one: "Frau Dr. Albers", "Tante Ingrid", "uncle rob", "Trainer Klopp".
TITLES = frozenset(
    """herr herrn frau fräulein dr dr. prof prof. familie tante onkel oma opa omi opi mr mr. mrs mrs. ms ms. miss
    aunt auntie uncle grandma grandpa granny nana papa mama dj coach trainer trainerin kapitän präsident
    präsidentin kanzler kanzlerin minister ministerin bürgermeister bürgermeisterin sir lady lord""".split()
)
# Titles that stand before a surname by convention: any capitalised word after them is taken for one.
HONORIFICS = frozenset("herr herrn frau dr dr. prof prof. mr mr. mrs mrs. ms ms. miss".split())
# Words the model sometimes takes into a PERSON span that are not part of the name: "Danke Lena", "Opa Heinz".
NOT_NAME_EDGES = TITLES | frozenset(
    """danke dank thanks thank thx congratulations congrats glückwunsch hallo hi hey liebe lieber liebes dear
    cheers shoutout schatz schatzi""".split()
)
# Lowercase words inside a name: "Johannes des Kappadokers", "Bernardo el de los Lobitos".
INNER_PARTICLES = PARTICLES | frozenset("des el los y e".split())
# Particles inside a name that are no German article ("Ida vom Bankdirektor" is no name).
NAME_PARTICLES = PARTICLES - frozenset("der den das zur vom".split())
GREETINGS = frozenset("thanks thank you thx hi hey hello dear congrats congratulations bye".split())
# Words after a name that make it a place's: "Undercliff Ave", "Kansas City", "Harrison High School".
STREET_WORDS = frozenset(
    """ave avenue st street rd road lane blvd boulevard city county square drive straße strasse platz allee weg
    school hs park palace gardens interchange clinic hospital centre center station airport bridge stadium coast
    beach island bay valley river""".split()
)
STREET_SURNAMES = frozenset("park lane bridge".split())  # "Jimin Park": after a name, its surname
STREET_ABBREVIATIONS = frozenset("ave rd blvd".split())
# Regnal numbers: "Elisabeth II.", "Bernhard IV.", "Ludwig I."; "I" alone is a pronoun ("Lena I love you").
ROMAN = regex.compile(r"[IVX]{2,4}\.?|[IVX]\.")
# Initials after a first name: "Kenny G", "Anna K."; "I" and "A" alone are words ("Lena I love you", "Emma A day").
INITIAL = regex.compile(r"\p{Lu}\.|(?![AI])\p{Lu}")
# Before a surname an initial needs its period: "A. Beck".
INITIAL_BEFORE = regex.compile(r"\p{Lu}\.")
COMPONENT = "captionscan_recall"


def _capitalised(token) -> bool:
    return token.text[:1].isupper() and not token.text.isupper() and token.text.replace("-", "").isalpha()


def _surname_like(token) -> bool:
    """A listed surname, capitalised: in German every noun is capitalised, and "Lena Bilder" made one span
    would read as a namesake of a listed Lena to the matcher."""
    low = token.lower_
    return _capitalised(token) and low in surnames() and low not in EVERYDAY_WORDS and not token.is_stop


def _name_like(token) -> bool:
    """A capitalised word that is no common or everyday word and no place: where the context says so, a name."""
    return (
        _capitalised(token)
        and len(token) >= 2
        and not _common(token)
        and token.lower_ not in function_or_everyday_words()
        and not _place_word(token)
    )


def _unlisted_surname(token) -> bool:
    """After a first name, a name-like word that is no first name is most likely a surname ("Morgan
    Schneiderlin", "Neil Armstrong")."""
    return _name_like(token) and token.lower_ not in name_words()


def _first_name(token) -> bool:
    """A common first name, also a double one ("Marie-Luise", "Hans-Peter"), that is not also a place."""
    low = token.lower_
    parts = low.split("-")
    known = low in name_words() or len(parts) > 1 and all(p in first_names() for p in parts) or _foreign_name(token)
    return known and low not in place_words()


def _foreign_name(token) -> bool:
    """A first name of another country ("Tiana", "conor"): the list is long and uncurated, so the name must be
    no common word in the training corpora, and in German, where nouns are capitalised too, neither a place
    ("Bergen") nor lowercase ("reine")."""
    low = token.lower_
    german = token.lang_ == "de"
    return low in world_name_words(token.lang_) and not (
        german and (low in geonames_places() or not _capitalised(token))
    )


def english_places(span: Span | None) -> Span | None:
    """English LOCATION spans that name people become PERSON, those of plain words are dropped."""
    if span is None or span.label_ != "LOCATION":
        return span
    if names_no_place(span):
        return Span(span.doc, span.start, span.end, label="PERSON")
    return None if words_no_place(span) else span


def with_street_words(ents: list[Span]) -> list[Span]:
    """LOCATION and PERSON spans take a street or building word after them that no other entity claims, and are
    places then ("Undercliff" "Ave", "Harrison High" "School"); a PERSON span ending in one is a place too
    ("Cottonpet road")."""
    starts = {e.start for e in ents}  # spans do not overlap: a claimed next token starts a span
    found = []
    for e in ents:
        doc, end = e.doc, e.end
        grows = end < len(doc) and end not in starts and _street(doc[end], e)
        if grows and (e.label_ == "LOCATION" or e.label_ == "PERSON" and _not_lowercase(doc[end])):
            end += 1
        place = e.label_ == "PERSON" and end - e.start > 1 and _street(doc[end - 1], e)
        found.append(Span(doc, e.start, end, label="LOCATION" if place else e.label_) if end > e.end or place else e)
    return found


def _street(token, span: Span) -> bool:
    """A street or building word that may end `span`; in a person's span, not one right after a first name, which
    is then a surname ("Michael Bay", "Anna Platz"), nor a common surname ("Jimin Park")."""
    if token.lower_ not in STREET_WORDS:
        return False
    return span.label_ != "PERSON" or token.lower_ not in STREET_SURNAMES and not _first_name(token.doc[token.i - 1])


def _not_lowercase(token) -> bool:
    """A word after a person's span makes it a place only when capitalised or an abbreviation: "Mia school today"
    is about Mia, "Elkington ave" is a street."""
    return token.text[:1].isupper() or token.lower_ in STREET_ABBREVIATIONS


def words_no_place(span: Span) -> bool:
    """An English LOCATION span of dictionary words that are no place ("Groggily", "Award Winners"): the English
    model takes many a capitalised word at the start of a tweet for a place."""
    return all(_english_no_place(t) and not t.is_upper and t.lower_ in english_words() for t in span)


def names_no_place(span: Span) -> bool:
    """An English LOCATION span of listed first names or surnames that are no place ("Cowell", "Mauro Ranallo"):
    the English model takes unknown capitalised words for places; after "at", "in", "near"... it stays a place."""
    doc = span.doc
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    if before in PLACE_CUES:
        return False
    return all(
        _english_no_place(t)
        and _capitalised(t)
        and (t.lower_ in surnames() or t.lower_ in given_names() or before in GREETINGS)
        for t in span
    )


def _english_no_place(token) -> bool:
    """A word of English text that neither GeoNames nor the project's place list knows."""
    return token.lang_ == "en" and token.lower_ not in geonames_places() and token.lower_ not in place_words()


def looks_like_people(span: Span) -> bool:
    """First names and connectors, maybe after titles and before one surname, listed or name-like, with its particles
    ("Svenja", "Fiona and Callum", "Grandma Rosa", "Elif Aksoy", "Hugo Naphtali", "Louis van Gaal"): people, whatever
    the model called them."""
    words = [t for t in span if t.lower_ not in CONNECTORS]
    while words and words[0].lower_ in TITLES:
        words = words[1:]
    if len(words) > 1 and (_surname_like(words[-1]) or _unlisted_surname(words[-1])) and not _place_word(words[-1]):
        words = words[:-1]
        while len(words) > 1 and words[-1].lower_ in PARTICLES:
            words = words[:-1]
    return bool(words) and all(_first_name(t) for t in words)


def _titles_before(doc: Doc, i: int) -> set[str]:
    """The titles right before token i ("Frau Dr. Albers": both "frau" and "dr."), if it can be a name."""
    j = i - 1
    while j >= 0 and doc[j].lower_ in TITLES and (doc[j].is_title or doc[j].is_lower or doc[j].text.endswith(".")):
        j -= 1
    if j < i - 1 and (doc[i - 1].is_lower or _capitalised(doc[i])):
        return {t.lower_ for t in doc[j + 1 : i]}
    return set()


def _genitive_of_name(token) -> bool:
    """German genitive of a first name: "Jakobs Abschiedsfeier", "Kerstins 40."."""
    low = token.lower_
    return (
        _capitalised(token)
        and low.endswith("s")
        and low[:-1] in name_words()
        and low not in function_or_everyday_words()
    )


def _shouted(token) -> bool:
    """A word in capitals among words in capitals ("HAPPY BIRTHDAY LENA"); alone among lowercase words, a word in
    capitals is more often an acronym ("the NICU team")."""
    if not (token.is_upper and len(token) >= 4):
        return False
    doc = token.doc
    near = [t for t in doc[max(0, token.i - 2) : token.i + 3] if t.is_alpha and t.i != token.i]
    return bool(near) and all(t.is_upper for t in near)


def _family(token) -> bool:
    """A family by its name in the plural: "the Patels", "den Nguyens", "The Hendersons'"."""
    low = token.lower_
    return (
        _capitalised(token)
        and low.endswith("s")
        and token.i > 0
        and token.doc[token.i - 1].lower_ in ("the", "den")
        and low[:-1] in surnames()
        and low not in common_words(token.lang_)
        and low[:-1] not in common_words(token.lang_)
        and low[:-1] not in function_or_everyday_words()
    )


SPEECH = frozenset("sagte sagt so betonte erklärte erklärt meinte ergänzte kritisierte berichtete said says".split())


def _speaker(token) -> bool:
    """The one quoted at the end of a sentence: ", so Barth .", "betonte Thierse .", "said Jones."."""
    doc = token.doc
    i = token.i
    return i > 0 and doc[i - 1].lower_ in SPEECH and (i + 1 == len(doc) or doc[i + 1].is_punct) and _name_like(token)


# Endings of German role nouns before a surname: "CSU-Politiker Straubinger", "Handelsminister Gref".
ROLE_ENDINGS = tuple(
    """politiker politikerin minister ministerin präsident präsidentin sprecher sprecherin chef chefin kanzler
    kanzlerin trainer trainerin keeper spieler spielerin sänger sängerin rapper regisseur regisseurin autor autorin
    kollege kollegen kollegin historiker theologe theologen musiker inspektor schauspieler schauspielerin stürmer
    verteidiger torwart bürgermeister genosse vorsitzende vorsitzender abgeordnete abgeordneter""".split()
)


def _after_role(token) -> bool:
    """German news names people by role: the compound gives it away where TITLES cannot list every one."""
    doc = token.doc
    i = token.i
    return i > 0 and doc[i - 1].lower_.endswith(ROLE_ENDINGS) and doc[i - 1].text[:1].isupper() and _name_like(token)


def _unknown_english(token) -> bool:
    """In English text, where nouns are lowercase, a capitalised word that no English dictionary knows is most
    likely a name ("Muselk", "Trifonov"); brands come along ("Subaru"), as the price of recall."""
    low = token.lower_
    return token.lang_ == "en" and _name_like(token) and low not in english_words() and low not in given_names()


def _named_by_context(token) -> bool:
    """A capitalised word that is no first name, but a name by what stands around it or by being no word at all."""
    if not _capitalised(token):  # every test below needs it: most tokens leave here
        return False
    low = token.lower_
    titles = _titles_before(token.doc, token.i)
    titled = (
        (titles & HONORIFICS or titles and low in surnames())
        and low not in TITLES
        and low not in function_or_everyday_words()
        and not _place_word(token)
    )
    return bool(
        titled
        or _genitive_of_name(token)
        or _family(token)
        or _speaker(token)
        or _after_role(token)
        or _unknown_english(token)
        or _surname_by_context(token)
    )


def _surname_by_context(token) -> bool:
    """A capitalised listed surname before no capitalised word is a name even where it is also a word, if the words
    around it say so: in English, where nouns are lowercase, after a lowercase word ("talking about Trump using",
    "the Coen brothers"), unless it is the plural of an everyday word ("the Browns played"); in German, where they
    are not, first in a clause or after no article or adjective ("sagt Eymer der Zeitung", "Zöllner will"), also in
    the genitive before a noun ("bei Wulffs Hochzeitsfeier"), and only if no German or English text uses it as a
    word."""
    doc, i, low = token.doc, token.i, token.lower_
    if low in NOT_NAME_EDGES or not _name_like(token):
        return False
    noun_next = i + 1 < len(doc) and doc[i + 1].text[:1].isupper()
    if token.lang_ == "de":
        listed = _surname_genitive(low) if noun_next else low in surnames()
        return listed and _bare(token) and not _german_word(low)
    return (
        not noun_next
        and low in surnames()
        and _english_no_place(token)
        and i > 0
        and doc[i - 1].is_lower
        and low.removesuffix("s") not in function_or_everyday_words()
    )


# Words before a German noun that do not come before a name: "der Hammer", "im Fieber", "frische Kräuter".
GERMAN_ARTICLES = frozenset(
    """der die das den dem des ein eine einen einem einer eines kein keine keinen keinem keiner keines mein meine
    meinen meinem meiner meines dein deine sein seine seinen seinem seiner seines ihr ihre ihren ihrem ihrer ihres
    unser unsere unseren unserem unserer euer eure dieser diese diesen diesem dieses jener jene jeder jede jeden
    jedem jedes welcher welche welches zum zur im am vom beim ins ans alle allen aller viele vielen einige mehrere
    manche beide beiden""".split()
)
ADJECTIVE_ENDINGS = ("e", "en", "er", "es", "em")
CLAUSE_MARKS = frozenset(". ! ? , ; : … – -".split())


def _bare(token) -> bool:
    """A German word first in its clause, or after a lowercase word that is no article and does not end like an
    inflected adjective: where a German noun mostly has one of these before it, a name has none. A word in "-te" is
    taken for a verb ("sagte"), unless in "-ste" ("die schönste Braut"); a quote or bracket opens no clause ("die
    „Braut“")."""
    if token.i == 0:
        return True
    before = token.doc[token.i - 1]
    low = before.lower_
    adjective = low.endswith(ADJECTIVE_ENDINGS) and not (low.endswith("te") and not low.endswith("ste"))
    return low in CLAUSE_MARKS or before.is_lower and low not in GERMAN_ARTICLES and not adjective


def _surname_genitive(low: str) -> bool:
    """A listed surname and "s" ("Wulffs"), the surname no word, everyday word or place ("Bremens")."""
    stem = low[:-1]
    return (
        low.endswith("s")
        and stem in surnames()
        and not _german_word(stem)
        and stem not in places()
        and stem not in function_or_everyday_words()
    )


def _german_word(low: str) -> bool:
    """A word of the German training corpora ("Strom") or of English ("Room", "Beck")."""
    return low in german_words() or low in english_words()


def name_spans(doc: Doc) -> list[Span]:
    spans = []
    claimed = {i for e in doc.ents if e.label_ != "PERSON" for i in range(e.start, e.end)}
    after_prefix = False  # the previous token is "St.", "San"...: "St. Moritz" is a place
    for token in doc:
        skip = after_prefix or not token.text[:1].isalpha() or token.i in claimed
        after_prefix = token.lower_ in PLACE_PREFIXES
        if skip:
            continue
        if not _first_name(token):
            if _named_by_context(token):
                spans.append(Span(doc, token.i, token.i + 1, label="PERSON"))
            continue
        end = token.i + 1
        if end < len(doc) and doc[end].lower_ in PARTICLES and _capitalised(token):
            end += 1
        surname = end < len(doc) and end not in claimed and _surname_like(doc[end]) and not _place_word(doc[end])
        if _capitalised(token) and surname:
            spans.append(Span(doc, token.i, end + 1, label="PERSON"))
        elif (
            _capitalised(token)
            or _shouted(token)
            or token.is_lower
            and (token.lower_ not in LOWERCASE_WORDS or _titles_before(doc, token.i))
        ):
            spans.append(Span(doc, token.i, token.i + 1, label="PERSON"))
    return spans


def _place_word(token) -> bool:
    """A known place, also in the German genitive ("Ungarns"), capitalised or in capitals ("MINSK"); or, after
    "in", "nach", "von", "from"..., a GeoNames place word that is no common word, first name or surname ("in
    Völklingen")."""
    low = token.lower_
    known = low in place_words() or low.endswith("s") and low[:-1] in place_words() and low not in surnames()
    return known and (_capitalised(token) or token.is_upper and len(token) >= 4) or _placed(token) or _place_code(token)


CODE_CUES = frozenset("in from at near".split())  # lowercase: a line in capitals has codes that are words
# US states and countries by their codes; "IN", "OR", "ME", "HI", "OH", "OK" are words too often.
PLACE_CODES = frozenset(
    """AL AK AZ AR CA CO CT DE FL GA ID IL IA KS KY LA MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND PA RI SC SD TN
    TX UT VT VA WA WV WI WY DC UK US USA""".split()
)


def _place_code(token) -> bool:
    """In English text, a place code after "in", "from", "at" or "near", not in a line in capitals ("THANK YOU FROM
    ALL OF US"), or after a place and a comma ("Glenwood Springs , CO", not "Love you , MA")."""
    doc, i = token.doc, token.i
    if token.text not in PLACE_CODES or token.lang_ != "en" or i == 0:
        return False
    before = doc[i - 1]
    after_place = before.text == "," and i > 1 and doc[i - 2].ent_type_ == "LOCATION"
    return before.text in CODE_CUES or after_place


def _placed(token) -> bool:
    low = token.lower_
    return (
        low in geonames_places()
        and len(low) >= 4
        and token.i > 0
        and token.doc[token.i - 1].lower_ in LOCATIVES
        and _capitalised(token)
        and low not in common_words(token.lang_)
        and low not in given_names()
        and low not in surnames()
        and low not in function_or_everyday_words()
    )


def only_places(span: Span) -> bool:
    """A span of known places alone ("Somalia"): a place, whatever the model called it, unless a word is also a
    surname or first name."""
    return all(_place_word(t) and t.lower_ not in surnames() and t.lower_ not in first_names() for t in span)


def place_spans(doc: Doc) -> list[Span]:
    claimed = {i for e in doc.ents for i in range(e.start, e.end)}
    return [
        Span(doc, t.i, t.i + 1, label="LOCATION")
        for t in doc
        if t.text[:1].isalpha() and t.i not in claimed and _place_word(t)
    ]


def _has_letter_or_digit(token) -> bool:
    return any(c.isalnum() for c in token.text)


def _common(token) -> bool:
    return token.lower_ in common_words(token.lang_)


def _common_not_name(token) -> bool:
    low = token.lower_
    return _common(token) and low not in given_names() and low not in surnames()


def _not_in_german_name(token) -> bool:
    """German writes every word of a name capitalised but its particles: a number or another lowercase word ends
    a name ("Brigitte Weigl" "20 Pullover", "Percy Heath" "gestrichene Bass")."""
    return token.like_num or token.is_lower and token.lower_ not in INNER_PARTICLES


def split_lists(ents) -> list[Span]:
    """PERSON spans over a list of people are one span each: "Justin , Alex" -> "Justin", "Alex"."""
    found = []
    for ent in ents:
        cuts = [t.i for t in ent if t.lower_ in LIST_JOINERS] if ent.label_ == "PERSON" else []
        if not cuts:
            found.append(ent)
            continue
        edges = [ent.start - 1, *cuts, ent.end]
        found += [Span(ent.doc, a + 1, b, label="PERSON") for a, b in pairwise(edges) if b > a + 1]
    return found


def trimmed(span: Span) -> Span | None:
    """The span without emoji or punctuation at its edges ("Frieda 🌿"; digits stay: "Queen Mary 2") and, for
    people, without titles and greetings in front ("Opa Heinz", "Danke Lena") or common words after the name
    ("Lena Bilder"), in German also without common words or role nouns in front ("Tochter Murchad") and from a
    number or lowercase word on; None when nothing is left."""
    start, end = span.start, span.end
    while start < end and (
        not _has_letter_or_digit(span.doc[start])
        or span.label_ == "PERSON"
        and (
            span.doc[start].lower_ in NOT_NAME_EDGES
            or end - start > 1
            and span.doc[start].lang_ == "de"
            and (_common_not_name(span.doc[start]) or span.doc[start].lower_.endswith(ROLE_ENDINGS))
        )
    ):
        start += 1
    while end > start and not _has_letter_or_digit(span.doc[end - 1]):
        end -= 1
    while span.label_ == "PERSON" and end - start > 1 and _common_not_name(span.doc[end - 1]):
        end -= 1
    if span.label_ == "PERSON" and start < end and span.doc[start].lang_ == "de":
        end = next((i for i in range(start + 1, end) if _not_in_german_name(span.doc[i])), end)
    if start == end:
        return None
    return span if (start, end) == (span.start, span.end) else Span(span.doc, start, end, label=span.label_)


@Language.component(COMPONENT)
def add_missed_entities(doc: Doc) -> Doc:
    """The model's spans are trimmed first; English "places" that are names become people, those of plain words
    go. Name spans win over PERSON spans inside them (a longer span is kept), and over other labels only on spans
    that look like people alone; place spans only fill gaps, and take over PERSON spans of places alone; last,
    names next to a person join it or its span."""
    doc.ents = with_street_words([t for t in map(english_places, map(trimmed, split_lists(doc.ents))) if t is not None])
    relabelled = [e for e in doc.ents if e.label_ != "PERSON" and looks_like_people(e)]
    relabelled += [e for e in doc.ents if e.label_ == "PERSON" and only_places(e)]
    if relabelled:
        doc.ents = [e for e in doc.ents if e not in relabelled]
    people = name_spans(doc)
    if people:
        doc.ents = filter_spans([*people, *doc.ents])
    longer = with_surnames(doc)
    if longer:
        doc.ents = longer
    found = place_spans(doc)
    if found:
        doc.ents = [*doc.ents, *found]
    paired = paired_names(doc)
    if paired:
        doc.ents = sorted([*paired, *doc.ents])
    final = with_street_words(joined_people(doc))
    if final != list(doc.ents):
        doc.ents = final
    return doc


def paired_names(doc: Doc) -> list[Span]:
    """An everyday word that is also a first name, joined by "and", "und" or "&" to a person: "Joy and Ben's",
    "Summer and Jake", "Ben & Rose"."""
    starts = {e.start for e in doc.ents if e.label_ == "PERSON"}
    ends = {e.end for e in doc.ents if e.label_ == "PERSON"}
    claimed = {i for e in doc.ents for i in range(e.start, e.end)}
    found = []
    for token in doc:
        i = token.i
        low = token.lower_
        if low not in EVERYDAY_WORDS or low not in given_names() or i in claimed or not _capitalised(token):
            continue
        before = i > 0 and doc[i - 1].lower_ in PAIRING and i - 1 in ends
        after = i + 2 < len(doc) and doc[i + 1].lower_ in PAIRING and i + 2 in starts
        if before or after:
            found.append(Span(doc, i, i + 1, label="PERSON"))
    return found


def joined_people(doc: Doc) -> list[Span]:
    """PERSON spans next to each other, or with only particles or hyphens between, are one name ("Clara" "von"
    "Stein", "Isabella Moretti" "-" "Clarke")."""
    merged: list[Span] = []
    for ent in doc.ents:
        last = merged[-1] if merged else None
        if (
            last is not None
            and ent.label_ == last.label_ == "PERSON"
            and all(t.lower_ in PARTICLES or t.text == "-" for t in doc[last.end : ent.start])
        ):
            merged[-1] = Span(doc, last.start, ent.end, label="PERSON")
        else:
            merged.append(ent)
    return merged


def with_surnames(doc: Doc) -> list[Span]:
    """A PERSON span ending in a first name takes the next capitalised word that reads as a surname, also after a
    particle and from a one-word entity of another label that is no known place ("Neil" "Armstrong", "Johannes
    Nepomuk" "von Tschiderer"); a PERSON span takes the first name right before it ("Franz" "Josef Jung"), a
    regnal number after it ("Elisabeth" "II."), an initial after it if it ends in a first name ("Anna" "K.") and one
    with its period before it ("A." "Beck")."""
    owner = {i: e for e in doc.ents for i in range(e.start, e.end)}
    grown: dict[Span, Span] = {}
    taken = -1  # the last token a span before took: the word between two people goes to the first ("Anna K. Beck")
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        start, end = ent.start, ent.end
        free = start - 1 > taken and start - 1 not in owner
        if free and _capitalised(doc[start - 1]) and _first_name(doc[start - 1]):
            start -= 1
        elif free and INITIAL_BEFORE.fullmatch(doc[start - 1].text):
            start -= 1
        if _first_name(doc[end - 1]):
            after = end + 1 if end + 1 < len(doc) and doc[end].lower_ in NAME_PARTICLES else end
            other = owner.get(after)
            if (
                after < len(doc)
                and (other is None or other.label_ != "PERSON" and len(other) == 1)
                and (_unlisted_surname(doc[after]) or _surname_like(doc[after]) and not _common(doc[after]))
                and not _place_word(doc[after])
            ):
                end = after + 1
        if (
            end < len(doc)
            and end not in owner
            and (ROMAN.fullmatch(doc[end].text) or _first_name(doc[end - 1]) and INITIAL.fullmatch(doc[end].text))
        ):
            end += 1
        if (start, end) != (ent.start, ent.end):
            grown[ent] = Span(doc, start, end, label="PERSON")
            taken = end - 1
    if not grown:
        return []
    absorbed = {owner[s.end - 1] for s in grown.values() if s.end - 1 in owner} - set(grown)
    return [grown.get(e, e) for e in doc.ents if e not in absorbed]
