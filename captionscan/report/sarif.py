"""SARIF 2.1.0, for code-scanning tools: one result per opt-out hit, its rule the match rule."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import IO
from urllib.parse import quote

from captionscan import __version__
from captionscan.records import OptoutHit, Summary, UnitReport
from captionscan.report.records import names

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
RULES = {
    "exact": "The name as listed.",
    "folded": "The name in another case or spelling (umlauts, ß, accents, spaces).",
    "genitive": "The name in the genitive or possessive.",
    "alias": "An alias from the list, alone or with the surname.",
    "handle": "A listed Instagram handle.",
    "hashtag": "A hashtag that is or contains the name.",
    "fuzzy": "A near miss: one edit from the name.",
}


def _uri(path: str) -> str:
    p = Path(path)
    return p.as_uri() if p.is_absolute() else quote(p.as_posix())


def _result(r: UnitReport, h: OptoutHit) -> dict:
    source = r.unit.source
    physical: dict = {"artifactLocation": {"uri": _uri(source.path)}}
    if source.member is None:  # a draft: the position is one in the file itself
        line, column = r.unit.position(h.start)
        physical["region"] = {"startLine": line, "startColumn": column}
    location: dict = {"physicalLocation": physical}
    if source.member is not None:  # inside an archive: the member, record (where the file holds several) and field
        record = source.member if source.index is None else f"{source.member}#{source.index}"
        location["logicalLocations"] = [{"fullyQualifiedName": f"{record}/{source.field}", "kind": "member"}]
    return {
        "ruleId": h.rule,
        "level": "error" if h.level == "hit" else "warning",
        "message": {"text": f"{names(h)[0].upper()}{names(h)[1:]}. Suggestion: {r.advice}"},
        "locations": [location],
        "properties": {
            "personIds": list(h.person_ids),
            "level": h.level,
            "score": h.score,
            "field": source.field,
            # the record's own id and its photo: 2018-20's media.json numbers photos, videos and stories each from 0
            **({"recordId": source.id} if source.id else {}),
            **({"media": r.unit.media} if r.unit.media else {}),
        },
    }


def write_sarif(reports: Iterable[UnitReport], summary: Summary, out: IO) -> None:
    results = [_result(r, h) for r in reports for h in r.hits]
    driver = {
        "name": "captionscan",
        "version": __version__,
        "rules": [{"id": rule, "shortDescription": {"text": text}} for rule, text in RULES.items()],
    }
    run = {
        "tool": {"driver": driver},
        "columnKind": "unicodeCodePoints",  # columns count characters, as Python does, not UTF-16 units
        "results": results,
        "properties": {"unitsScanned": summary.units},
    }
    json.dump({"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}, out, ensure_ascii=False, indent=1)
    out.write("\n")
