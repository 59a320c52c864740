"""Extraction: rules for @-mentions and hashtags, the language guess, and the packaged NER pipelines."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.tokens import Span

from captionscan.data import given_names, word_lists
from captionscan.evaluate import evaluate
from captionscan.extract import extract
from captionscan.extract.components import PIPELINE, add_rules
from captionscan.extract.hashtags import names_a_person, names_a_place
from captionscan.extract.language import detect
from captionscan.extract.lexicon import WORD_LISTS, Lexicon
from captionscan.extract.pipeline import load, model_path, ner_entities
from captionscan.extract.recognizer import BeamOfOne
from captionscan.extract.rules import rule_entities

ROOT = Path(__file__).parents[1]


def labelled(text: str, label: str) -> list[str]:
    return [e.text for e in rule_entities(text) if e.label == label]


@pytest.mark.parametrize(
    ("text", "mentions"),
    [
        ("mit @lena.vogt am See", ["@lena.vogt"]),
        ("Danke @lena.vogt.", ["@lena.vogt"]),  # a full stop ends the sentence, not the handle
        ("@mia.k_photo's team", ["@mia.k_photo"]),
        ("📸@studio_sonne✨", ["@studio_sonne"]),
        ("schreib an anna@example.com", []),  # e-mail addresses are not mentions
        ("@" + "a" * 31, []),  # longer than Instagram allows
        ("@a..b", ["@a"]),
    ],
)
def test_mentions(text, mentions):
    assert labelled(text, "MENTION") == mentions


@pytest.mark.parametrize(
    ("text", "hashtags"),
    [
        ("#hochzeit #tegernsee", ["#hochzeit", "#tegernsee"]),
        ("Liebe#love", []),  # glued to a word: not a hashtag
        ("😍#love", ["#love"]),
        ("#2023 #lenaundtim2023", ["#lenaundtim2023"]),
        ("#münchen", ["#münchen"]),
    ],
)
def test_hashtags(text, hashtags):
    assert labelled(text, "HASHTAG") == hashtags


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Traumhochzeit am Tegernsee mit Lena und Tim", "de"),
        ("Danke für den schönen Tag!", "de"),
        ("Golden hour in Munich with Jonas", "en"),
        ("What a day! Thanks for everything", "en"),
        ("Grüße aus München", "de"),
        ("Lukas' Taufe in der Dorfkirche in Oberstdorf ⛪️", "de"),  # "in" is German too
        ("Taufe von Ben 🕊️ in Rosenheim. Pate: Onkel Piotr", "de"),
        ("Happy Birthday, Mama! 🎂 Du bist die Beste", "de"),
        ("We will be in Berlin next week", "en"),
    ],
)
def test_language(text, lang):
    assert detect(text) == lang


@pytest.mark.parametrize(
    ("text", "lang", "person", "place"),
    [
        ("Gestern war ich mit Angela Merkel in Berlin unterwegs .", "de", "Angela Merkel", "Berlin"),
        ("Traumhafte Hochzeit von Julia Schneider am Tegernsee", "de", "Julia Schneider", "Tegernsee"),
        ("Had a great time in London with John Smith yesterday", "en", "John Smith", "London"),
    ],
)
def test_packaged_pipelines_find_people_and_places(text, lang, person, place):
    ((found_lang, entities),) = extract([text], lang)
    assert found_lang == lang
    found = {(e.label, e.text) for e in entities}
    assert ("PERSON", person) in found and ("LOCATION", place) in found


@pytest.mark.parametrize(
    ("text", "lang", "people"),
    [
        ("Danke Svenja🤍", "de", ["Svenja"]),  # newer than spaCy's symbols (Unicode 12)
        ("Svenja🫶Malte – freie Trauung", "de", ["Svenja", "Malte"]),
        ("🥹Svenja und Malte haben Ja gesagt", "de", ["Svenja", "Malte"]),
        ("so proud of Priya🤎", "en", ["Priya"]),
    ],
)
def test_an_emoji_glued_to_a_name_is_no_part_of_it(text, lang, people):
    ((_, entities),) = extract([text], lang)
    assert [e.text for e in entities if e.label == "PERSON"] == people


def test_a_mention_is_never_also_a_person():
    ((_, entities),) = extract(["Shooting mit @lena.vogt und @Julia_Schneider in Berlin"], "de")
    mentions = [e for e in entities if e.label == "MENTION"]
    assert [e.text for e in mentions] == ["@lena.vogt", "@Julia_Schneider"]
    assert not any(e.label != "MENTION" and e.start < m.end and m.start < e.end for e in entities for m in mentions)


@pytest.mark.parametrize(
    ("tag", "person"),
    [
        ("lenavogt", True),  # first name + surname
        ("Lena_Vogt", True),
        ("lenaundtim2023", True),  # two first names joined, and a year
        ("annaandben", True),
        ("annalenaundtim", True),  # a double first name, a joiner, a first name
        ("sanneenjoost", True),  # a couple in Dutch: names of many countries' lists, joined by "en"
        ("karimetoceane", True),  # a name written without its accents, as hashtags write them ("Océane")
        ("mariage", False),  # ... though not a short word
        ("maudenstijn2025", True),
        ("markenlisa", True),  # one of the two may be a word too ("mark"), where a word joins them
        ("rozenenliefde", False),
        ("kasiailukasz", True),  # Polish "i"
        ("bodadelauraypablo", True),  # a wedding's word before the couple, Spanish "y"
        ("matrimoniogiuliaeluca", True),
        ("mariageboheme", False),
        ("kaasenwijn", False),  # no names on either side of the joiner
        ("bloemenzee", False),
        ("teamlena", True),
        ("teammüller", True),  # a team or family prefix before a listed surname
        ("familiebrandt2024", True),
        ("teamwork", False),
        ("familienzeit", False),
        ("lauraswedding2024", True),  # a suffix after the name, maybe after a genitive "s"
        ("annahochzeit", True),
        ("olivemoreau", True),  # a first name of many countries' lists, then a listed surname
        ("summerwedding", False),
        ("beachwedding", False),
        ("mia2024", True),  # a first name alone
        ("jonasmüller", True),
        ("VeronicaMars", True),  # CamelCase: any word that is a first name
        ("TeamPhil2024", True),
        ("GoldenHour", False),
        ("sommer2023", False),  # everyday words, even where they are also names
        ("annaberg", False),  # a first name + "berg", which is an everyday word, not a surname here
        ("grace", False),
        ("weddingday", False),
        ("hochzeitsfotograf", False),
        ("instagood", False),
        ("tegernsee", False),
        ("l" * 100_000, False),  # a crafted long hashtag costs no more than a short one
        ("anna" + "e" * 100_000 + "tom", False),  # joiners all along: still bounded by the longest name
        ("RIPJohnnyWinter", True),  # CamelCase after an acronym
        ("MildredGaddis", True),  # a first name of faker's lists
        ("SpellBound", False),  # CamelCase without a name
    ],
)
def test_hashtags_that_name_a_person(tag, person):
    assert names_a_person(tag) is person


def test_a_hashtag_naming_a_person_is_also_one_person_span():
    ((_, entities),) = extract(["Hochzeit am See #lenaundtim2023 #sommer"], "de")
    tag = "#lenaundtim2023"
    assert {(e.label, e.text) for e in entities if e.text.startswith("#")} == {
        ("HASHTAG", tag),
        ("PERSON", tag),
        ("HASHTAG", "#sommer"),
    }


@pytest.mark.parametrize(
    ("tag", "place"),
    [
        ("kashmir", True),  # the project's own place list
        ("Gloucester", True),  # a GeoNames place, capitalised
        ("NewHaven", True),  # GeoNames place words in CamelCase
        ("galway", True),  # in lowercase too
        ("margaret", False),  # unless it is a first name
        ("nice", False),  # or a common word
        ("Summer", False),  # an everyday word
        ("NewMusic", False),  # a common word among the place words
        ("VeronicaMars", False),
    ],
)
def test_hashtags_that_name_a_place(tag, place):
    assert names_a_place(tag) is place


def test_a_hashtag_that_is_a_known_place_is_also_a_location():
    ((_, entities),) = extract(["Sunset 🌅 #kashmir #travel"], "en")
    assert {(e.label, e.text) for e in entities if e.text.startswith("#")} == {
        ("HASHTAG", "#kashmir"),
        ("LOCATION", "#kashmir"),
        ("HASHTAG", "#travel"),
    }


@pytest.mark.parametrize(
    ("text", "model_ents", "people"),
    [
        ("Danke an Marco Vieira", [], ["Marco Vieira"]),  # a known first name + a capitalised word
        ("Shooting mit Anna von Becker", [("Anna", "PERSON")], ["Anna von Becker"]),  # absorbs the shorter span
        ("mit lena am See", [], ["lena"]),  # alone, in lowercase
        ("Grace and Will went home", [], []),  # everyday and function words
        ("we drew a picture", [], []),  # lowercase, more often a word than a name
        ("Anna Klinik hat geöffnet", [("Anna Klinik", "OTHER")], []),  # never over another label
        ("Urlaub mit Paul Hamburg", [("Hamburg", "LOCATION")], ["Paul"]),  # a known place is no surname
        ("Danke Fiona and Callum", [("Fiona and Callum", "LOCATION")], ["Fiona", "Callum"]),  # names, not a place
        ("Grüße aus Florenz", [("Florenz", "LOCATION")], []),
        ("Glückwunsch, Frau Dr. Albers!", [], ["Albers"]),  # after titles
        ("uncle tomek flew in", [], ["tomek"]),
        ("Liebe Frau Sommer, danke!", [], ["Sommer"]),  # after "Frau" or "Herr" an everyday word is a surname too
        ("Kursleiter ist wieder Herr Winter", [], ["Winter"]),
        ("Der Herr Direktor wünscht es nicht", [], []),  # a role noun is none
        ("Familie Sommer", [], []),  # after a title that is no honorific, an everyday word stays one
        ("Lena Geburtstag war toll", [], ["Lena"]),  # a capitalised noun is no surname: "Lena" alone
        ("Herr Frau Lena", [], ["Lena"]),  # a title is no name
        ("the dj played all night", [], []),  # after a lowercase title only a first name counts
        ("Familie Urlaubsplanung", [], []),  # after a title that is no honorific, only a listed surname
        ("zu Jakobs Abschiedsfeier", [], ["Jakobs"]),  # genitive of a first name
        ("Skifahren in St. Moritz", [], []),  # a place that starts like a saint
        ("Ausflug mit Opa Heinz 🌿", [("Opa Heinz 🌿", "PERSON")], ["Heinz"]),  # no title, no emoji in the span
        ("Danke, ihr Lieben", [("Danke", "PERSON")], []),  # a greeting alone is nobody
        ("Marie-Luise und Hans-Peter feiern", [], ["Marie-Luise", "Hans-Peter"]),  # double first names
        ("Love to Grandma Rosa", [("Grandma Rosa", "OTHER")], ["Rosa"]),  # title + first name: a person
        ("Tore von Elif Yilmaz", [("Elif Yilmaz", "OTHER")], ["Elif Yilmaz"]),  # first name + listed surname
        ("Die Bürger haben einen Superpreis, so Barth.", [], ["Barth"]),  # quoted at the end of a sentence
        ("Das war gut, betonte Thierse.", [], ["Thierse"]),
        ("Das war gut, sagte Sommer.", [], []),  # an everyday word stays one
        ("sagte der CSU-Politiker Straubinger", [], ["Straubinger"]),  # after a role noun
        ("Handelsminister Gref sagte", [], ["Gref"]),
        ("Der Politiker Hamburg", [], []),  # a place stays one
    ],
)
def test_missed_first_names_become_people(text, model_ents, people):
    assert after_rules("de", text, model_ents, "PERSON") == people


@pytest.mark.parametrize(
    ("lang", "text", "model_ents", "people"),
    [
        ("de", "Glückwunsch an Tiana", [], ["Tiana"]),  # a first name of another country
        ("de", "Ferien in den Bergen", [], []),  # in German, not when it is also a place
        ("de", "tiana hat geschrieben", [], []),  # in German, not in lowercase
        ("en", "hey conor nice video", [], ["conor"]),  # in English also in lowercase
        ("de", "glückwunsch an lena vogt", [], ["lena vogt"]),  # in lowercase with a listed surname
        ("en", "congrats emma watson", [], ["emma watson"]),
        ("de", "ausflug mit anna berg", [], ["anna"]),  # not one that is a German word
        ("en", "Line up for the Marine parade", [], []),  # not when a common word of the corpora
        ("de", "Danke! Lena Bilder sind online", [("Lena Bilder", "PERSON")], ["Lena"]),  # no common word after
        ("de", "ALLES GUTE LENA", [], ["LENA"]),  # in capitals among capitals
        ("de", "Clara von Stein kommt", [("Clara", "PERSON"), ("Stein", "PERSON")], ["Clara von Stein"]),  # joined
        (
            "en",
            "with Isabella Moretti-Clarke",
            [("Isabella Moretti", "PERSON"), ("Clarke", "PERSON")],
            ["Isabella Moretti-Clarke"],
        ),
        ("en", "Family portraits with the Patels", [], ["Patels"]),  # a family in the plural
        ("de", "Familienshooting mit den Nguyens", [], ["Nguyens"]),
        ("en", "the Browns played", [], []),  # an everyday word, no family
        ("en", "Morgan Schneiderlin to be scouted", [], ["Morgan Schneiderlin"]),  # English: unknown surname
        ("en", "Shot by Lena Photography", [], ["Lena"]),  # not a common word
        ("de", "Danke Lena Schneiderlin", [], ["Lena Schneiderlin"]),  # German too
        ("de", "später Neil Armstrong den Mond", [("Neil", "PERSON"), ("Armstrong", "LOCATION")], ["Neil Armstrong"]),
        ("de", "Minister Franz Josef Jung kam", [("Josef Jung", "PERSON")], ["Franz Josef Jung"]),  # first name before
        (
            "de",
            "unter Heinrich Gottlob von Miltitz",
            [("Heinrich Gottlob", "PERSON")],
            ["Heinrich Gottlob von Miltitz"],
        ),  # noqa: E501
        ("de", "So erfährt Ida vom Bankdirektor", [("Ida", "PERSON")], ["Ida"]),  # an article is no particle
        ("de", "Da erhält Lena Hilfe von Tante Cilli", [("Lena", "PERSON")], ["Lena", "Cilli"]),  # a common word
        ("de", "Danke Lena Hamburg war toll", [("Lena", "PERSON")], ["Lena"]),  # a place
        ("de", "Hat Brigitte Weigl 20 Pullover", [("Brigitte Weigl 20 Pullover", "PERSON")], ["Brigitte Weigl"]),
        ("de", "der von Percy Heath gestrichene Bass", [("Percy Heath gestrichene Bass", "PERSON")], ["Percy Heath"]),
        (
            "de",
            "Entmachtung Johannes des Kappadokers",
            [("Johannes des Kappadokers", "PERSON")],
            ["Johannes des Kappadokers"],
        ),  # noqa: E501
        ("de", "mit seiner Tochter Murchad", [("Tochter Murchad", "PERSON")], ["Murchad"]),  # a common word
        ("en", "Mummy and Daddy love you", [("Mummy", "PERSON"), ("Daddy", "PERSON")], []),  # kin words, no names
        ("de", "Spaziergang mit Hund Bruno", [("Hund Bruno", "PERSON")], []),  # a pet
        ("en", "our dog Max loves the beach", [("Max", "PERSON")], []),
        ("de", "Hach, was für ein Tag", [("Hach", "PERSON")], []),  # an interjection
        ("de", "Grazie mille an alle", [("Grazie mille", "PERSON")], []),  # a lowercase word left in German
        ("en", "Mum Sarah and baby Leo", [], ["Sarah", "Leo"]),  # a title before a name
        ("de", "Omas 90. Geburtstag", [("Omas", "PERSON")], []),  # a title's genitive
        ("en", "wish you were here, nana", [], []),  # a title on the first-name lists
        ("de", "sagte Bremens Stürmer Nelson Valdez", [("Stürmer Nelson Valdez", "PERSON")], ["Nelson Valdez"]),  # role
        ("de", "Nur Justin , Alex und Max", [("Justin , Alex", "PERSON")], ["Justin", "Alex", "Max"]),  # one each
        ("de", "Trainerin Şule. Wszystkiego najlepszego", [("Şule. Wszystkiego", "PERSON")], ["Şule"]),  # a stop
        ("en", "thanks Tom. Lena was there", [("Tom. Lena", "PERSON")], ["Tom", "Lena"]),  # a first name after it
        ("de", "1966 besuchte Elisabeth II. die Insel", [("Elisabeth", "PERSON")], ["Elisabeth II."]),  # regnal number
        ("en", "Lena I love you", [("Lena", "PERSON")], ["Lena"]),  # "I" alone is a pronoun
        ("en", "Kenny G is the man", [("Kenny G", "PERSON")], ["Kenny G"]),  # an initial is no common word
        ("de", "Danke an Anna K. für", [("Anna", "PERSON")], ["Anna K."]),  # a first name takes an initial
        ("en", "Happy birthday Emma A day", [("Emma", "PERSON")], ["Emma"]),  # "A" alone is a word
        ("de", "Danke an A. Beck", [("Beck", "PERSON")], ["A. Beck"]),  # an initial with its period before
        ("de", "Danke Anna K. Beck", [("Anna", "PERSON"), ("Beck", "PERSON")], ["Anna K. Beck"]),  # taken once
        (
            "de",
            "und Ben Ben Marie-Luise Brandt Lena Vogt",
            [("Ben Ben", "PERSON"), ("Brandt Lena Vogt", "PERSON")],
            ["Ben Ben Marie-Luise Brandt Lena Vogt"],
        ),  # a word two spans could take goes to the first, and the two join
        ("de", "Danke Lena! 🏰", [("🏰", "PERSON")], ["Lena"]),  # a span of emoji alone at the end goes
        ("de", "Danke an Marco Großmann", [], ["Marco Großmann"]),  # listed, with "ß" as spaCy lowercases it
        ("en", "Joy and Ben's gender reveal", [], ["Joy", "Ben"]),  # an everyday word that may be a name, by a name
        (
            "en",
            "Rose and Daisy, the flower girls",
            [],
            ["Rose", "Daisy"],
        ),  # capitalised after "and": a name, and its pair
        ("en", "Holly, Jack and little Finn", [], ["Holly", "Jack", "Finn"]),  # in a list with a name
        ("en", "Emma, Hope and Grace", [], ["Emma", "Hope", "Grace"]),  # a name found pairs the next
        ("en", "Rose, mint and thyme", [], []),  # a list of words
        ("en", "Emma, Summer is here", [], ["Emma"]),  # a comma alone makes no list
        ("en", "for our little Grace", [], ["Grace"]),  # after "little" or "baby"
        ("en", "Congrats Grace!", [], ["Grace"]),  # congratulated or thanked
        ("en", "Hello Summer!", [], []),
        ("de", "die kleine Rose", [], []),  # not in German, where nouns have capitals
        ("en", "Hope and faith", [], []),
        ("en", "love to the whole NICU team", [], []),  # in capitals among lowercase: an acronym
        ("en", "Muselk is the best", [], ["Muselk"]),  # English: a capitalised word no dictionary knows
        ("en", "Thumbs up, Stabilized footage", [], []),  # dictionary words, inflected too
        ("en", "at the most beautiful Scheune in town", [], []),  # a German noun in a mixed caption
        ("en", "thank you both!! Danke 💕", [], []),  # a German word that is no noun
        ("en", "a night of Bruckner and wine", [], ["Bruckner"]),  # a surname that German also counts as a word
        ("de", "Danke Muselk", [], []),  # German capitalises nouns: no such rule
        ("en", "why not talking about Trump using it", [], ["Trump"]),  # a listed surname amid lowercase words
        ("en", "Have you seen the Coen brothers' movie", [], ["Coen"]),
        ("en", "Dump Trump Now", [], []),  # not in a title-case line
        ("en", "we saw Green light", [], []),  # nor a common word
        ("de", "und dann Trump gesagt", [], []),  # in German text, not an English word
        ("de", ", sagt Eymer der Zeitung", [], ["Eymer"]),  # German: after a verb, no article
        ("de", "Zöllner will demnach", [], ["Zöllner"]),  # first in the sentence
        ("de", "Gast bei Wulffs Hochzeitsfeier", [], ["Wulffs"]),  # in the genitive, before a noun
        ("de", "das ist der Hammer", [], []),  # after an article
        ("de", "frische Kräuter und Salz", [], []),  # after an adjective
        ("de", "die schönste Braut , die", [], []),  # a superlative is no verb in "-te"
        ("de", "die „ Braut “ kam", [], []),  # a quote opens no clause
        ("de", "Hab dich lieb , Schatz", [], []),  # a word of address
        ("de", "Dann fiel Asche herab", [], []),  # a word of the German corpora
        ("de", "Heute gibt's Musik und Kuchen", [], []),  # a word of the generated captions
        ("de", "sagte Freibergs Trainer", [], []),  # the genitive of a place
        ("de", "der Sohn des Hugo Naphtali und", [("Hugo Naphtali", "OTHER")], ["Hugo Naphtali"]),  # name-like
        ("de", "Urlaub mit Paul Berlin", [("Paul Berlin", "OTHER")], []),  # no surname: a place
        ("en", "Louis van Gaal has agreed", [("Louis van Gaal", "OTHER")], ["Louis van Gaal"]),  # with a particle
        ("en", "Louis van der Gaal has", [("Louis van der Gaal", "OTHER")], ["Louis van der Gaal"]),
        ("en", "No way that Cowell stopped it", [("Cowell", "LOCATION")], ["Cowell"]),  # a listed name, no place
        ("en", "Beach day at Bondi", [("Bondi", "LOCATION")], []),  # after "at" a place stays a place
        ("en", "Good morning Ward!", [("Ward", "LOCATION")], ["Ward"]),  # a surname before a dictionary word
        (
            "de",
            "Zum Kaffee gab es Apfelstrudel und Laugenbrezeln",
            [("Apfelstrudel", "PERSON"), ("Laugenbrezeln", "PERSON")],
            [],
        ),  # German nouns the model took for people
        ("en", "fresh Apfelstrudel for everyone", [("Apfelstrudel", "PERSON")], []),  # in a mixed caption too
        (
            "de",
            "Krümel und Jonas im Schnee",
            [("Krümel", "PERSON"), ("Jonas", "PERSON")],
            ["Krümel", "Jonas"],
        ),  # listed
        ("en", "so proud of Jas today", [("Jas", "PERSON")], ["Jas"]),  # a short noun may be a nickname
        ("de", "Danke an Frau Weber", [("Weber", "PERSON")], ["Weber"]),  # a noun that is a surname too
    ],
)
def test_first_names_by_language_and_case(lang, text, model_ents, people):
    assert after_rules(lang, text, model_ents, "PERSON") == people


@cache
def rules_only(lang: str) -> spacy.Language:
    """The rule components of the shipped pipelines over spaCy's tokenizer alone, no model."""
    return add_rules(spacy.blank(lang))


