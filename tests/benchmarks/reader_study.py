"""Blind reader study of 150-word briefs, as ../shared/eval/READER_STUDY.md describes it.

    python tests/benchmarks/reader_study.py prepare OUT    # blind material for judges, key outside it
    python tests/benchmarks/reader_study.py score OUT      # unblind the judges' results.json files
    python tests/benchmarks/reader_study.py prepare --tuning OUT   # the same on 30 tuning clusters

``prepare`` writes, for the 30 held-out clusters of ``holdout.reader_study_clusters``:
- ``OUT/round-R/judge-T/CLUSTER/brief_A.txt ... reference.txt`` (R, T in 1..3; each judge a third of
  the clusters, each round all of them, labels shuffled per round and cluster) and the judge's
  ``INSTRUCTIONS.md``; systems are Citebrief's default (this checkout), sumy LexRank on the folder as
  ``rouge.py`` runs it, and Citebrief 0.1.0 (the ``v0.1.0`` tag, see ``release.py``);
- ``OUT/citations/judge-T/items.json`` and ``INSTRUCTIONS.md``: every brief sentence of Citebrief's
  default that cites more than the sentence it shows, with each co-cited source sentence;
- ``OUT/key.json``: which label is which system, and where each co-citation comes from.
Judges write ``results.json`` into their own folders; ``score`` reads whatever results exist.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

from holdout import SEED, reader_study_clusters, tuning_study_clusters

WORDS = 150
ROUNDS = 3
JUDGES = 3
SYSTEMS = ("citebrief", "sumy lexrank on the folder", "citebrief 0.1.0")
QUESTIONS = ("grammaticality", "non_redundancy", "referential_clarity", "focus", "coherence", "content")
ANSWERS = ("yes", "partly", "no")

JUDGE_TEXT = """You are an experienced news editor. For each folder there are briefs `brief_A.txt`, `brief_B.txt`,
... of about 150 words, made by picking sentences from a few news articles about one story, and
`reference.txt`, a summary an editor wrote of the same articles. The briefs come from different
systems in a shuffled order; do not try to guess which is which. Score every brief from 1 (very
poor) to 5 (very good) on:
- **grammaticality**: no fragments, captions, bylines, bracketed link text, datelines, formatting junk;
- **non_redundancy**: no fact or sentence repeated or restated in other words;
- **referential_clarity**: it is clear who or what every pronoun and noun phrase refers to; no "he",
  "we", "the company" or "the slip-up" without what it refers to;
- **focus**: every sentence is about the story;
- **coherence**: a sensible order a reader can follow from start to finish;
- **content**: how much of the reference's important information (who, what, when, where, why,
  numbers, outcome) the brief gives.

Then rank the briefs (1 = best) for "which would I hand to a busy reader", and name the worst problem
of each in one short line. Write `results.json` in this folder: a list with one object per cluster folder,
`{"cluster": ..., "A": {"grammaticality": n, "non_redundancy": n, "referential_clarity": n,
"focus": n, "coherence": n, "content": n, "rank": n, "worst": "..."}, "B": {...}, ...}`.
Be strict and consistent across folders.
"""

CITATION_TEXT = """Each item in `items.json` gives a sentence of a brief (`brief_sentence`) and a sentence from a
source article that the brief cites for it (`source_sentence`). For each item, answer: does this
source sentence state the fact of the brief sentence (`yes`), part of it (`partly`), or only
something related (`no`)? Write `results.json` in this folder: a list of
`{"id": ..., "answer": "yes" | "partly" | "no"}`, one per item.
"""


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def _current_briefs(clusters: list[Path]) -> dict[str, Any]:
    """This checkout's briefs: each sentence with the source sentences it co-cites."""
    from citebrief.core.model import BriefOptions
    from citebrief.engine import summarise
    from citebrief.ingest import load_folder

    found: dict[str, Any] = {}
    for cluster in clusters:
        brief = summarise(load_folder(cluster / "sources"), BriefOptions(length=WORDS))
        found[cluster.name] = [
            {
                "text": item.text,
                "own": item.citations[0].source_id,
                "cited": [(c.source_id, c.quote) for c in item.citations[1:]],
            }
            for item in brief.items
        ]
    return found


