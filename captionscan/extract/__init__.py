"""Stage 2, extract: PERSON and LOCATION from spaCy, MENTION and HASHTAG (and people in hashtags) by rule."""

from __future__ import annotations

from collections.abc import Sequence

from captionscan.extract import language
from captionscan.extract.hashtags import hashtag_entities
from captionscan.extract.pipeline import LANGUAGES, NER_MAX_CHARS, ner_entities
from captionscan.extract.rules import rule_entities
from captionscan.records import Entity
from captionscan.spans import SpanIndex


def _merge(rules: list[Entity], ner: list[Entity]) -> tuple[Entity, ...]:
    """Rule spans win: an @-mention is MENTION, never also PERSON; NER inside a hashtag is dropped, and a
    hashtag that names a person (or place) is also one PERSON (or LOCATION) span."""
    taken = SpanIndex(rules)
    kept = [e for e in ner if not taken.overlaps(e.start, e.end)]
    tagged = hashtag_entities([e for e in rules if e.label == "HASHTAG"])
    return tuple(sorted(rules + tagged + kept, key=lambda e: (e.start, e.end, e.label)))


def extract(texts: Sequence[str], lang: str = "auto") -> list[tuple[str, tuple[Entity, ...]]]:
    """(language, entities) for each text, in order; NER runs in one batch per language."""
    langs = [language.detect(t) if lang == "auto" else lang for t in texts]
    ner: list[list[Entity]] = [[] for _ in texts]
    for code in LANGUAGES:
        positions = [
            i for i, lg in enumerate(langs) if lg == code and texts[i].strip() and len(texts[i]) <= NER_MAX_CHARS
        ]
        for i, ents in zip(positions, ner_entities([texts[i] for i in positions], code), strict=True):
            ner[i] = ents
    return [(lg, _merge(rule_entities(t), n)) for t, lg, n in zip(texts, langs, ner, strict=True)]


__all__ = ["extract"]
