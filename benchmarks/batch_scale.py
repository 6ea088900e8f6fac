"""How the batch command scales: throughput on one and two cores, memory, and resuming.

Builds a corpus of ``--n`` inputs (default 10,000) in a temporary folder, from ``shared/dev``
(pages/*.txt, pdftext/*.txt, pdf/*.pdf, the seed) and ``shared/corpus/raw`` (the 8,041
official motie XMLs, each rendered to the text of its web page as ``motie_xml_check.py`` does;
the Aanhangsel, motie and Handelingen PDFs; the Word files; the other small text files; HTML,
other XML and zip files are left out: the command line refuses them, they are no letters).
Every file is used once, the letters of ``shared/dev`` are repeated until there are ``--n``,
and the list is shuffled with a fixed seed. Files are symlinked; rendered moties are written.
PDFs are left out (with a note) while ``kamerparse`` cannot parse ``dev/pdf/kst-27925-963.pdf``.

Then it runs the command line as a subprocess,
``python -m kamerparse parse DIR -o OUT --jobs N -q``, and prints:

- documents/second with ``--jobs 1`` and ``--jobs 2`` on all ``--n`` inputs, and their ratio
  (target: at least 1.7 on two cores);
- the peak memory of the ``--jobs 2`` run (the sum of the RSS of the process and all its
  children, sampled every 20 ms) on the first ``--small`` (2,000) inputs and on all ``--n``
  (target: at most 300 MB, the same for both sizes); the PSS sum, which counts pages shared
  by the forked workers once, is printed beside it on Linux;
- the time of ``--skip-existing`` over the finished ``--jobs 2`` output, as a fraction of the
  full run (target: under 5%).

Also printed: the CPU seconds of each run's process tree, the speed-up those imply on two idle
cores (2 x CPU of --jobs 1 / CPU of --jobs 2: the parallel overhead alone), and the "other
load", the CPU that other processes used during the run (from /proc/stat). On a shared machine
another process on one of two cores halves a two-process run, so before each run the script
waits (``--idle-wait``, 60 s at most) for such load to stop, and says when it did not.

Usage: ``python benchmarks/batch_scale.py [--n 10000] [--small 2000] [--rounds 1] [--src DIR]``
(``--n 2000`` for a quick run; ``--src src-patched/`` runs another copy of the package, to
measure a change). Wall times include starting Python and importing kamerparse, as a user
sees them; the start-up time alone is printed too.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
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
    env = None
    if src is not None:
        env = {
            **os.environ,
            "PYTHONPATH": os.pathsep.join([str(src), os.environ.get("PYTHONPATH", "")]),
        }
    busy0, own0, start = machine_busy(), time.process_time(), time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "kamerparse", *args],
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


def mb(n: int | None) -> str:
    return "n/a" if n is None else f"{n / 1e6:.0f} MB"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=10_000, help="inputs in the corpus")
    parser.add_argument("--small", type=int, default=2_000, help="inputs of the smaller run")
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--rounds", type=int, default=1, help="timed runs each; best is kept")
    parser.add_argument("--max-bytes", type=int, default=200_000, help="skip bigger raw files")
    parser.add_argument("--no-pdf", action="store_true", help="text inputs only")
    parser.add_argument("--idle-wait", type=float, default=60, metavar="SECONDS",
                        help="wait up to this long for other load to stop")  # fmt: skip
    parser.add_argument("--workdir", type=Path, help="keep the corpus and outputs here")
    parser.add_argument("--src", type=Path, metavar="DIR",
                        help="run the kamerparse package in DIR (to measure a patch)")  # fmt: skip
    args = parser.parse_args()
    small = min(args.small, args.n)

    with_pdf = not args.no_pdf and pdfs_parse(args.shared)
    if not args.no_pdf and not with_pdf:
        print(f"note: PDFs left out: kamerparse cannot parse {PROBE_PDF} yet")
    files = build_corpus(args.shared, args.n, with_pdf, args.max_bytes)
    if len(files) < args.n:
        sys.exit(f"only {len(files)} inputs found under {args.shared}")

    work = args.workdir or Path(tempfile.mkdtemp(prefix="kamerparse-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        corpus_all, corpus_small = work / f"in-{args.n}", work / f"in-{small}"
        for folder, subset in [(corpus_all, files), (corpus_small, files[:small])]:
            shutil.rmtree(folder, ignore_errors=True)
            link_corpus(subset, folder)
        n_pdf = sum(p.suffix.lower() == ".pdf" for p in files)
        size = warm_cache(files)
        print(
            f"corpus: {len(files)} inputs ({len(set(files))} distinct files, {n_pdf} PDF), "
            f"{size / 1e6:.0f} MB of distinct input, in {work}"
        )
        startup = min(run_cli(["--version"], src=args.src).seconds for _ in range(3))
        print(f"start-up (python -m kamerparse --version): {startup:.2f} s")

        def fresh(corpus: Path, jobs: int, tag: str) -> tuple[Run, Path, Path]:
            out, errors = work / f"out-{tag}", work / f"errors-{tag}.jsonl"
            shutil.rmtree(out, ignore_errors=True)
            wait_until_idle(args.idle_wait)
            return parse_run(corpus, out, jobs, errors, src=args.src), out, errors

        # rounds interleaved, so a burst of load from elsewhere hits both settings alike
        ones, twos = [], []
        for r in range(args.rounds):
            ones.append(fresh(corpus_all, 1, f"j1-{r}"))
            twos.append(fresh(corpus_all, 2, f"j2-{r}"))
        one = min(ones, key=lambda x: x[0].seconds)[0]
        two, out_two, errors_two = min(twos, key=lambda x: x[0].seconds)
        two_small = fresh(corpus_small, 2, "j2-small")[0]
        wait_until_idle(args.idle_wait)
        resume = parse_run(
            corpus_all, out_two, 2, work / "errors-resume.jsonl", "--skip-existing", src=args.src
        )

        written = sum(1 for _ in out_two.iterdir())
        failed = len(errors_two.read_text().splitlines())
        ratio = one.seconds / two.seconds
        # what the speed-up would be on two idle cores: robust to load from elsewhere
        cpu_ratio = 2 * one.cpu / max(two.cpu, 1e-9)
        flat = two.peak_rss / max(two_small.peak_rss, 1)
        fraction = resume.seconds / two.seconds
        print(f"outputs written: {written}, inputs failed: {failed} (see {work}/errors-*.jsonl)")
        print()
        head = ("seconds", "docs/s", "CPU s", "peak RSS", "peak PSS", "other load")
        print(f"{'':34}" + "".join(f"{h:>11}" for h in head))
        rows = [
            (f"--jobs 1, {args.n} inputs", one, args.n),
            (f"--jobs 2, {args.n} inputs", two, args.n),
            (f"--jobs 2, {small} inputs", two_small, small),
            ("--jobs 2 --skip-existing (resume)", resume, None),
        ]
        for label, run, count in rows:
            rate = f"{count / run.seconds:.0f}" if count else ""
            load = "n/a" if run.other_load is None else f"{run.other_load:.2f} cores"
            cells = (f"{run.seconds:.2f}", rate, f"{run.cpu:.1f}", mb(run.peak_rss),
                     mb(run.peak_pss), load)  # fmt: skip
            print(f"{label:34}" + "".join(f"{c:>11}" for c in cells))
        print()
        summary = [
            ("speed-up --jobs 2 / --jobs 1", f"{ratio:.2f}", ">= 1.7", ratio >= 1.7),
            ("  the same from CPU time alone", f"{cpu_ratio:.2f}", ">= 1.7", cpu_ratio >= 1.7),
            (f"peak RSS, {small} inputs", mb(two_small.peak_rss), "<= 300 MB",
             two_small.peak_rss <= 300e6),
            (f"peak RSS, {args.n} inputs", mb(two.peak_rss), "<= 300 MB", two.peak_rss <= 300e6),
            (f"peak RSS, {args.n} / {small} inputs", f"{flat:.2f}", "~1 (flat)", flat < 1.2),
            ("resume / full run", f"{fraction:.1%}", "< 5%", fraction < 0.05),
        ]  # fmt: skip
        for label, value, target, ok in summary:
            print(f"{label:34}{value:>10}   target {target:10} {'ok' if ok else 'MISSED'}")
        cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
        print(f"(cores available: {cpus}; Python {sys.version.split()[0]}; 'other load' is the")
        print(" CPU other processes used during a run: above ~0.1 cores the timings are not clean)")
    finally:
        if args.workdir is None:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
