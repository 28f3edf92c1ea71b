"""Speed and memory of the default summariser at scale, each figure beside its target and baseline.

Folders are built from the Multi-News validation sources (../shared/eval/multinews-val): every source
of the 250 clusters in one folder (about 690 articles), slices of it, and ten copies of it. Each
measurement runs in a fresh process; wall time includes start-up, as a user would see it.

The floor is the fastest read-and-split the installed packages give: a fresh process that reads every
file and runs the ``punkt`` package's own English ``PunktSentenceTokenizer.span_tokenize`` over it (no
non-breaking prefixes, no line rules). nltk's Punkt class doing the same is printed beside it.

    python tests/benchmarks/speed.py            # everything
    python tests/benchmarks/speed.py --quick    # skip the ten-copies folder
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import NamedTuple

HERE = Path(__file__).resolve()
DEFAULT_DATA = HERE.parents[3] / "shared" / "eval" / "multinews-val"
DEFAULT_SEEDS = HERE.parents[3] / "shared" / "seeds"


def build_folder(data: Path, target: Path, *, limit: int | None = None, copies: int = 1) -> int:
    sources = sorted(data.glob("*/sources/*.txt"))
    if limit is not None:
        sources = (sources * (limit // max(1, len(sources)) + 1))[:limit]
    target.mkdir(parents=True, exist_ok=True)
    count = 0
    for copy in range(copies):
        folder = target / f"copy{copy:02d}" if copies > 1 else target
        folder.mkdir(exist_ok=True)
        for number, src in enumerate(sources):
            shutil.copyfile(src, folder / f"{number:05d}-{src.parent.parent.name}-{src.name}")
            count += 1
    return count


class Run(NamedTuple):
    wall: float  # seconds
    mem: float  # peak resident MB
    out: str
    cpu: float  # user + system seconds: on a shared machine, what the process itself cost

    def __str__(self) -> str:
        return f"{self.wall:.2f} s (CPU {self.cpu:.2f} s)"


def measure(argv: list[str], cache: Path | None = None) -> Run:
    """Wall seconds, peak resident memory (MB) and CPU seconds of one child process.

    Each run gets an empty parse cache unless ``cache`` names one to reuse.
    """
    folder = cache or Path(tempfile.mkdtemp(prefix="citebrief-speed-cache-"))
    env = {**os.environ, "CITEBRIEF_CACHE_DIR": str(folder)}
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    _pid, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    out = proc.stdout.read() if proc.stdout else ""
    err = proc.stderr.read() if proc.stderr else ""
    if cache is None:
        shutil.rmtree(folder, ignore_errors=True)
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"{argv} failed: {err.strip()[-500:]}")
    return Run(wall, usage.ru_maxrss / 1024, out, usage.ru_utime + usage.ru_stime)


def python(code: str) -> list[str]:
    return [sys.executable, "-c", code]


FLOOR = """
import sys
from pathlib import Path
{load}
count = 0
for path in sorted(Path({folder!r}).iterdir()):
    count += sum(1 for _ in tokenizer.span_tokenize(path.read_text(encoding="utf-8", errors="replace")))
print(count)
"""
FAST_PUNKT = "import punkt\ntokenizer = punkt.PunktSentenceTokenizer(punkt.load_model('english'))"
NLTK_PUNKT = (
    f"sys.path.insert(0, {str(HERE.parent)!r})\nfrom nltk_punkt import nltk_punkt\ntokenizer = nltk_punkt()"
)


def floor_cmd(folder: Path, load: str = FAST_PUNKT) -> list[str]:
    """Read every file and split it with Punkt, nothing else."""
    return python(FLOOR.format(load=load, folder=str(folder)))


def read_and_split_cmd(folder: Path) -> list[str]:
    code = "import os; from citebrief.ingest import load_folder; "
    return python(code + f"load_folder({str(folder)!r}, workers=os.cpu_count() or 1)")


def sumy_cmd(folder: Path) -> list[str]:
    """sumy's LexRank on the folder as the evaluation protocol runs it, in a process of its own."""
    code = f"import sys; sys.path.insert(0, {str(HERE.parent)!r}); from sumy_protocol import sumy_on_folder; "
    return python(code + f"from pathlib import Path; sumy_on_folder(Path({str(folder)!r}), 'lexrank', 250)")


