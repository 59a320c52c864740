"""Rebuild the shipped NER pipelines from the shared corpora: ``python models/training/train.py``.

For each language this converts the corpora (plus generated caption-style data) to spaCy's
DocBin format, runs ``spacy train`` with ``configs/ner.cfg``, copies the best checkpoint to
``models/<lang>/`` and writes its model card with the dev-set scores. Training takes about
ten minutes per language on two cores, so the test suite never runs it.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import subprocess
import sys
from pathlib import Path

import spacy
from spacy.tokens import DocBin
from spacy.training import Example

HERE = Path(__file__).resolve().parent
MODELS = HERE.parent
sys.path.insert(0, str(HERE))
from generate import generate  # noqa: E402  (a script beside this one, not an installed package)

SEED = 42
GENERATED_PER_LANGUAGE = 3000
LER_SAMPLE = 3000

# (train files, dev files) per language, relative to the corpora folder. German has no train
# split: GermEval's dev set is the dev set, its test-a part and the other corpora are training data.
SPLITS = {
    "en": (["wnut17/train.jsonl", "btc/train.jsonl"], ["wnut17/dev.jsonl", "btc/dev.jsonl"]),
    "de": (
        ["germeval2014/test-a.jsonl", "smartdata_de/dev.jsonl", "ler/dev.jsonl"],
        ["germeval2014/dev.jsonl"],
    ),
}

CREDITS = """\
Trained on (CC-BY 4.0, used as the licence requires by crediting the authors):
- WNUT-17: Derczynski, Nichols, van Erp, Limsopatham: "Results of the WNUT2017 Shared Task on Novel and
  Emerging Entity Recognition", W-NUT 2017.
- Broad Twitter Corpus: Derczynski, Bontcheva, Roberts: "Broad Twitter Corpus: A Diverse Named Entity
  Recognition Resource", COLING 2016.
- GermEval 2014: Benikova, Biemann, Reznicek: "NoSta-D Named Entity Annotation for German: Guidelines and
  Dataset", LREC 2014.
- SmartData: Schiersch et al.: "A German Corpus for Fine-Grained Named Entity Recognition and Relation
  Extraction of Traffic and Industry Events", LREC 2018.
- LER: Leitner, Rehm, Moreno-Schneider: "Fine-grained Named Entity Recognition in Legal Documents",
  SEMANTiCS 2019.
Generated data uses surnames from the GermaNER surname list (Benikova, Yimam, Santhanam, Biemann:
"GermaNER: Free Open German Named Entity Recognition Tool", GSCL 2015; Apache License 2.0).
"""


def read_jsonl(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def to_docbin(nlp: spacy.Language, records: list[dict], path: Path) -> int:
    """Write records as a DocBin; records whose spans don't align with tokens are left out."""
    db = DocBin()
    for rec in records:
        doc = nlp.make_doc(rec["text"])
        spans = [doc.char_span(s, e, label=label) for s, e, label in rec["entities"]]
        if any(span is None for span in spans):
            continue
        try:
            doc.ents = spans
        except ValueError:  # overlapping gold spans: rare corpus noise
            continue
        db.add(doc)
    db.to_disk(path)
    return len(db)


def records_for(lang: str, corpora: Path, gazetteer: Path) -> tuple[list[dict], list[dict]]:
    train_files, dev_files = SPLITS[lang]
    rng = random.Random(SEED)
    train: list[dict] = []
    for name in train_files:
        records = read_jsonl(corpora / name)
        if name.startswith("ler/"):  # legal prose: a sample is enough to teach "capitalised noun != name"
            records = rng.sample(records, min(LER_SAMPLE, len(records)))
        train += records
    train += generate(lang, GENERATED_PER_LANGUAGE, SEED, gazetteer)
    rng.shuffle(train)
    dev = [rec for name in dev_files for rec in read_jsonl(corpora / name)]
    return train, dev


def evaluate(model_dir: Path, dev_path: Path) -> dict:
    nlp = spacy.load(model_dir)
    docs = list(DocBin().from_disk(dev_path).get_docs(nlp.vocab))
    examples = [Example(nlp(doc.text), doc) for doc in docs]
    scores = nlp.evaluate(examples)
    return {"overall": {k: scores[k] for k in ("ents_p", "ents_r", "ents_f")}, "per_type": scores["ents_per_type"]}


def write_card(lang: str, out: Path, n_train: int, n_dev: int, scores: dict) -> None:
    train_files, dev_files = SPLITS[lang]
    ler = f" (LER: a {LER_SAMPLE}-sentence sample)" if any(f.startswith("ler/") for f in train_files) else ""
    rows = "\n".join(
        f"| {label} | {s['p']:.3f} | {s['r']:.3f} | {s['f']:.3f} |" for label, s in sorted(scores["per_type"].items())
    )
    o = scores["overall"]
    card = f"""# captionscan NER pipeline: `{lang}`

spaCy {spacy.__version__} pipeline (tok2vec + ner, `configs/ner.cfg`), labels PERSON, LOCATION, OTHER
(captionscan uses PERSON and LOCATION; OTHER absorbs organisations and misc names so they are not taken for people).
Rebuild: `python models/training/train.py --lang {lang}` (seed {SEED}).

## Data
- Train ({n_train} docs): {", ".join(train_files)}{ler}, plus
  {GENERATED_PER_LANGUAGE} generated caption-style records (`training/generate.py`, fictional names).
- Dev ({n_dev} docs): {", ".join(dev_files)}.

## Dev-set scores (exact spans)
| label | precision | recall | F1 |
|---|---|---|---|
{rows}
| all | {o["ents_p"]:.3f} | {o["ents_r"]:.3f} | {o["ents_f"]:.3f} |

## Credits
{CREDITS}"""
    (out / "MODEL_CARD.md").write_text(card, encoding="utf-8")


def train(lang: str, corpora: Path, gazetteer: Path, build: Path) -> None:
    work = build / lang
    work.mkdir(parents=True, exist_ok=True)
    train_records, dev_records = records_for(lang, corpora, gazetteer)
    blank = spacy.blank(lang)
    n_train = to_docbin(blank, train_records, work / "train.spacy")
    n_dev = to_docbin(blank, dev_records, work / "dev.spacy")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "spacy",
            "train",
            str(MODELS / "configs" / "ner.cfg"),
            "--output",
            str(work / "out"),
            "--nlp.lang",
            lang,
            "--paths.train",
            str(work / "train.spacy"),
            "--paths.dev",
            str(work / "dev.spacy"),
        ],
        check=True,
    )
    out = MODELS / lang
    shutil.rmtree(out, ignore_errors=True)
    shutil.copytree(work / "out" / "model-best", out)
    write_card(lang, out, n_train, n_dev, evaluate(out, work / "dev.spacy"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    root = MODELS.parent.parent / "shared"
    parser.add_argument("--corpora", type=Path, default=root / "corpora")
    parser.add_argument("--gazetteer", type=Path, default=root / "gazetteers" / "surnames.txt")
    parser.add_argument("--build", type=Path, default=MODELS / "build", help="scratch folder (git-ignored)")
    parser.add_argument("--lang", choices=sorted(SPLITS), nargs="*", default=sorted(SPLITS))
    args = parser.parse_args()
    for lang in args.lang:
        train(lang, args.corpora, args.gazetteer, args.build)


if __name__ == "__main__":
    main()
