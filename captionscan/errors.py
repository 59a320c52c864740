"""One exception for bad input; the CLI turns it into one line on stderr and exit code 2."""

from __future__ import annotations

import errno
import traceback
from pathlib import Path

import regex

# Control characters (a newline in a file or member name) would break the one-line message.
CONTROL = regex.compile(r"[\p{Cc}\p{Zl}\p{Zp}]")


def one_line(text: str) -> str:
    return CONTROL.sub(lambda m: repr(m.group())[1:-1], text)


EXIT_CLEAN = 0
EXIT_HITS = 1
EXIT_INPUT_ERROR = 2
EXIT_IGNORE_UPDATED = 3  # check --update-ignore rewrote the ignore file (as detect-secrets' hook does)


class InputError(Exception):
    """A file the user gave cannot be used. `where` is a line, row, record or member, when known.

    NOTE: messages name files, rows and columns, never a value from the opt-out list.
    """

    def __init__(self, path: str, problem: str, where: str | None = None):
        self.path = str(path)
        self.problem = problem
        self.where = where
        super().__init__(self.message)

    @property
    def message(self) -> str:
        location = f"{self.path}: {self.where}" if self.where else self.path
        return one_line(f"{location}: {self.problem}")


class DamagedInput(InputError):
    """A part of an input (an archive member, a record, a line) cannot be used; readers skip it, say so
    and go on, and the run exits 2. Anything else wrong with an input refuses it as a whole."""


class NotGiven(InputError):
    """An input the run needs was named nowhere: there is no file to blame, so the message is the problem and where
    to name the input."""

    def __init__(self, problem: str):
        super().__init__("", problem)

    @property
    def message(self) -> str:
        return one_line(self.problem)


class RunFailed(InputError):
    """The run itself cannot go on ("a worker process died ..."). No input is to blame, but the CLI reports it the
    same way: one line naming what failed, exit code 2."""

    @property
    def message(self) -> str:
        return one_line(f"{self.path} {self.problem}")


# What to do about a file that cannot be read, by the system's reason: Excel on Windows holds an open file so.
LOCKED = "close it in the program that has it open (Excel locks open files) or allow yourself to read it"
READ_FIXES = {errno.EACCES: LOCKED, errno.EPERM: LOCKED, errno.EISDIR: "pass the file, not its folder"}


def described(exc: BaseException) -> tuple[str, str]:
    """(kind, one-line message) for an exception that ends a command: the file and what to do for bad input, the
    file and the system's reason for an unreadable one, and only the type and place for a crash, as its message may
    quote a caption or a listed name."""
    if isinstance(exc, InputError):
        return "error", exc.message
    if isinstance(exc, OSError):
        if not exc.filename:
            return "error", f"{exc.strerror or exc}"
        fix = READ_FIXES.get(exc.errno or 0)
        return "error", f"{exc.filename}: {exc.strerror or exc}" + (f"; {fix}" if fix else "")
    frame = traceback.extract_tb(exc.__traceback__)[-1]
    return "internal error", f"{type(exc).__name__} in {Path(frame.filename).name}:{frame.lineno}; please report it"
