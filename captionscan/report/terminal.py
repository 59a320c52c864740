"""What a person at a terminal sees beside the report: scan progress, how an opt-out list is read, evaluation
tables. rich is imported only here and only when something is shown."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from captionscan.errors import one_line
from captionscan.records import Notice, Skipped, UnitReport, said

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

    def say(self, kind: str, message: str) -> None:
        line = one_line(message)
        for session in self.sessions:
            line = session.blank(line)
        self.console.print(f"captionscan: {kind}: {line}")

    def warn(self, message: str) -> None:
        self.say("warning", message)

    def note(self, item: Skipped | Notice) -> None:
        """A reader's note: a warning for a skipped part, a note otherwise."""
        self.say(*said(item))

    def progress(self, reports: Iterable[UnitReport], quiet: bool = False) -> Iterator[UnitReport]:
        """A units and units/s counter, only for a person watching a terminal."""
        if quiet or not self.console.is_terminal:
            yield from reports
            return
        from rich.progress import MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

        columns = (
            SpinnerColumn(),
            TextColumn("scanning"),
            MofNCompleteColumn(),
            TextColumn("{task.speed} units/s"),
            TimeElapsedColumn(),
        )
        with Progress(*columns, console=self.console, transient=True) as progress:
            task = progress.add_task("scan", total=None)
            for report in reports:
                progress.advance(task)
                yield report


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
    console.print(Text(", ".join(f"{n} {one if n == 1 else many}" for n, one, many in counts)))
