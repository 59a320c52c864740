"""End to end through the library: the demo archives against the demo list."""

from __future__ import annotations

from pathlib import Path

import pytest
import regex

from captionscan.extract.rules import rule_entities
from captionscan.match import Matcher, load_optout
from captionscan.read import read_paths
from captionscan.records import NO_REWRITE, Entity, Person, Source, Suggestion, TextUnit
from captionscan.scan import Summary, rewrites, safe_suggestions, scan_units

DATA = Path(__file__).parent.parent / "data"
IG = "your_instagram_activity/"
FB_POSTS = "your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json"
FB_COMMENTS = "your_facebook_activity/comments_and_reactions/comments.json"

EXPECTED = {
    (IG + "media/posts_1.json", 0, "caption", "optout-001", "hit"),  # @lena.vogt
    (IG + "media/posts_1.json", 1, "caption", "optout-001", "review"),  # "Lenas Hochzeit": a lone first name
    (IG + "media/posts_1.json", 2, "caption", "optout-002", "hit"),  # Jonas Mueller
    (IG + "media/posts_1.json", 4, "caption", "optout-005", "hit"),  # @mia.k_photo's
    (IG + "media/posts_1.json", 6, "caption", "optout-001", "hit"),  # #lenavogt
    (IG + "media/posts_1.json", 7, "caption", "optout-004", "hit"),  # alias + surname: Hannes Weiss
    (IG + "media/posts_1.json", 8, "caption", "optout-003", "hit"),  # Clara Hagen for Clara von Hagen
    (IG + "media/posts_1.json", 11, "caption", "optout-001", "hit"),  # a name broken across lines
    (IG + "media/posts_1.json", 12, "caption", "optout-004", "hit"),  # caption on the first media item
    (IG + "media/reels.json", 0, "caption", "optout-002", "hit"),  # lowercase
    (IG + "comments/post_comments_1.json", 0, "comment", "optout-001", "hit"),
    (FB_POSTS, 0, "caption", "optout-003", "hit"),
    (FB_POSTS, 0, "title", "optout-003", "hit"),
    (FB_POSTS, 0, "tags", "optout-003", "hit"),
    (FB_POSTS, 1, "tags", "optout-005", "hit"),  # tagged, not named in the text
    (FB_POSTS, 2, "caption", "optout-002", "hit"),  # English possessive
    (FB_COMMENTS, 0, "comment", "optout-001", "review"),
    (FB_COMMENTS, 0, "comment", "optout-002", "review"),
    (FB_COMMENTS, 0, "title", "optout-002", "hit"),
    # public texts outside posts and comments
    ("personal_information/personal_information/personal_information.json", 0, "bio", "optout-005", "hit"),
    (IG + "threads/threads_and_replies.json", 0, "thread", "optout-002", "hit"),
    ("your_facebook_activity/posts/album/0.json", None, "album", "optout-001", "hit"),
    ("your_facebook_activity/events/your_events.json", 0, "event", "optout-004", "hit"),
}


@pytest.fixture(scope="module")
def demo():
    people = load_optout(DATA / "demo_optout.csv")
    summary = Summary()
    paths = [DATA / "demo_instagram.zip", DATA / "demo_facebook.zip"]
    reports = list(scan_units(read_paths(paths), Matcher(people), summary=summary))
    return people, reports, summary


def test_demo_hits_at_the_right_member_index_and_field(demo):
    _, reports, _ = demo
    found = {
        (r.unit.source.member, r.unit.source.index, r.unit.source.field, p, h.level)
        for r in reports
        for h in r.hits
        for p in h.person_ids
    }
    assert found == EXPECTED
    assert all(len(h.person_ids) == 1 for r in reports for h in r.hits)  # no two listed people share a name here


def test_demo_summary(demo):
    _, reports, summary = demo
    assert summary.units == len(reports) == 37
    assert summary.skipped == 0
    assert summary.hits_per_person["optout-001"] == 7


