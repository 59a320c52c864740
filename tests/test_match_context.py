"""Review findings need person context: a lone name or a near miss is a review only where the words around it say
"person", and a near miss never where the text's word is an everyday word, a place or a brand. Hits stay hits."""

import pytest

import captionscan
from captionscan.extract.rules import rule_entities
from captionscan.match import Matcher
from captionscan.records import Entity, Person

PEOPLE = [
    Person("p1", "Anna Brunner"),
    Person("p2", "Lisa Lidl"),
    Person("p3", "Paul Kessler", aliases=("Fulde",)),
]


@pytest.fixture(scope="module")
def matcher():
    return Matcher(PEOPLE)


def found(matcher, text, entities=()):
    return [(h.person_ids, h.text, h.rule, h.level) for h in matcher.match(text, entities)]


@pytest.mark.parametrize(
    "text",
    [
        "Am Brunnen im Park",  # one edit from Brunner, and an everyday word
        "Danke für den Brunnen!",  # thanks around it do not make the word a name
        "Grüße aus Fulda!",  # a town one edit from the alias Fulde
        "Einkauf bei Lidl",  # a supermarket chain, even after a preposition
        "Neue Bilder im Ordner Kessler online",  # a lone surname with nothing around it that says "person"
        "Danke an die Bäckerei Brunner und das Autohaus Kessler!",  # businesses, however thankful the line
        "🍕 Pizzeria da Anna",
        "Danke an die Eisdiele Da Anna in der Venloer Straße",  # an ice-cream parlour's name
        "Danke an Brunner Bau und Kessler GmbH!",  # a business word after the name
        "Lidl hat ab Montag neue Angebote",  # a supermarket chain opening its sentence before a verb
    ],
)
def test_no_review_without_person_context_or_for_everyday_words_places_and_brands(matcher, text):
    assert found(matcher, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a dictionary word opening its sentence before an article, a possessive or "of" is a verb or a noun,
        # even where the unit names the person in full
        ("Mark your calendars! Mark Fenwick plays on Friday.", [("Mark Fenwick", "hit")]),
        ("Jack of all trades, our new bar manager 🍸", []),
        # a colour after a gem's name makes it a shade, not the person the unit names
        ("Ruby red for Ruby Clegg 🍒", [("Ruby Clegg", "hit")]),
        # before a verb, or after a preposition, it is the person
        ("Mark is back! Mark Fenwick plays on Friday.", [("Mark", "hit"), ("Mark Fenwick", "hit")]),
    ],
)
def test_an_everyday_word_opening_its_sentence_before_an_article_is_no_name(text, expected):
    m = Matcher([Person("m", "Mark Fenwick"), Person("j", "Jack Robinson"), Person("r", "Ruby Clegg")])
    assert [(h.text, h.level) for h in m.match(text, (), "en")] == expected


@pytest.mark.parametrize(
    ("alias", "text", "expected"),
    [
        # a listed nickname no language has as a word is the person wherever the text writes it as a name
        ("Korbi", "Korbi hält in der 58. einen Elfmeter 🧤", [("Korbi", "review")]),
        ("Luki", "Luki und Seli checken die Props", [("Luki", "review")]),
        # a word, or a short one, still needs the words around it
        ("Bene", "Bene fatto, ragazzi!", []),
        ("Mo", "Kurse: Mo & Mi, 15:30", []),
        ("Korbi", "korbi hält den Elfmeter", []),
    ],
)
def test_a_coined_alias_needs_no_person_context(alias, text, expected):
    m = Matcher([Person("k", "Korbinian Stadler", aliases=(alias,))])
    assert [(h[1], h[3]) for h in found(m, text)] == expected


@pytest.mark.parametrize(
    ("span", "expected"),
    [
        ("Cori fürs Leiten", [("Cori", "review")]),  # the NER ran on over other words: no surname after the name
        ("Cori Leitner", []),  # a surname right after it: someone else of that first name
        ("Cori von Arx", []),  # after its particle too
    ],
)
def test_a_person_span_makes_a_namesake_only_with_a_surname_next(span, expected):
    m = Matcher([Person("c", "Corinne Wüthrich", aliases=("Cori",))])
    text = f"Big thanks to Eli und {span}, you're the best!"
    start = text.index(span)
    assert [(h[1], h[3]) for h in found(m, text, [Entity(start, start + len(span), "PERSON", span)])] == expected


