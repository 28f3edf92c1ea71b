"""Where sources differ: precision and recall on the labelled pairs, and what the default finds on val.

    python tests/benchmarks/disagreements.py            # labelled pairs, then the 250 val clusters
    python tests/benchmarks/disagreements.py --pairs    # the labelled pairs only
    python tests/benchmarks/disagreements.py prepare OUT   # 30 found on val, as folders for blind judges
    python tests/benchmarks/disagreements.py score OUT     # how many of them the judges called real

The labelled pairs are ``tests/engine/disagreement_pairs.py`` (``PAIRS`` were written with the rules,
``HELD_OUT`` after them, never used to change them; ``NEW_KINDS`` the kinds real news was mistaken
on, with near misses, written with the rules that read them). The baseline beside Citebrief's rule flags a pair
whenever the two sentences hold different numbers: what "same fact, other numbers" gives without
reading what the numbers count. Val briefs are made as the command line makes them by default
(``BriefOptions()``: 150 words, sections on).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve()
sys.path.insert(0, str(HERE.parents[1] / "engine"))
sys.path.insert(0, str(HERE.parent))

from disagreement_pairs import HELD_OUT, NEW_KINDS, PAIRS, Pair  # noqa: E402
from holdout import all_clusters, held_out_clusters  # noqa: E402

from citebrief.core.model import Disagreement  # noqa: E402

SEED = 20261202  # the judging set's draw; never changed after the first draw
JUDGED = 30
_NUMBER = re.compile(r"\d[\d,.]*")
_INSTRUCTIONS = """# Is this a real disagreement?

You are an experienced news editor checking a brief before it goes out. A summariser read a few news
articles about one story and says that they **give one fact different values** (a count, an amount,
a name in a role, a date or a place). Below, `versions.md` shows the brief's sentence and, for each
version, the source sentences that state it with the name of their source file. The articles
themselves are in `sources/` if you need more context.

Decide: is this a **real disagreement** (the sources state the same fact with values that cannot
both be true at once, or a later report updates an earlier one), or **not** (the values count
different things, one rounds the other, the units differ, the sentences are about different events
or times, or the "value" was misread)?

Write `results.json` in this folder:

    {"verdict": "real", "why": "one short line"}