def ruled(lang: str, text: str, model_ents: list[tuple[str, str]]) -> list[Span]:
    """The entities after the recall rules, given what the model found."""
    nlp = rules_only(lang)
    doc = nlp.make_doc(text)
    doc.ents = [doc.char_span(text.index(p), text.index(p) + len(p), label=lb) for p, lb in model_ents]
    return list(nlp(doc).ents)


def after_rules(lang: str, text: str, model_ents: list[tuple[str, str]], label: str) -> list[str]:
    """The texts of `label` spans after the recall rules, given what the model found."""
    return [e.text for e in ruled(lang, text, model_ents) if e.label_ == label]


@pytest.mark.parametrize(
    ("lang", "text", "model_ents", "spans"),
    [
        ("de", "Lena am See", [("Lena", "PERSON")], [("Lena", "PERSON", "")]),  # the model's span, untouched
        ("de", "Danke Lena", [("Danke Lena", "PERSON")], [("Lena", "PERSON", "trimmed")]),
        ("de", "Kaffee mit Oma Ingrid", [], [("Ingrid", "PERSON", "first_name")]),
        ("de", "mit Frau Dr. Albers", [], [("Albers", "PERSON", "title")]),
        ("de", "Urlaub in Kopenhagen", [], [("Kopenhagen", "LOCATION", "place_word")]),
        (
            "de",
            "Clara von Stein",
            [("Clara", "PERSON"), ("Stein", "PERSON")],
            [("Clara von Stein", "PERSON", "joined_names")],
        ),
        ("en", "No way that Cowell stopped it", [("Cowell", "LOCATION")], [("Cowell", "PERSON", "name_not_place")]),
        ("en", "at Undercliff Ave", [("Undercliff", "LOCATION")], [("Undercliff Ave", "LOCATION", "street_word")]),
        ("de", "Helau Lena, du warst die schönste Biene", [("Helau Lena", "PERSON")], [("Lena", "PERSON", "trimmed")]),
        ("nl", "Alaaf! Op naar de optocht", [("Alaaf", "PERSON")], []),  # an exclamation alone names no one
        ("fr", "Tchin ! On fête les dix ans de l'atelier", [("Tchin", "PERSON")], []),
    ],
)
def test_each_span_records_the_rule_that_made_or_changed_it(lang, text, model_ents, spans):
    assert [(e.text, e.label_, e.kb_id_) for e in ruled(lang, text, model_ents)] == spans


