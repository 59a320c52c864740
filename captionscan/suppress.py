"""Deliberate mentions: allow markers in drafts, the configured allow list, and the ignore file.

NOTE: the ignore file is committed beside the drafts, so it holds keyed fingerprints of (file, rule,
normalised name), never a name, and no line numbers, so that edits above a mention keep it valid.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

import regex

from captionscan.decisions import Decisions
from captionscan.errors import InputError
from captionscan.extract.rules import rule_entities
from captionscan.match import Matcher
from captionscan.match.hashed import keyed
from captionscan.match.normalize import fold
from captionscan.records import OptoutHit, TextUnit

IGNORE_FILE = ".captionscanignore"
# <!-- captionscan: allow Lena Vogt --> in HTML or Markdown; [//]: # (captionscan: allow @lena.vogt) in Markdown
MARKER = regex.compile(
    r"<!--\s*captionscan:\s*allow\s+(?P<who>.+?)\s*-->|\[//\]:\s*#\s*[(\"']\s*captionscan:\s*allow\s+(?P<who2>.+?)\s*[)\"']",
    regex.IGNORECASE,
)
HEADER = (
    "# captionscan ignore file: keyed fingerprints of deliberate mentions (no names, no line numbers).\n"
    "# Rewrite it with `captionscan check --update-ignore`; delete a line to check that mention again.\n"
)


def without_markers(text: str) -> str:
    """The text with its allow markers blanked, the same length: the names a marker allows are no mention."""
    return MARKER.sub(lambda m: " " * len(m.group()), text)


def allowed_people(
    matcher: Matcher, names: Iterable[str], partial: Callable[[int], None] | None = None
) -> frozenset[str]:
    """The listed people that names or handles such as "Lena Vogt" or "@lena.vogt" name in full. A lone "Lena", a
    short form ("Max" of a listed Maximilian Huber) or a name one letter off allows no one: written for an unlisted
    Max, it would switch a listed person off everywhere. `partial` hears the position (from 1) of each such entry."""
    allowed: set[str] = set()
    for k, name in enumerate(names, start=1):
        found = matcher.match(name, rule_entities(name))
        named = [h for h in found if h.level == "hit" and h.rule != "fuzzy"]
        allowed.update(p for h in named for p in h.person_ids)
        if partial and found and not named:
            partial(k)
    return frozenset(allowed)


@dataclass(frozen=True)
class Suppression:
    allowed: frozenset[str] = frozenset()  # person ids allowed everywhere
    key: bytes = b""
    fingerprints: frozenset[str] = frozenset()
    decisions: Decisions = field(default_factory=Decisions)  # made in the HTML report; counted as decided

    def file_tag(self, location: str) -> str:
        """Which file a fingerprint belongs to, keyed too, so that a partial run keeps the others' lines."""
        return keyed(self.key, "file", location)[:12]

    def fingerprint(self, unit: TextUnit, hit: OptoutHit) -> str:
        location = unit.source.location
        return f"{self.file_tag(location)}:{keyed(self.key, location, hit.rule, fold(hit.text, 'plain'))[:32]}"

    def keep(self, matcher: Matcher, unit: TextUnit, hits: Iterable[OptoutHit]) -> tuple[OptoutHit, ...]:
        """The findings not in the ignore file, less the people allowed by a marker in the unit or the allow list
        and the markers' own words: a finding whose candidates are all allowed goes, one with some allowed keeps the
        others."""
        markers = list(MARKER.finditer(unit.text))
        marked = allowed_people(matcher, (m["who"] or m["who2"] for m in markers))
        allowed = self.allowed | marked
        kept: list[OptoutHit] = []
        for h in hits:
            if self.fingerprints and self.fingerprint(unit, h) in self.fingerprints:
                continue
            if any(m.start() <= h.start and h.end <= m.end() for m in markers):
                continue  # the marker's own words, whomever they allow: "allow Ronja" is no mention to rewrite
            if allowed and not allowed.isdisjoint(h.person_ids):
                if not (others := tuple(p for p in h.person_ids if p not in allowed)):
                    continue
                h = replace(h, person_ids=others)
            kept.append(h)
        return tuple(kept)


NO_SUPPRESSION = Suppression()


def read_ignore(path: Path) -> tuple[bytes, frozenset[str]]:
    """The key and fingerprints of an ignore file; a new key where there is no file yet."""
    if not path.is_file():
        return secrets.token_bytes(32), frozenset()
    key, prints = None, set()
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("key:") and regex.fullmatch(r"[0-9a-f]{64}", line[4:].strip()):
            key = bytes.fromhex(line[4:].strip())
        elif regex.fullmatch(r"[0-9a-f]{12}:[0-9a-f]{32}", line):
            prints.add(line)
        else:
            raise InputError(str(path), "not a key or a fingerprint", f"line {number}")
    if key is None:
        raise InputError(str(path), "has no 'key:' line")
    return key, frozenset(prints)


def ignore_file_text(key: bytes, fingerprints: Iterable[str]) -> str:
    return HEADER + f"key: {key.hex()}\n" + "".join(f"{p}\n" for p in sorted(set(fingerprints)))
