"""Faults a real run meets: killed mid-scan, a worker killed, a full disk, a closed pipe, a folder gone or read-only,
two runs to one output. A killed run leaves no process and no temporary file; every fault but the closed pipe
ends with exit 2 and one line naming what failed.

Runs are subprocesses (`python -m captionscan`), watched through /proc: Linux only.
"""

from __future__ import annotations

import errno
import importlib.util
import json
import os
import resource
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from captionscan.parallel import PARALLEL_FROM_BATCHES
from captionscan.report import atomic
from captionscan.report.atomic import write_atomic
from captionscan.scan import BATCH_UNITS

pytestmark = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="watches processes through /proc")

ROOT = Path(__file__).parent.parent
TICKS = os.sysconf("SC_CLK_TCK")
DRAFT = "Mit Lena Vogt am Tegernsee.\n\nWith @jonas_mueller in Berlin.\n"
OPTOUT = "id,name,handles\np1,Lena Vogt,lena.vogt\np2,Jonas Müller,jonas_mueller\n"


def _synthetic():
    spec = importlib.util.spec_from_file_location("synthetic", ROOT / "bench" / "synthetic.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> dict[str, Path]:
    """An export just long enough to start workers, one too short for them, a draft and an opt-out list."""
    folder = tmp_path_factory.mktemp("inputs")
    synthetic = _synthetic()
    big, medium = folder / "big.zip", folder / "medium.zip"
    synthetic.write_export(big, synthetic.captions(PARALLEL_FROM_BATCHES * BATCH_UNITS + 100))
    synthetic.write_export(medium, synthetic.captions(BATCH_UNITS // 2))  # one process, a few seconds
    synthetic.write_optout(folder / "optout.csv", 40)
    (folder / "draft.md").write_text(DRAFT, encoding="utf-8")
    (folder / "small_optout.csv").write_text(OPTOUT, encoding="utf-8")
    return {
        "big": big,
        "medium": medium,
        "optout": folder / "optout.csv",
        "draft": folder / "draft.md",
        "small_optout": folder / "small_optout.csv",
    }


def start(*args, cwd: Path, **kwargs) -> subprocess.Popen:
    kwargs.setdefault("stdout", subprocess.PIPE)
    kwargs.setdefault("stderr", subprocess.PIPE)
    return subprocess.Popen([sys.executable, "-m", "captionscan", *map(str, args)], cwd=cwd, **kwargs)


def finish(process: subprocess.Popen, timeout: float = 120) -> tuple[int, str]:
    """Exit code and standard error."""
    _, err = process.communicate(timeout=timeout)
    return process.returncode, err.decode()


def wait_for(condition: Callable[[], object], timeout: float, what: str):
    """Poll until `condition()` is true; fail naming `what` after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if value := condition():
            return value
        time.sleep(0.02)
    pytest.fail(f"not within {timeout} s: {what}")


# Processes, through /proc: (pid, start time) names one process even if its pid is reused.
def _stat(pid: int) -> list[str] | None:
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    return text[text.rindex(")") + 2 :].split()  # after "pid (comm) ": state is [0], ppid [1], start time [19]


def descendants(pid: int) -> dict[int, str]:
    """Every live process below `pid`, with its start time."""
    parents = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit() and (fields := _stat(int(entry.name))):
            parents[int(entry.name)] = (int(fields[1]), fields[19])
    found, todo = {}, [pid]
    while todo:
        parent = todo.pop()
        for child, (ppid, started) in parents.items():
            if ppid == parent and child not in found:
                found[child] = started
                todo.append(child)
    return found


def alive(pid: int, started: str) -> bool:
    fields = _stat(pid)
    return fields is not None and fields[19] == started and fields[0] not in "ZX"  # a zombie has ended


def workers(pid: int) -> dict[int, str]:
    """The worker processes of the run `pid` (not multiprocessing's resource tracker)."""
    found = {}
    for child, started in descendants(pid).items():
        try:
            if b"spawn_main" in Path(f"/proc/{child}/cmdline").read_bytes():
                found[child] = started
        except OSError:
            continue
    return found


def output_fd_size(pid: int, folder: Path) -> int | None:
    """The size of the file `pid` holds open in `folder` (its temporary output), if any."""
    try:
        fds = list(Path(f"/proc/{pid}/fd").iterdir())
    except OSError:
        return None
    for fd in fds:
        try:
            if os.readlink(fd).startswith(f"{folder}/"):
                return os.stat(fd).st_size
        except OSError:
            continue
    return None


def unnamed_files_work(folder: Path) -> bool:
    """Whether write_atomic can write into `folder` without a name (not so on an older kernel's overlayfs)."""
    if atomic._LINKAT is None:
        return False
    try:
        os.close(os.open(folder, os.O_TMPFILE | os.O_RDWR, 0o600))
    except OSError:
        return False
    return True


def assert_nothing_left(run: subprocess.Popen, processes: dict[int, str], target: Path) -> None:
    """No process of the run 5 s after it ended, no temporary file, and the output absent or complete."""
    run.wait(timeout=30)
    wait_for(lambda: not any(alive(p, s) for p, s in processes.items()), 5, f"processes {sorted(processes)} end")
    folder = target.parent
    if not unnamed_files_work(folder):  # a run killed mid-write left a named file: the next run removes it
        atomic.remove_stale(target)
    names = [p.name for p in folder.iterdir()]
    assert not [n for n in names if n.endswith(".tmp")], names
    for path in folder.iterdir():
        if path.suffix == ".json":
            json.loads(path.read_text(encoding="utf-8"))
        else:  # JSON lines: every line complete
            for line in path.read_text(encoding="utf-8").splitlines():
                json.loads(line)


def end(run: subprocess.Popen, processes: dict[int, str]) -> tuple[int, str]:
    """Whatever a failed test leaves: kill the run and the processes it had (an orphan would hold its pipes open)."""
    for pid, started in processes.items():
        if alive(pid, started):
            os.kill(pid, signal.SIGKILL)
    run.kill()
    return finish(run)


def assert_one_line_error(code: int, err: str, *names: str) -> None:
    assert code == 2, err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("captionscan: error: "), err
    assert all(name in lines[0] for name in names), err
    assert "Traceback" not in err


# A run killed -----------------------------------------------------------------------------------------------------

CORES = sorted(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else []
needs_two_cores = pytest.mark.skipif(len(CORES) < 2, reason="a run starts workers only with two cores or more")


def on_two_cores() -> None:
    """In the child: two cores, so two workers, whatever the machine has."""
    os.sched_setaffinity(0, CORES[:2])


def start_small_scan(inputs: dict, tmp_path: Path, *args, **kwargs) -> subprocess.Popen:
    """A one-process scan of the draft against the small list, started as a child process."""
    return start("scan", inputs["draft"], "--optout", inputs["small_optout"], *args, cwd=tmp_path, **kwargs)


def start_big_scan(inputs: dict, tmp_path: Path, fmt: str) -> tuple[Path, subprocess.Popen]:
    """A multi-process scan of the big export into out/r.<fmt>, started as a child process: (out, process)."""
    out = tmp_path / "out"
    out.mkdir()
    args = ("scan", inputs["big"], "--optout", inputs["optout"], "--format", fmt, "-o", out / f"r.{fmt}")
    return out, start(*args, cwd=tmp_path, preexec_fn=on_two_cores)


@pytest.mark.parametrize(
    ("sig", "point"),
    [
        (signal.SIGKILL, "workers starting"),
        (signal.SIGKILL, "report half-written"),
        (signal.SIGTERM, "report half-written"),
    ],
    ids=["SIGKILL-starting", "SIGKILL-writing", "SIGTERM-writing"],
)
@needs_two_cores
def test_killed_scan_leaves_no_process_and_no_file(inputs, tmp_path, sig, point):
    out, run = start_big_scan(inputs, tmp_path, "jsonl")
    processes: dict[int, str] = {}
    try:
        wait_for(lambda: len(workers(run.pid)) == 2, 60, "two workers start")
        if point == "report half-written":  # JSON lines go out as batches come back
            wait_for(lambda: output_fd_size(run.pid, out), 60, "the report's first lines")
        processes = descendants(run.pid)
        run.send_signal(sig)
        assert_nothing_left(run, processes, out / "r.jsonl")
    finally:
        _, err = end(run, processes)
    assert run.returncode == (-signal.SIGKILL if sig == signal.SIGKILL else 128 + signal.SIGTERM)
    assert not (out / "r.jsonl").exists()  # the run did not get to the end
    if sig == signal.SIGTERM:
        assert "Traceback" not in err, err


@needs_two_cores
def test_a_worker_killed_stops_the_run_with_one_line(inputs, tmp_path):
    out, run = start_big_scan(inputs, tmp_path, "json")
    processes: dict[int, str] = {}
    try:
        pool = wait_for(lambda: (w := workers(run.pid)) and len(w) == 2 and w, 60, "two workers start")
        processes = descendants(run.pid)
        os.kill(next(iter(pool)), signal.SIGKILL)
        assert_nothing_left(run, processes, out / "r.json")
    finally:
        code, err = end(run, processes)
    assert_one_line_error(code, err, "a worker process died (killed, or out of memory?)")
    assert list(out.iterdir()) == []


STOP_WHILE_SENDING = """
import functools, operator
from captionscan.parallel import ordered_map
batches = ordered_map(functools.partial(operator.mul, b"x"), [3_000_000] * 100, 2)  # results bigger than a pipe
next(batches), next(batches)
batches.close()  # what a SIGTERM, an error or Ctrl-C does to a scan whose workers are still sending
print("stopped")
"""


STOP_BEFORE_ANY_WORKER = """
from captionscan.parallel import ordered_map
def items():
    raise KeyError("no input")
    yield 1
try:
    list(ordered_map(abs, items(), 2))
except KeyError:
    print("stopped")
"""


@pytest.mark.parametrize("script", [STOP_WHILE_SENDING, STOP_BEFORE_ANY_WORKER], ids=["sending", "no-worker-yet"])
def test_workers_stopped_while_sending_results_end_the_run_at_once(script, tmp_path):
    run = subprocess.Popen(  # outside the source tree: the installed package, as the other runs here
        [sys.executable, "-c", script], cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        out, err = run.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        run.kill()
        run.communicate()
        pytest.fail("the stopped pool did not end: it waited for a result or a worker that never came")
    assert (run.returncode, out) == (0, "stopped\n"), err


# Outputs that cannot be written -----------------------------------------------------------------------------------


def _file_size_limit(limit: int) -> Callable[[], None]:
    def limit_files() -> None:  # in the child: a write past `limit` bytes fails with EFBIG instead of a signal
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return limit_files


def test_full_disk_for_the_output_file(inputs, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    run = start_small_scan(
        inputs,
        tmp_path,
        "--format",
        "json",
        "-o",
        out / "r.json",
        preexec_fn=_file_size_limit(64),
    )
    code, err = finish(run)
    assert_one_line_error(code, err, str(out / "r.json"), "File too large", "write to another disk")
    assert list(out.iterdir()) == []


@pytest.mark.parametrize("fmt", ["json", "table"])
def test_full_disk_for_standard_output(inputs, tmp_path, fmt):
    with open("/dev/full", "wb") as full:
        run = start_small_scan(inputs, tmp_path, "--format", fmt, stdout=full)
        code, err = finish(run)
    assert_one_line_error(
        code, err, "standard output: No space left on device; free some space or write with -o to another disk"
    )


def test_file_size_limit_for_standard_output(inputs, tmp_path):
    with open(tmp_path / "redirected.json", "wb") as redirected:
        run = start_small_scan(
            inputs,
            tmp_path,
            "--format",
            "json",
            stdout=redirected,
            preexec_fn=_file_size_limit(64),
        )
        code, err = finish(run)
    assert_one_line_error(code, err, "standard output: File too large")


def test_closed_pipe_ends_quietly_with_the_usual_exit_code(inputs, tmp_path):
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader is gone before the first line, as `| head -0` would be
    try:
        run = start_small_scan(inputs, tmp_path, "--format", "jsonl", stdout=write_end)
    finally:
        os.close(write_end)
    code, err = finish(run)
    assert (code, err) == (1, "")  # 1: the draft names listed people


@pytest.mark.parametrize("command", ["scan", "redact"])
def test_closed_pipe_as_the_named_output_ends_quietly(inputs, tmp_path, command):
    """`-o /dev/stdout | head`: the output opened by its name, not standard output, meets the closed pipe."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        args = (command, inputs["draft"], "--optout", inputs["small_optout"], "-o", "/dev/stdout")
        run = start(*args, cwd=tmp_path, stdout=write_end)
    finally:
        os.close(write_end)
    assert finish(run) == (0, "")


def test_output_folder_removed_mid_run(inputs, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    run = start(
        "scan", inputs["medium"], "--optout", inputs["optout"], "--format", "json", "-o", out / "r.json", cwd=tmp_path
    )
    try:
        wait_for(lambda: output_fd_size(run.pid, out) is not None, 60, "the run opens its output")
        out.rmdir()  # the unnamed temporary file is no entry of the folder
        code, err = finish(run)
    finally:
        run.kill()
    assert_one_line_error(code, err, str(out / "r.json"), "No such file or directory", "the folder is missing")
    assert not out.exists()


def test_output_folder_is_a_file(inputs, tmp_path):
    (tmp_path / "out").write_text("not a folder")
    code, err = finish(start_small_scan(inputs, tmp_path, "-o", tmp_path / "out" / "r.json"))
    assert_one_line_error(code, err, str(tmp_path / "out" / "r.json"), "Not a directory")


def test_read_only_output_folder(inputs, tmp_path):
    """Root writes through file modes, so the folder is a read-only bind mount of itself. Made read-only before the
    run: Linux refuses to remount a folder read-only while a file in it is open for writing (EBUSY)."""
    out = tmp_path / "out"
    out.mkdir()
    bind = subprocess.run(["mount", "--bind", out, out], capture_output=True)
    if bind.returncode != 0:
        pytest.skip("a read-only bind mount needs CAP_SYS_ADMIN (root writes through chmod)")
    try:
        subprocess.run(["mount", "-o", "remount,ro,bind", out], check=True, capture_output=True)
        code, err = finish(start_small_scan(inputs, tmp_path, "-o", out / "r.json"))
    finally:
        subprocess.run(["umount", out], check=True)
    assert_one_line_error(code, err, str(out / "r.json"), "Read-only file system")
    assert list(out.iterdir()) == []


def test_two_runs_to_one_output_leave_one_complete_report(inputs, tmp_path):
    drafts = [tmp_path / "a.md", tmp_path / "b.md"]
    drafts[0].write_text("Mit Lena Vogt am Tegernsee.\n", encoding="utf-8")
    drafts[1].write_text("With @jonas_mueller in Berlin.\n", encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    runs = [
        start("scan", d, "--optout", inputs["small_optout"], "--format", "json", "-o", out / "r.json", cwd=tmp_path)
        for d in drafts
    ]
    assert [finish(r)[0] for r in runs] == [1, 1]
    assert [p.name for p in out.iterdir()] == ["r.json"]
    report = json.loads((out / "r.json").read_text(encoding="utf-8"))
    sources = {u["source"]["path"] for u in report["units"]}
    assert sources in ({str(drafts[0])}, {str(drafts[1])}), sources


# The temporary file, in this process -------------------------------------------------------------------------------


def _dead_pid() -> int:
    process = subprocess.Popen(["true"])
    process.wait()
    return process.pid


def test_unnamed_temporary_file_is_invisible_until_complete(tmp_path):
    if atomic._LINKAT is None:
        pytest.skip("no O_TMPFILE here")
    target = tmp_path / "r.json"
    seen = []
    write_atomic(target, lambda f: seen.extend(os.listdir(tmp_path)) or f.write("{}"))
    assert seen == [] and os.listdir(tmp_path) == ["r.json"] and target.read_text() == "{}"


@pytest.mark.parametrize("refusal", ["no O_TMPFILE", *sorted(atomic.NO_TMPFILE)])
def test_named_temporary_file_carries_the_pid_and_stale_ones_go(tmp_path, monkeypatch, refusal):
    if refusal == "no O_TMPFILE":
        monkeypatch.setattr(atomic, "_LINKAT", None)
    elif atomic._LINKAT is not None:
        real_open = os.open

        def refusing_open(path, flags, *args):
            if flags & os.O_TMPFILE == os.O_TMPFILE:
                raise OSError(refusal, os.strerror(refusal))
            return real_open(path, flags, *args)

        monkeypatch.setattr(atomic.os, "open", refusing_open)
    target = tmp_path / "r.json"
    stale = tmp_path / f".r.json.captionscan-{_dead_pid()}-abcd1234.tmp"
    running = tmp_path / f".r.json.captionscan-{os.getppid()}-abcd1234.tmp"  # a live process: still writing
    other = tmp_path / f".other.json.captionscan-{_dead_pid()}-abcd1234.tmp"  # another output's
    for path in (stale, running, other):
        path.write_text("half")
    seen = []
    write_atomic(target, lambda f: seen.extend(os.listdir(tmp_path)) or f.write("{}"))
    mine = [n for n in seen if n.startswith(f".r.json.captionscan-{os.getpid()}-") and n.endswith(".tmp")]
    assert len(mine) == 1 and stale.name not in seen
    assert sorted(os.listdir(tmp_path)) == sorted([running.name, other.name, "r.json"])
    assert target.read_text() == "{}"


def test_failed_write_names_the_output_and_the_fix(tmp_path):
    def full(f):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    with pytest.raises(atomic.InputError) as caught:
        write_atomic(tmp_path / "r.json", full)
    problem = "cannot write output (No space left on device); free some space or write to another disk"
    assert caught.value.message == f"{tmp_path / 'r.json'}: {problem}"
    assert os.listdir(tmp_path) == []
