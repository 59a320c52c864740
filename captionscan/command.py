"""The typer classes of every captionscan command and the options several commands share: help written for people,
a long option typed with one dash caught before it is misread, and any failure as one line on standard error with
exit code 2.

Typer shows a type beside every parameter (`<bool>`, `<list[Path]>`, `{paths}...`) and offers no switch to leave it
out: the classes here show a metavar (FILE, NAME, CODE), the choices (hit|review), or nothing for a flag.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from typer.core import TyperArgument, TyperCommand, TyperGroup, TyperOption

from captionscan.config import language_code
from captionscan.errors import EXIT_INPUT_ERROR, described
from captionscan.records import LEVELS
from captionscan.report import WRITERS
from captionscan.report.stdout import standard_output
from captionscan.report.terminal import Messages

messages = Messages()


class PlainArgument(TyperArgument):
    """An argument shown as PATHS... in the usage line and the help, with no type beside it."""

    @property
    def display_name_raw(self) -> str:
        return self.metavar or self.name.upper()

    def display_type_rich(self, ctx: typer.Context) -> None:
        return None

    def get_usage_pieces(self, ctx: typer.Context) -> list[str]:
        name = self.display_name_raw + ("..." if self.nargs != 1 and self.metavar is None else "")
        return [name if self.required else f"[{name}]"]


class PlainOption(TyperOption):
    """An option shown with its metavar, its choices, or (a flag) nothing."""

    def display_type_rich(self, ctx: typer.Context) -> str | None:
        if self.metavar is not None or self.is_flag:
            return self.metavar
        choices = self.type_descriptor.choices
        return "|".join(map(str, choices)) if choices else self.name.upper()


PLAIN = {TyperArgument: PlainArgument, TyperOption: PlainOption}


class Plain:
    """What a command and a group share: plain parameters, and a single-dash long option refused by name (click
    would read `-optout` as `-o ptout`)."""

    def get_params(self, ctx: typer.Context) -> list:
        params = super().get_params(ctx)
        for param in params:
            param.__class__ = PLAIN.get(type(param), type(param))  # typer makes them; only their display changes
        return params

    def parse_args(self, ctx: typer.Context, args: list[str]) -> list[str]:
        params = self.get_params(ctx)
        names = {name for param in params for name in param.opts if name.startswith("--")}
        options = args[: args.index("--") if "--" in args else len(args)]
        for arg in options:
            if not arg.startswith("--") and f"-{arg.partition('=')[0]}" in names:
                messages.say("error", f"{arg}: one dash reads it as short options; did you mean -{arg}?")
                raise typer.Exit(EXIT_INPUT_ERROR)
        for param in params:  # click keeps the last of an option given twice: a second list would go unread
            given = sum(a.partition("=")[0] in param.opts for a in options)
            if isinstance(param, TyperOption) and not param.multiple and not param.is_flag and given > 1:
                messages.say("error", f"{param.opts[0]} given {given} times, but only one is read: give it once")
                raise typer.Exit(EXIT_INPUT_ERROR)
        with usage_errors(ctx):
            return super().parse_args(ctx, args)

    def resolve_command(self, ctx: typer.Context, args: list[str]) -> tuple:
        with usage_errors(ctx):
            return super().resolve_command(ctx, args)


@contextmanager
def usage_errors(ctx: typer.Context) -> Iterator[None]:
    """A mistyped option or value is one line, as every other error, not click's usage box: "--since: '01.05.2025'
    is no date: write it as YYYY-MM-DD (2025-05-01); see captionscan scan --help"."""
    try:
        yield
    except typer.TyperException as exc:  # click's usage errors, as typer bundles them (typer.BadParameter's kin)
        param, message = getattr(exc, "param", None), exc.message.removeprefix("Value error, ")
        problem = f"{param.opts[0]}: {message}" if param is not None and message else exc.format_message()
        see = " ".join(["see captionscan", *ctx.command_path.split(" ")[1:], "--help"])
        messages.say(
            "error", f"{problem} {see.capitalize()}" if problem.endswith("?") else f"{problem.rstrip('.')}; {see}"
        )
        raise typer.Exit(EXIT_INPUT_ERROR) from None


class Command(Plain, TyperCommand):
    """A captionscan command: an error ends it with one line on standard error and exit code 2 (1 means "hits
    found", so a crash must not exit 1). A reader that closed standard output (`| head`) ends it quietly."""

    def invoke(self, ctx: typer.Context) -> Any:
        try:
            with standard_output():
                return super().invoke(ctx)
            return None  # standard_output() ended a command whose reader had gone
        except typer.Exit:
            raise
        except Exception as exc:  # noqa: BLE001
            messages.say(*described(exc))
        raise typer.Exit(EXIT_INPUT_ERROR)


class Group(Plain, TyperGroup):
    """captionscan and its `optout` commands."""


# One list of each: the levels settings accept, the report writers' formats.
Level = StrEnum("Level", {name: name for name in LEVELS})
Format = StrEnum("Format", {name: name for name in WRITERS})
FORMAT_HELP = f"{', '.join(WRITERS)} (default: the --output file's extension, else table)."


def file_option(*names: str, help: str):
    """A path option typer does not check: captionscan's own messages say what is wrong and what to do."""
    return typer.Option(*names, help=help, readable=False, metavar="FILE")


# Options several commands share.
OptoutOpt = Annotated[
    Path | None, file_option("--optout", help="Opt-out list, CSV/XLSX/JSON (default: from .captionscan.toml).")
]


def _lang(value: str) -> str:
    if (code := language_code(value)) is None:
        raise typer.BadParameter(f"'{value}' is no language code: use auto, or an ISO 639-1 code such as de, en, nl")
    return code


LANG_HELP = "Language of the texts (ISO 639-1: de, en, nl, fr, pl...); auto decides per text unit."
LangOpt = Annotated[str | None, typer.Option("--lang", parser=_lang, metavar="CODE", help=LANG_HELP)]
AnyLangOpt = Annotated[str, typer.Option("--lang", parser=_lang, metavar="CODE", help=LANG_HELP)]
FailOnOpt = Annotated[Level | None, typer.Option("--fail-on", help="Exit 1 from this level on (default: hit).")]
PathsArg = Annotated[
    list[Path], typer.Argument(help="Export .zip, extracted folder, export .json, or drafts.", readable=False)
]
KeyFileOpt = Annotated[
    Path | None, file_option("--key-file", help="Key of a hashed list (default: from .captionscan.toml).")
]
AllowOpt = Annotated[
    list[str] | None, typer.Option("--allow", metavar="NAME", help="A name or handle that may appear (repeatable).")
]
OutputOpt = Annotated[
    Path | None, file_option("--output", "-o", help="The report file; its extension picks the format.")
]


def _day(value: str) -> datetime:
    try:
        return datetime.strptime(value, "%Y-%m-%d")
    except ValueError:
        raise typer.BadParameter(f"'{value}' is no date: write it as YYYY-MM-DD (2025-05-01)") from None


FormatOpt = Annotated[Format | None, typer.Option("--format", case_sensitive=False, metavar="FORMAT", help=FORMAT_HELP)]
DecisionsOpt = Annotated[Path | None, file_option("--decisions", help="Leave out what the report's decisions say.")]
QuietOpt = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")]
SinceOpt = Annotated[
    datetime | None,
    typer.Option(parser=_day, metavar="YYYY-MM-DD", help="First day of posts to scan (drafts: all)."),
]
UntilOpt = Annotated[
    datetime | None,
    typer.Option(parser=_day, metavar="YYYY-MM-DD", help="Last day of posts to scan, included."),
]
