"""Readers: every generation of Meta's documented export layouts, provenance, mojibake, bad input."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest
from conftest import meta_json
from test_cli import DEMO, OPTOUT, assert_input_error
from typer.testing import CliRunner

from captionscan.cli import app
from captionscan.errors import InputError
from captionscan.read import read_paths
from captionscan.records import Skipped, TextUnit, Unread


def units(path: Path) -> list[TextUnit]:
    return [u for u in read_paths([path]) if isinstance(u, TextUnit)]


def provenance(path: Path) -> list[tuple]:
    return [(u.source.member, u.source.index, u.source.field, u.text) for u in units(path)]


POST = {
    "media": [{"uri": "media/posts/1.jpg", "creation_timestamp": 1716000000, "title": ""}],
    "title": "Hochzeit am Tegernsee mit Lena Vogt 💍",
    "creation_timestamp": 1716000000,
}


# Instagram posts moved between folders over the years (2020-23, 2023-24, 2025 on).
@pytest.mark.parametrize(
    "member",
    [
        "content/posts_1.json",
        "your_instagram_activity/content/posts_1.json",
        "your_instagram_activity/media/posts_2.json",
    ],
)
def test_instagram_posts_are_found_in_every_generation(make_zip, member):
    path = make_zip({member: meta_json([{"media": [], "title": "erster"}, POST])})
    assert provenance(path) == [(member, 0, "caption", "erster"), (member, 1, "caption", POST["title"])]
    unit = units(path)[1]
    assert unit.source.path == str(path)
    assert unit.source.timestamp == 1716000000
    assert unit.source.id == "media/posts/1.jpg"


def test_instagram_caption_falls_back_to_the_first_media_title(make_zip):
    post = {"media": [{"uri": "a.jpg", "title": "nur hier", "creation_timestamp": 5}, {"uri": "b.jpg", "title": ""}]}
    assert provenance(make_zip({"content/posts_1.json": meta_json([post])})) == [
        ("content/posts_1.json", 0, "caption", "nur hier")
    ]


@pytest.mark.parametrize(
    ("member", "value"),
    [
        ("your_instagram_activity/media/reels.json", {"ig_reels_media": [{"media": [], "title": "x"}, POST]}),
        ("your_instagram_activity/media/stories.json", {"ig_stories": [{"title": "x"}, POST]}),
        # a story is one media item, without a media list
        (
            "your_instagram_activity/media/stories.json",
            {"ig_stories": [{"title": "x"}, {"uri": "s.jpg", "creation_timestamp": 5, "title": POST["title"]}]},
        ),
    ],
)
def test_wrapped_reels_and_stories_index_into_the_wrapped_list(make_zip, member, value):
    assert provenance(make_zip({member: meta_json(value)})) == [
        (member, 0, "caption", "x"),
        (member, 1, "caption", POST["title"]),
    ]


def comment(keys: tuple[str, str, str], text: str) -> dict:
    return {
        "media_list_data": [{"uri": ""}],
        "string_map_data": {keys[0]: {"value": text}, keys[1]: {"value": "owner.name"}, keys[2]: {"timestamp": 7}},
    }


# string_map_data keys are translated into the account's language.
@pytest.mark.parametrize(
    "keys",
    [
        ("Comment", "Media Owner", "Time"),
        ("Kommentar", "Medieninhaber", "Zeit"),
        ("Opmerking", "Media-eigenaar", "Tijd"),
        ("Kommentaari", "Omistaja", "Aika"),
    ],
)
@pytest.mark.parametrize("wrapped", [True, False])
def test_instagram_comments_in_any_language(make_zip, keys, wrapped):
    items = [comment(keys, "Grüße an Lena Vogt ❤️")]
    value = {"comments_media_comments": items} if wrapped else items
    member = "your_instagram_activity/comments/post_comments_1.json"
    (unit,) = units(make_zip({member: meta_json(value)}))
    assert (unit.source.member, unit.source.index, unit.source.field, unit.text) == (
        member,
        0,
        "comment",
        "Grüße an Lena Vogt ❤️",
    )
    assert unit.source.timestamp == 7


def test_instagram_legacy_comments(make_zip):
    value = {
        "comments_media_comments": [
            {"title": "owner", "string_list_data": [{"value": "alt", "timestamp": 3}]},
            {"title": "owner", "string_list_data": [{"value": "mit Jonas", "timestamp": 4}]},
        ]
    }
    assert provenance(make_zip({"comments/post_comments.json": meta_json(value)})) == [
        ("comments/post_comments.json", 0, "comment", "alt"),
        ("comments/post_comments.json", 1, "comment", "mit Jonas"),
    ]


def test_instagram_2018_media_and_comments(make_zip):
    media = {
        "photos": [{"path": "photos/1.jpg", "taken_at": "2018-05-01T10:00:00", "caption": "Sommer mit Lena"}],
        "videos": [{"path": "videos/1.mp4", "taken_at": "2018-06-01T10:00:00", "caption": "Video"}],
    }
    comments = {"media_comments": [["2018-05-02T10:00:00", "Schön, Jonas!", "someone"]]}
    found = provenance(make_zip({"media.json": meta_json(media), "comments.json": meta_json(comments)}))
    assert found == [
        ("comments.json", 0, "comment", "Schön, Jonas!"),
        ("media.json", 0, "caption", "Sommer mit Lena"),
        ("media.json", 0, "caption", "Video"),
    ]


def test_instagram_2019_2020_stories_profile_and_live_comments(make_zip):
    media = {
        "stories": [
            {"path": "stories/202010/a.mp4", "taken_at": "2020-10-18T18:13:20+00:00", "caption": "Yess @lena.v"}
        ],
        "photos": [{"path": "photos/1.jpg", "taken_at": "2020-10-01T10:00:00+00:00", "caption": ""}],
        "videos": [
            {"path": "videos/1.mp4", "taken_at": "2020-10-02T10:00:00+00:00", "caption": "", "location": "Utrecht"}
        ],
        "profile": [{"path": "profile/1.jpg", "taken_at": "2019-01-01T10:00:00+00:00", "caption": "neu"}],
    }
    comments = {"media_comments": [], "live_comments": [["2020-10-18T20:55:15+00:00", "Hallo Jonas", "owner"]]}
    profile = {"biography": "Fotografin, mit @jonas.m unterwegs", "name": "Studio Licht", "username": "studio"}
    members = {"media.json": meta_json(media), "comments.json": meta_json(comments), "profile.json": meta_json(profile)}
    found = [(s.member, s.index, s.field, u.text, s.id) for u in units(make_zip(members)) if (s := u.source)]
    assert found == [
        ("comments.json", 0, "comment", "Hallo Jonas", None),
        ("media.json", 0, "place", "Utrecht", "videos/1.mp4"),  # a video's place, though it has no caption
        ("media.json", 0, "caption", "Yess @lena.v", "stories/202010/a.mp4"),
        ("media.json", 0, "caption", "neu", "profile/1.jpg"),
        ("profile.json", 0, "bio", "Studio Licht", None),
        ("profile.json", 0, "bio", "Fotografin, mit @jonas.m unterwegs", None),
    ]


# Threads posts and replies, in an Instagram export or a Threads-only download (older folder).
@pytest.mark.parametrize(
    "member", ["your_instagram_activity/threads/threads_and_replies.json", "threads/threads_and_replies.json"]
)
def test_threads_posts_and_replies(make_zip, member):
    def thread(text: str, reply: bool) -> dict:
        return {"media": [{"creation_timestamp": 5, "title": text, "text_app_post": {"is_reply": reply}}]}

    value = {"text_post_app_text_posts": [thread("Talk mit Lena Vogt", False), thread("Danke, Jonas!", True)]}
    assert provenance(make_zip({member: meta_json(value)})) == [
        (member, 0, "thread", "Talk mit Lena Vogt"),
        (member, 1, "thread", "Danke, Jonas!"),
    ]


# The profile's keys are translated like the comment keys; username, e-mail and phone are not public text.
@pytest.mark.parametrize(
    ("bio", "name"), [("Bio", "Name"), ("Biografie", "Name"), ("Biographie", "Nom"), ("Biografi", "Namn")]
)
def test_instagram_profile_bio_and_name(make_zip, bio, name):
    member = "personal_information/personal_information/personal_information.json"
    entries = {"Username": "studio", bio: "Zweitfotografin: Lena Vogt", name: "Studio Licht", "Email": "a@b.c"}
    value = {"profile_user": [{"string_map_data": {k: {"value": v} for k, v in entries.items()}}]}
    assert provenance(make_zip({member: meta_json(value)})) == [
        (member, 0, "bio", "Zweitfotografin: Lena Vogt"),
        (member, 0, "bio", "Studio Licht"),
    ]


@pytest.mark.parametrize("folder", ["your_facebook_activity/posts/album", "posts/album"])
def test_facebook_album_name_description_and_photo_descriptions(make_zip, folder):
    album = {
        "name": "Hochzeit Anna & Ben",
        "description": "Mit Lena Vogt",
        "last_modified_timestamp": 3,
        "cover_photo": {"uri": "c.jpg"},
        "photos": [
            {"uri": "1.jpg", "creation_timestamp": 4, "title": "Hochzeit Anna & Ben"},
            {
                "uri": "2.jpg",
                "creation_timestamp": 5,
                "title": "Hochzeit Anna & Ben",
                "description": "Ben und Lena",
                "media_metadata": {"photo_metadata": {"exif_data": [{"latitude": 47.7, "longitude": 11.76}]}},
            },
        ],
    }
    member = f"{folder}/1.json"
    path = make_zip({member: meta_json(album)})
    assert provenance(path) == [
        (member, None, "album", "Hochzeit Anna & Ben"),
        (member, None, "album", "Mit Lena Vogt"),
        (member, 1, "album", "Ben und Lena"),
    ]
    assert [(u.source.id, u.source.timestamp, u.gps) for u in units(path)] == [
        (None, 3, None),
        (None, 3, None),
        ("2.jpg", 5, (47.7, 11.76)),  # the photo's EXIF position
    ]


def test_facebook_events_the_account_created(make_zip):
    event = {"name": "Workshop mit Lena Vogt", "description": "Bring Jonas mit", "start_timestamp": 7}
    value = {
        "your_events_v2": [{"name": "Sommerfest", "start_timestamp": 1}, {**event, "place": {"name": "Tegernsee"}}]
    }
    member = "your_facebook_activity/events/your_events.json"
    assert provenance(make_zip({member: meta_json(value)})) == [
        (member, 0, "event", "Sommerfest"),
        (member, 1, "event", "Workshop mit Lena Vogt"),
        (member, 1, "event", "Bring Jonas mit"),
        (member, 1, "place", "Tegernsee"),
    ]


# Facebook reels and stories, and a managed Page's posts, are shaped like the account's own posts; Instagram's reels
# and stories files share their names.
@pytest.mark.parametrize(
    "member",
    [
        "your_facebook_activity/posts/reels.json",
        "your_facebook_activity/posts/stories.json",
        "your_facebook_activity/posts/profile_posts_1.json",
    ],
)
def test_facebook_reels_stories_and_page_posts(make_zip, member):
    post = {"timestamp": 1, "data": [{"post": "Reel mit Lena Vogt"}], "tags": [{"name": "Lena Vogt"}]}
    assert provenance(make_zip({member: meta_json([post])})) == [
        (member, 0, "caption", "Reel mit Lena Vogt"),
        (member, 0, "tags", "Lena Vogt"),
    ]


PROSE = "Ein langer Text über die Hochzeit von Lena und Jonas am Tegernsee im Sommer"


# A member that holds prose and fits no layout is said, once; likes, ads, settings and messages are not.
def test_an_unknown_member_with_text_is_said_and_the_rest_read(make_zip):
    members = {
        "your_instagram_activity/new_feature/notes.json": meta_json({"notes_v2": [{"x": {"text": PROSE}}]}),
        "your_instagram_activity/media/other.json": meta_json({"labels": ["kurz", "auch kurz"], "n": 3}),
        "your_instagram_activity/likes/liked_posts_1.json": meta_json({"likes": [{"title": PROSE}]}),
        "ads_information/ads_interests.json": meta_json({"topics": [PROSE]}),
        "your_instagram_activity/messages/inbox/a_1/message_1.json": meta_json({"messages": [{"content": PROSE}]}),
        "preferences/settings.json": meta_json({"x": PROSE}),
        "content/posts_1.json": meta_json([POST]),
    }
    items = list(read_paths([path := make_zip(members)]))
    member = "your_instagram_activity/new_feature/notes.json"
    notes = [i for i in items if not isinstance(i, TextUnit)]
    assert notes == [Unread(str(path), member, f"not read: {member} holds text in a layout captionscan does not know")]
    assert [u.source.member for u in items if isinstance(u, TextUnit)] == ["content/posts_1.json"]


@pytest.mark.parametrize(
    ("text", "prose"),
    [
        (PROSE, True),
        # a browser's user agent in a login history: words, but no prose
        (
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120 Safari/537",
            False,
        ),
        ("eins zwei drei vier fünf sechs sieben acht neun", False),  # nine words
        ("M\u00c3\u00bcller eins zwei drei vier f\u00c3\u00bcnf sechs sieben acht neun", True),  # mojibake repaired
    ],
)
def test_prose_is_ten_words_of_letters(make_zip, text, prose):
    member = "new/file.json"
    data = ('{"a": 1, "long": "' + text + '"}').encode()
    items = list(read_paths([make_zip({member: data, "content/posts_1.json": meta_json([POST])})]))
    assert any(isinstance(i, Unread) for i in items) is prose


def test_a_threads_only_export_is_an_export(make_zip):
    value = {"text_post_app_text_posts": [{"media": [{"title": "Hallo", "creation_timestamp": 1}]}]}
    assert [u.source.field for u in units(make_zip({"threads/threads_and_replies.json": meta_json(value)}))] == [
        "thread"
    ]


FB_POST = {
    "timestamp": 1716000000,
    "title": "Anna Beispiel war mit Jonas Muster.",
    "data": [{"post": "Grillen in Köln 🔥"}, {"update_timestamp": 1716000000}],
    "attachments": [
        {
            "data": [
                {"media": {"uri": "x.jpg", "description": "Grillen in Köln 🔥"}},
                {"place": {"name": "Rheinpark Köln", "coordinate": {"latitude": 50.9, "longitude": 6.9}}},
            ]
        }
    ],
    "tags": [{"name": "Jonas Muster"}, {"name": "Lena Vogt"}],
}


@pytest.mark.parametrize(
    "member",
    [
        "posts/your_posts_1.json",
        "your_activity_across_facebook/posts/your_posts__check_ins__photos_and_videos_1.json",
        "your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json",
    ],
)
def test_facebook_post_units_share_the_post_index(make_zip, member):
    found = provenance(make_zip({member: meta_json([{"timestamp": 1, "data": [{"post": "erster"}]}, FB_POST])}))
    assert found == [
        (member, 0, "caption", "erster"),
        (member, 1, "caption", "Grillen in Köln 🔥"),
        (member, 1, "title", "Anna Beispiel war mit Jonas Muster."),
        (member, 1, "tags", "Jonas Muster, Lena Vogt"),
        (member, 1, "place", "Rheinpark Köln"),
    ]


def test_units_carry_their_posts_first_media_file(make_zip):
    """The report shows the post's photo: the first media item naming a file, a video's still where one is named."""
    video = {"uri": "v.mp4", "thumbnail": {"uri": "v.jpg"}}
    ig_comment = {**comment(("Comment", "Media Owner", "Time"), "schön"), "media_list_data": [{"uri": "p.jpg"}]}
    members = {
        "your_instagram_activity/media/posts_1.json": [{**POST, "media": [{"uri": ""}, *POST["media"]]}],
        "your_instagram_activity/media/stories.json": {"ig_stories": [{"uri": "s.mp4", "title": "x"}]},
        "your_instagram_activity/comments/post_comments_1.json": [ig_comment],
        "your_instagram_activity/threads/threads_and_replies.json": {"text_post_app_text_posts": [{"title": "t"}]},
        "your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json": [
            {**FB_POST, "attachments": [{"data": [{"media": video}, *FB_POST["attachments"][0]["data"]]}]}
        ],
        "your_facebook_activity/posts/album/0.json": {
            "name": "Hochzeit",
            "cover_photo": {"uri": "c.jpg"},
            "photos": [{"uri": "1.jpg", "description": "Ben"}],
        },
    }
    found = {
        (u.source.field, u.text[:5], u.media, u.poster)
        for u in units(make_zip({name: meta_json(value) for name, value in members.items()}))
    }
    assert found == {
        ("caption", POST["title"][:5], "media/posts/1.jpg", None),
        ("caption", "x", "s.mp4", None),
        ("comment", "schön", "p.jpg", None),
        ("thread", "t", None, None),
        *(
            (field, text, "v.mp4", "v.jpg")
            for field, text in [("caption", "Grill"), ("title", "Anna "), ("tags", "Jonas"), ("place", "Rhein")]
        ),
        ("album", "Hochz", "c.jpg", None),
        ("album", "Ben", "1.jpg", None),
    }


def test_facebook_tags_as_plain_strings(make_zip):
    post = {"timestamp": 1, "tags": ["Lena Vogt", "Ben"]}
    assert provenance(make_zip({"posts/your_posts_1.json": meta_json([post])})) == [
        ("posts/your_posts_1.json", 0, "tags", "Lena Vogt, Ben")
    ]


@pytest.mark.parametrize(
    ("member", "key"),
    [
        ("comments/comments.json", "comments_v2"),
        ("your_facebook_activity/comments_and_reactions/comments.json", "comments_v2"),
        ("your_facebook_activity/groups/your_comments_in_groups.json", "group_comments_v2"),
    ],
)
def test_facebook_comments(make_zip, member, key):
    item = {
        "timestamp": 9,
        "title": "X hat den Beitrag von Y kommentiert.",
        "data": [{"comment": {"timestamp": 9, "comment": "Danke, Lena!", "author": "X"}}],
    }
    found = provenance(make_zip({member: meta_json({key: [item]})}))
    assert found == [
        (member, 0, "comment", "Danke, Lena!"),
        (member, 0, "title", "X hat den Beitrag von Y kommentiert."),
    ]


@pytest.mark.parametrize(
    "member",
    [
        "your_facebook_activity/groups/group_posts_and_comments.json",
        "groups/your_posts_in_groups.json",
    ],
)
def test_facebook_group_posts(make_zip, member):
    """Posts in a group the club's parents read: a note had said the file's layout was unknown."""
    item = {"timestamp": 9, "title": "X posted in Vale Parents.", "data": [{"post": "Subs to Kelly by Friday"}]}
    found = provenance(make_zip({member: meta_json({"group_posts_v2": [item]})}))
    assert found == [
        (member, 0, "caption", "Subs to Kelly by Friday"),
        (member, 0, "title", "X posted in Vale Parents."),
    ]


def test_group_comments_in_the_comments_file_are_read_too(make_zip):
    """Both lists in one comments.json: the second had been passed over without a word."""
    item = {"timestamp": 9, "data": [{"comment": {"timestamp": 9, "comment": "Danke, Lena!", "author": "X"}}]}
    group = {"timestamp": 8, "data": [{"comment": {"timestamp": 8, "comment": "Gratulacje, Kasiu!", "author": "X"}}]}
    member = "your_facebook_activity/comments_and_reactions/comments.json"
    found = provenance(make_zip({member: meta_json({"comments_v2": [item], "group_comments_v2": [group]})}))
    assert found == [(member, 0, "comment", "Danke, Lena!"), (member, 1, "comment", "Gratulacje, Kasiu!")]


def test_mojibake_is_repaired_and_real_text_is_kept(make_zip):
    raw = '[{"title": "M\\u00c3\\u00bcller \\u00f0\\u009f\\u0098\\u0082"}, {"title": "\\u00fcber \\u2764"}]'
    assert [u.text for u in units(make_zip({"content/posts_1.json": raw.encode()}))] == ["Müller 😂", "über ❤"]


def test_folder_and_zip_give_the_same_units(make_zip, tmp_path):
    members = {
        "your_instagram_activity/media/posts_1.json": meta_json([POST]),
        "your_instagram_activity/comments/post_comments_1.json": meta_json(
            [comment(("Comment", "Media Owner", "Time"), "hi")]
        ),
    }
    folder = tmp_path / "export"
    for name, data in members.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(data)
    assert provenance(folder) == provenance(make_zip(members))
    assert units(folder)[0].source.path == str(folder)


def test_single_export_file_has_no_member(tmp_path):
    path = tmp_path / "posts_1.json"
    path.write_bytes(meta_json([POST]))
    (unit,) = units(path)
    assert (unit.source.path, unit.source.member, unit.source.index) == (str(path), None, 0)


def test_an_archive_without_export_json_is_refused(make_zip):
    with pytest.raises(InputError, match="holds no Instagram, Threads or Facebook export JSON"):
        list(read_paths([make_zip({"index.html": b"<html>HTML variant</html>"})]))


def test_a_folder_of_drafts_is_read_as_its_drafts_by_every_command(tmp_path):
    (tmp_path / "post.md").write_text("Danke Lena!", encoding="utf-8")
    (tmp_path / "later").mkdir()
    (tmp_path / "later" / "story.txt").write_text("Mit Tim am See", encoding="utf-8")
    assert [u.text for u in read_paths([tmp_path]) if isinstance(u, TextUnit)] == ["Mit Tim am See", "Danke Lena!"]


def test_a_folder_of_drafts_beside_other_json_is_told_to_pass_the_files(tmp_path):
    (tmp_path / "post.md").write_text("Danke Lena!", encoding="utf-8")
    (tmp_path / "settings.json").write_text("{}", encoding="utf-8")
    with pytest.raises(InputError, match=r"to check drafts, pass the files themselves \(.*/\*\.txt .*/\*\.md\)"):
        list(read_paths([tmp_path]))


def test_files_that_hold_no_captions_are_passed_over(make_zip):
    path = make_zip(
        {"ads_information/ads_interests.json": b'{"inferred_topics": []}', "content/posts_1.json": meta_json([POST])}
    )
    assert [u.source.member for u in units(path)] == ["content/posts_1.json"]


# Bad input: a whole input refused is an InputError; a damaged part of an archive is skipped and said.
@pytest.mark.parametrize("name", ["export.zip", "export.bin"])
def test_corrupt_zip_is_refused_with_what_to_do(tmp_path, name):
    """A half-downloaded export, whatever its name: the user is told to download it again."""
    path = tmp_path / name
    path.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(InputError, match=r"not a readable zip archive \(.*\): if cut short, download it again") as exc:
        list(read_paths([path]))
    assert exc.value.path == str(path)


@pytest.mark.parametrize(
    ("content", "problem"),
    [(b'{"unexpected": 1}', "unexpected JSON shape"), (b'[{"title": "x"', "JSON ends early"), (b"", "empty JSON file")],
)
def test_bad_single_json_file_is_refused(tmp_path, content, problem):
    path = tmp_path / "export.json"
    path.write_bytes(content)
    with pytest.raises(InputError, match=problem):
        list(read_paths([path]))


def test_damaged_member_is_skipped_and_the_rest_read(make_zip):
    path = make_zip(
        {
            "content/posts_1.json": b'[{"title": "abgeschnit',
            "content/posts_2.json": meta_json([POST]),
            "content/posts_3.json": meta_json([POST, "not a post"]),
        }
    )
    items = list(read_paths([path]))
    skipped = [i for i in items if isinstance(i, Skipped)]
    assert [(s.where, s.problem.split(" ")[0]) for s in skipped] == [
        ("content/posts_1.json, line 1", "JSON"),
        ("content/posts_3.json, record 1", "a"),
    ]
    assert len([i for i in items if isinstance(i, TextUnit)]) == 2


@pytest.mark.parametrize("name", ["../evil.json", "/etc/posts_1.json"])
def test_unsafe_member_names_refuse_the_archive(make_zip, name):
    with pytest.raises(InputError, match="unsafe member name"):
        list(read_paths([make_zip({name: json.dumps([POST]).encode()})]))


# Odd shapes from the review: no traceback, the rest of the file is read.
@pytest.mark.parametrize(
    "post",
    [
        {"timestamp": float("nan"), "data": [{"post": "mit Lena"}]},
        {"timestamp": 1, "data": {"post": "a dict"}, "attachments": 5, "tags": "Lena", "title": 7},
        {"timestamp": 1, "attachments": [{"data": 3}, 4, {"data": [{"place": "Köln"}]}]},
    ],
)
def test_odd_facebook_values_are_passed_over(tmp_path, post):
    path = tmp_path / "your_posts_1.json"
    path.write_text(json.dumps([post, FB_POST]))
    assert [u.source.index for u in units(path)] == [0] * (post.get("data") == [{"post": "mit Lena"}]) + [1] * 4


def test_lone_surrogates_skip_the_record(make_zip):
    raw = b'[{"title": "kaputt \\ud800"}, {"title": "heil"}]'
    items = list(read_paths([make_zip({"content/posts_1.json": raw})]))
    assert [(type(i).__name__, getattr(i, "where", None)) for i in items] == [
        ("Skipped", "content/posts_1.json, record 0"),
        ("TextUnit", None),
    ]


@pytest.mark.parametrize(
    ("name", "value", "fields"),
    [
        # a browser's copy suffix keeps Meta's name
        ("your_posts_1 (1).json", [FB_POST], ["caption", "title", "tags", "place"]),
        # any other name: the layout that reads the most text from the file
        ("export.json", [FB_POST], ["caption", "title", "tags", "place"]),
        ("meine_posts.json", [POST], ["caption"]),  # fits posts, reels and stories: read once
        ("meine_kommentare.json", [comment(("Kommentar", "Medieninhaber", "Zeit"), "hi")], ["comment"]),
        ("alt.json", {"photos": [{"caption": "a"}], "videos": [{"caption": "b"}]}, ["caption", "caption"]),
    ],
)
def test_a_single_file_is_read_by_its_structure(tmp_path, name, value, fields):
    path = tmp_path / name
    path.write_bytes(meta_json(value))
    assert [u.source.field for u in units(path)] == fields


def test_other_comment_files_are_not_comments(make_zip):
    path = make_zip({"likes/liked_comments.json": b'{"likes_comment_likes": []}', "content/posts_1.json": b"[]"})
    assert list(read_paths([path])) == []


def test_an_encrypted_member_is_skipped_with_one_message(tmp_path):
    path = tmp_path / "export.zip"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("content/posts_1.json", b"[]")
    data = bytearray(path.read_bytes())
    data[6] |= 0x1  # the local header's "encrypted" flag
    central = data.rfind(b"PK\x01\x02")
    data[central + 8] |= 0x1  # and the central directory's
    path.write_bytes(bytes(data))
    assert list(read_paths([path])) == [
        Skipped(str(path), "content/posts_1.json", "unreadable archive member (encrypted): download the export again")
    ]


def test_a_media_only_part_of_a_download_is_left_out_beside_its_first_part_and_refused_alone(tmp_path):
    """Meta splits a large download into parts; a later one may hold photos and videos only. Beside the part with
    the JSON it is passed over with a note (a photographer's run had ended with "download ... in the JSON format",
    which they had); alone it is refused, as a run over it would find no one and pass for clean."""
    part = tmp_path / "instagram-studio-2025-06-01-kX3bQ9Lm-2.zip"
    with zipfile.ZipFile(part, "w") as z:
        z.writestr("media/posts/202406/17.jpg", b"\xff\xd8\xff\xe0 not really a photo")
    runner = CliRunner()
    result = runner.invoke(app, ["scan", DEMO[0], str(part), "--optout", OPTOUT, "-q"])
    assert result.exit_code == 1 and "holds photos and videos only" in result.stderr
    assert_input_error(runner.invoke(app, ["scan", str(part), "--optout", OPTOUT]), str(part))


def zipped(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        for member, data in members.items():
            z.writestr(member, data)
    return buffer.getvalue()


@pytest.mark.parametrize("inner", ["instagram-studio-2025-05-20.zip", "Downloads/instagram-studio-2025-05-20.ZIP"])
def test_a_zip_that_holds_the_export_zip_is_read_as_the_export(make_zip, inner):
    """A download zipped once more: its export is read, each member named after the zip it is in."""
    path = make_zip({inner: zipped({"your_instagram_activity/media/posts_1.json": meta_json([POST])})})
    assert provenance(path) == [(f"{inner}/your_instagram_activity/media/posts_1.json", 0, "caption", POST["title"])]


def test_a_zip_a_message_attached_is_no_wrapped_export_and_does_not_stop_the_scan(make_zip):
    """A broken zip a friend sent in a message is a member like a photo: the export's posts are read."""
    path = make_zip(
        {
            "your_instagram_activity/media/posts_1.json": meta_json([POST]),
            "your_instagram_activity/messages/inbox/anna_1/files/broken.zip": zipped({"a.txt": b"x" * 999})[:40],
        }
    )
    assert provenance(path) == [("your_instagram_activity/media/posts_1.json", 0, "caption", POST["title"])]


def test_a_zip_deeper_than_one_level_or_in_a_folder_is_named_with_what_to_pass(make_zip, tmp_path):
    export = zipped({"your_instagram_activity/media/posts_1.json": meta_json([POST])})
    path = make_zip({"outer.zip": zipped({"export.zip": export})})
    with pytest.raises(InputError, match=r"no export JSON but a zip archive \(outer.zip/export.zip\): unzip it once"):
        list(read_paths([path]))
    folder = tmp_path / "Downloads"
    folder.mkdir()
    (folder / "export.zip").write_bytes(export)
    with pytest.raises(InputError, match=r"no export JSON but a zip archive \(export.zip\): pass that zip itself"):
        list(read_paths([folder]))
