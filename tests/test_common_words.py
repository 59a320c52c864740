"""Which words are common in German and English: wordfreq's tables at the rules' Zipf thresholds."""

from __future__ import annotations

import pytest
from wordfreq import zipf_frequency

from captionscan.data import COMMON_ZIPF, common_word, frequent_words, german_words, world_name_words


@pytest.mark.parametrize(
    ("word", "lang", "common"),
    [
        ("Sommer", "de", True),  # a German noun that is also a surname
        ("Weiß", "de", True),  # casefolded as wordfreq keeps it ("weiss")
        ("WEISS", "de", True),
        ("Sommer", "en", False),  # common in German only
        ("house", "en", True),
        ("Eymer", "de", False),  # a surname no German text uses as a word
        ("Muselk", "en", False),
    ],
)
def test_common_word(word, lang, common):
    assert common_word(word, lang) is common


def test_common_words_are_those_at_the_threshold():
    for word in ("kuchen", "brett", "conor", "strom"):
        assert common_word(word, "de") is (zipf_frequency(word, "de") >= COMMON_ZIPF)


def test_a_threshold_below_the_small_tables_reads_the_large_ones():
    rarer = frequent_words("de", 2.5)
    assert frequent_words("de", 3.0) < rarer
    assert "hochzeitsfotograf" in rarer  # Zipf 2.5 in German
    assert "hochzeitsfotograf" not in frequent_words("de", 3.0)


def test_german_words_and_world_names():
    assert {"strom", "kuchen", "weiss"} <= german_words()
    assert "eymer" not in german_words()
    # a first name of another country that is a common word of the language is no name there
    assert "bett" not in world_name_words("de") and "bett" in world_name_words("en")
    assert "conor" in world_name_words("de")
