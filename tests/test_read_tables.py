"""Tables of posts (.csv, .tsv, .xlsx), as planners export them and agencies keep them: each filled cell of a column
of post texts is a unit, named by the row a person sees and its column; the list and the posts share the reader."""

from __future__ import annotations

import json

import openpyxl
import pytest
import regex
from test_cli import OPTOUT, assert_input_error
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


def test_a_first_comment_in_spanish_is_read_and_an_unknown_column_of_sentences_is_said(tmp_path):
    path = tmp_path / "calendario.csv"
    path.write_text(
        "fecha,cliente,copy,primer_comentario,notas_internas\n"
        "2025-09-01,Estudi Llum,Boda en Ruzafa,Gracias @lena.vogt por el estilismo,falta la foto del ramo\n"
        "2025-09-02,Estudi Llum,Vermut,,hablar con el cliente mañana\n",
        encoding="utf-8",
    )
    read = list(read_paths([path]))
    assert [u.source.id for u in read if isinstance(u, TextUnit)] == ["copy", "primer_comentario", "copy"]
    assert [n.message for n in read if isinstance(n, Notice)] == [
        "column 'notas_internas' holds sentences but is not read: head it 'caption' or 'text'"
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
    assert f"{path}[17:Caption]:3:" in result.stdout and f"{path}[18:First comment]:5:" in result.stdout  # rows, cells
    result = runner.invoke(app, ["check", str(path), "--optout", str(optout), "--fix"])
    assert result.exit_code == 2 and "not exports or tables of posts" in result.stderr
    assert path.read_text(encoding="utf-8") == POSTS


def test_an_oversized_table_is_refused_as_a_draft_is(tmp_path, monkeypatch):
    monkeypatch.setattr("captionscan.read.archive.MAX_MEMBER_BYTES", 100)
    path = tmp_path / "plan.csv"
    path.write_text("caption\n" + "Sommer am See\n" * 20, encoding="utf-8")
    with pytest.raises(InputError, match="larger than"):
        list(read_paths([path]))


@pytest.mark.parametrize(
    ("records", "found"),
    [
        ([{"caption": "Hochzeit mit Lena Vogt"}, {"caption": ""}], [(0, "caption", "Hochzeit mit Lena Vogt")]),
        (  # a planner's records: an id, a date, a first comment, a value that is no string
            [{"id": 17, "date": "2025-06-01", "Caption": "Am See", "first_comment": None}, {"id": 18, "text": ["x"]}],
            [(0, "17:Caption", "Am See"), (1, "18:text", '["x"]')],
        ),
    ],
)
def test_a_json_list_of_post_records_is_a_table_of_posts(tmp_path, records, found):
    """A planner's `[{"caption": ...}]` is no Meta layout: read as a table, not passed as clean with no units."""
    path = tmp_path / "planner_export.json"
    path.write_text(json.dumps(records), encoding="utf-8")
    assert units(path) == found


def test_a_json_record_that_is_no_object_is_skipped_and_said(tmp_path):
    path = tmp_path / "planner.json"
    path.write_text(json.dumps([{"caption": "Am See"}, "Danke Lena Vogt"]), encoding="utf-8")
    items = list(read_paths([path]))
    assert [type(i).__name__ for i in items] == ["TextUnit", "Skipped"] and items[1].where == "row 2"


def test_scan_finds_a_name_in_a_json_table_of_posts(tmp_path):
    path = tmp_path / "planner_export.json"
    path.write_text(json.dumps([{"caption": "Hochzeit am See mit Lena Vogt"}]), encoding="utf-8")
    result = CliRunner().invoke(app, ["scan", str(path), "--optout", OPTOUT, "--format", "json", "-q"])
    assert result.exit_code == 1
    assert [u["source"]["id"] for u in json.loads(result.stdout)["units"]] == ["caption"]


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (
            [{"titre": "Mariage à Lyon", "date": "2025-06-01"}],
            r"no key of post texts \(its headings: 'titre', 'date'\)",
        ),
        ([{"Vorname": "Lena", "Nachname": "Vogt"}], "looks like an opt-out list .*give it with --optout"),
        ([], "unexpected JSON shape"),
        (["Mariage à Lyon"], "unexpected JSON shape"),
    ],
)
def test_a_json_file_with_no_text_to_read_is_an_error_not_a_clean_run(tmp_path, content, problem):
    path = tmp_path / "planner_export.json"
    path.write_text(json.dumps(content), encoding="utf-8")
    result = CliRunner().invoke(app, ["scan", str(path), "--optout", OPTOUT])
    assert_input_error(result, str(path))
    assert regex.search(problem, result.stderr)


LIST_HEADINGS = ["Nr", "Vorname", "Nachname", "Instagram", "Bemerkung"]


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_an_opt_out_list_given_as_posts_is_said_to_be_one_with_its_headings_below_a_title(tmp_path, suffix):
    rows = [["Widerspruch KI, Stand Mai 2025"], [], LIST_HEADINGS, ["1", "Lena", "Vogt", "@lena.vogt", ""]]
    path = tmp_path / f"Widerspruch{suffix}"
    if suffix == ".xlsx":
        book = openpyxl.Workbook()
        for row in rows:
            book.active.append(row)
        book.save(path)
    else:
        path.write_text("\n".join(";".join(row) for row in rows) + "\n", encoding="utf-8")
    headings = ", ".join(f"'{h}'" for h in LIST_HEADINGS)
    with pytest.raises(InputError, match=f"looks like an opt-out list \\(its headings: {headings}\\).*--optout"):
        list(read_paths([path]))


def test_check_names_a_json_tables_record_by_its_index_and_the_line_of_its_text(tmp_path):
    path = tmp_path / "planner.json"
    path.write_text('[\n {"id": 101, "caption": "Sommer"},\n {"id": 102, "caption": "Danke Lena Vogt!"}\n]\n')
    result = CliRunner().invoke(app, ["check", str(path), "--optout", str(OPTOUT)])
    assert result.stdout.startswith(f"{path}#1:1:7: hit:")  # the second record; not the file's line 2, a "{"
