"""Benchmark captionscan on a synthetic export; prints a Markdown table. Not part of the tests.

    .venv/bin/python bench/run.py                  # 100,000 units; several minutes on two cores
    .venv/bin/python bench/run.py --units 10000 --presidio-python /path/to/venv-with-presidio/bin/python

Every figure is a whole process (start, imports, model loading, reading, writing) timed from outside: wall time,
CPU time, and peak RSS summed over the process and its workers (each one's high-water mark). Presidio runs where
`presidio-analyzer` imports in the given Python (default: this one); spaCy's official models cannot be installed
here, so it gets the statistical part of captionscan's English pipeline (tok2vec and ner, whose config names
captionscan's scorer: run with PYTHONPATH at this checkout and wordfreq and regex installed beside Presidio), one
text per call as its API takes them. Where it cannot run, the table says so and gives no number for it.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import synthetic

import captionscan
from captionscan.extract.pipeline import model_path

HERE = Path(__file__).parent
PAGE = os.sysconf("SC_PAGE_SIZE")


@dataclass(frozen=True)
class Run:
    wall: float
    cpu: float
    peak_rss: int  # bytes, summed over the process tree
    code: int
    stderr: str


def _tree(root: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            children.setdefault(int(stat.rsplit(")", 1)[1].split()[1]), []).append(int(entry))
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo += children.get(pid, [])
    return found


def _high_water(pid: int) -> int | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    except OSError:
        return None
    return None


def _children_cpu() -> float:
    usage = os.times()
    return usage.children_user + usage.children_system


def measure(cmd: list[str]) -> Run:
    """Wall and CPU time of the whole process (its waited-for workers included), and the sum of its processes'
    peak RSS, sampled every 50 ms."""
    cpu, start = _children_cpu(), time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    peaks: dict[int, int] = {}
    while proc.poll() is None:
        for pid in _tree(proc.pid):
            if (hwm := _high_water(pid)) is not None:
                peaks[pid] = max(peaks.get(pid, 0), hwm)
        time.sleep(0.05)
    wall = time.perf_counter() - start
    return Run(wall, _children_cpu() - cpu, sum(peaks.values()), proc.returncode, proc.stderr.read())


def _share_named(report: Path) -> float:
    """The share of a JSONL report's units with a `hit`."""
    units = [json.loads(line) for line in report.read_text(encoding="utf-8").splitlines()]
    return sum(any(h["level"] == "hit" for h in u["optout_hits"]) for u in units) / max(1, len(units))


def machine() -> str:
    model = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if "model name" in line
        ),
        platform.processor(),
    )
    memory = int(Path("/proc/meminfo").read_text().split()[1]) >> 20
    load = os.getloadavg()[0]
    cores = len(os.sched_getaffinity(0))
    return f"{model}, {cores} cores, {memory} GiB RAM, Python {platform.python_version()}, load {load:.1f} at start"


def statistical_pipeline(work: Path) -> Path:
    """The shipped English pipeline without captionscan's rule components (tok2vec and ner only), its NER as spaCy's
    own `ner` (captionscan's decodes the same weights faster): what Presidio's spaCy engine can load in a Python
    without captionscan, and the statistical part both tools share."""
    import spacy
    from spacy.util import load_config

    nlp = spacy.load(model_path("en"))
    for name in nlp.pipe_names[2:]:
        nlp.remove_pipe(name)
    path = work / "en-statistical"
    nlp.to_disk(path)
    config = load_config(path / "config.cfg", interpolate=False)
    config["components"]["ner"]["factory"] = "ner"
    config.to_disk(path / "config.cfg")
    return path


PRESIDIO = """
import sys, json
from pathlib import Path
from presidio_analyzer import AnalyzerEngine
from presidio_analyzer.nlp_engine import NlpEngineProvider
config = {"nlp_engine_name": "spacy", "models": [{"lang_code": "en", "model_name": sys.argv[2]}],
          "ner_model_configuration": {"model_to_presidio_entity_mapping": {"PERSON": "PERSON", "LOCATION": "LOCATION"}}}
engine = AnalyzerEngine(nlp_engine=NlpEngineProvider(nlp_configuration=config).create_engine())
for line in open(sys.argv[1], encoding="utf-8"):
    engine.analyze(json.loads(line)["text"], language="en")
"""

