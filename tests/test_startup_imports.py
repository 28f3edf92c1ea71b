"""A brief on the command line loads only what it needs: no nltk, sumy, scipy.linalg or language model for the default
algorithm on an English folder, no dateparser for an English date line, and none of the numpy submodules scipy's
array-API layer would load for nothing (f2py, testing with unittest): they cost tenths of a
second at every start."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

_NOT_NEEDED = (
    "nltk",
    "sumy.summarizers",
    "sumy.nlp",
    "requests",
    "scipy.sparse.csgraph",
    "scipy.linalg",
    "dateparser",
    "numpy.f2py.",  # numpy.f2py itself is there, as a module that loads when first read
    "numpy.testing.",
    "unittest",
)


def _modules_after(argv: list[str], tmp_path: Path) -> set[str]:
    code = (
        "import sys\n"
        "from citebrief.cli import run\n"
        f"code = run({argv!r})\n"
        "from citebrief.ingest.language import _identifier\n"
        "loaded = set(sys.modules) | ({'language-model'} if _identifier.cache_info().currsize else set())\n"
        "print(' '.join(sorted(loaded)))\n"
        "sys.exit(code)\n"
    )
    env_cache = tmp_path / "cache"
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=120,
        env={
            "CITEBRIEF_CACHE_DIR": str(env_cache),
            "PATH": "/usr/bin:/bin",
            "HOME": str(tmp_path),
            **{k: v for k, v in os.environ.items() if k == "PYTHONPATH"},  # the tree under test
        },
    )
    assert result.returncode == 0, result.stderr
    return set(result.stdout.splitlines()[-1].split())


def test_default_brief_of_an_english_folder_loads_no_nltk_sumy_or_language_model(
    news_folder: Path, tmp_path: Path
) -> None:
    folder = news_folder
    out = tmp_path / "brief.md"
    (folder / "dated.txt").write_text(
        "Harbour closed\n05.07.2019 00:07\n\nThe harbour master said the ferries would stay in port until "
        "Monday. The storm brought down power lines across the coast overnight, officials said.\n",
        encoding="utf-8",
    )
    loaded = _modules_after(["brief", str(folder), "-q", "-o", str(out)], tmp_path)
    assert out.read_text(encoding="utf-8").strip()
    assert "citebrief.engine.features" in loaded
    assert not [m for m in loaded if m.split(".")[0] == "nltk" or m.startswith(_NOT_NEEDED)]
    assert "language-model" not in loaded


def test_a_sumy_algorithm_still_loads_sumy(news_folder: Path, tmp_path: Path) -> None:
    folder = news_folder
    loaded = _modules_after(["brief", str(folder), "-q", "--algorithm", "lsa", "--format", "text"], tmp_path)
    assert "sumy.summarizers.lsa" in loaded
