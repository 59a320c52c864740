"""Build one fixture archive per export generation and app, with the findings a scan must report.

``python tests/build_exports.py OUTDIR`` writes ``optout.csv``, one ``.zip`` per archive and ``expected.json``;
tests import :func:`build_all`. The archives follow Meta's documented export layouts (JSON variant, 2018 to 2025),
not captionscan's readers, so they check those readers independently. Every text field of every archive names
listed people (all fictional), so each (member, index, field, person) is one finding a scan must report; a few
units name nobody listed, or only a namesake, and must stay without a hit.

Texts are templates: ``{p01}`` is that person's full name, ``{@p01}`` their @handle. The expected findings are
derived from the same templates, so a text and its expectation cannot drift apart.
"""

from __future__ import annotations

import csv
import json
import re
import sys
import zipfile
from dataclasses import asdict, dataclass
from pathlib import Path

T0 = 1716000000  # 2024-05-18
DAY = 86400
OWNER = "Studio Lichtblick"  # the account the exports belong to; not on the list

# id, name, aliases, handle, gender: made-up people.
PEOPLE = (
    ("p01", "Jörg Häberle", "", "joerg.haeberle", "m"),
    ("p02", "Anouk van Dijk", "", "anoukvandijk", "f"),
    ("p03", "Élodie Marchand", "", "elodie.marchand", "f"),
    ("p04", "Maximilian Großkopf", "", "max_grosskopf", "m"),
    ("p05", "Sophie Brenner", "", "sophie.brenner", "f"),
    ("p06", "Thijs de Groot", "", "thijsdegroot", "m"),
    ("p07", "Henriette Lübke", "", "henriette.luebke", "f"),
    ("p08", "Oliver Ashcombe", "", "oliver.ashcombe", "m"),
    ("p09", "Noémie Laffont", "", "noemie_laffont", "f"),
    ("p10", "Fenna Bakker", "", "fenna.bakker", "f"),
    ("p11", "Gwendolyn Hartley", "Gwen", "gwen.hartley", "f"),
    ("p12", "Bastian Kürschner", "", "basti.kuerschner", "m"),
)
NAME = {pid: name for pid, name, *_ in PEOPLE}
HANDLE = {pid: handle for pid, _, _, handle, _ in PEOPLE}
_SLOT = re.compile(r"\{(@?)(p\d\d)\}")


@dataclass(frozen=True)
class Finding:
    """One listed person named in one unit: where captionscan's report record must put it."""

    member: str
    index: int | None
    field: str
    person: str
    id: str | None = None  # set where index alone is ambiguous (legacy media.json: the item's path)


class Archive:
    """The members of one zip and the findings their texts must produce."""

    def __init__(self, name: str, about: str) -> None:
        self.name, self.about = name, about
        self.members: dict[str, object] = {}
        self.findings: list[Finding] = []
        self.texts: list[tuple[str, tuple[str, ...]]] = []  # every unit text and the people it names

    def text(self, template: str, member: str, index: int | None, field: str, id: str | None = None) -> str:
        """Fill a template and record who it names at (member, index, field)."""
        text = _SLOT.sub(lambda m: "@" + HANDLE[m[2]] if m[1] else NAME[m[2]], template)
        people = tuple(dict.fromkeys(m[2] for m in _SLOT.finditer(template)))
        self.texts.append((text, people))
        for pid in people:
            self.findings.append(Finding(member, index, field, pid, id))
        return text

    def tags(self, pids: list[str], member: str, index: int, strings: bool = False) -> list:
        """Facebook tags: objects (current) or plain strings (to 2022); one `tags` unit per post."""
        self.texts.append((", ".join(NAME[p] for p in pids), tuple(pids)))
        for pid in pids:
            self.findings.append(Finding(member, index, "tags", pid))
        return [NAME[p] if strings else {"name": NAME[p]} for p in pids]

    def write(self, path: Path) -> Path:
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
            for member, value in self.members.items():
                z.writestr(member, meta_json(value))
        return path