def test_no_exclamation_is_a_first_name():
    """The exclamations are cut from a person's span and taken for no name: none may be a first name of the lists
    ("Ole", "Salud", "Bayram" are)."""
    assert not set(word_lists(WORD_LISTS)["exclamations"]) & given_names()


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # English writes nouns in lowercase: a first name that is a word, capitalised after a lowercase word, is a name
        ("Mince pies in the oven and Holly refusing to take off her jumper", ["Holly"]),
        ("Our bride Grace fixed her own hem with a safety pin", ["Grace"]),
        ("A sprig of ivy for Hope's bouquet", ["Hope"]),
        # not after an article or a word of time, not a month, not part of a longer name, not opening a sentence
        ("We spent the Summer at the lake", []),
        ("See you in May and again in June", []),
        ("Walk through the Rose Garden today", []),
        ("Summer vibes at the lake", []),
    ],
)
def test_an_english_first_name_that_is_a_word_is_a_name_where_its_capital_says_so(text, people):
    assert after_rules("en", text, [], "PERSON") == people


@pytest.mark.parametrize(
    ("name", "recall", "precision", "places"),
    [
        # Dutch and French, written after the line-opening rules (precision 0.745 before them)
        ("openings2", 0.93, 0.755, 0.82),
        # names that are words, written after the rules for them and for everyday words after honorifics (redaction
        # recall 0.865 before the English rule)
        ("namewords", 0.88, 0.71, 0.75),
        # exclamations, cheers, greetings and feasts opening lines, in four languages, written after the exclamations
        # rule (precision 0.654 before it, redaction recall 0.886)
        ("openings3", 0.87, 0.68, 0.75),
        # German places of every kind, written after the rule for places by their last part (LOCATION overlap F1
        # 0.571 before it, PERSON precision 0.585)
        ("places3", 0.88, 0.59, 0.63),
        # German captions that name places, written after that rule and its second list (0.686 before them)
        ("places5", 0.90, 0.63, 0.72),
    ],
)
def test_a_set_written_after_its_rules_keeps_its_figures(name, recall, precision, places):
    """Test sets an annotator who saw no code wrote after the rules they measure: counted only. Floors: the figures
    reached with those rules, less a small margin."""
    scores = evaluate(Path(__file__).parent.parent / "data" / "eval" / "test" / name / "gold.jsonl").as_dict()
    assert scores["redaction_recall"] >= recall
    assert scores["overlap"]["PERSON"]["p"] >= precision
    assert scores["overlap"]["LOCATION"]["f"] >= places


