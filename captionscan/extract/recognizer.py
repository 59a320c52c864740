"""The entity recognizer the shipped pipelines name in their config: spaCy's, decoding with a beam of one.

spaCy's wheels for Python 3.11 are compiled with Cython's profiling hooks (its parser module calls PyGILState_Ensure
from 126 places, against 38 in the wheels for 3.12 and 3.13), and its greedy decoder then takes and gives back the
GIL around every hidden unit of every step, about a hundred times per token: on 1,500 English captions NER's
decoding took 0.48 s, most of it in the GIL's locks (perf). The beam decoder with one state per text takes the same
best valid action at each step, scored by numpy for the whole batch: 0.21 s, in English and German alike, with the
same entities on every text of the eval sets and 3,000 bench captions. From Python 3.12 on, spaCy's greedy decoder
runs as it is. Training is spaCy's own (`update` does not decode).
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable

from spacy.language import Language
from spacy.pipeline import EntityRecognizer
from spacy.pipeline.factories import register_factories
from spacy.tokens import Doc
from thinc.api import Model

FACTORY = "captionscan_ner_v1"
PROFILED_WHEELS = sys.version_info < (3, 12)


class BeamOfOne(EntityRecognizer):
    """spaCy's EntityRecognizer, whose `predict` decodes with a beam of width one where spaCy's wheels are profiled."""

    def predict(self, docs: Doc | Iterable[Doc]):
        docs = [docs] if isinstance(docs, Doc) else list(docs)
        if not PROFILED_WHEELS or not any(len(doc) for doc in docs):  # spaCy's own, as for a batch without a token
            return super().predict(docs)
        return self.beam_parse(docs, beam_width=1)


def make_ner(
    nlp: Language,
    name: str,
    model: Model,
    moves: object | None,
    update_with_oracle_cut_size: int,
    incorrect_spans_key: str | None,
    scorer: Callable | None,
) -> BeamOfOne:
    """The `ner` factory's settings, the same component class but for its decoding."""
    return BeamOfOne(
        nlp.vocab,
        model,
        name=name,
        moves=moves,
        update_with_oracle_cut_size=update_with_oracle_cut_size,
        incorrect_spans_key=incorrect_spans_key,
        scorer=scorer,
    )


register_factories()  # spaCy registers its own on the first Language made; this one copies "ner"'s settings
_ner = Language.get_factory_meta("ner")
Language.factory(
    FACTORY,
    default_config=_ner.default_config,
    assigns=_ner.assigns,
    requires=_ner.requires,
    retokenizes=_ner.retokenizes,
    default_score_weights=_ner.default_score_weights,
    func=make_ner,
)
