"""The HTML report in a real browser: Debian's headless Chromium driven by Selenium through chromium-driver, on the demo
exports and list. Thumbnails render, filters hide what they should, copying works or leaves the text selected,
decisions clicked in the page and downloaded are honoured by the next scan, and a large export's page opens fast.

Screenshots at 390 and 1280 px go to artifacts/ (CI keeps them). Without Chromium the tests are skipped on a developer's
machine and fail in CI (`CI` set), which installs it (.ci/run)."""

from __future__ import annotations

import csv
import json
import os
import shutil
import socket
import time
import zipfile
from pathlib import Path

import pytest
from large_report import large_reports
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.remote.webelement import WebElement
from selenium.webdriver.support.ui import Select, WebDriverWait
from test_report_html import DEMO, OPTOUT, ROOT, Page, scanned_page, text_of
from typer.testing import CliRunner

from captionscan.cli import app
from captionscan.decisions import DECISIONS_FILE, Decisions
from captionscan.report.html import write_html

ARTIFACTS = ROOT / "artifacts"
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--lang=en-US",  # the page shows dates in the reader's locale: this one, in these tests
]
LOOPBACK = {"127.0.0.1", "::1", "localhost"}
MAX_BYTES, MAX_SECONDS = 25 * 2**20, 5.0  # a 100,000-unit export's page


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """As everywhere (conftest.py), no connection leaves the machine; Selenium's to chromedriver stays on it."""
    connect, create_connection = socket.socket.connect, socket.create_connection

    def refuse_remote(address) -> None:
        if not (isinstance(address, tuple) and address[0] in LOOPBACK):
            raise AssertionError(f"network connection attempted: {address}")

    def local_connect(sock, address):
        refuse_remote(address)
        return connect(sock, address)

    def local_create_connection(address, *args, **kwargs):
        refuse_remote(address)
        return create_connection(address, *args, **kwargs)

    monkeypatch.setattr(socket.socket, "connect", local_connect)
    monkeypatch.setattr(socket, "create_connection", local_create_connection)