@pytest.mark.parametrize(
    ("text", "model_ents", "places"),
    [
        ("Urlaub in Lissabon und Porto", [], ["Lissabon", "Porto"]),
        ("Sommer in Kopenhagen", [("Kopenhagen", "OTHER")], []),  # the model's label stands
        ("Victoria in Wien", [], ["Wien"]),  # also a first name: no place by rule
        ("wien ist schön", [], []),  # lowercase: too often a word
        ("GREETINGS FROM MINSK", [], ["MINSK"]),
        ("die Regierung Ungarns", [], ["Ungarns"]),  # German genitive
        ("Hilfe für Somalia", [("Somalia", "PERSON")], ["Somalia"]),  # a place the model took for a person
        ("Das Museum in Völklingen", [], ["Völklingen"]),  # a GeoNames place after "in"
        ("Das Museum und Völklingen", [], []),  # not without it
        ("Abends bei Hubert", [], []),  # no first name or surname, even after "bei"
        ("der Polizeichef von Kandahar", [], ["Kandahar"]),
        ("ein Bild von Wilson", [], []),
    ],
)
def test_missed_places_become_locations(text, model_ents, places):
    assert after_rules("de", text, model_ents, "LOCATION") == places


@pytest.mark.parametrize(
    ("lang", "text", "model_ents", "places"),
    [
        ("de", "Abends im Glockenbachviertel", [], ["Glockenbachviertel"]),
        ("de", "Spaziergang über die Theresienwiese", [], ["Theresienwiese"]),
        ("de", "Ab März in der Karl-Marx-Allee 90", [], ["Karl-Marx-Allee"]),  # a person's name and the kind
        ("de", "Hüttenabend auf der Franz-Senn-Hütte", [], ["Franz-Senn-Hütte"]),
        ("de", "Heute über den Reschenpass", [("Reschenpass", "PERSON")], ["Reschenpass"]),  # the model's person
        ("de", "direkt am Strausberger Platz.", [], ["Strausberger Platz"]),  # a place's adjective before it
        ("de", "Treffpunkt Eingang Brunnerstraße.", [], ["Brunnerstraße"]),
        ("en", "Prost from the Theresienwiese!", [], ["Theresienwiese"]),  # in a German place's name, any text
        ("de", "Mein neuer Arbeitsplatz", [], []),  # a noun of the dictionary
        ("de", "Die Kinder im Kindergarten", [], []),
        ("de", "Unser Garten blüht", [], []),  # "Unser" is a common word
        ("de", "Danke an Frau Baumgarten", [("Baumgarten", "PERSON")], []),  # a person's span stands
        ("de", "Danke an Baumgarten", [], []),  # a surname
        ("de", "glockenbachviertel", [], []),  # lowercase
    ],
)
def test_german_places_by_their_last_part(lang, text, model_ents, places):
    assert after_rules(lang, text, model_ents, "LOCATION") == places


