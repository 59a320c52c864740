"""The recall rules after the statistical NER, as spaCy components, one per rule family, in pipeline order.

The small pipelines miss many names they never saw, and for privacy a missed name costs more than a false alarm.
Measured on the dev sets, these rules raise recall at little cost in precision (`captionscan evaluate --by-rule`
shows what each adds and costs). Every span a rule makes or changes records the rule's name as its `kb_id_`; the
model's own spans keep "". Each component saves its word lists (`rule_words.tsv`) with the pipeline, as spaCy's
EntityRuler saves its patterns, so that `spacy.load("models/de")` is exactly the pipeline captionscan runs.

Every factory is registered here, as `captionscan_<family>_v1` (spaCy allows no dot in a factory name), and
advertised as an entry point (group `spacy_factories`); `captionscan.extract.pipeline` imports this module too, so
that a source tree loads the models.
"""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import regex
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import ensure_path, filter_spans

from captionscan.data import (
    EVERYDAY_WORDS,
    EVERYDAY_ZIPF,
    NAME_ZIPF,
    PARTICLES,
    first_names,
    given_names,
    parse_word_lists,
    person_cues,
    prepositions,
    salutations,
    surnames,
    word_anywhere,
    word_lists,
)
from captionscan.extract.lexicon import WORD_LISTS, Lexicon, capitalised, has_letter_or_digit


def continues_sentence(token) -> bool:
    """Does a word continue its sentence after this token (a word, not a mark or emoji)?"""
    return token.text[:1].isalpha()


def opens_sentence(token) -> bool:
    """Does the token open its sentence: first in the text, or after a mark or emoji?"""
    return token.i == 0 or not continues_sentence(token.doc[token.i - 1])


QUOTES = "\"'„“”‘’«»"
# Marks after which a word goes on inside its sentence.
MID_MARKS = ",;:&+/-–—(" + QUOTES


def opens_line(token) -> bool:
    """Does the token open a line or a sentence: first in the text, after a line break, a sentence's end or emoji
    (not after a comma, colon or dash)?"""
    if token.i == 0:
        return True
    before = token.doc[token.i - 1].text
    return (
        "\n" in before
        or before[-1] in ".!?…"
        or not (continues_sentence(token.doc[token.i - 1]) or before[-1] in MID_MARKS)
    )


# Regnal numbers: "Elisabeth II.", "Bernhard IV.", "Ludwig I."; "I" alone is a pronoun ("Lena I love you").
ROMAN = regex.compile(r"[IVX]{2,4}\.?|[IVX]\.")
# Initials after a first name: "Kenny G", "Anna K."; "I" and "A" alone are words ("Lena I love you", "Emma A day").
INITIAL = regex.compile(r"\p{Lu}\.|(?![AI])\p{Lu}")
# Before a surname an initial needs its period: "A. Beck".
INITIAL_BEFORE = regex.compile(r"\p{Lu}\.")


class RuleComponent:
    """A rule family over `doc.ents`. It starts with the word lists of `captionscan.data`; a saved pipeline reads
    its own copy back (`from_disk`). `family` names the component in reports, `rules` are the `kb_id_` values its
    spans record."""

    family = ""
    rules: tuple[str, ...] = ()

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.lexicon = Lexicon(word_lists(WORD_LISTS))

    def __call__(self, doc: Doc) -> Doc:
        raise NotImplementedError

    def to_disk(self, path: str | Path, *, exclude: tuple[str, ...] = ()) -> None:
        path = ensure_path(path)
        path.mkdir(parents=True, exist_ok=True)
        text = "".join(f"{kind}\t{' '.join(words)}\n" for kind, words in self.lexicon.words.items())
        (path / WORD_LISTS).write_text(text, encoding="utf-8")

    def from_disk(self, path: str | Path, *, exclude: tuple[str, ...] = ()) -> RuleComponent:
        self.lexicon = Lexicon(parse_word_lists((ensure_path(path) / WORD_LISTS).read_text(encoding="utf-8")))
        return self


STOPS = frozenset({".", "!", "?", "…"})  # a sentence ends: an initial keeps its full stop in one token ("B.")


