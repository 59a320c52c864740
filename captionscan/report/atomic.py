"""Write outputs atomically: a temporary file beside the target, renamed over it when complete."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import IO

from captionscan.errors import InputError


def write_atomic(path: Path, write: Callable[[IO], None], binary: bool = False) -> None:
    """Either the whole output lands at `path`, or nothing does (no partial file on any error).
    The file gets the mode a plain open() would give it: the old file's, or 0666 less the umask."""
    if path.is_dir():
        raise InputError(str(path), "is a folder; name a file to write")
    if path.is_symlink() or path.exists() and not path.is_file():  # /dev/stdout, a pipe: write through it
        try:
            with open(path, "wb" if binary else "w", **({} if binary else {"encoding": "utf-8", "newline": ""})) as f:
                write(f)
        except OSError as exc:
            raise InputError(str(path), f"cannot write output ({exc.strerror})") from None
        return
    try:
        mode = path.stat().st_mode & 0o7777 if path.exists() else 0o666 & ~_umask()
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise InputError(str(path), f"cannot write output ({exc.strerror})") from None
    try:
        with os.fdopen(fd, "wb") if binary else os.fdopen(fd, "w", encoding="utf-8", newline="") as f:
            write(f)
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException as exc:
        Path(tmp).unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise InputError(str(path), f"cannot write output ({exc.strerror})") from None
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
