"""Shared fixtures: Meta-style export files built in code, an opt-out list, and no network."""

from __future__ import annotations

import json
import socket
import zipfile
from pathlib import Path

import pytest

from captionscan.match import Matcher
from captionscan.records import Person

PEOPLE = (
    Person("p1", "Lena Vogt", ("Lenchen",), ("lena.vogt",)),
    Person("p2", "Jonas Müller", (), ("jonas_mueller",)),
    Person("p3", "Clara von Hagen", (), ("clara.vh",)),
    Person("p4", "Johannes Weiß", ("Hannes",), ()),
    Person("p5", "Marie-Luise Brandt", (), ()),
)


def meta_json(value: object) -> bytes:
    """JSON as Meta writes it: every UTF-8 byte of a non-ASCII character as its own \\u00XX escape."""
    text = json.dumps(value, ensure_ascii=False)
    return "".join(c if ord(c) < 128 else "".join(f"\\u{b:04x}" for b in c.encode()) for c in text).encode()


@pytest.fixture
def make_zip(tmp_path: Path):
    def make(members: dict[str, bytes], name: str = "export.zip") -> Path:
        path = tmp_path / name
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
            for member, data in members.items():
                z.writestr(member, data)
        return path

    return make


@pytest.fixture(scope="session")
def matcher() -> Matcher:
    return Matcher(PEOPLE)


@pytest.fixture
def optout_csv(tmp_path: Path) -> Path:
    path = tmp_path / "optout.csv"
    path.write_text(
        "id,name,aliases,handles\np1,Lena Vogt,Lenchen,@lena.vogt\np2,Jonas Müller,,jonas_mueller\n", encoding="utf-8"
    )
    return path


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """captionscan makes no network call; any attempt fails the test that made it."""

    def refuse(*args, **kwargs):
        raise AssertionError(f"network connection attempted: {args}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