def meta_json(value: object) -> bytes:
    """JSON as Meta writes it: every UTF-8 byte of a non-ASCII character as its own \\u00XX escape."""
    text = json.dumps(value, ensure_ascii=False, indent=2)
    return "".join(c if ord(c) < 128 else "".join(f"\\u{b:04x}" for b in c.encode("utf-8")) for c in text).encode()


def iso(day: int) -> str:
    return f"2019-{1 + day // 28:02d}-{1 + day % 28:02d}T18:13:20+00:00"


# --- Instagram ---------------------------------------------------------------------------------------------------


def ig_media(uri: str, day: int, title: str = "") -> dict:
    return {"uri": uri, "creation_timestamp": T0 + day * DAY, "title": title}


def legacy_profile(a: Archive, member: str = "profile.json") -> dict:
    return {
        "biography": a.text("Hochzeitsfotografie mit Herz 📸 zusammen mit {p07} und {@p10}", member, 0, "bio"),
        "name": a.text("Studio Lichtblick | {p12}", member, 0, "bio"),
        "username": "studio.lichtblick",
        "website": "https://studio-lichtblick.example",
    }


def legacy_items(a: Archive, kind: str, templates: list[str], ext: str = "jpg") -> list[dict]:
    """media.json items of one list; a unit's id is its path, since each list counts its own index."""
    items = []
    for i, template in enumerate(templates):
        path = f"{kind}/2019{1 + i:02d}/{kind[:2]}{i:03d}.{ext}"
        caption = a.text(template, "media.json", i, "caption", id=path) if template else ""
        items.append({"caption": caption, "taken_at": iso(i * 3), "path": path})
    return items


def legacy_comments(a: Archive, rows: list[tuple[str, str]]) -> list[list[str]]:
    return [
        [iso(i * 5), a.text(template, "comments.json", i, "comment") if "{" in template else template, owner]
        for i, (template, owner) in enumerate(rows)
    ]


def instagram_2018() -> Archive:
    a = Archive("instagram_2018", "Instagram 2018: media.json photos and videos, comments.json, profile.json")
    photos = legacy_items(
        a,
        "photos",
        [
            "Hochzeit von {p01} und {p02} am Ammersee 💍",
            "",  # an empty caption is no unit
            "Golden hour with {p08} in Brighton",
            "Sonnenuntergang am Starnberger See, einfach schön",  # names nobody
        ],
    )
    videos = legacy_items(a, "videos", ["Eerste dans van {p06} en {p10} 💃", "Ein Tag mit Jörg Kramer in Köln"], "mp4")
    videos[0]["location"] = "Utrecht"
    a.members["media.json"] = {"photos": photos, "videos": videos}
    a.members["comments.json"] = {
        "media_comments": legacy_comments(
            a,
            [
                ("Was für schöne Bilder von {p03}!", "hochzeit.magazin"),
                ("Congrats {@p11}, you look amazing", "gwen.hartley.art"),
                ("Traumhaft schön 😍", "brautmode.nord"),
            ],
        )
    }
    a.members["profile.json"] = legacy_profile(a)
    return a


