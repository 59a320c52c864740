"""Pre-commit style checking of drafts: findings with line and column, and `--fix` in place.

`--fix` never makes a draft worse: it writes only suggestions marked safe, names the units that need a hand edit,
and shows the unified diff of what it wrote (`--diff` shows it and writes nothing)."""

from __future__ import annotations

import difflib
import json
import shutil
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from enum import Enum
from pathlib import Path

from captionscan.encoding import encoded_like
from captionscan.errors import EXIT_CLEAN, EXIT_HITS, EXIT_IGNORE_UPDATED, EXIT_INPUT_ERROR, InputError, NotGiven
from captionscan.read import drafts_of
from captionscan.read.drafts import BACKUP, DRAFT_SUFFIXES, HEADING, MARKDOWN, posts, read_text_file, text_key
from captionscan.read.tables import TABLE_SUFFIXES
from captionscan.records import NO_REWRITE, LeftOut, Notice, OptoutHit, Skipped, Source, Summary, UnitReport
from captionscan.report.atomic import write_atomic
from captionscan.report.records import names
from captionscan.report.terminal import plural
from captionscan.session import Session
from captionscan.suppress import IGNORE_FILE, ignore_file_text, read_ignore

SAME_LINE = 0.5  # how alike an old line and a new one are where a rewrite dropped lines around them


@dataclass(frozen=True)
class Finding:
    path: str
    line: int
    column: int
    hit: OptoutHit
    suggestion: str
    unit: str = ""  # which record of the file: an export's post ("#34"), a table's cell ("[17:Caption]")
    note: str = ""  # why --fix leaves the line as it is: a review, or a rewrite that is not safe

    @property
    def shown(self) -> str:
        return f"{self.reason} -> {self.suggestion}" + (f" ({self.note})" if self.note else "")

    @property
    def reason(self) -> str:
        return f"{self.hit.level}: {names(self.hit)} (rule: {self.hit.rule})"

    def format(self) -> str:
        return f"{self.path}{self.unit}:{self.line}:{self.column}: {self.shown}"

    def github(self) -> str:
        """A GitHub Actions workflow command: an annotation on the line of the pull request."""
        kind = "error" if self.hit.level == "hit" else "warning"
        message = _escape(self.shown)
        path = _escape(self.path).replace(":", "%3A").replace(",", "%2C")  # property values escape these too
        return f"::{kind} file={path},line={self.line},col={self.column}::{message}"

    def record(self) -> dict:
        """The finding as a JSON object for scripts: the people as the text line shows them, never the name."""
        return {
            "type": "finding",
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "level": self.hit.level,
            "people": list(self.hit.person_ids),
            "rule": self.hit.rule,
            "suggestion": self.suggestion,
            **({"note": self.note} if self.note else {}),
            **({"unit": self.unit} if self.unit else {}),
        }


class Output:
    """What `check` prints: plain lines, GitHub annotations, or JSON Lines (an object a line, each with its `type`:
    a finding, a fix's diff, a unit left for a hand edit, a review left as written)."""

    def __init__(self, fmt: str, echo: Callable[[str], None]):
        self.fmt, self.echo = fmt, echo

    def _json(self, **record) -> None:
        self.echo(json.dumps(record, ensure_ascii=False))

    def finding(self, finding: Finding) -> None:
        if self.fmt == "json":
            self._json(**finding.record())
        else:
            self.echo(finding.github() if self.fmt == "github" else finding.format())

    def fixed(self, path: Path, diff: str, written: bool) -> None:
        if self.fmt == "json":
            self._json(type="fix", path=str(path), written=written, diff=diff)
            return
        self.echo(diff)
        if written:
            self.echo(f"{path}: fixed")

    def by_hand(self, path: Path, line: int, why: str) -> None:
        if self.fmt == "json":
            self._json(type="hand_edit", path=str(path), line=line, why=why)
        else:
            self.echo(f"{path}:{line}: needs a hand edit: {why}")

    def review_left(self, path: Path, line: int) -> None:
        if self.fmt == "json":
            self._json(type="review_left", path=str(path), line=line)
        else:
            # "left as written" had read as "nothing changed" under a diff that rewrote the line's hits
            self.echo(f"{path}:{line}: review's name kept: it may be someone else; edit it by hand if it names them")


