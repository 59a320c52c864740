"""Mojibake repair: Meta's one step undone exactly, deeper damage left to ftfy, correct text never touched."""

from __future__ import annotations

import ftfy
import pytest
from conftest import meta_json

from captionscan.encoding import legacy_encoding, repair
from captionscan.match import load_optout
from captionscan.read import read_paths
from captionscan.records import TextUnit


def as_meta(text: str) -> str:
    """The string a JSON parser returns for Meta's escapes of `text`: each UTF-8 byte as one character."""
    return text.encode().decode("latin-1")


CORRECT = [
    # the languages of the lists and captions seen, with their own letters
    "Jonas Müller, Größe, Straße, ÄÖÜ äöü ß",
    "Zażółć gęślą jaźń, Łódź, Małgorzata Dąbrowska",
    "Ağrı Dağı, Şişli, İstanbul, Şükrü Öztürk, ığüşöç",
    "Hélène Lefèvre, François, Crème brûlée, Ça va ? À bientôt",
    "Søren Ødegård, Åse Bjørn, Þór, Dvořák, Čeština",
    "Ελληνικά, Русский текст, 日本語, עברית",
    "São Paulo, Ação, ñandú, ¿Qué tal? ¡Hola!, ª º, ¯\\_(ツ)_/¯",
    # emoji, also joined and with variation selectors
    "Hochzeit 💍😂🎉 👩\u200d👩\u200d👧 ❤️",
]
NEAR_MOJIBAKE = [
    # a letter that starts a UTF-8 sequence in Latin-1 next to Windows-1252 punctuation: ftfy looks, and keeps it
    "Spaß–Party, Bär…, «Résumé», Größe², 30°C über, Schöne Grüße™, „Zitat“ ‚so‘, £5 – €10",
]


@pytest.mark.parametrize("text", CORRECT + NEAR_MOJIBAKE)
def test_correct_text_is_kept(text):
    assert repair(text) == text


@pytest.mark.parametrize("text", CORRECT + NEAR_MOJIBAKE)
def test_meta_escapes_of_correct_text_are_undone(text):
    assert repair(as_meta(text), cut_off=3) == text


@pytest.mark.parametrize(
    ("damaged", "text"),
    [
        # mangled before Meta escaped it: a caption pasted from a mangled source, a name re-saved in a spreadsheet
        (as_meta("Hochzeit von Jonas MÃ¼ller"), "Hochzeit von Jonas Müller"),
        (as_meta("MÃƒÂ¼ller"), "Müller"),
        ("MÃƒÂ¼ller", "Müller"),
        # mangled in part: the correct emoji keeps the one-step undo from applying
        ("Jonas Müller 😂 und Jonas MÃ¼ller", "Jonas Müller 😂 und Jonas Müller"),
        ("Â©2024 Studio, Ã©tÃ©, Ã¶ Ã¤ Ã¼ ÃŸ", "©2024 Studio, été, ö ä ü ß"),
        # "Ã¼" written on purpose reads as mangled as well: no text tells the two apart
        ("Ã¼", "ü"),
    ],
)
def test_text_mangled_more_than_once_is_repaired(damaged, text):
    assert repair(damaged, cut_off=3) == text


def test_a_text_cut_inside_an_emoji_loses_only_the_cut_character():
    assert repair(as_meta("Müller 😂")[:-1], cut_off=3) == "Müller "


def test_correct_text_does_not_pay_for_ftfy(monkeypatch):
    def refuse(text, *args, **kwargs):
        raise AssertionError(f"ftfy called on {text!r}")

    monkeypatch.setattr(ftfy, "fix_encoding", refuse)
    for text in CORRECT:
        assert repair(as_meta(text), cut_off=3) == text


def test_an_export_caption_mangled_twice_reads_as_written(make_zip):
    archive = make_zip({"content/posts_1.json": meta_json([{"title": "Danke Jonas MÃ¼ller 🎉"}])})
    assert [u.text for u in read_paths([archive]) if isinstance(u, TextUnit)] == ["Danke Jonas Müller 🎉"]


@pytest.mark.parametrize(
    ("text", "codec"),  # the code page the list was saved in
    [
        # Western lists, however short: their letters give no code page away, and Windows-1252 is the likely one
        ("name\nJonas Müller\n", "cp1252"),
        ("nom;prénom\nLefèvre;Hélène\nGarçon;François\n", "cp1252"),
        ("name\nJonas Müller – Fotograf „Studio“ €\n", "cp1252"),
        ("name\nSøren Ødegård\nÅse Bjørn\n", "latin-1"),
        # lists from further east, with enough of their own letters to tell
        ("imię;nazwisko\nZażółć;Gęślą\nŁukasz;Wróbel\nMałgorzata;Dąbrowska\n", "cp1250"),
        ("jméno;příjmení\nJiří;Dvořák\nZdeněk;Černý\nŽaneta;Procházková\n", "cp1250"),
        ("ad;soyad\nAyşe;Yılmaz\nŞükrü;Öztürk\nİsmail;Çelik\n", "cp1254"),
        ("имя;фамилия\nИван;Петров\nОльга;Смирнова\n", "cp1251"),
    ],
)
def test_a_list_that_is_not_utf8_reads_as_written(text, codec):
    data = text.encode(codec)
    assert data.decode(legacy_encoding(data)) == text


def test_a_polish_list_from_windows_finds_its_people(tmp_path):
    path = tmp_path / "optout.csv"
    path.write_bytes("imię;nazwisko\nMałgorzata;Dąbrowska\nŁukasz;Wróbel\nZażółć;Gęślą\n".encode("cp1250"))
    notes: list[str] = []
    people = load_optout(path, notes.append)
    assert [p.name for p in people] == ["Małgorzata Dąbrowska", "Łukasz Wróbel", "Zażółć Gęślą"]
    assert notes == [f"{path}: not UTF-8; read with encoding cp1250 (guessed from its letters)"]
