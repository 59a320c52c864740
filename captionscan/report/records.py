"""The unit record of the json/jsonl reports: the contract other tools build on."""

from __future__ import annotations

from dataclasses import asdict

from captionscan.records import UnitReport


def unit_record(report: UnitReport) -> dict:
    return {
        "source": asdict(report.unit.source),
        "text": report.unit.text,
        "lang": report.lang,
        "entities": [asdict(e) for e in report.entities],
        "optout_hits": [asdict(h) for h in report.hits],
        "suggestions": [asdict(s) for s in report.suggestions],
        "gps": list(report.unit.gps) if report.unit.gps else None,  # say so: a photo's position names a place too
    }


def worth_reporting(report: UnitReport) -> bool:
    """Units with an entity or a hit; the rest would only repeat the input."""
    return bool(report.entities or report.hits)
