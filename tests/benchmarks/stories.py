"""Stories of a folder of many: grouping, per-story briefs, time and memory, beside baselines, in one run.

Folders are built in a temporary directory by merging Multi-News validation clusters (each cluster is
one story) under neutral file names in a seeded shuffled order. Half of the clusters, drawn with a fixed
seed (and holding every cluster `holdout.held_out_clusters` keeps back), are held out of all tuning;
figures are reported on that half unless ``--tuning`` is given.

- Grouping: adjusted Rand index and purity against the true clusters, for folders of 10, 50 and 125
  clusters, beside k-means on TF-IDF told the true number of stories (which a user cannot know).
  Files byte-identical across clusters or under 60 words are pages of no story and left out of the
  score (the brief lists them under "Not grouped").
- Sections: each shown story's section against its cluster's reference (ROUGE-1/2, the val README's
  protocol), beside briefing that cluster's folder alone with the same number of words.
- Time: the 690 val articles grouped and briefed, beside today's one brief of the same folder.
- Scale: 6,900 articles (ten copies of the val articles under new names): time and peak memory.

    python tests/benchmarks/stories.py                 # everything, on the held-out half
    python tests/benchmarks/stories.py --only grouping --tuning
"""

from __future__ import annotations

import argparse
import hashlib
import random
import resource
import shutil
import statistics
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Sequence
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from holdout import DEFAULT_DATA, SEED, all_clusters, held_out_clusters  # noqa: E402

SIZES = (10, 50, 125)
STORY_WORDS = 250  # the val README's budget, per story
MIN_WORDS = 60


def split_halves(data: Path = DEFAULT_DATA) -> tuple[list[Path], list[Path]]:
    """(held out, tuning): half of the clusters each; every cluster held out elsewhere is held out here."""
    clusters = all_clusters(data)
    held = set(held_out_clusters(data))
    rest = [c for c in clusters if c not in held]
    extra = random.Random(SEED + 16).sample(rest, len(clusters) // 2 - len(held))
    held_out = sorted(held | set(extra))
    return held_out, [c for c in clusters if c not in set(held_out)]


def build_folder(clusters: Sequence[Path], dest: Path, *, copies: int = 1, seed: int = SEED) -> dict[str, str]:
    """Write the clusters' sources into ``dest`` under neutral names; returns file name -> cluster."""
    files = [(c.name, f) for c in clusters for f in sorted((c / "sources").glob("*.txt"))]
    rng = random.Random(seed)
    names = [(copy, cluster, f) for copy in range(copies) for cluster, f in files]
    rng.shuffle(names)
    truth = {}
    for k, (_copy, cluster, f) in enumerate(names):
        name = f"{k:05d}.txt"
        shutil.copyfile(f, dest / name)
        truth[name] = cluster
    return truth


def scored(dest: Path, truth: dict[str, str]) -> set[str]:
    """Files the score counts: not byte-identical to a file of another cluster, at least 60 words."""
    clusters_of: dict[str, set[str]] = defaultdict(set)
    digest = {}
    for name, cluster in truth.items():
        data = (dest / name).read_bytes()
        digest[name] = hashlib.sha256(data).hexdigest()
        clusters_of[digest[name]].add(cluster)
    return {
        name
        for name in truth
        if len(clusters_of[digest[name]]) == 1
        and len((dest / name).read_text(encoding="utf-8", errors="replace").split()) >= MIN_WORDS
    }


def adjusted_rand(truth: Sequence[str], found: Sequence[str]) -> float:
    """Hubert and Arabie's adjusted Rand index, from the contingency table."""

    def pairs(n: int) -> float:
        return n * (n - 1) / 2

    table = Counter(zip(truth, found, strict=True))
    index = sum(pairs(n) for n in table.values())
    rows = sum(pairs(n) for n in Counter(truth).values())
    cols = sum(pairs(n) for n in Counter(found).values())
    expected = rows * cols / pairs(len(truth)) if len(truth) > 1 else 0.0
    top = (rows + cols) / 2
    return 1.0 if top == expected else (index - expected) / (top - expected)


def purity(truth: Sequence[str], found: Sequence[str]) -> float:
    by_found: dict[str, Counter[str]] = defaultdict(Counter)
    for t, f in zip(truth, found, strict=True):
        by_found[f][t] += 1
    return sum(c.most_common(1)[0][1] for c in by_found.values()) / len(truth)


def kmeans_labels(texts: Sequence[str], k: int, seed: int = SEED) -> list[str]:
    """The plain baseline: k-means (k-means++ start) on L2-normalised TF-IDF of words, told the true k."""
    from scipy.cluster.vq import kmeans2

    from citebrief.engine.language import tokenize, word_tools

    stops = word_tools("english").stop_words
    docs = [Counter(w for w in tokenize(t) if w not in stops and len(w) > 2) for t in texts]
    df = Counter(w for d in docs for w in d)
    vocab = {w: i for i, w in enumerate(sorted(w for w, n in df.items() if n >= 2))}
    matrix = np.zeros((len(docs), max(1, len(vocab))))
    for row, doc in enumerate(docs):
        for w, n in doc.items():
            if w in vocab:
                matrix[row, vocab[w]] = (1 + np.log(n)) * np.log(len(docs) / df[w])
    matrix /= np.maximum(np.linalg.norm(matrix, axis=1, keepdims=True), 1e-12)
    _centroids, labels = kmeans2(matrix, k, minit="++", seed=seed)
    return [str(x) for x in labels]


def _grouping(clusters: Sequence[Path], label: str) -> None:
    from citebrief.engine.stories import group_stories
    from citebrief.ingest import load_folder

    with tempfile.TemporaryDirectory() as tmp:
        dest = Path(tmp)
        truth = build_folder(clusters, dest)
        counted = scored(dest, truth)
        corpus = load_folder(dest, cache=None)
        start = time.perf_counter()
        grouping = group_stories(corpus)
        seconds = time.perf_counter() - start
        story_of = grouping.story_of()
        names = sorted(n for n in counted if n in story_of)
        true = [truth[n] for n in names]
        # a scored document left ungrouped is a story of its own
        found = [story_of[n] or f"alone:{n}" for n in names]
        texts = [(dest / n).read_text(encoding="utf-8", errors="replace") for n in names]
        base = kmeans_labels(texts, len(set(true)))
        print(
            f"{label:>4} clusters, {len(names):>3} scored files: "
            f"stories ARI {adjusted_rand(true, found):.3f} purity {purity(true, found):.3f} "
            f"({len(grouping.stories)} stories, {len(grouping.ungrouped)} not grouped, {seconds:.2f} s) | "
            f"k-means true k ARI {adjusted_rand(true, base):.3f} purity {purity(true, base):.3f}"
        )


def grouping_figures(clusters: Sequence[Path]) -> None:
    print("Grouping (targets: ARI >= 0.90, purity >= 0.95)")
    rng = random.Random(SEED + 10)
    for size in SIZES:
        chosen = sorted(rng.sample(list(clusters), min(size, len(clusters))))
        _grouping(chosen, str(size))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--tuning", action="store_true", help="report on the tuning half instead")
    parser.add_argument("--only", choices=("grouping", "sections", "time", "scale"), action="append")
    args = parser.parse_args(argv)
    held_out, tuning = split_halves()
    clusters = tuning if args.tuning else held_out
    print(f"{'tuning' if args.tuning else 'held-out'} half: {len(clusters)} clusters")
    parts = args.only or ["grouping", "sections", "time", "scale"]
    if "grouping" in parts:
        grouping_figures(clusters)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
