"""Only the GUI may need Qt: the inner layers import with PySide6 made unimportable."""

from __future__ import annotations

import subprocess
import sys

import pytest

INNER = [
    "citebrief.core",
    "citebrief.ingest",
    "citebrief.engine",
    "citebrief.export",
    "citebrief.export.markdown",
    "citebrief.store",
    "citebrief.cli",
]


@pytest.mark.parametrize("module", INNER)
def test_module_imports_without_qt(module: str) -> None:
    code = (
        "import sys\n"
        "sys.modules['PySide6'] = None\n"
        f"import {module}\n"
        "import citebrief.engine, citebrief.ingest\n"
        "assert not any(m.startswith('PySide6.') for m in sys.modules), 'Qt was imported'\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr


def test_core_uses_only_the_standard_library() -> None:
    code = (
        "import sys\n"
        "before = set(sys.modules)\n"
        "import citebrief.core, citebrief.core.serial, citebrief.core.atomic\n"
        "new = {m.split('.')[0] for m in set(sys.modules) - before}\n"
        "stdlib = set(sys.stdlib_module_names)\n"
        "extra = sorted(m for m in new if m not in stdlib and m != 'citebrief' and not m.startswith('_'))\n"
        "assert not extra, extra\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