@pytest.mark.parametrize(
    ("lang", "text", "model_ents", "places"),
    [
        ("en", "Photos from SC today", [], ["SC"]),  # a state's code after "from"
        ("en", "Glenwood Springs , CO", [("Glenwood Springs", "LOCATION")], ["Glenwood Springs", "CO"]),  # a place's
        ("en", "Love you , MA", [], []),  # not after a comma alone
        ("en", "yes , OK then", [], []),  # not a code that is also a word
        ("en", "NEW PICS NY", [], []),  # not without "in", "from"... or a comma
        ("en", "THANK YOU FROM ALL OF US", [], []),  # not in a line in capitals
        ("de", "Tor von SC Freiburg", [], ["Freiburg"]),  # English text only
    ],
)
def test_place_codes(lang, text, model_ents, places):
    assert after_rules(lang, text, model_ents, "LOCATION") == places


@pytest.mark.parametrize(
    ("text", "model_ents", "places"),
    [
        ("Groggily got out of bed", [("Groggily", "LOCATION")], []),  # dictionary words are no place
        ("Spotlight on Award Winners", [("Award Winners", "LOCATION")], []),
        ("flights to the US", [("US", "LOCATION")], ["US"]),  # in capitals: an acronym
        ("Back home in Bath", [("Bath", "LOCATION")], ["Bath"]),  # a place that is also a word
        ("repairs on Undercliff Ave today", [("Undercliff", "LOCATION")], ["Undercliff Ave"]),  # with its street word
        ("Kansas City wins", [("Kansas", "LOCATION")], ["Kansas City"]),
        ("thank you Stephi!", [("Stephi", "LOCATION")], []),  # thanked: a person
        ("Hello Berlin!", [("Berlin", "LOCATION")], ["Berlin"]),  # unless a known place
        ("Golden hour in Charlotte today", [], ["Charlotte"]),  # a town that is a first name, after "in"
        ("every trail in Washington.", [("Washington", "PERSON")], ["Washington"]),
        ("asleep in Charlotte's arms", [], []),  # a genitive: her arms
        ("in Michael Jacksons Video", [], []),  # a surname follows
    ],
)
def test_the_english_models_places_are_corrected(text, model_ents, places):
    assert after_rules("en", text, model_ents, "LOCATION") == places


