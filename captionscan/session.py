"""One session opens everything a scan needs, once: the opt-out list (plain or hashed), the settings, the allow
list and markers, the ignore file and the report's decisions. The CLI, `scan_texts`, `scan_frame` and a Dask worker
all scan through it, so they find the same people on the same input.
"""

from __future__ import annotations

import inspect
import os
import warnings
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from fnmatch import fnmatch
from itertools import chain
from pathlib import Path

from captionscan.config import CONFIG_FILE, Config, language_code, load_config
from captionscan.decisions import Decisions, read_decisions
from captionscan.errors import EXIT_CLEAN, EXIT_HITS, EXIT_INPUT_ERROR, InputError, NotGiven
from captionscan.match import Matcher, load_optout
from captionscan.match.hashed import hashed_matcher, is_hashed, read_key
from captionscan.read import count_units, folders_opened, read_paths
from captionscan.records import LeftOut, Notice, OptoutHit, Skipped, Source, Suggestion, Summary, TextUnit, UnitReport
from captionscan.scan import rewrites, scan_units
from captionscan.suppress import NO_SUPPRESSION, Suppression, allowed_people, read_ignore

TEXTS = "<texts>"  # the path of units made from texts; `index` is the text's position
PathLike = str | os.PathLike


def _ignore_note(_: Skipped | Notice) -> None:
    """Notes of a library scan: the summary counts skipped and unread members; the CLI prints them."""