def test_every_hit_unit_has_a_safe_suggestion_or_an_action_and_none_names_anybody_redacted(demo):
    people, reports, _ = demo
    by_id = {p.id: p for p in people}
    for r in (r for r in reports if r.hits):
        assert r.suggestions[0].safe or r.suggestions[0].action, r.unit.text
        for s in r.suggestions:
            for h in r.hits:
                (person,) = (by_id[p] for p in h.person_ids)
                for needle in (person.name, h.text, *("@" + handle for handle in person.handles)):
                    assert not regex.search(rf"(?<!\w){regex.escape(needle)}(?!\w)", s.text, flags=regex.I), (s, needle)


def test_unrelated_text_survives_the_first_suggestion(demo):
    _, reports, _ = demo
    first = {r.unit.text: r.suggestions[0].text for r in reports if r.hits}
    assert first["Traumhochzeit am Tegernsee 💍 mit @lena.vogt und Tim ✨\n#hochzeit #tegernsee"] == (
        "Traumhochzeit am Tegernsee 💍 mit der Braut und Tim ✨\n#hochzeit #tegernsee"  # one of the couple stays
    )
    assert first["Was für ein Tag in Hamburg mit Clara von Hagen 🎉"] == "Was für ein Tag in Hamburg 🎉"


def test_a_namesake_may_stay_in_a_suggestion():
    matcher = Matcher([Person("f", "Felix Oßwald")])
    text = "Felix Oßwald und Felix Braun"
    hits = tuple(matcher.match(text, (Entity(17, 28, "PERSON", "Felix Braun"),)))
    kept = safe_suggestions(
        matcher, text, hits, [Suggestion("remove", "Felix Braun"), Suggestion("x", "Oßwald und Felix")]
    )
    assert kept == (Suggestion("remove", "Felix Braun"),)


@pytest.mark.parametrize(
    ("suggestion", "kept"),
    [
        ("Hochzeit am See", True),
        ("Hochzeit mit LENA am See", False),  # a matched text, in any case
        ("Hochzeit mit lena am See", False),  # in lowercase too, where it is no word of the language
        ("Hochzeit mit Helena und Jonasson", True),  # inside a longer word it is another word
        ("Hochzeit mit Lena Vogt's Team", False),
        ("Magdalena am See", True),
        ("Hochzeit mit Jonas", False),
        ("Hochzeit mit Lenas Team", False),  # no matched text, but it names Lena again
    ],
)
def test_a_suggestion_that_repeats_a_matched_text_is_dropped(suggestion, kept):
    matcher = Matcher([Person("l", "Lena Vogt"), Person("j", "Jonas Roth"), Person("k", "Jonas Kurz")])
    text = "Lena Vogt, Lena und Jonas am See"
    hits = tuple(matcher.match(text))
    assert {h.text for h in hits} == {"Lena Vogt", "Lena", "Jonas"}
    assert safe_suggestions(matcher, text, hits, [Suggestion("x", suggestion)]) == (
        (Suggestion("x", suggestion),) if kept else ()
    )


@pytest.mark.parametrize(
    ("suggestion", "kept"),
    [
        ("Tim am See. Danke an alle! #hochzeit", True),
        ("Tim am See mit Lenas Team. Danke an alle! #hochzeit", False),  # a changed sentence among kept ones
        ("Tim am See. Danke an Lenas Team! #hochzeit", False),  # a sentence the rewrite changed after the edit
    ],
)
def test_every_changed_sentence_is_matched_again(suggestion, kept):
    """Only the sentences a rewrite changed are matched again, each of them, wherever it stands in its line."""
    matcher = Matcher([Person("l", "Lena Vogt")])
    text = "Lena Vogt und Tim am See. Danke an alle! #hochzeit"
    hits = tuple(matcher.match(text, rule_entities(text)))
    assert [h.text for h in hits] == ["Lena Vogt"]
    assert len(safe_suggestions(matcher, text, hits, [Suggestion("x", suggestion)])) == kept


