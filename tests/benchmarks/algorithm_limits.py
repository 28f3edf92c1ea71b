"""How large a folder each sumy algorithm handles: seconds and peak memory of its ranking step.

Folders of N articles are slices of the Multi-News validation sources (../shared/eval/multinews-val, as
in speed.py). Each (algorithm, N) runs in a fresh process: the folder is read and its features built
(not timed), then only the algorithm's ranking is timed; peak memory is the process's. A run that passes
``--timeout`` seconds is stopped and printed as such. The limits in ``citebrief.engine.names`` are the
largest sentence counts whose ranking stays within a few seconds and well under 1 GB here.

    python tests/benchmarks/algorithm_limits.py                       # every sumy algorithm
    python tests/benchmarks/algorithm_limits.py --algorithms lsa luhn --articles 50 100 200
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve()
sys.path.insert(0, str(HERE.parent))
from speed import DEFAULT_DATA, build_folder  # noqa: E402

_CHILD = """
import json, resource, sys, time
from citebrief.ingest import load_folder
from citebrief.engine.features import build_features
from citebrief.engine.sumy_adapter import rank_with_sumy
corpus = load_folder(sys.argv[1])
features = build_features(corpus, language="english")
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
start = time.perf_counter()
rank_with_sumy(features, sys.argv[2])
seconds = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"rows": len(features.rows), "seconds": seconds, "before": before, "peak": peak}))
"""


def run(folder: Path, algorithm: str, timeout: float) -> dict[str, float] | None:
    try:
        done = subprocess.run(
            [sys.executable, "-c", _CHILD, str(folder), algorithm],
            capture_output=True,
            text=True,
            timeout=timeout,
            check=True,
            env={**os.environ, "CITEBRIEF_CACHE_DIR": str(folder.parent / "cache")},
        )
    except subprocess.TimeoutExpired:
        return None
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    from citebrief.engine.names import SENTENCE_LIMITS

    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument(
        "--algorithms", nargs="*", default=["lsa", "luhn", "kl", "sumbasic", "reduction", "edmundson"]
    )
    parser.add_argument("--articles", nargs="*", type=int, default=[25, 50, 100, 200])
    parser.add_argument("--timeout", type=float, default=120.0)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="citebrief-limits-") as tmp:
        folders = {}
        for n in args.articles:
            folders[n] = Path(tmp) / f"n{n}" / "folder"
            build_folder(args.data, folders[n], limit=n)
        print(f"{'algorithm':10} {'articles':>8} {'sentences':>9} {'seconds':>8} {'peak MB':>8}  limit")
        for algorithm in args.algorithms:
            for n in args.articles:
                got = run(folders[n], algorithm, args.timeout)
                limit = SENTENCE_LIMITS.get(algorithm)
                if got is None:
                    print(
                        f"{algorithm:10} {n:8} {'?':>9} {'>' + str(int(args.timeout)):>8} {'?':>8}  {limit}"
                    )
                    break  # larger folders only take longer
                print(
                    f"{algorithm:10} {n:8} {int(got['rows']):9} {got['seconds']:8.2f} {got['peak']:8.0f}  {limit}",
                    flush=True,
                )


if __name__ == "__main__":
    main()
