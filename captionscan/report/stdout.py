"""Standard output as a named target: a failed write says "standard output", the problem and what to do, and a
reader that closed the pipe (`captionscan scan ... | head`) ends the output quietly."""

from __future__ import annotations

import errno
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import IO

from captionscan.errors import InputError

STDOUT = "standard output"


class StdoutFailed(InputError):
    """Standard output cannot take the output (a full disk, a file size limit, an I/O error)."""


def _fix(exc: OSError) -> str:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return "free some space or write with -o to another disk"
    if exc.errno == errno.EFBIG:
        return "the file size limit (ulimit -f) is reached; write with -o to another disk"
    return "write with -o to a file instead"


class NamedOutput:
    """A text stream whose write errors name it; everything else is the wrapped stream's. `reader_gone` once a
    reader that closed the pipe ended an output early."""

    def __init__(self, stream: IO[str]):
        self._stream = stream
        self.reader_gone = False

    def _failed(self, exc: OSError) -> StdoutFailed:
        return StdoutFailed(STDOUT, f"{exc.strerror or exc}; {_fix(exc)}")

    def write(self, text: str) -> int:
        try:
            return self._stream.write(text)
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise self._failed(exc) from None

    def flush(self) -> None:
        try:
            self._stream.flush()
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise self._failed(exc) from None

    def __getattr__(self, name: str):
        return getattr(self._stream, name)


@contextmanager
def standard_output() -> Iterator[IO[str]]:
    """sys.stdout, named in its errors, for the duration. What is buffered is flushed here, so that a full disk
    is reported as one line and not as the interpreter's complaint at exit. A closed pipe ends the block quietly:
    the reader has all it wanted."""
    real = sys.stdout
    named = sys.stdout = NamedOutput(real)
    try:
        try:
            yield named
        finally:
            named.flush()
    except BrokenPipeError:
        discard_stdout(real)
    except StdoutFailed:
        discard_stdout(real)
        raise
    finally:
        sys.stdout = real


def reader_gone() -> bool:
    """Whether a reader that closed standard output ended part of this command's output early (see standard_output):
    what the command found is then known only in part."""
    return isinstance(sys.stdout, NamedOutput) and sys.stdout.reader_gone


def discard_stdout(stream: IO[str] | None = None) -> None:
    """Point the stream's descriptor at /dev/null: what it still buffers cannot be written, and the interpreter's
    final flush must not fail again with a second message (the idiom of Python's signal docs, on SIGPIPE)."""
    stream = stream or sys.stdout
    if isinstance(stream, NamedOutput):
        stream.reader_gone = True
    try:
        fd = stream.fileno()
    except (OSError, ValueError):  # not a real file (a test runner's buffer): nothing to flush at exit
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, fd)
    finally:
        os.close(devnull)