class TrimSpans(RuleComponent):
    """The model's spans lose emoji and punctuation at their edges, titles and greetings in front of a name, and
    common words after one ("Lena Bilder"); in German also common words and role nouns in front ("Tochter Murchad")
    and all from a number or a lowercase word that is no particle on ("Brigitte Weigl 20 Pullover"); a PERSON span
    over a list of people is split ("Justin , Alex"); a person in one word that is a German noun and no name goes
    ("Sommersprossen")."""

    family = "trim_spans"
    rules = ("split_list", "trimmed")

    def __call__(self, doc: Doc) -> Doc:
        ents = doc.ents
        trimmed = [t for t in map(self.trimmed, self.split_lists(ents)) if t is not None]
        if len(trimmed) != len(ents) or any(t is not e for t, e in zip(trimmed, ents, strict=True)):
            doc.ents = trimmed
        return doc

    def split_lists(self, ents) -> list[Span]:
        """PERSON spans over a list of people are one span each: "Justin , Alex" -> "Justin", "Alex". One over a
        sentence's end is cut there, and what follows stays a person only where it opens with a first name
        ("Trainerin Şule. Wszystkiego najlepszego" -> "Şule")."""
        found = []
        for ent in ents:
            person = ent.label_ == "PERSON"
            cuts = [t.i for t in ent if t.lower_ in self.lexicon.list_joiners or t.text in STOPS] if person else []
            if not cuts:
                found.append(ent)
                continue
            edges = [ent.start - 1, *cuts, ent.end]
            found += [
                Span(ent.doc, a + 1, b, label="PERSON", kb_id="split_list")
                for a, b in pairwise(edges)
                if b > a + 1
                and (a < ent.start or ent.doc[a].text not in STOPS or self.lexicon.given_name(ent.doc[a + 1]))
            ]
        return found

    def trimmed(self, span: Span) -> Span | None:
        """The span without emoji or punctuation at its edges ("Frieda 🌿"; digits stay: "Queen Mary 2") and, for
        people, without titles and greetings in front ("Opa Heinz", "Danke Lena") or common words after the name
        ("Lena Bilder"), in German also without common words or role nouns in front ("Tochter Murchad") and from a
        number or lowercase word on; None when nothing is left, the name is a pet's ("Hund Bruno") or a noun's."""
        lex, doc = self.lexicon, span.doc
        start, end = span.start, span.end
        while start < end and (
            not has_letter_or_digit(doc[start])
            or span.label_ == "PERSON"
            and (
                lex.not_name_edge(doc[start])
                or end - start > 1
                and doc[start].lang_ == "de"
                and (lex.common_not_name(doc[start]) or doc[start].lower_.endswith(lex.role_endings))
            )
        ):
            start += 1
        while end > start and not has_letter_or_digit(doc[end - 1]):
            end -= 1
        while span.label_ == "PERSON" and end - start > 1 and lex.common_not_name(doc[end - 1]):
            end -= 1
        if span.label_ == "PERSON" and start < end and doc[start].lang_ == "de":
            end = next((i for i in range(start + 1, end) if lex.not_in_german_name(doc[i])), end)
        if start == end or span.label_ == "PERSON" and self.no_person(doc[start], start > span.start):
            return None
        if span.label_ == "PERSON" and end - start == 1 and self.noun_alone(doc, start):
            return None
        if (start, end) == (span.start, span.end):
            return span
        return Span(doc, start, end, label=span.label_, kb_id="trimmed")

    def noun_alone(self, doc: Doc, i: int) -> bool:
        """The model's one-word person is a German noun and no name ("Sommersprossen, Zöpfe und ein Pferd", in
        German or mixed text), unless a list joins it to a person who is no such noun ("Mai und Duc")."""
        lex = self.lexicon
        if not lex.noun_not_name(doc[i]):
            return False
        people = [e for e in doc.ents if e.label_ == "PERSON" and not (len(e) == 1 and lex.noun_not_name(e[0]))]
        # a joiner after it and a person from the next word on, or a joiner before it and a person up to the word
        # before that
        return not any(
            0 <= joiner < len(doc) and doc[joiner].lower_ in lex.list_joiners and any(edge(e) == k for e in people)
            for joiner, k, edge in ((i + 1, i + 2, lambda e: e.start), (i - 1, i - 2, lambda e: e.end - 1))
        )

    def no_person(self, first, trimmed: bool) -> bool:
        """What is left of a PERSON span from `first` on names no person: a pet ("Hund Bruno", "dog Max"), or in
        German a lowercase word once the words before it went ("Grazie" "mille")."""
        lex = self.lexicon
        return lex.pet(first) or first.lower_ in lex.pets or trimmed and first.lang_ == "de" and first.is_lower


class EnglishPlaces(RuleComponent):
    """English text only: a LOCATION span of listed names that are no place is PERSON ("Cowell"), unless "at",
    "in"... come before it or a greeting does ("thank you Stephi"), and one of dictionary words that are no place is
    dropped ("Groggily"): the English model takes unknown capitalised words for places."""

    family = "english_places"
    rules = ("name_not_place",)

    def __call__(self, doc: Doc) -> Doc:
        ents = doc.ents
        corrected = [self.corrected(e) for e in ents]
        if any(c is not e for c, e in zip(corrected, ents, strict=True)):  # most texts pass untouched
            doc.ents = [c for c in corrected if c is not None]
        return doc

    def corrected(self, span: Span) -> Span | None:
        if span.label_ != "LOCATION":
            return span
        if self.lexicon.names_no_place(span):
            return Span(span.doc, span.start, span.end, label="PERSON", kb_id="name_not_place")
        return None if self.lexicon.words_no_place(span) else span


class StreetWords(RuleComponent):
    """A LOCATION or PERSON span takes a street or building word after it and is a place ("Undercliff Ave", "Kansas
    City", "Harrison High School"), as is a PERSON span that ends in one ("Cottonpet road"); after a person's span the
    word must not be lowercase ("Mia school today"), and not right after a first name ("Michael Bay")."""

    family = "street_words"
    rules = ("street_word",)

    def __call__(self, doc: Doc) -> Doc:
        ents = list(doc.ents)
        grown = self.with_street_words(ents)
        if any(g is not e for g, e in zip(grown, ents, strict=True)):  # most texts pass untouched
            doc.ents = grown
        return doc

    def with_street_words(self, ents: list[Span]) -> list[Span]:
        lex = self.lexicon
        starts = {e.start for e in ents}  # spans do not overlap: a claimed next token starts a span
        found = []
        for e in ents:
            doc, end = e.doc, e.end
            grows = end < len(doc) and end not in starts and lex.street(doc[end], e)
            if grows and (e.label_ == "LOCATION" or e.label_ == "PERSON" and lex.not_lowercase(doc[end])):
                end += 1
            place = e.label_ == "PERSON" and end - e.start > 1 and lex.street(doc[end - 1], e)
            if end > e.end or place:
                e = Span(doc, e.start, end, label="LOCATION" if place else e.label_, kb_id="street_word")
            found.append(e)
        return found


