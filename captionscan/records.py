"""The typed records that flow one way through the pipeline: read -> extract -> match -> rewrite -> report."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

FIELDS = ("caption", "comment", "tags", "place", "title", "bio", "album", "event", "thread", "text")
LABELS = ("PERSON", "LOCATION", "MENTION", "HASHTAG")
LEVELS = ("hit", "review")
STRATEGIES = ("remove", "role", "placeholder", "initials", "place")  # the rewrites


@dataclass(frozen=True)
class Source:
    """Where a text unit came from: `path` as named on the command line, `member` inside it."""

    path: str
    member: str | None
    index: int | None
    field: str
    id: str | None = None
    timestamp: int | None = None
    line: int | None = None  # the file's line (from 1) a Markdown draft's post starts on, where it holds several

    @property
    def location(self) -> str:
        """The file as a person finds it: "export.zip:content/posts_1.json", or the file itself."""
        return self.path if self.member is None else f"{self.path}:{self.member}"


@dataclass(frozen=True)
class TextUnit:
    source: Source
    text: str
    gps: tuple[float, float] | None = None  # the post's photo or place carries these coordinates
    media: str | None = None  # the post's first photo or video in the export: "media/posts/202406/abc.jpg"
    poster: str | None = None  # a still of that video, where the export names one

    def position(self, offset: int) -> tuple[int, int]:
        """1-based line and column of `offset`; a .jsonl draft record's line is its line in the file, and a
        Markdown draft's post's lines are counted from its heading's."""
        before = self.text[:offset]
        if self.source.line is not None:
            return self.source.line + before.count("\n"), offset - (before.rfind("\n") + 1) + 1
        if self.source.field == "text" and self.source.index is not None:
            return self.source.index + 1, offset + 1
        return before.count("\n") + 1, offset - (before.rfind("\n") + 1) + 1


@dataclass(frozen=True)
class Skipped:
    """An item a reader could not use; reported as a warning and counted, never silently dropped."""

    path: str
    where: str
    problem: str


@dataclass(frozen=True)
class Notice:
    """Something a reader did that the user should know, e.g. decoding UTF-16; nothing was skipped."""

    path: str
    where: str
    message: str


@dataclass(frozen=True)
class LeftOut(Notice):
    """A file named to be read that is not: excluded by the settings, or the original `check --fix` kept."""


@dataclass(frozen=True)
class Unread(Notice):
    """An export member that holds prose but fits no layout captionscan knows: text Meta may train on, unread."""


# What a unit with findings gets where every suggestion would still name someone listed.
NO_REWRITE = "no rewrite found that names no listed person: edit by hand"


def said(item: Skipped | Notice) -> tuple[str, str]:
    """(kind, line) of what the CLI says of a reader's note: a warning for a skipped part, a note otherwise."""
    if isinstance(item, Skipped):
        return "warning", f"{': '.join(filter(None, (item.path, item.where, item.problem)))}; skipped"
    if isinstance(item, Unread):  # its message names the member
        return "note", f"{item.path}: {item.message}"
    return "note", ": ".join(filter(None, (item.path, item.where, item.message)))  # a file alone has no `where`


@dataclass(frozen=True)
class Entity:
    start: int
    end: int
    label: str
    text: str


@dataclass(frozen=True)
class Person:
    """One entry of the opt-out list. NOTE: names are personal data; never log them."""

    id: str
    name: str
    aliases: tuple[str, ...] = ()
    handles: tuple[str, ...] = ()
    gender: str | None = None  # f, m, or n (neither: role words stay neutral); None where the list is silent
    given: str = ""  # the given names, where the list has them in a column of their own: "María del Mar"
    row: int = field(default=0, compare=False)  # where the list has them: what `check` shows of a name as id
    relation: str | None = None  # staff, client, member, student, player, guest, parent...: what rewrites call them


@dataclass(frozen=True)
class OptoutHit:
    """One finding: a span of text that names a listed person (`hit`) or may name one (`review`).

    `person_ids` are the candidates, sorted: a `hit` names exactly one person (two listed people named alike
    in full are two hits); a `review` finding, such as a lone first name that several listed people share,
    names every listed person it may be, once, so that a longer list makes no more findings."""

    person_ids: tuple[str, ...]
    start: int
    end: int
    text: str
    rule: str
    level: str
    score: float


@dataclass(frozen=True)
class Suggestion:
    """A rewrite of a unit's text, or, with `action`, what to do instead (its text is then empty)."""

    strategy: str
    text: str
    safe: bool = True  # `check --fix` may write it: a publishable rewrite that passed every check
    action: str = ""  # "nothing left: delete or rewrite by hand", "remove the tag of p1"


@dataclass(frozen=True)
class UnitReport:
    unit: TextUnit
    lang: str
    entities: tuple[Entity, ...]
    hits: tuple[OptoutHit, ...]
    suggestions: tuple[Suggestion, ...]
    decided: int = 0  # findings left out by the decisions file

    @property
    def best_rewrite(self) -> str:
        """The first suggestion's text ("" where there is none, or where it is an action)."""
        return self.suggestions[0].text if self.suggestions else ""

    @property
    def advice(self) -> str:
        """What reports show for the unit: the first suggestion's action where it has one, else its text."""
        return (self.suggestions[0].action or self.suggestions[0].text) if self.suggestions else ""


@dataclass
class Summary:
    """Counts for the report header; filled in while the scan streams."""

    units: int = 0
    units_with_people: int = 0
    units_with_findings: int = 0
    skipped: int = 0
    unread: list[str] = field(default_factory=list)  # export members holding text in a layout no reader knows
    # findings by their candidates: counted per finding, spread over the people only when asked
    findings: Counter[tuple[str, ...]] = field(default_factory=Counter)
    levels: Counter[str] = field(default_factory=Counter)  # findings by level: hit, review
    decided: int = 0  # findings left out because a decision was made on them in the report

    def add(self, report: UnitReport) -> None:
        self.units += 1
        self.decided += report.decided
        self.units_with_people += any(e.label in ("PERSON", "MENTION") for e in report.entities) or bool(report.hits)
        self.units_with_findings += bool(report.hits)
        self.findings.update(h.person_ids for h in report.hits)
        self.levels.update(h.level for h in report.hits)

    @property
    def unread_members(self) -> int:
        return len(self.unread)

    @property
    def hits(self) -> int:
        """Findings of either level; one that may be any of several people counts once."""
        return sum(self.findings.values())

    @property
    def hits_per_person(self) -> Counter[str]:
        """For each listed person, the findings that name them or may name them."""
        per_person: Counter[str] = Counter()
        for ids, count in self.findings.items():
            for person in ids:
                per_person[person] += count
        return per_person