def instagram_2020() -> Archive:
    a = Archive("instagram_2020", "Instagram 2019-2020: media.json stories/photos/videos/profile, comments.json")
    stories = legacy_items(a, "stories", ["Yess {@p04} 🎉", "Backstage mit {@p05} und {@p09}", ""], "mp4")
    photos = legacy_items(
        a,
        "photos",
        ["Verlovingsshoot met {p02} in Amsterdam", "Brautpaar {p12} und {p07} im Schlosspark", "Herbstlaub 🍂"],
    )
    videos = legacy_items(a, "videos", ["Making-of mit {p01}", "Wedding film for {p08} and {p11}"], "mp4")
    videos[1]["location"] = "Bath, United Kingdom"
    profile = legacy_items(a, "profile", ["Neues Profilbild, fotografiert von {p03}", ""])
    a.members["media.json"] = {"stories": stories, "photos": photos, "videos": videos, "profile": profile}
    a.members["comments.json"] = {
        "media_comments": legacy_comments(
            a,
            [
                ("Schöne Grüße an {p06}!", "fotoclub.muenchen"),
                ("So lovely, {p10} 💛", "weddingmag.uk"),
                ("Mit Anouk Jansen war es auch schön", "brautmode.nord"),  # a namesake of p02: no hit
            ],
        ),
        "live_comments": legacy_comments(
            a,
            [("Hallo {@p09}, schön dass du da bist", "studio.lichtblick"), ("Danke {p05} fürs Zuschauen", "x.y")],
        ),
    }
    a.members["profile.json"] = legacy_profile(a)
    return a


POSTS = "your_instagram_activity/media/posts_1.json"
REELS = "your_instagram_activity/media/reels.json"
STORIES = "your_instagram_activity/media/stories.json"
IG_COMMENTS = "your_instagram_activity/comments/post_comments_1.json"
PROFILE = "personal_information/personal_information/personal_information.json"
THREADS = "your_instagram_activity/threads/threads_and_replies.json"
OLD_THREADS = "threads/threads_and_replies.json"


def ig_comment(text: str, owner: str, day: int, keys: tuple[str, str, str]) -> dict:
    comment, media_owner, time = keys
    return {
        "media_list_data": [{"uri": ""}],
        "string_map_data": {
            comment: {"value": text},
            media_owner: {"value": owner},
            time: {"timestamp": T0 + day * DAY},
        },
    }


EN_KEYS = ("Comment", "Media Owner", "Time")
DE_KEYS = ("Kommentar", "Medieninhaber", "Zeit")
NL_KEYS = ("Opmerking", "Media-eigenaar", "Tijd")


def threads_posts(a: Archive, member: str) -> dict:
    """Threads posts and replies: text in the top-level title or in media[0].title."""
    rows = [
        ("Neue Serie mit {p04} ist online ✨", False, True),
        ("Totally agree, {@p08} is the best second shooter", True, False),
        ("Wat een dag met {p10} en {p06} in Rotterdam", False, False),
        ("Danke {p03}, bis bald!", True, True),
        ("Kaffee und Regen, der perfekte Montag", False, True),  # names nobody
    ]
    items = []
    for i, (template, is_reply, top_level) in enumerate(rows):
        text = a.text(template, member, i, "thread")
        media = ig_media("", 200 + i, "" if top_level else text)
        media["text_app_post"] = {"is_reply": is_reply}
        item = {"media": [media], "creation_timestamp": T0 + (200 + i) * DAY}
        if top_level:
            item["title"] = text
        items.append(item)
    return {"text_post_app_text_posts": items}


