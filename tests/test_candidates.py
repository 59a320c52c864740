"""A span that may be several listed people is one finding naming them all: the findings, and what every
consumer of them (suppression, rewrites, summary, reports, check) makes of one."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
import regex
from conftest import PEOPLE
from test_report_html import Page
from typer.testing import CliRunner

import captionscan
from captionscan.cli import app
from captionscan.extract.rules import rule_entities
from captionscan.match import Matcher
from captionscan.records import Person, Source, Summary, TextUnit
from captionscan.rewrite import suggest
from captionscan.scan import scan_units
from captionscan.suppress import Suppression


def annas(n: int) -> list[Person]:
    """n listed people called Anna, and the fixture list (Lena Vogt, Jonas Müller, ...)."""
    return [Person(f"a{i:04d}", f"Anna Nachname{i}") for i in range(n)] + list(PEOPLE)


def anna_ids(n: int) -> tuple[str, ...]:
    return tuple(f"a{i:04d}" for i in range(n))


def found(matcher: Matcher, text: str) -> list[tuple]:
    return [(h.person_ids, h.text, h.rule, h.level) for h in matcher.match(text, rule_entities(text))]


# -- matching ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("n", [2, 30, 2000])
@pytest.mark.parametrize(
    ("text", "written", "rule"),
    [
        ("Danke Anna!", "Anna", "exact"),
        ("Danke ANNA!", "ANNA", "folded"),
        ("Annas Geburtstag am See", "Annas", "genitive"),
        ("Mit Anna's family", "Anna's", "genitive"),
        ("Tolle Tage #annaundben", "#annaundben", "hashtag"),
    ],
)
def test_a_lone_name_many_listed_people_share_is_one_finding_naming_them_all(n, text, written, rule):
    assert found(Matcher(annas(n)), text) == [(anna_ids(n), written, rule, "review")]


def test_a_surname_many_listed_people_share_and_a_name_that_is_first_and_surname():
    bergers = [Person(f"b{i}", f"Vorname{i} Berger") for i in range(40)]
    assert found(Matcher(bergers), "Grüße an Berger!") == [
        (tuple(sorted(p.id for p in bergers)), "Berger", "exact", "review")
    ]
    simons = [Person("f1", "Simon Berg"), Person("l1", "Eva Simon"), Person("f2", "Simon Roth")]
    assert found(Matcher(simons), "Danke Simon!") == [(("f1", "f2", "l1"), "Simon", "exact", "review")]


def test_an_alias_and_a_first_name_written_alike_stay_apart_by_rule():
    m = Matcher([Person("h", "Johannes Weiß", ("Hannes",)), Person("x", "Hannes Roth"), Person("y", "Hannes Kurz")])
    assert found(m, "Danke Hannes!") == [
        (("h",), "Hannes", "alias", "review"),
        (("x", "y"), "Hannes", "exact", "review"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the person named in full: a hit; the first name beside it belongs to them, the other Annas go
        (
            "Anna Nachname3 und Anna",
            [(("a0003",), "Anna Nachname3", "exact", "hit"), (("a0003",), "Anna", "exact", "hit")],
        ),
        # by handle: the same
        (
            "Danke @lena.vogt! Lena war toll",
            [(("p1",), "@lena.vogt", "handle", "hit"), (("p1",), "Lena", "exact", "hit")],
        ),
        # a hit for one person and a shared first name of others: two findings, the hit on its own
        ("Lena Vogt mit Anna", [(("p1",), "Lena Vogt", "exact", "hit"), (anna_ids(50), "Anna", "exact", "review")]),
    ],
)
def test_a_full_name_hit_stays_its_own_finding(text, expected):
    assert found(Matcher(annas(50)), text) == expected


def test_a_near_miss_of_a_shared_first_name_beside_the_full_name_is_review_for_that_person():
    m = Matcher([Person("f", "Felix Oßwald"), Person("g", "Felix Braun"), Person("h", "Felix Roth")])
    assert found(m, "Felix Oßwald und die Felixe") == [
        (("f",), "Felix Oßwald", "exact", "hit"),
        (("f",), "Felixe", "fuzzy", "review"),
    ]
    assert found(m, "Danke an die Felixe") == [(("f", "g", "h"), "Felixe", "fuzzy", "review")]


def test_two_listed_people_named_alike_in_full_are_two_hits():
    m = Matcher([Person("x", "Anna Berg"), Person("y", "Anna Berg"), *annas(5)])
    assert found(m, "Anna Berg und Anna") == [
        (("x",), "Anna Berg", "exact", "hit"),
        (("y",), "Anna Berg", "exact", "hit"),
        (("x",), "Anna", "exact", "hit"),
        (("y",), "Anna", "exact", "hit"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Danke Anna und Ben!",
        "Annas Hochzeit mit Lena Vogt #annaundben",
        "Anna, Jonas und ANNA am See mit @jonas_mueller",
        "Anna\nAnna\nAnnas Kleid",
    ],
)
def test_the_number_of_findings_does_not_grow_with_the_people_sharing_a_name(text):
    counts = {}
    for n in (1, 10, 100, 1000):
        hits = Matcher(annas(n)).match(text, rule_entities(text))
        counts[n] = len(hits)
        assert max(len(h.person_ids) for h in hits) == n
    assert len(set(counts.values())) == 1, counts


def test_a_hashed_list_gives_the_same_findings(tmp_path):
    from captionscan.match.hashed import hash_rows, hashed_matcher

    people = annas(20)
    path = tmp_path / "hashed.csv"
    hash_rows(people, b"k" * 32).to_csv(path, index=False)
    text = "Anna Nachname3 und Anna, Annas Freundin und Lena #annaundben. Danke Anna!"
    assert found(hashed_matcher(path, b"k" * 32), text) == found(Matcher(people), text)
    assert found(hashed_matcher(path, b"k" * 32), "Danke Anna!") == [(anna_ids(20), "Anna", "exact", "review")]


# -- suppression ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("allowed", "left"),
    [
        (set(), [anna_ids(5)]),
        ({"a0001"}, [("a0000", "a0002", "a0003", "a0004")]),
        ({"a0000", "a0001", "a0003", "a0004"}, [("a0002",)]),
        (set(anna_ids(5)), []),
        ({"p1", "p2"}, [anna_ids(5)]),  # allowing others changes nothing
    ],
)
def test_allowing_some_candidates_keeps_the_others_and_all_drops_the_finding(allowed, left):
    m = Matcher(annas(5))
    unit = TextUnit(Source("t", None, None, "text"), "Danke Anna!")
    kept = Suppression(frozenset(allowed)).keep(m, unit, m.match(unit.text))
    assert [h.person_ids for h in kept] == left
    assert all(h.text == "Anna" and h.level == "review" for h in kept)


@pytest.mark.parametrize(
    ("marker", "left"),
    [
        # the marker names that Anna in full, so the lone "Anna" is hers, and she is allowed
        ("<!-- captionscan: allow Anna Nachname1 -->", 0),
        # a lone first name allows no one (written for an unlisted Anna, it would switch every listed one off): the
        # caption's "Anna" is every listed Anna's; the marker's own words are no finding
        ("<!-- captionscan: allow Anna -->", 1),
        ("<!-- captionscan: allow @lena.vogt -->", 1),
    ],
)
def test_an_allow_marker_for_some_candidates(marker, left):
    m = Matcher(annas(3))
    text = f"{marker}\nDanke Anna!"
    (report,) = scan_units([TextUnit(Source("t.md", None, None, "text"), text)], m, "de")
    assert [h.person_ids for h in report.hits if h.text == "Anna"] == [("a0000", "a0001", "a0002")] * left


def test_an_ignored_finding_goes_whatever_its_candidates():
    m = Matcher(annas(4))
    unit = TextUnit(Source("t.md", None, None, "text"), "Danke Anna!")
    (hit,) = m.match(unit.text)
    ignoring = Suppression(key=b"k" * 32)
    ignoring = Suppression(key=b"k" * 32, fingerprints=frozenset({ignoring.fingerprint(unit, hit)}))
    assert ignoring.keep(m, unit, [hit]) == ()


# -- rewrites and summary ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("genders", "role"),
    [
        (("f", "f"), "Kaffee mit einer Freundin am See"),
        (("m", "m"), "Kaffee mit einem Freund am See"),
        ((None, None), "Kaffee mit einer Freundin am See"),  # the first-name table: Anna
        (("f", "m"), "Kaffee mit einem lieben Menschen am See"),  # candidates disagree: neutral
        (("f", "n"), "Kaffee mit einem lieben Menschen am See"),
        (("f", None), "Kaffee mit einer Freundin am See"),  # the table agrees with the list
    ],
)
def test_the_role_word_of_several_candidates(genders, role):
    m = Matcher([Person("a", "Anna Berg", gender=genders[0]), Person("b", "Anna Roth", gender=genders[1])])
    text = "Kaffee mit Anna am See"
    hits = m.match(text, rule_entities(text))
    assert [h.person_ids for h in hits] == [("a", "b")]
    suggestions = {s.strategy: s.text for s in suggest(text, hits, "de", m.by_id, initials=True)}
    assert suggestions["role"] == role
    assert suggestions["placeholder"] == "Kaffee mit [Person 1] am See"
    assert suggestions["initials"] == "Kaffee mit [Person 1] am See"  # whose initials? nobody's


def test_the_role_word_follows_the_list_it_is_asked_about():
    """The candidates' gender is kept between units, for one list: another list with the same ids is asked anew."""
    text = "Kaffee mit Anna am See"
    for genders, role in [
        (("f", "f"), "einer Freundin"),
        (("m", "m"), "einem Freund"),
        (("f", "m"), "einem lieben Menschen"),
    ]:
        m = Matcher([Person("a", "Anna Berg", gender=genders[0]), Person("b", "Anna Roth", gender=genders[1])])
        for _ in range(2):
            assert suggest(text, m.match(text), "de", m.by_id)[1].text == f"Kaffee mit {role} am See"


