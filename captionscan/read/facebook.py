"""Facebook export layouts, to 2022 and 2023 on: posts, reels, stories, comments, albums, events."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from captionscan.read.layouts import (
    Damaged,
    Field,
    coordinates,
    exif_position,
    first_media,
    items,
    media_of,
    text_of,
    timestamp,
)

TAG_SEPARATOR = ", "


def _tag_names(tags: Any) -> list[str]:
    names = [t.get("name") if isinstance(t, dict) else t for t in tags] if isinstance(tags, list) else []
    return [n for n in names if text_of(n)]


def post_fields(index: int, post: Any) -> Iterator[Field]:
    """A post: the user's text, Facebook's system sentence, tagged people and the place, each a unit."""
    if not isinstance(post, dict):
        raise Damaged("a post should be a JSON object")
    ts = timestamp(post.get("timestamp"))
    attached = [item for attachment in items(post, "attachments") for item in items(attachment, "data")]
    places = [item["place"] for item in attached if isinstance(item, dict) and isinstance(item.get("place"), dict)]
    gps = next((c for place in places if (c := coordinates(place.get("coordinate")))), None)
    media = first_media([item.get("media") for item in attached if isinstance(item, dict)])
    for item in items(post, "data"):
        if isinstance(item, dict) and text_of(item.get("post")):
            yield Field(index, "caption", item["post"], None, ts, gps, *media)
    if text_of(post.get("title")):
        yield Field(index, "title", post["title"], None, ts, gps, *media)
    names = _tag_names(post.get("tags"))
    if names:
        yield Field(index, "tags", TAG_SEPARATOR.join(names), None, ts, gps, *media)
    for place in places:
        if text_of(place.get("name")):
            yield Field(index, "place", place["name"], None, ts, gps, *media)


def comment_fields(index: int, comment: Any) -> Iterator[Field]:
    """comments_v2 / group_comments_v2: the comment text, and the system sentence naming whose post it was."""
    if not isinstance(comment, dict):
        raise Damaged("a comment should be a JSON object")
    ts = timestamp(comment.get("timestamp"))
    for item in items(comment, "data"):
        inner = item.get("comment") if isinstance(item, dict) else None
        if isinstance(inner, dict) and text_of(inner.get("comment")):
            yield Field(index, "comment", inner["comment"], None, timestamp(inner.get("timestamp")) or ts)
    if text_of(comment.get("title")):
        yield Field(index, "title", comment["title"], None, ts)


def album_fields(index: int, album: Any) -> Iterator[Field]:
    """One album a file: its name and description (index None: the file is the album) and each photo's own
    description (index: the photo's position); a photo's title repeats the album name."""
    ts = timestamp(album.get("last_modified_timestamp"))
    cover = first_media([album.get("cover_photo"), *items(album, "photos")])
    for key in ("name", "description"):
        if text_of(album.get(key)):
            yield Field(None, "album", album[key], None, ts, None, *cover)
    for position, photo in enumerate(items(album, "photos")):
        if isinstance(photo, dict) and text_of(photo.get("description")):
            uri, poster = media_of(photo)
            when = timestamp(photo.get("creation_timestamp")) or ts
            yield Field(position, "album", photo["description"], uri, when, exif_position([photo]), uri, poster)


def event_fields(index: int, event: Any) -> Iterator[Field]:
    """An event the account created: name and description, and its place."""
    if not isinstance(event, dict):
        raise Damaged("an event should be a JSON object")
    ts = timestamp(event.get("start_timestamp"))
    place = event.get("place") if isinstance(event.get("place"), dict) else {}
    gps = coordinates(place.get("coordinate"))
    for key in ("name", "description"):
        if text_of(event.get(key)):
            yield Field(index, "event", event[key], None, ts, gps)
    if text_of(place.get("name")):
        yield Field(index, "place", place["name"], None, ts, gps)