def best_of(runs: int, argv: list[str]) -> Run:
    """The fastest of a few runs (the machine is shared: the fastest is the least disturbed)."""
    return min((measure(argv) for _ in range(runs)), key=lambda run: run.wall)


def brief_cmd(folder: Path, out: Path, algorithm: str = "citebrief") -> list[str]:
    return [
        sys.executable,
        "-m",
        "citebrief",
        "brief",
        str(folder),
        "--words",
        "250",
        "-q",
        "--algorithm",
        algorithm,
        "-o",
        str(out),
    ]


INTERACTIVE = """
import json, time, os
from citebrief.ingest import load_folder
from citebrief.engine.session import BriefSession
from citebrief.core import BriefOptions
corpus = load_folder({folder!r})
session = BriefSession(corpus)
session.summarise(BriefOptions(length=250))
t = time.perf_counter(); session.summarise(BriefOptions(length=120)); length = time.perf_counter() - t
t = time.perf_counter(); session.summarise(BriefOptions(length=250), excluded={{corpus.sources[0].id}})
exclude = time.perf_counter() - t
print(json.dumps({{"length": length, "exclude": exclude}}))
"""


def startup_seconds(work: Path) -> float:
    """From launching the window on the sample articles to the window being shown (best of three)."""
    from citebrief.resources_path import samples_dir

    env = {
        **os.environ,
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        "CITEBRIEF_DATA_DIR": str(work / "gui-data"),
        "CITEBRIEF_SETTINGS": str(work / "gui-settings.ini"),
        "CITEBRIEF_CACHE_DIR": str(work / "gui-cache"),
        "CITEBRIEF_SMOKE_QUIT_AFTER_MS": "30000",
    }
    best = float("inf")
    for _ in range(3):
        launched = time.time()
        result = subprocess.run(
            [sys.executable, "-m", "citebrief", str(samples_dir())], env=env, capture_output=True, text=True
        )
        for line in result.stdout.splitlines():
            if line.startswith("citebrief-smoke: shown "):
                best = min(best, float(line.split()[2]) - launched)
    return best


def row(label: str, value: str, target: str, ok: bool | None) -> None:
    mark = "" if ok is None else ("met" if ok else "NOT MET")
    print(f"| {label} | {value} | {target} | {mark} |")


