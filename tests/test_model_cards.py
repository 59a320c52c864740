"""The shipped models: each card's dev-set figures are what `captionscan evaluate` gives today, and the folder
stays lean. Scoring needs the shared corpora beside the checkout: in CI (CI set), which places them there, their
absence fails that test; elsewhere it is skipped, with the path it looked at."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from captionscan.evaluate import evaluate, table_rows

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT.parent / "shared" / "corpora"
MAX_MODELS_MIB = 60


def card_rows(lang: str) -> dict[tuple[str, str], list[str]]:
    """(dev file, label) -> the figures as printed, from the card's score table."""
    rows = {}
    for line in (ROOT / "models" / lang / "MODEL_CARD.md").read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip("|").split("|")]
        if len(cells) == 10 and cells[0].endswith(".jsonl"):
            rows[cells[0], cells[1]] = cells[3:]
    return rows


@pytest.mark.parametrize("lang", ["de", "en"])
def test_model_card_figures_are_reproduced_by_the_evaluate_command(lang):
    rows = card_rows(lang)
    assert rows, "the card has no score table"
    if not CORPORA.is_dir():
        missing = f"the shared corpora are not at {CORPORA}"
        if os.environ.get("CI"):  # CI copies them beside the checkout: there a missing corpus is a failure
            pytest.fail(missing)
        pytest.skip(missing)
    for name in {name for name, _ in rows}:
        for row in table_rows(evaluate(CORPORA / name, lang).as_dict()):
            assert rows[name, row[0]] == row[2:], (name, row[0])


def test_models_stay_lean():
    size = sum(f.stat().st_size for f in (ROOT / "models").rglob("*") if f.is_file() and "build" not in f.parts)
    assert size < MAX_MODELS_MIB * 2**20
