"""What a person at a terminal sees beside the report: scan progress, the line that ends a run, how an opt-out list is
read, evaluation tables. rich is imported only here and only when something is shown."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from captionscan.errors import one_line
from captionscan.records import LEVELS, Notice, Skipped, Summary, UnitReport, said
from captionscan.report.stdout import reader_gone

if TYPE_CHECKING:
    from captionscan.match.optout_list import ListReading
    from captionscan.session import Session


class Messages:
    """One-line messages on standard error, `captionscan: <kind>: <text>`.

    NOTE: once a list is open, every line is blanked of the names on it (Session.blank): a file or member name the
    user chose ("../Lena Vogt/posts_1.json") must not carry a listed name into a log.
    """

    def __init__(self) -> None:
        from rich.console import Console

        self.console = Console(stderr=True, soft_wrap=True, markup=False, highlight=False, emoji=False)
        self.sessions: list[Session] = []

    def blank_with(self, session: Session) -> Session:
        self.sessions[:] = [session]
        return session

    def blanked(self, message: str) -> str:
        line = one_line(message)
        for session in self.sessions:
            line = session.blank(line)
        return line

    def say(self, kind: str, message: str) -> None:
        self.console.print(f"captionscan: {kind}: {self.blanked(message)}")

    def done(self, what: str, found: str, code: int = 0) -> int:
        """The last line of a run: what it did and what it found ("Wrote report.html: 12 findings ..."), blanked like
        every message; `code`, the run's exit code, is passed on. Left out where a reader closed standard output
        early, as the counts would be of a run cut short."""
        if not reader_gone():
            self.console.print(self.blanked(f"{what}: {found}."))
        return code

    def warn(self, message: str) -> None:
        self.say("warning", message)

    def note(self, item: Skipped | Notice) -> None:
        """A reader's note: a warning for a skipped part, a note otherwise."""
        self.say(*said(item))

    def progress(
        self, reports: Iterable[UnitReport], quiet: bool = False, total: int | None = None
    ) -> Iterator[UnitReport]:
        """Units done, of `total` where the readers know it, their rate and the time left, only for a person watching
        a terminal. "loading models" until the first unit is done: the models load for the first batch, and the
        rate counts from there."""
        if quiet or not self.console.is_terminal:
            yield from reports
            return
        from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn

        from captionscan.report.progress import UnitsColumn

        columns = (SpinnerColumn(), TextColumn("{task.description}"), BarColumn(bar_width=16), UnitsColumn())
        with Progress(*columns, console=self.console, transient=True) as progress:
            task = progress.add_task("loading models", total=total)
            for done, report in enumerate(reports):
                if not done:
                    progress.reset(task, total=total, description="scanning")
                progress.advance(task)
                yield report


def plural(count: int, one: str, many: str = "") -> str:
    """ "1 finding", "1,200 findings", "2 people"."""
    return f"{count:,} {one if count == 1 else many or one + 's'}"


def found(summary: Summary) -> str:
    """What a run found, in counts only (no name, no id): "12 findings (9 hit, 3 review) in 8 of 340 units", and
    what it passed over."""
    units = plural(summary.units, "unit")
    if summary.hits:
        levels = ", ".join(f"{summary.levels[level]:,} {level}" for level in LEVELS)
        text = f"{plural(summary.hits, 'finding')} ({levels}) in {summary.units_with_findings:,} of {units}"
    else:
        text = f"no findings in {units}"
    notes = [
        f"{summary.decided:,} decided in the report" if summary.decided else "",
        f"{plural(summary.skipped, 'part')} skipped (see the warnings)" if summary.skipped else "",
        f"{plural(summary.unread_members, 'export file')} not read" if summary.unread_members else "",
    ]
    return "; ".join(filter(None, [text, *notes]))


def stdout_console(width: int):
    """A console on standard output: as wide as the terminal, or `width` columns in a pipe or file."""
    from rich.console import Console

    return Console(highlight=False, width=None if sys.stdout.isatty() else width)


def print_table(title: str, columns: Iterable[str], rows: Iterable[Iterable[str]]) -> None:
    from rich.table import Table

    table = Table(title=title)
    for column in columns:
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(*row)
    stdout_console(140).print(table)


def print_list_reading(reading: ListReading) -> None:
    """Each column of an opt-out list and how it is read, and the counts of people, handles and aliases."""
    from rich.table import Table
    from rich.text import Text

    table = Table("column", "read as")
    for heading, role in reading.columns:
        table.add_row(Text(heading), role)  # Text: a heading's brackets are not rich markup
    console = stdout_console(120)
    console.print(table)
    counts = (
        (reading.people, "person", "people"),
        (reading.handles, "handle", "handles"),
        (reading.aliases, "alias", "aliases"),
    )
    console.print(Text(", ".join(plural(n, one, many) for n, one, many in counts)))
