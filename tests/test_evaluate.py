"""Scoring the extractor against gold annotations: exact, overlap and redaction recall, and the command."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from captionscan.cli import app
from captionscan.errors import InputError
from captionscan.evaluate import GoldRecord, read_gold, report_table, score
from captionscan.records import Entity


def ent(text: str, piece: str, label: str, nth: int = 0) -> Entity:
    start = -1
    for _ in range(nth + 1):
        start = text.index(piece, start + 1)
    return Entity(start, start + len(piece), label, piece)


def gold(text: str, *spans: tuple[str, str]) -> GoldRecord:
    return GoldRecord(text, tuple((e.start, e.end, e.label) for e in (ent(text, p, lb) for p, lb in spans)))


def test_exact_and_overlap_scores():
    text = "Lena Vogt und Tim in Rottach-Egern"
    g = gold(text, ("Lena Vogt", "PERSON"), ("Tim", "PERSON"), ("Rottach-Egern", "LOCATION"))
    predicted = [ent(text, "Lena", "PERSON"), ent(text, "Tim", "PERSON"), ent(text, "Rottach-Egern", "LOCATION")]
    scores = score([g], [predicted])
    person = scores.exact["PERSON"]
    assert (person.predicted, person.predicted_right, person.gold, person.gold_found) == (2, 1, 2, 1)  # "Lena" alone
    assert scores.overlap["PERSON"].f1 == 1.0
    assert scores.exact["LOCATION"].f1 == 1.0
    assert scores.redaction_recall == 0.5  # "Vogt" stays visible


def test_handles_left_out_of_person_scores_but_covered_by_mentions():
    text = "thx @anna and @ben with Carla"
    g = GoldRecord(
        text,
        (
            (text.index("@anna"), text.index("@anna") + 5, "PERSON"),  # BTC: the "@" inside the span
            (text.index("ben"), text.index("ben") + 3, "PERSON"),  # WNUT: the "@" just before it
            (text.index("Carla"), text.index("Carla") + 5, "PERSON"),
        ),
    )
    predicted = [ent(text, "@anna", "MENTION"), ent(text, "@ben", "MENTION"), ent(text, "Carla", "PERSON")]
    scores = score([g], [predicted])
    assert scores.exact["PERSON"].f1 == 1.0 and scores.exact["PERSON"].gold == 1
    assert "MENTION" not in scores.exact  # the gold file does not annotate mentions, so they are not scored
    assert scores.redaction_recall == 1.0 and scores.person_spans == 3


def test_one_prediction_over_two_gold_spans():
    text = "Fiona and Callum"
    scores = score([gold(text, ("Fiona", "PERSON"), ("Callum", "PERSON"))], [[ent(text, text, "PERSON")]])
    overlap = scores.overlap["PERSON"]
    assert (overlap.precision, overlap.recall, overlap.gold) == (1.0, 1.0, 2)
    assert scores.exact["PERSON"].f1 == 0.0


def test_mentions_and_hashtags_are_scored_where_gold_has_them():
    text = "mit @lena.vogt #sommer"
    g = gold(text, ("@lena.vogt", "MENTION"))
    scores = score([g], [[ent(text, "@lena.vogt", "MENTION"), ent(text, "#sommer", "HASHTAG")]])
    assert scores.exact["MENTION"].f1 == 1.0
    assert "HASHTAG" not in scores.exact


def test_a_missed_person_and_a_false_place():
    text = "Danke Mai"
    scores = score([gold(text, ("Mai", "PERSON"))], [[ent(text, "Mai", "LOCATION")]])
    assert scores.exact["PERSON"].recall == 0.0 and scores.exact["LOCATION"].precision == 0.0
    assert scores.redaction_recall == 0.0


def test_place_hashtags_are_scored_only_where_the_gold_annotates_them():
    """The caption guides annotate no place hashtag: one the extractor reports there is neither right nor wrong.
    BTC annotates them: there a missed or wrong one counts."""
    caption = "Sommer am Tegernsee #bayern"
    predicted = [[ent(caption, "Tegernsee", "LOCATION"), ent(caption, "#bayern", "LOCATION")]]
    scores = score([gold(caption, ("Tegernsee", "LOCATION"))], predicted)
    assert (scores.exact["LOCATION"].predicted, scores.exact["LOCATION"].precision) == (1, 1.0)
    tweet = "#snow in #london, sun in #paris"
    g = gold(tweet, ("#london", "LOCATION"), ("#paris", "LOCATION"))
    scores = score([g], [[ent(tweet, "#london", "LOCATION"), ent(tweet, "#snow", "LOCATION")]])
    assert (scores.exact["LOCATION"].precision, scores.exact["LOCATION"].recall) == (0.5, 0.5)


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ('{"text": 1, "entities": []}\n', "line 1: not a gold record"),
        ('{"text": "ab"}\n', "line 1: not a gold record"),
        ('\n{"text": "ab", "entities": [[0, 5, "PERSON"]]}\n', "line 2: a span lies outside its text"),
        ("", "holds no gold records"),
        ('{"text": "ab", "entities": [], "lang": "french"}\n', "line 1: 'lang' must be an ISO 639-1 code"),
        ('{"text": "ab", "entities": [], "lang": ["de"]}\n', "line 1: 'lang' must be an ISO 639-1 code"),
    ],
)
def test_bad_gold_files_are_refused(tmp_path, content, problem):
    path = tmp_path / "gold.jsonl"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=problem):
        read_gold(path)


def test_evaluate_command_scores_a_gold_file(tmp_path):
    path = tmp_path / "gold.jsonl"
    text = "Traumhafte Hochzeit von Julia Schneider am Tegernsee mit @lena.vogt"
    record = {
        "text": text,
        "entities": [[24, 39, "PERSON"], [43, 52, "LOCATION"], [57, 67, "PERSON"]],
        "lang": "de",
    }
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["evaluate", str(path), "--format", "json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout)[str(path)]
    assert scores["exact"]["PERSON"] == {"p": 1.0, "r": 1.0, "f": 1.0, "gold": 1}
    assert scores["exact"]["LOCATION"]["f"] == 1.0
    assert scores["redaction_recall"] == 1.0 and scores["person_spans"] == 2


def test_evaluate_command_refuses_a_bad_file_in_one_line(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text("not json\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["evaluate", str(path)])
    assert result.exit_code == 2
    expected = 'expected {"text": ..., "entities": [[start, end, label], ...]}'
    assert result.stderr.strip() == f"captionscan: error: {path}: line 1: not a gold record: {expected}"


def test_gold_spans_may_be_written_as_extract_writes_them(tmp_path):
    path = tmp_path / "gold.jsonl"
    entities = [{"start": 6, "end": 10, "label": "PERSON", "text": "Lena"}, [15, 23, "LOCATION"]]
    path.write_text(json.dumps({"text": "Danke Lena, am Tegernsee", "entities": entities}) + "\n", encoding="utf-8")
    assert read_gold(path)[0].spans == ((6, 10, "PERSON"), (15, 23, "LOCATION"))


def test_evaluate_by_rule_measures_each_rule_component_by_ablation(tmp_path):
    path = tmp_path / "gold.jsonl"
    text = "Wir gratulieren Hannelore"  # the model finds no one here; the name rule finds the first name
    record = {"text": text, "entities": [[text.index("Hannelore"), len(text), "PERSON"]], "lang": "de"}
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["evaluate", str(path), "--by-rule", "--format", "json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)[str(path)]
    components = {c["component"]: c for c in report["components"]}
    assert list(components) == [
        "trim_spans",
        "street_words",
        "retype_spans",
        "names",
        "surnames",
        "places",
        "paired_names",
        "joined_names",
    ]  # German: no English rules; street words run twice, and are disabled together
    assert components["street_words"]["pipes"] == ["street_words", "street_words_after_joins"]
    assert components["names"]["delta"]["PERSON"] == {"p": 1.0, "r": 1.0, "f": 1.0}
    assert components["names"]["delta"]["redaction_recall"] == 1.0
    assert components["names"]["rules"]["first_name"] == {"exact": 1}
    assert components["places"]["delta"]["PERSON"] == {"p": 0.0, "r": 0.0, "f": 0.0}
    assert report["outside"]["ner"] == {}


def test_by_rule_rows_give_deltas_per_component_and_verdicts_per_rule():
    result = {
        "components": [
            {
                "component": "names",
                "pipes": ["names"],
                "delta": {
                    "PERSON": {"p": -0.5, "r": 0.25, "f": 0.0},
                    "LOCATION": {"p": 0, "r": 0, "f": 0},
                    "redaction_recall": None,
                },
                "rules": {"first_name": {"exact": 2, "wrong": 1}, "title": {"overlap": 1}},
            }
        ],
        "outside": {"ner": {"exact": 3}},
    }
    columns, rows = report_table({"gold.jsonl": result})
    assert columns[:3] == ("gold file", "component", "rule") and columns[-3:] == ("exact", "overlap", "wrong")
    assert rows == [
        (
            "gold.jsonl",
            "names",
            "(all)",
            "-0.500",
            "+0.250",
            "+0.000",
            "+0.000",
            "+0.000",
            "+0.000",
            "n/a",
            "2",
            "1",
            "1",
        ),
        ("gold.jsonl", "names", "first_name", *[""] * 7, "2", "0", "1"),
        ("gold.jsonl", "names", "title", *[""] * 7, "0", "1", "0"),
        ("gold.jsonl", "", "ner", *[""] * 7, "3", "0", "0"),
    ]


def test_a_mixed_record_goes_to_the_language_detection(tmp_path):
    """A caption in German with English in it is no error: it is scored as `scan` reads it, by detection."""
    path = tmp_path / "gold.jsonl"
    text = "Shooting mit Lena am Tegernsee, best day ever"
    records = [{"text": text, "entities": [[13, 17, "PERSON"], [21, 30, "LOCATION"]], "lang": "mixed"}]
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    assert read_gold(path)[0].lang is None
    result = CliRunner().invoke(app, ["evaluate", str(path), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)[str(path)]["exact"]["PERSON"]["gold"] == 1
