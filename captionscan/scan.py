"""The one place that knows every stage: read -> extract -> match -> rewrite."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import lru_cache, partial
from itertools import islice

import regex

from captionscan.data import EVERYDAY_ZIPF, word_anywhere
from captionscan.extract import extract
from captionscan.extract.brands import brand_cover
from captionscan.extract.language import sure_languages
from captionscan.extract.rules import rule_entities
from captionscan.match import Matcher
from captionscan.parallel import map_batches
from captionscan.records import (
    NO_REWRITE,
    Entity,
    Notice,
    OptoutHit,
    Skipped,
    Suggestion,
    Summary,
    TextUnit,
    UnitReport,
    Unread,
)
from captionscan.rewrite import suggest
from captionscan.rewrite.grammar import words_language
from captionscan.rewrite.tidy import SENTENCE_END
from captionscan.suppress import MARKER, NO_SUPPRESSION, Suppression, without_markers

BATCH_UNITS = 512
# where one sentence ends and the next begins, or a line: not after an initial ("Lena M. Vogt")
SENTENCE_BREAK = regex.compile(rf"\n|(?<={SENTENCE_END})[^\S\n]+")


@lru_cache(maxsize=1 << 12)  # matched texts come back unit after unit; compiling a pattern costs ~0.5 ms
def _mention(matched: str) -> regex.Pattern:
    """The matched text, in any case, as a word of its own (no letter or digit right before or after)."""
    return regex.compile(rf"(?<![\p{{L}}\p{{N}}]){regex.escape(matched)}(?![\p{{L}}\p{{N}}])", flags=regex.IGNORECASE)


def _repeats(mention: regex.Pattern, text: str, matched: str, lang: str) -> int:
    """How often `text` repeats a matched name; a name matched with capitals is not repeated by the word it also
    is, in lowercase ("Mrs Booth" and "the photo booth", "Grace" and "played with real grace")."""
    return sum(
        not (m.group().islower() and not matched.islower() and word_anywhere(m.group(), lang or "en", EVERYDAY_ZIPF))
        for m in mention.finditer(text)
    )


def _in_business(mention: regex.Pattern, text: str, hits: tuple[OptoutHit, ...]) -> int:
    """How often `mention` stands in `text`, outside the findings, inside a business's name ("Bäckerei Janßen"),
    which names no one; other repeats of a matched text are names the scan did not take, and a suggestion keeping
    them is no rewrite."""
    spans = [m.span() for m in mention.finditer(text) if not any(h.start < m.end() and m.start() < h.end for h in hits)]
    if not spans:  # most units: the text only where it was found
        return 0
    businesses = brand_cover(text)
    return sum(businesses.covers(start, end) for start, end in spans)


def _changed_sentences(original: str, rewritten: str) -> str:
    """The sentences of `rewritten` that `original` does not have, a line apart: only there can a new reference
    appear, as the rest was matched already (a kept name a sentence repeats is caught by `_repeats`). Hashtags and
    sentences after the edited one are not matched again, which was half of scan's time for the rewrites."""
    old = set(SENTENCE_BREAK.split(original))
    return "\n".join(part for part in SENTENCE_BREAK.split(rewritten) if part not in old)


def safe_suggestions(
    matcher: Matcher, text: str, hits: tuple[OptoutHit, ...], suggestions: Iterable[Suggestion], lang: str = ""
) -> tuple:
    """Keep a suggestion only if it refers to none of the redacted people, by any rule, and repeats no
    matched text. A namesake stays: "Felix Braun" is no reference to a redacted Felix Oßwald.

    NOTE: this is the guarantee behind every rewrite, so it checks the output, not the rewrite's intent.
    """
    redacted = {p for h in hits for p in h.person_ids}  # every candidate of every finding
    # a draft's allow marker stays as written, and names no one to redact; most texts have none, nor their rewrites
    marked = MARKER.search(text) is not None
    text = without_markers(text) if marked else text
    # each matched text, with how often the unit has it in a business's name ("Bäckerei Janßen" beside "Herr Janßen")
    matched = dict.fromkeys(h.text for h in hits)
    mentions = [(m, _in_business(m, text, hits), w) for w, m in zip(matched, map(_mention, matched), strict=True)]
    kept: list[Suggestion] = []
    for s in suggestions:  # the cheap checks first: a repeated text is not matched again
        written = without_markers(s.text) if marked else s.text
        if any(s.text == k.text for k in kept) or any(_repeats(m, written, w, lang) > n for m, n, w in mentions):
            continue
        if not _naming_again(matcher, text, written, redacted, lang):
            kept.append(s)
    return tuple(kept)


def _naming_again(matcher: Matcher, text: str, rewritten: str, redacted: set[str], lang: str) -> list[OptoutHit]:
    """What the sentences a rewrite changed still say of a redacted person, by any rule."""
    changed = _changed_sentences(text, rewritten)
    return [h for h in matcher.match(changed, rule_entities(changed), lang) if not redacted.isdisjoint(h.person_ids)]


