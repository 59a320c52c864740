"""A large export's HTML report without scanning it all: the findings and rewrites of a scanned sample of the
benchmark's synthetic captions (bench/synthetic.py), repeated over as many posts as asked, each with a photo of its
own in an export folder. The photos are hard links to a few noisy images, which compress about as badly as photos
do: every name is read and scaled, as in a real export, without writing gigabytes."""

from __future__ import annotations

import io
import os
import sys
from dataclasses import replace
from pathlib import Path

from PIL import Image

from captionscan.records import Source, Summary, UnitReport
from captionscan.session import Session

sys.path.insert(0, str(Path(__file__).parent.parent / "bench"))
import synthetic  # noqa: E402  (bench/ is no package)

POSTS = "your_instagram_activity/media/posts_1.json"
SAMPLE = 1000  # captions scanned for real; the report repeats their findings
IMAGES = 16
PHOTO = (1080, 1350)  # Instagram's portrait size


def noisy_photo(seed: int, size: tuple[int, int] = PHOTO) -> bytes:
    """A JPEG of colour noise blurred to blobs of a twelfth of its width: at 1080 x 1350, some 250 KB like a photo of
    that size, and its thumbnails compress worse than a photo's (about 0.5 bytes a pixel as WebP data URIs)."""
    noise = [Image.effect_noise((size[0] // 12, size[1] // 12), 60 + 5 * c + seed) for c in range(3)]
    channels = [n.resize(size, Image.Resampling.BICUBIC) for n in noise]
    image = Image.blend(Image.merge("RGB", channels), Image.effect_noise(size, 5).convert("RGB"), 0.2)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=85)
    return out.getvalue()


def large_reports(
    folder: Path, units: int, sample: int = SAMPLE, photo: tuple[int, int] = PHOTO
) -> tuple[list[UnitReport], Summary, Session]:
    """`units` reports of an export folder made in `folder`; the posts with findings have photos there."""
    optout = folder / "optout.csv"
    synthetic.write_optout(optout, 30)
    session = Session.open(optout)
    scanned = list(session.scan_texts(synthetic.captions(sample)))
    export = folder / "export"
    images = folder / "images"
    images.mkdir()
    sources = []
    for seed in range(IMAGES):
        sources.append(images / f"{seed}.jpg")
        sources[-1].write_bytes(noisy_photo(seed, photo))
    reports, summary = [], Summary()
    for i in range(units):
        r = scanned[i % sample]
        media = f"media/posts/{2019 + i // 20000}{1 + i % 12:02d}/{17840000000000000 + i}.jpg"
        if r.hits:
            photo = export / media
            photo.parent.mkdir(parents=True, exist_ok=True)
            os.link(sources[i % IMAGES], photo)
        unit = replace(r.unit, source=Source(str(export), POSTS, i, "caption", media, synthetic.T0 + i * 1800))
        reports.append(replace(r, unit=replace(unit, media=media)))
        summary.add(reports[-1])
    return reports, summary, session
