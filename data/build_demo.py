"""Build the demo exports in data/ (fictional people): ``python data/build_demo.py``.

The files follow Meta's export layouts, including its mojibake: every UTF-8 byte of a
non-ASCII character is written as its own \\u00XX escape, as real exports do.
"""

from __future__ import annotations

import colorsys
import io
import json
import zipfile
from pathlib import Path

from PIL import Image, ImageDraw

HERE = Path(__file__).parent
T0 = 1716000000  # 2024-05-18
DAY = 86400
FB_MEDIA = "your_facebook_activity/posts/media/"


def photo(seed: int, size: tuple[int, int] = (240, 300)) -> bytes:
    """A made-up photo of a few KB: sky, sun and hills in colours of its own, so that thumbnails tell posts apart."""
    w, h = size
    hue = seed * 0.137 % 1

    def colour(shift: float, light: float) -> tuple[int, int, int]:
        return tuple(round(255 * c) for c in colorsys.hls_to_rgb((hue + shift) % 1, light, 0.6))

    image = Image.new("RGB", size, colour(0, 0.75))
    draw = ImageDraw.Draw(image)
    draw.ellipse((w * 0.6, h * 0.12, w * 0.85, h * 0.32), fill=colour(0.5, 0.6))
    draw.polygon(
        [(0, h * 0.7), (w * 0.35, h * 0.45), (w * 0.7, h * 0.75), (w, h * 0.55), (w, h), (0, h)], colour(0.3, 0.35)
    )
    out = io.BytesIO()
    image.save(out, "JPEG", quality=80)
    return out.getvalue()


def meta_json(value: object) -> bytes:
    text = json.dumps(value, ensure_ascii=False, indent=2)
    return "".join(c if ord(c) < 128 else "".join(f"\\u{b:04x}" for b in c.encode("utf-8")) for c in text).encode()


def ig_post(i: int, caption: str, gps: tuple[float, float] | None = None, uri: str = "") -> dict:
    media = {"uri": uri or f"media/posts/202405/{1000 + i}.jpg", "creation_timestamp": T0 + i * DAY, "title": ""}
    if gps:
        media["media_metadata"] = {"photo_metadata": {"exif_data": [{"latitude": gps[0], "longitude": gps[1]}]}}
    return {"media": [media], "title": caption, "creation_timestamp": T0 + i * DAY}


INSTAGRAM_POSTS = [
    ("Traumhochzeit am Tegernsee 💍 mit @lena.vogt und Tim ✨\n#hochzeit #tegernsee", (47.71, 11.76)),
    ("Lenas Hochzeit war einfach magisch. Danke für alles! 🥂", None),
    ("Golden hour in Munich with Jonas Mueller 🌇 #goldenhour", None),
    ("Familienshooting im Englischen Garten 🌳 Danke an Familie Schneider!", None),
    ("Behind the scenes with @mia.k_photo's team 📸 #bts", None),
    ("Herbst am Schliersee 🍂 #herbst #bayern", (47.73, 11.86)),
    ("#lenavogt #weddingday Endlich sind die Bilder online!", None),
    ("Happy Birthday Hannes Weiss!! 🎉 Auf viele weitere Jahre", None),
    ("Kaffee mit Clara Hagen in der Altstadt ☕️", None),
    ("Sommer in Berlin mit Ben und Sophie ☀️", None),
    ("Engagement shoot with Emily & Jack in Edinburgh 💛\n📸 @studio.sonnenlicht", None),
    ("Paarshooting mit Lena\nVogt und Tim am Eibsee 🌲", None),
]