@pytest.mark.parametrize(
    ("text", "model_ents", "places", "people"),
    [
        ("finals at Harrison High School", [("Harrison High", "PERSON")], ["Harrison High School"], []),
        ("we took the Cottonpet road", [("Cottonpet road", "PERSON")], ["Cottonpet road"], []),  # ends in one
        ("COME SEE ME on Elkington ave", [], ["Elkington ave"], []),  # a rule's PERSON span ("no English word")
        ("dropped Mia school today", [("Mia", "PERSON")], [], ["Mia"]),  # lowercase: no name of a place
        ("Michael Bay directed it", [("Michael", "PERSON")], [], ["Michael Bay"]),  # after a first name: a surname
        ("Bruckner Interchange ( NY )", [("NY", "LOCATION")], ["Bruckner Interchange", "NY"], []),
        ("Jimin Park and Lois Lane", [("Jimin Park", "PERSON")], [], ["Jimin Park", "Lois Lane"]),  # surnames
        ("Lena at the park", [("Lena", "PERSON")], [], ["Lena"]),  # a street word must follow the span
        (
            "Crater Lake and Scafell Pike",
            [("Crater Lake", "PERSON"), ("Scafell Pike", "PERSON")],
            ["Crater Lake", "Scafell Pike"],
            [],
        ),  # landforms
        ("Anna Hill and Tom Lake", [("Anna", "PERSON"), ("Tom", "PERSON")], [], ["Anna Hill", "Tom Lake"]),  # surnames
    ],
)
def test_people_before_street_words_are_places(text, model_ents, places, people):
    assert (after_rules("en", text, model_ents, "LOCATION"), after_rules("en", text, model_ents, "PERSON")) == (
        places,
        people,
    )


