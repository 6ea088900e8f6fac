"""How the batch command scales: one and two cores, a Dask cluster, memory, and resuming.

Builds a corpus in a temporary folder from ``shared/dev`` (pages/*.txt, pdftext/*.txt,
pdf/*.pdf, the seed) and ``shared/corpus/raw`` (the 8,041 official motie XMLs, each rendered
to the text of its web page as ``motie_xml_check.py`` does; the Aanhangsel, motie and
Handelingen PDFs; the Word files; the other small text files; HTML, other XML and zip files
are left out: the command line refuses them, they are no letters). Every raw file is used once
(the biggest first, so a small run meets the same worst cases), the letters of ``shared/dev``
are repeated until there are enough, and the rest is shuffled with a fixed seed.

Then it runs, as subprocesses:

- ``python -m kamerparse parse DIR -o OUT --jobs 1 -q``, the same with ``--jobs 2``, and the
  same corpus through ``kamerparse.dask`` on a local cluster of two worker processes
  (``--no-dask`` leaves it out), ``--n`` (5,000) inputs, ``--rounds`` (3) rounds, the sides in
  turn (1, 2, Dask, then Dask, 2, 1); each round gives one paired speed-up (the time of
  --jobs 1 / the time of the side in that round); printed: every run, and the median, minimum
  and maximum of the paired speed-ups (targets: --jobs 2 at least 1.7, Dask at least 1.4);
- ``--jobs 2`` on the first ``--small`` (1,000) and on ``--memory-n`` (10,000) inputs: the peak
  memory (the sum of the RSS of the process and all its children, sampled every 20 ms; the PSS
  sum, which counts pages shared by forked workers once, beside it), which should be flat;
- ``--skip-existing`` over a finished ``--jobs 2`` output, as a share of the full run (< 5%).

Also printed: the CPU seconds of each run's process tree and the "other load", the CPU that
other processes used during the run (from /proc/stat): on a shared machine another process on
one of two cores slows a two-process run, which is why the runs are paired and the load is
printed with them. The speed-up the CPU times alone would allow on two idle cores is printed
as what it is, a ceiling, with no verdict. ``--idle-wait SECONDS`` waits before each run for
other load to stop (default: do not wait).

Usage: ``python benchmarks/batch_scale.py [--n 5000] [--rounds 3] [--small 1000]
[--memory-n 10000] [--no-dask] [--src DIR]`` (``--src src-patched/`` runs another copy of the
package, to measure a change). Wall times include starting Python and importing kamerparse,
as a user sees them; the start-up time alone is printed too.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import Row, load_average  # noqa: E402

PROBE_PDF = "dev/pdf/kst-27925-963.pdf"
TEXT_SUFFIXES = (".txt", ".docx")
MOTIE_XML = "corpus/raw/motiematcher/document_publications"
SAMPLE_SECONDS = 0.02

try:
    import psutil
except ImportError:  # the /proc fallback below works on Linux
    psutil = None


# ---------------------------------------------------------------------------- the corpus


def pdfs_parse(shared: Path) -> bool:
    """Whether the PDF front end works yet (it is written concurrently with this script)."""
    from kamerparse.batch import parse_one

    return parse_one(str(shared / PROBE_PDF)).ok


def source_files(shared: Path, with_pdf: bool, max_bytes: int) -> tuple[list[Path], list[Path]]:
    """(files used once, letters to repeat): the real inputs the corpus is made of."""
    suffixes = TEXT_SUFFIXES + ((".pdf",) if with_pdf else ())
    dev = shared / "dev"
    letters = [
        *sorted((dev / "pages").glob("*.txt")),
        *sorted((dev / "pdftext").glob("*.txt")),
        *sorted((shared / "seed").glob("*.txt")),
        *(sorted((dev / "pdf").glob("*.pdf")) if with_pdf else []),
    ]
    raw = sorted(
        p
        for p in (shared / "corpus" / "raw").rglob("*")
        if p.is_file() and p.name.lower().endswith(suffixes) and p.stat().st_size <= max_bytes
    )
    raw += sorted((shared / MOTIE_XML).glob("*.xml"))
    return raw, letters


def build_corpus(shared: Path, n: int, with_pdf: bool, max_bytes: int, seed: int = 0) -> list[Path]:
    """``n`` input files: every raw file once (biggest first), then letters, shuffled.

    The biggest files go first so that a run over the first 2,000 inputs meets the same
    worst cases for memory as a run over all of them; the rest is shuffled.
    """
    raw, letters = source_files(shared, with_pdf, max_bytes)
    big = sorted((p for p in raw if p.stat().st_size > 50_000), key=lambda p: -p.stat().st_size)
    rest = [p for p in raw if p not in set(big)]
    while len(big) + len(rest) < n:
        rest += letters[: n - len(big) - len(rest)]
    rest = rest[: max(0, n - len(big))]
    random.Random(seed).shuffle(rest)
    return (big + rest)[:n]


def link_corpus(files: list[Path], folder: Path) -> None:
    """``folder/NNNNN-name.txt`` (or .pdf, .docx): unique names, so outputs do not collide.
    A motie XML is written as the text of its web page; every other file is a symlink."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from motie_xml_check import read_truth, render_web

    folder.mkdir(parents=True)
    for i, src in enumerate(files):
        suffix = src.suffix.lower() if src.suffix.lower() in (".pdf", ".docx") else ".txt"
        stem = src.name.split(".")[0][:40]
        dest = folder / f"{i:05d}-{stem}{suffix}"
        if src.suffix.lower() == ".xml":
            dest.write_text(render_web(read_truth(src)), encoding="utf-8")
        else:
            dest.symlink_to(src.resolve())


