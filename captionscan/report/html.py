"""One self-contained HTML page for photographers reviewing years of posts: each post once, with its photo, its
findings and rewrites to copy, filters, a chart by month, and buttons that record decisions for the next scan.

Nothing is fetched from anywhere: style, script and thumbnails are inline. A large export's page must still open in
a few seconds, so the findings travel as one JSON block that the page's script renders fifty cards at a time, and
the thumbnails share a byte budget (see thumbnails.py). The markup is the autoescaped template
templates/report.html.j2; the JSON is escaped for a script element here.

The JSON block (short keys: it is written once per finding of a large export):
  posts: newest first, each {d: ISO date or null, m: media file or null, t: thumbnail (an index into `images`, or why
         there is none), g: [lat, lon] or null, u: units}
  unit:  {f: field, w: [index into `files`, the record in it or null], x: text pieces, h: findings, s: suggestions};
         the record as a person finds it: an export's record number (" #11"), or a draft's line (":12", as `check`
         shows it) and its id where it has one (" (4:alt_text)"); a piece is a
         plain string or [text, mark], mark the index of a finding or an entity label
  finding: [person ids, level, rule, fingerprint, matched text]
  suggestion: [strategy, safe, action] or, for a rewrite, [strategy, safe, "", kept head, kept tail, new middle]: the
         rewrite is the text's first `head` and last `tail` UTF-16 code units around `middle`
  people: {id: name} ("" on a hashed list); decisions: the decisions file as the page downloads it
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from functools import cache
from pathlib import PurePath
from typing import IO, TYPE_CHECKING

import regex

from captionscan.decisions import DECISIONS_FILE, Decisions
from captionscan.records import Person, Source, Suggestion, Summary, UnitReport
from captionscan.report.thumbnails import BUDGET, Thumbnails

if TYPE_CHECKING:
    import jinja2

# In a script element "</script" or "<!--" would end or bend the block; line separators and lone surrogates break
# the page's UTF-8. Escaped, the JSON is the same.
UNSAFE_IN_SCRIPT = regex.compile(r"[<>&\u2028\u2029\ud800-\udfff]")


def _utf16(text: str) -> int:
    """The length of `text` in the page's string units."""
    return len(text.encode("utf-16-le")) // 2


def pieces(r: UnitReport) -> list:
    """The unit's text cut where it is marked: findings (by their index) and entities (by label); findings win
    where spans overlap."""
    marks = [(h.start, h.end, i) for i, h in enumerate(r.hits)] + [(e.start, e.end, e.label) for e in r.entities]
    chosen: list[tuple[int, int, int | str]] = []
    for mark in marks:  # findings first, so an entity overlapping one is left unmarked
        if not any(s < mark[1] and mark[0] < e for s, e, _ in chosen):
            chosen.append(mark)
    out: list = []
    pos = 0
    for start, end, mark in sorted(chosen, key=lambda m: m[:2]):
        out += [r.unit.text[pos:start], [r.unit.text[start:end], mark]]
        pos = end
    out.append(r.unit.text[pos:])
    return [p for p in out if p != ""]


def suggestion(text: str, s: Suggestion) -> list:
    """A suggestion as the page rebuilds it from the unit's text: most rewrites change a few words."""
    if s.action:
        return [s.strategy, s.safe, s.action]
    head = 0
    while head < min(len(text), len(s.text)) and text[head] == s.text[head]:
        head += 1
    tail = 0
    while tail < min(len(text), len(s.text)) - head and text[-1 - tail] == s.text[-1 - tail]:
        tail += 1
    middle = s.text[head : len(s.text) - tail]
    return [s.strategy, s.safe, "", _utf16(text[:head]), _utf16(text[len(text) - tail :]), middle]


def posts(reports: Iterable[UnitReport]) -> list[list[UnitReport]]:
    """The units with findings, grouped by post, newest first (undated last): the texts of one media file (a
    caption and comments on it), else of one record (a Facebook post's text, title and tags; an album)."""
    grouped: dict[tuple, list[UnitReport]] = {}
    for r in reports:
        if r.hits:
            s = r.unit.source
            key = (s.path, "media", r.unit.media) if r.unit.media else (s.path, "record", s.member, s.index)
            grouped.setdefault(key, []).append(r)
    return sorted(grouped.values(), key=lambda post: (_date(post) is None, -(_date(post) or 0)))


def _date(post: list[UnitReport]) -> int | None:
    """When the post was made: its earliest dated text (comments come after the caption)."""
    return min((r.unit.source.timestamp for r in post if r.unit.source.timestamp is not None), default=None)


def _file(source: Source) -> tuple[str, str]:
    """The export's file name and the part inside it to show (the folders above it say nothing about the post), and
    the whole location for a hover."""
    name = PurePath(source.path).name
    return (name if source.member is None else f"{name}:{source.member}"), source.location


def _record(source: Source) -> str | None:
    """Where the unit is in its file: an export's record, by its index as the other reports give it; a .jsonl
    draft's line, 1-based as in `check`'s lines, and the record's own id, which a user's spreadsheet knows it by."""
    if source.index is None:
        return None
    if source.field != "text":
        return f" #{source.index}"
    return f":{source.index + 1}" + (f" ({source.id})" if source.id else "")


def _iso(ts: int | None) -> str | None:
    return None if ts is None else datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def page_data(
    reports: Iterable[UnitReport], decisions: Decisions, people: Mapping[str, Person], budget: int = BUDGET
) -> dict:
    """What the page's script renders (see the module's docstring); `budget`: bytes of thumbnails."""
    cards = posts(reports)
    shown = Thumbnails(len({(p[0].unit.source.path, p[0].unit.media) for p in cards if p[0].unit.media}), budget)
    files: dict[tuple[str, str], int] = {}
    out = []
    for post in cards:
        first = post[0].unit
        units = [
            {
                "f": r.unit.source.field,
                "w": [files.setdefault(_file(r.unit.source), len(files)), _record(r.unit.source)],
                "x": pieces(r),
                "h": [[h.person_ids, h.level, h.rule, decisions.fingerprint(r.unit, h), h.text] for h in r.hits],
                "s": [suggestion(r.unit.text, s) for s in r.suggestions],
            }
            for r in post
        ]
        thumbnail = shown.of(first.source.path, first.media, first.poster) if first.media else None
        out.append({"d": _iso(_date(post)), "m": first.media, "t": thumbnail, "g": first.gps, "u": units})
    ids = sorted({p for post in cards for r in post for h in r.hits for p in h.person_ids})
    return {
        "posts": out,
        "files": list(files),
        "images": shown.images,
        "people": {p: people[p].name if p in people else "" for p in ids},
        "decisions": json.loads(decisions.to_json()),
        "decisions_file": DECISIONS_FILE,
    }


def script_json(value: object) -> str:
    """JSON that a <script type="application/json"> element holds as it is."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return UNSAFE_IN_SCRIPT.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


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


def write_html(
    reports: Iterable[UnitReport],
    summary: Summary,
    out: IO,
    *,
    decisions: Decisions | None = None,
    people: Mapping[str, Person] | None = None,
) -> None:
    """The page. `decisions` are the scan's (their key makes the fingerprints the page downloads, their marks are
    kept in the download); `people` the opt-out list by id, for the names the page shows."""
    data = page_data(reports, decisions if decisions is not None else Decisions(), people or {})
    page = {"posts": len(data["posts"]), "decisions_file": DECISIONS_FILE, "data": script_json(data)}
    out.write(_template().render(summary=summary, **page))