def _escape(text: str) -> str:
    """GitHub's workflow-command escaping of data."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def findings(reports: Iterable[UnitReport], reviews_left: bool = False) -> list[Finding]:
    """One finding per hit, showing the first suggestion's version of the hit's line, or the action to take where
    no rewrite will do; a review that line still names (the unit's hits alone were rewritten) says so, and so does
    one whose rewrite `--fix` does not write, as reviews are `reviews_left` as written or the rewrite is not safe."""
    found: list[Finding] = []
    for r in reports:
        action = r.suggestions[0].action if r.suggestions else NO_REWRITE
        unsafe = not action and not r.suggestions[0].safe
        rewritten = _rewritten_lines(r.unit.text.split("\n"), r.best_rewrite.split("\n")) if not action else []
        alone = reviews_left and all(h.level != "hit" for h in r.hits)
        for h in r.hits:
            line, column = r.unit.position(h.start)
            shown = action or rewritten[r.unit.text[: h.start].count("\n")]
            kept = h.level != "hit" and not action and h.text in shown
            note = REVIEW_LEFT if kept or alone and not action and not unsafe else NOT_SAFE if unsafe else ""
            found.append(Finding(r.unit.source.location, line, column, h, shown, _unit(r.unit.source), note))
    return found


def _unit(source: Source) -> str:
    """The record a finding is in, where the line and column do not tell it: an export's post or comment, or a JSON
    table's record, by its index as `scan` names it ("posts_1.json#34", the line then the caption's), a table's cell
    by its row's id and column."""
    if source.field != "text" and source.index is not None:
        return f"#{source.index}"
    table = source.member is None and Path(source.path).suffix.lower() in TABLE_SUFFIXES
    return f"[{source.id}]" if table and source.id else ""


REVIEW_LEFT = "a review: --fix leaves it as written unless --fail-on review; edit it by hand if it names them"
NOT_SAFE = "not safe to write as it reads: --fix leaves it for a hand edit"


def _rewritten_lines(old: list[str], new: list[str]) -> list[str]:
    """For each old line, what the rewrite made of it: its new line, or "(line removed)". Rewrites change lines
    in place or drop them; where a stretch lost lines, each old line takes the new one most like it."""
    shown: list[str] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(a=old, b=new, autojunk=False).get_opcodes():
        if tag == "equal" or i2 - i1 == j2 - j1:
            shown += new[j1:j2]
            continue
        for line in old[i1:i2]:
            ratio, best = max(((difflib.SequenceMatcher(a=line, b=n).ratio(), n) for n in new[j1:j2]), default=(0, ""))
            shown.append(best if ratio >= SAME_LINE else "(line removed)")
    return shown


class Fix(Enum):
    """What `check` does with the suggestions: nothing, write them, or only show the diff."""

    NONE = "none"
    WRITE = "write"
    DIFF = "diff"

    @classmethod
    def asked(cls, write: bool, diff: bool) -> Fix:
        """The mode `--fix` and `--diff` ask for; both at once is a contradiction, said rather than guessed."""
        if write and diff:
            raise NotGiven("--fix writes the rewrites and --diff only shows them: pass one of the two")
        return cls.DIFF if diff else cls.WRITE if write else cls.NONE


@dataclass
class Fixed:
    """A draft's fix: its text before and after, and the units left for a hand edit (line, why)."""

    old: str
    new: str
    by_hand: list[tuple[int, str]] = field(default_factory=list)
    reviews: list[int] = field(default_factory=list)  # lines of units with review findings only, left as written

    def diff(self, path: Path) -> str:
        lines = difflib.unified_diff(
            self.old.splitlines(keepends=True), self.new.splitlines(keepends=True), f"{path}", f"{path} (fixed)"
        )
        return "".join(line if line.endswith("\n") else line + "\n" for line in lines).rstrip("\n")


