"""Rewrites, checked word for word: (text, language, remove, role, placeholder)."""

from __future__ import annotations

import pytest

from captionscan.extract.rules import rule_entities
from captionscan.rewrite import suggest

CASES = [
    # German: prepositions, connectors and leads go with the name
    (
        "mit @lena.vogt am Tegernsee",
        "de",
        "am Tegernsee",
        "mit einer befreundeten Person am Tegernsee",
        "mit [Person 1] am Tegernsee",
    ),
    (
        "Mit @lena.vogt und Lena Vogt am See",
        "de",
        "Am See",
        "Mit einer befreundeten Person am See",
        "Mit [Person 1] und [Person 1] am See",
    ),
    (
        "Ein Abend mit Lena Vogt und Jonas Müller in Berlin",
        "de",
        "Ein Abend in Berlin",
        "Ein Abend mit zwei befreundeten Personen in Berlin",
        "Ein Abend mit [Person 1] und [Person 2] in Berlin",
    ),
    (
        "Lena Vogt und Ben waren da",
        "de",
        "Ben waren da",
        "Eine befreundete Person und Ben waren da",
        "[Person 1] und Ben waren da",
    ),
    (
        "Lena Vogt, Ben und Tim am See",
        "de",
        "Ben und Tim am See",
        "Eine befreundete Person, Ben und Tim am See",
        "[Person 1], Ben und Tim am See",
    ),
    (
        "Ben, Tim und Lena Vogt am See",
        "de",
        "Ben und Tim am See",
        "Ben, Tim und eine befreundete Person am See",
        "Ben, Tim und [Person 1] am See",
    ),
    (
        "Danke an Jonas Müller für die Bilder!",
        "de",
        "Danke für die Bilder!",
        "Danke an eine befreundete Person für die Bilder!",
        "Danke an [Person 1] für die Bilder!",
    ),
    (
        "Kaffee mit Clara Hagen in der Altstadt",
        "de",
        "Kaffee in der Altstadt",
        "Kaffee mit einer befreundeten Person in der Altstadt",
        "Kaffee mit [Person 1] in der Altstadt",
    ),
    # German genitive: the possessed noun gets its article
    (
        "Jonas Müllers Geburtstag",
        "de",
        "Der Geburtstag",
        "Der Geburtstag einer befreundeten Person",
        "[Person 1]s Geburtstag",
    ),
    # addressed names and salutations: no role word in the vocative
    (
        "Liebe Lena Vogt, danke für alles",
        "de",
        "Danke für alles",
        "Danke für alles",
        "Liebe [Person 1], danke für alles",
    ),
    ("Glückwunsch, Lena Vogt! 🥂", "de", "Glückwunsch! 🥂", "Glückwunsch! 🥂", "Glückwunsch, [Person 1]! 🥂"),
    (
        "Happy Birthday Hannes Weiss!! 🎉",
        "de",
        "Happy Birthday!! 🎉",
        "Happy Birthday!! 🎉",
        "Happy Birthday [Person 1]!! 🎉",
    ),
    # line breaks are kept, hashtags go
    (
        "Shooting mit Tim\n📸 @lena.vogt\n#lenavogt #wedding",
        "de",
        "Shooting mit Tim\n📸\n#wedding",
        "Shooting mit Tim\n📸 eine befreundete Person\n#wedding",
        "Shooting mit Tim\n📸 [Person 1]\n[Person 1] #wedding",
    ),
    (
        "Hochzeit von Lena Vogt (@lena.vogt) am Tegernsee",
        "de",
        "Hochzeit am Tegernsee",
        "Hochzeit von einer befreundeten Person am Tegernsee",
        "Hochzeit von [Person 1] ([Person 1]) am Tegernsee",
    ),
    (
        "Clara von Hagen, Ben Hartmann",
        "de",
        "Ben Hartmann",
        "Eine befreundete Person, Ben Hartmann",
        "[Person 1], Ben Hartmann",
    ),
    # English
    (
        "Lena Vogt's wedding in Paris",
        "en",
        "The wedding in Paris",
        "A friend's wedding in Paris",
        "[Person 1]'s wedding in Paris",
    ),
    (
        "Behind the scenes with @lena.vogt's team 📸",
        "en",
        "Behind the scenes with the team 📸",
        "Behind the scenes with a friend's team 📸",
        "Behind the scenes with [Person 1]'s team 📸",
    ),
    (
        "Thanks to Jonas Müller for the photos!",
        "en",
        "Thanks for the photos!",
        "Thanks to a friend for the photos!",
        "Thanks to [Person 1] for the photos!",
    ),
    (
        "Dinner with Lena Vogt, Jonas Müller and Tim",
        "en",
        "Dinner with Tim",
        "Dinner with two friends and Tim",
        "Dinner with [Person 1], [Person 2] and Tim",
    ),
    (
        "Wedding of Lena Vogt and Ben in Paris 💍",
        "en",
        "Wedding of Ben in Paris 💍",
        "Wedding of a friend and Ben in Paris 💍",
        "Wedding of [Person 1] and Ben in Paris 💍",
    ),
    (
        "Lena Vogt and I at the lake",
        "en",
        "I at the lake",
        "A friend and I at the lake",
        "[Person 1] and I at the lake",
    ),
    ("Dear Lena Vogt, thank you!", "en", "Thank you!", "Thank you!", "Dear [Person 1], thank you!"),
    (
        "Golden hour with Lena Vogt 🌅 #goldenhour",
        "en",
        "Golden hour 🌅 #goldenhour",
        "Golden hour with a friend 🌅 #goldenhour",
        "Golden hour with [Person 1] 🌅 #goldenhour",
    ),
]


@pytest.mark.parametrize(("text", "lang", "remove", "role", "placeholder"), CASES)
def test_rewrite_table(matcher, text, lang, remove, role, placeholder):
    hits = matcher.match(text, rule_entities(text))
    assert [(s.strategy, s.text) for s in suggest(text, hits, lang)] == [
        ("remove", remove),
        ("role", role),
        ("placeholder", placeholder),
    ]


def test_a_lone_first_name_is_rewritten_too(matcher):
    text = "Lenas Hochzeit am See 💍"
    hits = matcher.match(text, rule_entities(text))
    assert [h.level for h in hits] == ["review"]
    assert [s.text for s in suggest(text, hits, "de")][:2] == [
        "Die Hochzeit am See 💍",
        "Die Hochzeit einer befreundeten Person am See 💍",
    ]


def test_no_hits_no_suggestions():
    assert suggest("Sommer am See", [], "de") == ()


def test_lines_without_a_name_stay_exactly_as_they_were(matcher):
    text = "# Entwurf\r\n\r\n  - Liste  mit  Abstand\r\n  Ein Tag mit Lena Vogt  am See\r\n+ Ende  \r\n"
    first = suggest(text, matcher.match(text, rule_entities(text)), "de")[0].text
    assert first == "# Entwurf\r\n\r\n  - Liste  mit  Abstand\r\n  Ein Tag am See\r\n+ Ende  \r\n"


def test_a_name_broken_across_lines_keeps_the_line_count(matcher):
    text = "Paarshooting mit Lena\nVogt und Tim\nam Eibsee"
    for s in suggest(text, matcher.match(text, rule_entities(text)), "de"):
        assert s.text.count("\n") == 2 and "Vogt" not in s.text
