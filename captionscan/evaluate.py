"""Score the extractor against gold annotations: exact and overlap precision/recall/F1, and redaction recall.

Gold files are JSONL, one ``{"text", "entities": [[start, end, label], ...], "lang"?}`` per line (the shared
corpora's shape). Redaction recall is what privacy needs: the share of gold person spans whose every character
is covered by a predicted PERSON or MENTION span, however the spans are cut. A record whose "lang" is "mixed" or
left out goes to the language detection, as `scan` does.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from captionscan.config import language_code as _code
from captionscan.errors import InputError
from captionscan.extract import HASHTAG_RULES, extract_with_rules
from captionscan.extract.pipeline import LANGUAGES, Ruled
from captionscan.read.drafts import read_text_file
from captionscan.records import Entity

SCORED_ALWAYS = ("PERSON", "LOCATION")
RULE_LABELS = ("MENTION", "HASHTAG")  # scored only where the gold file uses them
COVERING = ("PERSON", "MENTION")


@dataclass(frozen=True)
class GoldRecord:
    text: str
    spans: tuple[tuple[int, int, str], ...]
    lang: str | None = None


@dataclass
class Counts:
    """Predicted spans that are right and gold spans that are found: under overlap matching one predicted span
    can find two gold spans, so the two are counted apart."""

    predicted: int = 0
    predicted_right: int = 0
    gold: int = 0
    gold_found: int = 0

    @property
    def precision(self) -> float:
        return self.predicted_right / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.gold_found / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Scores:
    exact: dict[str, Counts] = field(default_factory=dict)
    overlap: dict[str, Counts] = field(default_factory=dict)
    person_spans: int = 0
    person_spans_covered: int = 0

    @property
    def redaction_recall(self) -> float | None:
        """None where the gold has no person to redact."""
        return self.person_spans_covered / self.person_spans if self.person_spans else None

    def as_dict(self) -> dict:
        def prf(c: Counts) -> dict:
            return {"p": round(c.precision, 4), "r": round(c.recall, 4), "f": round(c.f1, 4), "gold": c.gold}

        return {
            "exact": {label: prf(c) for label, c in self.exact.items()},
            "overlap": {label: prf(c) for label, c in self.overlap.items()},
            "redaction_recall": None if self.redaction_recall is None else round(self.redaction_recall, 4),
            "person_spans": self.person_spans,
        }


TABLE_COLUMNS = (
    "label",
    "gold",
    "exact P",
    "exact R",
    "exact F1",
    "overlap P",
    "overlap R",
    "overlap F1",
    "redaction recall",
)


def table_rows(result: dict) -> list[list[str]]:
    """One row per label of an `as_dict()` result, as the command and the model cards print them."""
    rows = []
    for label, exact in result["exact"].items():
        overlap, rr = result["overlap"][label], result["redaction_recall"]
        figures = [f"{c[k]:.3f}" for c in (exact, overlap) for k in "prf"]
        rows.append(
            [label, str(exact["gold"]), *figures, "n/a" if rr is None else f"{rr:.3f}" if label == "PERSON" else ""]
        )
    return rows


def _span(entity: list | dict) -> tuple[int, int, str]:
    """[start, end, label], or an object with those keys, as `captionscan extract` writes them."""
    start, end, label = (entity["start"], entity["end"], entity["label"]) if isinstance(entity, dict) else entity
    return int(start), int(end), str(label)


def read_gold(path: Path) -> list[GoldRecord]:
    records = []
    for number, line in enumerate(read_text_file(path).split("\n"), 1):
        if not line.strip():
            continue
        try:
            raw = json.loads(line)
            text = raw["text"]
            if not isinstance(text, str):
                raise TypeError
            spans = tuple(map(_span, raw["entities"]))
        except (ValueError, KeyError, TypeError, RecursionError):
            expected = 'expected {"text": ..., "entities": [[start, end, label], ...]}'
            raise InputError(path, f"not a gold record: {expected}", f"line {number}") from None
        if any(not 0 <= s < e <= len(text) for s, e, _ in spans):
            raise InputError(path, "a span lies outside its text", f"line {number}")
        lang = raw.get("lang")
        if lang not in (None, "mixed") and (not isinstance(lang, str) or lang == "auto" or not _code(lang)):
            raise InputError(
                path, "'lang' must be an ISO 639-1 code (de, en, nl...), mixed or left out", f"line {number}"
            )
        records.append(GoldRecord(text, spans, raw.get("lang") if raw.get("lang") != "mixed" else None))
    if not records:
        raise InputError(path, "holds no gold records")
    return records


def is_handle(text: str, start: int) -> bool:
    """A gold PERSON span that is an @handle: BTC includes the "@", WNUT leaves it just before the span."""
    return text.startswith("@", start) or (start > 0 and text[start - 1] == "@")


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _covered(text: str, span: tuple[int, int], cover: Sequence[tuple[int, int]]) -> bool:
    return all(text[i].isspace() or any(s <= i < e for s, e in cover) for i in range(*span))


def _count(counts: Counts, gold: set, predicted: set, same: Callable[[tuple, tuple], bool]) -> None:
    counts.predicted += len(predicted)
    counts.predicted_right += sum(any(same(p, g) for g in gold) for p in predicted)
    counts.gold += len(gold)
    counts.gold_found += sum(any(same(p, g) for p in predicted) for g in gold)


def _annotates_place_tags(gold: Sequence[GoldRecord]) -> bool:
    """Does the gold annotate place hashtags? BTC does; the caption guides annotate none (`#bayern` is a topic as
    much as a place), and where none is, a place hashtag the extractor reports is neither right nor wrong."""
    return any(_is_place_tag(r.text, s, lb) for r in gold for s, _, lb in r.spans)


def _is_place_tag(text: str, start: int, label: str) -> bool:
    return label == "LOCATION" and text.startswith("#", start)


def score(gold: Sequence[GoldRecord], predicted: Iterable[Sequence[Entity]]) -> Scores:
    """Exact scores count a predicted span right only with the gold's bounds and label; overlap scores when it
    shares a character with a gold span of its label. Handle PERSON spans are left out of both (the extractor
    reports handles as MENTION) but count for redaction recall; so are predicted place hashtags where the gold
    annotates none."""
    labels = list(SCORED_ALWAYS) + [lb for lb in RULE_LABELS if any(g[2] == lb for r in gold for g in r.spans)]
    scores = Scores({lb: Counts() for lb in labels}, {lb: Counts() for lb in labels})
    tags = _annotates_place_tags(gold)
    for record, entities in zip(gold, predicted, strict=True):
        handles = [(s, e) for s, e, lb in record.spans if lb == "PERSON" and is_handle(record.text, s)]
        for label in labels:
            g = {(s, e) for s, e, lb in record.spans if lb == label and (s, e) not in handles}
            p = {
                (e.start, e.end)
                for e in entities
                if e.label == label and (tags or not _is_place_tag(record.text, e.start, label))
            }
            if label == "PERSON":
                p = {span for span in p if not any(_overlaps(span, h) for h in handles)}
            _count(scores.exact[label], g, p, lambda a, b: a == b)
            _count(scores.overlap[label], g, p, _overlaps)
        cover = [(e.start, e.end) for e in entities if e.label in COVERING]
        people = [(s, e) for s, e, lb in record.spans if lb == "PERSON"]
        scores.person_spans += len(people)
        scores.person_spans_covered += sum(_covered(record.text, span, cover) for span in people)
    return scores


def _predict(gold: Sequence[GoldRecord], lang: str, disable: tuple[str, ...] = ()) -> list[tuple[Ruled, ...]]:
    """The extractor's (entity, rule) pairs for each record; `auto` takes each record's own "lang" where it has
    one; `disable` names pipeline components to leave out."""
    predicted: list[tuple[Ruled, ...]] = [()] * len(gold)
    for code, positions in _by_language(gold, lang).items():
        texts = [gold[i].text for i in positions]
        for i, (_, found) in zip(positions, extract_with_rules(texts, code, disable), strict=True):
            predicted[i] = found
    return predicted


def _by_language(gold: Sequence[GoldRecord], lang: str) -> dict[str, list[int]]:
    groups: dict[str, list[int]] = {}
    for i, record in enumerate(gold):
        groups.setdefault(record.lang if lang == "auto" and record.lang else lang, []).append(i)
    return groups


def _entities(predicted: Sequence[tuple[Ruled, ...]]) -> list[list[Entity]]:
    return [[e for e, _ in found] for found in predicted]


def evaluate(path: Path, lang: str = "auto") -> Scores:
    """Run the extractor on a gold file; `auto` takes each record's own "lang" where it has one."""
    return evaluate_records(read_gold(path), lang)