class RetypeSpans(RuleComponent):
    """Spans of first names alone under another label ("Svenja", "Fiona and Callum") and PERSON spans of places
    alone ("Somalia") or starting with a town that is also a first name after "in" ("in Charlotte") are dropped,
    for the name and place rules after this to find them under the right label; so are German LOCATION spans of
    one everyday noun that no place list knows ("Brautstrauß", "Rente")."""

    family = "retype_spans"

    def __call__(self, doc: Doc) -> Doc:
        lex, ents = self.lexicon, doc.ents
        relabelled = [e for e in ents if e.label_ != "PERSON" and lex.looks_like_people(e)]
        relabelled += [e for e in ents if e.label_ == "PERSON" and (lex.only_places(e) or lex.town_not_name(e[0]))]
        relabelled += [e for e in ents if e.label_ == "LOCATION" and not e.kb_id_ and lex.plain_noun(e)]
        if relabelled:
            doc.ents = [e for e in ents if e not in relabelled]
        return doc


class NameSpans(RuleComponent):
    """A capitalised first name from the gazetteer followed by a listed surname ("Marco Vieira", "Anna von Brandt")
        is one PERSON span; a first name alone ("Danke Lena", "mit lena") is PERSON where no other entity claims it,
        unless it is an everyday or function word ("Grace", "will"), or, written in lowercase, an English or German word
        ("drew"); in capitals, a first name counts among other words in capitals ("ALLES GUTE LENA"). A word after a
        title ("Frau Dr. Albers", "uncle rob") or a role noun ("CSU-Politiker Straubinger"), one quoted at the end of a
        sentence (", so Barth ."), the genitive of a first name ("Jakobs Abschiedsfeier"), a family in the plural ("the
        Patels"), in English a capitalised word no dictionary knows ("Muselk") and a listed surname between lowercase
        words ("talking about Trump using"), and in German a listed surname that no text uses as a word, first in a
        clause or after no article or adjective ("sagt Eymer der Zeitung"), are PERSON too. These spans win over PERSON
        spans inside them (a longer span is kept), and over other labels only where they are longer; a span the model
    found already is left as it was."""

    family = "names"
    rules = (
        "first_name",
        "first_and_surname",
        "title",
        "genitive",
        "family",
        "speaker",
        "role",
        "unknown_english",
        "surname_by_context",
    )

    def __call__(self, doc: Doc) -> Doc:
        ents = doc.ents  # spaCy builds them anew from the tokens at every reading
        people = self.name_spans(doc, ents)
        if people:
            same = {(e.start, e.end, e.label): e for e in ents}  # a span the model had already keeps its rule
            doc.ents = [same.get((s.start, s.end, s.label), s) for s in filter_spans([*people, *ents])]
        return doc

    def name_spans(self, doc: Doc, ents: tuple[Span, ...]) -> list[Span]:
        lex = self.lexicon
        spans = []
        claimed = {i for e in ents if e.label_ != "PERSON" for i in range(e.start, e.end)}
        after_prefix = False  # the previous token is "St.", "San"...: "St. Moritz" is a place
        for token in doc:
            prefixed, after_prefix = after_prefix, token.lower_ in lex.place_prefixes
            if prefixed or not token.text[:1].isalpha() or token.i in claimed:
                continue
            first = lex.first_name(token)
            # Most words are neither: they leave before the costlier tests of what stands around them.
            if not first and not capitalised(token) or lex.town_not_name(token) or lex.pet(token):
                continue
            if not first:
                if rule := lex.named_by_context(token):
                    spans.append(Span(doc, token.i, token.i + 1, label="PERSON", kb_id=rule))
                continue
            end = token.i + 1
            if end < len(doc) and doc[end].lower_ in PARTICLES and capitalised(token):
                end += 1
            surname = (
                end < len(doc) and end not in claimed and lex.surname_like(doc[end]) and not lex.place_word(doc[end])
            )
            if capitalised(token) and surname:
                spans.append(Span(doc, token.i, end + 1, label="PERSON", kb_id="first_and_surname"))
            elif (
                capitalised(token)
                or lex.shouted(token)
                or token.is_lower
                and (token.lower_ not in lex.lowercase_words or lex.titles_before(doc, token.i))
            ):
                nxt = token.i + 1
                whole = token.is_lower and nxt not in claimed and lex.lowercase_name_surname(doc, nxt)
                spans.append(Span(doc, token.i, nxt + whole, label="PERSON", kb_id="first_name"))
        return spans


