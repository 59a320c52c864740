"""The HTML page as its file holds it: one self-contained page whose data is text, each post once with its thumbnail,
the scan's decisions and fingerprints, names from the list, and "All clear" where nothing was found. What the page's
script does with it is tested in a browser (test_report_browser.py)."""

from __future__ import annotations

import base64
import io
import json
import subprocess
import sys
import tomllib
import zipfile
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path

import pytest
from conftest import meta_json
from hypothesis import given
from hypothesis import strategies as st
from PIL import Image
from typer.testing import CliRunner

from captionscan import Session
from captionscan.cli import app
from captionscan.decisions import Decisions
from captionscan.records import Entity, OptoutHit, Source, Suggestion, Summary, TextUnit, UnitReport
from captionscan.report import thumbnails
from captionscan.report.html import page_data, suggestion, write_html
from captionscan.report.thumbnails import LEFT_OUT, MISSING, UNREADABLE, VIDEO, Thumbnails

ROOT = Path(__file__).parent.parent
TEMPLATES = ROOT / "captionscan" / "report" / "templates"
DATA = ROOT / "data"
DEMO = [str(DATA / "demo_instagram.zip"), str(DATA / "demo_facebook.zip")]
OPTOUT = str(DATA / "demo_optout.csv")
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class Element:
    """An element of a parsed page: its tag, attributes (names lowercase, values unescaped) and children."""

    def __init__(self, tag: str, attrs: list[tuple[str, str | None]]):
        self.tag, self.attrs, self.children = tag, attrs, []

    def get(self, name: str) -> str | None:
        return dict(self.attrs).get(name)

    @property
    def classes(self) -> set[str]:
        return set((self.get("class") or "").split())

    @property
    def elements(self) -> list[Element]:
        return [c for c in self.children if isinstance(c, Element)]

    @property
    def text(self) -> str:
        """The text inside, character references resolved, markup left out."""
        return "".join(c if isinstance(c, str) else c.text for c in self.children)

    def iter(self, tag: str | None = None, cls: str | None = None):
        """This element and every one inside it, in document order; with `tag` and `cls`, only those."""
        for e in [self] + [d for c in self.elements for d in c.iter()]:
            if (tag is None or e.tag == tag) and (cls is None or cls in e.classes):
                yield e


class Page(HTMLParser):
    """A page as the standard library's HTML parser reads it: a tree of `Element`s under `root`, and any end tag that
    closed nothing. A script's text is one piece of data, as a browser reads it."""

    def __init__(self, markup: str):
        super().__init__(convert_charrefs=True)
        self.root = self.current = Element("#document", [])
        self.parents: list[Element] = []
        self.stray: list[str] = []
        self.feed(markup)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element = Element(tag, attrs)
        self.current.children.append(element)
        if tag not in VOID:
            self.parents.append(self.current)
            self.current = element

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.current.children.append(Element(tag, attrs))

    def handle_endtag(self, tag: str) -> None:
        open_tags = [self.current.tag] + [p.tag for p in reversed(self.parents)]
        if tag not in open_tags[:-1]:
            self.stray.append(tag)
            return
        for _ in range(open_tags.index(tag) + 1):
            self.current = self.parents.pop()

    def handle_data(self, data: str) -> None:
        self.current.children.append(data)

    @property
    def data(self) -> dict:
        """The JSON block the page's script renders."""
        (block,) = [s for s in self.root.iter("script") if s.get("type") == "application/json"]
        return json.loads(block.text)