@dataclass(frozen=True)
class Session:
    """What a scan needs, opened and checked once; a frozen value, so a Dask graph carries it to its workers."""

    matcher: Matcher
    lang: str = "auto"
    fail_on: str = "hit"
    suppression: Suppression = NO_SUPPRESSION
    exclude: tuple[str, ...] = ()  # globs of paths to pass over
    processes: int = 1
    since: date | None = None  # units dated before this day are passed over; undated ones (drafts) never
    until: date | None = None  # the last day, included
    initials: bool = False  # offer initials among the suggestions
    own_files: frozenset[str] = frozenset()  # the list, key, settings and ignore files this session reads: no drafts

    @classmethod
    def open(
        cls,
        optout: PathLike | Matcher | None = None,
        *,
        key_file: PathLike | None = None,
        settings: PathLike | Config | None = None,
        allow: Iterable[str] | None = (),
        ignore: PathLike | None = None,
        decisions: PathLike | None = None,
        since: date | str | None = None,
        until: date | str | None = None,
        lang: str | None = None,
        fail_on: str | None = None,
        processes: int = 1,
        initials: bool | None = None,
        warn: Callable[[str], None] | None = None,
    ) -> Session:
        """Arguments override `settings` (a folder with `.captionscan.toml` or `[tool.captionscan]` in its
        pyproject.toml, a settings file, or a Config). `ignore` is the ignore file of `check` (a new key where it
        does not exist yet); `decisions` the file the HTML report downloaded (findings decided there are left out
        and counted as decided); `since` and `until` the first and last day of dated units to scan (a date, or
        "2025-06-01"); `initials` adds initials ("L. V.") to the suggestions, which readers who know the people
        often tell apart (the settings' `initials`, off by default); `warn` hears what the list's reader notices
        (unused columns)."""
        since, until = _day(since, "since"), _day(until, "until")
        config = settings if isinstance(settings, Config) else load_config(Path(settings)) if settings else Config()
        optout = optout if optout is not None else config.optout
        if optout is None and config.file is None:
            raise NotGiven(f"no opt-out list given: pass --optout FILE or set optout in {CONFIG_FILE}")
        if optout is None:
            raise InputError(str(config.file), "no opt-out list: set it here or pass --optout FILE", "key 'optout'")
        key = key_file or config.key_file
        if optout is config.optout and not isinstance(optout, Matcher) and not Path(optout).exists():
            # the settings name it: say where, relative paths being the settings file's
            raise InputError(
                str(optout), f"opt-out list not found: set the key 'optout' in {config.file} or pass --optout FILE"
            )
        matcher = optout if isinstance(optout, Matcher) else _matcher(Path(optout), key and Path(key), warn)
        matcher = matcher.with_relation(config.relation) if config.relation else matcher
        own = _resolved(optout if not isinstance(optout, Matcher) else None, key, config.file, ignore, decisions)
        key, prints = read_ignore(Path(ignore)) if ignore is not None else (b"", frozenset())
        allowed = allowed_people(matcher, [*config.allow, *(allow or ())], warn and _partial_allow(warn))
        decisions = decisions or config.decisions
        decided = read_decisions(Path(decisions)) if decisions else Decisions()
        if lang is not None and language_code(lang) is None:
            raise InputError("--lang", f"'{lang}' is no language code", "use auto or an ISO 639-1 code such as de")
        if since and until and since > until:
            raise InputError("--since", f"{since} is after --until {until}", "swap the dates")
        return cls(
            matcher,
            language_code(lang) if lang else config.lang,
            fail_on or config.fail_on,
            Suppression(allowed, key, prints, decided),
            config.exclude,
            processes,
            since,
            until,
            config.initials if initials is None else initials,
            own,
        )

    @property
    def decisions(self) -> Decisions:
        """The report's decisions: their key makes the fingerprints the HTML report's page downloads."""
        return self.suppression.decisions

    def without_ignored(self) -> Session:
        """The session with every finding of the ignore file shown again (to write the file anew)."""
        return replace(self, suppression=replace(self.suppression, fingerprints=frozenset()))

    def scan(
        self, paths: Iterable[PathLike], summary: Summary | None = None, on_note: Callable = _ignore_note
    ) -> Iterator[UnitReport]:
        """Reports for every text unit of exports, folders and drafts, in order; paths matching `exclude` are
        passed over. Skipped parts and unread members go to `on_note` and are counted in `summary`."""
        paths = [Path(p) for p in paths]
        included = self._included(paths)
        skipped = [LeftOut(str(p), "", "left out by the settings' exclude") for p in paths if p not in included]
        opened = folders_opened(included) if self.own_files else included
        own = self._own(opened)
        skipped += [
            LeftOut(str(p), "", "left out: it is the opt-out list, key or settings this run reads") for p in own
        ]
        drafts = [p for p in opened if p not in own]
        return self.scan_units(chain(skipped, read_paths(drafts)), summary, on_note)

    def refuse_own_only(self, paths: Iterable[PathLike]) -> None:
        """Refuse a run whose every input is a file it reads itself (the list, its key, the settings): a run over
        nothing must not pass for a clean one ("scan optout.csv --optout optout.csv" had said "no findings")."""
        given = [Path(p) for p in paths]
        own = self._own(given)
        if given and len(own) == len(given):
            problem = "the opt-out list, key or settings this run reads, not posts: pass the drafts or exports to scan"
            raise InputError(str(own[0]), problem)

    def _own(self, paths: Iterable[Path]) -> list[Path]:
        """The paths that are files this run reads itself: the list, its key, the settings."""
        return [p for p in paths if p.is_file() and str(p.resolve()) in self.own_files]

    def units_known(self, paths: Iterable[PathLike]) -> int | None:
        """How many units `scan` reports, where the readers know it before reading (drafts; see count_units)."""
        return count_units(self._included(paths))

    def _included(self, paths: Iterable[PathLike]) -> list[Path]:
        return [Path(p) for p in paths if not any(fnmatch(Path(p).as_posix(), glob) for glob in self.exclude)]

    def scan_units(
        self, items: Iterable[TextUnit | Skipped | Notice], summary: Summary | None = None, on_note=_ignore_note
    ) -> Iterator[UnitReport]:
        if self.since or self.until:
            items = (i for i in items if not isinstance(i, TextUnit) or self._within_dates(i))
        return scan_units(
            items, self.matcher, self.lang, on_note, summary, self.suppression, self.processes, self.initials
        )

    def _within_dates(self, unit: TextUnit) -> bool:
        if unit.source.timestamp is None:
            return True
        day = datetime.fromtimestamp(unit.source.timestamp, UTC).date()
        return (self.since is None or day >= self.since) and (self.until is None or day <= self.until)

    def scan_texts(self, texts: Iterable[str | TextUnit]) -> Iterator[UnitReport]:
        """One report per text, in order; texts are read lazily, TextUnits keep their source."""
        return self.scan_units(_unit(i, t) for i, t in enumerate(texts))

    def rewrites(self, report: UnitReport, hits: tuple[OptoutHit, ...]) -> tuple[Suggestion, ...]:
        """The suggestions for a scanned unit that redact only `hits` (`check --fix` leaves reviews as written,
        unless they fail the check)."""
        return rewrites(self.matcher, report.unit, report.lang, hits, self.lang, self.initials, report.entities)

    @property
    def failing_levels(self) -> tuple[str, ...]:
        """The levels of findings that fail a run, and that `check --fix` rewrites: hits, and reviews too with
        `fail_on = "review"`."""
        return ("hit", "review") if self.fail_on == "review" else ("hit",)

    def exit_code(self, summary: Summary, failing: bool | None = None) -> int:
        """2 where part of an input was skipped (a partly read input must not pass for a clean run), else 1 where
        the run is `failing` (by default: a hit was found, or a review with `fail_on = "review"`), else 0."""
        if failing is None:
            failing = any(summary.levels[level] for level in self.failing_levels)
        if summary.skipped:
            return EXIT_INPUT_ERROR
        return EXIT_HITS if failing else EXIT_CLEAN

    def blank(self, message: str) -> str:
        """The message with every reference to a listed person replaced by "[name]" (Matcher.blanked)."""
        return self.matcher.blanked(message)


