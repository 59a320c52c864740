"""Stage 5, report: UnitReports -> table, JSON, JSONL or CSV, written atomically."""

from captionscan.report.atomic import write_atomic
from captionscan.report.formats import WRITERS, render

__all__ = ["WRITERS", "render", "write_atomic"]
