"""Hashed opt-out lists: shareable without names, and finding what the plain list finds by lookup."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest
from test_cli import DEMO, OPTOUT, assert_input_error
from typer.testing import CliRunner

import captionscan
from captionscan.cli import app
from captionscan.match import Matcher, load_optout
from captionscan.match.hashed import hash_rows, hashed_matcher
from captionscan.records import Person


def run(*args):
    return CliRunner().invoke(app, [str(a) for a in args])


@pytest.fixture
def hashed(tmp_path: Path) -> tuple[Path, Path]:
    key, out = tmp_path / "list.key", tmp_path / "hashed.csv"
    result = run("optout", "hash", OPTOUT, "--key-file", key, "-o", out)
    assert result.exit_code == 0 and "new key written" in result.stderr
    return out, key


def hits(tmp_path: Path, *args) -> list[tuple]:
    out = tmp_path / "report.json"
    assert run("scan", *DEMO, *args, "--format", "json", "-o", out, "-q").exit_code == 1
    units = json.loads(out.read_text(encoding="utf-8"))["units"]
    return sorted(
        (source["member"], source["index"], source["field"], tuple(h["person_ids"]), h["rule"], h["level"])
        for u in units
        for source in [u["source"]]
        for h in u["optout_hits"]
    )


def test_the_hashed_list_names_nobody(hashed):
    out, key = hashed
    text = out.read_text(encoding="utf-8").casefold()
    for person in load_optout(Path(OPTOUT)):
        for secret in (*person.name.casefold().split(), *person.aliases, *person.handles):
            assert secret.casefold() not in text
    assert stat.S_IMODE(key.stat().st_mode) == 0o600


def test_the_hashed_list_finds_the_same_hits_on_the_demo(tmp_path, hashed):
    out, key = hashed
    assert hits(tmp_path, "--optout", out, "--key-file", key) == hits(tmp_path, "--optout", OPTOUT)


def test_near_misses_need_the_plain_list(tmp_path):
    people = load_optout(Path(OPTOUT))
    path = tmp_path / "h.csv"
    hash_rows(people, b"k" * 32).to_csv(path, index=False)
    text = "Lena Vgot und Jonas Mueller"
    assert [h.rule for h in Matcher(people).match(text)] == ["fuzzy", "folded"]
    assert [h.rule for h in hashed_matcher(path, b"k" * 32).match(text)] == ["folded"]


def test_a_wrong_or_missing_key(tmp_path, hashed):
    out, _ = hashed
    other = tmp_path / "other.key"
    other.write_text("another key of enough length")
    assert_input_error(run("scan", *DEMO, "--optout", out, "--key-file", other), str(out))
    assert_input_error(run("scan", *DEMO, "--optout", out), str(out))


def test_a_list_without_ids_is_not_hashed(tmp_path):
    plain = tmp_path / "l.csv"
    plain.write_text("name\nLena Vogt\n", encoding="utf-8")
    result = run("optout", "hash", plain, "--key-file", tmp_path / "k", "-o", tmp_path / "h.csv")
    assert_input_error(result, f"{plain}: column 'id'")
    assert "Lena" not in result.stderr and not (tmp_path / "h.csv").exists()


def test_a_hashed_list_is_written_as_csv_only(tmp_path):
    """`check` knows a hashed list by its .csv suffix: one written under another name could not be read back."""
    out = tmp_path / "hashed.json"
    result = run("optout", "hash", OPTOUT, "--key-file", tmp_path / "k", "-o", out)
    assert_input_error(result, f"{out}: a hashed list is a CSV file: name it hashed.csv")
    assert not out.exists() and not (tmp_path / "k").exists()


def test_a_hashed_list_keeps_the_relation_and_reads_lists_hashed_before_it(tmp_path):
    people = [Person("1", "Lena Vogt", gender="f", relation="client"), Person("2", "Jonas Müller", gender="m")]
    path = tmp_path / "h.csv"
    frame = hash_rows(people, b"k" * 32)
    frame.to_csv(path, index=False)
    assert [p.relation for p in hashed_matcher(path, b"k" * 32).index.people] == ["client", None]
    frame.drop(columns="relation").to_csv(path, index=False)  # as hashed before lists had relations
    assert [p.relation for p in hashed_matcher(path, b"k" * 32).index.people] == [None, None]


def test_a_hashed_list_keeps_the_gender_a_first_name_has_in_every_language(tmp_path):
    """At run time the rewrites read a gender the list does not give from the name, which a hashed list lacks."""
    people = [
        Person("1", "Lena Vogt"),
        Person("2", "Simone Rossi"),
        Person("3", "Alex Kim"),
        Person("4", "Jonas Weiß", gender="d"),
    ]
    path = tmp_path / "h.csv"
    hash_rows(people, b"k" * 32).to_csv(path, index=False)
    # Simone is a woman in German and a man in Italian; Alex either; "d" is the list's own
    assert [p.gender for p in hashed_matcher(path, b"k" * 32).index.people] == ["f", None, None, "d"]
    (tmp_path / "k").write_bytes(b"k" * 32)
    session = captionscan.Session.open(path, key_file=tmp_path / "k")
    first = list(session.scan_texts(["Lena Vogt sagt ja! 💍"]))[0].suggestions[0]
    assert first.text == "Sie sagt ja! 💍"
