"""Batches through worker processes, in input order, with a bounded number in flight.

spaCy's own `nlp.pipe(n_process=...)` parallelises NER only and ships every Doc back; a worker that runs a whole
batch (NER, matching, rewriting) ships back small records, so both cores do all the work (measured in bench/).
"""

from __future__ import annotations

import ctypes
import multiprocessing
import multiprocessing.connection
import os
import signal
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import chain, islice
from typing import TypeVar

from captionscan.errors import RunFailed

T = TypeVar("T")
R = TypeVar("R")
IN_FLIGHT_PER_WORKER = 2  # enough to keep a worker busy; more would only hold more of the input in memory
# Starting a worker costs about as much as a few batches in-process (spaCy's import and two pipelines).
PARALLEL_FROM_BATCHES = 4

_task: Callable | None = None  # in a worker: the function it was started with


def default_processes() -> int:
    """One worker per core this process may use."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>


def _end_with_parent(parent: int) -> None:
    """A worker must not outlive the run that started it, however that ends (SIGKILL, the OOM killer, a CI
    timeout): orphans would go on using every core for nobody. On Linux the kernel kills the worker when its
    parent dies; elsewhere a thread waits for the parent to go.

    NOTE: the death signal follows the thread that started the worker, which is the thread that iterates
    ordered_map (ProcessPoolExecutor starts spawn workers in submit()).
    """
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            set_ok = libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0
        except (OSError, AttributeError):
            set_ok = False
        if set_ok:
            if os.getppid() != parent:  # the parent died before prctl: no signal will come
                os._exit(1)
            return
    threading.Thread(target=_exit_with_parent, name="captionscan-parent-watch", daemon=True).start()


def _exit_with_parent() -> None:
    # multiprocessing's parent sentinel (the end of a pipe on POSIX, the process handle on Windows) becomes ready
    # when the parent is gone: no polling of a pid that might be reused.
    parent = multiprocessing.parent_process()
    if parent is not None:
        parent.join()
        os._exit(1)


def _install(func: Callable, parent: int) -> None:
    global _task
    _end_with_parent(parent)
    _task = func
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the caller's to handle: no traceback from each worker


def _run(item):
    return _task(item)


def ordered_map(func: Callable[[T], R], items: Iterable[T], processes: int) -> Iterator[R]:
    """`map(func, items)` in `processes` spawned workers (no thread or lock of the caller is inherited). `func`,
    with whatever it is bound to, goes to each worker once; the input is read only as far as the workers have
    room, so memory does not grow with its length."""
    pool = ProcessPoolExecutor(
        processes, mp_context=multiprocessing.get_context("spawn"), initializer=_install, initargs=(func, os.getpid())
    )
    finished = False
    try:
        pending: deque[Future[R]] = deque()
        for item in items:
            pending.append(pool.submit(_run, item))
            if len(pending) >= processes * IN_FLIGHT_PER_WORKER:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
        finished = True
    except BrokenProcessPool:
        raise RunFailed(
            "a worker process", "died (killed, or out of memory?); run again, with more memory free"
        ) from None
    finally:
        if not finished:  # an error, Ctrl-C, SIGTERM or a reader that stopped: the batches in flight are not wanted
            _stop_workers(pool)
        pool.shutdown(wait=True, cancel_futures=True)


def _stop_workers(pool: ProcessPoolExecutor) -> None:
    """End the workers now rather than after their current batch, so that a SIGTERM ends the run within its grace
    period. Python 3.14 has ProcessPoolExecutor.terminate_workers(); before it, only the private process table.

    A worker ended while it sends a batch back leaves half a message in the results' pipe, and the pool's own
    thread waits for the rest of it for ever, and `shutdown` with it (a big scan stopped while its workers were
    sending hung at once, each time). This process holds the last writing end of that pipe: closed once the workers
    are gone, the wait ends in an end of file, which the pool takes for a broken pool.
    """
    processes = list((getattr(pool, "_processes", None) or {}).values())
    if hasattr(pool, "terminate_workers"):
        pool.terminate_workers()
    else:
        for process in processes:
            if process.is_alive():
                process.terminate()
    ending = [process.sentinel for process in processes]
    while ending:  # each one: `wait` returns as soon as one has ended
        ended = multiprocessing.connection.wait(ending)
        ending = [sentinel for sentinel in ending if sentinel not in ended]
    results = getattr(pool, "_result_queue", None)
    if results is not None:
        results._writer.close()


def map_batches(func: Callable[[T], R], batches: Iterable[T], processes: int) -> Iterator[R]:
    """In workers where there are enough batches to pay for starting them, else in this process."""
    batches = iter(batches)
    head = list(islice(batches, PARALLEL_FROM_BATCHES))
    if processes > 1 and len(head) == PARALLEL_FROM_BATCHES:
        return ordered_map(func, chain(head, batches), processes)
    return map(func, chain(head, batches))