def evaluate_records(gold: Sequence[GoldRecord], lang: str = "auto") -> Scores:
    """Run the extractor on gold records (a language's share of a file, say)."""
    return score(gold, _entities(_predict(gold, lang)))


# How a span a rule made or changed compares with the gold: same bounds and label, overlap only, or no gold span
# of its label shares a character with it.
VERDICTS = ("exact", "overlap", "wrong")
NER_RULE = "ner"  # the model's own spans, whose kb_id_ is ""


def _verdicts(gold: Sequence[GoldRecord], predicted: Sequence[tuple[Ruled, ...]]) -> dict[str, Counter[str]]:
    """Per rule, how many of its PERSON and LOCATION spans are exact, overlap only or wrong; PERSON spans over a
    gold @handle and place hashtags the gold does not annotate are left out, as `score` leaves them out."""
    found: dict[str, Counter[str]] = {}
    tags = _annotates_place_tags(gold)
    for record, pairs in zip(gold, predicted, strict=True):
        handles = [(s, e) for s, e, lb in record.spans if lb == "PERSON" and is_handle(record.text, s)]
        for entity, rule in pairs:
            span = (entity.start, entity.end)
            if (
                entity.label not in SCORED_ALWAYS
                or entity.label == "PERSON"
                and any(_overlaps(span, h) for h in handles)
                or not tags
                and _is_place_tag(record.text, entity.start, entity.label)
            ):
                continue
            same = [(s, e) for s, e, lb in record.spans if lb == entity.label and (s, e) not in handles]
            verdict = "exact" if span in same else "overlap" if any(_overlaps(span, g) for g in same) else "wrong"
            found.setdefault(rule or NER_RULE, Counter())[verdict] += 1
    return found


