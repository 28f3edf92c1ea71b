"""What share of the validation articles get a date, and from what (metadata, dateline, file time).

    nice .venv/bin/python tests/benchmarks/source_dates.py [/work/shared/eval/multinews-val]

Baseline: before dates were read from datelines and date lines, a text article had no date of its own
(0 %); every one fell back to its file's time.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from citebrief.core.model import DateOrigin
from citebrief.ingest import load_folder


def main(root: Path) -> None:
    origins: Counter[DateOrigin] = Counter()
    examples: dict[DateOrigin, str] = {}
    for cluster in sorted(p for p in root.iterdir() if (p / "sources").is_dir()):
        for source in load_folder(cluster / "sources", cache=None).sources:
            origins[source.date_from] += 1
            examples.setdefault(source.date_from, f"{cluster.name}/{source.id}: {source.date}")
    total = sum(origins.values())
    own = origins[DateOrigin.METADATA] + origins[DateOrigin.DATELINE]
    print(f"articles: {total}")
    for origin in DateOrigin:
        share = 100 * origins[origin] / max(1, total)
        print(
            f"  {origin.value or 'none':10} {origins[origin]:4} ({share:.1f} %)  e.g. {examples.get(origin, '-')}"
        )
    print(
        f"own date (shown in exports): {own} of {total} ({100 * own / max(1, total):.1f} %); baseline 0 of {total}"
    )


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "/work/shared/eval/multinews-val"))
