"""The shipped models: a plain `spacy.load` of one is the pipeline `captionscan extract` runs, its rule components
carry the word lists of captionscan/data, each card's dev-set figures are what `captionscan evaluate` gives today,
and the folder stays lean. Scoring needs the shared corpora beside the checkout: in CI (CI set), which places them
there, their absence fails that test; elsewhere it is skipped, with the path it looked at."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
import spacy
from spacy.util import load_config

from captionscan.data import parse_word_lists, word_lists
from captionscan.evaluate import evaluate, evaluate_by_rule, evaluate_records, read_gold, table_rows
from captionscan.extract import HASHTAG_RULES, extract_with_rules
from captionscan.extract.components import PIPELINE
from captionscan.extract.lexicon import WORD_LISTS

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT.parent / "shared" / "corpora"
CAPTIONS = ROOT / "data" / "eval" / "tune" / "captions.jsonl"
MAX_MODELS_MIB = 60
LANGS = ["de", "en"]
REPORTED = ("PERSON", "LOCATION")


@pytest.mark.parametrize("lang", LANGS)
def test_a_plain_spacy_load_is_the_pipeline_extract_runs(lang):
    """On the annotated captions, the PERSON and LOCATION spans of `spacy.load(models/<lang>)`, with the rule each
    records, are those `extract` reports, but for the spans `extract` leaves to @-mentions and hashtags (character
    rules outside spaCy) and the hashtags it reports as people or places."""
    nlp = spacy.load(ROOT / "models" / lang)
    texts = [r.text for r in read_gold(CAPTIONS) if r.lang == lang]
    rules = set()
    for text, (_, found) in zip(texts, extract_with_rules(texts, lang), strict=True):
        tags = [e for e, _ in found if e.label in ("MENTION", "HASHTAG")]
        doc = nlp(text)
        loaded = {
            (e.start_char, e.end_char, e.label_, e.kb_id_)
            for e in doc.ents
            if e.label_ in REPORTED and not any(e.start_char < t.end and t.start < e.end_char for t in tags)
        }
        extracted = {(e.start, e.end, e.label, r) for e, r in found if e.label in REPORTED}
        by_hashtag = {f for f in extracted if f[3] in HASHTAG_RULES.values()}
        assert loaded == extracted - by_hashtag, text
        assert all(any((t.start, t.end) == f[:2] for t in tags) for f in by_hashtag)
        rules |= {f[3] for f in loaded}
    assert len(texts) >= 100 and {"", "first_name", "place_word"} <= rules  # the model's spans and the rules'


@pytest.mark.parametrize("lang", LANGS)
def test_shipped_models_list_their_components_and_no_build_folder(lang):
    folder = ROOT / "models" / lang
    config = load_config(folder / "config.cfg", interpolate=False)
    rules = [name for name in PIPELINE if name != "english_places" or lang == "en"]
    assert config["nlp"]["pipeline"] == ["tok2vec", "ner", *rules]
    assert json.loads((folder / "meta.json").read_text(encoding="utf-8"))["pipeline"] == ["tok2vec", "ner", *rules]
    card = (folder / "MODEL_CARD.md").read_text(encoding="utf-8")
    assert all(f"- `{name}` (`" in card for name in rules)
    assert set(config["paths"].values()) == {None}
    assert "/tmp" not in (folder / "config.cfg").read_text(encoding="utf-8")
    # the strings of training are no part of the pipeline: only the labels load (a load 40% faster)
    strings = json.loads((folder / "vocab" / "strings.json").read_text(encoding="utf-8"))
    assert strings == sorted(spacy.load(folder).get_pipe("ner").labels)


@pytest.mark.parametrize("lang", ["de", "en", "nl", "fr", "xx"])
def test_the_saved_tokenizer_is_the_one_spacy_would_build_and_fill(lang):
    """The models name captionscan's tokenizer, which starts empty and takes its rules from the folder: the tokens
    are those of spaCy's own tokenizer read from the same folder (an empty one splits at spaces only)."""
    folder = ROOT / "models" / lang
    spacys = {"nlp": {"tokenizer": {"@tokenizers": "spacy.Tokenizer.v1"}}}
    ours, theirs = spacy.load(folder).tokenizer, spacy.load(folder, config=spacys).tokenizer
    assert load_config(folder / "config.cfg")["nlp"]["tokenizer"]["@tokenizers"] == "captionscan.saved_tokenizer.v1"
    texts = [r.text for r in read_gold(CAPTIONS)] + ["Grazie dell'aiuto, l'Élodie! https://example.org (Lena's)"]
    assert [[t.text for t in ours(x)] for x in texts] == [[t.text for t in theirs(x)] for x in texts]
    assert len(ours(texts[-1])) > len(texts[-1].split())


@pytest.mark.parametrize("lang", LANGS)
def test_each_rule_component_ships_the_word_lists_of_captionscan_data(lang):
    """assemble.py copies them: a list changed in captionscan/data without reassembling the models fails here."""
    folders = [ROOT / "models" / lang / name for name in PIPELINE if name != "english_places" or lang == "en"]
    for folder in folders:
        assert parse_word_lists((folder / WORD_LISTS).read_text(encoding="utf-8")) == word_lists(WORD_LISTS), folder


def test_the_by_rule_report_starts_from_the_figures_of_evaluate():
    report = evaluate_by_rule(CAPTIONS)
    assert report["figures"] == evaluate(CAPTIONS).as_dict()
    names = next(c for c in report["components"] if c["component"] == "names")
    assert names["delta"]["PERSON"]["r"] > 0 and names["rules"]["first_name"]["exact"] > 0


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


@pytest.mark.parametrize("lang", LANGS)
def test_model_card_caption_figures_are_reproduced_on_both_caption_sets(lang):
    """The card reports the tune set next to the test set, each as `evaluate` scores its records in the language."""
    rows = {}
    for line in (ROOT / "models" / lang / "MODEL_CARD.md").read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip("|").split("|")]
        if len(cells) == 10 and cells[0].endswith(f"captions ({lang})"):
            rows[cells[0], cells[1]] = cells[3:]
    sets = {"tune": CAPTIONS, "test": ROOT / "data" / "eval" / "test" / "captions_test.jsonl"}
    assert {name for name, _ in rows} == {f"{name} captions ({lang})" for name in sets}
    for name, path in sets.items():
        records = [r for r in read_gold(path) if r.lang == lang]
        for row in table_rows(evaluate_records(records, lang).as_dict()):
            assert rows[f"{name} captions ({lang})", row[0]] == row[2:], (name, row[0])


def test_models_stay_lean():
    size = sum(f.stat().st_size for f in (ROOT / "models").rglob("*") if f.is_file() and "build" not in f.parts)
    assert size < MAX_MODELS_MIB * 2**20