@pytest.mark.parametrize("lang", ["de", "en"])
def test_pipelines_load_only_what_they_need(lang):
    rules = [name for name in PIPELINE if name != "english_places" or lang == "en"]  # English text only
    assert load(lang).pipe_names == ["tok2vec", "ner", *rules]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(max_size=80), min_size=1, max_size=4))
def test_extract_never_crashes_and_offsets_are_valid(texts):
    results = extract(texts)
    assert len(results) == len(texts)
    for text, (lang, entities) in zip(texts, results, strict=True):
        assert lang.isascii() and lang.isalpha() and lang.islower()  # a language code: de, en, nl, ceb...
        for e in entities:
            assert 0 <= e.start < e.end <= len(text) and text[e.start : e.end] == e.text


@pytest.mark.parametrize("text", ["😍🔥🔥", "!!! 2023 ...", "🎉 12:30 🎂"])
def test_texts_without_a_letter_skip_ner(monkeypatch, text):
    def no_ner(lang):
        raise AssertionError(f"{lang} pipeline loaded for a text without letters")

    monkeypatch.setattr("captionscan.extract.pipeline.load", no_ner)
    assert extract([text, "🎉🎉"]) == [("en", ()), ("en", ())]


@pytest.mark.parametrize("lang", ["de", "en", "nl", "fr"])
def test_numpys_blas_finds_what_thincs_default_finds(lang):
    # load() multiplies with numpy's BLAS for speed; a pipeline loaded as spaCy does by default (blis) must give the
    # same entities, also on captions the models never saw.
    texts = [json.loads(line)["text"] for line in (ROOT / "data/eval/tune/captions.jsonl").open()]
    texts += [json.loads(line)["text"] for line in (ROOT / "data/eval/languages/languages.jsonl").open()][::2]
    fast = load(lang)
    assert {layer.ops.use_blis for _, c in fast.pipeline if hasattr(c, "model") for layer in c.model.walk()} == {False}
    default = spacy.load(model_path(lang))
    assert default.get_pipe("tok2vec").model.ops.use_blis
    ents = [[(e.start_char, e.end_char, e.label_) for e in doc.ents] for doc in fast.pipe(texts)]
    assert ents == [[(e.start_char, e.end_char, e.label_) for e in doc.ents] for doc in default.pipe(texts)]