class Surnames(RuleComponent):
    """A PERSON span ending in a first name takes the next capitalised word that reads as a surname, also after a
    particle and from a one-word entity of another label that is no known place ("Neil" "Armstrong", "Johannes
    Nepomuk" "von Tschiderer"); a PERSON span takes the first name right before it ("Franz" "Josef Jung"), a regnal
    number after it ("Elisabeth" "II."), an initial after it if it ends in a first name ("Anna" "K.") and one with
    its period before it ("A." "Beck")."""

    family = "surnames"
    rules = ("with_surname",)

    def __call__(self, doc: Doc) -> Doc:
        longer = self.with_surnames(doc)
        if longer:
            doc.ents = longer
        return doc

    def with_surnames(self, doc: Doc) -> list[Span]:
        lex, ents = self.lexicon, doc.ents
        owner = {i: e for e in ents for i in range(e.start, e.end)}
        grown: dict[Span, Span] = {}
        taken = -1  # the last token a span before took: the word between two people goes to the first ("Anna K. Beck")
        for ent in ents:
            if ent.label_ != "PERSON":
                continue
            start, end = ent.start, ent.end
            free = start - 1 > taken and start - 1 not in owner
            if free and capitalised(doc[start - 1]) and lex.first_name(doc[start - 1]):
                start -= 1
            elif free and INITIAL_BEFORE.fullmatch(doc[start - 1].text):
                start -= 1
            if lex.first_name(doc[end - 1]):
                after = end + 1 if end + 1 < len(doc) and doc[end].lower_ in lex.name_particles else end
                other = owner.get(after)
                if (
                    after < len(doc)
                    and (other is None or other.label_ != "PERSON" and len(other) == 1)
                    and (
                        lex.unlisted_surname(doc[after]) or lex.surname_like(doc[after]) and not lex.common(doc[after])
                    )
                    and not lex.place_word(doc[after])
                ):
                    end = after + 1
            if (
                end < len(doc)
                and end not in owner
                and (
                    ROMAN.fullmatch(doc[end].text) or lex.first_name(doc[end - 1]) and INITIAL.fullmatch(doc[end].text)
                )
            ):
                end += 1
            if (start, end) != (ent.start, ent.end):
                grown[ent] = Span(doc, start, end, label="PERSON", kb_id="with_surname")
                taken = end - 1
        if not grown:
            return []
        absorbed = {owner[s.end - 1] for s in grown.values() if s.end - 1 in owner} - set(grown)
        return [grown.get(e, e) for e in ents if e not in absorbed]


class PlaceSpans(RuleComponent):
    """A capitalised word of a known place name ("Kopenhagen", "Lissabon", "MINSK", "Ungarns"), or of a GeoNames
    place name after "in", "nach", "von", "from"... ("in Völklingen"), is LOCATION where no entity claims it, and so
    is, in English, a US state's or a country's code after these or a comma ("from SC", "Glenwood Springs , CO"),
    and a German place that no list has, named by its last part ("im Glockenbachviertel", "am Strausberger Platz")."""

    family = "places"
    rules = ("place_word", "place_compound")

    def __call__(self, doc: Doc) -> Doc:
        lex, ents = self.lexicon, doc.ents
        claimed = {i for e in ents for i in range(e.start, e.end)}
        found = []
        for t in doc:
            if not t.text[:1].isupper() or t.i in claimed:  # a place has a capital
                continue
            if lex.place_word(t):
                found.append(Span(doc, t.i, t.i + 1, label="LOCATION", kb_id="place_word"))
            elif (size := lex.place_compound(t)) and (last := t.i + size - 1) not in claimed:
                found.append(Span(doc, t.i, t.i + size, label="LOCATION", kb_id="place_compound"))
                claimed.add(last)  # "Strausberger Platz": its noun is no span of its own
        if found:
            doc.ents = [*ents, *found]
        return doc


class PairedNames(RuleComponent):
    """An everyday word that is also a first name, joined by "and", "und" or "&" to a person ("Joy and Ben's",
    "Summer and Jake", "Ben & Rose"), by a comma to one in a list ("Holly, Jack and Finn"), or in English after
    "little", "baby", "congrats" or "thanks" ("our little Grace", "Congrats Hope!")."""

    family = "paired_names"
    rules = ("paired_name",)

    def __call__(self, doc: Doc) -> Doc:
        ents = doc.ents
        people = [e for e in ents if e.label_ == "PERSON"]
        claimed = {i for e in ents for i in range(e.start, e.end)}
        candidates = [
            t.i
            for t in doc
            if t.lower_ in EVERYDAY_WORDS and t.lower_ in given_names() and t.i not in claimed and capitalised(t)
        ]
        found: list[Span] = []
        while paired := self.paired(doc, candidates, people):
            new = [Span(doc, i, i + 1, label="PERSON", kb_id="paired_name") for i in paired]
            found += new
            people += new
            candidates = [i for i in candidates if i not in paired]
        if found:
            doc.ents = sorted([*found, *ents])
        return doc

    def paired(self, doc: Doc, candidates: list[int], people: list[Span]) -> list[int]:
        """The candidates paired with one of `people` or cued; a name found pairs the next ("Emma, Hope and Grace")."""
        lex = self.lexicon
        ends, starts = {e.end: e for e in people}, {e.start: e for e in people}
        found = []
        for i in candidates:
            prev, nxt = doc[i - 1].lower_ if i > 0 else "", doc[i + 1].lower_ if i + 1 < len(doc) else ""
            before = i - 1 in ends and (prev in lex.pairing or prev == "," and self.in_list(doc, i, ends[i - 1]))
            after = i + 2 in starts and (nxt in lex.pairing or nxt == "," and self.listed(starts[i + 2], False))
            if before or after or prev in lex.name_cues and doc.lang_ == "en":
                found.append(i)
        return found

    def listed(self, person: Span, before: bool) -> bool:
        """Is `person` in a list: a joiner before it (when it comes first) or after it?"""
        doc, at = person.doc, person.start - 1 if before else person.end
        return 0 <= at < len(doc) and doc[at].lower_ in self.lexicon.list_joiners

    def in_list(self, doc: Doc, i: int, person: Span) -> bool:
        """After "person ,": is token i in a list, a joiner after it or before the person?"""
        return i + 1 < len(doc) and doc[i + 1].lower_ in self.lexicon.list_joiners or self.listed(person, True)


class JoinedNames(RuleComponent):
    """PERSON spans next to each other, or with only particles or hyphens between, are one name ("Clara" "von"
    "Stein", "Isabella Moretti" "-" "Clarke")."""

    family = "joined_names"
    rules = ("joined_names",)

    def __call__(self, doc: Doc) -> Doc:
        ents = doc.ents
        merged: list[Span] = []
        for ent in ents:
            last = merged[-1] if merged else None
            if (
                last is not None
                and ent.label_ == last.label_ == "PERSON"
                and all(t.lower_ in PARTICLES or t.text == "-" for t in doc[last.end : ent.start])
            ):
                merged[-1] = Span(doc, last.start, ent.end, label="PERSON", kb_id="joined_names")
            else:
                merged.append(ent)
        if len(merged) < len(ents):
            doc.ents = merged
        return doc


