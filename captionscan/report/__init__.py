"""Stage 5, report: UnitReports -> table, JSON, JSONL, CSV, XLSX, SARIF or HTML, written atomically."""

from captionscan.report.atomic import write_atomic
from captionscan.report.formats import BINARY, WRITERS, render, write_report

__all__ = ["BINARY", "WRITERS", "render", "write_atomic", "write_report"]