def _day(value: date | str | None, name: str) -> date | None:
    """A day as a date; a string in ISO form ("2025-06-01") too, as a caller of the library writes one."""
    if value is None or isinstance(value, date):
        return value.date() if isinstance(value, datetime) else value
    try:
        return date.fromisoformat(value)
    except (TypeError, ValueError):
        raise InputError(name, f"{value!r} is no date: write it as YYYY-MM-DD (2025-06-01)") from None


def _matcher(path: Path, key_file: Path | None, warn: Callable[[str], None] | None) -> Matcher:
    if is_hashed(path):
        if key_file is None:
            raise InputError(str(path), "a hashed opt-out list needs its key: pass --key-file FILE")
        return hashed_matcher(path, read_key(key_file))
    return Matcher(load_optout(path, warn=warn or _warning))


def _warning(message: str) -> None:
    """What the list's reader notices, for a library caller who passed no `warn`: Python's warnings."""
    frame, level = inspect.currentframe(), 1  # the caller's line, outside captionscan, however deep the reader
    while frame is not None and frame.f_globals.get("__name__", "").startswith("captionscan"):
        frame, level = frame.f_back, level + 1
    warnings.warn(message, stacklevel=level)


def _partial_allow(warn: Callable[[str], None]) -> Callable[[int], None]:
    """A warning for an allow entry that names a listed person only in part; never the entry, which may be a name."""
    return lambda k: warn(
        f"allow entry {k} names a listed person only in part (a first name, surname or near miss), so it allows no "
        "one: write the person's full name or handle"
    )


def _resolved(*paths: PathLike | None) -> frozenset[str]:
    """The files a session reads, resolved, so that `check --fix` never takes one for a draft ("optout.txt")."""
    return frozenset(str(Path(p).resolve()) for p in paths if p is not None)


def _unit(position: int, value: object) -> TextUnit:
    if isinstance(value, TextUnit):
        return value
    if not isinstance(value, str):
        raise TypeError(f"scan_texts takes strings or TextUnits, not {type(value).__name__}")
    return TextUnit(Source(TEXTS, None, position, "text"), value)
