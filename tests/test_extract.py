"""Extraction: rules for @-mentions and hashtags, the language guess, and the packaged NER pipelines."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from captionscan.extract import extract
from captionscan.extract.language import detect
from captionscan.extract.pipeline import load
from captionscan.extract.rules import rule_entities


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


def test_a_mention_is_never_also_a_person():
    ((_, entities),) = extract(["Shooting mit @lena.vogt und @Julia_Schneider in Berlin"], "de")
    mentions = [e for e in entities if e.label == "MENTION"]
    assert [e.text for e in mentions] == ["@lena.vogt", "@Julia_Schneider"]
    assert not any(e.label != "MENTION" and e.start < m.end and m.start < e.end for e in entities for m in mentions)


@pytest.mark.parametrize("lang", ["de", "en"])
def test_pipelines_load_only_what_they_need(lang):
    assert load(lang).pipe_names == ["tok2vec", "ner"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(max_size=80), min_size=1, max_size=4))
def test_extract_never_crashes_and_offsets_are_valid(texts):
    results = extract(texts)
    assert len(results) == len(texts)
    for text, (lang, entities) in zip(texts, results, strict=True):
        assert lang in ("de", "en")
        for e in entities:
            assert 0 <= e.start < e.end <= len(text) and text[e.start : e.end] == e.text


@pytest.mark.parametrize("text", ["😍🔥🔥", "!!! 2023 ...", "🎉 12:30 🎂"])
def test_texts_without_a_letter_skip_ner(monkeypatch, text):
    def no_ner(lang):
        raise AssertionError(f"{lang} pipeline loaded for a text without letters")

    monkeypatch.setattr("captionscan.extract.pipeline.load", no_ner)
    assert extract([text, "🎉🎉"]) == [("en", ()), ("en", ())]