def test_the_summary_counts_a_finding_once_and_each_candidate_once():
    m = Matcher(annas(3))
    summary = Summary()
    units = [TextUnit(Source("t", None, i, "text"), t) for i, t in enumerate(["Danke Anna!", "mit Lena Vogt"])]
    reports = list(scan_units(units, m, "de", summary=summary))
    assert [len(r.hits) for r in reports] == [1, 1]
    assert summary.hits == 2
    assert summary.hits_per_person == {"a0000": 1, "a0001": 1, "a0002": 1, "p1": 1}


# -- reports -------------------------------------------------------------------------------------------------

ANNAS = "id,name,gender\na1,Anna Berg,f\na2,Anna Roth,f\na3,Anna Kühn,f\np1,Lena Vogt,f\n"
DRAFT = "Danke Anna!\nmit Lena Vogt am See\n"
REVIEW = {"ids": ["a1", "a2", "a3"], "text": "Anna", "level": "review", "rule": "exact"}
HIT = {"ids": ["p1"], "text": "Lena Vogt", "level": "hit", "rule": "exact"}


@pytest.fixture
def inputs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    """The list and a draft, in the working directory (short paths keep table cells on one line)."""
    monkeypatch.chdir(tmp_path)
    Path("optout.csv").write_text(ANNAS, encoding="utf-8")
    Path("draft.md").write_text(DRAFT, encoding="utf-8")
    return Path("optout.csv"), Path("draft.md")