def instagram_current() -> Archive:
    a = Archive("instagram_current", "Instagram 2025 on: posts, reels, stories, comments, profile, threads")
    posts = []
    # (template, where the caption sits: "top" single item, "multi" top-level title over 3 items, "media0")
    for i, (template, where) in enumerate(
        [
            ("Traumhochzeit am Tegernsee 💍 mit {@p01} und {p02}\n#hochzeit", "top"),
            ("Golden hour in Edinburgh with {p08} 🌇", "multi"),
            ("Skiurlaub in Garmisch mit {p04} ⛷️", "media0"),
            ("Zomerse dag met {p10} in Haarlem", "top"),
            ("Herbst am Schliersee 🍂 #herbst", "top"),  # names nobody
            ("Séance photo avec {p03} et {@p09} à Lyon", "multi"),
            ("Mit Fenna Jacobs im Atelier", "media0"),  # a namesake of p10: no hit
        ]
    ):
        caption = a.text(template, POSTS, i, "caption")
        count = 3 if where == "multi" else 1
        media = [ig_media(f"media/posts/202405/{100 * i + k}.jpg", i, "") for k in range(count)]
        if where == "media0":
            media[0]["title"] = caption
            posts.append({"media": media, "creation_timestamp": T0 + i * DAY})
        else:
            posts.append({"media": media, "title": caption, "creation_timestamp": T0 + i * DAY})
    posts[0]["media"][0]["media_metadata"] = {
        "photo_metadata": {"exif_data": [{"latitude": 47.71, "longitude": 11.76}]}
    }
    posts[2]["media"][0]["cross_post_source"] = {"source_app": "FB"}
    a.members[POSTS] = posts
    reels = [
        {
            "media": [ig_media(f"media/reels/202406/{i}.mp4", 30 + i)],
            "title": a.text(template, REELS, i, "caption"),
            "creation_timestamp": T0 + (30 + i) * DAY,
        }
        for i, template in enumerate(["Tanzvideo mit {p05} 😂 #reels", "Behind the scenes with {@p11} and {p12}"])
    ]
    a.members[REELS] = {"ig_reels_media": reels}
    a.members[STORIES] = {
        "ig_stories": [
            ig_media(f"media/stories/202406/{i}.jpg", 40 + i, a.text(template, STORIES, i, "caption"))
            for i, template in enumerate(["Yess {@p06} 🎉", "Guten Morgen aus Rottach-Egern mit {p07}!"])
        ]
    }
    a.members[IG_COMMENTS] = [
        ig_comment(a.text(template, IG_COMMENTS, i, "comment"), owner, 50 + i, keys)
        for i, (template, owner, keys) in enumerate(
            [
                ("Wunderschön! Grüße an {p01} ❤️", "hochzeit.magazin", DE_KEYS),
                ("Gorgeous work with {p08}", "weddingmag.uk", EN_KEYS),
                ("Mooi gedaan, {p02}!", "bruiloft.nl", EN_KEYS),
                ("Herzlichen Glückwunsch an {p12} und {@p04}", "fotoclub.muenchen", DE_KEYS),
                ("Tolles Licht 😍", "brautmode.nord", DE_KEYS),  # names nobody
            ]
        )
    ]
    a.members[PROFILE] = {
        "profile_user": [
            {
                "string_map_data": {
                    "Email": {"value": "hallo@studio-lichtblick.example", "timestamp": 0},
                    "Username": {"value": "studio.lichtblick", "timestamp": 0},
                    "Name": {"value": a.text("Studio Lichtblick | {p05}", PROFILE, 0, "bio"), "timestamp": 0},
                    "Bio": {
                        "value": a.text("Hochzeiten & Paare 💍 mit {p09} und {@p03}", PROFILE, 0, "bio"),
                        "timestamp": 0,
                    },
                    "Website": {"value": "https://studio-lichtblick.example", "timestamp": 0},
                },
                "media_map_data": {"Profile Photo": {"uri": "media/profile/1.jpg", "creation_timestamp": T0}},
            }
        ]
    }
    a.members[THREADS] = threads_posts(a, THREADS)
    return a


def instagram_current_de() -> Archive:
    """A German account: translated profile keys, and Dutch comment keys in the wrapped comments file."""
    a = Archive("instagram_current_de", "Instagram 2025 on, German profile keys, Dutch comment keys, wrapped list")
    a.members[PROFILE] = {
        "profile_user": [
            {
                "string_map_data": {
                    "Benutzername": {"value": "foto.atelier.nord", "timestamp": 0},
                    "Name": {"value": a.text("Fotoatelier Nord | {p11}", PROFILE, 0, "bio"), "timestamp": 0},
                    "Biografie": {
                        "value": a.text("Porträts mit {p06} und {@p12} 📷", PROFILE, 0, "bio"),
                        "timestamp": 0,
                    },
                },
                "media_map_data": {},
            }
        ]
    }
    a.members[IG_COMMENTS] = {
        "comments_media_comments": [
            ig_comment(a.text(template, IG_COMMENTS, i, "comment"), "bruiloft.nl", 60 + i, NL_KEYS)
            for i, template in enumerate(["Prachtig, {p10}!", "Gefeliciteerd {p01} en {@p07}"])
        ]
    }
    return a


