"""Pre-commit style checking of drafts: findings with line and column, and `--fix` in place."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from captionscan.errors import EXIT_CLEAN, EXIT_IGNORE_UPDATED, EXIT_INPUT_ERROR, InputError
from captionscan.read.drafts import DRAFT_SUFFIXES, read_text_file
from captionscan.records import OptoutHit, Summary, UnitReport
from captionscan.report.atomic import write_atomic
from captionscan.report.records import names
from captionscan.session import Session
from captionscan.suppress import IGNORE_FILE, ignore_file_text, read_ignore


@dataclass(frozen=True)
class Finding:
    path: str
    line: int
    column: int
    hit: OptoutHit
    suggestion: str

    @property
    def reason(self) -> str:
        return f"{self.hit.level}: {names(self.hit)} (rule: {self.hit.rule})"

    def format(self) -> str:
        return f"{self.path}:{self.line}:{self.column}: {self.reason} -> {self.suggestion}"

    def github(self) -> str:
        """A GitHub Actions workflow command: an annotation on the line of the pull request."""
        kind = "error" if self.hit.level == "hit" else "warning"
        message = _escape(f"{self.reason} -> {self.suggestion}")
        path = _escape(self.path).replace(":", "%3A").replace(",", "%2C")  # property values escape these too
        return f"::{kind} file={path},line={self.line},col={self.column}::{message}"


def _escape(text: str) -> str:
    """GitHub's workflow-command escaping of data."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def findings(reports: Iterable[UnitReport]) -> list[Finding]:
    """One finding per hit, showing the first suggestion's version of the hit's line (rewrites keep lines)."""
    found: list[Finding] = []
    for r in reports:
        for h in r.hits:
            line, column = r.unit.position(h.start)
            lines, line_index = r.best_rewrite.split("\n"), r.unit.text[: h.start].count("\n")
            shown = lines[line_index] if r.suggestions and line_index < len(lines) else ""
            found.append(Finding(r.unit.source.location, line, column, h, shown))
    return found


def fix(path: Path, reports: list[UnitReport]) -> bool:
    """Write each unit's first suggestion into a draft file; True when the file changed."""
    fixes = {
        r.unit.source.index: r.best_rewrite for r in reports if r.suggestions and any(h.level == "hit" for h in r.hits)
    }
    if not fixes:
        return False
    if path.suffix.lower() not in DRAFT_SUFFIXES:
        raise InputError(str(path), "--fix rewrites draft files (.txt, .md, .jsonl) only, not exports")
    if path.suffix.lower() != ".jsonl":
        new = fixes[None]
    else:
        lines = read_text_file(path).split("\n")
        for index, text in fixes.items():
            record = json.loads(lines[index])
            record["text"] = text
            lines[index] = json.dumps(record, ensure_ascii=False)
        new = "\n".join(lines)
    write_atomic(path, lambda f: f.write(new))
    return True


def check_files(
    session: Session, files: list[Path], apply_fix: bool, github: bool, echo: Callable[[str], None], on_note: Callable
) -> int:
    """Check each file; `echo` gets a line per finding (a GitHub annotation with `github`) and one per fixed
    file. The exit code: 0 clean, 1 failing findings, 2 part of an input skipped."""
    summary = Summary()
    for path in files:
        reports = [r for r in session.scan([path], summary, on_note) if r.hits]
        for finding in findings(reports):
            echo(finding.github() if github else finding.format())
        if apply_fix and fix(path, reports):
            echo(f"{path}: fixed")
    return session.exit_code(summary)


def update_ignore(session: Session, files: list[Path], on_note: Callable, ignore: Path = Path(IGNORE_FILE)) -> int:
    """Record every current finding of `files` in the ignore file, those ignored so far included; the lines of
    files not checked in this run (pre-commit passes only staged ones) stay. Exit code 3 if the file changed."""
    session, summary = session.without_ignored(), Summary()
    suppression = session.suppression
    prints = {suppression.fingerprint(r.unit, h) for r in session.scan(files, summary, on_note) for h in r.hits}
    checked = {suppression.file_tag(str(path)) for path in files}
    kept = {p for p in read_ignore(ignore)[1] if p.split(":")[0] not in checked}
    new = ignore_file_text(suppression.key, prints | kept)
    changed = not ignore.is_file() or ignore.read_text(encoding="utf-8") != new
    if changed:
        write_atomic(ignore, lambda f: f.write(new))
    return EXIT_INPUT_ERROR if summary.skipped else EXIT_IGNORE_UPDATED if changed else EXIT_CLEAN