def ratio_row(label: str, run: Run, base: Run, limit: float) -> None:
    """One run against another, wall against wall (the target) and CPU against CPU (beside it)."""
    ratio = run.wall / base.wall
    row(f"{label} (CPU / CPU)", f"{ratio:.2f} ({run.cpu / base.cpu:.2f})", f"<= {limit:g}", ratio <= limit)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--seeds", type=Path, default=DEFAULT_SEEDS)
    parser.add_argument("--quick", action="store_true", help="skip the ten-copies folder")
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="citebrief-speed-"))
    try:
        return _run(args, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _run(args: argparse.Namespace, work: Path) -> int:
    out = work / "out.json"
    folders = {}
    for size in (10, 100, 1000):
        folders[size] = work / f"n{size}"
        build_folder(args.data, folders[size], limit=size)
    full = work / "all"
    n_full = build_folder(args.data, full)
    words = sum(len(p.read_text(encoding="utf-8", errors="replace").split()) for p in full.iterdir())

    print(f"Machine: {os.cpu_count()} cores; Python {sys.version.split()[0]}\n")
    print("| measure | value | target or baseline | |")
    print("|---|---|---|---|")
    _size_rows(args.seeds, folders, out)
    _sumy_rows(folders[100], out)
    cold = _full_folder_rows(full, n_full, words, work, out)
    _interactive_rows(full)
    startup = startup_seconds(work)
    row("window start-up: launch to shown", f"{startup:.2f} s", "< 1.5 s", startup < 1.5)

    if not args.quick:
        _tenfold_rows(args.data, work, out, cold)
    return 0


def _size_rows(seeds_folder: Path, folders: dict[int, Path], out: Path) -> None:
    """The default method on the seeds and on 10, 100 and 1,000 articles."""
    seeds = best_of(3, brief_cmd(seeds_folder, out))
    row(
        "default, the five seed articles (best of 3)",
        f"{seeds}, {seeds.mem:.0f} MB",
        "<= 0.6 s",
        seeds.wall <= 0.6,
    )
    for size in (10, 100, 1000):
        run = measure(brief_cmd(folders[size], out))
        row(f"default, {size} articles", f"{run}, {run.mem:.0f} MB", "", None)


def _sumy_rows(folder: Path, out: Path) -> None:
    """Whole process against whole process on 100 articles: sumy's LexRank as the protocol runs it,
    and the default."""
    theirs = measure(sumy_cmd(folder))
    own = measure(brief_cmd(folder, out))
    row("sumy lexrank, 100 articles (its own process)", str(theirs), "baseline", None)
    row("default, 100 articles (its own process)", str(own), "", None)
    speedup = theirs.wall / own.wall
    row(
        "default vs sumy lexrank, 100 articles, whole processes",
        f"{speedup:.0f}x faster (CPU: {theirs.cpu / own.cpu:.0f}x)",
        ">= 50x",
        speedup >= 50,
    )
    row(
        "Citebrief's sparse lexrank, 100 articles (command line)",
        str(measure(brief_cmd(folder, out, "lexrank"))),
        "",
        None,
    )


def _full_folder_rows(full: Path, n_full: int, words: int, work: Path, out: Path) -> Run:
    """The whole folder against the floor of reading and splitting it, cold and warm; the cold run."""
    floor = best_of(2, floor_cmd(full))
    nltk_floor = best_of(2, floor_cmd(full, NLTK_PUNKT))
    split = measure(read_and_split_cmd(full))
    cold = best_of(2, brief_cmd(full, out))  # each run with an empty cache of its own
    warm_cache = work / "warm-cache"
    measure(brief_cmd(full, out), cache=warm_cache)
    warm = min((measure(brief_cmd(full, out), cache=warm_cache) for _ in range(3)), key=lambda r: r.wall)
    row(
        f"floor: read and split with the punkt package, {n_full} articles, {words:,} words",
        str(floor),
        "floor",
        None,
    )
    row(
        "the same with nltk's Punkt class",
        f"{nltk_floor} = {nltk_floor.wall / floor.wall:.1f}x floor",
        "",
        None,
    )
    row(
        "Citebrief's read and split only (load_folder)",
        f"{split} = {split.wall / floor.wall:.1f}x floor",
        "",
        None,
    )
    row(f"default, {n_full} articles, cold cache (best of 2)", str(cold), "", None)
    ratio_row("default / floor, cold cache", cold, floor, 3)
    row(f"peak memory, {n_full} articles", f"{cold.mem:.0f} MB", "<= 300 MB", cold.mem <= 300)
    row(f"default, {n_full} articles, re-opened (caches warm, best of 3)", str(warm), "", None)
    ratio_row("default / floor, caches warm", warm, floor, 1.5)
    brief = json.loads(out.read_text(encoding="utf-8"))
    row(
        "brief sentences / words",
        f"{len(brief['items'])} / {sum(len(i['text'].split()) for i in brief['items'])}",
        "",
        None,
    )
    return cold


def _interactive_rows(full: Path) -> None:
    """Re-selecting in an open window, after a length change and after excluding a source."""
    try:
        times = json.loads(measure(python(INTERACTIVE.format(folder=str(full)))).out)
        row(
            "re-select after a length change",
            f"{times['length'] * 1000:.0f} ms",
            "< 100 ms",
            times["length"] < 0.1,
        )
        row(
            "re-select after excluding a source",
            f"{times['exclude'] * 1000:.0f} ms",
            "< 100 ms",
            times["exclude"] < 0.1,
        )
    except RuntimeError as exc:
        row("re-select", "not available", "< 100 ms", False)
        print(f"  ({str(exc).splitlines()[-1][:200]})")


def _tenfold_rows(data: Path, work: Path, out: Path, cold: Run) -> None:
    """Ten copies of the folder: memory, time against one copy, and no sentence twice."""
    tenfold = work / "ten"
    n_ten = build_folder(data, tenfold, copies=10)
    ten = measure(brief_cmd(tenfold, out))
    row(
        f"default, ten copies ({n_ten} articles), cold cache",
        f"{ten}, {ten.mem:.0f} MB",
        "<= 1 GB",
        ten.mem <= 1024,
    )
    ratio_row("ten copies / one", ten, cold, 10)
    brief = json.loads(out.read_text(encoding="utf-8"))
    texts = [" ".join(i["text"].split()) for i in brief["items"]]
    row(
        "repeated sentences in the ten-copies brief",
        str(len(texts) - len(set(texts))),
        "0",
        len(texts) == len(set(texts)),
    )


if __name__ == "__main__":
    sys.exit(main())
