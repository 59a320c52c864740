"""The posts' photos as small thumbnails embedded in the HTML report, read from the export the texts came from.

A photo is read and scaled once, however many texts of its post name it. The page must stay one file that opens
quickly however large the export, so the thumbnails share a byte budget: the more posts with findings, the smaller
each, and past the budget a post shows an icon. A video without a still, a missing file and an image Pillow cannot
or should not decode (damaged, truncated, a decompression bomb) show an icon too: never an error, the report matters
more than its pictures.
"""

from __future__ import annotations

import base64
import io
import math
import warnings
from pathlib import Path, PurePosixPath

from captionscan.errors import InputError
from captionscan.read.archive import Member, members

SIDE = 160  # the longer side of a thumbnail in pixels, as the page shows it
SMALLEST = 80  # the budget shrinks thumbnails down to this side; past it, posts show an icon
BUDGET = 12 * 2**20  # bytes of thumbnails in one page: with the texts of a 100,000-unit export, under 25 MB
BYTES_PER_PIXEL = 0.3  # of a photo's WebP thumbnail at QUALITY as a data URI; noise takes 0.5, which the budget caps
QUALITY = 60
# The formats Meta exports photos in: Pillow's other decoders (EPS runs Ghostscript) are never offered a file.
FORMATS = ("JPEG", "PNG", "WEBP", "GIF")
VIDEOS = frozenset({".mp4", ".mov", ".m4v", ".webm", ".3gp", ".avi", ".mkv"})
# What a post shows where it has no thumbnail; the page draws an icon and says why.
VIDEO, MISSING, UNREADABLE, LEFT_OUT = "video", "missing", "unreadable", "left out"


class Thumbnails:
    """The thumbnails of one page: `images` (data URIs), and for each media file what its posts show: the index of
    its image, or why there is none."""

    def __init__(self, files: int, budget: int = BUDGET):
        """`files`: how many media files the page will ask for, which sets the size of each."""
        self.side = max(SMALLEST, min(SIDE, int(math.sqrt(budget / max(files, 1) / BYTES_PER_PIXEL))))
        self.left = budget
        self.images: list[str] = []
        self.shown: dict[tuple[str, str], int | str] = {}
        self.exports: dict[str, dict[str, Member]] = {}

    def of(self, export: str, media: str, poster: str | None = None) -> int | str:
        """What the post whose text came from `export` and whose first media file is `media` shows."""
        if (export, media) not in self.shown:
            self.shown[export, media] = self._made(export, poster or media)
        return self.shown[export, media]

    def _made(self, export: str, still: str) -> int | str:
        if PurePosixPath(still).suffix.lower() in VIDEOS:
            return VIDEO
        if not self.left:
            return LEFT_OUT
        data = self._read(export, still)
        if data is None:
            return MISSING
        image = scaled(data, self.side)
        if image is None:
            return UNREADABLE
        if len(image) > self.left:
            self.left = 0  # full: the posts after this one (older ones) show icons
            return LEFT_OUT
        self.left -= len(image)
        self.images.append(image)
        return len(self.images) - 1

    def _read(self, export: str, name: str) -> bytes | None:
        if export not in self.exports:
            self.exports[export] = files(Path(export))
        member = self.exports[export].get(name)
        try:
            return b"".join(member.chunks()) if member else None
        except (InputError, OSError):  # damaged, an archive bomb, gone since the scan
            return None


def files(export: Path) -> dict[str, Member]:
    """The files of an export (zip or folder) by their path from its top, as the export's JSON names them; also
    without a first folder, for an export zipped with the folder it was extracted to. None where the texts came from
    a single JSON file or draft, whose media cannot be found."""
    try:
        found = list(members(export)) if export.is_dir() or export.suffix.lower() == ".zip" else []
    except InputError:
        return {}
    by_name = {member.name: member for member in found}
    for member in found:
        if "/" in member.name:
            by_name.setdefault(member.name.partition("/")[2], member)
    return by_name


def scaled(data: bytes, side: int) -> str | None:
    """The image scaled to fit `side` as a WebP data URI; None for anything Pillow cannot decode or that is larger
    than Pillow's decompression bomb limit (89 million pixels)."""
    from PIL import Image  # here: only a page with photos pays for importing it

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data), formats=FORMATS) as image:
                image.draft("RGB", (side, side))  # a JPEG decodes at a fraction of its size
                image.thumbnail((side, side))
                alpha = "A" in image.getbands() or "transparency" in image.info
                out = io.BytesIO()
                image.convert("RGBA" if alpha else "RGB").save(out, "WEBP", quality=QUALITY)
    except Exception:  # noqa: BLE001  (Pillow's decoders raise many kinds of errors on damaged or crafted files)
        return None
    return "data:image/webp;base64," + base64.b64encode(out.getvalue()).decode("ascii")