def test_a_business_bears_the_listed_persons_name_where_the_unit_names_them(matcher):
    """Alone, a shop's name says nothing of a person (above); beside the person named in full, it is theirs."""
    text = "Danke Anna Brunner und der Bäckerei Brunner!"
    assert [(h[1], h[3]) for h in found(matcher, text)] == [("Anna Brunner", "hit"), ("Brunner", "hit")]


def test_a_word_opening_its_sentence_with_a_period_and_a_number_abbreviates(matcher):
    """ "Max. 20 Gäste" is "maximal", whatever NER makes of it; "Danke Max. 20 Jahre ..." is not."""
    assert found(matcher, "Fulde. 20 Plätze, meldet euch!", [Entity(0, 5, "PERSON", "Fulde")]) == []
    assert found(matcher, "Tolle Party! Fulde. 20 Plätze", [Entity(13, 18, "PERSON", "Fulde")]) == []
    text = "Danke Fulde. 20 Jahre Freundschaft!"
    assert [h[2:] for h in found(matcher, text, [Entity(6, 11, "PERSON", "Fulde")])] == [("alias", "review")]


def test_a_first_name_the_unit_gives_another_surname_is_the_namesakes():
    m = Matcher([Person("p1", "Margaux Lefèvre")])
    text = "Margaux Dubois, notre nouvelle assistante, rejoint l'équipe ! Bienvenue Margaux 👋"
    entities = [Entity(0, 14, "PERSON", "Margaux Dubois"), Entity(73, 80, "PERSON", "Margaux")]
    assert found(m, text, entities) == []
    text = "Bienvenue Margaux ! Margaux Bilder sind online"  # an everyday word after it is no surname
    # the second, before a capitalised word, is hers too, as the unit wrote her name so before
    assert [h[3] for h in found(m, text, [Entity(10, 17, "PERSON", "Margaux")])] == ["review", "review"]


def test_an_emoji_inside_a_person_span_parts_two_names():
    """The NER may take "Klaus 👴 Klaus Peters" for one person: the first "Klaus" adds no name to the listed
    Klaus Peters, whom the unit names in full, so it is his."""
    m = Matcher([Person("p1", "Klaus Peters")])
    text = "Unser Opa Klaus 👴 Klaus Peters, 84, kommt jeden Freitag."
    entities = [Entity(10, 30, "PERSON", "Klaus 👴 Klaus Peters")]
    assert [(h[1], h[3]) for h in found(m, text, entities)] == [("Klaus", "hit"), ("Klaus Peters", "hit")]


def test_a_lone_name_written_again_is_the_same_persons():
    """A lone name the words around it do not make a person's, where the unit wrote it so before as a person's."""
    m = Matcher([Person("j", "Jan de Jong", ("Jantje",))])
    text = "Familieshoot met Jantje en zijn opa. Jantje vond de eendjes het leukst"
    assert [(h.start, h.level) for h in m.match(text, (Entity(17, 23, "PERSON", "Jantje"),), "nl")] == [
        (17, "review"),
        (37, "review"),
    ]
    text = "Met Jantje. Jantje Smit kwam ook"  # a unit that names another Jantje in full: every Jantje is his
    entities = (Entity(4, 10, "PERSON", "Jantje"), Entity(12, 23, "PERSON", "Jantje Smit"))
    assert m.match(text, entities, "nl") == []


@pytest.mark.parametrize(
    "text",
    [
        "Un saludo a Iñaki y a Lucía 👋",
        "Grazie di tutto, Iñaki!",
        "Bedankt Iñaki voor alles",
        "Weekend met Iñaki",
        "Trener Iñaki zadowolony z wyniku.",  # a role word before the name
        "Le capitaine Iñaki a marqué deux buts",
        "Fijne verjaardag Iñaki!",  # a birthday wish
        "Van harte Iñaki 🎉",
        "Feliz cumpleaños Iñaki",
    ],
)
def test_the_words_that_say_person_in_other_languages(text):
    m = Matcher([Person("p9", "Iñaki de la Peña")])
    assert [(h[1], h[3]) for h in found(m, text)] == [("Iñaki", "review")]


