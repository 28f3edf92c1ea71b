"""Run Citebrief as it was at a git tag (the previous release), beside the current checkout.

The tag's ``desktop/`` is unpacked with ``git archive`` into a temporary folder that goes first on
``PYTHONPATH`` of a child process, so the child imports the old engine with today's dependencies.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tarfile
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from io import BytesIO
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
PREVIOUS = "v0.1.0"
# The commit the v0.1.0 tag names, for a clone that was made without tags.
PREVIOUS_COMMIT = "7bd2a11"

_CHILD = """
import json, sys
import citebrief
from citebrief.core.model import BriefOptions
from citebrief.engine import summarise
from citebrief.ingest import load_folder
folders, words = json.loads(sys.stdin.read())
assert citebrief.__file__.startswith(sys.argv[1]), citebrief.__file__
out = {}
for folder in folders:
    brief = summarise(load_folder(folder), BriefOptions(length=words))
    out[folder] = [item.text for item in brief.items]
print(json.dumps(out))
"""


@contextmanager
def release_desktop(tag: str = PREVIOUS) -> Iterator[Path]:
    """The ``desktop/`` folder of ``tag``, unpacked into a temporary folder for as long as it is used."""
    known = (
        subprocess.run(
            ["git", "-C", str(REPO), "rev-parse", "-q", "--verify", f"{tag}^{{commit}}"], capture_output=True
        ).returncode
        == 0
    )
    if not known and tag == PREVIOUS:
        tag = PREVIOUS_COMMIT
    archive = subprocess.run(
        ["git", "-C", str(REPO), "archive", "--format=tar", tag, "desktop"],
        check=True,
        capture_output=True,
    ).stdout
    with tempfile.TemporaryDirectory(prefix="citebrief-release-") as tmp:
        with tarfile.open(fileobj=BytesIO(archive)) as tar:
            tar.extractall(tmp, filter="data")
        yield Path(tmp) / "desktop"


def release_briefs(folders: list[Path], words: int, tag: str = PREVIOUS) -> dict[str, list[str]]:
    """The brief sentences Citebrief ``tag`` gives for each folder (keys are the folders as strings)."""
    with release_desktop(tag) as desktop:
        root = str(desktop)
        env = dict(os.environ, PYTHONPATH=os.pathsep.join([root, os.environ.get("PYTHONPATH", "")]))
        env["CITEBRIEF_CACHE_DIR"] = "off"
        done = subprocess.run(
            [sys.executable, "-c", _CHILD, root],
            input=json.dumps([[str(f) for f in folders], words]),
            capture_output=True,
            text=True,
            env=env,
            check=True,
        )
    result: dict[str, list[str]] = json.loads(done.stdout)
    return result