def threads_only(member: str, name: str) -> Archive:
    a = Archive(name, f"Threads-only download: {member}")
    a.members[member] = threads_posts(a, member)
    return a


# --- Facebook ----------------------------------------------------------------------------------------------------

FB = "your_facebook_activity/"
FB_POSTS = FB + "posts/your_posts__check_ins__photos_and_videos_1.json"
FB_COMMENTS = FB + "comments_and_reactions/comments.json"
FB_EVENTS = FB + "events/your_events.json"
FB_REELS = FB + "posts/reels.json"
FB_STORIES = FB + "posts/stories.json"
FB_PAGE_POSTS = FB + "posts/profile_posts_1.json"


def place(name: str, lat: float, lon: float) -> dict:
    return {
        "place": {
            "name": name,
            "coordinate": {"latitude": lat, "longitude": lon},
            "address": "",
            "url": "https://www.facebook.com/places/example",
        }
    }


def fb_post(a: Archive, member: str, i: int, row: dict, string_tags: bool = False) -> dict:
    """One Facebook post: text, optional system sentence, tags and place; each a unit at the post's index."""
    post: dict = {"timestamp": T0 + i * DAY}
    data: list[dict] = []
    attachments: list[dict] = []
    if "text" in row:
        text = a.text(row["text"], member, i, "caption")
        data.append({"post": text})
        attachments.append(
            {"media": {"uri": f"photos_and_videos/{i}.jpg", "creation_timestamp": T0, "description": text}}
        )
    data.append({"update_timestamp": T0 + i * DAY})
    if "title" in row:
        post["title"] = a.text(row["title"], member, i, "title")
    post["data"] = data
    if "place" in row:
        attachments.append(place(*row["place"]))
    if attachments:
        post["attachments"] = [{"data": attachments}]
    if "tags" in row:
        post["tags"] = a.tags(row["tags"], member, i, strings=string_tags)
    return post


FB_POST_ROWS = [
    {
        "text": "Traumhochzeit am Tegernsee 💍 Danke {p01} und {p02}!",
        "title": "Studio Lichtblick war mit {p01} und {p02} in Tegernsee.",
        "tags": ["p01", "p02"],
        "place": ("Tegernsee", 47.71, 11.76),
    },
    {"title": "Studio Lichtblick was with {p08}.", "tags": ["p08"]},  # no text: only title and tags name him
    {"text": "Bruiloft van {p06} en {p10} in Utrecht 🥂", "place": ("Utrecht", 52.09, 5.12)},
    {"text": "Engagement session with {p11} in Bath", "title": "Studio Lichtblick is in Bath with {p11}."},
    {"text": "Neue Website ist online! Schaut vorbei 🙂"},  # names nobody
    {"text": "Porträts für Élodie Durand in Paris"},  # a namesake of p03: no hit
    {"tags": ["p12", "p04", "p09"], "title": "Studio Lichtblick war mit {p12} und 2 weiteren Personen zusammen."},
]


def fb_comments(a: Archive, member: str, rows: list[tuple[str, str]]) -> dict:
    items = []
    for i, (title, template) in enumerate(rows):
        text = a.text(template, member, i, "comment")
        items.append(
            {
                "timestamp": T0 + (70 + i) * DAY,
                "data": [{"comment": {"timestamp": T0 + (70 + i) * DAY, "comment": text, "author": OWNER}}],
                "title": a.text(title, member, i, "title"),
            }
        )
    return {"comments_v2": items}


