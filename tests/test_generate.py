"""The generated caption records train the models: they must be reproducible, annotated by the evaluation guide's
conventions, cover every kind of name, place and negative, and never contain an evaluation text."""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "models" / "training"))
from generate import KIND_WEIGHTS, NEGATIVE_KINDS, generate, read_tsv  # noqa: E402  (a script, not a package)

SAMPLE = 20_000


@pytest.fixture(scope="session")
def surnames(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("gazetteer") / "surnames.txt"
    path.write_text("Kessler\nBrandt\nHuber\nVogt\nAlbers\n", encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def records(surnames: Path) -> dict[str, list[dict]]:
    return {lang: generate(lang, SAMPLE, 42, surnames) for lang in ("de", "en")}


def test_same_seed_same_records(surnames: Path) -> None:
    assert generate("de", 300, 7, surnames) == generate("de", 300, 7, surnames)
    assert generate("en", 300, 7, surnames) != generate("en", 300, 8, surnames)


@pytest.mark.parametrize("lang", ["de", "en"])
def test_spans_match_their_text(records: dict[str, list[dict]], lang: str) -> None:
    for rec in records[lang]:
        end = 0
        for start, stop, label in sorted(rec["entities"]):
            span = rec["text"][start:stop]
            assert label in ("PERSON", "LOCATION"), rec
            assert start >= end and span and span == span.strip(), rec  # in order, no overlap, no edge spaces
            assert "@" not in span and "#" not in span, rec  # handles and hashtags stay unlabelled
            end = stop


@pytest.mark.parametrize("lang", ["de", "en"])
def test_every_kind_has_its_share(records: dict[str, list[dict]], lang: str) -> None:
    kinds = Counter(rec["kind"] for rec in records[lang])
    assert set(kinds) == set(KIND_WEIGHTS)
    assert min(kinds.values()) >= 0.02 * SAMPLE, kinds
    styles = Counter(style for rec in records[lang] for style in rec["styles"])
    assert set(styles) == {"nopunct", "typo", "mixed", "lower", "caps"}
    assert min(styles.values()) >= 0.04 * SAMPLE, styles


@pytest.mark.parametrize("lang", ["de", "en"])
def test_negatives_name_nobody(records: dict[str, list[dict]], lang: str) -> None:
    negatives = [rec for rec in records[lang] if rec["kind"] in NEGATIVE_KINDS]
    assert len(negatives) >= 0.15 * SAMPLE
    assert not [rec for rec in negatives if any(label == "PERSON" for *_, label in rec["entities"])]


# Titles and kinship words stay outside the span; German genitives keep their "s", English "'s" stays outside.
def test_titles_outside_person_spans(records: dict[str, list[dict]]) -> None:
    for lang in ("de", "en"):
        titles = tuple(f"{w} ".lower() for row in read_tsv("titles.tsv") if row[0] == lang for w in row[2].split("|"))
        for rec in records[lang]:
            if rec["kind"] == "title" and not {"typo", "nopunct"} & set(rec["styles"]):  # both may change the title
                text = rec["text"].lower()
                assert any(text[:s].endswith(titles) for s, _, label in rec["entities"] if label == "PERSON"), rec


@pytest.mark.parametrize(
    ("lang", "ends"),
    [
        ("de", lambda text, stop: text[stop - 1] in "sS" or text[stop : stop + 1] == "'"),
        ("en", lambda text, stop: text[stop : stop + 1] in ("'", "’")),
    ],
)
def test_genitive_spans(records: dict[str, list[dict]], lang: str, ends) -> None:
    genitives = [rec for rec in records[lang] if rec["kind"] == "genitive"]
    assert genitives
    for rec in genitives:
        assert any(label == "PERSON" and ends(rec["text"], e) for s, e, label in rec["entities"]), rec


def test_no_evaluation_text(records: dict[str, list[dict]]) -> None:
    """Evaluation sets are never training data, not even by chance."""
    texts = {rec["text"] for recs in records.values() for rec in recs}
    for path in (ROOT / "data" / "eval").rglob("*.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                assert json.loads(line).get("text") not in texts, path
