"""Export members parsed as they are read: the same records and messages as a whole parse, in bounded memory."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from conftest import meta_json

from captionscan.errors import DamagedInput
from captionscan.read import metajson, read_paths
from captionscan.records import Skipped, TextUnit

POSTS = [{"title": f"Post {i} mit Jonas Müller 🎉", "media": [{"uri": f"{i}.jpg"}]} for i in range(40)]


def pieces(data: bytes, size: int) -> Iterator[bytes]:
    return (data[i : i + size] for i in range(0, len(data), size))


def streamed(data: bytes, size: int) -> list:
    value = metajson.stream(pieces(data, size), "export.zip", "posts_1.json")
    return list(value.items) if isinstance(value, metajson.Records) else value


@pytest.mark.parametrize("size", [1, 2, 3, 7, 64, 1 << 20])
@pytest.mark.parametrize(
    "data",
    [
        meta_json(POSTS),  # indented, with mojibake escapes
        json.dumps(POSTS, ensure_ascii=False).encode(),  # raw UTF-8, multi-byte characters cut between chunks
        json.dumps(POSTS, ensure_ascii=False).encode("utf-16"),
        b' \n[ 1 , 22 ,\n 333, "x", [], {} ]\n ',  # numbers that a chunk end would cut short
        meta_json({"ig_reels_media": POSTS}),  # an object: parsed whole
    ],
    ids=["meta", "utf8", "utf16", "scalars", "object"],
)
def test_any_chunking_gives_what_a_whole_parse_gives(data, size):
    assert streamed(data, size) == metajson.load(data, "export.zip", "posts_1.json")


@pytest.mark.parametrize("size", [1, 5, 1 << 20])
@pytest.mark.parametrize(
    "data",
    [
        b'[{"title": "a"},\n {"title": "b"} {"title": "c"}]',
        b'[{"title": "a"},\n {"title": "b"},\n {"title": "Sommer mit Lena Vo',
        b'[{"title": "a"}]\n]',
        b"[1,\n\n",
        b"  \n ",
        b"[" + b"[" * 100_000 + b"]" * 100_000 + b"]",
        b'[{"title": "kaputt \xff\xfe' + b"\xff" * 20 + b'"}]',
    ],
    ids=["malformed", "truncated", "extra", "open", "empty", "deep", "not-utf8"],
)
def test_a_damaged_file_gets_the_message_of_a_whole_parse(data, size):
    with pytest.raises(DamagedInput) as whole:
        metajson.load(data, "export.zip", "posts_1.json")
    with pytest.raises(DamagedInput) as parts:
        streamed(data, size)
    assert parts.value.message == whole.value.message


def test_records_come_before_the_rest_of_the_member_is_read():
    data = meta_json(POSTS)
    read: list[bytes] = []

    def chunks() -> Iterator[bytes]:
        for chunk in pieces(data, 100):
            read.append(chunk)
            yield chunk

    records = metajson.stream(chunks(), "export.zip", "posts_1.json").items
    assert next(records)["title"] == "Post 0 mit Jonas Müller 🎉"
    assert len(read) <= 3 < len(data) // 100


def test_a_member_damaged_after_some_records_keeps_them_and_is_skipped(make_zip):
    whole = meta_json(POSTS[:3])
    path = make_zip({"content/posts_1.json": whole[: whole.rindex(b"Post 2") + 10]})
    items = list(read_paths([path]))
    assert [i.text for i in items if isinstance(i, TextUnit)] == [p["title"] for p in POSTS[:2]]
    (skipped,) = [i for i in items if isinstance(i, Skipped)]
    assert skipped.problem.startswith("JSON ends early") and skipped.where.startswith("content/posts_1.json, line")