def _components(langs: Iterable[str]) -> dict[str, tuple[list[str], tuple[str, ...]]]:
    """The rule components of the pipelines of `langs` by family, in pipeline order: (pipe names, rules)."""
    from captionscan.extract.components import ANYWHERE, PIPELINE, RuleComponent
    from captionscan.extract.pipeline import ANYWHERE as OTHERS
    from captionscan.extract.pipeline import load

    families: dict[str, tuple[list[str], tuple[str, ...]]] = {}
    for code in dict.fromkeys(c for lang in langs for c in (LANGUAGES if lang == "auto" else (lang,))):
        for name, component in load(code if code in LANGUAGES else OTHERS).pipeline:
            if isinstance(component, RuleComponent):
                names, _ = families.setdefault(component.family, ([], component.rules))
                names += [] if name in names else [name]
    order = [*PIPELINE, *ANYWHERE]
    return dict(sorted(families.items(), key=lambda item: order.index(item[1][0][0])))


def _delta(with_it: dict, without: dict) -> dict:
    """What a component adds: the exact PERSON and LOCATION figures and the redaction recall with it, minus those
    without it."""
    delta = {
        label: {k: round(with_it["exact"][label][k] - without["exact"][label][k], 4) for k in "prf"}
        for label in SCORED_ALWAYS
    }
    rr = (with_it["redaction_recall"], without["redaction_recall"])
    delta["redaction_recall"] = None if None in rr else round(rr[0] - rr[1], 4)
    return delta


def evaluate_by_rule(path: Path, lang: str = "auto") -> dict:
    """Per rule component, by ablation: the extractor's figures with it minus those with it disabled, and how many
    spans each of its rules made or changed are exact, overlap only or wrong; the model's own spans (`ner`) and the
    hashtag rules outside the pipeline get counts only."""
    gold = read_gold(path)
    predicted = _predict(gold, lang)
    figures = score(gold, _entities(predicted)).as_dict()
    verdicts = _verdicts(gold, predicted)
    components = []
    for family, (names, rules) in _components(_by_language(gold, lang)).items():
        without = score(gold, _entities(_predict(gold, lang, tuple(names)))).as_dict()
        counts = {rule: dict(verdicts.get(rule, Counter())) for rule in rules}
        components.append({"component": family, "pipes": names, "delta": _delta(figures, without), "rules": counts})
    outside = {rule: dict(verdicts.get(rule, Counter())) for rule in (NER_RULE, *HASHTAG_RULES.values())}
    return {"figures": figures, "components": components, "outside": outside}


BY_RULE_COLUMNS = (
    "component",
    "rule",
    "PERSON ΔP",
    "PERSON ΔR",
    "PERSON ΔF1",
    "LOCATION ΔP",
    "LOCATION ΔR",
    "LOCATION ΔF1",
    "Δ redaction recall",
    *VERDICTS,
)


def _signed(value: float | None) -> str:
    return "n/a" if value is None else f"{value:+.3f}"


def by_rule_rows(result: dict) -> list[list[str]]:
    """The rows of an `evaluate_by_rule` result, as the command prints them: per component its deltas and the
    verdicts of all its spans, then one row per rule with its own verdicts; last the spans made outside the rule
    components."""

    def verdict_cells(counts: Iterable[dict]) -> list[str]:
        total = Counter()
        for c in counts:
            total.update(c)
        return [str(total[v]) for v in VERDICTS]

    rows = []
    blank = [""] * 7
    for c in result["components"]:
        d = c["delta"]
        deltas = [_signed(d[label][k]) for label in SCORED_ALWAYS for k in "prf"] + [_signed(d["redaction_recall"])]
        rows.append([c["component"], "(all)", *deltas, *verdict_cells(c["rules"].values())])
        rows += [[c["component"], rule, *blank, *verdict_cells([counts])] for rule, counts in c["rules"].items()]
    rows += [["", rule, *blank, *verdict_cells([counts])] for rule, counts in result["outside"].items()]
    return rows


def report(path: Path, lang: str = "auto", by_rule: bool = False) -> dict:
    """What `captionscan evaluate` prints for one gold file: the figures, or with `by_rule` what each rule
    component adds and costs."""
    return evaluate_by_rule(path, lang) if by_rule else evaluate(path, lang).as_dict()


def report_table(results: dict[str, dict]) -> tuple[tuple[str, ...], list[tuple[str, ...]]]:
    """The columns and rows of `report` results by gold file, as the command prints them."""
    by_rule = any("components" in result for result in results.values())
    columns, rows_of = (BY_RULE_COLUMNS, by_rule_rows) if by_rule else (TABLE_COLUMNS, table_rows)
    return ("gold file", *columns), [(name, *row) for name, result in results.items() for row in rows_of(result)]