@pytest.fixture(scope="module")
def downloads(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("downloads")


@pytest.fixture(scope="module")
def browser(tmp_path_factory, downloads) -> WebDriver:
    chromium, driver = shutil.which("chromium"), shutil.which("chromedriver")
    if not (chromium and driver):
        missing = "needs Chromium and its driver (Debian: apt-get install chromium chromium-driver)"
        (pytest.fail if os.environ.get("CI") else pytest.skip)(missing)
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for flag in [*FLAGS, f"--user-data-dir={tmp_path_factory.mktemp('profile')}"]:
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})  # the page's script errors, if any
    options.add_experimental_option(
        "prefs", {"download.default_directory": str(downloads), "download.prompt_for_download": False}
    )
    with webdriver.Chrome(service=Service(driver), options=options) as session:  # the driver named: nothing fetched
        session.execute_cdp_cmd("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(downloads)})
        yield session


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("demo")
    scanned_page(out, *DEMO)
    return out / "report.html"


def opened(browser: WebDriver, page: Path, width: int = 1280) -> WebDriver:
    """The page, fresh: decisions kept by an earlier test's visit (the page's local storage) are gone."""
    browser.set_window_size(width, 1000)
    browser.get(page.as_uri())
    browser.execute_script("localStorage.clear()")
    browser.refresh()
    return browser


def css(browser: WebDriver, selector: str) -> list[WebElement]:
    return browser.find_elements(By.CSS_SELECTOR, selector)


def click(browser: WebDriver, element: WebElement) -> None:
    """Click as a person would, with the element in the middle of the screen, not under the decisions bar."""
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", element)
    element.click()


def data_of(page: Path) -> dict:
    return Page(page.read_text(encoding="utf-8")).data


def test_cards_show_thumbnails_dates_names_and_levels(browser, demo):
    opened(browser, demo)
    assert [e["message"] for e in browser.get_log("browser") if e["level"] == "SEVERE"] == []
    posts = data_of(demo)["posts"]
    assert len(css(browser, "article.card")) == len(posts) == 19
    assert not browser.find_element(By.ID, "more").is_displayed()  # every card drawn: no "Show 0 more (0 left)"
    sizes = browser.execute_script("return [...document.querySelectorAll('.thumb img')].map(i => i.naturalWidth)")
    assert len(sizes) == sum(isinstance(p["t"], int) for p in posts) > 10 and all(sizes)
    assert len(css(browser, ".thumb svg[aria-label^='a video']")) == 1  # the reel: no still in the export
    first = css(browser, "article.card")[0]
    assert first.find_element(By.TAG_NAME, "time").text == "June 27, 2024"  # the newest post first
    assert first.find_element(By.CSS_SELECTOR, ".file").text == "1040.mp4"
    assert first.find_element(By.CSS_SELECTOR, ".file").get_attribute("title") == "media/reels/202406/1040.mp4"
    where = first.find_element(By.CSS_SELECTOR, ".where")  # the export's name, its folders only on hover
    assert where.text == "demo_instagram.zip:your_instagram_activity/media/reels.json #0"
    assert where.get_attribute("title") == f"{DEMO[0]}:your_instagram_activity/media/reels.json"
    levels = [e.text for e in css(browser, ".findings .level")]
    assert sorted(set(levels)) == ["HIT", "REVIEW"] and len(levels) == 23  # as text, not only a colour or a hover
    assert "names Lena Vogt (optout-001)" in [e.text for e in css(browser, ".findings .who")]
    assert [e.text for e in css(browser, "#legend mark")][:6] == [
        "hit",
        "review",
        "person",
        "place",
        "@mention",
        "#hashtag",
    ]
    hamburg = [c for c in css(browser, "article.card") if "Was für ein Tag in Hamburg" in c.text]
    assert len(hamburg) == 1 and [e.text for e in hamburg[0].find_elements(By.CSS_SELECTOR, ".unit > .field")] == [
        "Caption",
        "Title",
        "Tags",
    ]


def test_the_chart_counts_findings_per_month_in_order(browser, demo):
    opened(browser, demo)
    months = [e.get_attribute("textContent") for e in css(browser, "#chart g.month title")]
    assert months[0].startswith("April 2023: 1 finding ") and months[-1].startswith("June 2024: ")
    assert len(months) == 15  # April 2023 to June 2024, the months without findings too
    assert [m.split(":")[0] for m in months[1:3]] == ["May 2023", "June 2023"]
    labels = [e.text for e in css(browser, "#chart text")]
    assert "findings" in labels and "month" in labels and "0" in labels  # axes with their titles
    assert "1 finding without a date" in browser.find_element(By.ID, "chart").text
    groups = [e.text.split(" ")[:2] for e in css(browser, "h2.group")]
    assert groups[0] == ["June", "2024"] and groups[-1][0] == "Undated"


def test_filters_hide_the_other_people_levels_and_fields(browser, demo):
    opened(browser, demo)
    data = data_of(demo)

    def posts_with(test) -> int:
        return sum(any(test(u, h) for u in p["u"] for h in u["h"]) for p in data["posts"])

    Select(browser.find_element(By.ID, "person")).select_by_value("optout-001")
    who = [e.text for e in css(browser, ".findings .who")]
    assert who and all("(optout-001)" in w for w in who)
    assert len(css(browser, "article.card")) == posts_with(lambda u, h: "optout-001" in h[0])
    Select(browser.find_element(By.ID, "person")).select_by_value("")
    Select(browser.find_element(By.ID, "level")).select_by_value("review")
    assert {e.text for e in css(browser, ".findings .level")} == {"REVIEW"}
    assert len(css(browser, "article.card")) == posts_with(lambda u, h: h[1] == "review") == 2
    Select(browser.find_element(By.ID, "level")).select_by_value("")
    Select(browser.find_element(By.ID, "field")).select_by_value("tags")
    assert {e.text for e in css(browser, ".unit > .field")} == {"Tags"}
    assert len(css(browser, "article.card")) == posts_with(lambda u, h: u["f"] == "tags") == 2
    Select(browser.find_element(By.ID, "field")).select_by_value("")
    Select(browser.find_element(By.ID, "group")).select_by_value("person")
    headings = [e.text.rsplit(" ", 2)[0] for e in css(browser, "h2.group")]
    assert headings == sorted(headings) and "Lena Vogt (optout-001)" in headings
    assert browser.find_element(By.ID, "count").text == "19 of 19 posts"


def test_copy_puts_the_rewrite_on_the_clipboard_or_selects_it(browser, demo):
    opened(browser, demo)
    permissions = ["clipboardReadWrite", "clipboardSanitizedWrite"]
    browser.execute_cdp_cmd("Browser.grantPermissions", {"permissions": permissions})
    button = css(browser, "button.copy")[0]
    rewrite = button.find_element(By.XPATH, "preceding-sibling::span[@class='rewrite']").text
    click(browser, button)
    WebDriverWait(browser, 5).until(lambda _: button.text == "Copied")
    pasted = browser.execute_async_script("navigator.clipboard.readText().then(arguments[0], arguments[0])")
    assert pasted == rewrite and not css(browser, ".copy-field")
    # a page opened where the clipboard may not be written (file:// in some browsers): the rewrite is selected
    browser.execute_script("Object.defineProperty(navigator, 'clipboard', {value: undefined})")
    button = css(browser, "button.copy")[1]
    rewrite = button.find_element(By.XPATH, "preceding-sibling::span[@class='rewrite']").text
    click(browser, button)
    field = WebDriverWait(browser, 5).until(lambda _: button.find_element(By.XPATH, "following-sibling::textarea"))
    selected = browser.execute_script(
        "const f = arguments[0]; return [f.value, document.activeElement === f, f.selectionStart, f.selectionEnd]",
        field,
    )
    assert selected == [rewrite, True, 0, len(rewrite.encode("utf-16-le")) // 2]


def test_the_person_filter_says_how_many_findings_name_each(browser, demo):
    """A person's id and count in brackets both ("Anaïs du Plessis (5) (5)") read as one number twice."""
    opened(browser, demo)
    labels = [o.text for o in Select(browser.find_element(By.ID, "person")).options][1:]
    assert labels and all(label.endswith((" finding", " findings")) and ": " in label for label in labels)


def test_a_rewrite_keeps_its_lines(browser, demo):
    """A caption of several lines is suggested on several lines, as it would be posted, not run together."""
    opened(browser, demo)
    shown = [span.text for span in css(browser, ".rewrite")]
    assert any("\n#hochzeit" in text for text in shown)


def scan_json(tmp_path: Path, *inputs: str | Path, decisions: Path | None = None) -> dict:
    out = tmp_path / "report.json"
    args = ["scan", *map(str, inputs), "--optout", OPTOUT, "--format", "json", "-o", str(out)]
    assert CliRunner().invoke(app, args + (["--decisions", str(decisions)] if decisions else [])).exit_code == 1
    return json.loads(out.read_text(encoding="utf-8"))


def findings(report: dict) -> set[tuple[str, str, int]]:
    """(text, matched words, where) of every finding."""
    return {(u["text"], h["text"], h["start"]) for u in report["units"] for h in u["optout_hits"]}


def edited(archive: Path, out: Path, old: bytes, new: bytes) -> Path:
    """A copy of an export with one text changed."""
    replaced = 0
    with zipfile.ZipFile(archive) as source, zipfile.ZipFile(out, "w") as copy:
        for info in source.infolist():
            data = source.read(info)
            replaced += data.count(old)
            copy.writestr(info, data.replace(old, new))
    assert replaced == 1
    return out


def test_decisions_made_in_the_page_leave_the_next_scan(browser, demo, downloads, tmp_path):
    opened(browser, demo)
    data = data_of(demo)
    every = {(text_of(u), h[4]): (u, h) for p in data["posts"] for u in p["u"] for h in u["h"]}
    chosen = {
        ("Kaffee mit Clara Hagen in der Altstadt ☕️", "Clara Hagen"): "fixed",
        ("Glückwunsch euch beiden, Jonas und Lena! 🥂", "Jonas"): "keep",  # a review
        ("Mia Kowalski", "Mia Kowalski"): "not_this_person",  # tagged on Facebook
    }
    for key, kind in chosen.items():
        click(
            browser,
            browser.find_element(By.CSS_SELECTOR, f"button[data-print='{every[key][1][3]}'][data-kind='{kind}']"),
        )
    undone = css(browser, "button[data-kind='keep']")[0]  # a click changed back
    click(browser, undone)
    click(browser, undone)
    assert browser.find_element(By.ID, "decided").text == "3 decisions made here"
    assert "marked not this person" in [e.text for e in css(browser, ".findings .state")]
    (downloads / DECISIONS_FILE).unlink(missing_ok=True)
    click(browser, browser.find_element(By.ID, "download"))
    path = downloads / DECISIONS_FILE
    WebDriverWait(browser, 10).until(lambda _: path.exists() and path.stat().st_size)
    written = path.read_text(encoding="utf-8")
    marks = {every[key][1][3]: kind for key, kind in chosen.items()}
    assert written == Decisions(bytes.fromhex(data["decisions"]["key"]), marks).to_json()  # as the file is read
    with open(OPTOUT, encoding="utf-8", newline="") as f:
        listed = {value.lstrip("@") for row in csv.DictReader(f) for key, value in row.items() if key != "id" and value}
    texts = {text_of(u) for p in data["posts"] for u in p["u"]}
    assert not [t for t in listed | texts if t.casefold() in written.casefold()]  # fingerprints, no names

    everything = findings(scan_json(tmp_path, *DEMO))
    after = scan_json(tmp_path, *DEMO, decisions=path)
    assert after["summary"]["decided"] == 3
    assert everything - findings(after) == {f for f in everything if f[:2] in chosen}
    caption = b"Kaffee mit Clara Hagen in der Altstadt"
    changed = edited(Path(DEMO[0]), tmp_path / "instagram.zip", caption, caption.replace(b"der", b"der sonnigen"))
    again = scan_json(tmp_path, changed, DEMO[1], decisions=path)
    assert again["summary"]["decided"] == 2  # the edited caption's finding is new again
    assert ("Kaffee mit Clara Hagen in der sonnigen Altstadt ☕️", "Clara Hagen", 11) in findings(again)


@pytest.mark.parametrize("width", [390, 1280])
def test_screenshots_for_the_record(browser, demo, width):
    """A phone's width and a laptop's, kept by CI; nothing wider than the screen."""
    opened(browser, demo, width)
    assert browser.execute_script("return document.documentElement.scrollWidth") <= width
    ARTIFACTS.mkdir(exist_ok=True)
    assert browser.save_screenshot(str(ARTIFACTS / f"report-{width}.png"))
    photo = css(browser, "article.card .thumb img")[0]  # a post with its photo, its people and levels in view
    browser.execute_script("arguments[0].closest('article').scrollIntoView({block: 'start'})", photo)
    assert browser.execute_script("return arguments[0].naturalWidth", photo) > 0
    assert browser.save_screenshot(str(ARTIFACTS / f"report-{width}-post.png"))


def load(browser: WebDriver, folder: Path, units: int, **sample) -> tuple[int, float, float]:
    """The bytes of a report of `units` texts, and the seconds until its first cards show: measured from outside
    (opening the file until the cards are there) and by the page (its mark after the first render)."""
    reports, summary, session = large_reports(folder, units, **sample)
    page = folder / "report.html"
    with page.open("w", encoding="utf-8") as out:
        write_html(reports, summary, out, decisions=session.decisions, people=session.matcher.by_id)
    browser.set_window_size(1280, 1000)
    start = time.perf_counter()
    browser.get(page.as_uri())
    WebDriverWait(browser, 30).until(lambda b: b.find_elements(By.CSS_SELECTOR, "article.card"))
    outside = time.perf_counter() - start
    inside = browser.execute_script("return performance.getEntriesByName('captionscan-cards')[0].startTime") / 1000
    assert len(css(browser, "article.card")) == 50  # the first page of cards; the rest as the reader scrolls
    click(browser, browser.find_element(By.ID, "more"))
    assert len(css(browser, "article.card")) == 100
    ARTIFACTS.mkdir(exist_ok=True)
    size = page.stat().st_size
    with (ARTIFACTS / "report-load.txt").open("a", encoding="utf-8") as log:
        log.write(f"{units} units: {size / 2**20:.1f} MiB, first cards after {inside:.2f} s ({outside:.2f} s)\n")
    return size, outside, inside


def test_a_large_export_opens_quickly(browser, tmp_path):
    """10,000 texts whose findings have photos of their own; the thumbnails' budget keeps the page small."""
    size, outside, inside = load(browser, tmp_path, 10_000, sample=300, photo=(540, 675))
    assert size < MAX_BYTES and max(outside, inside) < MAX_SECONDS / 2


@pytest.mark.slow
def test_a_100000_unit_export_opens_in_under_5_seconds(browser, tmp_path):
    size, outside, inside = load(browser, tmp_path, 100_000)
    assert size < MAX_BYTES and max(outside, inside) < MAX_SECONDS
