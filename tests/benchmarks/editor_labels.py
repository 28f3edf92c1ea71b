"""How a brief opens and whether it says a fact twice, scored on labels editors gave, beside baselines.

``editor_labels.json`` (beside this script) holds, for every val cluster, the opening sentences of its
articles (each article's first three readable body sentences) that editors, reading the cluster's
reference summary, marked as the best first sentence of a brief, as acceptable first sentences (they
state the main news and read on their own), and as bad ones (a scene-setter, background, a teaser, a
quote, an unclear reference); and the pairs of sentences of the 150-word briefs of one commit (named in
the file) that editors marked as telling one fact twice.

- Leads: the share of clusters (of those with an acceptable opening) whose brief opens with the
  editors' best sentence, with another acceptable one, with a bad one, or with none of the articles'
  opening sentences, for Citebrief's default, sumy LexRank on the folder and Citebrief 0.1.0.
- Restatements: of the pairs editors marked, how many a brief still shows both of (lower is better; new
  restatements a changed brief makes are not labelled, so this only tells what a change fixed).

    python tests/benchmarks/editor_labels.py            # the held-out clusters
    python tests/benchmarks/editor_labels.py --tuning   # the clusters tuning may read
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

from holdout import held_out_clusters, tuning_clusters

HERE = Path(__file__).resolve().parent
LABELS = HERE / "editor_labels.json"
WORDS = 150  # the reader study's length: the labelled briefs are of it
_SPACE = re.compile(r"\s+")
_PREFIX = 60  # characters compared: a brief may show a sentence without its dateline or quote marks


def _norm(text: str) -> str:
    return _SPACE.sub(" ", text).strip(" \"“”'‘’").lower()


def _is(shown: str, labelled: str) -> bool:
    """Whether a brief sentence shows a labelled one (compared by their first words)."""
    a, b = _norm(shown), _norm(labelled)
    return a[:_PREFIX] in b or b[:_PREFIX] in a


def lead_kind(first: str, label: dict[str, Any]) -> str:
    """Which label the brief's first sentence has: best, acceptable, bad, or other."""
    if label["best"] and _is(first, label["best"]):
        return "best"
    if any(_is(first, t) for t in label["acceptable"]):
        return "acceptable"
    if any(_is(first, t) for t in label["bad"]):
        return "bad"
    return "other"


def restated(brief: list[str], pairs: list[list[str]]) -> int:
    """How many labelled pairs the brief shows both sentences of."""
    return sum(
        1
        for earlier, later, *_ in pairs
        if any(_is(s, earlier) for s in brief) and any(_is(s, later) for s in brief)
    )


def _citebrief(clusters: list[Path]) -> dict[str, list[str]]:
    from citebrief.core.model import BriefOptions
    from citebrief.engine import summarise
    from citebrief.ingest import load_folder

    return {
        c.name: [i.text for i in summarise(load_folder(c / "sources"), BriefOptions(length=WORDS)).items]
        for c in clusters
    }


def _lexrank(clusters: list[Path]) -> dict[str, list[str]]:
    from sumy_protocol import sumy_on_folder

    return {
        c.name: [_SPACE.sub(" ", s) for s in sumy_on_folder(c / "sources", "lexrank", WORDS)]
        for c in clusters
    }


def _release(clusters: list[Path]) -> dict[str, list[str]]:
    from release import release_briefs

    found = release_briefs([c / "sources" for c in clusters], WORDS)
    return {c.name: found[str(c / "sources")] for c in clusters}


def _report(name: str, briefs: dict[str, list[str]], labels: dict[str, Any], *, own: bool = False) -> None:
    """One row of the table; restatements only for ``own`` briefs (the labels are of this engine's)."""
    leads = labels["leads"]
    scored = [k for k in briefs if k in leads and leads[k]["acceptable"]]
    # an empty brief opens with nothing the editors labelled
    kinds = Counter(lead_kind(briefs[k][0], leads[k]) if briefs[k] else "other" for k in scored)
    good = kinds["best"] + kinds["acceptable"]
    shown = "-"
    if own:
        pairs = labels["restatements"]
        still = sum(restated(briefs[k], pairs[k]) for k in briefs if k in pairs)
        shown = f"{still} / {sum(len(pairs[k]) for k in briefs if k in pairs)}"
    print(
        f"| {name} | {good} / {len(scored)} ({100 * good / max(1, len(scored)):.0f} %) | {kinds['best']} | "
        f"{kinds['acceptable']} | {kinds['bad']} | {kinds['other']} | {shown} |"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--tuning", action="store_true", help="score the tuning clusters instead")
    args = parser.parse_args(argv)
    labels = json.loads(LABELS.read_text(encoding="utf-8"))
    clusters = [
        c for c in (tuning_clusters() if args.tuning else held_out_clusters()) if c.name in labels["leads"]
    ]
    half = "tuning" if args.tuning else "held-out"
    print(
        f"{len(clusters)} {half} clusters, {WORDS}-word briefs; restatements labelled in the briefs of "
        f"{labels['restatements_commit']}\n"
    )
    print(
        "| system | opens with an acceptable lead | best | acceptable | bad | other | restatements still shown |"
    )
    print("|---|---|---|---|---|---|---|")
    _report("Citebrief (this checkout)", _citebrief(clusters), labels, own=True)
    _report("sumy LexRank on the folder", _lexrank(clusters), labels)
    _report("Citebrief 0.1.0", _release(clusters), labels)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