def _language_of(doc: Doc) -> str:
    """The language of a pipeline made for one ("nl"), or "" for the multi-language one, which is told each
    batch's language."""
    return "" if doc.lang_ == "xx" else doc.lang_


# The languages whose model's persons are trimmed to a name and weighed by the shape of their words (sounds,
# plurals, compounds, English loanwords). Measured on the held-out sets: Dutch person precision rose (export 0.892 ->
# 0.913, its sentence openings taken for people 5 -> 2; second set 0.772 -> 0.780) at the same recall; French
# held-out recall fell (0.917 -> 0.897) for 0.004 of precision, so French keeps the one-word check alone.
SHAPED = frozenset({"nl"})
PLURAL_S = ("'s", "’s")  # Dutch plurals of words ending in a vowel: "dahlia's", "DM's"
# Letters said, not names: one letter three times ("Jaaa", "Pfff", "Yesss") or a laugh ("Hahaha").
SAID = regex.compile(r"(\p{L})\1\1|(?:ha){2}", flags=regex.IGNORECASE)
# From this frequency on, a word of the language where a capital says nothing (in lowercase, opening a sentence) is a
# word, where the model alone took it for a person ("Mandarijnen, snoep", "vlierbloesem"); mid-sentence, EVERYDAY_ZIPF.
KNOWN_ZIPF = 2.0


def _word(low: str, lang: str, zipf: float) -> bool:
    return word_anywhere(low, lang, zipf) and low not in given_names()


def plural_of_word(low: str, lang: str) -> bool:
    """`low` is the plural of a word: "mandarijnen", "katten", "rozen"."""
    for end, zipf in (("en", KNOWN_ZIPF), ("s", EVERYDAY_ZIPF), ("x", KNOWN_ZIPF)):
        stem = low.removesuffix(end)
        if stem != low and len(stem) > 2:
            stems = (stem, stem[:-1]) if end == "en" and stem[-1] == stem[-2] else (stem,)  # "katten"
            if any(_word(s, lang, zipf) for s in stems):
                return True
    return False


def compound_of_words(low: str, lang: str) -> bool:
    """`low` is two words of the language, with a linking "s" or "e" between them: "nachtwerk", "bruidsboeket"."""
    for i in range(4, len(low) - 3):  # words of four letters or more: short ones cut names too ("jor|inde")
        if _word(low[:i], lang, KNOWN_ZIPF):
            rest = low[i:]
            for link in ("", "s", "e", "en"):
                if (
                    rest.startswith(link)
                    and len(rest) - len(link) > 3
                    and _word(rest[len(link) :], lang, EVERYDAY_ZIPF)
                ):
                    return True
    return False


