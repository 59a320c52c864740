"""Assemble the shipped pipelines from their trained part, without training: ``python models/training/assemble.py``.

For each language this loads tok2vec and ner from ``models/<lang>/`` (rule components saved before are left out),
appends captionscan's rule components (``captionscan.extract.components``) with their word lists from
``captionscan/data``, sets the build paths of training to null and saves the pipeline back in place, so that
``spacy.load("models/<lang>")`` is exactly the pipeline captionscan runs. ``train.py`` runs it after training.
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
from pathlib import Path

import spacy
import srsly

from captionscan.extract import recognizer, tokenizer  # noqa: F401  (the NER and tokenizer the saved config names)
from captionscan.extract.components import ANYWHERE, PIPELINE, add_rules

MODELS = Path(__file__).resolve().parent.parent
LANGS = ["de", "en", "nl", "fr", "xx"]  # xx: every other language, rules only
KEPT = ("MODEL_CARD.md",)  # files of the folder that are no part of the pipeline
# French and Italian articles and prepositions elided before a name: "d'Anna", "l'Élodie", "dell'Anna".
ELISION = r"(?i:[cdjlmnst]|qu|dell|dall|nell|sull|all|coll|un)['’](?=\w)"
DESCRIPTION = "tok2vec and ner trained by models/training/train.py, then captionscan's rule components"
# The emoji blocks, whole: spaCy's symbols stop at Unicode 9, so a newer emoji stayed glued to a name ("Danke
# Lena🤍", "Lena🫶Tobi", "🥹Lena") and hid it from the rules; the blocks' unassigned code points are tomorrow's emoji.
EMOJI = "[\U0001f000-\U0001faff\u2600-\u27bf]"


def _saved(nlp, folder: Path) -> list[str]:
    """Save `nlp` in place of `folder` (its model card kept), to load with the tokenizer it saves; RETURNS its
    components. Its string store keeps the entity labels alone: spaCy saves every string training saw (86,000 in
    German), which took 0.06 to 0.15 s of each load, and adds a text's strings as it reads it; the entities of every
    eval and bench text (6,716) are the same without them."""
    nlp.config["nlp"]["tokenizer"] = {"@tokenizers": "captionscan.saved_tokenizer.v1"}
    with tempfile.TemporaryDirectory(dir=folder.parent) as tmp:
        built = Path(tmp) / folder.name
        nlp.to_disk(built)
        labels = nlp.get_pipe("ner").labels if "ner" in nlp.pipe_names else ()
        srsly.write_json(built / "vocab" / "strings.json", sorted(labels))
        for name in KEPT:
            if (folder / name).exists():
                shutil.copy2(folder / name, built / name)
        shutil.rmtree(folder, ignore_errors=True)
        built.rename(folder)
    return nlp.pipe_names


def _split_emoji(nlp, prefixes: list[str]) -> None:
    """The language's rules for splitting tokens, and every emoji splits a token: before, after or inside a word."""
    nlp.tokenizer.prefix_search = spacy.util.compile_prefix_regex([*prefixes, EMOJI]).search
    nlp.tokenizer.suffix_search = spacy.util.compile_suffix_regex([*nlp.Defaults.suffixes, EMOJI]).search
    nlp.tokenizer.infix_finditer = spacy.util.compile_infix_regex([*nlp.Defaults.infixes, EMOJI]).finditer


def assemble(folder: Path) -> list[str]:
    """Rebuild the pipeline in `folder` as described above. RETURNS (list[str]): its components."""
    nlp = add_rules(spacy.load(folder, exclude=[*PIPELINE, *ANYWHERE]))
    _split_emoji(nlp, list(nlp.Defaults.prefixes))
    nlp.config["paths"] = {key: None for key in nlp.config["paths"]}  # no build folder of the machine it came from
    nlp.meta["description"] = DESCRIPTION
    return _saved(nlp, folder)


def assemble_anywhere(folder: Path) -> list[str]:
    """The rule pipeline of the languages without a trained one: spaCy's multi-language tokenizer, which also
    splits French and Italian elisions ("d'Anna", "dell'Anna"), and the rule components for any language."""
    nlp = spacy.blank("xx")
    _split_emoji(nlp, [*nlp.Defaults.prefixes, ELISION])
    add_rules(nlp)
    nlp.meta["name"] = "anywhere"
    nlp.meta["description"] = "spaCy's multi-language tokenizer and captionscan's rules for any language; no training"
    return _saved(nlp, folder)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=LANGS, nargs="*", default=LANGS)
    args = parser.parse_args()
    for lang in args.lang:
        print(lang, " ".join((assemble_anywhere if lang == "xx" else assemble)(MODELS / lang)))


if __name__ == "__main__":
    main()