def plan_fix(path: Path, reports: list[UnitReport], levels: tuple[str, ...] = ("hit",)) -> Fixed | None:
    """A draft's text with each failing unit's first suggestion written in where it is safe; None where no unit
    has a finding. Units whose first suggestion is not safe, or is an action, are left as written, and so are
    reviews, which may name someone else (see `hits_alone`), unless `levels` fail them too."""
    failing = [r for r in reports if r.suggestions and any(h.level in levels for h in r.hits)]
    reviews = sorted({r.unit.position(h.start)[0] for r in reports for h in r.hits if h.level not in levels})
    if not failing:
        return Fixed("", "", reviews=reviews) if reviews else None
    if path.suffix.lower() not in DRAFT_SUFFIXES:
        raise InputError(
            str(path),
            "--fix and --diff rewrite draft files (.txt, .md, .jsonl) only, not exports or tables of posts: "
            "`redact -o rewrites.xlsx` gives each text's rewrites to copy",
        )
    old = read_text_file(path)
    fixed = Fixed(old, old, reviews=reviews)
    fixes = {}
    from captionscan.read.markup import in_markup, markup_spans  # a cold check of a clean draft pays nothing for it

    markdown = path.suffix.lower() in MARKDOWN
    markup = markup_spans(old) if markdown else []
    parts = {line: (at, part) for line, at, part in posts(old)} if markdown else {}
    for r in failing:
        first = r.suggestions[0]
        at = parts[r.unit.source.line][0] if r.unit.source.line is not None else 0  # a post's place in the file
        if any(in_markup(markup, at + h.start, at + h.end) for h in r.hits if h.level in levels):
            fixed.by_hand.append((r.unit.position(r.hits[0].start)[0], IN_MARKUP))
        elif markdown and _headings(first.text) != _headings(r.unit.text):
            fixed.by_hand.append((r.unit.position(r.hits[0].start)[0], HEADING_GONE))
        elif first.safe and not first.action:
            fixes[r.unit.source.index if r.unit.source.line is None else r.unit.source.line] = first.text
        else:
            why = first.action or f"no safe rewrite; the best is: {' / '.join(first.text.splitlines())}"  # one line
            fixed.by_hand.append((r.unit.position(r.hits[0].start)[0], why))
    if path.suffix.lower() != ".jsonl":  # the file, or a Markdown draft's posts, each with the blank lines after it
        whole = parts if parts and None not in fixes else {None: (0, old)}
        fixed.new = "".join(
            fixes[key].rstrip() + part[len(part.rstrip()) :] if key in fixes else part
            for key, (_, part) in whole.items()
        )
    else:
        lines = old.split("\n")
        for index, text in fixes.items():
            record = json.loads(lines[index])
            record[text_key(record)] = text
            lines[index] = json.dumps(record, ensure_ascii=False)
        fixed.new = "\n".join(lines)
    return fixed


HEADING_GONE = "the rewrite loses the post's heading, which would join it to the post before: edit by hand"


def _headings(text: str) -> list[str]:
    """The heading marks of a Markdown post's lines ("##"): a rewrite keeps them, or the posts run together."""
    return [h.group(1) for line in text.split("\n") if (h := HEADING.match(line))]


IN_MARKUP = "a name in Markdown markup (front matter, code, HTML, a link's or image's target), which --fix leaves"


def held_by_git(path: Path) -> bool:
    """Does git hold the draft as it is now (tracked, and unchanged since it was staged or committed), so that its
    original is there once --fix writes? A new file of a work tree, or one edited since, is not; nor is any where
    git cannot be run."""
    import subprocess  # only --fix runs git

    folder, name = str(path.resolve().parent), path.name
    try:
        tracked = subprocess.run(["git", "-C", folder, "ls-files", "--error-unmatch", "--", name], capture_output=True)
        edited = subprocess.run(["git", "-C", folder, "diff", "--quiet", "--", name], capture_output=True)
    except OSError:  # no git
        return False
    return tracked.returncode == 0 and edited.returncode == 0


def fix(path: Path, reports: list[UnitReport], backup: bool = True, levels: tuple[str, ...] = ("hit",)) -> Fixed | None:
    """Write the safe suggestions into a draft file (atomically); unless git holds it as it is, the original stays
    as FILE.orig unless `backup` is False. The plan, whether or not anything changed."""
    fixed = plan_fix(path, reports, levels)
    if fixed is None or fixed.new == fixed.old:
        return fixed
    original = path.read_bytes()
    if backup and not held_by_git(path):
        shutil.copy2(path, path.with_name(path.name + BACKUP))
    write_atomic(path, lambda f: f.write(encoded_like(fixed.new, original)), binary=True)  # a BOM stays
    return fixed


def hits_alone(session: Session, report: UnitReport) -> UnitReport:
    """A unit with hits and reviews, with the suggestions that redact its hits alone: what `--fix` writes and the
    finding lines show, as reviews (which may name someone else) are left as written, unless they fail the check."""
    if "review" in session.failing_levels:
        return report
    hits = tuple(h for h in report.hits if h.level == "hit")
    if not hits or len(hits) == len(report.hits):
        return report
    return replace(report, suggestions=session.rewrites(report, hits))