def warm_cache(files: list[Path]) -> int:
    """Read every input once, so the first timed run does not pay for a cold disk."""
    return sum(len(p.read_bytes()) for p in set(files))


# ---------------------------------------------------------------------------- measuring

#: PSS counts a page shared by n processes as 1/n in each: the real footprint of forked workers
HAVE_PSS = Path("/proc/self/smaps_rollup").exists()
HAVE_PROC_STAT = Path("/proc/stat").exists()
TICK = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


def _proc_children() -> dict[int, list[int]]:
    children: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            try:
                stat = Path(entry.path, "stat").read_text()
            except OSError:
                continue
            ppid = int(stat.rsplit(")", 1)[1].split()[1])
            children.setdefault(ppid, []).append(int(entry.name))
    return children


def process_tree(pid: int) -> list[int]:
    """The process and all its descendants (the pool's forkserver and workers)."""
    if psutil is not None:
        try:
            return [pid, *(c.pid for c in psutil.Process(pid).children(recursive=True))]
        except psutil.Error:
            return []
    children, tree, todo = _proc_children(), [], [pid]
    while todo:
        p = todo.pop()
        tree.append(p)
        todo += children.get(p, [])
    return tree


def process_usage(pid: int) -> tuple[int, int, float]:
    """(RSS bytes, PSS bytes or 0, CPU seconds so far) of one process."""
    if psutil is not None:
        proc = psutil.Process(pid)
        rss = proc.memory_info().rss
        times = proc.cpu_times()
        cpu = times.user + times.system
    else:
        rss = int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * PAGE
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        cpu = (int(fields[11]) + int(fields[12])) / TICK  # utime, stime
    pss = 0
    if HAVE_PSS:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                pss = int(line.split()[1]) * 1024
                break
    return rss, pss, cpu