def fb_album(a: Archive, member: str, name: str, description: str, photos: list[str]) -> dict:
    """One album a file: its name and description are units without an index, each photo's description at its own."""
    album_name = a.text(name, member, None, "album")
    return {
        "name": album_name,
        "photos": [
            {
                "uri": f"photos_and_videos/album/{member[-6]}_{k}.jpg",
                "creation_timestamp": T0 + k * DAY,
                "title": album_name,
                "description": a.text(template, member, k, "album") if template else "",
                "media_metadata": {"photo_metadata": {"exif_data": [{"iso": 100}]}},
            }
            for k, template in enumerate(photos)
        ],
        "cover_photo": {"uri": f"photos_and_videos/album/{member[-6]}_0.jpg", "creation_timestamp": T0},
        "last_modified_timestamp": T0 + 9 * DAY,
        "description": a.text(description, member, None, "album"),
    }


def fb_events(a: Archive, member: str, rows: list[tuple[str, str, str]]) -> dict:
    """Events: name and description are `event` units, the place a `place` unit, all at the event's index."""
    return {
        "your_events_v2": [
            {
                "name": a.text(name, member, i, "event"),
                "start_timestamp": T0 + (90 + i) * DAY,
                "place": {"name": where},
                "description": a.text(description, member, i, "event"),
                "create_timestamp": T0,
            }
            for i, (name, description, where) in enumerate(rows)
        ]
    }


def fb_bare_posts(a: Archive, member: str, templates: list[str], first_day: int) -> list[dict]:
    return [
        fb_post(a, member, i, {"text": t}) | {"timestamp": T0 + (first_day + i) * DAY} for i, t in enumerate(templates)
    ]


def facebook_current() -> Archive:
    a = Archive("facebook_current", "Facebook 2024 on: posts, comments, albums, events, reels, stories")
    a.members[FB_POSTS] = [fb_post(a, FB_POSTS, i, row) for i, row in enumerate(FB_POST_ROWS)]
    a.members[FB_COMMENTS] = fb_comments(
        a,
        FB_COMMENTS,
        [
            ("Studio Lichtblick commented on {p05}'s post.", "Congratulations, {p05} and {p07}!"),
            ("Studio Lichtblick hat den Beitrag von {p03} kommentiert.", "Wunderschöne Bilder, {p03} 😍"),
            ("Studio Lichtblick reageerde op een bericht.", "Wat leuk, {p02}!"),
        ],
    )
    album0 = FB + "posts/album/0.json"
    album1 = FB + "posts/album/1.json"
    a.members[album0] = fb_album(
        a,
        album0,
        "Hochzeit {p01} & {p07}",
        "Alle Bilder vom großen Tag von {p07} und {p01} am Ammersee",
        ["Der erste Tanz mit {p04}", "Trauzeugin {p05} mit Blumen", "", "Die Torte 🎂"],
    )
    a.members[album1] = fb_album(
        a,
        album1,
        "Zomer in Zeeland met {p10}",
        "Een week aan zee met {p06}",
        ["{p10} op het strand", "Sunset with {p08}"],
    )
    a.members[FB_EVENTS] = fb_events(
        a,
        FB_EVENTS,
        [
            ("Ausstellung mit {p12}", "Fotos von {p12} und {p09} im Studio", "Studio Lichtblick, München"),
            ("Workshop by {p11}", "Learn wedding photography with {p11} and {@p03}", "Brighton"),
        ],
    )
    a.members[FB_REELS] = fb_bare_posts(a, FB_REELS, ["Tanzvideo mit {p02} 😂", "Boat trip with {p08}"], 110)
    a.members[FB_STORIES] = fb_bare_posts(a, FB_STORIES, ["Guten Morgen mit {p04} ☀️", "Heute ohne Namen"], 120)
    return a