@pytest.mark.parametrize(
    ("text", "suggestion", "kept"),
    [  # a business's name that the scan took for no one stays; another repeat of the name is a name it missed
        (
            "Herr Müller hat gegrillt. Danke an die Bäckerei Müller!",
            "Er hat gegrillt. Danke an die Bäckerei Müller!",
            1,
        ),
        ("Herr Müller hat gegrillt. Danke, Müller!", "Er hat gegrillt. Danke, Müller!", 0),
    ],
)
def test_a_matched_text_may_stay_where_it_names_a_business(text, suggestion, kept):
    matcher = Matcher([Person("j", "Jonas Müller")])
    hits = tuple(h for h in matcher.match(text, rule_entities(text)) if h.start < 12)
    assert len(safe_suggestions(matcher, text, hits, [Suggestion("x", suggestion)])) == kept


@pytest.mark.parametrize(
    ("suggestion", "kept"),
    [
        ("Thanks to her! Don't forget the photo booth", True),  # the word the name also is, in lowercase
        ("Thanks to her! Don't forget Booth", False),
    ],
)
def test_a_name_that_is_also_a_word_may_stay_as_the_word(suggestion, kept):
    matcher = Matcher([Person("k", "Kelly Booth")])
    text = "Thanks to Mrs Booth! Don't forget the photo booth"
    hits = tuple(h for h in matcher.match(text, rule_entities(text), "en") if h.start < 20)
    assert [h.text for h in hits] == ["Booth"]
    assert len(safe_suggestions(matcher, text, hits, [Suggestion("x", suggestion)], "en")) == kept


def test_a_unit_whose_every_rewrite_names_someone_says_edit_by_hand():
    """Reports show the action, not an empty suggestion ("Jantje ... Jantje", the second not found)."""
    matcher = Matcher([Person("l", "Lena Vogt")])
    unit = TextUnit(Source("d.txt", None, None, "text"), "Lena Vogt und Lena Vogt")
    hits = tuple(h for h in matcher.match(unit.text) if h.start == 0)
    assert rewrites(matcher, unit, "de", hits) == (Suggestion("by_hand", "", safe=False, action=NO_REWRITE),)


def test_edit_by_hand_says_which_other_words_may_name_the_person():
    """A genitive the unit's own match took for a namesake's ("Lucas") stops every rewrite: the action names it."""
    matcher = Matcher([Person("l", "Luca Bianchi", handles=("@luca.bianchi",))])
    text = "Hier das Update von Lucas Schriftzug (@luca.bianchi).\nLuca, danke!"
    unit = TextUnit(Source("d.txt", None, None, "text"), text)
    hits = tuple(h for h in matcher.match(text, rule_entities(text), "de") if h.text != "Lucas")
    assert {h.text for h in hits} == {"@luca.bianchi", "Luca"}
    (found,) = rewrites(matcher, unit, "de", hits)
    assert found.action == f'{NO_REWRITE}; "Lucas" may name one too'


def test_entities_have_valid_offsets_and_labels(demo):
    _, reports, _ = demo
    for r in reports:
        for e in r.entities:
            assert r.unit.text[e.start : e.end] == e.text
            assert e.label in ("PERSON", "LOCATION", "MENTION", "HASHTAG")


def test_a_member_in_an_unknown_layout_is_noted_and_counted(make_zip, matcher):
    prose = "Ein langer Text über die Hochzeit von Lena und Jonas am Tegernsee im Sommer"
    path = make_zip(
        {
            "your_instagram_activity/new_feature/notes.json": f'{{"notes": [{{"text": "{prose}"}}]}}'.encode(),
            "your_instagram_activity/media/posts_1.json": b'[{"title": "Hallo"}]',
        }
    )
    summary, notes = Summary(), []
    reports = list(scan_units(read_paths([path]), matcher, on_note=notes.append, summary=summary))
    assert (summary.units, summary.unread_members, summary.skipped) == (len(reports), 1, 0) == (1, 1, 0)
    assert [n.where for n in notes] == ["your_instagram_activity/new_feature/notes.json"]
