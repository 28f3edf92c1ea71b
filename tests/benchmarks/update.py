"""Updating a saved brief: how long it takes beside briefing anew, and what it does to the brief.

Speed: a folder of the first 100 Multi-News validation sources is briefed and saved
(`citebrief brief F -o old.citebrief`); 10 more sources are added; then, each in a fresh process with
the parse cache the first run left (as on the user's machine), the folder is briefed anew
(`citebrief brief F -o fresh.citebrief`) and the saved brief is updated
(`citebrief brief F --since old.citebrief -o updated.citebrief`). The engine alone (features built
once) is timed as well. Target: updating costs at most 1.5 times briefing anew, since it runs the same
selection twice (the folder, and the new articles alone) and compares facts.

Quality, on the held-out clusters of 3 or more articles (``holdout.held_out_clusters``, never used in
tuning): all articles but the last (by name) are briefed at 150 words, the first sentence is edited, the
last article is added and the brief updated. Reported: edits kept, citations exact after update, save
and reload, new sentences per update (each must cite the added article first), citations gained by
old sentences, and ROUGE-2 F1 against the cluster's reference for the old brief (the baseline an update
must beat: not updating), the updated one, and a fresh brief of all the articles.

    python tests/benchmarks/update.py            # both
    python tests/benchmarks/update.py --speed    # speed only
    python tests/benchmarks/update.py --quality  # quality only
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

HERE = Path(__file__).resolve()
sys.path.insert(0, str(HERE.parent))

from holdout import held_out_clusters  # noqa: E402
from speed import build_folder, measure  # noqa: E402

if TYPE_CHECKING:
    from citebrief.core.model import Brief, BriefOptions, Corpus

OLD, ADDED, REPEATS = 100, 10, 3
CLI = [sys.executable, "-m", "citebrief", "brief"]


def speed() -> None:
    from citebrief.core.model import BriefOptions
    from citebrief.engine import summarise
    from citebrief.engine.features import build_features
    from citebrief.engine.update import update_brief
    from citebrief.ingest import load_folder
    from citebrief.store import open_brief

    work = Path(tempfile.mkdtemp(prefix="citebrief-update-bench-"))
    pool, folder, cache = work / "pool", work / "folder", work / "cache"
    build_folder(HERE.parents[3] / "shared" / "eval" / "multinews-val", pool, limit=OLD + ADDED)
    files = sorted(pool.iterdir())
    folder.mkdir()
    for path in files[:OLD]:
        shutil.copy(path, folder)
    old = work / "old.citebrief"
    measure([*CLI, str(folder), "-o", str(old), "-q"], cache=cache)
    for path in files[OLD:]:
        shutil.copy(path, folder)

    def timed(argv: list[str]) -> tuple[float, float]:
        runs = []
        for k in range(REPEATS):
            copy = work / f"cache-{k}"
            shutil.copytree(cache, copy)
            runs.append(measure(argv, cache=copy))
            shutil.rmtree(copy)
        return statistics.median(r.wall for r in runs), statistics.median(r.cpu for r in runs)

    anew, anew_cpu = timed([*CLI, str(folder), "-o", str(work / "fresh.citebrief"), "-q"])
    update, update_cpu = timed(
        [*CLI, str(folder), "--since", str(old), "-o", str(work / "up.citebrief"), "-q"]
    )
    print(f"{OLD}-article brief + {ADDED} new articles, whole command, median of {REPEATS} fresh processes:")
    print(f"  brief anew        {anew:5.2f} s (CPU {anew_cpu:5.2f} s)")
    print(
        f"  update (--since)  {update:5.2f} s (CPU {update_cpu:5.2f} s)   {update / anew:.2f}x anew wall, "
        f"{update_cpu / anew_cpu:.2f}x CPU; target <= 1.50x"
    )

    corpus = load_folder(folder)
    features = build_features(corpus)
    saved = open_brief(old).brief
    engine_anew, engine_update = [], []
    for _ in range(5):  # CPU time of this process: on a loaded machine wall time measures the others
        start = time.process_time()
        summarise(corpus, saved.options, features=features)
        engine_anew.append(time.process_time() - start)
        start = time.process_time()
        result = update_brief(saved, corpus, features=features)
        engine_update.append(time.process_time() - start)
    a, u = statistics.median(engine_anew), statistics.median(engine_update)
    print(f"  engine only (features built), CPU: summarise {a * 1000:.0f} ms, update_brief {u * 1000:.0f} ms")
    print(
        f"  the update: {result.new_items} new sentences, {result.added_citations} citations added, "
        f"{result.dropped} old sentences gave way; {BriefOptions().length}-word default length"
    )
    shutil.rmtree(work)


@dataclass
class _Tally:
    """What the updates of the clusters did, summed over the clusters."""

    rouge: list[tuple[float, float, float]] = field(default_factory=list)  # old, updated, fresh
    words: list[tuple[int, int, int]] = field(default_factory=list)
    kept_edits: int = 0
    exact: int = 0
    updates_with_new: int = 0
    new_items: int = 0
    first_cite_new: int = 0
    gained: int = 0


def quality() -> None:
    from rouge_score import rouge_scorer

    from citebrief.core.model import BriefOptions

    scorer = rouge_scorer.RougeScorer(["rouge2"], use_stemmer=True)
    options = BriefOptions(length=150)
    tally = _Tally()
    work = Path(tempfile.mkdtemp(prefix="citebrief-update-quality-"))
    clusters = [c for c in held_out_clusters() if len(list((c / "sources").glob("*.txt"))) >= 3]
    for cluster in clusters:
        _update_cluster(cluster, work, options, scorer, tally)
    _print_quality(tally, len(clusters))
    shutil.rmtree(work)


def _update_cluster(cluster: Path, work: Path, options: BriefOptions, scorer: Any, tally: _Tally) -> None:
    """Brief all the cluster's articles but the last, edit the first sentence, add the last article,
    update, save and reopen; add what happened to ``tally``."""
    from citebrief.engine import summarise
    from citebrief.engine.update import update_brief
    from citebrief.ingest import load_folder
    from citebrief.store import BriefFile, open_brief, reconcile, save_brief

    def rouge(reference: str, brief: Brief) -> float:
        return scorer.score(reference, "\n".join(i.text for i in brief.items))["rouge2"].fmeasure * 100

    def holds(brief: Brief, corpus: Corpus) -> bool:
        texts = {s.id: s.text for s in corpus.sources}
        return all(texts[c.source_id][c.start : c.end] == c.quote for i in brief.items for c in i.citations)

    files = sorted((cluster / "sources").glob("*.txt"))
    folder = work / cluster.name
    folder.mkdir()
    for path in files[:-1]:
        shutil.copy(path, folder)
    old = summarise(load_folder(folder), options)
    edited = replace(old.items[0], text="In short: " + old.items[0].text, edited=True)
    old = replace(old, items=(edited, *old.items[1:]))
    shutil.copy(files[-1], folder)
    corpus = load_folder(folder)
    result = update_brief(reconcile(old, corpus)[0], corpus)
    target = work / f"{cluster.name}.citebrief"
    save_brief(target, BriefFile(result.brief, paths=(str(folder),)))
    reopened = open_brief(target).brief
    added = files[-1].name
    fresh = [i for i in reopened.items if i.new]
    tally.kept_edits += [i.text for i in reopened.items if i.edited] == [edited.text]
    tally.exact += holds(reopened, corpus) and reopened == result.brief
    tally.updates_with_new += bool(fresh)
    tally.new_items += len(fresh)
    tally.first_cite_new += sum(i.citations[0].source_id == added for i in fresh)
    tally.gained += result.added_citations
    reference = (cluster / "reference.txt").read_text(encoding="utf-8")
    fresh_brief = summarise(corpus, options)
    tally.rouge.append((rouge(reference, old), rouge(reference, reopened), rouge(reference, fresh_brief)))
    tally.words.append((old.word_count, reopened.word_count, fresh_brief.word_count))


def _print_quality(tally: _Tally, n: int) -> None:
    print(f"{n} held-out clusters of 3+ articles, 150 words, the last article added:")
    print(
        f"  edits kept {tally.kept_edits}/{n}; citations exact after update, save and reload {tally.exact}/{n}"
    )
    print(
        f"  updates with new sentences {tally.updates_with_new}/{n}; new sentences {tally.new_items} "
        f"({tally.first_cite_new} cite the added article first); citations gained by old sentences "
        f"{tally.gained}"
    )
    old_r, upd_r, fresh_r = (statistics.mean(col) for col in zip(*tally.rouge, strict=True))
    print(f"  ROUGE-2 F1: old brief {old_r:.2f} (baseline) | updated {upd_r:.2f} | fresh brief {fresh_r:.2f}")
    diffs = [upd - before for before, upd, _fresh in tally.rouge]
    spread = statistics.stdev(diffs) / len(diffs) ** 0.5 if len(diffs) > 1 else 0.0
    print(f"  updated - old: {statistics.mean(diffs):+.2f} (standard error {spread:.2f}, paired by cluster)")
    old_w, upd_w, fresh_w = (statistics.mean(col) for col in zip(*tally.words, strict=True))
    print(f"  words:      old brief {old_w:.0f} | updated {upd_w:.0f} | fresh brief {fresh_w:.0f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--speed", action="store_true")
    parser.add_argument("--quality", action="store_true")
    args = parser.parse_args(argv)
    both = not (args.speed or args.quality)
    if args.speed or both:
        speed()
    if args.quality or both:
        quality()
    return 0


if __name__ == "__main__":
    sys.exit(main())
