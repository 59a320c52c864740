"""Stage 2, extract: PERSON and LOCATION from the spaCy pipelines (NER and rule components), MENTION and HASHTAG
(and people in hashtags) by rule.

@-mentions and hashtags stay character rules outside spaCy: they run on every text, also where no pipeline runs
(texts without a letter or beyond NER_MAX_CHARS, the rewrites `scan` checks again), and their bounds need not fall
on spaCy's tokens ("@lena.vogt's"), which every entity of a Doc must.
"""

from __future__ import annotations

from collections.abc import Sequence

from captionscan.extract import language
from captionscan.extract.brands import brand_cover
from captionscan.extract.handles import handle_names
from captionscan.extract.hashtags import hashtag_entities
from captionscan.extract.pipeline import NER_MAX_CHARS, Ruled, ner_entities
from captionscan.extract.rules import rule_entities
from captionscan.records import Entity
from captionscan.spans import SpanIndex

# The rules of the spans found outside spaCy, as `extract_with_rules` reports them.
HASHTAG_RULES = {"PERSON": "hashtag_person", "LOCATION": "hashtag_place"}


def _merge(text: str, rules: list[Entity], ner: list[Ruled]) -> tuple[Ruled, ...]:
    """Rule spans win: an @-mention is MENTION, never also PERSON; NER inside a hashtag is dropped, and a
    hashtag that names a person (or place) is also one PERSON (or LOCATION) span; a capitalised word that a
    mention spells out is PERSON where nothing else claims it, and none within a brand's name is."""
    taken = SpanIndex(rules)
    brands = brand_cover(text) if any(e.label == "PERSON" for e, _ in ner) else None  # its regex: 5% of `extract`
    kept = [
        (e, rule)
        for e, rule in ner
        if not taken.overlaps(e.start, e.end) and not (e.label == "PERSON" and brands.covers(e.start, e.end))
    ]
    tagged = [(e, HASHTAG_RULES[e.label]) for e in hashtag_entities([e for e in rules if e.label == "HASHTAG"])]
    mentions = [e for e in rules if e.label == "MENTION"]
    spelled = handle_names(text, mentions, SpanIndex([*rules, *(e for e, _ in kept)])) if mentions else []
    found = [(e, e.label.lower()) for e in rules] + tagged + kept + [(e, "handle_name") for e in spelled]
    return tuple(sorted(found, key=lambda f: (f[0].start, f[0].end, f[0].label)))


def extract_with_rules(
    texts: Sequence[str], lang: str = "auto", disable: tuple[str, ...] = ()
) -> list[tuple[str, tuple[Ruled, ...]]]:
    """(language, (entity, rule) pairs) for each text, in order; NER runs in one batch per language. The rule is
    the one that made or last changed the span ("" for the model's own); `disable` names pipeline components to
    leave out."""
    langs = language.detect_all(texts) if lang == "auto" else [lang] * len(texts)
    ner: list[list[Ruled]] = [[] for _ in texts]
    for code in dict.fromkeys(langs):
        positions = [
            i for i, lg in enumerate(langs) if lg == code and texts[i].strip() and len(texts[i]) <= NER_MAX_CHARS
        ]
        for i, found in zip(positions, ner_entities([texts[i] for i in positions], code, disable), strict=True):
            ner[i] = found
    return [(lg, _merge(t, rule_entities(t), n)) for t, lg, n in zip(texts, langs, ner, strict=True)]


def extract(texts: Sequence[str], lang: str = "auto") -> list[tuple[str, tuple[Entity, ...]]]:
    """(language, entities) for each text, in order."""
    return [(lg, tuple(e for e, _ in found)) for lg, found in extract_with_rules(texts, lang)]


__all__ = ["extract", "extract_with_rules"]
