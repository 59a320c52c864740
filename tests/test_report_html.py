"""The HTML page's template: shipped with the package, autoescaped, and loaded only when a page is written."""

from __future__ import annotations

import io
import subprocess
import sys
import tomllib
from pathlib import Path

from test_reports import Page

from captionscan.records import Entity, OptoutHit, Source, Suggestion, Summary, TextUnit, UnitReport
from captionscan.report.html import write_html

ROOT = Path(__file__).parent.parent
TEMPLATES = ROOT / "captionscan" / "report" / "templates"


def test_every_template_is_package_data():
    setuptools = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    globs = setuptools["package-data"]["captionscan.report"]
    shipped = {path for glob in globs for path in TEMPLATES.parent.glob(glob)}
    assert {*TEMPLATES.iterdir()} and {*TEMPLATES.iterdir()} <= shipped


def test_jinja2_is_imported_only_to_write_a_page():
    code = (
        "import io, sys\nfrom captionscan.records import Summary\nfrom captionscan.report.html import write_html\n"
        "assert 'jinja2' not in sys.modules\nwrite_html([], Summary(), io.StringIO())\nassert 'jinja2' in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)


def test_markup_in_a_text_a_suggestion_or_an_id_stays_text():
    text = 'Mit <script>alert(1)</script> Lena "Vogt" & <b>Jonas</b>'
    start = text.index("Lena")
    hit = OptoutHit(('p1"><img src=x>',), start, start + 4, "Lena", "exact", "hit", 1.0)
    report = UnitReport(
        TextUnit(Source("export.zip", "content/posts_1.json", 0, "caption", None, 1716000000), text),
        "de",
        (Entity(text.index("<b>"), text.index("</b>") + 4, "PERSON", "<b>Jonas</b>"),),
        (hit,),
        (Suggestion("drop", "<img src=x onerror=alert(1)>"),),
    )
    summary = Summary()
    summary.add(report)
    out = io.StringIO()
    write_html([report], summary, out)
    page = Page(out.getvalue())
    assert not page.stray
    assert [e.tag for e in page.root.iter() if e.tag in ("script", "img", "b") and e.text != "drop"] == []
    (unit,) = page.root.iter("section", "unit")
    assert next(unit.iter("div", "text")).text == text
    assert [(m.text, m.get("title")) for m in unit.iter("mark")] == [
        ("Lena", 'p1"><img src=x>, rule exact'),
        ("<b>Jonas</b>", "PERSON"),
    ]
    assert [li.text for li in unit.iter("li")] == ["drop: <img src=x onerror=alert(1)>"]
    assert [td.text for td in page.root.iter("td")] == ['p1"><img src=x>', "1"]
