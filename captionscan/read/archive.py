"""Uniform, read-only access to an export archive: a .zip or an extracted folder.

Archives are read in memory and never extracted, so a crafted member name cannot write anywhere.
"""

from __future__ import annotations

import io
import lzma
import re
import stat
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path, PurePosixPath
from typing import BinaryIO

from captionscan.errors import DamagedInput, InputError

# A 100,000-post posts_1.json is about 35 MiB and compresses about 4:1. Both limits are checked on the
# declared sizes before inflating, and again on the bytes while inflating, for headers that lie.
MAX_MEMBER_BYTES = 96 * 1024 * 1024
MAX_COMPRESSION_RATIO = 100
READ_CHUNK = 1 << 20


@dataclass(frozen=True)
class Member:
    """One file inside a folder or archive; `name` is its path there. `chunks()` reads it in pieces of at
    most READ_CHUNK bytes, so that a reader that parses as it goes holds no whole member."""

    name: str
    chunks: Callable[[], Iterator[bytes]]


def _unsafe(name: str) -> bool:
    p = PurePosixPath(name.replace("\\", "/"))
    return p.is_absolute() or ".." in p.parts or (len(name) > 1 and name[1] == ":")


def _zip_members(label: str, file: Path | BinaryIO, within: str | None = None) -> Iterator[Member]:
    """The members of a zip archive. A download zipped once more (`_wrapped_export`) is read in its place, its members
    named after it ("export.zip/content/posts_1.json"), from memory: it is a member, bounded as every member is. Any
    other zip (a message's attachment) stays a member, and so does one in the zip read (`within`)."""
    try:
        archive = zipfile.ZipFile(file)
    except (zipfile.BadZipFile, OSError) as exc:
        problem = f"not a readable zip archive ({exc}): if cut short, download it again"
        raise InputError(label, problem, within) from None
    prefix = f"{within}/" if within else ""
    infos = [i for i in archive.infolist() if not i.is_dir()]
    for info in infos:
        name = prefix + info.filename
        if _unsafe(info.filename):
            raise InputError(label, "unsafe member name in archive (absolute or '..'); refusing it", name)
        if stat.S_ISLNK(info.external_attr >> 16):
            raise InputError(label, "archive member is a symbolic link; refusing it", name)
        if info.file_size > MAX_MEMBER_BYTES:
            raise InputError(label, f"archive member larger than {MAX_MEMBER_BYTES >> 20} MiB", name)
        if info.compress_size and info.file_size / info.compress_size > MAX_COMPRESSION_RATIO:
            raise InputError(label, "archive member has an implausible compression ratio", name)

    def reader(info: zipfile.ZipInfo):
        limit = min(MAX_MEMBER_BYTES, max(info.compress_size, 1) * MAX_COMPRESSION_RATIO)
        name = prefix + info.filename

        def chunks() -> Iterator[bytes]:
            total = 0
            try:
                with archive.open(info) as f:
                    while chunk := f.read(READ_CHUNK):
                        total += len(chunk)
                        if total > limit:
                            raise InputError(label, "archive member inflates beyond a safe size", name)
                        yield chunk
            # RuntimeError: encrypted; NotImplementedError: a compression method zipfile lacks
            except (
                zipfile.BadZipFile,
                OSError,
                EOFError,
                zlib.error,
                lzma.LZMAError,
                RuntimeError,
                NotImplementedError,
            ) as exc:
                reason = "encrypted" if isinstance(exc, RuntimeError) else str(exc)
                problem = f"unreadable archive member ({reason}): download the export again"
                raise DamagedInput(label, problem, name) from None

        return chunks

    for info in sorted(infos, key=lambda i: i.filename):
        if within is None and _wrapped_export(info.filename):
            yield from _zip_members(label, io.BytesIO(b"".join(reader(info)())), info.filename)
        else:
            yield Member(prefix + info.filename, reader(info))


EXPORT_ZIP = re.compile(r"(?i)(?:[^/]*|.*/(?:instagram|facebook|threads|meta)[^/]*)\.zip")


def _wrapped_export(name: str) -> bool:
    """A zip at the archive's top, or one named as Meta names a download ("Downloads/instagram-studio-….zip"): an
    export zipped once more, not a message's attachment ("messages/inbox/anna/files/x.zip")."""
    inside = name.startswith(("your_", "messages/")) or "/messages/" in name  # an export's own folders
    return not inside and EXPORT_ZIP.fullmatch(name) is not None


def regular_file_size(path: Path, label: str, where: str | None = None) -> int:
    """The size of a regular file within the limit; devices, FIFOs and oversized files are refused."""
    if not path.is_file():
        raise InputError(label, "not a regular file (a device, a pipe or a socket?)", where)
    size = path.stat().st_size
    if size > MAX_MEMBER_BYTES:
        raise InputError(label, f"larger than {MAX_MEMBER_BYTES >> 20} MiB", where)
    return size


def _file_chunks(file: Path) -> Iterator[bytes]:
    with file.open("rb") as f:
        while chunk := f.read(READ_CHUNK):
            yield chunk


def _folder_members(path: Path) -> Iterator[Member]:
    files = sorted(p for p in path.rglob("*") if p.is_symlink() or not p.is_dir())
    for file in files:
        name = file.relative_to(path).as_posix()
        if file.is_symlink():
            raise InputError(str(path), "a symbolic link in the export folder; refusing it", name)
        regular_file_size(file, str(path), name)
    for file in files:
        yield Member(file.relative_to(path).as_posix(), partial(_file_chunks, file))


def members(path: Path) -> Iterator[Member]:
    """The files of a folder or a zip archive, sorted by name so that reports are stable."""
    if path.is_dir():
        yield from _folder_members(path)
    elif not path.exists():
        raise InputError(str(path), "no such file or folder")
    else:
        regular_file_size(path, str(path))
        yield from _zip_members(str(path), path)