def _lexrank_briefs(clusters: list[Path]) -> dict[str, list[str]]:
    from sumy_protocol import sumy_on_folder

    return {
        c.name: [" ".join(s.split()) for s in sumy_on_folder(c / "sources", "lexrank", WORDS)]
        for c in clusters
    }


def _release_briefs(clusters: list[Path]) -> dict[str, list[str]]:
    from release import release_briefs

    found = release_briefs([c / "sources" for c in clusters], WORDS)
    return {c.name: found[str(c / "sources")] for c in clusters}


def _assignment(index: int, round_number: int) -> int:
    """The judge (1-based) who reads cluster ``index`` in a round; rounds rotate the thirds."""
    return (index + round_number - 1) % JUDGES + 1


def _write_rounds(out: Path, clusters: list[Path], briefs: dict[str, dict[str, list[str]]]) -> dict[str, Any]:
    key: dict[str, Any] = {}
    for round_number in range(1, ROUNDS + 1):
        labels_of_round: dict[str, dict[str, str]] = {}
        for index, cluster in enumerate(clusters):
            judge = _assignment(index, round_number)
            folder = out / f"round-{round_number}" / f"judge-{judge}" / cluster.name
            order = list(SYSTEMS)
            random.Random(f"{SEED}-{round_number}-{cluster.name}").shuffle(order)
            labels = {chr(ord("A") + i): system for i, system in enumerate(order)}
            for label, system in labels.items():
                _write(folder / f"brief_{label}.txt", "\n".join(briefs[system][cluster.name]) + "\n")
            _write(folder / "reference.txt", (cluster / "reference.txt").read_text(encoding="utf-8"))
            labels_of_round[cluster.name] = labels
        for judge in range(1, JUDGES + 1):
            _write(out / f"round-{round_number}" / f"judge-{judge}" / "INSTRUCTIONS.md", JUDGE_TEXT)
        key[str(round_number)] = labels_of_round
    return key


def _write_citations(out: Path, current: dict[str, Any]) -> dict[str, Any]:
    items: list[dict[str, Any]] = []
    for cluster, sentences in current.items():
        for sentence in sentences:
            for source_id, quote in sentence["cited"]:
                items.append(
                    {
                        "cluster": cluster,
                        "brief_sentence": sentence["text"],
                        "source_sentence": " ".join(quote.split()),
                        "same_source": source_id == sentence["own"],
                    }
                )
    random.Random(SEED).shuffle(items)
    key: dict[str, Any] = {}
    shares: dict[int, list[dict[str, str]]] = defaultdict(list)
    for number, item in enumerate(items):
        item_id = f"c{number:04d}"
        key[item_id] = item
        shares[number % JUDGES + 1].append(
            {
                "id": item_id,
                "brief_sentence": item["brief_sentence"],
                "source_sentence": item["source_sentence"],
            }
        )
    for judge in range(1, JUDGES + 1):
        folder = out / "citations" / f"judge-{judge}"
        _write(folder / "items.json", json.dumps(shares[judge], indent=1, ensure_ascii=False) + "\n")
        _write(folder / "INSTRUCTIONS.md", CITATION_TEXT)
    return key


def prepare(out: Path, *, tuning: bool = False) -> int:
    clusters = tuning_study_clusters() if tuning else reader_study_clusters()
    current = _current_briefs(clusters)
    briefs = {
        SYSTEMS[0]: {name: [s["text"] for s in sentences] for name, sentences in current.items()},
        SYSTEMS[1]: _lexrank_briefs(clusters),
        SYSTEMS[2]: _release_briefs(clusters),
    }
    out.mkdir(parents=True, exist_ok=True)
    key = {"rounds": _write_rounds(out, clusters, briefs), "citations": _write_citations(out, current)}
    _write(out / "key.json", json.dumps(key, indent=1, ensure_ascii=False) + "\n")
    co = len(key["citations"])
    print(
        f"{len(clusters)} clusters x {len(SYSTEMS)} systems, {ROUNDS} rounds of {JUDGES} judges; {co} co-citations"
    )
    print(f"judges' folders: {out}/round-*/judge-*/ and {out}/citations/judge-*/; key: {out}/key.json")
    return 0