class NamesAnywhere(RuleComponent):
    """For a language without a trained pipeline, people from evidence that holds in any language: a first name of
    the multi-country list that is no common word of the text's language (wordfreq), with the capitalised words
    after it that are no common words either and the particles between them ("Sanne de Vries", "Giulia Rossi"); a
    first name that is also a word, where such a surname follows ("Pierre Dubois") or it stands in a list with a
    name ("Sanne, Mark en Lotte"); a first name and a listed surname in lowercase ("niccolo esposito"); a Polish
    first name in another case ("z Kasią", "u Tomka"); a capitalised word after a title or a family word ("mevr.
    Jansen", "Mme Lefèvre", "Familie de Vries"). A capitalised word alone, at a sentence's start or not, is no
    person ("Geweldig", "Welke"), nor a name after a saint's title or in a place's name ("San Siro", "Camino de
    Santiago"), a greeting before a word ("Lieve allemaal"), a pet's name ("ons hondje Guus"), in Dutch a first
    name after an article ("de Hema"), nor a word opening a line as a list's head or a credit's label ("Jade, salie
    en oker", "Pak: Suitsupply").
    After a trained NER, a person it found in one common word of the language that no list has as a name, opening
    a sentence, in lowercase or in capitals, is dropped ("Vivement l'été", "bruidegom"), as is one of those
    openings, and one of exclamations, greetings or titles alone ("Alaaf!", "Eid Mubarak"). The language is the
    pipeline's, or in the multi-language one comes with each call (`lang`); without it, no word counts as common."""

    family = "names_anywhere"
    rules = ("first_name", "first_and_surname", "title", "inflected", "list", "model_trimmed", "model_place")

    def __call__(self, doc: Doc, lang: str = "") -> Doc:
        lang = lang or _language_of(doc)
        found, i = [], 0
        while i < len(doc):
            span = self.person_at(doc, i, lang)
            if span is None:
                i += 1
                continue
            found.append(span)
            i = span.end
        found += self.listed_beside(doc, found, lang)
        ents = doc.ents
        kept = [t for e in ents if (t := self.model_person(e, lang)) is not None]
        if found or kept != list(ents):
            doc.ents = filter_spans([*found, *kept])
        return doc

    def model_person(self, span: Span, lang: str) -> Span | None:
        """A span of the model, a PERSON trimmed to its name where the language's words are weighed by their shape
        (SHAPED), a place where it then opens with a place's word ("Landgoed Zonheuvel"), or None where no name is
        left."""
        if span.label_ != "PERSON" or span.kb_id_:
            return span
        shaped = lang in SHAPED
        start, end = self.trimmed(span) if shaped else (span.start, span.end)
        cut = (start, end) != (span.start, span.end)  # the model's span went on: "Golden hour"
        if (
            start == end
            or all(self.lexicon.not_name_edge(t) for t in span.doc[start:end])  # "Alaaf!", "Eid Mubarak", "Oma"
            or self.no_name(span.doc[start:end], lang, shaped, cut)
            or end - start == 1
            and self.opening_word(span.doc, start, lang)
        ):
            return None
        if shaped and self.place_head(span.doc[start]):
            return Span(span.doc, start, end, "LOCATION", kb_id="model_place")  # "Landgoed Zonheuvel", "Sint-Niklaas"
        return (
            span
            if (start, end) == (span.start, span.end)
            else Span(span.doc, start, end, "PERSON", kb_id="model_trimmed")
        )

    def place_head(self, token) -> bool:
        """Does the model's person open with a word that opens a place's name, or a saint's ("Sint-Niklaas")?"""
        low = token.lower_
        return low in self.lexicon.place_heads or "-" in low and low.split("-", 1)[0] in self.lexicon.place_prefixes

    @staticmethod
    def trimmed(span: Span) -> tuple[int, int]:
        """Where the name in a PERSON span of the model starts and ends: emoji and marks at its edges go, and in
        front lowercase words that are no particles and sounds before a capitalised word ("schipper Klaas",
        "Hahaha Bas"; "van de Laar" stays), and after a capitalised first word all from a lowercase word that is no
        particle on ("Fien dansten", "Golden hour"), particles at its end too ("Mo van de")."""
        doc, start, end = span.doc, span.start, span.end
        while start < end and not has_letter_or_digit(doc[start]):
            start += 1
        while end > start and not has_letter_or_digit(doc[end - 1]):
            end -= 1
        while start < end - 1 and (
            doc[start].is_lower and doc[start].lower_ not in PARTICLES or SAID.search(doc[start].text)
        ):
            if not any(capitalised(t) for t in doc[start + 1 : end]):
                break
            start += 1
        if start < end and not doc[start].is_lower:
            end = next((i for i in range(start + 1, end) if doc[i].is_lower and doc[i].lower_ not in PARTICLES), end)
            while end - start > 1 and doc[end - 1].lower_ in PARTICLES:
                end -= 1
        return start, end

    def no_name(self, span: Span, lang: str, shaped: bool, cut: bool) -> bool:
        """The model's person is a word of the language and no name of the lists, where a word needs no capital to
        be a name: one word opening a sentence, in lowercase, in capitals or before a number, as a club's teams are
        ("Vivement l'été", "bruidegom", "SURPRISE", "Gefeliciteerd Dames 2"); mid-sentence a capital says name
        ("Margaux et Romain"). Nor are a greeting ("Lieve ouders") or a pet's name ("de honden Sam en Flip"). Where
        words are weighed by their shape, also a sound ("Jaaa", "Pfff"), words all in lowercase ("hortensia's
        bloeien") and mid-sentence the plural of an everyday word ("Nokia's"); `cut`: the model's span went on in
        lowercase words, which were trimmed off."""
        if (
            len(span) == 1
            and self.greets_word(span.doc, span.start, lang)
            or self.lexicon.pet(span[0])  # "de honden Sam en Flip"
            or shaped
            and any(SAID.search(t.text) for t in span)
        ):
            return True
        if len(span) > 1 and not (shaped and all(t.is_lower for t in span)):
            return False
        token = span[0]
        opening = opens_sentence(token)
        numbered = token.i + 1 < len(token.doc) and token.doc[token.i + 1].like_num  # a team: "Dames 2", "Heren 1"
        plural = shaped and token.lower_.endswith(PLURAL_S)  # a genitive's owner is a name ("Femke's")
        anywhere = opening or token.is_lower or token.is_upper or numbered
        return (anywhere or plural) and all(self.word_not_name(t, lang, anywhere, shaped, cut) for t in span)

    @staticmethod
    def word_not_name(token, lang: str, anywhere: bool, shaped: bool, cut: bool) -> bool:
        """`token` is an everyday word of the language, and no first name or surname. Where words are weighed by
        their shape: a lowercase surname alone is a word ("kleine meid"), and where a capital says nothing, so is a
        rarer word's plural, two words in one, or an English word ("Dahlia's", "Mandarijnen", "Nachtwerk"); an
        English word that is a surname too where the model's span went on in lowercase (`cut`: "Golden hour";
        "Storm is zes geworden" is a boy)."""
        low = token.lower_
        plural = shaped and low.endswith(PLURAL_S)
        low = low[:-2] if plural else low
        english = shaped and anywhere and word_anywhere(low, "en", EVERYDAY_ZIPF)
        if low in given_names() or low in surnames() and not (shaped and token.is_lower or english and cut):
            return False
        if english or word_anywhere(low, lang, KNOWN_ZIPF if plural and anywhere else EVERYDAY_ZIPF):
            return True
        return shaped and anywhere and (plural_of_word(low, lang) or compound_of_words(low, lang))

    def person_at(self, doc: Doc, i: int, lang: str) -> Span | None:
        lex, token = self.lexicon, doc[i]
        if token.lower_ in lex.world_titles or token.lower_ + "." in lex.world_titles:
            # "sig." is "sig", "."; after "oma" a full stop ends the sentence ("bij oma. Obrigada, meiden!")
            abbreviated = token.lower_ + "." in lex.world_titles and i + 1 < len(doc) and doc[i + 1].text == "."
            start = i + 2 if abbreviated else i + 1
            end = self.surname_end(doc, start, lang, titled=True)  # particles included: "Familie de Vries"
            if end == start and start < len(doc) and token.lower_.rstrip(".") in person_cues("families"):
                end = start + 1 if capitalised(doc[start]) else end  # a family's name, even a word's: "familie Witte"
            if end > start and not self.in_place_name(doc, start, lang):
                return Span(doc, start, end, label="PERSON", kb_id="title")
        if (
            self.in_place_name(doc, i, lang)
            or self.opening_word(doc, i, lang)
            or self.greets_word(doc, i, lang)
            or self.after_article(doc, i, lang)
            or lex.pet(token)  # "ons hondje Guus"
        ):
            return None
        alone = "first_name" if lex.name_anywhere(token, lang) else "inflected" if lex.inflected(token, lang) else ""
        if alone:
            end = self.surname_end(doc, i + 1, lang)
            return Span(doc, i, end, label="PERSON", kb_id="first_and_surname" if end > i + 1 else alone)
        if not token.is_lower and lex.given_name(token) and (end := self.surname_end(doc, i + 1, lang)) > i + 1:
            return Span(doc, i, end, label="PERSON", kb_id="first_and_surname")  # "Pierre Dubois"
        if (
            token.is_lower
            and lex.given_name(token)
            and not word_anywhere(token.lower_, lang, NAME_ZIPF)  # "elke jurk": each dress
            and i + 1 < len(doc)
            and lex.lowercase_surname(doc[i + 1], lang)
        ):
            return Span(doc, i, i + 2, label="PERSON", kb_id="first_and_surname")  # "niccolo esposito"
        return None

    def opening_word(self, doc: Doc, i: int, lang: str) -> bool:
        """Token `i` opens a line or sentence as a word, not a name: it heads a list of lowercase words
        ("Frangipane, bladerdeeg en …", "Capucines, bourrache et soucis"; not "Lotte, jij en ik" nor "Sanne, mama
        en papa"), or it is an everyday word of the language that labels a line of a credits block ("Pak:
        Suitsupply" with "Jurk: @studio.maan" on another line)."""
        if not lang or i + 2 >= len(doc) or not opens_line(doc[i]):
            return False
        after = doc[i + 1].text
        if after == ",":
            j = i + 1  # past the items after commas, then a joiner: "Tomku, dziękujemy, że" is no list
            while j + 1 < len(doc) and doc[j].text == "," and self.list_item(doc[j + 1], lang):
                j += 2
            return i + 1 < j < len(doc) and doc[j].text != "," and doc[j].lower_ in self.lexicon.world_joiners
        return (
            after == ":"
            and doc[i + 2].text[0] not in QUOTES  # a speaker: 'Bram: "Ik hou van pannenkoeken"'
            and self.label_word(doc[i], lang)
            and any(
                j != i
                and opens_line(doc[j])
                and doc[j + 1].text == ":"
                and self.label_word(doc[j], lang)
                and doc[j].lower_ not in given_names()
                and not word_anywhere(doc[j].lower_, lang, NAME_ZIPF)  # "Ik:" in a dialogue
                for j in range(len(doc) - 1)
            )
        )

    @staticmethod
    def list_item(token, lang: str) -> bool:
        """A lowercase word that can be a list's item: no kinship word ("mama") and not so common as pronouns and
        verbs are ("jij", "wat")."""
        low = token.lower_
        return (
            token.is_lower
            and token.is_alpha
            and low not in person_cues("kin")
            and not word_anywhere(low, lang, NAME_ZIPF)
        )

    @staticmethod
    def label_word(token, lang: str) -> bool:
        """An everyday word of the language that is no first name of the curated list: a line's label."""
        return token.is_alpha and token.lower_ not in first_names() and word_anywhere(token.lower_, lang, EVERYDAY_ZIPF)

    def after_article(self, doc: Doc, i: int, lang: str) -> bool:
        """In Dutch, token `i` follows an article that follows no name: a shop's, building's or brand's name ("bij
        de Bruna", "de Dom beklommen"); "Jan de Roos" is a surname's particle."""
        return (
            lang == "nl"
            and i > 0
            and doc[i - 1].lower_ in self.lexicon.dutch_articles
            and not (i > 1 and (capitalised(doc[i - 2]) or doc[i - 2].lower_ in PARTICLES))
        )

    def greets_word(self, doc: Doc, i: int, lang: str) -> bool:
        """Token `i` is a greeting of the language opening its sentence before a lowercase word, no name: "Lieve juf
        Femke", "Lieve allemaal", "Cara mamma" (not "Lieve en Storm")."""
        after = doc[i + 1] if i + 1 < len(doc) else None
        return (
            doc[i].lower_ in salutations(lang)
            and opens_sentence(doc[i])  # not "en Lieve gooide"
            and after is not None
            and after.is_lower
            and after.is_alpha
            and after.lower_ not in self.lexicon.world_joiners
        )

    def listed_beside(self, doc: Doc, found: list[Span], lang: str) -> list[Span]:
        """First names that are also words, next to a person found in a list: "Sanne, Mark en Lotte"."""
        lex, taken = self.lexicon, {i for s in found for i in range(s.start, s.end)}
        more = []
        for span in found:
            for i, between in ((span.start - 2, span.start - 1), (span.end + 1, span.end)):
                if 0 <= i < len(doc) and i not in taken and doc[between].lower_ in lex.world_joiners:
                    if lex.given_name(doc[i]) and not doc[i].is_lower and not self.in_place_name(doc, i, lang):
                        more.append(Span(doc, i, i + 1, label="PERSON", kb_id="list"))
                        taken.add(i)
        return more

    def in_place_name(self, doc: Doc, i: int, lang: str) -> bool:
        """Token `i` is part of a place's name: after a saint's title ("San Siro", "rue Sainte-Catherine") or after a
        particle that follows a capitalised word that is no name ("Camino de Santiago", "Catedral de León"); not
        where that word is a preposition opening the sentence, before a name's article ("Con la Giulia ogni sposa"),
        and in Dutch not where it is an everyday word opening the sentence ("Groetjes van Karin")."""
        lex = self.lexicon
        before = doc[i - 2] if i >= 2 and doc[i - 1].text in ("-", ".") else doc[i - 1] if i >= 1 else None
        if before is not None and (before.lower_ in lex.place_prefixes or before.lower_ + "." in lex.place_prefixes):
            return True
        if not (
            i >= 2
            and doc[i - 1].lower_ in PARTICLES
            and doc[i - 1].is_lower
            and capitalised(doc[i - 2])
            and not lex.given_name(doc[i - 2])
            and doc[i - 2].lower_ not in lex.world_titles
        ):
            return False
        head = doc[i - 2]
        if head.lower_ in prepositions(lang):
            return False
        return not (
            lang in SHAPED
            and opens_sentence(head)
            and word_anywhere(head.lower_, lang, EVERYDAY_ZIPF)
            and head.lower_ not in lex.place_heads
        )

    def surname_end(self, doc: Doc, i: int, lang: str, titled: bool = False) -> int:
        """Where the surnames from token `i` on end: capitalised words that are no common words, and particles
        between them, capitalised too where the language writes them so ("de Vries", "van der Berg", "Bianca De
        Luca", "Matteo Di Stefano"); after a title, the first may be a place's name ("Sig.ra Colombo")."""
        lex, end, j = self.lexicon, i, i
        while j < len(doc):
            if doc[j].lower_ in PARTICLES and (doc[j].is_lower or doc[j].is_title) and j + 1 < len(doc):
                j += 1
                continue
            if not lex.surname_anywhere(doc[j], lang, titled and j == i):
                break
            end = j = j + 1
        return end


