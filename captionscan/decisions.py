"""Decisions made in the HTML report ("fixed", "keep", "not this person") that the next scan honours.

NOTE: the file is downloaded by the report page and kept beside monthly exports, so it holds keyed fingerprints of
(the unit's text, the finding's span, its candidates), never a name, handle or caption. Binding to the text means an
edited caption is checked afresh; leaving the export's file name out means the next month's export keeps them.
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import regex

from captionscan.errors import InputError
from captionscan.match.hashed import keyed
from captionscan.records import OptoutHit, TextUnit

DECISIONS_FILE = "captionscan-decisions.json"
KINDS = ("fixed", "keep", "not_this_person")
FORMAT = "captionscan decisions"
FINGERPRINT = regex.compile(r"[0-9a-f]{32}")


@dataclass(frozen=True)
class Decisions:
    """The key the report page's fingerprints are made with, and the decided fingerprints."""

    key: bytes = field(default_factory=lambda: secrets.token_bytes(32))
    marks: Mapping[str, str] = field(default_factory=dict)  # not changed after reading

    def fingerprint(self, unit: TextUnit, hit: OptoutHit) -> str:
        return keyed(self.key, unit.text, str(hit.start), str(hit.end), *sorted(hit.person_ids))[:32]

    def undecided(self, unit: TextUnit, hits: Iterable[OptoutHit]) -> tuple[OptoutHit, ...]:
        """The findings nobody decided on yet."""
        hits = tuple(hits)
        if not self.marks:
            return hits
        return tuple(h for h in hits if self.fingerprint(unit, h) not in self.marks)

    def unmatched(self, decided: int) -> str:
        """What to say where none of the decisions was on a finding of the run (`decided` of them were): a file
        of another export's report, most likely; "" where some were, or there are none."""
        if not self.marks or decided:
            return ""
        return f"none of its {len(self.marks):,} decisions is on a finding of this run: is it this report's?"

    def to_json(self) -> str:
        """The file's text, as the report page writes it too."""
        marks = dict(sorted(self.marks.items()))
        return json.dumps({"format": FORMAT, "version": 1, "key": self.key.hex(), "decisions": marks}, indent=1) + "\n"


def read_decisions(path: Path) -> Decisions:
    """The decisions file the report page downloaded; a missing file is an error (a typo must not show every
    decided finding again as if it were new)."""
    fix = f"pass the {DECISIONS_FILE} your report downloaded"
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(str(path), "no such decisions file", fix) from None
    except (UnicodeDecodeError, json.JSONDecodeError, IsADirectoryError):
        raise InputError(str(path), "not a decisions file (not JSON)", fix) from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise InputError(str(path), "not a decisions file", fix)
    key, marks = document.get("key"), document.get("decisions")
    if not (isinstance(key, str) and regex.fullmatch(r"[0-9a-f]{64}", key)):
        raise InputError(str(path), "has no valid 'key'", "download the decisions again from the report")
    if not isinstance(marks, dict) or not all(
        isinstance(p, str) and FINGERPRINT.fullmatch(p) and kind in KINDS for p, kind in marks.items()
    ):
        raise InputError(
            str(path), f"'decisions' must map fingerprints to {', '.join(KINDS)}", "download them again from the report"
        )
    return Decisions(bytes.fromhex(key), marks)