@pytest.mark.parametrize("lang", ["de", "en", "nl", "fr"])
def test_the_beam_of_one_finds_what_spacys_greedy_decoder_finds(lang):
    # The shipped NER decodes with a beam of width one where spaCy's wheels are slow at greedy decoding; both take
    # the best valid action at each step, so the entities must be the same, also on captions the models never saw.
    texts = [json.loads(line)["text"] for line in (ROOT / "data/eval/tune/captions.jsonl").open()]
    texts += [json.loads(line)["text"] for line in (ROOT / "data/eval/languages/languages.jsonl").open()][::2]
    nlp = load(lang)
    ner = nlp.get_pipe("ner")
    assert isinstance(ner, BeamOfOne) and isinstance(spacy.load(model_path(lang)).get_pipe("ner"), BeamOfOne)
    with nlp.select_pipes(enable=["tok2vec"]):
        docs = list(nlp.pipe(texts))
    beam, greedy = [d.copy() for d in docs], [d.copy() for d in docs]
    ner.set_annotations(beam, ner.beam_parse(beam, beam_width=1))
    ner.set_annotations(greedy, ner.greedy_parse(greedy))
    assert sum(len(d.ents) for d in greedy) > len(texts) // 2
    assert [[(e.start, e.end, e.label_) for e in d.ents] for d in beam] == [
        [(e.start, e.end, e.label_) for e in d.ents] for d in greedy
    ]


def test_ner_runs_one_blas_thread_and_gives_the_hosts_back():
    from threadpoolctl import threadpool_info, threadpool_limits

    def blas_threads():
        return [lib["num_threads"] for lib in threadpool_info() if lib["user_api"] == "blas"]

    seen = []
    nlp = load("en")
    original = type(nlp).pipe

    def watched(self, *args, **kwargs):
        seen.append(blas_threads())
        yield from original(self, *args, **kwargs)

    with pytest.MonkeyPatch.context() as mp, threadpool_limits(limits=2, user_api="blas"):
        mp.setattr(type(nlp), "pipe", watched)
        ner_entities(["Lena Vogt in Berlin"], "en")
        after = blas_threads()
    assert seen == [[1] * len(after)] and set(after) == {2}


@pytest.mark.parametrize(
    ("text", "lang"),
    [("Une tarte Tatin comme chez mamie 🍎", "fr"), ("en Autriche, pas celle de l'Isère 😉)", "fr")],
)
def test_no_person_or_place_without_a_letter(text, lang):
    # the French model takes some emoji for a person; no name is written without a letter
    ((_, entities),) = extract([text], lang)
    assert all(any(c.isalpha() for c in e.text) for e in entities if e.label in ("PERSON", "LOCATION"))


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Shot by @summerhayes.studio 📸 Summer, you caught every tear!", ["Summer"]),  # first name glued to surname
        ("Neue Nägel bei @mai.nguyen 💅 Mai, der Wahnsinn!", ["Mai"]),  # any word before a surname segment
        ("Wanderung mit @will.carter, Will kennt jeden Weg", ["Will"]),  # a first name alone in its segment
        ("Blumen: @blumenwerk_bz", []),  # a word glued to a surname, but no first name
        ("Love it! @loveandlight", []),  # a first name glued to no surname
    ],
)
def test_a_word_a_mention_spells_out_is_a_person(text, people):
    ((_, entities),) = extract([text])
    assert [
        e.text for e in entities if e.label == "PERSON" and e.text in ("Summer", "Mai", "Will", "Blumen", "Love")
    ] == people


@pytest.mark.parametrize(
    ("text", "lang", "people"),
    [
        ("Boodschappen bij Albert Heijn en koffie van Douwe Egberts", "nl", []),
        ("Gifts from Marks & Spencer and Ben & Jerry's for Lena", "en", ["Lena"]),
        ("Harry Potter on the telly with Tom", "en", ["Tom"]),
        ("Coco Chanel was a designer", "en", ["Coco Chanel"]),  # a name longer than the brand's stays
        ("Happy birthday Penny!", "en", ["Penny"]),  # a brand of one word that is a first name may be a person
        ("Danke an die Bäckerei Müller und das Autohaus Schneider, Jonas!", "de", ["Jonas"]),  # businesses
        ("Brood van Bakkerij Bart, haar door Kapsalon Sterre", "nl", []),
        ("Merci à la Boulangerie Dupont et à Margaux", "fr", ["Margaux"]),
        ("Cena alla Trattoria da Giulia con Marco", "it", ["Marco"]),
        ("Kwiaty z Kwiaciarni Gosia na Kleparzu, dzięki Kasi!", "pl", ["Kasi"]),  # a shop word in another case
        ("Thanks to Davies Builders and Patel's Pharmacy, Jonas!", "en", ["Jonas"]),  # a business word after
        ("Tom Davies sports a new look", "en", ["Tom Davies"]),  # in lowercase, a verb
    ],
)
def test_brands_and_characters_named_like_people_are_no_people(text, lang, people):
    ((_, entities),) = extract([text], lang)
    assert [e.text for e in entities if e.label == "PERSON"] == people


@pytest.mark.parametrize(
    ("lang", "text", "plain"),
    [
        ("de", "Rente", True),  # an everyday noun of Wiktionary's
        ("de", "Abi-Feier", True),  # a compound whose last part is one
        ("de", "Halle", False),  # a noun, and a town the place lists know
        ("de", "Isar", False),  # a river, no noun
        ("en", "Rente", False),  # German nouns are German only
    ],
)
def test_a_german_everyday_noun_alone_is_no_place(lang, text, plain):
    doc = spacy.blank(lang)(text)
    assert Lexicon(word_lists(WORD_LISTS)).plain_noun(Span(doc, 0, len(doc), label="LOCATION")) is plain