class PlacesAnywhere(RuleComponent):
    """For a language without a trained pipeline, places from the gazetteers: a capitalised word of a listed place
    ("Sevilla", "Provence"), or of a GeoNames place name that is no common word of the text's language
    ("Scheveningen", "Biarritz", declined: "w Krakowie"), with the place words after it, and a saint's title with the
    capitalised word after it ("San Sebastián", "Sint Maarten"). Names found before keep their tokens."""

    family = "places_anywhere"
    rules = ("gazetteer_place",)

    def __call__(self, doc: Doc, lang: str = "") -> Doc:
        lang = lang or _language_of(doc)
        ents = doc.ents
        taken = {i for e in ents for i in range(e.start, e.end)}
        found, i = [], 0
        lex = self.lexicon
        while i < len(doc):
            saint = lex.place_prefixes.intersection((doc[i].lower_, doc[i].lower_ + ".")) and i + 1 < len(doc)
            titles = lex.world_titles.intersection((doc[i].lower_, doc[i].lower_ + "."))  # "Sig." is no town
            if saint and i + 1 not in taken and capitalised(doc[i + 1]):
                start, end = i, i + 2  # "San Sebastián", "Sint Maarten": the saint's name is the place's
            elif (
                i in taken
                or titles
                or not lex.place_anywhere(doc[i], lang, i > 0 and doc[i - 1].lower_ in lex.world_locatives)
            ):
                i += 1
                continue
            else:
                start, end = i, i + 1
            while end < len(doc) and end not in taken and lex.place_anywhere(doc[end], lang):
                end += 1
            found.append(Span(doc, start, end, label="LOCATION", kb_id="gazetteer_place"))
            i = end
        if found:
            doc.ents = filter_spans([*ents, *found])
        return doc


