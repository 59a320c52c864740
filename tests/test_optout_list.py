"""Loading the opt-out list: formats, columns, and errors that name file, row and column (never a name)."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from captionscan.errors import InputError
from captionscan.match import load_optout
from captionscan.records import Person

EXPECTED = [
    Person("1", "Lena Vogt", ("Lenchen", "Leni"), ("lena.vogt", "lv_photo")),
    Person("Jonas Müller", "Jonas Müller"),
]


def test_csv(tmp_path):
    path = tmp_path / "l.csv"
    path.write_text(
        "name,id,aliases,handles\nLena  Vogt,1,Lenchen | Leni,@lena.vogt|LV_Photo\nJonas Müller,,,\n", encoding="utf-8"
    )
    assert load_optout(path) == EXPECTED


def test_csv_semicolon_and_bom(tmp_path):
    path = tmp_path / "l.csv"
    path.write_bytes(
        "\ufeffName;ID;Aliases;Handles\nLena Vogt;1;Lenchen|Leni;@lena.vogt|lv_photo\nJonas Müller;;;\n".encode()
    )
    assert load_optout(path) == EXPECTED


def test_cp1252_csv_is_read_with_a_warning(tmp_path):
    path = tmp_path / "l.csv"
    path.write_bytes("name\nJonas Müller\n".encode("cp1252"))
    warnings: list[str] = []
    assert load_optout(path, warnings.append) == [Person("Jonas Müller", "Jonas Müller")]
    assert len(warnings) == 1 and "encoding" in warnings[0] and "Müller" not in warnings[0]


def test_xlsx_with_a_title_row_and_empty_rows(tmp_path):
    path = tmp_path / "l.xlsx"
    frame = pd.DataFrame(
        [
            ["Opt-out Liste", "", "", ""],
            ["id", "name", "aliases", "handles"],
            ["1", "Lena Vogt", "Lenchen|Leni", "lena.vogt|lv_photo"],
            ["", "", "", ""],
            ["", "Jonas Müller", "", ""],
        ]
    )
    frame.to_excel(path, header=False, index=False)
    assert load_optout(path) == EXPECTED


def test_json(tmp_path):
    path = tmp_path / "l.json"
    path.write_text(
        json.dumps(
            {
                "people": [
                    {"id": 1, "name": "Lena Vogt", "aliases": ["Lenchen", "Leni"], "handles": "@lena.vogt|lv_photo"},
                    {"name": "Jonas Müller"},
                ]
            }
        )
    )
    assert load_optout(path) == EXPECTED


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("id,vorname\n1,Lena\n", "l.csv: missing required column 'name'"),
        ("id,name\n1,Lena Vogt\n2,\n", "l.csv: row 3: column 'name' is empty"),
        ("id,name\n1,Lena Vogt\n1,Jonas Müller\n", "l.csv: row 3: duplicate id (also in row 2)"),
        ("id,name,handles\n1,Lena Vogt,lena vogt\n", "l.csv: row 2: column 'handles' holds something that is not"),
        ("id,name\n", "l.csv: the opt-out list is empty"),
    ],
)
def test_errors_name_file_row_and_column_but_no_person(tmp_path, content, message):
    path = tmp_path / "l.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError) as exc:
        load_optout(path)
    assert exc.value.message.startswith(str(tmp_path / message.split(":")[0]))
    assert message.split(": ", 1)[1] in exc.value.message
    assert "Lena" not in exc.value.message and "Jonas" not in exc.value.message


def test_unsupported_format(tmp_path):
    path = tmp_path / "l.pdf"
    path.write_bytes(b"%PDF")
    with pytest.raises(InputError, match="unsupported opt-out list format"):
        load_optout(path)