def test_a_person_span_does_not_make_an_everyday_word_a_near_miss(matcher):
    assert found(matcher, "Am Brunnen im Park", [Entity(3, 10, "PERSON", "Brunnen")]) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Danke Brunner!", ("Brunner", "exact")),  # thanks
        ("Danke Bruner!", ("Bruner", "fuzzy")),  # a near miss that is no word, with thanks
        ("Bilder von Brunner", ("Brunner", "exact")),  # a preposition
        ("Frau Kessler hat Kuchen gebacken", ("Kessler", "exact")),  # a title
        ("Sie verstärkt ab Oktober die AG Kessler als Postdoc.", ("Kessler", "exact")),  # a research group's head
        ("Mit @mia.s und Fulde am See", ("Fulde", "alias")),  # a list with a mention
        ("Heute geht's mit Betreuerin Fulde in den Tierpark", ("Fulde", "alias")),  # a German noun for a person
        ("Brunner", ("Brunner", "exact")),  # the name is all the unit says
        ("Danke Fulde. 20 Jahre Freundschaft!", ("Fulde", "alias")),  # thanks, before a sentence with a number
        ("Was für ein Tag. Brunner, du warst toll!", ("Brunner", "exact")),  # addressed where its sentence opens
        ("Endlich wieder komplett! Anna ist ab September wieder da", ("Anna", "exact")),  # the subject of "ist"
    ],
)
def test_a_review_where_the_words_around_say_person(matcher, text, expected):
    assert [(text_, rule) for _, text_, rule, level in found(matcher, text) if level == "review"] == [expected]


def test_an_emoji_ends_the_sentence_a_lone_name_then_opens(matcher):
    text = "Working bee this Saturday 🌱 Anna is bringing the trailer"
    assert [(h.text, h.level) for h in matcher.match(text, ())] == [("Anna", "review")]


def test_a_person_span_is_person_context(matcher):
    text = "Neue Bilder im Ordner Kessler online"
    assert found(matcher, text, [Entity(22, 29, "PERSON", "Kessler")]) == [(("p3",), "Kessler", "exact", "review")]


def test_hits_stay_hits_and_a_named_persons_near_miss_that_is_a_word_is_none(matcher):
    assert found(matcher, "Heute am Brunnen mit Anna Brunner") == [(("p1",), "Anna Brunner", "exact", "hit")]
    assert found(matcher, "Lisa Lidl kauft bei Lidl") == [
        (("p2",), "Lisa Lidl", "exact", "hit"),
        (("p2",), "Lidl", "exact", "hit"),
    ]


@pytest.fixture(scope="module")
def word_names():
    return Matcher(
        [Person("w1", "Summer Hayes", handles=("summer.hayes",)), Person("w2", "William Carter", aliases=("Will",))]
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the unit names the person by handle or in full: the first name that is also a word is the person too
        ("Shot by @summer.hayes 📸 Summer, you caught every tear!", ["@summer.hayes", "Summer"]),
        ("William Carter led the hike. Will knows every trail.", ["William Carter", "Will"]),
        # not in lowercase, and not without the person named in full
        ("Thanks @summer.hayes for the summer photos", ["@summer.hayes"]),
        ("Summer is here and Will is happy", []),
    ],
)
def test_a_name_that_is_a_word_is_the_person_where_the_unit_names_them(word_names, text, expected):
    assert [h.text for h in word_names.match(text, rule_entities(text)) if h.level == "hit"] == expected


@pytest.mark.parametrize(
    ("text", "hits"),
    [
        ("Merci Mme Blanc ! Violette, tu nous as tout appris.", ["Blanc", "Violette"]),
        ("Danke, Herr von Stetten! Max, bis bald.", ["Stetten", "Max"]),
        ("Merci Mme Blanc !", []),  # a title and surname alone may be a namesake
        ("Blanc et Violette", []),  # without the title: a plain word and a name
    ],
)
def test_a_first_name_and_a_titled_surname_in_one_unit_name_the_person(text, hits):
    m = Matcher([Person("v", "Violette Blanc"), Person("s", "Max von Stetten")])
    assert [h.text for h in m.match(text, rule_entities(text)) if h.level == "hit"] == hits