def instagram_export() -> dict[str, bytes]:
    posts = [ig_post(i, caption, gps) for i, (caption, gps) in enumerate(INSTAGRAM_POSTS)]
    # An older multi-item post: its caption sits on the first media item only.
    posts.append(
        {
            "media": [
                {
                    "uri": "media/posts/202301/77.jpg",
                    "creation_timestamp": T0 - 400 * DAY,
                    "title": "Skiurlaub in Garmisch mit Johannes Weiß ⛷️",
                },
                {"uri": "media/posts/202301/78.jpg", "creation_timestamp": T0 - 400 * DAY, "title": ""},
            ]
        }
    )
    # a video: the export names no still of it
    reels = {"ig_reels_media": [ig_post(40, "Tanzvideo mit jonas müller 😂 #reels", uri="media/reels/202406/1040.mp4")]}
    stories = {
        "ig_stories": [
            {
                "uri": "media/stories/202407/1.jpg",
                "creation_timestamp": T0 + 50 * DAY,
                "title": "Guten Morgen aus Rottach-Egern! ☀️",
            }
        ]
    }
    comments = {
        "comments_media_comments": [
            {
                "media_list_data": [{"uri": ""}],
                "string_map_data": {
                    "Kommentar": {"value": "Wunderschön! Grüße an Lena Vogt ❤️"},
                    "Medieninhaber": {"value": "hochzeit.magazin"},
                    "Zeit": {"timestamp": T0 + 3 * DAY},
                },
            },
            {
                "media_list_data": [{"uri": ""}],
                "string_map_data": {
                    "Kommentar": {"value": "So schöne Bilder 😍"},
                    "Medieninhaber": {"value": "anna.beispiel"},
                    "Zeit": {"timestamp": T0 + 4 * DAY},
                },
            },
        ]
    }
    prefix = "your_instagram_activity/"
    photos = [p["media"][k]["uri"] for p in posts for k in range(len(p["media"]))] + [stories["ig_stories"][0]["uri"]]
    return {
        **{uri: photo(seed) for seed, uri in enumerate(photos)},
        prefix + "media/posts_1.json": meta_json(posts),
        prefix + "media/reels.json": meta_json(reels),
        prefix + "media/stories.json": meta_json(stories),
        prefix + "comments/post_comments_1.json": meta_json(comments),
        "personal_information/personal_information/personal_information.json": meta_json(
            {
                "profile_user": [
                    {
                        "string_map_data": {
                            "Benutzername": {"value": "studio.sonnenlicht"},
                            "Biografie": {"value": "Hochzeiten & Paare in Bayern 💛 Zweitfotografin: @mia.k_photo"},
                        }
                    }
                ]
            }
        ),
        prefix + "threads/threads_and_replies.json": meta_json(
            {
                "text_post_app_text_posts": [
                    {
                        "media": [
                            {
                                "creation_timestamp": T0 + 20 * DAY,
                                "title": "Neuer Workshop im Herbst, zusammen mit Jonas Müller 🎓",
                                "text_app_post": {"is_reply": False},
                            }
                        ]
                    }
                ]
            }
        ),
    }


