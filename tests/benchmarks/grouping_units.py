"""A cheaper reading for story grouping, measured and left out (README, "Speed").

The design: group a folder's stories from units found without Punkt and the split rules (a folder's
stretches cut at a sentence mark before a capital, each unit classified by the same rule catalogue,
`roles.classify`, with the headline and printed-twice marks), and split in full only the documents
of the stories the brief shows. This script patches that into the command line and the stories
benchmark, so the figures can be measured again; the product does not use it.

    python tests/benchmarks/grouping_units.py shown FOLDER            # documents of the shown stories
    python tests/benchmarks/grouping_units.py cpu FOLDER              # parse + story terms, one process
    python tests/benchmarks/grouping_units.py wall FOLDER --runs 6    # cold command line, alternated
    python tests/benchmarks/grouping_units.py stories --only grouping --tuning --draws 10
    python tests/benchmarks/grouping_units.py cli brief FOLDER ...    # the command line, patched
"""

from __future__ import annotations

import json
import os
import re
import runpy
import subprocess
import sys
import tempfile
from dataclasses import replace
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve()
sys.path.insert(0, str(HERE.parent))

# A sentence mark (closing quotes or brackets after it), space, then what opens a sentence.
_END = re.compile(r"(?<=[.!?…])[\"'”’)\]]*\s+(?=[\"“'‘(\[]?[A-Z0-9])")


def grouping_units(text: str, source_id: str, *, language: str = "english") -> tuple[Any, ...]:
    """Units of ``text`` for grouping only: the reading's stretches, cut at sentence marks."""
    from citebrief.core.model import Sentence
    from citebrief.ingest.boilerplate import mark_printed_twice
    from citebrief.ingest.headline import mark_headline
    from citebrief.ingest.sentences import _stretches, _strip_markup, add_unit

    out: list[Sentence] = []
    for s_start, s_end, boiler in _stretches(text):
        begin, stop, is_heading = _strip_markup(text, s_start, s_end)
        cuts = [begin, *(at for m in _END.finditer(text, begin, stop) for at in (m.start(), m.end())), stop]
        for start, end in zip(cuts[::2], cuts[1::2], strict=True):
            add_unit(out, text, start, end, source_id, boiler=boiler, heading=is_heading)
    return mark_printed_twice(mark_headline(tuple(out), text), text)


def install() -> None:
    """Read every file with `grouping_units`; split in full the shown stories' documents only."""
    import citebrief.engine.story_brief as story_brief
    import citebrief.ingest.folder as folder
    from citebrief.ingest.boilerplate import mark_repeated_lines

    full_split = folder.split_sentences
    folder.split_sentences = grouping_units  # type: ignore[assignment]
    known: dict[str, Any] = {}
    story_corpus, shown_corpora = story_brief._story_corpus, story_brief.shown_corpora

    def _story_corpus(corpus: Any, story: Any) -> Any:
        sub = story_corpus(corpus, story)
        return replace(sub, sources=tuple(known.get(s.id, s) for s in sub.sources))

    def _shown_corpora(corpus: Any, grouping: Any, options: Any) -> Any:
        shown = len(story_brief.shares(grouping.stories, options))
        ids = {d for story in grouping.stories[:shown] for d in story.documents}
        split = [
            replace(s, sentences=full_split(s.text, s.id, language=s.language)) if s.id in ids else s
            for s in corpus.sources
        ]
        known.update({s.id: s for s in mark_repeated_lines(split) if s.id in ids})
        return shown_corpora(corpus, grouping, options)

    story_brief._story_corpus = _story_corpus  # type: ignore[assignment]
    story_brief.shown_corpora = _shown_corpora  # type: ignore[assignment]


def shown(folder: str) -> None:
    """How many documents the shown stories hold, at the default length and at 250 words."""
    for words in ("150", "250"):
        argv = [
            sys.executable,
            "-m",
            "citebrief",
            "brief",
            folder,
            "-q",
            "--format",
            "json",
            "--words",
            words,
        ]
        brief = json.loads(subprocess.run(argv, capture_output=True, text=True, check=True).stdout)
        on = [s for s in brief["stories"] if s["shown"]]
        docs = sum(len(s["documents"]) for s in on)
        print(
            f"{words} words: {len(on)} of {len(brief['stories'])} stories shown, {docs} of {len(brief['sources'])} documents"
        )


def cpu(folder: str, runs: int) -> None:
    """CPU of parsing and analysing every file in one process, today's splitting against the units."""
    code = (
        "import sys, time; from pathlib import Path; sys.path.insert(0, {here!r}); import grouping_units\n"
        "from citebrief.ingest import folder as F; from citebrief.ingest.limits import FileLimits\n"
        "from citebrief.engine.story_terms import analyse\n"
        "if {cheap}: F.split_sentences = grouping_units.grouping_units\n"
        "files = sorted(Path({folder!r}).iterdir()); F.punkt_tokenizer('english')\n"
        "def run():\n"
        "    for p in files:\n"
        "        try: analyse(F._source(p, p.parent, F._parse(p, 'auto', FileLimits(), model=False))[0])\n"
        "        except Exception: pass\n"
        "run(); t = time.process_time(); run(); print(f'{{time.process_time() - t:.2f}}')"
    )
    for _ in range(runs):
        for cheap in (False, True):
            out = subprocess.run(
                [sys.executable, "-c", code.format(here=str(HERE.parent), cheap=cheap, folder=folder)],
                capture_output=True,
                text=True,
                check=True,
            ).stdout.strip()
            print(f"{'units' if cheap else 'today'}: parse + story terms {out} s CPU", flush=True)


def wall(folder: str, runs: int) -> None:
    """Cold command-line runs (250 words, as `speed.py`), the floor, today and the design alternated."""
    from speed import floor_cmd, measure

    out = Path(tempfile.gettempdir()) / "grouping-units-brief.md"
    today = [sys.executable, "-m", "citebrief", "brief", folder, "--words", "250", "-q", "-o", str(out)]
    design = [sys.executable, str(HERE), "cli", *today[3:]]
    for n in range(runs):
        floor, old, new = measure(floor_cmd(Path(folder))), measure(today), measure(design)
        print(
            f"{n}: load {os.getloadavg()[0]:.2f} floor {floor.wall:.2f} s | today {old} = "
            f"{old.wall / floor.wall:.2f}x, {old.mem:.0f} MB | units {new} = {new.wall / floor.wall:.2f}x, "
            f"{new.mem:.0f} MB",
            flush=True,
        )


def main() -> int:
    if len(sys.argv) < 2 or sys.argv[1] in ("-h", "--help"):
        print(__doc__)
        return 0
    command, rest = sys.argv[1], sys.argv[2:]
    if command == "cli":
        install()
        from citebrief.cli import run

        return run(rest)
    if command == "stories":
        install()
        sys.argv = [str(HERE.parent / "stories.py"), *rest]
        runpy.run_path(sys.argv[0], run_name="__main__")
        return 0
    runs = int(rest[rest.index("--runs") + 1]) if "--runs" in rest else 3
    {"shown": lambda: shown(rest[0]), "cpu": lambda: cpu(rest[0], runs), "wall": lambda: wall(rest[0], runs)}[
        command
    ]()
    return 0


if __name__ == "__main__":
    sys.exit(main())