with `"verdict"` either `"real"` or `"not"`. Judge each folder on its own; be strict.
"""


@dataclass(frozen=True)
class Scores:
    flagged: int
    right: int
    positives: int

    @property
    def precision(self) -> float:
        return self.right / self.flagged if self.flagged else 1.0

    @property
    def recall(self) -> float:
        return self.right / self.positives if self.positives else 1.0


def _numbers_differ(pair: Pair) -> bool:
    def numbers(text: str) -> set[str]:
        return {n.rstrip(".,").replace(",", "") for n in _NUMBER.findall(text)}

    return numbers(pair.a) != numbers(pair.b)


def _score(pairs: tuple[Pair, ...], rule: object) -> Scores:
    flagged = [p for p in pairs if rule(p)]  # type: ignore[operator]
    return Scores(len(flagged), sum(p.differs for p in flagged), sum(p.differs for p in pairs))


def labelled() -> None:
    from citebrief.engine.disagreements import differs

    def citebrief(pair: Pair) -> bool:
        return differs(pair.a, pair.b)

    print(
        f"Labelled same-fact pairs: {len(PAIRS)} written with the rules, {len(HELD_OUT)} held out, "
        f"{len(NEW_KINDS)} new kinds (what real news was mistaken on, with near misses)"
    )
    print(f"{'rule':<28}{'set':<12}{'flagged':>8}{'right':>7}{'real':>6}{'precision':>11}{'recall':>8}")
    for name, rule in (("numbers differ (baseline)", _numbers_differ), ("Citebrief", citebrief)):
        for label, pairs in (
            ("written", PAIRS),
            ("held out", HELD_OUT),
            ("first rows", PAIRS + HELD_OUT),
            ("new kinds", NEW_KINDS),
            ("all", PAIRS + HELD_OUT + NEW_KINDS),
        ):
            s = _score(pairs, rule)
            print(
                f"{name:<28}{label:<12}{s.flagged:>8}{s.right:>7}{s.positives:>6}"
                f"{s.precision:>11.2f}{s.recall:>8.2f}"
            )
    misses = [p for p in PAIRS + HELD_OUT + NEW_KINDS if citebrief(p) != p.differs]
    for pair in misses:
        print(f"  wrong ({'missed' if pair.differs else 'false flag'}, {pair.case}): {pair.a} | {pair.b}")


def _entry(cluster: Path, titles: dict[str, str], shown: str, found: Disagreement, where: str) -> dict[str, object]:
    versions = [
        {"text": v.text, "sentences": [[titles.get(c.source_id, c.source_id), c.quote] for c in v.citations]}
        for v in found.values
    ]
    return {"cluster": cluster.name, "found_in": where, "brief_sentence": shown, "kind": found.kind,
            "about": found.about, "update": found.update, "versions": versions}  # fmt: skip


def _cluster_differences(cluster: Path, *, every_fact: bool = False) -> list[dict[str, object]]:
    """The disagreements of the cluster's default brief; with ``every_fact``, also those of every other
    sentence of the folder that could be shown (each once)."""
    from citebrief.core.model import BriefOptions
    from citebrief.engine import summarise
    from citebrief.engine.disagreements import item_disagreements
    from citebrief.engine.features import build_features
    from citebrief.ingest import load_folder

    corpus = load_folder(cluster / "sources")
    features = build_features(corpus, language="auto")
    brief = summarise(corpus, BriefOptions(), features=features)
    titles = {src.id: src.display_path for src in corpus.sources}
    found = [_entry(cluster, titles, item.text, d, "brief") for item in brief.items for d in item.disagreements]
    if not every_fact:
        return found
    seen = {tuple(sorted(str(s) for v in e["versions"] for s in v["sentences"])) for e in found}  # type: ignore[attr-defined]
    for row in range(len(features.rows)):
        if features.readable[row] <= 0:
            continue
        for d in item_disagreements(features, row):
            entry = _entry(cluster, titles, features.rows[row].text, d, "folder")
            key = tuple(sorted(str(s) for v in entry["versions"] for s in v["sentences"]))  # type: ignore[attr-defined]
            if key not in seen:
                seen.add(key)
                found.append(entry)
    return found


def on_val(data: Path, *, every_fact: bool = False) -> list[dict[str, object]]:
    clusters = all_clusters(data)
    held = {c.name for c in held_out_clusters(data)}
    everything: list[dict[str, object]] = []
    for cluster in clusters:
        everything += _cluster_differences(cluster, every_fact=every_fact)
    found = [e for e in everything if e["found_in"] == "brief"]
    flagged_clusters = len({e["cluster"] for e in found})
    kinds: dict[str, int] = {}
    for entry in found:
        kinds[str(entry["kind"])] = kinds.get(str(entry["kind"]), 0) + 1
    in_held = sum(1 for e in found if e["cluster"] in held)
    print(
        f"\nVal ({len(clusters)} clusters, default brief of 150 words): {len(found)} disagreements in "
        f"{flagged_clusters} clusters ({in_held} of them in the {len(held)} held-out clusters); by kind: "
        + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items()))
    )
    if every_fact:
        print(f"Over every sentence of the folders (not only the briefs'): {len(everything)} disagreements")
    return everything


def prepare(out: Path, data: Path) -> None:
    """Up to 30 disagreements for blind judges: all the default briefs show when they are 30 or more,
    else those and, drawn with the seed, disagreements at other sentences of the same folders."""
    everything = on_val(data, every_fact=True)
    rng = random.Random(SEED)
    brief_ones = [e for e in everything if e["found_in"] == "brief"]
    chosen = rng.sample(brief_ones, min(JUDGED, len(brief_ones)))
    others = [e for e in everything if e["found_in"] != "brief"]
    chosen += rng.sample(others, min(JUDGED - len(chosen), len(others)))
    rng.shuffle(chosen)
    if len(chosen) < JUDGED:
        print(f"Only {len(chosen)} disagreements exist on val (briefs and every other sentence): all are written")
    out.mkdir(parents=True, exist_ok=True)
    key = []
    for number, entry in enumerate(chosen, start=1):
        folder = out / f"case-{number:02d}"
        (folder / "sources").mkdir(parents=True, exist_ok=True)
        lines = ["# The brief's sentence", "", str(entry["brief_sentence"]), ""]
        for letter, version in zip("ABCDEFGH", entry["versions"], strict=False):  # type: ignore[call-overload]
            lines += [f"## Version {letter}: {version['text']}", ""]
            for name, sentence in version["sentences"]:
                lines.append(f"- **{name}**: “{sentence}”")
                source = data / str(entry["cluster"]) / "sources" / Path(name).name
                if source.is_file():
                    shutil.copyfile(source, folder / "sources" / source.name)
            lines.append("")
        (folder / "versions.md").write_text("\n".join(lines), encoding="utf-8")
        (folder / "INSTRUCTIONS.md").write_text(_INSTRUCTIONS, encoding="utf-8")
        key.append({"case": folder.name, **entry})
    (out / "key.json").write_text(json.dumps(key, indent=2, ensure_ascii=False), encoding="utf-8")
    print(f"Wrote {len(chosen)} cases to {out} (give judges the case-* folders only, not key.json)")


def score(out: Path) -> None:
    cases = sorted(p for p in out.glob("case-*") if p.is_dir())
    real = judged = 0
    for case in cases:
        results = case / "results.json"
        if not results.is_file():
            print(f"  {case.name}: no results.json")
            continue
        verdict = str(json.loads(results.read_text(encoding="utf-8")).get("verdict", "")).strip().lower()
        judged += verdict in ("real", "not")
        real += verdict == "real"
        if verdict == "not":
            why = json.loads(results.read_text(encoding="utf-8")).get("why", "")
            print(f"  {case.name}: not real: {why}")
    print(f"Judged real: {real} of {len(cases)} ({judged} judged); the bar is 27 of 30")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", nargs="?", choices=("prepare", "score"))
    parser.add_argument("out", nargs="?", type=Path)
    parser.add_argument("--pairs", action="store_true", help="the labelled pairs only")
    parser.add_argument("--data", type=Path, default=HERE.parents[3] / "shared" / "eval" / "multinews-val")
    args = parser.parse_args(argv)
    if args.command and args.out is None:
        parser.error(f"{args.command} needs a folder")
    if args.command == "prepare":
        prepare(args.out, args.data)
    elif args.command == "score":
        score(args.out)
    else:
        labelled()
        if not args.pairs:
            on_val(args.data)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
