"""Load the packaged spaCy pipelines once and run them in batches."""

from __future__ import annotations

import ctypes
import sys
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

import regex

from captionscan.records import Entity
from captionscan.spacy_import import SPACY_LOCK, import_spacy

if TYPE_CHECKING:
    from spacy.language import Language
    from threadpoolctl import ThreadpoolController

LANGUAGES = ("de", "en", "nl", "fr")  # with trained pipelines; every other language gets ANYWHERE's rules
ANYWHERE = "xx"  # its components are told each batch's language
Ruled = tuple[Entity, str]  # an entity and the rule that made or last changed it
NER_LABELS = {"PERSON": "PERSON", "LOCATION": "LOCATION"}  # OTHER (organisations, misc) is not reported
BATCH_SIZE = 256
# Long texts go through NER in pieces cut at white space: memory stays bounded, and spaCy's own
# length limit (1,000,000 characters) is never reached. Captions are at most 2,200 characters.
CHUNK_CHARS = 10_000
# Beyond this (45 times Instagram's caption limit) a text is no caption: it gets rule entities only, so
# that a crafted 2 MiB "caption" costs seconds, not minutes. Opt-out matching does not need NER.
NER_MAX_CHARS = 100_000
# glibc's mallopt parameters: freed heap above the first is kept, and blocks above the second come from mmap.
M_TRIM_THRESHOLD, M_MMAP_THRESHOLD = -1, -3
SURROGATE = regex.compile(r"[\ud800-\udfff]")
LETTER = regex.compile(r"\p{L}")
WORDS_FROM_THE_END = regex.compile(r"(?r)\S+")
HASHTAG = regex.compile(r"#[\p{L}\p{N}_]+")


def model_path(lang: str) -> Path:
    """The trained pipeline for `lang`: top-level models/<lang>, installed as captionscan.models."""
    return Path(str(resources.files("captionscan.models") / lang))


def _keep_freed_memory() -> None:
    """tok2vec allocates and frees arrays of several MiB per batch. By default glibc gives them back to the kernel
    and faults fresh pages in for the next batch: about a tenth of `extract`'s time, spent in the kernel (bench/).
    This holds for the whole process (a host's Dask worker too): up to 256 MiB of freed heap stay in it, and its peak
    RSS is as it was."""
    if sys.platform != "linux":  # glibc's allocator only
        return
    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):  # another C library: nothing to tune
        return
    mallopt(M_TRIM_THRESHOLD, 256 << 20)
    mallopt(M_MMAP_THRESHOLD, 32 << 20)


def load(lang: str) -> Language:
    """The shipped pipeline as it is: the trained NER and the rule components after it, loaded once per process,
    also where threads ask for it at once. spaCy is imported here, not with this module: a parent process that only
    reads and writes while its workers run NER starts 0.6 s sooner."""
    if (nlp := _PIPELINES.get(lang)) is None:
        with SPACY_LOCK:
            if (nlp := _PIPELINES.get(lang)) is None:
                nlp = _PIPELINES[lang] = _load(lang)
    return nlp


_PIPELINES: dict[str, Language] = {}


def _load(lang: str) -> Language:
    spacy = import_spacy()

    # They register the rule components, the models' scorer and tokenizer: a source tree or a Dask worker without
    # the installed entry points loads the models too.
    from captionscan.extract import components, recognizer, scoring, tokenizer  # noqa: F401

    _keep_freed_memory()
    nlp = spacy.load(model_path(lang))
    _multiply_with_numpy(nlp)
    return nlp


def _multiply_with_numpy(nlp: Language) -> None:
    """thinc multiplies matrices with the blis wheel, whose build picks its generic kernel on CPUs it does not know
    (AMD EPYC with AVX-512 among them: 22 GFLOPS against numpy's OpenBLAS at 87 on one core, bench/). tok2vec is
    almost all matrix products, so numpy's dispatching BLAS makes `extract` 1.7x faster; the entities are the same."""
    from thinc.api import NumpyOps

    ops = NumpyOps(use_blis=False)
    for _, component in nlp.pipeline:
        if hasattr(component, "model"):
            for layer in component.model.walk():
                layer.ops = ops


@cache
def _blas() -> ThreadpoolController:
    """numpy's BLAS, found once the pipelines have loaded it. captionscan runs one process per core; BLAS threads
    on top of them fight for the same cores: `extract` did 3.1x Presidio's words/s with two threads in each worker
    and 6.8x with one (bench/). A host's own numpy work keeps its threads: the limit holds only while NER runs."""
    from threadpoolctl import ThreadpoolController

    return ThreadpoolController()


def _before_hashtags(text: str) -> str:
    """The text without the hashtags that end it. The hashtag rules read them, and the model's spans inside a
    hashtag are dropped anyway (`extract._merge`); the block of hashtags under a caption is a seventh of the
    benchmark's tokens, which NER had been paid for."""
    end = len(text)
    for word in WORDS_FROM_THE_END.finditer(text):
        if not HASHTAG.fullmatch(word.group()):
            break
        end = word.start()
    return text[:end].rstrip()


def _chunks(text: str) -> list[tuple[int, str]]:
    """(offset, piece) pieces of at most CHUNK_CHARS, cut after white space where there is some."""
    text = SURROGATE.sub("\ufffd", text)  # same length, so offsets hold; spaCy cannot encode lone surrogates
    pieces: list[tuple[int, str]] = []
    start = 0
    while len(text) - start > CHUNK_CHARS:
        cut = max(text.rfind(" ", start, start + CHUNK_CHARS), text.rfind("\n", start, start + CHUNK_CHARS)) + 1
        cut = cut if cut > start else start + CHUNK_CHARS
        pieces.append((start, text[start:cut]))
        start = cut
    pieces.append((start, text[start:]))
    return pieces


def ner_entities(texts: list[str], lang: str, disable: tuple[str, ...] = ()) -> list[list[Ruled]]:
    """The PERSON and LOCATION spans of the pipeline for each text, with the rule that made or last changed each
    ("" for the model's own); `disable` names components to leave out, as `evaluate --by-rule` does. A language
    without a trained pipeline goes through the rule pipeline `models/xx`, told the language."""
    owners, pieces = [], []
    for i, text in enumerate(texts):
        text = _before_hashtags(text)
        if not LETTER.search(text):  # emoji, digits, punctuation: no name or place to find, so no NER to pay for
            continue
        for offset, piece in _chunks(text):
            owners.append((i, offset))
            pieces.append(piece)
    found: list[list[Ruled]] = [[] for _ in texts]
    if not pieces:  # a draft in one language never loads the other pipeline: a cold `check` pays for one
        return found
    trained = lang in LANGUAGES
    nlp = load(lang if trained else ANYWHERE)
    options = {} if trained else {"component_cfg": dict.fromkeys(nlp.pipe_names, {"lang": lang})}
    with _blas().limit(limits=1, user_api="blas"):
        docs = nlp.pipe(pieces, batch_size=BATCH_SIZE, disable=list(disable), **options)
        for (i, offset), doc in zip(owners, docs, strict=True):
            found[i] += [
                (
                    Entity(
                        offset + e.start_char,
                        offset + e.end_char,
                        NER_LABELS[e.label_],
                        texts[i][offset + e.start_char : offset + e.end_char],
                    ),
                    e.kb_id_,
                )
                for e in doc.ents
                if e.label_ in NER_LABELS and LETTER.search(e.text)  # the French model takes an emoji for a name
            ]
    return found
