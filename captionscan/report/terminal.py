"""What a person at a terminal sees beside the report: scan progress, how an opt-out list is read, evaluation
tables. rich is imported only here and only when something is shown."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from captionscan.records import UnitReport

if TYPE_CHECKING:
    from rich.console import Console

    from captionscan.match.optout_list import ListReading


def with_progress(reports: Iterable[UnitReport], console: Console, show: bool) -> Iterator[UnitReport]:
    """A units and units/s counter on `console`, only where `show` (a person watching a terminal)."""
    if not show:
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
    with Progress(*columns, console=console, transient=True) as progress:
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