N_PROCESS = """
import sys, json, time
from functools import partial
from captionscan.extract import extract
from captionscan.extract.pipeline import load
from captionscan.parallel import map_batches
texts = [json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8")]
nlp = load("en")
for n in (1, 2):
    start = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=256, n_process=n):
        pass
    print(f"nlp.pipe n_process={n}", time.perf_counter() - start)
start = time.perf_counter()
batches = [texts[i : i + 512] for i in range(0, len(texts), 512)]
for _ in map_batches(partial(extract, lang="en"), batches, 2):
    pass
print("worker pool, 2 processes (NER and rules)", time.perf_counter() - start)
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--units", type=int, default=100_000, help="captions in the export (default 100,000)")
    parser.add_argument("--texts", type=int, default=17_000, help="texts for extract and Presidio (default 17,000)")
    parser.add_argument("--presidio-python", default=sys.executable, help="a Python with presidio-analyzer")
    parser.add_argument("--workdir", type=Path, help="keep the generated files here")
    args = parser.parse_args()
    work = args.workdir or Path(tempfile.mkdtemp(prefix="captionscan-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    cli = str(Path(sys.executable).parent / "captionscan")

    captions = synthetic.captions(args.units)
    export = work / "instagram.zip"
    member = synthetic.write_export(export, captions)
    texts = work / "texts.jsonl"
    synthetic.write_jsonl(texts, synthetic.captions(args.texts, seed=2))
    lists = {n: work / f"optout-{n}.csv" for n in (30, 10_000)}
    for n, path in lists.items():
        synthetic.write_optout(path, n)
    lists["named"] = work / "optout-named.csv"  # everyone the captions name: about half the units name someone listed
    synthetic.write_optout(lists["named"], synthetic.NAMED, named=synthetic.NAMED)
    draft = work / "draft.md"
    first, last = synthetic.people(1)[0]  # on every list
    draft.write_text(f"Traumhochzeit mit {first} {last} am Tegernsee 💍\n", encoding="utf-8")
    words = sum(len(c.split()) for c in captions)
    text_words = sum(len(c.split()) for c in synthetic.captions(args.texts, seed=2))

    print(f"Machine: {machine()}\n")
    print(f"Export: {args.units:,} units, {words / args.units:.1f} words each, posts_1.json {member / 2**20:.1f} MiB\n")
    print("| measurement | wall s | CPU s | units/s | words/s | peak RSS MiB (sum) | exit |")
    print("|---|---|---|---|---|---|---|")

    def row(name: str, r: Run, units: int | None, n_words: int | None) -> None:
        rates = " | ".join(f"{n / r.wall:,.0f}" if n else "" for n in (units, n_words))
        print(f"| {name} | {r.wall:.1f} | {r.cpu:.1f} | {rates} | {r.peak_rss / 2**20:,.0f} | {r.code} |")
        if r.code not in (0, 1):
            print(f"|  | failed: {r.stderr.strip().splitlines()[-1:]} |")

    scans = {}
    for n, path in lists.items():
        out = work / f"report-{n}.jsonl"
        scans[n] = measure([cli, "scan", str(export), "--optout", str(path), "--format", "jsonl", "-o", str(out), "-q"])
        listed = f"{n:,}-person list" if isinstance(n, int) else f"list naming {_share_named(out):.0%} of the units"
        row(f"scan, {listed}", scans[n], args.units, words)
    extract = measure([cli, "extract", str(texts)])
    row(f"extract, {args.texts:,} texts", extract, args.texts, text_words)
    # pip compiles an installed package's modules; in an editable install under PYTHONDONTWRITEBYTECODE each cold
    # run would compile them anew, so they are compiled as pip would (into the package's git-ignored __pycache__).
    package = Path(captionscan.__file__).parent
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(package)], check=True, stdout=subprocess.DEVNULL)
    checks = [measure([cli, "check", str(draft), "--optout", str(lists[30])]) for _ in range(3)]
    check = sorted(checks, key=lambda r: r.wall)[1]
    row("check, one draft, cold (median of 3)", check, None, None)
    imports = [measure([sys.executable, "-c", "import spacy"]) for _ in range(3)]
    spacy_import = sorted(imports, key=lambda r: r.wall)[1]
    row("import spacy, cold (median of 3)", spacy_import, None, None)

    probe = subprocess.run([args.presidio_python, "-c", "import presidio_analyzer"], capture_output=True)
    if probe.returncode:
        print(f"| Presidio | not run: presidio-analyzer does not import in {args.presidio_python} |")
        presidio = None
    else:
        presidio = measure([args.presidio_python, "-c", PRESIDIO, str(texts), str(statistical_pipeline(work))])
        if presidio.code:
            print(f"| Presidio | not run: {presidio.stderr.strip().splitlines()[-1:]} |")
            presidio = None
        else:
            row(f"Presidio analyze, {args.texts:,} texts, one per call", presidio, args.texts, text_words)

    print()
    print(
        f"- 10,000-person vs 30-person list: {scans[10_000].wall / scans[30].wall:.2f}x wall, "
        f"{scans[10_000].cpu / scans[30].cpu:.2f}x CPU"
    )
    if presidio:
        print(f"- extract vs Presidio, words/s: {presidio.wall / extract.wall:.1f}x")
    for n, name in ((30, "30-person list"), ("named", "list naming half the units")):
        print(f"- scan ({name}) vs extract, time per word: {scans[n].wall / words / (extract.wall / text_words):.2f}x")
    print(f"- check vs import spacy, cold: {check.wall / spacy_import.wall:.2f}x")
    print(f"- check, cold, wall of each run: {', '.join(f'{r.wall:.2f} s' for r in checks)}")
    pool = subprocess.run([sys.executable, "-c", N_PROCESS, str(texts)], capture_output=True, text=True)
    for line in pool.stdout.splitlines():
        name, seconds = line.rsplit(" ", 1)
        print(f"- {name}: {text_words / float(seconds):,.0f} words/s (in-process, English texts, models loaded)")
    print(f"\nFiles: {work}")


if __name__ == "__main__":
    main()