def facebook_2022() -> Archive:
    a = Archive("facebook_2022", "Facebook to 2022: posts/your_posts_1.json, comments, album, events")
    member = "posts/your_posts_1.json"
    rows = [
        {
            "text": "Verlobung von {p06} und {p03} 💍",
            "title": "Studio Lichtblick war mit {p06} und {p03} zusammen.",
            "tags": ["p06", "p03"],
            "place": ("Ammersee", 47.99, 11.13),
        },
        {"text": "Workshop day with {p11}", "tags": ["p11", "p09"]},
        {"title": "Studio Lichtblick was with {p05}.", "tags": ["p05"]},
        {"text": "Sommerfest im Studio 🌞"},  # names nobody
    ]
    a.members[member] = [fb_post(a, member, i, row, string_tags=True) for i, row in enumerate(rows)]
    a.members["comments/comments.json"] = fb_comments(
        a,
        "comments/comments.json",
        [
            ("Studio Lichtblick commented on {p12}'s photo.", "Great shot, {p12}!"),
            ("Studio Lichtblick hat das Foto von {p10} kommentiert.", "Toll, {p10} und {p04}!"),
        ],
    )
    a.members["posts/album/0.json"] = fb_album(
        a,
        "posts/album/0.json",
        "Taufe bei {p07}",
        "Ein schöner Tag mit {p02}",
        ["Pate {p01} mit dem Täufling", "Family portrait with {p08}"],
    )
    a.members["events/your_events.json"] = fb_events(
        a, "events/your_events.json", [("Fotowalk mit {p09}", "Wir treffen {p04} am Marienplatz", "Marienplatz")]
    )
    return a


def facebook_page() -> Archive:
    a = Archive("facebook_page", "Facebook Page download: the page's posts, shaped like the account's own posts")
    rows = [
        {"text": "Neues Team-Mitglied: {p09} 🎉", "title": "Studio Lichtblick hat {p09} markiert.", "tags": ["p09"]},
        {"text": "Thank you {@p08} for the lovely review!", "place": ("Brighton", 50.82, -0.14)},
        {"text": "Fotograferen met {p10} en {p06} in Amsterdam"},
        {"text": "Öffnungszeiten über die Feiertage"},  # names nobody
    ]
    a.members[FB_PAGE_POSTS] = [fb_post(a, FB_PAGE_POSTS, i, row) for i, row in enumerate(rows)]
    return a


def archives() -> list[Archive]:
    """Every fixture archive, in a fixed order."""
    return [
        instagram_2018(),
        instagram_2020(),
        instagram_current(),
        instagram_current_de(),
        threads_only(THREADS, "threads_only"),
        threads_only(OLD_THREADS, "threads_only_older"),
        facebook_current(),
        facebook_2022(),
        facebook_page(),
    ]


ARCHIVE_NAMES = tuple(a.name for a in archives())


def write_optout(path: Path) -> Path:
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["id", "name", "aliases", "handles", "gender"])
        for pid, name, aliases, handle, gender in PEOPLE:
            writer.writerow([pid, name, aliases, "@" + handle, gender])
    return path


def build_all(outdir: Path) -> dict:
    """Write the opt-out list, every archive and expected.json; return what was written."""
    outdir.mkdir(parents=True, exist_ok=True)
    built = {"optout": write_optout(outdir / "optout.csv"), "archives": {}}
    for archive in archives():
        built["archives"][archive.name] = {
            "path": archive.write(outdir / f"{archive.name}.zip"),
            "about": archive.about,
            "findings": archive.findings,
            "texts": archive.texts,
        }
    expected = {
        name: {"about": a["about"], "findings": [asdict(f) for f in a["findings"]]}
        for name, a in built["archives"].items()
    }
    (outdir / "expected.json").write_text(json.dumps(expected, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return built


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python tests/build_exports.py OUTDIR")
    result = build_all(Path(sys.argv[1]))
    for name, a in result["archives"].items():
        print(f"{name}.zip: {len(a['findings'])} expected findings")
