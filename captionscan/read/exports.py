"""Find the export files of an Instagram, Threads or Facebook archive by name and shape, and read their records.

Meta moves files between folders every year or two, so files are found by the end of their path anywhere in the
tree; a file whose name fits no layout is read no further, and said when it holds prose (see `unknown`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import chain
from pathlib import Path, PurePosixPath
from typing import Any

from captionscan.encoding import encoding_notice
from captionscan.errors import DamagedInput, InputError
from captionscan.filekind import CUT_SHORT, ZIP, file_kind
from captionscan.read import facebook, instagram, metajson
from captionscan.read.archive import members, regular_file_size
from captionscan.read.drafts import DRAFT_SUFFIXES
from captionscan.read.layouts import INVALID_TEXT, Damaged, Field, valid_text, wrapped_list
from captionscan.read.tables import json_posts, no_post_texts
from captionscan.read.unknown import holds_prose, passed_over
from captionscan.records import LeftOut, Notice, Skipped, Source, TextUnit, Unread

# The photos and videos of an export: a later part of a download in several parts may hold only these.
MEDIA = frozenset({".jpg", ".jpeg", ".png", ".heic", ".webp", ".gif", ".mp4", ".mov", ".m4v", ".webm"})


@dataclass(frozen=True)
class Layout:
    """A file name pattern (matched against the end of the member's path), the keys that may wrap its record list,
    and the parser of one record. A `whole` layout's file is one object, its only record, holding one of `keys`."""

    name: str
    keys: tuple[str, ...]
    parse: Callable[[int, Any], Iterator[Field]]
    bare_list: bool = True
    whole: bool = False

    def records(self, value: Any) -> Iterable | None:
        if self.whole:
            return [value] if isinstance(value, dict) and any(key in value for key in self.keys) else None
        if isinstance(value, list | metajson.Records) and not self.bare_list:
            return None
        return value.items if isinstance(value, metajson.Records) else wrapped_list(value, self.keys)


FACEBOOK_POST_KEYS = ("timestamp", "data", "attachments", "tags")  # Instagram's: media, uri, creation_timestamp


def any_post_fields(index: int, post: Any) -> Iterator[Field]:
    """Posts, reels and stories of either app, told apart by shape, as both apps name these files alike: Facebook's
    (also a managed Page's) have `timestamp`, `data`, `attachments` or `tags`; Instagram's a `media` list, or are a
    media item themselves (stories)."""
    if isinstance(post, dict) and any(key in post for key in FACEBOOK_POST_KEYS) and "media" not in post:
        return facebook.post_fields(index, post)
    return instagram.post_fields(index, post)


POSTS = r"(?:your_|profile_|page_)?posts(?:__check_ins__photos_and_videos)?_\d+\.json"
LAYOUTS = (
    Layout(POSTS, ("ig_posts", "status_updates"), any_post_fields),
    Layout(r"reels\.json", ("ig_reels_media",), any_post_fields),
    Layout(r"stories\.json", ("ig_stories",), any_post_fields),
    Layout(
        r"(post|reels)_comments(_\d+)?\.json",
        ("comments_media_comments", "comments_reels_comments"),
        instagram.comment_fields,
    ),
    *(
        Layout(r"media\.json", (key,), instagram.legacy_media_fields, bare_list=False)
        for key in ("photos", "videos", "stories", "profile")
    ),
    *(
        Layout(r"comments\.json", (key,), instagram.legacy_comment_fields, bare_list=False)
        for key in ("media_comments", "live_comments")
    ),
    Layout(r"profile\.json", ("biography", "username"), instagram.legacy_profile_fields, whole=True),
    Layout(r"personal_information\.json", ("profile_user",), instagram.profile_fields, bare_list=False),
    Layout(r"threads_and_replies\.json", ("text_post_app_text_posts",), instagram.thread_fields),
    Layout(
        r"comments\.json", ("comments_v2", "group_comments_v2", "comments"), facebook.comment_fields, bare_list=False
    ),
    Layout(
        r"(your_comments_in_groups|group_comments(_\d+)?)\.json",
        ("group_comments_v2",),
        facebook.comment_fields,
        bare_list=False,
    ),
    Layout(
        r"(your_posts_in_groups|group_posts_and_comments|your_posts_and_comments_in_groups)\.json",
        ("group_posts_v2",),
        facebook.post_fields,
        bare_list=False,
    ),
    Layout(r"album/\d+\.json", ("photos", "cover_photo", "last_modified_timestamp"), facebook.album_fields, whole=True),
    Layout(r"your_events\.json", ("your_events_v2", "your_events"), facebook.event_fields),
)
EXPECTED = "an Instagram, Threads or Facebook export file (posts, reels, stories, comments, profile, albums, events)"
POST_RECORDS = '[{"caption": ...}]'


UNREAD = "holds text in a layout captionscan does not know"
WHAT_TO_PASS = "pass the export's .zip or folder, or a draft .txt/.md/.jsonl"
COPY_SUFFIX = re.compile(r" ?\(\d+\)(?=\.json$)")  # "posts_1 (1).json": a browser's second download


def _named(name: str) -> list[Layout]:
    path = COPY_SUFFIX.sub("", name.replace("\\", "/"))
    return [layout for layout in LAYOUTS if re.search(rf"(?:^|/){layout.name}$", path)]


def _parse(layout: Layout, value: Any) -> Iterator[tuple[int, list[Field] | Damaged]]:
    for index, record in enumerate(layout.records(value)):
        try:
            yield index, list(layout.parse(index, record))
        except Damaged as exc:
            yield index, exc


def _units(path: str, member: str | None, value: Any, layouts: list[Layout]) -> Iterator[TextUnit | Skipped | Notice]:
    where = member or PurePosixPath(path).name
    for layout in layouts:
        for index, fields in _parse(layout, value):
            if isinstance(fields, Damaged):
                yield Skipped(path, f"{where}, record {index}", str(fields))
                continue
            for f in fields:
                if not valid_text(f.text):
                    yield Skipped(path, f"{where}, record {index}", INVALID_TEXT)
                    continue
                source = Source(path, member, f.index, f.field, f.id, f.timestamp)
                yield TextUnit(source, f.text, f.gps, f.media, f.poster)


def _read_single_file(path: Path) -> Iterator[TextUnit | Skipped | Notice]:
    """An export file the user named. Its name decides, where Meta's name is kept; else its structure: the layout
    whose parser reads the most text from it (a list of posts fits several layouts), or, where as much or more, the
    file as a table of posts (a planner's `[{"caption": ...}]`). A file that gives no text is refused, not reported
    clean."""
    regular_file_size(path, str(path))
    data = path.read_bytes()
    yield from encoding_notice(str(path), "", data)
    try:
        value = metajson.load(data, str(path), None)
    except InputError:
        if path.suffix.lower() == ".json":
            raise
        raise InputError(str(path), f"neither a draft nor export JSON: {WHAT_TO_PASS}") from None
    fitting = [layout for layout in LAYOUTS if layout.records(value) is not None]
    chosen = [layout for layout in _named(path.as_posix()) if layout in fitting]
    if chosen:
        yield from _units(str(path), None, value, chosen)
        return

    def texts(layout: Layout) -> int:
        return sum(len(fields) for _, fields in _parse(layout, value) if not isinstance(fields, Damaged))

    read, best = max(((texts(layout), layout) for layout in fitting), key=lambda found: found[0], default=(0, None))
    if (posts := json_posts(str(path), value)) is not None and sum(isinstance(u, TextUnit) for u in posts) >= read:
        yield from posts
    elif read:
        yield from _units(str(path), None, value, [layout for layout in fitting if layout.name == best.name])
    elif isinstance(value, list) and value and all(isinstance(r, dict) for r in value):
        raise no_post_texts(str(path), list(dict.fromkeys(k for r in value for k in r)), "key")
    else:
        raise InputError(str(path), f"unexpected JSON shape: expected {EXPECTED}, or a list of posts {POST_RECORDS}")


def read_export(path: Path, alone: bool = True) -> Iterator[TextUnit | Skipped | Notice]:
    """Units from a zip, folder or single export JSON file; damaged members are skipped and said. A photo, a PDF or
    an office file is refused as what it is; a zip archive is read as one whatever its name. A part of a download in
    several parts that holds only photos and videos is passed over with a note beside other inputs (not `alone`),
    and refused alone: a run over it would find no one and pass for clean."""
    kind = file_kind(path) if path.is_file() and path.suffix.lower() != ".zip" else ZIP
    if kind is None:
        yield from _read_single_file(path)
        return
    if kind not in (ZIP, CUT_SHORT):  # a damaged zip is said so when it is opened
        raise InputError(str(path), f"{kind.what}, not an export: {WHAT_TO_PASS}")
    label = str(path)
    recognised = media = 0
    zips: list[str] = []  # a zip deeper than the one read in its place, or in a folder: the export may be in it
    for member in members(path):
        candidates = _named(member.name)
        recognised += bool(candidates)
        media += PurePosixPath(member.name).suffix.lower() in MEDIA
        zips += [member.name] if member.name.lower().endswith(".zip") else []
        chunks = member.chunks()  # an archive bomb is an InputError: it refuses the archive, not just a member
        try:
            if not candidates:
                if not passed_over(member.name) and holds_prose(chunks):
                    yield Unread(label, member.name, f"not read: {member.name} {UNREAD}")
                continue
            first = next(chunks, b"")
            value = metajson.stream(chain([first], chunks), label, member.name)
            yield from encoding_notice(label, member.name, first)
            fitting = [layout for layout in candidates if layout.records(value) is not None]
            if not fitting:
                yield Skipped(label, member.name, f"unexpected JSON shape: expected {EXPECTED}")
                continue
            streamed = isinstance(value, metajson.Records)  # read once: no file name fits two bare-list layouts
            yield from _units(label, member.name, value, fitting[:1] if streamed else fitting)
        except DamagedInput as exc:  # the records read before the damage have been scanned
            yield Skipped(label, exc.where or member.name, exc.problem)
    if not recognised and zips:
        fix = "pass that zip itself" if path.is_dir() else "unzip it once and pass the zip it holds"
        raise InputError(label, f"holds no export JSON but a zip archive ({zips[0]}): {fix}")
    if not recognised and media:
        part = "holds photos and videos only, no export JSON: a later part of a download in several parts?"
        if not alone:
            yield LeftOut(label, "", f"left out: it {part} Its posts are read from the part with the JSON files")
            return
        raise InputError(label, f"{part} pass the part that holds the JSON files (the first) with it")
    if not recognised:
        drafts = path.is_dir() and any(p.suffix.lower() in DRAFT_SUFFIXES for p in path.iterdir())
        raise InputError(
            label,
            "holds no Instagram, Threads or Facebook export JSON (posts, reels, stories, comments, profile); "
            + (
                f"to check drafts, pass the files themselves ({label}/*.txt {label}/*.md)"
                if drafts
                else "download your information in the JSON format"
            ),
        )
