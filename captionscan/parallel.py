"""Batches through worker processes, in input order, with a bounded number in flight.

spaCy's own `nlp.pipe(n_process=...)` parallelises NER only and ships every Doc back; a worker that runs a whole
batch (NER, matching, rewriting) ships back small records, so both cores do all the work (measured in bench/).
"""

from __future__ import annotations

import multiprocessing
import os
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import chain, islice
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")
IN_FLIGHT_PER_WORKER = 2  # enough to keep a worker busy; more would only hold more of the input in memory
# Starting a worker costs about as much as a few batches in-process (spaCy's import and two pipelines).
PARALLEL_FROM_BATCHES = 4

_task: Callable | None = None  # in a worker: the function it was started with


def default_processes() -> int:
    """One worker per core this process may use."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def _install(func: Callable) -> None:
    global _task
    _task = func
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the caller's to handle: no traceback from each worker


def _run(item):
    return _task(item)


def ordered_map(func: Callable[[T], R], items: Iterable[T], processes: int) -> Iterator[R]:
    """`map(func, items)` in `processes` spawned workers (no thread or lock of the caller is inherited). `func`,
    with whatever it is bound to, goes to each worker once; the input is read only as far as the workers have
    room, so memory does not grow with its length."""
    pool = ProcessPoolExecutor(
        processes, mp_context=multiprocessing.get_context("spawn"), initializer=_install, initargs=(func,)
    )
    try:
        pending: deque[Future[R]] = deque()
        for item in items:
            pending.append(pool.submit(_run, item))
            if len(pending) >= processes * IN_FLIGHT_PER_WORKER:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def map_batches(func: Callable[[T], R], batches: Iterable[T], processes: int) -> Iterator[R]:
    """In workers where there are enough batches to pay for starting them, else in this process."""
    batches = iter(batches)
    head = list(islice(batches, PARALLEL_FROM_BATCHES))
    if processes > 1 and len(head) == PARALLEL_FROM_BATCHES:
        return ordered_map(func, chain(head, batches), processes)
    return map(func, chain(head, batches))
