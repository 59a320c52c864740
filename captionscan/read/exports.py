"""Find the export files of an Instagram or Facebook archive by name and shape, and read their records.

Meta moves files between folders every year or two, so files are found by base name anywhere in the
tree; a file whose name fits no layout is not caption text (likes, ads, settings) and is passed over.
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
from captionscan.read import facebook, instagram, metajson
from captionscan.read.archive import members, regular_file_size
from captionscan.read.layouts import INVALID_TEXT, Damaged, Field, valid_text, wrapped_list
from captionscan.records import Notice, Skipped, Source, TextUnit


@dataclass(frozen=True)
class Layout:
    """A file name pattern, the keys that may wrap its record list, and the parser of one record."""

    name: str
    keys: tuple[str, ...]
    parse: Callable[[int, Any], Iterator[Field]]
    bare_list: bool = True

    def records(self, value: Any) -> Iterable | None:
        if isinstance(value, list | metajson.Records) and not self.bare_list:
            return None
        return value.items if isinstance(value, metajson.Records) else wrapped_list(value, self.keys)


LAYOUTS = (
    Layout(r"posts_\d+\.json", ("ig_posts",), instagram.post_fields),
    Layout(r"reels\.json", ("ig_reels_media",), instagram.post_fields),
    Layout(r"stories\.json", ("ig_stories",), instagram.post_fields),
    Layout(
        r"(post|reels)_comments(_\d+)?\.json",
        ("comments_media_comments", "comments_reels_comments"),
        instagram.comment_fields,
    ),
    Layout(r"media\.json", ("photos",), instagram.legacy_media_fields, bare_list=False),
    Layout(r"media\.json", ("videos",), instagram.legacy_media_fields, bare_list=False),
    Layout(r"comments\.json", ("media_comments",), instagram.legacy_comment_fields, bare_list=False),
    Layout(r"your_posts(__check_ins__photos_and_videos)?_\d+\.json", ("status_updates",), facebook.post_fields),
    Layout(r"comments\.json", ("comments_v2", "comments"), facebook.comment_fields, bare_list=False),
    Layout(
        r"(your_comments_in_groups|group_comments(_\d+)?)\.json",
        ("group_comments_v2",),
        facebook.comment_fields,
        bare_list=False,
    ),
)
EXPECTED = "an Instagram or Facebook export file (posts, reels, stories or comments)"


COPY_SUFFIX = re.compile(r" ?\(\d+\)(?=\.json$)")  # "posts_1 (1).json": a browser's second download


def _named(name: str) -> list[Layout]:
    base = COPY_SUFFIX.sub("", PurePosixPath(name).name)
    return [layout for layout in LAYOUTS if re.fullmatch(layout.name, base)]


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
                yield TextUnit(Source(path, member, f.index, f.field, f.id, f.timestamp), f.text, f.gps)


def _read_single_file(path: Path) -> Iterator[TextUnit | Skipped | Notice]:
    """An export file the user named. Its name decides, where Meta's name is kept; else its structure:
    the layout whose parser reads the most text from it (a list of posts fits several layouts)."""
    regular_file_size(path, str(path))
    data = path.read_bytes()
    yield from encoding_notice(str(path), path.name, data)
    value = metajson.load(data, str(path), None)
    fitting = [layout for layout in LAYOUTS if layout.records(value) is not None]
    if not fitting:
        raise InputError(str(path), f"unexpected JSON shape: expected {EXPECTED}")
    chosen = [layout for layout in _named(path.name) if layout in fitting]
    if not chosen:

        def texts(layout: Layout) -> int:
            return sum(len(fields) for _, fields in _parse(layout, value) if not isinstance(fields, Damaged))

        best = max(fitting, key=texts)
        chosen = [layout for layout in fitting if layout.name == best.name]  # media.json: photos and videos
    yield from _units(str(path), None, value, chosen)


def read_export(path: Path) -> Iterator[TextUnit | Skipped | Notice]:
    """Units from a zip, folder or single export JSON file; damaged members are skipped and said."""
    if path.is_file() and path.suffix.lower() != ".zip":
        yield from _read_single_file(path)
        return
    label = str(path)
    recognised = 0
    for member in members(path):
        candidates = _named(member.name)
        if not candidates:
            continue
        recognised += 1
        chunks = member.chunks()  # an archive bomb is an InputError: it refuses the archive, not just a member
        try:
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
    if not recognised:
        raise InputError(
            label,
            "holds no Instagram or Facebook export JSON (posts, reels, stories, comments); "
            "download your information in the JSON format",
        )
