"""Stage 5, report: UnitReports -> table, JSON, JSONL or CSV, written atomically."""

from captionscan.report.atomic import write_atomic
from captionscan.report.formats import FORMATS, render

__all__ = ["FORMATS", "render", "write_atomic"]
