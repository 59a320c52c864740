"""The progress column of a scan: units done, of how many where that is known, their rate and the time left."""

from __future__ import annotations

from rich.progress import ProgressColumn, Task
from rich.text import Text

from captionscan.report.terminal import plural


class UnitsColumn(ProgressColumn):
    """ "1,024 of 3,000 units, 120 units/s, 0:16 left"; without a total, the units and the rate. The rate is the
    average since scanning began, shown from its first second: units come in batches, so a rate over the last few
    updates would leap between thousands and none."""

    def render(self, task: Task) -> Text:
        done = (
            f"{task.completed:,.0f} of {plural(int(task.total), 'unit')}"
            if task.total
            else plural(int(task.completed), "unit")
        )
        if not task.completed or not task.elapsed or task.elapsed < 1:
            return Text(done)
        rate = task.completed / task.elapsed
        parts = [done, f"{rate:,.1f} units/s" if rate < 10 else f"{rate:,.0f} units/s"]
        if task.total:
            parts.append(f"{clock(round((task.total - task.completed) / rate))} left")
        return Text(", ".join(parts))


def clock(seconds: int) -> str:
    """ "0:42", "12:05", "1:02:05"."""
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02}:{rest % 60:02}" if hours else f"{rest // 60}:{rest % 60:02}"