# The rule components after "ner", in order. Street words come twice: on the model's spans, and on the names the
# rules joined.
PIPELINE = {
    "trim_spans": TrimSpans,
    "english_places": EnglishPlaces,
    "street_words": StreetWords,
    "retype_spans": RetypeSpans,
    "names": NameSpans,
    "surnames": Surnames,
    "places": PlaceSpans,
    "paired_names": PairedNames,
    "joined_names": JoinedNames,
    "street_words_after_joins": StreetWords,
}
# English text only: in German text the English rules would leave every span as it is.
ONLY = {"english_places": ("en",)}
# The pipeline of the languages without a trained one (`models/xx`): spaCy's multi-language tokenizer and this.
ANYWHERE = {"names_anywhere": NamesAnywhere, "places_anywhere": PlacesAnywhere}
# After a trained NER of another language than German or English (Dutch, French): the names its model misses. Its
# places stay the model's: the gazetteer rule cost Dutch LOCATION precision (tune half: 0.93 -> 0.81, recall equal).
TRAINED_ELSEWHERE = {"names_anywhere": NamesAnywhere}


def factory(component: type[RuleComponent]) -> str:
    """The registered factory name of a rule component class."""
    return f"captionscan_{component.family}_v1"


def add_rules(nlp: Language) -> Language:
    """`nlp` with the rule components of its language appended, their word lists from `captionscan.data`."""
    rules = ANYWHERE if nlp.lang == "xx" else PIPELINE if nlp.lang in ("de", "en") else TRAINED_ELSEWHERE
    for name, component in rules.items():
        if nlp.lang in ONLY.get(name, (nlp.lang,)):
            nlp.add_pipe(factory(component), name=name)
    return nlp


for _component in {*PIPELINE.values(), *ANYWHERE.values()}:
    Language.factory(factory(_component), assigns=["doc.ents"], func=_component)
