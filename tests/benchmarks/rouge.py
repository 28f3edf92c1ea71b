"""Summary quality on the Multi-News validation clusters, every algorithm side by side in one run.

Protocol (../shared/eval/README.md): each cluster's sources/ is opened as a folder and summarised with a
250-word budget; the brief is cut to 250 words, split one sentence a line, and scored against the human
reference with rouge-score (ROUGE-1, ROUGE-2, ROUGE-Lsum F1, Porter stemming), averaged over clusters.
sumy's summarisers run twice in the same run: "on the folder" exactly as the protocol runs them (the
files joined, parsed and split by sumy itself: see sumy_protocol.py), and "on Citebrief's sentences"
through Citebrief's adapter, on the same cleaned sentences the default picks from.

    python tests/benchmarks/rouge.py                       # default and every sumy summariser
    python tests/benchmarks/rouge.py -a citebrief lexrank  # a subset
    python tests/benchmarks/rouge.py --words 100 --limit 50
    python tests/benchmarks/rouge.py --sources 2 10       # clusters of 2 to 10 articles
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve()
DEFAULT_DATA = HERE.parents[3] / "shared" / "eval" / "multinews-val"


PLAIN = "plain-"


def _score_cluster(job: tuple[str, list[str], int]) -> dict[str, tuple[float, float, float, float]]:
    from nltk_punkt import nltk_punkt
    from rouge_score import rouge_scorer
    from sumy_protocol import sumy_on_folder

    from citebrief.core.model import BriefOptions, SentenceRole
    from citebrief.engine import summarise
    from citebrief.engine.features import build_features
    from citebrief.ingest import load_folder

    folder, algorithms, words = job
    cluster = Path(folder)
    reference = (cluster / "reference.txt").read_text(encoding="utf-8")
    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeLsum"], use_stemmer=True)
    splitter = nltk_punkt("english")  # the protocol's splitter for ROUGE-Lsum, whatever Citebrief uses
    start = time.perf_counter()
    corpus = load_folder(cluster / "sources")
    features = build_features(corpus)
    load_seconds = time.perf_counter() - start
    results: dict[str, tuple[float, float, float, float]] = {}
    for name in algorithms:
        start = time.perf_counter()
        if name.startswith(PLAIN):
            texts = sumy_on_folder(cluster / "sources", name[len(PLAIN) :], words)
        elif name == "first-3":
            texts = []
            for src in corpus.sources:
                body = [s.text for s in src.sentences if s.role is SentenceRole.BODY]
                texts.extend(body[:3])
        else:
            brief = summarise(corpus, BriefOptions(algorithm=name, length=words), features=features)
            texts = [item.text for item in brief.items]
        seconds = time.perf_counter() - start + load_seconds
        system = " ".join(" ".join(texts).split()[:words])
        system = "\n".join(splitter.tokenize(system))
        score = scorer.score(reference, system)
        results[name] = (
            score["rouge1"].fmeasure * 100,
            score["rouge2"].fmeasure * 100,
            score["rougeLsum"].fmeasure * 100,
            seconds,
        )
    return results


def _label(name: str) -> str:
    if name in ("citebrief", "first-3"):
        return name
    if name.startswith(PLAIN):
        return f"sumy {name[len(PLAIN) :]}, on the folder"
    return f"sumy {name}, on Citebrief's sentences"


def _clusters(args: argparse.Namespace) -> list[Path]:
    """The clusters the options ask for: by size, only those open to tuning, the first N."""
    clusters = sorted(p for p in args.data.iterdir() if (p / "reference.txt").is_file())
    if args.sources:
        low, high = args.sources
        clusters = [c for c in clusters if low <= len(list((c / "sources").glob("*.txt"))) <= high]
    if args.tuning:
        from holdout import tuning_clusters

        allowed = {c.name for c in tuning_clusters(args.data)}
        clusters = [c for c in clusters if c.name in allowed]
    return clusters[: args.limit] if args.limit else clusters


def main(argv: list[str] | None = None) -> int:
    from sumy_protocol import PROTOCOL_SUMMARISERS

    from citebrief.engine import ALGORITHMS

    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    default = ["citebrief", "first-3", *(PLAIN + n for n in PROTOCOL_SUMMARISERS), *ALGORITHMS[1:]]
    parser.add_argument("-a", "--algorithms", nargs="+", default=default)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--words", type=int, default=250)
    parser.add_argument("--limit", type=int, default=0, help="only the first N clusters")
    parser.add_argument(
        "--sources", nargs=2, type=int, metavar=("MIN", "MAX"), help="only clusters of MIN to MAX articles"
    )
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument(
        "--tuning", action="store_true", help="only the clusters not held out (holdout.py): for tuning"
    )
    args = parser.parse_args(argv)

    clusters = _clusters(args)
    if not clusters:
        print(f"no clusters under {args.data}", file=sys.stderr)
        return 2
    jobs = [(str(c), list(args.algorithms), args.words) for c in clusters]
    started = time.perf_counter()
    with ProcessPoolExecutor(max_workers=args.jobs) as pool:
        rows = list(pool.map(_score_cluster, jobs, chunksize=4))
    wall = time.perf_counter() - started

    print(f"ROUGE F1 x100 on {len(clusters)} clusters, {args.words}-word briefs ({wall:.0f} s wall)\n")
    print("| system | ROUGE-1 | ROUGE-2 | ROUGE-Lsum | seconds per cluster |")
    print("|---|---|---|---|---|")
    table: dict[str, list[float]] = {}
    for name in args.algorithms:
        values = [r[name] for r in rows]
        table[name] = [statistics.fmean(v[i] for v in values) for i in range(4)]
        m = table[name]
        print(f"| {_label(name)} | {m[0]:.2f} | {m[1]:.2f} | {m[2]:.2f} | {m[3]:.3f} |")
    own = table.get("citebrief")
    groups = {
        "sumy on the folder (protocol)": [n for n in table if n.startswith(PLAIN)],
        "sumy on Citebrief's sentences": [
            n for n in table if n not in ("citebrief", "first-3") and not n.startswith(PLAIN)
        ],
    }
    if own:
        print()
        for title, names in groups.items():
            if not names:
                continue
            best1 = max(names, key=lambda n: table[n][0])
            best2 = max(names, key=lambda n: table[n][1])
            print(
                f"citebrief vs best {title}: ROUGE-1 {own[0] - table[best1][0]:+.2f} ({_label(best1)}), "
                f"ROUGE-2 {own[1] - table[best2][1]:+.2f} ({_label(best2)})"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
