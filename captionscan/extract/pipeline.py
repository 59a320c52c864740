"""Load the packaged spaCy pipelines once and run them in batches."""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path

import spacy
from spacy.language import Language

from captionscan.records import Entity

LANGUAGES = ("de", "en")
NER_LABELS = {"PERSON": "PERSON", "LOCATION": "LOCATION"}  # OTHER (organisations, misc) is not reported
BATCH_SIZE = 256


def model_path(lang: str) -> Path:
    """The trained pipeline for `lang`: top-level models/<lang>, installed as captionscan.models."""
    return Path(str(resources.files("captionscan.models") / lang))


@cache
def load(lang: str) -> Language:
    return spacy.load(model_path(lang), exclude=["senter", "parser", "tagger", "lemmatizer"])


def ner_entities(texts: list[str], lang: str) -> list[list[Entity]]:
    nlp = load(lang)
    return [
        [Entity(e.start_char, e.end_char, NER_LABELS[e.label_], e.text) for e in doc.ents if e.label_ in NER_LABELS]
        for doc in nlp.pipe(texts, batch_size=BATCH_SIZE)
    ]
