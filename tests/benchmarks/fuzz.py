"""The readers' fuzz test at length: many damaged copies of a valid file per format, for minutes.

The suite runs the same check (tests/ingest/test_ingest_fuzz.py) with 60 examples per reader; this
runs as many as asked. Every damaged file must give text with exact offsets or a notice, never an
exception, a hang or a crash. Prints per reader the examples run, how many still gave text, and the
slowest single file.

    python tests/benchmarks/fuzz.py                 # 2,000 examples per reader
    python tests/benchmarks/fuzz.py --examples 500 .pdf .docx
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

HERE = Path(__file__).resolve()
sys.path.insert(0, str(HERE.parents[1] / "ingest"))

from test_ingest_fuzz import check_reader, mutate, mutate_inside, valid_samples  # noqa: E402

# "+xml": the zip kept intact and its main XML part damaged, so the damage reaches the reader.
READERS = [".txt", ".md", ".html", ".pdf", ".docx", ".docx+xml", ".odt", ".odt+xml", ".rtf"]


def _damaged(reader: str, seed: int, flips: int, cut: float) -> bytes:
    if reader.endswith("+xml"):
        return mutate_inside(reader.removesuffix("+xml"), seed, flips // 3, 0.5 + cut / 2)
    return mutate(valid_samples()[reader], seed, flips, cut)


def fuzz(suffix: str, examples: int) -> tuple[int, int, float]:
    """(examples run, how many gave text, slowest file in seconds) for one reader."""
    counts = {"run": 0, "text": 0}
    slowest = 0.0

    @settings(max_examples=examples, deadline=None, suppress_health_check=list(HealthCheck), database=None)
    @given(seed=st.integers(0, 2**32 - 1), flips=st.integers(0, 60), cut=st.floats(0.02, 1.0))
    def one(seed: int, flips: int, cut: float) -> None:
        nonlocal slowest
        start = time.perf_counter()
        counts["text"] += check_reader(suffix.removesuffix("+xml"), _damaged(suffix, seed, flips, cut))
        counts["run"] += 1
        slowest = max(slowest, time.perf_counter() - start)

    one()
    return counts["run"], counts["text"], slowest


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--examples", type=int, default=2000)
    parser.add_argument("readers", nargs="*", default=READERS)
    args = parser.parse_args()
    print(f"{'reader':8} {'examples':>8} {'gave text':>9} {'slowest file':>12} {'seconds':>8}")
    began = time.perf_counter()
    for suffix in args.readers:
        start = time.perf_counter()
        run, text, slowest = fuzz(suffix, args.examples)
        print(f"{suffix:8} {run:>8} {text:>9} {slowest:>11.2f}s {time.perf_counter() - start:>8.1f}", flush=True)
    print(f"all readers: {time.perf_counter() - began:.0f} s, no exception escaped a reader")
    return 0


if __name__ == "__main__":
    sys.exit(main())
