"""Print briefs to read as an editor would: the seeds and the tuning clusters (never the held-out ones).

    python tests/benchmarks/read_briefs.py                      # seeds at 150 and 200 words, 20 clusters
    python tests/benchmarks/read_briefs.py --clusters 60 --words 150 --citations
    python tests/benchmarks/read_briefs.py --out before.txt     # the same text into a file, to diff

Running it before and after a refactoring and diffing the files shows whether any brief changed.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from holdout import HERE, tuning_clusters

SEEDS = HERE.parents[3] / "shared" / "seeds"


def _brief_lines(folder: Path, words: int, citations: bool, quote_chars: int = 110) -> list[str]:
    from citebrief.core.model import BriefOptions
    from citebrief.engine import summarise
    from citebrief.ingest import load_folder

    corpus = load_folder(folder)
    brief = summarise(corpus, BriefOptions(length=words))
    lines = []
    for item in brief.items:
        heading = f"[{item.section}] " if item.section else ""
        lines.append(f"- {heading}{item.text}")
        if citations:
            lines.extend(
                f"      cites {c.source_id}#{c.sentence_index}: {c.quote[:quote_chars]}"
                for c in item.citations[1:]
            )
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--clusters", type=int, default=20, help="how many tuning clusters")
    parser.add_argument("--skip", type=int, default=0, help="start after this many tuning clusters")
    parser.add_argument("--words", type=int, nargs="+", default=[150])
    parser.add_argument("--citations", action="store_true", help="show what each sentence also cites")
    parser.add_argument("--quote-chars", type=int, default=110, help="how much of each cited quote to show")
    parser.add_argument("--out", type=Path)
    args = parser.parse_args(argv)
    out: list[str] = []
    for words in (150, 200):
        out.append(f"## seeds, {words} words")
        out.extend(_brief_lines(SEEDS, words, args.citations, args.quote_chars))
    for cluster in tuning_clusters()[args.skip : args.skip + args.clusters]:
        for words in args.words:
            out.append(f"\n## {cluster.name}, {words} words")
            out.extend(_brief_lines(cluster / "sources", words, args.citations, args.quote_chars))
    text = "\n".join(out) + "\n"
    if args.out:
        args.out.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
