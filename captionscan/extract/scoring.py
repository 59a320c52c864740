"""The NER scorer the models are trained with: spaCy's, plus PERSON and LOCATION F1 as top-level scores.

`spacy train` keeps the checkpoint with the best weighted score, and only top-level scores can be weighted;
captionscan reports PERSON and LOCATION, so checkpoints are chosen on those, not on OTHER. Registered as the
`captionscan.ner_scorer.v1`, both here (imported before the models load, so a source tree or a Dask worker
without the installed entry points loads them too) and as an entry point (group `spacy_scorers`) for `spacy train`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

import spacy
from spacy.scorer import get_ner_prf
from spacy.training import Example

REPORTED = ("PERSON", "LOCATION")


def ner_scores(examples: Iterable[Example], **kwargs: Any) -> dict[str, Any]:
    scores = get_ner_prf(examples, **kwargs)
    per_type = scores.get("ents_per_type") or {}
    for label in REPORTED:
        scores[f"ents_{label.lower()}_f"] = per_type.get(label, {}).get("f", 0.0)
    return scores


@spacy.registry.scorers("captionscan.ner_scorer.v1")
def make_ner_scorer() -> Callable[..., dict[str, Any]]:
    return ner_scores