def machine_busy() -> float | None:
    """CPU seconds the whole machine has been busy (all cores, including steal), or None."""
    if not HAVE_PROC_STAT:
        return None
    fields = [int(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    user, nice, system, _idle, _iowait, irq, softirq, steal = fields[:8]
    return (user + nice + system + irq + softirq + steal) / TICK


def wait_until_idle(max_wait: float, threshold: float = 0.15) -> float | None:
    """Wait (up to ``max_wait`` s) until other processes use under ``threshold`` cores.

    On a shared machine another process on one of two cores halves a two-process run; a
    timing taken then measures the neighbour, not kamerparse. Returns the last load seen.
    """
    deadline = time.monotonic() + max_wait
    load = None
    while True:
        b0, c0, t0 = machine_busy(), time.process_time(), time.perf_counter()
        if b0 is None:
            return None
        time.sleep(0.5)
        b1, c1, t1 = machine_busy(), time.process_time(), time.perf_counter()
        load = ((b1 or 0) - b0 - (c1 - c0)) / (t1 - t0)
        if load < threshold or time.monotonic() > deadline:
            return load


@dataclass
class Run:
    seconds: float
    peak_rss: int
    peak_pss: int | None
    cpu: float  # CPU seconds of the whole process tree
    other_load: float | None  # cores used by other processes meanwhile, on average
    returncode: int
    stderr: str


class TreeSampler(threading.Thread):
    """Samples a process tree every 20 ms: peak RSS and PSS, CPU time of every process.

    The tree is listed anew only every 0.2 s: listing scans /proc, and a sampler that costs
    a tenth of a core would itself slow down the two-core run it measures.
    """

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid = pid
        self.done = threading.Event()
        self.peak_rss = self.peak_pss = 0
        self.cpu: dict[int, float] = {}

    def run(self) -> None:
        pids: list[int] = []
        listed = 0.0
        while True:
            now = time.monotonic()
            if now - listed > 0.2:
                pids, listed = process_tree(self.pid), now
            rss = pss = 0
            for p in pids:
                try:
                    r, s, c = process_usage(p)
                except Exception:  # ended since it was listed: its last CPU figure stands
                    continue
                rss, pss = rss + r, pss + s
                self.cpu[p] = max(self.cpu.get(p, 0.0), c)
            self.peak_rss, self.peak_pss = max(self.peak_rss, rss), max(self.peak_pss, pss)
            if self.done.wait(SAMPLE_SECONDS):
                return


def run_cli(args: list[str], src: Path | None = None) -> Run:
    """Run ``python -m kamerparse ARGS``, sampling the memory and CPU of its process tree.

    ``src``: a folder holding another ``kamerparse`` package to run instead of the installed
    one (put first on PYTHONPATH), to compare a change with the code it would replace.
    """
    return run_sampled(["-m", "kamerparse", *args], src)


def run_sampled(python_args: list[str], src: Path | None = None) -> Run:
    """Run ``python PYTHON_ARGS``, sampling the memory and CPU of its process tree."""
    env = None
    if src is not None:
        env = {
            **os.environ,
            "PYTHONPATH": os.pathsep.join([str(src), os.environ.get("PYTHONPATH", "")]),
        }
    busy0, own0, start = machine_busy(), time.process_time(), time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, *python_args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    sampler = TreeSampler(proc.pid)
    sampler.start()
    _, stderr = proc.communicate()
    seconds = time.perf_counter() - start
    sampler.done.set()
    sampler.join()
    busy1, own1 = machine_busy(), time.process_time()
    cpu = sum(sampler.cpu.values())
    other = None
    if busy0 is not None and busy1 is not None:
        other = max(0.0, (busy1 - busy0 - cpu - (own1 - own0)) / seconds)
    pss = sampler.peak_pss if HAVE_PSS else None
    return Run(seconds, sampler.peak_rss, pss, cpu, other, proc.returncode, stderr)


def parse_run(
    corpus: Path, out: Path, jobs: int, errors: Path, *extra: str, src: Path | None = None
) -> Run:
    """One ``kamerparse parse`` of the corpus into ``out``; a crash (exit 2 or more) stops us."""
    run = run_cli(
        ["parse", str(corpus), "-o", str(out), "--jobs", str(jobs), "-q", "--errors", str(errors),
         *extra], src=src,
    )  # fmt: skip
    if run.returncode not in (0, 1):  # 1: some inputs failed, which a corpus may well have
        sys.exit(f"kamerparse exited {run.returncode}:\n{run.stderr[-2000:]}")
    return run


DASK_SCRIPT = """
import sys
from distributed import Client, LocalCluster
from kamerparse import dask as kd
corpus, out = sys.argv[1], sys.argv[2]
with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                  dashboard_address=None) as cluster, Client(cluster):
    kd.to_jsonl(kd.from_paths(corpus), out)
"""


def dask_run(corpus: Path, out: Path, src: Path | None = None) -> Run:
    """The same corpus through ``kamerparse.dask`` on a local cluster of two single-threaded
    worker processes, start-up of the cluster included (as a user's script pays it)."""
    shutil.rmtree(out, ignore_errors=True)
    run = run_sampled(["-c", DASK_SCRIPT, str(corpus), str(out)], src)
    if run.returncode != 0:
        sys.exit(f"the Dask run exited {run.returncode}:\n{run.stderr[-2000:]}")
    return run


def mb(n: int | None) -> str:
    return "n/a" if n is None else f"{n / 1e6:.0f} MB"


@dataclass
class Measured:
    """What one measurement gives: the speed pairs, the memory runs, the resume."""

    n: int
    small: int
    ones: list[Run]
    twos: list[Run]
    dasks: list[Run]
    mem_small: Run
    mem_large: Run
    mem_large_n: int
    resume: Run
    startup: float
    written: int
    failed: int
    n_pdf: int


def measure(args: argparse.Namespace) -> Measured:
    """Build the corpus and run every measurement; the work folder is removed afterwards."""
    big_n = max(args.n, args.memory_n)
    small = min(args.small, big_n)
    with_pdf = not args.no_pdf and pdfs_parse(args.shared)
    if not args.no_pdf and not with_pdf:
        print(f"note: PDFs left out: kamerparse cannot parse {PROBE_PDF} yet")
    files = build_corpus(args.shared, big_n, with_pdf, args.max_bytes)
    if len(files) < big_n:
        sys.exit(f"only {len(files)} inputs found under {args.shared}")
    work = args.workdir or Path(tempfile.mkdtemp(prefix="kamerparse-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        # the speed corpus is the first n of the same list: the biggest files and a shuffle
        corpora = {args.n: files[: args.n], small: files[:small], big_n: files}
        folders = {}
        for count, subset in corpora.items():
            folders[count] = work / f"in-{count}"
            shutil.rmtree(folders[count], ignore_errors=True)
            link_corpus(subset, folders[count])
        n_pdf = sum(p.suffix.lower() == ".pdf" for p in files[: args.n])
        size = warm_cache(files)
        print(
            f"corpus: {args.n} inputs for speed ({n_pdf} PDF), {small} and {big_n} for memory, "
            f"{size / 1e6:.0f} MB of distinct input, in {work}", flush=True,
        )  # fmt: skip
        startup = min(run_cli(["--version"], src=args.src).seconds for _ in range(3))

        def fresh(corpus: Path, jobs: int, tag: str) -> tuple[Run, Path, Path]:
            out, errors = work / f"out-{tag}", work / f"errors-{tag}.jsonl"
            shutil.rmtree(out, ignore_errors=True)
            wait_until_idle(args.idle_wait)
            return parse_run(corpus, out, jobs, errors, src=args.src), out, errors

        # rounds interleaved (1, 2, Dask; then Dask, 2, 1), each round one paired ratio
        ones, twos, dasks = [], [], []
        out_two = errors_two = None
        for r in range(args.rounds):
            order = ["1", "2", "dask"] if args.dask else ["1", "2"]
            for side in order if r % 2 == 0 else reversed(order):
                if side == "1":
                    ones.append(fresh(folders[args.n], 1, f"j1-{r}")[0])
                elif side == "2":
                    run, out_two, errors_two = fresh(folders[args.n], 2, f"j2-{r}")
                    twos.append(run)
                else:
                    wait_until_idle(args.idle_wait)
                    dasks.append(dask_run(folders[args.n], work / f"out-dask-{r}", args.src))
                print(f"  round {r + 1}: {side} done", flush=True)
        mem_small = fresh(folders[small], 2, "mem-small")[0]
        mem_large = fresh(folders[big_n], 2, "mem-large")[0] if big_n != args.n else twos[-1]
        wait_until_idle(args.idle_wait)
        assert out_two is not None and errors_two is not None
        resume = parse_run(folders[args.n], out_two, 2, work / "errors-resume.jsonl",
                           "--skip-existing", src=args.src)  # fmt: skip
        written = sum(1 for _ in out_two.rglob("*.json"))
        failed = len(errors_two.read_text().splitlines()) if errors_two.exists() else 0
        return Measured(args.n, small, ones, twos, dasks, mem_small, mem_large, big_n, resume,
                        startup, written, failed, n_pdf)  # fmt: skip
    finally:
        if args.workdir is None:
            shutil.rmtree(work, ignore_errors=True)


def paired(num: list[Run], den: list[Run]) -> list[float]:
    """Speed-ups of one round each: time of ``num``'s run / time of ``den``'s run."""
    return [a.seconds / max(b.seconds, 1e-9) for a, b in zip(num, den, strict=True)]


def report(m: Measured) -> None:
    print(f"outputs written: {m.written}, inputs failed: {m.failed}")
    print(f"start-up (python -m kamerparse --version): {m.startup:.2f} s")
    print()
    head = ("seconds", "docs/s", "CPU s", "peak RSS", "peak PSS", "other load")
    print(f"{'':40}" + "".join(f"{h:>11}" for h in head))
    rows = [(f"--jobs 1, {m.n} inputs, round {i + 1}", r, m.n) for i, r in enumerate(m.ones)]
    rows += [(f"--jobs 2, {m.n} inputs, round {i + 1}", r, m.n) for i, r in enumerate(m.twos)]
    rows += [(f"Dask 2 workers, {m.n}, round {i + 1}", r, m.n) for i, r in enumerate(m.dasks)]
    rows += [
        (f"--jobs 2, {m.small} inputs (memory)", m.mem_small, m.small),
        (f"--jobs 2, {m.mem_large_n} inputs (memory)", m.mem_large, m.mem_large_n),
        ("--jobs 2 --skip-existing (resume)", m.resume, None),
    ]
    for label, run, count in rows:
        rate = f"{count / run.seconds:.0f}" if count else ""
        load = "n/a" if run.other_load is None else f"{run.other_load:.2f} cores"
        cells = (f"{run.seconds:.2f}", rate, f"{run.cpu:.1f}", mb(run.peak_rss),
                 mb(run.peak_pss), load)  # fmt: skip
        print(f"{label:40}" + "".join(f"{c:>11}" for c in cells))
    print()
    two = paired(m.ones, m.twos)
    flat = m.mem_large.peak_rss / max(m.mem_small.peak_rss, 1)
    fraction = m.resume.seconds / statistics.median(r.seconds for r in m.twos)
    summary = [
        ("speed-up --jobs 2 / --jobs 1 (paired)", two, ">= 1.7"),
    ]
    if m.dasks:
        summary.append(("speed-up Dask 2 workers / --jobs 1 (paired)", paired(m.ones, m.dasks),
                        ">= 1.4"))  # fmt: skip
    for label, ratios, target in summary:
        value = statistics.median(ratios)
        ok = value >= float(target.split()[1])
        spread = f"min {min(ratios):.2f}, max {max(ratios):.2f}"
        print(f"{label:44}{value:>6.2f}   target {target:9} {'met' if ok else 'MISSED'}"
              f"  ({spread}, {len(ratios)} pairs)")  # fmt: skip
    for label, value, target, ok in [
        (f"peak RSS, {m.mem_large_n} / {m.small} inputs", f"{flat:.2f}", "~1 (flat)", flat < 1.2),
        ("resume / full run", f"{fraction:.1%}", "< 5%", fraction < 0.05),
    ]:
        print(f"{label:44}{value:>6}   target {target:9} {'met' if ok else 'MISSED'}")
    # not a measurement: what the run's own CPU time would allow on two idle cores
    pairs = zip(m.ones, m.twos, strict=True)
    ceiling = statistics.median(2 * a.cpu / max(b.cpu, 1e-9) for a, b in pairs)
    print(f"(ceiling on two idle cores from CPU time, 2 x CPU(--jobs 1) / CPU(--jobs 2): "
          f"{ceiling:.2f}; not a measured speed-up, no verdict)")  # fmt: skip
    loads = [r.other_load for r in [*m.ones, *m.twos, *m.dasks] if r.other_load is not None]
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    print(f"(cores available: {cpus}; Python {sys.version.split()[0]}; other load during the "
          f"speed runs: {min(loads, default=0):.2f} to {max(loads, default=0):.2f} cores: "
          "above ~0.1 cores a two-process run shares its cores)")  # fmt: skip


def rows(m: Measured, load: tuple[float, float]) -> list[Row]:
    """Table rows: each side's times against --jobs 1's of the same round (a time ratio: the
    speed-up is its inverse), and the peak memory of the larger run against the smaller."""
    section = f"batch: kamerparse parse, {m.n} inputs ({m.n_pdf} PDF)"
    ones = [r.seconds for r in m.ones]
    out = [Row(section, "--jobs 1", "", ones, ones, m.n, "document", load=load)]
    sides = [("--jobs 2", m.twos, 1.7)] + ([("Dask, 2 workers", m.dasks, 1.4)] if m.dasks else [])
    for name, runs, speed_up in sides:
        times = [r.seconds for r in runs]
        ups = paired(m.ones, runs)
        out.append(
            Row(section, name, "--jobs 1", times, ones, m.n, "document",
                target=f"<= {1 / speed_up:.3f}",
                note=f"speed-up {statistics.median(ups):.2f} (target >= {speed_up}), "
                f"pairs {', '.join(f'{u:.2f}' for u in ups)}", load=load)
        )  # fmt: skip
    memory = f"memory: peak RSS of --jobs 2, {m.mem_large_n} inputs against {m.small}"
    small, large = m.mem_small.peak_rss / 1e6, m.mem_large.peak_rss / 1e6
    out.append(Row(memory, f"{m.small} inputs", "", [small], [small], raw_unit="MB",
                   load=load))  # fmt: skip
    out.append(Row(memory, f"{m.mem_large_n} inputs", f"{m.small} inputs", [large], [small],
                   raw_unit="MB", target="<= 1.2", note="flat: about 1", load=load))  # fmt: skip
    return out


def parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=5_000, help="inputs of the speed runs")
    ap.add_argument("--small", type=int, default=1_000, help="inputs of the smaller memory run")
    ap.add_argument("--memory-n", type=int, default=10_000, help="inputs of the larger one")
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--rounds", type=int, default=3, help="paired rounds of the speed runs")
    ap.add_argument("--no-dask", dest="dask", action="store_false", help="no Dask runs")
    ap.add_argument("--max-bytes", type=int, default=200_000, help="skip bigger raw files")
    ap.add_argument("--no-pdf", action="store_true", help="text inputs only")
    ap.add_argument("--idle-wait", type=float, default=0, metavar="SECONDS",
                    help="wait up to this long for other load to stop before each run")  # fmt: skip
    ap.add_argument("--workdir", type=Path, help="keep the corpus and outputs here")
    ap.add_argument("--src", type=Path, metavar="DIR",
                    help="run the kamerparse package in DIR (to measure a patch)")  # fmt: skip
    return ap


def run(quick: bool) -> list[Row]:
    """For run_all: quick, 1,000 inputs, 2 rounds, memory 300 / 1,000; full, the defaults."""
    argv = ["--n", "1000", "--small", "300", "--memory-n", "1000", "--rounds", "2"] if quick else []
    args = parser().parse_args(argv)
    if args.dask and importlib.util.find_spec("distributed") is None:
        args.dask = False
    before = load_average()
    m = measure(args)
    report(m)
    return rows(m, (before, load_average()))


def main() -> int:
    args = parser().parse_args()
    if args.dask and importlib.util.find_spec("distributed") is None:
        print("note: no Dask runs: distributed is not installed (pip install 'kamerparse[dask]')")
        args.dask = False
    report(measure(args))
    return 0


if __name__ == "__main__":
    sys.exit(main())