def scan_batch(
    units: list[TextUnit], matcher: Matcher, lang: str, suppression: Suppression, initials: bool = False
) -> list[UnitReport]:
    """Reports for one batch of units: NER once per language for the batch, then matching and rewrites."""
    matched = []
    for unit, (unit_lang, entities) in zip(units, extract([u.text for u in units], lang), strict=True):
        found = suppression.keep(matcher, unit, matcher.match(unit.text, entities, unit_lang))
        matched.append((unit, unit_lang, entities, found, suppression.decisions.undecided(unit, found)))
    return [
        UnitReport(
            unit,
            unit_lang,
            entities,
            hits,
            rewrites(matcher, unit, unit_lang, hits, lang, initials, entities),
            len(found) - len(hits),
        )
        for unit, unit_lang, entities, found, hits in matched
    ]


def rewrites(
    matcher: Matcher,
    unit: TextUnit,
    unit_lang: str,
    hits: tuple[OptoutHit, ...],
    lang: str = "auto",
    initials: bool = False,
    entities: Sequence[Entity] = (),
) -> tuple[Suggestion, ...]:
    """The safe suggestions for `unit` that redact `hits`, in the language of the words beside the names where
    `lang` is "auto"; initials among them only where asked for. `entities` tell the people the text keeps."""
    rewrite_lang = unit_lang
    if hits and lang == "auto":
        masked = _without(unit.text, hits)
        rewrite_lang = words_language(masked, unit_lang, lambda words: sure_languages([words])[0])
    others = [
        e.start for e in entities if e.label == "PERSON" and not any(h.start < e.end and e.start < h.end for h in hits)
    ]
    found = suggest(unit.text, hits, rewrite_lang, matcher.by_id, unit.source, initials, others)
    kept = safe_suggestions(matcher, unit.text, hits, found, rewrite_lang)
    if hits and not kept:  # every suggestion still named someone: reports say so, not nothing
        return (
            Suggestion("by_hand", "", safe=False, action=_no_rewrite(matcher, unit.text, hits, found, rewrite_lang)),
        )
    return kept


def _no_rewrite(
    matcher: Matcher, text: str, hits: tuple[OptoutHit, ...], found: Sequence[Suggestion], lang: str
) -> str:
    """NO_REWRITE, with the words of the first rewrite that still refer to a redacted person where they are no
    finding of the unit ("Lucas" beside a listed Luca's handle): the user sees what stops every rewrite."""
    redacted, named = {p for h in hits for p in h.person_ids}, {h.text for h in hits}
    again = _naming_again(matcher, text, found[0].text, redacted, lang) if found else []
    words = dict.fromkeys(h.text for h in again if h.text not in named)
    return f"{NO_REWRITE}; " + ", ".join(f'"{w}"' for w in words) + " may name one too" if words else NO_REWRITE


def _without(text: str, hits: tuple[OptoutHit, ...]) -> str:
    """The text without what names the people: a short text is in the language of its words, not of its names
    ("Danke an Dolores Sánchez Ruiz" reads as Spanish). Where its words alone leave the language unsure, the
    unit's stays."""
    for h in sorted(hits, key=lambda h: h.start, reverse=True):
        text = text[: h.start] + " " * (h.end - h.start) + text[h.end :]
    return text


def _unit_batches(
    items: Iterable[TextUnit | Skipped | Notice], summary: Summary, on_note: Callable[[Skipped | Notice], None]
) -> Iterator[list[TextUnit]]:
    """The units in batches of BATCH_UNITS items; notes go to `on_note` as their batch is read."""
    stream = iter(items)
    while batch := list(islice(stream, BATCH_UNITS)):
        units = []
        for item in batch:
            if isinstance(item, TextUnit):
                units.append(item)
            else:
                summary.skipped += isinstance(item, Skipped)
                if isinstance(item, Unread):
                    summary.unread.append(item.where)
                on_note(item)
        if units:
            yield units


def scan_units(
    items: Iterable[TextUnit | Skipped | Notice],
    matcher: Matcher,
    lang: str = "auto",
    on_note: Callable[[Skipped | Notice], None] = lambda _: None,
    summary: Summary | None = None,
    suppression: Suppression = NO_SUPPRESSION,
    processes: int = 1,
    initials: bool = False,
) -> Iterator[UnitReport]:
    """Reports for every unit, in input order; NER runs in batches, in up to `processes` worker processes where
    the input is long enough to pay for them. Deliberate mentions (allow markers, the allow list, the ignore
    file) are left out before rewriting."""
    summary = summary if summary is not None else Summary()
    scan = partial(scan_batch, matcher=matcher, lang=lang, suppression=suppression, initials=initials)
    for reports in map_batches(scan, _unit_batches(items, summary, on_note), processes):
        for report in reports:
            summary.add(report)
            yield report
