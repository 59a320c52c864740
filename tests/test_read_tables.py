"""Tables of posts (.csv, .tsv, .xlsx), as planners export them and agencies keep them: each filled cell of a column
of post texts is a unit, named by the row a person sees and its column; the list and the posts share the reader."""

from __future__ import annotations

import json

import openpyxl
import pytest
from typer.testing import CliRunner

from captionscan.cli import app
from captionscan.errors import InputError
from captionscan.read import read_paths
from captionscan.records import Notice, TextUnit

POSTS = (
    "Kundenplan Juni\n"  # a title above the header, as Google Sheets exports keep it
    "ID;Datum;Caption;First comment;Plattform\n"
    '17;01.06.;"Hochzeit am See 💍\nDanke Lena Vogt!";;Instagram\n'
    "18;02.06.;Neue Brötchen;Tolle Fotos von @lena.vogt;Facebook\n"
)


def units(path) -> list[tuple]:
    return [(u.source.index, u.source.id, u.text) for u in read_paths([path]) if isinstance(u, TextUnit)]


def test_each_filled_cell_of_a_text_column_is_a_unit_named_by_its_line_and_column(tmp_path):
    path = tmp_path / "plan.csv"
    path.write_text(POSTS, encoding="utf-8")
    assert units(path) == [
        (2, "17:Caption", "Hochzeit am See 💍\nDanke Lena Vogt!"),  # its row starts on line 3
        (4, "18:Caption", "Neue Brötchen"),
        (4, "18:First comment", "Tolle Fotos von @lena.vogt"),
    ]


def test_a_spreadsheet_of_posts_and_a_legacy_encoding(tmp_path):
    book = openpyxl.Workbook()
    for row in (["Beitragstext", "Alt-Text"], ["Grüße an Jonas Müller", None], [None, "Ein Foto von Lena"]):
        book.active.append(row)
    book.save(tmp_path / "posts.xlsx")
    assert units(tmp_path / "posts.xlsx") == [
        (1, "Beitragstext", "Grüße an Jonas Müller"),
        (2, "Alt-Text", "Ein Foto von Lena"),
    ]
    legacy = tmp_path / "legacy.csv"
    legacy.write_bytes("text\nGrüße an Jonas Müller\n".encode("cp1252"))
    items = list(read_paths([legacy]))
    assert [i.text for i in items if isinstance(i, TextUnit)] == ["Grüße an Jonas Müller"]
    assert any(isinstance(i, Notice) and "not UTF-8" in i.message for i in items)


def test_a_table_without_a_column_of_post_texts_says_what_to_name_it(tmp_path):
    path = tmp_path / "plan.csv"
    path.write_text("Datum,Plattform,Notizen\n01.06.,Instagram,x\n", encoding="utf-8")
    with pytest.raises(InputError, match="no column of post texts .*'Datum', 'Plattform'.*name the captions' column"):
        list(read_paths([path]))


def test_scan_and_check_read_a_table_and_fix_leaves_it(tmp_path):
    path = tmp_path / "plan.csv"
    path.write_text(POSTS, encoding="utf-8")
    optout = tmp_path / "optout.csv"
    optout.write_text("id,name,handles\noptout-001,Lena Vogt,@lena.vogt\n", encoding="utf-8")
    runner = CliRunner()
    out = tmp_path / "report.jsonl"
    result = runner.invoke(app, ["scan", str(path), "--optout", str(optout), "-o", str(out), "-q"])
    assert result.exit_code == 1
    found = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert sorted(u["source"]["id"] for u in found) == ["17:Caption", "18:First comment"]
    result = runner.invoke(app, ["check", str(path), "--optout", str(optout)])
    assert result.exit_code == 1
    assert f"{path}:3:" in result.stdout and f"{path}:5:" in result.stdout  # the lines the rows start on
    result = runner.invoke(app, ["check", str(path), "--optout", str(optout), "--fix"])
    assert result.exit_code == 2 and "not exports or tables of posts" in result.stderr
    assert path.read_text(encoding="utf-8") == POSTS


def test_an_oversized_table_is_refused_as_a_draft_is(tmp_path, monkeypatch):
    monkeypatch.setattr("captionscan.read.archive.MAX_MEMBER_BYTES", 100)
    path = tmp_path / "plan.csv"
    path.write_text("caption\n" + "Sommer am See\n" * 20, encoding="utf-8")
    with pytest.raises(InputError, match="larger than"):
        list(read_paths([path]))