def scan_to(tmp_path: Path, inputs: tuple[Path, Path], fmt: str) -> Path:
    out = tmp_path / f"report.{fmt}"
    args = ["scan", str(inputs[1]), "--optout", str(inputs[0]), "--format", fmt, "-o", str(out), "-q"]
    assert CliRunner().invoke(app, args).exit_code == 1
    return out


def _hits_of_records(records: list[dict]) -> list[dict]:
    return [
        {"ids": h["person_ids"], "text": h["text"], "level": h["level"], "rule": h["rule"]}
        for r in records
        for h in r["optout_hits"]
    ]


def _hits_of_rows(frame: pd.DataFrame) -> list[dict]:
    return [
        {"ids": row["person_ids"].split(";"), "text": row["text"], "level": row["level"], "rule": row["rule"]}
        for _, row in frame.iterrows()
    ]


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv", "xlsx", "sarif"])
def test_every_machine_format_carries_the_candidates(tmp_path, inputs, fmt):
    out = scan_to(tmp_path, inputs, fmt)
    if fmt == "json":
        report = json.loads(out.read_text(encoding="utf-8"))
        hits = _hits_of_records(report["units"])
        assert report["summary"]["hits"] == 2
        assert report["summary"]["hits_per_person"] == {"a1": 1, "a2": 1, "a3": 1, "p1": 1}
    elif fmt == "jsonl":
        hits = _hits_of_records([json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()])
    elif fmt == "sarif":
        results = json.loads(out.read_text(encoding="utf-8"))["runs"][0]["results"]
        hits = [
            {"ids": r["properties"]["personIds"], "text": t, "level": r["properties"]["level"], "rule": r["ruleId"]}
            for r, t in zip(results, ["Anna", "Lena Vogt"], strict=True)
        ]
        first = results[0]["message"]["text"]
        assert first.startswith("May name one or more of the opted-out people 'a1', 'a2', 'a3'.")
        assert results[1]["message"]["text"].startswith("Names opted-out person 'p1'.")
        assert [r["level"] for r in results] == ["warning", "error"]
    else:
        read = pd.read_csv if fmt == "csv" else pd.read_excel
        hits = _hits_of_rows(read(out, dtype=str, keep_default_na=False))
    assert hits == [REVIEW, HIT]


