"""Instagram and Threads export layouts, 2018 to 2025: posts, reels, stories, comments, Threads posts, profile."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from captionscan.data import rows
from captionscan.read.layouts import Damaged, Field, exif_position, first_media, items, media_of, text_of, timestamp


def _translated_keys() -> dict[str, frozenset[str]]:
    """string_map_data keys by role (comment, owner, bio, name), from translated_keys.tsv: Meta translates them
    into the account's language."""
    table = rows("translated_keys.tsv")
    return {role: frozenset(key for r, key in table if r == role) for role in dict.fromkeys(r for r, _ in table)}


KEYS = _translated_keys()


def post_fields(index: int, post: Any, field: str = "caption") -> Iterator[Field]:
    """A post, reel, story or Threads post (`field` "thread"): the text is the top-level title, else the first
    media item's title."""
    if not isinstance(post, dict):
        raise Damaged("a post should be a JSON object")
    media = items(post, "media")
    first = media[0] if media and isinstance(media[0], dict) else {}
    caption = text_of(post.get("title")) or text_of(first.get("title"))
    if caption:
        ts = timestamp(post.get("creation_timestamp", first.get("creation_timestamp")))
        uri = first.get("uri") if isinstance(first.get("uri"), str) else post.get("uri")
        shown = first_media(media) if media else media_of(post)  # a story is a media item itself
        yield Field(index, field, caption, uri if isinstance(uri, str) else None, ts, exif_position(media), *shown)


def thread_fields(index: int, post: Any) -> Iterator[Field]:
    """A Threads post or reply: shaped like an Instagram post, public like one."""
    return post_fields(index, post, "thread")


def comment_fields(index: int, comment: Any) -> Iterator[Field]:
    """A comment the owner wrote, current (string_map_data) or older (string_list_data) layout."""
    if not isinstance(comment, dict):
        raise Damaged("a comment should be a JSON object")
    post = first_media(items(comment, "media_list_data"))  # the commented post's, where the export names it
    smd = comment.get("string_map_data")
    if isinstance(smd, dict):
        entries = {k: v for k, v in smd.items() if isinstance(v, dict)}
        ts = next((timestamp(v["timestamp"]) for v in entries.values() if v.get("timestamp")), None)
        valued = [k for k, v in entries.items() if text_of(v.get("value"))]
        key = next((k for k in valued if k in KEYS["comment"]), None)
        key = key or next((k for k in valued if k not in KEYS["owner"]), None)
        if key:
            yield Field(index, "comment", entries[key]["value"], None, ts, None, *post)
        return
    if isinstance(comment.get("string_list_data"), list):
        for item in comment["string_list_data"]:
            if isinstance(item, dict) and text_of(item.get("value")):
                yield Field(index, "comment", item["value"], None, timestamp(item.get("timestamp")), None, *post)
        return
    raise Damaged("a comment should have string_map_data or string_list_data")


def legacy_media_fields(index: int, item: Any) -> Iterator[Field]:
    """media.json of 2018-20: stories, photos, videos and profile pictures with path, taken_at, caption, and a
    video's location."""
    if not isinstance(item, dict):
        raise Damaged("a media item should be a JSON object")
    path = item.get("path") if isinstance(item.get("path"), str) else None
    for field, key in (("caption", "caption"), ("place", "location")):  # a video may name its place
        if text := text_of(item.get(key)):
            yield Field(index, field, text, path, timestamp(item.get("taken_at")), None, path)


def legacy_comment_fields(index: int, item: Any) -> Iterator[Field]:
    """comments.json of 2018-19: [time, text, media owner] triples."""
    if not (isinstance(item, list) and len(item) >= 2):
        raise Damaged("a comment should be a [time, text, owner] list")
    if text_of(item[1]):
        yield Field(index, "comment", item[1], None, timestamp(item[0]))


def profile_fields(index: int, profile: Any) -> Iterator[Field]:
    """The public profile (personal_information.json): bio and display name, under translated keys."""
    if not isinstance(profile, dict):
        raise Damaged("a profile should be a JSON object")
    smd = profile.get("string_map_data")
    entries = smd if isinstance(smd, dict) else {}
    for key, entry in entries.items():
        if (key in KEYS["bio"] or key in KEYS["name"]) and isinstance(entry, dict) and text_of(entry.get("value")):
            yield Field(index, "bio", entry["value"])


def legacy_profile_fields(index: int, profile: Any) -> Iterator[Field]:
    """profile.json of 2018-20: one object whose biography and name are public."""
    for key in ("name", "biography"):
        if text_of(profile.get(key)):
            yield Field(index, "bio", profile[key])
