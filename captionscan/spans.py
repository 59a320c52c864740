"""Fast questions about sets of character spans, so that long texts with many entities stay linear."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable

from captionscan.records import Entity


class SpanIndex:
    """Non-overlapping spans (as rule entities are), asked by bisection rather than by a loop over all."""

    def __init__(self, spans: Iterable[Entity]):
        ordered = sorted((e.start, e.end) for e in spans)
        self.starts = [s for s, _ in ordered]
        self.ends = [e for _, e in ordered]

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect_right(self.starts, end - 1) - 1  # the last span starting before `end`
        return i >= 0 and self.ends[i] > start

    def covers(self, pos: int) -> bool:
        return self.overlaps(pos, pos + 1)


class CoverIndex:
    """Spans that may overlap: is a span inside any of them? (a start at or before, an end at or after)."""

    def __init__(self, spans: Iterable[tuple[int, int]]):
        ordered = sorted(spans)
        self.starts = [s for s, _ in ordered]
        self.reach: list[int] = []  # the furthest end among the spans up to each position
        for _, end in ordered:
            self.reach.append(max(end, self.reach[-1]) if self.reach else end)

    def covers(self, start: int, end: int) -> bool:
        i = bisect_right(self.starts, start) - 1
        return i >= 0 and self.reach[i] >= end
