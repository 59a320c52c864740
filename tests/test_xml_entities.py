"""An XLSX file is zipped XML: an opt-out list whose sheet declares entities ("billion laughs") is refused at once,
as openpyxl parses with defusedxml when that is installed, which forbids entity declarations outright."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import openpyxl
import openpyxl.xml
import pytest
from defusedxml import EntitiesForbidden

# Ten times ten ... nine levels: "&lol9;" stands for 10**9 "lol"s, 3 GB of text from a sheet part of 1 KiB.
LAUGHS = "<!DOCTYPE worksheet [" + "".join(
    f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10 if i else "lol"}">' for i in range(10)
)


def write_laughing_list(path: Path) -> None:
    """A real opt-out list whose sheet XML declares the entities and uses the last one in a cell."""
    book = openpyxl.Workbook()
    book.active.append(["id", "name"])
    book.active.append(["1", "Lena Vogt"])
    book.save(path)
    with zipfile.ZipFile(path) as z:
        parts = {info.filename: z.read(info) for info in z.infolist()}
    sheet = parts["xl/worksheets/sheet1.xml"].decode()
    head, root = sheet.split("<worksheet", 1)
    assert root.count("<t>Lena Vogt</t>") == 1, root  # openpyxl writes strings inline
    root = root.replace("<t>Lena Vogt</t>", "<t>&lol9;</t>")
    parts["xl/worksheets/sheet1.xml"] = f"{head}{LAUGHS}]><worksheet{root}".encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)


def test_openpyxl_refuses_the_entities_through_defusedxml(tmp_path):
    assert openpyxl.xml.DEFUSEDXML is True
    path = tmp_path / "optout.xlsx"
    write_laughing_list(path)
    with pytest.raises(ValueError) as refused:  # openpyxl wraps what its XML parser raised
        openpyxl.load_workbook(path, read_only=True, data_only=True)
    assert isinstance(refused.value.__cause__, EntitiesForbidden)


def test_an_xlsx_list_with_an_entity_bomb_is_refused_at_once(tmp_path):
    optout = tmp_path / "optout.xlsx"
    write_laughing_list(optout)
    draft = tmp_path / "draft.md"
    draft.write_text("Mit Lena Vogt am See\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "captionscan", "check", str(draft), "--optout", str(optout)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert result.stderr.splitlines() == [f"captionscan: error: {optout}: not a readable XLSX file (ValueError)"]
    assert result.stdout == ""
