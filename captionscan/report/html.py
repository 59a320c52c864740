"""One self-contained HTML page for people reviewing years of posts: no scripts, fonts or images from
anywhere, readable on a phone. Opt-out hits are marked apart from the other entities. The markup is the
autoescaped template templates/report.html.j2; this module hands it plain values."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from typing import IO, TYPE_CHECKING

from captionscan.records import Suggestion, Summary, UnitReport

if TYPE_CHECKING:
    import jinja2

BAR_WIDTH = 36  # of one month in the chart, whose bars are at most 100 high


@dataclass(frozen=True)
class Piece:
    """A stretch of a unit's text; `css` and `title` where it is marked."""

    text: str
    css: str | None = None
    title: str | None = None


@dataclass(frozen=True)
class UnitView:
    where: str
    pieces: tuple[Piece, ...]
    suggestions: tuple[Suggestion, ...]


@dataclass(frozen=True)
class Bar:
    """One month of the hits-per-month chart, positioned in the chart's coordinates."""

    month: str
    count: int
    x: int
    y: str
    height: str
    label_x: float


def _date(ts: int | None) -> str:
    return datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%d") if ts is not None else "undated"


def highlighted(r: UnitReport) -> tuple[Piece, ...]:
    """The unit's text with every entity and opt-out hit marked; hits win where spans overlap."""
    marks = [(h.start, h.end, f"optout {h.level}", f"{', '.join(h.person_ids)}, rule {h.rule}") for h in r.hits]
    marks += [(e.start, e.end, e.label, e.label) for e in r.entities]
    chosen: list[tuple[int, int, str, str]] = []
    for mark in marks:  # hits first, so an entity overlapping one is left unmarked
        if not any(s < mark[1] and mark[0] < e for s, e, *_ in chosen):
            chosen.append(mark)
    pieces, pos = [], 0
    for start, end, css, title in sorted(chosen):
        pieces += [Piece(r.unit.text[pos:start]), Piece(r.unit.text[start:end], css, title)]
        pos = end
    pieces.append(Piece(r.unit.text[pos:]))
    return tuple(pieces)


def month_bars(reports: list[UnitReport]) -> list[Bar]:
    """Hits per month, the busiest month 100 high; none where no hit is dated."""
    months = Counter(_date(r.unit.source.timestamp)[:7] for r in reports for _ in r.hits)
    months.pop("undated", None)
    top = max(months.values(), default=0)
    bars = []
    for i, month in enumerate(sorted(months)):
        height = 100 * months[month] / top
        x = i * BAR_WIDTH
        bars.append(Bar(month, months[month], x + 4, f"{110 - height:.1f}", f"{height:.1f}", x + BAR_WIDTH / 2))
    return bars


def _view(r: UnitReport) -> UnitView:
    s = r.unit.source
    where = f"{s.location}" + (f" #{s.index}" if s.index is not None else "") + f" · {s.field} · {_date(s.timestamp)}"
    if r.unit.gps:
        where += f" · GPS position in the post: {r.unit.gps[0]:.4f}, {r.unit.gps[1]:.4f}"
    return UnitView(where, highlighted(r), r.suggestions)


@cache
def _template() -> jinja2.Template:
    import jinja2  # here: only a run that writes HTML pays for importing it

    env = jinja2.Environment(
        loader=jinja2.PackageLoader("captionscan.report"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    return env.get_template("report.html.j2")


def write_html(reports: Iterable[UnitReport], summary: Summary, out: IO) -> None:
    with_hits = [r for r in reports if r.hits]
    units: Iterator[UnitView] = map(_view, with_hits)  # rendered one by one as the page is written
    out.writelines(
        _template().generate(
            summary=summary,
            people=sorted(summary.hits_per_person.items()),
            bars=month_bars(with_hits),
            bar_width=BAR_WIDTH,
            units=units,
            units_with_hits=len(with_hits),
        )
    )