def scanned_page(tmp_path: Path, *inputs: str, optout: str = OPTOUT, options: tuple[str, ...] = ()) -> Page:
    out = tmp_path / "report.html"
    result = CliRunner().invoke(app, ["scan", *inputs, "--optout", optout, "-o", str(out), *options])
    assert result.exit_code in (0, 1), result.output
    return Page(out.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Page:
    return scanned_page(tmp_path_factory.mktemp("demo"), *DEMO)


def text_of(unit: dict) -> str:
    return "".join(p if isinstance(p, str) else p[0] for p in unit["x"])


def rebuilt(text: str, s: list) -> str:
    """A suggestion as the page's script rebuilds it: slices of the text in UTF-16 code units."""
    units = text.encode("utf-16-le")
    head, tail = 2 * s[3], len(units) - 2 * s[4]
    return (units[:head] + s[5].encode("utf-16-le") + units[tail:]).decode("utf-16-le")


def report(text: str, media: str | None = None, export: str = "export.zip", index: int = 0, ts: int = 1716000000):
    """A unit naming p1 where the text says "Lena", as a scan reports it."""
    start = text.index("Lena")
    hit = OptoutHit(("p1",), start, start + 4, "Lena", "exact", "hit", 1.0)
    unit = TextUnit(Source(export, "posts_1.json", index, "caption", None, ts), text, None, media)
    return UnitReport(unit, "de", (), (hit,), (Suggestion("remove", text.replace("Lena", "").strip()),))


def test_every_template_is_package_data():
    setuptools = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    globs = setuptools["package-data"]["captionscan.report"]
    shipped = {path for glob in globs for path in TEMPLATES.parent.glob(glob)}
    assert {*TEMPLATES.iterdir()} and {*TEMPLATES.iterdir()} <= shipped


def test_jinja2_and_pillow_are_imported_only_to_write_a_page():
    code = (
        "import io, sys\nfrom captionscan.records import Summary\nfrom captionscan.report.html import write_html\n"
        "assert 'jinja2' not in sys.modules and 'PIL' not in sys.modules\n"
        "write_html([], Summary(), io.StringIO())\nassert 'jinja2' in sys.modules and 'PIL' not in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)


def test_the_page_fetches_nothing_and_its_data_stays_text():
    text = 'Mit </script><script>alert(1)</script> <!-- Lena "Vogt" & <b>Jonas</b>\u2028 😂'
    start = text.index("Lena")
    hit = OptoutHit(('p1"><img src=x>',), start, start + 4, "Lena", "exact", "hit", 1.0)
    r = UnitReport(
        TextUnit(Source("export.zip", "content/posts_1.json", 0, "caption", None, 1716000000), text),
        "de",
        (Entity(text.index("<b>"), text.index("</b>") + 4, "PERSON", "<b>Jonas</b>"),),
        (hit,),
        (Suggestion("remove", text.replace("Lena", "<img src=x onerror=alert(1)>")),),
    )
    summary = Summary()
    summary.add(r)
    out, decisions = io.StringIO(), Decisions()
    write_html([r], summary, out, decisions=decisions)
    page = Page(out.getvalue())
    assert out.getvalue().startswith("<!doctype html>") and not page.stray
    scripts = list(page.root.iter("script"))
    assert [(s.get("type"), s.get("src")) for s in scripts] == [("application/json", None), (None, None)]
    fetching = {"link", "img", "iframe", "frame", "object", "embed", "audio", "video", "source", "image"}
    assert [e.tag for e in page.root.iter() if e.tag in fetching] == []
    assert [
        (e.tag, a) for e in page.root.iter() for a, _ in e.attrs if a in ("src", "href") or a.endswith(":href")
    ] == []
    css = [e.text for e in page.root.iter("style")] + [e.get("style") or "" for e in page.root.iter()]
    assert not any("url(" in c or "@import" in c for c in css)
    assert "<img" not in scripts[0].text and "</script" not in scripts[0].text.lower()
    ((post,),) = [p["u"] for p in page.data["posts"]]
    assert text_of(post) == text
    assert post["x"][1] == ["Lena", 0] and ["<b>Jonas</b>", "PERSON"] in post["x"]
    assert post["h"] == [[['p1"><img src=x>'], "hit", "exact", decisions.fingerprint(r.unit, hit), "Lena"]]
    assert rebuilt(text, post["s"][0]) == r.suggestions[0].text
    assert page.data["people"] == {'p1"><img src=x>': ""}


@given(st.text(max_size=30), st.text(max_size=30), st.text(max_size=8), st.text(max_size=30))
def test_a_rewrite_is_rebuilt_from_the_text_in_utf16(head, middle, new, tail):
    """Emoji and other characters outside the BMP count twice in the page's strings; the kept head and tail say so."""
    text, rewrite = head + middle + tail, head + new + tail
    assert rebuilt(text, suggestion(text, Suggestion("role", rewrite))) == rewrite
    assert suggestion(text, Suggestion("remove", "", action="nothing left")) == ["remove", True, "nothing left"]


def test_each_post_is_one_card_newest_first(demo):
    posts = demo.data["posts"]
    fields = {tuple(u["f"] for u in p["u"]) for p in posts}
    assert ("caption", "title", "tags") in fields  # the Facebook post in Hamburg: one card, not three
    cards_of: dict[tuple, set[int]] = {}  # each record's texts: in one card
    for n, post in enumerate(posts):
        for u in post["u"]:
            cards_of.setdefault(tuple(u["w"]), set()).add(n)
    assert all(len(cards) == 1 for cards in cards_of.values())
    media = [p["m"] for p in posts if p["m"]]
    assert len(media) == len(set(media))
    dates = [p["d"] for p in posts]
    dated = [d for d in dates if d]
    assert dated == sorted(dated, reverse=True) and dates[: len(dated)] == dated  # undated ones last
    assert sum(len(u["h"]) for p in posts for u in p["u"]) == 23


def test_comments_on_a_post_share_its_card(tmp_path, make_zip):
    post = {"media": [{"uri": "media/posts/1.jpg", "creation_timestamp": 1716000000}], "title": "Mit Lena Vogt"}
    comment = {
        "media_list_data": [{"uri": "media/posts/1.jpg"}],
        "string_map_data": {"Comment": {"value": "Danke, Lena Vogt!"}, "Time": {"timestamp": 1716100000}},
    }
    archive = make_zip(
        {
            "your_instagram_activity/media/posts_1.json": meta_json([post]),
            "your_instagram_activity/comments/post_comments_1.json": meta_json([comment]),
        }
    )
    (card,) = scanned_page(tmp_path, str(archive)).data["posts"]
    assert [u["f"] for u in card["u"]] == ["comment", "caption"] and card["t"] == MISSING
    assert card["d"] == "2024-05-18T02:40:00Z"  # the post's date, not the later comment's


def test_the_demo_posts_show_their_photos(tmp_path, monkeypatch):
    calls = []
    monkeypatch.setattr(thumbnails, "scaled", lambda data, side: calls.append(side) or real_scaled(data, side))
    data = scanned_page(tmp_path, *DEMO).data
    by_file = {p["m"].rsplit("/", 1)[-1]: p["t"] for p in data["posts"] if p["m"]}
    assert by_file["1040.mp4"] == VIDEO  # a reel: the export names no still
    assert isinstance(by_file["103.mp4"], int)  # a Facebook video: its still
    shown = [t for t in by_file.values() if isinstance(t, int)]
    assert sorted(shown) == list(range(len(data["images"]))) and len(calls) == len(shown) > 10  # each file once
    for uri in data["images"]:
        prefix, encoded = uri.split(",", 1)
        assert prefix == "data:image/webp;base64"
        with Image.open(io.BytesIO(base64.b64decode(encoded))) as image:
            assert max(image.size) == thumbnails.SIDE


real_scaled = thumbnails.scaled


def png_header(width: int, height: int) -> bytes:
    """A PNG that says it is `width` x `height` pixels: a decompression bomb's first bytes."""
    import struct
    import zlib

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    chunk = b"IHDR" + ihdr
    return b"\x89PNG\r\n\x1a\n" + struct.pack(">I", len(ihdr)) + chunk + struct.pack(">I", zlib.crc32(chunk))


def jpeg(size: tuple[int, int] = (400, 300)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, (200, 120, 40)).save(out, "JPEG")
    return out.getvalue()


def test_hostile_damaged_or_missing_files_show_icons(tmp_path):
    files = {
        "good.jpg": jpeg(),
        "bomb.png": png_header(100_000, 100_000),
        "truncated.jpg": jpeg()[:300],
        "noise.jpg": b"not an image at all",
        "drawing.jpg": b"%!PS-Adobe-3.0 EPSF-3.0\n%%BoundingBox: 0 0 10 10\nshowpage\n",  # Ghostscript is never run
    }
    archive = tmp_path / "export.zip"
    with zipfile.ZipFile(archive, "w") as z:
        for name, data in files.items():
            z.writestr(name, data)
    names = [*files, "gone.jpg", "clip.mp4"]
    reports = [report(f"Mit Lena {i}", name, str(archive), i, 1716000000 - i) for i, name in enumerate(names)]
    shown = [p["t"] for p in page_data(reports, Decisions(), {})["posts"]]
    assert shown == [0, UNREADABLE, UNREADABLE, UNREADABLE, UNREADABLE, MISSING, VIDEO]


def test_thumbnails_share_a_budget_newest_first(tmp_path):
    export = tmp_path / "export"
    for i in range(4):
        (export / f"{i}.jpg").parent.mkdir(exist_ok=True)
        (export / f"{i}.jpg").write_bytes(jpeg((800, 600 + i)))
    assert (Thumbnails(1).side, Thumbnails(1_000_000).side) == (thumbnails.SIDE, thumbnails.SMALLEST)
    one = len(real_scaled(jpeg((800, 600)), thumbnails.SMALLEST))
    assert Thumbnails(4, 2 * one + one // 2).side == thumbnails.SMALLEST  # a small budget: small thumbnails
    reports = [report(f"Lena {i}", f"{i}.jpg", str(export), i, 1716000000 + i) for i in range(4)]
    data = page_data(reports, Decisions(), {}, budget=2 * one + one // 2)
    assert [p["t"] for p in data["posts"]] == [0, 1, LEFT_OUT, LEFT_OUT]  # newest first: 3.jpg and 2.jpg
    assert sum(len(i) for i in data["images"]) <= 2 * one + one // 2


def test_a_folder_export_and_a_zip_of_its_folder_find_their_photos(tmp_path):
    (tmp_path / "export" / "media").mkdir(parents=True)
    (tmp_path / "export" / "media" / "1.jpg").write_bytes(jpeg())
    zipped = tmp_path / "zipped.zip"
    with zipfile.ZipFile(zipped, "w") as z:
        z.writestr("instagram-studio-2024/media/1.jpg", jpeg())  # zipped again with its folder
    reports = [report("Mit Lena", "media/1.jpg", str(path), i) for i, path in enumerate([tmp_path / "export", zipped])]
    assert [p["t"] for p in page_data(reports, Decisions(), {})["posts"]] == [0, 1]


def test_the_page_carries_the_decisions_and_each_findings_fingerprint(tmp_path):
    session = Session.open(OPTOUT)
    found = [r for r in session.scan(DEMO) if r.hits]
    first = session.decisions.fingerprint(found[0].unit, found[0].hits[0])
    decided = replace(session.decisions, marks={first: "keep", "0" * 32: "fixed"})  # one from an earlier export
    path = tmp_path / "captionscan-decisions.json"
    path.write_text(decided.to_json(), encoding="utf-8")
    page = scanned_page(tmp_path, *DEMO, options=("--decisions", str(path)))
    assert page.data["decisions"] == json.loads(decided.to_json())
    prints = [h[3] for p in page.data["posts"] for u in p["u"] for h in u["h"]]
    expected = {session.decisions.fingerprint(r.unit, h) for r in found for h in r.hits}
    assert first not in prints and set(prints) == expected - {first} and len(prints) == len(expected) - 1
    assert "1 left out as decided earlier" in next(page.root.iter("p", "summary")).text


def test_names_come_from_the_list_and_a_hashed_list_shows_ids(tmp_path):
    plain = scanned_page(tmp_path, *DEMO).data["people"]
    assert plain["optout-001"] == "Lena Vogt" and len(plain) == 5
    key, hashed = tmp_path / "list.key", tmp_path / "hashed.csv"
    assert CliRunner().invoke(app, ["optout", "hash", OPTOUT, "--key-file", str(key), "-o", str(hashed)]).exit_code == 0
    page = scanned_page(tmp_path, *DEMO, optout=str(hashed), options=("--key-file", str(key)))
    assert page.data["people"] == dict.fromkeys(plain, "")


def test_nothing_found_is_all_clear(tmp_path, make_zip):
    archive = make_zip({"content/posts_1.json": meta_json([{"title": "Sommer am See", "creation_timestamp": 5}])})
    page = scanned_page(tmp_path, str(archive))
    body = next(page.root.iter("body"))
    assert [(e.tag, e.classes) for e in body.elements] == [("h1", set()), ("p", {"summary"}), ("p", {"clear"})]
    assert body.elements[2].text.startswith("All clear")
    assert list(page.root.iter("script")) == [] and list(page.root.iter("h2")) == []


def test_a_draft_record_is_shown_by_its_line_and_id_an_export_record_by_its_number(tmp_path):
    """A user finds a .jsonl draft's record by its line (as `check` gives it) and by the id their spreadsheet has."""
    draft = tmp_path / "posts.jsonl"
    draft.write_text('{"id": "4:alt_text", "text": "Kuchen"}\n{"text": "Danke Lena Vogt!"}\n', encoding="utf-8")
    session = Session.open(OPTOUT)
    reports = list(session.scan([draft, *DEMO]))
    data = page_data(reports, Decisions(), {})
    where = {u["w"][1] for p in data["posts"] for u in p["u"]}
    assert ":2" in where  # the second line, no id
    assert all(w is None or w.startswith((":", " #")) for w in where)
    draft.write_text('{"id": "4:alt_text", "text": "Danke Lena Vogt!"}\n', encoding="utf-8")
    data = page_data(list(session.scan([draft])), Decisions(), {})
    assert [u["w"][1] for p in data["posts"] for u in p["u"]] == [":1 (4:alt_text)"]
