"""Stories of a folder of many: grouping, per-story briefs, time and memory, beside baselines, in one run.

Folders are built in a temporary directory by merging Multi-News validation clusters (each cluster is
one story) under neutral file names in a seeded shuffled order. Half of the clusters, drawn with a fixed
seed (and holding every cluster `holdout.held_out_clusters` keeps back), are held out of all tuning;
figures are reported on that half unless ``--tuning`` is given.

- Grouping: adjusted Rand index and purity against the true clusters, for folders of 10, 50 and 125
  clusters, beside k-means on TF-IDF told the true number of stories (which a user cannot know).
  Files byte-identical across clusters or under 60 words are pages of no story and left out of the
  score (the brief lists them under "Not grouped"). Scored files the grouping leaves under "Not
  grouped" count as stories of one; each is printed with how it begins, beside the ARI of the others.
- Sections: each shown story's section against its cluster's reference (ROUGE-1/2, the val README's
  protocol), beside briefing that cluster's folder alone with the same number of words.
- Time: the 690 val articles grouped and briefed, beside today's one brief of the same folder.
- Scale: 6,900 articles (ten copies of the val articles under new names): time and peak memory.

    python tests/benchmarks/stories.py                 # everything, on the held-out half
    python tests/benchmarks/stories.py --only grouping --tuning
    python tests/benchmarks/stories.py --only grouping --tuning --draws 10   # tuning: less chance
    python tests/benchmarks/stories.py --errors 125    # the grouping's misses on tuning clusters only
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

from holdout import DEFAULT_DATA, SEED, all_clusters, held_out_clusters

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


def build_folder(
    clusters: Sequence[Path], dest: Path, *, copies: int = 1, seed: int = SEED
) -> dict[str, str]:
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


def _grouping(
    clusters: Sequence[Path], label: str, *, quiet: bool = False
) -> tuple[float, float, float, float]:
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
        figures = (
            adjusted_rand(true, found),
            purity(true, found),
            adjusted_rand(true, base),
            purity(true, base),
        )
        if quiet:
            return figures
        print(
            f"{label:>4} clusters, {len(names):>3} scored files: "
            f"stories ARI {adjusted_rand(true, found):.3f} purity {purity(true, found):.3f} "
            f"({len(grouping.stories)} stories, {len(grouping.ungrouped)} not grouped, {seconds:.2f} s) | "
            f"k-means true k ARI {adjusted_rand(true, base):.3f} purity {purity(true, base):.3f}"
        )
        _not_grouped(texts, true, found)
        return figures


def _not_grouped(texts: Sequence[str], true: Sequence[str], found: Sequence[str]) -> None:
    """The scored files left under "Not grouped" (each counts as a story of one), with how each begins,
    to tell a page with no article in it from a missed report, and the ARI of the other files."""
    alone = [k for k, f in enumerate(found) if f.startswith("alone:")]
    if not alone:
        return
    kept = [k for k in range(len(found)) if k not in set(alone)]
    ari = adjusted_rand([true[k] for k in kept], [found[k] for k in kept])
    print(f"      {len(alone)} scored files under Not grouped; ARI of the other files {ari:.3f}")
    for k in alone:
        words = texts[k].split()
        print(f"        {len(words)} words: {' '.join(words)[:70]}")


def grouping_figures(clusters: Sequence[Path], draws: int = 1) -> None:
    print("Grouping (targets: ARI >= 0.90, purity >= 0.95)")
    rng = random.Random(SEED + 10)
    for size in SIZES:
        chosen = sorted(rng.sample(list(clusters), min(size, len(clusters))))
        _grouping(chosen, str(size))
    if draws < 2:
        return
    # More folders of each size, for tuning with less chance in it: the mean over seeded draws.
    rng = random.Random(SEED + 11)
    for size in SIZES[:-1]:
        runs = [
            _grouping(sorted(rng.sample(list(clusters), size)), str(size), quiet=True) for _ in range(draws)
        ]
        ari, pure, base_ari, base_pure = (statistics.mean(r[k] for r in runs) for k in range(4))
        print(
            f"{size:>4} clusters, mean of {draws} draws: stories ARI {ari:.3f} purity {pure:.3f} | "
            f"k-means true k ARI {base_ari:.3f} purity {base_pure:.3f}"
        )


def _rouge(reference: str, text: str) -> tuple[float, float]:
    from nltk_punkt import nltk_punkt
    from rouge_score import rouge_scorer

    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2"], use_stemmer=True)
    system = "\n".join(nltk_punkt("english").tokenize(" ".join(text.split()[:STORY_WORDS])))
    score = scorer.score(reference, system)
    return score["rouge1"].fmeasure * 100, score["rouge2"].fmeasure * 100


def section_figures(clusters: Sequence[Path], size: int) -> None:
    """Each shown story's section against its cluster's reference, beside the cluster briefed alone."""
    from citebrief.core.model import BriefOptions
    from citebrief.engine import summarise
    from citebrief.ingest import load_folder

    rng = random.Random(SEED + 20)
    chosen = sorted(rng.sample(list(clusters), min(size, len(clusters))))
    by_name = {c.name: c for c in chosen}
    with tempfile.TemporaryDirectory() as tmp:
        dest = Path(tmp)
        truth = build_folder(chosen, dest)
        corpus = load_folder(dest, cache=None)
        brief = summarise(corpus, BriefOptions(length=STORY_WORDS * len(chosen)))
    merged: list[tuple[float, float]] = []
    alone: list[tuple[float, float]] = []
    words: list[int] = []
    short = 0  # sections of fewer than two sentences
    for story in brief.stories:
        items = [item for item in brief.items if item.story == story.id]
        if not items:
            continue
        cluster = by_name[Counter(truth[d] for d in story.documents).most_common(1)[0][0]]
        reference = (cluster / "reference.txt").read_text(encoding="utf-8")
        text = " ".join(item.text for item in items)
        budget = len(text.split())
        own = summarise(
            load_folder(cluster / "sources", cache=None), BriefOptions(length=budget, stories="off")
        )
        merged.append(_rouge(reference, text))
        alone.append(_rouge(reference, " ".join(item.text for item in own.items)))
        words.append(budget)
        short += len(items) < 2
    m1, m2 = (statistics.mean(x[k] for x in merged) for k in (0, 1))
    a1, a2 = (statistics.mean(x[k] for x in alone) for k in (0, 1))
    print(
        f"{size:>4} clusters, {len(merged)} sections of {statistics.mean(words):.0f} words on average: "
        f"ROUGE-1/2 section {m1:.2f}/{m2:.2f} | cluster alone, same words {a1:.2f}/{a2:.2f} "
        f"(difference {m1 - a1:+.2f}/{m2 - a2:+.2f}; target within 1.0); {short} of one sentence"
    )


def _engine_seconds(corpus: object, words: int, runs: int = 2) -> tuple[float, float, int]:
    """(seconds for today's one brief, seconds grouped and briefed, stories shown) of a loaded folder,
    as the command line makes them; the best of ``runs`` alternating runs (the machine is shared)."""
    from citebrief.core.model import BriefOptions, Corpus
    from citebrief.engine import summarise
    from citebrief.engine.features import build_features
    from citebrief.engine.story_brief import story_grouping, summarise_stories

    assert isinstance(corpus, Corpus)
    today, stories, shown = float("inf"), float("inf"), 0
    for _ in range(runs):
        start = time.perf_counter()
        off = BriefOptions(length=words, stories="off")
        summarise(corpus, off, features=build_features(corpus, workers=1))
        today = min(today, time.perf_counter() - start)
        start = time.perf_counter()
        options = BriefOptions(length=words)
        grouping = story_grouping(corpus, options)
        assert grouping is not None
        brief = summarise_stories(corpus, options, grouping)
        stories = min(stories, time.perf_counter() - start)
        shown = sum(s.shown for s in brief.stories)
    return today, stories, shown


def time_figures() -> None:
    """The 690 val articles (every cluster: a time figure, no tuning reads it) grouped and briefed."""
    from citebrief.ingest import load_folder

    print("Time: 690 articles, engine only (the folder is read once, before both; target <= 1.5x)")
    with tempfile.TemporaryDirectory() as tmp:
        dest = Path(tmp)
        build_folder(all_clusters(), dest)
        corpus = load_folder(dest, cache=None)
        _engine_seconds(corpus, 150, runs=1)  # warm-up: imports, word tools, caches of the process
        for words in (150, 1_000, 15_000):  # the last shows every story
            today, stories, shown = _engine_seconds(corpus, words)
            print(
                f"  {words:>5} words: today's one brief {today:.2f} s | grouped and briefed {stories:.2f} s "
                f"({stories / today:.2f}x, {shown} stories shown)"
            )


def scale_figures(copies: int = 10) -> None:
    """6,900 articles: ten copies of the val articles under new names, read, grouped and briefed."""
    import tracemalloc

    from citebrief.core.model import BriefOptions
    from citebrief.engine.stories import group_stories
    from citebrief.engine.story_brief import story_grouping, summarise_stories
    from citebrief.ingest import load_folder

    with tempfile.TemporaryDirectory() as tmp:
        dest = Path(tmp)
        build_folder(all_clusters(), dest, copies=copies)
        start = time.perf_counter()
        corpus = load_folder(dest, cache=None, workers=2)
        read = time.perf_counter() - start
        options = BriefOptions()
        start = time.perf_counter()
        grouping = story_grouping(corpus, options)
        assert grouping is not None
        brief = summarise_stories(corpus, options, grouping)
        seconds = time.perf_counter() - start
        peaks = []
        for n in (len(corpus.sources) // copies, len(corpus.sources)):
            part = type(corpus)(sources=corpus.sources[:n], root=corpus.root)
            tracemalloc.start()
            group_stories(part)
            peaks.append(tracemalloc.get_traced_memory()[1] / 2**20)
            tracemalloc.stop()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"Scale: {len(corpus.sources):,} articles read in {read:.1f} s; grouped and briefed in {seconds:.2f} s "
        f"({len(grouping.stories)} stories, {sum(s.shown for s in brief.stories)} shown); grouping's peak "
        f"memory {peaks[0]:.0f} MB for {len(corpus.sources) // copies:,} articles, {peaks[1]:.0f} MB for "
        f"{len(corpus.sources):,}; process peak {rss:.0f} MB"
    )


def one_story_figures() -> None:
    """Folders of one story stay one story: the seeds, and each val cluster alone."""
    from citebrief.core.model import BriefOptions
    from citebrief.engine import summarise
    from citebrief.engine.stories import group_stories
    from citebrief.ingest import load_folder

    seeds = load_folder(DEFAULT_DATA.parents[1] / "seeds", cache=None)
    brief = summarise(seeds, BriefOptions())
    sections = list(dict.fromkeys(item.section for item in brief.items))
    print(
        f"Seeds: {len(group_stories(seeds).stories)} story, sections {sections}, stories in brief {len(brief.stories)}"
    )
    split = [c.name for c in all_clusters() if len(group_stories(load_folder(c / "sources")).stories) > 1]
    print(f"Val clusters alone split into several stories: {len(split)} of 250 {split}")


def read_brief(size: int, words: int) -> None:
    """Print the brief of a folder of ``size`` tuning clusters, as a reader gets it."""
    from citebrief.core.model import BriefOptions
    from citebrief.engine import summarise
    from citebrief.export.api import render
    from citebrief.ingest import load_folder

    _held_out, tuning = split_halves()
    chosen = sorted(random.Random(SEED + 30).sample(tuning, size))
    with tempfile.TemporaryDirectory() as tmp:
        truth = build_folder(chosen, Path(tmp))
        brief = summarise(load_folder(Path(tmp), cache=None), BriefOptions(length=words))
    sys.stdout.write(render(brief, "text").decode("utf-8"))
    for story in brief.stories:
        print(f"  [{story.heading}: {sorted(Counter(truth[d] for d in story.documents).items())}]")


def grouping_errors(size: int) -> None:
    """Print the grouping's misses on a folder of ``size`` tuning clusters (never the held-out half):
    each cluster whose scored files are in several stories, and each story holding several clusters,
    with each file's length and opening, to tell a page of no article from a report told in other words."""
    from citebrief.engine.stories import group_stories
    from citebrief.ingest import load_folder

    _held_out, tuning = split_halves()
    chosen = sorted(random.Random(SEED + 30).sample(tuning, min(size, len(tuning))))
    with tempfile.TemporaryDirectory() as tmp:
        dest = Path(tmp)
        truth = build_folder(chosen, dest)
        counted = scored(dest, truth)
        grouping = group_stories(load_folder(dest, cache=None))
        heading = {story.id: story.heading for story in grouping.stories}
        story_of = {n: s or f"Not grouped ({n})" for n, s in grouping.story_of().items() if n in counted}
        opening = {
            n: " ".join((dest / n).read_text(encoding="utf-8", errors="replace").split()) for n in story_of
        }
    names = sorted(story_of)
    true = [truth[n] for n in names]
    found = [story_of[n] for n in names]
    print(
        f"{len(chosen)} tuning clusters: ARI {adjusted_rand(true, found):.3f} purity {purity(true, found):.3f}"
    )
    stories_of: dict[str, set[str]] = defaultdict(set)
    clusters_in: dict[str, set[str]] = defaultdict(set)
    for n in names:
        stories_of[truth[n]].add(story_of[n])
        clusters_in[story_of[n]].add(truth[n])
    for cluster, stories in sorted(stories_of.items()):
        if len(stories) > 1:
            print(f"  {cluster} in {len(stories)} stories:")
            for n in names:
                if truth[n] == cluster:
                    s = story_of[n]
                    print(
                        f"    {heading.get(s, s)[:40]:<40} {n} {len(opening[n].split()):>5} words: {opening[n][:60]}"
                    )
    for story, clusters in clusters_in.items():
        if len(clusters) > 1:
            print(f"  one story of {len(clusters)} clusters: {heading.get(story, story)} {sorted(clusters)}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--tuning", action="store_true", help="report on the tuning half instead")
    parser.add_argument("--only", choices=("grouping", "sections", "one", "time", "scale"), action="append")
    parser.add_argument("--read", type=int, metavar="N", help="print the brief of N tuning clusters and stop")
    parser.add_argument("--words", type=int, default=400, help="length of the --read brief")
    parser.add_argument(
        "--errors", type=int, metavar="N", help="print the grouping's misses on N tuning clusters and stop"
    )
    parser.add_argument(
        "--draws",
        type=int,
        default=1,
        metavar="N",
        help="grouping: also the mean of N more folders of 10 and 50",
    )
    args = parser.parse_args(argv)
    if args.read:
        read_brief(args.read, args.words)
        return 0
    if args.errors:
        grouping_errors(args.errors)
        return 0
    held_out, tuning = split_halves()
    clusters = tuning if args.tuning else held_out
    print(f"{'tuning' if args.tuning else 'held-out'} half: {len(clusters)} clusters")
    parts = args.only or ["grouping", "sections", "one", "time", "scale"]
    if "grouping" in parts:
        grouping_figures(clusters, args.draws)
    if "sections" in parts:
        print("Sections (target: within 1.0 ROUGE point of the cluster briefed alone)")
        for size in (10, 50):
            section_figures(clusters, size)
    if "one" in parts:
        one_story_figures()
    if "time" in parts:
        time_figures()
    if "scale" in parts:
        scale_figures()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