@pytest.mark.parametrize(
    ("text", "lang", "found"),
    [
        ("Il pleut sur Rennes, mais le marché est joyeux", "fr", []),  # "mais" is a word, no genitive of Mai
        ("Un bouquet de violettes pour la mariée", "fr", []),
        ("Rain again, but the roses are out", "en", []),
        ("Mais Hochzeit war wunderschön", "de", ["Mais"]),  # capitalised: the genitive of a name
    ],
)
def test_a_lowercase_word_with_an_s_is_no_genitive_of_a_name(text, lang, found):
    m = Matcher([Person("m", "Mai Nguyen"), Person("v", "Violette Blanc"), Person("r", "Rose Tyler")])
    assert [h.text for h in m.match(text, rule_entities(text), lang)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Summer sessions are back!", []),  # a list entry of one everyday word is no full name
        ("Rose gold balloons everywhere", []),
        ("Newborn shoot with Kasia today", [("Kasia", "hit")]),  # one word that is no everyday word still is
    ],
)
def test_a_name_of_one_everyday_word_is_found_as_a_lone_name_only(text, found):
    m = Matcher([Person("k1", "Summer"), Person("k2", "Rose"), Person("k3", "Kasia")])
    assert [(h.text, h.level) for h in m.match(text, rule_entities(text))] == found


@pytest.mark.parametrize(
    ("text", "levels"),
    [
        # an Austrian academic title with its period says "surname" as "Frau" does, and confirms the first name
        ("Wir verabschieden Frau Mag. Holzer in den Ruhestand. Liebe Andrea, danke!", ["hit", "hit"]),
        ("Wir verabschieden Frau Holzer in den Ruhestand. Liebe Andrea, danke!", ["hit", "hit"]),
        ("Ich mag Holzer nicht. Liebe Andrea, danke!", ["review", "review"]),  # the verb is no title
    ],
)
def test_an_academic_title_before_a_surname_names_the_person(text, levels):
    m = Matcher([Person("a", "Andrea Holzer")])
    assert [h[3] for h in found(m, text, rule_entities(text))] == levels


@pytest.mark.parametrize(
    ("text", "person", "level"),
    [
        ("mit anna im biergarten 🍺 @wirtshaus.ost", "anna", "review"),  # written all in lowercase: a name is so too
        ("Mit anna im biergarten 🍺", "anna", "review"),  # a phone capitalises the first letter
        ("Mit anna im Biergarten 🍺", "anna", None),  # where the writer capitalises, a lowercase word is a word
        ("mit anna im biergarten 🍺", None, None),  # nor is one that the extractor does not take for a person
    ],
)
def test_a_lowercase_first_name_counts_where_the_text_is_all_lowercase(matcher, text, person, level):
    """wordfreq counts first names as words ("anna" 4.7 in German): in lowercase one is a name only where the text
    writes nothing capitalised and the extractor takes it for a person."""
    entities = [Entity(text.index(person), text.index(person) + len(person), "PERSON", person)] if person else []
    assert [h.level for h in matcher.match(text, entities, "de")] == ([level] if level else [])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a modal verb opening a question before its subject is no name, though the extractor takes it for one
        ("Can you guess who's behind the counter today?", []),
        ("Will you marry me? 💍", []),
        ("Will is back on the decks tonight", [("Will", "review")]),
        # a name after an animal's word is a pet's
        ("Kater Felix (14) sucht ein Zuhause 🐱", []),
        ("Danke Felix für die Fotos!", [("Felix", "review")]),
    ],
)
def test_a_modal_opening_a_question_and_a_pets_name_are_no_listed_person(tmp_path, text, expected):
    optout = tmp_path / "l.csv"
    optout.write_text("name\nCan Yılmaz\nFelix Hartung\nWill Turner\n", encoding="utf-8")
    (report,) = captionscan.scan_texts([text], captionscan.Session.open(optout))
    assert [(report.unit.text[h.start : h.end], h.level) for h in report.hits] == expected