def test_the_html_page_and_the_table_name_the_candidates(tmp_path, inputs):
    page = Page(scan_to(tmp_path, inputs, "html").read_text(encoding="utf-8")).data
    found = [h for post in page["posts"] for unit in post["u"] for h in unit["h"]]
    assert [{"ids": h[0], "text": h[4], "level": h[1], "rule": h[2]} for h in found] == [REVIEW, HIT]
    assert set(page["people"]) == {"a1", "a2", "a3", "p1"}
    table = scan_to(tmp_path, inputs, "table").read_text(encoding="utf-8")
    assert all(f"findings for {p}" in table for p in ("a1", "a2", "a3", "p1"))
    assert regex.search(r"│ findings \(hit or review\) +│ 2 │", table)  # two findings
    found = [" ".join(line.split("│")[2].split()) for line in table.splitlines() if line.count("│") == 4]
    assert found == ["Anna", "a1, a2, a3", "review (exact)", "Lena Vogt", "p1", "hit (exact)"]


@pytest.mark.parametrize(
    ("fmt", "lines"),
    [
        (
            "text",
            [
                "draft.md:1:7: review: may name one or more of the opted-out people 'a1', 'a2', 'a3' (rule: exact)",
                "draft.md:2:5: hit: names opted-out person 'p1' (rule: exact)",
            ],
        ),
        (
            "github",
            [
                "::warning file=draft.md,line=1,col=7::review: may name one or more of the opted-out people "
                "'a1', 'a2', 'a3' (rule: exact)",
                "::error file=draft.md,line=2,col=5::hit: names opted-out person 'p1' (rule: exact)",
            ],
        ),
    ],
)
def test_check_names_the_candidates_and_fails_only_on_the_hit(inputs, fmt, lines):
    result = CliRunner().invoke(app, ["check", "draft.md", "--optout", "optout.csv", "--format", fmt])
    assert result.exit_code == 1
    assert [line.split(" -> ")[0] for line in result.stdout.splitlines()] == lines
    Path("draft.md").write_text("Danke Anna!\n", encoding="utf-8")
    assert CliRunner().invoke(app, ["check", "draft.md", "--optout", "optout.csv"]).exit_code == 0
    review = ["check", "draft.md", "--optout", "optout.csv", "--fail-on", "review"]
    assert CliRunner().invoke(app, review).exit_code == 1


def test_redact_and_scan_frame_carry_the_candidates(tmp_path, inputs):
    out = tmp_path / "rewrites.csv"
    args = ["redact", str(inputs[1]), "--optout", str(inputs[0]), "-o", str(out)]
    assert CliRunner().invoke(app, args).exit_code == 1
    (row,) = pd.read_csv(out, dtype=str).to_dict("records")
    assert row["people"] == "a1|a2|a3|p1" and row["levels"] == "review|hit"
    assert row["remove"] == "Danke!\nAm See\n"
    hits = captionscan.scan_frame(pd.DataFrame({"text": DRAFT.splitlines()}), inputs[0])
    assert list(hits["person_ids"]) == ["a1;a2;a3", "p1"] and list(hits.index) == [0, 1]
