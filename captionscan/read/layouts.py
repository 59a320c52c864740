"""What a reader yields for one record of an export file, before it becomes a TextUnit."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any


@dataclass(frozen=True)
class Field:
    """One piece of text in a record: `index` is the record's position in its member's list."""

    index: int
    field: str
    text: str
    id: str | None = None
    timestamp: int | None = None
    gps: tuple[float, float] | None = None
    media: str | None = None  # see TextUnit
    poster: str | None = None


class Damaged(Exception):
    """One record has an unexpected shape; the reader skips it with a warning and goes on."""


def wrapped_list(value: Any, keys: tuple[str, ...]) -> list | None:
    """The record list of a file that is a bare list or an object wrapping lists under `keys`: every one of them it
    holds, in that order ("comments_v2" and "group_comments_v2" in one comments.json)."""
    if isinstance(value, list):
        return value
    if isinstance(value, dict) and (lists := [value[key] for key in keys if isinstance(value.get(key), list)]):
        return [record for found in lists for record in found]
    return None


def timestamp(value: Any) -> int | None:
    """Epoch seconds from Meta's integer timestamps or the ISO strings of the oldest exports."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return int(value) if math.isfinite(value) else None
    if isinstance(value, str):
        try:
            parsed = datetime.fromisoformat(value)
        except ValueError:
            return None
        if parsed.tzinfo is None:
            parsed = parsed.replace(tzinfo=UTC)
        return int(parsed.timestamp())
    return None


def text_of(value: Any) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def items(value: Any, key: str) -> list:
    """`value[key]` where `value` is an object and that is a list; else nothing, whatever the export holds."""
    found = value.get(key) if isinstance(value, dict) else None
    return found if isinstance(found, list) else []


def media_of(item: Any) -> tuple[str | None, str | None]:
    """(file, still) of a media item: its path in the export, and where the export names one (Facebook's
    "thumbnail"), a still of the video, which the report shows in its place."""
    uri = item.get("uri") if isinstance(item, dict) else None
    if not text_of(uri):
        return None, None
    thumbnail = item.get("thumbnail")
    poster = thumbnail.get("uri") if isinstance(thumbnail, dict) else None
    return uri, poster if text_of(poster) else None


def first_media(media: list) -> tuple[str | None, str | None]:
    """The first of the media items that names a file: a post's first photo or video."""
    return next((found for item in media if (found := media_of(item))[0]), (None, None))


def valid_text(text: str) -> bool:
    """False for text no UTF-8 output can carry or no editor shows: lone surrogates (a JSON "\\ud800"
    escape) and NUL characters."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return "\x00" not in text


INVALID_TEXT = "text holds a NUL character, bytes that are not UTF-8, or a lone surrogate"


def exif_position(media: list) -> tuple[float, float] | None:
    """The first GPS position in the EXIF data of media items (Instagram posts, Facebook album photos)."""
    for item in media:
        metadata = item.get("media_metadata") if isinstance(item, dict) else None
        photo = metadata.get("photo_metadata") if isinstance(metadata, dict) else None
        for exif in items(photo, "exif_data"):
            if found := coordinates(exif):
                return found
    return None


def coordinates(value: Any) -> tuple[float, float] | None:
    """(latitude, longitude) from an object holding both as numbers, as EXIF data and places do."""
    if not isinstance(value, dict):
        return None
    lat, lon = value.get("latitude"), value.get("longitude")
    if all(isinstance(v, int | float) and not isinstance(v, bool) and math.isfinite(v) for v in (lat, lon)):
        return float(lat), float(lon)
    return None
