"""One self-contained HTML page for people reviewing years of posts: no scripts, fonts or images from
anywhere, readable on a phone. Opt-out hits are marked apart from the other entities."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import UTC, datetime
from html import escape
from typing import IO

from captionscan.records import Summary, UnitReport

STYLE = """
body{font:16px/1.5 system-ui,sans-serif;margin:0 auto;max-width:52rem;padding:1rem;color:#1d1d1f}
h1{font-size:1.4rem}h2{font-size:1.15rem;margin-top:2rem}table{border-collapse:collapse}
td,th{padding:.2rem .6rem;border-bottom:1px solid #ddd;text-align:left}
.unit{border:1px solid #ccc;border-radius:.5rem;padding:.8rem;margin:1rem 0;overflow-wrap:anywhere}
.where{font-size:.85rem;color:#555}.text{margin:.5rem 0;white-space:pre-wrap}
mark{border-radius:.2rem;padding:0 .1rem}.PERSON{background:#dbeafe}.LOCATION{background:#dcfce7}
.MENTION{background:#fef3c7}.HASHTAG{background:#f3e8ff}
.optout{background:#fecaca;outline:2px solid #b91c1c}.optout.review{background:#fde68a;outline-color:#b45309}
ol{padding-left:1.4rem}svg{max-width:100%;max-height:9rem;height:auto}
"""


def _date(ts: int | None) -> str:
    return datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%d") if ts is not None else "undated"


def highlighted(r: UnitReport) -> str:
    """The unit's text with every entity and opt-out hit marked; hits win where spans overlap."""
    marks = [(h.start, h.end, f"optout {h.level}", f"{', '.join(h.person_ids)}, rule {h.rule}") for h in r.hits]
    marks += [(e.start, e.end, e.label, e.label) for e in r.entities]
    out, pos, chosen = [], 0, []
    for mark in marks:  # hits first, so an entity overlapping one is left unmarked
        if not any(s < mark[1] and mark[0] < e for s, e, *_ in chosen):
            chosen.append(mark)
    for start, end, css, title in sorted(chosen):
        out.append(escape(r.unit.text[pos:start]))
        out.append(f'<mark class="{css}" title="{escape(title)}">{escape(r.unit.text[start:end])}</mark>')
        pos = end
    out.append(escape(r.unit.text[pos:]))
    return "".join(out)


def month_chart(reports: list[UnitReport]) -> str:
    """Hits per month as an inline SVG bar chart."""
    months = Counter(_date(r.unit.source.timestamp)[:7] for r in reports for _ in r.hits)
    months.pop("undated", None)
    if not months:
        return "<p>No dated hits.</p>"
    keys, top, width = sorted(months), max(months.values()), 36
    bars = []
    for i, month in enumerate(keys):
        height = 100 * months[month] / top
        bars.append(
            f'<rect x="{i * width + 4}" y="{110 - height:.1f}" width="{width - 8}" height="{height:.1f}" '
            f'fill="#b91c1c"><title>{month}: {months[month]}</title></rect>'
            f'<text x="{i * width + width / 2}" y="124" font-size="8" text-anchor="middle">{month}</text>'
        )
    return (
        f'<svg role="img" aria-label="Hits per month" viewBox="0 0 {len(keys) * width} 130" '
        f'xmlns="http://www.w3.org/2000/svg">{"".join(bars)}</svg>'
    )


def _unit(r: UnitReport) -> str:
    s = r.unit.source
    where = f"{s.location}" + (f" #{s.index}" if s.index is not None else "") + f" · {s.field} · {_date(s.timestamp)}"
    if r.unit.gps:
        where += f" · GPS position in the post: {r.unit.gps[0]:.4f}, {r.unit.gps[1]:.4f}"
    suggestions = "".join(f"<li><b>{escape(x.strategy)}</b>: {escape(x.text)}</li>" for x in r.suggestions)
    return (
        f'<section class="unit"><div class="where">{escape(where)}</div>'
        f'<div class="text">{highlighted(r)}</div><ol>{suggestions}</ol></section>'
    )


def write_html(reports: Iterable[UnitReport], summary: Summary, out: IO) -> None:
    with_hits = [r for r in reports if r.hits]
    people = "".join(
        f"<tr><td>{escape(person)}</td><td>{count}</td></tr>"
        for person, count in sorted(summary.hits_per_person.items())
    )
    out.write(
        "<!doctype html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>captionscan report</title><style>{STYLE}</style></head><body>"
        "<h1>captionscan report</h1>"
        f"<p>{summary.units} units scanned, {len(with_hits)} with opt-out hits, {summary.skipped} skipped.</p>"
        f"<h2>Hits per person</h2><table><tr><th>person</th><th>hits</th></tr>{people}</table>"
        f"<h2>Hits per month</h2>{month_chart(with_hits)}"
        f"<h2>Units with hits</h2>{''.join(_unit(r) for r in with_hits)}"
        "</body></html>\n"
    )
