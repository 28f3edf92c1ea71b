"""Wrap a brief printed by `citebrief brief --format json` into a saved brief file, as the window saves it.

    python3 packaging/brief_file.py BRIEF.json FOLDER OUT.citebrief

The smoke tests and the module list open such a file the way a double-click does. Standard library only,
so any python3 on the machine runs it.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def write_brief_file(brief_json: Path, folder: Path, out: Path) -> Path:
    brief = json.loads(brief_json.read_text(encoding="utf-8"))
    doc = {"format": "citebrief", "version": 1, "folder": str(folder), "paths": [str(folder)],
           "excluded": [], "brief": brief}
    out.write_text(json.dumps(doc), encoding="utf-8")
    return out


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    write_brief_file(Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]))
