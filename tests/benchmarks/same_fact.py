"""Same-fact detection on the project's labelled sentence pairs (tests/engine/fact_pairs.py), beside
Citebrief 0.1.0's, in one run.

    python tests/benchmarks/same_fact.py
    python tests/benchmarks/same_fact.py --against main     # also any other commit, on the same pairs

Prints precision and recall of "these two sentences state the same fact" (the brief says it once) and
of "the first would cite the second" (a citation must state the fact, so the same event with other
values is not cited), for this checkout and for the ``v0.1.0`` tag (and each ``--against`` commit) run
from ``git archive``, all on this checkout's labelled pairs.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys

from release import PREVIOUS, REPO, release_desktop

ENGINE_TESTS = REPO / "tests" / "engine"
_CHILD = """
import json, sys, tempfile, pathlib
sys.path.insert(0, sys.argv[1])
from fact_pairs import predict, precision_recall
out = {}
for citing in (False, True):
    out[str(citing)] = precision_recall(predict(pathlib.Path(tempfile.mkdtemp()), citing=citing))
print(json.dumps(out))
"""


def _run(pythonpath: str | None) -> dict[str, list[float]]:
    env = dict(os.environ, CITEBRIEF_CACHE_DIR="off")
    if pythonpath:
        env["PYTHONPATH"] = os.pathsep.join([pythonpath, env.get("PYTHONPATH", "")])
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, str(ENGINE_TESTS)], capture_output=True, text=True, env=env, check=True
    )
    result: dict[str, list[float]] = json.loads(done.stdout)
    return result


def main(argv: list[str] | None = None) -> int:
    from fact_pairs import labelled_pairs

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--against", nargs="*", default=[], help="other commits to score on the same pairs")
    args = parser.parse_args(argv)
    pairs = labelled_pairs()
    same = sum(1 for *_x, s in pairs if s)
    print(f"{len(pairs)} labelled pairs ({same} same fact, {len(pairs) - same} different)\n")
    results = []
    for rev in [PREVIOUS, *args.against]:
        with release_desktop(rev) as desktop:
            results.append((f"Citebrief {rev}", _run(str(desktop))))
    results.append(("Citebrief (this checkout)", _run(None)))
    print("| system | decision | precision | recall | false same | missed same |")
    print("|---|---|---|---|---|---|")
    for name, result in results:
        for key, label in (("False", "say it once"), ("True", "cite it")):
            p, r, fp, fn = result[key]
            print(f"| {name} | {label} | {p:.2f} | {r:.2f} | {fp} | {fn} |")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ENGINE_TESTS))
    sys.exit(main())