def _shown(session: Session, person_id: str) -> str:
    """A person's id as a finding line shows it: where the id is the name, the person's row in the list ("list row 5"),
    which names no one in a log and still lets the user look them up; "[name]" where there is no row."""
    if (blanked := session.blank(person_id)) == person_id:
        return person_id
    person = session.matcher.by_id.get(person_id)
    return f"list row {person.row}" if person is not None and person.row else blanked


def check_files(
    session: Session,
    files: list[Path],
    apply_fix: Fix,
    out: Output,
    on_note: Callable,
    summary: Summary,
    backup: bool = True,
) -> tuple[int, str]:
    """Check each file, counting in `summary`; `out` gets each finding and, with a fix, the diff of each draft and
    each unit left for a hand edit. The exit code (0 clean, 1 failing
    findings or units left for a hand edit, 2 part of an input skipped) and what the run did ("Checked 3 files,
    fixed 2, 1 unit left for a hand edit")."""
    session.refuse_own_only(files)
    files = drafts_of(files)
    by_hand, fixed_files, left_out, originals = 0, 0, 0, 0

    def noted(item: Notice | Skipped) -> None:
        nonlocal left_out, originals
        left_out += isinstance(item, LeftOut)
        if isinstance(item, LeftOut) and item.path.endswith(BACKUP):  # said once below: `check drafts/*` after a
            originals += 1  # fix names every original
        else:
            on_note(item)

    for path in files:
        reports = [hits_alone(session, r) for r in session.scan([path], summary, noted) if r.hits]
        for finding in findings(reports, "review" not in session.failing_levels):
            # a list without ids has the names as ids: a finding line, which CI logs keep, shows the row instead
            shown = tuple(_shown(session, p) for p in finding.hit.person_ids)
            finding = replace(finding, hit=replace(finding.hit, person_ids=shown))
            out.finding(finding)
        if apply_fix is Fix.NONE:
            continue
        levels = session.failing_levels
        fixed = fix(path, reports, backup, levels) if apply_fix is Fix.WRITE else plan_fix(path, reports, levels)
        if fixed is None:
            continue
        if fixed.new != fixed.old:
            out.fixed(path, fixed.diff(path), apply_fix is Fix.WRITE)
            fixed_files += apply_fix is Fix.WRITE
        for line, why in fixed.by_hand:
            out.by_hand(path, line, why)
        for line in fixed.reviews:
            out.review_left(path, line)
        by_hand += len(fixed.by_hand)
    code = session.exit_code(summary)
    if originals:
        on_note(LeftOut("", "", f"left out {plural(originals, 'original')} check --fix kept (FILE.orig)"))
    if (reviews := summary.levels["review"]) and "review" not in session.failing_levels:
        said = (
            "; --fix leaves them as written: --fail-on review fails on them and rewrites them"
            if apply_fix is not Fix.NONE
            else ": --fail-on review fails on them"
        )
        on_note(Notice("", "", f"{plural(reviews, 'review')} did not fail the check{said}"))
    did = f"Checked {plural(len(files) - left_out, 'file')}" + (
        f", fixed {fixed_files:,}" if apply_fix is Fix.WRITE else ""
    )
    if by_hand:  # a file left as it was for one unit still names its people: said where the eye ends
        did += f", {plural(by_hand, 'unit')} left for a hand edit"
    return EXIT_HITS if by_hand and code == EXIT_CLEAN else code, did


def update_ignore(
    session: Session, files: list[Path], on_note: Callable, summary: Summary, ignore: Path = Path(IGNORE_FILE)
) -> tuple[int, str]:
    """Record every current finding of `files` in the ignore file, those ignored so far included, counting them in
    `summary`; the lines of files not checked in this run (pre-commit passes only staged ones) stay. Exit code 3 if
    the file changed, and what the run did ("Wrote .captionscanignore")."""
    session, files = session.without_ignored(), drafts_of(files)
    suppression = session.suppression
    prints = {suppression.fingerprint(r.unit, h) for r in session.scan(files, summary, on_note) for h in r.hits}
    checked = {suppression.file_tag(str(path)) for path in files}
    kept = {p for p in read_ignore(ignore)[1] if p.split(":")[0] not in checked}
    new = ignore_file_text(suppression.key, prints | kept)
    changed = not ignore.is_file() or ignore.read_text(encoding="utf-8") != new
    if changed:
        write_atomic(ignore, lambda f: f.write(new))
    did = f"Wrote {ignore}" if changed else f"Checked {plural(len(files), 'file')}; {ignore} unchanged"
    return EXIT_INPUT_ERROR if summary.skipped else EXIT_IGNORE_UPDATED if changed else EXIT_CLEAN, did
