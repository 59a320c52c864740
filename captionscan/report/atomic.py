"""Write outputs atomically: the complete output replaces the target in one rename, or nothing changes.

On Linux the output is written into an unnamed file (O_TMPFILE) that is given a name only once it is complete, so a
run killed with SIGKILL mid-write leaves nothing behind. Elsewhere, or where the filesystem refuses unnamed files,
the temporary file is named `.<target>.captionscan-<pid>-<random>.tmp`, and the next run to the same target removes
those whose process is gone.
"""

from __future__ import annotations

import ctypes
import errno
import os
import re
import secrets
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import IO

from captionscan.errors import InputError

# A filesystem that cannot make unnamed files says so with one of these (EISDIR: a kernel older than O_TMPFILE
# reads the flag as O_DIRECTORY).
NO_TMPFILE = {errno.EOPNOTSUPP, errno.EISDIR, errno.EINVAL}
AT_FDCWD, AT_SYMLINK_FOLLOW = -100, 0x400  # from <fcntl.h>


def _libc_linkat() -> Callable | None:
    """linkat(2) from the C library. os.link() cannot name an unnamed file: with the default follow_symlinks it
    calls link(2), which links /proc/self/fd/N itself (EXDEV) instead of the file it points at."""
    if not sys.platform.startswith("linux") or not hasattr(os, "O_TMPFILE"):
        return None
    try:
        linkat = ctypes.CDLL(None, use_errno=True).linkat
    except (OSError, AttributeError):
        return None
    linkat.argtypes = (ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_int)
    return linkat


_LINKAT = _libc_linkat()


def write_atomic(path: Path, write: Callable[[IO], None], binary: bool = False) -> None:
    """Either the whole output lands at `path`, or nothing does (no partial file on any error, nor after a kill).
    The file gets the mode a plain open() would give it: the old file's, or 0666 less the umask."""
    if path.is_dir():
        raise InputError(str(path), "is a folder; name a file to write")
    if path.is_symlink() or path.exists() and not path.is_file():  # /dev/stdout, a pipe: write through it
        try:
            with open(path, "wb" if binary else "w", **({} if binary else {"encoding": "utf-8", "newline": ""})) as f:
                write(f)
        except BrokenPipeError:
            raise  # the reader has all it wanted (`-o /dev/stdout | head`): the command ends quietly
        except OSError as exc:
            raise cannot_write(str(path), exc) from None
        return
    tmp: str | None = None  # the temporary file's name, once it has one
    try:
        mode = path.stat().st_mode & 0o7777 if path.exists() else 0o666 & ~_umask()
        remove_stale(path)
        fd, tmp = _open_temporary(path)
    except OSError as exc:
        raise cannot_write(str(path), exc) from None
    try:
        with os.fdopen(fd, "wb") if binary else os.fdopen(fd, "w", encoding="utf-8", newline="") as f:
            write(f)
            f.flush()
            if tmp is None:
                os.fchmod(f.fileno(), mode)
                tmp = _link_unnamed(f.fileno(), path)
            else:
                os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException as exc:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise cannot_write(str(path), exc) from None
        raise


def cannot_write(target: str, exc: OSError) -> InputError:
    """`<target>: cannot write output (<problem>); <what to do>` for an output that failed."""
    return InputError(target, f"cannot write output ({exc.strerror or exc}); {fix_for(exc)}")


def fix_for(exc: OSError) -> str:
    """What the user can do about a failed write, by its cause."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return "free some space or write to another disk"
    if exc.errno == errno.EFBIG:
        return "the file size limit (ulimit -f) or the filesystem's is reached; write to another disk"
    if exc.errno == errno.EROFS:
        return "the disk is read-only; write to another folder"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "no permission to write there; write to another folder"
    if exc.errno in (errno.ENOENT, errno.ENOTDIR):
        return "the folder is missing; create it or write to another folder"
    return "write to another folder or disk"


def _prefix(path: Path) -> str:
    return f".{path.name}.captionscan-{os.getpid()}-"


def _stale_name(path: Path) -> re.Pattern:
    return re.compile(rf"\.{re.escape(path.name)}\.captionscan-(\d+)-\w+\.tmp")


def _open_temporary(path: Path) -> tuple[int, str | None]:
    """A file to write the output into, in the target's folder (a rename across filesystems is no rename): unnamed
    (the name is None) where the system allows it, else named as captionscan's, with this process's id."""
    if _LINKAT is not None and os.path.isdir("/proc/self/fd"):  # naming it needs /proc (open(2))
        try:
            return os.open(path.parent, os.O_TMPFILE | os.O_RDWR, 0o600), None
        except OSError as exc:
            if exc.errno not in NO_TMPFILE:
                raise
    return tempfile.mkstemp(prefix=_prefix(path), suffix=".tmp", dir=path.parent)


def _link_unnamed(fd: int, path: Path) -> str:
    """Give the complete unnamed file a name of its own beside the target, to be renamed over it: linking it over
    the target directly is not possible (link(2) does not replace)."""
    for _ in range(100):
        name = str(path.parent / f"{_prefix(path)}{secrets.token_hex(4)}.tmp")
        if _LINKAT(AT_FDCWD, f"/proc/self/fd/{fd}".encode(), AT_FDCWD, os.fsencode(name), AT_SYMLINK_FOLLOW) == 0:
            return name
        if (code := ctypes.get_errno()) != errno.EEXIST:
            raise OSError(code, os.strerror(code), name)
    raise FileExistsError(errno.EEXIST, "no free temporary name", str(path.parent))


def remove_stale(path: Path) -> None:
    """Remove the temporary files that earlier runs to `path` left when they were killed (their process is gone);
    those of a run still writing stay."""
    pattern = _stale_name(path)
    try:
        names = os.listdir(path.parent)
    except OSError:
        return  # opening the temporary file will say what is wrong with the folder
    for name in names:
        if (m := pattern.fullmatch(name)) and not _alive(int(m.group(1))):
            try:
                (path.parent / name).unlink()
            except FileNotFoundError:
                pass  # another run removed it first


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True  # this process writes the same target from another thread
    if sys.platform == "win32":
        return True  # os.kill would end the process there: keep the file rather than guess
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # another user's process
    return True


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def refuse_overwriting_inputs(output: Path | None, inputs: list[Path | None]) -> None:
    """Refuse an output that would overwrite an input of the same run (an export, the list, a key)."""
    if output is None or not output.exists():
        return
    for path in filter(None, inputs):
        if path.exists() and os.path.samefile(output, path):
            raise InputError(str(output), "is an input of this run; name another file for the output")
