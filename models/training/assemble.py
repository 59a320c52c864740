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

from captionscan.extract.components import PIPELINE, add_rules

MODELS = Path(__file__).resolve().parent.parent
KEPT = ("MODEL_CARD.md",)  # files of the folder that are no part of the pipeline
DESCRIPTION = "tok2vec and ner trained by models/training/train.py, then captionscan's rule components"


def assemble(folder: Path) -> list[str]:
    """Rebuild the pipeline in `folder` as described above. RETURNS (list[str]): its components."""
    nlp = add_rules(spacy.load(folder, exclude=list(PIPELINE)))
    nlp.config["paths"] = {key: None for key in nlp.config["paths"]}  # no build folder of the machine it came from
    nlp.meta["description"] = DESCRIPTION
    with tempfile.TemporaryDirectory(dir=folder.parent) as tmp:
        built = Path(tmp) / folder.name
        nlp.to_disk(built)
        for name in KEPT:
            if (folder / name).exists():
                shutil.copy2(folder / name, built / name)
        shutil.rmtree(folder)
        built.rename(folder)
    return nlp.pipe_names


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=["de", "en"], nargs="*", default=["de", "en"])
    args = parser.parse_args()
    for lang in args.lang:
        print(lang, " ".join(assemble(MODELS / lang)))


if __name__ == "__main__":
    main()