def facebook_export() -> dict[str, bytes]:
    posts = [
        {
            "timestamp": T0 + 10 * DAY,
            "title": "Studio Sonnenlicht war mit Clara von Hagen und Ben Hartmann.",
            "data": [
                {"post": "Was für ein Tag in Hamburg mit Clara von Hagen 🎉"},
                {"update_timestamp": T0 + 10 * DAY},
            ],
            "attachments": [
                {
                    "data": [
                        {
                            "media": {
                                "uri": FB_MEDIA + "Timelinephotos_1/101.jpg",
                                "creation_timestamp": T0 + 10 * DAY,
                                "description": "Was für ein Tag in Hamburg mit Clara von Hagen 🎉",
                            }
                        },
                        {
                            "place": {
                                "name": "Hamburg",
                                "coordinate": {"latitude": 53.55, "longitude": 9.99},
                                "address": "",
                                "url": "",
                            }
                        },
                    ]
                }
            ],
            "tags": [{"name": "Clara von Hagen"}, {"name": "Ben Hartmann"}],
        },
        {
            "timestamp": T0 + 11 * DAY,
            "data": [{"post": "Neue Bilder sind online! 📷"}],
            "attachments": [{"data": [{"media": {"uri": FB_MEDIA + "Timelinephotos_1/102.jpg"}}]}],
            "tags": ["Mia Kowalski"],
        },
        {
            "timestamp": T0 + 12 * DAY,
            "data": [
                {
                    "post": "Thanks everyone for coming to our open studio in Cologne! "
                    "Special thanks to Jonas Müller's band 🎸"
                }
            ],
            "attachments": [
                {
                    "data": [
                        {  # a video, and the still the export names for it
                            "media": {
                                "uri": FB_MEDIA + "videos/103.mp4",
                                "thumbnail": {"uri": FB_MEDIA + "videos/thumbnails/103.jpg"},
                            }
                        },
                        {"place": {"name": "Köln", "coordinate": {"latitude": 50.94, "longitude": 6.96}}},
                        {"external_context": {"url": "https://example.org"}},
                    ]
                }
            ],
        },
        {
            "timestamp": T0 + 13 * DAY,
            "title": "Studio Sonnenlicht hat 3 neue Fotos hinzugefügt.",
            "data": [{"post": "Herbstlicht am Königssee 🍁"}],
            "attachments": [{"data": [{"media": {"uri": FB_MEDIA + "Timelinephotos_1/104.jpg"}}]}],
        },
    ]
    comments = {
        "comments_v2": [
            {
                "timestamp": T0 + 14 * DAY,
                "title": "Studio Sonnenlicht hat den Beitrag von Jonas Müller kommentiert.",
                "data": [
                    {
                        "comment": {
                            "timestamp": T0 + 14 * DAY,
                            "comment": "Glückwunsch euch beiden, Jonas und Lena! 🥂",
                            "author": "Studio Sonnenlicht",
                        }
                    }
                ],
            },
            {
                "timestamp": T0 + 15 * DAY,
                "title": "Studio Sonnenlicht hat einen Beitrag kommentiert.",
                "data": [
                    {
                        "comment": {
                            "timestamp": T0 + 15 * DAY,
                            "comment": "Danke für die Empfehlung!",
                            "author": "Studio Sonnenlicht",
                        }
                    }
                ],
            },
        ]
    }
    prefix = "your_facebook_activity/"
    album = FB_MEDIA + "HochzeitamTegernsee_1/1.jpg"
    photos = [
        FB_MEDIA + name for name in ("Timelinephotos_1/101.jpg", "Timelinephotos_1/102.jpg", "Timelinephotos_1/104.jpg")
    ]
    photos += [FB_MEDIA + "videos/thumbnails/103.jpg", album]
    return {
        **{uri: photo(20 + seed) for seed, uri in enumerate(photos)},
        prefix + "posts/your_posts__check_ins__photos_and_videos_1.json": meta_json(posts),
        prefix + "comments_and_reactions/comments.json": meta_json(comments),
        prefix + "posts/album/0.json": meta_json(
            {
                "name": "Hochzeit am Tegernsee",
                "description": "Die schönsten Bilder, mit Lena Vogt und ihrer Familie",
                "last_modified_timestamp": T0 + 12 * DAY,
                "cover_photo": {"uri": album, "creation_timestamp": T0 + 12 * DAY},
                "photos": [{"uri": album, "creation_timestamp": T0 + 12 * DAY, "title": "Hochzeit am Tegernsee"}],
            }
        ),
        prefix + "events/your_events.json": meta_json(
            {
                "your_events_v2": [
                    {
                        "name": "Fotowalk mit Hannes Weiß",
                        "start_timestamp": T0 + 30 * DAY,
                        "place": {"name": "Englischer Garten"},
                    }
                ]
            }
        ),
    }


def write_zip(path: Path, members: dict[str, bytes]) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in sorted(members.items()):
            info = zipfile.ZipInfo(name, date_time=(2024, 6, 1, 12, 0, 0))  # fixed: the zip is reproducible
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


if __name__ == "__main__":
    write_zip(HERE / "demo_instagram.zip", instagram_export())
    write_zip(HERE / "demo_facebook.zip", facebook_export())