def _ratings(out: Path, key: dict[str, Any]) -> tuple[dict[str, list[dict[str, Any]]], int]:
    """Every judged brief per system, and how many cluster readings there were."""
    per_system: dict[str, list[dict[str, Any]]] = defaultdict(list)
    readings = 0
    for results in sorted(out.glob("round-*/judge-*/results.json")):
        round_number = results.parts[-3].removeprefix("round-")
        for entry in json.loads(results.read_text(encoding="utf-8")):
            labels = key["rounds"][round_number][entry["cluster"]]
            readings += 1
            for label, system in labels.items():
                if label in entry:
                    per_system[system].append({**entry[label], "cluster": entry["cluster"]})
    return per_system, readings


def _print_table(per_system: dict[str, list[dict[str, Any]]], readings: int) -> None:
    head = " | ".join(q.replace("_", "-") for q in QUESTIONS)
    clusters = {j["cluster"] for judged in per_system.values() for j in judged}
    best = _best_per_cluster(per_system)
    print(f"| system | {head} | mean rank | ranked first | first by cluster |")
    print("|---|" + "---|" * (len(QUESTIONS) + 3))
    for system in SYSTEMS:
        judged = per_system.get(system, [])
        if not judged:
            continue
        means = " | ".join(f"{statistics.fmean(float(j[q]) for j in judged):.2f}" for q in QUESTIONS)
        rank = statistics.fmean(float(j["rank"]) for j in judged)
        first = sum(1 for j in judged if int(j["rank"]) == 1)
        wins = sum(1 for winners in best.values() if system in winners)
        print(f"| {system} | {means} | {rank:.2f} | {first} / {readings} | {wins} / {len(clusters)} |")


def _best_per_cluster(per_system: dict[str, list[dict[str, Any]]]) -> dict[str, set[str]]:
    """Per cluster, the systems with the best mean rank over all its readings (ties share it)."""
    ranks: dict[str, dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
    for system, judged in per_system.items():
        for j in judged:
            ranks[j["cluster"]][system].append(float(j["rank"]))
    best: dict[str, set[str]] = {}
    for cluster, by_system in ranks.items():
        means = {s: statistics.fmean(v) for s, v in by_system.items()}
        low = min(means.values())
        best[cluster] = {s for s, m in means.items() if m == low}
    return best


def _score_citations(out: Path, key: dict[str, Any]) -> None:
    answers: list[tuple[str, dict[str, Any]]] = []
    for results in sorted(out.glob("citations/judge-*/results.json")):
        for entry in json.loads(results.read_text(encoding="utf-8")):
            answer = str(entry["answer"]).strip().lower()
            if answer in ANSWERS:
                answers.append((answer, key["citations"][entry["id"]]))
    if not answers:
        print("\nno citation results yet")
        return
    counts = {a: sum(1 for got, _ in answers if got == a) for a in ANSWERS}
    precision = (counts["yes"] + counts["partly"]) / len(answers)
    own = [got for got, item in answers if item["same_source"]]
    print(
        f"\ncitation precision {precision:.2f} on {len(answers)} co-citations: {counts['yes']} yes, "
        f"{counts['partly']} partly, {counts['no']} no ({sum(1 for a in own if a != 'no')} of {len(own)} "
        "from the shown sentence's own source support it)"
    )
    for got, item in answers:
        if got == "no":
            print(f"  no: {item['brief_sentence'][:100]!r}\n      cites {item['source_sentence'][:100]!r}")


def score(out: Path) -> int:
    key = json.loads((out / "key.json").read_text(encoding="utf-8"))
    per_system, readings = _ratings(out, key)
    if readings:
        print(f"{readings} cluster readings, {WORDS}-word briefs\n")
        _print_table(per_system, readings)
        print(f"\nworst problems of {SYSTEMS[0]}:")
        for judged in per_system.get(SYSTEMS[0], []):
            print(f"  {judged['cluster']}: {judged.get('worst', '')}")
    else:
        print("no judges' results yet")
    _score_citations(out, key)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("command", choices=("prepare", "score"))
    parser.add_argument("out", type=Path)
    parser.add_argument(
        "--tuning",
        action="store_true",
        help="prepare 30 tuning clusters instead (holdout.tuning_study_clusters): briefs that may be read",
    )
    args = parser.parse_args(argv)
    return prepare(args.out, tuning=args.tuning) if args.command == "prepare" else score(args.out)


if __name__ == "__main__":
    sys.exit(main())
