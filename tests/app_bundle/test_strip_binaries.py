"""The packaged app's libraries lose their symbol tables where they still load without them, and keep
them where strip would break the library (a patchelf-ed one such as numpy's OpenBLAS)."""

from __future__ import annotations

import ctypes
import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "packaging"))

from strip_binaries import Segment, available, load_segments, strip_tree

pytestmark = pytest.mark.skipif(not available(), reason="needs Linux with binutils' strip and readelf")

# (offset, address, alignment, loadable): the loader maps a segment when its file offset and its address
# agree modulo the alignment.
SEGMENTS = [
    (0x0, 0x0, 0x1000, True),
    (0x2A000, 0x2A000, 0x1000, True),
    (0x2A123, 0x3B123, 0x1000, True),
    (0x1AD7C70, 0x1AD8C70, 0x1000, True),
    (0x1AD7C70, 0x1AD9000, 0x1000, False),
    (0x1000, 0x2000, 0x200000, False),
    (0x123, 0x456, 0x1, True),
    (0x123, 0x456, 0x0, True),
]


@pytest.mark.parametrize(("offset", "address", "align", "loadable"), SEGMENTS)
def test_a_segment_loads_when_offset_and_address_agree_modulo_its_alignment(
    offset: int, address: int, align: int, loadable: bool
) -> None:
    assert Segment(offset, address, align).aligned is loadable


READELF = """
Program Headers:
  Type           Offset   VirtAddr           PhysAddr           FileSiz  MemSiz   Flg Align
  LOAD           0x000000 0x0000000000000000 0x0000000000000000 0x0a1b28 0x0a1b28 R   0x1000
  LOAD           0x0a2000 0x00000000000a2000 0x00000000000a2000 0x5e4a91 0x5e4a91 R E 0x1000
  DYNAMIC        0x7ad8c0 0x00000000007ae8c0 0x00000000007ae8c0 0x000220 0x000220 RW  0x8
  GNU_STACK      0x000000 0x0000000000000000 0x0000000000000000 0x000000 0x000000 RW  0x10
"""


def test_only_load_segments_are_read_from_readelf_with_their_alignment() -> None:
    assert load_segments(READELF) == [Segment(0, 0, 0x1000), Segment(0xA2000, 0xA2000, 0x1000)]


def _extension(module: str) -> Path:
    spec = importlib.util.find_spec(module)
    assert spec is not None and spec.origin is not None
    return Path(spec.origin)


def test_an_extension_module_is_stripped_and_still_imports(tmp_path: Path) -> None:
    # PyStemmer's wheel ships its extension module with its symbol table (1.9 of its 2.7 MB).
    original = _extension("Stemmer")
    copy = tmp_path / original.name
    shutil.copy2(original, copy)

    outcome = strip_tree(tmp_path)

    assert [path for path, _ in outcome.stripped] == [copy]
    assert copy.stat().st_size < original.stat().st_size
    imported = subprocess.run(
        [sys.executable, "-c", "import Stemmer; print(Stemmer.Stemmer('english').stemWord('running'))"],
        env={"PYTHONPATH": str(tmp_path)},
        capture_output=True,
        text=True,
        check=True,
    )
    assert imported.stdout.strip() == "run"


def _openblas() -> Path:
    libs = _extension("numpy._core._multiarray_umath").parents[2] / "numpy.libs"
    found = sorted(libs.glob("libscipy_openblas*.so"))
    assert found, f"numpy's wheel holds no OpenBLAS in {libs}"
    return found[0]


def test_a_library_strip_would_break_stays_whole_and_loads(tmp_path: Path) -> None:
    original = _openblas()
    folder = tmp_path / "numpy.libs"
    shutil.copytree(original.parent, folder)
    broken = tmp_path / "stripped-unchecked.so"
    shutil.copy2(original, broken)
    subprocess.run(["strip", "--strip-unneeded", str(broken)], check=True)

    outcome = strip_tree(folder)

    kept = folder / original.name
    assert kept in outcome.kept_whole
    assert kept.read_bytes() == original.read_bytes()
    ctypes.CDLL(str(kept))
    with pytest.raises(OSError, match="aligned"):
        ctypes.CDLL(str(broken))
